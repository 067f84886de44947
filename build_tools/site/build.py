"""`build`: every seed -> everything generated under docs/.

Per-seed work is cached in .cache/ by content hash and pipeline version and
runs in parallel; pages and cross-article outputs are remade only where their
inputs changed (units.py).
Output is written to a staging folder and swapped into docs/ only when the
whole build succeeded, so a failed build leaves docs/ exactly as it was.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EmptySeed, SeedError, one_line
from ..ingest.sidecar import is_sidecar, sidecar_of
from . import assemble
from .fingerprint import pipeline_fingerprint
from .store import Store
from .swap import swap, terminate_as_interrupt
from .units import Seed

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


def list_seeds(seeds_dir: Path) -> list[Path]:
    """Seed files in name order; hidden files, folders and the corrections
    files beside seeds (NAME.yaml, ingest/sidecar.py) are not seeds."""
    files = [p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith(".")]
    names = {p.name for p in files}
    return sorted(p for p in files if not is_sidecar(p, names))


def _cache_key(name: str, data: bytes, sidecar: tuple[str, bytes] | None = None) -> str:
    """The seed's bytes, its sidecar's bytes (corrections change the result) and the pipeline."""
    h = hashlib.sha256()
    for part in (pipeline_fingerprint().encode(), name.encode("utf-8"), b"\0", data):
        h.update(part)
    if sidecar is not None:
        for part in (b"\0sidecar\0", sidecar[0].encode("utf-8"), b"\0", sidecar[1]):
            h.update(part)
    return h.hexdigest()


def _read_sidecar(path: Path) -> tuple[str, bytes] | None:
    side = sidecar_of(path)
    return (side.name, side.read_bytes()) if side is not None else None


def _work(args: tuple) -> tuple[str, dict | None, str | None, bool]:
    """Process one seed in a worker; errors come back as one-line messages.

    Decode warnings (a few invalid bytes replaced) travel in page["warnings"].
    """
    from ..ingest.decode import decode_bytes
    from ..pipeline import process_seed

    name, data = args[0], args[1]
    sidecar = args[2] if len(args) > 2 else None
    try:
        warnings = list(decode_bytes(data, name).warnings)
        page = process_seed(name, data, sidecar=sidecar)
        if warnings:
            page["warnings"] = warnings
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


def _reprocess(path: Path) -> dict:
    """A seed processed again (its cached record vanished during the build)."""
    name, page, err, _ = _work((path.name, path.read_bytes(), _read_sidecar(path)))
    if err:
        raise SeedError(err)
    return page


def process_all(seeds: list[Path], store: Store, jobs: int | None, report: BuildReport) -> list[Seed]:
    """Every seed as a `Seed`; cached ones are not loaded (their slugs and
    warnings come from the cache index), the others are processed in parallel."""
    results: dict[str, Seed] = {}
    todo: list[tuple[str, bytes, str]] = []
    sidecars: dict[str, tuple[str, bytes] | None] = {}
    for path in seeds:
        try:
            data = path.read_bytes()
            sidecars[path.name] = _read_sidecar(path)
        except OSError as exc:
            report.errors.append(one_line(f"{path.name}: cannot read the file ({exc.strerror or exc})"))
            continue
        key = _cache_key(path.name, data, sidecars[path.name])
        cached = store.seed_path(key)
        if cached is not None and cached.exists():
            info = store.seed_info(key)
            if info is None:  # not in the index: read the record once
                try:
                    page = json.loads(cached.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    page = None
                if page is not None:
                    store.put_seed(key, page, None)
                    info = store.seed_info(key)
            if info is not None:
                results[path.name] = Seed(path.name, key, info["slugs"], info["warnings"], path=cached,
                                          reprocess=functools.partial(_reprocess, path))
                report.cached += 1
                continue
        todo.append((path.name, data, key))
    jobs = jobs or os.cpu_count() or 1
    args = [(n, d, sidecars.get(n)) for n, d, _ in todo]
    if jobs > 1 and len(todo) >= PARALLEL_MIN_SEEDS:
        outs = []
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
        text = json.dumps(page, ensure_ascii=False) if store.dir is not None else None
        cached = store.put_seed(keys[name], page, text)
        results[name] = Seed(name, keys[name], [a["slug"] for a in page["articles"]], page.get("warnings", []),
                             page=page, path=cached, reprocess=functools.partial(_reprocess, paths[name]))
    for p in seeds:
        if p.name in results:
            report.warnings.extend(results[p.name].warnings)
    return [results[p.name] for p in seeds if p.name in results]


def _warm() -> None:
    """Pay start-up costs (gazetteer, catalogues) once per worker process."""
    from ..extract.gazetteer import load_gazetteer

    load_gazetteer()


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


def _render_culprits(seeds: list[Seed], site_url: str) -> dict[str, str]:
    """When rendering all pages failed: render each seed alone to name the bad ones."""
    bad = {}
    for seed in seeds:
        scratch = Path(tempfile.mkdtemp(prefix=".probe-"))
        try:
            assemble.render_site([seed], scratch, site_url=site_url)
        except Exception as exc:
            bad[seed.file] = one_line(f"{seed.file}: internal error while rendering ({type(exc).__name__}: {exc})")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return bad


def build(seeds_dir: Path, docs_dir: Path, *, keep_going: bool = False, jobs: int | None = None,
          cache_dir: Path | None = Path(".cache"), site_url: str = "") -> BuildReport:
    """Regenerate docs/ from the seeds. Returns a report; raises nothing for bad seeds.

    docs/ changes only if the whole build succeeds (or, with keep_going, if
    the good seeds build): output goes to a staging folder next to docs/ and
    is swapped in at the end; the staging folder is removed on any exit,
    including Ctrl-C and SIGTERM.
    """
    report = BuildReport()
    if not seeds_dir.is_dir():
        report.errors.append(f"{seeds_dir}: seeds folder not found")
        return report
    with terminate_as_interrupt():
        seeds = list_seeds(seeds_dir)
        report.seeds = len(seeds)
        for other in sorted(seeds_dir.iterdir()):
            if not other.name.startswith(".") and not other.is_file():
                kind = "a folder" if other.is_dir() else "a broken link" if other.is_symlink() else "not a regular file"
                report.skipped.append(f"{other.name}: {kind}, skipped")
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
            return report
        return _render_and_swap(pages, docs_dir, site_url, keep_going, report, store)


def _render_and_swap(pages: list[Seed], docs_dir: Path, site_url: str, keep_going: bool,
                     report: BuildReport, store: Store) -> BuildReport:
    docs_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=docs_dir.parent))
    try:
        try:
            stats = assemble.render_site(pages, staging, site_url=site_url, store=store)
        except Exception as exc:
            culprits = _render_culprits(pages, site_url)
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
                stats = assemble.render_site(pages, staging, site_url=site_url, store=store)
            except Exception as exc2:
                report.errors.append(one_line(f"rendering the site failed ({type(exc2).__name__}: {exc2})"))
                return report
        if not stats["articles"]:
            report.errors.append("no articles found in any seed file")
            return report
        report.articles, report.facts = stats["articles"], stats["facts"]
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
