"""Shapes of pages the pipeline had not seen (issue 14, held-out sets 9 and 10): where a page's
place, outlet and date are printed. Every page here was written for these tests, about places
other than the held-out pages' (Gansu, Jiangsu, Guangxi, Sichuan, Shandong, Jilin ...)."""
from __future__ import annotations

from conftest import page_articles as _arts


# a county's site: a township whose name holds a prefecture's short name (桂林), a village whose
# name holds another (柳州), the township named as the 来源
TOWNSHIP_ON_A_COUNTY_SITE = """岷县人民政府
首页 | 政务公开 | 新闻中心 | 乡镇动态 | 走进岷县
您现在的位置：首页 > 新闻中心 > 乡镇动态

桂林湾镇：文明积分兑出乡村新风尚

发布时间：2024-05-09　　来源：桂林湾镇　　作者：包晓东　　浏览次数：842

　　初夏时节，桂林湾镇石柳州村的文明积分超市里，村民们拿着积分卡换来了洗衣粉和毛巾。
　　今年以来，桂林湾镇在全镇推行文明积分制度，全镇21个村建起积分超市，累计兑换积分3.6万分。
　　桂林湾镇负责人说，下一步将把积分制度和人居环境整治结合起来，让好风气在各村扎下根。

上一篇：梅川镇召开春季防火工作会议
主办：岷县人民政府办公室
"""


def test_a_townships_name_is_no_mention_of_the_division_it_contains():
    (a,) = _arts(TOWNSHIP_ON_A_COUNTY_SITE)
    assert a["adcode"] == "621126"          # 岷县 (its site), not 桂林市 or 柳州市
    assert {f["adcode"] for f in a["facts"]} == {"621126"}


def test_a_township_as_the_source_is_no_outlet():
    (a,) = _arts(TOWNSHIP_ON_A_COUNTY_SITE)
    assert a["outlet"] == "岷县人民政府"     # the site, not the township that sent the text
    assert a["date"]["value"] == "2024-05-09"


def test_a_division_named_before_its_own_towns_still_counts():
    """The short name before a two-character town's name (溧阳社渚镇), before 各镇 or 城乡 is the
    division itself."""
    page = """溧阳社渚镇：老街开出“文明茶馆”

　　溧阳社渚镇的老街上，一家“文明茶馆”成了居民议事的好去处。溧阳各镇今年共建成文明茶馆15家，溧阳城乡居民都能就近喝茶议事。
"""
    (a,) = _arts(page)
    assert a["adcode"] == "320481"          # 溧阳市


# a site of another city reposts a provincial paper's story about a development zone; its menu
# names the site's own city, and its meta line carries a label the site uses (选稿)
REPOST_OF_A_ZONE = """齐鲁壹点 首页 | 新闻 | 济南 | 国内 | 国际 | 财经 | 视频
齐鲁壹点 > 新闻 > 省内新闻

高新区：企业车间里办起“道德讲堂”

2023-09-12 08:15:20　来源：四川日报　作者：记者 罗晓岚　选稿：王立群

　　午休时分，郫都区一家电子企业的车间里，二十多名工人围坐在一起听身边的好人讲故事。
　　这家企业所在的成都高新区西区片区位于郫都区境内。近年来，郫都区在园区企业中推广“道德讲堂”，已建成企业讲堂46个，今年参与职工超过2.1万人次。

责任编辑：王立群
"""


def test_a_sites_menu_does_not_name_a_reposts_place():
    (a,) = _arts(REPOST_OF_A_ZONE)
    assert a["adcode"] == "510117"          # 郫都区, which holds the zone; not 济南 (the site's menu)


def test_a_reposts_printed_date_is_used():
    (a,) = _arts(REPOST_OF_A_ZONE)
    assert a["date"] == {**a["date"], "value": "2023-09-12", "source": "printed"}
