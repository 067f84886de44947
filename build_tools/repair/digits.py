"""Pass `fix_letter_digits`: letters and shapes OCR read for digits inside a number.

OCR reads 0 as the letter O or o and 1 as l or I, so a count printed 300
comes out `3O0` (no number at all) and 1,260 comes out `l,260` (a wrong 260).
A run of ASCII characters standing on its own between Chinese text, spaces
or punctuation whose core is made of digits and these look-alike letters only
(with , or . between digits, maybe a trailing %), with at least as many real
digits as letters (or printed in thousands groups: l2,5OO), is a number: the letters become the digits they stand for
(data/metrics.yaml `numbers.ocr_digit_letters`).

Real Latin text is left alone: a run holding any other letter (iPhone15,
CN43-0032, G20, Mark Evans, gzwmb@163.com, No.1), a run with more look-alike
letters than digits (O2O, IO) and a run without a digit.

The same pass reads shapes OCR takes for a zero (1口8户, 2口23年1口月2口日,
二○二三年: `numbers.ocr_zero_shapes`) inside a run that starts with a digit:
between digits a shape is a zero; at the run's end only before a date part,
multiplier, 余/多 or % (`numbers.ocr_zero_before`), so 3口人 (three people),
5口井, 人口, 路口, 一口气 keep their 口. And it joins digits OCR spaced out
(带动 3 6 0 0 余户 -> 3600余户) when a unit, multiplier, 余/多 or % follows and
the digits do not count up by one (1 2 3 is a list), and the spaced digits of a
date (2022年10月1 2日 -> 2022年10月12日, `numbers.spaced_date`) when the month and
day it gives exist. A number printed in thousands groups with spaces (4 200起) is joined
when a unit follows.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Edit
from .core import map_units, run_pass, sub_recording

PASS = "fix_letter_digits"

# an ASCII run between non-ASCII text, spaces or the ends of the line
_CHUNK_RE = re.compile(r"[!-~]+")
_EDGE = "()[]{}<>\"'`;:!?,.+-/"
# a number in thousands groups (l2,5OO) is a number whatever its letters
_GROUPED_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?%?")


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    from ..data import load_data

    return {str(k): str(v) for k, v in load_data("metrics.yaml")["numbers"]["ocr_digit_letters"].items()}


@lru_cache(maxsize=1)
def _core_re() -> re.Pattern:
    cls = "0-9" + "".join(re.escape(c) for c in _letters())
    return re.compile(rf"[{cls}]+(?:[,.][{cls}]+)*%?")


def _fix_chunk(m: re.Match) -> str:
    chunk = m.group(0)
    core = chunk.strip(_EDGE)
    if not core or not _core_re().fullmatch(core):
        return chunk
    letters = _letters()
    n_letters = sum(c in letters for c in core)
    n_digits = sum(c.isdigit() for c in core)
    fixed = "".join(letters.get(c, c) for c in core)
    if not n_letters or not n_digits or (n_digits < n_letters and not _GROUPED_RE.fullmatch(fixed)):
        return chunk
    at = chunk.index(core)
    return chunk[:at] + fixed + chunk[at + len(core):]


@lru_cache(maxsize=1)
def _numbers() -> dict:
    from ..data import load_data

    return load_data("metrics.yaml")["numbers"]


_CN_DIGITS = "零〇一二三四五六七八九"


@lru_cache(maxsize=1)
def _zero_runs() -> list[tuple[re.Pattern, str, str]]:
    """(run regex, its shapes, its zero) per script: Arabic, then Chinese numerals."""
    shapes = _numbers()["ocr_zero_shapes"]
    out = []
    for digits, zero, key in (("0-9", "0", "arabic"), (_CN_DIGITS, "〇", "chinese")):
        sh = "".join(re.escape(c) for c in shapes.get(key) or ())
        if not sh:
            continue
        lead = "(?<![0-9A-Za-z.])" if key == "arabic" else ""
        # a run: a digit, then digits and shapes (a decimal point between them)
        out.append((re.compile(rf"{lead}[{digits}](?:[{digits}{sh}]|[.](?=[{digits}{sh}]))*"), sh.replace("\\", ""),
                    zero))
    return out


def _fix_zeros(text: str, line: int, edits: list[Edit]) -> str:
    before = _numbers()["ocr_zero_before"]
    for run_re, shapes, zero in _zero_runs():
        if not any(c in text for c in shapes):
            continue

        def fix(m: re.Match, shapes=shapes, zero=zero) -> str:
            run = m.group(0)
            core = run.rstrip("".join(shapes))
            tail = run[len(core):]
            nxt = m.string[m.end():m.end() + 1]
            if tail and nxt and nxt in before:
                core, tail = run, ""
            return "".join(zero if c in shapes else c for c in core) + tail

        text = sub_recording(run_re, fix, text, PASS, line, edits)
    return text


@lru_cache(maxsize=1)
def _spaced_re() -> re.Pattern:
    r = _numbers()
    words = list(r["units"]) + list(r["multipliers"]) + list(r["inner_qualifiers"]) + ["%"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    n = int(r.get("spaced_digits_min") or 2)
    return re.compile(rf"(?<![0-9.,:/\-])[0-9](?: [0-9]){{{n - 1},}}(?![0-9]) ?(?={alt})")


@lru_cache(maxsize=1)
def _grouped_re() -> re.Pattern:
    """A number printed in thousands groups with a space between them (4 200起, 12 500 人):
    a head of one to three digits, then groups of exactly three, a unit or multiplier after."""
    r = _numbers()
    words = list(r["units"]) + list(r["multipliers"]) + list(r["inner_qualifiers"]) + ["%"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![0-9.,:/\-])[1-9][0-9]{{0,2}}(?: [0-9]{{3}})+(?![0-9.,]) ?(?={alt})")


def _join_grouped(m: re.Match) -> str:
    return m.group(0).replace(" ", "")


def _join_spaced(m: re.Match) -> str:
    digits = m.group(0).replace(" ", "")  # (and the space before the unit)
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
    if len(digits) >= 3 and steps == {1}:
        return m.group(0)  # 1 2 3: a list
    return digits


@lru_cache(maxsize=1)
def _spaced_date_re() -> re.Pattern:
    return re.compile(_numbers()["spaced_date"])


def _join_spaced_date(m: re.Match) -> str:
    """A date whose digits OCR spaced out (2022年10月1 2日): its parts joined when they make a
    month and a day that exist; else the text as printed."""
    joined = re.sub(r"(?<=[0-9]) (?=[0-9])", "", m.group(0))
    nums = [int(x) for x in re.findall(r"[0-9]+", joined)]
    month, day = nums[-2], nums[-1]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return joined


def _fix_text(text: str, line: int, edits: list[Edit]) -> str:
    if any(c in text for c in _letters()):
        text = sub_recording(_CHUNK_RE, _fix_chunk, text, PASS, line, edits)
    if " " in text:
        text = sub_recording(_spaced_re(), _join_spaced, text, PASS, line, edits)
        text = sub_recording(_grouped_re(), _join_grouped, text, PASS, line, edits)
        text = sub_recording(_spaced_date_re(), _join_spaced_date, text, PASS, line, edits)
    return _fix_zeros(text, line, edits)


def fix_letter_digits(page):
    """Read O/o as 0 and l/I as 1 inside a number that is otherwise digits,
    口/〇/○ as a zero inside a number, and join a number's spaced-out digits.

    >>> fix_letter_digits("全市已设立投放点3O0个，开展活动l,260场次，7月l4日")
    '全市已设立投放点300个，开展活动1,260场次，7月14日'
    >>> fix_letter_digits("2口23年1口月2口日，示范户1口8户，带动 3 6 0 0 余户，二○一○年")
    '2023年10月20日，示范户108户，带动 3600余户，二〇一〇年'
    >>> fix_letter_digits("2 0 2 3年1 1月2 8日，1 0月 4 2日")
    '2023年11月28日，1 0月 4 2日'
    >>> fix_letter_digits("一家3口人，人口5口井，路口，三口之家，第 1 2 3 号")
    '一家3口人，人口5口井，路口，三口之家，第 1 2 3 号'
    >>> fix_letter_digits("CN43-0032，G20峰会，iPhone15，O2O平台，Mark Evans，gzwmb@l63.com")
    'CN43-0032，G20峰会，iPhone15，O2O平台，Mark Evans，gzwmb@l63.com'
    """
    return run_pass(page, lambda p: map_units(p, PASS, _fix_text))
