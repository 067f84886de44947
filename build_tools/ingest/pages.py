"""A PDF or image file -> its pages read: paragraphs in reading order, page images.

Each PDF page is read from its text layer when it has one, else rendered
and read by OCR; each image (every frame of a TIFF) is read by OCR. What
goes wrong on one page (no text found, OCR out of time, a tilted photo) is
a note naming the file and page; what makes the whole file unreadable is a
SeedError.
"""
from __future__ import annotations

import re

from ..errors import SeedError, one_line
from . import images, ocr, page_layout, pdf_text, pictures
from .page_text import PageRead


def _ocr_page(number: int, img, to_unit: float, unit: str, width: float, height: float,
              notes: list[str], name: str) -> PageRead:
    """OCR one page image; coordinates converted to the page's unit (to_unit per pixel)."""
    try:
        res = ocr.read_page(img)
    except MemoryError:
        raise SeedError(name, f"page {number}: too large to read with OCR (out of memory)") from None
    except Exception as exc:  # the OCR engine failing on odd pixels: the page, not the build
        notes.append(one_line(f"{name}: page {number}: OCR failed ({type(exc).__name__}: {exc}); page left out"))
        return PageRead(number, width, height, unit, "ocr", [])
    scale = to_unit

    def conv(b):
        return tuple(v * scale for v in b)

    for ln in res.lines:
        ln.box = conv(ln.box)
        ln.shown = conv(ln.shown) if ln.shown else None
        ln.size *= scale
    dropped = [(t, s, conv(b)) for t, s, b in res.dropped]
    body = page_layout.body_size(res.lines) / scale if res.lines else 0  # in image pixels
    found = pictures.find_pictures(img, [tuple(v / scale for v in (ln.shown or ln.box)) for ln in res.lines], body) if body else []
    paragraphs = page_layout.layout_page(res.lines, [conv(b) for b in found])
    if res.unread:
        notes.append(f"{name}: page {number}: OCR stopped at its CPU-time limit with {res.unread} of "
                     f"{res.detected} lines unread; they are missing from the text")
    if not paragraphs:
        notes.append(f"{name}: page {number}: no text found by OCR")
    if abs(res.skew_degrees) > 10:
        notes.append(f"{name}: page {number}: the page is tilted by {res.skew_degrees:.0f}°; the text may be read out of order")
    shown, w, h = images.page_image(img)
    return PageRead(number, width, height, unit, "ocr", paragraphs, shown, (w, h), dropped, res.unread,
                    res.skew_degrees)


def read_image(name: str, data: bytes, fmt: str = "image") -> tuple[list[PageRead], list[str]]:
    notes: list[str] = []
    pages = []
    for k, img in enumerate(images.load_pages(data, name, fmt), 1):
        w, h = img.size
        pages.append(_ocr_page(k, img, 1.0, "px", w, h, notes, name))
    return pages, notes


def read_pdf(name: str, data: bytes) -> tuple[list[PageRead], list[str]]:
    cfg = page_layout.settings()
    notes: list[str] = []
    pages = []
    doc = pdf_text.open_pdf(data, name)
    try:
        for k in range(len(doc)):
            try:
                page = doc[k]
            except Exception as exc:
                notes.append(one_line(f"{name}: page {k + 1} cannot be read ({exc}); left out"))
                continue
            try:
                w, h = pdf_text.page_size(page)
                if not (1 <= w <= 20000 and 1 <= h <= 20000):
                    notes.append(f"{name}: page {k + 1} measures {w:g} × {h:g} points: not a page; left out")
                    continue
                lines, unusable = pdf_text.text_layer_lines(page)
                if unusable:
                    notes.append(f"{name}: page {k + 1}: {unusable}; read with OCR instead")
                if lines:
                    paragraphs = page_layout.layout_page(lines, pdf_text.figure_boxes(page))
                    shown, iw, ih = images.page_image(pdf_text.render(page, cfg["page_image_max_side"] / max(w, h)))
                    pages.append(PageRead(k + 1, w, h, "pt", "text layer", paragraphs, shown, (iw, ih)))
                    continue
                scale = pdf_text.scan_scale(page) or cfg["ocr_render_dpi"] / 72
                scale = max(scale, cfg["ocr_min_dpi"] / 72)
                if max(w, h) * scale > cfg["ocr_max_side"]:
                    scale = cfg["ocr_max_side"] / max(w, h)
                img = pdf_text.render(page, scale)
                pages.append(_ocr_page(k + 1, img, 1 / scale, "pt", w, h, notes, name))
            except SeedError:
                raise
            except Exception as exc:  # PDFium failing on one damaged page: the others are still read
                notes.append(one_line(f"{name}: page {k + 1} cannot be read ({type(exc).__name__}: {exc}); left out"))
            finally:
                page.close()
    finally:
        doc.close()
    return pages, notes


_DIGITS = re.compile(r"\d+")


def drop_running_heads(pages: list[PageRead]) -> None:
    """Text repeated at the same place at the top or bottom of several pages
    (the paper's name, the date, "第4版") is page furniture: on every page after
    the first it is taken out of the text and reported as dropped, so that it
    does not run into the article that ends on the page before."""
    seen: set[tuple[str, int]] = set()
    for page in pages:
        keep = []
        for para in page.paragraphs:
            x0, y0, x1, y1 = para.boxes[0]
            edge = y1 < 0.15 * page.height or y0 > 0.85 * page.height
            key = (_DIGITS.sub("#", "".join(para.text.split())), round(20 * y0 / page.height))
            if edge and key in seen and len(para.boxes) == 1:
                page.furniture.append((para.text, para.boxes[0]))
                continue
            if edge:
                seen.add(key)
            keep.append(para)
        page.paragraphs = keep


def read_pages(name: str, data: bytes, kind: str, fmt: str = "image") -> tuple[list[PageRead], list[str]]:
    """A PDF (kind "pdf") or an image file (fmt: PNG, JPEG, TIFF ...) read page by page."""
    pages, notes = read_pdf(name, data) if kind == "pdf" else read_image(name, data, fmt)
    drop_running_heads(pages)
    return pages, notes
