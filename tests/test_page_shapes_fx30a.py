"""Shapes of pages the pipeline had not seen (held-out set 30's kinds, helper fx30a). Every page
here was written for these tests, about places in Guizhou and others (not the held-out pages'
places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts
from conftest import sentence_facts


def _facts(art: dict) -> set[tuple]:
    return {(f["value"], f["unit"]) for f in art["facts"]}


def _ranks(sentence: str) -> list:
    """The ranks the pipeline reads from one sentence (facts of kind rank)."""
    from build_tools.extract.facts import ALL_FACT_KINDS, extract_facts
    art = {"slug": "t", "region": "某地", "adcode": "520522", "page_url": "/t/"}
    return [f["value"] for f in extract_facts(art, [(sentence, "s1")], kinds=ALL_FACT_KINDS) if f["kind"] == "rank"]


def test_a_placing_won_in_an_assessment_is_a_rank():
    assert _ranks("在全州城乡环境整治考评中，石阡县获得第1名。") == [1]
    assert _ranks("农村人居环境整治考核中，湄潭县连续三年获得全市第一。") == [1]
    assert _ranks("在全省志愿服务项目大赛中，该项目荣获第三名。") == [3]
    # (第一 as an ordinal after a placing verb is no rank: 第一批, 第二届, 第一阶段)
    for s in ("该村获得第一批省级文明村称号。", "他荣获第二届“最美志愿者”称号。", "全县取得第一阶段的胜利。"):
        assert _ranks(s) == [], s


def test_places_moved_in_a_ranking_and_voyages_have_their_units():
    assert (4, "位次") in set(sentence_facts("今年测评成绩较上年提升4个位次。", qualifier=False))
    assert (3600, "航次") in set(sentence_facts("志愿者累计登船劝导3600余航次。", qualifier=False))
    assert (150, "班次") in set(sentence_facts("节日期间加开城乡公交150班次。", qualifier=False))


REPOST_PAGE = """黔东南头条

凯里市：“邻里食堂”开到老人家门口

2023-09-12 10:18  来源：黔东南日报·黔东南头条

黔东南日报·黔东南头条 记者 杨秋菊 通讯员 吴大海

走进凯里市大十字街道的邻里食堂，十几位老人正围坐在一起吃午饭。

截至目前，凯里市已建成社区邻里食堂23处，累计服务老人4.2万人次。
"""


def test_a_repost_naming_a_paper_and_its_app_gives_the_outlet_and_the_date():
    art = _arts(REPOST_PAGE)[0]
    assert art["title"] == "凯里市：“邻里食堂”开到老人家门口" and art["subtitle"] == ""
    assert art["authors"] == ["杨秋菊", "吴大海"]  # the paper·app before 记者 is no author
    assert art["date"]["value"] == "2023-09-12"
    assert art["outlet"] == "黔东南日报"


EPAPER_NO_LAYOUT = """遵义日报
2024年6月12日 星期三
A3
县域新闻
湄潭：背街小巷装上
“文明路灯”
本报记者 罗晓燕 通讯员 湄宣
“以前晚上不敢出门，现在路灯亮
堂堂。”在湄潭县湄江街道，居民
说起新装的路灯很高兴。
今年以来，湄潭县在背街小巷新装
路灯620盏，整治破损路面31处。
正安：“口袋书屋”点亮
乡村夜晚
本报讯（记者 冉丽华 通讯员 正宣）
近日，正安县瑞溪镇的“口袋书屋”
正式开放，村民在家门口就能借书。
据介绍，正安县今年已建成口袋书屋
45个，配备图书2.6万册。
"""


def test_a_headline_wrapped_short_under_its_place_label_is_one_title():
    arts = _arts(EPAPER_NO_LAYOUT)
    assert [a["title"] for a in arts] == ["湄潭：背街小巷装上“文明路灯”", "正安：“口袋书屋”点亮乡村夜晚"]
    assert all(a["subtitle"] == "" for a in arts)


GOV_SITE_PAGE = """务川仡佬族苗族自治县人民政府
发布日期：2024-03-06
务川：“文明驿站”温暖山乡
来源：务川县融媒体中心  作者：申小梅 田大川
近年来，务川县在农村建设“文明驿站”，集政策宣讲、便民服务于一体。目前，全县已建成驿站64个。
务川县丰乐镇“文明驿站”里的宣讲活动。杨明轩 摄
2023年，各驿站共开展宣讲活动1260场次，服务群众8.5万人次。
"""


def test_a_caption_credit_right_after_its_sentence_stop_names_the_photographer():
    art = _arts(GOV_SITE_PAGE)[0]
    assert art["photographers"] == ["杨明轩"]
    assert art["authors"] == ["申小梅", "田大川"]


OCR_ITEMS_PAGE = """铜仁日报
2024年5月9日 星期四 第3版 县域
江口:梵净山下的"文明旅游"
文/图 杨小军
"五一"假期,江口县在梵净山景区设立文明旅游服务点14个,招
募文明旅游志愿者260名,为游客提供咨询引导服务.
去年,江口县共接待游客480万人次,旅游投诉同比下降35%.在全市
县域旅游发展评价中,江口县排名第三.咨询电话:(0856)6523xxx.
石阡开展河道沿线文明劝导
5月以来,石阡县组织护林员和志愿者在河道沿线路口设立劝导点31个,
向沿河群众宣传文明垂钓、禁止乱倒垃圾,共发放宣传单1.2万份.
(龙海燕 杨帆)
"""


def test_an_ocr_item_after_a_line_ending_in_a_phone_number_is_an_item_of_its_own():
    arts = _arts(OCR_ITEMS_PAGE)
    assert [a["title"] for a in arts] == ["江口：梵净山下的“文明旅游”", "石阡开展河道沿线文明劝导"]
    assert arts[0]["authors"] == ["杨小军"] and arts[1]["authors"] == ["龙海燕", "杨帆"]
    assert (31, "个") in _facts(arts[1])
