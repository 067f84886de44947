"""Measure words, designations, ranks and the page's own counters.

Sentences written for these tests, about places all over China: a number with
a measure word a report counts in (桌, 对, 副, 面 ...) is a fact in that unit; a
number that names a unit or a route (八路军129师, 兵团224团, 13路公交车), a
pairing (1对1), the page's own view counter printed as label and value
(观看人数：3.6万, 好评(201)), a bulletin's print run (共印30份), a standard's or version's
number (GB/T 1.1, Android 8.0) and the end of a time range (晚6时至8时) are never facts; N位 after a
rank word is a rank, elsewhere it counts persons.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest
from hypothesis import given, settings, strategies as st

from build_tools.data import load_data
from build_tools.extract.numbers import find_quantities
from conftest import sentence_facts


def facts(sentence):
    return sentence_facts(sentence)


UNITS = [
    ("黔西县规定红白喜事宴席不超过15桌。", [(15, "桌", "less_than")]),
    ("盐池县今年已有230余对新人简办婚礼。", [(230, "对", "more_than")]),
    ("书法志愿者为村民写春联800副。", [(800, "副", "exact")]),
    ("社区收到群众送来的锦旗12面。", [(12, "面", "exact")]),
    ("街道摆放时令花卉6000盆。", [(6000, "盆", "exact")]),
    ("收集废旧电池3000余节、过期药品200盒。", [(3000, "节", "more_than"), (200, "盒", "exact")]),
    ("屋顶光伏装机80千瓦，年发电9.6万千瓦时。", [(80, "千瓦", "exact"), (96000, "千瓦时", "exact")]),
    ("清理废弃物50千克，新修绿道3千米。", [(50, "公斤", "exact"), (3, "公里", "exact")]),
    ("培训课程不少于8期。", [(8, "期", "at_least")]),
    ("共有37位老党员报名参加。", [(37, "人", "exact")]),
]


@pytest.mark.parametrize("sentence,expected", UNITS)
def test_measure_words(sentence, expected):
    assert facts(sentence) == expected


NOT_FACTS = [
    "涉县境内保留着八路军129师司令部旧址。",
    "兵团第十四师224团的职工也赶来帮忙。",
    "游客可乘坐13路公交车直达景区。",
    "镇里推行党员与困难户1对1帮扶。",
    "这个村子三面环山，一面临水。",
    "渔港将完成环境整治二期工程。",
    "一期项目已于去年投入使用。",
    "本次直播观看人数：2.4万",
    "（共印45份）",
    "浏览次数：1386",
    "印数：500",
    # a standard's or a version's number after a Latin code and a space
    "道路保洁执行CJJ 14的作业标准。",
    "标识牌符合GB/T 1.1—2009的编写规则。",
    "本程序需要 Android 8.0 或更高版本。",
    # a listing's own review counters
    "用户评价（236）",
    "好评(201)",
    # a time range's end (晚6时至8时: two times of day)
    "广场音乐喷泉每天晚6时至8时开放。",
]


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_not_facts(sentence):
    assert facts(sentence) == []


STILL_FACTS = [
    ("线上直播观看人数达12万人次。", [(120000, "人次", "exact")]),
    ("县文明办共印制宣传手册5000份。", [(5000, "份", "exact")]),
    ("全校300余名师生参加了活动。", [(300, "名", "more_than")]),
    ("改造背街小巷42条，新建口袋公园8个。", [(42, "条", "exact"), (8, "个", "exact")]),
    ("全年举办文明讲堂12期，培训骨干600人。", [(12, "期", "exact"), (600, "人", "exact")]),
    ("全市GDP 增长5.2%，新增志愿者 3000人。", [(5.2, "%", "exact"), (3000, "人", "exact")]),
    ("各点位累计收到群众评价1200条。", [(1200, "条", "exact")]),
]


@pytest.mark.parametrize("sentence,expected", STILL_FACTS)
def test_still_facts(sentence, expected):
    got = facts(sentence)
    assert [(v, u) for v, u, _ in got] == [(v, u) for v, u, _ in expected]


def test_top_places_are_ranks():
    qs = find_quantities("南宁市年度测评位列全省前3位。")
    assert [(q.kind, q.value, q.qualifier) for q in qs] == [("rank", 3, "less_than")]
    qs = find_quantities("邀请12位专家，共有5位志愿者")
    assert [(q.kind, q.value, q.unit) for q in qs] == [("quantity", 12, "人"), ("quantity", 5, "人")]


NEW_COUNTERS = ["桌", "对", "副", "面", "盆", "瓶", "盒", "杯", "束", "页", "桶", "罐", "卷", "扇", "户次", "台次"]


@settings(max_examples=120, deadline=None)
@given(n=st.integers(min_value=2, max_value=99_999), counter=st.sampled_from(NEW_COUNTERS),
       place=st.sampled_from(["铜川市", "白城市", "黄南州", "陵水县", "阿勒泰地区", "怒江州"]))
def test_round_trip_counters(n, counter, place):
    """A count written with any of these measure words reads back as itself in that unit."""
    units = load_data("metrics.yaml")["numbers"]["units"]
    got = [(q.value, q.unit) for q in find_quantities(f"{place}今年累计完成{n}{counter}，") if q.kind == "quantity"]
    assert got == [(n, units[counter])]
