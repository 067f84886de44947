"""Shapes of pages holding two to four articles (set 43's kinds), written for these tests about
places in Hunan (株洲, 衡阳) and Sichuan (宜宾), not the held-out pages' places; every name
invented."""
from __future__ import annotations

from conftest import page_articles as _arts


FRONT_PAGE_WITH_CONTENTS = """株洲晚报
2024年5月14日 星期二 A01 今日12版
芦淞区背街小巷
完成新一轮提质改造
□记者 龙佳怡
本报讯 记者昨天从芦淞区获悉,该区今年已完成背街小巷提质改造46条,新增路灯310盏,
铺设透水砖2.6万平方米。
(下转A04版)
荷塘区“文明驿站”进驻公交首末站
本报讯(记者 孟书航 通讯员 柏若溪)近日,荷塘区在公交首末站设立文明驿站9个,
为司机和乘客提供饮水、充电、应急药品等服务。
■今日导读
A03 创文志愿者的一天
A06 夜市烟火气回来了
A09 老旧小区加装电梯提速
"""


def test_a_front_pages_contents_box_with_the_page_code_first_is_no_byline():
    arts = _arts(FRONT_PAGE_WITH_CONTENTS)
    second = next(a for a in arts if "荷塘区" in a["title"])
    assert second["authors"] == ["孟书航", "柏若溪"]
    text = " ".join(p["text"] for a in arts for p in a["body"])
    assert "夜市烟火气" not in text and "导读" not in text


EPAPER_WITH_SPACED_EDITION = """宜宾日报 数字报刊
当前版：A06 区县新闻  2023-11-02

翠屏区：垃圾分类“积分兑换”进小区
记者 傅清扬

翠屏区今年在58个小区推行垃圾分类积分兑换，居民参与率达到81%。

南溪区：长江岸线“保洁员”上岗
记者 闵书瑶 通讯员 蓝一舟

南溪区在长江岸线配备保洁员64名，每天巡查清理岸线垃圾。

【打印本页】【关闭窗口】
"""


def test_an_epapers_name_before_its_spaced_edition_word_is_the_outlet():
    arts = _arts(EPAPER_WITH_SPACED_EDITION)
    assert len(arts) == 2
    assert all(a["outlet"] == "宜宾日报" for a in arts)


STACKS_PAGE = """衡阳晚报　2024年3月5日　星期二　第7版　县区

珠晖区：
“湘江”沿岸
健身步道连成线
　　今年以来，珠晖区沿湘江建设健身步道，已建成步道8.4公里，沿线新建休息亭12个。（卜思远　喻兰心）

蒸湘区推出“一户一档”新规
将养犬家庭纳入网格管理
　　本报讯　记者从蒸湘区获悉，该区日前推出养犬家庭“一户一档”管理办法，辖区约3100户养犬家庭已建档。（记者　晏清和）

蒸湘区“文明守护岗”
每天放学时段上岗
　　本报讯　蒸湘区在辖区16所小学门口设立“文明守护岗”，由志愿者在放学时段维护秩序。（记者　晏清和）
"""


def test_a_title_with_a_quoted_object_over_a_line_of_how_is_title_and_subtitle():
    arts = _arts(STACKS_PAGE)
    assert len(arts) == 3
    assert arts[1]["title"] == "蒸湘区推出“一户一档”新规"
    assert arts[1]["subtitle"] == "将养犬家庭纳入网格管理"


def test_a_named_thing_over_how_often_it_acts_is_one_title():
    arts = _arts(STACKS_PAGE)
    assert arts[2]["title"] == "蒸湘区“文明守护岗”每天放学时段上岗"
    assert arts[2]["subtitle"] == ""
    assert arts[2]["adcode"] == "430408"


REPORT_AND_COMMENT = """衡阳晚报 2023年10月12日 A5 县区新闻
小街巷也有大变化
珠晖区“路长制”覆盖全部背街小巷
——每条街巷明确一名路长
本报记者 郎若川
今年以来，珠晖区在辖区推行“路长制”，全区136条背街小巷
每条都明确了一名路长，负责巡查市容、秩序和卫生。开展巡查以来，共发现并整改问题
820余个，居民投诉同比下降了29%。
短评
让每条小巷都有人管
一条小巷干净不干净，看的是有没有人天天管。路长制的好处，是把责任落到了具体的人
身上。责任明确了，更要让居民看到变化，小巷才会越来越干净。
（卓慕言）
"""


def test_a_comment_after_a_report_takes_the_reports_place():
    report, comment = _arts(REPORT_AND_COMMENT)
    assert report["adcode"] == "430405"
    assert comment["title"] == "让每条小巷都有人管"
    assert comment["adcode"] == "430405"


COMMENT_WITH_ITS_OWN_PLACE = """衡阳晚报 2023年10月12日 A5 县区新闻
珠晖区“路长制”覆盖全部背街小巷
本报记者 郎若川
今年以来，珠晖区在辖区推行“路长制”，全区136条背街小巷每条都明确了一名路长。
短评
蒸湘区也该学一学
蒸湘区的背街小巷不少，蒸湘区不妨也试一试，把责任落到具体的人身上。
（卓慕言）
"""


def test_guard_a_comment_naming_its_own_county_keeps_it():
    report, comment = _arts(COMMENT_WITH_ITS_OWN_PLACE)
    assert report["adcode"] == "430405"
    assert comment["adcode"] == "430408"
