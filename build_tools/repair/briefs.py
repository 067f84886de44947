"""Pass `split_run_in_titles`: the items of a news-brief column whose short
title is run into the item's text after a wide space.

A 简讯 / 短讯 column prints each item as one paragraph that opens with its
title, set apart by a full-width space instead of a line
break: ``某某县开通夜间公交　某某县交通局日前开通……。（记者 张三）``. When two
or more lines of a page have that shape, each is cut into its title (a unit
marked ``item_title``, which the structure step turns into the title of an
article of its own) and its text; the space between them is recorded as an
edit, like every change to the text. Words and limits: data/layout.yaml.
"""
from __future__ import annotations

import functools
import re

from ..data import load_data
from ..model import Edit
from .core import HAN_RE, Page, Unit, run_pass

PASS = "split_run_in_titles"

# the title, the wide space (full-width: a PDF's stray ordinary spaces are no mark), the text
_RUN_IN_RE = re.compile(r"^(\S[^\u3000]*?\S)(\u3000+)(\S.*)$")
_HEAD_NOT_RE = re.compile(r"[。！？!?，,；;、（(）)【】]|[：:]$")
_SENTENCE_RE = re.compile(r"[。！？!?]")


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict, re.Pattern, tuple[str, ...]]:
    lay = load_data("layout.yaml")
    return lay, re.compile(lay["dateline"]), tuple(lay["byline_roles"])


def _cut(text: str) -> tuple[int, int] | None:
    """(end of the title, start of the text) when `text` opens with a run-in item title."""
    lay, dateline, roles = _vocabulary()
    m = _RUN_IN_RE.match(text.strip())
    if not m:
        return None
    head, body = m.group(1), m.group(3)
    n = len(HAN_RE.findall(head))
    if (n < lay["item_title_min_chars"] or len(head) > lay["run_in_title_max_chars"] or _HEAD_NOT_RE.search(head)
            or head.startswith(roles) or dateline.match(head + body)
            or len(HAN_RE.findall(body)) < lay["run_in_text_min_chars"] or not _SENTENCE_RE.search(body)):
        return None
    off = len(text) - len(text.lstrip())
    return off + m.start(2), off + m.start(3)


def _split(page: Page) -> Page:
    lay = _vocabulary()[0]
    cuts = {k: c for k, u in enumerate(page.units)
            if not u.kind and u.first == u.last and (c := _cut(u.text)) is not None}
    if len(cuts) < lay["run_in_title_min_items"]:
        return page  # one line of that shape is not a column of items
    units: list[Unit] = []
    edits: list[Edit] = []
    for k, u in enumerate(page.units):
        if k not in cuts:
            units.append(u)
            continue
        end, start = cuts[k]
        edits.append(Edit(PASS, u.first, end, u.text[end:start], "\n"))
        units.append(Unit(u.text[:end], u.first, u.last, u.gap, "item_title"))
        units.append(Unit(u.text[start:], u.first, u.last, -1, ""))
    return page.evolve(units, edits)


def split_run_in_titles(page):
    """Cut the titles of brief items off the text they are run into.

    >>> print(split_run_in_titles("玛沁县开通城乡公交　玛沁县日前开通三条城乡公交线路，方便群众出行。\\n\\n"
    ...                           "同仁市评选文明家庭　同仁市今年评选出文明家庭一百户，并在各社区展示。"))
    玛沁县开通城乡公交
    玛沁县日前开通三条城乡公交线路，方便群众出行。
    <BLANKLINE>
    同仁市评选文明家庭
    同仁市今年评选出文明家庭一百户，并在各社区展示。
    >>> split_run_in_titles("本报讯　玛沁县日前开通三条城乡公交线路。")
    '本报讯　玛沁县日前开通三条城乡公交线路。'
    """
    return run_pass(page, _split)
