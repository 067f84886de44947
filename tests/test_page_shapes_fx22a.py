"""Machine formats a user saves instead of an article's text (issue 14, round 22): a web page's
raw HTML source, an RSS feed, a subtitle file, a text browser's dump, a journal database page, an
encyclopedia entry, a slide deck's text. Every page here was written for these tests, about
places in Guangdong, Yunnan, Hebei and Shandong (not the held-out pages' places); names invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(art) -> set:
    return {f["value"] for f in art["facts"]}


def _body(art) -> str:
    return "\n".join(p["text"] for p in art["body"])


HTML_SOURCE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蓬江区：背街小巷换新颜_江门新闻网</title>
<meta name="description" content="蓬江区改造背街小巷">
<meta property="article:published_time" content="2024-05-20T08:30:00+08:00">
<style>.a{color:red}</style>
<script>var x = "2024年1月1日 共99个";</script>
</head>
<body>
<div id="topnav"><a href="/">首页</a> &gt; <a href="/jm/">江门</a></div>
<div class="main">
<h1>蓬江区：背街小巷换新颜</h1>
<div class="meta"><span>来源：江门日报</span>&nbsp;&nbsp;<span>记者：麦晓琳&nbsp;通讯员：司徒浩然</span></div>
<div class="text">
<p>&nbsp;&nbsp;走进蓬江区白沙街道的老街巷，&ldquo;三线&rdquo;已经入地，墙面焕然一新。</p>
<p>今年以来，蓬江区共改造背街小巷64条，新增停车位820个，铺设透水路面3.6万平方米。</p>
<p><img src="/pic/2024/8812345.jpg"></p>
</div>
</div>
<div class="footer">江门新闻网 版权所有</div>
</body>
</html>
"""


def test_html_source_reads_as_its_article_with_meta():
    (art,) = _arts(HTML_SOURCE)
    assert art["title"] == "蓬江区：背街小巷换新颜"
    assert art["authors"] == ["麦晓琳", "司徒浩然"]
    assert art["date"]["value"] == "2024-05-20"  # from the article:published_time meta tag
    assert art["outlet"] in ("江门新闻网", "江门日报")
    assert art["adcode"] == "440703"
    assert {64, 820, 36000} <= _values(art)
    text = _body(art)
    assert "<" not in text and "&ldquo;" not in text and "“三线”" in text  # entities are characters
    assert 99 not in _values(art) and 8812345 not in _values(art)  # a script's words, an image's number
    assert "首页" not in text


def test_html_source_note_says_what_was_dropped():
    from build_tools.pipeline import process_seed
    page = process_seed("page.txt", HTML_SOURCE.encode())
    assert any("HTML source" in w and "script" in w for w in page["warnings"])


def test_a_page_with_a_stray_tag_is_still_plain_text():
    """Guard: text that is not a page's source (a tag pasted into a paragraph) is not parsed as HTML."""
    page = "蓬江区开展文明劝导<b>活动</b>\n\n本报讯 今年以来，蓬江区组织志愿者劝导行人1.2万人次。\n"
    (art,) = _arts(page)
    assert art["title"].startswith("蓬江区开展文明劝导")
    assert 12000 in _values(art)


RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>曲靖日报 - 本地要闻</title>
<link>http://example.cn/qj/</link>
<description>要闻频道</description>
<lastBuildDate>Tue, 12 Mar 2024 18:00:00 +0800</lastBuildDate>
<item>
<title>麒麟区新增口袋公园15个</title>
<link>http://example.cn/qj/1.htm</link>
<dc:creator>普丽华</dc:creator>
<pubDate>Tue, 12 Mar 2024 10:20:00 +0800</pubDate>
<description><![CDATA[<p>本报讯（记者 普丽华）记者从麒麟区住建局获悉，麒麟区今年新建口袋公园15个，新增绿地面积4.2万平方米。</p>]]></description>
</item>
<item>
<title>会泽县文明实践站覆盖所有村社区</title>
<link>http://example.cn/qj/2.htm</link>
<dc:creator>通讯员 李顺和</dc:creator>
<pubDate>Mon, 11 Mar 2024 09:00:00 +0800</pubDate>
<description><![CDATA[<p>本报讯（通讯员 李顺和）近日，会泽县建成新时代文明实践站386个，实现村社区全覆盖。</p>]]></description>
</item>
</channel>
</rss>
"""


def test_an_rss_feed_gives_one_article_per_item_with_its_own_date():
    first, second = _arts(RSS_FEED)
    assert first["title"] == "麒麟区新增口袋公园15个" and second["title"] == "会泽县文明实践站覆盖所有村社区"
    assert first["authors"] == ["普丽华"] and second["authors"] == ["李顺和"]
    assert first["date"]["value"] == "2024-03-12" and second["date"]["value"] == "2024-03-11"
    assert first["outlet"] == "曲靖日报" == second["outlet"]
    assert first["adcode"] == "530302" and second["adcode"] == "530326"
    assert {15, 42000} <= _values(first) and 386 in _values(second)
    assert "<" not in _body(first)


def test_a_broken_feed_is_read_as_plain_text_not_a_traceback():
    from build_tools.pipeline import process_seed
    page = process_seed("feed.txt", RSS_FEED.replace("</channel>", "").encode())
    assert any("not well-formed XML" in w for w in page["warnings"])


SUBTITLES = """1
00:00:00,000 --> 00:00:02,000
沙河新闻

2
00:00:02,000 --> 00:00:04,500
2024年4月8日　星期一

3
00:00:04,500 --> 00:00:08,000
沙河：老旧小区加装电梯惠民生

4
00:00:08,200 --> 00:00:12,400
今年以来，沙河市已为老旧小区加装电梯28部，

5
00:00:12,400 --> 00:00:16,800
惠及居民1100余户，另有15部正在施工。

6
00:00:17,000 --> 00:00:20,000
记者　贾文涛　报道
"""


def test_a_subtitle_file_reads_as_the_items_sentences_without_timecodes():
    (art,) = _arts(SUBTITLES)
    assert art["title"] == "沙河：老旧小区加装电梯惠民生"
    assert art["authors"] == ["贾文涛"]
    assert art["outlet"] == "沙河新闻"
    assert art["date"]["value"] == "2024-04-08"
    assert art["newspaper_page"] is None
    assert art["adcode"] == "130582"
    assert {28, 15} <= _values(art)
    assert not _values(art) & {12400, 8200, 0, 2000}  # timecodes
    assert "今年以来，沙河市已为老旧小区加装电梯28部，惠及居民" in _body(art)  # one sentence across cues
    assert "-->" not in _body(art)


LYNX_DUMP = """   [1]齐鲁网 | [2]首页 | [3]新闻 | [4]潍坊

潍城区老旧小区“微改造”见实效

   2024-06-03 10:12:45 来源：[5]潍坊日报 作者：郇晓燕 编辑：綦明

   [6]潍城区于河街道的老旧小区里，新铺的沥青路面平整干净，楼道里装上了感应灯。

   今年以来，潍城区共完成老旧小区改造39个，惠及居民5200户，新增停车位760个。

   [7]上一篇：寿光市开展文明交通劝导
   [8]下一篇：青州市古城夜市规范经营

References

   1. http://www.example.cn/
   2. http://www.example.cn/index.html
   3. http://news.example.cn/
   4. http://news.example.cn/wf/
   5. http://www.example.cn/paper/wfrb/
   6. http://news.example.cn/tag/weicheng
   7. http://news.example.cn/2024-06/03/content_7712001.htm
   8. http://news.example.cn/2024-06/03/content_7712009.htm
"""


def test_a_text_browsers_dump_loses_its_link_numbers_and_list():
    (art,) = _arts(LYNX_DUMP)
    assert art["title"] == "潍城区老旧小区“微改造”见实效"
    assert art["subtitle"] == ""
    assert art["authors"] == ["郇晓燕"]
    assert art["date"]["value"] == "2024-06-03" and art["date"]["source"] == "printed"
    assert art["outlet"] in ("齐鲁网", "潍坊日报")
    assert art["adcode"] == "370702"
    assert {39, 5200, 760} <= _values(art)
    assert not _values(art) & {5, 6, 7, 8, 7712001}  # link numbers, an address's number
    assert "[" not in _body(art) and "http" not in _body(art)


JOURNAL_PAGE = """中国知网 CNKI
首页 > 期刊 > 云南社会科学 > 2022年第04期

边疆县级市文明城市创建的经验与启示——以宣威市为例

普建华1　段丽萍2
1.曲靖师范学院马克思主义学院　2.中共宣威市委党校

摘要：本文以云南省宣威市为例，梳理其文明城市创建的做法。近年来，宣威市累计投入创建资金6.3亿元，改造背街小巷142条，城区主次干道绿化覆盖率达到41.5%。
关键词：文明城市；县级市；宣威市
基金资助：云南省哲学社会科学规划项目（YB2021033）
分类号：D669
页码：88-92　页数：5
出版日期：2022-04-15
下载：312　页数：5　大小：1340K

参考文献
[1] 杨某某.城市文明建设论[J].社会科学,2018(6):31-37.
[2] 赵某某.县域治理现代化研究[M].昆明:云南人民出版社,2020.
"""


def test_a_journal_articles_database_page():
    (art,) = _arts(JOURNAL_PAGE)
    assert art["title"] == "边疆县级市文明城市创建的经验与启示——以宣威市为例"
    assert art["subtitle"] == ""
    assert art["authors"] == ["普建华", "段丽萍"]  # the affiliations' numbers are no part of the names
    assert art["outlet"] == "云南社会科学"  # the journal, not the database
    assert art["date"]["value"] == "2022-04-15"
    assert art["newspaper_page"] is None  # 页码 is a journal's page range
    assert art["adcode"] == "530381"
    assert {630000000, 142, 41.5} <= _values(art)
    assert not _values(art) & {312, 88, 5, 1340, 2018, 31, 2020}  # counters, pages, works cited


ENCYCLOPEDIA_ENTRY = """百度百科
首页　秒懂百科　特色百科　知识专题　加入百科

红塔区文明城市创建
播报　讨论　上传视频

红塔区文明城市创建是云南省玉溪市红塔区开展的城市综合提升工作。红塔区是玉溪市的中心城区。[1]

中文名　红塔区文明城市创建
所属地区　云南省玉溪市红塔区

目录
1 工作历程
2 主要成效
3 参考资料

工作历程
编辑　播报
红塔区成立创建工作领导小组，将创建工作纳入年度考核。[1]

主要成效
编辑　播报
至2023年底，红塔区累计改造老旧小区57个，新建城市公园9个，全区注册志愿者达到8.2万人。[2]

参考资料
1.红塔区推进文明城市创建．玉溪日报．2021-03-09
2.红塔区城市面貌持续改善．玉溪市人民政府网．2023-12-20

词条统计
浏览次数：2710次
编辑次数：5次历史版本
最近更新：山茶花开（2024-03-18）
"""


def test_an_encyclopedia_entry_is_one_article_named_for_the_entry():
    (art,) = _arts(ENCYCLOPEDIA_ENTRY)  # its sections (工作历程, 主要成效) are no articles
    assert art["title"] == "红塔区文明城市创建"
    assert art["authors"] == []
    assert art["outlet"] == "百度百科"
    assert art["date"]["value"] == "2024-03-18"  # 最近更新, not a reference's date
    assert art["adcode"] == "530402"
    assert {57, 9, 82000} <= _values(art)
    assert not _values(art) & {1, 2, 3, 2710, 5}  # citation marks, contents numbers, counters
    assert "[1]" not in _body(art) and "播报" not in _body(art)


def test_a_report_with_sections_under_edit_buttons_stays_one():
    """Guard: an ordinary heading over a chrome line still opens an article of its own."""
    page = ("麦积区新增口袋公园12个\n语音播报\n本报讯 今年以来，麦积区新增口袋公园12个。\n\n"
            "秦州区老旧小区改造完工\n语音播报\n本报讯 今年以来，秦州区完成老旧小区改造33个。\n")
    assert [a["title"] for a in _arts(page)] == ["麦积区新增口袋公园12个", "秦州区老旧小区改造完工"]


SLIDE_DECK = """幻灯片 1
临夏市背街小巷整治工作汇报
临夏市住房和城乡建设局
2024年3月

幻灯片 2
目  录
01 工作进展
02 下步计划

幻灯片 3
01 工作进展
• 完成背街小巷整治 74条
• 新增路灯 1260盏

幻灯片 4
02 下步计划
• 2024年再整治背街小巷 35条

幻灯片 5
谢  谢！
"""


def test_a_slide_decks_text_is_one_piece_titled_by_its_first_slide():
    (art,) = _arts(SLIDE_DECK)
    assert art["title"] == "临夏市背街小巷整治工作汇报"
    assert art["newspaper_page"] is None  # 01 工作进展 is a section, 幻灯片 3 a slide
    assert art["outlet"] is None
    assert art["date"]["source"] != "printed"  # the report's month is no publication date
    assert art["adcode"] == "622901"
    assert {74, 1260, 35} <= _values(art)
    assert "幻灯片" not in _body(art)


WEBVTT_ITEM = """WEBVTT

00:00:00.000 --> 00:00:02.000
麦积新闻

00:00:02.000 --> 00:00:05.000
麦积：口袋公园扮靓城区

00:00:05.000 --> 00:00:09.000
今年以来，麦积区新建口袋公园

00:00:09.000 --> 00:00:12.000
<v 记者>23个，惠及居民3万人。

00:00:12.000 --> 00:00:14.000
记者 蒲文华 报道
"""


def test_a_webvtt_items_sentence_runs_across_a_bare_cue():
    (art,) = _arts(WEBVTT_ITEM)
    assert art["title"] == "麦积：口袋公园扮靓城区"
    assert art["authors"] == ["蒲文华"]
    assert art["adcode"] == "620503"
    assert {23, 30000} <= _values(art)
    assert "今年以来，麦积区新建口袋公园23个，惠及居民3万人。" in _body(art)  # one sentence; the voice tag gone
