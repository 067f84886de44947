"""Shapes of ordinary pages the pipeline had not seen (issue 14, fifth held-out set):
mastheads printed in other orders and line by line, letter-spaced mastheads, labelled headline
stacks, meta lines with bars for colons and reporters inside them, picture credits inside a
byline, a post's header and headline, datelines with 消息. Every page here was written for
these tests, about places in Shaanxi, Guangxi, Liaoning, Hunan, Chongqing, Hebei and Jilin
(not the held-out pages' places)."""
from __future__ import annotations

from build_tools.pipeline import link_corpus, process_seed


def _arts(text: str, name: str = "page.txt") -> list[dict]:
    """The page's articles as the build makes them (the page, then the cross-page step on it alone)."""
    return link_corpus([process_seed(name, text.encode("utf-8"))])


PAGE_FIRST_MASTHEAD = """B3　2024年5月21日　星期二　　　柳州日报　　　责编：韦明　美编：覃丽　组版：黄涛
城事·城中

城中区今年计划改造背街小巷40条
全区已完成方案公示的有12条

本报记者　蒙晓　通讯员　城宣

　　5月20日，记者从柳州市城中区获悉，该区今年计划改造背街小巷40条。
"""


def test_a_masthead_led_by_its_page_and_a_whole_place_subtitle():
    (a,) = _arts(PAGE_FIRST_MASTHEAD)
    assert (a["outlet"], a["date"]["value"], a["newspaper_page"]) == ("柳州日报", "2024-05-21", "B3")
    assert a["title"] == "城中区今年计划改造背街小巷40条"
    assert a["subtitle"].lstrip("—") == "全区已完成方案公示的有12条"
    assert a["authors"] == ["蒙晓"]


LINE_BY_LINE = """丹东日报
2024年6月7日
星期五
第3版
综合新闻

凤凰山下的“文明茶摊”

本报记者　于静

　　凤城市在凤凰山景区入口设立“文明茶摊”，今年已为游客提供茶水1.2万杯。
"""


def test_a_masthead_printed_line_by_line_is_no_title():
    (a,) = _arts(LINE_BY_LINE)
    assert a["title"] == "凤凰山下的“文明茶摊”"
    assert (a["outlet"], a["date"]["value"]) == ("丹东日报", "2024-06-07")


SPACED_AND_LABELLED = """汉 中 日 报
第 2 版 · 要闻
2024年3月12日 星期二

【引题】汉台区深化新时代文明实践
【主题】“院坝会”开出乡村新风尚

汉中日报记者 杨柳 实习生 周宁

　　汉台区今年在全区开展“院坝会”260场，解决群众反映的问题410件。
"""


def test_a_letter_spaced_masthead_and_a_labelled_stack():
    (a,) = _arts(SPACED_AND_LABELLED)
    assert a["outlet"] == "汉中日报"
    assert a["title"] == "“院坝会”开出乡村新风尚" and a["kicker"] == "汉台区深化新时代文明实践"
    assert a["authors"] == ["杨柳", "周宁"]


BAR_LABELS = """邢台发布　2024-04-18

信都区：社区里的“共享工具屋”

　　信都区今年在30个社区建成“共享工具屋”，居民可以免费借用梯子、电钻等工具。

文字丨赵静　摄影丨刘洋
责编丨孙丽　终审丨王刚
"""


def test_labels_with_bars_credit_words_and_pictures():
    (a,) = _arts(BAR_LABELS)
    assert a["authors"] == ["赵静"] and a["photographers"] == ["刘洋"]
    assert a["date"]["value"] == "2024-04-18"


REPORTER_IN_META = """首页 | 长春要闻 | 城区

南关区“暖心驿站”让户外劳动者有处歇脚

时间：2024年1月9日 10:06　　来源：长春市融媒体中心　　记者 王丽 文/摄　　点击：1,204

　　长春市南关区已建成户外劳动者“暖心驿站”58个。
"""


def test_a_reporter_named_inside_a_meta_line_wrote_and_photographed():
    (a,) = _arts(REPORTER_IN_META)
    assert a["authors"] == ["王丽"] and a["photographers"] == ["王丽"]
    assert a["date"]["value"] == "2024-01-09"


PICTURES_IN_BYLINE = """湘潭日报·雨湖新闻
2024年7月3日 星期三 / 第A05版 / 主编 刘敏 校对 张强
--------------------------------------------------

雨湖区垃圾分类再升级
全区今年将新建分类投放点600个

文/湘潭日报记者 唐丽 通讯员 雨宣 图/湘潭日报记者 陈刚

　　雨湖区今年将新建垃圾分类投放点600个，覆盖全部老旧小区。
"""


def test_pictures_credited_inside_a_byline():
    (a,) = _arts(PICTURES_IN_BYLINE)
    assert a["authors"] == ["唐丽"] and a["photographers"] == ["陈刚"]
    assert a["title"] == "雨湖区垃圾分类再升级"


POST_HEADER = """渝中区这家社区食堂火了！一份套餐只要10元
原创 小渝 渝中发布 2024-03-14 18:20 发表于重庆

👆点击蓝字 关注我们

渝中区已在8个街道建成社区食堂21家。

- END -

分享、点赞、在看，三连走起！
"""


def test_a_post_headline_over_its_header_line():
    (a,) = _arts(POST_HEADER)
    assert a["title"] == "渝中区这家社区食堂火了！一份套餐只要10元"
    assert a["outlet"] == "渝中发布" and a["date"]["value"] == "2024-03-14"
    assert a["authors"] == []


XIAOXI_DATELINE = """央广网 吉林频道

延吉：“小网格”托起“大民生”

2024-08-29 16:35:00　　来源：央广网

　　央广网延吉8月29日消息（记者金丽）延吉市将全市划分为820个网格。
"""


def test_a_dateline_with_xiaoxi_names_the_reporter():
    (a,) = _arts(XIAOXI_DATELINE)
    assert a["authors"] == ["金丽"]
