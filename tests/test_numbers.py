"""find_quantities: hand-written cases (incl. hostile ones) and properties."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest
from hypothesis import given, settings, strategies as st

from build_tools.extract.numbers import Quantity, find_quantities


def facts_of(s):
    return [q for q in find_quantities(s) if q.kind in ("quantity", "percent")]


# (sentence, [(text, value, value_max, unit, qualifier, kind)]) for the exported numbers
CASES = [
    ("全旗志愿者注册人数4.2万余人", [("4.2万余人", 42000, None, "人", "more_than", "quantity")]),
    ("投资1.9亿元", [("1.9亿元", 190000000, None, "元", "exact", "quantity")]),
    ("建成1,294个站点", [("1,294个", 1294, None, "个", "exact", "quantity")]),
    ("１２３人", [("１２３人", 123, None, "人", "exact", "quantity")]),
    ("预计3—5万人", [("3—5万人", 30000, 50000, "人", "exact", "quantity")]),
    ("30—50个", [("30—50个", 30, 50, "个", "exact", "quantity")]),
    ("3万至5万人", [("3万至5万人", 30000, 50000, "人", "exact", "quantity")]),
    ("满意度达百分之九十八", [("百分之九十八", 98, None, "%", "exact", "percent")]),
    ("两千余", [("两千余", 2000, None, "", "more_than", "quantity")]),
    ("建成十余个", [("十余个", 10, None, "个", "more_than", "quantity")]),
    ("三千名志愿者", [("三千名", 3000, None, "名", "exact", "quantity")]),
    ("改造1.2万户", [("1.2万户", 12000, None, "户", "exact", "quantity")]),
    ("支持率达到98%", [("98%", 98, None, "%", "exact", "percent")]),
    ("整改完成率89%。", [("89%", 89, None, "%", "exact", "percent")]),
    # 近 + 余 contradict each other: documented as `about`
    ("近2万余名志愿者参与", [("近2万余名", 20000, None, "名", "about", "quantity")]),
    ("约300人", [("约300人", 300, None, "人", "about", "quantity")]),
    ("保持在70%左右", [("70%左右", 70, None, "%", "about", "percent")]),
    ("开展志愿服务近2000场", [("近2000场", 2000, None, "场", "nearly", "quantity")]),
    ("累计服务群众30多万人次", [("30多万人次", 300000, None, "人次", "more_than", "quantity")]),
    ("解决问题4600多个", [("4600多个", 4600, None, "个", "more_than", "quantity")]),
    ("总面积5.45万平方千米", [("5.45万平方千米", 54500, None, "平方公里", "exact", "quantity")]),
    ("完成30个小区37.6万平方米的改造任务", [("30个", 30, None, "个", "exact", "quantity"),
                                      ("37.6万平方米", 376000, None, "平方米", "exact", "quantity")]),
    ("超过500人", [("超过500人", 500, None, "人", "more_than", "quantity")]),
    ("最近3年", []),  # 最近 is not "nearly"; 3年 is a duration
    ("常住人口25万", [("25万", 250000, None, "", "exact", "quantity")]),
    ("公益海报精品32组160幅", [("32组", 32, None, "组", "exact", "quantity"), ("160幅", 160, None, "幅", "exact", "quantity")]),
]


@pytest.mark.parametrize("sentence,expected", CASES)
def test_cases(sentence, expected):
    got = [(q.text, q.value, q.value_max, q.unit, q.qualifier, q.kind) for q in facts_of(sentence)]
    assert got == expected


# Numbers that are not quantities: names, dates, ordinals, idioms.
NOT_QUANTITIES = [
    "建强旗级“8+N”常备志愿服务队",
    "加速四大蝶变“354”工作法",
    "的“1435”新时代文明实践中心建设行动",
    "创新推出“3030”电动自行车管理模式",
    "利用12345热线平台",
    "打造“24小时政务自助便民服务站”",
    "打造“15分钟便民生活圈”",
    "打造15分钟便民生活圈",
    "全国“四个100”优秀组织奖",
    "荣膺“2022年县市高质量发展百家典范”",
    "自2021年入选第七届全国文明城市提名城市以来",
    "宣讲党的十九届六中全会精神",
    "5月23日",
    "2017年6月获得",
    "实施三年行动计划（2021—2023年）",
    "市本级连续四届蝉联",
    "三位一体工作推进机制",
    "一步一个脚印全力推进",
    "康巴什区成为全国首个城市景观4A级旅游景区",
    "以庆祝中国共产党成立100周年为主线",
    "《伊金霍洛旗创建全国文明城市“三联四包五定”工作实施方案》",
    "第十四届全国冬季运动会",
    "统筹推进一盘棋布局，一个目标、一以贯之",
    "让党的声音走进千家万户",
    "“白+黑”“5+2”",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence):
    assert facts_of(sentence) == []


def test_kinds():
    qs = find_quantities("自2021年入选第七届，2017年6月获得，实施（2021—2023年），5月8日揭牌，利用12345热线")
    kinds = [(q.text, q.kind, q.iso) for q in qs]
    assert ("2021年", "year", "2021") in kinds
    assert ("2017年6月", "date", "2017-06") in kinds
    assert ("2021—2023年", "period", "2021—2023") in kinds
    assert ("5月8日", "date", "--05-08") in kinds
    assert any(k == "ordinal" for _, k, _ in kinds)
    assert any(t == "12345" and k == "name" for t, k, _ in kinds)


def test_spaces_from_ocr():
    [q] = facts_of("2018 年 常 住 人 口209.61 万人")
    assert (q.value, q.unit) == (2096100, "人")
    years = [q for q in find_quantities("2018 年 常 住 人 口209.61 万人") if q.kind == "year"]
    assert years and years[0].value == 2018


def test_quantity_is_frozen():
    q = facts_of("18个老旧小区")[0]
    assert isinstance(q, Quantity)
    with pytest.raises(Exception):
        q.value = 1  # type: ignore[misc]


def test_long_quote_is_speech_not_name():
    # a long quotation is somebody speaking: numbers in it are still quantities
    s = "他说：“我们今年要改造108个老旧小区，建设15个口袋公园，把创建工作做实做细做到群众心坎上。”"
    assert [q.value for q in facts_of(s)] == [108, 15]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_crashes_and_spans_match(s):
    for q in find_quantities(s):
        assert q.text == s[q.start:q.end]
        assert 0 <= q.start < q.end <= len(s)


CHARS = "0123456789０１２３.,，、万亿千百十余多近约超逾左右以上个人名处%％—至年月日第届“”《》一二两三四五六七八九零〇 平方公里米元次场"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=CHARS, max_size=40))
def test_never_crashes_on_number_soup(s):
    for q in find_quantities(s):
        assert q.text == s[q.start:q.end]
        assert q.kind in ("quantity", "percent", "year", "date", "period", "ordinal", "duration", "name")
        assert q.qualifier in ("exact", "more_than", "nearly", "about", "less_than")
