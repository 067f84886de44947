"""Per-page results of MkDocs kept in .cache/mkdocs/: a page's HTML and its search entries.

MkDocs converts every page's Markdown and Material's search plugin parses and
segments every page on every build, changed or not: minutes for a thousand
articles. Both results are functions of inputs that can be named, so they are
kept between builds (and between CI runs), keyed by those inputs:

- the HTML of a page (`Page.render`): the page's Markdown after every plugin's
  on_page_markdown, its place (source path, destination, URL, inclusion), the
  Markdown configuration (extensions and their settings, directory URLs, link
  validation), the versions of Python, MkDocs, Python-Markdown,
  pymdown-extensions and Material, and this package's code; and, through its
  links, which files exist. The key hashes all but the last. The file lookups
  made while rendering are stored with the entry and must resolve the same way
  in the current build for the entry to be used. Messages logged while
  rendering (a broken link) are stored and logged again on a hit, so a
  `--strict` build fails the same way warm as cold.
- the search entries of a page (`SearchIndex.add_entry_from_context`): the
  page's final HTML, URL, table of contents and title, the `title`, `tags` and
  `search` front matter, the search settings and the jieba dictionaries.

Each entry is a JSON file named by its key that holds the key and a digest of
its payload; both are checked on every read, and a damaged or foreign entry is
deleted and the page rendered again. A page that includes other files
(pymdownx.snippets' `--8<--`) is keyed by its Markdown with the includes done
by the snippets extension itself (`expand_snippets`), and only when doing them
again would change nothing; otherwise it is not cached.
"""
from __future__ import annotations

import functools
import hashlib
import html
import json
import logging
import os
import re
import sys
import threading
from collections import Counter
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

from .fingerprint import pipeline_fingerprint
from .store import write_atomic

FORMAT = 1  # the layout of an entry; bump to disown every entry written before
SNIPPET_MARK = "--8<--"
_PACKAGES = ("mkdocs", "markdown", "pymdown-extensions", "mkdocs-material", "jieba")

log = logging.getLogger("mkdocs.hooks.build_tools")


# -- keys -------------------------------------------------------------------------

class Unstable(ValueError):
    """A setting with no stable description (its key would differ between processes)."""


def stable(value):
    """A JSON-able description of a configuration value that is the same in
    every process: callables by module and name, partials by their parts.

    >>> import functools, posixpath
    >>> stable({"b": [1, "x"], "a": functools.partial(posixpath.join, "p", sep="/")})
    {'a': {'partial': 'posixpath.join', 'args': ['p'], 'keywords': {'sep': '/'}}, 'b': [1, 'x']}
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Mapping):
        return {str(k): stable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [stable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((stable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, functools.partial):
        return {"partial": stable(value.func), "args": stable(value.args), "keywords": stable(value.keywords)}
    if callable(value) and getattr(value, "__qualname__", None) and "<" not in value.__qualname__:
        return f"{value.__module__}.{value.__qualname__}"
    raise Unstable(f"no stable description of {type(value).__name__}")


def _sha(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else json.dumps(p, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    """Python and the packages whose code turns Markdown into HTML and search entries."""
    out = {"python": sys.version}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = ""
    return out


def render_base(config) -> str | None:
    """What every page's HTML depends on besides the page (None: no stable key,
    nothing cached this build)."""
    snippets = config["mdx_configs"].get("pymdownx.snippets") or {}
    if snippets.get("auto_append"):
        return None  # every page includes files the key cannot see
    try:
        settings = {"extensions": stable(config["markdown_extensions"]), "configs": stable(config["mdx_configs"]),
                    "directory_urls": config["use_directory_urls"], "validation": stable(config["validation"])}
    except Unstable as exc:
        log.info(f"build_tools: pages not cached ({exc})")
        return None
    return _sha("render", FORMAT, versions(), pipeline_fingerprint(), settings)


def search_base(index_config: Mapping, dictionary: str) -> str | None:
    """What every page's search entries depend on besides the page."""
    try:
        settings = stable(index_config)
    except Unstable as exc:
        log.info(f"build_tools: search entries not cached ({exc})")
        return None
    return _sha("search", FORMAT, versions(), pipeline_fingerprint(), settings, dictionary)


def _toc(items) -> list[dict]:
    """A table of contents as the tokens `mkdocs.structure.toc.get_toc` reads."""
    return [{"name": a.title, "id": a.id, "level": a.level, "children": _toc(a.children)} for a in items]


# -- work MkDocs need not do ------------------------------------------------------

# Lines of raw HTML that Python-Markdown copies to its output unchanged: one
# block-level element per line, tags written plainly (attribute values in
# double quotes), no code blocks on the page.
_STASHABLE = ("p", "div", "table", "details", "figure", "section", "aside", "ul", "ol", "dl", "header", "footer",
              "article", "nav", "blockquote")
_RAW_LINE = re.compile(r"^<(" + "|".join(_STASHABLE) + r")(?=[\s>])[^\n]*</\1>$", re.M)
_PLAIN_TAG = re.compile(r'<(?:/?[a-zA-Z][\w-]*)(?:\s+[\w:.-]+(?:="[^"<>]*")?)*\s*/?>')
_CODE = re.compile(r"^(```|~~~|    |\t)", re.M)
_PLACEHOLDER = re.compile(r'<([a-z]+) data-build-tools-stash="(\d+)"></\1>')
_RUN = re.compile(r'^<([a-z]+) data-build-tools-stash="\d+"></\1>(?:\n+<([a-z]+) data-build-tools-stash="\d+"></\2>)*$',
                  re.M)
_ATTR = re.compile(r'\s([\w:.-]+)(?:="([^"]*)")?')
# A plain start tag with an id or name attribute: (its name, its attributes).
_ID_TAG = re.compile(r'<([a-zA-Z][\w-]*)((?:\s+[\w:.-]+(?:="[^"<>]*")?)*?\s+(?:id|name)(?:="[^"<>]*")?(?=[\s/>])'
                     r'(?:\s+[\w:.-]+(?:="[^"<>]*")?)*)\s*/?>', re.I)


def _one_plain_element(line: str, tag: str) -> bool:
    """The line is exactly one element `tag`, every tag in it plain.

    Every '<' starts a plain tag exactly when there are as many plain tags as
    '<' (a plain tag holds one '<', its first character): counted in one
    regular-expression pass, not tag by tag in Python (most of a page's
    markup is in such lines).

    >>> _one_plain_element('<p id="a">x <b>y</b></p>', "p"), _one_plain_element("<p>a</p><p>b</p>", "p")
    (True, False)
    >>> _one_plain_element("<p>a < b</p>", "p"), _one_plain_element('<p title="x>y">a</p>', "p")
    (False, False)
    """
    if len(_PLAIN_TAG.findall(line)) != line.count("<"):
        return False  # a '<' that starts no plain tag
    depth = 0
    for m in re.finditer(rf"<(/?){tag}(?=[\s/>])", line, re.I):  # only tags of this name: few
        depth += -1 if m.group(1) else 1
        if depth == 0 and line.find(">", m.end()) + 1 != len(line):
            return False
    return depth == 0


def stash_raw_html(markdown: str) -> tuple[str, list[str]]:
    """Markdown with its plain raw-HTML lines replaced by empty placeholders
    of the same element, and the lines (Python-Markdown would parse them twice,
    then copy them unchanged). A run of such lines with only line breaks
    between them, set apart by blank lines, is one placeholder of the run's
    first element, standing for the run as written: Python-Markdown writes
    raw blocks with the line breaks that separate them in the source, and
    each placeholder costs it a block to parse (an article page is some
    thirty lines of raw HTML in five or six runs).

    >>> stash_raw_html('# T\\n\\n<p id="p1"><span id="s1">文明</span></p>\\n')
    ('# T\\n\\n<p data-build-tools-stash="0"></p>\\n', ['<p id="p1"><span id="s1">文明</span></p>'])
    >>> stash_raw_html('# T\\n\\n<p>a</p>\\n<div>b</div>\\n\\n\\n<p>c</p>\\n\\n## U\\n<p>d</p>\\n\\n<p>e</p>\\n')
    ('# T\\n\\n<p data-build-tools-stash="0"></p>\\n\\n## U\\n<p data-build-tools-stash="1"></p>\\n\\n<p data-build-tools-stash="2"></p>\\n', \
['<p>a</p>\\n<div>b</div>\\n\\n\\n<p>c</p>', '<p>d</p>', '<p>e</p>'])
    """
    if _CODE.search(markdown) or "data-build-tools-stash" in markdown:
        return markdown, []
    lines: list[str] = []

    def stash(m: re.Match) -> str:
        if not _one_plain_element(m.group(0), m.group(1)):
            return m.group(0)
        lines.append(m.group(0))
        return f'<{m.group(1)} data-build-tools-stash="{len(lines) - 1}"></{m.group(1)}>'

    markdown = _RAW_LINE.sub(stash, markdown)
    blocks: list[str] = []

    def one(p: re.Match) -> str:  # a placeholder of one line
        blocks.append(lines[int(p.group(2))])
        return f'<{p.group(1)} data-build-tools-stash="{len(blocks) - 1}"></{p.group(1)}>'

    def run(m: re.Match) -> str:
        start, end = m.start(), m.end()
        apart = ((start == 0 or markdown[start - 2:start] == "\n\n")
                 and (end == len(markdown) or markdown[end:end + 2] == "\n\n" or markdown[end:] == "\n"))
        if not apart:
            return _PLACEHOLDER.sub(one, m.group(0))
        blocks.append(_PLACEHOLDER.sub(lambda p: lines[int(p.group(2))], m.group(0)))
        return f'<{m.group(1)} data-build-tools-stash="{len(blocks) - 1}"></{m.group(1)}>'

    return _RUN.sub(run, markdown), blocks


def unstash_raw_html(content: str, blocks: list[str]) -> str | None:
    """The HTML with every placeholder replaced by its line; None unless each
    placeholder came through exactly once."""
    seen: list[int] = []

    def put(m: re.Match) -> str:
        seen.append(int(m.group(2)))
        return blocks[int(m.group(2))]

    out = _PLACEHOLDER.sub(put, content)
    return out if sorted(seen) == list(range(len(blocks))) else None


def expand_snippets(markdown: str, config) -> str | None:
    """The page's Markdown with its `--8<--` includes done by pymdownx.snippets
    itself, as Python-Markdown's first step would do them; None when the
    extension is not on, an include fails, or running it again on the result
    would change anything (escaped or nested markers): then only the original
    renders the same. The home page includes the big single-line HTML snippets
    (map, key figures, articles by place), which can then be stashed."""
    import markdown as markdown_lib

    try:
        md = markdown_lib.Markdown(extensions=config["markdown_extensions"],
                                   extension_configs=config["mdx_configs"] or {})
        if "snippet" not in md.preprocessors:
            return None
        snippets = md.preprocessors["snippet"]
        lines = snippets.run(markdown.split("\n"))
        if snippets.run(list(lines)) != lines:
            return None
    except Exception:  # a missing include: the normal render reports it
        return None
    return "\n".join(lines)


# A link in a raw-HTML line to a page by its Markdown path, as a Markdown link names
# it (href="../articles/x.md#s3-7"), or to an anchor of the page itself (href="#s3-7"):
# the build's big tables are written as HTML, and their links are resolved and
# checked like Markdown links (`resolve_page_links`).
_MD_HREF = re.compile(r'(<a\s[^<>]*?(?<=\s)href=")([^":?#<>]*\.md(?:#[^"<>]*)?|#[^"<>]+)(")')


def resolve_page_links(blocks: list[str], page, files, config) -> tuple[list[str], dict]:
    """The blocks with every link to a Markdown page or to an anchor of this
    page (`_MD_HREF`) turned into its URL by MkDocs' own resolver, exactly as it
    resolves a Markdown link: the same URL, the same warning for a missing page,
    and the anchors registered for MkDocs' anchor check; and those anchors
    ({File: {anchor: link}}). Python-Markdown keeps raw HTML away from MkDocs'
    link processing, so without this the links would be neither rewritten nor
    checked. (MkDocs' resolver is a private class: its version is part of every
    page's cache key, and tests/test_page_cache.py compares it with Markdown links.)

    >>> [m.group(2) for m in _MD_HREF.finditer('<a class="fig" href="../articles/a.md#s1-2">a.md</a> '
    ...                                         '<a href="../data/">b</a> <a href="https://x.example/c.md">c</a> '
    ...                                         '<a href="#s4-1">d</a>')]
    ['../articles/a.md#s1-2', '#s4-1']
    """
    from urllib.parse import unquote

    from mkdocs.structure.pages import _RelativePathTreeprocessor

    resolver = _RelativePathTreeprocessor(page.file, files, config)
    done: dict[str, str] = {}
    pages: dict[str, tuple | None] = {}  # a page's path -> (its URL from here, its file), resolved once

    def url(href: str) -> str:
        path, _, anchor = href.partition("#")
        if not path or not anchor:
            return resolver.path_to_url(href)
        if path not in pages:  # the same lookup MkDocs makes first; a page found is its URL for every anchor
            target = files.get_file_from_path(resolver._target_uri(page.file.src_uri, unquote(path)))
            pages[path] = (resolver.path_to_url(path), target) if target is not None else None
        if pages[path] is None:
            return resolver.path_to_url(href)  # not found: MkDocs' warning, once per link as for Markdown
        resolver.links_to_anchors.setdefault(pages[path][1], {}).setdefault(anchor, href)
        return f"{pages[path][0]}#{anchor}"

    def one(m: re.Match) -> str:
        href = m.group(2)
        if href not in done:
            done[href] = html.escape(url(html.unescape(href)), quote=True)
        return m.group(1) + done[href] + m.group(3)

    return [_MD_HREF.sub(one, b) if '.md"' in b or '.md#' in b or 'href="#' in b else b for b in blocks], \
        resolver.links_to_anchors


def _add_links(page, links: dict) -> None:
    """Merge anchors linked from raw HTML into what MkDocs' anchor check reads."""
    if page.links_to_anchors is None:  # MkDocs at debug level keeps none
        return
    for target, anchors in links.items():
        known = page.links_to_anchors.setdefault(target, {})
        for anchor, link in anchors.items():
            known.setdefault(anchor, link)


def anchor_ids(blocks: list[str]) -> set[str]:
    """The ids (and <a name>s) MkDocs would find in these plain HTML lines.

    >>> sorted(anchor_ids(['<p id="p1" data-id="x"><a name="n">a</a><span name="m">say id="q"</span></p>']))
    ['n', 'p1']
    """
    ids = set()
    for block in blocks:
        for m in _ID_TAG.finditer(block):
            tag = m.group(1).lower()
            for name, value in _ATTR.findall(m.group(2)):
                if name.lower() == "id" or (name.lower() == "name" and tag == "a"):
                    ids.add(html.unescape(value))
    return ids


_EXCLUDED = re.compile(r"<([a-zA-Z][\w-]*)\b[^<>]*?\sdata-search-exclude(?=[\s>/=])[^<>]*>")
_HEADING = re.compile(r"<h[1-6][\s>]", re.I)
# a heading the search parser starts a section at: one with an id (a conservative match)
_SECTION_HEADING = re.compile(r"<h[1-6](?=[\s>])[^<>]*?\sid(?=[\s=>/])", re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


def strip_search_excluded(content: str) -> str:
    """The page's HTML without its `data-search-exclude` elements: what
    Material's search parser reads from it but leaves out of the index, so
    that it need not parse it. Elements holding a heading with an id stay
    (the parser starts a section at every such heading, excluded or not; a
    heading without an id is text to it: the home page's place cards), and
    so do elements holding an element of their own name (the parser, which
    compares elements by name, stops excluding at the inner one's end), and
    everything when the page has scripts, styles or comments.
    """
    if "data-search-exclude" not in content or re.search(r"<(script|style)\b|<!--", content, re.I):
        return content
    out, pos = [], 0
    for m in _EXCLUDED.finditer(content):
        tag = m.group(1).lower()
        if m.start() < pos or tag in _VOID or _HEADING.match(m.group(0)):
            continue
        end = _element_end(content, m.end(), tag)
        if end is None or _SECTION_HEADING.search(content, m.start(), end):
            continue
        out.append(content[pos:m.start()])
        pos = end
    out.append(content[pos:])
    return "".join(out)


def _element_end(content: str, start: int, tag: str) -> int | None:
    """Where the element whose start tag ends at `start` ends; None when it is
    not closed or holds an element of its own name."""
    depth = 1
    for m in re.compile(rf"<(/?){re.escape(tag)}(?=[\s>/])", re.I).finditer(content, start):
        depth += -1 if m.group(1) else 1
        if depth > 1:
            return None
        if depth == 0:
            close = content.find(">", m.end())
            return None if close < 0 else close + 1
    return None


# -- the jieba dictionaries ---------------------------------------------------------

_JIEBA = {"loaded": None, "wanted": None, "id": ""}  # the user dictionary in this process's jieba, and wanted


def prepare_jieba(search_config) -> str:
    """Take over loading the jieba user dictionary from Material's search
    plugin; return an id of the dictionaries (part of the search entries' key).

    The plugin loads the user dictionary on every build, and jieba adds each
    word's frequency to its total again each time, so the words of a
    long-lived `mkdocs serve` drift from a fresh build's. Here the dictionary
    is loaded once per content (`load_jieba`), after a fresh start of jieba if
    another one was loaded, and only when a page's entries are not cached: a
    warm build never loads jieba at all. With a main dictionary configured
    (`jieba_dict`) the plugin keeps both: it restarts jieba on every build.
    """
    main = search_config.get("jieba_dict") or ""
    path = search_config.get("jieba_dict_user") or ""
    try:
        digest = hashlib.sha256(Path(os.path.normpath(path)).read_bytes()).hexdigest() if path else ""
    except OSError:
        digest = "missing"  # the plugin reports it
    if path and not main and digest != "missing":
        _JIEBA["wanted"] = (os.path.normpath(path), digest)
        search_config["jieba_dict_user"] = None
    else:
        _JIEBA["wanted"] = None
    _JIEBA["id"] = _sha("jieba", main, digest)
    return _JIEBA["id"]


def dictionary_id() -> str:
    """The id `prepare_jieba` last returned."""
    return _JIEBA["id"]


def load_jieba() -> None:
    """Load the wanted user dictionary into jieba, once per content and process."""
    wanted = _JIEBA["wanted"]
    if wanted is None or _JIEBA["loaded"] == wanted[1]:
        return
    import jieba

    if _JIEBA["loaded"] is not None and jieba.dt.initialized:  # another dictionary: start afresh
        jieba.dt.initialized = False
        jieba.dt.initialize()
    jieba.load_userdict(wanted[0])
    _JIEBA["loaded"] = wanted[1]
    _CUTS.clear()


# runs of Han characters remembered with their words (`RememberedCuts`); a run's words are a
# function of the run and the dictionaries, which stay as they are while the run is remembered
_CUTS: dict[bytes, tuple[str, ...]] = {}
CUTS_MAX = 1 << 18


class RememberedCuts:
    """jieba as Material's search plugin sees it, with `cut` remembered per run of text.

    The plugin segments every run of Han characters of every page section with its own
    `jieba.cut` call, and the same runs come back: a comparison page quotes the
    sentences its articles hold, practices and headings recur (on the real seeds' site
    half of the text segmented was segmented before, at a cost of about a third of
    MkDocs' CPU). The words of a run are the ones jieba gives, remembered while the
    dictionaries do not change: the memory is emptied when `load_jieba` loads a
    dictionary, when a build starts (`PageCache.start_search`) and when jieba's word
    totals moved (a dictionary loaded by someone else)."""

    def __init__(self, jieba):
        self._jieba = jieba
        self._state = None

    def __getattr__(self, name):
        return getattr(self._jieba, name)

    def cut(self, sentence, *args, **kwargs):
        dt = self._jieba.dt
        if args or kwargs or not isinstance(sentence, (bytes, str)) or not dt.initialized:
            return self._jieba.cut(sentence, *args, **kwargs)
        state = (id(dt), dt.total, len(dt.FREQ))
        if state != self._state:
            _CUTS.clear()
            self._state = state
        words = _CUTS.get(sentence)
        if words is None:
            if len(_CUTS) >= CUTS_MAX:
                _CUTS.clear()
            words = _CUTS[sentence] = tuple(self._jieba.cut(sentence))
        return iter(words)


def remember_cuts() -> None:
    """Material's search plugin segments through `RememberedCuts` from now on, with an
    empty memory."""
    _CUTS.clear()
    try:
        from material.plugins.search import plugin
    except ImportError:
        return
    if plugin.jieba is not None and not isinstance(plugin.jieba, RememberedCuts):
        plugin.jieba = RememberedCuts(plugin.jieba)


# -- the store ------------------------------------------------------------------

class EntryStore:
    """JSON entries named by key in one folder, verified on read."""

    def __init__(self, folder: Path | None):
        self.dir = folder
        self.used: set[str] = set()

    def get(self, key: str):
        """The payload stored under key, or None (missing, damaged, or not what the key names)."""
        if self.dir is None:
            return None
        path = self.dir / f"{key}.json"
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            entry = json.loads(raw)
            ok = (isinstance(entry, dict) and entry.get("format") == FORMAT and entry.get("key") == key
                  and entry.get("sha256") == _sha(entry.get("payload")))
        except (ValueError, RecursionError):
            ok = False
        if not ok:
            self.drop(key)
            return None
        self.used.add(key)
        return entry["payload"]

    def put(self, key: str, payload) -> None:
        if self.dir is None:
            return
        try:
            text = json.dumps({"format": FORMAT, "key": key, "sha256": _sha(payload), "payload": payload},
                              ensure_ascii=False)
        except (TypeError, ValueError):
            return  # not JSON (an odd front-matter value): not cached
        if write_atomic(self.dir / f"{key}.json", text.encode("utf-8")):
            self.used.add(key)

    def drop(self, key: str) -> None:
        if self.dir is not None:
            try:
                os.unlink(self.dir / f"{key}.json")
            except OSError:
                pass

    def prune(self, slack: int = 100) -> None:
        """Remove entries this build did not use once they outnumber the used
        ones (kept until then: undoing an edit is free)."""
        try:
            names = [e.name for e in os.scandir(self.dir)] if self.dir is not None else []
        except OSError:
            return
        if len(names) <= 2 * len(self.used) + slack:
            return
        keep = {f"{k}.json" for k in self.used}
        for name in names:
            if name not in keep:
                try:
                    os.unlink(self.dir / name)
                except OSError:
                    pass


# -- rendering with the cache ----------------------------------------------------------

class _RecordingFiles:
    """The build's files as the renderer sees them, noting every path it looks
    up and what that resolved to (the page's dependence on other files)."""

    def __init__(self, files):
        self._files = files
        self.lookups: dict[str, list | None] = {}

    def get_file_from_path(self, path):
        found = self._files.get_file_from_path(path)
        self.lookups[path] = _resolved(found)
        return found

    def __getattr__(self, name):
        return getattr(self._files, name)


def _resolved(file) -> list | None:
    return None if file is None else [file.src_uri, file.url, file.inclusion.name]


class _Capture(logging.Handler):
    """Messages logged by this thread while a page renders."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.thread = threading.get_ident()
        self.seen: set[int] = set()
        self.records: list[list] = []

    def emit(self, record):
        if record.thread == self.thread and id(record) not in self.seen:
            self.seen.add(id(record))
            self.records.append([record.name, record.levelno, record.getMessage()])


class PageCache:
    """The page caches of one build (a folder, or None: nothing kept)."""

    def __init__(self, folder: Path | None):
        self.render_store = EntryStore(folder / "render" if folder else None)
        self.search_store = EntryStore(folder / "search" if folder else None)
        self.render_key_base: str | None = None
        self.search_key_base: str | None = None
        self.stats: Counter = Counter()
        self.index = None  # Material's SearchIndex of this build
        self.watchers: list = []  # told which page is rendered and indexed (prerender.py)
        self.entries: dict[str, list] = {}  # each page's search entries, by source path

    def start(self, config) -> None:
        self.render_key_base = render_base(config)

    # -- Markdown -> HTML ---------------------------------------------------
    def attach(self, page) -> None:
        """Render this page through the cache (MkDocs calls page.render next)."""
        page.render = functools.partial(self.render, page)

    def render_key(self, page, markdown: str | None = None) -> str | None:
        """markdown: the page's Markdown with its includes done (expand_snippets), if it has any."""
        markdown = page.markdown if markdown is None else markdown
        if self.render_key_base is None or markdown is None or SNIPPET_MARK in markdown:
            return None
        f = page.file
        return _sha(self.render_key_base, f.src_uri, f.dest_uri, f.url, f.inclusion.name, markdown)

    def render(self, page, config, files) -> None:
        from mkdocs.structure.pages import Page

        for w in self.watchers:
            w.rendering(page)
        markdown = page.markdown
        source = markdown
        if markdown is not None and SNIPPET_MARK in markdown:
            source = expand_snippets(markdown, config) or markdown
        key = self.render_key(page, source)
        entry = self.render_store.get(key) if key else None
        if entry is not None:
            try:
                if self._restore(page, entry, files):
                    self.stats["render_hit"] += 1
                    return
            except (KeyError, TypeError, ValueError, AttributeError):
                pass
            self.render_store.drop(key)
        recording, capture = _RecordingFiles(files), _Capture()
        loggers = [logging.getLogger(), logging.getLogger("mkdocs")]
        for lg in loggers:
            lg.addHandler(capture)
        try:
            page.markdown, blocks = stash_raw_html(source)
            Page.render(page, config, recording)
            resolved, links = resolve_page_links(blocks, page, recording, config)
            content = unstash_raw_html(page.content, resolved) if blocks else page.content
            if content is None:  # a placeholder did not come through as it went in: the long way
                recording, capture.records = _RecordingFiles(files), []
                page.markdown, blocks = markdown, []
                Page.render(page, config, recording)
                # raw HTML inside: its page links too (a Markdown link MkDocs could not resolve is warned twice)
                (content,), links = resolve_page_links([page.content], page, recording, config)
            page.content = content
            _add_links(page, links)
            page.present_anchor_ids = (page.present_anchor_ids or set()) | anchor_ids(blocks)
        finally:
            page.markdown = markdown
            for lg in loggers:
                lg.removeHandler(capture)
        self.stats["render_miss"] += 1
        if key:
            self.render_store.put(key, {
                "content": page.content, "toc": _toc(page.toc), "title": page._title_from_render,
                "anchors": sorted(page.present_anchor_ids or ()),
                "links": sorted([f.src_uri, dict(a)] for f, a in (page.links_to_anchors or {}).items()),
                "lookups": sorted([p, r] for p, r in recording.lookups.items() if p is not None),
                "log": capture.records})

    @staticmethod
    def _restore(page, entry: dict, files) -> bool:
        """Set what Page.render sets, from an entry whose lookups still resolve the same way."""
        from mkdocs.structure.pages import log as pages_log
        from mkdocs.structure.toc import get_toc

        for path, was in entry["lookups"]:
            if _resolved(files.get_file_from_path(path)) != was:
                return False
        links = {}
        for src, anchors in entry["links"]:
            target = files.get_file_from_path(src)
            if target is None or not isinstance(anchors, dict):
                return False
            links[target] = {str(k): str(v) for k, v in anchors.items()}
        if not isinstance(entry["content"], str):
            return False
        page.content = entry["content"]
        page.toc = get_toc(entry["toc"])
        page._title_from_render = entry["title"]
        page.present_anchor_ids = {str(a) for a in entry["anchors"]}
        if pages_log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = links
        for name, level, message in entry["log"]:
            logging.getLogger(str(name)).log(int(level), str(message))
        return True

    # -- search entries --------------------------------------------------------
    def start_search(self, index, dictionary: str) -> None:
        """Serve this build's search index (Material's SearchIndex) through the cache."""
        self.search_key_base = search_base(index.config, dictionary)
        self.index = index
        remember_cuts()
        original = index.add_entry_from_context
        index.add_entry_from_context = functools.partial(self.add_search_entries, index, original)

    def search_key(self, page) -> str | None:
        if self.search_key_base is None or page.content is None:
            return None
        try:
            meta = stable({k: page.meta[k] for k in ("title", "tags", "search") if k in page.meta})
            title = stable(page.title)
        except Unstable:
            return None
        return _sha(self.search_key_base, page.url, page.content, _toc(page.toc or []), meta, title)

    def add_search_entries(self, index, original, page) -> None:
        for w in self.watchers:
            w.indexing(page)
        key = self.search_key(page)
        entries = self.search_store.get(key) if key else None
        if isinstance(entries, list) and all(_entry_ok(e) for e in entries):
            index.entries.extend(entries)
            self.entries[page.file.src_uri] = entries
            self.stats["search_hit"] += 1
            return
        if entries is not None:
            self.search_store.drop(key)
        load_jieba()
        start, content = len(index.entries), page.content
        page.content = strip_search_excluded(content)
        try:
            original(page)
        finally:
            page.content = content
        self.stats["search_miss"] += 1
        self.entries[page.file.src_uri] = index.entries[start:]
        if key:
            self.search_store.put(key, self.entries[page.file.src_uri])

    def order_search_entries(self, pages) -> None:
        """The index's entries as a full build adds them: page by page, in order
        (after some pages were indexed again)."""
        if self.index is not None:
            self.index.entries = [e for p in pages for e in self.entries.get(p.file.src_uri, ())]

    def finish(self) -> None:
        self.render_store.prune()
        self.search_store.prune()


def _entry_ok(e) -> bool:
    return (isinstance(e, dict) and isinstance(e.get("location"), str) and isinstance(e.get("title"), str)
            and isinstance(e.get("text"), str) and all(isinstance(t, str) for t in e.get("tags", [])))
