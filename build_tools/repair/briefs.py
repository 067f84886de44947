"""Pass `split_run_in_titles`: the items of a news-brief column whose short
title is run into the item's text after a wide space.

A 简讯 / 短讯 column prints each item as one paragraph that opens with its
title, set apart by a full-width space instead of a line
break: ``某某县开通夜间公交　某某县交通局日前开通……。（记者 张三）``. When two
or more lines of a page have that shape, each is cut into its title (a unit
marked ``item_title``, which the structure step turns into the title of an
article of its own) and its text; the space between them is recorded as an
edit, like every change to the text. A digest's items numbered in turn with their
section's tag (a 手机报's ``1.【创文】某某：…`` / ``2.【县区】…``) are item titles too, without the
number and the tag. Words and limits: data/layout.yaml.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from ..data import load_data
from ..model import Edit
from .core import HAN_RE, SPEAKER_TURN_RE, Page, Unit, run_pass
from .furniture import lex_meta
from .traditional import t2s

PASS = "split_run_in_titles"

# the title, the wide space (full-width: a PDF's stray ordinary spaces are no mark), the text
_RUN_IN_RE = re.compile(r"^(\S[^\u3000]*?\S)(\u3000+)(\S.*)$")
_HEAD_NOT_RE = re.compile(r"[。！？!?，,；;、（(）)【】]|[：:]$")
_SENTENCE_RE = re.compile(r"[。！？!?]")
# 【title】 and the text run in after it
_BRACKETED_RE = re.compile(r"^【([^【】]+)】\s*(\S.*)$")


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict, re.Pattern, tuple[str, ...]]:
    lay = load_data("layout.yaml")
    return lay, re.compile(lay["dateline"]), tuple(lay["byline_roles"])


def _bracketed(text: str, min_chars: int | None = None) -> tuple[int, int, int] | None:
    """(start of the title, its end, start of the text) when `text` opens with an item's
    title in 【】 run into its text (【某某县新增3处驿站】本报讯（记者 …）近日…): a brief's
    own headline. The PDF's line under it may hold most of the text, so the text after the
    bracket need only start; a column's or sidebar's label (【记者手记】, 【某某时评】) is no
    headline (too short, or ends with a column's word: data/layout.yaml)."""
    lay, dateline, roles = _vocabulary()
    t = text.strip()
    m = _BRACKETED_RE.match(t)
    if not m:
        return None
    head, body = m.group(1), m.group(2)
    if lex_meta(t) is not None:
        return None  # 【来源：县文明办】【作者：某某】【时间：…】: a site's meta fields in brackets, no headline
    if (len(HAN_RE.findall(head)) < (min_chars or lay["item_title_min_chars"]) or len(head) > lay["run_in_title_max_chars"]
            or _HEAD_NOT_RE.search(head) or head.endswith(tuple(lay["column_name_ends"]))
            or head.endswith(tuple(lay["brief_labels"])) or len(HAN_RE.findall(body)) < 2
            or dateline.fullmatch(t2s(head))):
        return None  # (【某某日报讯】, 【東方日報訊】 in either script: the paper's dateline, no headline)
    off = len(text) - len(text.lstrip())
    return off + 1, off + m.end(1), off + m.start(2)


def _bulleted(text: str, min_text: int | None = None) -> tuple[int, int, int] | None:
    """(start of the title, its end, start of the text) when `text` opens with an item's
    mark (data/layout.yaml item_title_marks) and its title run into its text after an
    ordinary space (●某某镇开展“最美家庭”评选 近日，某某镇…。): the mark says where an item
    starts, so the first space after a headline's words is where its title ends."""
    lay = _vocabulary()[0]
    t = text.strip()
    if not t or t[0] not in lay["item_title_marks"]:
        return None
    m = re.match(r"^(\S\s*)([^\s\u3000]+)([ \u3000]+)(\S.*)$", t)
    if not m or _cut(t[m.end(1):], wide=False, min_text=min_text) is None:
        return None
    if re.match(r"\d[\d.,]*\s*(?![\d.,\s]|[年月日时点:：号])", m.group(4)):
        return None  # ● 某县日前组织 300 余名志愿者…: a PDF's space before a count, no title's end
    off = len(text) - len(text.lstrip())
    return off + m.end(1), off + m.end(2), off + m.start(4)


def brief_label(text: str) -> bool:
    """Is `text` a brief column's name (简讯, 简  讯, 县区快讯, ■新闻速览: data/layout.yaml
    brief_labels, brief_label_max_chars)? Read here and by the structure step."""
    lay = _vocabulary()[0]
    t = re.sub(r"[\s\u3000]+", "", text)
    return (0 < len(t) <= lay["brief_label_max_chars"]
            and not re.search(r"[。！？!?，,；;：:]", t) and any(w in t for w in lay["brief_labels"]))


def _brief_label(unit: Unit) -> bool:
    """Is `unit` a brief column's name alone on its line?"""
    return unit.first == unit.last and brief_label(unit.text)


# 1.【创文】某某：“文明餐桌”行动覆盖全市 -- an item's number, its section's tag, its title
_NUMBERED_TAGGED_RE = re.compile(r"^(\s*(\d{1,2})\s*[.．、]\s*【[^【】]{1,8}】\s*)(\S.*?)\s*$")


def _numbered_tagged(text: str) -> tuple[int, int] | None:
    """(start of the title, its number) when `text` is a digest's numbered item title with its
    section's tag (a 手机报's 1.【创文】某某：…, 2.【县区】…): the number and the tag are no words of
    the title. The line must be a headline: short, no sentence in it."""
    lay = _vocabulary()[0]
    m = _NUMBERED_TAGGED_RE.match(text)
    if not m:
        return None
    head = m.group(3)
    if (len(HAN_RE.findall(head)) < lay["item_title_min_chars"] or len(head) > lay["max_heading_chars"]
            or _SENTENCE_RE.search(head) or re.search(r"[，,；;]", head)):
        return None
    return m.end(1), int(m.group(2))


def _cut(text: str, wide: bool = True, min_text: int | None = None,
         label: bool = False) -> tuple[int, int] | None:
    """(end of the title, start of the text) when `text` opens with a run-in item title
    (after a wide space; or, not `wide`, after the first space of any kind); the text has at
    least `min_text` Han characters (data/layout.yaml run_in_text_min_chars unless given).
    With `label`, the title is instead a roundup's short lead label, Han characters only
    (高唐　县城区今年…: data/layout.yaml run_in_label_chars)."""
    lay, dateline, roles = _vocabulary()
    m = _RUN_IN_RE.match(text.strip()) if wide else re.match(r"^(\S[^\s\u3000]*?\S)([ \u3000]+)(\S.*)$", text.strip())
    if not m:
        return None
    head, body = m.group(1), m.group(3)
    n = len(HAN_RE.findall(head))
    if label:
        low, high = lay["run_in_label_chars"]
        if (not (low <= n == len(head) <= high) or n >= lay["item_title_min_chars"]
                or re.match(lay["run_in_label_not"], head)):
            return None
    elif n < lay["item_title_min_chars"]:
        return None
    if ( len(head) > lay["run_in_title_max_chars"] or _HEAD_NOT_RE.search(head)
            or head.startswith(roles) or dateline.match(head + body if wide else head)
            or len(HAN_RE.findall(body)) < (min_text or lay["run_in_text_min_chars"]) or not _SENTENCE_RE.search(body)):
        return None
    off = len(text) - len(text.lstrip())
    return off + m.start(2), off + m.start(3)


def _marked_label(text: str) -> tuple[int, int, int] | None:
    """(start of the label, its end, start of the text) when `text` opens with a roundup
    item's short place label after a wide space (高唐　县城区今年…), maybe behind an item's
    mark (◆高唐　县城区…, a 一句话新闻 column): the mark says an item starts, so its text
    need only be one short sentence (data/layout.yaml run_in_text_min_chars_under_label)."""
    lay = _vocabulary()[0]
    t = text.lstrip()
    if not t or t[0] not in lay["item_title_marks"]:
        c = _cut(text, label=True)
        return None if c is None else (0, *c)
    off = len(text) - len(t)
    begin = off + 1 + (len(t[1:]) - len(t[1:].lstrip(" ")))
    c = _cut(text[begin:], label=True, min_text=lay["run_in_text_min_chars_under_label"])
    return None if c is None else (begin, begin + c[0], begin + c[1])


# A column's name over its items is at most this long (■ 县区简讯, 【图片新闻】).
COLUMN_LABEL_MAX = 10


def _under_column_label(units: tuple[Unit, ...], words: tuple[str, ...]) -> list[int]:
    """Lines right under a brief or photo-news column's name on its own line (简讯, 【图片新闻】):
    the name says an item starts there, so even a single item's run-in title (after a space,
    or in 【】) is one (data/layout.yaml brief_labels, photo_news_labels)."""
    out = []
    for k in range(1, len(units)):
        above, u = units[k - 1], units[k]
        label = re.sub(r"[\s\u3000【】\[\]■●◆□]", "", above.text)
        if (not u.kind and not above.kind and u.first == u.last and 0 < len(label) <= COLUMN_LABEL_MAX
                and label.endswith(words)):
            out.append(k)
    return out


def article_label(label: str) -> bool:
    """Is `label` (its brackets off) the label of a piece that is an article of its own (短评,
    编后; a paper's own comment column, 晚报时评: data/layout.yaml article_labels,
    comment_label_ends)? Read by the structure step too (structure/layout.piece_label)."""
    lay = _vocabulary()[0]
    return label in set(lay["article_labels"]) or (
        len(HAN_RE.findall(label)) == len(label) <= lay["max_column_name_chars"]
        and label.endswith(tuple(lay.get("comment_label_ends") or ())))


def _closing_piece(text: str) -> tuple[int, int, int] | None:
    """(0, end of the label, start of the text) when `text` opens with a comment's label in
    【】 run into its text after the reports (【编后】 移风易俗，久久为功。): the paper's own piece
    on them, its label its title (data/layout.yaml article_labels, comment_label_ends; no brief
    column's name). Run in without brackets (编后：…) it stays the last report's."""
    lay = _vocabulary()[0]
    m = re.match(r"^【([^【】]{2,8})】[ \u3000]*(?=\S)", text.strip())
    if not m or text != text.lstrip() or "。" not in text[m.end():]:
        return None
    label = m.group(1)
    if not article_label(label) or label in set(lay["brief_labels"]) or brief_label(label):
        return None
    return 0, len(m.group(0).rstrip(" \u3000")), m.end()


def _split(page: Page) -> Page:
    lay = _vocabulary()[0]
    cuts = {k: (0, *c) for k, u in enumerate(page.units)
            if not u.kind and u.first == u.last and (c := _cut(u.text)) is not None}
    if len(cuts) < lay["run_in_title_min_items"]:
        cuts = {}
    # a roundup column's items, each led by its place's short label after a wide space
    # (高唐　县城区…。 / 东阿　东阿县…。): two or more such lines, like any run-in title
    labels = {k: c for k, u in enumerate(page.units)
              if not u.kind and u.first == u.last and k not in cuts and (c := _marked_label(u.text)) is not None}
    # (each place once: a name set before each turn of an interview repeats)
    heads = [page.units[k].text[c[0]:c[1]].strip() for k, c in labels.items()]
    if len(labels) >= lay["run_in_title_min_items"] and len(set(heads)) == len(heads):
        cuts.update(labels)
    for find in (_bracketed, _bulleted):
        found = {k: c for k, u in enumerate(page.units)
                 if not u.kind and u.first == u.last and k not in cuts and (c := find(u.text)) is not None}
        if find is _bracketed:
            # (one 【tag】 over several lines is a post's column tag before each item's headline,
            # 【创城进行时】某镇：…, no item's title: titles differ)
            heads = Counter(page.units[k].text[c[0]:c[1]] for k, c in found.items())
            found = {k: c for k, c in found.items() if heads[page.units[k].text[c[0]:c[1]]] == 1}
            # (a transcript's turns, 【韩博】… / 【某某台记者】…: speakers, their names in brackets,
            # no items' titles)
            if sum(bool((m := SPEAKER_TURN_RE.match(u.text.strip())) and u.text.strip()[m.end():].strip())
                   for u in page.units) >= 2:
                found = {}
        if len(found) >= lay["run_in_title_min_items"]:
            cuts.update(found)
        elif find is _bulleted:
            # one marked item right under a brief column's name (简讯 / ■桦南县评出… 日前，…):
            # the name says a column of items starts, so one item is enough
            # (an item under a name may be one short sentence: 日前，某县评出…48个。)
            # (and so is each marked item after it in turn: 简讯 / ■… / ■… / ■…)
            column = False
            for k, u in enumerate(page.units):
                c = (_bulleted(u.text, lay["run_in_text_min_chars_under_label"])
                     if k and not u.kind and u.first == u.last and k not in cuts
                     and (column or _brief_label(page.units[k - 1])) else None)
                if c is not None:
                    cuts[k] = c
                column = c is not None
    numbered = {k: c for k, u in enumerate(page.units)
                if not u.kind and u.first == u.last and k not in cuts and (c := _numbered_tagged(u.text)) is not None}
    numbers = sorted(n for _, n in numbered.values())
    if len(numbered) < lay["run_in_title_min_items"] or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        numbered = {}  # (a digest numbers its items 1, 2, 3 … in turn)
    photo = set(_under_column_label(page.units, tuple(lay.get("photo_news_labels") or ())))
    briefs = set(_under_column_label(page.units, tuple(lay["brief_labels"])))
    for k in sorted(briefs) + sorted(photo):
        while k < len(page.units) and k not in cuts:
            u = page.units[k]
            if u.kind or u.first != u.last:
                break
            # (under the name, a lead-in in 【】 as short as a photo's, 【清渠护水】, is the title)
            c = _bracketed(u.text, lay["labelled_item_title_min_chars"] if k in photo else None) or ((0, *w) if (w := _cut(u.text) or _cut(u.text, wide=False, min_text=lay["run_in_text_min_chars_under_label"])) else None)
            if c is None:
                break
            cuts[k] = c  # (one item under its column's name is an item too)
            if k in photo:
                break
            k += 1  # (and each line after it with a run-in title of its own: 简讯 / 甲… / 乙… / 丙…)
    # (a comment's label run in, 【编后】 …: cut onto its own line; the structure step weighs it
    # as a label alone, by the reports above it)
    cuts.update({k: c for k, u in enumerate(page.units)
                 if k not in cuts and not u.kind and any(x.text.strip() and not x.kind for x in page.units[:k])
                 and (c := _closing_piece(u.text)) is not None})
    if not cuts and not numbered:
        return page  # one line of that shape is not a column of items
    units: list[Unit] = []
    edits: list[Edit] = []
    for k, u in enumerate(page.units):
        if k in numbered:  # 1.【创文】 off the title: the item's number and its section's tag
            begin = numbered[k][0]
            edits.append(Edit(PASS, u.first, 0, u.text[:begin], ""))
            units.append(Unit(u.text[begin:], u.first, u.last, u.gap, "item_title"))
            continue
        if k not in cuts:
            units.append(u)
            continue
        begin, end, start = cuts[k]
        if begin:  # the opening bracket of 【title】, an item's mark
            edits.append(Edit(PASS, u.first, 0, u.text[:begin], ""))
            u = replace(u, text=u.text[begin:])
            end, start = end - begin, start - begin
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
