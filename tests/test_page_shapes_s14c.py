"""Shapes of real pages (round s14, third part): a masthead whose page code carries the
edition's letters (GA05); a headline naming where its subject went; a headline line broken
after a verb of going; an app's download banner over the post; a byline after a dash at the
text's end; a caption's credit in brackets with its word first; a labelled byline with a
paper's short name; a lead opening with its reporters and 报道 without a colon. Every page here
was written for these tests, about places in Guangdong, Gansu, Shaanxi, Sichuan, Henan and
Inner Mongolia; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(art: dict) -> set:
    return {f["value"] for f in art["facts"]}


EDITION_PAGE_CODE = """南方都市报 2018.03.06 GA07 区域
“邻里议事会”解难题
增城：小区里的事大家商量着办
南都记者 冯嘉琪 通讯员 欧阳文
增城区在180个小区成立了“邻里议事会”，今年以来协调解决停车、噪音等问题9000余件。
从化区12条村道变身“文明示范路”
从化区近日评出首批“文明示范路”，12条村道入选，沿线村民自发组成护路队。
图为从化区一条文明示范路。摄影：黎志聪
采写：南都记者 黎志聪
"""


def test_a_masthead_with_the_editions_page_code_and_two_reports_under_it():
    arts = _arts(EDITION_PAGE_CODE)
    assert [a["title"] for a in arts] == ["增城：小区里的事大家商量着办", "从化区12条村道变身“文明示范路”"]
    assert arts[0]["newspaper_page"] == "GA07" and arts[0]["date"]["value"] == "2018-03-06"
    assert arts[0]["authors"] == ["冯嘉琪", "欧阳文"] and arts[1]["authors"] == ["黎志聪"]


WHERE_THE_SUBJECT_WENT = """庄浪报　2023年6月8日　第1版
庄浪：梯田里的“文明课”
■记者　马晓婷
庄浪县在梯田景区设立文明实践点3个，今年已培训讲解员120人。
华亭市来庄浪学习“梯田课堂”经验
华亭市组织28名乡村文明实践辅导员来庄浪学习，回去后整理出5项工作清单。（宋家宝）
"""


def test_a_headline_naming_where_its_subject_went_is_about_the_subject():
    arts = _arts(WHERE_THE_SUBJECT_WENT)
    assert [a["region"] for a in arts] == ["庄浪县", "华亭市"]


BROKEN_AFTER_VERB = """石泉报　2019年11月21日　第2版
石泉县“道德讲堂”开到
群众家门口
本报通讯员　田家豪
今年以来，石泉县在全县建成“道德讲堂”96个，覆盖所有村和社区。
"""


def test_a_headline_line_broken_after_a_verb_of_going_goes_on_below():
    (a,) = _arts(BROKEN_AFTER_VERB)
    assert a["title"] == "石泉县“道德讲堂”开到群众家门口" and a["authors"] == ["田家豪"]


DOWNLOAD_BANNER_AND_DASHED_BYLINE = """\ufeff盐源融媒 APP 下载
盐源：高原牧场有了“文明积分榜”
2023.09.26
盐源县在全县牧区推行“文明积分榜”，目前全县31个牧业村都建立了积分榜。
图为牧民在积分超市兑换物品。（摄影 阿苏拉格）
县里今年安排8.5万元用于积分兑换。
——记者 吉克石曲
"""


def test_an_apps_download_banner_a_dashed_byline_and_a_labelled_credit():
    (a,) = _arts(DOWNLOAD_BANNER_AND_DASHED_BYLINE)
    assert a["title"] == "盐源：高原牧场有了“文明积分榜”" and a["outlet"] == "盐源融媒"
    assert a["authors"] == ["吉克石曲"] and a["photographers"] == ["阿苏拉格"]
    assert a["subtitle"] == ""


REPORTERS_THEN_REPORTED = """托克托：“乌兰牧骑”小分队送文明下乡
发布时间：2023年11月25日 09:20　来源：托克托县融媒体中心
记者 苏日娜 王永军 报道 今年以来，托克托县组建文艺小分队，深入乡镇的46个村演出，观众累计3.2万人次。
"""


def test_a_lead_opening_with_its_reporters_and_reported_without_a_colon():
    (a,) = _arts(REPORTERS_THEN_REPORTED)
    assert a["authors"] == ["苏日娜", "王永军"] and 46 in _facts(a)
