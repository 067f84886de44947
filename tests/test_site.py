"""The built site as files: links and anchors resolve; the pieces the site ships beside the theme are current."""
from __future__ import annotations

from pathlib import Path

import yaml

from conftest import ROOT


def test_every_internal_link_and_anchor_resolves(site):
    from build_tools.check import check_links

    problems = check_links(site)
    assert not problems, "\n".join(problems[:50])


def test_shipped_search_worker_is_the_installed_theme_one_patched():
    """docs/assets/javascripts/workers/ holds Material's worker with whole-word query segmentation
    (see build_tools/site/search_terms.py); after a theme upgrade run `python -m build_tools.site.search_terms`."""
    from build_tools.site.search_terms import WORKER_DIR, patched_search_worker

    name, text = patched_search_worker()
    shipped = sorted((ROOT / "docs" / WORKER_DIR).glob("search.*.min.js"))
    assert [p.name for p in shipped] == [name], "shipped worker does not match the installed theme"
    assert shipped[0].read_text(encoding="utf-8") == text


def test_built_site_serves_the_patched_worker(site):
    from build_tools.site.search_terms import WORKER_DIR, patched_search_worker

    name, text = patched_search_worker()
    assert (site / WORKER_DIR / name).read_text(encoding="utf-8") == text


def test_search_partial_override_follows_the_theme():
    import material

    theme = (Path(material.__file__).parent / "templates" / "partials" / "search.html").read_text(encoding="utf-8")
    ours = (ROOT / "build_tools" / "theme" / "partials" / "search.html").read_text(encoding="utf-8")
    assert ours == theme.replace('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">', 1)


def test_home_page_has_map_figures_and_articles(site, articles):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert html.count("<svg class=\"place-map") == 2 and "<title id=\"map-title-wide\">" in html
    for a in articles:
        assert f'articles/{a["slug"]}/' in html
    assert 'href="compare/' in html


def test_article_pages_have_card_facts_audit_and_citations(site, articles):
    from conftest import SITE_URL

    base = SITE_URL.rstrip("/")
    for a in articles:
        html = (site / "articles" / a["slug"] / "index.html").read_text(encoding="utf-8")
        assert 'class="meta-card"' in html
        # the audit's edits and raw source are a file the page links to (loaded when opened)
        assert 'class="audit"' in html and f'href="../../data/audit/{a["slug"]}.json"' in html
        assert 'class="raw-source"' not in html
        assert f'{base}/articles/{a["slug"]}/' in html
        assert "@article&#123;" in html and "&quot;URL&quot;" in html
        # headings in order: one h1, no h3 before the first h2 ...
        import re

        levels = [int(x) for x in re.findall(r"<h([1-6])[ >]", html.split('<article', 1)[1])]
        assert levels and levels[0] == 1 and levels.count(1) == 1
        assert all(b - a_ <= 1 for a_, b in zip(levels, levels[1:])), levels


def test_each_article_audit_file_holds_its_edits_and_raw_lines(site, docs, articles):
    """data/audit/<slug>.json: every edit of cleaning.json and every source line the article came from."""
    import json

    cleaning = {c["slug"]: c for c in json.loads((docs / "data" / "cleaning.json").read_text(encoding="utf-8"))["articles"]}
    for a in articles:
        audit = json.loads((site / "data" / "audit" / f'{a["slug"]}.json').read_text(encoding="utf-8"))
        assert audit["slug"] == a["slug"] and audit["sources"] == a["sources"]
        assert [(e["pass"], e["line"]) for e in audit["edits"]] == [(e["pass_name"], e["line"]) for e in cleaning[a["slug"]]["edits"]]
        lines = [n for n, _ in audit["raw_lines"]]
        assert lines == sorted(lines) and lines
        wanted = {n for s in a["sources"] for n in range(s["lines"][0], s["lines"][1] + 1)}
        assert set(lines) == wanted
        seed = (ROOT / "seeds" / a["sources"][0]["file"]).read_bytes().decode("utf-8", "replace").splitlines()
        first = a["sources"][0]["lines"][0]
        assert dict(audit["raw_lines"])[first] == seed[first - 1]
