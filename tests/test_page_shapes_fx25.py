"""Shapes of pages the pipeline had not seen (held-out set 25's kinds, helper fx25). Every page
here was written for these tests, about places in Guangxi, Jiangxi, Hunan and others (not the
held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


# an e-paper PDF page with two articles and no mark between them: the first signed 文并摄 under
# its title, the second's title right under the first's caption, a dateline lead under it
TWO_ON_A_PDF_PAGE = """南国早报 2023年9月12日 星期二 A05 八桂新闻
兴安：灵渠古镇“扮靓”迎客来
南国早报记者 覃小雁 文并摄
初秋的兴安，灵渠两岸游人如织。今年，兴安县对古镇2.6万平方米的石板路进行了修缮，并在38个居民小区设置了分类垃圾亭。
县里还招募了15支志愿服务队，在景区入口开展文明引导。
志愿者在灵渠边劝导游客。覃小雁 摄
灌阳：“文明积分”积出乡村新风
本报讯 (通讯员 蒋丽华 记者 韦国庆) 灌阳县近日在9个乡镇推行“文明积分”，4200余户村民参与。村里的积分超市兑换率达到81%。
"""


def test_a_pdf_page_of_two_articles_is_split_at_the_second_title_and_credits_its_photographer():
    arts = _arts(TWO_ON_A_PDF_PAGE)
    assert [a["title"] for a in arts] == ["兴安：灵渠古镇“扮靓”迎客来", "灌阳：“文明积分”积出乡村新风"]
    assert arts[0]["authors"] == ["覃小雁"] and arts[0]["photographers"] == ["覃小雁"]  # 文并摄: words and pictures
    assert set(arts[1]["authors"]) == {"蒋丽华", "韦国庆"}
    assert arts[0]["adcode"] == "450325" and arts[1]["adcode"] == "450327"


# a WeChat post holding two items of one county, each with its writer: the first under a meta
# line naming its author, the second signed in brackets at its end
TWO_ITEMS_IN_A_POST = """遂川融媒 2023-10-18 19:05 江西
山乡古村焕发文明新貌
作者：刘春燕 编辑：郭明
遂川县近年来在全县30个行政村开展“美丽庭院”创建活动，2.4万户群众参与，村容村貌焕然一新。
遂川县“红领巾”走上街头劝文明
遂川县在14所小学开展“红领巾劝导”活动，1800名学生走上街头劝导不文明行为。（通讯员 肖文斌）
来源：遂川县融媒体中心
"""


def test_a_posts_second_item_signed_at_its_end_is_an_article_of_its_own():
    arts = _arts(TWO_ITEMS_IN_A_POST)
    assert [a["title"] for a in arts] == ["山乡古村焕发文明新貌", "遂川县“红领巾”走上街头劝文明"]
    assert arts[0]["authors"] == ["刘春燕"] and arts[1]["authors"] == ["肖文斌"]


SECTIONS_SIGNED_BY_THE_WRITER = """遂川融媒 2023-10-18 19:05 江西
山乡古村焕发文明新貌
作者：刘春燕 编辑：郭明
遂川县近年来在全县30个行政村开展“美丽庭院”创建活动，2.4万户群众参与，村容村貌焕然一新。
遂川县“红领巾”走上街头劝文明
遂川县在14所小学开展“红领巾劝导”活动，1800名学生走上街头劝导不文明行为。（刘春燕）
"""


def test_a_section_signed_again_by_the_posts_own_writer_stays_in_the_post():
    # guard: the names at the end are the header's writer's: one article
    assert len(_arts(SECTIONS_SIGNED_BY_THE_WRITER)) == 1


# an 引题 run into the title after a comma; the title opens with its place's label
KICKER_WITH_A_COMMA = """赣南日报 2024年3月5日 星期二 第3版
山区小县写好文明答卷，
崇义：小巷“微更新”赢得好口碑
记者 钟晓梅
初春的崇义，街巷整洁有序。今年以来，崇义县对老城区27条背街小巷实施“微更新”，沿街商铺签订“门前三包”责任书360份。
"""


def test_a_kicker_glued_to_the_title_before_a_place_label_is_the_kicker():
    a = _arts(KICKER_WITH_A_COMMA)[0]
    assert a["title"] == "崇义：小巷“微更新”赢得好口碑"
    assert "山区小县写好文明答卷" in a["kicker"]


# a news site's two-character name glued after the title, named again on the source line
SHORT_SITE_NAME_AFTER_TITLE = """某网首页 > 湘西频道 > 县市
凤凰：“邻里议事会”议出小区新变化某网
来源：某网 作者：田晓红 编辑：彭俊 2023-08-02 09:15:40
某网时刻8月2日讯 凤凰县沱江街道近日在城区12个小区成立“邻里议事会”，居民们坐在一起商量小区里的大事小情。
截至目前，议事会已协调解决停车、漏水等问题260余件。
"""


def test_a_two_character_site_name_after_the_title_is_the_outlet():
    a = _arts(SHORT_SITE_NAME_AFTER_TITLE)[0]
    assert a["title"] == "凤凰：“邻里议事会”议出小区新变化"


# a news site's title and its subtitle, each a line of its own, right above the date line
SUBTITLE_ABOVE_THE_DATE_LINE = """某某新闻网 首页 > 市州 > 怀化
通道：侗乡“芦笙队”吹响文明曲
风雨桥边的文明课堂
2023-10-09 来源：通道县融媒体中心 作者：杨秀兰 编辑：吴刚
在通道侗族自治县皇都侗文化村，芦笙队员们把文明新风编进曲子，在风雨桥上吹给游客听。
今年以来，全县18个侗寨组建了芦笙宣讲队，2600名村民参与。
"""


def test_a_line_under_a_place_labelled_title_above_the_date_line_is_the_subtitle():
    a = _arts(SUBTITLE_ABOVE_THE_DATE_LINE)[0]
    assert a["title"] == "通道：侗乡“芦笙队”吹响文明曲"
    assert a["subtitle"] == "风雨桥边的文明课堂"


# an OCR'd page: a bar before the masthead, 曰 for 日, a bar before the title, a name cut by a space
OCR_MASTHEAD_AND_TITLE = """▌赣州日报  2 0 2 3年6月20曰 星期二  第5版 县区
丨会昌:"文明户"评出好家风
■本报记者 钟海 林 通讯员 曾丽华
今年以来,会昌县在全县132个行政村开展"文明户"评选,共评出"文明户"3600户。
"""


def test_an_ocr_masthead_with_stray_marks_gives_the_date_outlet_and_page():
    a = _arts(OCR_MASTHEAD_AND_TITLE)[0]
    assert a["title"].startswith("会昌") and "丨" not in a["title"]
    assert a["outlet"] == "赣州日报" and a["date"]["value"] == "2023-06-20"
    assert a["newspaper_page"] == "第5版"
    assert a["authors"] == ["钟海林", "曾丽华"]


# a byline whose credit lost its slash (文 图), a news site's bureau label, a place it was
# reported from, a byline after the last sentence
BYLINE_SHAPES = """吉安晚报 2024年5月8日 星期三 第2版
永新：“三湾”红色文明润人心
记者 刘晓琴 文 图
春日的永新，禾水河畔绿意盎然。在三湾乡，一股文明新风扑面而来。
今年以来，永新县建成新时代文明实践站246个。
"""


def test_a_text_and_picture_credit_without_its_slash_is_no_name():
    a = _arts(BYLINE_SHAPES)[0]
    assert a["authors"] == ["刘晓琴"] and a["photographers"] == ["刘晓琴"]


BUREAU_LABEL = """某某网 > 地方 > 上饶
婺源：古村“晒秋”晒出文明风
来源：某某网  作者：上饶站 程国华  2024-04-25 16:20
本网讯 婺源县近日在篁岭景区开展“文明晒秋”活动，38个村的村民参与。（通讯员 汪小慧）
"""


def test_a_sites_bureau_label_is_no_author():
    a = _arts(BUREAU_LABEL)[0]
    assert set(a["authors"]) == {"程国华", "汪小慧"}


REPORTED_FROM = """大公報 2023年9月5日
桂林陽朔：漓江邊上的“文明驛站”
記者 何美玲 桂林報道
廣西桂林陽朔縣近年在漓江沿岸建成“文明驛站”26個，為遊客提供歇腳服務。
"""


def test_the_prefecture_it_was_reported_from_is_no_author():
    a = _arts(REPORTED_FROM)[0]
    assert a["authors"] == ["何美玲"]


BYLINE_AFTER_THE_LAST_SENTENCE = """衡阳晚报 2024年10月15日 星期二 第5版 区县
衡东：老街里的“文明夜市”
每逢周末，衡东县城关镇的老街上总有一群穿红马甲的人。
县里在8个乡镇推行“文明夜市”，志愿者累计服务群众1.6万人次。
夜市周边的商户也加入了进来。 衡阳晚报记者 谭小芬
"""


def test_a_byline_after_the_last_sentence_names_the_author():
    a = _arts(BYLINE_AFTER_THE_LAST_SENTENCE)[0]
    assert a["authors"] == ["谭小芬"]
    assert not any("谭小芬" in b["text"] for b in a["body"])


# a Hong Kong site's breadcrumb (a bar and >) and its 撰文： label under the title
HK_SITE_COPY = """某某01 | 01國際 > 中國
江西婺源：千年古村「文明範兒」十足
撰文：黃嘉欣  發佈日期：2023/09/05 11:20
江西婺源是一座千年古縣，篁岭古村吸引大批遊客。今年以來，當地組織1,080名志願者在古村開展文明引導服務。
"""


def test_a_hong_kong_sites_breadcrumb_and_writer_label_are_not_the_title():
    a = _arts(HK_SITE_COPY)[0]
    assert a["title"] == "江西婺源：千年古村「文明范儿」十足"
    assert a["authors"] == ["黄嘉欣"]
