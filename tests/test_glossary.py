"""The glossary: data, page, first-occurrence links from articles, and the search dictionary."""
from __future__ import annotations

import re

from build_tools.render.glossary import glossary_linker, load_glossary


def test_glossary_data_is_complete():
    terms = load_glossary()
    assert len(terms) >= 25
    ids = [t["id"] for t in terms]
    assert len(ids) == len(set(ids))
    for t in terms:
        assert re.fullmatch(r"[a-z0-9-]+", t["id"]), t["id"]
        for key in ("zh", "en", "definition", "definition_en"):
            assert isinstance(t.get(key), str) and t[key].strip(), (t["id"], key)
    forms = [f for t in terms for f in [t["zh"], *t.get("aliases", [])]]
    assert len(forms) == len(set(forms)), "a form belongs to two terms"
    for must in ("新时代文明实践中心", "包联", "网格员", "志愿服务", "口袋公园", "提名城市", "道德模范", "身边好人",
                 "12345热线", "垃圾分类"):
        assert must in {t["zh"] for t in terms}, must


def test_registered_volunteers_are_not_volunteer_service():
    """The guide's trap: 注册志愿者 (a registry count) is its own term, not an alias of 志愿服务."""
    by_form = {f: t["id"] for t in load_glossary() for f in [t["zh"], *t.get("aliases", [])]}
    assert by_form["注册志愿者"] != by_form["志愿服务"]


def test_linker_links_first_occurrence_only_and_never_inside_attributes():
    link = glossary_linker()({"slug": "x"})
    para = '<p id="p1"><span id="s1-1" title="口袋公园">新建口袋公园3处，口袋公园</span><span id="s1-2">口袋公园</span></p>'
    out = link(para)
    assert out.count('class="term"') == 1
    assert 'title="口袋公园"' in out  # attribute untouched
    assert 'href="../../glossary/#pocket-park"' in out


def test_glossary_page_anchors_and_usage(site, articles):
    html = (site / "glossary" / "index.html").read_text(encoding="utf-8")
    for t in load_glossary():
        assert f'id="{t["id"]}"' in html, t["id"]
    # every term link in an article names an anchor that exists
    for a in articles:
        page = (site / "articles" / a["slug"] / "index.html").read_text(encoding="utf-8")
        for tid in re.findall(r'class="term" href="\.\./\.\./glossary/#([^"]+)"', page):
            assert f'id="{tid}"' in html
        # ... and each term is linked at most once per page
        ids = re.findall(r'class="term" href="[^"]*#([^"]+)"', page)
        assert len(ids) == len(set(ids)), a["slug"]
    assert "使用本词的文章" in html


def test_search_dictionary_holds_places_terms_and_metrics(docs, articles):
    words = set((docs / "data" / "jieba_user_dict.txt").read_text(encoding="utf-8").split())
    for a in articles:
        if a["region"]:
            assert a["region"] in words
    for t in load_glossary():
        assert t["zh"] in words or re.search(r"\s", t["zh"])
    assert "注册志愿者" in words


def test_term_links_never_cut_a_word_in_two():
    from build_tools.render.glossary import glossary_linker

    link = glossary_linker()({})
    html = link('<p><span id="s1-1">安吉县组建志愿服务队伍386支。</span></p>')
    assert "队</a>伍" not in html and ">志愿服务队伍" in html.replace('<span id="s1-1">安吉县组建', ">")
