"""Shapes of pages the pipeline had not seen (held-out set 27's kinds, helper fx27b): a
deputy's suggestion made public, a thesis's cover, a branch's activity record form, a lesson
plan. Every page here was written for these tests, about places in 四川, 湖北 and 甘肃 (not the
held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


DEPUTY_SUGGESTION = """关于在涪城区增设城市书房的建议
建议编号：第0215号
领衔代表：杜若溪
附议代表：廖春明、向晓东
承办单位：市文化广电旅游局
提交时间：2024-02-06
案由：在涪城区增设城市书房，方便市民阅读
理由：据调查，涪城区现有城市书房6个，每个书房日均接待读者约120人次，已不能满足市民需求。
建议：一是新建一批城市书房；二是延长开放时间。
"""


def test_a_deputy_suggestion_is_written_by_its_lead_deputy_and_dated_when_filed():
    arts = _arts(DEPUTY_SUGGESTION)
    assert len(arts) == 1
    a = arts[0]
    assert a["authors"] == ["杜若溪"]  # the seconding deputies only back it
    assert a["date"]["value"] == "2024-02-06"
    assert 215 not in {f["value"] for f in a["facts"]}  # the suggestion's number
    assert a["title"] == "关于在涪城区增设城市书房的建议" and a["subtitle"] == ""  # 案由 is a field


THESIS_COVER = """江汉师范大学
硕士学位论文

题    目：社区协商与文明城市创建研究
          ——以襄阳市襄城区为例
作者姓名：庞雨桐
指导教师：沈立群 教授
学科专业：社会工作

……

第3章 襄城区的实践

襄城区是襄阳市的中心城区之一，下辖9个街道。近年来，全区累计改造老旧小区76个，注册志愿者达到6.2万人。
"""


def test_a_thesis_cover_gives_the_student_not_the_supervisor():
    arts = _arts(THESIS_COVER)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["庞雨桐"]  # 作者姓名; the 指导教师 is no author


ACTIVITY_FORM = """“主题党日”活动记录表

支部名称：中共临洮县洮阳镇东街社区支部委员会
活动主题：共建文明社区
活动时间：2024年5月15日（星期三）下午2:30—5:00
活动地点：东街社区党群服务中心
主 持 人：包文涛（支部书记）
应到人数：27人　　实到人数：24人　　缺席人数：3人

活动内容：
一、开展志愿服务。全体党员分成3个小组，在东街片区清理卫生死角14处，劝导不文明行为9起。

记录人：窦海燕
"""


def test_an_activity_record_form_is_dated_by_its_activity_and_its_head_counts_are_fields():
    arts = _arts(ACTIVITY_FORM)
    assert len(arts) == 1
    a = arts[0]
    assert a["date"]["value"] == "2024-05-15"  # the weekday and the hours belong to the date
    values = {f["value"] for f in a["facts"]}
    assert {14, 9} <= values
    assert not {27, 24} & values  # 应到/实到 counts are the form's fields
    assert a["authors"] == []  # the recorder fills the form in, the host presides
    assert a["subtitle"] == ""  # 主 持 人：某某（支部书记） is a field, no subtitle


LESSON_PLAN = """《文明出行从我做起》教学设计
设计者：广元市利州区东坝小学 罗晓婷
授课班级：四年级（3）班    授课时间：2023年10月17日    课时：第1课时

一、教学背景
利州区正在创建全国文明城市。近年来，城区新增公交线路8条，新建过街天桥3座。
"""


def test_a_lesson_plan_is_dated_by_its_lesson():
    arts = _arts(LESSON_PLAN)
    assert len(arts) == 1
    a = arts[0]
    assert a["date"]["value"] == "2023-10-17"


PRIZE_LIST_NOTICE = """宜昌文明网
首页 > 通知公告
宜昌市文明交通公益广告语征集结果公示
发布时间：2024-03-05 09:12:44  来源：市文明办  作者：  浏览次数：1260
市文明办面向社会征集文明交通公益广告语，共收到应征作品860条，评选出获奖作品12条。现将结果公示如下：
一、一等奖（1条）
1. 礼让一步路更宽 文明一点城更美（作者：柯雨辰，湖北襄阳）
二、二等奖（2条）
1. 红灯停一停 平安行一生（作者：简一鸣，宜昌夷陵）
2. 斑马线上让一让 宜昌处处是风景（作者：卜晓蕾，四川成都）
"""


def test_a_results_notice_is_the_office_s_and_its_listed_entrants_are_no_authors():
    arts = _arts(PRIZE_LIST_NOTICE)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "宜昌市文明交通公益广告语征集结果公示"  # the meta line's empty 作者： is no title text
    assert a["authors"] == []  # each slogan's 作者 is an entrant's credit, kept with the entry
    assert a["date"]["value"] == "2024-03-05"
