"""Pages read from a PDF or an image -> page text in the shape the text pipeline reads.

The repair and structure steps read lines of text: blank lines between
blocks, `#` before a line in title type, `##` before one in heading type.
This module writes the paragraphs of each page that way, one paragraph a
line (a line in heading type right under a title is its subtitle: no mark), a caption framed by two blank lines on each side (the gap that marks
a caption in flat text too), three blank lines between pages. Beside the
text it keeps, for every line, where it is on which page (`line_map`), a
layout hint for captions under pictures (`hints`; a later step may use or
ignore them), and flags for a human where OCR was unsure.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Flag
from .page_layout import Box, Paragraph, settings


@dataclass
class PageRead:
    """One page of a PDF or image file, read."""

    number: int                 # 1-based page number in the file
    width: float                # page size in `unit`
    height: float
    unit: str                   # "pt" (PDF points) or "px" (image pixels)
    method: str                 # "text layer" or "ocr"
    paragraphs: list[Paragraph]
    image: bytes = b""          # the page as shown beside the text (WebP)
    image_size: tuple[int, int] = (0, 0)
    dropped: list[tuple[str, float, Box]] = field(default_factory=list)
    unread: int = 0             # OCR lines left unread when the clock ran out
    skew_degrees: float = 0.0
    furniture: list[tuple[str, Box]] = field(default_factory=list)  # running heads taken out


@dataclass
class PageText:
    text: str
    line_map: dict[int, dict]   # line number -> {"page", "boxes", "size", "conf"}
    hints: dict[int, str]       # line number -> "caption"
    flags: list[Flag]


def _r(v: float) -> float:
    return round(float(v), 1)


def _box(b: Box) -> list[float]:
    return [max(0.0, _r(v)) for v in b]  # a detected box may reach a pixel past the edge


def _weak_note(para: Paragraph, page: int) -> list[tuple[str, str]]:
    """(printed line, note) for each line OCR was unsure of."""
    cfg = settings()
    out = []
    for ln in para.lines:
        weak = ln.weak_chars
        if ln.conf >= cfg["flag_line_below"] and not weak:
            continue
        chars = "、".join(f"{ch}({c:.2f})" for ch, c in weak[:12])
        note = (f"第{page}页 OCR 可信度 {ln.conf:.2f}" + (f"，存疑字 {chars}" if chars else "")
                + f" · page {page}, OCR confidence {ln.conf:.2f}" + (", uncertain characters marked" if chars else "")
                + "; not corrected, check against the page image")
        out.append((ln.text, note))
    return out


def _nearest(paras: list[tuple[int, Paragraph]], box: Box) -> int:
    """The line of the paragraph nearest to box (for text dropped from that place)."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2

    def dist(item):
        _, p = item
        return min(max(b[0] - cx, 0, cx - b[2]) + max(b[1] - cy, 0, cy - b[3]) for b in p.boxes)

    return min(paras, key=dist)[0] if paras else 0


def write_text(pages: list[PageRead]) -> PageText:
    """Pages -> text lines (1-based numbering as in the decoded text of a .txt seed)."""
    out: list[str] = []
    line_map: dict[int, dict] = {}
    hints: dict[int, str] = {}
    flags: list[Flag] = []

    def blank(n: int) -> None:
        out.extend([""] * n)

    for page in pages:
        if out:
            blank(3)
        placed: list[tuple[int, Paragraph]] = []
        for k, para in enumerate(page.paragraphs):
            text = " ".join(para.text.split())
            if not text:
                continue
            if para.role == "caption":
                blank(2 if out else 0)
            elif k and out:
                blank(1)
            mark = {"title": "# ", "heading": "## "}.get(para.role, "")
            if para.role == "heading" and placed and placed[-1][1].role == "title":
                mark = ""  # a subtitle under its title: the structure step groups it with the title
            out.append(mark + text)
            n = len(out)
            line_map[n] = {"page": page.number, "boxes": [_box(b) for b in para.boxes],
                           "size": _r(para.size), "conf": round(para.conf, 3)}
            if para.role == "caption":
                hints[n] = "caption"
                blank(2)
            placed.append((n, para))
            for printed, note in _weak_note(para, page.number):
                flags.append(Flag("ocr_uncertain", n, printed, note))
        for text, score, box in page.dropped:
            flags.append(Flag("dropped", _nearest(placed, box), text,
                              f"第{page.number}页 OCR 可信度 {score:.2f}，判为非文字（图片纹理）未收入正文 · page {page.number}, "
                              f"OCR confidence {score:.2f}: taken for picture texture, left out of the text"))
        for text, box in page.furniture:
            flags.append(Flag("dropped", _nearest(placed, box), text,
                              f"第{page.number}页页眉页脚（与前页重复）未收入正文 · page {page.number}: "
                              "running head repeated from an earlier page, left out of the text"))
        if page.unread:
            flags.append(Flag("dropped", placed[-1][0] if placed else 0, f"(page {page.number})",
                              f"第{page.number}页有 {page.unread} 行未识别（超出 OCR 时限）· page {page.number}: "
                              f"{page.unread} lines not read (OCR CPU-time limit)"))
    while out and not out[-1]:
        out.pop()
    return PageText("\n".join(out), line_map, hints, flags)
