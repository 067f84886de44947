"""Gazetteer: all divisions from the cpca data, aliases, exclusions, matching."""
import sys

from hypothesis import given, settings, strategies as st

from build_tools.extract.divisions_update import read_update
from build_tools.extract.gazetteer import Place, load_gazetteer, short_name


def test_all_divisions_loaded_without_importing_cpca():
    gz = load_gazetteer()
    # cpca's 3,511 rows, less the divisions abolished since, plus the ones added
    # (data/divisions_update.csv; recoded and renamed ones replace a row)
    changes = [r["change"] for r in read_update()]
    assert len(gz.places) == 3511 - changes.count("abolished") + changes.count("added")
    assert "cpca" not in sys.modules and "pandas" not in sys.modules


def test_load_is_cached():
    load_gazetteer.cache_clear()
    gz = load_gazetteer()
    assert load_gazetteer() is gz


def test_hierarchy_from_codes():
    gz = load_gazetteer()
    p = gz.by_code("150627")
    assert isinstance(p, Place)
    assert (p.name, p.short, p.level, p.province, p.prefecture, p.parent) == (
        "伊金霍洛旗", "伊金霍洛", "county", "内蒙古自治区", "鄂尔多斯市", "150600")
    assert p.name_en == "Ejin Horo Banner"
    hr = gz.by_code("110116")       # district of a municipality: prefecture is the municipality
    assert (hr.prefecture, hr.parent, hr.province) == ("北京市", "110000", "北京市")
    assert gz.by_code("150000").level == "province" and gz.by_code("150000").parent == ""
    assert gz.by_code("150600").name_en == "Ordos"
    assert gz.by_code("150100").name_en == "Hohhot"
    assert gz.by_code("440600").name_en == "Foshan"
    assert gz.by_code("330523").name_en == "Anji County"
    xt = gz.by_code("429004")       # province-administered county-level city
    assert (xt.parent, xt.prefecture) == ("420000", "")
    assert gz.by_code("150627000000").adcode == "150627"
    assert gz.by_code("999999") is None
    for p in gz.places.values():
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180


def test_short_names():
    gz = load_gazetteer()
    assert gz.by_code("150000").short == "内蒙古"
    assert gz.by_code("450000").short == "广西"
    assert gz.by_code("650000").short == "新疆"
    assert gz.by_code("640000").short == "宁夏"
    assert gz.by_code("540000").short == "西藏"
    assert gz.by_code("810000").short == "香港"
    assert gz.by_code("652700").short == "博尔塔拉"
    assert short_name("礼县") == "礼县"


def _found(text, **kw):
    return [(o, p.adcode, s) for o, p, s in load_gazetteer().find_all(text, **kw)]


def test_find_all_longest_first_no_overlap():
    assert _found("鄂尔多斯市东胜区") == [(0, "150600", "鄂尔多斯市"), (5, "150602", "东胜区")]
    assert _found("伊金霍洛旗和伊金霍洛") == [(0, "150627", "伊金霍洛旗"), (6, "150627", "伊金霍洛")]


def test_street_names_are_not_places():
    assert _found("乌兰察布东大街街道草原社区") == []
    assert _found("北京路") == []
    # but a direction followed by a place is two places, and 路径 is not a street
    assert [c for _, c, _ in _found("鄂尔多斯东胜区")] == ["150600", "150602"]
    assert [c for _, c, _ in _found("探索出了一条鄂尔多斯路径")] == ["150600"]
    assert [c for _, c, _ in _found("赛罕区社区卫生服务中心")] == ["150105"]


def test_ambiguous_names_resolved_by_parent():
    assert _found("南京市鼓楼区") [-1][1] == "320106"
    assert _found("福州鼓楼区") [-1][1] == "350102"
    assert _found("南京市鼓楼区，福州鼓楼区")[-1][1] == "350102"
    assert _found("鼓楼区") == []                       # no city named: unresolved
    assert _found("鼓楼区", context=["350100"])[0][1] == "350102"
    assert _found("呼和浩特市新城区")[-1][1] == "150102"
    assert _found("西安市新城区")[-1][1] == "610102"


def test_common_words_and_generic_phrases_do_not_match():
    for text in ["中心城区", "无论是新城区建设还是老城区改造", "城区", "开发区", "东区",
                 "中山路", "平安伊金霍洛", "草原好安达", "世界和平", "东方之珠", "绿水青山"]:
        assert [s for _, _, s in load_gazetteer().find_all(text) if s not in ("伊金霍洛",)] == [], text


def test_two_character_county_alias_needs_its_city():
    assert _found("安吉") == []
    assert [c for _, c, _ in _found("湖州市安吉")] == ["330500", "330523"]


def test_province_alias_beats_district_alias():
    assert _found("河北")[0][1] == "130000"


def test_jieba_words():
    words = load_gazetteer().jieba_words()
    assert "伊金霍洛旗" in words and "伊金霍洛" in words and "呼和浩特市" in words
    assert "鼓楼区" in words and "鼓楼" not in words      # ambiguous alias left out
    assert "市辖区" not in words and "城区" not in words


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("鄂尔多斯市东胜区大街路新城鼓楼南京呼和浩特 \n，。ab1")), max_size=80))
def test_find_all_never_raises_and_offsets_match(text):
    prev_end = -1
    for o, p, s in load_gazetteer().find_all(text):
        assert text[o:o + len(s)] == s
        assert o >= prev_end
        prev_end = o + len(s)


def test_find_all_is_linear_enough():
    gz = load_gazetteer()
    text = "呼和浩特市新城区乌兰察布东大街，鄂尔多斯路径，南京市鼓楼区。" * 2000
    from conftest import cpu_growth

    assert cpu_growth(gz.find_all, text[:len(text) // 4], text) < 8


def test_traditional_script_forms():
    assert [c for _, c, _ in _found("鄂爾多斯市東勝區")] == ["150600", "150602"]
    assert [c for _, c, _ in _found("內蒙古自治區與懷柔區")] == ["150000", "110116"]
    assert _found("烏蘭察布東大街") == []


def test_extra_aliases_from_data():
    assert [c for _, c, _ in _found("越来越多的呼市人")] == ["150100"]
    assert [c for _, c, _ in _found("土左旗毕齐庄镇")] == ["150121"]
