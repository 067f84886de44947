"""Shapes of pages from held-out sets 32 and 33 (fix round fx32a): an e-paper viewer's copy
set letter-spaced, narrow columns with wrapped titles and bylines, lines that are no title
(a picture's alt word, a script's programme line, a web copy's meta line), a title with its
dashed subtitle on one line. Every page here was written for these tests, about places in
Hunan, Jiangxi, Sichuan and Anhui (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


# 1. an e-paper viewer's copy: a space between every character, the masthead's fields run
# together (paper, date, weekday, page "B 03", section), a byline set letter-spaced
VIEWER_COPY = """株 洲 晚 报   2023 年 6 月 9 日   星 期 五   B 03   区 县 新 闻

醴 陵 ： 老 街 坊 “ 议 ” 出 背 街 小 巷 新 面 貌
本报 记者  甘 晓 岚   通讯员  蒲 英 杰
  “巷子里的路灯终于亮了，晚上出门心里踏实多了。”醴陵市阳三石街道居民
谭 秋 月说。今年以来，醴陵在城区 126 条背街小巷推行“居民议事会”，累计
解决照明、排水等问题 430 余个，投入改造资金 2600 万元。

攸 县 新 建 “ 城 市 书 房 ” 9 处
  本报讯 （记者  柏 静 怡）今年以来，攸县在城区新建“城市书房”9 处，新增藏
书 3.5 万册。书房全天开放，让市民“推门可读、 随时可学”。
"""


def test_a_letter_spaced_masthead_gives_every_article_its_outlet_date_and_page():
    arts = _arts(VIEWER_COPY)
    assert [a["title"] for a in arts] == ["醴陵：老街坊“议”出背街小巷新面貌", "攸县新建“城市书房” 9处"] or \
        [a["title"].replace(" ", "") for a in arts] == ["醴陵：老街坊“议”出背街小巷新面貌", "攸县新建“城市书房”9处"]
    for a in arts:
        assert a["outlet"] == "株洲晚报"
        assert a["date"]["value"] == "2023-06-09"
        assert a["newspaper_page"] == "B03"


def test_a_letter_spaced_byline_under_the_title_is_the_byline_not_text():
    first = _arts(VIEWER_COPY)[0]
    assert first["authors"] == ["甘晓岚", "蒲英杰"]  # (本报 记者: the role word, no name)
    assert first["adcode"] == "430281"
    assert {126, 430} <= {f["value"] for f in first["facts"]}
    assert first["body"][0]["text"].startswith("“巷子里的路灯")


def test_a_spaced_title_is_no_masthead():
    """Guard: a headline set letter-spaced without a date or page is still the headline."""
    page = VIEWER_COPY.split("\n", 2)[2]
    arts = _arts(page)
    assert arts[0]["title"] == "醴陵：老街坊“议”出背街小巷新面貌"
    assert arts[0]["outlet"] is None


# 2. narrow columns: every printed line on its own with blank lines between; titles wrapped
# over three or four lines, a byline's role and names on lines of their own
NARROW = """九江日报

2022年8月16日

第5版：县区

瑞昌：

“文明积分”

兑出乡村

新风尚

本报记者

冉  飞

通讯员

桂晓敏

本报讯 近

日，瑞昌市

范镇的“文明

积分超市”又

迎来了兑换日，

村民用积分换回

了洗衣液、大米等

生活用品。据了解，

瑞昌已建成积分超市

58个，参与农户达到

1.2万户。

都昌湖畔

“红马甲”

扮靓新城

街巷

本报讯（记

者 殷  航）都昌

县近日组织志愿服

务队走进城区街巷，

开展文明劝导、清理

卫生死角等活动，全县

共有志愿者6800余人，

今年开展活动420余场次。
"""


def test_narrow_columns_with_wrapped_titles_give_two_articles():
    arts = _arts(NARROW)
    assert [a["title"] for a in arts] == ["瑞昌：“文明积分”兑出乡村新风尚", "都昌湖畔“红马甲”扮靓新城街巷"]
    assert [a["adcode"] for a in arts] == ["360481", "360428"]


def test_a_byline_role_and_name_on_lines_of_their_own_are_the_byline():
    first = _arts(NARROW)[0]
    assert first["authors"] == ["冉飞", "桂晓敏"]  # (冉  飞: a two-character name set to three)
    assert {58} <= {f["value"] for f in first["facts"]}


def test_a_place_label_wrapped_with_the_title_in_a_narrow_column_is_one_title():
    page = NARROW.replace("都昌湖畔\n\n“红马甲”\n\n扮靓新城\n\n街巷", "都昌县：湖畔\n\n老街变身\n\n“文明巷”")
    arts = _arts(page)
    assert len(arts) == 2
    assert arts[1]["title"] == "都昌县：湖畔老街变身“文明巷”"


# a paragraph-a-line copy: the second story's names listed with 、 under its title
LISTED_NAMES = """九江日报  2022年8月16日  第5版  县区

瑞昌：老茶园里办起“文明课堂”
在瑞昌市南义镇，志愿者每周走进茶园，为采茶工讲解文明新风和安全知识。今年以来，已开课36场。
镇里还为茶农建起了12处歇脚凉亭。
文/图 冉飞
都昌120个村推行“红黑榜”
殷航、桂晓敏、欧阳春雨
都昌县在全县120个村推行“红黑榜”，每月评议一次，上榜农户在村务公开栏公示。今年已评出“文明户”860户，40余支志愿服务队活跃在村组。
"""


def test_names_listed_under_a_title_split_the_page_and_are_its_authors():
    arts = _arts(LISTED_NAMES)
    assert [a["title"] for a in arts] == ["瑞昌：老茶园里办起“文明课堂”", "都昌120个村推行“红黑榜”"]
    assert arts[1]["authors"] == ["殷航", "桂晓敏", "欧阳春雨"]
    assert arts[1]["adcode"] == "360428"
    assert {120, 860} <= {f["value"] for f in arts[1]["facts"]}


# 3. lines that are no title
WECHAT_PICTURE = """江油发布
原创 江油发布 江油发布 2023年05月20日 19:30 四川

家门口的“共享菜园”开园啦！

图片

文字：龚晓然  摄影：祁远

周末一早，江油市太白路社区的“共享菜园”里热闹起来：居民们翻地、播种，孩子们跟着志愿者认识蔬菜。

图片

据了解，江油市今年以来利用社区闲置空地建成“共享菜园”18个，认领居民超过600户。

来源：江油市融媒体中心
编辑：岑雪
"""


def test_a_pictures_alt_word_alone_on_its_line_is_no_title():
    (art,) = _arts(WECHAT_PICTURE)
    assert art["title"] == "家门口的“共享菜园”开园啦！"
    assert art["adcode"] == "510781"
    assert "图片" not in " ".join(p["text"] for p in art["body"])


TV_SCRIPT = """北川羌族自治县融媒体中心 电视新闻稿
栏目：《北川新闻》        播出日期：2022年10月18日
稿件：北川：老旧小区改造 “微更新”带来大变化
记者：羊晓川 余  然      摄像：母国栋      时长：1分50秒

【导语】
近日，北川羌族自治县启动老旧小区“微更新”工程，城区面貌焕然一新。

【正文】
在北川羌族自治县永昌镇的一处老旧小区，施工人员正在粉刷外墙、更换路灯。据了解，今年全县共改造老旧小区23个，惠及居民2800余户。
"""


def test_a_scripts_programme_line_is_meta_and_its_labelled_piece_is_the_title():
    (art,) = _arts(TV_SCRIPT)
    assert art["title"] == "北川：老旧小区改造 “微更新”带来大变化"
    assert art["date"]["value"] == "2022-10-18"
    assert art["adcode"] == "510726"


WEB_META = """天长“百家讲坛”进社区的文明课

2023-05-10 08:30 皖东网 文/记者 尚可欣

五月的天长市，社区广场上座无虚席。由市民自发组织的“百家讲坛”已经办到了第42期。

（一）“身边人讲身边事”。天长市把讲坛开进全市28个社区，每期邀请一名居民讲述文明故事。
（二）“讲坛+志愿”。今年以来，讲坛带动新注册志愿者1600余人。

编辑 施雨
"""


def test_a_web_copys_meta_line_with_a_marked_byline_is_no_subtitle():
    (art,) = _arts(WEB_META)
    assert art["title"] == "天长“百家讲坛”进社区的文明课"
    assert art["subtitle"] == ""
    assert art["authors"] == ["尚可欣"]
    assert art["date"]["value"] == "2023-05-10"
    assert art["outlet"] == "皖东网"


# 4. a title and its dashed subtitle on one line
DASHED = """全椒县融媒体中心
网站首页 > 全椒新闻 > 文明创建

襄河岸边育新风 小城处处见文明——全椒县创建省级文明城市工作综述

发布时间：2023-11-02 10:15   来源：全椒县融媒体中心

（记者 柳一帆 戴  岚）初冬的全椒，襄河两岸绿意未褪。近年来，全椒县把创建省级文明城市作为惠民工程，累计改造老旧小区46个，新建口袋公园31处。
"""


def test_a_dashed_subtitle_on_the_titles_line_is_the_subtitle():
    (art,) = _arts(DASHED)
    assert art["title"] == "襄河岸边育新风 小城处处见文明"
    assert art["subtitle"].lstrip("—") == "全椒县创建省级文明城市工作综述"
    assert art["adcode"] == "341124"


def test_a_papers_scope_note_after_the_dash_stays_in_its_title():
    """Guard: ——以某某县为例 narrows a paper's subject; it is part of the title, no subtitle."""
    page = DASHED.replace("——全椒县创建省级文明城市工作综述", "——以全椒县为例").replace(
        "襄河岸边育新风 小城处处见文明", "县域文明城市创建的路径研究")
    (art,) = _arts(page)
    assert art["title"] == "县域文明城市创建的路径研究——以全椒县为例"
    assert art["subtitle"] == ""
