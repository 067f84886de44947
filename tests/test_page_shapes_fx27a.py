"""Shapes of pages the pipeline had not seen (held-out set 27's ordinary kinds, helper fx27a). Every
page here was written for these tests, about places in Fujian (not the held-out pages' places);
names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


OCR_SPACED_DATE_PAGE = """海峡晨报  2021年9月2 3日  星期四
B05  泉州新闻        编辑 林若溪  校对 许文澜

晋江:社区“小菜园”变身口袋公园

■记者 洪雅琴

  走进晋江市青阳街道的一处老社区,原先堆满杂物的空地如今种上了花草。今年以来,晋江
在城区改造口袋公园4 6个,新增绿地1.2万平方米。
  “以前这里没人管,现在晚上都有人来散步。”居民蔡阿伯说。
"""


def test_an_ocr_masthead_date_with_spaced_digits_gives_the_date_and_the_paper():
    arts = _arts(OCR_SPACED_DATE_PAGE)
    assert len(arts) == 1
    assert arts[0]["date"]["value"] == "2021-09-23"  # 9月2 3日: the day's digits spaced out by OCR
    assert arts[0]["outlet"] == "海峡晨报"  # the masthead is read once its date is


def test_a_spaced_date_is_joined_only_when_its_month_and_day_exist():
    from build_tools.repair.digits import fix_letter_digits
    assert fix_letter_digits("2 0 2 1年1 1月2 3日开幕") == "2021年11月23日开幕"
    assert fix_letter_digits("名单：1 0月 4 5日") == "名单：1 0月 4 5日"  # no 45th day: left as printed


SITE_NAME_WITH_ADDRESS_PAGE = """橙新聞 orangenews.hk
首頁 > 內地 > 福建
福建寧化客家小城 「創文」後老街煥新
2022年11月9日(星期三) 09:41
【橙新聞訊】福建三明市寧化縣近年推進文明城市創建，老城區的街巷整治成效明顯。
據寧化縣文明辦介紹，該縣今年以來整治背街小巷86條，新增停車泊位1,240個，並在城區設置志願服務站32個。
在翠江鎮經營小食店的店主巫淑芬表示：「街道乾淨了，遊客也多了。」
（記者賴曉彤）
"""


def test_a_site_name_line_with_its_address_gives_the_outlet():
    arts = _arts(SITE_NAME_WITH_ADDRESS_PAGE)
    assert len(arts) == 1
    assert arts[0]["outlet"] in ("橙新闻", "橙新聞")  # the address after the name is the site's, chrome
    assert arts[0]["adcode"].startswith("350424")


def test_a_site_name_and_address_lex_as_outlet_then_chrome():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("橙新闻 orangenews.hk") == [("outlet", "橙新闻"), ("chrome", "orangenews.hk")]
    assert lex_meta("福建开展文明创建 news.example.com") is None  # a headline is no site's name


LONG_NAMES_CREDIT_POST = """点击蓝字 关注我们
阿拉善左旗：戈壁小城的文明新景
原创 阿拉善左旗文明办 文明阿左旗 2023年08月15日 09:12 内蒙古
八月的巴彦浩特镇，街道整洁，绿树成荫。今年以来，阿拉善左旗新建街心花园12处，改造背街小巷27条，城区新增停车泊位860个。
“以前这条巷子坑坑洼洼，现在走着舒服多了。”居民高娃说。
文字：乌日根达来  图片：呼和巴特尔其木格
编辑：萨仁  审核：宝力德
"""


def test_a_credit_line_with_long_mongolian_names_gives_author_and_photographer():
    arts = _arts(LONG_NAMES_CREDIT_POST)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["乌日根达来"]
    assert arts[0]["photographers"] == ["呼和巴特尔其木格"]  # eight characters, one name


def test_a_long_run_after_a_credit_label_is_a_name_only_when_it_reads_as_one():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("图片：呼和巴特尔其木格") == [("photographer", "呼和巴特尔其木格")]
    assert lex_meta("图片：本报资料图片") is None  # a credit's words, no person
    assert lex_meta("文字：王建国李晓明") == [("author", "王建国"), ("author", "李晓明")]  # two names run together


TWO_ITEMS_CREDIT_FIRST = """泉州发布
创文进行时丨永春 德化 文明创建有新招
泉州发布 2024年10月15日 19:05 福建
永春县：“河长+志愿者”守护桃溪
清晨，桃溪岸边的步道上，志愿者沿着河岸捡拾垃圾。永春县在桃溪沿岸设立志愿服务点18个，组建护河志愿队伍26支。
（永春县融媒体中心记者 林晓芸）
德化县：瓷都“文明窑口”开进村里
德化县组建“文明窑口”宣讲队15支，今年以来深入村居宣讲640场，受众3.2万人次。
图为宣讲队员在村里宣讲文明新风。
（德化县融媒体中心 文/图 郑雅婷）
"""


def test_a_both_ways_credit_before_the_names_credits_text_and_pictures():
    arts = _arts(TWO_ITEMS_CREDIT_FIRST)
    assert [a["title"] for a in arts] == ["永春县：“河长+志愿者”守护桃溪", "德化县：瓷都“文明窑口”开进村里"]
    assert arts[1]["authors"] == ["郑雅婷"]  # 文/图 is no name
    assert arts[1]["photographers"] == ["郑雅婷"]


POST_WITH_INTRO = """泉州发布
@泉州人，这些县的文明新变化你发现了吗？
泉州发布 2024年06月11日 20:30 福建
创建全国文明城市，需要每个县、每位市民共同参与。今天，带大家看看安溪、永春两地的文明新变化👇
安溪县：“茶乡文明岗”守护路口
安溪县在县城主要路口设置“茶乡文明岗”28个，累计劝导不文明交通行为1.2万人次。
永春县推出“文明积分超市”
永春县在全县建成“文明积分超市”45家，村民凭积分兑换生活用品。
"""


def test_a_post_intro_pointing_down_at_its_items_opens_no_article():
    arts = _arts(POST_WITH_INTRO)
    assert [a["title"] for a in arts] == ["安溪县：“茶乡文明岗”守护路口", "永春县推出“文明积分超市”"]
    assert arts[0]["adcode"].startswith("350524") and arts[1]["adcode"].startswith("350525")
    assert all(a["date"]["value"] == "2024-06-11" for a in arts)
