"""Incremental rebuilds of everything derived from the whole corpus.

A *unit* is one seed page's articles after the cross-page step
(`pipeline.link_corpus` moves captions only between neighbouring pages), so a
unit is a function of its page and the two pages beside it: its key hashes
their three seed keys with the pipeline fingerprint and the site URL. The cache
folder (`store.py`) keeps each unit's rendered pages and its view for each
cross-article output (`outputs.py`).

A cross-article output runs again only when a digest of its views changed (its
key hashes them in corpus order); otherwise its files are hard-linked from
``outputs/<output>/<key>/``. Without a cache folder the same code keeps
everything in memory.
"""
from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .fingerprint import pipeline_fingerprint
from .workers import can_fork

INDEX_VERSION = 2  # 2: JSON, with the SHA-256 of every file
# units linked and rendered together: bounds the records held at once on a full build
CHUNK = 200


@dataclass
class Seed:
    """A processed seed: its file, cache key, and how to get its record again.

    The record is the one just computed (handed over once), else the cached
    JSON, else the seed is processed again by ``reprocess`` (a cache entry
    removed or damaged since the build started).
    """
    file: str
    key: str
    slugs: list[str]
    warnings: list[str] = field(default_factory=list)
    page: dict | None = None
    path: Path | None = None
    reprocess: Callable[[], dict] | None = None
    sha: str | None = None  # SHA-256 of the cached record's bytes
    forget: Callable[[], None] | None = None  # drop a damaged cached record
    images: list[str] = field(default_factory=list)  # page images (PDF and image seeds), by file name
    reimage: Callable[[], None] | None = None         # make them again when the cache lost them

    @classmethod
    def of(cls, page: dict) -> "Seed":
        """A seed from a record in memory (not cached)."""
        return cls(page["file"], "", [a["slug"] for a in page.get("articles", [])], page=page,
                   images=sorted({p["image"] for p in page.get("scans", []) if p.get("image")}))

    def load(self, keep: bool = False) -> dict:
        """The record, as an object the caller may change. keep: a later call
        still needs the in-memory record (this call gets a copy)."""
        if self.page is not None:
            if keep:
                return copy.deepcopy(self.page)
            page, self.page = self.page, None
            return page
        if self.path is not None:
            try:
                data = self.path.read_bytes()
                if self.sha is None or hashlib.sha256(data).hexdigest() == self.sha:
                    page = json.loads(data)
                    if isinstance(page, dict) and isinstance(page.get("articles"), list):
                        return page
            except (OSError, ValueError, RecursionError):
                pass
            if self.forget is not None:  # damaged: never read again
                self.forget()
        if self.reprocess is None:
            raise RuntimeError(f"{self.file}: its processed record is no longer available")
        return self.reprocess()


@dataclass
class Unit:
    key: str
    pages: list[tuple[str, str | None]]  # (path under docs/, text when made in this run)
    digests: dict[str, str]
    views: dict[str, object]
    articles: int
    facts: int
    staged: Path | None = None  # the folder its pages were just written into (the cache links them)


def _sha(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


# -- units ----------------------------------------------------------------------

def unit_keys(seeds: list[Seed], site_url: str) -> list[str]:
    fp = pipeline_fingerprint()
    keys = [s.key for s in seeds]
    return [_sha(fp, site_url, keys[i - 1] if i else "", keys[i], keys[i + 1] if i + 1 < len(keys) else "")
            for i in range(len(keys))]


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive indices as (first, last) runs, at most CHUNK long."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1 and i - runs[-1][0] < CHUNK:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def compute_units(seeds: list[Seed], indices: list[int], keys: list[str], units: list, store,
                  make_unit: Callable[[str, dict, list[dict]], Unit],
                  stage: Callable[[Unit], Unit] = lambda u: u, jobs: int = 1) -> None:
    """(Re)make the units at indices: link their pages with the neighbours
    (`link_corpus`), then make_unit(key, page, articles) for each, stage(unit)
    (its pages written out) and keep it in the store.

    jobs > 1 and many units to make (a cold build): runs of units are made in
    forked worker processes (`_in_workers`), staged and stored here in index
    order, so the result is the serial one's."""
    runs = _runs(sorted(indices))
    if jobs > 1 and len(indices) >= PARALLEL_MIN_UNITS and can_fork():
        runs = _in_workers(seeds, keys, units, store, make_unit, stage, runs, jobs)
    for first, last in runs:
        for j, unit in _make_run(seeds, keys, make_unit, first, last):
            units[j] = store.put_unit(stage(unit))


def _make_run(seeds: list[Seed], keys: list[str], make_unit, first: int, last: int) -> list[tuple[int, Unit]]:
    """The units first..last, their pages linked with the two neighbours of the run."""
    from ..pipeline import link_corpus

    lo, hi = max(0, first - 1), min(len(seeds) - 1, last + 1)
    # neighbours, and the last page of a run (the next run's neighbour), stay loadable
    pages = [seeds[j].load(keep=not first <= j < last) for j in range(lo, hi + 1)]
    link_corpus(pages)
    return [(j, make_unit(keys[j], pages[j - lo], pages[j - lo]["articles"])) for j in range(first, last + 1)]


# -- units made in worker processes ------------------------------------------------

# below this many units to make, forking workers costs more than it saves (an edit makes 3)
PARALLEL_MIN_UNITS = 32
# units per task: small enough that the workers finish together, large enough that a run's two
# neighbours (linked again by each run) are a small share
WORKER_RUN = 16

_FORKED: dict = {}  # what the forked workers read (inherited, never pickled): the seeds and make_unit


def _in_worker(run: tuple[int, int]) -> list[tuple[int, Unit]]:
    return _make_run(_FORKED["seeds"], _FORKED["keys"], _FORKED["make_unit"], *run)


def _in_workers(seeds, keys, units, store, make_unit, stage, runs, jobs) -> list[tuple[int, int]]:
    """Make the runs' units in `jobs` forked processes; stage and store each here, in
    index order. Returns the runs left to make here (a worker died: those after it)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    small = [(a, min(a + WORKER_RUN - 1, last)) for first, last in runs for a in range(first, last + 1, WORKER_RUN)]
    _FORKED.update(seeds=seeds, keys=keys, make_unit=make_unit)
    done = 0
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"))
    try:
        for made in pool.map(_in_worker, small):
            for j, unit in made:
                units[j] = store.put_unit(stage(unit))
            done += 1
    except BrokenProcessPool:
        pass
    finally:  # an error or an interrupt here: the runs not started are dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)
        _FORKED.clear()
    if done == len(small):  # the records are no longer needed here (else: neighbours of the runs left)
        for seed in seeds:
            seed.page = None
    return small[done:]


def digest(view) -> str:
    """A view's content hash: the SHA-256 of its JSON text, which is also the
    text the cache stores (store.view_bytes), so a stored view is verified by
    hashing its file."""
    return hashlib.sha256(json.dumps(view, ensure_ascii=False).encode("utf-8")).hexdigest()


def output_key(name: str, site_url: str, digests: list[str], reads: list[str]) -> str:
    return _sha(pipeline_fingerprint(), site_url, name, *digests, "|", *reads)
