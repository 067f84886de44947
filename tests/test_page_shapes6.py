"""Shapes of ordinary pages the pipeline had not seen (issue 14, sixth held-out set): a
headline with an unmarked subtitle over its byline, a running head led by its page, slashed
mastheads, a Latin name before the page, bylines labelled 撰文 / and 文·图 /, □文/□图 credits,
letter-spaced runs of two names, a dateline whose outlet carries brackets, a meta line with the
pictures' credit, a post set one clause a line. Every page here was written for these tests,
about places in Hubei, Hainan, Ningxia, Qinghai, Jiangxi and Zhejiang (not the held-out pages'
places)."""
from __future__ import annotations

from conftest import fact_places as _facts, page_articles as _arts


SUBTITLE_OVER_BYLINE = """A03  市县新闻                                              三亚日报
2024年6月4日  星期二                        责编：符明   美编：林丽

海棠湾渔村
渔家小院变身“共享书房”
全村已有32户参与改造，今年以来接待读者超1.1万人次

■ 本报记者  陈海燕
  特约记者  吴一鸣

　　海棠区在海棠湾渔村推行“共享书房”，32户渔家腾出小院，摆上书架。
"""


def test_an_unmarked_subtitle_and_a_running_head_led_by_its_page():
    (a,) = _arts(SUBTITLE_OVER_BYLINE)
    assert a["title"] == "渔家小院变身“共享书房”"
    assert a["subtitle"].lstrip("—") == "全村已有32户参与改造，今年以来接待读者超1.1万人次"
    assert (a["outlet"], a["newspaper_page"], a["date"]["value"]) == ("三亚日报", "A03", "2024-06-04")
    assert a["authors"] == ["陈海燕", "吴一鸣"]


SLASHED_MASTHEAD = """吴忠日报 / 2024年 / 9月 / 3日 / 第 2 版 / 城市·民生
------------------------------------------------------------
利通区的“暖心食堂”开张了
  ——辖区70岁以上老人每餐只需4元

撰文 / 全媒体记者 马晓丽

　　利通区金星镇的“暖心食堂”9月2日开张，首批登记就餐老人210名。
"""


def test_a_slashed_masthead_and_a_byline_labelled_with_a_slash():
    (a,) = _arts(SLASHED_MASTHEAD)
    assert (a["outlet"], a["date"]["value"], a["newspaper_page"]) == ("吴忠日报", "2024-09-03", "第2版")
    assert a["authors"] == ["马晓丽"]


LABELLED_CREDITS = """海东时报                                        2024年7月9日 星期二
HAIDONG TIMES                                   第03版：要闻

□文  本报记者  韩明
□图  李 娟

互助县的“土族盘绣”绣出致富路

　　互助土族自治县今年组织盘绣培训班12期，带动绣娘增收。
"""


def test_a_latin_masthead_name_and_labelled_word_and_picture_credits():
    (a,) = _arts(LABELLED_CREDITS)
    assert (a["date"]["value"], a["newspaper_page"]) == ("2024-07-09", "第03版")
    assert a["authors"] == ["韩明"] and a["photographers"] == ["李娟"]


BRACKETED_OUTLET_DATELINE = """恩施市新建“共享菜园”18处

荆楚网（湖北日报网）讯（记者向晓 通讯员谭丽 田维）恩施市今年新建“共享菜园”18处，居民认领菜地460块。
"""


def test_a_dateline_whose_outlet_carries_brackets_names_the_reporters():
    (a,) = _arts(BRACKETED_OUTLET_DATELINE)
    assert a["authors"] == ["向晓", "谭丽", "田维"]


CLAUSE_PER_LINE = """婺源发布
2024年10月8日 09:30 江西

婺源这条古街“焕新”归来，周末去逛逛

🌿
10月6日
修缮一新的
紫阳镇老街
正式开街迎客

📍
这条老街
全长约620米
沿街保留了
明清老建筑36处

📌
目前
已有28家商户入驻
涵盖徽墨歙砚、特色小吃
"""


def test_a_post_set_one_clause_a_line_is_one_article_with_its_facts():
    (a,) = _arts(CLAUSE_PER_LINE)
    assert a["title"] == "婺源这条古街“焕新”归来，周末去逛逛"
    assert {620, 36, 28} <= set(_facts(a))


TWO_PIECES_WEB_COPY = """宜春新闻网 > 本地新闻 > 县区动态

袁州区：老街里的“邻里议事厅”

2024-10-22 09:41:06   来源：宜春日报   浏览量：1,532   【字号：大 中 小】

　　袁州区今年已在全区建成“邻里议事厅”58个，收集解决群众诉求1160余件。
　　“以前有事不知道找谁，现在家门口就能说。”居民黄秋英说。（记者 彭丽萍 通讯员 李文）

万载县推行“文明积分超市”

　　万载县在全县行政村推行“文明积分超市”，今年以来累计发放积分26万分。（通讯员 艾晨）

责任编辑：吴磊
宜春新闻网版权所有　赣ICP备00000000号
"""


def test_a_web_copy_of_two_pieces_with_bylines_at_their_ends():
    arts = _arts(TWO_PIECES_WEB_COPY)
    assert [a["title"] for a in arts] == ["袁州区：老街里的“邻里议事厅”", "万载县推行“文明积分超市”"]
    assert [a["authors"] for a in arts] == [["彭丽萍", "李文"], ["艾晨"]]  # (李文: a name ending in 文)
    assert [a["adcode"] for a in arts] == ["360902", "360922"]
    assert arts[0]["date"]["value"] == "2024-10-22"
