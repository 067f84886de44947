"""Shapes of pages the pipeline had not seen (held-out set 31's kinds, helper fx31a): narrow
pdftotext columns of short briefs, titles wrapped by the column, a place's name over its title.
Every page here was written for these tests, about places in Hunan (not the held-out pages'
places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(art: dict) -> set[tuple]:
    return {(f["value"], f["unit"]) for f in art["facts"]}


WRAPPED_AT_BECOMING = """常德日报
CHANGDE RIBAO
2024年10月9日 星期三
第05版
县域
“文明餐桌”成了桃源
一道新风景
常德日报记者 龚若岚 报道
本报讯 在桃源县漳江街道的一家饭店里，服务员正把打包盒递给客人。如今，光盘已成为桃源城区饭店的常态。
今年以来，桃源县在城区47家饭店设置了“光盘行动”提示牌，发放倡议书6300余份。
临澧县 “积分超市”换来乡村好风气
本报讯（记者 欧阳帆 通讯员 覃小勇）日前，记者来到临澧县新安镇，看到村民排队用积分兑换日用品。
临澧县已在全县建成积分超市52个，覆盖村民3.4万户。
本版责编：谭雅琴
"""


def test_a_headline_wrapped_after_a_verb_of_becoming_is_one_title():
    arts = _arts(WRAPPED_AT_BECOMING)
    assert len(arts) == 2
    assert arts[0]["title"] == "“文明餐桌”成了桃源一道新风景" and arts[0]["subtitle"] == ""
    assert arts[0]["authors"] == ["龚若岚"] and arts[0]["adcode"] == "430725"
    assert (47, "家") in _facts(arts[0])
    assert arts[1]["adcode"] == "430724" and arts[1]["authors"] == ["欧阳帆", "覃小勇"]


def test_a_subtitle_that_says_something_under_a_whole_title_stays_the_subtitle():
    from build_tools.structure.titles import _becomes_over_what
    assert _becomes_over_what("“文明餐桌”成了桃源", "一道新风景")
    # (a title whose object is whole, or a line with a verb of its own, is no wrapped tail)
    assert not _becomes_over_what("志愿者成为城市名片", "一抹红色温暖全城")
    assert not _becomes_over_what("老街巷成了网红打卡地", "居民游客点赞新变化")
    assert not _becomes_over_what("文明新风吹遍乡村", "一个小村的蝶变")


PLACE_OVER_TITLE_DENSE = """株洲日报  2023 年 4 月 20 日  星期四  责编 : 龙小梅
A06 县市新闻
醴陵市：老瓷厂变身“文创街区”
株洲日报记者 苏婉清
走进醴陵市瓷谷, 昔日的老瓷厂已经变成游人如织的文创街区。近年来, 醴陵市对老厂房实施改造, 新增文创店铺84家。
去年以来, 街区累计接待游客21.5万人次。
攸县
洣水河畔吹来“文明新风”
株洲日报讯 (记者 邝 志远) 日前, 攸县在洣水河沿岸12个村开展“美丽庭院”评选, 共评出美丽庭院260户。
"""

PLACE_OVER_TITLE_SPACED = """株洲日报  2023 年 4 月 20 日  星期四  责编 : 龙小梅
A06 县市新闻

醴陵市：老瓷厂变身“文创街区”
株洲日报记者 苏婉清

走进醴陵市瓷谷, 昔日的老瓷厂已经变成游人如织的文创街区。近年来, 醴陵市对老厂房实施改造, 新增文创店铺84家。

攸县
洣水河畔吹来“文明新风”

株洲日报讯 (记者 邝 志远) 日前, 攸县在洣水河沿岸12个村开展“美丽庭院”评选, 共评出美丽庭院260户。
"""


def test_a_place_name_over_an_item_title_in_a_run_together_column_opens_the_title():
    arts = _arts(PLACE_OVER_TITLE_DENSE)
    assert len(arts) == 2
    assert arts[0]["title"] == "醴陵市：老瓷厂变身“文创街区”"
    assert arts[1]["title"].replace(" ", "") == "攸县洣水河畔吹来“文明新风”" and arts[1]["kicker"] == ""
    assert arts[1]["adcode"] == "430223" and arts[1]["authors"] == ["邝志远"]
    assert (260, "户") in _facts(arts[1])


def test_a_place_line_set_apart_by_blank_lines_stays_the_kicker():
    arts = _arts(PLACE_OVER_TITLE_SPACED)
    assert len(arts) == 2
    assert arts[1]["title"] == "洣水河畔吹来“文明新风”" and arts[1]["kicker"] == "攸县"
    assert arts[1]["adcode"] == "430223"


def test_a_dateline_marker_is_never_an_author():
    from build_tools.structure.bylines import parse_byline
    assert parse_byline("本报讯 记者从") == []
    assert parse_byline("本报讯（记者 谭书雅）") == ["谭书雅"]
    assert parse_byline("株洲日报讯（记者 邝 志远）") == ["邝志远"]
    # (a name that ends in 讯 is still a name)
    assert parse_byline("记者 龙讯 通讯员 向明") == ["龙讯", "向明"]


NARROW_THREE_BRIEFS = """株洲晚报 2023年9月14日 星期四 第4版 城区新闻 本版编辑 龙小梅
荷塘区
“口袋公园”
走进老街坊
本报讯（记者
谭书雅）今年
以来，荷塘区利
用边角空地新建
“口袋公园”
16处，新增绿地面
积3.2万平方米。
芦淞区：
文明交通
劝导进路口
记者 向晓阳 报道
本报讯 芦淞区
近日启动文明交
通劝导行动，在
辖区28个路口
设置劝导岗，
纠正不文明
行为1460起。
石峰区
背街小巷
换了新模样
本报讯 记者从
石峰区获悉，该
区今年改造背街
小巷31条，提
前完成年度任务。
（记者 易 安）
"""


def test_three_narrow_briefs_each_under_its_stacked_headline_are_three_articles():
    arts = _arts(NARROW_THREE_BRIEFS)
    assert len(arts) == 3
    assert arts[0]["title"].replace(" ", "") == "荷塘区“口袋公园”走进老街坊"
    assert arts[0]["authors"] == ["谭书雅"] and arts[0]["adcode"] == "430202"
    assert arts[1]["authors"] == ["向晓阳"] and arts[1]["adcode"] == "430203"
    assert (28, "个") in _facts(arts[1])
    assert "本报讯" not in arts[2]["authors"] and arts[2]["adcode"] == "430204"
