"""Shapes of pages of kinds not named before (round s14, second part): an editor's note over a
page of pieces signed at their ends; a report continued from another page; a page's source
copied as an HTML fragment; a Weibo post and a short-video page with their topics, counters and
tabs; a joint document under its issuers; a work report dated by its occasion's line; bylines with
a writer's note, a long Mongol name, a press conference's 记者提问; an account's name alone over
a post's headline; a headline's subject over its predicate over a dated lead. Every page here
was written for these tests, about places in Shaanxi, Fujian, Qinghai, Yunnan, Guizhou, Hebei,
Inner Mongolia and Jilin; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(art: dict) -> set:
    return {f["value"] for f in art["facts"]}


EDITOR_NOTE_OVER_PIECES = """陕西交通报　2023年4月12日　第2版

路地同心
编者按：公路是城市的“血管”。各地公路部门主动融入文明城市创建，本期选登其中几例。

旬阳：国道沿线“微景观”扮靓县城入口
近日，旬阳市在国道沿线建成“微景观”节点6处，补植花木1.2万株。（柯文博）

宁陕县“养护工”变身文明劝导员
宁陕县组织公路养护职工在县城路段开展文明交通劝导，累计劝导行人800余人次。（通讯员 南宫晓）
"""


def test_an_editors_note_over_pieces_signed_at_their_ends_opens_no_article():
    arts = _arts(EDITOR_NOTE_OVER_PIECES)
    assert [a["title"] for a in arts] == ["旬阳：国道沿线“微景观”扮靓县城入口", "宁陕县“养护工”变身文明劝导员"]
    assert arts[0]["authors"] == ["柯文博"] and arts[1]["authors"] == ["南宫晓"]


CONTINUED_THEN_DATED = """三明日报 2023年3月2日 第3版 综合

（上接第1版）沙县区：“小吃之乡”吃出文明味
全区527家小吃门店推行“公筷公勺”，门店卫生评级全部公示上墙。
（本报记者 邓雅琴 通讯员 阮晓东）
沙县区评选“文明餐桌示范店”
本报讯 2月28日，沙县区公布首批文明餐桌示范店60家。（记者 邓雅琴）
"""


def test_a_part_continued_from_another_page_and_a_dated_report_are_two_articles():
    arts = _arts(CONTINUED_THEN_DATED)
    assert [a["title"] for a in arts] == ["沙县区：“小吃之乡”吃出文明味", "沙县区评选“文明餐桌示范店”"]
    assert arts[0]["authors"] == ["邓雅琴", "阮晓东"] and arts[1]["authors"] == ["邓雅琴"]


HTML_FRAGMENT = """<div class="content">
<div class="site">湟中区人民政府网</div>
<h1>湟中区：塔尔寺景区的&ldquo;文明向导&rdquo;</h1>
<div class="info"><span>2023-08-21 09:30</span>&nbsp;<span>作者：祁永红</span></div>
<p>暑期以来，湟中区在塔尔寺景区设立文明旅游服务岗8个，<br/>招募志愿者260名。</p>
<p>景区游客满意度达到98.6%。</p>
</div>
"""


def test_a_pages_source_copied_as_an_html_fragment_reads_as_the_page():
    (a,) = _arts(HTML_FRAGMENT)
    assert a["title"] == "湟中区：塔尔寺景区的“文明向导”" and a["authors"] == ["祁永红"]
    assert a["date"]["value"] == "2023-08-21" and a["adcode"] == "630106"
    assert {260, 98.6} <= _facts(a) and not any("<" in b["text"] for b in a["body"])


WEIBO_POST = """腾冲发布
23-6-9 10:12 来自 微博 weibo.com

#腾冲创文# #文明腾冲# 【腾冲：和顺古镇的“文明管家”】6月以来，腾冲市在和顺古镇设立文明管家服务点5个，劝导不文明行为300余次。

转发 88　　评论 21　　赞 540
"""


def test_a_weibo_posts_headline_after_its_closed_topics_is_the_title():
    (a,) = _arts(WEIBO_POST)
    assert a["title"] == "腾冲：和顺古镇的“文明管家”" and a["adcode"] == "530581"
    assert {5, 300} <= _facts(a) and not {88, 21, 540} & _facts(a)


SHORT_VIDEO_PAGE = """平坝融媒
抖音号：pingbarongmei
作品

平坝城区新添“口袋公园”啦！周末遛娃好去处 #平坝 #口袋公园 @安顺发布
发布时间：2024-05-11　　01:12

3.2w　　1.8万　　642
点赞　　收藏　　分享

字幕：
今年平坝区在城区新建口袋公园9个
新修步道12公里
欢迎大家文明游园
"""


def test_a_short_video_pages_tab_counters_and_topics_are_no_title_and_no_facts():
    (a,) = _arts(SHORT_VIDEO_PAGE)
    assert a["title"] == "平坝城区新添“口袋公园”啦！周末遛娃好去处"
    assert 9 in _facts(a) and not {32000, 18000, 642} & _facts(a)


JOINT_DOCUMENT = """围场县人民政府网 > 信息公开 > 政策文件

中共围场满族蒙古族自治县委员会 围场满族蒙古族自治县人民政府
关于表彰文明创建工作先进单位的决定

围发〔2023〕5号

各乡镇党委、人民政府，县直各单位：
为表彰先进，县委、县政府决定，授予四合永镇等八个单位“文明创建工作先进单位”称号。
"""


def test_issuers_set_side_by_side_over_their_joint_document_are_its_banner():
    (a,) = _arts(JOINT_DOCUMENT)
    assert a["title"] == "关于表彰文明创建工作先进单位的决定" and a["subtitle"] == ""


WORK_REPORT = """科右前旗人民政府网

2023年科右前旗政府工作报告（摘要）
——2023年1月10日在科尔沁右翼前旗第十七届人民代表大会第二次会议上
旗长　白音朝克图

一、2022年工作回顾
1.全年改造老旧小区11个，新建城区道路6.2公里。
"""


def test_a_reports_occasion_under_its_title_is_its_subtitle_and_gives_its_date():
    (a,) = _arts(WORK_REPORT)
    assert a["title"] == "2023年科右前旗政府工作报告（摘要）"
    assert a["subtitle"].lstrip("—") == "2023年1月10日在科尔沁右翼前旗第十七届人民代表大会第二次会议上"
    assert a["date"]["value"] == "2023-01-10"


WRITERS_NOTE_AND_LONG_NAME = """吉林大学报
2023年5月20日　第4版

青春走进长白山下
本报讯（记者 孟思远 实习生 其木格乌兰）5月18日，我校志愿服务团赴抚松县开展文明实践活动，服务群众600余人次。

学子手记
在小城里读懂文明
文/欧阳晓雪（文学院2021级）
三天的服务很短，但抚松县城街头的一只只果皮箱让我记住了这座小城。
"""


def test_a_long_mongol_name_after_a_role_and_a_writer_with_a_note_are_authors():
    arts = _arts(WRITERS_NOTE_AND_LONG_NAME)
    assert arts[0]["authors"] == ["孟思远", "其木格乌兰"]
    assert arts[-1]["title"] == "在小城里读懂文明" and arts[-1]["authors"] == ["欧阳晓雪"]


PRESS_CONFERENCE = """镇宁县人民政府网 > 新闻发布 > 发布会实录

镇宁县创建省级文明城市新闻发布会实录
发布时间：2023-09-14

主持人：县政府新闻办主任 韦晓丽
韦晓丽：各位记者朋友，大家上午好！
县文明办主任 伍胜利：今年以来，全县新建城市书房6个。

记者提问
安顺日报记者：老旧小区改造后怎么管？
伍胜利：我们推行“物业+社区”模式。
"""


def test_a_press_conferences_part_where_reporters_ask_is_no_byline():
    (a,) = _arts(PRESS_CONFERENCE)
    assert a["title"] == "镇宁县创建省级文明城市新闻发布会实录" and "提问" not in a["authors"]


SUBJECT_OVER_PREDICATE = """                              赤峰晚报                                    2023年9月7日
   04  城事                                                       编辑：武振宇

                     松山区：老旧小区“微改造”
                          改出邻里好心情
        本报讯（记者 苏日娜）入秋以来，松山区多个老旧小区里，破损的路面铺上了新沥青，斑驳的
   楼道刷上了新涂料。今年松山区计划改造小区52个，目前已完工37个。
"""


def test_a_headlines_subject_over_its_predicate_over_a_dated_lead_is_one_title():
    (a,) = _arts(SUBJECT_OVER_PREDICATE)
    assert a["title"] == "松山区：老旧小区“微改造”改出邻里好心情" and a["authors"] == ["苏日娜"]
