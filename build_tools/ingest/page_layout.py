"""Printed lines with their boxes -> blocks, reading order and paragraphs.

A newspaper page is columns of text under titles that span them, photos
with captions under them, several articles side by side. The PDF text layer
and OCR both give lines with a box and a type size; this module rebuilds
what the reader sees:

1. lines -> blocks: lines of one column and one type size, stacked at a
   steady line pitch (a title of two centred lines is one block too);
2. blocks -> reading order, after Breuel (2003): a block comes before another
   when it is above it and their columns overlap, or when it is entirely to
   its left and nothing printed between them spans both (a title across
   both columns, a rule of text); the order is a topological sort;
3. blocks -> paragraphs: a new paragraph at an indented first line or after
   a short last line; a paragraph that runs off the bottom of a column
   continues at the top of the next one;
4. roles from the type: `title` (much larger than the body text), `heading`
   (larger), `caption` (smaller text right under a picture), `body`.

Coordinates: x to the right, y downwards, in the page's own unit (PDF points
or image pixels). Thresholds are in data/page_input.yaml, in units of the
body text size.
"""
from __future__ import annotations

import functools
import re
import statistics
from dataclasses import dataclass, field

from ..data import load_data

Box = tuple[float, float, float, float]  # x0, y0, x1, y1

_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]$")
_LATIN_START = re.compile(r"^[A-Za-z(]")


@functools.lru_cache(maxsize=1)
def settings() -> dict:
    """data/page_input.yaml, loaded once per process."""
    return load_data("page_input.yaml")


@dataclass
class Line:
    """One printed line: its text, box, type size, and how sure the reader is.

    conf is 1.0 for a PDF text layer; for OCR the recogniser's line score,
    with `weak_chars` [(character, score)] for the characters it was unsure of.
    `box` is the geometry used for the layout (straightened when a photo of
    the page is tilted); `shown`, when set, is where the line is on the image.
    """

    text: str
    box: Box
    size: float
    conf: float = 1.0
    vertical: bool = False
    weak_chars: list[tuple[str, float]] = field(default_factory=list)
    shown: Box | None = None
    exact_size: bool = True  # False for OCR: the size is measured from the image, within some 20 %


@dataclass
class Block:
    lines: list[Line]
    figure: bool = False  # a picture (no text): orders captions, separates columns
    role: str = "body"

    @property
    def box(self) -> Box:
        xs0, ys0, xs1, ys1 = zip(*(ln.box for ln in self.lines))
        return min(xs0), min(ys0), max(xs1), max(ys1)

    @property
    def size(self) -> float:
        return statistics.median(ln.size for ln in self.lines)


@dataclass
class Paragraph:
    """A paragraph (or title, heading, caption) in reading order, with the
    boxes of its parts (one per column it runs through) and its lines."""

    role: str
    text: str
    boxes: list[Box]
    size: float
    lines: list[Line]

    @property
    def conf(self) -> float:
        return min((ln.conf for ln in self.lines), default=1.0)


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def body_size(lines: list[Line]) -> float:
    """The size of the body text: the median type size, weighted by characters."""
    sizes = sorted((ln.size, max(1, len(ln.text))) for ln in lines)
    if not sizes:
        return 1.0
    half, seen = sum(n for _, n in sizes) / 2, 0
    for size, n in sizes:
        seen += n
        if seen >= half:
            return size
    return sizes[-1][0]


def _fits(block: Block, line: Line, unit: float) -> bool:
    """Does line continue block: same column, same type, next line down?"""
    last = block.lines[-1]
    if line.vertical or last.vertical:
        return False
    lone = settings()["lone_line"]
    if bool(re.fullmatch(lone, line.text.strip())) != bool(re.fullmatch(lone, last.text.strip())):
        return False  # (视频 | 某地：… / 02:36: a clip's length under its headline, a line of its own)
    size = max(last.size, line.size)
    ratio = size / max(min(last.size, line.size), 1e-6)
    exact = last.exact_size and line.exact_size
    # OCR measures sizes within some 10 % (a two-character line less well): two lines in
    # title type, one under the other, are one title when their sizes are that close
    titles = not exact and min(last.size, line.size) >= settings()["title_size_ratio"] * unit
    if ratio > (1.15 if exact else 1.35 if titles else 1.22):
        return False
    gap = line.box[1] - last.box[3]
    if gap < -0.3 * size or gap > 0.9 * size:
        return False
    if len(block.lines) >= 2:
        pitch = last.box[1] - block.lines[-2].box[1]
        if abs((line.box[1] - last.box[1]) - pitch) > 0.35 * size:
            return False
    bx0, _, bx1, _ = block.box
    x0, _, x1, _ = line.box
    if x0 > bx1:
        return False
    # a paragraph's first line is indented: the lines under it start further left
    flush_left = abs(x0 - bx0) <= 2.6 * size and x1 <= bx1 + 0.6 * size
    centred = abs((x0 + x1) / 2 - (bx0 + bx1) / 2) <= 1.0 * size and size >= 1.1 * unit and (ratio <= 1.2 or titles)
    return flush_left or centred


def make_blocks(lines: list[Line], unit: float) -> list[Block]:
    """Lines (any order) -> blocks of one column and one type size.

    Vertical lines (text set top to bottom) each form their own block; they
    are ordered right to left later."""
    blocks: list[Block] = []
    open_: list[Block] = []
    for line in sorted(lines, key=lambda ln: (ln.box[1], ln.box[0])):
        best = None
        for b in open_:
            if _fits(b, line, unit):
                if best is None or abs(b.box[0] - line.box[0]) < abs(best.box[0] - line.box[0]):
                    best = b
        if best is not None:
            best.lines.append(line)
            continue
        b = Block([line])
        blocks.append(b)
        open_.append(b)
        # blocks far above this line can no longer grow: keep the open list short
        open_ = [o for o in open_ if o.box[3] > line.box[1] - 3 * max(line.size, unit)]
    return blocks


def _vertical_runs(blocks: list[Block]) -> list[Block]:
    """Vertical lines side by side at the same height form one block, read right to left."""
    runs: list[Block] = []
    for b in sorted((b for b in blocks if b.lines[0].vertical), key=lambda b: -b.box[2]):
        prev = runs[-1] if runs else None
        if (prev is not None
                and _overlap(prev.box[1], prev.box[3], b.box[1], b.box[3]) > 0.5 * min(prev.box[3] - prev.box[1], b.box[3] - b.box[1])
                and 0 <= prev.lines[-1].box[0] - b.box[2] <= 1.5 * b.size):
            prev.lines.append(b.lines[0])
            continue
        runs.append(b)
    return [b for b in blocks if not b.lines[0].vertical] + runs


def _bands(blocks: list[Block], unit: float) -> list[list[Block]]:
    """Split the page at white bands across its whole width (wider than
    `band_gap` body sizes): everything above such a band is read first."""
    gap = settings()["band_gap"] * unit
    bands: list[list[Block]] = []
    bottom = None
    for b in sorted(blocks, key=lambda b: b.box[1]):
        if bottom is None or b.box[1] - bottom >= gap:
            bands.append([])
            bottom = b.box[3]
        bands[-1].append(b)
        bottom = max(bottom, b.box[3])
    return bands


def _order_spans(blocks: list[Block]) -> list[tuple[float, float]]:
    """x-ranges used for ordering: a short block centred under a wider one (a
    byline under its title, a subtitle) counts as wide as the block above it,
    so that it is read before the columns under that title."""
    spans = {id(b): (b.box[0], b.box[2]) for b in blocks}
    for b in sorted(blocks, key=lambda b: b.box[1]):
        if b.figure or len(b.lines) > 2:
            continue
        x0, y0, x1, _ = b.box
        size = b.size
        for a in blocks:
            ax0, _, ax1, ay1 = a.box
            sx0, sx1 = spans[id(a)]
            if (a is not b and not a.figure and 0 <= y0 - ay1 <= 2.0 * size and sx0 - 0.5 * size <= x0 and x1 <= sx1 + 0.5 * size
                    and abs((x0 + x1) / 2 - (ax0 + ax1) / 2) <= 1.5 * size and (x1 - x0) < (sx1 - sx0)):
                spans[id(b)] = (sx0, sx1)
                break
    # a headline over columns (安龙县“积分超市”… over the two columns of its text, narrower than
    # them both): it heads them all, so it counts as wide as they are together, and the column
    # beside the text above it is read before it
    for b in blocks:
        if b.figure or len(b.lines) > 2:
            continue
        x0, _, x1, y1 = b.box
        under = [c for c in blocks if c is not b and not c.figure and 0 <= c.box[1] - y1 <= 2.0 * b.size
                 and c.box[0] >= x0 - b.size]
        if len(under) >= 2 and max(c.box[0] for c in under) >= x1 and min(c.box[0] for c in under) <= x0 + b.size:
            sx0, sx1 = spans[id(b)]
            spans[id(b)] = (min(sx0, *(c.box[0] for c in under)), max(sx1, *(c.box[2] for c in under)))
    return [spans[id(b)] for b in blocks]


def _breuel(blocks: list[Block]) -> list[Block]:
    """Blocks of one band in reading order (Breuel's two rules, topological sort).

    a before b when (1) their x-ranges overlap and a is above b, or (2) a is
    entirely left of b and no block c lying between them in y overlaps both
    in x. Vertical text reads right to left: rule 2 is mirrored for two
    vertical blocks; vertical text beside horizontal text is read after what
    lies entirely above it. The pairs are compared as arrays (numpy): a dense
    page has hundreds of blocks, and rule 2 looks at every third block.
    """
    import heapq

    import numpy as np

    n = len(blocks)
    if n < 2:
        return list(blocks)
    boxes = np.array([b.box for b in blocks], dtype=float)
    spans = np.array(_order_spans(blocks), dtype=float)
    sx0, sx1 = spans[:, 0], spans[:, 1]
    y0, y1 = boxes[:, 1], boxes[:, 3]
    cy = (y0 + y1) / 2
    vert = np.array([bool(b.lines) and b.lines[0].vertical for b in blocks])
    ov = np.minimum(sx1[:, None], sx1[None, :]) - np.maximum(sx0[:, None], sx0[None, :]) > 0
    after = ov & (cy[:, None] < cy[None, :]) & (y0[:, None] <= y0[None, :])               # rule 1
    apart = (y1[:, None] <= y0[None, :]) | (y1[None, :] <= y0[:, None])
    mixed = (vert[:, None] != vert[None, :]) & apart & ~ov
    after |= mixed & (y1[:, None] <= y0[None, :])                                         # vertical beside horizontal
    left = np.where(vert[:, None] & vert[None, :], sx1[None, :] <= sx0[:, None] + 1e-6,   # right to left
                    sx1[:, None] <= sx0[None, :] + 1e-6)
    cand = left & ~ov & ~mixed
    np.fill_diagonal(cand, False)
    lo = np.minimum(y1[:, None], y1[None, :])  # the y-interval between a and b
    hi = np.maximum(y0[:, None], y0[None, :])
    for i in range(n):
        js = np.nonzero(cand[i])[0]
        if not len(js):
            continue
        over_a = (sx0 < sx1[i]) & (sx1 > sx0[i])
        over_b = (sx0[None, :] < sx1[js][:, None]) & (sx1[None, :] > sx0[js][:, None])
        in_y = (cy[None, :] >= lo[i, js][:, None]) & (cy[None, :] <= hi[i, js][:, None])
        between = over_a[None, :] & over_b & in_y
        between[:, i] = False
        between[np.arange(len(js)), js] = False
        after[i, js[~between.any(axis=1)]] = True                                        # rule 2
    np.fill_diagonal(after, False)
    indeg = after.sum(axis=0)
    key = [(boxes[i, 1], boxes[i, 0], i) for i in range(n)]
    ready = [key[i] for i in range(n) if indeg[i] == 0]
    heapq.heapify(ready)
    done = [False] * n
    order: list[int] = []
    while len(order) < n:
        if not ready:  # a cycle (overlapping boxes): break it at the top-most, left-most block
            heapq.heappush(ready, min(key[i] for i in range(n) if not done[i]))
        *_, i = heapq.heappop(ready)
        if done[i]:
            continue
        done[i] = True
        order.append(i)
        for j in np.nonzero(after[i])[0]:
            indeg[j] -= 1
            if indeg[j] == 0 and not done[j]:
                heapq.heappush(ready, key[j])
    return [blocks[i] for i in order]


def reading_order(blocks: list[Block], unit: float) -> list[Block]:
    """Blocks in reading order: bands top to bottom, each band by `_breuel`."""
    return [b for band in _bands(blocks, unit) for b in _breuel(band)]


def _join(a: str, b: str) -> str:
    """Two printed lines of one paragraph: no space between Chinese characters,
    one between Latin words."""
    if not a:
        return b
    if _LATIN_END.search(a) and _LATIN_START.search(b):
        return a + " " + b
    return a + b


def _role(block: Block, unit: float, figures: list[Box]) -> str:
    cfg = settings()
    size = block.size
    if block.lines and block.lines[-1].text.rstrip()[-1:] in (cfg.get("body_line_ends") or ""):
        size = min(size, unit)  # (a line ending as a sentence does is text, whatever its height)
    if size >= cfg["title_size_ratio"] * unit:
        return "title"
    if size >= cfg["heading_size_ratio"] * unit:
        return "heading"
    x0, y0, x1, y1 = block.box
    if size <= unit * 1.02 and len(block.lines) <= 4:
        for fx0, fy0, fx1, fy1 in figures:
            if (-0.5 * size <= y0 - fy1 <= cfg["caption_gap"] * size
                    and _overlap(fx0, fx1, x0, x1) >= 0.5 * (x1 - x0)):
                return "caption"
    return "body"


def _split_paragraphs(block: Block) -> list[list[Line]]:
    """A body block's lines -> paragraphs: an indented line starts one, a short line ends one.
    (For vertical text "indented" is lower, "short" ends higher.)"""
    if block.role != "body":
        return [block.lines]
    vertical = block.lines[0].vertical
    lo, hi = (1, 3) if vertical else (0, 2)
    start, end = block.box[lo], block.box[hi]
    paras: list[list[Line]] = []
    for k, ln in enumerate(block.lines):
        size = ln.size
        indented = ln.box[lo] - start >= 1.2 * size
        prev_short = k > 0 and block.lines[k - 1].box[hi] < end - 1.5 * size
        if not paras or indented or prev_short:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


def _continues(prev: Paragraph, prev_block: Block, block: Block) -> bool:
    """Does the paragraph that ends prev_block go on at the top of block (the next column)?"""
    if prev.role != "body" or block.role != "body" or block.lines[0].vertical:
        return False
    last, first = prev_block.lines[-1], block.lines[0]
    # OCR measures a size from the character pitch: a justified, letter-spaced line reads larger
    if abs(prev_block.size - block.size) > (0.1 if last.exact_size else 0.2) * prev_block.size:
        return False
    full = last.box[2] >= prev_block.box[2] - 1.0 * last.size
    not_indented = first.box[0] - block.box[0] < 1.0 * first.size
    ends = prev.text.rstrip()[-1:] in "。！？!?…"
    return full and not_indented and not ends and len(prev_block.lines) > 1


def layout_page(lines: list[Line], figures: list[Box] = ()) -> list[Paragraph]:
    """A page's printed lines and picture boxes -> paragraphs in reading order."""
    lines = [ln for ln in lines if ln.text.strip()]
    if not lines:
        return []
    unit = body_size([ln for ln in lines if not ln.vertical] or lines)
    blocks = _vertical_runs(make_blocks(lines, unit))
    figures = list(figures)
    for b in blocks:
        b.role = _role(b, unit, figures)
    fig_blocks = [Block([Line("", f, unit)], figure=True, role="figure") for f in figures]
    ordered = reading_order(blocks + fig_blocks, unit)
    out: list[Paragraph] = []
    held: list[Paragraph] = []  # captions met while a paragraph may still continue
    prev_block: Block | None = None
    for block in ordered:
        if block.figure:
            continue
        if block.role == "caption" and out and out[-1].role == "body" and out[-1].text.rstrip()[-1:] not in "。！？!?…":
            held.append(_paragraph(block, block.lines))
            continue
        for k, para_lines in enumerate(_split_paragraphs(block)):
            para = _paragraph(block, para_lines)
            last_body = next((p for p in reversed(out) if p.role == "body"), None)
            if (k == 0 and prev_block is not None and last_body is not None and last_body is out[-1]
                    and _continues(last_body, prev_block, block)):
                last_body.text = _join(last_body.text, para.text)
                last_body.boxes.extend(para.boxes)
                last_body.lines.extend(para.lines)
                continue
            if held and block.role == "body":
                out.extend(held)
                held = []
            out.append(para)
        if block.role == "body":
            prev_block = block
    out.extend(held)
    return out


def _paragraph(block: Block, lines: list[Line]) -> Paragraph:
    text = ""
    for ln in lines:
        text = _join(text, ln.text.strip())
    xs0, ys0, xs1, ys1 = zip(*(ln.shown or ln.box for ln in lines))
    return Paragraph(block.role, text, [(min(xs0), min(ys0), max(xs1), max(ys1))],
                     statistics.median(ln.size for ln in lines), list(lines))
