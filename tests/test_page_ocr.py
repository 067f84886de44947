"""Scanned pages in seeds/: typeset pages read back with OCR.

The two-article page of tests/typeset.py, screenshot to PNG by Chromium, is
read as an image, as an image-only PDF (a scanner's output) and as a photo of
the page (turned 1.5°, grey paper, noise, JPEG). Each must come back as the
same two articles with titles, authors, region, and body text within 6 % of
the typeset characters. The OCR engine's models ship in its wheel: nothing
is downloaded. Each page costs some seconds of CPU, so the pages are small
and each is read once per test session.
"""
from __future__ import annotations

import json

import pytest

from build_tools.ingest import ocr
from build_tools.ingest.page_layout import Line, Paragraph
from build_tools.ingest.page_text import PageRead, write_text
from build_tools.pipeline import process_seed
from build_tools.render.pages import render_article
from conftest import PY, copy_project, run
from test_page_input import check_regions, check_round_trip
from typeset import image_only_pdf, photographed

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def png_two(typeset_pages) -> dict:
    return process_seed("two.png", typeset_pages.bytes("two.png"))


def test_typeset_two_article_png_comes_back(png_two, typeset_pages):
    check_round_trip(png_two, typeset_pages.two, 0.06)
    scan = png_two["scans"][0]
    assert scan["method"] == "ocr" and scan["unit"] == "px"
    assert (scan["width"], scan["height"]) == (800 * typeset_pages.two_scale, 800 * typeset_pages.two_scale)


def test_png_regions_are_where_the_paragraphs_were_typeset(png_two, typeset_pages):
    check_regions(png_two, typeset_pages.two, typeset_pages.two_boxes, typeset_pages.two_scale)


def test_the_caption_under_the_photo_is_found_on_the_scan(png_two):
    caps = png_two["articles"][0]["captions"]
    assert [c["text"][:18] for c in caps] == ["上海路街道志愿者在小巷清理乱堆杂物。"]


def test_image_only_pdf_goes_to_ocr(typeset_pages):
    dpi = 150  # the PDF page is the PNG's pixels at 150 dpi
    scan = image_only_pdf(typeset_pages.bytes("two.png"), dpi=dpi)
    rec = process_seed("scan.pdf", scan)
    assert rec["scans"][0]["method"] == "ocr" and rec["scans"][0]["unit"] == "pt"
    check_round_trip(rec, typeset_pages.two, 0.06)
    # boxes are in PDF points, like those of a text layer
    check_regions(rec, typeset_pages.two, typeset_pages.two_boxes, typeset_pages.two_scale * 72 / dpi)


def test_a_photographed_page_turned_and_noisy(typeset_pages):
    photo = photographed(typeset_pages.bytes("two.png"), degrees=1.5)
    rec = process_seed("photo.jpg", photo)
    assert abs(rec["scans"][0]["skew_degrees"]) > 1.0  # the tilt was measured ...
    check_round_trip(rec, typeset_pages.two, 0.06)  # ... and taken out of the layout


def test_low_confidence_is_flagged_for_a_human_never_corrected():
    line = Line("城市管理局负责人介绍", (0, 0, 100, 10), 10, conf=0.7, weak_chars=[("局", 0.41)])
    page = PageRead(1, 200, 300, "px", "ocr", [Paragraph("body", line.text, [line.box], 10, [line])],
                    dropped=[("￥￥", 0.3, (0, 50, 20, 60))])
    out = write_text([page])
    assert out.text == "城市管理局负责人介绍"  # the reading is kept as read
    kinds = [(f.kind, f.line, f.text) for f in out.flags]
    assert kinds == [("ocr_uncertain", 1, "城市管理局负责人介绍"), ("dropped", 1, "￥￥")]
    assert "局(0.41)" in out.flags[0].note and "0.70" in out.flags[0].note


def test_flagged_lines_are_marked_on_the_page_image(png_two):
    art = json.loads(json.dumps(png_two["articles"][0]))
    part = art["body"][1]
    art["flags"].append({"kind": "ocr_uncertain", "line": part["first"], "text": "x", "note": "OCR 可信度 0.70"})
    html = render_article(art, art["facts"], "https://example.org/")
    assert f'<rect id="region-{part["id"]}" class="region flagged"' in html
    assert html.count('class="region flagged"') == 1
    assert "OCR 可信度 0.70" in html  # in the audit's flags


def test_ocr_stops_at_its_time_budget_and_says_so(typeset_pages):
    from PIL import Image
    import io

    img = Image.open(io.BytesIO(typeset_pages.bytes("two.png"))).convert("RGB")
    res = ocr.read_page(img, budget=0)
    assert res.detected > 20 and res.unread == res.detected and res.lines == []


def test_an_image_seed_is_read_once_then_cached(tmp_path, typeset_pages):
    from PIL import Image
    import io

    top = Image.open(io.BytesIO(typeset_pages.bytes("two.png")))
    top = top.crop((0, 0, top.width, int(top.height * 0.62)))  # the Zunyi article only: less to read
    proj = copy_project(tmp_path / "p", [])
    buf = io.BytesIO()
    top.save(buf, "PNG")
    (proj / "seeds" / "zunyi.png").write_bytes(buf.getvalue())
    first = run([PY, "-m", "build_tools", "build"], proj)
    assert "(0 cached)" in first.stdout + first.stderr
    second = run([PY, "-m", "build_tools", "build"], proj)
    assert "(1 cached)" in second.stdout + second.stderr
    arts = json.loads((proj / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [a["title"] for a in arts] == ["遵义老城背街小巷换新颜"]
    assert list((proj / "docs" / "articles" / "scans").glob("*.webp"))
