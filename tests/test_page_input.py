"""PDF pages in seeds/: typeset pages come back as articles; bad files fail cleanly.

The pages are typeset in HTML and printed to PDF by Chromium in the test run
(tests/typeset.py). Round trips check what a reader would: the articles,
their titles, authors and region, the body text (character error over Han
characters and digits, `typeset.char_error`) and where each paragraph is on
the page (against the boxes Chromium laid it out in). OCR of page images is
in test_page_ocr.py.
"""
from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import pytest

from build_tools.errors import EmptySeed, SeedError
from build_tools.ingest.kinds import kind_of, read_seed, seed_extensions, sniff
from build_tools.pipeline import process_seed
from conftest import PY, SEEDS, copy_project, run
from typeset import char_error, han_digits, photo_png

PT_PER_CSS_PX = 0.75


def _body(article: dict) -> str:
    return "".join(b["text"] for b in article["body"] if b["kind"] == "paragraph")


def check_round_trip(record: dict, typeset, max_error: float) -> list[float]:
    """The typeset articles come back, in order, with title, authors, region and text."""
    arts = record["articles"]
    assert [a["title"] for a in arts] == [t.title for t in typeset]
    errors = []
    for got, want in zip(arts, typeset):
        assert got["authors"] == want.authors, got["title"]
        assert (got["adcode"] or "").startswith(want.adcode_prefix), (got["title"], got["region"])
        err = char_error("".join(want.body), _body(got))
        assert err <= max_error, f"{got['title']}: {err:.1%} of characters wrong\n{_body(got)}"
        errors.append(err)
    return errors


def iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


def check_regions(record: dict, typeset, boxes: dict, scale: float) -> None:
    """Each typeset paragraph's column fragments are boxes of the paragraph that holds its text."""
    for k, (got, want) in enumerate(zip(record["articles"], typeset), 1):
        assert got["sources"][0]["page"] == 1 and len(got["sources"][0]["box"]) == 4
        for j, text in enumerate(want.body, 1):
            para = max((b for b in got["body"] if b["kind"] == "paragraph"),
                       key=lambda b: -char_error(text, b["text"]) if han_digits(text) in han_digits(b["text"]) else -9)
            found = [r["box"] for r in para["regions"]]
            for frag in boxes[f"a{k}-p{j}"]:
                frag = [v * scale for v in frag]
                assert max(iou(frag, f) for f in found) > 0.3 or any(
                    f[0] <= frag[0] + 4 and f[1] <= frag[1] + 4 and f[2] >= frag[2] - 4 and f[3] >= frag[3] - 4
                    for f in found), (want.title, j, frag, found)


@pytest.fixture(scope="module")
def pdf_two(typeset_pages) -> dict:
    return process_seed("two.pdf", typeset_pages.bytes("two.pdf"))


# -- kinds ---------------------------------------------------------------------

def test_seed_kinds_come_from_the_data_file():
    kinds = seed_extensions()
    assert kinds[".txt"] == "text" and kinds[".pdf"] == "pdf"
    assert {kinds[e] for e in (".png", ".jpg", ".jpeg", ".tif", ".tiff")} == {"image"}


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n...", "pdf"), (b"\x89PNG\r\n\x1a\n....", "image"), (b"\xff\xd8\xff\xe0..", "image"),
    (b"II*\x00....", "image"), (b"MM\x00*....", "image"), ("文明城市".encode(), None), (b"", None),
])
def test_sniff_reads_the_first_bytes(data, kind):
    assert sniff(data)[0] == kind


# -- PDF round trips -------------------------------------------------------------

def test_typeset_two_article_pdf_comes_back(pdf_two, typeset_pages):
    errors = check_round_trip(pdf_two, typeset_pages.two, 0.03)
    first = pdf_two["articles"][0]
    assert first["subtitle"] == "——汇川区推进城市精细化管理见闻"
    assert [c["text"] for c in first["captions"]] == ["上海路街道志愿者在小巷清理乱堆杂物。"]
    assert first["captions"][0]["photographers"] == ["杨光明"]
    assert pdf_two["input"] == "pdf" and pdf_two["scans"][0]["method"] == "text layer"
    assert max(errors) <= 0.01  # a text layer is exact: only layout can lose characters


def test_pdf_regions_are_where_the_paragraphs_were_typeset(pdf_two, typeset_pages):
    check_regions(pdf_two, typeset_pages.two, typeset_pages.two_boxes, PT_PER_CSS_PX)


def test_three_articles_two_side_by_side(typeset_pages):
    rec = process_seed("three.pdf", typeset_pages.bytes("three.pdf"))
    check_round_trip(rec, typeset_pages.three, 0.03)


def test_every_page_of_a_pdf_is_read_and_vertical_text_keeps_its_order(typeset_pages):
    rec = process_seed("multi.pdf", typeset_pages.bytes("multi.pdf"))
    want = [a for page in typeset_pages.multi for a in page]
    assert [s["page"] for s in rec["scans"]] == [1, 2] and all(s["image"] for s in rec["scans"])
    by_title = {a["title"]: a for a in rec["articles"]}
    for page, arts in enumerate(typeset_pages.multi, 1):
        for art in arts:
            got = by_title[art.title]
            assert {s["page"] for s in got["sources"]} == {page}
            assert char_error("".join(art.body), _body(got)) <= 0.03, _body(got)


def test_page_text_marks_titles_and_maps_every_line(typeset_pages):
    ing = read_seed("two.pdf", typeset_pages.bytes("two.pdf"))
    lines = ing.text.split("\n")
    assert "# 遵义老城背街小巷换新颜" in lines and "# 甘州区志愿服务走进田间地头" in lines
    assert "本报记者 田晓峰 龙春燕" in lines
    mapped = [i for i, ln in enumerate(lines, 1) if ln.strip()]
    assert set(ing.line_map) == set(mapped)
    w, h = ing.pages[0]["width"], ing.pages[0]["height"]
    for where in ing.line_map.values():
        for x0, y0, x1, y1 in where["boxes"]:
            assert 0 <= x0 < x1 <= w + 1 and 0 <= y0 < y1 <= h + 1
    cap = lines.index("上海路街道志愿者在小巷清理乱堆杂物。 杨光明 摄") + 1
    assert ing.hints[cap] == "caption"


# -- bad input -----------------------------------------------------------------

def _encrypted(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.encrypt("secret", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _no_pages() -> bytes:
    from pypdf import PdfWriter

    buf = io.BytesIO()
    PdfWriter().write(buf)
    return buf.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size (decoding it would cost gigabytes)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = lambda kind, body: struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))  # noqa: E731
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")


def bad_inputs(pdf: bytes) -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, words the one-line message must hold)."""
    return {
        "locked.pdf": (_encrypted(pdf), "encrypted"),
        "cut.pdf": (pdf[: len(pdf) // 3], "not a readable PDF"),
        "empty-tree.pdf": (_no_pages(), "no pages"),
        "garbage.pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 8, "not a readable PDF"),
        "noise.pdf": (bytes(range(256)) * 8, "not a PDF"),
        "huge.png": (_png_claiming(40000, 40000), "megapixels"),
        "broken.png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "not a readable"),
        "office.pdf": (b"PK\x03\x04" + b"\0" * 100, "ZIP"),
    }


BAD = ["locked.pdf", "cut.pdf", "empty-tree.pdf", "garbage.pdf", "noise.pdf", "huge.png", "broken.png", "office.pdf"]


@pytest.mark.parametrize("name", BAD)
def test_bad_files_raise_one_line_errors_naming_the_file(name, typeset_pages):
    cases = bad_inputs(typeset_pages.bytes("two.pdf"))
    assert sorted(cases) == sorted(BAD)
    data, words = cases[name]
    with pytest.raises(SeedError) as exc:
        process_seed(name, data)
    msg = str(exc.value)
    assert msg.startswith(f"{name}: ") and words in msg and "\n" not in msg and not isinstance(exc.value, EmptySeed)


def test_an_image_without_text_is_skipped_with_a_warning():
    with pytest.raises(EmptySeed, match=r"^photo\.png: no text found on any page \(OCR\)"):
        read_seed("photo.png", photo_png(300, 200))


def test_an_extension_that_lies_is_read_as_what_the_bytes_are(typeset_pages):
    pdf = typeset_pages.bytes("two.pdf")
    kind, warnings = kind_of("page.png", pdf)
    assert kind == "pdf" and warnings == ["page.png: its bytes are PDF, not what .png says (an image); read as a PDF"]
    rec = process_seed("page.png", pdf)
    assert rec["warnings"] == warnings and len(rec["articles"]) == 2
    text = "# 标题\n\n正文一段。\n".encode()
    kind, warnings = kind_of("notes.png", text)
    assert kind == "text" and "the file is text" in warnings[0] and warnings[0].startswith("notes.png: ")
    with pytest.raises(EmptySeed, match="its bytes are PNG, not what .pdf says"):
        read_seed("photo.pdf", photo_png(300, 200))


def test_a_failed_build_names_the_bad_pdf_and_leaves_docs_alone(tmp_path, typeset_pages):
    good = sorted(SEEDS.glob("*.txt"))[:1]
    proj = copy_project(tmp_path / "p", good)
    run([PY, "-m", "build_tools", "build", "--no-cache"], proj)
    before = {p: p.read_bytes() for p in (proj / "docs").rglob("*") if p.is_file()}
    (proj / "seeds" / "locked.pdf").write_bytes(_encrypted(typeset_pages.bytes("two.pdf")))
    (proj / "seeds" / "huge.png").write_bytes(_png_claiming(40000, 40000))
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], proj, check=False)
    assert proc.returncode != 0
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and "locked.pdf" in errors[1] + errors[0] and "huge.png" in errors[0] + errors[1]
    assert "Traceback" not in proc.stderr + proc.stdout
    after = {p: p.read_bytes() for p in (proj / "docs").rglob("*") if p.is_file()}
    assert after == before


# -- the page beside the text ----------------------------------------------------

@pytest.fixture(scope="module")
def pdf_project(tmp_path_factory, typeset_pages) -> Path:
    """A project whose seeds are the real text seeds' first page and the typeset two-article PDF."""
    d = tmp_path_factory.mktemp("pdfproj") / "p"
    seeds = d.parent / "seeds"
    seeds.mkdir()
    (seeds / "two.pdf").write_bytes(typeset_pages.bytes("two.pdf"))
    proj = copy_project(d, [seeds / "two.pdf"] + sorted(SEEDS.glob("*.txt"))[:1])
    run([PY, "-m", "build_tools", "build"], proj)
    return proj


def test_article_pages_show_the_printed_page_with_a_box_per_paragraph(pdf_project):
    docs = pdf_project / "docs"
    arts = {a["slug"]: a for a in json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))}
    page = (docs / "articles" / "two-1.md").read_text(encoding="utf-8")
    assert arts["two-1"]["sources"][0]["page"] == 1
    image = page.split('<img src="../scans/', 1)[1].split('"', 1)[0]
    assert (docs / "articles" / "scans" / image).read_bytes()[:4] == b"RIFF"
    for pid in ("p1", "p2", "p3", "p4", "p5"):
        assert f'<a href="#{pid}"><rect id="region-{pid}"' in page and f'href="#region-{pid}"' in page
    assert 'href="#cap1"><rect id="region-cap1"' in page and 'href="#title"><rect' in page
    assert "第 1 页 page 1 · 区域 region" in page


def test_pdf_seed_is_cached_by_its_bytes(pdf_project):
    proc = run([PY, "-m", "build_tools", "build"], pdf_project)
    assert "(2 cached)" in proc.stdout + proc.stderr
    assert list((pdf_project / "docs" / "articles" / "scans").glob("*.webp"))


def test_what_a_failed_build_read_is_not_read_again(tmp_path, typeset_pages):
    """A bad file fails the build; once it is taken away, the pages already read come from the cache."""
    proj = copy_project(tmp_path / "p", [])
    (proj / "seeds" / "two.pdf").write_bytes(typeset_pages.bytes("two.pdf"))
    (proj / "seeds" / "locked.pdf").write_bytes(_encrypted(typeset_pages.bytes("two.pdf")))
    assert run([PY, "-m", "build_tools", "build"], proj, check=False).returncode != 0
    (proj / "seeds" / "locked.pdf").unlink()
    proc = run([PY, "-m", "build_tools", "build"], proj)
    assert "(1 cached)" in proc.stdout


def test_every_frame_of_a_tiff_is_a_page_and_odd_modes_become_rgb():
    from PIL import Image

    from build_tools.ingest.images import load_pages

    frames = [Image.new("I;16", (40, 30), 40000), Image.new("P", (40, 30), 3), Image.new("RGBA", (40, 30), (0, 0, 0, 0))]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    pages = load_pages(buf.getvalue(), "scan.tif", "TIFF")
    assert len(pages) == 3 and {p.mode for p in pages} == {"RGB"}
    assert pages[2].getpixel((0, 0)) == (255, 255, 255)  # transparent is paper, not ink


@pytest.mark.browser
def test_the_page_view_in_a_browser(pdf_project):
    """The printed page loads beside the text; a box leads to its paragraph and back; nothing
    is fetched from another host."""
    import functools
    import socketserver
    import threading
    from urllib.parse import urlsplit

    from playwright.sync_api import sync_playwright

    from conftest import _QuietHandler
    from typeset import CHROMIUM

    run([PY, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], pdf_project)
    handler = functools.partial(_QuietHandler, directory=str(pdf_project / "site"))
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                foreign = []
                page.on("request", lambda r: foreign.append(r.url)
                        if urlsplit(r.url).hostname not in ("127.0.0.1", None) and not r.url.startswith("data:") else None)
                page.goto(f"{base}/articles/two-1/")
                img = page.locator("figure.page-scan img")
                assert page.evaluate("i => i.complete && i.naturalWidth > 500", img.element_handle())
                assert page.locator("figure.page-scan rect.region").count() == 1 + 5 + 1  # title, 5 paragraphs, caption
                page.locator("#region-p3").click()
                assert page.evaluate("location.hash") == "#p3"
                page.locator("#p2 a.region-link").click()
                assert page.evaluate("location.hash") == "#region-p2"
                lit = page.evaluate("getComputedStyle(document.querySelector('#region-p2')).fill")
                plain = page.evaluate("getComputedStyle(document.querySelector('#region-p1')).fill")
                assert lit != plain  # the box of the paragraph one came from lights up
                box = page.locator("figure.page-scan").bounding_box()
                text = page.locator("#s1-1").bounding_box()  # the text, not the paragraph box under the float
                assert box["x"] > text["x"] + text["width"] - 5  # beside the text on a wide screen
                (ARTIFACTS := Path(__file__).resolve().parent.parent / "test-artifacts").mkdir(exist_ok=True)
                page.screenshot(path=str(ARTIFACTS / "page-view-desktop.png"))
                assert not foreign, foreign
            finally:
                browser.close()
        httpd.shutdown()


def test_a_text_layer_without_unicode_goes_to_ocr(tmp_path):
    """Fonts embedded with no map to Unicode give private-use codes: that text layer is not used."""
    from build_tools.ingest import pdf_text
    from typeset import render

    pua = "".join(chr(0xE000 + i) for i in range(300))
    render(f'<html><body style="font-size:20px"><p>{pua}</p><p>文明城市</p></body></html>', pdf=tmp_path / "pua.pdf")
    doc = pdf_text.open_pdf((tmp_path / "pua.pdf").read_bytes(), "pua.pdf")
    lines, why = pdf_text.text_layer_lines(doc[0])
    assert lines == [] and "map to no Unicode character" in why


SPACED_BYLINES_PAGE = """<html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC";width:600px;margin:20px;font-size:15px;line-height:1.6}
.mast{font-size:28px;font-weight:bold}.meta{font-size:12px}
h1{font-size:22px;margin:14px 0 4px}.by{font-size:12px;margin-bottom:6px}p{text-indent:2em;margin:0}
</style></head><body>
<div class="mast">安康日报</div><div class="meta">2024年9月10日　星期二　第02版　县区新闻</div>
<h1>汉滨区老街“微改造”留住烟火气</h1>
<div class="by">本报记者　贺晓峰　通讯员　马　丽</div>
<p>“以前下雨一脚泥，现在出门就是石板路。”家住汉滨区老城街道的居民说。今年以来，汉滨区改造老街巷23条。</p>
<h1>旬阳市“红马甲”守护上学路</h1>
<p>每天早上7点，旬阳市城关镇第一小学门口，护学志愿者早早上岗。旬阳市共组建护学岗志愿服务队38支。（记者　陈一鸣　通讯员　赵　琳）</p>
</body></html>"""


def test_a_typeset_page_with_bylines_set_with_full_width_spaces(tmp_path):
    """A full-width space between a byline's words is no column gutter, and punctuation set in
    half a cell (。” （记) stays on its line: two articles, their authors, the quote whole."""
    from typeset import render

    render(SPACED_BYLINES_PAGE, tmp_path / "p.pdf")
    a, b = process_seed("ankang.pdf", (tmp_path / "p.pdf").read_bytes())["articles"]
    assert (a["title"], a["authors"]) == ("汉滨区老街“微改造”留住烟火气", ["贺晓峰", "马丽"])
    assert a["body"][0]["text"].startswith("“以前下雨一脚泥，现在出门就是石板路。”家住")
    assert (b["title"], b["authors"]) == ("旬阳市“红马甲”守护上学路", ["陈一鸣", "赵琳"])
    assert (a["region_info"]["adcode"], b["region_info"]["adcode"]) == ("610902", "610981")
