"""Columns of short items, each item an article of its own (issue 14, set 45's kinds): a
一句话新闻 column of ◆-marked one-line items led by a place and a wide space, a roundup of
"地名：text" lines under the column's name, and 图片新闻 picture stories (a title line over a
credited caption) alone on a page or between two reports. Every page here was written for
these tests, about places in Hebei, Zhejiang and Qinghai (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


ONE_LINE_NEWS = """一句话新闻
来源：衡水新闻网　2021年5月12日

◆桃城区　近日对城区41条背街小巷的违规广告进行集中清理。
◆枣强县　新建口袋公园9处，方便群众就近休闲。
◆武邑县　本月开展文明交通劝导活动，劝导行人2600人次。
"""


def test_one_line_news_items_led_by_a_place_are_articles_titled_by_it():
    arts = _arts(ONE_LINE_NEWS)
    assert [a["title"] for a in arts] == ["桃城区", "枣强县", "武邑县"]
    assert [a["adcode"] for a in arts] == ["131102", "131121", "131122"]
    assert all(a["outlet"] == "衡水新闻网" for a in arts)  # (the column's name is no outlet)
    assert {f["value"] for f in arts[1]["facts"]} == {9}


ROUNDUP_COLON = """县区创城动态
西宁新闻网　2019-03-08

大通回族土族自治县：组织志愿服务小分队32支，清理河道垃圾18吨。
互助土族自治县：完成城区老旧小区改造11个，惠及居民3200户。
湟源县：开展文明餐桌宣传，发放倡议书6000份。
（综合各地来稿　编辑：马晓梅）
"""


def test_a_roundups_place_and_colon_lines_are_items_of_their_own():
    arts = _arts(ROUNDUP_COLON)
    assert [a["title"] for a in arts] == ["大通回族土族自治县", "互助土族自治县", "湟源县"]
    assert [a["adcode"] for a in arts] == ["630121", "630223", "630123"]
    assert all(a["outlet"] == "西宁新闻网" and a["authors"] == [] for a in arts)
    assert {f["value"] for f in arts[2]["facts"]} == {6000}


REPORT_WITH_PLACE_PARAGRAPHS = """湟中县多措并举推进创城

本报记者 韩立新
湟中县今年以来多措并举推进文明城市创建工作。
鲁沙尔镇：新建文明实践站4个，服务群众1200人次。
多巴镇：完成背街小巷整治15条，群众满意度明显提升。
"""


def test_guard_a_reports_town_paragraphs_led_by_a_colon_stay_in_the_report():
    (art,) = _arts(REPORT_WITH_PLACE_PARAGRAPHS)
    assert art["title"] == "湟中县多措并举推进创城"
    assert art["authors"] == ["韩立新"]


PHOTO_NEWS_PAGE = """甬上观察
图片新闻
2023-06-02

海曙：老街巷换新颜
海曙区对月湖周边12条老街巷进行立面整治，街巷环境明显改善。（陈晓峰 摄）

鄞州：口袋公园添绿意
鄞州区今年建成口袋公园25个，新增绿地面积3.4万平方米。（林可欣 摄）
"""


def test_a_page_of_picture_stories_gives_one_article_per_story():
    arts = _arts(PHOTO_NEWS_PAGE)
    assert [a["title"] for a in arts] == ["海曙：老街巷换新颜", "鄞州：口袋公园添绿意"]
    assert [a["photographers"] for a in arts] == [["陈晓峰"], ["林可欣"]]
    assert [a["authors"] for a in arts] == [[], []]
    assert [a["adcode"] for a in arts] == ["330203", "330212"]


PHOTO_ITEM_BETWEEN = """宁波新闻网　2024-04-18

江北区开展“洁净家园”行动
本网讯（记者 严思远）江北区本月组织居民开展“洁净家园”行动，累计清理卫生死角860处。

图片新闻
海曙区：志愿者护河在行动
4月16日，海曙区50余名志愿者沿着南塘河两岸捡拾垃圾、清理杂物。何嘉诚 摄

鄞州区为80个小区增设充电桩
本网讯　鄞州区近期为辖区内80个小区增设电动自行车充电桩，消防隐患明显减少。（宋雨桐）
"""


def test_a_picture_story_under_its_columns_name_between_two_reports_is_its_own_article():
    arts = _arts(PHOTO_ITEM_BETWEEN)
    assert [a["title"] for a in arts] == ["江北区开展“洁净家园”行动", "海曙区：志愿者护河在行动",
                                         "鄞州区为80个小区增设充电桩"]
    assert arts[0]["photographers"] == [] and arts[1]["photographers"] == ["何嘉诚"]
    assert arts[1]["authors"] == [] and arts[1]["adcode"] == "330203"
