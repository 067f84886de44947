"""Pass `flag_suspect_repeats`: suspected misreadings, flagged for a human, never changed.

Runs last, on the repaired paragraphs, so that a repeat split by a line or
column break (始终把 / 把文明, 无缝衔接； / 接；) is seen as the reader will see it.
Every suspect becomes a `Flag("suspect_repeat")`; the article page marks it in
the reading text (a visible mark with a zh/en note), the text stays as printed.

What counts as a suspect:

* an immediate repeat of two or more characters holding Han (全国全国, 精细精细化,
  服务服务中心), or of one function word whose doubling is almost never real
  Chinese (把把, 的的); other single-character repeats (常常, 层层) are real;
* a clause end printed twice (衔接；接； -> 接；接；): a few Han characters and
  a ；or 。 repeated;
* a book title printed twice in a row (《…条例》《…条例》), however long.
"""
from __future__ import annotations

import re

from ..model import Flag
from .core import HAN_CLASS, HAN_RE, Page, run_pass

PASS = "flag_suspect_repeats"

# Single characters whose immediate repeat is almost never real Chinese
# (function words: 把把, 的的); other single-character repeats (常常, 层层,
# 小组组长, 工作作风) are usually real and are not flagged.
SUSPECT_SINGLE = set("把被将对从向为以与和的了是于及并而")
_REPEAT_RE = re.compile(f"((?:[{HAN_CLASS}《》“”、]){{1,16}}?)\\1")
_CLAUSE_END_RE = re.compile(f"([{HAN_CLASS}]{{1,4}}[；;。])\\1")
_TITLE_RE = re.compile(r"(《[^《》\n]{1,80}》)\1")


def suspect_repeats(text: str) -> list[tuple[int, str]]:
    """Repeats inside running text worth a human look: (pos, repeated text), in text order.

    >>> suspect_repeats("在全国全国文明城市创建中，常常在把把关")
    [(1, '全国全国'), (16, '把把')]
    >>> suspect_repeats("实实在在，点点滴滴，层层分解，小组组长")
    []
    >>> suspect_repeats("推动问题发现与解决无缝衔接；接；“月初派单”")
    [(12, '接；接；')]
    >>> suspect_repeats("出台《某某市文明行为促进与城市管理综合条例》《某某市文明行为促进与城市管理综合条例》等")[0][1][:8]
    '《某某市文明行为'
    """
    found: dict[int, str] = {}
    for m in _REPEAT_RE.finditer(text):
        x = m.group(1)
        if not HAN_RE.search(x) or (len(x) == 1 and x not in SUSPECT_SINGLE):
            continue
        found[m.start()] = m.group(0)
    for rx in (_CLAUSE_END_RE, _TITLE_RE):
        for m in rx.finditer(text):
            if not any(p <= m.start() < p + len(t) for p, t in found.items()):
                found[m.start()] = m.group(0)
    return sorted(found.items())


def _flag(page: Page) -> Page:
    flags = []
    for u in page.units:
        for pos, rep in suspect_repeats(u.text):
            flags.append(Flag("suspect_repeat", u.first, rep,
                              f"immediate repeat at offset {pos}; possibly misread, left unchanged"))
    return page.evolve(flags=flags)


def flag_suspect_repeats(page):
    """Flag suspected misreadings (immediate repeats) for a human; the text is not changed.

    >>> flag_suspect_repeats("全国全国文明城市")
    '全国全国文明城市'
    """
    return run_pass(page, _flag)
