"""Pass `split_inline_captions`: a picture's caption and credit run into the text.

An e-paper page copied as text may carry a caption inside a paragraph, where
the picture stood: ``…共收集居民建议1370余条。 图为改造后的小区健身广场。 本报记者 韩雪 摄
改造完成后，…``. The caption (a sentence opening with 图为 / 上图 / 下图 …,
data/layout.yaml `caption_openers`) and its credit are cut off into a line of
their own, so that the caption is a caption (with its photographer) and the
text reads on. Each cut is an edit.
"""
from __future__ import annotations

import functools
import re

from ..data import load_data
from ..model import Edit
from .core import HAN_CLASS, Page, Unit, run_pass

PASS = "split_inline_captions"

_NAME = rf"(?:[{HAN_CLASS}] [{HAN_CLASS}](?![{HAN_CLASS}])|[{HAN_CLASS}·]{{2,4}})"


@functools.lru_cache(maxsize=1)
def _caption_re() -> re.Pattern:
    lay = load_data("layout.yaml")
    openers = "|".join(map(re.escape, lay["caption_openers"]))
    roles = "|".join(map(re.escape, sorted(lay["byline_roles"], key=len, reverse=True)))
    # caption sentence, then [role] name [name] 摄, set apart by spaces from the text around it
    return re.compile(
        rf"(?<=[。！？”])\s*((?:{openers})[^。！？\n]{{2,80}}[。！？]\s*(?:(?:{roles})\s*)?{_NAME}(?:\s+{_NAME}){{0,3}}\s*摄)(?=\s+\S)")


def _split(page: Page) -> Page:
    units: list[Unit] = []
    edits: list[Edit] = []
    for u in page.units:
        m = None if u.kind else _caption_re().search(u.text)
        if m is None:
            units.append(u)
            continue
        before, cap, after = u.text[:m.start()], m.group(1), u.text[m.end():].lstrip()
        edits.append(Edit(PASS, u.first, m.start(), u.text[m.start():m.start(1)], "\n\n"))
        edits.append(Edit(PASS, u.first, m.end(), u.text[m.end():len(u.text) - len(after)], "\n\n"))
        units.append(Unit(before, u.first, u.last, u.gap, ""))
        units.append(Unit(cap, u.first, u.last, 1, ""))
        units.append(Unit(after, u.first, u.last, 1, ""))
    return page.evolve(units, edits)


def split_inline_captions(page):
    """Cut a caption and its credit run into a paragraph onto a line of their own.

    >>> print(split_inline_captions("共收集建议1370余条。 图为改造后的健身广场。 本报记者 韩雪 摄 改造完成后，小区引入物业。"))
    共收集建议1370余条。
    <BLANKLINE>
    图为改造后的健身广场。 本报记者 韩雪 摄
    <BLANKLINE>
    改造完成后，小区引入物业。
    >>> split_inline_captions("图为市民在公园健身。")
    '图为市民在公园健身。'
    """
    return run_pass(page, _split)
