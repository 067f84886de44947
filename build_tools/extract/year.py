"""Estimate the year an article was written from internal evidence.

Evidence, strongest first:

* 4-digit years written in the text (``2022年模拟测评``; spaces and full-width
  digits are normalised first). The latest such year is a lower bound. A year
  used for completed statistics (``2018年常住人口``, ``2022年度``) means the
  article is at least a year later. A target (``到2025年``) is not evidence.
* A range (``（2021—2023年）``): the article is written during it, so the range
  start is a lower bound and its end an upper bound.
* Dated events from ``build_tools/data/events_years.yaml``: party congresses
  and plenums, national games, anniversaries (``党的十九届六中全会`` -> 2021).

The estimate is the highest lower bound, kept below the upper bounds when
they agree. ``今年`` confirms that the latest written year is the current one.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..data import load_data

MIN_YEAR, MAX_YEAR = 1949, 2035

_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_RANGE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年?\s*[—\-–~～至到]{1,2}\s*((?:19|20)[0-9]{2})年")
_TARGET_BEFORE = ("到", "至", "力争", "争取", "预计", "计划", "远景", "展望")
_DONE_AFTER = ("年常住人口", "年末", "年全年", "年度", "年底", "年的")


@functools.lru_cache(maxsize=1)
def _events() -> list[dict]:
    data = load_data("events_years.yaml") or {}
    out = []
    for e in data.get("events") or []:
        names = sorted((str(n) for n in e.get("names") or []), key=len, reverse=True)
        if names:
            out.append({"names": names, "year": int(e["year"]),
                        "until": int(e["until"]) if e.get("until") else None,
                        "province": e.get("province")})
    return out


def normalise(text: str) -> str:
    """NFKC, Chinese-numeral years to digits, and no spaces between CJK and
    digits (``2018 年 常 住`` -> ``2018年常住``)."""
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub(r"[〇零○一二三四五六七八九]{4}(?=年)", lambda m: m.group(0).translate(_CN_DIGITS), t)
    t = re.sub(r"(?<=[0-9\u4e00-\u9fff])[ \t\u3000]+(?=[0-9\u4e00-\u9fff])", "", t)
    return t


_STOPS = "。！？；!?;"


def _quote(text: str, start: int, end: int, pad: int = 18) -> str:
    """The clause around text[start:end], cut at sentence punctuation and at
    most ``pad`` characters either side (…  marks a cut)."""
    a = start
    while a > 0 and text[a - 1] not in _STOPS and start - a < pad:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _STOPS and b - end < pad:
        b += 1
    q = text[a:b].replace("\n", "").strip(" ，,")
    if a > 0 and text[a - 1] not in _STOPS:
        q = "…" + q
    if b < len(text) and text[b] not in _STOPS:
        q = q + "…"
    return q


def estimate_year(texts: list[str] | str, province: str | None = None) -> dict:
    """{value, estimated: True, evidence}. ``texts``: title, body paragraphs,
    captions ... ``province``: full name of the article's province, for
    regional events. Never raises."""
    try:
        return _estimate(texts, province)
    except Exception as exc:  # pragma: no cover - defensive
        return {"value": None, "estimated": True, "evidence": f"no estimate ({type(exc).__name__})"}


def _estimate(texts, province) -> dict:
    if isinstance(texts, str):
        texts = [texts]
    text = normalise("\n".join(str(t) for t in texts or [] if t))
    lower: list[tuple[int, str]] = []     # (year, evidence sentence)
    upper: list[tuple[int, str]] = []
    spans = []
    ranges: list[tuple[int, int, str]] = []
    for m in _RANGE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if MIN_YEAR <= a <= b <= MAX_YEAR:
            spans.append((m.start(), m.end()))
            q = _quote(text, m.start(), m.end())
            lower.append((a, f"“{q}”：文中的时段{a}—{b}年正在进行（the article is written during {a}-{b}）"))
            upper.append((b, f"“{q}”：时段至{b}年结束"))
            ranges.append((a, b, q))
    for m in _YEAR.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        y = int(m.group(1))
        if not (MIN_YEAR <= y <= MAX_YEAR):
            continue
        after = text[m.end():m.end() + 6]
        if not after.startswith("年") and not after.startswith("-"):
            continue   # a number, not a year (2000余名)
        before = text[max(0, m.start() - 4):m.start()]
        q = _quote(text, m.start(), m.end())
        if any(before.endswith(w) for w in _TARGET_BEFORE):
            continue   # a target: 到2025年
        if any(after.startswith(w) for w in _DONE_AFTER):
            lower.append((y + 1, f"“{q}”：{y}年的统计或总结已成过去，文章应写于{y + 1}年或之后"))
        else:
            lower.append((y, f"文中提到“{q}”"))
    for e in _events():
        if e["province"] and e["province"] != province:
            continue
        for name in e["names"]:
            i = text.find(name)
            if i >= 0:
                q = _quote(text, i, i + len(name))
                lower.append((e["year"], f"文中提到“{q}”（{name}在{e['year']}年）"))
                if e["until"]:
                    upper.append((e["until"], f"“{name}”仍作为当前事项提及，应早于{e['until']}年之后的新届次"))
                break
    if not lower:
        return {"value": None, "estimated": True,
                "evidence": "文中没有年份、时段或可定年的事件（no internal date evidence）"}
    best_year, best_ev = max(lower, key=lambda x: x[0])
    value = best_year
    notes = [best_ev]
    others = [ev for y, ev in lower if y == value and ev != best_ev]
    if others:
        notes.append("另见" + others[0])
    if upper:
        cap_year, cap_ev = min(upper, key=lambda x: x[0])
        if cap_year < value:
            notes.append(f"（上限证据与之冲突：{cap_ev}，取较晚的下限）")
    for a, b, q in ranges:
        if a < value <= b:
            notes.append(f"与“{q}”所述{a}—{b}年时段相符")
            break
    if "今年" in text and any(y == value for y, _ in lower):
        i = text.find("今年")
        notes.append(f"并有“{_quote(text, i, i + 2)}”，指当年")
    return {"value": value, "estimated": True,
            "evidence": "推定年份" + str(value) + "：" + "；".join(notes)}
