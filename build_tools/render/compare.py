"""Comparison pages under docs/compare/: metrics, practices and milestones by place.

Input: the article records of the corpus (each with ``facts``, ``practices``
and ``milestones`` lists, see build_tools/pipeline.py).  Output: Markdown pages

* ``index.md``        overview (key metrics, one row per place), links, downloads
* ``<group>.md``      one page per metric group; one table per metric, a row per place
* ``conflicts.md``    places whose sources disagree on a figure
* ``per10k.md``       counts per 10,000 residents where a place reports its population
* ``practices.md``    which campaign measures each place reports, quoted and linked
* ``timeline.md``     dated milestones per place
* ``charts.md``       static SVG bar charts with their data tables

Every number is shown exactly as its sentence prints it (`number_text`, qualifiers
included: 近2万余名, 70%左右) as a link
``<a class="fig" href="../articles/<slug>.md#s3-7" title="原文 As printed: 4.2万余人">`` to that
sentence, which the hook resolves and MkDocs validates (page and anchor) like a
Markdown link; beside it, small, the normalised value (≈ 20,000 名), its year and
where the year comes from.  Tables and lists are written as HTML on one line
(render/tables.py): Python-Markdown need not parse them.  Every place
carries its administrative level; a county is listed under the prefecture that
contains it and says so, and charts rank prefectures and counties apart.  Only
comparable facts (``comparable`` not False, metric set) enter the comparisons.

`compare_pages` returns ``{filename: markdown}`` and writes nothing, so tests
can call it on synthetic records; `render_compare_pages` writes the files.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from .charts import bar_chart
from .safe import front_matter, html_text, md_inline
from .tables import bullets, link, paragraph, table

# Metric groups of metrics.yaml, in page order, with their page titles.
GROUPS: dict[str, tuple[str, str]] = {
    "volunteers": ("志愿服务", "Volunteers"),
    "civilization_practice": ("文明实践", "Civilization practice"),
    "investment": ("投入", "Investment and spending"),
    "urban_renewal": ("城市更新", "Urban renewal"),
    "green_space": ("绿地公园", "Green space"),
    "public_service": ("公共服务", "Public services"),
    "governance": ("治理与督查", "Governance and inspection"),
    "publicity": ("宣传", "Publicity"),
    "population_area": ("人口与面积", "Population and area"),
}

# Metrics a place has one value of at a time (a stock): two different values
# for the same place, not tied to different years, are a conflict.  Flows and
# per-project figures (investment, activities) legitimately differ and are
# only listed side by side.
STOCK_METRICS = {
    "registered_volunteers", "volunteers", "volunteer_organisations", "population", "area",
    "practice_centres", "practice_institutes", "practice_stations", "practice_points", "practice_sites",
    "grid_workers", "grid_areas",
}

# Units that count things or people: per-10,000-residents figures make sense.
COUNT_UNITS = {"人", "名", "个", "处", "支", "所", "座", "户", "家"}
NO_PER10K_GROUPS = {"population_area"}

# Columns of the overview table on index.md.
KEY_METRICS = ["population", "registered_volunteers", "practice_stations", "renovated_communities",
               "pocket_parks", "investment"]

# Charts: (metric, per 10k?, how the headline value is chosen)
CHARTS = [
    ("registered_volunteers", False), ("registered_volunteers", True), ("volunteers", False),
    ("practice_stations", False), ("practice_stations", True), ("investment", False),
    ("renovated_communities", False), ("pocket_parks", False), ("pocket_parks", True),
]

QUAL_PREFIX = {"nearly": "近", "about": "约", "less_than": "不足"}
QUAL_SUFFIX = {"more_than": "余", "at_least": "以上"}
# How far a qualified figure may stretch when deciding whether two figures can both be true.
_STRETCH = {"exact": (1.0, 1.0), "more_than": (1.0, 1.25), "at_least": (1.0, 1.25), "nearly": (0.9, 1.0),
            "about": (0.85, 1.15), "less_than": (0.75, 1.0)}
UNRESOLVED = "未确定地区"


# ------------------------------------------------------------------ numbers
def _plain(x: float) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int):
        return f"{x:,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def fmt_number(v: float, unit: str = "") -> str:
    """A value written the Chinese way: 万/亿 when that reads exactly.

    >>> fmt_number(42000), fmt_number(190000000), fmt_number(43282000), fmt_number(16624), fmt_number(7096)
    ('4.2万', '1.9亿', '4328.2万', '16,624', '7,096')
    >>> fmt_number(98, "%"), fmt_number(2096100)
    ('98', '209.61万')
    """
    if unit == "%" or v is None:
        return _plain(v)
    for mult, word in ((100_000_000, "亿"), (10_000, "万")):
        if abs(v) >= mult:
            x = v / mult
            if abs(round(x, 2) - x) < 1e-9:
                return f"{round(x, 2):g}{word}"
    return _plain(v)


def fmt_fact(f: dict) -> str:
    """Value with qualifier and unit: 4.2万余人, 近2000场, 约70%, 3–5万个."""
    num = fmt_number(f["value"], f.get("unit") or "")
    if f.get("value_max") not in (None, f["value"]):
        num = f'{num}–{fmt_number(f["value_max"], f.get("unit") or "")}'
    q = f.get("qualifier") or "exact"
    return f'{QUAL_PREFIX.get(q, "")}{num}{QUAL_SUFFIX.get(q, "")}{f.get("unit") or ""}'


def _per10k_text(x: float) -> str:
    return _plain(round(x, 1) if x < 100 else round(x))


# How the normalised value is marked: the qualifier as a sign.
QUAL_SIGN = {"exact": "=", "more_than": ">", "at_least": "≥", "nearly": "≲", "about": "≈", "less_than": "<"}


def printed(f: dict) -> str:
    """The figure exactly as its sentence prints it (qualifiers included)."""
    return f.get("number_text") or fmt_fact(f)


def normalised(f: dict) -> str:
    """The normalised value with the qualifier as a sign: ≈ 20,000 名, > 42,000 人, = 70%.

    >>> normalised({"value": 20000, "unit": "名", "qualifier": "about"})
    '≈ 20,000 名'
    """
    num = _plain(f["value"])
    if f.get("value_max") not in (None, f["value"]):
        num += f'–{_plain(f["value_max"])}'
    unit = f.get("unit") or ""
    sep = "" if unit == "%" or not unit else " "
    return f'{QUAL_SIGN.get(f.get("qualifier") or "exact", "")} {num}{sep}{unit}'


def year_note(f: dict, short: bool = False) -> str:
    """The figure's year and where it comes from (facts.json `year_source`); short: only
    约 marks an estimate (where a legend says so)."""
    y = f.get("year")
    if not y:
        return "年份不详" if short else "年份不详 year unknown"
    source = f.get("year_source") or "sentence"
    if source == "sentence":
        return f"{y}年"
    if source == "article_date":
        return f"{y}年" if short else f"{y}年（刊期 print date）"
    return f"约{y}年" if short else f"约{y}年（推断 estimated）"


def _href(f: dict) -> str:
    return f'../{f["_page"]}#{f["anchor"]}'


def fact_link(f: dict) -> str:
    """The link (HTML) of one figure, as printed, to its sentence."""
    text = printed(f)
    return link(_href(f), text, cls="fig", title=f"原文 As printed: {text}")


def fact_cell(f: dict) -> str:
    """The figure as printed (linked), and small beside it its normalised value and year (HTML)."""
    return f'{fact_link(f)} <small class="fig-norm">{html_text(normalised(f))} · {html_text(year_note(f))}</small>'


def sentence_link(page: str, anchor: str, text: str = "原句") -> str:
    return link(f"../{page}#{anchor}", text)


# ------------------------------------------------------------------ model
def _place_key(f: dict) -> tuple[str, str]:
    return (f.get("adcode") or "", f.get("region") or UNRESOLVED)


LEVEL_ZH = {"province": "省级", "prefecture": "地级", "county": "县级"}
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}


def _gazetteer_place(code: str):
    from ..extract.gazetteer import load_gazetteer

    return load_gazetteer().by_code(code) if code else None


def place_level(key: tuple[str, str]) -> tuple[str | None, str | None]:
    """(level, adcode of the prefecture containing it, when it is a county) of a place key."""
    place = _gazetteer_place(key[0])
    if place is None:
        return None, None
    parent = place.prefecture_code if place.level == "county" else None
    return place.level, (parent if parent and parent != place.adcode else None)


def place_order(keys, present=None) -> list[tuple[str, str]]:
    """Places in table order: each prefecture followed by the counties inside it, so that
    a county is never listed as a peer of the prefecture that contains it."""
    present = {k[0] for k in (present if present is not None else keys)}

    def sort_key(key):
        level, parent = place_level(key)
        home = parent if parent in present else key[0]
        return (home or "999999", LEVEL_RANK.get(level or "", 3), key)

    return sorted(keys, key=sort_key)


def _place_name(key: tuple[str, str], names_en: dict[str, str], present=None) -> str:
    """Place name, English name, and small: its level and, for a county whose prefecture
    is in the same table, the prefecture that contains it (HTML)."""
    code, name = key
    en = names_en.get(name)
    out = html_text(name) + (f" · {html_text(en)}" if en else "")
    level, parent = place_level(key)
    notes = []
    if level:
        notes.append(f"{LEVEL_ZH[level]} {level}")
    if parent and present is not None and parent in {k[0] for k in present}:
        pp = _gazetteer_place(parent)
        if pp:
            notes.append(f"属{html_text(pp.name)} within {html_text(pp.name_en)}")
    return out + (f'<br><small class="place-level">{" · ".join(notes)}</small>' if notes else "")


def _metric_catalogue() -> list[dict]:
    from ..extract.facts import load_metrics

    return load_metrics()


def compared(f: dict) -> bool:
    """Facts the comparison pages use: classified, comparable, with a value."""
    return bool(f.get("metric")) and f.get("comparable") is not False and f.get("value") is not None


def collect(articles: list[dict]) -> dict:
    """Comparable facts by metric and place; practices and milestones by place."""
    by_metric: dict[str, dict[tuple, list[dict]]] = defaultdict(lambda: defaultdict(list))
    practices: dict[str, dict[tuple, list[dict]]] = defaultdict(lambda: defaultdict(list))
    milestones: list[dict] = []
    names_en: dict[str, str] = {}
    places: dict[tuple, None] = {}
    for a in articles:
        page = a.get("page") or f'articles/{a["slug"]}.md'
        if a.get("region") and a.get("name_en"):
            names_en.setdefault(a["region"], a["name_en"])
        akey = (a.get("adcode") or "", a.get("region") or UNRESOLVED)
        for f in a.get("facts", []):
            if not compared(f):
                continue
            f = dict(f, _page=page, _title=a.get("title") or a["slug"])
            key = _place_key(f)
            places.setdefault(key, None)
            by_metric[f["metric"]][key].append(f)
        for p in a.get("practices", []):
            places.setdefault(akey, None)
            practices[p["practice"]][akey].append(dict(p, _page=page))
        for m in a.get("milestones", []):
            places.setdefault(akey, None)
            milestones.append(dict(m, _page=page, _place=akey))
    return {"by_metric": by_metric, "practices": practices, "milestones": milestones,
            "names_en": names_en, "places": sorted(places)}


def _interval(f: dict) -> tuple[float, float]:
    lo, hi = _STRETCH.get(f.get("qualifier") or "exact", (1.0, 1.0))
    v = f["value"]
    top = f.get("value_max") if f.get("value_max") is not None else v
    return (v * lo, top * hi)


def _known_year(f: dict) -> int | None:
    """A figure's year when the sentence or the article's printed date gives it (not an estimate)."""
    return f.get("year") if f.get("year_source") in (None, "sentence", "article_date") else None


def disagree(f: dict, g: dict) -> bool:
    """True when two figures for one place and metric cannot both be true:
    different sentences, not tied to different years, same kind of unit, and
    their ranges (余 stretches up, 近 down, 约 both ways) do not overlap."""
    if f["metric"] not in STOCK_METRICS or f["metric"] != g["metric"]:
        return False
    if (f["_page"], f["anchor"]) == (g["_page"], g["anchor"]):
        return False
    fy, gy = _known_year(f), _known_year(g)
    if fy and gy and fy != gy:
        return False
    if (f.get("unit") == "人次") != (g.get("unit") == "人次"):
        return False
    a, b = _interval(f), _interval(g)
    return a[1] < b[0] - 1e-9 or b[1] < a[0] - 1e-9


def conflicts_of(facts: list[dict]) -> list[dict]:
    """The facts that `disagree` with at least one other, in their order.

    Found without comparing every pair (a page listing thousands of figures of
    one metric made the pairs, and the conflicts page, quadratic): for each
    year (and for all years) the two lowest upper bounds and the two highest
    lower bounds from different sentences are kept; a fact disagrees with some
    other exactly when one of those lies outside its own range.
    """
    groups: dict[tuple, list[dict]] = {}
    for f in facts:
        if f["metric"] in STOCK_METRICS:
            groups.setdefault((f["metric"], f.get("unit") == "人次"), []).append(f)
    bad: set[int] = set()
    for fs in groups.values():
        lows: dict = {}   # year key -> up to two (hi, sentence) with the lowest hi, distinct sentences
        highs: dict = {}  # year key -> up to two (-lo, sentence) with the highest lo
        for f in fs:
            lo, hi = _interval(f)
            sent = (f["_page"], f["anchor"])
            for key in (f.get("year") or None, "*"):
                _keep_two(lows.setdefault(key, []), (hi, sent))
                _keep_two(highs.setdefault(key, []), (-lo, sent))
        for f in fs:
            lo, hi = _interval(f)
            sent = (f["_page"], f["anchor"])
            keys = ("*",) if not f.get("year") else (None, f["year"])
            for key in keys:
                low = next((v for v, s in lows.get(key, []) if s != sent), None)
                high = next((-v for v, s in highs.get(key, []) if s != sent), None)
                if (low is not None and low < lo - 1e-9) or (high is not None and high > hi + 1e-9):
                    bad.add(id(f))
                    break
    return [f for f in facts if id(f) in bad]


def _keep_two(best: list, item: tuple) -> None:
    """Keep the two smallest items of distinct sentences (item = (value, sentence))."""
    for k, (v, s) in enumerate(best):
        if s == item[1]:
            if item[0] < v:
                best[k] = item
                best.sort(key=lambda x: x[0])
            return
    best.append(item)
    best.sort(key=lambda x: x[0])
    del best[2:]


def headline(facts: list[dict], metric_unit: str | None = None) -> dict | None:
    """The figure that stands for a place in charts and ratios: the latest year
    given, then the largest value (a total rather than a part), among figures
    in the metric's own unit (or any count unit when it has none)."""
    pool = [f for f in facts if (f.get("unit") == metric_unit) or (f.get("unit") in COUNT_UNITS and metric_unit in COUNT_UNITS)]
    if not pool:
        return None
    return max(pool, key=lambda f: (f.get("year") or 0, f["value"]))


def per10k(f: dict, pop: dict | None) -> float | None:
    if not pop or not pop.get("value") or f.get("unit") not in COUNT_UNITS:
        return None
    return f["value"] / pop["value"] * 10_000


def _ratio_cell(f: dict, pop: dict) -> str:
    x = per10k(f, pop)
    approx = "≈" if (f.get("qualifier") or "exact") != "exact" or (pop.get("qualifier") or "exact") != "exact" else ""
    return f"{approx}{_per10k_text(x)}（{fact_link(f)} ÷ {fact_link(pop)} × 10000）"


# ------------------------------------------------------------------ pages
READING_NOTE = (
    "数字按原文照录（含“近”“余”“约”“左右”等），链接到所在原句；旁注为规范化数值（= 确数，> 余、多、超，"
    "≈ 约、左右，≲ 近，≥ 以上，< 不足）和年份及其来源。县级地区列在所属地级市之下，其数字包含在地级市之内，不是同级比较。"
    '<span lang="en">Every figure is shown exactly as printed (近 nearly, 余 more than, 约/左右 about kept) and links to '
    "its sentence; beside it, small, the normalised value (= exact, > more than, ≈ about, ≲ nearly, ≥ at least, "
    "< less than) and the year with where it comes from. A county is listed under the prefecture that contains it: "
    "its figure is part of the prefecture's, not a peer of it.</span>\n\n")


def _front(title: str) -> str:
    return front_matter({"title": title})


def _group_of(m: dict) -> str:
    return m.get("group") or "other"


def _group_title(g: str) -> tuple[str, str]:
    return GROUPS.get(g, (g, g.replace("_", " ").capitalize()))


def _metric_section(m: dict, places: dict[tuple, list[dict]], pops: dict[tuple, dict], names_en: dict) -> str:
    mid = m["id"]
    out = [f'## {md_inline(m["label_zh"])} · {md_inline(m.get("label_en") or "")} {{#{mid}}}\n\n']
    notes = []
    if m.get("counts"):
        notes.append(f'计入 Counts: {html_text(m["counts"])}')
    if m.get("excludes"):
        notes.append(f'不计入 Excludes: {html_text(m["excludes"])}')
    if notes:
        out.append(paragraph("<small>" + " · ".join(notes) + "</small>") + "\n\n")
    ratio = m.get("unit") in COUNT_UNITS and _group_of(m) not in NO_PER10K_GROUPS
    head = ["地区 Region", "数值 Figures"] + (["每万常住人口 Per 10,000 residents"] if ratio else []) + ["备注 Note"]
    rows = []
    for key in place_order(places):
        facts = places[key]
        conflicting = bool(conflicts_of(facts))
        note = []
        if conflicting:
            note.append(f'⚠ 数据不一致 values differ（见 {link("conflicts.md", "数据冲突")}）')
        arts = {f["_page"] for f in facts}
        if len(facts) > 1 and mid not in STOCK_METRICS:
            note.append("多个数值，可能指不同项目或时期 several figures, may refer to different projects or periods")
        elif len(arts) > 1 and not conflicting:
            note.append(f"{len(arts)} 篇文章 articles")
        row = [_place_name(key, names_en, places), "；".join(fact_cell(f) for f in facts)]
        if ratio:
            h = headline(facts, m.get("unit"))
            pop = pops.get(key)
            row.append(_ratio_cell(h, pop) if h and per10k(h, pop) is not None else "—")
        rows.append(row + ["；".join(note)])
    out.append(table(head, rows) + "\n")
    return "".join(out) + "\n"


def _populations(model: dict, cat: dict) -> dict[tuple, dict]:
    unit = cat.get("population", {}).get("unit", "人")
    out = {}
    for key, facts in model["by_metric"].get("population", {}).items():
        h = headline([f for f in facts if f.get("unit") in (unit, "")] or facts, unit)
        if h:
            out[key] = h
    return out


def _group_page(g: str, metrics: list[dict], model: dict, pops: dict) -> str:
    zh, en = _group_title(g)
    out = [_front(f"{zh} {en}"), f"\n# {zh} · {en}\n\n", READING_NOTE,
           "[← 比较总览 Comparison overview](index.md)\n\n"]
    empty = []
    for m in metrics:
        places = model["by_metric"].get(m["id"])
        if places:
            out.append(_metric_section(m, places, pops, model["names_en"]))
        else:
            empty.append(f'{md_inline(m["label_zh"])}（{md_inline(m.get("label_en") or "")}）')
    if empty:
        out.append("## 暂无数据 No figures yet {#no-data}\n\n" + "、".join(empty) + "\n")
    return "".join(out)


def _overview(model: dict, cat: dict, pops: dict) -> str:
    metrics = [cat[m] for m in KEY_METRICS if m in cat]
    head = ["地区 Region"] + [f'{html_text(m["label_zh"])}<br>{html_text(m.get("label_en") or "")}' for m in metrics]
    keys = place_order({k for m in metrics for k in model["by_metric"].get(m["id"], {})})
    rows = []
    for key in keys:
        cells = []
        for m in metrics:
            facts = model["by_metric"].get(m["id"], {}).get(key, [])
            h = headline(facts, m.get("unit"))
            flag = " ⚠" if conflicts_of(facts) else ""
            more = f" 等{len(facts)}项" if len(facts) > 1 else ""
            cells.append(f"{fact_cell(h)}{more}{flag}" if h else "—")
        rows.append([_place_name(key, model["names_en"], keys)] + cells)
    return table(head, rows) + "\n"


def _index(model: dict, cat: dict, groups: list[str], pops: dict, n_conflicts: int) -> str:
    out = [_front("比较 Compare"), "\n# 各地比较 · Comparing places\n\n",
           "从各篇报道中抽取的数字，按指标和地区并列。每个数字都链接到它所在的原句；只有可比的指标（不含“干部群众”等修辞性数字）进入比较。"
           "Figures extracted from the articles, side by side by metric and place. Every figure links to the sentence it "
           "comes from; rhetorical counts are left out.\n\n",
           "## 比较页面 Pages {#pages}\n\n"]
    for g in groups:
        zh, en = _group_title(g)
        n = sum(1 for m in cat.values() if _group_of(m) == g and model["by_metric"].get(m["id"]))
        out.append(f"- [{zh} · {en}]({g}.md)（{n} 项指标有数据 metrics with figures）\n")
    out += ["- [每万人指标 · Per 10,000 residents](per10k.md)\n",
            f"- [数据冲突 · Conflicting figures](conflicts.md)（{n_conflicts}）\n",
            "- [创建举措 · Practices by place](practices.md)\n",
            "- [时间线 · Timeline of milestones](timeline.md)\n",
            "- [图表 · Charts](charts.md)\n\n",
            "## 主要指标总览 Key figures {#key-figures}\n\n",
            "每格为该地最近年份、最大的一个数值（总数而非分项）；“等N项”表示还有其他数值，见各分组页。"
            "Each cell shows the latest, largest figure; “等N项” means more figures on the group page.\n\n",
            READING_NOTE,
            _overview(model, cat, pops), "\n",
            "## 数据下载 Downloads {#downloads}\n\n",
            "- [facts.csv](../data/facts.csv) · [facts.json](../data/facts.json)：全部数字及其原句 every figure with its sentence\n",
            "- [articles.csv](../data/articles.csv) · [articles.json](../data/articles.json)：文章元数据 article metadata\n",
            "- [practices.json](../data/practices.json)：创建举措 practices · [milestones.json](../data/milestones.json)：里程碑 milestones\n",
            "- [cleaning.json](../data/cleaning.json)：OCR 修复记录 every repair edit\n\n",
            "CSV 文件为带 BOM 的 UTF-8，可直接用电子表格打开。CSV files are UTF-8 with BOM for spreadsheet programs.\n"]
    return "".join(out)


def _conflicts_page(model: dict, cat: dict) -> tuple[str, int]:
    out = [_front("数据冲突 Conflicting figures"), "\n# 数据冲突 · Conflicting figures\n\n",
           "同一地区、同一指标，不同文章或不同句子给出了不能同时成立的数字（未注明不同年份；“余”“近”“约”已留出余地）。"
           "两个数字都列出并链接原句，请核对原报道。Two sources give figures for the same place and metric that cannot both "
           "be true; both are linked.\n\n[← 比较总览 Comparison overview](index.md)\n\n"]
    rows = []
    for mid, places in model["by_metric"].items():
        m = cat.get(mid, {"label_zh": mid, "label_en": ""})
        for key, facts in places.items():
            bad = conflicts_of(facts)
            if bad:  # one row per place and metric, each disagreeing figure once
                cells = "<br>".join(fact_cell(f) for f in sorted(bad, key=lambda f: (f["value"], f["_page"], f["anchor"])))
                rows.append((key, mid, [_place_name(key, model["names_en"]),
                                        f"{html_text(m['label_zh'])} · {html_text(m.get('label_en') or '')}",
                                        cells, "⚠ 数据不一致 values differ"]))
    if rows:
        out.append(table(["地区 Region", "指标 Metric", "不一致的数值 Figures that disagree", ""],
                         [r for _, _, r in sorted(rows, key=lambda r: (r[0], r[1]))]) + "\n")
    else:
        out.append("目前没有发现冲突。No conflicting figures found.\n")
    return "".join(out), len(rows)


def _per10k_page(model: dict, cat: dict, pops: dict) -> str:
    out = [_front("每万人指标 Per 10,000 residents"), "\n# 每万常住人口 · Per 10,000 residents\n\n",
           "仅限报道了人口的地区。每个比值都列出分子和分母的原句链接。Only places that report their population; both "
           "sources of each ratio are linked.\n\n[← 比较总览 Comparison overview](index.md)\n\n"]
    if not pops:
        out.append("暂无报道人口的地区。No place reports its population yet.\n")
        return "".join(out)
    out.append("## 人口 Population {#population}\n\n")
    out.append(table(["地区 Region", "常住人口 Population"],
                     [[_place_name(key, model["names_en"], pops), fact_cell(pops[key])] for key in place_order(pops)])
               + "\n\n")
    for m in cat.values():
        if m.get("unit") not in COUNT_UNITS or _group_of(m) in NO_PER10K_GROUPS:
            continue
        rows = []
        by_place = model["by_metric"].get(m["id"], {})
        for key in place_order(by_place):
            h = headline(by_place[key], m.get("unit"))
            if h and key in pops and per10k(h, pops[key]) is not None:
                rows.append([_place_name(key, model["names_en"], by_place), _ratio_cell(h, pops[key])])
        if rows:
            out.append(f'## {md_inline(m["label_zh"])} · {md_inline(m.get("label_en") or "")} {{#{m["id"]}}}\n\n'
                       + table(["地区 Region", "每万人 Per 10,000"], rows) + "\n\n")
    return "".join(out)


def _excerpt(text: str, pattern_res: list, width: int = 40) -> str:
    """A verbatim window of the sentence around the practice's phrase."""
    if len(text) <= 2 * width + 10:
        return text
    pos = next((m.start() for p in pattern_res if (m := p.search(text))), 0)
    lo, hi = max(0, pos - width), min(len(text), pos + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def _practice_patterns() -> dict[str, dict]:
    from ..extract.facts import load_practices

    return {p["id"]: p for p in load_practices()}


def _practices_page(model: dict) -> str:
    cat = _practice_patterns()
    pr = model["practices"]
    order = [pid for pid in cat if pid in pr] + sorted(pid for pid in pr if pid not in cat)
    places = sorted({k for pid in pr for k in pr[pid]})
    names = model["names_en"]
    out = [_front("创建举措 Practices by place"), "\n# 创建举措 · Campaign practices by place\n\n",
           "各地报道了哪些创建举措。✓ 链接到第一处提及的原句；下方按举措逐地摘录原句。Which campaign measures each place "
           "reports; ✓ links to the first sentence naming it, quotes follow per practice.\n\n"
           "[← 比较总览 Comparison overview](index.md)\n\n## 总览 Overview {#overview}\n\n"]

    def label(pid):
        p = cat.get(pid) or {}
        return p.get("label_zh", pid), p.get("label_en", "")

    def tick(ps):
        return link(f'../{ps[0]["_page"]}#{ps[0]["anchor"]}', "✓") + (f" {len(ps)}" if len(ps) > 1 else "")

    if not places:
        out.append("暂无数据。No practices found yet.\n")
        return "".join(out)
    if len(places) <= 10:
        rows = [[f"{link(f'#{pid}', label(pid)[0])} {html_text(label(pid)[1])}"]
                + [tick(pr[pid][k]) if k in pr[pid] else "" for k in places] for pid in order]
        out.append(table(["举措 Practice"] + [html_text(k[1]) for k in places], rows) + "\n")
    else:
        rows = []
        for k in places:
            have = [pid for pid in order if k in pr[pid]]
            links = "、".join(link(f'../{pr[pid][k][0]["_page"]}#{pr[pid][k][0]["anchor"]}', label(pid)[0]) for pid in have)
            rows.append([_place_name(k, names), str(len(have)), links])
        out.append(table(["地区 Region", "举措数 Count", "举措 Practices"], rows) + "\n")
    out.append("\n数字为提及的句数。Numbers after ✓ count the sentences.\n\n")
    for pid in order:
        zh, en = label(pid)
        res = (cat.get(pid) or {}).get("_patterns", [])
        out.append(f"## {md_inline(zh)} · {md_inline(en)} {{#{pid}}}\n\n")
        rows = []
        for k in sorted(pr[pid]):
            ps, seen, quotes = pr[pid][k], set(), []
            for p in ps:
                if (p["_page"], p["anchor"]) in seen:
                    continue
                seen.add((p["_page"], p["anchor"]))
                if len(quotes) < 3:
                    quotes.append(f'“{html_text(_excerpt(p["quote"], res))}” {sentence_link(p["_page"], p["anchor"], "原句 ›")}')
            extra = len(seen) - len(quotes)
            more = f"<br>另有 {extra} 句 and {extra} more" if extra > 0 else ""
            rows.append([_place_name(k, names), "<br>".join(quotes) + more])
        out.append(table(["地区 Region", "原句摘录 Quoted sentences"], rows) + "\n\n")
    return "".join(out)


def _date_key(d: str) -> tuple:
    return tuple(int(x) for x in d.split("-") if x)


def _timeline_page(model: dict) -> str:
    names = model["names_en"]
    merged: dict[tuple, dict] = {}
    for m in model["milestones"]:
        date = m.get("date") if m.get("date") and not str(m["date"]).startswith("--") else None
        key = (m["_place"], m["event"], date if date else (m["_page"], m["anchor"]))
        e = merged.setdefault(key, {"place": m["_place"], "event": m["event"], "label": m["label"],
                                    "label_en": m.get("label_en", ""), "date": date,
                                    "md": m.get("date") if not date else None, "links": []})
        if (m["_page"], m["anchor"]) not in [(p, a) for p, a in e["links"]]:
            e["links"].append((m["_page"], m["anchor"]))
    dated = sorted((e for e in merged.values() if e["date"]), key=lambda e: (_date_key(e["date"]), e["place"]))
    undated = sorted((e for e in merged.values() if not e["date"]), key=lambda e: (e["place"], e["event"]))

    def row(e, with_date=True):
        links = " ".join(sentence_link(p, a, f"原句{i + 1 if len(e['links']) > 1 else ''} ›") for i, (p, a) in enumerate(e["links"]))
        first = e["date"] if with_date else (f"{e['md'][2:].replace('-', '月', 1)}日" if e.get("md") else "—")
        return [html_text(first), _place_name(e["place"], names),
                f"{html_text(e['label'])} · {html_text(e['label_en'])}", links]

    out = [_front("时间线 Timeline"), "\n# 时间线 · Timeline of milestones\n\n",
           "文中注明日期的创建里程碑（提名、获评、条例出台……），按时间排序，链接原句。Dated milestones, sorted by date, "
           "each linked to its sentence.\n\n[← 比较总览 Comparison overview](index.md)\n\n"
           "## 按时间 Chronology {#chronology}\n\n"]
    head = ["日期 Date", "地区 Region", "事件 Event", "来源 Source"]
    if dated:
        out.append(table(head, [row(e) for e in dated]) + "\n")
    else:
        out.append("暂无注明日期的里程碑。No dated milestones yet.\n")
    out.append("\n## 按地区 By place {#by-place}\n\n")
    by_place: dict[tuple, list[dict]] = defaultdict(list)
    for e in dated:
        by_place[e["place"]].append(e)
    for place in place_order(by_place):
        # a bold line, not a heading: a place's name as a section title would outrank the
        # article about that place in the search
        out.append(paragraph(f"<strong>{_place_name(place, names)}</strong>") + "\n\n")
        items = []
        for e in by_place[place]:
            links = " ".join(sentence_link(p, a, "原句 ›") for p, a in e["links"])
            items.append(f"<strong>{html_text(e['date'])}</strong> {html_text(e['label'])}（{html_text(e['label_en'])}）{links}")
        out.append(bullets(items) + "\n\n")
    out.append("## 未注明年份 Undated {#undated}\n\n")
    if undated:
        out.append("文中未写明年份（或只写月日）的事件。Events without a year in their sentence.\n\n")
        out.append(table(["月日 Day"] + head[1:], [row(e, with_date=False) for e in undated]) + "\n")
    else:
        out.append("无。None.\n")
    return "".join(out)


CHART_GROUPS = ("地级及以上 Prefecture level and above", "县级 County level")


def chart_group(key: tuple) -> str:
    """Charts rank prefectures and counties apart: a county's figure is part of its prefecture's."""
    level, _ = place_level(key)
    return CHART_GROUPS[1] if level == "county" else CHART_GROUPS[0]


def chart_rows(model: dict, cat: dict, pops: dict, metric: str, ratio: bool) -> list[tuple[tuple, dict, float, str]]:
    """(place, headline fact, plotted value, value text) by level group, largest first;
    the value text is the figure as printed (a ratio: the computed value)."""
    m = cat.get(metric)
    if not m:
        return []
    rows = []
    for key, facts in model["by_metric"].get(metric, {}).items():
        h = headline(facts, m.get("unit"))
        if not h:
            continue
        if ratio:
            x = per10k(h, pops.get(key))
            if x is None:
                continue
            rows.append((key, h, x, _per10k_text(x)))
        else:
            rows.append((key, h, float(h["value"]), printed(h)))
    return sorted(rows, key=lambda r: (CHART_GROUPS.index(chart_group(r[0])), -r[2], r[0]))


def _charts_page(model: dict, cat: dict, pops: dict) -> str:
    out = [_front("图表 Charts"), "\n# 图表 · Charts\n\n",
           "图表在构建时生成为静态 SVG，文字保留为文字；每幅图旁附数据表，表中数字链接原句。Static SVG charts made at build "
           "time; the data table beside each chart links every figure to its sentence.\n\n"
           "[← 比较总览 Comparison overview](index.md)\n\n"]
    n = 0
    for metric, ratio in CHARTS:
        rows = chart_rows(model, cat, pops, metric, ratio)
        if not rows:
            continue
        m = cat[metric]
        n += 1
        cid = f"chart-{metric.replace('_', '-')}{'-per10k' if ratio else ''}"
        zh = m["label_zh"] + ("（每万常住人口）" if ratio else "")
        en = (m.get("label_en") or "") + (" per 10,000 residents" if ratio else "")
        pick = "每地取最近年份、最大的一个数值 one figure per place: latest year, largest"
        if metric in ("investment",):
            pick = "每地取报道中最大的一笔投入，不是总和 the largest single figure reported, not a total"
        bars = [(k[1], x, t, chart_group(k)) for k, _, x, t in rows]
        groups = {b[3] for b in bars}
        if len(groups) == 1:  # one level only: no group headings
            bars = [b[:3] for b in bars]
        title = f"{zh} · {en}"
        svgs = (bar_chart(cid, title, bars, note=pick, layout="wide")
                + bar_chart(f"{cid}-narrow", title, bars, note=pick, layout="narrow"))
        out.append(f"## {md_inline(zh)} · {md_inline(en)} {{#{cid}}}\n\n")
        # one line: the charts go around Python-Markdown like the tables
        out.append(f'<figure class="compare-chart" data-search-exclude>{svgs}</figure>\n\n')
        present = [r[0] for r in rows]
        if ratio:
            out.append(table(["地区 Region", "每万人 Per 10,000", "来源 Sources"],
                             [[_place_name(k, model["names_en"], present), html_text(t),
                               f"{fact_link(h)} ÷ {fact_link(pops[k])} × 10000"] for k, h, x, t in rows]))
        else:
            out.append(table(["地区 Region", "数值 Figure"],
                             [[_place_name(k, model["names_en"], present), fact_cell(h)] for k, h, x, t in rows]))
        out.append(f"\n\n{paragraph(f'<small>{html_text(pick)}</small>')}\n\n")
    if not n:
        out.append("暂无可绘制的数据。No figures to chart yet.\n")
    return "".join(out)


# The comparison pages in three parts, so that each is rewritten only when what it reads changed.
PARTS = ("figures", "practices", "timeline")


def _groups(cat: dict) -> list[str]:
    return list(GROUPS) + sorted({_group_of(m) for m in cat.values()} - set(GROUPS))


def part_files(part: str) -> tuple[str, ...]:
    """The files under compare/ one part writes."""
    if part == "figures":
        cat = {m["id"]: m for m in _metric_catalogue()}
        return tuple(f"{g}.md" for g in _groups(cat)) + ("conflicts.md", "per10k.md", "charts.md", "index.md")
    return (f"{part}.md",)


def compare_pages(articles: list[dict], parts: tuple[str, ...] = PARTS) -> dict[str, str]:
    """The comparison pages of the given parts as {file name under compare/: Markdown text}.

    figures reads each article's compared facts (and region, page, title);
    practices and timeline read only practices or milestones."""
    cat = {m["id"]: m for m in _metric_catalogue()}
    model = collect(articles)
    pages = {}
    if "figures" in parts:
        pops = _populations(model, cat)
        groups = _groups(cat)
        for g in groups:
            pages[f"{g}.md"] = _group_page(g, [m for m in cat.values() if _group_of(m) == g], model, pops)
        conflicts, n_conflicts = _conflicts_page(model, cat)
        pages["conflicts.md"] = conflicts
        pages["per10k.md"] = _per10k_page(model, cat, pops)
        pages["charts.md"] = _charts_page(model, cat, pops)
        pages["index.md"] = _index(model, cat, groups, pops, n_conflicts)
    if "practices" in parts:
        pages["practices.md"] = _practices_page(model)
    if "timeline" in parts:
        pages["timeline.md"] = _timeline_page(model)
    return pages


def render_compare_pages(articles: list[dict], out: Path, parts: tuple[str, ...] = PARTS) -> None:
    """Write docs/compare/*.md of the given parts (out is the compare staging folder)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in compare_pages(articles, parts).items():
        (out / name).write_text(text, encoding="utf-8")
