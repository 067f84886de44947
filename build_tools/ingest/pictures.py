"""Where the pictures are on a scanned page: large inked areas that are not text.

A PDF says where its pictures are; a scan does not. Captions are found by
their place under a picture, so the pictures of a scan are found here: the
page is reduced, text lines are blanked out, and what remains darker than
the paper in one large connected piece (a photo, a map, a chart) is a picture.
"""
from __future__ import annotations

from .page_layout import Box

_WORK_SIDE = 600  # the page is looked at this many pixels on its long side


def find_pictures(img, text_boxes: list[Box], unit: float) -> list[Box]:
    """Boxes (in img pixels) of the pictures on a page image.

    unit: the body text size in img pixels; a picture is at least four body
    lines high and wide, and not mostly covered by text."""
    import cv2
    import numpy as np

    w, h = img.size
    k = min(1.0, _WORK_SIDE / max(w, h))
    small = np.asarray(img.convert("L").resize((max(1, round(w * k)), max(1, round(h * k)))), dtype=np.uint8)
    paper = float(np.percentile(small, 90))
    ink = (small < paper - 35).astype(np.uint8)
    pad = max(1, round(0.3 * unit * k))
    for x0, y0, x1, y1 in text_boxes:
        ink[max(0, round(y0 * k) - pad): round(y1 * k) + pad, max(0, round(x0 * k) - pad): round(x1 * k) + pad] = 0
    close = max(1, round(0.5 * unit * k))
    ink = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((close, close), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    out: list[Box] = []
    least = 4 * unit * k
    for i in range(1, count):
        x, y, bw, bh, area = stats[i]
        if bw >= least and bh >= least and area >= 0.3 * bw * bh:
            out.append((float(x / k), float(y / k), float((x + bw) / k), float((y + bh) / k)))
    return out
