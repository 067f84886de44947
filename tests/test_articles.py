"""Pages into articles: the six articles of the seeds, and layouts never seen."""
from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from build_tools.check import load_schema, read_front_matter
from build_tools.pipeline import process_seed
from conftest import ROOT, build_project

EXPECTED = yaml.safe_load((ROOT / "tests" / "cases" / "articles_expected.yaml").read_text(encoding="utf-8"))
LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"


def _covers(article: dict, line: int) -> bool:
    return any(s["lines"][0] <= line <= s["lines"][1] for s in article["sources"])


def _find(articles: list[dict], exp: dict) -> dict:
    hits = [a for a in articles if a["title"] == exp["title"]]
    assert len(hits) == 1, f"expected one article titled {exp['title']}, found {[a['title'] for a in articles]}"
    return hits[0]


def test_the_seeds_hold_exactly_six_articles(articles):
    assert len(articles) == len(EXPECTED) == 6


@pytest.mark.parametrize("exp", EXPECTED, ids=[e["title"][:8] for e in EXPECTED])
def test_article_metadata_matches_a_reading_of_the_page(articles, docs, exp):
    a = _find(articles, exp)
    for key in ("subtitle", "kicker", "region", "adcode", "level", "province", "prefecture"):
        if key in exp:
            assert a[key] == exp[key], key
    assert a["authors"] == exp["authors"]
    assert sorted(a["photographers"]) == sorted(exp["photographers"])
    assert all(s["file"] == exp["file"] for s in a["sources"] if "moved_from" not in s)
    assert _covers(a, exp["lines"][0]) and _covers(a, exp["lines"][1])
    for line in exp.get("not_lines", []):
        assert not _covers(a, line), f"line {line} wrongly in {a['title']}"
    page = (docs / a["page"]).read_text(encoding="utf-8")
    for cap in exp["captions"]:
        assert f"<figcaption>{cap}" in page, cap


def test_page_furniture_is_metadata_not_body(docs, articles):
    for a in articles:
        if not a["kicker"]:
            continue
        page = (docs / a["page"]).read_text(encoding="utf-8")
        body = page.split("</table>", 1)[-1]
        assert f'<p id="p1">{a["kicker"]}' not in body
        assert f"<span id=\"s1-1\">{a['kicker']}</span>" not in body


def test_every_front_matter_and_record_validates_against_the_schema(docs, articles):
    schema = load_schema("article.json")
    for rec in articles:
        jsonschema.validate(rec, schema)
        fm, _ = read_front_matter(docs / rec["page"])
        jsonschema.validate(dict(fm, page=rec["page"]), schema)


def test_sections_have_stable_chinese_anchors(docs, articles):
    a = _find(articles, EXPECTED[1])
    anchors = [s["anchor"] for s in a["sections"]]
    assert anchors == ["高位推动-价值引领", "城乡联动-为民惠民", "以督促改-常态长效"]
    page = (docs / a["page"]).read_text(encoding="utf-8")
    for anchor in anchors:
        assert f"{{#{anchor}}}" in page


def _seed(name: str) -> dict:
    return process_seed(name, (LAYOUTS / name).read_bytes())


def test_two_articles_on_one_page_in_another_province():
    page = _seed("two_articles_sichuan.txt")
    arts = page["articles"]
    assert [a["title"] for a in arts] == ["绵阳市：以“绣花功夫”推进城市精细化管理", "江油市：文明新风润乡村"]
    first, second = arts
    assert (first["region"], first["adcode"], first["level"]) == ("绵阳市", "510700", "prefecture")
    assert (second["region"], second["adcode"]) == ("江油市", "510781")
    assert first["authors"] == ["李明轩", "王晓燕"] and second["authors"] == ["陈思远"]
    assert first["kicker"] == "文明创建 · 天府之声"
    assert [c["photographers"] for c in first["captions"]] == [["张伟"]]
    assert [c["photographers"] for c in second["captions"]] == [["刘洋"]]
    assert first["sections"][0]["title"] == "网格治理 服务到家"
    assert any("2300个网格" in b["text"] for b in first["body"])
    assert not any("江油" in b["text"] for b in first["body"])


def test_title_printed_after_its_body():
    page = _seed("trailing_header_guangdong.txt")
    (art,) = page["articles"]
    assert art["title"] == "街巷里的文明新风"
    assert art["subtitle"] == "——韶关市推进背街小巷整治纪实"
    assert art["authors"] == ["赵一鸣", "孙晓"]
    assert (art["region"], art["adcode"]) == ("韶关市", "440200")
    assert len([b for b in art["body"] if b["kind"] == "paragraph"]) == 3
    assert [c["text"] for c in art["captions"]] == ["韶关市浈江区风采街道一角"]


def test_unseen_layout_builds_into_a_site(tmp_path):
    dest = build_project(tmp_path / "p", LAYOUTS)
    recs = json.loads((dest / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sorted(r["adcode"] for r in recs) == ["150200", "150400", "150500", "440200", "510700", "510781"]


def test_byline_run_into_the_lead_sentence():
    page = process_seed("x.txt", "# 南昌市推进背街小巷改造\n\n本报讯（记者 王明 通讯员 李华）近日，南昌市启动新一轮背街小巷改造。\n".encode())
    (art,) = page["articles"]
    assert art["authors"] == ["王明", "李华"] and art["region"] == "南昌市"
    page = process_seed("y.txt", "新华社南宁5月1日电（记者 张三）广西南宁市近日发布文明行为促进条例。".encode())
    (art,) = page["articles"]
    assert art["authors"] == ["张三"] and art["adcode"] == "450100"
    assert art["title"] == "广西南宁市近日发布文明行为促进条例" and art["title_inferred"]
    assert "新华社南宁5月1日电" in art["body"][0]["text"]  # the text itself is kept


def test_a_page_of_short_news_items_splits_into_articles():
    arts = _seed("news_items_inner_mongolia.txt")["articles"]
    assert [(a["title"], a["adcode"]) for a in arts] == [
        ("包头市开展文明交通劝导活动", "150200"), ("赤峰市新建口袋公园12处", "150400"), ("通辽市评选第三届道德模范", "150500")]
    # the page editor is page metadata (issue 14), kept for every item, not a credit note
    assert arts[0]["kicker"] == "文明简讯" and all(a["editors"] == ["张三"] and not a["credits"] for a in arts)
    assert arts[2]["authors"] == ["李军"] and arts[0]["authors"] == []
    assert all(len(a["body"]) == 1 and a["body"][0]["text"].startswith("本报讯") for a in arts)
