"""`build`: every seed -> everything generated under docs/.

Per-seed work is cached in .cache/ by content hash and pipeline version and
runs in parallel; pages and cross-article outputs are remade only where their
inputs changed (units.py).
Output is written to a staging folder and swapped into docs/ only when the
whole build succeeded, so a failed build leaves docs/ exactly as it was.
"""
from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import os
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EmptySeed, SeedError, one_line
from ..ingest.files import Listing, SeedFile, read_seed, read_sidecar, scan_seeds, seed_digest, shown_name, sidecar_file
from . import assemble
from .fingerprint import pipeline_fingerprint
from .store import Store
from .swap import GENERATED, build_lock, patch, swap, temp_folder, terminate_as_interrupt
from .units import Seed
from .workers import can_fork

PARALLEL_MIN_SEEDS = 8


@dataclass
class BuildReport:
    seeds: int = 0
    articles: int = 0
    facts: int = 0
    cached: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # "seeds": the errors are bad seed files; "setup": the folders or the disk
    cause: str = "seeds"


def list_seeds(seeds_dir: Path) -> list[Path]:
    """Paths of the seed files in name order (see ingest/files.py for what is a seed)."""
    return [s.path for s in scan_seeds(seeds_dir).seeds]


def _cache_key(name: str, digest: str, sidecar: str | None = None) -> str:
    """The key of a processed seed: pipeline, file name, the SHA-256 of its bytes and of
    its sidecar's bytes (`seed_digest`: a long-lived process does not read unchanged seeds)."""
    h = hashlib.sha256()
    for part in (pipeline_fingerprint().encode(), name.encode("utf-8"), b"\0", digest.encode(), b"\0",
                 b"no sidecar" if sidecar is None else b"sidecar\0" + sidecar.encode()):
        h.update(part)
    return h.hexdigest()


def _work(args: tuple[str, bytes]) -> tuple[str, dict | None, str | None, bool]:
    """Process one seed in a worker; errors come back as one-line messages.

    Ingest warnings (a few invalid bytes replaced, an extension that lies, a
    page without text) travel in page["warnings"].
    """
    from ..pipeline import process_seed

    name, data = args[0], args[1]
    sidecar = args[2] if len(args) > 2 else None  # (file name, bytes) of NAME.yaml
    try:
        page = process_seed(name, data, sidecar=sidecar)
        return name, page, None, False
    except EmptySeed as exc:
        return name, None, one_line(str(exc)), True
    except SeedError as exc:
        return name, None, one_line(str(exc)), False
    except RecursionError:
        return name, None, f"{name}: text too deeply nested to process", False
    except MemoryError:
        return name, None, f"{name}: too large to process (out of memory)", False
    except Exception as exc:  # a bug on odd input must still name the file, not crash the build
        return name, None, one_line(f"{name}: internal error while processing ({type(exc).__name__}: {exc})"), False


def _reprocess(seed: SeedFile) -> dict:
    """A seed processed again (its cached record vanished during the build)."""
    side = read_sidecar(seed)
    name, page, err, _ = _work((seed.name, read_seed(seed), (seed.sidecar.name, side) if side is not None else None))
    if err:
        raise SeedError(name, err.split(": ", 1)[-1])
    page.pop("page_images", None)
    return page


def _reimage(seed: SeedFile, store: Store) -> None:
    """Page images of a seed made again (removed from the cache since it was processed)."""
    from ..pipeline import process_seed

    for image, data in process_seed(seed.name, read_seed(seed)).get("page_images", {}).items():
        store.put_image(image, data)


def process_all(seeds: list[SeedFile], store: Store, jobs: int | None, report: BuildReport) -> list[Seed]:
    """Every seed as a `Seed`; cached ones are not loaded (their slugs and
    warnings come from the cache index), the others are processed in parallel."""
    results: dict[str, Seed] = {}
    todo: list[tuple[str, bytes, str]] = []
    sidecars: dict[str, tuple[str, bytes]] = {}  # the corrections beside a seed (ingest/sidecar.py)
    for path in seeds:
        try:
            side = sidecar_file(path)
            key = _cache_key(path.name, seed_digest(path), seed_digest(side) if side is not None else None)
        except SeedError as exc:
            report.errors.append(one_line(str(exc)))
            continue
        cached = store.seed_path(key)
        if cached is not None and cached.exists():
            info = store.seed_info(key)
            if info is None:  # not in the index: read the record once
                try:
                    raw = cached.read_bytes()
                    page = json.loads(raw)
                    if not isinstance(page, dict) or not isinstance(page.get("articles"), list):
                        page = None
                except (OSError, ValueError, RecursionError):
                    page = None
                if page is not None:
                    store.put_seed(key, page, None, sha=hashlib.sha256(raw).hexdigest())
                    info = store.seed_info(key)
            if info is not None:
                results[path.name] = Seed(path.name, key, info["slugs"], info["warnings"], path=cached,
                                          reprocess=functools.partial(_reprocess, path), sha=info["sha"],
                                          forget=functools.partial(store.forget_seed, key),
                                          images=info.get("images", []),
                                          reimage=functools.partial(_reimage, path, store))
                report.cached += 1
                continue
        try:  # to be processed: read now, and keyed by the bytes read (the file may have changed since)
            data = read_seed(path)
            side = read_sidecar(path)
            key = _cache_key(path.name, hashlib.sha256(data).hexdigest(),
                             hashlib.sha256(side).hexdigest() if side is not None else None)
        except SeedError as exc:
            report.errors.append(one_line(str(exc)))
            continue
        if side is not None:
            sidecars[path.name] = (path.sidecar.name, side)
        todo.append((path.name, data, key))
    jobs = worker_count(jobs)
    args = [(n, d, sidecars.get(n)) for n, d, _ in todo]
    if jobs > 1 and len(todo) >= PARALLEL_MIN_SEEDS:
        outs = []
        if can_fork():
            _warm_before_fork()
        try:
            with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
                for out in pool.map(_work, args, chunksize=max(1, len(args) // (jobs * 8))):
                    outs.append(out)
        except BrokenProcessPool:
            done = {o[0] for o in outs}
            outs += [(n, None, f"{n}: a worker process died while processing this batch of seeds", False)
                     for n, *_ in args if n not in done]
    else:
        outs = [_work(a) for a in args]
    keys = {n: k for n, _, k in todo}
    paths = {p.name: p for p in seeds}
    for name, page, err, empty in outs:
        if err:
            (report.skipped if empty else report.errors).append(err)
            continue
        images = page.pop("page_images", {})
        for image, data in images.items():
            store.put_image(image, data)
        text = json.dumps(page, ensure_ascii=False) if store.dir is not None else None
        cached = store.put_seed(keys[name], page, text)
        results[name] = Seed(name, keys[name], [a["slug"] for a in page["articles"]], page.get("warnings", []),
                             page=page, path=cached, reprocess=functools.partial(_reprocess, paths[name]),
                             sha=store.used["seeds"][keys[name]]["sha"],
                             forget=functools.partial(store.forget_seed, keys[name]),
                             images=sorted(images), reimage=functools.partial(_reimage, paths[name], store))
    for p in seeds:
        if p.name in results:
            report.warnings.extend(results[p.name].warnings)
    return [results[p.name] for p in seeds if p.name in results]


def worker_count(jobs: int | None) -> int:
    """Worker processes: as asked, at most the machine's cores (`--jobs 200`
    on 2 cores starts 2), all of them by default."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(jobs or cores, cores))


def _warm() -> None:
    """Pay start-up costs (gazetteer, catalogues) once per worker process."""
    from ..extract.gazetteer import load_gazetteer

    load_gazetteer()


def _warm_before_fork() -> None:
    """The gazetteer and jieba's part-of-speech tagger (which some headlines ask) loaded
    once, here, before the workers are forked: they share them instead of each loading
    them (seconds each)."""
    from ..structure.words import load_pos_tagger

    _warm()
    load_pos_tagger()


def _slug_clashes(seeds: list[Seed]) -> dict[str, str]:
    """{file: message} for seeds whose page slugs clash with an earlier seed's
    (`a_b.txt` and `a-b.txt` would overwrite each other's pages)."""
    owner: dict[str, str] = {}
    bad: dict[str, str] = {}
    for seed in seeds:
        for slug in seed.slugs:
            first = owner.setdefault(slug, seed.file)
            if first != seed.file:
                bad[seed.file] = (f"{seed.file}: its pages would be named like those of {first} "
                                  f"(slug {slug}); rename one of the two files")
    return bad


def _render_culprits(seeds: list[Seed], site_url: str, docs_dir: Path, accessed: str | None = None) -> dict[str, str]:
    """When rendering all pages failed: render each seed alone to name the bad ones."""
    bad = {}
    for seed in seeds:
        scratch = temp_folder(docs_dir, "probe")
        try:
            assemble.render_site([seed], scratch, site_url=site_url, accessed=accessed)
        except OSError:
            raise
        except Exception as exc:
            bad[seed.file] = one_line(f"{seed.file}: internal error while rendering ({type(exc).__name__}: {exc})")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return bad


def os_error_line(exc: OSError) -> str:
    """An OSError as one line naming the file and the real cause (a full disk,
    a read-only folder ...), not a seed's fault."""
    cause = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is exceeded",
             errno.EROFS: "the file system is read-only", errno.EACCES: "permission denied",
             errno.EPERM: "operation not permitted"}.get(exc.errno, exc.strerror or str(exc))
    where = exc.filename if exc.filename is not None else ""
    if isinstance(where, bytes):
        where = where.decode("utf-8", "backslashreplace")
    return one_line(f"{shown_name(str(where))}: {cause}" if where else cause)


def build(seeds_dir: Path, docs_dir: Path, *, keep_going: bool = False, jobs: int | None = None,
          cache_dir: Path | None = Path(".cache"), site_url: str = "", accessed: str | None = None,
          around_swap=None, listing: Listing | None = None) -> BuildReport:
    """Regenerate docs/ from the seeds. Returns a report; raises nothing for bad
    seeds or a refusing disk (those are one-line errors in the report).

    docs/ changes only if the whole build succeeds (or, with keep_going, if
    the good seeds build): output goes to a staging folder next to docs/ and
    is swapped in at the end; the staging folder is removed on any exit,
    including Ctrl-C and SIGTERM, and a kill is repaired by the next build
    (swap.py). around_swap: a context manager factory entered while docs/
    changes (`mkdocs serve` stops watching docs/ then: site/serve.py).
    listing: the seeds folder as the caller listed it (`scan_seeds`), so that a
    build that also fingerprints the seeds lists and stats them once.
    """
    report = BuildReport()
    if not seeds_dir.is_dir():
        report.errors.append(f"{seeds_dir}: seeds folder not found")
        report.cause = "setup"
        return report
    try:
        with terminate_as_interrupt(), build_lock(docs_dir):
            return _build(seeds_dir, docs_dir, keep_going, jobs, cache_dir, site_url, accessed, report, around_swap,
                          listing)
    except OSError as exc:
        report.errors.append(os_error_line(exc))
        report.cause = "setup"
        return report


def _build(seeds_dir, docs_dir, keep_going, jobs, cache_dir, site_url, accessed, report, around_swap=None,
           listing=None) -> BuildReport:
    listing = listing if listing is not None else scan_seeds(seeds_dir)
    seeds = listing.seeds
    report.seeds = len(seeds)
    report.skipped.extend(listing.skipped)
    store = Store(cache_dir)
    pages = process_all(seeds, store, jobs, report)
    clashes = _slug_clashes(pages)
    if clashes:
        report.errors.extend(clashes.values())
        pages = [p for p in pages if p.file not in clashes]
    if report.errors and not keep_going:
        return report
    if not pages:
        report.errors.append(f"{seeds_dir}: no usable seed files")
        report.cause = "setup"
        return report
    return _render_and_swap(pages, docs_dir, site_url, accessed, keep_going, report, store, around_swap,
                            worker_count(jobs))


def _render_and_swap(pages: list[Seed], docs_dir: Path, site_url: str, accessed: str | None, keep_going: bool,
                     report: BuildReport, store: Store, around_swap=None, jobs: int = 1) -> BuildReport:
    staging = temp_folder(docs_dir, "staging")
    # a docs/ folder a build made: files it holds as they are in the cache stay where they are
    base = docs_dir if store.dir is not None and any((docs_dir / name).exists() for name in GENERATED) else None
    try:
        try:
            stats = assemble.render_site(pages, staging, site_url=site_url, store=store, accessed=accessed, base=base,
                                         jobs=jobs)
        except OSError:
            raise
        except Exception as exc:
            culprits = _render_culprits(pages, site_url, docs_dir, accessed)
            if not culprits or not keep_going:
                report.errors.extend(culprits.values() or [one_line(
                    f"rendering the site failed ({type(exc).__name__}: {exc})")])
                return report
            report.errors.extend(culprits.values())
            pages = [p for p in pages if p.file not in culprits]
            if not pages:
                return report
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            try:
                stats = assemble.render_site(pages, staging, site_url=site_url, store=store, accessed=accessed,
                                             base=base)
            except OSError:
                raise
            except Exception as exc2:
                report.errors.append(one_line(f"rendering the site failed ({type(exc2).__name__}: {exc2})"))
                return report
        if not stats["articles"]:
            report.errors.append("no articles found in any seed file")
            return report
        report.articles, report.facts = stats["articles"], stats["facts"]
        with (around_swap or contextlib.nullcontext)():
            if stats["kept"]:  # only what changed was staged
                patch(staging, docs_dir, stats["kept"])
            else:
                swap(staging, docs_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def print_report(report: BuildReport, out=sys.stderr, keep_going: bool = False) -> None:
    """One line per problem: warnings (skipped empty files, replaced bytes),
    then errors, or with keep_going the skipped bad files as warnings."""
    for line in report.skipped:
        print(f"warning: {line}", file=out)
    for line in report.warnings:
        print(f"warning: {line}", file=out)
    for line in report.errors:
        if keep_going and report.articles:
            print(f"warning: skipped: {line}", file=out)
        else:
            print(f"error: {line}", file=out)
