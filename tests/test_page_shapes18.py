"""Shapes of the eighteenth round (issue 14): a county media centre's video page, tried in a
clean clone as a new user would. Every page here was written for these tests."""
from __future__ import annotations

import pytest

from conftest import page_articles as _arts

VIDEO_PAGE = """首页 > 新闻中心 > 县域动态
【视频】三都：都柳江畔“文明夜市”亮起来
来源：三都水族自治县融媒体中心  发布时间：2024-08-09 20:15  点击：935
【视频时长】03:12
（记者 潘玉兰 陈安宁）入秋以来，三都水族自治县三合街道的都柳江畔夜市人气渐旺。县里把创建文明城市与夜间经济结合起来，划定摊位72个，设置垃圾分类点9处，安排志愿者30余名轮流值守。
“以前摊子摆到路中间，现在划线入位，清爽多了。”摊主吴小芳说。
据统计，夜市开市以来日均客流约2500人次。
责任编辑：蒙远
"""


def test_a_video_pages_running_time_is_furniture_and_its_bracketed_byline_names_both_reporters():
    (art,) = _arts(VIDEO_PAGE)
    assert art["title"] == "三都：都柳江畔“文明夜市”亮起来"
    # 陈安宁 ends like 安宁市: a byline that names no place it reported from keeps the whole name
    assert art["authors"] == ["潘玉兰", "陈安宁"]
    assert art["adcode"] == "522732"
    assert art["date"]["value"] == "2024-08-09"
    assert "03:12" not in art["body"][0]["text"]
    assert {f["value"] for f in art["facts"]} == {72, 9, 30, 2500}


@pytest.mark.parametrize("lead,authors", [
    # a byline that says where it was reported from still loses the place (德昌 is a county)
    ("【本报讯】记者 岑晓梅 德昌报道：今年以来，德昌县新建口袋公园12个。", ["岑晓梅"]),
    ("（记者 岑晓梅 韦德昌）今年以来，德昌县新建口袋公园12个。", ["岑晓梅", "韦德昌"]),
])
def test_only_a_reported_from_byline_ends_in_a_place(lead, authors):
    page = "德昌县口袋公园扮靓街巷\n" + lead + "\n市民纷纷点赞。\n"
    (art,) = _arts(page)
    assert art["authors"] == authors


@pytest.mark.parametrize("paper,label,title,adcode", [
    ("凉山日报", "盐源：", "果园里办起“文明夜校”", "513423"),
    ("果洛报", "达日县:", "草原牧民争当“文明家庭”", "632624"),
    ("防城港日报", "边城东兴：", "口岸街头的“文明驿站”", "450681"),
])
def test_a_place_label_over_the_headline_is_its_first_words(paper, label, title, adcode):
    page = (f"{paper}  2024年5月9日  第3版  县市新闻\n\n{label}\n{title}\n本报记者 马海英\n"
            f"今年以来，当地组织志愿者120名开展文明宣传，覆盖群众3.5万人次。\n")
    (art,) = _arts(page)
    assert art["title"].replace(":", "：") == (label + title).replace(":", "：")
    assert art["adcode"] == adcode


@pytest.mark.parametrize("label", ["聚焦创城——", "作品全文：", "创城进行时"])
def test_a_kicker_naming_no_place_stays_over_the_headline(label):
    page = (f"{label}\n盐源县果园里办起“文明夜校”\n本报记者 马海英\n"
            "今年以来，盐源县组织志愿者120名开展文明宣传，覆盖群众3.5万人次。\n")
    (art,) = _arts(page)
    assert art["title"] == "盐源县果园里办起“文明夜校”"


def test_a_database_records_labelled_title_and_author_are_its_title_and_author():
    page = ("标题：宁安市：镜泊湖畔文明新风劲吹\n作者：宋立军\n来源：牡丹江日报\n日期：2023-06-02\n"
            "版次：第03版\n正文：\n　　近年来，宁安市建成新时代文明实践站112个，组建志愿服务队87支。\n"
            "　　“村里处处干净整洁。”村民付长林说。\n")
    (art,) = _arts(page)
    assert art["title"] == "宁安市：镜泊湖畔文明新风劲吹"
    assert art["authors"] == ["宋立军"]
    assert art["adcode"] == "231084" and art["date"]["value"] == "2023-06-02"


BULLETED_BRIEFS = """{label}■ 6月3日，沁阳市开展“文明餐桌”主题活动，发放倡议书5000余份。（郑晓丽）
■ 近日，孟州市启动背街小巷整治行动，清理杂物320余吨。（通讯员 韩卫东）
■ 6月1日上午，博爱县举办志愿服务集市，参与群众1500余人。（李彦红）
"""


@pytest.mark.parametrize("label", ["■县市简讯\n", ""])
def test_a_brief_columns_bulleted_items_are_articles_of_their_own(label):
    arts = _arts(BULLETED_BRIEFS.format(label=label))
    assert [a["title"] for a in arts] == ["沁阳市开展“文明餐桌”主题活动", "孟州市启动背街小巷整治行动",
                                         "博爱县举办志愿服务集市"]
    assert [a["authors"] for a in arts] == [["郑晓丽"], ["韩卫东"], ["李彦红"]]
    assert [a["adcode"] for a in arts] == ["410882", "410883", "410822"]
    assert [[f["value"] for f in a["facts"]] for a in arts] == [[5000], [320], [1500]]


def test_an_articles_marked_list_of_deeds_stays_one_article():
    page = ("孟州市城乡面貌焕然一新\n本报讯 今年以来，孟州市扎实推进创建工作。\n"
            "■ 完成老旧小区改造26个，惠及居民3100户。\n■ 新建垃圾分类投放点48处。\n"
            "■ 组建志愿服务队12支，开展活动260场次。\n")
    (art,) = _arts(page)
    assert art["title"] == "孟州市城乡面貌焕然一新"


@pytest.mark.parametrize("body,adcode", [
    # the bare name a prefecture shares with its own city, the city named in full in the text
    ("走进楚雄市鹿城镇，街巷干净整洁。近年来，楚雄市改造背街小巷86条。", "532301"),
    # the prefecture named by another word too: the prefecture
    ("楚雄州各县市扎实推进创建，楚雄市改造背街小巷86条，禄丰市新建公园12个。", "532300"),
    # a district's full name never takes the bare name: the city
    ("克拉玛依区改造背街小巷86条。", "650200"),
])
def test_a_bare_name_shared_by_a_prefecture_and_its_city_follows_the_full_name_in_the_text(body, adcode):
    name = "克拉玛依" if "克拉玛依" in body else "楚雄"
    page = f"{name}：文明新风扑面来\n人民网昆明5月6日电 （记者 杨丽华）{body}\n"
    (art,) = _arts(page)
    assert art["adcode"] == adcode


TWO_ITEMS_UNDER_A_DATED_HEAD = """2024年10月18日 星期五
第A06版：区县

醴陵市“文明积分”攒出乡村好风尚
株洲日报全媒体记者 刘晓宇 通讯员 彭佳

  10月16日，在醴陵市孙家湾镇，村民们拿着积分卡到“文明超市”兑换生活用品，全市参与农户8.6万户。

炎陵县红色景区里的“文明导游”
县融媒体中心记者 周敏

  国庆假期，炎陵县接待游客26万人次，景区组织文明引导员160名上岗服务。
"""


def test_the_paper_before_a_bylines_role_is_the_outlet_where_nothing_else_names_one():
    first, second = _arts(TWO_ITEMS_UNDER_A_DATED_HEAD)
    assert first["outlet"] == "株洲日报" and first["authors"] == ["刘晓宇", "彭佳"]
    # (a county's centre unnamed, 县融媒体中心记者, names no outlet)
    assert second["outlet"] is None and second["authors"] == ["周敏"]
    assert first["provenance"]["outlet"]["confident"] is False
