"""Year estimates from internal evidence."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from build_tools.extract.year import estimate_year, normalise

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


def seed_lines(prefix):
    return next((ROOT / "seeds").glob(prefix + "_*.txt")).read_text(encoding="utf-8").split("\n")


SEEDS = {
    "000 Ejin Horo": ("000", 0, None, 2023, "2023"),
    "001 Ordos": ("001", 0, None, 2022, "2022"),
    "002 Hulunbuir": ("002", 0, None, 2024, "第十四届全国冬季运动会"),
    "003 Ulanqab": ("003", 0, 313, 2019, "2018"),
    "003 Huairou": ("003", 313, 675, 2019, "2019"),
    "004 Hohhot": ("004", 0, None, 2021, "十九届六中全会"),
}


@pytest.mark.parametrize("case", sorted(SEEDS))
def test_seed_years(case):
    seed, a, b, year, quoted = SEEDS[case]
    r = estimate_year(seed_lines(seed)[a:b])
    assert r["value"] == year, r["evidence"]
    assert r["estimated"] is True
    assert quoted in r["evidence"]


def test_normalise_spaced_digits():
    assert "2018年常住人口" in normalise("2018 年 常 住 人 口")
    assert "2019年" in normalise("二〇一九年")


def test_statistics_year_means_later():
    assert estimate_year(["2018年常住人口209.61万人。"])["value"] == 2019


def test_target_year_is_not_evidence():
    r = estimate_year(["2021年启动创建，力争到2025年建成全国文明城市。"])
    assert r["value"] == 2021


def test_range_means_during():
    r = estimate_year(["实施三年行动计划（2021—2023年），明确创建目标。"])
    assert r["value"] == 2021 and "2021—2023" in r["evidence"]


def test_events():
    assert estimate_year(["深入学习贯彻党的二十大精神"])["value"] == 2022
    assert estimate_year(["学习贯彻党的二十届三中全会精神"])["value"] == 2024
    assert estimate_year(["以庆祝中国共产党成立100周年为主线"])["value"] == 2021


def test_regional_event_needs_province():
    text = ["深入学习自治区第十一次党代会精神"]
    assert estimate_year(text)["value"] is None
    assert estimate_year(text, province="内蒙古自治区")["value"] == 2021


def test_numbers_are_not_years():
    assert estimate_year(["近2000余名志愿者参与", "投资2021万元"])["value"] is None


def test_no_evidence():
    r = estimate_year(["文明，是一座城市靓丽的名片。"])
    assert r == {"value": None, "estimated": True, "evidence": r["evidence"]} and r["evidence"]


@pytest.mark.parametrize("fname,year", [
    ("anji_zhejiang_county.txt", 2023),       # 2022年度 measured -> written 2023 or later
    ("pengzhou_sichuan_county.txt", 2023),
    ("minhang_shanghai_district.txt", 2022),
    ("zhuzhou_wo_shi_title.txt", 2024),       # 2024年测评 is ahead: the campaign is in 2024
])
def test_written_pages(fname, year):
    r = estimate_year((PAGES / fname).read_text(encoding="utf-8").split("\n"))
    assert r["value"] == year, r["evidence"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=5))
def test_never_raises(texts):
    r = estimate_year(texts)
    assert r["estimated"] is True and (r["value"] is None or 1949 <= r["value"] <= 2035)
