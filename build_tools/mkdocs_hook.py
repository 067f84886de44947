"""MkDocs hook: `mkdocs build` and `mkdocs serve` run the same pipeline.

Thin on purpose: it calls build_tools.build before MkDocs collects pages,
renders pages and search entries through the page cache (site/page_cache.py)
and asks `mkdocs serve` to watch seeds/. The work lives in plain functions.
"""
from __future__ import annotations

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
PAGE_CACHE = ROOT / ".cache" / "mkdocs"

_build = {"pages": None, "dictionary": "", "prerender": None}  # this build's page cache, jieba id, worker


def _search_plugin(config):
    """Material's search plugin, if enabled."""
    plugin = config.plugins.get("material/search")
    return plugin if plugin is not None and getattr(plugin.config, "enabled", True) else None


def on_startup(command, dirty):
    """Under `mkdocs serve`, keep what each build leaves for the next (site/serve.py)."""
    _ensure_importable()
    if command == "serve":
        from build_tools.site import serve

        serve.begin(_run_pipeline, _watched_inputs)


@event_priority(100)  # before the search plugin reads the jieba dictionary
def on_config(config):
    _ensure_importable()
    if os.environ.get("BUILD_TOOLS_SKIP_PIPELINE") != "1":  # set: docs/ already generated (benchmark)
        _run_pipeline(config)
    from build_tools.site.page_cache import prepare_jieba

    search = _search_plugin(config)
    _build["dictionary"] = prepare_jieba(search.config) if search is not None else ""
    return config


def _run_pipeline(config) -> None:
    """Regenerate docs/ from the seeds when they (or the code) changed."""
    from build_tools.site.build import build_if_changed
    from build_tools.site.serve import quiet_docs
    from build_tools.site.url import site_url

    docs_dir = Path(config["docs_dir"])
    report = build_if_changed(SEEDS, docs_dir, ROOT / ".cache", site_url(ROOT / "mkdocs.yml"),
                              around_swap=lambda: quiet_docs(docs_dir))
    if report is None:
        return
    # Skipped seeds are reported at info level: `mkdocs build --strict` turns
    # warnings into failures, and a skipped empty file is not a broken site.
    for line in report.skipped + report.warnings:
        log.info(f"build_tools warning: {line}")
    if report.errors or not report.articles:
        raise PluginError("seed build failed (docs/ left unchanged):\n  " + "\n  ".join(report.errors or ["no articles"]))
    log.info(f"build_tools: {report.articles} articles, {report.facts} facts ({report.cached} seeds cached)")


def on_pre_build(config):
    from build_tools.site.page_cache import PageCache, load_jieba

    off = os.environ.get("BUILD_TOOLS_PAGE_CACHE") == "0"
    pages = _build["pages"] = PageCache(None if off else PAGE_CACHE)
    _build["compacted"] = {}  # search entries compacted for the index (kept for serve's page-by-page builds)
    pages.start(config)
    search = _search_plugin(config)
    if search is not None:
        if getattr(search, "search_index", None) is not None:
            pages.start_search(search.search_index, _build["dictionary"])
        else:
            load_jieba()


@event_priority(-100)  # after every plugin has changed the Markdown
def on_page_markdown(markdown, page, config, files):
    if _build["pages"] is not None:
        _build["pages"].attach(page)
    return markdown


@event_priority(-100)  # the files as the other plugins leave them
def on_files(files, config):
    from build_tools.site import serve

    if serve.SESSION is not None:
        serve.SESSION.on_files(files, config)
    return files


@event_priority(-100)
def on_nav(nav, config, files):
    from build_tools.site import prerender, serve

    if serve.SESSION is not None:
        serve.SESSION.on_nav(nav)
    pages = _build["pages"]
    if pages is not None and pages.render_store.dir is not None:
        _build["prerender"] = prerender.start(config, files, pages.render_store.dir.parent, pages)
    return nav


@event_priority(-100)
def on_env(env, config, files):
    from build_tools.site import serve

    if serve.SESSION is not None:
        serve.SESSION.on_env(env)
    return env


def _watched_inputs(config) -> list:
    """Files whose change makes a served build full: the configuration and the theme overrides."""
    return [p for p in (config.config_file_path, config.theme.custom_dir) if p]


def on_serve(server, config, builder):
    """Watch the seeds, the catalogues and the theme overrides; build edits page by page (site/serve.py)."""
    from build_tools.site import serve

    server.watch(str(SEEDS))
    server.watch(str(ROOT / "build_tools" / "data"))
    if config.theme.custom_dir:
        server.watch(config.theme.custom_dir)
    if serve.SESSION is not None:
        serve.SESSION.attach(server, builder)
    return server


@event_priority(-100)  # after the search plugin has written its index
def on_post_build(config):
    """Rewrite the search index as plain UTF-8: Material writes it ASCII-escaped,
    which makes every Chinese character six bytes instead of three."""
    _ensure_importable()
    from build_tools.site.search_index import compact_search_index, write_compact_index

    index_path = Path(config["site_dir"]) / "search" / "search_index.json"
    index = getattr(config.plugins.get("material/search"), "search_index", None)
    if index is not None and index_path.exists():  # this build's index, written by the plugin (or not: serve.py)
        write_compact_index(index_path, index, _build.setdefault("compacted", {}))
    else:
        compact_search_index(index_path)
    if _build["prerender"] is not None:
        _build["prerender"].stop()
        _build["prerender"] = None
    pages = _build["pages"]
    if pages is not None:
        pages.finish()
        s = pages.stats
        log.info(f"build_tools: pages rendered {s['render_miss']}, from cache {s['render_hit']}; "
                 f"search entries made {s['search_miss']}, from cache {s['search_hit']}")
    from build_tools.site import serve

    if serve.SESSION is not None:
        serve.SESSION.on_post_build(config, pages)


def on_build_error(error):
    if _build["prerender"] is not None:
        _build["prerender"].stop()
        _build["prerender"] = None
