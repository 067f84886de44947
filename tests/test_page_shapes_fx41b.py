"""Shapes of pages holding several articles (set 41's kinds, written for these tests): roundup
columns whose items are led by a place's label. Every sentence is made up; names invented;
places in Ningxia and Hainan (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


BRACKETED_ROUNDUP = """银川晚报   2022年6月14日   第5版   塞上

县区创城动态
【永宁】永宁县近日开展“文明集市”整治，全县清理占道摊点310处，规范停车泊位260个。
【贺兰】贺兰县今年在城区新建口袋公园9个，增设休闲座椅140组。
【灵武】灵武市组织“文明家庭”评选活动，全市评出文明家庭85户。
"""


def test_a_roundup_of_bracketed_place_labels_is_one_article_per_place():
    arts = _arts(BRACKETED_ROUNDUP)
    assert [a["title"] for a in arts] == ["永宁", "贺兰", "灵武"]
    assert [a["adcode"] for a in arts] == ["640121", "640122", "640181"]
    assert {310, 260} <= {f["value"] for f in arts[0]["facts"]}
    assert {9, 140} <= {f["value"] for f in arts[1]["facts"]}
    assert 85 in {f["value"] for f in arts[2]["facts"]}
    assert 310 not in {f["value"] for f in arts[1]["facts"]}


DASHED_ROUNDUP = """海南法治时报 2022年9月8日 第3版 市县传真

**定安**——定安县在县城主要路口设置“文明劝导岗”16个，9月以来劝导不文明行为430余人次。（通讯员 符海清）
**屯昌**——屯昌县开展“文明餐桌进机关”活动，全县52家机关食堂参与。（通讯员 王丽娟）
**琼中**——琼中黎族苗族自治县评选出“文明示范户”380户。（通讯员 黎春花）
"""


def test_a_roundup_of_dashed_place_labels_signed_by_correspondents_splits_with_their_names():
    arts = _arts(DASHED_ROUNDUP)
    assert [a["title"] for a in arts] == ["定安", "屯昌", "琼中"]
    assert [a["authors"] for a in arts] == [["符海清"], ["王丽娟"], ["黎春花"]]
    assert [a["adcode"] for a in arts] == ["469021", "469022", "469030"]
    assert 52 in {f["value"] for f in arts[1]["facts"]}


REPORT_WITH_TOWN_PARAGRAPHS = """银川晚报   2022年6月14日   第5版   塞上

平罗县多措并举推进文明城市创建

本报记者 马文静

    今年以来，平罗县把创城任务分解到各乡镇，各地结合实际推出各具特色的举措。
【城关镇】城关镇改造背街小巷12条，新增路灯300盏。
【黄渠桥镇】黄渠桥镇组建志愿服务队15支，开展活动60余场。
"""


def test_a_reports_paragraphs_led_by_its_towns_labels_stay_in_the_report():
    """Guard: under a report's own headline, paragraphs led by place labels are its parts."""
    (art,) = _arts(REPORT_WITH_TOWN_PARAGRAPHS)
    assert art["title"] == "平罗县多措并举推进文明城市创建"
    assert art["authors"] == ["马文静"]
    assert {12, 300, 15} <= {f["value"] for f in art["facts"]}


EPAPER_WITH_ONE_BRIEF = """石嘴山日报数字报  第03版：县区  2022年11月3日

平罗：背街小巷换新颜
记者 马晓燕
今年以来，平罗县改造背街小巷27条，新增路灯410盏，群众出行更加便利。

简讯
■惠农区“文明商户”名单公布 日前，惠农区评出“文明商户”66家。

大武口：志愿服务进社区
大武口区今年组建社区志愿服务队48支，开展志愿服务活动1200余场。
（记者 杨  帆 通讯员 丁思远）
"""


def test_one_marked_brief_under_its_columns_name_is_an_article_of_its_own():
    arts = _arts(EPAPER_WITH_ONE_BRIEF)
    assert [a["title"] for a in arts] == ["平罗：背街小巷换新颜", "惠农区“文明商户”名单公布", "大武口：志愿服务进社区"]
    assert 66 in {f["value"] for f in arts[1]["facts"]}
    assert 66 not in {f["value"] for f in arts[0]["facts"]}
    assert arts[1]["adcode"] == "640205"
    assert arts[2]["authors"] == ["杨帆", "丁思远"]


REPORTS_THEN_PAPERS_OWN_COMMENT = """固原日报  2022年8月16日  第3版  县区

西吉：小县城的“口袋公园”
——西吉县城区绿化提升见闻
记者  马  兰
西吉县今年在城区见缝插绿，建成口袋公园14个，新增绿地2.6万平方米。

隆德社区书屋添了“文明角”
隆德县今年在社区书屋设立“文明角”23个，已接待读者1.1万人次。
（记者  海晓东  通讯员  苏  琴）

六盘时评
口袋公园虽小，装的是民生大事
建口袋公园，不在大，在于方便。西吉的做法说明，群众的需要就是创建的方向。
（田志远）
"""


def test_a_papers_own_comment_column_after_reports_is_an_article_of_its_own():
    arts = _arts(REPORTS_THEN_PAPERS_OWN_COMMENT)
    assert [a["title"] for a in arts] == ["西吉：小县城的“口袋公园”", "隆德社区书屋添了“文明角”",
                                          "口袋公园虽小，装的是民生大事"]
    assert arts[1]["authors"] == ["海晓东", "苏琴"]  # (the comment's signer is not the report's)
    assert arts[1]["adcode"] == "640423"
    assert arts[2]["authors"] == ["田志远"]


FRONT_PAGE_WITH_ONE_LINE_NEWS = """吴忠日报
2022年10月12日 星期三  今日8版  第1版

利通区“文明积分”兑出好风气
本报讯记者从利通区获悉，该区今年在社区推行文明积分制度，参与居民已达2.4万人，累计兑换物品8600件。

一句话新闻
■利通区胜利街道近日组织志愿者清理楼道杂物1500余处。
■青铜峡市首批18个“文明示范小区”日前通过验收。
"""


def test_a_one_line_news_strip_after_a_report_is_one_article_with_its_facts():
    arts = _arts(FRONT_PAGE_WITH_ONE_LINE_NEWS)
    assert [a["title"] for a in arts] == ["利通区“文明积分”兑出好风气", "一句话新闻"]
    assert {1500, 18} <= {f["value"] for f in arts[1]["facts"]}
    assert not {1500, 18} & {f["value"] for f in arts[0]["facts"]}


def test_a_marked_byline_stays_a_byline():
    """Guard: a mark before a role and names is the byline under a title, not an item's text."""
    page = FRONT_PAGE_WITH_ONE_LINE_NEWS.replace(
        "本报讯记者从", "■本报记者 马晓东 通讯员 杨柳青\n记者从")
    arts = _arts(page)
    assert arts[0]["authors"] == ["马晓东", "杨柳青"]


TRADITIONAL_MIRROR = """中衛新聞網 > 縣區新聞
沙坡頭區：老舊小區換新顏
發佈時間：2022-07-05 09:30  來源：中衛新聞網  作者：馬麗娟 周海濤  瀏覽：2816
沙坡頭區今年對城區21個老舊小區實施改造，新增停車位640個。改造後，居民滿意度達到96.1%。
延伸閱讀
海原縣開展“文明家風”宣講活動
來源：中衛新聞網  2022-07-04 16:20
海原縣近日在全縣17個鄉鎮開展“文明家風”宣講活動，舉辦宣講48場。
"""


def test_a_traditional_mirrors_meta_line_with_a_view_count_gives_authors_and_date():
    arts = _arts(TRADITIONAL_MIRROR)
    assert arts[0]["title"] == "沙坡头区：老旧小区换新颜"
    assert arts[0]["authors"] == ["马丽娟", "周海涛"]
    assert arts[0]["date"]["value"] == "2022-07-05"
    assert 2816 not in {f["value"] for f in arts[0]["facts"]}
    assert arts[1]["adcode"] == "640522"
