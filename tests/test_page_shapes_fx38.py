"""Shapes of pages the pipeline had not seen (issue 14, round 38): app posts with their
banner, brand name and credits line, a video marker, and a hotline named by its number.
Every page here was written for these tests, about places in Zhejiang, Sichuan, Fujian and
Jiangxi (not the held-out pages' places); the names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


APP_BANNER_SLOGAN = """泰顺发布
打开APP，阅读体验更佳

廊桥之乡泰顺：志愿服务进村入户

作者：钟启航  2023-05-16 09:12

泰顺县把志愿服务站建到村口，目前已在全县建成村级服务站64个。每个站点每月至少开展活动3次，今年以来共服务村民2.4万人次。

责任编辑：夏雨薇
阅读 1.6万
"""


def test_an_apps_name_over_its_open_button_with_a_slogan_is_the_outlet():
    (art,) = _arts(APP_BANNER_SLOGAN)
    assert art["outlet"] == "泰顺发布"
    assert art["title"] == "廊桥之乡泰顺：志愿服务进村入户"
    assert art["authors"] == ["钟启航"]
    assert art["adcode"] == "330329"


VIDEO_APP_POST = """四川观察

青川县：山区小县的“文明积分超市”

记者 苟明远 阿苏木呷  编辑 蒋若澜  2023年4月12日

[视频] 时长 02:10

青川县在全县乡镇推行“文明积分超市”，村民参加环境整治、志愿服务可以攒积分换日用品。全县已建成积分超市36个，参与农户1.2万户。

在乔庄镇，积分超市每月开放4次，村民用积分兑换了洗衣粉、毛巾等物品。
"""


def test_a_video_marker_is_no_title_and_the_apps_credits_line_is_read():
    arts = _arts(VIDEO_APP_POST)
    assert len(arts) == 1  # the marker over the clip does not open a second article
    (art,) = arts
    assert art["title"] == "青川县：山区小县的“文明积分超市”"
    assert art["authors"] == ["苟明远", "阿苏木呷"]  # the editor after the wide gap is no author
    assert art["date"]["value"] == "2023-04-12"
    assert art["outlet"] == "四川观察"
    assert art["adcode"] == "510822"
    assert {36, 12000} <= {f["value"] for f in art["facts"]}


BRAND_OVER_BYLINE = """江西观察

铜鼓县：客家山城的“文明新风”

记者｜钟秋实  通讯员｜温雅琴

铜鼓县今年在全县开展“最美庭院”评选，评出最美庭院420户，县城新建口袋公园9个。

二〇二一年六月三日
"""


def test_an_apps_brand_name_over_title_and_byline_is_the_outlet():
    (art,) = _arts(BRAND_OVER_BYLINE)
    assert art["outlet"] == "江西观察"
    assert art["title"] == "铜鼓县：客家山城的“文明新风”"
    assert art["authors"] == ["钟秋实", "温雅琴"]
    assert art["adcode"] == "360926"


def test_a_column_named_so_in_the_text_is_no_outlet():
    """Guard: a 观察 line under a title (a column's name inside the piece) stays text, never the outlet."""
    page = """福鼎市：白茶小城的文明实践

本报记者 林若溪

福鼎市今年新建新时代文明实践站58个。

基层观察

各站点每月开展活动2次。
"""
    (art,) = _arts(page)
    assert art["outlet"] != "基层观察"
    assert art["title"] == "福鼎市：白茶小城的文明实践"


HOTLINE_DESK = """福鼎市市场监管局检查农贸市场

福鼎市市场监管局近日检查农贸市场摊位126个，并在各乡镇设立12315投诉联络站14个。（林晓航）
"""


def test_a_hotline_named_by_its_number_before_its_desk_is_no_fact():
    (art,) = _arts(HOTLINE_DESK)
    values = {f["value"] for f in art["facts"]}
    assert 12315 not in values
    assert {126, 14} <= values


WEB_REPOST_APP_GLUED = """沂水县：背街小巷有了“文明管家”爱山东

（2021/6/18 10:20:05）来源：沂水县融媒体中心
作者：高德润 欧阳青编辑：韩悦

沂水县在城区背街小巷推行“文明管家”制度，已聘请管家214名，整治乱堆乱放点位380处。
"""


def test_a_well_known_apps_name_glued_after_a_headline_leaves_the_title():
    (art,) = _arts(WEB_REPOST_APP_GLUED)
    assert art["title"] == "沂水县：背街小巷有了“文明管家”"
    assert art["adcode"] == "371323"


def test_a_papers_name_ending_a_headline_stays_in_it():
    """Guard: a well-known paper's name at a headline's end may be words of the headline."""
    page = WEB_REPOST_APP_GLUED.replace("沂水县：背街小巷有了“文明管家”爱山东", "沂水县背街小巷治理经验登上人民日报")
    (art,) = _arts(page)
    assert art["title"] == "沂水县背街小巷治理经验登上人民日报"


TRADITIONAL_BRACKET_BYLINE = """文匯網 > 內地 > 正文

安吉竹鄉創建文明縣城 鄉村客廳迎客來

2021-04-08 09:30 來源：文匯報

【文匯報訊】（記者 綦明遠 杭州報道）浙江安吉縣近年來把文明創建融入鄉村建設，全縣建成鄉村客廳36個，今年投入資金8600萬元。
"""


def test_a_reporter_in_round_brackets_after_a_hong_kong_papers_label_is_the_author():
    (art,) = _arts(TRADITIONAL_BRACKET_BYLINE)
    assert art["authors"] == ["綦明远"]  # (read in simplified script; 杭州 is where, not who)
    assert art["adcode"] == "330523"


GLUED_DOTTED_NAME = """尼勒克县：唐布拉草原上的“文明牧家乐”

2020年08月12日 10:45新疆都市报叶尔兰·努尔兰

尼勒克县在唐布拉景区周边评选“文明牧家乐”46家，今年夏季接待游客38万人次。
"""


def test_a_dotted_name_glued_after_the_outlet_on_the_time_line_is_the_author():
    (art,) = _arts(GLUED_DOTTED_NAME)
    assert art["authors"] == ["叶尔兰·努尔兰"]
    assert art["outlet"] == "新疆都市报"
    assert art["date"]["value"] == "2020-08-12"
    assert art["adcode"] == "654028"


def test_a_post_location_tag_after_the_time_stays_no_author():
    """Guard: a place and its community after a post's time is where it was sent from."""
    page = GLUED_DOTTED_NAME.replace("10:45新疆都市报叶尔兰·努尔兰", "10:45　伊犁州·尼勒克县")
    (art,) = _arts(page)
    assert "伊犁州" not in " ".join(art["authors"]) and "尼勒克县" not in art["authors"]

