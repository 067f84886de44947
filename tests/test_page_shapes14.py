"""Shapes of pages found by the twenty-first held-out set (issue 14, fourteenth round): a
headline line stopping at its verb after a place's label, a place's news over a second
statement under the page's section name, a page and its section joined by a middle dot,
letter-spaced names with wider gaps between them, a long name with a middle dot in a
closing bracket, a site's name glued after the title, a piece printed whole under 相关阅读,
an account's introduction line, a subject over its predicate opening with an adverb. Every
page here was written for these tests, about places in Guizhou, Hunan, Sichuan, Xinjiang
and Shandong (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


TWO_LINE_HEADLINE_STOPPING_AT_ITS_VERB = """黔西南日报
2023年9月14日 星期四
B2·民生
责编：罗晓川 美编：王旭
兴仁：夜市小城“织”出
文明新图景
本报记者 龙晓云 通讯员 杨雪
“以前摊位乱摆，垃圾满地，现在划了线、定了点，大家都守规矩。”9月12日，在兴仁市东湖街道，摊主王桂香说。
今年以来，兴仁市把夜市整治作为创建省级文明城市的重要抓手，规范摊位320个，新增垃圾收集点45处。
"""


def test_a_headline_stopping_at_its_verb_goes_on_in_the_line_under_it():
    (art,) = _arts(TWO_LINE_HEADLINE_STOPPING_AT_ITS_VERB)
    assert art["title"] == "兴仁：夜市小城“织”出文明新图景"
    assert art["authors"] == ["龙晓云", "杨雪"]
    assert art["newspaper_page"] == "B2"  # (B2·民生: the page and its section)
    assert art["adcode"] == "522302"  # 兴仁市 (a county-level city since 2018)


SECTION_NAME_OVER_PLACE_NEWS = """县区新闻

津市：“社区管家”上岗

老旧小区有了“守门人”

本报讯（记者刘晓丹 通讯员周小军、彭丽）近日，津市市首批86名“社区管家”正式上岗，分片负责老旧小区的卫生保洁和文明劝导。
据介绍，津市市将城区划分为28个网格，每个网格配备“社区管家”2至4名，上岗以来已处置各类问题530余个。

澧县推行“门前三包”积分管理

本报讯（通讯员 谭丽娟）澧县日前出台沿街商户“门前三包”积分管理办法，对全县3200余户沿街商户实行积分考核。

常德日报 2023年6月30日 星期五 第5版
"""


def test_a_places_news_over_a_second_statement_is_the_title_and_its_subtitle():
    first, second = _arts(SECTION_NAME_OVER_PLACE_NEWS)
    assert first["title"] == "津市：“社区管家”上岗"
    assert first["subtitle"] == "老旧小区有了“守门人”"
    assert first["adcode"] == "430781"
    assert second["title"] == "澧县推行“门前三包”积分管理"


LETTER_SPACED_NAMES = """凉 山 日 报
2024年4月17日  星期三  第 3 版  县区
会理：古城志愿服务“接单”忙
通讯员 李 秀 英  字 海 燕
今年以来，会理市共收集群众“微心愿”860个，已完成820个。全市现有志愿服务组织126个，注册志愿者4.1万人。
"""


def test_letter_spaced_names_split_at_the_wider_gaps():
    (art,) = _arts(LETTER_SPACED_NAMES)
    assert art["authors"] == ["李秀英", "字海燕"]  # (字 is a surname too: the gaps, not a guess, split them)


GOVERNMENT_PAGE_WITH_DOTTED_NAME = """阿勒泰市人民政府
当前位置：首页 > 政务动态 > 部门动态
阿勒泰市“文明实践+网格”打通服务群众最后一米
发布时间：2023-08-21  来源：阿勒泰市委宣传部  浏览次数：1287
今年以来，阿勒泰市将新时代文明实践与社区网格化管理相结合，在全市划分网格168个，配备网格员和文明实践志愿者840名。
截至7月底，各网格共收集群众诉求1960件，办结1902件。
（阿勒泰市委宣传部 古丽米拉·艾买提）
网站标识码：6543010001
"""


def test_a_closing_byline_keeps_a_long_name_with_a_middle_dot():
    (art,) = _arts(GOVERNMENT_PAGE_WITH_DOTTED_NAME)
    assert art["authors"] == ["古丽米拉·艾买提"]
    assert art["adcode"] == "654301"


SITE_NAME_AFTER_TITLE = """首页 > 县区新闻 > 沂水
沂水县：“一街一策”绘就背街小巷新图景临沂网
2023-05-16 09:42:18　来源：临沂日报　作者：刘振华　责任编辑：王雪
本报讯 今年以来，沂水县按照“一街一策”思路，累计完成改造背街小巷42条，整修人行道3.1万平方米。
分享到：
"""


def test_a_places_site_name_glued_after_the_title_is_cut_off():
    (art,) = _arts(SITE_NAME_AFTER_TITLE)
    assert art["title"] == "沂水县：“一街一策”绘就背街小巷新图景"
    assert art["adcode"] == "371323"


def test_a_title_ending_in_a_net_word_keeps_it():
    """Guard: 一张网 is no site: no place's name before 网."""
    page = SITE_NAME_AFTER_TITLE.replace("沂水县：“一街一策”绘就背街小巷新图景临沂网", "沂水县城市管理织密“一张网”")
    (art,) = _arts(page)
    assert art["title"] == "沂水县城市管理织密“一张网”"


RELATED_PIECE_PRINTED_WHOLE = """黔南新闻网 - 都匀频道
都匀市“老旧小区”变身“幸福家园”
2023年05月30日 17:48:02 来源：黔南日报 作者：吴晓梅
近年来，都匀市累计完成老旧小区改造126个，惠及居民3.8万户，加装电梯62部。
相关阅读
都匀市开展“文明交通 你我同行”主题活动
2023年05月29日 09:15:44 来源：黔南日报 作者：吴晓梅
日前，都匀市在剑江河畔等路口开展文明交通主题活动，组织交通志愿者180名参与劝导。
"""


def test_a_piece_printed_whole_under_related_reading_is_an_article_of_its_own():
    first, second = _arts(RELATED_PIECE_PRINTED_WHOLE)
    assert second["title"] == "都匀市开展“文明交通 你我同行”主题活动"
    assert second["date"]["value"] == "2023-05-29"
    assert 180 in {f["value"] for f in second["facts"]}
    assert 180 not in {f["value"] for f in first["facts"]}


ACCOUNT_POST_WITH_INTRO = """台江：“文明新风”吹进苗寨
台江发布 台江发布 2023年06月28日 19:06 贵州
台江发布
台江县融媒体中心官方账号
记者：潘文清 张春梅
近日，在台江县施洞镇的新时代文明实践广场上，一场以“文明乡风”为主题的文艺演出吸引了上千名群众观看。
今年以来，台江县组建文明实践志愿服务队伍96支，开展志愿服务活动1300余场次。
"""


def test_an_accounts_introduction_is_no_title():
    (art,) = _arts(ACCOUNT_POST_WITH_INTRO)
    assert art["title"] == "台江：“文明新风”吹进苗寨"
    assert art["authors"] == ["潘文清", "张春梅"]


SUBJECT_OVER_ADVERB_PREDICATE = """原创 成都锦江 成都锦江 2023年10月12日 21:00 四川
楼道里的“小事”
都是文明城区的“大事”
——春熙路街道创新“楼栋微治理”
成都锦江
今年以来，春熙路街道在辖区内96个院落推行“楼栋微治理”，培育楼栋骨干310名，累计解决居民急难愁盼问题1280件。
"""


def test_a_subject_over_its_predicate_opening_with_an_adverb_is_one_title():
    (art,) = _arts(SUBJECT_OVER_ADVERB_PREDICATE)
    assert art["title"] == "楼道里的“小事”都是文明城区的“大事”"
    assert art["subtitle"].lstrip("—") == "春熙路街道创新“楼栋微治理”"


REPORT_AND_A_LISTING = """北海日报  BEIHAI DAILY
2023年9月21日 星期四  第2版  本地
责任编辑：庞晓芸

银海区“微网格”里解民忧
本报讯（记者 陈海燕 通讯员 劳志刚）记者9月19日从银海区获悉，该区将全区划分为
286个“微网格”，今年以来共收集解决群众急难愁盼问题3160件。

本周文明实践活动一览
  为方便市民参与，北海市新时代文明实践中心汇总了本周部分志愿服务活动，欢迎报名。
  ①9月23日（周六）9:00—11:30  “清洁家园”志愿服务
    地点：海城区中街社区  报名电话：0779-3826015
  ②9月24日（周日）8:30—11:00  “护海”净滩行动
    地点：银海区银滩  报名电话：0779-3906633
"""


def test_a_listing_under_its_own_headline_after_a_report_is_a_piece_of_its_own():
    report, listing = _arts(REPORT_AND_A_LISTING)
    assert listing["title"] == "本周文明实践活动一览"
    assert report["title"] == "银海区“微网格”里解民忧"
    assert 3160 in {f["value"] for f in report["facts"]}
    assert "清洁家园" not in " ".join(p["text"] for p in report["body"])


ONLINE_INTERVIEW = """汉中市南郑区人民政府
在线访谈
【访谈主题】文明城市共建 城管在行动
【访谈时间】2023年11月22日 15:00
【访谈嘉宾】南郑区城市管理执法局局长 赵建华
【发布时间】2023-11-23 09:12  【浏览次数】612
主持人：各位网友大家好！今天我们邀请到区城市管理执法局局长赵建华做客访谈。
赵建华：好的。今年全区共规范店外经营860处，新建和改造公厕24座。
"""


def test_an_online_interviews_theme_is_its_title_and_its_guest_no_author():
    (art,) = _arts(ONLINE_INTERVIEW)
    assert art["title"] == "文明城市共建 城管在行动"
    assert art["authors"] == []
    assert art["date"]["value"] == "2023-11-23"  # published, not when it was held
    assert {860, 24} <= {f["value"] for f in art["facts"]}


def test_a_pages_section_ending_like_a_site_is_not_the_outlet():
    page = "莆田日报\n2023 年 11 月 22 日  星期三\n综合新闻  第 2 版\n仙游县老旧小区换新颜\n本报记者 林珊\n今年以来，仙游县改造老旧小区36个。\n"
    (art,) = _arts(page)
    assert art["outlet"] == "莆田日报"
    assert art["newspaper_page"] == "第2版"
