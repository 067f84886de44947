"""Shapes of pages found by the twenty-third held-out set (issue 14, fifteenth round): a post
of items each under a headline in 【】, closing bylines on lines of their own after captions,
a mountain named after a county, a meta line whose source is 本文来源, an office printed as
the author, a breadcrumb with >>. Every page here was written for these tests, about places
in Inner Mongolia, Guangxi, Gansu and Shanxi (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


POST_OF_BRACKETED_ITEMS = """创城周报｜身边的变化看得见
青秀发布 2025-05-14 17:00 广西
【南湖街道：老旧小区加装电梯“加速跑”】
南湖街道今年以来加快推进老旧小区加装电梯工作，已完成加装电梯26部，另有11部正在施工。（通讯员 黄晓雯）
【津头街道：背街小巷变身“口袋花园”】
津头街道对辖区内5条背街小巷开展环境整治，补植绿化1800平方米，新建“口袋花园”3处。（通讯员 梁以宁 韦明浩）
来源：青秀区城市管理局
编辑：农一然
"""


def test_a_posts_items_under_bracketed_headlines_are_articles_of_their_own():
    first, second = _arts(POST_OF_BRACKETED_ITEMS)
    assert first["title"] == "南湖街道：老旧小区加装电梯“加速跑”"
    assert first["authors"] == ["黄晓雯"]
    assert second["title"] == "津头街道：背街小巷变身“口袋花园”"
    assert second["authors"] == ["梁以宁", "韦明浩"]
    assert 26 in {f["value"] for f in first["facts"]} and 26 not in {f["value"] for f in second["facts"]}


def test_sections_in_short_brackets_stay_one_article():
    """Guard: 【现场问政】 and 【满意度测评】 are sections of one report, not items."""
    page = ("镜头对准问题 部门当场认领\n本报记者 卢晓川\n6月28日晚，电视问政节目现场直播。\n"
            "【现场问政】\n主持人：背街小巷为什么一直没改造？\n【满意度测评】\n4个部门的平均满意率为71.5%。\n")
    (art,) = _arts(page)
    assert art["title"] == "镜头对准问题 部门当场认领"


TWO_ARTICLES_CLOSED_BY_BYLINE_LINES = """钦州日报 2024年6月5日 A4 县域·聚焦
灵山城区“微改造”改出宜居新模样
今年以来，灵山县启动城市“微改造”行动，已完成城区道路“白改黑”12.6公里，新建街心游园8个。
▲志愿者在灵山县城街头开展文明劝导。 通讯员 黄丽珍 摄
（全媒体记者 宁家豪 通讯员 黄丽珍）
浦北：荔枝林边吹来文明风
近年来，浦北县在全县推行“文明积分”制度，评选出“文明户”4200户。
（全媒体记者 吴海鹏）
"""


def test_a_closing_byline_on_its_own_line_after_a_caption_ends_the_article():
    first, second = _arts(TWO_ARTICLES_CLOSED_BY_BYLINE_LINES)
    assert first["authors"] == ["宁家豪", "黄丽珍"]
    assert second["title"] == "浦北：荔枝林边吹来文明风"
    assert second["authors"] == ["吴海鹏"]
    assert second["adcode"] == "450722"


MOUNTAIN_NAMED_AFTER_A_COUNTY = """大青山下 文明“交通线”越走越宽
赛罕发布 2024-08-27 18:02 内蒙古
近日，赛罕区在辖区中小学校周边开展文明交通宣传劝导活动。今年以来，赛罕区新增交通信号灯19组，施划停车泊位2100个。
"""


def test_a_mountain_named_like_a_place_is_no_mention_of_it():
    page = MOUNTAIN_NAMED_AFTER_A_COUNTY.replace("大青山下", "武川山下")
    (art,) = _arts(page)
    assert art["adcode"] == "150105"  # 赛罕区, not 武川县 (武川山 is a mountain's name)


def test_a_places_mountain_areas_still_name_it():
    """Guard: 遵义山区 are that place's own mountain areas."""
    (art,) = _arts("遵义山区群众用上放心水\n今年以来，遵义山区新建集中供水工程36处，惠及群众2.1万人。\n")
    assert art["adcode"] == "520300"


GOVERNMENT_PAGE_OFFICE_AS_AUTHOR = """靖远县人民政府门户网站
网站首页 | 走进靖远 | 新闻中心 | 信息公开
新闻中心 >> 部门动态
县城市管理局：精细管理让城市更有“温度”
作者：县城市管理局　　来源：县城市管理局　　发布时间：2024-12-03 17:20　　阅读次数：368
今年以来，靖远县城市管理局设置便民疏导点5处，规范摊位410个，新建改建公厕9座。
"""


def test_an_office_printed_as_the_author_is_the_source_and_the_breadcrumb_no_title():
    (art,) = _arts(GOVERNMENT_PAGE_OFFICE_AS_AUTHOR)
    assert art["title"] == "县城市管理局：精细管理让城市更有“温度”"
    assert art["authors"] == []
    assert art["date"]["value"] == "2024-12-03"


NEWS_SITE_WITH_BENWEN_SOURCE = """晋城新闻网
当前位置：首页 > 晋城新闻 > 县区动态
阳城县：志愿服务“积分制”让好人有好报
时间：2024年08月27日　　浏览：1,523次　　本文来源：太行日报
本报讯（记者 郝建军）去年以来，阳城县探索建立志愿服务“积分制”，全县已有1.6万名志愿者参与积分管理。
"""


def test_a_meta_line_with_its_source_as_benwen_laiyuan_is_read_whole():
    (art,) = _arts(NEWS_SITE_WITH_BENWEN_SOURCE)
    assert art["subtitle"] == ""
    assert art["date"]["value"] == "2024-08-27"
    assert art["authors"] == ["郝建军"]
    assert 1523 not in {f["value"] for f in art["facts"]}


VIDEO_PAGE_WITH_STATS_BAR = """视频网站　　首页　番剧　直播　游戏中心
【文明实践】贵港这条老街“变身”了！260米老街修旧如旧
1890播放 · 总弹幕数12　2024-04-12 19:30:02
港北融媒
港北区融媒体中心官方账号
点赞 126　投币 31　收藏 45　分享 12
简介
今年以来，港北区对城区老街实施“修旧如旧”改造，全长260米的老街共修缮骑楼38栋，总投资1600万元。
文案：覃丽萍　拍摄：黄志强
"""


def test_a_video_pages_stats_bar_is_no_fact_and_no_failure():
    """Hostile shape: a line of four counters read as a heading once made the page fail (a KeyError)."""
    (art,) = _arts(VIDEO_PAGE_WITH_STATS_BAR)
    values = {f["value"] for f in art["facts"]}
    assert {38, 16000000} <= values
    assert not values & {126, 31, 45}


MASTHEAD_AT_THE_FOOT = """2024年10月22日　星期二
县域新闻
5
责编：赵晨曦　美编：王涛

辛集市见缝插绿建起28个“口袋公园”

□文/本报记者 郝雅静

清晨，辛集市区中兴路旁的口袋公园里已有不少市民在散步。今年以来，辛集市新建口袋公园28个。

深泽县“文明劝导岗”守护路口平安

本报讯（记者 霍建军）深泽县在城区12个路口设立“文明劝导岗”，今年以来劝导不文明行为5600余起。

石家庄日报
"""


def test_a_masthead_printed_at_the_pages_foot_is_every_articles_outlet():
    first, second = _arts(MASTHEAD_AT_THE_FOOT)
    assert first["outlet"] == "石家庄日报" and second["outlet"] == "石家庄日报"  # (县域新闻 is the page's section)
    assert first["newspaper_page"] == "5"


BRIEFS_WITH_PLACE_TABS = """苏州日报　2024年12月3日　A05
------
●相城
荷塘边新添8座“城市驿站”
相城区在荷塘月色湿地公园新建的8座“城市驿站”日前全部投用，每座驿站面积约30平方米。
□通讯员 沈超 记者 徐佳音
------
●常熟
老街巷有了“大管家”
常熟市首批60名“小巷管家”日前上岗，负责老街巷的卫生保洁和文明劝导。
□记者 周一鸣
"""


def test_a_districts_short_name_as_an_items_place_tab_is_no_author():
    first, second = _arts(BRIEFS_WITH_PLACE_TABS)
    assert first["authors"] == ["沈超", "徐佳音"]  # not 相城, the tab
    assert first["adcode"] == "320507"


def test_an_original_mark_and_the_office_after_it_are_no_author():
    page = ("文明芷江\n2024-10-09 18:20　湖南\n积分超市｜芷江镇第三季度“文明积分”兑换情况公示\n"
            "原创　芷江侗族自治县新时代文明实践中心\n"
            "　　为进一步激发群众参与文明创建的积极性，现将芷江镇第三季度“文明积分”兑换情况公示如下：\n"
            "　　一、总体情况\n　　第三季度，芷江镇共有1120户群众参与“文明积分”评比，累计发放积分7.2万分。\n")
    (art,) = _arts(page)
    assert art["title"] == "积分超市｜芷江镇第三季度“文明积分”兑换情况公示"
    assert art["authors"] == []
    assert art["adcode"] == "431228"


def test_headlines_do_not_depend_on_words_loaded_into_jiebas_own_tokenizer():
    """Under `mkdocs serve` the search plugin loads the site's user dictionary (老旧小区 as one
    word) into jieba's default tokenizer, in the process that re-reads an edited page: the page
    must come out as a fresh build makes it. Run in a process of its own (jieba's state is global)."""
    import json
    import subprocess
    import sys

    from conftest import ROOT
    code = ("import sys, json, jieba; sys.path.insert(0, 'tests'); jieba.setLogLevel(60); "
            "jieba.add_word('老旧小区', 2000); "
            "from conftest import page_articles; import test_page_shapes14 as t; "
            "a = page_articles(t.SECTION_NAME_OVER_PLACE_NEWS)[0]; print(json.dumps([a['title'], a['subtitle']]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == ["津市：“社区管家”上岗", "老旧小区有了“守门人”"]
