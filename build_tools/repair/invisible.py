"""Pass `strip_invisible`: characters that change how text displays without being seen.

It runs before every other pass (and so before anything reads the text), so a
title, a fact or a quote can never display differently from its value:

* bidirectional controls (U+202A–202E embeddings and overrides, U+2066–2069
  isolates, U+200E/200F/061C marks) are removed: around a number, U+202E makes
  "21" display as "12". A page in a right-to-left script (Uyghur) keeps its
  letters; the browser's own bidi algorithm orders them;
* C1 controls (U+0080–009F; NEL becomes a space), form feed and vertical tab
  (page breaks in PDF extraction) and the Unicode line and paragraph
  separators U+2028/2029 (a space: seeds break lines with \\n only), the other C0 controls, Unicode tag
  characters (U+E0000–E007F, "ASCII smuggling"), invisible operators
  (U+2061–2064), interlinear annotation marks (U+FFF9–FFFB) and Hangul fillers
  (U+3164, U+FFA0, blank letters) are removed;
* zero-width spaces and joiners and the soft hyphen are left to `fix_unicode`
  (it removes them); variation selectors stay (they pick a glyph of a CJK
  character, they do not hide or reorder text);
* private-use characters stay (some OCR and typesetting systems map rare Han
  characters there, so removing them would lose text) but are flagged for a
  human (`Flag(kind="private_use")`).
"""
from __future__ import annotations

import re

from ..model import Edit, Flag
from .core import Page, run_pass, sub_recording

PASS = "strip_invisible"

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069"
    "\u2028\u2029\u3164\uffa0\ufff9-\ufffb\U000e0000-\U000e007f]+"
)
# Those that separate words become one space; the rest vanish.
_AS_SPACE = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]+")


def _replace(m: re.Match) -> str:
    return " " if any(c in _AS_SPACE for c in m.group(0)) else ""


def _strip(page: Page) -> Page:
    edits: list[Edit] = []
    flags: list[Flag] = []
    units = []
    for u in page.units:
        new = sub_recording(_INVISIBLE, _replace, u.text, PASS, u.first, edits)
        for m in _PRIVATE_USE.finditer(new):
            flags.append(Flag("private_use", u.first, m.group(0),
                              "private-use character(s): shown as the reader's font has them; check against the page"))
        units.append(u if new == u.text else u.__class__(new, u.first, u.last, u.gap, u.kind))
    return page.evolve(units, edits, flags)


def strip_invisible(page):
    """Remove characters that reorder or hide text (bidi controls, C0/C1
    controls, tag characters, invisible operators, Hangul fillers).

    >>> strip_invisible("投入\\u202e12\\u202c亿元")
    '投入12亿元'
    >>> strip_invisible("第一页\\x0c第二页\\u2066文\\u2069")
    '第一页 第二页文'
    >>> strip_invisible("ئۇيغۇر 2024 文明城市")
    'ئۇيغۇر 2024 文明城市'
    """
    return run_pass(page, _strip)
