"""The layout round trip (`python -m build_tools eval`): typesetter, scorer, and the gate.

* The typesetter really prints each layout (narrow columns break words, glosses,
  traditional script, furniture, mastheads, bylines in every position ...), and
  everything a page's truth expects is printed on the page.
* The scorer is right: a perfect output scores 100 %, a damaged one loses exactly
  the field that was damaged, and the clean layout (one article a page, `#`
  title, byline line) scores 100 % through the real pipeline on every field it
  already produces.
* The gate: no layout drops below the floors in data/roundtrip_gate.yaml (a
  ratchet towards the target of 95 % on every field; see that file).
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.cli import main as cli_main
from build_tools.extract.gazetteer import load_gazetteer
from build_tools.roundtrip import evaluate
from build_tools.roundtrip.corpus import Record, place_kind, synthetic, vocabulary
from build_tools.roundtrip.score import FIELDS, norm, score_page, summarise
from build_tools.roundtrip.typeset import layouts, make_page, page_records, typeset

GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+[)）]")
SEED = 14


def page(layout: str, i: int = 1, seed: int = SEED):
    return make_page(layout, i, seed)


def lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


# -- the known records ------------------------------------------------------------

def test_records_cover_every_kind_of_division_and_most_provinces():
    rng = random.Random(1)
    kinds = vocabulary()["place_kinds"]
    recs = [synthetic(rng, f"r{i}", kinds[i % len(kinds)]) for i in range(300)]
    assert {r.kind for r in recs} == set(kinds)
    assert len({r.adcode[:2] for r in recs}) >= 28
    gz = load_gazetteer()
    for r in recs:
        place = gz.by_code(r.adcode)
        assert place.name == r.region and place_kind(place) == r.kind
        assert 1 <= len(r.authors) <= 8 and len(set(r.authors)) == len(r.authors)
        assert r.org not in r.authors
        assert all(not gz.scan(n) for n in r.authors), "a made-up name must not name a place"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.date) and r.year == int(r.date[:4])
        assert r.outlet and r.newspaper_page
        for f in r.facts:
            assert f["text"] in f["sentence"]
            assert any(f["sentence"] in b["sentences"] for b in r.body if b["kind"] == "paragraph")
    assert any(len(r.title_lines) > 1 for r in recs)
    assert any(r.title.endswith("”") for r in recs) and any(r.title.startswith("#") for r in recs)
    assert any(r.org for r in recs) and max(len(r.authors) for r in recs) >= 6
    assert {f["qualifier"] for r in recs for f in r.facts} == {"exact", "more_than", "nearly", "about"}
    assert any(f["kind"] == "rank" for r in recs for f in r.facts)
    # county-level cities are also called by their short name
    assert any(r.kind == "county_city" and r.short in "".join(r.paragraphs()).replace(r.region, "") for r in recs)


def test_seed_records_carry_what_a_person_read():
    recs = evaluate.seed_records()
    assert [r.title for r in recs][:2] == ["做优“加减乘除”法 共解全国文明城市创建方程式", "拉高标杆再出发 加压奋进争一流"]
    assert len(recs) == 6
    huairou = next(r for r in recs if r.adcode == "110116")
    assert huairou.authors == ["张嘉哲", "宋绪武"] and huairou.year == 2019
    assert sum(len(r.facts) for r in recs) >= 40       # the hand-read facts whose sentences are in the body
    assert all(f["sentence"] in "".join(r.paragraphs()) for r in recs for f in r.facts)


def test_pages_are_deterministic_and_differ_by_seed():
    for layout in layouts():
        a, b = make_page(layout, 2, SEED), make_page(layout, 2, SEED)
        assert a.text == b.text and a.truth == b.truth
    assert make_page("clean", 2, SEED).text != make_page("clean", 2, SEED + 1).text


# -- every layout is really printed ------------------------------------------------

def test_clean_layout_prints_hash_title_and_byline_line():
    p = page("clean")
    first = lines(p.text)
    assert first[0] == "# " + p.truth[0]["title"]
    assert any(ln.lstrip("□■").startswith(("记者", "本报记者", "通讯员", "本报通讯员")) or ln.startswith("□")
               for ln in first[1:4])


def test_narrow_columns_print_every_line_apart_and_break_words():
    p = page("narrow", 3)
    body = [ln for ln in p.text.split("\n\n") if ln.strip()]
    assert "\n" not in "".join(b.strip("\n") for b in body), "every printed line stands alone"
    widths = Counter(len(ln) for ln in body[3:])
    width = widths.most_common(1)[0][0]
    assert 9 <= width <= 16
    # a line that ends inside a sentence and a word: the next line continues it
    assert sum(1 for ln in body if len(ln) == width and ln[-1] not in "。！？”") >= 5


def test_pdf_wraps_with_stray_spaces_and_half_width_punctuation():
    texts = [page("pdf", i).text for i in range(4)]
    assert any(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", t) for t in texts)
    assert all("," in t and "，" not in "".join(lines(t)[3:]) for t in texts)
    for t in texts:         # paragraphs wrap at one width: many lines of exactly that length
        width, count = Counter(len(ln.lstrip("\u3000")) for ln in lines(t)).most_common(1)[0]
        assert 26 <= width <= 40 and count >= 5


def test_web_copies_carry_furniture_lines():
    text = "\n".join(page(layout, i).text for layout in ("web", "web_briefs") for i in range(6))
    for word in ("来源：", "分享到", "【字体：大 中 小】", "责任编辑", "发布时间："):
        assert word in text, word
    printed = [t["date"]["printed"] for i in range(6) for t in page("web", i).truth]
    assert any(printed) and not all(printed)       # some meta lines carry the date, some do not


def test_pinyin_glosses_and_traditional_script():
    p = page("pinyin", 1)
    assert len(GLOSS.findall(p.text)) >= 10
    assert re.search(r"[āáǎàēéěèīíǐìōóǒòūúǔù]", p.text)
    t = page("traditional", 1).text
    assert norm(t) != re.sub(r"\s+", "", t) and any(ch in t for ch in "們這會國與實區創")
    m = page("mirror", 1).text
    assert GLOSS.search(m) and any(ch in m for ch in "們這會國與實區創")


def test_several_articles_without_marks_between_them():
    counts = []
    for layout in ("multi", "narrow_multi", "web_briefs", "newspaper_briefs"):
        counts += [len(page(layout, i).truth) for i in range(6)]
    assert set(counts) == {2, 3}
    text = page("multi", 1).text
    assert not re.search(r"^#+ ", text, re.M) and "——" not in text       # (a #topic# title is no mark)


def test_bylines_in_every_position():
    inline = page("inline_byline", 1)
    assert re.search(r"讯（[^）]+）", inline.text) and inline.truth[0]["authors"]
    dated = page("dateline", 1)
    assert re.search(r"\d+月\d+日讯 ?（", dated.text) and dated.truth[0]["outlet"]
    end = page("end_byline", 1)
    assert re.search(r"（[^）]+）\s*$", end.text) and end.truth[0]["authors"]


def test_captions_mastheads_doubled_and_multiline_titles():
    assert re.search(r"摄", page("captions", 1).text)
    m = page("masthead", 1)
    head = lines(m.text)[0]
    t = m.truth[0]
    assert t["outlet"] in head and t["newspaper_page"] in head and str(t["date"]["value"][:4]) in head
    d = page("doubled", 1)
    first = lines(d.text)[0]
    title = d.truth[0]["title"].split(" ")[0]
    assert (title + title) in first or lines(d.text)[1] == first
    ml = page("multiline_title", 1)
    assert lines(ml.text)[:2] == ml.truth[0]["title"].split(" ")[:2]
    hs = "\n".join(page("uneven_headings", i).text for i in range(4))
    assert len({len(m) for m in re.findall(r"^(#+) ", hs, re.M)}) >= 3


def test_a_masthead_page_reports_on_one_province():
    for i in range(6):
        p = page("newspaper_briefs", i)
        assert len({t["adcode"][:2] for t in p.truth}) == 1
        assert len({t["outlet"] for t in p.truth}) == 1
        assert len({t["date"]["value"] for t in p.truth}) == 1 and p.truth[0]["date"]["printed"]
        assert len({t["year"] for t in p.truth}) == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=st.sampled_from(sorted(layouts())), index=st.integers(1, 50), seed=st.integers(0, 10_000))
def test_everything_the_truth_expects_is_on_the_page(layout, index, seed):
    """The truth never asks for what the page did not print (glosses and legitimate
    repairs aside)."""
    p = make_page(layout, index, seed)
    printed = norm(GLOSS.sub("", p.text))
    for t in p.truth:
        for u in t["units"]:
            assert norm(u["text"]) in printed or any(norm(a) in printed for a in u["alts"]), u["text"]
        for name in t["authors"]:
            assert norm(name) in printed
        if t["outlet"]:
            assert norm(t["outlet"]) in printed
        if t["newspaper_page"]:
            assert norm(t["newspaper_page"]) in printed
        if t["date"]["printed"]:
            y, m, d = t["date"]["value"].split("-")
            assert y in printed and (m in printed or str(int(m)) in printed)
        assert all(norm(part) in printed for part in t["title"].split(" "))
        if t["origin"] == "synthetic":       # the text gives the year away
            assert f"{t['year']}年" in printed or f"{t['year'] - 1}年度" in printed


# -- the scorer ----------------------------------------------------------------------

def _perfect(truth: dict) -> dict:
    """What a perfect pipeline would return for one true article."""
    return {
        "title": truth["title"], "subtitle": truth["subtitle"], "authors": list(truth["authors"]),
        "adcode": truth["adcode"], "region": truth["region"], "year": {"value": truth["year"]},
        "date": {"value": truth["date"]["value"]}, "outlet": truth["outlet"],
        "newspaper_page": truth["newspaper_page"],
        "body": [{"kind": "paragraph", "sentences": [{"text": u["text"]} for u in truth["units"]]}],
        "facts": [{"value": f["value"], "unit": f["unit"], "kind": f["kind"], "quote": f["sentence"]}
                  for f in truth["facts"]],
    }


@settings(max_examples=25, deadline=None)
@given(layout=st.sampled_from(sorted(layouts())), index=st.integers(1, 30))
def test_a_perfect_output_scores_100_and_order_does_not_matter(layout, index):
    p = make_page(layout, index, SEED)
    got = [_perfect(t) for t in p.truth]
    for res in score_page(p.truth, list(reversed(got))):
        assert all(res[f][0] == res[f][1] for f in FIELDS), {f: res[f] for f in FIELDS if res[f][0] != res[f][1]}


def test_each_damage_costs_its_own_field():
    p = make_page("multi", 4, SEED)
    got = [_perfect(t) for t in p.truth]
    got[0]["authors"] = got[0]["authors"][:-1] or ["某某"]
    got[0]["title"] += "某某新闻网"
    got[0]["adcode"] = "110101"
    got[0]["body"][0]["sentences"].append({"text": "分享到："})
    got[0]["body"][0]["sentences"][0]["text"] = "發(fā)" + got[0]["body"][0]["sentences"][0]["text"]
    del got[1]["date"]
    res = score_page(p.truth, got)
    wrong = {f for f in FIELDS if res[0][f][0] != res[0][f][1]}
    assert wrong == {"authors", "title", "region", "body"} | ({"facts"} if p.truth[0]["facts"] and any(
        f["sentence"] == p.truth[0]["units"][0]["text"] for f in p.truth[0]["facts"]) else set())
    assert res[1]["date"][0] == 0 and all(res[1][f][0] == res[1][f][1] for f in FIELDS if f != "date")
    # two articles merged into one: neither is found, the other one is lost
    merged = dict(got[0], body=got[0]["body"] + got[1]["body"])
    res = score_page(p.truth, [merged] + got[2:])
    assert res[0]["found"][0] == 0 and res[1]["found"][0] == 0 and res[1]["title"][0] == 0


def test_legitimate_repairs_are_not_differences():
    assert norm("創建全國文明城市 , 成績(顯著) ！") == norm("创建全国文明城市，成绩（显著）!")
    assert norm("“成绩单”") == norm('"成绩单"')
    assert norm("发(fā)展") != norm("发展")
    assert norm("风正好扬帆风正好扬帆") != norm("风正好扬帆")


# -- through the real pipeline -----------------------------------------------------------

@pytest.fixture(scope="module")
def measured():
    """One run of the round trip at the size the gate is measured at."""
    g = evaluate.gate()
    return evaluate.run(n=g.get("n", evaluate.DEFAULT_N), seed=g.get("seed", evaluate.DEFAULT_SEED), jobs=2)


def test_clean_pages_of_known_articles_come_back_whole(measured):
    """The scorer is right: untouched records, one a page, `#` title and a byline
    line, come back 100 % on every field the pipeline produces (outlet, date and
    newspaper_page count as soon as the records carry them; ranks as facts as soon
    as the pipeline finds any)."""
    r = measured["report"]["clean"]
    assert r["articles"] >= 10
    supported = [f for f in FIELDS if f != "facts" and f not in measured["report"]["all"]["fields_not_produced"]]
    assert {"found", "title", "subtitle", "authors", "region", "year", "body"} <= set(supported)
    assert {f: r["scores"][f] for f in supported} == {f: 1.0 for f in supported}, r["failures"]
    kinds = r["facts_by_kind"]
    assert kinds["quantity"][0] == kinds["quantity"][1] > 30
    assert kinds["percent"][0] == kinds["percent"][1] > 0
    assert kinds["junk"][1] == 0
    assert kinds["rank"][1] > 0 and kinds["rank"][0] in (0, kinds["rank"][1])


def test_no_layout_drops_below_its_floor(measured):
    """The gate. Target: every layout >= 95 % on every field. Not met yet, so the
    floors in data/roundtrip_gate.yaml hold the shares measured so far and this
    fails when one drops; raise them with `python -m build_tools eval --write-floors`."""
    g = evaluate.gate()
    assert set(g["floors"]) == set(layouts()), "every layout has floors"
    assert all(set(row) == set(FIELDS) | {"target"} for row in g["floors"].values())
    assert all(0 <= v <= 1 for row in g["floors"].values() for v in row.values())
    assert g["target"] == 0.95 and all(row["target"] == 0.95 for row in g["floors"].values())
    low = evaluate.below_floor(measured)
    assert not low, "round trip dropped below its floor: " + "; ".join(low)


def test_the_table_has_a_row_per_layout_and_a_column_per_field(measured):
    from build_tools.roundtrip.score import format_table

    table = format_table(measured["report"])
    rows = table.splitlines()
    assert len(rows) == 2 + len(layouts()) + 1
    assert all(rows[2 + k].startswith(f"| {name} |") for k, name in enumerate(layouts()))
    assert rows[0].count("|") == 4 + len(FIELDS)


# -- the command ---------------------------------------------------------------------------

def test_eval_command_prints_the_table_and_writes_the_report(tmp_path, capsys):
    out = tmp_path / "eval.json"
    rc = cli_main(["eval", "--layouts", "clean,newspaper_briefs", "--n", "2", "--json", str(out),
                   "--show-failures", "2", "--dump", str(tmp_path / "pages")])
    assert rc == 0
    text = capsys.readouterr().out
    assert "| clean | 2 |" in text and "| newspaper_briefs | 2 |" in text and "| **all** |" in text
    # failures, expected vs got, are listed under "<layout> · <field>:" for every share below 100
    row = next(r for r in text.splitlines() if r.startswith("| newspaper_briefs |"))
    assert all(c.strip() == "100" for c in row.split("|")[4:-1]) != ("newspaper_briefs · " in text)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["n"] == 2 and set(report["report"]) == {"clean", "newspaper_briefs", "all"}
    assert set(report["report"]["clean"]["scores"]) == set(FIELDS)
    dumped = tmp_path / "pages"
    assert (dumped / "clean-000.txt").is_file() and (dumped / "clean-000.truth.json").is_file()
    got = json.loads((dumped / "clean-001.got.json").read_text(encoding="utf-8"))
    truth = json.loads((dumped / "clean-001.truth.json").read_text(encoding="utf-8"))
    assert got["articles"][0]["title"] == truth[0]["title"] and got["articles"][0]["sentences"]


def test_eval_command_rejects_an_unknown_layout(capsys):
    assert cli_main(["eval", "--layouts", "nonesuch", "--n", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nonesuch" in err


def test_floors_only_rise(tmp_path):
    path = tmp_path / "gate.yaml"
    g = evaluate.gate()
    report = {"clean": {"scores": {f: 0.5 for f in FIELDS}}}
    result = {"n": g["n"], "seed": g["seed"], "layouts": ["clean"], "report": report}
    path.write_text(evaluate._gate_text(0.95, g["n"], g["seed"], {"clean": {f: 0.6 for f in FIELDS}}), encoding="utf-8")
    orig = evaluate.gate
    try:
        evaluate.gate = lambda: __import__("yaml").safe_load(path.read_text(encoding="utf-8"))
        assert evaluate.write_floors(result, path) == []            # 0.5 < 0.6: nothing lowered
        assert evaluate.gate()["floors"]["clean"]["title"] == 0.6
        assert evaluate.below_floor(result)                          # and the check says so
        report["clean"]["scores"]["title"] = 0.8
        assert evaluate.write_floors(result, path) == ["clean.title: 0.60 -> 0.80"]
        assert "NOT met yet" in path.read_text(encoding="utf-8")
    finally:
        evaluate.gate = orig
