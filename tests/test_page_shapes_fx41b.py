"""Shapes of pages holding several articles (set 41's kinds, written for these tests): roundup
columns whose items are led by a place's label. Every sentence is made up; names invented;
places in Ningxia and Hainan (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


BRACKETED_ROUNDUP = """银川晚报   2022年6月14日   第5版   塞上

县区创城动态
【永宁】永宁县近日开展“文明集市”整治，全县清理占道摊点310处，规范停车泊位260个。
【贺兰】贺兰县今年在城区新建口袋公园9个，增设休闲座椅140组。
【灵武】灵武市组织“文明家庭”评选活动，全市评出文明家庭85户。
"""


def test_a_roundup_of_bracketed_place_labels_is_one_article_per_place():
    arts = _arts(BRACKETED_ROUNDUP)
    assert [a["title"] for a in arts] == ["永宁", "贺兰", "灵武"]
    assert [a["adcode"] for a in arts] == ["640121", "640122", "640181"]
    assert {310, 260} <= {f["value"] for f in arts[0]["facts"]}
    assert {9, 140} <= {f["value"] for f in arts[1]["facts"]}
    assert 85 in {f["value"] for f in arts[2]["facts"]}
    assert 310 not in {f["value"] for f in arts[1]["facts"]}


DASHED_ROUNDUP = """海南法治时报 2022年9月8日 第3版 市县传真

**定安**——定安县在县城主要路口设置“文明劝导岗”16个，9月以来劝导不文明行为430余人次。（通讯员 符海清）
**屯昌**——屯昌县开展“文明餐桌进机关”活动，全县52家机关食堂参与。（通讯员 王丽娟）
**琼中**——琼中黎族苗族自治县评选出“文明示范户”380户。（通讯员 黎春花）
"""


def test_a_roundup_of_dashed_place_labels_signed_by_correspondents_splits_with_their_names():
    arts = _arts(DASHED_ROUNDUP)
    assert [a["title"] for a in arts] == ["定安", "屯昌", "琼中"]
    assert [a["authors"] for a in arts] == [["符海清"], ["王丽娟"], ["黎春花"]]
    assert [a["adcode"] for a in arts] == ["469021", "469022", "469030"]
    assert 52 in {f["value"] for f in arts[1]["facts"]}


REPORT_WITH_TOWN_PARAGRAPHS = """银川晚报   2022年6月14日   第5版   塞上

平罗县多措并举推进文明城市创建

本报记者 马文静

    今年以来，平罗县把创城任务分解到各乡镇，各地结合实际推出各具特色的举措。
【城关镇】城关镇改造背街小巷12条，新增路灯300盏。
【黄渠桥镇】黄渠桥镇组建志愿服务队15支，开展活动60余场。
"""


def test_a_reports_paragraphs_led_by_its_towns_labels_stay_in_the_report():
    """Guard: under a report's own headline, paragraphs led by place labels are its parts."""
    (art,) = _arts(REPORT_WITH_TOWN_PARAGRAPHS)
    assert art["title"] == "平罗县多措并举推进文明城市创建"
    assert art["authors"] == ["马文静"]
    assert {12, 300, 15} <= {f["value"] for f in art["facts"]}
