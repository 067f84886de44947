"""Shapes of pages of round fx32b: bylines a reader lost (a folio glued to a trailing byline,
a site's bracketed byline, a lead opening 记者 X 报道：, a lead's （记者 X 文/图）, letter-spaced
rare and Yi names, 文/摄), outlets (a mirror's Latin-lettered name, 本网讯 on a government
site, an app's name before its reporter), facts (a second rank in a list, 延长米, cameras'
路, a count closing a quotation) and two columns touching on one line. Every page here was
written for these tests (names invented) about places in Guizhou, Guangxi, Heilongjiang,
Sichuan, Zhejiang, Shaanxi, Gansu and Guangdong."""
from __future__ import annotations

from conftest import page_articles as _arts, exported_numbers


def _facts(art: dict) -> set[tuple]:
    return {(f["value"], f["unit"]) for f in art["facts"]}


OCR_TWO_WITH_FOLIO = """黔 西 南 日 报
2021年6月15日    星期二    第二版    县市

兴义：老街巷里的“文明小屋”
本报记者 罗 小 梅
兴义市桔山街道的老街巷里，新近建起
了一间“文明小屋”，居民可以在这里借书、
喝茶、议事。今年以来，街道已建成这样的小
屋14间，服务居民3200人次。

安龙：“护河小分队”守护一江清水
本报讯 安龙县近日组建了一支由退休职工
组成的“护河小分队”，每周沿河巡查两次。截
至目前，小分队已清理河道垃圾6.5吨，劝导
不文明行为210起。 (通讯员 韦 秀 英 杨 四 平)
一 2 一
"""


def test_a_scans_folio_under_a_trailing_byline_leaves_the_byline_to_its_article():
    first, second = _arts(OCR_TWO_WITH_FOLIO)
    assert first["authors"] == ["罗小梅"]
    assert second["title"] == "安龙：“护河小分队”守护一江清水"
    assert second["authors"] == ["韦秀英", "杨四平"]
    assert second["adcode"] == "522328"
    assert "一2一" not in "".join(p["text"] for p in second["body"])


SITE_BRACKETED_BYLINE = """环江：“院坝会”开进村寨 小事不出村

桂西新闻 2024-05-10 18:20 阅读 1.6万

【桂西新闻 记者 莫丽英 通讯员 覃小军】“有话当面说，有事大家议。”在环江毛南族自治县思恩镇的一个村寨里，二十多位村民围坐在院坝里，商量修路的事。

今年以来，环江县在全县推行“院坝会”议事，已召开议事会300余场，化解纠纷180起。
"""


def test_a_sites_bracketed_byline_opening_the_lead_names_both_reporters():
    (art,) = _arts(SITE_BRACKETED_BYLINE)
    assert art["authors"] == ["莫丽英", "覃小军"]
    assert art["adcode"] == "451226"


APP_LEAD_REPORTED = """打开APP 查看更多

鸡东：供热管网改造让群众暖心过冬

鸡东县融媒体中心  2023.10.12

记者 刘思雨 报道：入冬以前，鸡东县老旧供热管网改造全部完工。走进鸡东镇的一个小区，新换的管道已经通水试压。

今年，鸡东县共更换供热管网1.5万延长米，惠及居民4200余户。城区主要路口新装高清摄像头240路。
"""


def test_a_lead_opening_with_its_reporter_and_bao_dao_names_the_author():
    (art,) = _arts(APP_LEAD_REPORTED)
    assert art["authors"] == ["刘思雨"]
    assert art["adcode"] == "230321"
    assert {(15000, "延长米"), (240, "路")} <= _facts(art)


MEDIA_CENTRE_LEAD_CREDIT = """灵山县融媒体中心
首页 | 灵山新闻 | 乡镇动态

【图文】灵山檀圩镇：荔枝林下的文明新风

时间：2023-07-02   来源：灵山县融媒体中心   点击：2210

（记者 韦丽萍 文/图）6月30日上午，在灵山县檀圩镇的荔枝林里，一群志愿者正在帮果农采摘荔枝、分拣装箱。

▲志愿者帮助果农采摘荔枝。

今年以来，檀圩镇组建志愿服务队12支，开展助农活动80余场。

编辑：黄小宇  审核：陆志强
"""


def test_a_lead_bracket_crediting_text_and_pictures_names_author_and_photographer():
    (art,) = _arts(MEDIA_CENTRE_LEAD_CREDIT)
    assert art["authors"] == ["韦丽萍"]
    assert art["photographers"] == ["韦丽萍"]


LETTER_SPACED_RARE_NAMES = """凉山日报 2022年9月6日 第03版 县市新闻

美姑：彝家新寨里的“文明新风”
记者 禄 春 梅 通讯员 沙 马 依 呷

走进美姑县巴普镇的彝家新寨，一排排新房
整齐排列，院坝干净整洁。今年以来，美姑县
在全县推行“红白喜事简办”，已有136个村
修订了村规民约。
"""


def test_letter_spaced_names_under_their_roles_are_one_name_each():
    (art,) = _arts(LETTER_SPACED_RARE_NAMES)
    assert art["authors"] == ["禄春梅", "沙马依呷"]
    assert art["adcode"] == "513436"


def test_guard_four_letter_spaced_characters_of_common_surnames_stay_two_names():
    (art,) = _arts(LETTER_SPACED_RARE_NAMES.replace("记者 禄 春 梅 通讯员 沙 马 依 呷", "本报记者 何 静 宫 丹"))
    assert art["authors"] == ["何静", "宫丹"]


TEXT_AND_PICTURES_CREDIT = """凭祥：友谊关下的“文明车队”
本报讯（记者 覃明、黄小燕、巴特尔·其其格 文/摄）在凭祥市，一支由货车司机组成的“文明车队”格外引人注目。目前，车队已有队员320名，今年累计开展志愿服务1.2万小时。
"""


def test_wen_she_after_the_names_credits_them_with_text_and_pictures():
    (art,) = _arts(TEXT_AND_PICTURES_CREDIT)
    assert art["authors"] == ["覃明", "黄小燕", "巴特尔·其其格"]
    assert art["photographers"] == ["覃明", "黄小燕", "巴特尔·其其格"]


MIRROR_BREADCRUMB = """Qoo新聞 › 中國

浙江洞頭：海島上的「文明漁村」
2022年7月12日 週二 上午10:05

洞頭區位於浙江東南部，由一百多個島嶼組成。近年來，當地推動漁村環境整治，已建成文明漁村15個。
文／周海燕
"""


def test_a_mirror_sites_latin_lettered_name_in_its_breadcrumb_is_the_outlet():
    (art,) = _arts(MIRROR_BREADCRUMB)
    assert art["outlet"] in ("Qoo新闻", "Qoo新聞")
    assert art["adcode"] == "330305"


GOV_SITE_OWN_NEWS = """永寿县人民政府
首页 >> 走进永寿 >> 部门动态

永寿县：“文明交通”劝导进校园
发布日期：2022年05月18日    信息来源：县文明办    阅读次数：236

　　本网讯（通讯员 杨小兰 张宏伟）为提升学生交通安全意识，永寿县近日在全县中小学开展“文明交通”劝导活动。
　　活动中，志愿者走进18所学校，发放宣传资料3600余份。
"""


def test_ben_wang_xun_on_a_government_site_names_the_site_itself():
    (art,) = _arts(GOV_SITE_OWN_NEWS)
    assert art["outlet"] == "永寿县人民政府"
    assert art["authors"] == ["杨小兰", "张宏伟"]


APP_REPORTER_LINE = """高台：戈壁小镇的“文明积分”

陇原客户端记者 张晓燕  2024年6月3日

初夏的高台县巷道镇，街道整洁，绿树成荫。近年来，高台县在全县推行“文明积分”，已有52个村建成积分超市。
"""


def test_an_apps_name_before_its_reporter_is_the_outlet_without_the_word_for_app():
    (art,) = _arts(APP_REPORTER_LINE)
    assert art["outlet"] == "陇原"
    assert art["authors"] == ["张晓燕"]


def test_guard_a_source_lines_app_name_keeps_its_word_for_app():
    page = "高台：戈壁小镇的“文明积分”\n2024-06-03 09:12　来源：陇原客户端\n今年以来，高台县已有52个村建成积分超市。\n"
    (art,) = _arts(page)
    assert art["outlet"] == "陇原客户端"


def test_a_second_rank_listed_after_the_first_is_a_rank_too():
    values = {(q[0], q[1]) for q in exported_numbers("在年度测评中，兴仁市位列全州第二、全省第15名。", qualifier=False)}
    assert values == set()  # (ranks are not quantities)
    from build_tools.extract.numbers import find_quantities
    ranks = [(q.value, q.kind) for q in find_quantities("在年度测评中，兴仁市位列全州第二、全省第15名。")]
    assert ranks == [(2, "rank"), (15, "rank")]


def test_guard_an_ordinal_after_a_rank_is_no_rank():
    from build_tools.extract.numbers import find_quantities
    got = [(q.value, q.kind) for q in find_quantities("兴仁市位居全州第一、第二批项目已开工5个。")]
    assert (2, "rank") not in got


def test_a_count_closing_a_quotation_is_a_fact_and_a_name_in_quotes_is_not():
    assert (12, "条", "exact") in exported_numbers("今年，凭祥市在各村推行“邻里公约12条”，内容涵盖环境卫生等方面。")
    assert exported_numbers("全市推广“1+N”模式和“354”工作法。") == []


def test_guard_a_bus_route_and_a_way_are_no_count_of_lu():
    assert exported_numbers("一路走来，城区开通8路公交车。") == []


TWO_COLUMNS_TOUCHING = """湛江日报            2023年11月7日 星期二              A06 县域新闻

   廉江：“红橙”果园里                     遂溪甘蔗地
   的文明新风                              “文明劝导”进田间

   ■记者 梁晓峰 通讯员 陈小敏            本报讯（记者 黄志明）秋收时节，遂溪
                                       县的甘蔗地里一片繁忙，志愿者在田间
   近日，在廉江市长山镇的一片果园       地头开展文明劝导，提醒农户不要焚烧
里，果农们正忙着采摘红橙。这是         秸秆。据介绍，今年遂溪县新增田间劝
廉江推进乡风文明建设的一个缩影。       导员46名，设置宣传点72处。
据了解，廉江今年共评选出“文明果园” 全县秸秆焚烧现象下降三成。
320个，带动全市果农参与环境整治
1.8万户次。
"""


def test_two_columns_touching_on_one_line_keep_each_articles_facts_in_its_place():
    first, second = _arts(TWO_COLUMNS_TOUCHING)
    assert first["adcode"] == "440881" and second["adcode"] == "440823"
    by_value = {f["value"]: f["adcode"] for a in (first, second) for f in a["facts"]}
    assert by_value.get(320) == "440881" and by_value.get(18000) == "440881"
    assert by_value.get(46) == "440823" and by_value.get(72) == "440823"
