"""Shapes of real pages the pipeline had not seen (issue 14, second held-out set):
news-brief columns, a 短评 after a 评论员文章, a continued tail, a page break with a
running head inside an article. Every page here was written for these tests, about
places in Gansu, Yunnan, Jiangxi, Hunan and Liaoning (not the held-out pages' places)."""
from __future__ import annotations

from build_tools.pipeline import process_seed


def _arts(text: str, name: str = "page.txt") -> list[dict]:
    return process_seed(name, text.encode("utf-8"))["articles"]


def _facts(art: dict) -> dict[float, str]:
    return {f["value"]: f["adcode"] for f in art["facts"]}


MARKED_BRIEFS = """张掖日报　2024年5月9日　第3版　区县新闻
编辑：周明

区县快讯

■甘州区“文明餐桌”进饭店
本报讯　甘州区在城区餐饮单位推行公筷公勺，目前已有210家饭店参与。（通讯员　陈晓）

■临泽县开设乡村夜校
本报讯　临泽县在全县71个行政村开设乡村夜校，今年已培训农民3400人次。（记者　马军　通讯员　李娟）

■高台湿地公园增设文明引导岗
本报讯　高台县在湿地公园设立文明引导岗12个，劝导游客不乱扔垃圾。
"""


def test_marked_brief_items_are_articles_of_their_own():
    arts = _arts(MARKED_BRIEFS)
    assert [a["title"] for a in arts] == ["甘州区“文明餐桌”进饭店", "临泽县开设乡村夜校", "高台湿地公园增设文明引导岗"]
    assert [a["adcode"] for a in arts] == ["620702", "620723", "620724"]
    assert [a["authors"] for a in arts] == [["陈晓"], ["马军", "李娟"], []]
    assert _facts(arts[0]) == {210: "620702"}
    assert _facts(arts[1])[3400] == "620723" and _facts(arts[2]) == {12: "620724"}
    assert all(a["outlet"] == "张掖日报" and a["date"]["value"] == "2024-05-09" for a in arts)


def test_a_marked_byline_stays_a_byline():
    arts = _arts("永昌县打造文明实践新阵地\n■本报记者　王海　李红\n\n本报讯　永昌县今年新建新时代文明实践站45个。\n")
    assert len(arts) == 1 and arts[0]["title"] == "永昌县打造文明实践新阵地"
    assert arts[0]["authors"] == ["王海", "李红"]


RUN_IN_BRIEFS = """云南日报　2024年4月2日　星期二　第7版　州市

州市短讯

祥云县推行“红黑榜”　祥云县在城区商户中推行文明经营“红黑榜”，每月公示一次。全县已有860家商户上榜。（记者　杨帆）

宾川县建成果蔬冷链市场　宾川县果蔬冷链市场日前建成投用，年交易量可达15万吨，带动周边群众就业。

弥渡小河淌水公园完成提升　弥渡县对小河淌水公园进行改造提升，新增步道3.2公里。（通讯员　赵云）
"""


def test_run_in_brief_titles_split_into_articles_and_the_space_is_recorded():
    res = process_seed("brief.txt", RUN_IN_BRIEFS.encode("utf-8"))
    arts = res["articles"]
    assert [a["title"] for a in arts] == ["祥云县推行“红黑榜”", "宾川县建成果蔬冷链市场", "弥渡小河淌水公园完成提升"]
    assert [a["adcode"] for a in arts] == ["532923", "532924", "532925"]
    assert [a["authors"] for a in arts] == [["杨帆"], [], ["赵云"]]
    assert _facts(arts[0]) == {860: "532923"} and _facts(arts[1]) == {150000: "532924"}
    # the title is not in the text, and the wide space cut is an edit of the page
    assert not any(p["text"].startswith("祥云县推行") for p in arts[0]["body"])
    cut = [e for a in arts for e in a["edits"] if e["pass_name"] == "split_run_in_titles"]
    assert len(cut) == 3 and all(e["before"] == "\u3000" for e in cut)


def test_one_line_with_a_wide_space_is_no_brief_column():
    arts = _arts("文明创建　全民参与\n\n武定县今年新建公厕20座，改造农贸市场3个。\n")
    assert len(arts) == 1


EDITORIAL_AND_SHORT_COMMENT = """赣南日报
2024年1月15日　星期一
第3版　评论

让文明之花开满红土地
本报评论员

文明创建没有休止符。这些年，全市新建口袋公园120个，志愿者队伍不断壮大。

巩固成果，贵在坚持。各地要把问题清单变成整改清单，让群众感受到实实在在的变化。

快评
一盏路灯照亮回家路
瑞金市今年为背街小巷新装路灯860盏，夜里出门的居民多了，街巷也更安全了。小事连着民心。
"""


def test_a_short_comment_after_an_editorial_is_its_own_article():
    arts = _arts(EDITORIAL_AND_SHORT_COMMENT)
    assert [a["title"] for a in arts] == ["让文明之花开满红土地", "一盏路灯照亮回家路"]
    assert arts[0]["authors"] == [] and "评论员" not in arts[0]["title"]
    assert arts[1]["adcode"] == "360781"
    assert _facts(arts[1]) == {860: "360781"}


CONTINUED = """湘西团结报　2024年2月20日　星期二　第2版　要闻

吉首“门前三包”责任到户
（上接第1版）
在乾州街道，商户们主动清扫门前积雪。吉首市共签订“门前三包”责任书5600份，覆盖全部临街商户。

泸溪：“文明积分”换来好风气
本报记者　彭丽
泸溪县今年在全县推行“文明积分”制度，村民参加志愿服务可兑换生活用品。目前全县已建积分超市147个，
村民参与热情很高，积分兑换（下转第3版）
"""


def test_a_continued_tail_is_its_own_article_and_jump_notes_are_not_text():
    arts = _arts(CONTINUED)
    assert [a["title"] for a in arts] == ["吉首“门前三包”责任到户", "泸溪：“文明积分”换来好风气"]
    assert [a["adcode"] for a in arts] == ["433101", "433122"]
    assert _facts(arts[0]) == {5600: "433101"} and _facts(arts[1]) == {147: "433122"}
    text = " ".join(p["text"] for a in arts for p in a["body"])
    assert "上接" not in text and "下转" not in text
    assert arts[1]["body"][-1]["text"].endswith("积分兑换")


PAGE_BREAK = """鞍山日报
2024年3月8日 星期五
第4版 县区

岫岩：满族自治县的文明新风
本报记者 关雪

近年来，岫岩满族自治县以创建文明县城为抓手，
累计改造背街小巷58条，城乡面貌焕然一新。
3
鞍山日报 2024年3月8日 县区

今年以来，全县新增志愿服务队伍36支，
开展活动1200余场次。
"""


def test_a_page_number_and_running_head_inside_an_article_start_nothing():
    arts = _arts(PAGE_BREAK)
    assert len(arts) == 1 and arts[0]["title"] == "岫岩：满族自治县的文明新风"
    assert arts[0]["adcode"] == "210323"
    assert {58, 36, 1200} <= set(_facts(arts[0]))
