"""`mkdocs serve`: one build per edit, and an edit re-renders only the pages it changed.

MkDocs' development server rebuilds the whole site whenever anything under a
watched folder changes, and the pipeline writes into docs/ during the build:
each edit built the site twice, every page re-rendered and re-indexed.

- The pipeline swaps its output into docs/ while the server does not watch
  docs/ (`quiet_docs`): the build's own writes never start another build.
  Nothing is lost: the next build compares docs/ with its own snapshot, not
  with the server's.
- After a full build the serving process keeps that build's objects (the
  configuration, files, navigation, Jinja environment and pages, each page's
  search entries), a snapshot of docs/ and the warm state of the process
  (imports, gazetteer, jieba). The next change is built by `Session.rebuild`:
  the pipeline runs, docs/ is compared with the snapshot, the pages whose
  source changed (and pages that include other files) are read, rendered and
  written again with MkDocs' own functions, changed static files are copied,
  and the search index is written from every page's entries: the kept ones of
  unchanged pages and the new ones.
- Everything a changed page cannot change on its own is a full build through
  MkDocs' builder: mkdocs.yml or the theme overrides changed, a file added or
  removed, a page in the navigation retitled, a page's tags (or a tagged
  page's title) changed, a tags listing changed, or anything failed.

Both paths write the same bytes (tests/test_serve.py compares the served site
with `mkdocs build` after each kind of change).
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.build_tools")

SESSION: "Session | None" = None  # the serving process's session (None when not serving)


@contextlib.contextmanager
def quiet_docs(docs_dir: Path):
    """While the block runs, the server does not watch docs_dir (the pipeline's
    own writes must not start another build)."""
    server = SESSION.server if SESSION is not None else None
    path = os.path.abspath(docs_dir)
    times = 0
    if server is not None:
        while True:
            try:
                server.unwatch(path)
            except KeyError:
                break
            times += 1
    try:
        yield
    finally:
        for _ in range(times):
            server.watch(path)


# -- snapshots of docs/ -----------------------------------------------------------

@dataclass
class Snapshot:
    """The files under docs/: stat and digest of each, and whether MkDocs builds it."""
    included: dict[str, bool] = field(default_factory=dict)  # src_uri -> not excluded (MkDocs' files)
    stats: dict[str, tuple] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, config, before: "Snapshot | None" = None, files=None) -> "Snapshot":
        """Files whose stat did not change keep the digest `before` had for them; MkDocs
        collects the files again (`get_files`, or `files` when given) only when the
        set of paths changed (the same paths and configuration: the same files)."""
        snap = cls()
        docs = os.path.abspath(config.docs_dir)
        walked = _walk_docs(docs)
        if before is not None and walked.keys() == before.stats.keys():
            snap.included = before.included
        else:
            if files is None:
                from mkdocs.structure.files import get_files

                files = get_files(config)
            snap.included = {f.src_uri: not f.inclusion.is_excluded() for f in files}
        for uri, stat in walked.items():
            if before is not None and before.stats.get(uri) == stat:
                digest = before.digests[uri]
            else:
                try:
                    digest = hashlib.sha256(Path(docs, uri).read_bytes()).hexdigest()
                except OSError:
                    continue
            snap.stats[uri], snap.digests[uri] = stat, digest
        return snap

    def changes(self, now: "Snapshot") -> tuple[set[str], set[str]]:
        """(files added, removed or changed in inclusion that MkDocs builds; files changed)."""
        moved = {p for p in set(now.included) ^ set(self.included) if now.included.get(p) or self.included.get(p)}
        moved |= {p for p in set(now.included) & set(self.included) if now.included[p] != self.included[p]}
        changed = {p for p in set(now.digests) ^ set(self.digests)}
        changed |= {p for p in set(now.digests) & set(self.digests) if now.digests[p] != self.digests[p]}
        return moved, changed


def _walk_docs(docs: str) -> dict[str, tuple]:
    """Every file under docs (links followed, as MkDocs' `get_files`): src_uri -> (size, mtime, inode)."""
    out = {}
    for folder, _dirs, names in os.walk(docs, followlinks=True):
        rel = os.path.relpath(folder, docs)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for name in names:
            try:
                st = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            out[prefix + name] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return out


def _digest_files(paths) -> str:
    """Names and bytes of files and of the files under folders (mkdocs.yml, theme overrides)."""
    h = hashlib.sha256()
    for top in paths:
        top = Path(top)
        files = sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else [top]
        for p in files:
            try:
                data = p.read_bytes()
            except OSError:
                data = b"\0missing"
            h.update(str(p).encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


# -- the session --------------------------------------------------------------------

class FullBuild(Exception):
    """The change cannot be built page by page (the message says why)."""


@dataclass
class Built:
    """What the last full build left: its objects and what they were made from."""
    config: object
    files: object
    nav: object
    env: object
    pages: object           # the page cache (site/page_cache.PageCache), with each page's search entries
    snapshot: Snapshot
    inputs: str             # digest of mkdocs.yml and the theme overrides


class Session:
    """A `mkdocs serve` process: the server, MkDocs' builder, and what the last build left."""

    def __init__(self, run_pipeline, watched_inputs):
        self.server = None
        self.full_builder = None
        self.run_pipeline = run_pipeline      # config -> None; raises PluginError
        self.watched_inputs = watched_inputs  # config -> [mkdocs.yml, theme overrides]
        self.last: Built | None = None
        self.pending: dict = {}
        self.times: dict[str, float] = {}  # where the last page-by-page build's seconds went
        self.builds = {"full": 1, "incremental": 0}  # the first build runs before the server exists

    def attach(self, server, builder, seeds_dir: Path | None = None) -> None:
        """The server is up (after the first build): rebuilds go through `rebuild`,
        in a process that has everything an edit needs loaded."""
        self.server, self.full_builder = server, builder
        server.builder = self.rebuild
        warm_up(seeds_dir)

    # events of a full build (the hook passes them on)
    def on_files(self, files, config) -> None:
        self.last = None
        generated = any(getattr(f, "generated_by", None) for f in files)
        self.pending = {} if generated else {  # files made by plugins: not tracked, every build is full
            "files": files, "config": config, "snapshot": Snapshot.of(config, files=files),
            "inputs": _digest_files(self.watched_inputs(config))}

    def on_nav(self, nav) -> None:
        self.pending["nav"] = nav

    def on_env(self, env) -> None:
        self.pending["env"] = env

    def on_post_build(self, config, pages) -> None:
        p = self.pending
        if {"files", "nav", "env", "snapshot"} <= set(p) and p["config"] is config and pages is not None:
            self.last = Built(config, p["files"], p["nav"], p["env"], pages, p["snapshot"], p["inputs"])
        self.pending = {}

    # the builder the server calls
    def rebuild(self) -> None:
        if self.last is not None:
            t0 = time.perf_counter()
            try:
                n = self.incremental()
                self.builds["incremental"] += 1
                parts = ", ".join(f"{k} {v:.2f} s" for k, v in self.times.items())
                log.info(f"build_tools: incremental build, {n} page(s) rebuilt in {time.perf_counter() - t0:.2f} s ({parts})")
                return
            except FullBuild as why:
                log.info(f"build_tools: full build ({why})")
        self.last = None
        self.builds["full"] += 1
        self.full_builder()

    def incremental(self) -> int:
        """Build the change page by page; FullBuild when it cannot be."""
        from mkdocs import utils
        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.exceptions import Abort, BuildError
        from mkdocs.structure.files import InclusionLevel

        from .page_cache import SNIPPET_MARK

        last, self.last = self.last, None  # whatever happens below, a failure makes the next build full
        config, files, nav, env = last.config, last.files, last.nav, last.env
        log.info("Building documentation (incremental)...")
        if _digest_files(self.watched_inputs(config)) != last.inputs:
            raise FullBuild("mkdocs.yml or the theme overrides changed")
        logger = logging.getLogger("mkdocs")
        counter = utils.CountHandler()
        counter.setLevel(logging.WARNING)
        logger.addHandler(counter)
        try:
            clock = time.perf_counter()
            self.run_pipeline(config)
            self.times = {"pipeline": time.perf_counter() - clock}
            clock = time.perf_counter()
            now = Snapshot.of(config, last.snapshot)
            self.times["docs compared"] = time.perf_counter() - clock
            clock = time.perf_counter()
            moved, changed = last.snapshot.changes(now)
            if moved:
                raise FullBuild(f"{len(moved)} file(s) added or removed under docs/")
            pages = {f.src_uri: f for f in files.documentation_pages(inclusion=InclusionLevel.is_in_serve)}
            redo = [pages[p] for p in sorted(changed) if p in pages]
            if changed:  # pages that include other files (pymdownx.snippets) may show the change
                redo += [f for p, f in sorted(pages.items()) if p not in changed and f.page is not None
                         and SNIPPET_MARK in (f.page.markdown or "")]
            in_nav = {p.file.src_uri for p in nav.pages}
            listing = _listing_pattern(config)
            last.pages.stats.clear()
            for f in redo:
                if listing and listing.search(Path(f.abs_src_path).read_text(encoding="utf-8-sig", errors="replace")):
                    raise FullBuild(f"{f.src_uri} lists tags")
                title, tags = f.page.title, _tags(f.page)
                _populate_page(f.page, config, files)
                if _tags(f.page) != tags:
                    raise FullBuild(f"the tags of {f.src_uri} changed")
                if f.page.title != title and (f.src_uri in in_nav or tags):
                    raise FullBuild(f"the title of {f.src_uri} changed")
            for f in files:
                if f.src_uri in changed and f.src_uri not in pages and f.inclusion.is_in_serve():
                    f.copy_file()
            doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
            for f in redo:
                _build_page(f.page, config, doc_files, nav, env, excluded=f.inclusion.is_excluded())
            self.times["pages"] = time.perf_counter() - clock
            clock = time.perf_counter()
            last.pages.order_search_entries([f.page for f in doc_files])
            for f in doc_files:
                f.page.validate_anchor_links(files=files, log_level=config.validation.links.anchors)
            search = config.plugins.get("material/search")
            enabled = search is not None and search.config.enabled
            if enabled:  # the hook writes the index from memory; the plugin's escaped copy is not needed
                search.config.enabled = False
            try:
                config.plugins.on_post_build(config=config)
            finally:
                if enabled:
                    search.config.enabled = True
            self.times["anchors, search index"] = time.perf_counter() - clock
            if config.strict and (counts := counter.get_counts()):
                raise Abort("Aborted with " + ", ".join(f"{v} {k.lower()}s" for k, v in counts) + " in strict mode!")
        except BuildError as exc:
            log.error(str(exc))
            raise Abort("Aborted with a BuildError!") from None
        finally:
            logger.removeHandler(counter)
        last.snapshot = now
        self.last = last
        return len(redo)


def warm_up(seeds_dir: Path | None = None) -> None:
    """Load now what the first edit would wait for: the pipeline's modules, gazetteer
    and catalogues, the renderers' (which load theirs when first used: a page of
    seeds_dir, the smallest text seed, is processed and rendered into a scratch
    folder and thrown away), and jieba with the user dictionary (a warm first
    build needs none of them)."""
    import tempfile

    from ..ingest.files import read_seed, scan_seeds
    from ..pipeline import process_seed
    from . import assemble
    from .build import _warm
    from .page_cache import load_jieba

    _warm()
    load_jieba()
    try:
        texts = [s for s in scan_seeds(seeds_dir).seeds if s.kind == "text"] if seeds_dir is not None else []
        if texts:
            seed = min(texts, key=lambda s: (s.signature or (0, 0, 1 << 62))[2])
            page = process_seed(seed.name, read_seed(seed))
            with tempfile.TemporaryDirectory(prefix="build-tools-warm-") as scratch:
                assemble.render_site([page], Path(scratch))
    except Exception as exc:  # a bad seed is the build's to report, not the warm-up's
        log.debug(f"build_tools: warm-up skipped ({type(exc).__name__}: {exc})")


def _tags(page):
    tags = page.meta.get("tags") if page.meta else None
    return list(tags) if isinstance(tags, list) else tags


def _listing_pattern(config):
    """Markdown that makes a page a tags listing (Material's tags plugin), or None."""
    plugin = config.plugins.get("material/tags")
    if plugin is None or not getattr(plugin.config, "enabled", True):
        return None
    return re.compile(r"<!--\s*" + re.escape(plugin.config.listings_directive))


def begin(run_pipeline, watched_inputs) -> Session:
    """A serving session starts (the hook's on_startup, before the first build)."""
    global SESSION
    SESSION = Session(run_pipeline, watched_inputs)
    return SESSION
