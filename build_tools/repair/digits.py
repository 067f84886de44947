"""Pass `fix_letter_digits`: Latin letters OCR read for digits inside a number.

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


def _fix_text(text: str, line: int, edits: list[Edit]) -> str:
    if not any(c in text for c in _letters()):
        return text
    return sub_recording(_CHUNK_RE, _fix_chunk, text, PASS, line, edits)


def fix_letter_digits(page):
    """Read O/o as 0 and l/I as 1 inside a number that is otherwise digits.

    >>> fix_letter_digits("全市已设立投放点3O0个，开展活动l,260场次，7月l4日")
    '全市已设立投放点300个，开展活动1,260场次，7月14日'
    >>> fix_letter_digits("CN43-0032，G20峰会，iPhone15，O2O平台，Mark Evans，gzwmb@l63.com")
    'CN43-0032，G20峰会，iPhone15，O2O平台，Mark Evans，gzwmb@l63.com'
    """
    return run_pass(page, lambda p: map_units(p, PASS, _fix_text))
