"""Shapes found by the twenty-fifth and twenty-sixth held-out sets (issue 14, sixteenth round):
an autonomous county or banner printed as papers print it, with its short name and the plain
suffix (循化县 for 循化撒拉族自治县) or by its customary abbreviation (喀左县). Every page here
was written for these tests, about places in Qinghai, Chongqing, Liaoning, Hubei, Guangxi and
Inner Mongolia (not the held-out pages' places)."""
from __future__ import annotations

import pytest

from conftest import fact_places, page_articles as _arts

from build_tools.extract.gazetteer import load_gazetteer

# (how a page names it, the division's adcode, its full name)
PLAIN_NAMES = [
    ("循化县", "630225", "循化撒拉族自治县"),
    ("石柱县", "500240", "石柱土家族自治县"),
    ("长阳县", "420528", "长阳土家族自治县"),
    ("三江县", "450226", "三江侗族自治县"),
    ("鄂伦春旗", "150723", "鄂伦春自治旗"),
    ("喀左县", "211324", "喀喇沁左翼蒙古族自治县"),
]


@pytest.mark.parametrize("printed,adcode,full", PLAIN_NAMES)
def test_an_autonomous_county_printed_with_a_plain_suffix_is_the_articles_place(printed, adcode, full):
    page = (f"{printed}：背街小巷换新颜\n本报记者 龙海川\n"
            f"今年以来，{printed}对城区14条背街小巷开展集中整治，新增停车位320个，"
            f"群众满意度达到93.5%。\n")
    (art,) = _arts(page)
    assert load_gazetteer().by_code(adcode).name == full
    assert art["adcode"] == adcode
    assert set(fact_places(art).values()) == {adcode}


def test_the_plain_name_is_never_another_divisions_name():
    """Guard: 大通县 names 大通回族土族自治县 (青海), not 大通区 (淮南); 东乡县 stays the former
    county of 江西, because 东乡族自治县's own short name is its people's name."""
    gz = load_gazetteer()
    assert [p.adcode for _, p, _ in gz.find_all("大通县")] == ["630121"]
    assert [p.adcode for _, p, _ in gz.find_all("淮南市大通区")] == ["340400", "340402"]
    assert [p.name for _, p, _ in gz.find_all("东乡县")] != ["东乡族自治县"]


def test_the_place_printed_as_the_titles_label_is_the_subject_before_a_landmark_named_for_a_neighbour():
    """琅琊古道 carries the name of 琅琊区; the article, labelled 南谯：, is about 南谯区 (both of
    滁州市, so their city is not the answer either)."""
    page = ("南谯：琅琊古道边的“文明茶摊”\n滁州日报记者 宁思远\n"
            "近日，滁州市南谯区在琅琊古道沿线设立“文明茶摊”12处，为游客免费提供茶水和导览服务。"
            "琅琊古道沿线的商户也加入进来，已有46家商户签订文明经营承诺书。\n")
    (art,) = _arts(page)
    assert art["adcode"] == "341103"


def test_an_office_put_forward_over_its_seal_is_a_source_not_the_next_pieces_heading():
    """Deeds materials: each closes with the office putting the nominee forward and its stamp
    note (推荐单位：…（盖章）) and its date; the next material's title follows."""
    page = ("文明家庭事迹材料汇编\n"
            "孝老爱亲三十年\n——记石门县楚江街道居民覃玉兰家庭\n"
            "覃玉兰一家三代同堂，三十年来悉心照料卧病的婆婆，邻里有事总是第一个上门帮忙。\n"
            "推荐单位：石门县文明办（盖章）\n2023年9月12日\n"
            "热心公益的“跑腿大姐”\n——记澧县澧阳街道志愿者龚春梅\n"
            "龚春梅组建了一支12人的志愿服务队，两年来为独居老人代办事项600余件。\n"
            "推荐单位：澧县文明办（盖章）\n2023年9月15日\n")
    first, second = _arts(page)
    assert second["title"] == "热心公益的“跑腿大姐”"
    assert (first["date"]["value"], second["date"]["value"]) == ("2023-09-12", "2023-09-15")
    assert first["adcode"] == "430726" and second["adcode"] == "430723"


def test_a_bilingual_papers_masthead_with_a_latin_script_page_name_gives_outlet_date_and_page():
    """A Zhuang-and-Chinese paper prints its page's name in both (民族·Minzcuz) and the headline
    in both; the masthead is read as one, not glued to the headline."""
    page = ("某某民族报 2023年9月5日 第2版 民族·Minzcuz\n那坡：边城街巷换新颜\n"
            "Nazboh: Haw Rog Henz Ndaw Singz\n本报记者 农海燕\n"
            "今年以来，那坡县对城区18条背街小巷开展整治，新建停车位260个。\n")
    (art,) = _arts(page)
    assert art["title"] == "那坡：边城街巷换新颜"
    assert (art["outlet"], art["date"]["value"], art["newspaper_page"]) == ("某某民族报", "2023-09-05", "第2版")
    assert art["adcode"] == "451026"
