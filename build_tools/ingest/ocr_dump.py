"""An OCR engine's printed result saved as text -> the text lines it recognised.

PaddleOCR (and tools built on it) print what they read as a log line naming the image, then one
line per detected text box: its four corners and the text with its confidence,

    [2024/02/05 10:12:33] ppocr INFO: **********/data/scan/p4.jpg**********
    [[[102.0, 38.0], [688.0, 38.0], [688.0, 80.0], [102.0, 80.0]], ('某某日报', 0.9971)]

The coordinates, the confidences and the log lines are no words of the article: only the texts
are kept, one line each, in the order the engine printed them (its reading order), the page's
images apart as pages are. Boxes read with a confidence under data/page_input.yaml
`ocr_dump.low_confidence` are kept (a misread line still carries the sentence) and counted in
the note, which says what was dropped.
"""
from __future__ import annotations

import ast
import re

from ..data import data_file

_NUM = r"-?\d+(?:\.\d+)?"
_PT = rf"\[\s*{_NUM}\s*,\s*{_NUM}\s*\]"
_BOX_LINE = re.compile(rf"^\s*\[?\s*(?P<box>\[\s*{_PT}(?:\s*,\s*{_PT}){{3}}\s*\])\s*,\s*[(\[]\s*(?P<text>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\s*,\s*(?P<conf>{_NUM})\s*[)\]]\s*\]?\s*,?\s*$")
_LOG_LINE = re.compile(r"^\s*\[\d{4}[/-]\d{1,2}[/-]\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]\s+\S+\s+(?:DEBUG|INFO|WARNING|ERROR)\b")
_IMAGE = re.compile(r"\*{3,}\s*(.+?)\s*\*{3,}")


def _settings() -> dict:
    return data_file("page_input.yaml").get("ocr_dump", {})


def is_ocr_dump(text: str) -> bool:
    """Are most non-blank lines an OCR engine's boxes (and its log lines)?

    >>> is_ocr_dump("[[[1.0, 2.0], [3.0, 2.0], [3.0, 4.0], [1.0, 4.0]], ('文明', 0.98)]\\n" * 3)
    True
    >>> is_ocr_dump("文明城市\\n正文。\\n")
    False
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    boxes = sum(1 for ln in lines if _BOX_LINE.match(ln))
    logs = sum(1 for ln in lines if _LOG_LINE.match(ln))
    return boxes >= _settings().get("min_boxes", 3) and boxes + logs >= 0.8 * len(lines)


def _same_row(a: tuple, b: tuple) -> bool:
    """Is box b right of box a on the same printed line (their heights overlap by half)?"""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return b[0] >= a[2] - 2 and overlap > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _new_block(a: tuple, b: tuple) -> bool:
    """Does box b, under box a, start a new block: another type size, or a gap of a line or more?
    (A box higher than the one before it is the top of the next column: the text runs on.)"""
    ha, hb = a[3] - a[1], b[3] - b[1]
    if max(ha, hb) > float(_settings().get("size_ratio", 1.3)) * min(ha, hb):
        return True
    gap = b[1] - a[3]
    return gap > float(_settings().get("block_gap", 0.6)) * min(ha, hb)


def read_ocr_dump(name: str, text: str) -> tuple[str, list[str]] | None:
    if not is_ocr_dump(text):
        return None
    low = float(_settings().get("low_confidence", 0.8))
    out: list[str] = []
    images, boxes, weak, other = 0, 0, [], 0
    last = None  # the previous box's (x0, y0, x1, y1), while on the same line of text
    for ln in text.split("\n"):
        if not ln.strip():
            continue
        m = _BOX_LINE.match(ln)
        if m:
            try:
                words = str(ast.literal_eval(m.group("text"))).strip()
            except (ValueError, SyntaxError):
                words = m.group("text")[1:-1]
            boxes += 1
            if float(m.group("conf")) < low:
                weak.append(words)
            pts = [float(v) for v in re.findall(_NUM, m.group("box"))]
            box = (min(pts[0::2]), min(pts[1::2]), max(pts[0::2]), max(pts[1::2]))
            if words and last is not None and out and out[-1] and _same_row(last, box):
                out[-1] += "  " + words  # boxes side by side on one printed line (a masthead and its date)
            elif words:
                if last is not None and out and out[-1] and _new_block(last, box):
                    out.append("")
                out.append(words)
            last = box
            continue
        if _LOG_LINE.match(ln):
            last = None
            if _IMAGE.search(ln) and out:  # a new image: a new page
                out.append("")
            images += bool(_IMAGE.search(ln))
            continue
        other += 1
        last = None
        out.append(ln.strip())
    note = (f"{name}: an OCR engine's printed result: the texts of {boxes} boxes kept in the engine's order; "
            f"dropped their corner coordinates and confidences and {images or 'no'} log line(s)"
            + (f"; {len(weak)} box(es) read with a confidence under {low}: " + " / ".join(weak) if weak else ""))
    return "\n".join(out) + "\n", [note]
