"""End to end on pages the code has never seen: another county's brief item, a
page in traditional script, a GB18030 page laid out in narrow columns."""
from __future__ import annotations

import json

import pytest

from build_tools.check import article_paragraphs, check_docs, read_front_matter
from conftest import ROOT, build_project

UNSEEN = ROOT / "tests" / "fixtures" / "unseen"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dest = build_project(tmp_path_factory.mktemp("unseen") / "p", UNSEEN)
    docs = dest / "docs"
    arts = {a["sources"][0]["file"]: a for a in json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))}
    facts = json.loads((docs / "data" / "facts.json").read_text(encoding="utf-8"))
    return docs, arts, facts


def _fact(facts, slug, metric):
    hits = [f for f in facts if f["article"] == slug and f["metric"] == metric]
    assert hits, f"no {metric} fact in {slug}"
    return hits[0]


def test_regions_encodings_and_script(built):
    _, arts, _ = built
    a, b, c = arts["a_county.txt"], arts["b_trad.txt"], arts["c_gbk.txt"]
    assert (a["region"], a["adcode"], a["level"], a["prefecture"]) == ("桐庐县", "330122", "county", "杭州市")
    assert (b["region"], b["adcode"]) == ("义乌市", "330782")
    assert (c["region"], c["adcode"], c["province"]) == ("许昌市", "411000", "河南省")
    assert c["encoding"] == "gb18030" and a["encoding"] == "utf-8"
    assert b["converted_from_traditional"] and not a["converted_from_traditional"]
    assert b["authors"] == ["陈佳", "林涛"] and a["authors"] == ["方晓", "周明亮"] and c["authors"] == ["刘畅"]
    assert a["photographers"] == ["方晓"]
    assert c["subtitle"] == "——许昌市创建全国文明城市纪实"


def test_important_numbers_are_classified(built):
    _, arts, facts = built
    a, b, c = (arts[n]["slug"] for n in ("a_county.txt", "b_trad.txt", "c_gbk.txt"))
    assert _fact(facts, a, "registered_volunteers")["value"] == 112000
    assert _fact(facts, a, "investment")["value"] == 860000000
    assert _fact(facts, b, "registered_volunteers")["value"] == 500000
    assert _fact(facts, b, "pocket_parks")["value"] == 65
    inv = _fact(facts, c, "investment")
    assert inv["value"] == 2130000000 and "累计投资21.3亿元" in inv["quote"]
    assert _fact(facts, c, "grid_workers")["value"] == 36000


def test_narrow_columns_reflow_and_the_checks_pass(built):
    docs, arts, _ = built
    _, body = read_front_matter(docs / arts["c_gbk.txt"]["page"])
    (para,) = article_paragraphs(body)
    assert "建立市级领导包联制度" in para and "许昌市累计投资21.3亿元，改造老旧小区412个" in para
    problems, totals = check_docs(docs)
    assert not problems, problems
    assert sum(totals.values()) == 0, totals


def test_kaili_page_reads_as_printed(built):
    docs, arts, facts = built
    a = arts["d_kaili.txt"]
    assert (a["region"], a["adcode"], a["prefecture"]) == ("凯里市", "522601", "黔东南苗族侗族自治州")
    assert a["title"] == "凯里：小巷变美了 群众笑了"  # the space between the title's halves stays
    assert a["kicker"] == "黔东南新闻" and a["authors"] == ["杨晓梅", "吴昊"] and a["photographers"] == ["王勇"]
    _, body = read_front_matter(docs / a["page"])
    first = article_paragraphs(body)[0]
    assert first.endswith("市民李大姐说：“以前下雨一身泥，现在出门就是公园。”")
    assert _fact(facts, a["slug"], "pocket_parks")["value"] == 31
    assert _fact(facts, a["slug"], "grid_workers")["qualifier"] == "more_than"


def test_a_print_date_in_the_page_header_dates_the_article():
    from build_tools.pipeline import process_seed

    text = ("宜宾日报 2023年11月8日 第3版\n\n# 长江首城 文明花开\n\n## ——宜宾市创建全国文明城市工作纪实\n\n"
            "本报记者 刘晓峰 通讯员 陈静\n\n今年以来，宜宾市累计整治背街小巷\n126条，新建城市书房35个。\n")
    (art,) = process_seed("yibin.txt", text.encode("utf-8"))["articles"]
    assert art["region"] == "宜宾市" and art["authors"] == ["刘晓峰", "陈静"]
    assert art["year"]["value"] == 2023 and "2023" in art["year"]["evidence"]
