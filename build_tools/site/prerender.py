"""A second process that fills the page cache while MkDocs builds (cold builds).

MkDocs renders and indexes pages one after another in one process; on a
machine with two cores the other one idles. When most pages are not in the
page cache, `start` runs a worker process with the same configuration and
renders pages from the last one backwards, storing their HTML and search
entries in the page cache, while MkDocs goes forwards: when MkDocs reaches a
page the worker has done, it is a cache hit. The two meet in the middle; then
the worker makes the search entries of MkDocs' half, again from the middle
backwards while MkDocs indexes forwards.

Under `mkdocs build` the worker is forked once MkDocs has its configuration,
files and navigation and jieba is loaded, and starts at once; in a process
with threads (`mkdocs serve`) it is spawned and loads them again (MkDocs'
`load_config` and every plugin's `on_config`, the pipeline skipped), which
takes seconds.

The worker only adds cache entries, under keys of everything they depend on
(page_cache.py), so what it makes is used only where MkDocs would have made
the same; anything it does differently is a miss, never a wrong page.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from pathlib import Path

from .workers import can_fork

log = logging.getLogger("mkdocs.hooks.build_tools")

MIN_PAGES = int(os.environ.get("BUILD_TOOLS_PRERENDER_MIN", "100"))  # below this, a worker costs more than it saves


class Prerender:
    """The worker process and the two positions MkDocs has reached."""

    def __init__(self, process, render_at, search_at, order):
        self.process, self.render_at, self.search_at, self.order = process, render_at, search_at, order

    def rendering(self, page) -> None:
        i = self.order.get(page.file.src_uri)
        if i is not None and i > self.render_at.value:
            self.render_at.value = i

    def indexing(self, page) -> None:
        i = self.order.get(page.file.src_uri)
        if i is not None and i > self.search_at.value:
            self.search_at.value = i

    def stop(self) -> None:
        self.render_at.value = self.search_at.value = len(self.order)
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=5)


def start(config, files, cache_dir: Path | None, pages) -> Prerender | None:
    """Start the worker when the page cache misses most pages and a core is free."""
    from mkdocs.structure.files import InclusionLevel

    if cache_dir is None or (os.cpu_count() or 1) < 2 or not config.config_file_path:
        return None
    docs = [f.src_uri for f in files.documentation_pages(inclusion=InclusionLevel.is_in_serve)]
    try:
        cached = sum(1 for _ in os.scandir(cache_dir / "render"))
    except OSError:
        cached = 0
    if len(docs) < MIN_PAGES or cached > len(docs) // 2:
        return None
    if can_fork():  # `mkdocs build`: the worker starts with this process's configuration, files and jieba
        _warm_jieba(config)
        ctx = multiprocessing.get_context("fork")
        target, args = _forked, (config, files, str(cache_dir), docs)
    else:
        ctx = multiprocessing.get_context("spawn")  # never fork a process that may run a server's threads
        target, args = _worker, (config.config_file_path, config.site_dir, str(cache_dir), docs)
    render_at, search_at = ctx.Value("i", -1, lock=False), ctx.Value("i", -1, lock=False)
    process = ctx.Process(target=target, daemon=True, name="build_tools-prerender", args=(*args, render_at, search_at))
    process.start()
    session = Prerender(process, render_at, search_at, {uri: i for i, uri in enumerate(docs)})
    pages.watchers.append(session)
    log.info(f"build_tools: a second process renders pages into the cache ({len(docs)} pages, {cached} cached)")
    return session


def _warm_jieba(config) -> None:
    """jieba with this build's dictionaries, loaded here before forking: MkDocs needs it
    for the search entries anyway, and the worker then starts with it."""
    from .page_cache import load_jieba

    search = config.plugins.get("material/search")
    if search is None or not getattr(search.config, "enabled", True):
        return
    load_jieba()
    try:
        import jieba
    except ImportError:
        return
    jieba.dt.check_initialized()


def _quiet() -> None:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    logging.getLogger("mkdocs").propagate = False


def _worker(config_file: str, site_dir: str, cache_dir: str, docs: list[str], render_at, search_at) -> None:
    """In a spawned worker: load the configuration and files as MkDocs does, then `_fill`.
    Quiet: MkDocs reports."""
    os.environ["BUILD_TOOLS_SKIP_PIPELINE"] = "1"
    _quiet()
    try:
        from mkdocs.config import load_config
        from mkdocs.structure.files import get_files

        config = load_config(config_file, site_dir=site_dir)
        config = config.plugins.on_config(config)
        files = get_files(config)
        files.add_files_from_theme(config.theme.get_env(), config)
        search = config.plugins.get("material/search")
        _fill(config, files, cache_dir, docs, render_at, search_at, getattr(search, "search_index", None))
    except Exception:  # the worker is an optimisation: MkDocs makes whatever it did not
        pass


def _forked(config, files, cache_dir: str, docs: list[str], render_at, search_at) -> None:
    """In a forked worker: MkDocs' own configuration and files, a search index of its own
    (the build's is MkDocs'), then `_fill`."""
    _quiet()
    try:
        search = config.plugins.get("material/search")
        index = getattr(search, "search_index", None)
        if index is not None:
            index = type(index)(**search.config)
        _fill(config, files, cache_dir, docs, render_at, search_at, index)
    except Exception:
        pass


def _fill(config, files, cache_dir: str, docs: list[str], render_at, search_at, index) -> None:
    """Render pages from the last one backwards into the page cache until MkDocs' renders
    reach us, then make the search entries of MkDocs' half (see the module docstring)."""
    from mkdocs.structure.pages import Page

    from .page_cache import PageCache, dictionary_id

    cache = PageCache(Path(cache_dir))
    cache.start(config)
    if index is not None:
        cache.start_search(index, dictionary_id())

    def make(i: int) -> None:
        f = files.get_file_from_path(docs[i])
        if f is None:
            return
        page = Page(None, f, config)
        page.read_source(config)
        cache.render(page, config, files)
        if index is not None:
            index.entries.clear()
            index.add_entry_from_context(page)

    i = len(docs) - 1
    while i > render_at.value:  # backwards, until MkDocs' renders reach us
        make(i)
        i -= 1
    j = i
    while j > search_at.value:  # then the search entries of MkDocs' half
        make(j)
        j -= 1
