"""MkDocs hook: `mkdocs build` and `mkdocs serve` run the same pipeline.

Thin on purpose: it calls build_tools.build before MkDocs collects pages,
renders pages and search entries through the page cache (site/page_cache.py)
and asks `mkdocs serve` to watch seeds/. The work lives in plain functions.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
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


def _fingerprint(docs_dir: Path, site: str, listing) -> str:
    """What the last build read and wrote: the pipeline, every file in seeds/
    (names, bytes, sidecars, what was skipped: `listing`, the folder as listed
    for this build), what the site says about itself (its address, the
    citations' accessed date) and the generated parts of docs/ as they are now
    (paths, sizes, times), so that a deleted or edited generated file makes the
    next `mkdocs build` run the pipeline again."""
    from build_tools.ingest.files import seed_digest, sidecar_file
    from build_tools.site.fingerprint import pipeline_fingerprint
    from build_tools.site.swap import generated_files

    h = hashlib.sha256(pipeline_fingerprint().encode())
    for seed in listing.seeds:
        side = sidecar_file(seed)  # digests remembered by this process while the files do not change
        h.update(seed.name.encode("utf-8") + b"\0" + bytes.fromhex(seed_digest(seed))
                 + (bytes.fromhex(seed_digest(side)) if side is not None else b"-"))
    h.update("\n".join(listing.skipped).encode("utf-8"))
    h.update(str(docs_dir).encode() + b"\0" + site.encode("utf-8"))
    for name, files in generated_files(docs_dir).items():
        h.update(name.encode() + (b"+" if files else b"-"))
        for rel, st in files:
            h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


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
    """Regenerate docs/ from the seeds when they, the code or the generated files changed."""
    from build_tools.errors import SeedError, one_line

    try:
        _pipeline(config)
    except PluginError:
        raise
    except SeedError as exc:
        raise PluginError(one_line(f"seed build failed (docs/ left unchanged): {exc}")) from None
    except OSError as exc:
        from build_tools.site.build import os_error_line

        raise PluginError(one_line(f"seed build failed (docs/ left unchanged): {os_error_line(exc)}")) from None


def _pipeline(config) -> None:
    from build_tools.ingest.files import scan_seeds
    from build_tools.site.build import build
    from build_tools.site.fingerprint import release_date
    from build_tools.site.serve import quiet_docs

    docs_dir = Path(config["docs_dir"])
    if not SEEDS.is_dir():
        raise PluginError(f"{SEEDS}: seeds folder not found (put the raw pages there)")
    # the published address as mkdocs.yml configures it (`!ENV [SITE_URL, default]`), not
    # config["site_url"]: `mkdocs serve` replaces that with its own address, and the data
    # files and citations must name the published site whichever command built them
    from build_tools.site.url import site_url as configured_site_url

    site_url = configured_site_url(Path(config.config_file_path or ROOT / "mkdocs.yml"))
    accessed = release_date()
    site = f"{site_url}\0{accessed or ''}"
    listing = scan_seeds(SEEDS)  # listed and stat'ed once per build: the fingerprints and the build share it
    fp = _fingerprint(docs_dir, site, listing)
    if STAMP.exists() and STAMP.read_text() == fp:
        return  # nothing changed since the last build (also stops serve's rebuild loop)
    report = build(SEEDS, docs_dir, cache_dir=ROOT / ".cache", site_url=site_url, accessed=accessed,
                   around_swap=lambda: quiet_docs(docs_dir), listing=listing)
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
        STAMP.write_text(_fingerprint(docs_dir, site, listing))
    except OSError:
        pass  # no stamp: the next build runs the pipeline again (it is incremental)
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
        serve.SESSION.attach(server, builder, SEEDS)
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


_HTML_LANG = re.compile(r'<html lang="[^"]*"')
_LANG_VALUE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def on_post_page(output, page, config):
    """A page whose front matter says `lang: en` is marked so on its <html> element
    (the theme writes the site's language, zh, on every page)."""
    lang = str((page.meta or {}).get("lang") or "")
    if lang and _LANG_VALUE.match(lang):
        return _HTML_LANG.sub(f'<html lang="{lang}"', output, count=1)
    return output
