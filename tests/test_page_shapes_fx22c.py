"""Shapes of pages the pipeline had not read well (issue 14, set 22 follow-up): a report and the
comic strip it announces, official documents on government sites, two-line headlines and a
Weibo thread. Every page here was written for these tests, about places in Zhejiang, Ningxia,
Jiangxi and Tianjin other than the held-out pages' places; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


REPORT_AND_ITS_COMIC = """嘉兴日报
2024年3月15日　第6版　县域新闻

海宁推出文明实践系列漫画
“小潮”陪你学礼仪

本报讯（记者 沈佳怡 通讯员 陆文博）近日，海宁市文明办推出“小潮说文明”系列漫画，用轻松有趣的画面讲解公共礼仪、文明出行等知识。
据了解，系列漫画共设计了10期，首批作品已在全市54个公交站台张贴，还将印制成册，向中小学生发放3万册。

（下为系列漫画第2期）

漫画｜排队上车 不推不挤
漫画/文　钱一帆

①
小潮：车来了，快挤上去！
妈妈：别急，排好队一个一个上。

②
（画面：候车的人们排成一列，依次上车）
小潮：原来在海宁，大家都排队上车呀！

③
旁白：礼让一步，文明一路。
"""


def test_a_comic_strip_under_its_own_headline_and_credit_is_an_article_of_its_own():
    arts = _arts(REPORT_AND_ITS_COMIC)
    assert [a["title"] for a in arts] == ["海宁推出文明实践系列漫画", "排队上车 不推不挤"]  # (漫画｜ is its tag)
    assert arts[0]["subtitle"] == "“小潮”陪你学礼仪"
    assert [a["authors"] for a in arts] == [["沈佳怡", "陆文博"], ["钱一帆"]]
    assert all(a["region_info"]["adcode"] == "330481" for a in arts)
    assert {10, 54, 30000} <= {f["value"] for f in arts[0]["facts"]}
    assert 2 not in {f["value"] for a in arts for f in a["facts"]}  # 第2期: the note saying what is below


def test_a_tag_before_a_bar_that_is_no_comics_stays_in_the_title():
    """Guard: a post is cited with its label (数读丨…); only a comic's genre tag is cut."""
    page = REPORT_AND_ITS_COMIC.replace("漫画｜排队上车 不推不挤", "数读丨排队上车 不推不挤")
    titles = [a["title"] for a in _arts(page)]
    assert "数读丨排队上车 不推不挤" in titles


PROCUREMENT_RESULT = """中国政府采购网
首页 >> 地方公告 >> 宁夏 >> 成交公告

盐池县文明城市创建公益宣传品采购项目成交结果公告
2024年05月21日 10:15 来源：宁夏回族自治区政府采购网 【打印】 【显示公告正文】

一、项目编号：YCZC-2024-0088
二、项目名称：盐池县文明城市创建公益宣传品采购项目
三、采购结果
供应商名称：银川某某广告有限公司
成交金额：52.8万元
四、主要标的信息
服务要求：制作公益宣传牌不少于260块，社区宣传栏40个
服务时间：合同签订之日起45日内
五、评审专家名单：周立新、韩雪梅、马文斌
六、其他补充事宜
本项目预算金额为60万元，共有3家供应商参与磋商。
"""


def test_a_procurement_result_notice_is_titled_dated_and_placed_by_its_own_lines():
    (art,) = _arts(PROCUREMENT_RESULT)
    assert art["title"] == "盐池县文明城市创建公益宣传品采购项目成交结果公告"
    assert art["date"]["value"] == "2024-05-21"
    assert art["region_info"]["adcode"] == "640323"
    assert art["outlet"] in ("中国政府采购网", "宁夏回族自治区政府采购网")
    assert art["authors"] == []
    values = {f["value"] for f in art["facts"]}
    assert {528000, 260, 40, 600000, 3} <= values
    assert 45 not in values  # 合同签订之日起45日内: a deadline, no figure of the place


BULLETIN_EXCERPT = """盐池县人民政府
当前位置：首页 > 政务公开 > 统计信息

盐池县2023年国民经济和社会发展统计公报（节选）
发布时间：2024-04-12  来源：盐池县统计局

九、城乡建设和公用事业
年末县城道路总长度达到132公里。全年完成老旧小区改造11个，惠及居民2400户。

十、精神文明建设
全县注册志愿者达到3.6万人，开展志愿服务活动2100场次。
"""


def test_a_bulletins_first_chapter_head_is_no_subtitle():
    (art,) = _arts(BULLETIN_EXCERPT)
    assert art["title"] == "盐池县2023年国民经济和社会发展统计公报（节选）"
    assert art["subtitle"] == ""
    assert art["region_info"]["adcode"] == "640323"


BROADCAST_SCRIPT = """上饶市信州区人民政府
首页 > 新闻中心 > 部门动态

信州区文明创建“大喇叭”广播稿（第二期）
发布时间：2024-03-08 09:20 信息来源：区文明办

（播出时间：每天早上7:30、傍晚6:00各播一次）

各位居民朋友：
大家好！今天和大家聊一聊文明养犬。今年以来，信州区发放牵引绳1500根，办理犬证860张。
"""


MINUTES_WITH_NUMBER_LINE = """上饶市信州区人民政府
首页 > 政务公开 > 会议纪要

信州区创建文明城市工作调度会会议纪要
发布日期：2024-04-02  来源：区创文办

信州区人民政府办公室        〔2024〕7号

3月28日，区长主持召开创建文明城市工作调度会。会议要求，4月底前完成12条背街小巷整治。
"""


def test_a_scripts_broadcast_note_and_minutes_number_line_are_no_subtitles():
    for page, title in ((BROADCAST_SCRIPT, "信州区文明创建“大喇叭”广播稿（第二期）"),
                        (MINUTES_WITH_NUMBER_LINE, "信州区创建文明城市工作调度会会议纪要")):
        (art,) = _arts(page)
        assert art["title"] == title
        assert art["subtitle"] == ""
        assert art["region_info"]["adcode"] == "361102"


def test_a_second_headline_line_with_a_clause_of_its_own_stays_the_subtitle():
    """Guard: only a numbered chapter head or a bracketed note is kept out of the subtitle."""
    page = BULLETIN_EXCERPT.replace("九、城乡建设和公用事业\n", "城乡建设、精神文明建设齐头并进\n")
    (art,) = _arts(page)
    assert art["subtitle"] == "城乡建设、精神文明建设齐头并进"


TWO_LINE_HEADLINE = """每日新报　2024年6月4日　第5版　区域新闻

河西区“街长制”让背街小巷
处处有人管

每日新报讯（记者 祁明远）在河西区友谊路街道，每条背街小巷都挂上了“街长”公示牌。今年以来，河西区为全区126条背街小巷设立“街长”，实行问题“发现、上报、处置”闭环管理，已解决各类问题2310件。

红桥区：老旧楼道装上“声控灯”
每日新报讯（通讯员 杜若溪）近日，红桥区西沽街道12个老旧小区的楼道里装上了声控灯，共安装灯具860盏。
"""


def test_a_headline_broken_after_its_pivots_object_is_one_title():
    arts = _arts(TWO_LINE_HEADLINE)
    assert [a["title"] for a in arts] == ["河西区“街长制”让背街小巷处处有人管", "红桥区：老旧楼道装上“声控灯”"]
    assert [a["region_info"]["adcode"] for a in arts] == ["120103", "120106"]


def test_a_headline_broken_after_a_word_no_headline_ends_with_is_one_title():
    page = TWO_LINE_HEADLINE.replace("河西区“街长制”让背街小巷\n处处有人管", "河西区友谊路街道推出“楼门议事”的\n新做法")
    assert _arts(page)[0]["title"] == "河西区友谊路街道推出“楼门议事”的新做法"


ONE_REPORTER_TWO_PIECES = """团结报　2024年4月16日　第A03版　县市

凤凰:古城巷道换新颜
记者 曹  敏 通讯员 罗一鸣

本报讯 近日,凤凰县完成古城内38条巷道的改造,铺设青石板1.2万平方米。

泸溪:文明实践站开门迎客
记者 曹  敏
本报讯 近日,泸溪县新建的15个新时代文明实践站陆续开放,每个站点配备志愿者20名。
"""


def test_the_same_reporters_byline_over_a_second_piece_is_kept():
    arts = _arts(ONE_REPORTER_TWO_PIECES)
    assert [a["authors"] for a in arts] == [["曹敏", "罗一鸣"], ["曹敏"]]
    assert [a["region_info"]["adcode"] for a in arts] == ["433123", "433122"]


WEIBO_THREAD = """上海徐汇 
24-5-2 16:20 来自 微博 weibo.com　已编辑

【#徐汇创全# 滨江步道上的“文明引导员”】（1/3）五一假期首日，徐汇滨江迎来大批游客。徐汇区组织志愿者在滨江步道沿线开展文明引导。[组图共6张]

（2/3）据统计，假期首日徐汇区在滨江沿线设立志愿服务点18个，投入志愿者760人次，为游客提供咨询服务3200次。

（3/3）徐汇区文明办表示，将把滨江文明引导常态化。#上海文明城区#

转发 32　　评论 18　　赞 406
"""


def test_a_weibo_threads_counters_and_gallery_mark_are_no_facts_and_its_topic_no_title():
    (art,) = _arts(WEIBO_THREAD)
    assert art["title"] == "滨江步道上的“文明引导员”"
    assert art["region_info"]["adcode"] == "310104"
    values = {f["value"] for f in art["facts"]}
    assert {18, 760, 3200} <= values
    assert not values & {1, 2, 3, 6}  # （2/3）, [组图共6张]


def test_a_headline_line_opening_with_a_topic_keeps_it():
    """Guard: a title printed as a line of its own with its topic (#创城进行时# …) is cited whole;
    only the topic inside a post's bracketed headline run into its text is its tag."""
    page = ("徐汇区融媒体中心\n2024-05-02 10:00\n\n#创城进行时# 滨江步道迎来“文明引导员”\n\n"
            "近日，徐汇区组织志愿者在滨江步道开展文明引导，设立服务点18个。\n")
    (art,) = _arts(page)
    assert art["title"] == "#创城进行时# 滨江步道迎来“文明引导员”"
