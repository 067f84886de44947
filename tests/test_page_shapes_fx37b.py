"""Shapes of e-paper pages (held-out round 37): an e-paper site's text version listing its
headlines without a head, an outlet named 晨刊 with its edition's word, a byline crediting the
words, then the pictures. Every page here was written for these tests, about places in Guangxi,
Hunan and Henan (not the held-out pages' places); every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


EPAPER_TITLE_LIST = """梧州日报 电子版
版面导航：第01版 第02版 第03版
2023年4月18日 第03版：县域经济

◆昭平县：古镇老街换上“文明装”
◆蒙山县：湄江两岸的“护河人”

昭平县：古镇老街换上“文明装”
作者：韦小满 覃立新
发布时间：2023-04-18 08:30
今年以来，昭平县对黄姚古镇周边老街进行整治，改造沿街立面36处，新增休闲座椅120张。
县里还设立文明劝导岗15个，引导游客文明出行。

蒙山县：湄江两岸的“护河人”
作者：莫晓燕
发布时间：2023-04-18 09:10
蒙山县组建湄江护河志愿队28支，今年以来清理河道垃圾460吨。

上一版  下一版  返回目录
"""


def test_an_epaper_text_versions_headless_title_list_does_not_swallow_the_split():
    arts = _arts(EPAPER_TITLE_LIST)
    assert [a["title"] for a in arts] == ["昭平县：古镇老街换上“文明装”", "蒙山县：湄江两岸的“护河人”"]
    assert arts[0]["authors"] == ["韦小满", "覃立新"] and arts[1]["authors"] == ["莫晓燕"]
    assert [a["adcode"] for a in arts] == ["451121", "450423"]
    assert {36, 120, 15} <= {f["value"] for f in arts[0]["facts"]}
    assert {28, 460} <= {f["value"] for f in arts[1]["facts"]}


BULLETED_POINTS = """湘阴县今年办好十件民生实事
本报记者 罗小青
◆新建口袋公园12个
◆改造背街小巷30条
今年，湘阴县把群众最关心的事列为民生实事，新建口袋公园12个，改造背街小巷30条。
"""


def test_guard_bulleted_points_printed_once_stay_text():
    arts = _arts(BULLETED_POINTS)
    assert arts[0]["title"] == "湘阴县今年办好十件民生实事"
    assert arts[0]["authors"] == ["罗小青"]
    assert all(a["adcode"] == "430624" for a in arts)
    texts = " ".join(p["text"] for a in arts for p in a["body"])
    assert "新建口袋公园12个" in texts.replace("◆", "")


MORNING_PAPER = """西江晨刊 电子报
2023年6月7日 星期三 | 第A05版：县区新闻 | 版面导航

汨罗市：龙舟故里的“文明码头”
本报讯（记者 邬晓晴）汨罗市今年在沿江建成文明码头4个，组织志愿服务活动210场次。
[编辑：何一帆]
"""


def test_an_outlet_named_chenkan_loses_its_edition_word():
    (art,) = _arts(MORNING_PAPER)
    assert art["outlet"] == "西江晨刊"
    assert art["authors"] == ["邬晓晴"]
    assert art["adcode"] == "430681"


WORDS_THEN_PICTURES = """豫西商报·数字报
2023年9月12日 第A06版 郑州新闻

新密市
老城区的“口袋公园”

本报记者 邰 静 文 郜明辉 摄影

新密市今年在老城区新建口袋公园14处，城区绿化覆盖率达到41.3%。
区里还组织志愿者8600人次参与护绿。
"""


def test_a_byline_crediting_words_then_pictures_splits_author_and_photographer():
    (art,) = _arts(WORDS_THEN_PICTURES)
    assert art["authors"] == ["邰静"]
    assert art["photographers"] == ["郜明辉"]
    assert "口袋公园" in art["title"]
    assert art["adcode"] == "410183"


OCR_COMPOUND_SURNAME = """澧 阳 晚 报   2022年6月9日  星期四   A2  城事
澧县：老城巷子“亮”起来了
本报记者  欧阳 娜
本报讯   近日，记者在澧县澧阳街道看到，老城巷子装上了新路灯。今年，澧县对38条小巷进行亮化改造，累计投入资金2600万元。
"""


def test_an_ocr_byline_with_a_spaced_compound_surname_is_a_byline_not_a_subtitle():
    (art,) = _arts(OCR_COMPOUND_SURNAME)
    assert art["authors"] == ["欧阳娜"]
    assert art["subtitle"] == ""
    assert art["adcode"] == "430723"


APP_CHANNEL_BYLINE = """珲春市融媒体中心
2024-12-03 08:15
来源：珲春市融媒体中心

珲春市：志愿服务“接单”送到家门口

新闻 | 记者 朴成浩 李玉兰

今年以来，珲春市共收集群众志愿服务需求2180条，完成服务订单2105件。
责任编辑：崔美善
"""


def test_an_apps_channel_before_its_byline_is_no_subtitle_and_no_author():
    (art,) = _arts(APP_CHANNEL_BYLINE)
    assert art["authors"] == ["朴成浩", "李玉兰"]
    assert art["subtitle"] == ""
    assert art["adcode"] == "222404"


OCR_SPACED_BRACKET_BYLINE = """石门县：秋日里的文明新风
石门县今年组织志愿服务活动320场 ,参与群众1.6万人次 。
    ( 通讯员 郁明 冯 婷 )
"""


def test_an_ocr_bracket_byline_keeps_its_names_apart():
    (art,) = _arts(OCR_SPACED_BRACKET_BYLINE)
    assert art["authors"] == ["郁明", "冯婷"]


PORTAL_SHARE_BOX = """网易首页 > 网易号 > 正文
申请入驻

响水：老街新貌展现文明底色

2023-10-12 10:05:31　来源: 盐城晚报　江苏

0
分享至

用微信扫码二维码
分享至好友和朋友圈

　　记者 钱晓芸 通讯员 庞立伟
　　今年以来，响水县改造老旧小区27个，惠及居民8600户。
"""


def test_a_portals_share_box_is_no_title_and_its_counter_no_page():
    (art,) = _arts(PORTAL_SHARE_BOX)
    assert art["title"] == "响水：老街新貌展现文明底色"
    assert art["newspaper_page"] is None
    assert art["authors"] == ["钱晓芸", "庞立伟"]
    assert art["adcode"] == "320921"


SECTION_WITH_LIST = """揭阳日报
2019年3月8日
第A4版：县（市、区）新闻

惠来：海滨小城的文明新风
记者 方晓纯
惠来县今年新建城市书房6间，改造农贸市场9个。
"""


def test_a_page_label_with_a_bracketed_section_name_is_read():
    (art,) = _arts(SECTION_WITH_LIST)
    assert art["newspaper_page"] == "第A4版"
    assert art["adcode"] == "445224"
