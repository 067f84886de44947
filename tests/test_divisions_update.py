"""Divisions changed since cpca's data (data/divisions_update.csv): the file is
well-formed, new divisions are matched, former names name today's division.

The pages below are written for these tests (no real article is copied)."""
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.extract import divisions_update as du
from build_tools.extract.gazetteer import _read_rows, load_gazetteer
from build_tools.extract.region import resolve_region
from build_tools.pipeline import process_seed

ROWS = du.read_update()
OLD = {c: n for c, n, _, _ in _read_rows()}


def test_file_names_its_source_and_has_every_kind_of_change():
    head = du.UPDATE_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#") and "china-division 2.7.0" in head and "--write-update" in head
    kinds = {r["change"] for r in ROWS}
    assert kinds == set(du.CHANGES)
    assert all(set(r) == set(du.COLUMNS) for r in ROWS)


def test_codes_unique_and_levels_follow_the_code():
    current = [r["adcode"] for r in ROWS if r["change"] != "abolished"]
    assert len(current) == len(set(current))
    abolished = [r["adcode"] for r in ROWS if r["change"] == "abolished"]
    assert len(abolished) == len(set(abolished)) and not set(abolished) & set(current)
    for r in ROWS:
        code = r["adcode"]
        assert len(code) == 6 and code.isdigit(), r
        assert r["level"] == du.level_of(code), r
        if r["change"] in ("added", "recoded"):
            assert code not in OLD, r           # a new code, not one cpca already uses
        if r["change"] in ("renamed", "abolished"):
            assert code in OLD, r
        if r["change"] == "renamed":
            assert r["predecessor"] == code and OLD[code] == r["predecessor_name"] != r["name"]
        if r["change"] == "recoded":
            assert OLD.get(r["predecessor"]) == r["predecessor_name"], r
        if r["change"] == "abolished":
            assert OLD[code] == r["name"] and r["successor"], r


def test_parents_and_successors_exist_one_level_up():
    gz = load_gazetteer()
    up = {"county": ("prefecture", "province"), "prefecture": ("province",)}
    for r in ROWS:
        if r["change"] == "abolished":
            succ = gz.by_code(r["successor"])
            assert succ is not None, r
            assert gz.by_code(r["adcode"]) is None, r
            continue
        p = gz.by_code(r["adcode"])
        assert p is not None and p.name == r["name"], r
        parent = gz.by_code(r["parent"])
        assert parent is not None and parent.level in up[r["level"]], r
        assert p.parent == r["parent"], r
        if r["change"] == "recoded":
            assert gz.by_code(r["predecessor"]) is None, r     # the old code is gone


def test_coordinates_come_from_the_predecessor_or_the_parent():
    rows = {c: (lon, lat) for c, _, lon, lat in _read_rows()}
    gz = load_gazetteer()
    for r in ROWS:
        if r["change"] == "abolished":
            continue
        lon, lat = float(r["lon"]), float(r["lat"])
        assert 73 < lon < 136 and 3 < lat < 54, r        # inside China's extent
        if r["change"] == "recoded" and all(rows[r["predecessor"]]):
            assert r["coords_from"] == "predecessor" and (r["lon"], r["lat"]) == rows[r["predecessor"]]
        elif r["change"] in ("added", "recoded"):
            assert r["coords_from"] == "parent"
            par = gz.by_code(r["parent"])
            assert (round(par.lat, 5), round(par.lon, 5)) == (round(lat, 5), round(lon, 5)), r


def test_known_changes_are_in_the_file():
    by = {(r["change"], r["adcode"]): r for r in ROWS}
    assert by[("recoded", "370117")]["predecessor"] == "371203"              # 钢城区 into 济南市
    assert by[("recoded", "370116")]["predecessor_name"] == "莱芜市"
    assert by[("recoded", "130284")]["predecessor_name"] == "滦县"
    assert by[("renamed", "130502")]["predecessor_name"] == "桥东区"
    assert by[("added", "330383")]["name"] == "龙港市"
    assert by[("added", "511504")]["name"] == "叙州区"
    assert by[("abolished", "511521")]["successor"] == "511500"
    # statistical areas and NBS's duplicate row of a city without districts are not divisions
    assert not any(r["name"].endswith("开发区") for r in ROWS)
    assert ("added", "620201") not in by


def test_load_needs_neither_pypinyin_nor_opencc_and_tables_cover_new_names():
    # in a fresh interpreter: other tests of this process may have imported them
    code = ("import sys; from build_tools.extract.gazetteer import load_gazetteer; load_gazetteer(); "
            "print(sorted(m for m in ('pypinyin', 'opencc', 'cpca') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]", out.stderr
    gz = load_gazetteer()
    assert gz.by_code("511504").name_en == "Xuzhou District"
    assert gz.by_code("330383").name_en == "Longgang City"
    assert gz.by_code("659012").name == "白杨市"
    assert [p.adcode for _, p, _ in gz.find_all("龍港市")] == ["330383"]
    assert [p.adcode for _, p, _ in gz.find_all("敘州區")] == ["511504"]


@pytest.mark.parametrize("title, body, expected", [
    ("叙州区：背街小巷改造让老城区换了模样",
     ["近日，宜宾市叙州区对城区32条背街小巷完成改造，新增停车位1200个。",
      "叙州区文明办负责人介绍，今年还将改造农贸市场5个。"], "511504"),
    ("龙港市“撤镇设市”后首个文明城市创建年",
     ["温州市龙港市以“无差别受理”推动便民服务，全年办件量超过8万件。",
      "龙港市还新建城市书房6家。"], "330383"),
    ("莱芜区：文明实践站点覆盖所有村居",
     ["济南市莱芜区今年新建新时代文明实践站120个，志愿者人数达到4.6万人。"], "370116"),
    ("色尼区高原城市创建记",
     ["那曲市色尼区发动干部群众清理河道垃圾，参与人数超过3000人次。"], "540602"),
    ("兵团城市白杨市推进环境整治",
     ["新疆白杨市组织志愿者清理道路两侧杂物，累计出动车辆45台次。"], "659012"),
    ("盘州市：一座煤城的文明蝶变",
     ["六盘水市盘州市今年改造老旧小区41个，惠及居民1.2万户。"], "520281"),
])
def test_new_divisions_get_their_new_code(title, body, expected):
    r = resolve_region(title, "", "", "", body)
    assert r["adcode"] == expected, r["evidence"]


def test_a_former_name_files_under_todays_division_with_a_note():
    # a 2017 page names a county that became 叙州区 in 2018: no name evidence ties the
    # two, so it is filed under the prefecture that holds it, with the old code in evidence
    r = resolve_region("宜宾县：文明劝导队走上街头", "", "", "",
                       ["2017年以来，宜宾县组建文明劝导队86支，劝导不文明行为1.5万余次。"])
    assert r["adcode"] == "511500", r["evidence"]
    assert "宜宾县" in r["evidence"] and "511521" in r["evidence"]
    # a county-level city that became a district keeps its place, under its new code
    r = resolve_region("章丘市创建省级文明城市", "", "", "", ["章丘市今年新增城市绿地面积30公顷。"])
    assert (r["adcode"], r["region"]) == ("370114", "章丘区"), r["evidence"]
    assert "章丘市" in r["evidence"] and "370181" in r["evidence"]
    r = resolve_region("郫县：川西林盘里的文明新风", "", "", "", ["郫县今年评出文明家庭300户。"])
    assert r["adcode"] == "510117", r["evidence"]


def test_a_current_name_is_never_taken_by_a_former_one():
    gz = load_gazetteer()
    # 桥东区 of 邢台 is now 襄都区, but 张家口市 still has a 桥东区
    assert {p.adcode for p in gz.by_name("桥东区")} == {"130702"}
    assert gz.former("桥东区") == []
    assert gz.former("宜宾县") == [("511521", "宜宾县")]


def test_everyday_words_among_new_city_short_names_need_their_parent():
    gz = load_gazetteer()
    for text in ("我们对所有人一视同仁。", "路边的白杨树长高了。", "文艺新星登台演出。",
                 "社区协会理事会换届。", "仓库车辆进出有序。"):
        assert gz.find_all(text) == [], text
    # with its prefecture named, the short name counts
    assert "632301" in [p.adcode for _, p, _ in gz.find_all("黄南藏族自治州同仁热贡艺术节开幕")]
    assert [p.adcode for _, p, _ in gz.find_all("同仁市")] == ["632301"]


def test_a_whole_page_through_the_pipeline_gets_the_new_code():
    page = ("文明城市创建 | 第3版\n"
            "叙州区：夜市有了“红黄绿”三色管理\n"
            "本报讯（记者 周明远）\n"
            "今年以来，叙州区在南岸夜市推行摊位三色管理，整改占道经营问题420处。\n"
            "叙州区综合执法局表示，下一步将把经验推广到全区8个镇街。\n")
    res = process_seed("xuzhou_night_market.txt", page.encode("utf-8"))
    assert [(a["adcode"], a["region"]) for a in res["articles"]] == [("511504", "叙州区")]
