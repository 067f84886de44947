"""Shapes of pages the pipeline had not seen (held-out set 29's kinds, helper fx29b). Every page
here was written for these tests, about places in Sichuan, Guizhou, Gansu and others (not the
held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(art):
    return {(f["value"], f["unit"]) for f in art["facts"]}


MARKED_BRIEFS = """绵阳晚报  2018年5月9日  第06版  县区·速写

▲江油：“文明家庭”进社区巡讲
江油市组织首批“文明家庭”代表走进12个社区巡讲家风故事，听众达2300余人次。（通讯员 吕秋菊）

▲安州：河堤步道亮灯了
安州区沿河新建的3.6公里步道全线亮灯，附近居民晚饭后多了散步的好去处。（通讯员 龚志刚）
"""


def test_a_brief_column_s_marked_titles_are_cited_without_the_mark():
    arts = _arts(MARKED_BRIEFS)
    assert [a["title"] for a in arts] == ["江油：“文明家庭”进社区巡讲", "安州：河堤步道亮灯了"]


REPOST_LIBRARY = """某某个人图书馆
首页  阅览室  馆友  我的图书馆

都匀：剑江河畔的“夜间课堂”
剑江边的阿秀  2019-06-21  转藏  分享  献花(5)

来源：黔南日报  2019-06-18
本报记者 罗丽萍

每到周三晚上，都匀市剑江河畔的文化广场上就坐满了人。今年以来，都匀市在河畔开设“夜间课堂”，已开讲46场，听众超过1.1万人次。
"""


def test_a_repost_library_s_collector_line_is_no_subtitle_outlet_or_date():
    (art,) = _arts(REPOST_LIBRARY)
    assert art["title"] == "都匀：剑江河畔的“夜间课堂”"
    assert art["subtitle"] == ""
    assert art["outlet"] == "黔南日报"
    assert art["date"]["value"] == "2019-06-18"  # the paper's, not the day it was saved


PLACEHOLDER_EPAPER = """遵义晚报 手机版
2019年08月14日  第04版：城区

红花岗：老厂区变身文创园
[图片]
图为改造后的文创园一角 杨小波 摄
记者 田晓丽
红花岗区把闲置多年的老厂区改造成文创园，已引进文创企业37家，带动就业620人。
“以前这里杂草比人高，现在周末人挤人。”一位市民说。

汇川：夜市告别“脏乱差”
[图片]
记者 冉秋菊
汇川区对城区5个夜市实施改造，统一摊位、统一收运垃圾，投诉量同比下降64%。
"""


def test_a_picture_s_placeholder_is_no_subtitle_and_its_caption_no_title():
    arts = _arts(PLACEHOLDER_EPAPER)
    assert [a["title"] for a in arts] == ["红花岗：老厂区变身文创园", "汇川：夜市告别“脏乱差”"]
    assert [a["subtitle"] for a in arts] == ["", ""]
    assert arts[0]["authors"] == ["田晓丽"] and arts[1]["authors"] == ["冉秋菊"]
    assert "杨小波" in arts[0]["photographers"]


INSTITUTION_SITE = """岷县人民医院
网站首页 | 医院概况 | 新闻动态 | 科室导航 | 护理园地

我院志愿者走进社区开展义诊
作者：院办 包晓燕   发布时间：2019年04月02日   阅读：318次

近日，我院组织医护志愿者26人走进城区社区开展义诊，为群众测量血压、解答健康问题，服务群众410余人次。
"""


def test_a_site_name_over_its_navigation_bar_is_the_outlet_and_a_department_no_author():
    (art,) = _arts(INSTITUTION_SITE)
    assert art["outlet"] == "岷县人民医院"
    assert art["authors"] == ["包晓燕"]
    assert art["date"]["value"] == "2019-04-02"


COMPANY_SITE = """中国某某新闻网
首页 > 基层动态

四川广元：加油站里的“爱心驿站”
2018-11-06 10:12   来源：广元石油   作者：何晓梅

广元市创建文明城市以来，全市9座加油站挂牌“爱心驿站”，累计为环卫工人提供服务3200人次。
"""


def test_a_source_naming_no_publication_gives_way_to_the_site_s_name():
    (art,) = _arts(COMPANY_SITE)
    assert art["outlet"] == "中国某某新闻网"


FRONT_MATTER = """---
title: "理塘：高原县城的文明新风"
source: 甘孜日报
date: 2018-07-12
tags: [四川, 创城]
clipped: 2022-05-01
---

# 理塘：高原县城的文明新风

本报讯（记者 泽仁拉姆）走进理塘县城，街道干净整洁。今年以来，理塘县新建公厕14座、垃圾中转站3座。

牧民们说，县城一年一个样。
"""


def test_markdown_front_matter_gives_the_date_and_source_and_one_article():
    (art,) = _arts(FRONT_MATTER)
    assert art["title"] == "理塘：高原县城的文明新风"
    assert art["date"]["value"] == "2018-07-12"  # not the day it was clipped
    assert art["outlet"] == "甘孜日报"
    assert (14, "座") in _facts(art)


BLOG_REPOST = """新浪博客
老马说会宁的博客

[转载]会宁：红色小城的文明底色
(2017-09-03 20:15:11)
转载▼
标签： 会宁 文明创建    分类： 转载文章

原文地址：会宁：红色小城的文明底色    作者：白银日报

博主按：家乡的新变化，转来留个纪念。

（原载《白银日报》2017年9月1日第2版）

会宁：红色小城的文明底色
白银日报记者 赵丽娟 通讯员 欧阳明

会宁县今年以来新建口袋公园11个，改造背街小巷36条，县城面貌焕然一新。

阅读(52)  评论(1)  收藏  转载  喜欢  打印
前一篇：会宁的秋天
后一篇：祖厉河边
"""


def test_a_blog_repost_is_the_reposted_piece_dated_where_it_first_ran():
    (art,) = _arts(BLOG_REPOST)
    assert art["title"] == "会宁：红色小城的文明底色"
    assert art["authors"] == ["赵丽娟", "欧阳明"]
    assert art["outlet"] == "白银日报"
    assert art["date"]["value"] == "2017-09-01"  # the 原载 line's, not the blog's 2017-09-03


PULL_QUOTE = """毕节日报  2019年3月20日  第3版  县域

黔西：河道边的“护河队”

本报记者 何丽娜

黔西县沿河的村寨都组建了护河队，每天巡河清漂。全县已建成护河队48支，清理河道垃圾1200余吨。

全县已建成护河队48支

“河水清了，鱼也回来了。”一位老队员说。目前，全县已有900名护河队员。
"""


def test_a_pull_quote_dropped_as_a_repeat_leaves_the_text_after_it_the_article_s():
    (art,) = _arts(PULL_QUOTE)
    assert (900, "名") in _facts(art)


LONG_IMAGE = """威宁发布
一图读懂｜威宁创建省级文明县城行动方案
2020-03-11 17:40

一图读懂
威宁创建省级文明县城
行动方案

01
主要任务
改造
老旧小区
26个

02
数说成效
（截至2020年2月）
注册志愿者
1.8万人

长按识别二维码
关注“威宁发布”
"""


def test_a_long_image_s_dated_note_is_no_meta_line_and_its_account_the_outlet():
    arts = _arts(LONG_IMAGE)
    assert len(arts) == 1
    assert arts[0]["outlet"] == "威宁发布"


SEARCH_RESULTS = """百度一下
泸州 宜宾 文明城市
网页  资讯  视频  图片
百度为您找到相关结果约2,340,000个
搜索工具

泸州：“文明积分”兑出好风气_泸州日报
2020年6月3日 本报讯（记者 王晓燕）泸州市江阳区推行“文明积分”，全区已有1.6万户家庭参与...
泸州日报  百度快照

宜宾：长江边建起12座“文明驿站”
2020年5月18日 宜宾新闻网讯（记者 李红梅）记者从宜宾市文明办获悉，宜宾市在长江沿岸建起“文明驿站”12座，为市民和游客提供休憩、饮水等服务...
宜宾新闻网  百度快照
"""


def test_search_results_are_dated_by_their_snippets_and_the_count_is_no_fact():
    arts = _arts(SEARCH_RESULTS)
    assert [a["date"]["value"] for a in arts] == ["2020-06-03", "2020-05-18"]
    assert all(2340000 not in {f["value"] for f in a["facts"]} for a in arts)


ONE_LINE_PAGE = ("甘南日报 2019年7月4日 第02版 综合 合作：街头多了“文明劝导岗” 本报记者 杨晓红 "
                 "合作市在城区主要路口设立文明劝导岗18个，每天有志愿者值守，劝导不文明行为3400余次。"
                 "市民说，过马路闯红灯的人少多了。 "
                 "夏河：寺院周边环境大变样 通讯员 才让卓玛 本报记者 杨晓红 "
                 "夏河县对拉卜楞镇街巷开展集中整治，清理乱堆乱放点位260处，新建停车场2个。"
                 "游客说，这里比以前更干净了。")


def test_a_page_copied_onto_one_line_gives_its_articles():
    arts = _arts(ONE_LINE_PAGE)
    assert [a["title"] for a in arts] == ["合作：街头多了“文明劝导岗”", "夏河：寺院周边环境大变样"]
    assert arts[0]["authors"] == ["杨晓红"] and arts[1]["authors"] == ["才让卓玛", "杨晓红"]
    assert [a["outlet"] for a in arts] == ["甘南日报", "甘南日报"]
    assert [a["date"]["value"] for a in arts] == ["2019-07-04", "2019-07-04"]
    assert (18, "个") in _facts(arts[0]) and (260, "处") in _facts(arts[1])
