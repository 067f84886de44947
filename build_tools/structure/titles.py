"""Title groups: [kicker] title [subtitle] [byline], and titles for pages that print none."""
from __future__ import annotations

import re

from ..model import Block, DraftArticle
from .layout import layout


def title_groups(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) index ranges of title groups: [kicker] title [subtitle] [byline]."""
    lay = layout()
    groups = []
    n = len(blocks)
    anchors = [k for k, b in enumerate(blocks) if b.kind in ("byline", "subtitle")
               or (b.kind in ("heading", "subheading") and b.extra.get("meta_after"))]
    used = set()
    for a in anchors:
        if a in used:
            continue
        end = a
        if blocks[a].kind in ("heading", "subheading"):  # a title with its date or source under it
            a += 1
            if a >= n or blocks[a].kind not in ("byline", "subtitle"):
                a -= 1
                end = a
        while end + 1 < n and blocks[end + 1].kind in ("byline", "subtitle") and end + 1 - a < 3:
            end += 1
        start = a
        # walk back over heading-like lines: title, kicker
        k = a - 1
        taken = 0
        while k >= 0 and taken < 3 and blocks[k].kind in ("heading", "subheading", "subtitle") and (
                blocks[k].level or len(blocks[k].text) <= lay["max_heading_chars"]):
            start = k
            taken += 1
            k -= 1
            # stop at a '#' heading: it is the title; what is above is page furniture
            if blocks[start].level:
                break
        if start == a and blocks[a].kind == "byline" and a > 0 and blocks[a - 1].kind == "paragraph":
            continue  # a lone byline after text: not a title group
        for j in range(start, end + 1):
            used.add(j)
        groups.append((start, end))
    # news items without bylines: a heading right above a dated lead (本报讯…) is a title
    dateline = re.compile(lay["dateline"])
    for k, b in enumerate(blocks):
        if (k and b.kind == "paragraph" and dateline.match(b.text) and k - 1 not in used
                and blocks[k - 1].kind in ("heading", "subheading")):
            used.add(k - 1)
            groups.append((k - 1, k - 1))
    return sorted(groups)


def fill_header(art: DraftArticle, blocks: list[Block]) -> None:
    art.header = list(blocks)
    heads = [b for b in blocks if b.kind in ("heading", "subheading")]
    marked = [b for b in heads if b.level]
    subtitle = [b for b in blocks if b.kind == "subtitle"]
    if marked:
        title = marked[0]
        before = [b for b in heads if b.first < title.first]
        after = [b for b in heads if b.first > title.first]
    elif heads:
        # Without '#' marks the line right above the subtitle/byline is the
        # title; lines above it are shoulder titles or page furniture.
        before, title, after = heads[:-1], heads[-1], []
    else:
        before, title, after = [], None, []
    art.title = title.text if title else ""
    if before:
        # the outermost line is the column name / page header; the rest are shoulder titles
        art.kicker = before[0].text
        art.banners.extend(b.text for b in before[1:])
    subs = [b.text.lstrip("—-－ ").strip() for b in subtitle] + [b.text for b in after]
    art.subtitle = "——" + subs[0] if subtitle and subs else (subs[0] if subs else "")
    for b in blocks:
        if b.kind == "byline":
            art.add_byline(b)


def infer_title(art: DraftArticle) -> None:
    """A page without a printed title: use its first heading, else its first clause."""
    # a heading the seed marked with '#' first, then any heading
    heads = sorted((b for b in art.body if b.kind in ("heading", "subheading")), key=lambda b: (not b.level, b.first))
    paras = [b for b in art.body if b.kind == "paragraph"]
    if heads:
        art.title = heads[0].text
    elif paras:
        lead = re.sub(layout()["inline_byline"], "", paras[0].text)  # not the dateline
        art.title = _first_clause(lead or paras[0].text)
    elif art.kicker:
        art.title = art.kicker
    art.title_inferred = bool(art.title)


def _first_clause(text: str, limit: int = 24) -> str:
    m = re.match(r"[^。！？，；]{2,}", text)
    out = m.group(0) if m else text
    return out[:limit]
