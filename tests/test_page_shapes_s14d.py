"""Shapes of pages holding several articles (round s14, fourth part): a later article signed by
a name alone under its headline; a photo column's label over a picture story; a comment's label
in brackets before its title; an item named by an outlet's name alone on a page about elsewhere;
a headline printed after its jump line; a digest's items numbered with a bar; a feature's
marked sections signed once at its end; a headline glued after a picture's credit; 编后 over a
title; a site's fields in brackets under each item. Every page here was written for these
tests, about places in Shandong, Guangxi, Fujian, Zhejiang, Jiangsu, Anhui, Jiangxi and Hubei;
every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


NAME_UNDER_LATER_HEADLINE = """东营日报  2020年6月4日  第6版

垦利区背街小巷为啥变干净了？
本报记者 綦晓东
过去一下雨就满是泥泞的垦利区背街小巷，如今铺上了沥青路面，去年以来共硬化小巷64条。

河口区“文明实践点”开到渔村码头
孔德瑞
河口区在渔村建成新时代文明实践站点112个，今年以来开展各类活动1800余场次。
"""


def test_a_later_article_signed_by_a_name_alone_under_its_headline():
    arts = _arts(NAME_UNDER_LATER_HEADLINE)
    assert [a["title"] for a in arts] == ["垦利区背街小巷为啥变干净了？", "河口区“文明实践点”开到渔村码头"]
    assert arts[1]["authors"] == ["孔德瑞"]


PHOTO_COLUMN_THEN_REPORT = """钦州日报 2021年10月19日 第5版 县区

图片新闻
浦北蔗乡晒出“文明晒谷场”
10月16日，浦北县一处村屯的村民在新修的文明晒谷场上晾晒稻谷。该县今年共修建晒谷场38处。 通讯员 黄丽萍 摄

浦北县“门前三包”纳入村规民约
本报讯（记者 蓝天佑）今年以来，浦北县把“门前三包”写进全县218个行政村的村规民约。
"""


def test_a_photo_columns_label_over_a_picture_story_then_a_report():
    arts = _arts(PHOTO_COLUMN_THEN_REPORT)
    assert [a["title"] for a in arts] == ["浦北蔗乡晒出“文明晒谷场”", "浦北县“门前三包”纳入村规民约"]
    assert arts[0]["photographers"] == ["黄丽萍"] and arts[1]["authors"] == ["蓝天佑"]


BRACKETED_COMMENT_AND_OUTLET_NAME = """海峡导报
2019年12月8日 星期日
A05 集美新闻

集美区农贸市场改造完成过半
记者 洪宝珠 通讯员 苏振南
集美区今年计划改造提升农贸市场19个，目前已完工11个，新增停车位430个。

【短评】改了更要管好
市场是城市的“菜篮子”，也是文明的“窗口”。改造之后更要管好，别让新市场又回到老样子。（一苇）
"""


def test_a_comments_label_in_brackets_and_its_place_from_the_page_not_the_outlets_name():
    arts = _arts(BRACKETED_COMMENT_AND_OUTLET_NAME)
    assert [a["title"] for a in arts] == ["集美区农贸市场改造完成过半", "改了更要管好"]
    assert arts[1]["region"] == "集美区"


HEADLINE_AFTER_JUMP = """湖州日报  2019年5月17日  第3版  县市新闻

（上接第1版）长兴“五水共治”再出发
全县已累计关停整治蓄电池作坊1200余家，县域交接断面水质达标率连续三年保持100%。

长兴县文明餐桌“光盘”成风
本报记者 楼一鸣
本报讯 长兴县在全县餐饮单位推广“公筷公勺”，已有480家餐馆挂牌“文明餐桌示范店”。
"""


def test_a_headline_printed_after_its_jump_line_opens_an_article():
    arts = _arts(HEADLINE_AFTER_JUMP)
    assert [a["title"] for a in arts] == ["长兴“五水共治”再出发", "长兴县文明餐桌“光盘”成风"]


DIGEST_WITH_BARS = """新华日报
早安·江苏 | 2024年3月18日 周一 07:00

1 | 邳州市：老旧小区改造今年再启动64个
新华日报记者 万芳菲
记者从邳州市获悉，今年该市计划启动老旧小区改造64个，涉及居民1.1万户。
阅读 2.4万

2 | 睢宁县稻田里的“文明实践课堂”
新华日报记者 孙启航 通讯员 吕文涛
睢宁县利用农闲时节，在田间地头开设文明实践课堂，已开课120余场次。
阅读 8613
"""


def test_a_digests_items_numbered_with_a_bar_are_articles_without_their_numbers():
    arts = _arts(DIGEST_WITH_BARS)
    assert [a["title"] for a in arts] == ["邳州市：老旧小区改造今年再启动64个", "睢宁县稻田里的“文明实践课堂”"]
    assert arts[1]["authors"] == ["孙启航", "吕文涛"]


FEATURE_WITH_MARKED_SECTIONS = """今日潜山 电子版
版面导航：第3版  城乡　　　　　　2019年10月22日

县城新增12处口袋公园
本报讯 今年以来，潜山市利用城区边角地新建口袋公园12处，新增绿地面积1.8万平方米。

老旧小区的“新生活”
——潜山市老旧小区改造见闻

■ 楼道亮了，心里也亮了
走进梅城镇的老粮站宿舍，粉刷一新的外墙映入眼帘。
■ 居民的事大家商量着办
改造前，各小区都召开“居民议事会”，全市共收集居民意见建议540条。
■ 改好了还要管得好
改造完成的小区全部引入物业服务或成立居民自管小组。（记者 何亚楠 通讯员 檀文斌）
"""


def test_a_features_marked_sections_signed_once_at_its_end_stay_one_article():
    arts = _arts(FEATURE_WITH_MARKED_SECTIONS)
    assert [a["title"] for a in arts] == ["县城新增12处口袋公园", "老旧小区的“新生活”"]
    assert arts[1]["authors"] == ["何亚楠", "檀文斌"]


CREDIT_THEN_HEADLINE_AND_AFTERWORD = """\ufeff中国冶金报　2018年8月10日　第7版　企业文化
上一版　下一版　　　本版责编：付晶

图片新闻
矿山新绿
8月初，德兴市矿区复绿工程现场，工人们正在栽种耐旱植物。该工程今年计划复绿38公顷。
（钟鸣 摄）矿区职工书屋向居民开放
近日，德兴市矿区职工书屋正式向周边居民开放，藏书4800册，每天开放10小时。

编后
小书屋里的大文明
复绿、书屋，件件是小事，连起来就是一座有温度的矿山。
"""


def test_a_headline_glued_after_a_pictures_credit_and_an_afterword_with_its_title():
    arts = _arts(CREDIT_THEN_HEADLINE_AND_AFTERWORD)
    assert [a["title"] for a in arts] == ["矿山新绿", "矿区职工书屋向居民开放", "小书屋里的大文明"]
    assert arts[0]["photographers"] == ["钟鸣"]


SITE_FIELDS_IN_BRACKETS = """赤壁市人民政府
当前位置：首页 > 政务公开 > 工作动态

赤壁市启动文明单位复查工作
【来源：市文明办】【作者：聂文静】【时间：2021-08-02 15:40】【字体：大 中 小】
8月1日起，赤壁市启动文明单位复查工作，此次复查涉及市级以上文明单位86个。
打印本页　关闭窗口

城区新建改建公厕24座
【来源：市城管局】【作者：】【时间：2021-07-28 17:25】【字体：大 中 小】
今年，赤壁市计划在城区新建改建公厕24座，目前已完工17座。
打印本页　关闭窗口
"""


def test_a_sites_fields_in_brackets_are_meta_not_headlines():
    arts = _arts(SITE_FIELDS_IN_BRACKETS)
    assert [a["title"] for a in arts] == ["赤壁市启动文明单位复查工作", "城区新建改建公厕24座"]
    assert arts[0]["authors"] == ["聂文静"] and arts[0]["date"]["value"] == "2021-08-02"


OCR_META_LINE = """首页 > 县区动态 > 正文

凤冈：茶乡小城的“文明书屋”
发布时间：2023-05-1610:24 来源：凤冈县融媒体中心 【字体：大 中小】
凤冈县今年新建文明书屋26家。
"""


def test_a_meta_line_as_ocr_reads_it_with_its_spaces_lost_is_still_meta():
    (a,) = _arts(OCR_META_LINE)
    assert a["title"] == "凤冈：茶乡小城的“文明书屋”" and a["date"]["value"] == "2023-05-16"
    assert a["outlet"] == "凤冈县融媒体中心"
