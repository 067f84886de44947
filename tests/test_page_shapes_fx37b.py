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
