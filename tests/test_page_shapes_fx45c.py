"""Shapes of pages from other years (fx45c): a place under the name it had before a change
of level (a county-level city since made a district), a forum nickname after 作者：, and
an H5 page's numbered cards. Every page here was written for these tests, about places in
Guangdong, Sichuan and Jiangsu (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


OLD_PORTAL_COPY = """增城新闻网 > 本地新闻
增城市开展文明城市创建“百日行动”
发布时间：2010-04-12 09:30:15  来源：本网  浏览次数：1288
本网记者 钟立华
4月10日，增城市召开创建文明城市“百日行动”动员会。会议要求，各镇街要对照测评标准逐项整改。
据了解，增城市今年将新建公厕35座，改造农贸市场12个，投入资金2600万元。
【字体：大 中 小】【打印】【关闭】
"""


def test_a_county_level_city_since_made_a_district_files_under_the_district():
    (art,) = _arts(OLD_PORTAL_COPY)
    assert art["adcode"] == "440118"  # 增城市 (2010) is 增城区 today
    assert art["authors"] == ["钟立华"]
    values = {f["value"] for f in art["facts"]}
    assert {35, 12, 26000000} <= values


OLD_COUNTY_PAGE = """县政府网  2000年5月18日
城乡环境综合整治全面启动
本报通讯员 何晓岚
日前，长清县召开城乡环境综合整治动员大会，全县各乡镇分别签订了目标责任书。
今年长清县计划整治背街小巷48条，新增绿地15万平方米。
"""


def test_a_county_since_made_a_district_files_under_the_district():
    """A county made a district (长清县, now 长清区 of 济南) named only in the text."""
    (art,) = _arts(OLD_COUNTY_PAGE)
    assert art["adcode"] == "370113"


def test_a_citys_nickname_before_a_market_is_no_former_city():
    """Guard: 市 starting 市场 / 市民 after a district's short name makes no former city."""
    page = OLD_PORTAL_COPY.replace("增城市", "广州市增城区").replace("改造农贸市场12个", "改造天河市场等12个")
    (art,) = _arts(page)
    assert art["adcode"] == "440118"


FORUM_POST = """西祠胡同 > 江都人家 > 讨论区
江都的老街亮起来了，晚上散步舒服多了
作者：运河边的小周  发表：09-08-21 20:15  浏览：745
昨天晚上去老街转了一圈，听说这次一共装了路灯120盏，还修了步道3.5公里。
希望以后多办这样的实事。
1楼 沙发
"""


def test_a_forum_nickname_after_the_author_label_is_no_author():
    (art,) = _arts(FORUM_POST)
    assert art["authors"] == []
    assert {120, 3.5} <= {f["value"] for f in art["facts"]}


def test_a_name_after_the_author_label_on_a_forum_stays_the_author():
    """Guard: a person's name (a compound surname) after 作者： is the author."""
    (art,) = _arts(FORUM_POST.replace("运河边的小周", "欧阳明辉"))
    assert art["authors"] == ["欧阳明辉"]


H5_CARDS = """江都发布 H5
一图读懂江都文明创建成绩单
——2023年度工作盘点
01 / 环境提升
全年整治背街小巷56条，新增停车泊位2400个。
02 / 志愿服务
注册志愿者达到12.6万人，开展志愿服务活动3800余场。
03 / 群众评价
群众满意度达到94.2%，较上年提升2.1个百分点。
江都区文明办 出品  2023年12月
"""


def test_numbered_cards_on_an_h5_page_are_no_newspaper_page():
    (art,) = _arts(H5_CARDS)
    assert art["newspaper_page"] is None
    assert art["adcode"] == "321012"
    assert {56, 2400, 94.2} <= {f["value"] for f in art["facts"]}


EPAPER_WITH_PAGE = """扬州日报  2023年12月5日  星期二
03 / 县区新闻
江都区老旧小区改造全部完工
本报记者 韦佳怡
今年江都区共改造老旧小区21个，惠及居民6800户。
"""


def test_a_single_page_number_over_its_section_is_still_the_page():
    """Guard: one page number with its section (03 / 县区新闻) is the printed page."""
    (art,) = _arts(EPAPER_WITH_PAGE)
    assert art["newspaper_page"] in ("03", "3")


OCR_HEADLINE_AFTER_TEXT = """三峡晚报 2023年10月12日 A06
夷陵区:橘乡小镇
街巷换新颜
本报记者 柯文静
夷陵区今年实施背街小巷改造,完成小巷改造23条,新增绿化面积1.2万
平方米。镇区新建的8个“口袋公园”已全部向居民开放。
本报讯(记者 童思远 实习生 司马晓岚)点军区日前发布消息,该区今
年在辖区内64个小区推行“红色物业”,小区物业服务满意度达到92%,
投诉量同比下降30%。
点军区“红色物业”
进驻64个小区
"""


def test_a_headline_read_after_its_text_heads_the_dated_lead_above_it():
    first, second = _arts(OCR_HEADLINE_AFTER_TEXT)
    assert first["adcode"] == "420506" and first["authors"] == ["柯文静"]
    assert second["title"] == "点军区“红色物业”进驻64个小区"
    assert second["adcode"] == "420504"
    assert second["authors"] == ["童思远", "司马晓岚"]
    assert {64, 92, 30} <= {f["value"] for f in second["facts"]}
    assert not {64, 92} & {f["value"] for f in first["facts"]}


def test_a_picture_caption_closing_a_dated_lead_is_no_headline():
    """Guard: short lines after the lead saying other words than it stay its captions."""
    page = OCR_HEADLINE_AFTER_TEXT.replace("点军区“红色物业”\n进驻64个小区\n", "图为志愿者\n在小区巡查\n")
    titles = [a["title"] for a in _arts(page)]
    assert "图为志愿者在小区巡查" not in titles


WEB_REPORT_THEN_COMMENT = """\ufeff南阳日报数字报
南阳日报 > 2024年5月9日 > 第5版：县域 > 新闻正文

邓州：背街小巷亮起来
日报记者 聂雨桐

　　记者日前从邓州市获悉，该市今年为背街小巷新装路灯1380盏，改造破损路面42条。邓州市住建局相关负责人介绍，目前城区背街小巷亮化率已达到95%。

日报评论
“小巷亮灯”照亮的是民心
　　一盏路灯虽小，照亮的却是群众回家的路。……亮起来之后还要管起来，维修要及时，电费要有着落。
（作者系本报评论员 裴文渊）

上一篇  下一篇
"""


def test_a_comment_under_a_report_is_an_article_with_its_noted_author():
    report, comment = _arts(WEB_REPORT_THEN_COMMENT)
    assert report["title"] == "邓州：背街小巷亮起来" and report["authors"] == ["聂雨桐"]
    assert comment["title"] == "“小巷亮灯”照亮的是民心"
    assert comment["authors"] == ["裴文渊"]
    assert comment["adcode"] == "411381"  # (the comment names no place: the report's)
    assert report["newspaper_page"] in ("第5版", "5版") and comment["newspaper_page"] == report["newspaper_page"]
    assert 1380 not in {f["value"] for f in comment["facts"]}


def test_an_author_note_naming_no_one_gives_no_author():
    """Guard: （作者系本报特约评论员） says who the author is, it names no one."""
    page = WEB_REPORT_THEN_COMMENT.replace("（作者系本报评论员 裴文渊）", "（作者系本报特约评论员）")
    comment = _arts(page)[-1]
    assert comment["authors"] == []


EPAPER_LONE_BRIEF = """大理日报
2024年3月14日  第3版：县市新闻

宾川县建成“文明实践”示范点
本报记者 段丽娟

本报讯 宾川县今年在集镇、学校、景区推进文明实践点建设，首批建成示范点32个。全县志愿服务注册人数达到4.6万人。

祥云县：古城街巷创文明
本报通讯员 杨春华

祥云县把文明创建延伸到古城街巷，设立文明劝导岗18个，今年春节期间劝导不文明行为2300余次。

简讯
■ 祥云县日前表彰第二批“文明家庭”，共860户获此称号。
"""


def test_a_lone_marked_line_under_a_brief_column_is_an_item_of_its_own():
    arts = _arts(EPAPER_LONE_BRIEF)
    assert len(arts) == 3
    brief = arts[-1]
    assert brief["title"] == "祥云县日前表彰第二批“文明家庭”，共860户获此称号"
    assert brief["adcode"] == "532923"
    assert 860 in {f["value"] for f in brief["facts"]}
    assert 860 not in {f["value"] for f in arts[1]["facts"]}


def test_a_marked_note_naming_no_place_under_a_brief_name_stays_with_the_report():
    """Guard: one marked line that opens with no place stays the report's own note."""
    page = EPAPER_LONE_BRIEF.replace("■ 祥云县日前表彰第二批“文明家庭”，共860户获此称号。",
                                     "■ 此前已有多户家庭获得表彰，共860户获此称号。")
    assert len(_arts(page)) == 2


def test_a_former_name_inside_a_word_is_no_mention():
    """Guard: 新增城市书房 holds 增城市 (a former city's name) only inside words."""
    page = """仙桃日报  2024年4月2日  第3版
仙桃：城市书房开到家门口
本报记者 龚晓琳
今年仙桃市区新增城市书房8家，每家藏书不少于4000册。
"""
    (art,) = _arts(page)
    assert art["adcode"] == "429004"
