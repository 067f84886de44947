"""Shapes of pages the pipeline had not seen (issue 14, seventh round): where a page comes from
told by its furniture, not its text. Every page here was written for these tests, about places
in Fujian, Liaoning, Hubei and Jilin (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


POST_FROM_A_PROVINCE = """鼓楼区这条老巷子“活”了！周末去打卡
原创 小鼓 鼓楼融媒 2024-03-09 19:05 发表于福建

最近
鼓楼区三坊七巷旁的一条老巷子
完成了改造

据了解，鼓楼区今年已改造背街小巷26条，新增口袋公园9个。

来源：鼓楼区融媒体中心
编辑：林晓
"""

BREADCRUMB_COPY = """首页 > 辽宁 > 沈阳新闻

和平区新建社区食堂12家 老人就餐可享补贴

2024-05-21 10:32  来源：沈阳日报

和平区民政局介绍，今年和平区已新建社区食堂12家，每天服务老人约3000人次。

责任编辑：张宁
"""


def test_a_shared_district_name_takes_its_city_from_the_posts_furniture():
    (a,) = _arts(POST_FROM_A_PROVINCE)
    assert a["adcode"] == "350102"      # 福州市鼓楼区, not 南京, 徐州 or 开封
    (b,) = _arts(BREADCRUMB_COPY)
    assert b["adcode"] == "210102"      # 沈阳市和平区, not 天津
    assert {f["adcode"] for f in b["facts"]} == {"210102"}


def test_without_the_furniture_the_shared_name_stays_undecided():
    """The furniture only tells readings apart: with it gone nothing picks a city by chance."""
    bare = BREADCRUMB_COPY.replace("首页 > 辽宁 > 沈阳新闻", "").replace("来源：沈阳日报", "")
    (b,) = _arts(bare)
    assert b["adcode"] != "120101"
    assert b["adcode"] is None or not b["provenance"]["region"]["confident"]
