"""Shapes of pages where several reports about ONE place follow each other (round s13): a
county or district paper's page is all about its own county, so the place a heading names
cannot tell a report of its own from a section of the report above. What opens a report is a
news headline naming its place over a news lead (when, or the place, first), or a lead that
opens with a dateline or a note saying the text continues from another page. Every page here
was written for these tests, about places in Shanxi, Yunnan, Heilongjiang, Jiangxi and
Guangxi; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts

COUNTY_PAGE = """洪洞县新建口袋公园12个
今年以来，洪洞县利用城区边角地新建口袋公园12个，新增绿地面积3.6万平方米，市民出门见绿的愿望正在变成现实。

洪洞县开展文明交通劝导活动
近日，洪洞县组织200余名志愿者在城区主要路口开展文明交通劝导，引导行人走斑马线。

洪洞县城区农贸市场完成提档升级
洪洞县城区4个农贸市场日前全部完成提档升级改造，新增停车位320个。
"""


def test_reports_on_one_county_printed_one_after_another_are_three_articles():
    arts = _arts(COUNTY_PAGE)
    assert [a["title"] for a in arts] == ["洪洞县新建口袋公园12个", "洪洞县开展文明交通劝导活动",
                                          "洪洞县城区农贸市场完成提档升级"]
    assert {a["adcode"] for a in arts} == {"141024"}
    # each report keeps its own facts
    assert {f["value"] for f in arts[1]["facts"]} >= {200}
    assert 200 not in {f["value"] for f in arts[0]["facts"]}
    assert {f["value"] for f in arts[2]["facts"]} >= {4, 320}


DISTRICT_PAGE = """虎林市完成背街小巷改造46条
虎林市今年完成背街小巷改造46条，铺设沥青路面8.2万平方米。

虎林市评出首批“文明家庭”100户
5月12日，虎林市召开文明家庭表彰会，首批100户家庭获评“文明家庭”。
"""


def test_a_lead_opening_with_its_date_or_its_place_opens_a_report_of_its_own():
    arts = _arts(DISTRICT_PAGE)
    assert [a["title"] for a in arts] == ["虎林市完成背街小巷改造46条", "虎林市评出首批“文明家庭”100户"]
    assert [a["adcode"] for a in arts] == ["230381", "230381"]


FEATURE = """洪洞县：文明之花处处开
本报记者 贺晓峰
近年来，洪洞县以创建省级文明县城为抓手，持续改善城乡面貌，群众获得感不断增强。

城区面貌焕然一新
今年以来，洪洞县新建口袋公园12个，新增绿地面积3.6万平方米。

志愿服务蔚然成风
截至目前，全县注册志愿者已达5.2万人，志愿服务组织410个。

洪洞县文明实践全覆盖
近日，记者走进洪洞县多个村庄，看到新时代文明实践站已实现全覆盖。
"""


def test_a_feature_with_section_heads_stays_one_article_even_when_its_last_head_names_the_county():
    arts = _arts(FEATURE)
    assert len(arts) == 1
    assert arts[0]["title"] == "洪洞县：文明之花处处开" and arts[0]["authors"] == ["贺晓峰"]


SHORT_HEADS = """勐海县：茶乡处处文明风
本报记者 岩温香
勐海县持续推进文明创建，城乡面貌明显改善。

勐海县城
今年以来，勐海县城新增停车泊位600个。
"""


def test_a_short_heading_naming_the_county_stays_a_section():
    arts = _arts(SHORT_HEADS)
    assert len(arts) == 1 and arts[0]["title"] == "勐海县：茶乡处处文明风"


CONTINUED = """资溪县推行“门前三包”责任制
本报讯（记者 饶春梅）资溪县在城区推行“门前三包”责任制，全县1600余家商户签订责任书。

资溪县创建省级文明县城工作综述
（上接第1版）与此同时，资溪县还组织机关干部下沉社区，认领志愿服务岗位820个。
"""


def test_a_part_continued_from_another_page_under_its_headline_is_an_article_of_its_own():
    arts = _arts(CONTINUED)
    assert [a["title"] for a in arts] == ["资溪县推行“门前三包”责任制", "资溪县创建省级文明县城工作综述"]
    assert arts[0]["authors"] == ["饶春梅"]
    assert 820 in {f["value"] for f in arts[1]["facts"]}
    assert 820 not in {f["value"] for f in arts[0]["facts"]}


NUMBERED_SECTION = """抚松县：长白山下文明新风劲吹
本报记者 金英姬
抚松县持续深化文明创建，城乡面貌焕然一新。

一、抚松县城区环境持续改善
今年以来，抚松县新建改建道路14条，城区绿化覆盖率达41.2%。
"""


def test_a_numbered_section_naming_the_county_stays_a_section_of_the_report():
    arts = _arts(NUMBERED_SECTION)
    assert len(arts) == 1 and arts[0]["title"] == "抚松县：长白山下文明新风劲吹"
    assert 14 in {f["value"] for f in arts[0]["facts"]}


AFTER_A_PLACELESS_REPORT = """“文明积分”兑出好风气
通讯员　王家顺
真武山街道推行“文明积分超市”，居民可用积分兑换日用品，累计兑换2.6万分。

图为志愿者在城区清理小广告。　本报记者　杨光明　摄

兴仁市开展“文明餐桌”行动
兴仁市在全市286家餐饮门店推行“光盘行动”，张贴提示牌1200余张。
（记者　张玉兰）
"""


def test_a_report_naming_its_place_after_a_report_that_names_none_is_an_article_of_its_own():
    arts = _arts(AFTER_A_PLACELESS_REPORT)
    assert [a["title"] for a in arts] == ["“文明积分”兑出好风气", "兴仁市开展“文明餐桌”行动"]
    assert arts[0]["authors"] == ["王家顺"] and arts[1]["authors"] == ["张玉兰"]
    assert arts[1]["adcode"] == "522302"
