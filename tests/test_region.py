"""Region resolution: the six seed articles and pages written for the purpose."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from build_tools.extract.region import resolve_region

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def seed_lines(prefix):
    path = next((ROOT / "seeds").glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8").split("\n")


def rough_split(lines):
    """A crude stand-in for the segmenter: a short first line is the kicker,
    then title, the —— line is the subtitle, the □ line the byline."""
    lines = [ln.strip().lstrip("#").strip() for ln in lines]
    lines = [ln for ln in lines if ln]
    kicker = title = subtitle = byline = ""
    i = 0
    if len(lines) > 2 and len(lines[0]) <= 6 and not lines[1].startswith("——"):
        kicker, i = lines[0], 1
    title = lines[i]
    rest = []
    for ln in lines[i + 1:]:
        if ln.startswith("——") and not subtitle:
            subtitle = ln
        elif ln.startswith("□") and not byline:
            byline = ln
        else:
            rest.append(ln)
    return dict(title=title, subtitle=subtitle, byline=byline, kicker=kicker, body=rest)


# (seed, slice of lines (0-based, end exclusive), fields chosen by hand, expected)
SEEDS = {
    "000 Ejin Horo": ("000", lambda s: dict(title=s[18], subtitle=s[20], byline=s[22],
                                            kicker=s[2], body=s[4:18] + s[24:]), "150627", "伊金霍洛旗"),
    "001 Ordos": ("001", lambda s: dict(title=s[2], subtitle=s[4], byline=s[6], kicker="",
                                        body=s[8:]), "150600", "鄂尔多斯市"),
    "002 Hulunbuir": ("002", lambda s: dict(title=s[6], subtitle="", byline=s[8], kicker=s[4],
                                            body=s[2:3] + s[10:]), "150700", "呼伦贝尔市"),
    "003 Ulanqab": ("003", lambda s: dict(title=s[0], subtitle=s[1], byline=s[3], kicker="",
                                          body=s[5:313]), "150900", "乌兰察布市"),
    "003 Huairou": ("003", lambda s: dict(title=s[670], subtitle=s[671], byline=s[673], kicker="",
                                          body=s[313:669]), "110116", "怀柔区"),
    "004 Hohhot": ("004", lambda s: dict(title=s[6], subtitle=s[8], byline=s[10], kicker=s[4],
                                         body=s[12:]), "150100", "呼和浩特市"),
}


@pytest.mark.parametrize("case", sorted(SEEDS))
def test_seed_regions(case):
    seed, pick, code, name = SEEDS[case]
    r = resolve_region(**pick(seed_lines(seed)))
    assert (r["adcode"], r["region"]) == (code, name), r["evidence"]
    assert r["evidence"]


def test_seed_003_huairou_fields():
    s = seed_lines("003")
    assert s[671].startswith("——北京市怀柔区")
    r = resolve_region(s[670], s[671], s[673], "", s[313:669])
    assert (r["level"], r["province"], r["prefecture"]) == ("county", "北京市", "北京市")
    assert r["name_en"] == "Huairou District"


def test_seed_000_county_beats_its_prefecture():
    s = seed_lines("000")
    r = resolve_region(s[18], s[20], s[22], s[2], s[24:])
    assert r["prefecture"] == "鄂尔多斯市" and r["level"] == "county"
    assert "伊金霍洛旗" in r["evidence"]


def test_seed_001_subplaces():
    s = seed_lines("001")
    r = resolve_region(s[2], s[4], s[6], "", s[8:])
    names = {x["name"] for x in r["subplaces"]}
    assert {"东胜区", "康巴什区", "准格尔旗", "杭锦旗"} <= names


def test_seed_004_street_does_not_count():
    s = seed_lines("004")
    r = resolve_region(s[6], s[8], s[10], s[4], s[12:])
    assert r["adcode"] == "150100"
    assert all(x["adcode"] != "150900" for x in r["subplaces"])
    assert "乌兰察布" not in r["evidence"]
    assert {"赛罕区", "新城区"} <= {x["name"] for x in r["subplaces"]}


def test_street_only_mention_is_not_a_region():
    r = resolve_region("文明社区", "", "", "", ["乌兰察布东大街街道草原社区组织居民开展剪纸活动。"])
    assert r["region"] is None


# pages written for the purpose: file -> (adcode, name, level)
PAGES_EXPECTED = {
    "anji_zhejiang_county.txt": ("330523", "安吉县", "county"),
    "pengzhou_sichuan_county.txt": ("510182", "彭州市", "county"),
    "foshan_guangdong_prefecture.txt": ("440600", "佛山市", "prefecture"),
    "minhang_shanghai_district.txt": ("310112", "闵行区", "county"),
    "gulou_fuzhou_ambiguous.txt": ("350102", "鼓楼区", "county"),
    "zhuzhou_wo_shi_title.txt": ("430200", "株洲市", "prefecture"),
    "jinjiang_fujian_traditional.txt": ("350582", "晋江市", "county"),
}


@pytest.mark.parametrize("fname", sorted(PAGES_EXPECTED))
def test_written_pages(fname):
    fields = rough_split((PAGES / fname).read_text(encoding="utf-8").split("\n"))
    r = resolve_region(**fields)
    assert (r["adcode"], r["region"], r["level"]) == PAGES_EXPECTED[fname], r["evidence"]


def test_all_fixture_pages_have_expectations():
    assert {p.name for p in PAGES.glob("*.txt")} == set(PAGES_EXPECTED)


def test_foshan_subplaces_and_province():
    fields = rough_split((PAGES / "foshan_guangdong_prefecture.txt").read_text(encoding="utf-8").split("\n"))
    r = resolve_region(**fields)
    assert r["province"] == "广东省"
    assert {"禅城区", "南海区", "顺德区", "高明区", "三水区"} <= {x["name"] for x in r["subplaces"]}


def test_gulou_in_nanjing_and_xincheng_in_xian():
    r = resolve_region("鼓楼区：古都新颜", "——南京市鼓楼区创建工作纪实", "", "", ["鼓楼区投入资金改造老旧小区。"])
    assert r["adcode"] == "320106"
    r = resolve_region("新城区文明创建见闻", "", "", "", ["西安市新城区持续推进背街小巷改造，新城区居民点赞。"])
    assert r["adcode"] == "610102"


def test_county_in_passing_inside_prefecture_article():
    r = resolve_region("成都：公园城市里的文明新风", "——成都市创建全国文明典范城市综述", "", "",
                       ["成都市持续推进文明创建。", "彭州市、都江堰市也积极参与。", "成都市民踊跃参加志愿服务。"])
    assert r["adcode"] == "510100"


def test_nothing_resolves():
    r = resolve_region("", "", "", "", [])
    assert r["region"] is None and r["adcode"] is None and r["subplaces"] == []
    assert set(r) == {"region", "adcode", "level", "province", "prefecture", "lat", "lon",
                      "name_en", "subplaces", "evidence", "provenance"}
    assert r["provenance"] == {"method": "none", "confident": False}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.text(max_size=30), st.lists(st.text(max_size=80), max_size=4))
def test_never_raises(title, sub, body):
    r = resolve_region(title, sub, "", "", body)
    assert "region" in r
