"""Pass `strip_markdown_emphasis`: a PDF-to-Markdown converter's emphasis marks.

Converters (pymupdf4llm, marker, pandoc) print bold type as `**本报记者 马晓婷**` and
italics as `*…*` or `_…_`. The marks are type, not text: left in, a bold byline reads
as a headline and a bold lead's first words carry asterisks into titles and facts.
A pair of marks on one line around text is removed (recorded, like every edit);
a lone `*` (a footnote, 3*4) and marks around nothing stay. Asterisks that mask
characters are text, not type: a phone or ID number's digits (138****2207,
4401**********1234) and a name in a published list (张**、李*华).
"""
from __future__ import annotations

import re

from .core import HAN_CLASS, map_units, run_pass, sub_recording

PASS = "strip_markdown_emphasis"

# **bold**, __bold__, ***both***; *italic* only around Chinese text (an asterisk pair in
# Latin text may be a formula); never a single _: a site's title separator (…显著_地方_某某网);
# never a run of marks alone: a form's blank to fill in (负责人（签字）：__________)
_EMPHASIS = re.compile(
    r"(?<![*_])(\*{1,3}|_{2,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])"
)


# A bold lead-in opening a line, set apart from the text after it by a space
# (**某某县开通夜间公交** 某某县日前……): a brief item's run-in title. The bold is type, but it
# says where the title ends, so the space after it becomes the wide space a printed column
# sets there (split_run_in_titles reads it; fix_unicode makes a wide space left alone an
# ordinary one again). No sentence mark inside: a bold sentence is no title.
_BOLD_LEAD_IN = re.compile(r"^(\s*)(\*\*|__)(?=\S)([^*_\n。！？!?，,；;]{2,30}?)(?<=\S)\2[ \t\u3000]+(?=\S)")


# A run of asterisks that masks characters: four or more, or between two letters or
# digits, or after one Han character (a surname) and before the end of that name.
_MASK = re.compile(
    r"\*{4,}"
    r"|(?<=[0-9A-Za-z])\*+(?=[0-9A-Za-z])"
    rf"|(?<=[{HAN_CLASS}])\*+(?=[{HAN_CLASS}]?(?:$|[\s、，,；;：:）)。]))"
)


def _masked_starts(text: str) -> set[int]:
    """Offsets covered by masking asterisks."""
    return {i for m in _MASK.finditer(text) for i in range(m.start(), m.end())}


def _unmark(m: re.Match, masked: frozenset[int] = frozenset()) -> str:
    if m.start(1) in masked:
        return m.group(0)  # the opening "mark" masks a digit or a name
    inner = m.group(2)
    if len(m.group(1)) == 1 and not re.search(f"[{HAN_CLASS}]", inner):
        return m.group(0)  # *a* in Latin text: a formula's or a name's, not emphasis
    return inner


def _strip(text: str, line: int, edits: list) -> str:
    if "*" not in text and "_" not in text:
        return text
    masked = frozenset(_masked_starts(text)) if "*" in text else frozenset()
    text = sub_recording(_BOLD_LEAD_IN, lambda m: _lead_in(m, masked), text, PASS, line, edits)
    return sub_recording(_EMPHASIS, lambda m: _unmark(m, masked), text, PASS, line, edits)


def _lead_in(m: re.Match, masked: frozenset[int]) -> str:
    if m.start(2) in masked or not re.search(f"[{HAN_CLASS}]", m.group(3)):
        return m.group(0)
    return m.group(1) + m.group(3) + "\u3000"


def strip_markdown_emphasis(page):
    """Remove Markdown emphasis marks around text.

    >>> strip_markdown_emphasis("**本报记者 马晓婷**")
    '本报记者 马晓婷'
    >>> strip_markdown_emphasis("今年以来，***城北区***新建*口袋公园*12个，共计3*4=12。")
    '今年以来，城北区新建口袋公园12个，共计3*4=12。'
    >>> strip_markdown_emphasis("**某县开通夜间公交** 某县日前开通三条线路。")
    '某县开通夜间公交\u3000某县日前开通三条线路。'
    >>> strip_markdown_emphasis("* 列表项"), strip_markdown_emphasis("a*b*c")
    ('* 列表项', 'a*b*c')
    >>> strip_markdown_emphasis("举报人张**、李*华，电话138****2207，证号4401**********1234")
    '举报人张**、李*华，电话138****2207，证号4401**********1234'
    """
    return run_pass(page, lambda p: map_units(p, PASS, _strip))
