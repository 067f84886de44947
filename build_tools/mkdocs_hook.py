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
    from build_tools.ingest.sidecar import sidecar_of
    from build_tools.site.build import list_seeds
    from build_tools.site.fingerprint import pipeline_fingerprint

    h = hashlib.sha256(pipeline_fingerprint().encode())
    for p in list_seeds(SEEDS):
        h.update(p.name.encode("utf-8") + b"\0" + hashlib.sha256(p.read_bytes()).digest())
        side = sidecar_of(p)  # corrections change the pages too
        if side is not None:
            h.update(side.name.encode("utf-8") + b"\0" + hashlib.sha256(side.read_bytes()).digest())
    h.update(str(docs_dir).encode())
    return h.hexdigest()


@event_priority(100)  # before the search plugin reads the jieba dictionary
def on_config(config):
    if os.environ.get("BUILD_TOOLS_SKIP_PIPELINE") == "1":
        return config  # docs/ already generated (the benchmark times mkdocs alone)
    _ensure_importable()
    from build_tools.site.build import build

    docs_dir = Path(config["docs_dir"])
    fp = _fingerprint(docs_dir)
    if STAMP.exists() and STAMP.read_text() == fp and (docs_dir / "data" / "articles.json").exists():
        return config  # nothing changed since the last build (also stops serve's rebuild loop)
    from build_tools.site.url import site_url

    report = build(SEEDS, docs_dir, cache_dir=ROOT / ".cache", site_url=site_url(ROOT / "mkdocs.yml"))
    # Skipped seeds are reported at info level: `mkdocs build --strict` turns
    # warnings into failures, and a skipped empty file is not a broken site.
    for line in report.skipped + report.warnings:
        log.info(f"build_tools warning: {line}")
    if report.errors or not report.articles:
        raise PluginError("seed build failed (docs/ left unchanged):\n  " + "\n  ".join(report.errors or ["no articles"]))
    STAMP.parent.mkdir(parents=True, exist_ok=True)
    STAMP.write_text(fp)
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
