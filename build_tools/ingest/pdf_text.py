"""A PDF's pages -> printed lines from the text layer, picture boxes, page images.

pypdfium2 (PDFium, the PDF engine of Chromium) reads each character with its
box and type size. Characters are grouped into printed lines here: a run in
the content stream that goes straight down the page is a vertical line (text
set top to bottom); everything else is grouped by baseline, and a gap wider
than about a character splits a row into the columns it crosses. Characters
drawn twice at the same place (fake bold) are kept once.

A page with (almost) no characters has no text layer: it is rendered to an
image for OCR. Encrypted, damaged or empty PDFs raise SeedError naming the file.
"""
from __future__ import annotations

import ctypes
import re
import statistics
import unicodedata
from dataclasses import dataclass

from ..errors import SeedError, one_line
from .page_layout import Box, Line, settings


@dataclass
class _Glyph:
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    left: float = 0.0   # where the character's advance starts and ends on the line:
    right: float = 0.0  # the gaps between advances tell spaces apart from side bearings

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


def _no_pages(data: bytes) -> bool:
    """A page tree that says it counts no pages, and no page object in sight."""
    return bool(re.search(rb"/Count\s+0\b", data)) and not re.search(rb"/Type\s*/Page(?![a-zA-Z])", data)


def open_pdf(data: bytes, name: str):
    """A pypdfium2 document, or SeedError with a one-line reason."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == 4 or "password" in str(exc).lower():  # FPDF_ERR_PASSWORD
            raise SeedError(name, "the PDF is encrypted (password protected); save an unprotected copy") from None
        if _no_pages(data):  # PDFium refuses a document whose page tree is empty, without an error of its own
            raise SeedError(name, "the PDF has no pages") from None
        if code == 5:  # FPDF_ERR_SECURITY
            raise SeedError(name, "the PDF uses an unsupported security handler; save an unprotected copy") from None
        raise SeedError(name, f"not a readable PDF (damaged or incomplete; {one_line(exc)})") from None
    except Exception as exc:  # PDFium refusing odd bytes in some other way
        raise SeedError(name, f"not a readable PDF ({type(exc).__name__}: {one_line(exc)})") from None
    n = len(doc)
    if n == 0:
        doc.close()
        raise SeedError(name, "the PDF has no pages")
    if n > settings()["max_pdf_pages"]:
        doc.close()
        raise SeedError(name, f"the PDF has {n} pages; at most {settings()['max_pdf_pages']} are read (split it)")
    return doc


def page_size(page) -> tuple[float, float]:
    w, h = page.get_size()
    return float(w), float(h)


def _glyphs(page) -> list[_Glyph]:
    """Visible characters with boxes in top-left coordinates (points), stream order."""
    import pypdfium2.raw as raw

    _, height = page_size(page)
    tp = page.get_textpage()
    try:
        out: list[_Glyph] = []
        matrix = raw.FS_MATRIX()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        for i in range(tp.count_chars()):
            if raw.FPDFText_IsGenerated(tp, i) == 1:
                continue
            code = raw.FPDFText_GetUnicode(tp, i)
            try:
                ch = chr(code)
            except (ValueError, OverflowError):
                continue
            if not ch.strip() or ch in "\ufffe\uffff":
                continue
            x0, y0, x1, y1 = tp.get_charbox(i, loose=True)
            font = raw.FPDFText_GetFontSize(tp, i)
            size, advance = font, font
            if raw.FPDFText_GetMatrix(tp, i, matrix):
                size *= max(abs(matrix.a * matrix.d - matrix.b * matrix.c), 1e-9) ** 0.5
                advance *= abs(matrix.a) or 1.0
            if size <= 0 or x1 < x0 or y1 < y0:
                continue
            left = ox.value if raw.FPDFText_GetCharOrigin(tp, i, ox, oy) else x0
            wide = unicodedata.east_asian_width(ch) in "WF"
            right = left + advance if wide else x1
            out.append(_Glyph(ch, x0, height - y1, x1, height - y0, size, min(left, x0), max(right, x1) if wide else x1))
        return out
    finally:
        tp.close()


def _dedupe(glyphs: list[_Glyph]) -> list[_Glyph]:
    """Drop a character drawn again at (nearly) the same place: fake bold, shadows."""
    seen: set[tuple[str, int, int]] = set()
    out: list[_Glyph] = []
    for g in glyphs:
        q = max(g.size * 0.3, 0.5)
        key = (g.ch, round(g.x0 / q), round(g.y0 / q))
        prev = out[-1] if out else None
        # one glyph that stands for several characters (a "——" ligature) gives them the
        # same box, one after the other in the stream: those are kept
        same_glyph = prev is not None and (prev.x0, prev.y0, prev.x1, prev.y1) == (g.x0, g.y0, g.x1, g.y1)
        if key in seen and not same_glyph:
            continue
        seen.add(key)
        out.append(g)
    return out


def _vertical_runs(glyphs: list[_Glyph]) -> tuple[list[list[_Glyph]], list[_Glyph]]:
    """Runs of >= 3 characters that go straight down the page in stream order
    (vertical writing), and the remaining characters. A character continues a
    run when it is under the run's column (punctuation sits off-centre in its
    cell, so the column is the run's x-range, not the last character's)."""
    runs: list[list[_Glyph]] = []
    rest: list[_Glyph] = []
    cur: list[_Glyph] = []

    def below(run: list[_Glyph], b: _Glyph) -> bool:
        a = run[-1]
        s = max(a.size, b.size)
        x0, x1 = min(g.x0 for g in run), max(g.x1 for g in run)
        under = min(x1, b.x1) - max(x0, b.x0) >= 0.3 * (b.x1 - b.x0)
        straight = len(run) > 1 or abs(a.cx - b.cx) < 0.3 * s  # two characters set the column
        return under and straight and -0.2 * s <= b.y0 - a.y1 <= 0.8 * s

    for g in glyphs:
        if cur and below(cur, g):
            cur.append(g)
            continue
        (runs.append(cur) if len(cur) >= 3 else rest.extend(cur))
        cur = [g]
    (runs.append(cur) if len(cur) >= 3 else rest.extend(cur))
    return runs, rest


# full-width punctuation a typesetter may set in half a cell (punctuation squeezing)
_SQUEEZED = set("，。、；：？！“”‘’（）《》【】「」『』")


def _rows(glyphs: list[_Glyph], gap: float) -> list[list[_Glyph]]:
    """Characters -> horizontal printed lines: same baseline band, no gap wider than `gap` sizes."""
    lines: list[list[_Glyph]] = []
    open_: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.x0, g.y0)):
        best, best_ov = None, 0.0
        for ln in open_:
            last = ln[-1]
            ov = min(last.y1, g.y1) - max(last.y0, g.y0)
            s = max(last.size, g.size)
            if ov < 0.5 * min(last.y1 - last.y0, g.y1 - g.y0):
                continue
            if (g.x0, g.y0, g.x1, g.y1) == (last.x0, last.y0, last.x1, last.y1):
                best = ln  # several characters of one glyph ("——")
                break
            # (full-width punctuation set half a cell narrow overlaps its neighbour: 。” （记)
            overlap = 1.0 if g.ch in _SQUEEZED or last.ch in _SQUEEZED else 0.5
            if g.x0 - last.x1 > gap * s or g.x0 < last.x1 - overlap * s:
                continue
            if ov > best_ov:
                best, best_ov = ln, ov
        if best is not None:
            best.append(g)
        else:
            best = [g]
            lines.append(best)
            open_.append(best)
        open_ = [ln for ln in open_ if ln[-1].x1 >= g.x0 - gap * ln[-1].size * 2]
    return lines


def _text(glyphs: list[_Glyph], vertical: bool) -> str:
    """Characters of one line -> text, with a space where the gap between two
    characters is clearly wider than the line's usual spacing (names in a
    byline, words; a letter-spaced or justified line has wide gaps everywhere)."""
    if vertical:  # tight boxes of 一 or 二 leave wide gaps: a space only where a whole character is blank
        return "".join(a.ch + (" " if b is not None and b.y0 - a.y1 > 1.0 * a.size else "")
                       for a, b in zip(glyphs, glyphs[1:] + [None]))
    gaps = [b.left - a.right for a, b in zip(glyphs, glyphs[1:])]
    usual = sorted(gaps)[len(gaps) // 4] if gaps else 0.0  # low quartile: a few wide gaps do not move it
    out = glyphs[0].ch if glyphs else ""
    for a, b, gap in zip(glyphs, glyphs[1:], gaps):
        size = max(a.size, b.size)
        if gap > max(usual, 0.0) + 0.15 * size and gap > 0.15 * size:
            out += " "
        out += b.ch
    return out


def _line(glyphs: list[_Glyph], vertical: bool) -> Line:
    box: Box = (min(g.x0 for g in glyphs), min(g.y0 for g in glyphs),
                max(g.x1 for g in glyphs), max(g.y1 for g in glyphs))
    return Line(_text(glyphs, vertical), box, statistics.median(g.size for g in glyphs), 1.0, vertical)


def _unmapped(ch: str) -> bool:
    """A character code that stands for no character: private use, unassigned, U+FFFD."""
    return ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cs")


def text_layer_lines(page) -> tuple[list[Line], str | None]:
    """The printed lines of a page's text layer, or ([], why) when it has none to use:
    too few characters, or fonts embedded without a map to Unicode (their codes are
    private-use or unassigned: the text layer reads as garbage, OCR reads the page)."""
    glyphs = _dedupe(_glyphs(page))
    if len(glyphs) < settings()["min_text_layer_chars"]:
        return [], None
    unmapped = sum(_unmapped(g.ch) for g in glyphs) / len(glyphs)
    if unmapped > settings()["max_unmapped_share"]:
        return [], f"{unmapped:.0%} of its text layer's characters map to no Unicode character"
    runs, rest = _vertical_runs(glyphs)
    lines = [_line(r, True) for r in runs]
    lines += [_line(sorted(r, key=lambda g: g.x0), False) for r in _rows(rest, settings()["column_gap"])]
    return lines, None


def figure_boxes(page) -> list[Box]:
    """Boxes of the pictures on a page (image objects), top-left coordinates."""
    import pypdfium2.raw as raw

    _, height = page_size(page)
    out = []
    try:
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
            x0, y0, x1, y1 = obj.get_bounds()
            if (x1 - x0) > 20 and (y1 - y0) > 20:
                out.append((x0, height - y1, x1, height - y0))
    except Exception:  # a damaged object list: no pictures, the text is still read
        return []
    return out


def scan_scale(page) -> float | None:
    """Pixels per point of the picture that fills a page (a scanner's PDF), or None.

    OCR reads such a page at the resolution it was scanned at: rendering it
    finer only adds pixels to read, coarser loses detail."""
    import pypdfium2.raw as raw

    w, h = page_size(page)
    try:
        for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
            x0, y0, x1, y1 = obj.get_bounds()
            if (x1 - x0) * (y1 - y0) >= 0.8 * w * h:
                px_w, _ = obj.get_px_size()
                return px_w / max(x1 - x0, 1e-6)
    except Exception:  # a damaged object list: render at the default resolution
        return None
    return None


def render(page, scale: float):
    """The page as a PIL image, `scale` pixels per point."""
    bitmap = page.render(scale=scale)
    try:
        return bitmap.to_pil().convert("RGB")
    finally:
        bitmap.close()
