"""Kinds of page nobody had named before round s15 (set 62 read): a statistics bulletin under
its office's site and a bare breadcrumb; a tender notice's number under its title; a TV
问政 episode's theme; minutes under their issuer with the issue's number; a 人大 deliberation
with the note on when it was passed; a Q&A platform's question and best answer; a 政协 proposal
and the office's reply on one page. Every page here was written for these tests, about places
in Guangdong, Shaanxi, Hebei, Heilongjiang, Shandong, Shanxi and Sichuan; every name is
invented."""
from __future__ import annotations

from conftest import page_articles as _arts


STATISTICS_BULLETIN = """韶关市曲江区人民政府网站
信息公开 > 统计信息
发布机构：韶关市曲江区统计局　　发布日期：2023-04-12

韶关市曲江区2022年国民经济和社会发展统计公报
韶关市曲江区统计局
2023年4月12日

2022年，全区地区生产总值增长4.1%，城镇新增就业3200人，全年新建城市公园5个。
"""


def test_a_bulletin_under_its_offices_site_name_and_a_bare_breadcrumb():
    (art,) = _arts(STATISTICS_BULLETIN)
    assert art["title"] == "韶关市曲江区2022年国民经济和社会发展统计公报"
    assert art["adcode"] == "440205"


TENDER_NOTICE = """汉阴县城区背街小巷提升改造工程招标公告

项目编号：HYX-2024-GC-0211
发布时间：2024-03-05 09:00:00　　来源：陕西省公共资源交易网

1. 招标条件
本招标项目已由汉阴县发展和改革局批准建设，招标人为汉阴县住房和城乡建设局。

2. 项目概况
本工程改造背街小巷26条，计划工期150日历天。
"""


def test_a_tender_notices_number_under_its_title_is_its_data():
    (art,) = _arts(TENDER_NOTICE)
    assert art["title"] == "汉阴县城区背街小巷提升改造工程招标公告"
    assert art["date"]["value"] == "2024-03-05"


TV_WENZHENG = """涉县融媒体中心
《涉县问政》第5期　文字实录
播出时间：2023年9月20日 20:00

本期主题：聚焦老旧小区“停车难”
问政嘉宾：县住房和城乡建设局局长　任建国

主持人：涉县老城区有小区32个，停车位缺口多少？
任建国：缺口约1800个，今年计划新增车位600个。
"""


def test_a_tv_episodes_theme_is_its_title_and_its_guest_no_author():
    (art,) = _arts(TV_WENZHENG)
    assert art["title"] == "聚焦老旧小区“停车难”"
    assert art["authors"] == [] and art["adcode"] == "130426"


MINUTES = """哈尔滨市道里区创建全国文明城市指挥部

会　议　纪　要

〔2024〕第3期

区创城指挥部办公室　　　　　　　　　　　　2024年5月6日

5月5日，区创城指挥部召开第三次调度会，会议明确年内完成背街小巷整治40条。
"""


def test_minutes_under_their_issuer_are_titled_by_their_kind_not_their_issue_number():
    (art,) = _arts(MINUTES)
    assert art["title"] == "会议纪要" and art["adcode"] == "230102"


DELIBERATION = """阳谷县人大常委会
当前位置：首页 > 监督工作

关于县人民政府文明城市创建工作情况报告的审议意见
（2023年9月18日县第十八届人民代表大会常务委员会第十二次会议通过）

县人民政府：
县人大常委会听取和审议了县人民政府关于文明城市创建工作情况的报告，认为城区新增停车泊位2300个，成效明显。
"""


def test_a_deliberation_under_its_site_name_is_titled_by_its_document_title():
    (art,) = _arts(DELIBERATION)
    assert art["title"] == "关于县人民政府文明城市创建工作情况报告的审议意见"


QA_ANSWER = """百度知道

古交市这几年创建文明城市，变化大吗？
匿名用户　　浏览 12873 次

最佳答案
阎晓燕　　知道达人 6 级　　采纳率91%
说说我的感受。县城的背街小巷都硬化了，这两年新建公厕40多座。
"""


def test_a_qa_platforms_question_is_the_title_and_its_best_answers_writer_the_author():
    (art,) = _arts(QA_ANSWER)
    assert art["title"] == "古交市这几年创建文明城市，变化大吗？"
    assert art["authors"] == ["阎晓燕"] and art["outlet"] == "百度知道"
    assert 91 not in {f["value"] for f in art["facts"]}  # (the platform's rate, no fact)


PROPOSAL_AND_REPLY = """政协营山县委员会
提案工作 > 提案选登

关于加强城区停车管理助推文明城市创建的提案

提案号：第52号
提案人：蒲丽华　贾志刚
类别：城乡建设

案由：
县城现有公共停车泊位不足3000个，高峰时段占道停车突出。

关于县政协十一届二次会议第52号提案的答复
营山县住房和城乡建设局

蒲丽华、贾志刚委员：
你们提出的提案收悉。今年已新增公共停车泊位800个，下一步将建设立体停车场2座。

营山县住房和城乡建设局
2024年6月20日
"""


def test_a_proposal_and_its_reply_on_one_page_are_two_documents():
    arts = _arts(PROPOSAL_AND_REPLY)
    assert [a["title"] for a in arts] == ["关于加强城区停车管理助推文明城市创建的提案",
                                          "关于县政协十一届二次会议第52号提案的答复"]
    assert arts[0]["authors"] == ["蒲丽华", "贾志刚"] and arts[1]["authors"] == []
    assert arts[1]["date"]["value"] == "2024-06-20"
