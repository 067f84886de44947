"""Shapes of wrapper documents carrying news items (round 35, helper d): an information bulletin
sent up to leaders, a congress inspection report. Every page here was written for these tests,
about places in Hubei and Sichuan (not the held-out pages' places); names invented."""
from __future__ import annotations

from conftest import page_articles as _arts


BULLETIN = """创建工作信息专报
第8期（总第41期）

湖北省文明办秘书处编　　　　　　2022年5月20日

【编者按】现将两县推进移风易俗的做法予以编发，供各地学习借鉴。

谷城县：“积分超市”换来文明新风
谷城县在全县120个村开设“积分超市”，村民参与环境整治、志愿服务可获积分兑换生活用品。今年以来，全县累计发放积分46万分，兑换物品价值38万元。
（谷城县文明办供稿）

南漳县：“孝善基金”让老人安享晚年
南漳县在18个乡镇推行“孝善基金”，子女每月缴纳赡养金，财政按比例奖补。目前，已有7200名老人受益，累计发放奖补资金210万元。
（南漳县委宣传部供稿）

报：省委宣传部领导
送：各市州文明办
发：各县（市、区）文明办　　　　　　　　　　　（共印40份）
"""


def test_a_bulletins_items_are_articles_with_their_own_titles_and_places():
    arts = _arts(BULLETIN)
    assert [a["title"] for a in arts] == ["谷城县：“积分超市”换来文明新风", "南漳县：“孝善基金”让老人安享晚年"]
    assert [a["adcode"] for a in arts] == ["420625", "420624"]
    assert all(a["date"]["value"] == "2022-05-20" for a in arts)
    assert all(a["outlet"] is None for a in arts)  # a bulletin sent up to leaders is no outlet
    assert {7200, 2100000} <= {f["value"] for f in arts[1]["facts"]}
    assert all("供稿" not in p["text"] for a in arts for p in a["body"])


def test_a_source_line_closing_one_report_splits_nothing():
    """Guard: one report under one headline with its office's closing credit stays one article."""
    page = """谷城县：“积分超市”换来文明新风
谷城县在全县120个村开设“积分超市”，村民参与环境整治可获积分。
今年以来，全县累计发放积分46万分，兑换物品价值38万元。
（谷城县文明办供稿）
"""
    (art,) = _arts(page)
    assert art["title"] == "谷城县：“积分超市”换来文明新风"
    assert art["adcode"] == "420625"


INSPECTION_REPORT = """蓬溪人大网 > 监督工作 > 执法检查
发布时间：2021-11-18 09:40

关于检查《四川省文明行为促进条例》在我县贯彻实施情况的报告
——2021年10月29日在县第十八届人大常委会第三次会议上
县人大常委会执法检查组组长　邹明远

主任、各位副主任、各位委员：
根据年度监督工作计划，执法检查组于9月至10月对条例在我县的实施情况进行了检查。现将检查情况报告如下：
一、主要成效
全县共开展条例宣讲活动96场，发放宣传资料2.4万份。县城新增公共停车泊位1380个，全县注册志愿者达到2.2万人。
二、存在的问题
一是部分单位对条例第十五条规定的禁止行为执法不到位；二是抽查的40个村中有9个村未设立宣传栏。
"""


def test_an_inspection_reports_speaker_is_its_author_and_the_county_its_place():
    (art,) = _arts(INSPECTION_REPORT)
    assert art["title"] == "关于检查《四川省文明行为促进条例》在我县贯彻实施情况的报告"
    assert art["authors"] == ["邹明远"]
    assert art["adcode"] == "510921"  # 我县 of the site 蓬溪人大网, not the province the law is of
    assert art["date"]["value"] == "2021-11-18"
    assert {96, 24000, 1380} <= {f["value"] for f in art["facts"]}


def test_a_province_in_a_headline_outside_a_laws_name_still_counts():
    """Guard: a headline naming the province itself (not a law of it) keeps the province."""
    page = """四川省文明行为促进工作现场推进会召开
发布时间：2021-11-18 09:40

11月17日，全省文明行为促进工作现场推进会召开。会议要求各地扎实推进条例实施，共有21个市州参加。
"""
    (art,) = _arts(page)
    assert art["adcode"] == "510000"
