"""extract_facts / extract_practices / extract_milestones against hand-read cases."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest
import yaml

from build_tools.extract.facts import (
    extract_facts,
    extract_milestones,
    extract_practices,
    load_metrics,
    load_practices,
)

CASES_FILE = Path(__file__).parent / "cases" / "facts_expected.yaml"
DOC = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
ARTICLES = DOC["articles"]
CASES = DOC["cases"]


def article(key):
    a = ARTICLES[key]
    return {"slug": a["slug"], "region": a["region"], "adcode": a["adcode"], "page_url": f"/articles/{a['slug']}/"}


def run(key, sentence, anchor="s-1", **kw):
    return extract_facts(article(key), [(sentence, anchor)], **kw)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['article']}-{i}" for i, c in enumerate(CASES)])
def test_expected_facts(case):
    facts = run(case["article"], case["sentence"])
    by_text = {}
    for f in facts:
        by_text.setdefault(f["number_text"], []).append(f)
    if "count" in case:
        assert len(facts) == case["count"], [f["number_text"] for f in facts]
    for exp in case.get("facts", []):
        cands = by_text.get(exp["number_text"])
        assert cands, f"{exp['number_text']} not extracted; got {list(by_text)}"
        problems = []
        for f in cands:
            bad = {k: (f.get(k), v) for k, v in exp.items() if f.get(k) != v}
            if not bad:
                break
            problems.append(bad)
        else:
            pytest.fail(f"{exp['number_text']}: (got, expected) {problems}")
    for f in facts:
        assert f["quote"] == case["sentence"]
        assert case["sentence"].find(f["number_text"]) >= 0


def test_sample_covers_six_articles_and_forty_sentences():
    assert len(CASES) >= 40
    assert {c["article"] for c in CASES} == set(ARTICLES)


def test_fact_contract():
    art = article("000")
    sents = [(c["sentence"], f"p{i}") for i, c in enumerate(CASES) if c["article"] == "000"]
    facts = extract_facts(art, sents)
    keys = {"id", "article", "region", "adcode", "metric", "label", "label_en", "value", "value_max",
            "unit", "qualifier", "year", "period", "quote", "anchor", "url", "number_text"}
    for n, f in enumerate(facts, 1):
        assert keys <= set(f)
        assert f["id"] == f"{art['slug']}-{n:03d}"
        assert f["url"] == f"{art['page_url']}#{f['anchor']}"
        assert (f["quote"], f["anchor"]) in sents
        assert f["qualifier"] in ("exact", "more_than", "nearly", "about", "less_than")
        assert f["label"], f
        if f["metric"]:
            assert f["label_en"]
    # ids are stable: same input, same ids
    assert [f["id"] for f in extract_facts(art, sents)] == [f["id"] for f in facts]


LOOKALIKES = [
    # registered vs taking part vs teams
    ("全市有注册志愿者13万人。", "registered_volunteers"),
    ("出动志愿者5万余人次。", "volunteer_participants"),
    ("1万余名志愿者参与关爱老人等活动。", "volunteer_participants"),
    ("组织125支志愿服务队。", "volunteer_teams"),
    # specificity: 注册志愿者 overlaps the generic 志愿者…达 and is longer, so it wins
    ("全县注册志愿者达8.6万余人。", "registered_volunteers"),
    ("注册志愿者人数达3万人。", "registered_volunteers"),
    ("全市志愿者达5万人。", "volunteers"),
    # investment vs funds vs spending
    ("投资1.9亿元。", "investment"),
    ("拨付创建经费1亿元。", "campaign_funds"),
    # 投入 is investment, also when 资金 follows (投入资金 is longer than 资金)
    ("宣汉县累计投入资金3.2亿元。", "investment"),
    ("投入创城资金2亿元。", "investment"),
    ("安排专项资金5000万元。", "campaign_funds"),
    ("累计花费15.4万元。", "spending"),
    # renovated communities vs problems solved
    ("改造108个老旧小区。", "renovated_communities"),
    ("重点推进老旧小区改造提升，解决问题4600多个。", "problems_solved"),
    # population vs rhetorical count
    ("常住人口25万。", "population"),
    ("是呼伦贝尔市220万干部群众的生动实践。", "cadres_and_masses"),
]


@pytest.mark.parametrize("sentence,metric", LOOKALIKES)
def test_lookalikes_kept_apart(sentence, metric):
    facts = run("000", sentence)
    assert [f["metric"] for f in facts] == [metric]


def test_names_and_dates_are_not_facts():
    s = "建强旗级“8+N”20支常备志愿服务队，利用12345热线平台，打造“15分钟便民生活圈”150处，自2021年入选第七届全国文明城市提名城市以来。"
    facts = run("000", s)
    assert [f["number_text"] for f in facts] == ["20支", "150处"]


def test_region_from_sub_place():
    def places(text):
        out = []
        for name, code in (("东胜区", "150602"), ("鄂尔多斯市", "150600"), ("北京市", "110000")):
            i = text.find(name)
            if i >= 0:
                out.append((i, name, code))
        return out

    art = article("001")
    facts = extract_facts(art, [("东胜区改造老旧小区30个，鄂尔多斯市注册志愿者31万余人，北京市有志愿者5万人。", "a")],
                          find_places=places)
    regions = [(f["number_text"], f["region"], f["adcode"]) for f in facts]
    assert regions[0] == ("30个", "东胜区", "150602")
    assert regions[1] == ("31万余人", "鄂尔多斯市", "150600")
    # a place outside the article's area is not a sub-place
    assert regions[2] == ("5万人", "鄂尔多斯市", "150600")
    # without a gazetteer every fact takes the article's region
    assert {f["region"] for f in extract_facts(art, [("东胜区改造老旧小区30个。", "a")])} == {"鄂尔多斯市"}


def test_period_and_year():
    facts = run("000", "三年行动（2021—2023年）中，完成改造老旧小区18个。")
    assert facts[0]["period"] == "2021—2023"
    facts = run("000", "自2021年入选提名城市以来，累计投资6750万元。")
    assert facts[0]["year"] is None  # "since 2021" is not the year of the figure


def test_catalogue_is_complete():
    metrics = load_metrics()
    assert len(metrics) >= 30
    ids = [m["id"] for m in metrics]
    assert len(ids) == len(set(ids))
    for m in metrics:
        for key in ("label_zh", "label_en", "group", "unit", "counts", "excludes", "patterns"):
            assert key in m, (m["id"], key)


def test_practices():
    art = article("000")
    sents = [
        ("依托线下6702个网格区域，16万名网格员。", "a"),
        ("制定出台内蒙古自治区首部《鄂尔多斯市文明行为促进条例》。", "b"),
        ("利用12345热线平台，推动解决民生问题。", "c"),
        ("建设15个“口袋公园”。", "d"),
        ("全市各部门、各单位认真落实包联责任。", "e"),
    ]
    got = {(p["practice"], p["anchor"]) for p in extract_practices(art, sents)}
    assert {("grid_management", "a"), ("civility_regulation", "b"), ("hotline_12345", "c"),
            ("pocket_parks", "d"), ("pairing_mechanism", "e")} <= got
    p = extract_practices(art, sents)[0]
    assert p["url"] == "/articles/yijinhuoluo/#" + p["anchor"] and p["quote"] in dict(sents)
    ids = {p["id"] for p in load_practices()}
    for must in ("practice_centres", "volunteer_service", "old_community_renovation", "pocket_parks",
                 "waste_sorting", "grid_management", "pairing_mechanism", "role_models",
                 "public_service_ads", "civility_regulation", "hotline_12345"):
        assert must in ids


def test_milestones():
    art = article("003a")
    sents = [
        ("乌兰察布在2017年6月获得“国家卫生城市”和2018年12月入选“中国特色农产品优势区”之后，迈上了创建全国文明城市的新征程。", "a"),
        ("自2021年入选第七届全国文明城市提名城市以来，伊金霍洛旗始终坚持。", "b"),
        ("盎然夏首，喜讯传来，呼伦贝尔市被正式命名为“全国文明城市”。", "c"),
        ("按照党中央的工作要求，2019年4月，怀柔区全面推行了新时代文明实践工作。", "d"),
    ]
    got = {(m["event"], m["date"], m["anchor"]) for m in extract_milestones(art, sents)}
    assert ("health_city", "2017-06", "a") in got
    assert ("nominated", "2021", "b") in got
    assert ("awarded", None, "c") in got
    assert ("pilot", "2019-04", "d") in got


def test_milestone_of_sub_units_is_not_the_places_own():
    # 3个旗晋级…提名城市 is about banners under 鄂尔多斯市, not its own nomination;
    # the clause 市本级…蝉联“全国文明城市” is its own.
    s = ("鄂尔多斯市坚定不移践行人民至上理念，市本级连续四届蝉联“全国文明城市”，"
         "3个旗获评全国文明城市，3个旗晋级全国文明城市提名城市。")
    got = extract_milestones(article("001"), [(s, "a")])
    assert [m["event"] for m in got] == ["awarded"]
    assert extract_milestones(article("001"), [("2个旗区被列为国家试点。", "b")]) == []

    # a named other place (gazetteer) is not the article's place either
    def places(text):
        out = []
        for name, code in (("东胜区", "150602"), ("鄂尔多斯市", "150600")):
            i = text.find(name)
            if i >= 0:
                out.append((i, code, name))
        return out

    sents = [("2019年，东胜区获评全国文明城市。", "c"), ("2020年，鄂尔多斯市获评全国文明城市。", "d")]
    got = extract_milestones(article("001"), sents, find_places=places)
    assert [(m["anchor"], m["date"]) for m in got] == [("d", "2020")]


def test_durations_are_exported_unclassified():
    s = "实施三年行动计划，连续五年开展评选，主要领导24小时待命，坚持30天，打造“24小时政务自助便民服务站”6处。"
    facts = run("000", s)
    got = [(f["number_text"], f["kind"], f["metric"], f["value"], f["unit"]) for f in facts]
    assert got == [("三年", "duration", None, 3, "年"), ("五年", "duration", None, 5, "年"),
                   ("24小时", "duration", None, 24, "小时"), ("30天", "duration", None, 30, "天"),
                   ("6处", "quantity", "self_service_stations", 6, "处")]
    for f in facts:  # the facts.json contract holds for durations too
        assert isinstance(f["value"], (int, float)) and isinstance(f["unit"], str) and f["unit"]
        assert f["qualifier"] in ("exact", "more_than", "nearly", "about")
        assert f["quote"] == s and f["label"]
    # an amount of hours is a quantity with its metric
    [f] = run("000", "开展志愿服务时数达72万小时。")
    assert (f["kind"], f["metric"]) == ("quantity", "volunteer_service_hours")
    # years, dates and ordinals stay out
    assert run("000", "自2021年入选第七届提名城市，2017年6月获得，市本级连续四届蝉联。") == []


def test_every_metric_is_stock_or_flow():
    kinds = {m["id"]: m.get("kind") for m in load_metrics()}
    assert set(kinds.values()) == {"stock", "flow"}
    for mid in ("registered_volunteers", "population", "area", "practice_stations"):
        assert kinds[mid] == "stock"
    for mid in ("investment", "volunteer_activities", "volunteer_service_hours"):
        assert kinds[mid] == "flow"


def test_linear_in_the_number_of_sentences():
    from conftest import cpu_growth

    sents = [(c["sentence"], f"s{i}") for i, c in enumerate(CASES)] * 8
    extract_facts(article("000"), sents[:5])
    assert cpu_growth(lambda s: extract_facts(article("000"), s), sents[:len(sents) // 4], sents) < 8


def test_find_places_tuple_order_either_way():
    # the pipeline's gazetteer yields (offset, adcode, name); the brief says (offset, name, adcode)
    def places(text):
        i = text.find("东胜区")
        return [(i, "150602", "东胜区")] if i >= 0 else []

    facts = extract_facts(article("001"), [("东胜区改造老旧小区30个。", "a")], find_places=places)
    assert (facts[0]["region"], facts[0]["adcode"]) == ("东胜区", "150602")


from hypothesis import given, settings, strategies as st  # noqa: E402

SOUP = "0123456789.,，、；。万亿余多近约个人名处%—年月日第届“”（）《》志愿者注册投资元老旧小区改造口袋公园实践站所 "


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=SOUP, max_size=60), max_size=4))
def test_extract_never_crashes(texts):
    sents = [(t, f"s{i}") for i, t in enumerate(texts)]
    facts = extract_facts(article("000"), sents, find_places=lambda t: [(0, "某地", "150627")])
    for f in facts:
        assert f["number_text"] in f["quote"]
    extract_practices(article("000"), sents)
    extract_milestones(article("000"), sents)
