"""Comparison pages: every figure traced to its sentence, the right figure in the right table,
per-10k ratios, conflicts, practices, timeline and SVG charts; also on a page never seen."""
from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from conftest import SEEDS, build_project

from build_tools.render.charts import bar_chart
from build_tools.render.compare import compare_pages, disagree, fmt_fact, fmt_number
from build_tools.extract.numbers import find_quantities

FIXTURES = Path(__file__).parent / "fixtures" / "compare"
SVG_NS = "{http://www.w3.org/2000/svg}"


# ------------------------------------------------------------------ helpers
class _Texts(HTMLParser):
    """Visible text of every element with an id; links with their text and title."""

    VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.text: dict[str, list[str]] = {}
        self.links: list[dict] = []
        self._link: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a":
            self._link = {"href": a.get("href") or "", "title": a.get("title") or "", "text": "",
                          "class": a.get("class") or ""}
            self.links.append(self._link)
        if tag in self.VOID:
            return
        self.stack.append(a.get("id"))
        if a.get("id"):
            self.text.setdefault(a["id"], [])

    def handle_endtag(self, tag):
        if tag == "a":
            self._link = None
        if tag in self.VOID or not self.stack:
            return
        self.stack.pop()

    def handle_data(self, data):
        for i in self.stack:
            if i:
                self.text[i].append(data)
        if self._link is not None:
            self._link["text"] += data


def parse_html(path: Path) -> _Texts:
    p = _Texts()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def section(md: str, anchor: str) -> str:
    """The Markdown of the section whose heading carries {#anchor}."""
    m = re.search(r"^## .*\{#" + re.escape(anchor) + r"\}\n(.*?)(?=^## |\Z)", md, re.M | re.S)
    assert m, f"no section {anchor}"
    return m.group(1)


def table_rows(md: str) -> list[list[str]]:
    """The body rows of the (HTML, one line) tables in a page or section: each row a list
    of its cells' HTML, character references resolved."""
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", md):
        cells = re.findall(r"<td(?:\s[^>]*)?>(.*?)</td>", tr)
        if cells:
            rows.append([html.unescape(c) for c in cells])
    return rows


def row_of(md_section: str, place: str) -> str:
    """The row of a place in the section's table, its cells joined by " | "."""
    for cells in table_rows(md_section):
        if cells[0].startswith(place):
            return " | ".join(cells)
    raise AssertionError(f"no row for {place} in\n{md_section}")


def link_texts(cell: str) -> list[str]:
    return [html.unescape(t) for t in re.findall(r"<a\s[^>]*>(.*?)</a>", cell)]


def fact(slug: str, anchor: str, metric: str, value, unit: str, region="甲县", adcode="510000",
         qualifier="exact", year=None, number_text=None, group="volunteers") -> dict:
    return {"id": f"{slug}-{anchor}-{metric}", "article": slug, "region": region, "adcode": adcode,
            "metric": metric, "group": group, "label": metric, "label_en": "", "comparable": True,
            "value": value, "value_max": None, "unit": unit, "qualifier": qualifier, "year": year,
            "period": None, "quote": "……", "anchor": anchor, "url": f"articles/{slug}/#{anchor}",
            "number_text": number_text or f"{value}{unit}"}


def article(slug: str, facts=(), practices=(), milestones=(), region="甲县", adcode="510000") -> dict:
    return {"slug": slug, "page": f"articles/{slug}.md", "title": slug, "region": region, "adcode": adcode,
            "name_en": None, "facts": list(facts), "practices": list(practices), "milestones": list(milestones)}


# ------------------------------------------------------------------ formatting
def test_number_formatting():
    assert fmt_number(42000) == "4.2万"
    assert fmt_number(190000000) == "1.9亿"
    assert fmt_number(16624) == "16,624"
    assert fmt_fact({"value": 42000, "unit": "人", "qualifier": "more_than"}) == "4.2万余人"
    assert fmt_fact({"value": 2000, "unit": "场", "qualifier": "nearly"}) == "近2,000场"
    assert fmt_fact({"value": 70, "unit": "%", "qualifier": "about"}) == "约70%"


# ------------------------------------------------------------------ the six articles
def test_every_quote_is_verbatim_in_the_built_page(site, facts):
    pages: dict[str, _Texts] = {}
    assert facts
    for f in facts:
        slug, anchor = f["article"], f["url"].split("#")[1]
        if slug not in pages:
            pages[slug] = parse_html(site / "articles" / slug / "index.html")
        texts = pages[slug].text
        assert anchor in texts, f"{f['id']}: no element #{anchor}"
        assert f["quote"] in "".join(texts[anchor]), f"{f['id']}: quote not on the page"


def _compare_links(site: Path):
    """Every link from site/compare/** into articles/: (page, link, target parse, fragment)."""
    cache: dict[Path, _Texts] = {}
    out = []
    for page in sorted((site / "compare").rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        base = "/" + rel
        for link in parse_html(page).links:
            href = link["href"]
            if "articles/" not in href or href.startswith(("http:", "https:")):
                continue
            url = urljoin(base, href)
            path, _, frag = url.partition("#")
            target = site / unquote(path).lstrip("/") / "index.html" if path.endswith("/") else site / unquote(path).lstrip("/")
            assert target.exists(), f"{rel}: {href} -> missing page"
            if target not in cache:
                cache[target] = parse_html(target)
            out.append((rel, link, cache[target], frag))
    return out


def test_every_figure_on_the_compare_pages_links_to_its_sentence(site):
    links = _compare_links(site)
    figures = 0
    for rel, link, target, frag in links:
        assert frag, f"{rel}: {link['href']} has no #fragment"
        assert frag in target.text, f"{rel}: #{frag} not on {link['href']}"
        if link["title"].startswith("原文 As printed: "):
            figures += 1
            printed = link["title"].removeprefix("原文 As printed: ")
            sentence = "".join(target.text[frag])
            assert printed and printed in sentence, f"{rel}: {printed!r} not in sentence #{frag}"
            shown = find_quantities(link["text"].replace(",", ""))
            orig = find_quantities(printed)
            assert shown and orig and shown[0].value == orig[0].value, (rel, link["text"], printed)
    assert figures > 100


def _figure_links(site: Path, pages: list[Path]):
    """(page, link text, sentence text on the target page, target url) of every figure link (class fig)."""
    cache: dict[Path, _Texts] = {}
    for page in pages:
        rel = page.relative_to(site).as_posix()
        for link in parse_html(page).links:
            if "fig" not in link["class"].split():
                continue
            url = urljoin("/" + rel, link["href"])
            path, _, frag = url.partition("#")
            target = site / unquote(path).lstrip("/") / "index.html" if path.endswith("/") else site / unquote(path).lstrip("/")
            assert target.exists() and frag, (rel, link["href"])
            if target not in cache:
                cache[target] = parse_html(target)
            assert frag in cache[target].text, (rel, link["href"])
            yield rel, link["text"], "".join(cache[target].text[frag]), path + "#" + frag


def test_every_number_on_compare_and_home_pages_is_verbatim_in_its_sentence(site, facts):
    """The figure shown is the figure as printed: it appears verbatim in the sentence its link
    opens, and it is that fact's number_text (qualifiers such as 近, 余, 约, 左右 included)."""
    printed = {(f["url"].split("/articles/", 1)[1], f["number_text"]) for f in facts}
    pages = sorted((site / "compare").rglob("*.html")) + [site / "index.html"]
    seen = 0
    for rel, text, sentence, target in _figure_links(site, pages):
        assert text and text in sentence, f"{rel}: {text!r} is not in the sentence {target}"
        key = (target.split("/articles/", 1)[1], text)
        assert key in printed, f"{rel}: {text!r} is not the number_text of a fact at {target}"
        seen += 1
    assert seen > 100
    home = list(_figure_links(site, [site / "index.html"]))
    assert len(home) >= 5, "the home page's key figures link to their sentences"


def test_chart_values_are_the_printed_figures_of_their_tables(docs):
    md = (docs / "compare" / "charts.md").read_text(encoding="utf-8")
    for block in re.split(r"(?m)^## ", md)[1:]:
        if "per10k" in block.split("\n", 1)[0]:
            continue
        svg = re.search(r'<svg [^>]*chart--wide.*?</svg>', block, re.S)
        if not svg:
            continue
        root = ET.fromstring(svg.group(0))
        values = []
        for g in root.iter(SVG_NS + "g"):
            texts = ["".join(t.itertext()) for t in g.iter(SVG_NS + "text")]
            values.append(texts[-1])
        table = [link_texts(cells[1])[0] for cells in table_rows(block)]
        assert values and values == table, (values, table)


def test_a_county_is_listed_under_its_prefecture_and_says_so(docs):
    md = (docs / "compare" / "volunteers.md").read_text(encoding="utf-8")
    sec = section(md, "registered_volunteers")
    places = [cells[0].split(" · ")[0] for cells in table_rows(sec)]
    assert places.index("伊金霍洛旗") == places.index("鄂尔多斯市") + 1
    assert "属鄂尔多斯市 within Ordos" in row_of(sec, "伊金霍洛旗") and "县级 county" in row_of(sec, "伊金霍洛旗")
    charts = (docs / "compare" / "charts.md").read_text(encoding="utf-8")
    chart = section(charts, "chart-registered-volunteers")
    wide = re.search(r'<svg [^>]*chart--wide.*?</svg>', chart, re.S).group(0).split("</desc>", 1)[1]
    assert wide.index("地级及以上") < wide.index("鄂尔多斯市") < wide.index("县级 County level") < wide.index("伊金霍洛旗")


def test_every_number_cell_is_a_link(docs):
    """No bare figure in the value columns of the group pages: every number is inside a link."""
    for page in (docs / "compare").glob("*.md"):
        if page.name in ("index.md", "per10k.md", "charts.md", "timeline.md", "practices.md"):
            continue
        rows = table_rows(page.read_text(encoding="utf-8"))
        assert rows or page.name == "conflicts.md", page.name
        for cells in rows:
            if len(cells) < 2:
                continue
            # the figure as printed is a link; the normalised value beside it is marked as such
            value_cell = re.sub(r"<a\s[^>]*>.*?</a>|<small class=\"fig-norm\">.*?</small>", "", cells[1])
            assert not re.search(r"\d", value_cell), f"{page.name}: unlinked number in {cells}"


@pytest.mark.parametrize("page,metric,place,shown", [
    ("volunteers.md", "registered_volunteers", "鄂尔多斯市", "31万余人"),
    ("volunteers.md", "registered_volunteers", "乌兰察布市", "13万人"),
    ("volunteers.md", "registered_volunteers", "伊金霍洛旗", "4.2万余人"),
    ("investment.md", "investment", "乌兰察布市", "45.9亿元"),
    ("investment.md", "investment", "伊金霍洛旗", "1.9亿元"),
    ("green_space.md", "pocket_parks", "呼和浩特市", "186处"),
    ("green_space.md", "pocket_parks", "伊金霍洛旗", "32处"),
    ("green_space.md", "pocket_parks", "呼伦贝尔市", "15个"),
    ("urban_renewal.md", "renovated_communities", "呼和浩特市", "852个"),
    ("urban_renewal.md", "renovated_communities", "呼伦贝尔市", "108个"),
    ("urban_renewal.md", "renovated_communities", "乌兰察布市", "30个"),
    ("urban_renewal.md", "renovated_communities", "伊金霍洛旗", "18个"),
    ("civilization_practice.md", "practice_stations", "鄂尔多斯市", "981个"),
    ("civilization_practice.md", "practice_stations", "怀柔区", "318个"),
    ("population_area.md", "population", "乌兰察布市", "209.61万人"),
])
def test_important_figures_are_in_the_right_table(docs, page, metric, place, shown):
    md = (docs / "compare" / page).read_text(encoding="utf-8")
    assert shown in row_of(section(md, metric), place).split(" | ")[1]


def test_rhetorical_counts_stay_out(docs):
    md = (docs / "compare" / "population_area.md").read_text(encoding="utf-8")
    assert "{#cadres_and_masses}" not in md
    assert "220万" not in md


def test_per10k_for_the_seeds(docs):
    md = (docs / "compare" / "per10k.md").read_text(encoding="utf-8")
    row = row_of(section(md, "registered_volunteers"), "伊金霍洛旗")
    assert "1,680" in row and "#s3-7" in row and "#s2-2" in row   # 4.2万 / 25万
    assert "620" in row_of(section(md, "registered_volunteers"), "乌兰察布市")  # 13万 / 209.61万


def test_index_links_every_compare_page(docs):
    index = (docs / "compare" / "index.md").read_text(encoding="utf-8")
    for page in (docs / "compare").glob("*.md"):
        if page.name != "index.md":
            assert f"]({page.name})" in index, page.name
    for data in ("facts.csv", "facts.json", "articles.csv", "milestones.json", "practices.json"):
        assert f"../data/{data}" in index


def test_practices_and_timeline_for_the_seeds(docs):
    pr = (docs / "compare" / "practices.md").read_text(encoding="utf-8")
    for pid in ("practice_centres", "volunteer_service", "pocket_parks", "grid_management", "pairing_mechanism"):
        assert "{#" + pid + "}" in pr
    assert re.search(r'<a href="\.\./articles/[^"]+#s[\d-]+">✓</a>', pr)
    tl = (docs / "compare" / "timeline.md").read_text(encoding="utf-8")
    chron = table_rows(section(tl, "chronology"))
    assert any(c[0] == "2021" and c[1].startswith("伊金霍洛旗") for c in chron)
    dates = [int(c[0][:4]) for c in chron]
    assert dates == sorted(dates)


def test_charts_on_the_page_are_accessible_svg(docs):
    md = (docs / "compare" / "charts.md").read_text(encoding="utf-8")
    svgs = re.findall(r"<svg .*?</svg>", md, re.S)
    assert len(svgs) >= 5
    for s in svgs:
        _check_svg(s)
    assert "鄂尔多斯市" in svgs[0] and "31万余人" in svgs[0]


# ------------------------------------------------------------------ SVG
def _check_svg(svg: str, labels=()):
    root = ET.fromstring(svg)
    assert root.tag == SVG_NS + "svg"
    assert root.get("role") == "img"
    ids = root.get("aria-labelledby").split()
    title = root.find(SVG_NS + "title")
    assert title is not None and title.text and title.get("id") == ids[0]
    assert root.find(SVG_NS + "desc").get("id") == ids[1]
    texts = ["".join(t.itertext()) for t in root.iter(SVG_NS + "text")]
    for label in labels:
        assert label in texts
    for el in root.iter():
        assert el.tag.split("}")[-1] not in ("script", "foreignObject", "image", "use", "a")
        for k, v in el.attrib.items():
            assert not k.endswith("href"), k
            assert not k.startswith("on"), k
            assert "url(" not in v
    return texts


def test_bar_chart_escapes_hostile_labels():
    bad = '<script>alert("x")</script>&{{ x }}'
    svg = bar_chart("t1", "标题 <b>", [(bad, 5, "5个"), ("乙市", 0, "0个")], note="注 & note")
    assert "<script" not in svg
    texts = _check_svg(svg, labels=[bad, "乙市", "5个"])
    assert "注 & note" in texts


# ------------------------------------------------------------------ synthetic records
def test_per10k_arithmetic_and_both_sources():
    a = article("syn-a", facts=[
        fact("syn-a", "s1-1", "population", 500000, "人", number_text="50万", group="population_area"),
        fact("syn-a", "s2-3", "registered_volunteers", 60000, "人", qualifier="more_than", number_text="6万余人"),
        fact("syn-a", "s3-1", "pocket_parks", 25, "处", group="green_space"),
    ])
    pages = compare_pages([a])
    row = row_of(section(pages["per10k.md"], "registered_volunteers"), "甲县")
    assert "≈1,200" in row                     # 60000 / 500000 * 10000
    assert 'href="../articles/syn-a.md#s2-3"' in row and 'href="../articles/syn-a.md#s1-1"' in row
    row = row_of(section(pages["per10k.md"], "pocket_parks"), "甲县")
    assert row.split(" | ")[1].startswith("0.5（")  # 25 / 50万 * 10000, exact
    vol = row_of(section(pages["volunteers.md"], "registered_volunteers"), "甲县")
    assert "≈1,200" in vol
    # no population -> no ratio
    b = article("syn-b", facts=[fact("syn-b", "s1-1", "registered_volunteers", 1000, "人")], region="乙县", adcode="510001")
    assert "乙县" not in compare_pages([b])["per10k.md"]


def test_conflicting_figures_are_both_shown():
    a = article("syn-a", facts=[fact("syn-a", "s2-1", "registered_volunteers", 80000, "人", number_text="8万人")])
    b = article("syn-b", facts=[fact("syn-b", "s5-2", "registered_volunteers", 120000, "人", number_text="12万人")])
    pages = compare_pages([a, b])
    conf = pages["conflicts.md"]
    assert "⚠ 数据不一致" in conf
    assert 'href="../articles/syn-a.md#s2-1" title="原文 As printed: 8万人">8万人</a>' in conf
    assert 'href="../articles/syn-b.md#s5-2" title="原文 As printed: 12万人">12万人</a>' in conf
    row = row_of(section(pages["volunteers.md"], "registered_volunteers"), "甲县")
    assert "8万人" in row and "12万人" in row and "⚠ 数据不一致" in row
    assert "（1）" in pages["index.md"]


def test_compatible_figures_are_not_conflicts():
    def f(slug, anchor, v, q="exact", year=None, metric="registered_volunteers"):
        return dict(fact(slug, anchor, metric, v, "人", qualifier=q, year=year), _page=f"articles/{slug}.md")
    assert not disagree(f("a", "s1", 42000, "more_than"), f("b", "s1", 43000))        # 4.2万余 ~ 4.3万
    assert not disagree(f("a", "s1", 20000, "nearly"), f("b", "s1", 19500))           # 近2万 ~ 1.95万
    assert not disagree(f("a", "s1", 80000, year=2020), f("b", "s1", 120000, year=2023))  # a time series
    assert not disagree(f("a", "s1", 80000), f("a", "s1", 120000))                    # one sentence, parts
    assert not disagree(f("a", "s1", 8, metric="investment"), f("b", "s2", 9, metric="investment"))  # flows
    assert disagree(f("a", "s1", 80000), f("a", "s4", 120000))                       # two sentences


def test_practices_quote_escaped_and_linked():
    p = {"practice": "pocket_parks", "label": "口袋公园", "label_en": "Pocket parks",
         "quote": "新建<b>口袋公园</b>*8*处[链接](javascript:x)。", "anchor": "s4-1", "url": "articles/syn-a/#s4-1"}
    pages = compare_pages([article("syn-a", practices=[p])])
    md = pages["practices.md"]
    # raw HTML, never parsed as Markdown: the brackets stay text, the tags are escaped
    assert "<b>" not in md and "&lt;b&gt;" in md
    assert "*8*处[链接](javascript:x)" in md and 'href="javascript' not in md
    assert '<a href="../articles/syn-a.md#s4-1">✓</a>' in md
    assert 'href="../articles/syn-a.md#s4-1"' in section(md, "pocket_parks")


def test_timeline_sorted_with_undated_apart():
    ms = [{"date": "2023", "event": "awarded", "label": "获评全国文明城市", "label_en": "Named", "quote": "…", "anchor": "s3-1"},
          {"date": "2019-05", "event": "nominated", "label": "入选提名城市", "label_en": "Nominated", "quote": "…", "anchor": "s1-1"},
          {"date": None, "event": "mobilisation", "label": "创城动员", "label_en": "Mobilisation", "quote": "…", "anchor": "s2-1"}]
    md = compare_pages([article("syn-a", milestones=ms)])["timeline.md"]
    chron = section(md, "chronology")
    assert chron.index("<td>2019-05</td>") < chron.index("<td>2023</td>")
    assert "创城动员" not in chron and "创城动员" in section(md, "undated")
    assert 'href="../articles/syn-a.md#s2-1"' in section(md, "undated")


def test_no_facts_no_crash():
    pages = compare_pages([article("syn-a")])
    assert "index.md" in pages and "暂无" in pages["charts.md"]


# ------------------------------------------------------------------ a page never seen
@pytest.fixture(scope="module")
def unseen(tmp_path_factory):
    root = tmp_path_factory.mktemp("unseen")
    seeds = [p for p in SEEDS.iterdir() if not p.name.startswith(".")] + list((FIXTURES / "seeds").iterdir())
    proj = build_project(root / "p", seeds, site=True)
    return proj


UNSEEN = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page,metric,shown", [tuple(x) for x in UNSEEN["rows"]])
def test_unseen_page_figures_in_the_tables(unseen, page, metric, shown):
    md = (unseen / "docs" / "compare" / page).read_text(encoding="utf-8")
    if metric == "*":
        rows = [" | ".join(cells) for cells in table_rows(md) if cells[0].startswith(UNSEEN["place"])]
        assert any(shown in r for r in rows), f"{shown} not in any {UNSEEN['place']} row of {page}"
    else:
        assert shown in row_of(section(md, metric), UNSEEN["place"])


def test_unseen_page_region_ratios_practices_timeline(unseen):
    docs = unseen / "docs"
    place = UNSEEN["place"]
    facts = json.loads((docs / "data" / "facts.json").read_text(encoding="utf-8"))
    mine = [f for f in facts if f["article"].startswith(UNSEEN["slug_prefix"])]
    assert mine and all(f["region"] == place and f["adcode"] == UNSEEN["adcode"] for f in mine)
    per10k = (docs / "compare" / "per10k.md").read_text(encoding="utf-8")
    assert place in per10k
    pr = (docs / "compare" / "practices.md").read_text(encoding="utf-8")
    assert place in section(pr, "pocket_parks") and place in section(pr, "grid_management")
    tl = (docs / "compare" / "timeline.md").read_text(encoding="utf-8")
    assert any(c[0] == "2021" and c[1].startswith(place) for c in table_rows(section(tl, "chronology")))
    # the earlier places are still there
    vol = (docs / "compare" / "volunteers.md").read_text(encoding="utf-8")
    assert "31万余人" in row_of(section(vol, "registered_volunteers"), "鄂尔多斯市")


def test_unseen_page_links_resolve(unseen):
    links = _compare_links(unseen / "site")
    hits = [l for _, l, t, frag in links if UNSEEN["slug_prefix"] in l["href"]]
    assert len(hits) >= 8
    for rel, link, target, frag in links:
        assert frag in target.text
        if link["title"].startswith("原文 As printed: "):
            assert link["title"].removeprefix("原文 As printed: ") in "".join(target.text[frag])


def test_unseen_registered_volunteers_metric(unseen):
    md = (unseen / "docs" / "compare" / "volunteers.md").read_text(encoding="utf-8")
    assert "8.6万余人" in row_of(section(md, "registered_volunteers"), UNSEEN["place"])
