"""Numeric facts, campaign practices and dated milestones from article sentences.

Input: an article dict ``{"slug", "region", "adcode", "page_url"}`` and its
sentences ``[(text, anchor_id)]`` in page order, exactly as on the page.

* `extract_facts`  one dict per quantity/percent/duration that `find_quantities`
  finds (every number is exported; `metric` is None when no catalogue entry
  fits; `kind` says quantity, percent or duration).
* `extract_practices`  which campaign measures (build_tools/data/practices.yaml)
  each sentence reports.
* `extract_milestones`  dated events (build_tools/data/milestones.yaml).

How a number gets its metric (catalogue: build_tools/data/metrics.yaml):

1. The sentence is cut into clauses at ，；：。 (outside brackets) and clauses
   into segments at 、.  The *before* window is the segment text before the
   number (at most 20 chars), the *after* window the segment text after it up
   to the next number (at most 20 chars).
2. A metric is a candidate when the fact's unit is one it accepts, none of its
   `negative` regexes occurs in the clause, and one of its patterns matches
   (with the pattern's `clause` regex also present in the clause).
3. If some `after` pattern matches, the match that ends farthest into the
   after window wins (the head of a Chinese noun phrase comes last:
   16个乡镇（街道）文明实践所 -> 实践所).  Otherwise, of two `before` matches
   that overlap, the longer (more specific) one wins (注册志愿者达 -> 注册志愿者,
   not 志愿者…达; 投入资金 -> investment, not 资金); of the rest the match
   nearest to the number wins, linking words (metrics.yaml `classify.linkers`:
   达, 有, 共, 累计 ...) not counting as distance.  Ties go to the longer match,
   then to the metric listed first.
4. Durations (三年, 24小时) take a metric only when it lists `duration` under
   `kinds`; they are then exported as quantities (72万小时 of service).

>>> art = {"slug": "x", "region": "甲市", "adcode": "150600", "page_url": "/a/x/"}
>>> fs = extract_facts(art, [("建成新时代文明实践所78个，实践站981个，实践点213个。", "s1")])
>>> [(f["metric"], f["value"]) for f in fs]
[('practice_institutes', 78), ('practice_stations', 981), ('practice_points', 213)]
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable

from ..data import data_file, load_data
from .numbers import Quantity, find_quantities

_HARD = set("，,；;：:。！？!?")
_SOFT = set("、")
_OPEN = set("（(《【[“‘「『")
_CLOSE = set("）)》】]”’」』")
_WIN = 20
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_ADCODE = re.compile(r"^\d{6}$")
FACT_KINDS = ("quantity", "percent", "duration")
# ranks (测评排名第25位) are facts of their own kind; the pipeline asks for them too
ALL_FACT_KINDS = FACT_KINDS + ("rank",)
# kinds a metric accepts unless it lists `kinds` (durations stay unclassified)
FACT_KINDS_CLASSIFIED = ("quantity", "percent")


# --------------------------------------------------------------------- data
@lru_cache(maxsize=1)
def _metrics_doc() -> dict:
    return load_data("metrics.yaml")


@lru_cache(maxsize=1)
def load_metrics() -> list[dict]:
    """The metric catalogue, each entry with compiled patterns under `_compiled`."""
    out = []
    for i, m in enumerate(_metrics_doc()["metrics"]):
        m = dict(m)
        pats = []
        for p in m.get("patterns", []):
            side = "after" if "after" in p else "before"
            pats.append(
                {
                    "side": side,
                    "re": re.compile(p[side]),
                    "within": p.get("within", 8 if side == "after" else 12),
                    "clause": re.compile(p["clause"]) if p.get("clause") else None,
                }
            )
        m["_compiled"] = pats
        m["_negative"] = [re.compile(n) for n in m.get("negative", []) or []]
        m["_units"] = set(str(u) for u in m.get("units", [m.get("unit", "")]))
        m["_kinds"] = set(m.get("kinds", FACT_KINDS_CLASSIFIED))
        m["_index"] = i
        out.append(m)
    return out


def _compile_entries(entries: list[dict]) -> list[dict]:
    out = []
    for e in entries:
        e = dict(e)
        e["_patterns"] = [re.compile(p) for p in e.get("patterns", [])]
        e["_negative"] = [re.compile(p) for p in e.get("negative", []) or []]
        out.append(e)
    return out


@lru_cache(maxsize=1)
def load_practices() -> list[dict]:
    """Campaign measures (practices.yaml) with compiled patterns."""
    return _compile_entries(load_data("practices.yaml")["practices"])


@lru_cache(maxsize=1)
def load_milestones() -> list[dict]:
    """Milestone event types (milestones.yaml) with compiled patterns."""
    return _compile_entries(load_data("milestones.yaml")["milestones"])


def _any_entry(entries: list[dict]) -> re.Pattern | None:
    """One pattern that matches wherever any entry's patterns match: a sentence it does not
    match names none of the entries, and need not be tried with each. None when the patterns
    cannot be joined so (a backreference or inline flag)."""
    pats = [p for e in entries for p in e["_patterns"]]
    if not pats or any(p.flags != re.UNICODE or re.search(r"\\[1-9]|\(\?P=", p.pattern) for p in pats):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in pats))
    except re.error:  # (a group name used twice)
        return None


@lru_cache(maxsize=1)
def _any_practice() -> re.Pattern | None:
    return _any_entry(load_practices())


@lru_cache(maxsize=1)
def _any_milestone() -> re.Pattern | None:
    return _any_entry(load_milestones())


# ---------------------------------------------------------------- structure
def _boundaries(text: str) -> tuple[list[int], list[int]]:
    """Positions of clause (hard) and segment (hard + soft) delimiters outside brackets."""
    hard, soft = [], []
    depth = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            if ch in _HARD:
                if ch == "," and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                    continue
                hard.append(i)
                soft.append(i)
            elif ch in _SOFT:
                soft.append(i)
        if ch in "。！？":
            depth = 0
    return hard, soft


def _span(bounds: list[int], start: int, end: int, n: int) -> tuple[int, int]:
    lo, hi = 0, n
    for b in bounds:
        if b < start:
            lo = b + 1
        elif b >= end:
            hi = b
            break
    return lo, hi


# --------------------------------------------------------------- classify
@lru_cache(maxsize=1)
def _linkers() -> re.Pattern | None:
    """Linking words between a phrase and its number (metrics.yaml `classify.linkers`)."""
    words = (_metrics_doc().get("classify") or {}).get("linkers") or []
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alt})+$")


def _core(before: str, start: int, end: int) -> tuple[int, int]:
    """(core end, distance): a before-match without the linking words (达, 有,
    共, 累计 ...) it may end in, and how many non-linking characters lie between
    that core and the number."""
    lk = _linkers()
    core_end = end
    if lk is not None:
        m = lk.search(before[start:end])
        if m and m.start() > 0:
            core_end = start + m.start()
        gap = before[end:]
        g = lk.search(gap)
        dist = len(gap) - (len(g.group(0)) if g else 0)
    else:
        dist = len(before) - end
    return core_end, dist


@lru_cache(maxsize=None)
def _metrics_for(unit: str, kind: str) -> tuple[dict, ...]:
    """The catalogue entries that accept a unit and kind, in catalogue order
    (looked up once: scanning the whole catalogue per number was most of the
    time on pages full of numbers)."""
    return tuple(m for m in load_metrics() if unit in m["_units"] and kind in m["_kinds"])


def _classify(q: Quantity, before: str, after: str, clause: str) -> dict | None:
    best_after = None  # (-end, index, metric)
    before_hits = []  # (start, core_end, dist, index, metric)
    for m in _metrics_for(q.unit, q.kind):
        if any(n.search(clause) for n in m["_negative"]):
            continue
        for p in m["_compiled"]:
            if p["clause"] is not None and not p["clause"].search(clause):
                continue
            if p["side"] == "after":
                hit = p["re"].search(after)
                if hit and hit.start() <= p["within"]:
                    key = (-hit.end(), m["_index"])
                    if best_after is None or key < best_after[:2]:
                        best_after = (*key, m)
            else:
                for hit in p["re"].finditer(before):
                    if hit.end() == hit.start():
                        continue
                    core_end, dist = _core(before, hit.start(), hit.end())
                    if len(before) - hit.end() <= p["within"]:
                        before_hits.append((hit.start(), core_end, dist, m["_index"], m))
    if best_after:
        return best_after[2]
    if not before_hits:
        return None
    # Specificity: of two phrases that overlap (read the same words), the longer
    # one is the more specific (注册志愿者 over 志愿者, 投入资金 over 资金); on equal
    # length the one reaching further left (more modifiers) wins.
    def dominated(h) -> bool:
        s, e = h[0], h[1]
        for o in before_hits:
            if o is h or o[4] is h[4]:
                continue
            if o[0] < e and s < o[1]:  # overlap
                lo, lh = o[1] - o[0], e - s
                if lo > lh or (lo == lh and o[0] < s):
                    return True
        return False

    kept = [h for h in before_hits if not dominated(h)] or before_hits
    # Otherwise the phrase nearest to the number wins (linking words between
    # them do not count), then the longer phrase, then the metric listed first.
    best = min(kept, key=lambda h: (h[2], -(h[1] - h[0]), h[3]))
    return best[4]


def _short_label(before: str, after: str) -> str:
    cfg = _metrics_doc().get("labels", {})
    max_len = cfg.get("max_len", 8)
    strip = cfg.get("strip", "“”")
    stops = sorted(cfg.get("stop_words", []), key=len, reverse=True)

    def cut(s: str) -> str:
        s = "".join(c for c in s if c not in strip)
        m = _CJK.match(s)
        if not m:
            return ""
        s = m.group(0)
        changed = True
        while changed and s:
            changed = False
            for w in stops:
                if s.startswith(w):
                    s, changed = s[len(w):], True
        for i in range(1, len(s)):
            if any(s.startswith(w, i) for w in stops):
                s = s[:i]
                break
        return s[:max_len].strip(particles)

    particles = cfg.get("particles", "")
    lab = cut(after)
    if lab:
        return lab
    runs = _CJK.findall("".join(c for c in before if c not in strip))
    if not runs:
        runs = [""]
    s = runs[-1]
    cut_at = 0
    for w in stops + sorted(cfg.get("verbs", []), key=len, reverse=True):
        i = s.rfind(w)
        if i >= 0 and i + len(w) < len(s):
            cut_at = max(cut_at, i + len(w))
    lab = s[cut_at:].strip(particles)[-max_len:]
    if not lab:  # only function words around the number: keep the raw words after it
        m = _CJK.match("".join(c for c in after if c not in strip))
        lab = m.group(0).strip(particles)[:max_len] if m else ""
    return lab


def _year_of(q: Quantity, tokens: list[Quantity], text: str, hard: list[int]) -> tuple[int | None, str | None]:
    since = _metrics_doc().get("labels", {}).get("since_words", [])
    n = len(text)
    c_lo, c_hi = _span(hard, q.start, q.end, n)
    first_hi = hard[0] if hard else n

    def usable(t: Quantity) -> bool:
        if t.kind not in ("year", "date", "period") or t.value is None:
            return False
        tail = text[t.end:t.end + 12]
        cut = min([tail.find(c) for c in "，；。" if c in tail] or [len(tail)])
        return not any(w in tail[:cut] for w in since)

    def pick(lo: int, hi: int, before_only: bool):
        years, periods = set(), set()
        for t in tokens:
            if t.start >= lo and t.end <= hi and usable(t) and (not before_only or t.end <= q.start):
                if t.kind == "period":
                    periods.add(t.iso)
                else:
                    years.add(int(t.value))
        return years, periods

    years, periods = pick(c_lo, c_hi, False)
    if not years and not periods and c_lo > 0:
        years, periods = pick(0, first_hi, True)
    year = next(iter(years)) if len(years) == 1 else None
    period = next(iter(periods)) if len(periods) == 1 else None
    return year, period


def _sub_adcode(article_adcode: str | None, adcode: str | None) -> bool:
    """True when `adcode` lies strictly below the article's place."""
    if not adcode or not article_adcode or adcode == article_adcode:
        return False
    a = str(article_adcode)
    prefix = a[:2] if a.endswith("0000") else a[:4] if a.endswith("00") else a
    return str(adcode).startswith(prefix)


def _region(article: dict, clause: str, clause_lo: int, q: Quantity, find_places, seen: dict | None = None) -> tuple[str, str]:
    region, adcode = article.get("region"), article.get("adcode")
    if find_places is None:
        return region, adcode
    try:
        # numbers of one clause share its places: looked up once per clause
        places = seen.get(clause) if seen is not None else None
        if places is None:
            places = list(find_places(clause) or [])
            if seen is not None:
                seen[clause] = places
    except Exception:
        return region, adcode
    pos = q.start - clause_lo
    cands = []
    for off, a, b in places:
        # accept (offset, name, adcode) and (offset, adcode, name)
        name, code = (b, a) if _ADCODE.match(str(a)) else (a, b)
        if _sub_adcode(adcode, code):
            cands.append((off, name, str(code)))
    before = [c for c in cands if c[0] <= pos]
    if before:
        _, name, code = max(before, key=lambda c: c[0])
        return name, code
    after = [c for c in cands if c[0] > pos]
    if after:
        _, name, code = min(after, key=lambda c: c[0])
        return name, code
    return region, adcode


# --------------------------------------------------------------------- API
def _url(article: dict, anchor: str) -> str:
    return f"{article.get('page_url', '')}#{anchor}"


# A quoting unit with at least DENSE_MIN numbers and fewer than DENSE_CHARS
# characters other than digits per number is a table or a list of bare
# numbers, not sentences: its numbers have no words to label them, and exported
# one by one they made the output grow far faster than the page. They are not
# facts; the article records a flag for each such unit. (Real prose has at
# least 4 such characters per number: 辖1区、1市、4旗、5县 in a sentence about
# the area.)
DENSE_MIN = 3
DENSE_CHARS = 3
_DIGITS = re.compile(r"[0-9０-９.,．]")


def too_dense(text: str, numbers: list) -> bool:
    """True for a unit of bare numbers (see DENSE_CHARS).

    >>> too_dense("1000人1001人1002人", [1, 2, 3]), too_dense("总面积5.45万平方千米，辖1区、1市、4旗、5县。", [1, 2, 3, 4, 5])
    (True, False)
    """
    if len(numbers) < DENSE_MIN:
        return False
    return len(text) - len(_DIGITS.findall(text)) < DENSE_CHARS * len(numbers)


# A figure beyond this, or written with more digits, is no count or amount a
# report gives (China's yearly GDP is about 1.3e14 yuan): an OCR run of digits,
# a cut number or a prank. Not a fact; flagged.
MAX_VALUE = 1e15
MAX_DIGITS = 20


def implausible(q: Quantity) -> bool:
    """True for a number no report prints (see MAX_VALUE).

    >>> from build_tools.extract.numbers import find_quantities
    >>> [implausible(q) for q in find_quantities("投入" + "9" * 30 + "亿元，共12人")]
    [True, False]
    """
    digits = sum(c.isdigit() for c in q.text)
    try:
        big = any(v is not None and abs(float(v)) >= MAX_VALUE for v in (q.value, q.value_max))
    except (OverflowError, TypeError, ValueError):
        big = True
    return big or digits > MAX_DIGITS


# a table's cells: set apart by two or more spaces or a tab
_CELLS_RE = re.compile(r"[ \t\u3000]{2,}|\t")


def _cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row, or [] for running text."""
    out, pos = [], 0
    t = text.rstrip()
    for m in _CELLS_RE.finditer(t):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(t):
        out.append((pos, len(t)))
    return out if len(out) >= 2 and not re.search("[。！？；，]", t) else []


# a spreadsheet's row exported as CSV (its commas made full-width by repair): short cells
_CSV_SEP_RE = re.compile(r"[，,]")
CSV_MIN_CELLS, CSV_CELL_MAX = 3, 32


def _csv_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a CSV row (1，占道经营，某某街口，2024-05-06，3日), or []."""
    t = text.rstrip()
    if re.search("[。！？；;!?]", t):
        return []
    out, pos = [], 0
    for m in _CSV_SEP_RE.finditer(t):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(t)))
    if len(out) < CSV_MIN_CELLS or any(not t[a:b].strip() or b - a > CSV_CELL_MAX for a, b in out):
        return []
    return out


def _person_table(names: list[str]) -> bool:
    """Does a table's head row name people in a column (序号 姓名 … 服务时长): its rows are
    individuals' records, and their figures no facts of a place (metrics.yaml table_person_heads)."""
    heads = set(data_file("metrics.yaml")["numbers"].get("table_person_heads") or ())
    return any(n.strip() in heads for n in names)


def _column_reading(head: str) -> tuple[str, str] | None:
    """What a column head says of the figures under it: ("unit", 分) or ("rank", "")."""
    r = data_file("metrics.yaml")["numbers"]
    h = head.strip()
    if h in (r.get("table_skip_heads") or ()):
        return "skip", ""
    if any(h.endswith(w) for w in r.get("table_rank_heads") or ()):
        return "rank", ""
    for word, unit in (r.get("table_head_units") or {}).items():
        if h.endswith(word):
            return "unit", unit
    m = re.search(r"[（(]([^（()）]{1,6})[）)]$", h)
    if m and (m.group(1) in r["units"] or m.group(1) in ("%", "％")):
        return "unit", "%" if m.group(1) in ("%", "％") else r["units"][m.group(1)]
    return None


def _without_bar_row_indexes(text: str, tokens: list[Quantity]) -> list[Quantity]:
    """A bar-set row's figures less those standing alone in a cell (1 | 全景 | 6秒 | …: the
    shot's number and length; metrics.yaml bar_row_index_cell)."""
    pat = data_file("metrics.yaml")["numbers"].get("bar_row_index_cell")
    if not pat:
        return tokens
    spans, pos = [], 0
    for m in re.finditer(r"[|｜]", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    bare = [(a, b) for a, b in spans if re.fullmatch(pat, text[a:b])]
    return [q for q in tokens if not any(a <= q.start < b for a, b in bare)]


def _under_heads(text: str, tokens: list[Quantity], heads: list) -> list[Quantity]:
    """A table row's bare figures read by their column heads (unit, or a rank)."""
    return _under_heads_of(text, tokens, heads, _cells(text))


def _under_heads_of(text: str, tokens: list[Quantity], heads: list, cells: list[tuple[int, int]]) -> list[Quantity]:
    if len(cells) != len(heads):
        return tokens
    out = []
    for q in tokens:
        col = next((i for i, (a, b) in enumerate(cells) if a <= q.start < b), None)
        how = heads[col] if col is not None else None
        if how and how[0] == "skip":
            continue  # 镜号 | 时长: the row's number and length, no fact
        if how and not q.unit and q.kind == "quantity":
            q = replace(q, kind="rank") if how[0] == "rank" else replace(q, unit=how[1],
                                                                        kind="percent" if how[1] == "%" else "quantity")
        out.append(q)
    return out


def extract_facts(article: dict, sentences: Iterable[tuple[str, str]],
                  find_places: Callable[[str], list] | None = None, dense: list | None = None,
                  kinds: tuple[str, ...] = FACT_KINDS) -> list[dict]:
    """One fact dict per quantity/percent/duration in the sentences (see module
    docstring); with `kinds=ALL_FACT_KINDS` ranks too.

    dense: when a list, (anchor, count, why) is appended for each unit whose
    numbers are too dense to be facts (`too_dense`, why "dense") and for
    numbers no report prints (`implausible`, why "implausible")."""
    slug = article.get("slug", "")
    facts: list[dict] = []
    heads: list | None = None  # the column heads of the table whose rows follow
    rows_apart = 0  # the number of cells of a table whose rows are no facts (individuals, a CSV ledger)
    csv_heads: list | None = None
    for text, anchor in sentences:
        tokens = find_quantities(text)
        cells = _cells(text)
        csv = [] if cells else _csv_cells(text)
        if (cells or csv) and not tokens:
            names = [text[a:b] for a, b in cells or csv]
            heads = [_column_reading(x) for x in names] if cells else None
            heads = heads if heads and any(heads) else None
            # a table of people (a 姓名 column), or a CSV export's rows: only a figure its column's
            # head gives a unit to may be a fact, and none in a table of people
            rows_apart = len(names) if (_person_table(names) or csv) else 0
            csv_heads = [_column_reading(x) for x in names] if csv and not _person_table(names) else None
            continue
        if rows_apart and len(cells or csv) == rows_apart:
            if not csv_heads:
                continue
            read = _under_heads_of(text, tokens, csv_heads, csv)
            tokens = [q for q in read if q not in tokens]  # (only the figures a head read)
            if not tokens:
                continue
        elif rows_apart:
            rows_apart, csv_heads = 0, None
        if not cells:
            heads = None
        elif heads:
            tokens = _under_heads(text, tokens, heads)
        if tokens and not cells and text.count("|") >= 2:
            tokens = _without_bar_row_indexes(text, tokens)
        if tokens and find_places is not None and re.search("[一二三四五六七八九十两]", text):
            # a numeral inside a place's name (三台县, 五台山区) counts nothing
            names = [(off, off + len(name)) for off, _, name in find_places(text)]
            tokens = [q for q in tokens if not any(a <= q.start < b for a, b in names)]
        if not tokens:
            continue
        hard, soft = _boundaries(text)
        n = len(text)
        numbers = [t for t in tokens if t.kind in kinds]
        odd = [t for t in numbers if implausible(t)]
        if odd:
            numbers = [t for t in numbers if not implausible(t)]
            if dense is not None:
                dense.append((anchor, len(odd), "implausible"))
        if too_dense(text, numbers):
            if dense is not None:
                dense.append((anchor, len(numbers), "dense"))
            continue
        seen: dict = {}
        for q in numbers:
            s_lo, s_hi = _span(soft, q.start, q.end, n)
            c_lo, c_hi = _span(hard, q.start, q.end, n)
            nxt = min([t.start for t in tokens if t.start >= q.end] + [s_hi])
            before = text[max(s_lo, q.start - _WIN):q.start]
            after = text[q.end:min(nxt, q.end + _WIN)]
            clause = text[c_lo:c_hi]
            metric = _classify(q, before, after, clause)
            unit, implied = q.unit, False
            if metric is not None and not unit and metric.get("unit"):
                unit, implied = metric["unit"], True
            year, period = _year_of(q, tokens, text, hard)
            region, adcode = _region(article, clause, c_lo, q, find_places, seen)
            # a duration read as a metric's amount (72万小时 of service) is a quantity
            kind = "quantity" if metric is not None and q.kind == "duration" else q.kind
            facts.append(
                {
                    "id": f"{slug}-{len(facts) + 1:03d}",
                    "article": slug,
                    "region": region,
                    "adcode": adcode,
                    "metric": metric["id"] if metric else None,
                    "group": metric.get("group") if metric else None,
                    "label": metric["label_zh"] if metric else _short_label(before, after),
                    "label_en": metric.get("label_en", "") if metric else "",
                    "comparable": metric.get("comparable", True) if metric else False,
                    "value": q.value,
                    "value_max": q.value_max,
                    "unit": unit,
                    "unit_implied": implied,
                    "qualifier": q.qualifier,
                    "year": year,
                    "period": period,
                    "quote": text,
                    "anchor": anchor,
                    "url": _url(article, anchor),
                    "number_text": q.text,
                    "kind": kind,
                }
            )
    return facts


def _matches(entry: dict, text: str):
    if any(n.search(text) for n in entry["_negative"]):
        return None
    for p in entry["_patterns"]:
        m = p.search(text)
        if m:
            return m
    return None


def extract_practices(article: dict, sentences: Iterable[tuple[str, str]]) -> list[dict]:
    """One dict per (practice, sentence) where the sentence names the practice."""
    out = []
    named = _any_practice()
    for text, anchor in sentences:
        if named is not None and not named.search(text):
            continue  # (names no practice)
        for p in load_practices():
            if _matches(p, text):
                out.append(
                    {
                        "practice": p["id"],
                        "label": p["label_zh"],
                        "label_en": p.get("label_en", ""),
                        "quote": text,
                        "anchor": anchor,
                        "url": _url(article, anchor),
                    }
                )
    return out


_MAX_DATE_GAP = 30  # characters between a date and the event phrase it dates


def _milestone_date(text: str, m: re.Match, dates: list[Quantity]) -> Quantity | None:
    """The date of the event phrase `m`: a date in the same clause (nearest
    before, else inside, else after), else the nearest date before it in the
    sentence at most _MAX_DATE_GAP characters away."""
    hard, _ = _boundaries(text)
    lo, hi = _span(hard, m.start(), m.end(), len(text))
    same = [t for t in dates if t.start >= lo and t.end <= hi]
    before = [t for t in same if t.end <= m.start()]
    inside = [t for t in same if m.start() <= t.start < m.end()]
    after = [t for t in same if t.start >= m.end()]
    if before or inside or after:
        return before[-1] if before else inside[0] if inside else after[0]
    earlier = [t for t in dates if t.end <= m.start() and m.start() - t.end <= _MAX_DATE_GAP]
    return earlier[-1] if earlier else None


@lru_cache(maxsize=1)
def _other_subjects() -> list[re.Pattern]:
    """milestones.yaml `other_subject`: clause text before an event phrase that
    makes a count of sub-units (3个旗, 2个县区) its subject."""
    return [re.compile(p) for p in (load_data("milestones.yaml").get("other_subject") or [])]


def _own_event(article: dict, text: str, m: re.Match, find_places) -> bool:
    """False when the event phrase `m` is about somebody else: its clause, before
    the phrase, ends in a count of sub-units (3个旗晋级…) or names a place
    (gazetteer `find_places`) other than the article's own."""
    hard, _ = _boundaries(text)
    lo, _hi = _span(hard, m.start(), m.end(), len(text))
    head = text[lo:m.start()]
    if any(p.search(head) for p in _other_subjects()):
        return False
    if find_places is None or not article.get("adcode"):
        return True
    try:
        places = list(find_places(head) or [])
    except Exception:
        return True
    own = str(article["adcode"])
    named = []
    for off, a, b in places:
        code = a if _ADCODE.match(str(a)) else b
        named.append((off, str(code)))
    if not named:
        return True
    _, code = max(named)
    return code == own


def _event_matches(entry: dict, text: str):
    """Every match of the entry's patterns, in text order (none when a negative matches)."""
    if any(n.search(text) for n in entry["_negative"]):
        return []
    hits = [m for p in entry["_patterns"] for m in p.finditer(text)]
    return sorted(hits, key=lambda m: (m.start(), -m.end()))


def extract_milestones(article: dict, sentences: Iterable[tuple[str, str]],
                       find_places: Callable[[str], list] | None = None) -> list[dict]:
    """Dated milestones: event type from milestones.yaml, date from the nearest
    year/month in the same clause, else a date shortly before it (see
    `_milestone_date`); None when the sentence gives no date.  A date without a
    year is given in ISO 8601 month-day form ('--05-08').  An event whose
    subject is not the article's place (3个旗晋级…提名城市; another named place
    when `find_places` is given) is not the place's milestone and is skipped.
    """
    out = []
    named = _any_milestone()
    for text, anchor in sentences:
        if named is not None and not named.search(text):
            continue  # (names no event)
        dates = None
        for e in load_milestones():
            m = next((h for h in _event_matches(e, text) if _own_event(article, text, h, find_places)), None)
            if not m:
                continue
            if dates is None:
                dates = [t for t in find_quantities(text) if t.kind in ("year", "date", "period")]
            tok = _milestone_date(text, m, dates)
            date = None
            if tok is not None:
                date = str(tok.value) if tok.kind == "year" else tok.iso
            out.append(
                {
                    "date": date,
                    "event": e["id"],
                    "label": e["label_zh"],
                    "label_en": e.get("label_en", ""),
                    "quote": text,
                    "anchor": anchor,
                    "url": _url(article, anchor),
                }
            )
    return out
