"""Shapes of pages the pipeline had not seen (issue 14, held-out sets 9 and 10): where a page's
place, outlet and date are printed. Every page here was written for these tests, about places
other than the held-out pages' (Gansu, Jiangsu, Guangxi, Sichuan, Shandong, Jilin ...)."""
from __future__ import annotations

from conftest import page_articles as _arts


# a county's site: a township whose name holds a prefecture's short name (桂林), a village whose
# name holds another (柳州), the township named as the 来源
TOWNSHIP_ON_A_COUNTY_SITE = """岷县人民政府
首页 | 政务公开 | 新闻中心 | 乡镇动态 | 走进岷县
您现在的位置：首页 > 新闻中心 > 乡镇动态

桂林湾镇：文明积分兑出乡村新风尚

发布时间：2024-05-09　　来源：桂林湾镇　　作者：包晓东　　浏览次数：842

　　初夏时节，桂林湾镇石柳州村的文明积分超市里，村民们拿着积分卡换来了洗衣粉和毛巾。
　　今年以来，桂林湾镇在全镇推行文明积分制度，全镇21个村建起积分超市，累计兑换积分3.6万分。
　　桂林湾镇负责人说，下一步将把积分制度和人居环境整治结合起来，让好风气在各村扎下根。

上一篇：梅川镇召开春季防火工作会议
主办：岷县人民政府办公室
"""


def test_a_townships_name_is_no_mention_of_the_division_it_contains():
    (a,) = _arts(TOWNSHIP_ON_A_COUNTY_SITE)
    assert a["adcode"] == "621126"          # 岷县 (its site), not 桂林市 or 柳州市
    assert {f["adcode"] for f in a["facts"]} == {"621126"}


def test_a_township_as_the_source_is_no_outlet():
    (a,) = _arts(TOWNSHIP_ON_A_COUNTY_SITE)
    assert a["outlet"] == "岷县人民政府"     # the site, not the township that sent the text
    assert a["date"]["value"] == "2024-05-09"


def test_a_division_named_before_its_own_towns_still_counts():
    """The short name before a two-character town's name (溧阳社渚镇), before 各镇 or 城乡 is the
    division itself."""
    page = """溧阳社渚镇：老街开出“文明茶馆”

　　溧阳社渚镇的老街上，一家“文明茶馆”成了居民议事的好去处。溧阳各镇今年共建成文明茶馆15家，溧阳城乡居民都能就近喝茶议事。
"""
    (a,) = _arts(page)
    assert a["adcode"] == "320481"          # 溧阳市


# a site of another city reposts a provincial paper's story about a development zone; its menu
# names the site's own city, and its meta line carries a label the site uses (选稿)
REPOST_OF_A_ZONE = """齐鲁壹点 首页 | 新闻 | 济南 | 国内 | 国际 | 财经 | 视频
齐鲁壹点 > 新闻 > 省内新闻

高新区：企业车间里办起“道德讲堂”

2023-09-12 08:15:20　来源：四川日报　作者：记者 罗晓岚　选稿：王立群

　　午休时分，郫都区一家电子企业的车间里，二十多名工人围坐在一起听身边的好人讲故事。
　　这家企业所在的成都高新区西区片区位于郫都区境内。近年来，郫都区在园区企业中推广“道德讲堂”，已建成企业讲堂46个，今年参与职工超过2.1万人次。

责任编辑：王立群
"""


def test_a_sites_menu_does_not_name_a_reposts_place():
    (a,) = _arts(REPOST_OF_A_ZONE)
    assert a["adcode"] == "510117"          # 郫都区, which holds the zone; not 济南 (the site's menu)


def test_a_reposts_printed_date_is_used():
    (a,) = _arts(REPOST_OF_A_ZONE)
    assert a["date"] == {**a["date"], "value": "2023-09-12", "source": "printed"}


# a running head that puts the date first and the page's section between date and page; the
# paper's name on the line under it, beside the editors
DATE_FIRST_RUNNING_HEAD = """2022年5月10日  星期二            要闻            第2版
荆州日报                          责任编辑：邓晓华   校对：周琳
公安县：“门前三包”扮靓县城
本报讯（记者 胡晓明）今年以来，公安县在县城推行“门前三包”责任制，沿街2100家商户签订责任书。
公安县城管局介绍，县城主次干道的乱摆乱放较去年减少六成以上。
"""


def test_a_section_between_date_and_page_is_no_outlet():
    (a,) = _arts(DATE_FIRST_RUNNING_HEAD)
    assert a["outlet"] == "荆州日报"        # not 要闻
    assert a["date"]["value"] == "2022-05-10"


def test_an_edition_mark_in_brackets_is_not_part_of_the_outlets_name():
    page = """伊犁日报（汉）
2021年6月3日  星期四  第4版  县市新闻
伊宁市：社区“老年饭桌”开张
本报记者 阿依古丽·买买提  通讯员 王建新
本报伊宁讯 伊宁市解放路街道的“老年饭桌”近日开张，每天为社区180多名老人提供午餐，每份只需5元。
"""
    (a,) = _arts(page)
    assert a["outlet"] == "伊犁日报"


def test_a_prefectures_administrative_office_site_names_itself():
    page = """和田地区行政公署
当前位置：首页 > 政务动态 > 县市动态
和田地区各县市推进城乡环境整治
发布日期：2023-04-18    信息来源：地区文明办    浏览次数：906
今年以来，和田地区各县市把城乡环境整治作为文明创建的重点。和田市清理卫生死角340处，墨玉县新建公厕26座。
【打印】【关闭】
"""
    (a,) = _arts(page)
    assert a["outlet"] == "和田地区行政公署"
    assert a["adcode"] == "653200"


# a county-level city's daily whose masthead is set in traditional calligraphy; an item that names
# only the city's towns and street offices is about the city
TRADITIONAL_MASTHEAD = """瑞安日報
RUIAN DAILY
中共瑞安市委机关报
2023年9月12日 星期二 今日8版
第1版
塘下镇老街巷换上“新衣裳”
本报讯（记者 林晓燕）近日，塘下镇完成12条老街巷的立面改造，沿街店招统一规范，居民出行更加方便。
"""


def test_a_masthead_in_traditional_script_is_the_outlet_and_names_the_place():
    (a,) = _arts(TRADITIONAL_MASTHEAD)
    assert a["outlet"] == "瑞安日报"         # read in simplified script, as the text is
    assert a["adcode"] == "330381"          # 瑞安市: the masthead's city holds 塘下镇
    assert a["date"]["value"] == "2023-09-12"


def test_an_english_frames_month_first_date_and_site_address():
    page = """Home | China | World | Business | Culture | Regional | 中文
Regional > Guangxi > 地方新闻
北海市：海滩上的“文明劝导员”
By 黄海燕 | chinadaily.com.cn | Updated: 08/14/2022 16:40
Share: Facebook  Twitter  WeChat
在北海市银滩景区，身穿红马甲的志愿者提醒游客把垃圾带走。今年暑期，北海市组织文明劝导员1200名，在海滩和码头开展劝导。
Editor: 刘明
"""
    (a,) = _arts(page)
    assert a["date"] == {**a["date"], "value": "2022-08-14", "source": "printed"}   # month first
    assert a["outlet"] == "chinadaily.com.cn"
    assert a["adcode"] == "450500"


def test_a_day_over_twelve_goes_first():
    from build_tools.repair.furniture import lex_meta
    assert ("date", "2022-08-25") in lex_meta("Updated: 25/08/2022")


# a post printed from a browser: the print header's date, and the post's own time told as 昨天
PRINTED_POST = """2022/11/3 09:05                甘孜州：雪域高原的“文明新风”_澎湃号·政务_澎湃新闻-The Paper

甘孜州：雪域高原的“文明新风”
甘孜发布
关注
昨天 17:42  来自 四川

甘孜藏族自治州今年评选命名州级文明村镇48个。康定市新建城市书房6个，泸定县改造农贸市场3个。
"""


def test_a_relative_time_is_told_from_the_print_date_on_the_same_printout():
    (a,) = _arts(PRINTED_POST)
    assert a["date"] == {**a["date"], "value": "2022-11-02", "source": "printed"}   # the day before printing
    assert "2022/11/3" in a["date"]["evidence"]


def test_a_print_date_alone_is_no_publication_date():
    (a,) = _arts(PRINTED_POST.replace("昨天 17:42  来自 四川", ""))
    assert a["date"]["value"] != "2022-11-03"


# a district paper's masthead printed line by line: its name (今日 and its place), its Latin
# name, who runs and publishes it, a date line with the paper's serial number
DISTRICT_PAPER = """今日莱芜
JINRI LAIWU
中共济南市莱芜区委主办  莱芜区融媒体中心出版
2022年4月19日  星期二  总第2317期  今日4版
第3版  社会
莱芜区“文明餐桌”行动走进机关食堂
融媒记者 李振华
　　近日，莱芜区在全区机关食堂开展“文明餐桌”行动，首批32家机关食堂张贴光盘提示牌。
"""


def test_a_papers_name_after_jinri_over_its_date_is_the_masthead():
    arts = _arts(DISTRICT_PAPER)
    assert len(arts) == 1                   # the masthead is no article
    (a,) = arts
    assert a["outlet"] == "今日莱芜"
    assert a["date"] == {**a["date"], "value": "2022-04-19", "source": "printed"}
    assert a["adcode"] == "370116"


def test_the_publisher_names_the_outlet_when_no_masthead_name_is_read():
    (a,) = _arts(DISTRICT_PAPER.replace("今日莱芜\n", ""))
    assert a["outlet"] == "莱芜区融媒体中心"
