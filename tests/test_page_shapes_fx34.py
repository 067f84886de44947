"""Shapes of ordinary pages (issue 14, round 34): Yi names run together in a byline, a paper's
name with its app before the role word, shares told in tenths (九成), counts printed in thousands
groups with a space, a dateline in 【】 in traditional script, an e-paper viewer's page line with
the page's name after the date, and a town's label opening the headline under a column kicker.
Every page here was written for these tests, about places in Sichuan, Henan, Hubei, Gansu and
Tibet (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import exported_numbers, page_articles as _arts


YI_NAMES_WRAPPED = """今日美姑
2023年6月8日
第2版

美姑县背街小巷
换了新模样
本报讯（记者 阿赤木呷
曲比石美）走进美姑县城，
背街小巷干净整洁。今年以来，全县改造背街小巷23条，新增垃圾收集点60个。
"""


def test_yi_names_run_together_split_at_their_clan_names():
    (art,) = _arts(YI_NAMES_WRAPPED)
    assert art["authors"] == ["阿赤木呷", "曲比石美"]
    assert art["adcode"].startswith("513436")


PAPER_APP_ROLE = """河南日报农村版
2023年10月12日
第05版

光山：
小广场装上“文明角”
□大豫报·掌上视频记者 柏慧玲 通讯员 龙书言
近日，光山县在城区新建“文明角”32处，每处都配有便民座椅和公益书架。
"""


def test_a_papers_name_and_its_app_before_the_role_is_no_author():
    (art,) = _arts(PAPER_APP_ROLE)
    assert art["authors"] == ["柏慧玲", "龙书言"]


def test_a_share_told_in_tenths_is_a_percentage():
    assert (90, "%") in exported_numbers("临夏县城区生活垃圾分类覆盖率达到九成", qualifier=False)
    assert (20, "%") in exported_numbers("投诉量较去年下降了两成", qualifier=False)
    # (一成不变, 形成: no share)
    assert exported_numbers("制度不是一成不变的，要形成合力", qualifier=False) == []


def test_counts_in_grams_and_shop_visits_keep_their_unit():
    assert (2600, "家次") in exported_numbers("执法队员累计检查门店2600家次", qualifier=False)
    assert (8, "克") in exported_numbers("每平方米道路浮尘量不超过8克", qualifier=False)


THOUSANDS_SPACED = """汉川日报
2023年5月9日  第3版

汉川交警整治不文明交通行为
本报讯（记者 钟语桐）汉川市交警大队开展文明交通整治行动，今年以来查处交通违法行为 3 600起，城区主要路口礼让行人率达到95%。
"""


def test_a_count_in_thousands_groups_with_a_space_is_one_number():
    (art,) = _arts(THOUSANDS_SPACED)
    assert 3600 in {f["value"] for f in art["facts"]}


TRAD_DATELINE_BRACKETS = """星島日報  2023年3月2日  星期四  A15  中國

察隅縣城街巷換新裝
【星島日報訊】記者卓瑪央金報道：西藏察隅縣今年整治縣城街巷12條，新建口袋公園4個，居民滿意度達到九成。
"""


def test_a_dateline_in_brackets_in_traditional_script_is_no_part_of_the_title():
    (art,) = _arts(TRAD_DATELINE_BRACKETS)
    assert art["title"] == "察隅县城街巷换新装"
    assert art["adcode"].startswith("540425")
    assert 90 in {f["value"] for f in art["facts"] if f["unit"] == "%"}


VIEWER_PAGE_LINE = """仙桃日报数字报  当前：A2（2022年8月19日）  综合

文明创建在身边
沙嘴街道：老旧小区有了“好邻居”
■本报记者何嘉欣报道
走进沙嘴街道的老旧小区，楼道干净明亮。街道在辖区26个小区组建“好邻居”志愿队，共有队员310名。
"""


def test_a_viewer_page_line_gives_outlet_page_and_date():
    (art,) = _arts(VIEWER_PAGE_LINE)
    assert art["outlet"] == "仙桃日报"
    assert art["newspaper_page"] == "A2"
    assert art["date"]["value"] == "2022-08-19"


def test_a_towns_label_opens_the_headline_under_a_column_kicker():
    (art,) = _arts(VIEWER_PAGE_LINE)
    assert art["title"] == "沙嘴街道：老旧小区有了“好邻居”"
    assert art["subtitle"] == ""
    assert art["authors"] == ["何嘉欣"]


def test_guard_ordinary_names_beside_yi_clan_names_stay_whole():
    from build_tools.repair.names import split_run
    assert split_run("马海燕吉晓峰") == ["马海燕", "吉晓峰"]
    assert split_run("沙丽华吉克阿呷") == ["沙丽华", "吉克阿呷"]
