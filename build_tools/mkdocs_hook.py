"""MkDocs hook: `mkdocs build` and `mkdocs serve` run the same pipeline.

Thin on purpose: it calls build_tools.build before MkDocs collects pages and
asks `mkdocs serve` to watch seeds/. The work lives in plain functions.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent


def _ensure_importable() -> None:
    """MkDocs restores sys.path after loading a hook; make this tree's build_tools importable."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))

log = logging.getLogger("mkdocs.hooks.build_tools")
SEEDS = ROOT / "seeds"
STAMP = ROOT / ".cache" / "last-build"


def _fingerprint(docs_dir: Path) -> str:
    """What the last build read and wrote: the pipeline, every file in seeds/
    (names, bytes, sidecars, what was skipped) and the generated parts of
    docs/ as they are now (paths, sizes, times), so that a deleted or edited
    generated file makes the next `mkdocs build` run the pipeline again."""
    from build_tools.ingest.files import read_seed, read_sidecar, scan_seeds
    from build_tools.site.fingerprint import pipeline_fingerprint
    from build_tools.site.swap import GENERATED

    h = hashlib.sha256(pipeline_fingerprint().encode())
    listing = scan_seeds(SEEDS)
    for seed in listing.seeds:
        side = read_sidecar(seed)
        h.update(seed.name.encode("utf-8") + b"\0" + hashlib.sha256(read_seed(seed)).digest()
                 + (hashlib.sha256(side).digest() if side is not None else b"-"))
    h.update("\n".join(listing.skipped).encode("utf-8"))
    h.update(str(docs_dir).encode())
    for name in GENERATED:
        part = docs_dir / name
        files = [part] if part.is_file() else sorted(p for p in part.rglob("*") if p.is_file()) if part.is_dir() else []
        h.update(name.encode() + (b"+" if files else b"-"))
        for f in files:
            st = f.stat()
            h.update(f"{f.relative_to(docs_dir)}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


@event_priority(100)  # before the search plugin reads the jieba dictionary
def on_config(config):
    if os.environ.get("BUILD_TOOLS_SKIP_PIPELINE") == "1":
        return config  # docs/ already generated (the benchmark times mkdocs alone)
    _ensure_importable()
    from build_tools.errors import SeedError, one_line

    try:
        return _build(config)
    except PluginError:
        raise
    except SeedError as exc:
        raise PluginError(one_line(f"seed build failed (docs/ left unchanged): {exc}")) from None
    except OSError as exc:
        from build_tools.site.build import os_error_line

        raise PluginError(one_line(f"seed build failed (docs/ left unchanged): {os_error_line(exc)}")) from None


def _build(config):
    from build_tools.site.build import build

    docs_dir = Path(config["docs_dir"])
    if not SEEDS.is_dir():
        raise PluginError(f"{SEEDS}: seeds folder not found (put the raw pages there)")
    fp = _fingerprint(docs_dir)
    if STAMP.exists() and STAMP.read_text() == fp:
        return config  # nothing changed since the last build (also stops serve's rebuild loop)
    from build_tools.site.url import site_url

    report = build(SEEDS, docs_dir, cache_dir=ROOT / ".cache", site_url=site_url(ROOT / "mkdocs.yml"))
    # Skipped seeds are reported at info level: `mkdocs build --strict` turns
    # warnings into failures, and a skipped empty file is not a broken site.
    for line in report.skipped + report.warnings:
        log.info(f"build_tools warning: {line}")
    if report.errors or not report.articles:
        errors = report.errors or ["no articles"]
        for line in errors[1:]:
            log.error(f"build_tools: {line}")
        more = f" (and {len(errors) - 1} more, above)" if len(errors) > 1 else ""
        raise PluginError(f"seed build failed (docs/ left unchanged): {errors[0]}{more}")
    try:
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.write_text(_fingerprint(docs_dir))
    except OSError:
        pass  # no stamp: the next build runs the pipeline again (it is incremental)
    log.info(f"build_tools: {report.articles} articles, {report.facts} facts ({report.cached} seeds cached)")
    return config


def on_serve(server, config, builder):
    server.watch(str(SEEDS))
    server.watch(str(ROOT / "build_tools" / "data"))
    return server


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config):
    """Rewrite the search index as plain UTF-8: Material writes it ASCII-escaped,
    which makes every Chinese character six bytes instead of three."""
    _ensure_importable()
    from build_tools.site.search_index import compact_search_index

    compact_search_index(Path(config["site_dir"]) / "search" / "search_index.json")
