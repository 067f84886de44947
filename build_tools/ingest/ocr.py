"""A page image -> printed lines by OCR, each with its box and confidence.

RapidOCR (`rapidocr-onnxruntime`, pinned) runs PP-OCR's Chinese detection,
direction and recognition models, which ship inside its wheel: nothing is
downloaded. Its steps are driven here one by one so that

- detection sees the page at most `det_max_side` pixels long, while the
  recogniser reads each line cut from the page at up to `ocr_max_side`
  (newspaper type is small; RapidOCR's own call reduces the whole page first);
- recognition runs in small batches with a clock: past `ocr_seconds_per_page`
  the rest of the page is left unread and reported, never silently lost;
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
    budget = cfg["ocr_seconds_per_page"] if budget is None else budget
    start = time.monotonic()
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
        if time.monotonic() - start > budget:
            result.unread = len(boxes) - lo
            break
        chunk = boxes[lo: lo + _BATCH]
        crops = eng.get_crop_img_list(work_arr, [b.copy() for b in chunk])
        crops, _, _ = eng.text_cls(crops)
        rec, _ = eng.text_rec(crops, True)
        rec = eng.cal_rec_boxes(crops, [b.copy() for b in chunk], rec)
        for quad, (text, score, word_boxes, words, confs) in zip(chunk, rec):
            quad = (quad * to_page).tolist()
            if not text.strip():
                continue
            if score < cfg["drop_below"]:
                result.dropped.append((text, float(score), _bounds(quad)))
                continue
            chars = _chars(text, words, word_boxes, confs, to_page)
            result.lines.extend(_lines(chars, quad, float(score), skew, cx, cy))
    return result


def _chars(text, words, word_boxes, confs, scale) -> list[tuple[str, Box | None, float]]:
    """(character, box in page pixels or None, score) for each character read.

    RapidOCR gives a box per Chinese character and per Latin word; a word's
    box is shared out evenly between its letters."""
    confs = list(confs) if confs is not None and len(confs) == len(text) else [None] * len(text)
    out: list[tuple[str, Box | None, float]] = []
    k = 0
    for word, wbox in zip(words or [], word_boxes or []):
        x0, y0, x1, y1 = _bounds([(p[0] * scale, p[1] * scale) for p in wbox])
        n = len(word)
        for m, ch in enumerate(word):
            if k < len(text) and text[k] != ch:  # not aligned: give up on boxes
                break
            box = (x0 + (x1 - x0) * m / n, y0, x0 + (x1 - x0) * (m + 1) / n, y1)
            out.append((ch, box, confs[k] if k < len(confs) and confs[k] is not None else 1.0))
            k += 1
    if k != len(text) or len(out) != len(text):  # no usable word boxes: characters without boxes
        return [(ch, None, c if c is not None else 1.0) for ch, c in zip(text, confs)]
    return out


def _lines(chars, quad, score: float, skew: float, cx: float, cy: float) -> list[Line]:
    """One detected text line -> Lines: split where the gap between characters
    is a column gutter; a space where a gap is clearly wider than usual."""
    cfg = settings()
    shown = _bounds(quad)
    laid = _rotate(quad, skew, cx, cy) if abs(skew) > 0.3 else shown
    height = max(1.0, laid[3] - laid[1])
    vertical = (shown[3] - shown[1]) > 1.5 * (shown[2] - shown[0]) and len(chars) > 1
    size = (shown[2] - shown[0]) if vertical else height
    parts: list[list[tuple[str, Box | None, float]]] = [[]]
    gaps = []
    if all(b is not None for _, b, _ in chars) and not vertical:
        gaps = [b[1][0] - a[1][2] for a, b in zip(chars, chars[1:])]
    usual = sorted(gaps)[len(gaps) // 4] if gaps else 0.0
    spaced: list[bool] = [False] * len(chars)
    for i, ch in enumerate(chars):
        if i and gaps:
            gap = gaps[i - 1]
            if gap > cfg["column_gap"] * size * 1.5:
                parts.append([])
            elif gap > max(usual, 0.0) + 0.3 * size:
                spaced[i] = True
        parts[-1].append(ch)
    out = []
    idx = 0
    for part in parts:
        text = ""
        for j, (ch, _, _) in enumerate(part):
            if spaced[idx + j] and text:
                text += " "
            text += ch
        idx += len(part)
        if len(parts) == 1 or part[0][1] is None:
            box_shown, box_laid = shown, laid
        else:
            bx = _bounds([(p[0], p[1]) for _, b, _ in part for p in ((b[0], b[1]), (b[2], b[3]))])
            box_shown = (bx[0], shown[1], bx[2], shown[3])
            box_laid = _rotate(((bx[0], shown[1]), (bx[2], shown[1]), (bx[2], shown[3]), (bx[0], shown[3])), skew, cx, cy) \
                if abs(skew) > 0.3 else box_shown
        weak = [(ch, round(c, 3)) for ch, _, c in part if c < cfg["flag_char_below"]]
        line_score = min(score, statistics.mean(c for _, _, c in part)) if len(parts) > 1 else score
        out.append(Line(text, box_laid, size, round(line_score, 4), vertical, weak, shown=box_shown))
    return out
