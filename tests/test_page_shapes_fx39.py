"""Shapes of pages from people who are not the newspaper (round fx39): reposts whose 来源 line
names the original paper with its date and page, digests numbering their clipped items and
citing each one's paper, day and page without a year. Every page here was written for these
tests, about places in Zhejiang, Fujian, Shandong, Henan and Anhui (not the held-out pages'
places); every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


WECHAT_REPOST = """安吉文明
2024-06-18 09:12 发表于浙江

安吉：竹乡村道上的“文明劝导员”
来源：浙江日报 2024年6月17日 第07版

记者 宁秋禾 卓一帆
安吉县在全县15个乡镇推行村道“文明劝导员”制度，招募劝导员820名。
今年以来，劝导员劝阻乱停乱放等不文明行为3100余次。

阅读 8652　在看 31
"""


def test_a_reposts_date_and_page_are_the_original_papers_from_its_source_line():
    (art,) = _arts(WECHAT_REPOST)
    assert art["title"] == "安吉：竹乡村道上的“文明劝导员”"
    assert art["outlet"] == "浙江日报"
    assert art["date"]["value"] == "2024-06-17"  # the paper's day, not the account's post time
    assert art["newspaper_page"] == "第07版"
    assert art["adcode"] == "330523"


PLATFORM_COPY = """永泰：山区小城的“口袋公园”
2023-11-02 16:40　来源：永泰发布

原标题：永泰：山区小城的“口袋公园”
来源：福建日报 2023年11月1日
记者 温若岚 郑启航
永泰县利用城区边角地建成口袋公园18个，新增绿地面积2.4万平方米。
附近居民说，晚饭后带孩子下楼就有地方散步了。

返回搜狐，查看更多
责任编辑：林芳
"""


def test_a_platform_copy_names_the_paper_its_dated_source_line_names_not_the_account():
    (art,) = _arts(PLATFORM_COPY)
    assert art["outlet"] == "福建日报"  # the account (来源：永泰发布 before its time) reposted it
    assert art["date"]["value"] == "2023-11-01"
    assert art["adcode"] == "350125"


def test_a_source_line_dated_before_its_label_stays_the_posts_own_date():
    # guard: a site's own post (date first, then 来源) keeps that date and its source
    page = """曲阜：孔子故里的“文明餐桌”
2024-03-05 10:20　来源：曲阜市融媒体中心
记者 孔令泽
曲阜市在全市餐饮企业推行公筷公勺，已有460家餐馆参与。
"""
    (art,) = _arts(page)
    assert art["date"]["value"] == "2024-03-05"
    assert art["adcode"] == "370881"


WECHAT_TWO_REPOSTS = """桐庐文明
2024-08-20 20:05

桐庐：富春江畔的“文明驿站”
来源：浙江日报 2024年8月19日 第05版
记者 邵一鸣
桐庐县沿富春江建成文明驿站12个，为游客提供饮水、充电等服务。

▲▼▲

分水镇：60户“美丽庭院”挂牌
来源：桐庐县融媒体中心 2024-08-20
分水镇评选出“美丽庭院”示范户60户，并为每户颁发了牌匾。
"""


def test_a_second_repost_with_its_own_dated_source_line_takes_no_page_from_the_first():
    arts = _arts(WECHAT_TWO_REPOSTS)
    assert len(arts) == 2
    assert arts[0]["date"]["value"] == "2024-08-19" and arts[0]["newspaper_page"] == "第05版"
    assert arts[1]["date"]["value"] == "2024-08-20" and arts[1]["newspaper_page"] is None


DIGEST_NUMBERED_DIGITS = """舆情专报
No.11　　2024年5月21日

近期《河南日报》刊发我市两县（市）文明创建报道2篇，摘要如下：

1. 沁阳：老城街巷的“文明夜市”
《河南日报》5月16日第05版刊发
作者：邢文博
沁阳市对老城区夜市实行“划线经营”，规范摊位310个，夜市周边增设公共厕所6座。

2. 祁门：茶乡的“诚信经营户”
《安徽日报》5月18日第08版刊发
作者：汪晓岚
祁门县评选茶叶“诚信经营户”240户，茶叶抽检合格率达到98%。

舆情研判：两篇报道均为正面宣传。
"""


def test_a_digests_numbered_items_lose_their_numbers_and_take_their_cited_paper_day_and_page():
    arts = _arts(DIGEST_NUMBERED_DIGITS)
    assert [a["title"] for a in arts] == ["沁阳：老城街巷的“文明夜市”", "祁门：茶乡的“诚信经营户”"]
    assert [a["outlet"] for a in arts] == ["河南日报", "安徽日报"]
    assert [a["date"]["value"] for a in arts] == ["2024-05-16", "2024-05-18"]  # the digest's year
    assert [a["newspaper_page"] for a in arts] == ["第05版", "第08版"]
    assert [a["adcode"] for a in arts] == ["410882", "341024"]


DIGEST_BRACKETED = """舆情摘报
2024年第9期

【一】桐庐：江边步道添了“文明岗”
来源：浙江日报 2024年4月2日 作者：邵一鸣
桐庐县在富春江边步道设置文明引导岗9个，周末安排志愿者值守。

【二】安吉：村村有了“垃圾分类督导员”
来源：浙江日报 2024年4月8日 作者：宁秋禾
安吉县为每个行政村配备垃圾分类督导员，全县共配备187名。
"""


def test_a_digests_bracketed_item_numbers_are_no_part_of_the_titles():
    arts = _arts(DIGEST_BRACKETED)
    titles = [a["title"] for a in arts]
    assert "桐庐：江边步道添了“文明岗”" in titles and "安吉：村村有了“垃圾分类督导员”" in titles
    assert not any(t.startswith("【") for t in titles)


def test_a_title_opening_with_a_decimal_keeps_its_number():
    # guard: 3.5万 opening a title is a number of the title, no item's number
    page = """3.5万名志愿者走上永泰街头
记者 温若岚
永泰县组织志愿者开展文明劝导，参与志愿者3.5万名。
"""
    (art,) = _arts(page)
    assert art["title"].startswith("3.5万名")
