"""Citations: CSL-JSON, references rendered by citeproc-py, BibTeX, and the embedded metadata a
reference manager reads (parsed with extruct on every built article page)."""
from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.render import cite
from build_tools.render.pages import render_article
from conftest import SITE_URL

GB, APA = list(cite.STYLES)
URL = SITE_URL + "articles/x-1/"


def record(**kw) -> dict:
    a = {"slug": "x-1", "title": "临江市文明实践站建设纪实", "subtitle": "", "authors": ["王小明", "李华"],
         "region": "临江市", "lat": 41.8, "lon": 126.9, "tags": ["志愿服务"],
         "year": {"value": 2023, "estimated": True, "evidence": "…"}}
    a.update(kw)
    return a


# ------------------------------------------------------------------ the CSL-JSON item
def test_printed_date_outlet_and_page_make_a_full_newspaper_item():
    a = record(outlet="临江日报", date={"value": "2023-06-12", "source": "printed", "evidence": "2023年6月12日"},
               newspaper_page="第3版", year={"value": 2023, "estimated": False, "evidence": "…"})
    item = cite.csl_item(a, URL, "2024-01-02")
    assert item["type"] == "article-newspaper" and item["container-title"] == "临江日报"
    assert item["issued"] == {"date-parts": [[2023, 6, 12]]} and item["page"] == "第3版"
    assert item["URL"] == URL and item["accessed"] == {"date-parts": [[2024, 1, 2]]}
    assert [n["literal"] for n in item["author"]] == ["王小明", "李华"]
    gb, apa = (text for _, text in cite.references(item))
    assert "临江日报" in gb and "2023-06-12" in gb and "第3版" in gb and "[N/OL]" in gb
    assert "临江日报" in apa and "June 12" in apa and "2023" in apa
    assert not gb.startswith("[1]")


def test_estimated_year_is_circa_and_no_outlet_means_no_container_title():
    item = cite.csl_item(record(), URL)
    assert item["issued"] == {"date-parts": [[2023]], "circa": True}
    assert "container-title" not in item and "page" not in item and "accessed" not in item
    gb, apa = (text for _, text in cite.references(item))
    assert "(ca. 2023)" in apa
    for text in (gb, apa):
        assert "Newspaper report" not in text and "报" not in text.replace("纪实", "")


def test_a_corrected_date_is_exact_and_an_estimated_one_is_not():
    corrected = record(date={"value": "2021-09", "source": "corrected", "evidence": "sidecar"})
    assert cite.article_date(corrected) == ([2021, 9], True)
    estimated = record(date={"value": "2021", "source": "estimated", "evidence": "…"})
    assert cite.csl_item(estimated, URL)["issued"]["circa"] is True


NAMES = st.text(alphabet="王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤", min_size=2, max_size=3)
TITLES = st.text(alphabet=st.sampled_from(list("文明城市创建实践站社区志愿服务全国“”《》、，：—0123456789ABCxyz.&%{}$#_")),
                 min_size=1, max_size=30).filter(lambda s: s.strip())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TITLES, authors=st.lists(NAMES, max_size=4), outlet=st.one_of(st.none(), st.sampled_from(["临江日报", "Linjiang Daily", "临江晚报"])),
       date=st.sampled_from([None, ("2023-06-12", "printed"), ("2019-11", "printed"), ("2020", "estimated"), ("2001-01-01", "corrected")]),
       page=st.one_of(st.none(), st.sampled_from(["第1版", "A3"])))
def test_shape_rendering_equals_a_whole_citeproc_rendering(title, authors, outlet, date, page):
    """`formatted` renders each shape of item once and puts the values in: the result must be
    exactly what citeproc-py gives for the whole item, in both styles."""
    a = record(title=title, authors=authors, outlet=outlet, newspaper_page=page,
               date={"value": date[0], "source": date[1], "evidence": ""} if date else None)
    item = cite.csl_item(a, URL, "2024-03-05")
    for style in (GB, APA):
        assert cite.formatted(item, style) == cite._citeproc(item, style), (style, item)


# ------------------------------------------------------------------ BibTeX and metadata values
def test_bibtex_is_an_article_with_its_journal_and_escaped_values():
    a = record(title="规划{草案}与50%目标 & #1", outlet="临江日报",
               date={"value": "2023-06-12", "source": "printed", "evidence": ""})
    bib = cite.bibtex(a, URL)
    assert bib.startswith("@article{x-1,") and bib.endswith("}")
    assert "journal = {临江日报}" in bib and "month = jun," in bib and "date = {2023-06-12}" in bib
    assert r"title = {规划\{草案\}与50\% 目标 \& \#1}".replace("% ", "%") in bib
    assert bib.count("{") - bib.count(r"\{") == bib.count("}") - bib.count(r"\}")


def test_meta_tags_and_json_ld_carry_newspaper_date_and_page():
    a = record(outlet="临江日报", date={"value": "2023-06-12", "source": "printed", "evidence": ""},
               newspaper_page="A3")
    tags = {(n, v) for _, n, v in cite.meta_tags(a, URL)}
    assert ("citation_journal_title", "临江日报") in tags and ("citation_publication_date", "2023/06/12") in tags
    assert ("citation_firstpage", "A3") in tags and ("citation_author", "李华") in tags
    doc = cite.json_ld(a, URL)
    assert doc["@type"] == "NewsArticle" and doc["datePublished"] == "2023-06-12" and doc["printPage"] == "A3"
    assert doc["publisher"]["name"] == "临江日报"
    estimated = {(n, v) for _, n, v in cite.meta_tags(record(), URL)}
    assert ("citation_date", "2023") in estimated and not any(n == "citation_publication_date" for n, _ in estimated)


# ------------------------------------------------------------------ a rendered page with outlet and date
def test_a_record_with_outlet_and_date_is_cited_with_both(docs):
    """A processed article given outlet, printed date and page (as a sidecar or the page would):
    its page's references name the newspaper and the exact date, its head metadata too."""
    arts = json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))
    a = dict(arts[0], outlet="鄂尔多斯日报", newspaper_page="第2版",
             date={"value": "2023-05-18", "source": "corrected", "evidence": "sidecar"},
             body=[], captions=[], credits=[], banners=[], edits=[], flags=[], raw_lines={})
    md = render_article(a, [], SITE_URL, accessed="2024-01-02")
    refs = [html.unescape(m) for m in re.findall(r'<pre class="reference"><code>(.*?)</code></pre>', md)]
    assert len(refs) == 2 and all("鄂尔多斯日报" in r for r in refs)
    assert "2023-05-18" in refs[0] and "May 18" in refs[1]
    assert "鄂尔多斯日报" in md.split("---", 2)[1] and "2023/05/18" in md.split("---", 2)[1]


# ------------------------------------------------------------------ every built article page
class _Meta(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: list[tuple[str, str]] = []
        self.csl = None
        self._pre = False
        self._buf = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name", "").startswith("citation_"):
            self.meta.append((a["name"], a.get("content", "")))

    def handle_data(self, data):
        if data.lstrip().startswith('[\n{\n  "id"'):
            self.csl = json.loads(data)


def test_every_article_page_has_metadata_a_reference_manager_reads(site, articles):
    import extruct
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    for a in articles:
        page = site / "articles" / a["slug"] / "index.html"
        text = page.read_text(encoding="utf-8")
        url = f"{SITE_URL}articles/{a['slug']}/"
        data = extruct.extract(text, base_url=url, syntaxes=["json-ld", "opengraph", "dublincore"], uniform=True)
        (ld,) = [d for d in data["json-ld"] if d.get("@type") == "NewsArticle"]
        assert ld["headline"] == a["title"] and ld["url"] == url
        assert [p["name"] for p in ld.get("author", [])] == a["authors"]
        og = data["opengraph"][0]
        assert og["og:url"] == url and og["og:title"] == a["title"]
        dc = {e["name"]: e["content"] for d in data["dublincore"] for e in d.get("elements", [])}
        assert dc.get("DC.title") == a["title"]
        p = _Meta()
        p.feed(text)
        meta = dict(p.meta)
        assert meta["citation_title"] == a["title"] and meta["citation_public_url"] == url
        assert [v for k, v in p.meta if k == "citation_author"] == a["authors"]
        if (a.get("year") or {}).get("value"):
            assert meta.get("citation_date") or meta.get("citation_publication_date")
        # the page's CSL-JSON renders with citeproc-py in both styles
        assert p.csl and p.csl[0]["URL"] == url and p.csl[0]["type"] == "article-newspaper"
        for style in (GB, APA):
            bib = CitationStylesBibliography(cite._style(style), CiteProcJSON(p.csl), formatter.plain)
            bib.register(Citation([CitationItem(p.csl[0]["id"])]))
            out = str(bib.bibliography()[0])
            assert a["title"] in out and url in out


def test_records_of_one_shape_are_rendered_by_citeproc_once(monkeypatch):
    """citeproc-py takes 0.05-0.2 s an item: articles that differ only in their text values
    (titles, authors' names, URLs) share one rendering per style."""
    calls = []
    real = cite._citeproc
    monkeypatch.setattr(cite, "_citeproc", lambda item, style: calls.append(style) or real(item, style))
    cite._render_shape.cache_clear()
    for i in range(20):
        a = record(slug=f"x-{i}", title=f"第{i}篇：临江市文明实践", authors=["王小明", f"李{'华明强'[i % 3]}"])
        item = cite.csl_item(a, f"{SITE_URL}articles/x-{i}/", "2024-03-05")
        for style in (GB, APA):
            assert cite.formatted(item, style).count(f"第{i}篇") == 1
    assert len(calls) == 2, calls



def test_a_sidecar_outlet_date_and_page_reach_every_citation(tmp_path):
    """End to end: a seed's sidecar (seeds/NAME.yaml) gives the newspaper, the date and the printed
    page; the built page's references, head metadata and the downloads carry them."""
    import csv
    import html
    import re

    from conftest import SEEDS, SITE_URL, build_project

    seed = sorted(p for p in SEEDS.iterdir() if p.name.startswith("001_"))[0]
    sidecar = tmp_path / (seed.stem + ".yaml")
    sidecar.write_text("outlet: 鄂尔多斯日报\ndate: 2022-08-16\npage: 第3版\n", encoding="utf-8")
    proj = build_project(tmp_path / "p", [seed, sidecar], site=True, env={"SITE_URL": SITE_URL})
    arts = json.loads((proj / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    a = arts[0]
    assert a["outlet"] == "鄂尔多斯日报" and a["date"]["value"] == "2022-08-16" and a["newspaper_page"] == "第3版"
    page = (proj / "site" / "articles" / a["slug"] / "index.html").read_text(encoding="utf-8")
    refs = [html.unescape(m) for m in re.findall(r'<pre class="reference"><code>(.*?)</code></pre>', page)]
    assert "鄂尔多斯日报" in refs[0] and "2022-08-16" in refs[0] and "第3版" in refs[0]
    assert "鄂尔多斯日报" in refs[1] and "August 16" in refs[1] and "ca." not in refs[1]
    assert '<meta name="citation_journal_title" content="鄂尔多斯日报">' in page
    assert '<meta name="citation_publication_date" content="2022/08/16">' in page
    assert '"datePublished": "2022-08-16"' in page
    rows = list(csv.DictReader((proj / "docs" / "data" / "articles.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["date"] == "2022-08-16" and rows[0]["date_source"] == "corrected"
    facts = json.loads((proj / "docs" / "data" / "facts.json").read_text(encoding="utf-8"))
    assert any(f["year_source"] == "article_date" and f["year"] == 2022 for f in facts if f["article"] == a["slug"])
