"""Shapes of pages from other years (fx42): old sites' briefs lists with two-digit-year dates,
site names with their channel over the page, BBS floor lines, an H5 page's site line, a
short-video description's platform line. Every page here was written for these tests, about
places in Hunan (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


PROVINCIAL_BRIEFS = """湖南文明网——市州传真
醴陵：瓷城街巷换新装
11-06-21
醴陵市今年改造背街小巷32条，新装路灯一千二百盏。
汨罗龙舟广场焕新颜
2011.06.20
汨罗市新建文化广场3个，广场舞队伍发展到45支。
"""


def test_a_briefs_list_with_two_digit_year_dates_splits_and_names_the_site():
    arts = _arts(PROVINCIAL_BRIEFS)
    assert [a["title"] for a in arts] == ["醴陵：瓷城街巷换新装", "汨罗龙舟广场焕新颜"]
    assert arts[0]["date"]["value"] == "2011-06-21"  # 11-06-21: a two-digit year, this century's
    assert arts[1]["date"]["value"] == "2011-06-20"
    assert all(a["outlet"] == "湖南文明网" for a in arts)  # the site, not its channel
    assert arts[0]["region"] == "醴陵市" and arts[1]["region"] == "汨罗市"
    assert 32 in {f["value"] for f in arts[0]["facts"]}


GOV_SITE_SHORT_DATE = """汨罗市人民政府网 · 汨罗要闻
汨罗：社区微菜园扮靓小区
日期：15-07-02  点击：518
今年以来，汨罗市在城区建成社区微菜园26个，带动居民参与志愿服务一千余人次。
"""


def test_a_government_sites_short_labelled_date_is_this_century_and_its_name_the_outlet():
    (art,) = _arts(GOV_SITE_SHORT_DATE)
    assert art["date"]["value"] == "2015-07-02"  # not 民国15年 (1926)
    assert art["outlet"] == "汨罗市人民政府网"
    assert art["title"] == "汨罗：社区微菜园扮靓小区"
    assert 518 not in {f["value"] for f in art["facts"]}  # the click counter


def test_a_named_republic_year_stays_one():
    """Guard: a date after a label with three digits is a 民国 year (Taiwan), as before."""
    page = GOV_SITE_SHORT_DATE.replace("日期：15-07-02", "日期：112-07-02")
    (art,) = _arts(page)
    assert art["date"]["value"] == "2023-07-02"


BBS_REPOST = """天涯社区 > 湖南 > 岳阳
【转帖】临湘街头的便民信息栏多起来了
楼主：洞庭湖边人   发表于 08-05-12 10:20   点击：800  回复：9

临湘市今年在城区主要路口设立便民信息栏60个，清除乱贴乱画一万余处。
家住长安路的居民说，现在墙面干净多了。
"""


def test_a_bbs_floor_line_with_a_colon_is_no_title():
    (art,) = _arts(BBS_REPOST)
    assert art["title"] == "临湘街头的便民信息栏多起来了"
    assert art["region"] == "临湘市"
    assert 800 not in {f["value"] for f in art["facts"]}
    assert "洞庭湖边人" not in art["authors"]


BBS_POST_LABELLED = """强国论坛 > 浏阳人家 > 讨论区
浏阳创文明城市，咱们小区门口的垃圾桶也换了
作者：捞刀河的老周  发表：12-09-03 20:15  浏览：640
今天下楼发现小区门口换了分类垃圾桶，听说全市这次一共换了四百组。
"""


def test_a_bbs_posts_short_date_after_its_label_is_read():
    (art,) = _arts(BBS_POST_LABELLED)
    assert art["title"] == "浏阳创文明城市，咱们小区门口的垃圾桶也换了"
    assert art["date"]["value"] == "2012-09-03"
    assert art["outlet"] == "强国论坛"  # the forum over the thread, its breadcrumb's first step
    assert art["region"] == "浏阳市"


H5_PAGE = """浏阳发布 H5
数说浏阳文明创建这一年
浏阳市今年新增城市公园12个，改造老旧小区35个。
浏阳市文明办 出品  2024年12月
"""


def test_an_h5_pages_site_line_names_the_outlet():
    (art,) = _arts(H5_PAGE)
    assert art["outlet"] == "浏阳发布"
    assert art["title"] == "数说浏阳文明创建这一年"


VIDEO_DESCRIPTION = """抖音 · 韶山融媒
2天前 · 播放 3.1万
#文明城市 #韶山 韶山冲的新停车场启用啦！
韶山市在韶山冲新建停车场一座，新增停车位320个，设置文明引导岗12处。
720P  ❤ 4127  💬 58  ↗ 分享
"""


def test_a_video_descriptions_platform_line_names_the_account():
    (art,) = _arts(VIDEO_DESCRIPTION)
    assert art["outlet"] in ("韶山融媒", "抖音")
    assert 320 in {f["value"] for f in art["facts"]}


def test_a_video_captions_leading_tags_are_no_title_and_its_counters_no_facts():
    (art,) = _arts(VIDEO_DESCRIPTION)
    assert art["title"] == "韶山冲的新停车场启用啦！"
    assert art["region"] == "韶山市"
    assert not {f["value"] for f in art["facts"]} & {4127, 58, 720}


PROVINCIAL_PAPER_TWO = """湖南日报  2009年5月6日  星期三  第6版  市州新闻

麻阳：锦江河畔建起健身步道
特约记者 向秋菊
本报讯 今年以来，麻阳投入资金520万元，沿锦江河畔修建健身步道6公里，新增健身器材40套。

通道评出“十佳文明村”
本报讯（通讯员 杨青松）通道县日前评出“十佳文明村”，全县共有96个村参评。
"""


def test_an_autonomous_countys_short_name_in_a_headline_on_a_provincial_paper_is_its_region():
    arts = _arts(PROVINCIAL_PAPER_TWO)
    assert [a["title"] for a in arts] == ["麻阳：锦江河畔建起健身步道", "通道评出“十佳文明村”"]
    assert arts[0]["region"] == "麻阳苗族自治县"  # not 湖南省, the paper's province
    assert arts[1]["region"] == "通道侗族自治县"


def test_a_short_name_without_its_province_on_the_page_stays_unread():
    """Guard: without the province named anywhere, a two-character short name is not read
    for a county on its own (too many are words elsewhere)."""
    page = "麻阳：锦江河畔建起健身步道\n今年以来，锦江河畔新修健身步道6公里。\n"
    (art,) = _arts(page)
    assert art["region"] is None


def test_a_headline_with_a_dash_stays_the_title():
    """Guard: a title whose clauses a dash joins is no site line over a channel."""
    page = "醴陵：瓷城街巷换新装——背街小巷全部完工\n2011年6月21日\n醴陵市今年改造背街小巷32条。\n"
    (art,) = _arts(page)
    assert art["title"].startswith("醴陵：瓷城街巷换新装")


APP_REPOST = """醴陵融媒
醴陵：老瓷厂变身文创街区
2024-05-20 09:12
原标题：醴陵：老瓷厂变身文创街区（2024年5月16日首发）
作者：易晓岚
醴陵市把闲置的老瓷厂改造成文创街区，入驻商户58家。
"""


def test_a_reposts_first_run_date_in_its_note_is_the_date():
    (art,) = _arts(APP_REPOST)
    assert art["date"]["value"] == "2024-05-16"  # the original's, not the repost's 2024-05-20
    assert art["title"] == "醴陵：老瓷厂变身文创街区"


def test_a_repost_without_a_first_run_note_keeps_its_post_date():
    """Guard: a 原标题 note with no date leaves the post's own date."""
    page = APP_REPOST.replace("（2024年5月16日首发）", "")
    (art,) = _arts(page)
    assert art["date"]["value"] == "2024-05-20"
