"""Shapes of pages found failing on the blind sets of round s16: a government site's name run
into the headline; a masthead with its publisher between its name and date; a bulletin's name
OCR-spaced over its issue line; a narrow PDF column's byline over its name; a page's number
opening its running head with no paper's name; a site's address dating the page; a page number
in Chinese numerals; a writer's name alone under a headline; a lead's byline without brackets;
a brief column of several items; a picture item's two-phrase title; a short piece signed at its
end after a signed report; a placing won (获全市第一名). Every page here was written for these
tests, about places in Shaanxi, Gansu, Heilongjiang, Guangxi, Hebei, Sichuan, Hunan, Zhejiang,
Jiangxi, Fujian, Qinghai and Henan; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(a: dict) -> list[tuple]:
    return [(f["value"], f.get("kind"), f["quote"]) for f in a["facts"]]


GOV_SITE_NAME_BEFORE_TITLE = """洛南县人民政府网洛南：“文明集市”开进山乡
2021年05月12日 09:30:11    来源：洛南县委宣传部    【字体：大 中 小】
洛南县在全县16个镇办推行“文明集市”管理，设置文明劝导岗48个。
责任编辑：杜小川
"""


def test_a_sites_name_run_into_the_headline_is_the_outlet_not_the_title():
    (a,) = _arts(GOV_SITE_NAME_BEFORE_TITLE)
    assert a["title"] == "洛南：“文明集市”开进山乡"
    assert a["outlet"] == "洛南县人民政府网"
    assert a["adcode"] == "611021"


MASTHEAD_WITH_PUBLISHER = """今日永登    永登县融媒体中心主办    2022年8月16日
永登县“门前三包”签约商户过千家
本报记者 祁文海
永登县在城区主次干道沿街商户中推行“门前三包”，已签订责任书1080份。
"""


def test_a_masthead_with_its_publisher_between_name_and_date_names_the_paper_and_its_day():
    (a,) = _arts(MASTHEAD_WITH_PUBLISHER)
    assert a["outlet"] == "今日永登"
    assert a["date"]["value"] == "2022-08-16" and a["date"]["source"] == "printed"
    assert a["title"] == "永登县“门前三包”签约商户过千家" and not a.get("kicker")


SPACED_BULLETIN_OVER_ITS_ISSUE = """文 明 爱 辉
2021年第6期          爱辉区文明办编印

爱辉区“楼栋长”
管起楼道大小事

爱辉区在全区老旧小区推行“楼栋长”制度，已选聘楼栋长420名。
（慕容晓雪）
"""


def test_a_bulletins_name_spaced_by_ocr_over_its_issue_line_is_the_outlet_and_the_issue_gives_the_year():
    (a,) = _arts(SPACED_BULLETIN_OVER_ITS_ISSUE)
    assert a["title"] == "爱辉区“楼栋长”管起楼道大小事"
    assert a["outlet"] == "文明爱辉"
    assert a["date"] == {**a["date"], "value": "2021", "source": "printed"}
    assert a["authors"] == ["慕容晓雪"]


NARROW_COLUMN_BYLINE = """南国早报 2019年4月9日 星期二 A06 区内新闻

容县“文明
新风”进村屯
文/图 南国早报记者
覃丽萍
在容县，一座座
村屯文化室变身为
村民议事的好地方。
记者了解到，容县
已建成村屯文化室
215个，每年开展
活动1300多场。
"""


def test_a_byline_broken_over_its_name_in_a_narrow_column_stays_the_byline():
    (a,) = _arts(NARROW_COLUMN_BYLINE)
    assert a["title"] == "容县“文明新风”进村屯"
    assert a["authors"] == ["覃丽萍"] and a["photographers"] == ["覃丽萍"]
    assert a["sentences"][0][0].startswith("在容县")


PAGE_NUMBER_OPENS_THE_RUNNING_HEAD = """4                              县区新闻                     2022年10月18日   星期二
沧州日报                                                          责任编辑：齐晓燕

泊头市：“红色网格”织密服务网
本报记者 纪晓伟
本报讯 今年以来，泊头市把全市划分为网格286个，配备网格员860名。
"""


def test_a_running_head_opening_with_the_page_number_and_no_paper_gives_the_page():
    (a,) = _arts(PAGE_NUMBER_OPENS_THE_RUNNING_HEAD)
    assert a["newspaper_page"] == "4"
    assert a["date"]["value"] == "2022-10-18"


ADDRESS_DATES_THE_PAGE = """某某新闻网
首页 > 区县动态

武侯区：“社区食堂”开进老小区

原文地址：http://www.example.cn/news/2016-03/22/content_880123.htm

　　武侯区在老旧小区新开“社区食堂”14家，日均就餐老人2100人次。（记者 冉冬梅）

锦江区新增口袋公园
　　锦江区今年见缝插绿，新增口袋公园22个。（通讯员 杜雨）
"""


def test_a_sites_address_with_its_day_dates_every_item_on_the_page():
    arts = _arts(ADDRESS_DATES_THE_PAGE)
    assert [a["date"]["value"] for a in arts] == ["2016-03-22", "2016-03-22"]
    assert all(a["date"]["source"] == "printed" for a in arts)


PAGE_IN_CHINESE_NUMERALS = """郴州日报
二〇一五年六月九日 星期二 第三版 县市区新闻

嘉禾县“文明餐桌”进机关食堂
本报讯（记者 雷晓东）嘉禾县在全县46家机关食堂推行“光盘行动”。
"""


def test_a_page_number_in_chinese_numerals_is_given_in_digits():
    (a,) = _arts(PAGE_IN_CHINESE_NUMERALS)
    assert a["newspaper_page"] == "第3版"


NAME_ALONE_UNDER_A_HEADLINE = """丽水日报  2020年11月3日  星期二
第2版  县市新闻

云和县：梯田边办起“文明驿站”
　　云和县在梯田景区设“文明驿站”6个，招募志愿者230名。
　　（本报记者 叶晓春 通讯员 蓝玉芳）

景宁畲乡吹来移风易俗新风
雷晓燕
　　走进景宁畲族自治县的一个畲族村寨，家家门前整洁。该县今年已评选“美丽庭院”示范户860户。
"""


def test_a_writers_name_alone_under_a_headline_is_its_byline_and_the_headline_opens_an_article():
    arts = _arts(NAME_ALONE_UNDER_A_HEADLINE)
    assert [a["title"] for a in arts] == ["云和县：梯田边办起“文明驿站”", "景宁畲乡吹来移风易俗新风"]
    assert arts[1]["authors"] == ["雷晓燕"] and arts[1]["subtitle"] == ""
    assert arts[1]["adcode"] == "331127"


def test_a_place_name_alone_under_a_headline_is_no_byline():
    page = NAME_ALONE_UNDER_A_HEADLINE.replace("雷晓燕\n", "李家村\n")
    assert all(a["authors"] != ["李家村"] for a in _arts(page))


BARE_LEAD_BYLINE = """婺源县“最美庭院”评出120户
　　本报讯 记者 汪晓梅 通讯员 俞冬生 11月20日，婺源县公布首批“最美庭院”名单，全县120户农户入选。
"""


def test_a_leads_byline_without_brackets_names_the_authors_and_spares_the_text():
    (a,) = _arts(BARE_LEAD_BYLINE)
    assert a["authors"] == ["汪晓梅", "俞冬生"]
    (a,) = _arts(BARE_LEAD_BYLINE.replace(" 记者 汪晓梅 通讯员 俞冬生 11月20日，", " 记者从县文明办获悉，"))
    assert a["authors"] == []


BRIEF_COLUMN = """三明日报  2023年4月18日  第5版

简讯
　　■永安市开展文明交通劝导 4月15日，永安市组织志愿者300余名在城区路口开展劝导。
　　■沙县区表彰文明家庭 日前，沙县区对评出的36户文明家庭进行表彰。
　　■将乐县举办道德讲堂 4月12日，将乐县举办道德讲堂，200余名群众参加。

短讯
　　尤溪县开展“无烟社区”创建 近日，尤溪县在城区9个社区开展“无烟社区”创建活动。
　　清流县发布“文明旅游”倡议 清流县文旅局近日向全县18家旅游企业发出倡议。
"""


def test_every_item_of_a_brief_column_is_an_article_marked_or_not():
    arts = _arts(BRIEF_COLUMN)
    assert [a["title"] for a in arts] == ["永安市开展文明交通劝导", "沙县区表彰文明家庭", "将乐县举办道德讲堂",
                                          "尤溪县开展“无烟社区”创建", "清流县发布“文明旅游”倡议"]
    assert [a["adcode"] for a in arts] == ["350481", "350405", "350428", "350426", "350423"]


PICTURE_ITEM_AND_SIGNED_PIECE = """今日湟源  第3版  文明创建
2022年7月12日

湟源县“积分超市”开到村里
　　湟源县在全县146个村建起“积分超市”，村民凭文明积分兑换生活用品。
（记者 祁玉兰 通讯员 马晓东）

【文明新风】
婚事新办省下彩礼钱
　　本报讯（通讯员 李永刚）今年以来，湟源县共简办婚事280起，为群众节约资金600余万元。

志愿者为环卫工人送清凉
　　7月10日，湟源县志愿者为城区环卫工人送去防暑药品，当天慰问环卫工人150名。
文/图 赵海燕

图片新闻
小小志愿者 文明引导员
　　7月8日，湟源县的小学生志愿者在路口开展文明交通引导。
韩雪梅 摄
"""


def test_a_piece_signed_at_its_end_after_a_signed_report_and_a_picture_item_are_articles_of_their_own():
    arts = _arts(PICTURE_ITEM_AND_SIGNED_PIECE)
    assert [a["title"] for a in arts] == ["湟源县“积分超市”开到村里", "婚事新办省下彩礼钱", "志愿者为环卫工人送清凉",
                                          "小小志愿者 文明引导员"]
    assert arts[1]["authors"] == ["李永刚"]
    assert arts[2]["authors"] == ["赵海燕"] and arts[2]["photographers"] == ["赵海燕"]
    assert arts[3]["authors"] == [] and arts[3]["photographers"] == ["韩雪梅"]


PLACING_WON = """桐柏县城乡环境整治获全市第一名
　　近日，南阳市公布城乡环境整治考核结果，桐柏县获全市第一名。全县获第二届文明村镇称号的村有3个。
"""


def test_a_placing_won_is_a_rank_and_an_edition_stays_an_ordinal():
    (a,) = _arts(PLACING_WON)
    facts = _facts(a)
    assert any(v == 1 and kind == "rank" and "获全市第一名" in q for v, kind, q in facts)
    assert not any(v == 2 for v, _, _ in facts)


ROLE_OVER_A_COMMENT = """六盘水日报  2021年5月18日  星期二
第2版  县区新闻

盘州市：“文明积分”兑出好风气
　　盘州市在全市村居推行“文明积分”，已建成积分兑换点312个。
　　（本报记者 周晓兰）

水城区：背街小巷换新颜
　　水城区今年改造背街小巷58条，新增路灯900余盏。
　　（本报记者 罗文俊）

本报评论员
小积分撬动大文明
　　从盘州的积分到水城的小巷，文明创建正在一点一滴改变城乡面貌。
"""


def test_a_writers_role_over_a_comments_title_opens_the_comment_filed_under_the_prefecture():
    arts = _arts(ROLE_OVER_A_COMMENT)
    assert [a["title"] for a in arts] == ["盘州市：“文明积分”兑出好风气", "水城区：背街小巷换新颜", "小积分撬动大文明"]
    assert arts[2]["authors"] == [] and arts[2]["adcode"] == "520200"


DASH_SIGNED_COMMENT = """郴州日报
2019年3月5日 星期二 第6版 县市区

嘉禾县：“文明餐桌”进农家
    嘉禾县在全县农村推行“文明餐桌”，已有1.2万户农户参与。
    （记者 雷晓东）

                              短  评
            “文明餐桌”要常摆
    文明餐桌看似小事，连着的是一方乡风。
                                                    ——邓 立
"""


def test_a_comment_signed_after_a_dash_at_the_pages_end_names_its_writer():
    arts = _arts(DASH_SIGNED_COMMENT)
    assert [a["title"] for a in arts] == ["嘉禾县：“文明餐桌”进农家", "“文明餐桌”要常摆"]
    assert arts[1]["authors"] == ["邓立"] and arts[1]["subtitle"] == ""


BULLETED_BRIEF_HEADLINES = """宜春日报
2018年6月12日 星期二
第3版 县区新闻
简讯
●万载县举办“文明家庭”故事会
近日，万载县举办“文明家庭”故事
分享会，15户家庭代表登台讲述。
（钟丽华）
●铜鼓县更新公益广告
铜鼓县文明办开展公益广告排查，
新增、更换公益广告560处。
（冷晓明）
"""


def test_a_brief_headline_after_its_bullet_on_a_line_of_its_own_opens_an_item():
    arts = _arts(BULLETED_BRIEF_HEADLINES)
    assert [a["title"] for a in arts] == ["万载县举办“文明家庭”故事会", "铜鼓县更新公益广告"]
    assert [a["authors"] for a in arts] == [["钟丽华"], ["冷晓明"]]


PRESS_CONFERENCE = """某某县创建文明城市工作新闻发布会实录
时间：2022年9月14日 10:00
发布人：县文明办主任 杜春梅
县住房和城乡建设局局长 郎志强
主持人：县政府新闻办主任 秦海

【秦海】各位媒体朋友，上午好！欢迎参加今天的新闻发布会。
【杜春梅】谢谢主持人。今年以来，全县累计投入创建资金2.6亿元。
【某某融媒记者】请问郎局长，老旧小区改造进展如何？
【郎志强】今年我们改造城区道路21条，新增停车位1300个。
"""


def test_a_transcripts_speakers_are_no_authors_and_their_turns_no_titles():
    (a,) = _arts(PRESS_CONFERENCE)
    assert a["title"] == "某某县创建文明城市工作新闻发布会实录"
    assert "郎志强" not in a["authors"] and "秦海" not in a["authors"]


REPORTED_BY_A_MEMBER = """社情民意信息
第7期

政协宁县委员会办公室                    2023年4月10日

关于规范城区夜市摊点的建议

反映人：县政协委员 仇立新

宁县城区夜市摊点近年增至210余个，部分摊点占道经营。建议划定夜市经营区域。
"""


def test_the_member_who_reported_an_opinion_is_its_author_not_their_post():
    (a,) = _arts(REPORTED_BY_A_MEMBER)
    assert a["title"] == "关于规范城区夜市摊点的建议"
    assert a["authors"] == ["仇立新"]
