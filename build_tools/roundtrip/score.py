"""What the pipeline recovered from typeset pages, against their truth: per layout, the share right per field.

Matching: on each page the pipeline's articles are paired with the true ones so
that the pairs share the most body sentences. An article is *found* when the
page was split into the right number of articles and its pair holds at least
half of its sentences. Every other field is scored on the pair (0 when an
article has none), and every share counts all true articles of the layout.

What counts as the same text (`norm`): differences that are legitimate repairs
are ignored: half-width against full-width punctuation and digits (NFKC),
spaces, traditional against simplified script (OpenCC t2s on both sides),
straight against curly quotes. Everything else is a difference: a pinyin
gloss left in, a doubled word, a lost character, furniture glued to a title.

Fields:

* title, subtitle (its leading dashes aside): the same text;
* authors: the same set of names (organisations are not authors; a page that
  printed no byline expects none);
* region: the same adcode;
* year: `year.value` equals the article's year;
* date: `date.value` equals the printed date (YYYY-MM-DD) where the page printed
  one, else begins with the article's year;
* outlet, newspaper_page: equal to what the page printed (None when it printed
  none; 第3版 and 3 are the same page);
* body: sentences and headings recovered, as matched ÷ (true + extra): a lost
  sentence and a line of furniture left in the text both cost;
* facts: facts with the true value, unit and sentence, as matched ÷ (true +
  facts quoting a sentence that is not in the article). Ranks (第25位) are facts
  of kind `rank`.

A field the pipeline does not produce at all (no such key in its records) scores 0.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter

FIELDS = ("found", "title", "subtitle", "authors", "region", "year", "date", "outlet", "newspaper_page", "body", "facts")
HEADERS = {"found": "found", "title": "title", "subtitle": "subtitle", "authors": "authors", "region": "region",
           "year": "year", "date": "date", "outlet": "outlet", "newspaper_page": "newspaper_page", "body": "body",
           "facts": "facts"}
# fields issue 14 adds to the records; scored 0 while the pipeline does not produce them
NEW_FIELDS = ("date", "outlet", "newspaper_page")
_QUOTES = str.maketrans({c: '"' for c in "“”„‟〝〞「」『』＂"} | {c: "'" for c in "‘’‚‛"})
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def norm(text: str | None) -> str:
    """Text with the differences that repairs may legitimately make removed.

    >>> norm("創建 全國文明城市,  “成績單”") == norm("创建全国文明城市，\\"成绩单\\"")
    True
    >>> norm("發(fā)展") == norm("发展")
    False
    """
    t = unicodedata.normalize("NFKC", _t2s().convert(text or ""))
    return _SPACE.sub("", t.translate(_QUOTES))


def _subtitle(text: str | None) -> str:
    return norm(text).lstrip("—-－―~ ")


def _page_no(text: str | None) -> str:
    t = norm(text)
    return re.sub(r"^第|版$", "", t)


def _num_equal(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


# -- what the pipeline said -------------------------------------------------------

def got_units(article: dict) -> list[str]:
    """Headings and sentences of a pipeline article, normalised, in page order."""
    out = []
    for b in article.get("body", []):
        if b.get("kind") in ("heading", "subheading"):
            out.append(norm(b["text"]))
        else:  # a sentence cut into quoting units (pieces marked "cut") counts as one
            units: list[str] = []
            for s in b.get("sentences", []):
                if s.get("cut") and units:
                    units[-1] += s["text"]
                else:
                    units.append(s["text"])
            out.extend(norm(u) for u in units)
    return [u for u in out if u]


def _truth_units(truth: dict) -> list[tuple[str, set[str]]]:
    return [(norm(u["text"]), {norm(a) for a in u.get("alts", [])}) for u in truth["units"] if norm(u["text"])]


def _overlap(truth_units: list[tuple[str, set[str]]], got: list[str]) -> tuple[int, list[str], list[str]]:
    """(matched, true units missing, extra units in the output), multiset-wise."""
    pool = Counter(got)
    matched, missing = 0, []
    for u, alts in truth_units:
        hit = u if pool[u] > 0 else next((a for a in alts if pool[a] > 0), None)
        if hit is None:
            missing.append(u)
        else:
            pool[hit] -= 1
            matched += 1
    extra = [u for u, n in pool.items() for _ in range(n)]
    return matched, missing, extra


def pair_articles(truths: list[dict], got: list[dict]) -> list[int | None]:
    """For each true article, the index of the pipeline article it is paired with (or None):
    the pairing that shares the most sentences (ties: page order)."""
    tu = [_truth_units(t) for t in truths]
    gu = [got_units(g) for g in got]
    share = [[_overlap(t, g)[0] for g in gu] for t in tu]
    best: list[int | None] = [None] * len(truths)
    if len(got) > 8:     # a page cut into many pieces: greedy, largest shares first
        taken: set[int] = set()
        for s, i, j in sorted(((share[i][j], i, j) for i in range(len(truths)) for j in range(len(got))),
                              key=lambda x: (-x[0], x[1], x[2])):
            if best[i] is None and j not in taken and s > 0:
                best[i] = j
                taken.add(j)
    else:
        best_score = -1
        slots = list(range(len(got))) + [None] * len(truths)
        for perm in itertools.permutations(slots, len(truths)):
            s = sum(share[i][p] for i, p in enumerate(perm) if p is not None)
            if s > best_score:
                best, best_score = list(perm), s
    return [p if p is not None and share[i][p] > 0 else None for i, p in enumerate(best)]


# -- one article ------------------------------------------------------------------

def score_article(truth: dict, got: dict | None, split_right: bool) -> dict:
    """{field: (right, total, detail)}: right/total are counts (body and facts count
    sentences and facts), detail says what was expected and what came out; and
    "facts_by_kind": {kind: [right, total]} (kind "junk": facts quoting no true sentence)."""
    out: dict[str, tuple[float, float, dict | None]] = {}
    tunits = _truth_units(truth)
    g = got or {}
    matched, missing, extra = _overlap(tunits, got_units(g)) if got else (0, [u for u, _ in tunits], [])
    found = bool(got) and split_right and matched * 2 >= len(tunits)
    out["found"] = (1.0 if found else 0.0, 1.0, None if found else {"expected": truth["title"], "got": g.get("title")})

    def same(field: str, ok: bool, expected, value) -> None:
        if not got:
            ok, value = False, "(article not found)"
        out[field] = (1.0 if ok else 0.0, 1.0, None if ok else {"expected": expected, "got": value})

    same("title", bool(got) and norm(g.get("title")) == norm(truth["title"]), truth["title"], g.get("title"))
    same("subtitle", bool(got) and _subtitle(g.get("subtitle")) == _subtitle(truth["subtitle"]), truth["subtitle"],
         g.get("subtitle"))
    want = sorted(norm(a) for a in truth["authors"])
    have = sorted(norm(a) for a in g.get("authors") or [])
    same("authors", bool(got) and set(want) == set(have), truth["authors"], g.get("authors"))
    same("region", bool(got) and g.get("adcode") == truth["adcode"], f"{truth['region']} {truth['adcode']}",
         f"{g.get('region')} {g.get('adcode')}")
    year = (g.get("year") or {}).get("value") if isinstance(g.get("year"), dict) else None
    same("year", bool(got) and year == truth["year"], truth["year"], year)
    if "date" in g:
        value = (g.get("date") or {}).get("value")
        d = truth["date"]
        ok = value == d["value"] if d["printed"] or d["value"] is None else str(value or "")[:4] == d["value"]
        same("date", bool(got) and ok, f"{d['value']} ({'printed' if d['printed'] else 'year'})", g.get("date"))
    else:
        same("date", False, truth["date"]["value"], "(no date field)")
    if "outlet" in g:
        same("outlet", norm(g.get("outlet")) == norm(truth["outlet"]), truth["outlet"], g.get("outlet"))
    else:
        same("outlet", False, truth["outlet"], "(no outlet field)")
    if "newspaper_page" in g:
        same("newspaper_page", _page_no(g.get("newspaper_page")) == _page_no(truth["newspaper_page"]),
             truth["newspaper_page"], g.get("newspaper_page"))
    else:
        same("newspaper_page", False, truth["newspaper_page"], "(no newspaper_page field)")
    body_total = len(tunits) + len(extra)
    out["body"] = (matched, body_total, None if matched == body_total else
                   {"expected": f"{len(tunits)} sentences", "got": f"{matched} recovered",
                    "missing": missing[:3], "extra": extra[:3]})
    # facts
    sentences = {u for u, _ in tunits} | {a for _, alts in tunits for a in alts}
    got_facts = [f for f in g.get("facts") or []]
    used: set[int] = set()
    hit = 0
    lost = []
    by_kind: dict[str, list[int]] = {}
    for f in truth["facts"]:
        quotes = {norm(f["sentence"])} | {norm(a) for a in f.get("alts", [])}
        j = next((j for j, x in enumerate(got_facts) if j not in used and _num_equal(x.get("value"), f["value"])
                  and (x.get("unit") == f["unit"] or f["kind"] == "rank" and x.get("kind") == "rank")
                  and norm(x.get("quote")) in quotes), None)
        tally = by_kind.setdefault(f["kind"], [0, 0])
        tally[1] += 1
        if j is None:
            lost.append(f"{f['text']} ({f['kind']}) in {f['sentence'][:30]}…")
        else:
            used.add(j)
            hit += 1
            tally[0] += 1
    junk = [x for j, x in enumerate(got_facts) if j not in used and norm(x.get("quote")) not in sentences]
    total = len(truth["facts"]) + len(junk)
    out["facts"] = (hit, total, None if hit == total else
                    {"expected": f"{len(truth['facts'])} facts", "got": f"{hit} recovered", "missing": lost[:3],
                     "junk": [f"{x.get('value')}{x.get('unit')} in {str(x.get('quote'))[:30]}" for x in junk[:3]]})
    by_kind["junk"] = [0, len(junk)]
    out["facts_by_kind"] = by_kind
    return out


# -- pages and layouts ----------------------------------------------------------------

def score_page(truths: list[dict], got: list[dict]) -> list[dict]:
    """Per true article of one page: {field: (right, total, detail)}."""
    pairs = pair_articles(truths, got)
    split_right = len(got) == len(truths)
    return [score_article(t, got[p] if p is not None else None, split_right) for t, p in zip(truths, pairs)]


def summarise(layout_pages: dict[str, list[tuple[str, list[dict], list[dict]]]], keep: int = 20) -> dict:
    """{layout: {"pages", "articles", "scores": {field: share}, "counts": {field: [right, total]},
    "facts_by_kind", "failures": {field: [examples]}}}, plus "all" over every layout (with
    "fields_not_produced": the new fields no pipeline record carries yet)."""
    report: dict[str, dict] = {}
    grand = {f: [0.0, 0.0] for f in FIELDS}
    grand_pages = grand_articles = 0
    for layout, pages in layout_pages.items():
        counts = {f: [0.0, 0.0] for f in FIELDS}
        failures: dict[str, list] = {f: [] for f in FIELDS}
        kinds: dict[str, list[int]] = {}
        n_art = 0
        for name, truths, got in pages:
            for k, res in enumerate(score_page(truths, got), 1):
                n_art += 1
                for kind, (right, total) in res["facts_by_kind"].items():
                    tally = kinds.setdefault(kind, [0, 0])
                    tally[0] += right
                    tally[1] += total
                for f in FIELDS:
                    right, total, detail = res[f]
                    counts[f][0] += right
                    counts[f][1] += total
                    if detail is not None and len(failures[f]) < keep:
                        failures[f].append({"page": name, "article": k, **detail})
        report[layout] = {"pages": len(pages), "articles": n_art,
                          "scores": {f: (c[0] / c[1] if c[1] else 1.0) for f, c in counts.items()},
                          "counts": counts, "facts_by_kind": kinds, "failures": failures}
        for f in FIELDS:
            grand[f][0] += counts[f][0]
            grand[f][1] += counts[f][1]
        grand_pages += len(pages)
        grand_articles += n_art
    produced = [a for pages in layout_pages.values() for _, _, got in pages for a in got]
    missing = [f for f in NEW_FIELDS if not produced or any(f not in a for a in produced)]
    report["all"] = {"pages": grand_pages, "articles": grand_articles,
                     "scores": {f: (c[0] / c[1] if c[1] else 1.0) for f, c in grand.items()}, "counts": grand,
                     "fields_not_produced": missing}
    return report


def format_table(report: dict, floors: dict | None = None) -> str:
    """One Markdown table: a row per layout, a column per field, shares in %.
    A share below its floor (the ratchet in data/roundtrip_gate.yaml) is marked ▼."""
    head = "| layout | pages | articles | " + " | ".join(HEADERS[f] for f in FIELDS) + " |"
    rule = "|---|---:|---:|" + "---:|" * len(FIELDS)
    rows = [head, rule]
    for layout, r in report.items():
        cells = []
        for f in FIELDS:
            v = r["scores"][f]
            mark = ""
            floor = ((floors or {}).get(layout) or {}).get(f)
            if floor is not None and v + 1e-9 < floor:
                mark = " ▼"
            cells.append(f"{100 * v:.0f}{mark}")
        name = f"**{layout}**" if layout == "all" else layout
        rows.append(f"| {name} | {r['pages']} | {r['articles']} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def format_failures(report: dict, n: int) -> str:
    """Up to n examples per layout and field of what was expected and what came out."""
    lines = []
    for layout, r in report.items():
        if layout == "all":
            continue
        for f in FIELDS:
            ex = r["failures"][f][:n]
            if not ex:
                continue
            lines.append(f"{layout} · {HEADERS[f]}:")
            for e in ex:
                extra = "".join(f"\n      {k}: {e[k]}" for k in ("missing", "extra", "junk") if e.get(k))
                lines.append(f"  {e['page']} #{e['article']}: expected {e['expected']!r}, got {e['got']!r}{extra}")
    return "\n".join(lines)
