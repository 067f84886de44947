"""The page cache (site/page_cache.py): entries verified on read, keys stable
between processes, jieba loaded once per dictionary, and a warm `mkdocs build`
that re-renders only what changed and still warns where a cold one warns."""
from __future__ import annotations

import json
import os
import re
import subprocess

import pytest

from build_tools.site import page_cache
from build_tools.site.page_cache import EntryStore, PageCache
from conftest import PY, ROOT, copy_project

PAGES = ROOT / "tests" / "fixtures" / "pages"
SEEDS = [PAGES / "anji_zhejiang_county.txt", PAGES / "minhang_shanghai_district.txt"]


def test_entries_are_verified_on_read(tmp_path):
    store = EntryStore(tmp_path)
    key = "a" * 64
    store.put(key, {"content": "<p>文明</p>", "n": [1, 2]})
    assert store.get(key) == {"content": "<p>文明</p>", "n": [1, 2]}
    path = tmp_path / f"{key}.json"
    entry = json.loads(path.read_text(encoding="utf-8"))

    entry["payload"]["content"] = "<p>tampered</p>"  # the payload no longer matches its digest
    path.write_text(json.dumps(entry), encoding="utf-8")
    assert store.get(key) is None and not path.exists()

    store.put(key, {"x": 1})
    other = "b" * 64
    os.replace(path, tmp_path / f"{other}.json")  # an entry under a name that is not its key
    assert store.get(other) is None and not (tmp_path / f"{other}.json").exists()

    for garbage in (b"", b"{not json", b"[1, 2]", b'{"format": 1}', b"\xff\xfe"):
        path.write_bytes(garbage)
        assert store.get(key) is None and not path.exists()
    assert EntryStore(None).get(key) is None


def test_unused_entries_are_pruned_once_they_pile_up(tmp_path):
    store = EntryStore(tmp_path)
    for n in range(150):
        store.put(f"{n:064x}", n)
    fresh = EntryStore(tmp_path)
    for n in range(10):
        assert fresh.get(f"{n:064x}") == n
    fresh.prune(slack=100)  # 150 files, 10 used: more than 2 x 10 + 100
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{n:064x}.json" for n in range(10))


def test_configuration_keys_are_the_same_in_every_process():
    code = ("from mkdocs.config import load_config; from build_tools.site.page_cache import render_base; "
            "print(render_base(load_config('mkdocs.yml')))")
    env = dict(os.environ, BUILD_TOOLS_SKIP_PIPELINE="1")
    keys = {subprocess.run([PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                           check=True).stdout.strip().splitlines()[-1] for _ in range(2)}
    assert len(keys) == 1 and re.fullmatch(r"[0-9a-f]{64}", keys.pop())
    with pytest.raises(page_cache.Unstable):
        page_cache.stable({"f": lambda x: x})


def test_jieba_user_dictionary_is_loaded_once_per_content(tmp_path, monkeypatch):
    """Loaded on every build, jieba's word totals grow and a long-lived `mkdocs serve`
    segments differently from a fresh build; the page cache loads each dictionary once."""
    import jieba

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(page_cache, "_JIEBA", {"loaded": None, "wanted": None})
    (tmp_path / "a.txt").write_text("伊金霍洛旗 2000\n口袋公园 2000\n", encoding="utf-8")
    totals = []
    for _ in range(3):  # three builds in one process
        cfg = {"jieba_dict_user": "a.txt"}
        page_cache.prepare_jieba(cfg)
        assert cfg["jieba_dict_user"] is None  # the search plugin does not load it again
        page_cache.load_jieba()
        totals.append(jieba.dt.total)
    assert totals[0] == totals[1] == totals[2]
    assert "伊金霍洛旗" in jieba.lcut("伊金霍洛旗的口袋公园")
    (tmp_path / "b.txt").write_text("伊金霍洛旗 2000\n", encoding="utf-8")  # a word left the dictionary
    page_cache.prepare_jieba({"jieba_dict_user": "b.txt"})
    page_cache.load_jieba()
    assert jieba.dt.total == totals[0] - 2000  # as a fresh process that loads only b.txt
    assert page_cache.prepare_jieba({"jieba_dict_user": "a.txt"}) != page_cache.prepare_jieba({"jieba_dict_user": "b.txt"})


def test_remembered_cuts_are_jieba_s_own_and_follow_the_dictionary():
    """Material's search plugin segments each run of Han characters with jieba.cut; the
    runs it meets again are answered from memory (RememberedCuts), with jieba's words,
    and a word added to the dictionary changes them at once."""
    import types

    import jieba

    tok = jieba.Tokenizer()
    cuts = page_cache.RememberedCuts(types.SimpleNamespace(dt=tok, cut=tok.cut))
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    assert len(runs) > 500 and len(set(runs)) < len(runs)  # the seeds repeat runs
    tok.initialize()
    for run in runs + runs:
        assert tuple(cuts.cut(run.encode("utf-8"))) == tuple(tok.cut(run.encode("utf-8")))
    assert len(page_cache._CUTS) == len(set(runs))
    before = tuple(cuts.cut("口袋公园".encode("utf-8")))
    assert before != ("口袋公园",)
    tok.add_word("口袋公园", 2000)  # a dictionary loaded by someone else
    assert tuple(cuts.cut("口袋公园".encode("utf-8"))) == ("口袋公园",) == tuple(tok.cut("口袋公园".encode("utf-8")))
    assert list(cuts.cut("口袋公园", cut_all=True)) == list(tok.cut("口袋公园", cut_all=True))  # other modes: jieba's
    page_cache.remember_cuts()  # a new build starts with an empty memory
    assert not page_cache._CUTS


def _mkdocs(project, cache: bool = True, strict: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", BUILD_TOOLS_PAGE_CACHE="1" if cache else "0")
    return subprocess.run([PY, "-m", "mkdocs", "build", "--site-dir", "site"] + (["--strict"] if strict else []),
                          cwd=project, env=env, capture_output=True, text=True)


def _rendered(proc) -> tuple[int, int]:
    m = re.search(r"pages rendered (\d+), from cache (\d+)", proc.stderr)
    assert m, proc.stderr[-2000:]
    return int(m.group(1)), int(m.group(2))


def test_a_warm_build_renders_only_changed_pages_and_warns_like_a_cold_one(tmp_path):
    project = copy_project(tmp_path / "p", SEEDS)
    # a hand-written page linking to an article: its HTML depends on that file existing
    (project / "docs" / "reading.md").write_text(
        "# 延伸阅读 Further reading\n\n[闵行](articles/minhang-shanghai-district-1.md)\n", encoding="utf-8")
    first = _mkdocs(project)
    assert first.returncode == 0, first.stderr[-3000:]
    made, kept = _rendered(first)
    assert kept == 0 and made >= 20
    again = _mkdocs(project)
    assert _rendered(again) == (0, made)  # the home page too: its key holds the snippets it includes

    snippets = project / "docs" / "_snippets"
    before = {p.name: p.read_bytes() for p in snippets.iterdir()}
    seed = project / "seeds" / SEEDS[0].name
    seed.write_bytes(seed.read_bytes() + "\n\n（编者注：本文有修订。）\n".encode())
    edited = _mkdocs(project)
    assert edited.returncode == 0
    home = before != {p.name: p.read_bytes() for p in snippets.iterdir()}
    # the edited article, the data page (its data version), and the home page when a snippet changed
    assert _rendered(edited)[0] == 2 + home

    # the linked article goes away: the cached page must not hide the broken link
    (project / "seeds" / SEEDS[1].name).unlink()
    warm = _mkdocs(project)
    cold = _mkdocs(project, cache=False)
    assert warm.returncode == cold.returncode == 1
    msg = "Doc file 'reading.md' contains a link 'articles/minhang-shanghai-district-1.md', but the target"
    assert msg in warm.stderr and msg in cold.stderr


def _mkdocs_pages(project):
    """The project's config, files and a fresh Page per article (Markdown read)."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.structure.pages import Page

    os.environ["BUILD_TOOLS_SKIP_PIPELINE"] = "1"
    try:
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "unused-site"))
    finally:
        del os.environ["BUILD_TOOLS_SKIP_PIPELINE"]
    config.plugins["material/search"].on_config(config)
    files = get_files(config)

    def fresh(f):
        page = Page(None, f, config)
        page.read_source(config)
        return page

    docs = [f for f in files.documentation_pages() if f.src_uri.startswith("articles/")]
    assert len(docs) >= 5
    return config, files, docs, fresh


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory):
    from conftest import build_project

    return build_project(tmp_path_factory.mktemp("hostile") / "p", ROOT / "tests" / "fixtures" / "hostile")


def _is_article(src_uri: str) -> bool:
    return src_uri.startswith("articles/") and src_uri.count("/") == 1 and src_uri != "articles/index.md"


def _links_resolved(content: str, page, files) -> str:
    """MkDocs' HTML of a page with its raw-HTML links to Markdown pages turned into the
    pages' URLs, as MkDocs turns a Markdown link (what the hook adds to MkDocs' render)."""
    import html
    import posixpath

    from mkdocs.utils import get_relative_url

    def url(m):
        path, _, anchor = html.unescape(m.group(2)).partition("#")
        target = files.get_file_from_path(posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path)))
        assert target is not None, m.group(0)
        return m.group(1) + get_relative_url(target.url, page.file.url) + (f"#{anchor}" if anchor else "") + '"'

    return re.sub(r'(<a\s[^<>]*?href=")([^":#]+\.md(?:#[^"]*)?)"', url, content)


@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_the_shortcuts_change_nothing_mkdocs_makes(which, project, hostile_project):
    """Raw HTML lines kept away from Python-Markdown give the same HTML, anchors and
    table of contents (links to pages resolved, as the hook does); excluded blocks kept
    away from the search parser give the same entries."""
    from material.plugins.search.plugin import SearchIndex

    config, files, docs, fresh = _mkdocs_pages(project if which == "seeds" else hostile_project)
    # and the generated list pages, whose tables and lists are HTML lines (render/tables.py)
    docs += [f for f in files.documentation_pages() if f.src_uri.startswith(("compare/", "browse/", "glossary/"))]
    cache = PageCache(None)
    cache.start(config)
    stashed = 0
    for f in docs:
        plain, quick = fresh(f), fresh(f)
        plain.render(config, files)
        # the lines stashed (a run of them set apart by blank lines is one block)
        stashed += sum(1 for block in page_cache.stash_raw_html(quick.markdown)[1] for line in block.split("\n") if line)
        cache.render(quick, config, files)
        plain.content = _links_resolved(plain.content, plain, files)
        assert quick.content == plain.content, f.src_uri
        assert quick.present_anchor_ids == plain.present_anchor_ids, f.src_uri
        assert [(a.id, a.title, a.level) for a in quick.toc] == [(a.id, a.title, a.level) for a in plain.toc]
        assert quick.markdown == plain.markdown
        slow, fast = SearchIndex(**config.plugins["material/search"].config), SearchIndex(**config.plugins["material/search"].config)
        slow.add_entry_from_context(plain)
        quick.content = page_cache.strip_search_excluded(plain.content)
        # an article page's meta card, audit and citation are excluded; a list page may have nothing to exclude
        assert len(quick.content) < len(plain.content) or not _is_article(f.src_uri)
        fast.add_entry_from_context(quick)
        assert fast.entries == slow.entries, f.src_uri
    assert stashed > 2 * len(docs)  # most lines of every page went around Python-Markdown



def test_the_search_parser_reads_the_same_from_stripped_html():
    """Excluded elements are stripped unless the parser would read something from them:
    a heading with an id starts a section; an inner element of the same name ends the
    exclusion early (the parser compares elements by name)."""
    from material.plugins.search.plugin import SearchIndex

    cases = ['<h1 id="t">T</h1><div data-search-exclude><h3>no id</h3><p>x</p></div><p>after</p>',
             '<h1 id="t">T</h1><div data-search-exclude><h2 id="s">S</h2><p>x</p></div><p>after</p>',
             '<h1 id="t">T</h1><div data-search-exclude><div>inner</div><p>tail read</p></div><p>after</p>',
             '<h1 id="t">T</h1><p>a <span data-search-exclude>b</span> c</p><table><tr><td>k</td>'
             '<td data-search-exclude><a href="#t">v</a></td></tr></table>']

    class Page:
        def __init__(self, content):
            self.content, self.meta, self.title, self.url, self.toc = content, {}, "T", "p/", []

    stripped = 0
    for html in cases:
        slow, fast = (SearchIndex(lang=["en"], separator=r"[\s]+", pipeline=[], fields={}) for _ in range(2))
        slow.add_entry_from_context(Page(html))
        fast_html = page_cache.strip_search_excluded(html)
        stripped += fast_html != html
        fast.add_entry_from_context(Page(fast_html))
        assert fast.entries == slow.entries, html
    assert stripped == 2  # the first and the last; the others are left to the parser


def test_links_in_raw_html_are_resolved_and_checked_like_markdown_links(project, caplog):
    """A generated table links pages by their Markdown path in raw HTML: the hook gives each
    link the URL, the warning (a missing page) and the anchor check a Markdown link gets."""
    import logging

    config, files, docs, fresh = _mkdocs_pages(project)
    slug = next(f.src_uri for f in docs if _is_article(f.src_uri))
    targets = [(f"../{slug}#s1-1", "a"), ("../articles/no-such-page.md#s1-1", "b"), (f"../{slug}", "c"),
               (f"../{slug}#no-such-anchor", "d"), ("#overview", "e"), (f"../{slug}#s1-1", "f"),
               ("../articles/no-such-page.md#s2-1", "g"), ("../articles/no-such-page.md", "h")]
    as_markdown = " ".join(f"[{t}]({h})" for h, t in targets) + "\n"
    as_html = "<p>" + " ".join(f'<a href="{h}">{t}</a>' for h, t in targets) + "</p>\n"
    host = files.get_file_from_path("compare/practices.md")
    cache = PageCache(None)
    cache.start(config)
    results = []
    for text, render in ((as_markdown, lambda p: p.render(config, files)), (as_html, lambda p: cache.render(p, config, files))):
        page = fresh(host)
        page.markdown = text
        caplog.clear()
        with caplog.at_level(logging.INFO):
            render(page)
        hrefs = re.findall(r'href="([^"]*)"', page.content)
        anchors = {f.src_uri: dict(a) for f, a in (page.links_to_anchors or {}).items()}
        results.append((hrefs, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING], anchors))
    (md_hrefs, md_warnings, md_anchors), (html_hrefs, html_warnings, html_anchors) = results
    assert html_hrefs == md_hrefs and html_hrefs[0].endswith("/#s1-1") and ".md" not in html_hrefs[0]
    assert html_warnings == md_warnings and sum("no-such-page.md" in w for w in html_warnings) == 3
    assert html_anchors == md_anchors and "no-such-anchor" in html_anchors[slug]
    assert "overview" in html_anchors["compare/practices.md"]


def test_a_page_with_snippets_renders_the_same_through_the_cache(project, monkeypatch):
    """The home page's includes are done by pymdownx.snippets before the raw HTML is
    stashed: the same HTML, anchors and contents as MkDocs' own render, and a key that
    changes with an included file."""
    monkeypatch.chdir(project)  # the snippets' base path is relative to where MkDocs runs
    config, files, _docs, fresh = _mkdocs_pages(project)
    home = files.get_file_from_path("index.md")
    plain, quick = fresh(home), fresh(home)
    assert page_cache.SNIPPET_MARK in quick.markdown
    plain.render(config, files)
    cache = PageCache(None)
    cache.start(config)
    cache.render(quick, config, files)
    assert quick.content == plain.content
    assert quick.present_anchor_ids == plain.present_anchor_ids
    assert [(a.id, a.title, a.level) for a in quick.toc] == [(a.id, a.title, a.level) for a in plain.toc]
    assert quick.markdown == plain.markdown  # the page keeps its own Markdown
    # the search entries too, the place cards (excluded, with headings that have no id) left unparsed
    from material.plugins.search.plugin import SearchIndex

    slow, fast = (SearchIndex(**config.plugins["material/search"].config) for _ in range(2))
    slow.add_entry_from_context(plain)
    quick.content = page_cache.strip_search_excluded(plain.content)
    assert 'class="place-cards"' in plain.content and 'class="place-cards"' not in quick.content
    fast.add_entry_from_context(quick)
    assert fast.entries == slow.entries
    expanded = page_cache.expand_snippets(quick.markdown, config)
    assert expanded and page_cache.SNIPPET_MARK not in expanded
    assert sum(b.count("\n") + 1 for b in page_cache.stash_raw_html(expanded)[1]) >= 3  # the map, key figures, articles by place
    key = cache.render_key(quick, expanded)
    assert key and key != cache.render_key(quick, expanded.replace("</svg>", "<g></g></svg>", 1))
    # an escaped marker is unescaped by the include pass: doing it twice would differ, so no shortcut
    escaped = quick.markdown + '\n;--8<-- "_snippets/key_figures.md"\n'
    assert page_cache.expand_snippets(escaped, config) is None
    # a missing include: left to MkDocs, which reports it
    assert page_cache.expand_snippets('--8<-- "_snippets/nowhere.md"\n', config) is None


def test_a_second_process_fills_the_cache_with_what_mkdocs_makes(tmp_path):
    """prerender.py: a cold build with the worker gives the same site as one without any cache.
    (Whether the worker gets ahead of MkDocs on a project this small depends on timing: its
    process starts while MkDocs renders; the benchmark measures what it saves at scale.)"""
    project = copy_project(tmp_path / "p", SEEDS)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", BUILD_TOOLS_PRERENDER_MIN="1")
    with_worker = subprocess.run([PY, "-m", "mkdocs", "build", "--strict", "--site-dir", "site-a"], cwd=project,
                                 env=env, capture_output=True, text=True)
    assert with_worker.returncode == 0, with_worker.stderr[-3000:]
    assert "a second process renders pages" in with_worker.stderr
    assert re.search(r"pages rendered (\d+), from cache (\d+); search entries made (\d+), from cache (\d+)",
                     with_worker.stderr)
    assert _mkdocs(project, cache=False).returncode == 0
    a, b = project / "site-a", project / "site"
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file() and p.suffix != ".gz")
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file() and p.suffix != ".gz")
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)


@pytest.mark.parametrize("module", ["build_tools.site.page_cache", "build_tools.render.tables"])
def test_doctests(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted and not result.failed
