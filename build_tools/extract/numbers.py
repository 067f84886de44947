"""Find numbers in a Chinese sentence and say what each one is.

`find_quantities(sentence)` returns one `Quantity` per number written in the
sentence, in order, with its span (`text == sentence[start:end]`), its value
(万/亿/千 applied, Chinese numerals converted with cn2an), range end, canonical
unit, qualifier and kind:

* ``quantity``  a count or amount (exported as a fact),
* ``percent``   a percentage (exported as a fact, unit ``%``),
* ``year`` / ``date`` / ``period``  2018年, 2017年6月, 5月8日, 2021—2023年
  (``iso`` holds '2018', '2017-06', '05-08', '2021—2023'),
* ``ordinal``   第七届, 十九届, 100周年, 四级, 4A级, a list item's 3． or （2）
  ... (not a quantity),
* ``decade``    上世纪30年代, 1990年代 (``iso`` '1930s' when the century is
  known; never a fact),
* ``age``       a person's age: 67岁的居民, 60岁以上老人 (never a fact; a life expectancy
  (人均预期寿命78.5岁) is a quantity: `age_metric_before` in metrics.yaml),
* ``tenure``    a person's own years: 开了二十年杂货铺, 一住就是32年, 30年党龄
  (never a fact; `tenure_before`/`tenure_after` in metrics.yaml),
* ``elapsed``   the stretch a report looks back over: 3个月来, 五年来, 今年前10个月
  (never a fact; `elapsed_before`/`elapsed_after` in metrics.yaml),
* ``rank``      测评排名第25位, 跃居第10位, 位居全省第3名, 位列全省前10位
  (top ten: qualifier ``less_than``) (``value`` the rank;
  exported as a fact of kind ``rank``; rank words in metrics.yaml),
* ``time``      13:14, 14:24:56, 9时30分 (times of day: never a fact; numeric
  dates 2023/10/23, 2023-11-25 are ``date``),
* ``hours``     a service's opening hours: 实行24小时开放, 全天24小时服务, 24小时值班
  (never a fact; `open_hours_*` in metrics.yaml),
* ``duration``  三年行动, 连续五年, 3个月, 24小时待命 (exported as a fact of kind
  ``duration``, unclassified unless a metric lists it under `kinds`),
* ``counter``   the page's own counters: a view count as label and value
  (观看人数：3.6万), a print run (共印30份) (never a fact;
  `counter_before_number`),
* ``name``      a number inside a name: “8+N”, “354”工作法, 12345热线,
  15分钟便民生活圈, anything in 《…》, a house or document number (长征大道1号,
  〔2023〕12号), a citation mark (难题[23]), an e-mail or web address (see `numbers.quoted_max_len` etc. in
  build_tools/data/metrics.yaml).

Rules that are not obvious:

* A Chinese numeral counts only when a unit, a multiplier or 余/多 follows it
  (三千, 十余个, 两千余); a lone 一 is never a quantity (一个目标, 一批单位 are
  idiomatic), and fixed expressions listed under `numbers.idioms` are skipped.
* 近2万余名 carries both "nearly" and "more than": the qualifier is `about`.
* Half-width thousands separators are read (1,294); full-width digits are read
  too, although the repair stage should already have normalised them.

>>> [ (q.text, q.value, q.unit, q.qualifier) for q in find_quantities("全旗志愿者注册人数4.2万余人")]
[('4.2万余人', 42000, '人', 'more_than')]
>>> [(q.kind, q.iso) for q in find_quantities("2017年6月获得")]
[('date', '2017-06')]
>>> find_quantities("利用12345热线平台")[0].kind
'name'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..data import load_data

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_ALL = _CN_DIGITS + "十百千万亿"
_DIG = r"[0-9０-９]"
_ARABIC = rf"{_DIG}{{1,3}}(?:,{_DIG}{{3}})+(?![0-9０-９])(?:[.．]{_DIG}+)?|{_DIG}+(?:[.．]{_DIG}+)?"
# a Chinese decimal: 十二点五, 二點六 (traditional 點); the digits after 点 are read one by one
_CN = rf"[{_CN_DIGITS}十][{_CN_ALL}]*(?:[点點][零〇一二三四五六七八九]+)?"
# a multiplier standing for "one" of it after a qualifier: 逾千名, 近万人, 上百家, 超千万元
_BARE = r"百万|千万|百|千|万|亿"
_NUM = rf"(?:{_ARABIC}|{_CN})"
_RANGE_SEP = r"(?:至|到|——|—|－|-|~|～|〜)"
_YEAR = r"(?:1[89]|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}"
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"

# 2023/10/23, 2023-11-25, 2017.6.12 (a numeric date: never a quantity)
_NUMDATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12][0-9]|0?[1-9])(?![0-9])")
# 23.10.7, a short date in a caption or an app's meta line (never a quantity)
_SHORTDATE = re.compile(r"(?<![0-9.])([0-9]{2})\.(1[0-2]|0?[1-9])\.(3[01]|[12][0-9]|0?[1-9])(?![0-9.])")
# 13:14, 14:24:56, 9时30分, 上午9时 (a time of day)
_TIME = re.compile(r"(?<![0-9:])(?:[01]?[0-9]|2[0-3])[:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9])"
                   r"|(?:[01]?[0-9]|2[0-3])时(?:[0-5]?[0-9]分|许|整)"
                   r"|(?<![0-9.])(?:[01]?[0-9]|2[0-3])点(?:半|钟|整|[0-5]?[0-9]分)"  # 6点半, 8点钟, 7点20分
                   r"|(?<=[早晚]上|上午|下午|中午|凌晨|傍晚|夜间|每天|每晚|每日|清晨|早晨|晚间|深夜|午后|夜里|当晚)"
                   r"\s?(?:[01]?[0-9]|2[0-3])\s?[时点](?![0-9])"
                   r"|(?<=[日天今][早晚夜])\s?(?:[01]?[0-9]|2[0-3])\s?[时点](?![0-9])"  # 6月18日晚9时, 今晚8点
                   r"|(?<=[早晚])\s?(?:[01]?[0-9]|2[0-3])\s?[时点](?![0-9])"  # 延长到晚8点, 早8点至晚6点, 晚6时
                   r"|(?<=夜)\s?(?:[01]?[0-9]|2[0-3])\s?[时点](?![0-9位])"  # 除夕夜10点, 平安夜8时
                   r"|(?<=[时点][至到～~—－-])\s?(?:[01]?[0-9]|2[0-3])\s?[时点](?![0-9])")  # the end of 晚6时至8时
# March 5, Sept. 12, 5 March (2023): a date in English (an English summary beside the Chinese text)
_MONTHS_EN = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
              r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_EN_DATE = re.compile(rf"(?<![A-Za-z]){_MONTHS_EN}\.?\s+(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])(?:,?\s+(?:19|20)[0-9]{{2}})?"
                      rf"|(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s+{_MONTHS_EN}(?![a-z])(?:,?\s+(?:19|20)[0-9]{{2}})?")

_OPEN_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"'}
# what opens a span of _quote_spans; and a digit, without which no time of day (_TIME) is printed
_OPENING_MARK_RE = re.compile("[《" + "".join(map(re.escape, _OPEN_QUOTES)) + "]")
_ASCII_DIGIT_RE = re.compile("[0-9]")


@dataclass(frozen=True)
class Quantity:
    """One number as written in a sentence (see the module docstring)."""

    text: str
    start: int
    end: int
    value: Any
    value_max: Any = None
    unit: str = ""
    qualifier: str = "exact"
    kind: str = "quantity"
    iso: str | None = None


# How far before a duration its span's words are looked for (连续开展文明交通劝导活动3年).
SPAN_WINDOW = 24


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_data("metrics.yaml")["numbers"]


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _mult_alt(mults, units) -> str:
    """Multipliers, each not read where it starts a unit (3千米, 50千克, 8千瓦 are units)."""
    out = []
    for m in sorted(mults, key=len, reverse=True):
        longer = [u[len(m):] for u in units if u.startswith(m) and len(u) > len(m)]
        out.append(re.escape(m) + (f"(?!{_alt(longer)})" if longer else ""))
    return "|".join(out)


@lru_cache(maxsize=1)
def _compiled() -> dict:
    r = _rules()
    units = r["units"]
    q_re = re.compile(
        rf"(?:(?P<pre>{_alt(list(r['prefix_qualifiers']) + list(r.get('bare_multiplier_prefixes') or {}))})\s?)?"
        rf"(?:百分之(?P<pct>{_NUM})"
        rf"|(?:(?P<num>{_NUM})"
        rf"(?:(?P<mult1>万|亿)?\s?(?P<sep>{_RANGE_SEP})\s?(?P<num2>{_NUM}))?"
        rf"|(?P<bare>{_BARE}))"
        rf"(?:\s?(?P<q1>余|多))?"
        rf"(?:\s?(?P<mult>{_mult_alt(r['multipliers'], units)}))?"
        rf"(?P<q2>余|多)?"
        rf"(?:\s?(?P<unit>[%％]|{_alt(units)}))?)"
        rf"(?P<post>{_alt(r['suffix_qualifiers'])})?"
    )
    seasons = r.get("year_range_seasons") or []
    date_re = re.compile(
        (rf"(?P<y3>{_YEAR})\s?{_RANGE_SEP}\s?(?P<y4>{_YEAR})(?=\s?(?:{_alt(seasons)}))|" if seasons else "")
        + rf"(?P<y1>{_YEAR})\s?(?:{_RANGE_SEP}\s?(?P<y2>{_YEAR})\s?)?年"
        rf"(?:\s?(?P<m>{_MONTH})\s?月(?:\s?(?P<d>{_DAY})\s?[日号])?)?"
        rf"|(?<![0-9０-９个])(?P<m2>{_MONTH})\s?月(?:\s?(?P<d2>{_DAY})\s?[日号曰])?"  # 曰: OCR's 日
        rf"|(?<![0-9０-９个月])(?P<d3>3[01]|[12][0-9]|0?[1-9])\s?日(?![常报益])"
        rf"|(?<=每月)\s?(?P<d4>3[01]|[12][0-9]|0?[1-9])\s?[日号]"  # 每月5日: a day of every month
    )
    idiom_re = re.compile(_alt(r["idioms"])) if r.get("idioms") else None
    rank_re = re.compile(
        rf"(?:{_alt(r.get('rank_words') or ['排名'])})[^，。；！？,;]{{0,12}}?(?P<at>第|前)\s?(?P<n>{_DIG}+|[一二三四五六七八九十百]+)"
        rf"\s?(?P<u>{_alt(r.get('rank_units') or ['位'])})?"
        rf"|第\s?(?P<n2>{_DIG}+|[一二三四五六七八九十百]+)\s?(?:{_alt(r.get('rank_units') or ['位'])})"
        rf"(?={r.get('rank_after') or '(?!)'})"
        # a placing won in a contest or assessment (获得第1名, 荣获全市第一): after a placing
        # verb, 第N with a rank unit, or 第N closing its clause (第一批, 第一书记 stay ordinals)
        + (rf"|(?:{_alt(r['rank_placing_words'])})[^，。；！？,;第]{{0,8}}?第\s?(?P<n3>{_DIG}+|[一二三四五六七八九十百]+)"
           rf"(?:\s?(?:{_alt(r.get('rank_units') or ['位'])})|(?={r.get('rank_placing_end') or '$'}))"
           if r.get("rank_placing_words") else ""))
    # a further rank listed after one (位列全市第一、全省第12名): the same ranking's next scope
    rank_next_re = re.compile(
        rf"\s?(?:{_alt(r.get('rank_list_joiners') or ['、'])})\s?[^，。；！？,;、第]{{0,6}}?第\s?(?P<n>{_DIG}+|[一二三四五六七八九十百]+)"
        rf"(?:\s?(?:{_alt(r.get('rank_units') or ['位'])})|(?={r.get('rank_placing_end') or '$'}))")
    return {
        "rank": rank_re,
        "rank_next": rank_next_re,
        "numdate": _NUMDATE,
        "time": _TIME,
        "q": q_re,
        "date": date_re,
        # what every match of date_re holds: 年, 月 or 日, or the season after a range of years
        "date_hint": re.compile("[年月日]" + (f"|{_alt(seasons)}" if seasons else "")),
        "idiom": idiom_re,
        "tenths": re.compile(r["tenths_number"]) if r.get("tenths_number") else None,
        "after_num": re.compile(r["name_after_number"]),
        "before_num": re.compile(r["name_before_number"]),
        "speaker_num": tuple(re.compile(r["speaker_number"][k]) for k in ("before", "after")) if r.get("speaker_number") else None,
        "after_unit": {u: re.compile(p) for u, p in r["name_after_unit"].items()},
        "noun_units": {u: {n: re.compile(p) for n, p in nouns.items()}
                       for u, nouns in (r.get("classifier_noun_units") or {}).items()},
        "contact": re.compile(r["contact_before_number"]) if r.get("contact_before_number") else None,
        "counter": re.compile(r["counter_before_number"]) if r.get("counter_before_number") else None,
        "phone": re.compile(r["phone_number"]) if r.get("phone_number") else None,
        "unit_before": re.compile(
            rf"(?P<u>{_alt(r['unit_before_number'])}){r.get('unit_before_linkers', '')}$")
        if r.get("unit_before_number") else None,
        "calendar_year": re.compile(r.get("calendar_year_after") or "(?!)"),
        "code_bare": re.compile(r.get("code_before_bare_number") or "(?!)"),
        "docno": re.compile(r["document_number"]) if r.get("document_number") else None,
        "web": re.compile(r["web_address"]) if r.get("web_address") else None,
        "postmark": re.compile(r["post_marks"]) if r.get("post_marks") else None,
        "citation": re.compile(r["citation_mark"]) if r.get("citation_mark") else None,
        "decade": re.compile(r["decade"]) if r.get("decade") else None,
        "item_before": re.compile(r.get("list_item_before") or "(?!)"),
        "item_after": re.compile(r.get("list_item_after") or "(?!)"),
        "tenure_before": re.compile(r.get("tenure_before") or "(?!)"),
        "tenure_after": re.compile(r.get("tenure_after") or "(?!)"),
        "elapsed_before": re.compile(r.get("elapsed_before") or "(?!)"),
        "elapsed_after": re.compile(r.get("elapsed_after") or "(?!)"),
        "span_before": re.compile(r.get("span_before") or "(?!)"),
        "hours_before": re.compile(r.get("open_hours_before") or "(?!)"),
        "hours_after": re.compile(r.get("open_hours_after") or "(?!)"),
        "age_metric": re.compile(r.get("age_metric_before") or "(?!)"),
        "rank_move": re.compile(r.get("rank_move_before") or "(?!)"),
    }


def _num_value(s: str):
    """Value of a written number (Arabic, full-width or Chinese), or None."""
    s = unicodedata.normalize("NFKC", s).replace(",", "").replace("點", "点")
    if not s:
        return None
    if s[0].isdigit():
        try:
            return Decimal(s)
        except InvalidOperation:
            return None
    if all(c in "零〇一二三四五六七八九" for c in s) and len(s) > 1:
        # digit-by-digit (二〇一八)
        return Decimal("".join(str("零一二三四五六七八九".index(c) if c != "〇" else 0) for c in s))
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(s, "normal")))
    except Exception:
        return None


def _plain(d: Decimal | None):
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _quote_spans(text: str, max_len: int) -> list[tuple[int, int]]:
    """Spans of short quotations and of book titles (numbers there are names)."""
    if not _OPENING_MARK_RE.search(text):
        return []  # (most sentences quote nothing: no need to walk them)
    spans = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "《":
            stack.append(("》", i))
        elif stack and ch == stack[-1][0]:
            close, start = stack.pop()
            if close == "》" or i - start - 1 <= max_len:
                spans.append((start, i + 1))
        elif ch in _OPEN_QUOTES and ch != '"':
            stack.append((_OPEN_QUOTES[ch], i))
        elif ch == '"':
            stack.append(('"', i))
        if ch in "。！？" and stack:
            stack = [s for s in stack if s[0] == "》"]
    return spans


def _inside(spans, start, end) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _quoted_count(text: str, quotes, start: int, end: int, g: dict, unit: str, r: dict) -> bool:
    """A quotation naming a set by its count at its end (推行“文明公约20条”): the Arabic number and
    its unit close the quotation right after the noun counted, so the number counts its items
    (metrics.yaml quoted_count_units); any other number in quotes is a name (“1+N”, “354”工作法)."""
    units = r.get("quoted_count_units") or ()
    if unit not in units or not g.get("num") or not re.fullmatch(r"[0-9]+", g["num"]):
        return False
    span = next(((a, b) for a, b in quotes if a <= start and end <= b), None)
    return (span is not None and end == span[1] - 1 and text[span[0]] != "《"
            and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,}", text[span[0] + 1:start])))


def _mask(text: str, spans) -> str:
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "\x00"
    return "".join(chars)


def _cn_month(s: str) -> int | None:
    v = _num_value(s)
    return int(v) if v is not None else None


def _dates(text: str, rx: dict) -> list[Quantity]:
    if not rx["date_hint"].search(text):
        return []  # (most sentences print no date: date_re is slow to tell so)
    out = []
    for m in rx["date"].finditer(text):
        g = m.groupdict()
        if g.get("y3"):  # 2023—2024雪季: a season or school year, a time, not a count
            y1, y2 = int(_num_value(g["y3"])), int(_num_value(g["y4"]))
            out.append(Quantity(m.group(0), m.start(), m.end(), y1, y2, "", "exact", "period", f"{y1}—{y2}"))
        elif g["y1"]:
            y1 = int(_num_value(g["y1"]))
            if g["y2"]:
                y2 = int(_num_value(g["y2"]))
                out.append(Quantity(m.group(0), m.start(), m.end(), y1, y2, "年", "exact", "period", f"{y1}—{y2}"))
            elif g["m"]:
                mo = _cn_month(g["m"])
                iso = f"{y1}-{mo:02d}" + (f"-{_cn_month(g['d']):02d}" if g["d"] else "")
                out.append(Quantity(m.group(0), m.start(), m.end(), y1, None, "", "exact", "date", iso))
            else:
                out.append(Quantity(m.group(0), m.start(), m.end(), y1, None, "年", "exact", "year", str(y1)))
        elif g["m2"]:
            mo = _cn_month(g["m2"])
            iso = f"--{mo:02d}" + (f"-{_cn_month(g['d2']):02d}" if g["d2"] else "")
            out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "date", iso))
        else:
            d = int(g["d3"] or g["d4"])
            out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "date", f"---{d:02d}"))
    return out


def _qualifier(found: list[str], conflict: str) -> str:
    found = [q for q in found if q and q != "exact"]
    if not found:
        return "exact"
    if len(set(found)) > 1:
        return conflict
    return found[0]


def find_quantities(sentence: str) -> list[Quantity]:
    """Every number in `sentence`, in order (see module docstring).

    >>> [(q.value, q.value_max, q.unit) for q in find_quantities("3至5万人")]
    [(30000, 50000, '人')]
    >>> [(q.value, q.unit, q.kind) for q in find_quantities("百分之九十八")]
    [(98, '%', 'percent')]
    """
    if not sentence:
        return []
    r = _rules()
    rx = _compiled()
    text = sentence
    quotes = _quote_spans(text, r["quoted_max_len"])
    out: list[Quantity] = []
    masked_spans: list[tuple[int, int]] = []
    for m in (rx["phone"].finditer(text) if rx["phone"] else ()):
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "name"))
        masked_spans.append((m.start(), m.end()))
    for m in (rx["docno"].finditer(text) if rx["docno"] else ()):
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "name"))
        masked_spans.append((m.start(), m.end()))
    for m in (rx["postmark"].finditer(_mask(text, masked_spans)) if rx["postmark"] else ()):
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "name"))  # （2/4）, [组图共4张]
        masked_spans.append((m.start(), m.end()))
    for m in (rx["citation"].finditer(_mask(text, masked_spans)) if rx["citation"] else ()):
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "name"))  # 难题[23]
        masked_spans.append((m.start(), m.end()))
    for m in (rx["web"].finditer(_mask(text, masked_spans)) if rx["web"] else ()):
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "name"))
        masked_spans.append((m.start(), m.end()))
    for m in rx["numdate"].finditer(_mask(text, masked_spans)):
        y, mo, d = (int(x) for x in m.groups())
        out.append(Quantity(m.group(0), m.start(), m.end(), y, None, "", "exact", "date", f"{y}-{mo:02d}-{d:02d}"))
        masked_spans.append((m.start(), m.end()))
    for m in _SHORTDATE.finditer(_mask(text, masked_spans)):
        y, mo, d = (int(x) for x in m.groups())
        out.append(Quantity(m.group(0), m.start(), m.end(), 2000 + y, None, "", "exact", "date",
                            f"{2000 + y}-{mo:02d}-{d:02d}"))
        masked_spans.append((m.start(), m.end()))
    for m in (_EN_DATE.finditer(_mask(text, masked_spans)) if re.search("[A-Z]", text) else ()):
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "date"))
        masked_spans.append((m.start(), m.end()))
    for m in (rx["time"].finditer(_mask(text, masked_spans)) if _ASCII_DIGIT_RE.search(text) else ()):  # (a time has a digit 0-9)
        out.append(Quantity(m.group(0), m.start(), m.end(), None, None, "", "exact", "time"))
        masked_spans.append((m.start(), m.end()))
    for m in rx["rank"].finditer(_mask(text, masked_spans)):
        g = "n" if m.group("n") else ("n2" if m.group("n2") else "n3")
        v = _num_value(m.group(g))
        if v is None:
            continue
        at = m.group("at") if g == "n" else "第"
        a = text.rfind(at, 0, m.start(g) + 1)  # the 第 (or 前: 位列全省前10位, a rank of 10 at most)
        out.append(Quantity(text[a:m.end()], a, m.end(), _plain(v), None, "",
                            "less_than" if at == "前" else "exact", "rank"))
        masked_spans.append((a, m.end()))
        end = m.end()
        for _ in range(4):  # (a list of a few scopes at most: 全市第一、全省第12名)
            nm = rx["rank_next"].match(text, end)
            nv = _num_value(nm.group("n")) if nm else None
            if nv is None:
                break
            b = text.rfind("第", 0, nm.start("n"))
            out.append(Quantity(text[b:nm.end()], b, nm.end(), _plain(nv), None, "", "exact", "rank"))
            masked_spans.append((b, nm.end()))
            end = nm.end()
    for m in (rx["decade"].finditer(_mask(text, masked_spans)) if rx["decade"] else ()):
        d = int(_num_value(m.group("d")))
        century = "19" if m.group("c") else ""
        iso = f"{century}{d}s" if century or d >= 1000 else None
        out.append(Quantity(m.group(0), m.start(), m.end(), d, None, "", "exact", "decade", iso))
        masked_spans.append((m.start(), m.end()))
    dates = [d for d in _dates(_mask(text, masked_spans), rx)]
    masked_spans += [(d.start, d.end) for d in dates]
    dates = [Quantity(text[d.start:d.end], d.start, d.end, d.value, d.value_max, d.unit, d.qualifier, d.kind, d.iso)
             for d in dates]
    for d in dates:
        if _inside(quotes, d.start, d.end):
            d = Quantity(d.text, d.start, d.end, d.value, d.value_max, d.unit, d.qualifier, "name", d.iso)
        out.append(d)
    if rx["idiom"]:
        masked_spans += [(m.start(), m.end()) for m in rx["idiom"].finditer(text)]
    if rx["tenths"]:
        # a share in tenths (九成): a percentage, read before the generic pass sees 九 alone
        for m in rx["tenths"].finditer(_mask(text, masked_spans)):
            if _inside(quotes, m.start(), m.end()):
                continue
            tenth = _num_value(m.group("n"))
            if tenth is None:
                continue
            out.append(Quantity(m.group(0), m.start(), m.end(), _plain(tenth * 10), None, "%", "exact", "percent"))
            masked_spans.append((m.start(), m.end()))
    masked = _mask(text, masked_spans)
    units = r["units"]
    unit_kinds = r.get("unit_kinds", {})
    pre_q = r["prefix_qualifiers"]
    bare_q = r.get("bare_multiplier_prefixes") or {}
    word_numerals = set(r.get("word_numerals") or ())
    blockers = r.get("prefix_blockers", [])
    inner = r["inner_qualifiers"]
    post_q = r["suffix_qualifiers"]
    mults = r["multipliers"]
    for m in rx["q"].finditer(masked):
        g = m.groupdict()
        start, end = m.start(), m.end()
        pre = g["pre"]
        if pre and any(text[max(0, start - len(b)):start] == b for b in blockers):
            start += len(pre)
            pre = None
        if pre and pre not in pre_q and not g["bare"]:
            start += len(pre)  # 上 qualifies a bare multiplier only (上千名), not 上3个
            pre = None
        if pre and not (g["num"] or g["pct"] or g["bare"]):
            continue
        unit_written = g["unit"] or ""
        if g["bare"]:
            if not pre or not unit_written:
                continue  # 千 alone is no number; 逾千名, 近万人, 上百家 are
            numtxt = "一" + g["bare"]
        else:
            numtxt = g["num"] or g["pct"]
        if numtxt is None:
            continue
        is_cn = not unicodedata.normalize("NFKC", numtxt[0]).isdigit()
        unit_ahead = None  # a unit printed before the number: 参与人次超过八千
        if rx["unit_before"] and not unit_written:
            unit_ahead = rx["unit_before"].search(text[max(0, start - 10):start])
        if is_cn and not (unit_written or g["pct"] or g["q1"] or g["q2"] or g["mult"]):
            # a bare Chinese numeral is part of a word (十分, 三心二意), not a count, unless
            # a unit printed before it makes it one and it closes its clause
            if not (unit_ahead and (end == len(text) or text[end] in "，。；、！？,;")):
                continue
        if is_cn and text[m.start():end] in word_numerals and not re.match(_CN, text[max(0, start - 1):start]):
            continue  # 十分重要: an adverb, no score of ten
        if is_cn and numtxt == "一" and not g["num2"]:
            continue  # 一个目标, 一批: idiomatic
        if is_cn and g["mult"] and not unit_written and not (g["q1"] or g["q2"]):
            # 两千 is caught by _CN itself; a CN numeral + multiplier w/o unit is rare
            pass
        val = _num_value(numtxt)
        if val is None:
            continue
        mult = Decimal(mults[g["mult"]]) if g["mult"] else Decimal(1)
        if g["mult"] and is_cn:
            # 三千 already read; 十万 is read by cn2an too, so CN + mult only via regex split
            pass
        vmax = None
        if g["num2"]:
            v2 = _num_value(g["num2"])
            if v2 is None:
                continue
            m1 = Decimal(mults[g["mult1"]]) if g["mult1"] else mult
            val = val * m1
            vmax = v2 * mult
        else:
            val = val * mult
        if g["pct"] or unit_written in ("%", "％"):
            unit, kind = "%", "percent"
        else:
            unit = units.get(unit_written, unit_written)
            kind = unit_kinds.get(unit_written, "quantity")
            for noun_unit, noun_re in rx["noun_units"].get(unit_written, {}).items():
                if noun_re.match(text[m.end("unit"):m.end("unit") + 6]):
                    unit = noun_unit  # 5个人: five people, not five of something
        qualifiers = [(pre_q.get(pre) or bare_q.get(pre)) if pre else None, inner.get(g["q1"]), inner.get(g["q2"]), post_q.get(g["post"])]
        qual = _qualifier(qualifiers, r.get("conflict_qualifier", "about"))
        if unit == "年" and rx["calendar_year"].match(text[end:end + 4]):
            kind = "year"  # 112年上半年 (the ROC calendar): a year, not a duration
        # ordinals: 第七届, 第22位
        if text[max(0, start - 1):start] == "第" or (pre is None and text[start - 1:start] == "第"):
            kind = "ordinal"
        # names
        num_end = (m.start("num") + len(g["num"]) if g["num"]
                   else m.end("pct") if g["pct"] else m.end("bare"))
        after_num = text[num_end:num_end + 6]
        if _inside(quotes, start, end) and not _quoted_count(text, quotes, start, end, g, unit, r):
            kind = "name"
        elif rx["after_num"].match(after_num) or rx["before_num"].search(text[max(0, start - 2):start]):
            kind = "name"
        elif (rx["speaker_num"] and rx["speaker_num"][0].search(text[max(0, start - 4):start])
              and rx["speaker_num"][1].match(text[num_end:num_end + 1])):
            kind = "name"  # 陈述人1（市民某某）：: a numbered speaker
        elif unit in rx["after_unit"] and rx["after_unit"][unit].match(text[end:end + 16]):
            kind = "name"
        elif rx["contact"] and rx["contact"].search(text[max(0, start - 12):start]):
            kind = "name"  # 服务热线12345, 举报电话：6123456
        elif rx["counter"] and rx["counter"].search(text[max(0, start - 12):start]):
            kind = "counter"  # 观看人数：3.6万, （共印30份）: the page's own counters
        elif (not unit_written and not g["mult"] and not g["num2"] and not g["pct"] and not is_cn
              and numtxt.isdigit() and len(numtxt) >= r.get("code_min_digits", 99)):
            kind = "name"  # a serial number or code, not a count
        elif (not unit_written and not g["mult"] and not g["pct"] and not is_cn
              and rx["code_bare"].search(text[max(0, start - 2):start])
              and not re.match(r"\s?[A-Za-z]", text[num_end:num_end + 2])):
            kind = "name"  # GB/T 1.1, iOS 12.0: a standard's or version's number (guided 300 visitors: English)
        if (kind == "quantity" and not unit_written and not g["pct"] and not is_cn
                and rx["item_before"].search(text, max(0, start - 8), start)
                and rx["item_after"].match(text[num_end:num_end + 3])):
            kind = "ordinal"  # a list item's number: 3．爱护环境, （2）
        if kind == "duration" and (rx["tenure_before"].search(text[max(0, start - 8):start])
                                   or rx["tenure_after"].match(text[end:end + 4])):
            kind = "tenure"  # a person's years: 开了二十年杂货铺, 一住就是32年
        elif kind == "duration" and (rx["elapsed_before"].search(text[max(0, start - 3):start])
                                     or rx["elapsed_after"].match(text[end:end + 3])
                                     or rx["span_before"].search(text[max(0, start - SPAN_WINDOW):start])):
            kind = "elapsed"  # the stretch a report looks back over: 3个月来, 今年前10个月; 历时3个月
        elif (kind == "duration" and unit in (r.get("open_hours_units") or ())
              and val is not None and vmax is None and val <= r.get("open_hours_max", 0)
              and (rx["hours_before"].search(text[max(0, start - 4):start])
                   or rx["hours_after"].match(text[end:end + 6]))):
            kind = "hours"  # when a service is open (实行24小时开放, 全天24小时服务): no figure of the place
        if kind == "quantity" and g["num"] and re.fullmatch(r"0[1-9]", g["num"]) and not g["mult"] and not g["num2"]:
            kind = "ordinal"  # 01 / 02 / 03: a post's list numbers (a count is never written 03)
        if kind == "age" and rx["age_metric"].search(text[max(0, start - 16):start]):
            kind = "quantity"  # 人均预期寿命78.5岁: an average the place reports, not a person's age
        if kind == "quantity" and unit_written == "位" and rx["rank_move"].search(text[max(0, start - 6):start]):
            unit = units.get("位次", "位次")  # 较上年上升12位: places in a ranking, not persons
        if kind == "quantity" and unit_ahead:
            unit = r["unit_before_number"][unit_ahead.group("u")]  # 参与人次超过4000
        out.append(
            Quantity(text[start:end], start, end, _plain(val), _plain(vmax), unit, qual, kind)
        )
    out.sort(key=lambda q: q.start)
    return out
