"""`build`: every seed -> everything generated under docs/.

Per-seed work is cached in .cache/ by content hash and pipeline version and
runs in parallel; cross-article pages are rebuilt from the per-seed results.
Output is written to a staging folder and swapped into docs/ only when the
whole build succeeded, so a failed build leaves docs/ exactly as it was.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .fingerprint import pipeline_fingerprint
from .errors import EmptySeed, SeedError, one_line

# Folders and files under docs/ that the build owns (everything else is hand-written).
GENERATED = ["articles", "data", "compare", "browse", "glossary", "_snippets", "tags.md"]
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
    """Seed files in name order; hidden files and folders are ignored."""
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and not p.name.startswith("."))


def _cache_key(name: str, data: bytes) -> str:
    h = hashlib.sha256()
    for part in (pipeline_fingerprint().encode(), name.encode("utf-8"), b"\0", data):
        h.update(part)
    return h.hexdigest()


def _work(args: tuple[str, bytes]) -> tuple[str, dict | None, str | None, bool]:
    """Process one seed in a worker; errors come back as one-line messages.

    Decode warnings (a few invalid bytes replaced) travel in page["warnings"].
    """
    from .decode import decode_bytes
    from .pipeline import process_seed

    name, data = args
    try:
        warnings = list(decode_bytes(data, name).warnings)
        page = process_seed(name, data)
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


def process_all(seeds: list[Path], cache_dir: Path | None, jobs: int | None, report: BuildReport) -> list[dict]:
    results: dict[str, dict] = {}
    todo: list[tuple[str, bytes, str]] = []
    for path in seeds:
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.errors.append(one_line(f"{path.name}: cannot read the file ({exc.strerror or exc})"))
            continue
        key = _cache_key(path.name, data)
        cached = cache_dir / "seeds" / f"{key}.json" if cache_dir else None
        if cached and cached.exists():
            try:
                results[path.name] = json.loads(cached.read_text(encoding="utf-8"))
                report.cached += 1
                continue
            except (OSError, ValueError):
                pass
        todo.append((path.name, data, key))
    jobs = jobs or os.cpu_count() or 1
    args = [(n, d) for n, d, _ in todo]
    if jobs > 1 and len(todo) >= PARALLEL_MIN_SEEDS:
        outs = []
        try:
            with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
                for out in pool.map(_work, args, chunksize=max(1, len(args) // (jobs * 8))):
                    outs.append(out)
        except BrokenProcessPool:
            done = {o[0] for o in outs}
            outs += [(n, None, f"{n}: a worker process died while processing this batch of seeds", False)
                     for n, _ in args if n not in done]
    else:
        outs = [_work(a) for a in args]
    keys = {n: k for n, _, k in todo}
    for name, page, err, empty in outs:
        if err:
            (report.skipped if empty else report.errors).append(err)
            continue
        results[name] = page
        report.warnings.extend(page.get("warnings", []))
        if cache_dir:
            target = cache_dir / "seeds" / f"{keys[name]}.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            try:
                tmp.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
                os.replace(tmp, target)
            except OSError:  # the cache is an optimisation: a read-only or full disk is not an error
                tmp.unlink(missing_ok=True)
    for name in (n for n in results if n not in keys):  # warnings of cached seeds
        report.warnings.extend(results[name].get("warnings", []))
    return [results[p.name] for p in seeds if p.name in results]


def _warm() -> None:
    """Pay start-up costs (gazetteer, catalogues) once per worker process."""
    from .extract.gazetteer import load_gazetteer

    load_gazetteer()


def build(seeds_dir: Path, docs_dir: Path, *, keep_going: bool = False, jobs: int | None = None,
          cache_dir: Path | None = Path(".cache"), site_url: str = "") -> BuildReport:
    """Regenerate docs/ from the seeds. Returns a report; raises nothing for bad seeds."""
    from .site import render_site

    report = BuildReport()
    if not seeds_dir.is_dir():
        report.errors.append(f"{seeds_dir}: seeds folder not found")
        return report
    seeds = list_seeds(seeds_dir)
    report.seeds = len(seeds)
    pages = process_all(seeds, cache_dir, jobs, report)
    if report.errors and not keep_going:
        return report
    if not pages:
        report.errors.append(f"{seeds_dir}: no usable seed files")
        return report
    docs_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=docs_dir.parent))
    try:
        stats = render_site(pages, staging, site_url=site_url)
        report.articles, report.facts = stats["articles"], stats["facts"]
        _swap(staging, docs_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _swap(staging: Path, docs_dir: Path) -> None:
    """Replace the generated parts of docs/ with the staged ones."""
    trash = Path(tempfile.mkdtemp(prefix=".old-", dir=docs_dir.parent))
    try:
        for name in GENERATED:
            old, new = docs_dir / name, staging / name
            if old.exists():
                os.replace(old, trash / name)
            if new.exists():
                os.replace(new, old)
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def print_report(report: BuildReport, out=sys.stderr) -> None:
    for line in report.skipped:
        print(f"warning: {line}", file=out)
    for line in report.warnings:
        print(f"warning: {line}", file=out)
    for line in report.errors:
        print(f"error: {line}", file=out)
