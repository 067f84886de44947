"""Shapes of pages from held-out set 37's leftovers (fx37c). Every page here was written for
these tests, about places in Fujian, Hunan and Yunnan (not the held-out pages' places); names
are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


# `pdftotext -layout`: two articles side by side, the left one with a ▲ caption and its credit
# set inside the column right under the last paragraph
LAYOUT_CAPTION_IN_COLUMN = """闽东日报    2023年9月12日  星期二    第3版  县域

古田县：老街挂上              柘荣县：村口多了
“红黑榜”                      “文明驿站”

记者 林晓燕 通讯员 陈 远      记者 吴家宝

  古田县在城东街道老街挂出      柘荣县在各村村口建起“文明
“红黑榜”42块，今年整治乱      驿站”26个，招募驿站志愿者
摆摊860处，拆除违规招牌215    310名，每周开展环境整治。今
块。店主说老街清爽多了。      年，村道垃圾堆放点减少了六成。
  ▲老街上，店主在看红黑榜。
  林晓燕 摄

                         编辑 郑可欣   美编 周立
"""


def test_a_caption_mark_inside_a_layout_column_keeps_the_paragraph_above_it():
    arts = _arts(LAYOUT_CAPTION_IN_COLUMN)
    assert len(arts) == 2
    left = next(a for a in arts if "红黑榜" in a["title"])
    assert left["adcode"] == "350922"
    values = {f["value"] for f in left["facts"]}
    assert {42, 860, 215} <= values  # the paragraph above the caption is text, not the caption's
    assert left["photographers"] == ["林晓燕"]
    assert any("店主在看红黑榜" in c["text"] and "215" not in c["text"] for c in left["captions"])


# an OCRed county weekly: a reading room open round the clock
READING_ROOM_OPEN_HOURS = """今 日 永 德    2024年3月8日　星期五　第2版　综合

永德县第3家“城市书房”开放
本报讯(记者 段丽芬)近日,永德县第3家“城市书房”在德党镇开放。书房面积180平方米，藏书1.2万册，实行24小时开放，借阅全部免费。社区服务站全天24小时服务，志愿者24小时值班。今年全县城市书房已接待读者3.6万人次。
"""


def test_opening_hours_are_no_fact_but_the_rooms_figures_are():
    (art,) = _arts(READING_ROOM_OPEN_HOURS)
    assert art["adcode"] == "530923"
    values = {f["value"] for f in art["facts"]}
    assert {180, 12000, 36000} <= values
    assert 24 not in values  # 实行24小时开放, 全天24小时服务, 24小时值班: when it is open


GUARD_HOURS_STAY = """长沙晚报    2024年5月6日  星期一  第A5版

天心区：志愿服务时长超过10万小时
本报讯（记者 彭子涵）今年以来，天心区志愿者累计服务时长达12万小时，主要领导24小时待命，接听群众来电3200个。
"""


def test_guard_service_totals_and_a_standby_stay_facts():
    (art,) = _arts(GUARD_HOURS_STAY)
    values = {f["value"] for f in art["facts"]}
    assert {120000, 3200} <= values
    assert 24 in values  # 24小时待命: a duty span, not a service's opening hours


# plain `pdftotext` of a county paper's front page: a headline in large type broken over four
# very short lines, right above the byline
FOUR_LINE_HEADLINE = """今日平潭
2023年5月16日 星期二
第1版 要闻
责任编辑：何晓东 美术编辑：林帆

渔村巷道
“美颜”
让游客
愿意多留
记者 翁思琪 通讯员 游 华
本报讯 走进流水镇的渔村，巷道
干净整洁，墙绘随处可见。今年以来，
平潭共完成渔村巷道整治31条，
新增停车位260个。
"""


def test_a_headline_broken_over_four_short_lines_keeps_its_first_line():
    (art,) = _arts(FOUR_LINE_HEADLINE)
    assert art["title"] == "渔村巷道“美颜”让游客愿意多留"
    assert art["authors"] == ["翁思琪", "游华"]
    assert {31, 260} <= {f["value"] for f in art["facts"]}


# (guard) a column's name over a three-line headline stack stays apart from the title
GUARD_COLUMN_OVER_STACK = """今日祁阳
2023年6月2日 星期五
第2版 综合
责任编辑：唐可 美术编辑：蒋林

文明创建进行时
老街
“微改造”
见实效
记者 邓晓军
本报讯 今年以来，祁阳市完成老街
微改造项目12个，新增绿地3500平方米。
"""


def test_guard_a_column_name_over_a_three_line_stack_is_no_title_line():
    (art,) = _arts(GUARD_COLUMN_OVER_STACK)
    assert not art["title"].startswith("文明创建进行时")
    assert "“微改造”" in art["title"]
