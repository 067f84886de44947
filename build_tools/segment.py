"""Repaired segments of one page -> classified blocks -> articles.

A newspaper page mixes page furniture (column names, banners), one or more
articles (title group, body, section headings) and photo captions, not always
in reading order. This module decides what each segment is and which article
it belongs to, using only what the page shows: heading marks, dash subtitles,
bylines, photo credits, the blank-line gaps around a segment, its length and
punctuation, and the places it names. Words and marks live in data/layout.yaml.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable


from .model import Block, Segment
from .sentences import split_sentences
from .yamlio import load_data

# find_places(text) -> iterable of (offset, adcode, name); injected so that the
# segmenter can be tested without the gazetteer.
FindPlaces = Callable[[str], Iterable[tuple[int, str, str]]]

_HAN = re.compile(r"[\u3400-\u9fff]")
_HEADING = re.compile(r"^(#{1,6})\s*(.*)$")


@functools.lru_cache(maxsize=1)
def layout() -> dict:
    """The layout vocabulary (data/layout.yaml), loaded once per process."""
    return load_data("layout.yaml")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    lay = layout()
    name = r"[\u4e00-\u9fff·]{2,5}"
    roles = "|".join(sorted(map(re.escape, lay["byline_roles"]), key=len, reverse=True))
    orgs = "|".join(map(re.escape, lay["byline_org_suffixes"]))
    role = rf"(?:(?:{roles})|[\u4e00-\u9fff]{{2,12}}(?:{orgs})(?:{roles}))"
    credit = "|".join(sorted(map(re.escape, lay["photo_credit_words"]), key=len, reverse=True))
    marks = "|".join(map(re.escape, lay["byline_marks"]))
    return {
        "mark": re.compile(rf"^(?:{marks})\s*"),
        "role": re.compile(role),
        # names only, at least two, or one preceded by a role word
        "names_line": re.compile(rf"^(?:{role}\s*)?{name}(?:\s+(?:{role}\s*)?{name})+$|^{role}\s*{name}$"),
        "photo_line": re.compile(rf"^(?:{name}\s+)*{name}\s*(?:{credit})$"),
        "photo_tail": re.compile(rf"^(.*?[。！？!?\.…”]?)\s+((?:{name}\s+)*{name})\s*(?:{credit})$"),
        "credit_note": re.compile("|".join(lay["credit_note_patterns"])),
        "name": re.compile(name),
    }


def _ends_with(text: str, marks: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in marks


def _han_len(text: str) -> int:
    return len(_HAN.findall(text))


def parse_byline(text: str) -> list[str]:
    """Names in a byline, without marks and role words.

    >>> parse_byline("□本报记者 郑学良 呼和浩特日报社记者 刘军 李海珍")
    ['郑学良', '刘军', '李海珍']
    >>> parse_byline("□王悦峰 郝璐 陈可")
    ['王悦峰', '郝璐', '陈可']
    """
    pats = _patterns()
    body = pats["mark"].sub("", text.strip())
    body = pats["role"].sub(" ", body)
    return [tok for tok in re.split(r"[\s,，、/／]+", body) if tok and _HAN.search(tok)]


def parse_photo_credit(text: str) -> tuple[str, list[str]]:
    """Split 'caption  NAME 摄' into (caption, [names]); names-only lines give ('', names).

    >>> parse_photo_credit("航拍伊金霍洛旗城隍庙风貌。 麻志强 摄")
    ('航拍伊金霍洛旗城隍庙风貌。', ['麻志强'])
    >>> parse_photo_credit("刘爽 摄")
    ('', ['刘爽'])
    >>> parse_photo_credit("文明城市")
    ('文明城市', [])
    """
    pats = _patterns()
    t = text.strip()
    if pats["photo_line"].match(t):
        names = pats["name"].findall(re.sub(r"\s*(摄影|摄|供图)$", "", t))
        return "", names
    m = pats["photo_tail"].match(t)
    if m and m.group(1).strip():
        return m.group(1).strip(), m.group(2).split()
    return t, []


def _kind_of(seg: Segment) -> tuple[str, int, str]:
    """Context-free first guess: (kind, heading level, text without '#')."""
    lay, pats = layout(), _patterns()
    text = seg.text.strip()
    level = 0
    m = _HEADING.match(text)
    if m:
        level, text = len(m.group(1)), m.group(2).strip()
    if pats["credit_note"].search(text) and len(text) <= lay["max_caption_chars"]:
        return "credit", level, text
    if pats["mark"].match(text):
        return "byline", level, text
    if any(text.startswith(s) for s in lay["subtitle_marks"]):
        return "subtitle", level, text
    if pats["photo_line"].match(text):
        return "photo_credit", level, text
    if pats["names_line"].match(text) and not level:
        return "byline", level, text
    if pats["photo_tail"].match(text) and len(text) <= lay["max_caption_chars"]:
        return "caption", level, text
    if level:
        return "heading", level, text
    if (_ends_with(text, lay["sentence_end"] + lay["clause_end"]) or len(text) > lay["max_heading_chars"]
            or re.search("[。！？]", text)):
        return "paragraph", level, text
    return "short", level, text


@dataclass
class _Item:
    kind: str
    text: str
    first: int
    last: int
    level: int
    gap_before: int
    gap_after: int
    extra: dict = field(default_factory=dict)

    def block(self) -> Block:
        return Block(self.kind, self.text, self.first, self.last, self.level, dict(self.extra))


def _gaps(segments: list[Segment], lines: list[str]) -> list[tuple[int, int]]:
    """Blank source lines before and after each segment (layout gaps)."""

    def blanks(a: int, b: int) -> int:  # source lines a..b (1-based, inclusive)
        return sum(1 for i in range(max(a, 1), min(b, len(lines)) + 1) if not lines[i - 1].strip())

    out = []
    for i, seg in enumerate(segments):
        prev_last = segments[i - 1].last if i else 0
        next_first = segments[i + 1].first if i + 1 < len(segments) else len(lines) + 1
        before = blanks(prev_last + 1, seg.first - 1) if seg.first > prev_last else 0
        after = blanks(seg.last + 1, next_first - 1) if next_first > seg.last else 0
        if i + 1 == len(segments):
            after = 99  # end of page
        out.append((before, after))
    return out


def classify(segments: list[Segment], lines: list[str]) -> list[Block]:
    """Give every segment of a page a block kind (see model.BLOCK_KINDS)."""
    lay = layout()
    gaps = _gaps(segments, lines)
    items = []
    for seg, (gb, ga) in zip(segments, gaps):
        kind, level, text = _kind_of(seg)
        items.append(_Item(kind, text, seg.first, seg.last, level, gb, ga))
    usual_gap = Counter(min(it.gap_before, 3) for it in items[1:]).most_common(1)[0][0] if len(items) > 1 else 1
    big = max(2, usual_gap + 1)

    # Photo credit lines make the segment before them a caption.
    merged: list[_Item] = []
    for it in items:
        if it.kind == "photo_credit":
            names = parse_photo_credit(it.text)[1]
            if merged and merged[-1].kind in ("caption", "short", "paragraph") and len(merged[-1].text) <= lay["max_caption_chars"]:
                prev = merged[-1]
                prev.kind = "caption"
                prev.extra.setdefault("photographers", []).extend(names)
                prev.last = it.last
                prev.gap_after = it.gap_after
                continue
            it.kind = "caption"
            it.extra["photographers"] = names
            it.text = ""
        merged.append(it)
    items = merged

    for it in items:
        if it.kind == "caption" and "photographers" not in it.extra:
            text, names = parse_photo_credit(it.text)
            it.text, it.extra["photographers"] = text, names
        if it.kind == "byline":
            it.extra["authors"] = parse_byline(it.text)

    # Isolated short pieces framed by wide gaps are captions.
    for i, it in enumerate(items):
        if it.kind not in ("short", "paragraph") or len(it.text) > lay["max_caption_chars"]:
            continue
        if _ends_with(it.text, lay["clause_end"]):
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev = items[i - 1] if i else None
        framed = it.gap_before >= big and (it.gap_after >= big or nxt is None or nxt.kind in ("caption", "credit", "heading"))
        # the last of a run of captions: wide gap on one side, a caption on the other
        in_run = (prev is not None and prev.kind == "caption" and (it.gap_before >= big or it.gap_after >= big)
                  and not re.search("[，,；;]", it.text))
        framed = framed or (in_run and _han_len(it.text) <= lay["max_caption_chars"] // 2)
        nxt2 = items[i + 2] if i + 2 < len(items) else None
        above_title = (nxt is not None and nxt.kind in ("heading", "short") and nxt2 is not None
                       and nxt2.kind in ("subtitle", "byline"))
        if above_title and not _ends_with(it.text, lay["sentence_end"]):
            continue  # a column name or shoulder line right above a title group
        if framed:
            it.kind = "caption"
            it.extra.setdefault("photographers", [])

    # Short unpunctuated lines: a heading when body text follows closely,
    # a sub-heading right under a heading, else a caption.
    last_para = max((i for i, it in enumerate(items) if it.kind == "paragraph"), default=-1)
    for i, it in enumerate(items):
        prev = items[i - 1] if i else None
        if (it.kind == "paragraph" and prev is not None and prev.kind == "heading" and not prev.level
                and prev.gap_after == 0 and it.gap_before == 0 and len(it.text) <= lay["max_heading_chars"]
                and not _ends_with(it.text, "。！？!?")):
            it.kind = "subheading"  # e.g. 真正的“一把手工程” right under its heading
            continue
        if it.kind != "short":
            continue
        shares_line = any(o is not it and o.first <= it.last and it.first <= o.last for o in items[max(0, i - 3): i + 4])
        nxt = items[i + 1] if i + 1 < len(items) else None
        heads_title_group = nxt is not None and nxt.kind in ("subtitle", "byline")
        if (i > last_para or shares_line) and not heads_title_group:
            it.kind = "caption"  # nothing to head: captions at the page's end, or run together on one line
            it.extra.setdefault("photographers", [])
            continue
        prev = items[i - 1] if i else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        if prev is not None and prev.kind == "heading" and prev.gap_after == 0 and it.gap_before == 0 and not prev.level:
            it.kind = "subheading"
        elif nxt is not None and nxt.kind in ("paragraph", "short", "heading", "subtitle", "byline") and it.gap_after < big:
            it.kind = "heading"
        elif nxt is not None and nxt.kind in ("paragraph",) and it.gap_after >= big:
            it.kind = "heading"
        else:
            it.kind = "caption"
            it.extra.setdefault("photographers", [])
    return [it.block() for it in items]


# ---------------------------------------------------------------------------
# Articles


@dataclass
class DraftArticle:
    """One article found on a page, before metadata is attached."""

    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    banners: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)       # paragraphs, headings, sub-headings
    captions: list[Block] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    header: list[Block] = field(default_factory=list)     # the title group's own blocks
    leading_captions: list[Block] = field(default_factory=list)  # before any title on the page
    title_inferred: bool = False  # no title printed: taken from a heading or the first clause

    def add_byline(self, block: Block) -> None:
        self.bylines.append(block.text)
        self.authors.extend(n for n in block.extra.get("authors", []) if n not in self.authors)

    def lines(self) -> tuple[int, int]:
        spans = [(b.first, b.last) for b in self.header + self.body + self.captions]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (0, 0)

    def text(self) -> str:
        return "\n".join([self.title, self.subtitle] + [b.text for b in self.body])


def _title_groups(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) index ranges of title groups: [kicker] title [subtitle] [byline]."""
    lay = layout()
    groups = []
    n = len(blocks)
    anchors = [k for k, b in enumerate(blocks) if b.kind in ("byline", "subtitle")]
    used = set()
    for a in anchors:
        if a in used:
            continue
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


def _fill_header(art: DraftArticle, blocks: list[Block]) -> None:
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


def _places(find_places: FindPlaces | None, text: str) -> Counter:
    if not find_places or not text:
        return Counter()
    return Counter(code for _, code, _ in find_places(text))


def split_articles(blocks: list[Block], find_places: FindPlaces | None = None) -> list[DraftArticle]:
    """Group a page's blocks into articles.

    Title groups (title, subtitle, byline) open articles. A title group with
    no body after it (printed at the end, as in some layouts) takes the text
    before it that no longer names the previous article's place. Furniture
    before the first title becomes the first article's kicker; lead paragraphs
    before it become its opening; captions go to the article they name.
    """
    groups = _title_groups(blocks)
    body_kinds = ("paragraph", "heading", "subheading", "quote")
    if not groups:
        art = DraftArticle()
        firsts = [b for b in blocks if b.kind in ("heading", "subheading")]
        if firsts and firsts[0] is blocks[0]:
            art.title = firsts[0].text
            art.header = [firsts[0]]
            rest = blocks[1:]
        else:
            rest = blocks
        for b in rest:
            if b.kind == "caption":
                art.captions.append(b)
            elif b.kind == "credit":
                art.credits.append(b.text)
            elif b.kind == "byline":
                art.add_byline(b)
            else:
                art.body.append(b)
        if not art.title:
            _infer_title(art)
        if not art.authors:
            _inline_byline(art)
        return [art] if art.body or art.title else []

    # Which groups are trailing (no body text after them before the next group)?
    arts: list[DraftArticle] = []
    owner = [None] * len(blocks)  # article index for each block
    bounds = groups + [(len(blocks), len(blocks))]
    for gi, (s, e) in enumerate(groups):
        art = DraftArticle()
        _fill_header(art, blocks[s : e + 1])
        arts.append(art)
        nxt = bounds[gi + 1][0]
        for k in range(e + 1, nxt):
            owner[k] = gi
        for k in range(s, e + 1):
            owner[k] = -1
    first_start = groups[0][0]
    for k in range(first_start):
        owner[k] = 0

    # Trailing title groups: take body back from the previous article.
    for gi, (s, e) in enumerate(groups):
        has_body = any(blocks[k].kind in ("paragraph",) and owner[k] == gi for k in range(e + 1, len(blocks)))
        if has_body or gi == 0 and s == 0:
            continue
        prev_gi = gi - 1 if gi > 0 else None
        if prev_gi is None:
            # title group after all text, nothing before it: the page's text is its body
            for k in range(s):
                owner[k] = gi
            continue
        prev_header = " ".join(b.text for b in arts[prev_gi].header)
        prev_places = set(_places(find_places, prev_header))
        own_places = set(_places(find_places, " ".join(b.text for b in arts[gi].header)))
        candidates = [k for k in range(s) if owner[k] == prev_gi and blocks[k].kind in body_kinds]
        split = None
        if prev_places and own_places:
            k_idx = len(candidates)
            while k_idx > 0 and not (set(_places(find_places, blocks[candidates[k_idx - 1]].text)) & prev_places):
                k_idx -= 1
            tail = candidates[k_idx:]
            if tail and any(set(_places(find_places, blocks[k].text)) & own_places for k in tail):
                split = tail[0]
        if split is None:
            # fall back: the last section (from the previous article's last heading)
            heads = [k for k in candidates if blocks[k].kind == "heading"]
            split = heads[-1] if heads else None
        if split is not None:
            for k in range(split, s):
                if owner[k] == prev_gi:
                    owner[k] = gi

    # Assemble bodies and captions.
    captions: list[tuple[int, Block]] = []
    for k, b in enumerate(blocks):
        o = owner[k]
        if o is None or o == -1:
            continue
        art = arts[o]
        if b.kind == "caption":
            captions.append((k, b))
        elif b.kind == "credit":
            art.credits.append(b.text)
        elif b.kind == "paragraph" and k < first_start and _han_len(b.text) <= 15 and len(split_sentences(b.text)) == 1:
            captions.append((k, replace(b, kind="caption", extra={"photographers": []})))
        elif b.kind in ("heading", "subheading") and k < first_start and o == 0:
            # furniture above the first title: column names, banners
            if not art.kicker:
                art.kicker = b.text
            else:
                art.banners.append(b.text)
        elif b.kind == "byline":
            art.add_byline(b)
        else:
            art.body.append(b)
    for art in arts:
        art.body.sort(key=lambda b: b.first)
        if not art.title:
            _infer_title(art)
        if not art.authors:
            _inline_byline(art)
    _assign_captions(arts, captions, owner, first_start, find_places)
    return arts


def _inline_byline(art: DraftArticle) -> None:
    """Authors named in the lead sentence (本报讯（记者 X 通讯员 Y）…); the text stays."""
    paras = [b for b in art.body if b.kind == "paragraph"]
    if not paras:
        return
    m = re.match(layout()["inline_byline"], paras[0].text)
    if m:
        art.authors = parse_byline(m.group(1))
        art.bylines.append(m.group(0))


def _infer_title(art: DraftArticle) -> None:
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


def _bigrams(text: str) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _assign_captions(arts: list[DraftArticle], captions: list[tuple[int, Block]], owner: list, first_start: int,
                     find_places: FindPlaces | None) -> None:
    """Give each caption to the article whose place or subject it names."""
    if len(arts) == 1:
        for k, cap in captions:
            (arts[0].leading_captions if k < first_start else arts[0].captions).append(cap)
        return
    grams = [_bigrams(a.text()) for a in arts]
    df = Counter(g for gs in grams for g in gs)
    places = [set(_places(find_places, a.title + a.subtitle + " ".join(b.text for b in a.body[:3]))) for a in arts]
    prev_cap: tuple[Block, int] | None = None
    for k, cap in captions:
        cg = _bigrams(cap.text)
        cp = set(_places(find_places, cap.text))
        scores = []
        for ai, a in enumerate(arts):
            s = sum(1.0 / df[g] for g in cg if g in grams[ai])
            s += 5.0 * len(cp & places[ai])
            scores.append(s)
        best = max(range(len(arts)), key=lambda ai: (scores[ai], ai == owner[k]))
        if scores[best] == 0:
            # nothing named: stay with a caption printed on the same line, else the surrounding article
            if prev_cap and prev_cap[0].first <= cap.last and cap.first <= prev_cap[0].last:
                best = prev_cap[1]
            else:
                best = owner[k]
        prev_cap = (cap, best)
        target = arts[best]
        (target.leading_captions if k < first_start else target.captions).append(cap)
