"""A page image -> printed lines by OCR, each with its box and confidence.

RapidOCR (`rapidocr-onnxruntime`, pinned) runs PP-OCR's Chinese detection,
direction and recognition models, which ship inside its wheel: nothing is
downloaded. Its steps are driven here one by one so that

- detection sees the page at most `det_max_side` pixels long, while the
  recogniser reads each line cut from the page at up to `ocr_max_side`
  (newspaper type is small; RapidOCR's own call reduces the whole page first);
- recognition runs in small batches against a budget of CPU seconds: past
  `ocr_cpu_seconds_per_page` the rest of the page is left unread and
  reported, never silently lost (CPU time, so that a busy machine reads a
  page as an idle one does, and what is cached does not depend on the load);
- every line keeps its score and the characters read with low confidence,
  so that they can be flagged for a human; lines scored below `drop_below`
  (texture in a photo read as text) are dropped and reported;
- a detected line that crosses a column gutter (a gap between characters
  wider than `column_gap`) is split into the columns it crosses;
- the page's tilt (a photographed page) is measured from the line boxes and
  taken out of the geometry that orders the lines; boxes shown on the page
  image stay where the text is.
"""
from __future__ import annotations

import functools
import math
import statistics
import time
from dataclasses import dataclass, field

from .page_layout import Box, Line, settings

_BATCH = 12


@dataclass
class OcrResult:
    lines: list[Line]
    dropped: list[tuple[str, float, Box]] = field(default_factory=list)  # (text, score, box)
    unread: int = 0          # lines detected but not read when the clock ran out
    detected: int = 0
    skew_degrees: float = 0.0


@functools.lru_cache(maxsize=1)
def engine():
    """The OCR engine, loaded once per process (about a second)."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(print_verbose=False)


def _bgr(img):
    import numpy as np

    return np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])


def _skew(quads) -> float:
    """The page's tilt in degrees: median slope of the top edges of long line boxes."""
    angles = []
    for q in quads:
        (x0, y0), (x1, y1) = q[0], q[1]
        dx, dy = x1 - x0, y1 - y0
        if dx > 3 * abs(q[3][1] - q[0][1]) and dx > 0:
            angles.append(math.degrees(math.atan2(dy, dx)))
    return statistics.median(angles) if len(angles) >= 3 else 0.0


def _rotate(box_pts, angle: float, cx: float, cy: float) -> Box:
    """Axis-aligned box of points turned by -angle degrees about (cx, cy)."""
    a = math.radians(-angle)
    ca, sa = math.cos(a), math.sin(a)
    xs, ys = [], []
    for x, y in box_pts:
        xs.append(cx + (x - cx) * ca - (y - cy) * sa)
        ys.append(cy + (x - cx) * sa + (y - cy) * ca)
    return min(xs), min(ys), max(xs), max(ys)


def _bounds(pts) -> Box:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def read_page(img, budget: float | None = None) -> OcrResult:
    """OCR one page (a PIL image). Coordinates in the result are pixels of img."""
    import numpy as np

    from .images import reduced

    cfg = settings()
    budget = cfg["ocr_cpu_seconds_per_page"] if budget is None else budget
    start = time.process_time()
    eng = engine()
    work = reduced(img, cfg["ocr_max_side"])
    to_page = img.size[0] / work.size[0]  # work pixels -> page pixels
    det_img = reduced(work, cfg["det_max_side"])
    to_work = work.size[0] / det_img.size[0]
    boxes, _ = eng.text_det(_bgr(det_img))
    if boxes is None or len(boxes) == 0:
        return OcrResult([])
    boxes = [np.asarray(b, dtype=np.float32) * to_work for b in eng.sorted_boxes(np.asarray(boxes))]
    work_arr = _bgr(work)
    skew = _skew([b.tolist() for b in boxes])
    cx, cy = img.size[0] / 2, img.size[1] / 2
    result = OcrResult([], detected=len(boxes), skew_degrees=round(skew, 2))
    for lo in range(0, len(boxes), _BATCH):
        if time.process_time() - start > budget:
            result.unread = len(boxes) - lo
            break
        chunk = boxes[lo: lo + _BATCH]
        crops = eng.get_crop_img_list(work_arr, [b.copy() for b in chunk])
        crops, turns, _ = eng.text_cls(crops)
        rec, _ = eng.text_rec(crops, True)
        for quad, crop, turn, (text, score, info) in zip(chunk, crops, turns, rec):
            quad = (quad * to_page).tolist()
            if not text.strip():
                continue
            if score < cfg["drop_below"]:
                result.dropped.append((text, float(score), _bounds(quad)))
                continue
            flipped = "180" in turn[0] and turn[1] > eng.text_cls.cls_thresh
            chars = _chars(text, info, crop)
            result.lines.extend(_lines(chars, quad, crop.shape[1], flipped, float(score), skew, cx, cy))
    return result


@dataclass
class _Char:
    ch: str
    t: float        # centre along the line, 0..1 from its start (reading order)
    conf: float
    blank: float    # widest blank gap in the print between this character and the one before, in pixels of the crop


def _along(quad, t: float, vertical: bool) -> tuple[tuple[float, float], tuple[float, float]]:
    """The two points across the line at fraction t of its length (top/bottom, or left/right)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad
    if vertical:  # read top to bottom: along the left and right edges
        return (x0 + (x3 - x0) * t, y0 + (y3 - y0) * t), (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
    return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t), (x3 + (x2 - x3) * t, y3 + (y2 - y3) * t)


def _is_vertical(quad) -> bool:
    """RapidOCR turns a crop a quarter when it is 1.5 times taller than wide (a vertical line)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = quad
    w = max(math.dist((x0, y0), (x1, y1)), math.dist((x2, y2), (x3, y3)))
    h = max(math.dist((x0, y0), (x3, y3)), math.dist((x1, y1), (x2, y2)))
    return h >= 1.5 * w


def _ink_columns(crop):
    """For each pixel column of a cut-out line: is anything printed there?"""
    import numpy as np

    grey = crop.mean(axis=2) if crop.ndim == 3 else crop
    paper = float(np.percentile(grey, 90))
    dark = grey < paper - max(30.0, 0.25 * paper)
    return dark.sum(axis=0) > 0


def _widest_blank(ink, a: int, b: int) -> int:
    """The longest run of blank columns in ink[a:b]."""
    best = run = 0
    for v in ink[max(0, a): max(0, b)]:
        run = 0 if v else run + 1
        best = max(best, run)
    return best


def _chars(text: str, info, crop) -> list[_Char]:
    """Each character read, with where its centre is along the cut-out line.

    The recogniser reports the column of its output where each character was
    read (CTC); columns are evenly spaced along the cut-out line. The blank
    print between neighbours is measured on the crop itself: the recogniser's
    columns are too coarse to tell a space from a wide character."""
    col_num, words, cols, _, confs = info
    chars = [c for w in words for c in w]
    positions = [c for w in cols for c in w]
    confs = list(confs) if len(confs) == len(text) else [1.0] * len(text)
    n = len(text)
    if "".join(chars) != text or not col_num:
        ts = [(k + 0.5) / n for k in range(n)]  # no positions: spread evenly
    else:
        ts = [(c + 0.5) / col_num for c in positions]
    width = crop.shape[1]
    ink = _ink_columns(crop)
    out = []
    for k, (ch, t, c) in enumerate(zip(text, ts, confs)):
        blank = _widest_blank(ink, round(ts[k - 1] * width), round(t * width)) if k else 0
        out.append(_Char(ch, t, float(c), blank))
    return out


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _pitch(chars: list[_Char]) -> float | None:
    """Distance between the centres of neighbouring Han characters, as a fraction
    of the line: the span of each pair of neighbours set without a gap, averaged
    (one column of the recogniser's output is a fifth of a character or so:
    averaging over the line evens that out). None without two Han neighbours."""
    steps = [b.t - a.t for a, b in zip(chars, chars[1:]) if _han(a.ch) and _han(b.ch) and b.t > a.t]
    if not steps:
        return None
    typical = sorted(steps)[len(steps) // 2]
    kept = [d for d in steps if d <= 1.4 * typical]
    return sum(kept) / len(kept)


# Chinese punctuation sits in a full character cell, half of it blank: no space is
# told after or before it (a space after 。 cannot be told from the blank half)
_NO_SPACE_NEXT = set("，、；：。！？”’）》」』】（《“‘「『【")
_NO_SPACE_BEFORE = set("，、；：。！？）》”’」』】")


def _lines(chars: list[_Char], quad, crop_width: int, flipped: bool, score: float, skew: float,
           cx: float, cy: float) -> list[Line]:
    """One detected text line -> Lines: split where the blank between two
    characters is a column gutter; a space where the print is blank for a
    third of a character and the characters stand further apart than the
    line's pitch (both, because either alone mistakes wide characters)."""
    cfg = settings()
    vertical = _is_vertical(quad) and len(chars) > 1
    shown = _bounds(quad)
    start, end = _along(quad, 0, vertical)[0], _along(quad, 1, vertical)[0]
    length = math.dist(start, end)
    pitch_t = _pitch(chars)
    if pitch_t is not None:
        size = pitch_t * length
    else:  # no two Han characters side by side: the line's thickness
        size = (shown[2] - shown[0]) if vertical else (shown[3] - shown[1])
        pitch_t = size / max(length, 1.0)
    em = max(1.0, pitch_t * crop_width)  # one character, in pixels of the crop
    parts: list[list[_Char]] = [[]]
    spaced: set[int] = set()
    for i, ch in enumerate(chars):
        if i:
            prev = chars[i - 1]
            gap = ch.blank / em
            if gap > cfg["column_gap"] + 0.3 and not vertical:
                parts.append([])
            elif (gap > 0.3 and (ch.t - prev.t) > 1.05 * pitch_t
                  and prev.ch not in _NO_SPACE_NEXT and ch.ch not in _NO_SPACE_BEFORE):
                spaced.add(i)
        parts[-1].append(ch)
    out = []
    idx = 0
    for part in parts:
        text = "".join((" " if idx + j in spaced and j else "") + c.ch for j, c in enumerate(part))
        idx += len(part)
        if len(parts) == 1:
            t0, t1 = 0.0, 1.0
        else:
            t0 = max(0.0, part[0].t - pitch_t / 2)
            t1 = min(1.0, part[-1].t + pitch_t / 2)
        if flipped:  # the crop was read upside down: fractions run from the quad's far end
            t0, t1 = 1 - t1, 1 - t0
        pts = (*_along(quad, t0, vertical), *_along(quad, t1, vertical))
        box_shown = _bounds(pts)
        box_laid = _rotate(pts, skew, cx, cy) if abs(skew) > 0.3 else box_shown
        weak = [(c.ch, round(c.conf, 3)) for c in part if c.conf < cfg["flag_char_below"]]
        line_score = score if len(parts) == 1 else min(score, statistics.mean(c.conf for c in part))
        out.append(Line(text, box_laid, size, round(line_score, 4), vertical, weak, shown=box_shown,
                        exact_size=False))
    return out
