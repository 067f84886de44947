"""Pages of the kinds that real pages from elsewhere bring (issue 14), written
for these tests with places all over China: web copies with furniture and
meta lines, e-paper mastheads, pinyin glosses, several articles without
marks, bylines in every form, multi-line and doubled titles, reposts, dates
printed on the page, ranks. Expected fields: tests/fixtures/kinds/expected.yaml."""
from __future__ import annotations

import json
import shutil

import pytest
import yaml

from build_tools.check import read_front_matter, review_list
from build_tools.pipeline import process_seed
from conftest import PY, ROOT, build_project, copy_project, run

KINDS = ROOT / "tests" / "fixtures" / "kinds"
PAGES = KINDS / "pages"
EXPECTED = yaml.safe_load((KINDS / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def processed():
    return {name: process_seed(name, (PAGES / name).read_bytes()) for name in EXPECTED}


def test_every_page_has_expectations():
    assert sorted(p.name for p in PAGES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_splits_into_the_articles_printed(processed, name):
    arts = processed[name]["articles"]
    assert [a["title"] for a in arts] == [e["title"] for e in EXPECTED[name]]


def _cases():
    for name, arts in sorted(EXPECTED.items()):
        for k, exp in enumerate(arts):
            yield pytest.param(name, k, exp, id=f"{name[:-4]}-{k + 1}")


@pytest.mark.parametrize("name,k,exp", list(_cases()))
def test_article_fields(processed, name, k, exp):
    arts = processed[name]["articles"]
    assert k < len(arts)
    a = arts[k]
    body = "".join(b["text"] for b in a["body"])
    for key, want in exp.items():
        if key == "date":
            assert {x: a["date"][x] for x in want} == want
        elif key == "body_has":
            assert all(t in body for t in want), [t for t in want if t not in body]
        elif key == "body_lacks":
            assert not [t for t in want if t in body]
        elif key == "first_paragraph":
            assert next(b["text"] for b in a["body"] if b["kind"] == "paragraph") == want
        elif key == "facts":
            for metric, value in want.items():
                hits = [f for f in a["facts"] if f["metric"] == metric]
                assert hits and hits[0]["value"] == value and hits[0]["adcode"] == a["adcode"], metric
        elif key == "ranks":
            assert [f["value"] for f in a["facts"] if f["kind"] == "rank"] == want
        else:
            assert a[key] == want, key


def test_printed_dates_are_publication_dates_not_estimates(processed):
    for name, page in processed.items():
        for a in page["articles"]:
            if a["date"]["source"] == "printed":
                assert a["year"] == {"value": int(a["date"]["value"][:4]), "estimated": False,
                                     "evidence": a["date"]["evidence"]}
                assert a["provenance"]["date"]["confident"]


def test_times_and_date_parts_are_never_facts(processed):
    for page in processed.values():
        for a in page["articles"]:
            for f in a["facts"]:
                assert ":" not in f["number_text"] and "/" not in f["number_text"], f["number_text"]


def test_furniture_leaves_the_text_but_stays_in_the_audit(processed):
    a = processed["web_qionghai_hainan.txt"]["articles"][0]
    kept = {f["text"] for f in a["flags"] if f["kind"] in ("furniture", "dropped")}
    assert {"责任编辑：陈丽", "分享到", "【字体：大 中 小】", "琼海新闻网"} <= kept
    edits = {(e["pass_name"], e["before"]) for e in a["edits"]}
    assert ("drop_pinyin_glosses", "(fú)") in edits


def test_the_first_articles_facts_stay_with_its_place(processed):
    first, second, third = processed["three_items_no_marks_guangxi.txt"]["articles"]
    assert {f["adcode"] for f in first["facts"]} == {"451000"}
    assert all(f["adcode"].startswith("4503") for f in second["facts"])


def test_office_pen_names_hotlines_and_units_before_numbers(processed):
    (a,) = processed["pen_name_hotline_guangdong.txt"]["articles"]
    assert a["authors"] == ["郑洁"]                                    # 湘宣: an office's pen name
    numbers = {f["number_text"]: f for f in a["facts"]}
    assert not [t for t in numbers if "2281234" in t]                   # phone numbers are no facts
    assert numbers["超过9000"]["unit"] == "人次" and numbers["1200份"]["value"] == 1200
    (b,) = processed["agency_dateline_trad_fujian.txt"]["articles"]
    assert not [f for f in b["facts"] if "2304061" in f["number_text"]]  # an agency's serial number


def test_uncertain_values_are_marked(processed):
    a = processed["repost_gansu.txt"]["articles"][0]
    assert a["provenance"]["authors"] == {"method": "none", "confident": False}
    assert a["provenance"]["region"]["confident"] and a["provenance"]["title"]["confident"]
    (brief,) = process_seed("brief.txt", "近日，桂林市阳朔县开展文明交通劝导活动，出动志愿者200余名。".encode())["articles"]
    assert brief["title_inferred"] and not brief["provenance"]["title"]["confident"]


# ----------------------------------------------------------------- end to end

SIDECAR = """\
# corrections for the Gansu repost
outlet: 张掖日报
articles:
  1:
    authors: [马建军]
    region: "620702"
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("kinds-seeds")
    for p in PAGES.glob("*.txt"):
        shutil.copy(p, seeds / p.name)
    (seeds / "repost_gansu.yaml").write_text(SIDECAR, encoding="utf-8")
    dest = build_project(tmp_path_factory.mktemp("kinds") / "p", seeds)
    docs = dest / "docs"
    arts = json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))
    return dest, docs, arts


def test_new_fields_reach_the_data_files_and_front_matter(built):
    _, docs, arts = built
    a = next(x for x in arts if x["sources"][0]["file"] == "epaper_karamay_xinjiang.txt")
    assert a["outlet"] == "克拉玛依日报" and a["newspaper_page"] == "第1版"
    assert a["date"]["value"] == "2025-07-11" and a["date"]["source"] == "printed"
    fm, body = read_front_matter(docs / a["page"])
    assert fm["outlet"] == a["outlet"] and fm["date"] == a["date"] and fm["provenance"] == a["provenance"]
    assert "版面印载 printed" in body
    csv = (docs / "data" / "articles.csv").read_text(encoding="utf-8-sig")
    assert "outlet" in csv.splitlines()[0] and "克拉玛依日报" in csv


def test_the_sidecar_corrects_without_touching_the_page(built):
    dest, docs, arts = built
    a = next(x for x in arts if x["sources"][0]["file"] == "repost_gansu.txt")
    assert a["authors"] == ["马建军"] and a["adcode"] == "620702" and a["region"] == "甘州区"
    assert a["outlet"] == "张掖日报"
    assert {c["field"] for c in a["corrections"]} == {"outlet", "authors", "region"}
    assert all(c["file"] == "repost_gansu.yaml" for c in a["corrections"])
    assert a["provenance"]["region"] == {"method": "corrected", "confident": True}
    _, body = read_front_matter(docs / a["page"])
    assert "更正 Corrections" in body and "repost_gansu.yaml" in body
    facts = json.loads((docs / "data" / "facts.json").read_text(encoding="utf-8"))
    assert {f["adcode"] for f in facts if f["article"] == a["slug"]} <= {"620702"}
    assert not any(x["sources"][0]["file"].endswith(".yaml") for x in arts)  # a sidecar is not a seed


def test_check_prints_a_review_list_and_passes(built):
    dest, docs, arts = built
    proc = run([PY, "-m", "build_tools", "check"], dest)
    assert "review:" in proc.stdout
    lines = review_list(docs)
    gansu = next(x["slug"] for x in arts if x["sources"][0]["file"] == "repost_gansu.txt")
    assert not any(line.startswith(gansu + " ") for line in lines)  # corrected: nothing left to review
    # names printed without separators were split by surname: a person should look
    karamay = next(x["slug"] for x in arts if x["sources"][0]["file"] == "epaper_karamay_xinjiang.txt")
    assert any(line.startswith(karamay + " ") and "authors=王建新、李建国、马晓燕" in line for line in lines)


@pytest.mark.parametrize("text,message", [
    ("titel: x\n", "unknown key 'titel'"),
    ("articles:\n  1: {region: '999999'}\n", "999999 is not the code of any administrative division"),
    ("articles:\n  7: {title: x}\n", "articles.7: the page has 1 article(s)"),
    ("articles: [1, 2\n", "not valid YAML"),
    ("articles:\n  1: {region: '4601'}\n", "not a 6-digit administrative division code"),
])
def test_a_bad_sidecar_is_one_line_naming_it(tmp_path, text, message):
    dest = copy_project(tmp_path / "p", [PAGES / "repost_gansu.txt"])
    before = sorted(p.name for p in (dest / "docs").iterdir())
    (dest / "seeds" / "repost_gansu.yaml").write_text(text, encoding="utf-8")
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], dest, check=False)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert errors and errors[0].startswith("error: repost_gansu.yaml: ") and message in errors[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in (dest / "docs").iterdir()) == before


def test_keep_going_skips_the_seed_with_a_bad_sidecar(tmp_path):
    dest = copy_project(tmp_path / "p", [PAGES / "repost_gansu.txt", PAGES / "dateline_province_hunan.txt"])
    (dest / "seeds" / "repost_gansu.yaml").write_text("foo: 1\n", encoding="utf-8")
    proc = run([PY, "-m", "build_tools", "build", "--no-cache", "--keep-going"], dest)
    assert "repost_gansu.yaml: unknown key 'foo'" in proc.stderr
    arts = json.loads((dest / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [a["sources"][0]["file"] for a in arts] == ["dateline_province_hunan.txt"]


def test_the_sidecar_is_part_of_the_cache_key(tmp_path):
    dest = copy_project(tmp_path / "p", [PAGES / "repost_gansu.txt"])
    run([PY, "-m", "build_tools", "build"], dest)
    (dest / "seeds" / "repost_gansu.yaml").write_text("articles:\n  1: {title: 改正后的标题}\n", encoding="utf-8")
    proc = run([PY, "-m", "build_tools", "build"], dest)
    assert "(0 cached)" in proc.stdout
    arts = json.loads((dest / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert arts[0]["title"] == "改正后的标题"
    (dest / "seeds" / "repost_gansu.yaml").unlink()
    run([PY, "-m", "build_tools", "build"], dest)
    arts = json.loads((dest / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert arts[0]["title"] == "张掖：小巷深处文明花开"


# ------------------------------------------------------------- mechanisms alone

@pytest.mark.parametrize("sentence,kinds", [
    ("2016年04月18日 13:14发布", ["date", "time"]),
    ("更新于2023/10/23 10:25", ["date", "time"]),
    ("（2017/6/12 8:06:50）", ["date", "time"]),
    ("2023-11-25 09:20", ["date", "time"]),
    ("在年度测评中排名第25位，较上年跃居第10位", ["rank", "rank"]),
    ("位居全省第3名", ["rank"]),
])
def test_times_and_numeric_dates_are_not_quantities_and_ranks_are_ranks(sentence, kinds):
    from build_tools.extract.numbers import find_quantities

    assert [q.kind for q in find_quantities(sentence)] == kinds


@pytest.mark.parametrize("sentence,want", [
    ("文明城市创建举报电话：0898-62812345，市民可随时反映问题", [("0898-62812345", "name")]),
    ("遇到不文明行为可拨打城管服务热线12319", [("12319", "name")]),
    ("志愿者联系电话 13987654321（王老师）", [("13987654321", "name")]),
    ("咨询电话：8123456", [("8123456", "name")]),
    ("（编辑：白玛）2305117", [("2305117", "name")]),                      # an agency's serial number
    ("今年以来服务群众人次突破12000，受理诉求356件", [("12000", "quantity", "人次"), ("356件", "quantity", "件")]),
    ("全年参与人数达到8600", [("8600", "quantity", "人")]),
    ("全区共有注册志愿者52000人", [("52000人", "quantity", "人")]),          # a count stays a count
])
def test_phone_numbers_and_codes_are_never_facts_and_a_unit_before_its_number_is_kept(sentence, want):
    from build_tools.extract.numbers import find_quantities

    got = [(q.text, q.kind, q.unit) for q in find_quantities(sentence)]
    assert [g[:len(w)] if len(w) == 2 else g for g, w in zip(got, want)] == want and len(got) == len(want)


def test_short_names_and_levels_from_the_gazetteer():
    from build_tools.extract.gazetteer import load_gazetteer

    gz = load_gazetteer()
    names = lambda text: [p.name for _, p, _ in gz.find_all(text)]
    assert names("琼海融媒讯，琼海新市民") == ["琼海市", "琼海市"]          # a county-level city's short name
    assert names("克拉玛依市……克拉玛依的街道") == ["克拉玛依市", "克拉玛依市"]  # the city, not its district
    assert names("克拉玛依区") == ["克拉玛依区"]
    assert names("五常大米") == []                                          # an everyday word stays a word


def test_a_repost_is_about_what_its_text_names_and_wo_shi_is_the_outlets_city(processed):
    (gansu,) = processed["repost_gansu.txt"]["articles"]
    assert gansu["outlet"] == "天水日报" and gansu["adcode"] == "620700"     # 天水日报 names another city
    (jilin,) = processed["meta_glued_jilin.txt"]["articles"]
    assert jilin["adcode"] == "220500" and "我市" in jilin["region_info"]["evidence"]  # not 通化县
