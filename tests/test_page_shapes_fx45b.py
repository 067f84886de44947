"""Outlets named with an e-paper's or edition's word, a column, or a portal's ending (round fx45b).
Every page here was written for these tests, about places in Zhejiang, Shaanxi, Yunnan, Gansu and
Guizhou (not the held-out pages' places); every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


PREFIXED_EPAPER = """今日苍南电子版　2022年06月14日　第2版：综合

苍南县新增口袋公园12个
■记者 林秀丽
今年以来，苍南县利用边角地新建口袋公园12个，新增绿地面积3.6公顷。
"""


def test_a_papers_name_with_its_epapers_word_over_the_date_is_the_outlet():
    (art,) = _arts(PREFIXED_EPAPER)
    assert art["outlet"] == "今日苍南"
    assert art["date"]["value"] == "2022-06-14"
    assert art["newspaper_page"] == "第2版"
    assert art["title"] == "苍南县新增口袋公园12个"


def test_a_prefixed_papers_name_alone_over_its_date_stays():
    """Guard: with no e-paper's word the name is the masthead as before."""
    (art,) = _arts(PREFIXED_EPAPER.replace("今日苍南电子版", "今日苍南"))
    assert art["outlet"] == "今日苍南"


DOTTED_EDITION = """铜川新闻网·数字报
2020年09月17日　第3版　区县

耀州区群众文明出行满意度达95.2%
记者　王丽娟
耀州区近日公布文明交通调查结果，群众满意度达95.2%，较去年提高1.6个百分点。
"""


def test_an_edition_word_after_a_middle_dot_is_not_the_outlets_name():
    (art,) = _arts(DOTTED_EDITION)
    assert art["outlet"] == "铜川新闻网"


WEEKLY_AFTER_DOT = """嵩明发布·周报　2019年10月10日　第1版

嵩明县新命名文明单位35家
本报讯 日前，嵩明县新命名县级文明单位35家，全县各级文明单位增至120家。
"""


def test_a_weekly_named_after_its_houses_name_and_a_dot_is_the_house():
    (art,) = _arts(WEEKLY_AFTER_DOT)
    assert art["outlet"] == "嵩明发布"
    assert art["newspaper_page"] == "第1版"


COLUMN_THEN_PAGE = """天水网·创城专刊　A2　2017年9月5日

秦州区新建城市书房6家
本报记者 赵建国
今年以来，秦州区在城区新建城市书房6家，日均接待读者1500人次。
"""


def test_a_sites_special_column_then_its_page_over_the_date():
    (art,) = _arts(COLUMN_THEN_PAGE)
    assert art["outlet"] == "天水网"
    assert art["newspaper_page"] == "A2"
    assert art["date"]["value"] == "2017-09-05"


PORTAL_NAMED_PORT = """毕节信息港　>　县区动态

黔西市城区新增停车泊位860个
2023-05-16 10:12:40　作者：陈国平
黔西市今年在城区新增停车泊位860个，缓解群众停车难问题。
"""


def test_a_portal_whose_name_ends_in_a_port_of_information_is_the_outlet():
    (art,) = _arts(PORTAL_NAMED_PORT)
    assert art["outlet"] == "毕节信息港"


def test_the_lexer_reads_the_house_the_edition_and_the_column_apart():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("今日苍南电子版　2022年06月14日")[:2] == [("outlet", "今日苍南"), ("chrome", "电子版")]
    assert lex_meta("嵩明发布·周报　2019年10月10日")[0] == ("outlet", "嵩明发布")
    assert lex_meta("天水网·创城专刊　A2　2017年9月5日") == [
        ("outlet", "天水网"), ("page_name", "创城专刊"), ("page", "A2"), ("date", "2017-09-05")]
    # guard: a site and its channel named as an outlet (大众网·海报新闻) keeps its channel
    assert lex_meta("大众网·海报新闻 2020年1月1日")[0] == ("outlet", "大众网·海报新闻")


TWO_ITEMS_AUTHOR_LINES = """遵义新闻网
2022年8月12日 18:40

攻坚冲刺
遵义市创文“百日行动”圆满收官
作者：田晓梅　欧阳明
百日行动期间，遵义市共整改问题点位1.2万个，新增公共停车位3800个。

湄潭：茶乡里的文明实践站
作者：冉春花
湄潭县在茶区村寨建成文明实践站36个，开设茶艺、刺绣培训班85期。

阅读原文　阅读 3.1万
"""


def test_a_second_items_headline_ending_like_an_office_with_its_author_line_is_an_article():
    first, second = _arts(TWO_ITEMS_AUTHOR_LINES)
    assert first["title"] == "遵义市创文“百日行动”圆满收官"
    assert first["authors"] == ["田晓梅", "欧阳明"]
    assert second["title"] == "湄潭：茶乡里的文明实践站"
    assert second["authors"] == ["冉春花"]
    assert second["adcode"] == "520328"


SIGNED_NOTICE = """关于开展文明交通劝导志愿服务的通知
各镇（街道）：
为巩固创建成果，经研究，决定在全县开展文明交通劝导志愿服务活动，请各单位组织志愿者200名参加。
湄潭县文明办
2022年8月1日
"""


def test_an_offices_signature_over_its_date_stays_no_title():
    """Guard: a signature without punctuation (an office's name over the date) heads nothing."""
    (art,) = _arts(SIGNED_NOTICE)
    assert art["title"] == "关于开展文明交通劝导志愿服务的通知"


SHORT_BANNER_FULL_NAME = """江华融媒 | 打开APP 阅读更多
江华：瑶都小城的文明新景
2023-05-18 09:40  江华融媒体中心
记者 盘秀英 李建军
江华瑶族自治县今年在沱江镇新建街头游园8处，新增绿化面积21万平方米。
图片新闻
【护河行动】日前，江华瑶族自治县志愿者在沱江沿岸开展清理行动，清理垃圾3.6吨。（摄影：赵小兰）
阅读 4321
"""


def test_a_short_banner_name_reads_as_the_full_name_the_page_prints():
    arts = _arts(SHORT_BANNER_FULL_NAME)
    assert len(arts) == 2
    assert [a["outlet"] for a in arts] == ["江华融媒体中心", "江华融媒体中心"]


def test_a_short_banner_name_stays_when_the_page_prints_no_full_name():
    """Guard: the banner's own name when nothing fuller is printed."""
    page = SHORT_BANNER_FULL_NAME.replace("2023-05-18 09:40  江华融媒体中心", "2023-05-18 09:40")
    assert {a["outlet"] for a in _arts(page)} == {"江华融媒"}


ACCOUNT_OVER_CHANNEL = """文明江西
县区动态
2023-04-12
【芦溪：“文明餐桌”进万家】
芦溪县今年在城区餐饮门店设立“光盘行动”提示牌860块，参与门店达到320家。
【莲花：红色资源育新风】
莲花县依托红色教育基地开设文明讲堂52期，受众1.2万人次。（通讯员 刘建华）
"""


def test_an_accounts_name_by_its_prefix_over_its_channel_and_date_is_the_outlet():
    arts = _arts(ACCOUNT_OVER_CHANNEL)
    assert [a["title"] for a in arts] == ["芦溪：“文明餐桌”进万家", "莲花：红色资源育新风"]
    assert {a["outlet"] for a in arts} == {"文明江西"}
