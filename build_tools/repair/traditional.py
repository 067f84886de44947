"""Pass `convert_traditional`: a page printed in traditional script -> simplified."""
from __future__ import annotations

import functools
from dataclasses import replace

from ..model import Edit, Flag
from .core import HAN_RE, Page, run_pass

PASS = "convert_traditional"

# Convert only when at least this share of the page's distinct Han characters
# changes under t2s (simplified text: well under 1%; traditional text: 15-30%),
# and at least MIN_CHANGED distinct characters change.
MIN_SHARE = 0.05
MIN_CHANGED = 2


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    return _converter().convert(text)


def is_mostly_traditional(text: str) -> bool:
    """Convert and compare: True when a clear share of the page's distinct Han
    characters change under t2s. Counting distinct characters (not
    occurrences) keeps the decision stable when repeated text is dropped.

    >>> is_mostly_traditional("創建全國文明城市，讓生活更美好。")
    True
    >>> is_mostly_traditional("创建全国文明城市，让生活更美好。")
    False
    """
    distinct = sorted(c for c in set(text) if HAN_RE.match(c))
    if not distinct:
        return False
    # one call for all of them, a line each: t2s reads no phrase across a line break, so each
    # character converts as it does alone (checked for every character HAN_RE matches)
    converted = _converter().convert("\n".join(distinct)).split("\n")
    changed = sum(1 for c, s in zip(distinct, converted) if s != c)
    return changed >= MIN_CHANGED and changed / len(distinct) >= MIN_SHARE


def _diff_edits(before: str, after: str, line: int) -> list[Edit]:
    """Edits turning `before` into `after` (same length: one edit per changed run)."""
    if len(before) != len(after):
        return [Edit(PASS, line, 0, before, after)]
    edits = []
    i, n = 0, len(before)
    while i < n:
        if before[i] == after[i]:
            i += 1
            continue
        j = i
        while j < n and before[j] != after[j]:
            j += 1
        edits.append(Edit(PASS, line, i, before[i:j], after[i:j]))
        i = j
    return edits


def _convert(page: Page) -> Page:
    whole = "\n".join(u.text for u in page.units)
    if not is_mostly_traditional(whole):
        return page
    edits: list[Edit] = []
    units = []
    for u in page.units:
        new = t2s(u.text)
        if new != u.text:
            edits.extend(_diff_edits(u.text, new, u.first))
            u = replace(u, text=new)
        units.append(u)
    flag = Flag("converted", page.units[0].first if page.units else 1, "",
                "page converted from traditional to simplified script (OpenCC t2s)")
    return page.evolve(units, edits, [flag], converted_from_traditional=True)


def convert_traditional(page):
    """Convert a page printed in traditional characters to simplified (OpenCC t2s).

    Decided for the whole page: convert, compare, and convert only when a clear
    share of the Han characters changes; a simplified page is left untouched.

    >>> convert_traditional("烏蘭察布市創建全國文明城市")
    '乌兰察布市创建全国文明城市'
    >>> convert_traditional("乌兰察布市创建全国文明城市")
    '乌兰察布市创建全国文明城市'
    """
    return run_pass(page, _convert)
