"""The built site in a real browser: Playwright driving Debian's chromium (headless).

- search: every query of tests/cases/search_queries.yaml puts its page first;
- every page loads with no console error and no request to another host;
- axe-core finds no serious or critical violation on the home, an article and a comparison page;
- screenshots at phone and desktop width go to test-artifacts/ for the CI log.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
QUERIES = yaml.safe_load((ROOT / "tests" / "cases" / "search_queries.yaml").read_text(encoding="utf-8"))
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]
WIDTHS = {"phone": 390, "desktop": 1280}


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: `make test` installs Debian's chromium (make browser-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def context(browser):
    ctx = browser.new_context(viewport={"width": WIDTHS["desktop"], "height": 900})
    yield ctx
    ctx.close()


def _watch(page):
    """Console errors, failed requests and requests to other hosts, collected while the page lives."""
    seen = {"errors": [], "foreign": [], "failed": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["foreign"].append(r.url)
            if urlsplit(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith(("data:", "blob:")) else None)
    # requests cut short by the next navigation are not failures
    page.on("requestfailed", lambda r: seen["failed"].append(f"{r.url} {r.failure}")
            if "ERR_ABORTED" not in (r.failure or "") else None)
    return seen


def search(page, base: str, query: str) -> list[str]:
    """Type a query into Material's search box; return the result paths (site-relative) in order.
    The search stays open between queries (the index loads once per page)."""
    box = page.locator("input.md-search__input")
    if not page.url.startswith(base) or not box.is_visible():
        page.goto(base + "/")
        page.locator("label.md-search__icon, .md-search__input").first.click()
        # the worker loads the index first; typing before it is ready can be lost
        page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                               " return m && !/初始化|Initializing/.test(m.textContent); }", timeout=30000)
    else:  # clear the previous query and wait for its results to go
        box.fill("")
        box.press("End")
        page.wait_for_function("() => !document.querySelector('.md-search-result__item')", timeout=15000)
    box.fill(query)
    box.press("End")  # Material reads the query on keyup; fill() alone fires no key event
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    hrefs = page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")
    return [unquote(urlsplit(h).path).lstrip("/") for h in hrefs]


def expected_paths(case: dict, articles: list[dict], site: Path) -> set[str]:
    """Site paths that satisfy a query case (articles named by region/title, not slug)."""
    def path(a):
        return f'articles/{a["slug"]}/'

    if "region" in case:
        return {path(a) for a in articles if a["region"] == case["region"]}
    if "title" in case:
        return {path(a) for a in articles if case["title"] in (a["title"] or "")}
    if "page" in case:
        return {case["page"]}
    if case.get("article_using"):
        return {path(a) for a in articles
                if case["query"] in (site / path(a) / "index.html").read_text(encoding="utf-8")}
    raise AssertionError(f"query case names no page: {case}")


def test_search_queries_put_the_right_page_first(context, served_site, articles, site):
    assert len(QUERIES) >= 30
    assert sum(1 for c in QUERIES if str(c["query"]).isascii()) >= 10, "English queries too"
    page = context.new_page()
    seen = _watch(page)
    misses = []
    for case in QUERIES:
        want = expected_paths(case, articles, site)
        assert want, f"{case['query']}: no page in the site matches {case}"
        got = search(page, served_site, case["query"])
        if not got or got[0] not in want:
            misses.append(f"{case['query']}: first {got[:3]}, want one of {sorted(want)}")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-results.png"))
    page.close()
    assert not misses, "\n".join(misses)
    assert not seen["errors"], seen["errors"]
    assert not seen["foreign"], seen["foreign"]


def _all_pages(site: Path) -> list[str]:
    pages = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages


def test_every_page_loads_clean_and_offline(context, served_site, site):
    pages = _all_pages(site)
    assert any(p.startswith("articles/") for p in pages) and "glossary/" in pages
    problems = []
    for p in pages:
        page = context.new_page()
        seen = _watch(page)
        page.goto(f"{served_site}/{p}", wait_until="load")
        page.wait_for_timeout(50)
        for kind in ("errors", "foreign", "failed"):
            if seen[kind]:
                problems.append(f"/{p} {kind}: {seen[kind]}")
        page.close()
    assert not problems, "\n".join(problems)


AXE_PAGES = {"home": "", "article": None, "compare": "compare/", "compare-volunteers": "compare/volunteers/",
             "charts": "compare/charts/", "data": "data/"}


def _axe_targets(articles):
    first = sorted(articles, key=lambda a: a["slug"])[0]
    return {name: (path if path is not None else f'articles/{first["slug"]}/') for name, path in AXE_PAGES.items()}


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_axe_and_screenshots(browser, served_site, articles, width):
    from axe_playwright_python.sync_playwright import Axe

    ctx = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    page = ctx.new_page()
    ARTIFACTS.mkdir(exist_ok=True)
    bad = []
    for name, path in _axe_targets(articles).items():
        page.goto(f"{served_site}/{path}")
        # (axe measures the settled page: a tab link fading in, read mid-transition on a loaded
        # machine, showed a contrast no reader ever sees)
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(ARTIFACTS / f"{name}-{WIDTHS[width]}.png"), full_page=True)
        results = Axe().run(page)
        for v in results.response["violations"]:
            if v.get("impact") in ("serious", "critical"):
                bad.append(f"/{path} [{width}] {v['id']} ({v['impact']}): {v['help']} — "
                           + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                                       for n in v["nodes"][:5]))
        # the phone layout must not scroll sideways
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 1:
            bad.append(f"/{path} [{width}] page wider than the screen by {overflow}px")
    ctx.close()
    assert not bad, "\n".join(bad)


def test_map_and_glossary_links_work(context, served_site, articles):
    """The home map links to articles; a term link in an article lands on its glossary entry."""
    page = context.new_page()
    page.goto(served_site + "/")
    svg = page.locator("svg.place-map--wide")
    assert svg.locator("title").count() == 1 and svg.locator("desc").count() == 1
    hrefs = svg.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert len(hrefs) == len({a["adcode"] for a in articles if a.get("adcode")})
    linked = None
    for a in articles:
        page.goto(f'{served_site}/articles/{a["slug"]}/')
        terms = page.locator("a.term")
        if terms.count():
            linked = terms.first
            break
    assert linked is not None, "no article links a glossary term"
    href = linked.get_attribute("href")
    linked.click()
    page.wait_for_load_state()
    anchor = href.split("#")[1]
    assert page.url.rstrip("/").endswith("glossary/#" + anchor) or page.url.endswith("#" + anchor)
    assert page.locator(f"[id='{anchor}']").count() == 1
    page.close()


# -- issue 15: tables, charts, sentences, misreadings, copy, languages ---------------------------------

# Every table whose box is narrower than the table scrolls inside that box and says so: the box is
# marked data-scroll-x (edge shadows) with a visible cue line above it. A table wider than the
# page with no scrolling box at all is clipped.
_CLIPPED_JS = """() => {
  const out = [];
  for (const t of document.querySelectorAll('.md-content table')) {
    if (!t.offsetParent) continue;                       // in a closed <details>
    let box = null;
    for (let el = t; el && el.tagName !== 'ARTICLE'; el = el.parentElement) {
      const o = getComputedStyle(el).overflowX;
      if (o === 'auto' || o === 'scroll') { box = el; break; }
    }
    const article = t.closest('article').getBoundingClientRect();
    if (!box) {
      if (t.getBoundingClientRect().right > article.right + 1) out.push('clipped, no scrolling box: ' + t.innerText.slice(0, 40));
      continue;
    }
    if (box.scrollWidth <= box.clientWidth + 1) continue;
    const anchor = box.closest('.md-typeset__scrollwrap') || box;
    const cue = anchor.previousElementSibling;
    if (!box.hasAttribute('data-scroll-x') || !cue || !cue.classList.contains('scroll-cue') || !cue.offsetParent)
      out.push('scrolls with no cue: ' + t.innerText.slice(0, 40));
  }
  return out;
}"""


def _table_pages(site: Path, articles) -> list[str]:
    first = sorted(articles, key=lambda a: a["slug"])[0]
    compare = sorted(p.parent.relative_to(site).as_posix() + "/" for p in (site / "compare").rglob("index.html"))
    return ["", f'articles/{first["slug"]}/', "data/", "browse/", "articles/", "tags/"] + compare


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_no_table_is_clipped_without_a_cue(browser, served_site, site, articles, width):
    ctx = browser.new_context(viewport={"width": WIDTHS[width], "height": 900})
    page = ctx.new_page()
    bad = []
    for path in _table_pages(site, articles):
        page.goto(f"{served_site}/{path}")
        page.wait_for_load_state("load")
        # open the collapsed blocks (facts table, audit) so that their tables are measured too
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        page.wait_for_timeout(100)
        bad += [f"/{path} [{WIDTHS[width]}] {p}" for p in page.evaluate(_CLIPPED_JS)]
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 1:
            bad.append(f"/{path} [{WIDTHS[width]}] page wider than the screen by {overflow}px")
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{served_site}/compare/")
    page.locator("#key-figures").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"compare-key-figures-{WIDTHS[width]}.png"))
    ctx.close()
    assert not bad, "\n".join(bad)


def test_charts_are_legible_on_a_phone(browser, served_site):
    ctx = browser.new_context(viewport={"width": WIDTHS["phone"], "height": 900})
    page = ctx.new_page()
    page.goto(f"{served_site}/compare/charts/")
    sizes = page.evaluate("""() => [...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 0)
        .map(s => [s.getAttribute('class'), Math.min(...[...s.querySelectorAll('g text')].map(t => t.getBoundingClientRect().height))])""")
    ctx.close()
    assert sizes and all("chart--narrow" in c for c, _ in sizes), sizes
    assert all(h >= 11 for _, h in sizes), f"chart text under 11px on a {WIDTHS['phone']}px screen: {sizes}"


def test_a_linked_sentence_is_highlighted_on_arrival(context, served_site, facts):
    f = facts[0]
    page = context.new_page()
    page.goto(f["url"].replace(f["url"].split("/articles/")[0], served_site))
    anchor = f["url"].split("#")[1]
    style = page.evaluate("(id) => { const s = getComputedStyle(document.getElementById(id));"
                          " return [s.backgroundColor, s.outlineStyle]; }", anchor)
    other = page.evaluate("() => getComputedStyle(document.querySelector('p span[id]:not(:target)')).backgroundColor")
    page.close()
    assert style[0] != other and style[0] not in ("rgba(0, 0, 0, 0)", "transparent"), style
    assert style[1] != "none"


def test_misreadings_are_marked_in_the_text(context, served_site, articles):
    page = context.new_page()
    marked = 0
    for a in articles:
        page.goto(f'{served_site}/articles/{a["slug"]}/')
        marks = page.locator("article p[id] mark.misread")
        for i in range(marks.count()):
            m = marks.nth(i)
            assert m.is_visible()
            note = page.locator(f'#{m.get_attribute("aria-describedby")}')
            assert note.count() == 1 and "疑似识别错误" in note.inner_text() and "misreading" in note.inner_text()
            m.focus()  # keyboard users see the note too
            tip = page.evaluate("(el) => getComputedStyle(el, '::after').content", m.element_handle())
            assert "Suspected misreading" in tip
            marked += 1
    page.close()
    assert marked >= 5


def test_copy_quote_puts_the_sentence_and_its_citation_on_the_clipboard(browser, served_site, facts):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    page = ctx.new_page()
    f = facts[0]
    anchor = f["url"].split("#")[1]
    page.goto(f'{served_site}/articles/{f["article"]}/')
    page.locator("details.facts > summary").click()
    button = page.locator(f'button.copy-quote[data-anchor="{anchor}"]').first
    assert button.get_attribute("aria-label")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.copy-status').textContent.length > 0")
    text = page.evaluate("() => navigator.clipboard.readText()")
    status = page.locator(".copy-status").inner_text()
    ctx.close()
    assert f["quote"] in text and "#" + anchor in text and "[N/OL]" in text, text
    assert "Copied" in status


def test_english_pages_footer_and_index_pages(context, served_site):
    page = context.new_page()
    for path in ("en/", "en/about/"):
        page.goto(f"{served_site}/{path}")
        assert page.evaluate("() => document.documentElement.lang") == "en", path
    page.goto(f"{served_site}/")
    assert page.evaluate("() => document.documentElement.lang") == "zh"
    footer = page.locator("footer .site-footer").inner_text()
    assert "数据版本 Data version" in footer and "MIT" in footer and "报社" in footer
    assert page.locator("footer .site-footer a", has_text="报告错误").get_attribute("href")
    assert page.locator("footer .site-footer a", has_text="数据版本").get_attribute("href").endswith("data/#version")
    for path in ("articles/", "en/"):
        response = page.goto(f"{served_site}/{path}")
        assert response.status == 200, path
    page.close()


def test_audit_block_loads_its_edits_and_raw_source_when_opened(context, served_site, articles, docs):
    """The audit is not in the page: opening the block fetches the article's audit file and shows
    the edits table and the raw source lines, as text."""
    import json

    a = max(articles, key=lambda a: len(a["sources"]))
    audit = json.loads((docs / "data" / "audit" / f'{a["slug"]}.json').read_text(encoding="utf-8"))
    page = context.new_page()
    seen = _watch(page)
    page.goto(f'{served_site}/articles/{a["slug"]}/')
    assert page.locator("details.audit pre.raw-source").count() == 0
    page.locator("details.audit > summary").click()
    page.wait_for_selector("details.audit pre.raw-source", timeout=15000)
    raw = page.locator("details.audit pre.raw-source").inner_text()
    n, text = audit["raw_lines"][0]
    assert f"{n:>4}  {text}".strip() in raw
    assert raw.count("\n") == len(audit["raw_lines"]) - 1
    rows = page.locator("details.audit table.audit-edits tbody tr").count()
    assert rows == len(audit["edits"])
    page.close()
    assert not seen["errors"] and not seen["failed"], seen
