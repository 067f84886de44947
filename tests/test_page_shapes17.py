"""Shapes of the seventeenth round (issue 14): leftovers of the twenty-seventh held-out set
and what the twenty-eighth and twenty-ninth sets found. Every page here was written for these
tests, about places other than the held-out pages' places."""
from __future__ import annotations

import pytest

from conftest import exported_numbers, fact_places, page_articles as _arts


@pytest.mark.parametrize("sentence,kept", [
    ("铁西区老旧小区多、停车难等问题较为突出[17]。", set()),
    ("据测算，全区志愿服务时长超过120万小时[3,4]。", {1200000}),
    ("已建成口袋公园46个［8］，绿化覆盖率达到41.2%[9-11]。", {46, 41.2}),
    ("社区治理的“网格化”做法成效明显[2]，居民满意度为95.6%。", {95.6}),
])
def test_a_citation_mark_after_the_words_it_supports_is_no_figure(sentence, kept):
    assert {v for v, *_ in exported_numbers(sentence)} == kept


def test_a_thesis_excerpts_footnote_marks_file_no_facts():
    page = ("城市更新视角下老旧社区治理研究——以铁西区为例\n"
            "摘要：本文以沈阳市铁西区为例，分析老旧社区治理的难点。\n"
            "铁西区是沈阳市的老工业区，下辖15个街道[4]。近年来，铁西区累计改造老旧小区138个[5]，"
            "惠及居民6.2万户[6]。\n")
    (art,) = _arts(page)
    values = {f["value"] for f in art["facts"]}
    assert {15, 138, 62000} <= values
    assert not values & {4, 5, 6}
    assert set(fact_places(art).values()) == {"210106"}


@pytest.mark.parametrize("printed,adcode", [
    ("高密城区", "370785"),     # a county-level city whose name is also a word
    ("磐石县城", "220284"),
    ("龙口城西街道", "370681"),
])
def test_a_wordlike_city_name_followed_by_its_own_town_area_names_the_city(printed, adcode):
    """Names in needs_context count only with their parent named, unless the place's own town
    area or a street of it follows: 高密城区 can mean nothing but 高密市's town area."""
    page = (f"{printed}：小区里的“红色议事厅”\n"
            f"记者 蒙晓光\n"
            f"近日，{printed}的12个老旧小区建起“红色议事厅”，居民有事一起商量，"
            f"已解决停车、晾晒等难题86件。\n")
    (art,) = _arts(page)
    assert art["adcode"] == adcode
    assert set(fact_places(art).values()) == {adcode}


def test_a_wordlike_city_name_alone_still_needs_its_parent():
    """Guard: 磐石 alone is a rock, 天长 alone is in 天长地久."""
    from build_tools.extract.gazetteer import load_gazetteer
    gz = load_gazetteer()
    assert gz.find_all("坚如磐石的信念") == []
    assert gz.find_all("天长地久的情谊") == []


@pytest.mark.parametrize("lead", [
    "本报讯　记者韩雪松报道：12日，记者从扎兰屯市文明办获悉，今年扎兰屯市新建口袋公园9处，",
    "本报讯 记者韩雪松报道 12日，据了解，今年扎兰屯市新建口袋公园9处，",
])
def test_a_page_copied_without_its_title_takes_the_news_clause_not_the_dateline(lead):
    """A user copied only the text: the title is inferred from the lead, past the 本报讯
    byline and the clause that only says where the news came from."""
    page = ("　　" + lead + "改造背街小巷26条。\n"
            "　　扎兰屯市还组织志愿者1200余人次开展文明劝导。\n")
    (art,) = _arts(page)
    assert art["title"] == "今年扎兰屯市新建口袋公园9处"
    assert art["authors"] == ["韩雪松"]
    assert art["adcode"] == "150783"


def test_a_long_sentence_is_never_cut_inside_a_time_or_a_figure():
    """A sentence of many numbers is quoted in bounded pieces; a piece never ends inside a time
    of day (17:|30) or a figure's thousands comma (1,|294), so a time's minutes never come back
    as a count of their own."""
    from hypothesis import given, strategies as st
    from build_tools.sentences import quoting_units

    @given(st.lists(st.sampled_from(["8:30", "17:30至18:30", "1,294名", "3个", "，", "、", "共有", "志愿者"]),
                    min_size=10, max_size=60))
    def check(parts):
        text = "".join(parts) + "。"
        units = quoting_units(text)
        assert "".join(units) == text
        for a, b in zip(units, units[1:]):
            assert not (a[-1] in ":," and a[-2:-1].isdigit() and b[:1].isdigit())
    check()
    page = ("古蔺县：文明交通劝导点增至30个\n通讯员 胥晓龙\n"
            "古蔺县城区文明交通劝导点位由原来的14个增加到30个，每天7:30至8:30、11:30至12:30、"
            "17:30至18:30高峰时段安排志愿者上岗，全县已有1,294名志愿者参与，其中党员志愿者326名。\n")
    (art,) = _arts(page)
    assert sorted(f["value"] for f in art["facts"] if f["kind"] != "rank") == [14, 30, 326, 1294]


@pytest.mark.parametrize("sentence,value,unit", [
    ("在全省县域文明指数测评中，凤冈县较上年上升9位。", 9, "位次"),
    ("該縣的測評排名較上一年前進7位。", 7, "位次"),
    ("全县今年抽检农产品1.6万批次，合格率达到99.2%。", 16000, "批次"),
    ("社区有23位老人报名参加。", 23, "人"),          # guard: 位 after a count of people stays persons
])
def test_a_rankings_move_and_batches_keep_their_own_units(sentence, value, unit):
    assert (value, unit) in exported_numbers(sentence, qualifier=False)
