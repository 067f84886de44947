"""Reading order from geometry (ingest/page_layout.py), on pages drawn as boxes.

The pages here are made of `Line`s placed the way newspapers place them:
columns under a title that spans them, two articles side by side whose
titles sit at the same height, a byline centred under a title, a paragraph
running from the bottom of one column to the top of the next, a caption
under a picture, text set vertically. The property test draws random
column layouts and checks that the text comes back in column order.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.ingest.page_layout import Line, layout_page

BODY = 10.0  # body type size; one character is BODY wide
PITCH = 16.0  # line pitch


def wrap(x: float, y: float, text: str, width_chars: int = 12) -> tuple[list[Line], float]:
    """One paragraph wrapped into a column: first line indented two characters."""
    lines, first = [], True
    while text:
        room = width_chars - 2 if first else width_chars
        chunk, text = text[:room], text[room:]
        x0 = x + (2 * BODY if first else 0)
        lines.append(Line(chunk, (x0, y, x0 + len(chunk) * BODY, y + BODY), BODY))
        y += PITCH
        first = False
    return lines, y


def centred(text: str, cx: float, y: float, size: float) -> Line:
    w = len(text) * size
    return Line(text, (cx - w / 2, y, cx + w / 2, y + size), size)


def texts(paragraphs) -> list[str]:
    return [p.text for p in paragraphs]


def test_columns_under_a_spanning_title_read_column_by_column():
    title = centred("标题横跨三栏", 200, 0, 2.5 * BODY)
    byline = centred("本报记者 张三 李四", 200, 40, 0.9 * BODY)
    paras = ["甲" * 30 + "。", "乙" * 20 + "。", "丙" * 26 + "。"]
    x = 0
    y_top = 70
    col_lines = []
    for p in paras:
        lines, _ = wrap(x, y_top, p)
        col_lines.append(lines)
        x += 14 * BODY
    cols = [ln for c in col_lines for ln in c]
    out = layout_page([title, byline] + cols[::-1])  # input order must not matter
    assert texts(out) == ["标题横跨三栏", "本报记者 张三 李四"] + paras
    assert [p.role for p in out[:2]] == ["title", "body"]


def test_two_articles_side_by_side_with_titles_at_one_height():
    left_title = centred("左边文章的标题", 60, 0, 2 * BODY)
    right_title = centred("右边文章的标题", 260, 0, 2 * BODY)
    left_by = centred("记者 王五", 60, 30, 0.9 * BODY)
    right_by = centred("记者 赵六", 260, 30, 0.9 * BODY)
    left, _ = wrap(0, 50, "左" * 40 + "。")
    right, _ = wrap(200, 50, "右" * 40 + "。")
    out = layout_page([right_title, left_title, right_by, left_by] + right + left)
    assert texts(out) == ["左边文章的标题", "记者 王五", "左" * 40 + "。", "右边文章的标题", "记者 赵六", "右" * 40 + "。"]


def test_paragraph_running_into_the_next_column_is_one_paragraph():
    first, _ = wrap(0, 0, "一" * 34)  # 34 characters, no end: three full lines
    second = [Line("二" * 12, (140, 0, 260, BODY), BODY), Line("三" * 5 + "。", (140, PITCH, 200, PITCH + BODY), BODY),
              Line("  新段落开始" + "四" * 4, (160, 2 * PITCH, 260, 2 * PITCH + BODY), BODY)]
    out = layout_page(first + second)
    assert texts(out)[0] == "一" * 34 + "二" * 12 + "三" * 5 + "。"
    assert len(out[0].boxes) == 2  # one box in each column
    assert texts(out)[1].startswith("新段落开始")


def test_caption_under_a_picture():
    body, y = wrap(0, 0, "正文" * 12 + "。")
    picture = (0, y + 4, 120, y + 84)
    caption = Line("图为志愿者清理河道。 某某 摄", (0, y + 88, 120, y + 96), 0.8 * BODY)
    more, _ = wrap(0, y + 110, "下文" * 8 + "。")
    out = layout_page(body + [caption] + more, [picture])
    roles = {p.text: p.role for p in out}
    assert roles["图为志愿者清理河道。 某某 摄"] == "caption"
    # the same small line with no picture above it is not a caption
    out = layout_page(body + [caption] + more)
    assert {p.text: p.role for p in out}["图为志愿者清理河道。 某某 摄"] != "caption"


def test_caption_met_inside_a_running_paragraph_comes_after_it():
    top, y = wrap(0, 0, "甲" * 34)  # three full lines: runs on into the next column
    picture = (0, y + 4, 120, y + 84)
    caption = Line("图片说明文字", (0, y + 88, 60, y + 96), 0.8 * BODY)
    rest = [Line("乙" * 12, (140, 0, 260, BODY), BODY), Line("乙乙。", (140, PITCH, 170, PITCH + BODY), BODY)]
    out = layout_page(top + [caption] + rest, [picture])
    assert texts(out) == ["甲" * 34 + "乙" * 14 + "。", "图片说明文字"]


def test_vertical_lines_read_right_to_left():
    lines = [Line(t, (200 - 20 * k, 0, 210 - 20 * k, 100), BODY, vertical=True) for k, t in enumerate(["第一行", "第二行", "第三行"])]
    out = layout_page(lines[::-1])
    assert texts(out) == ["第一行第二行第三行"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=4),
       st.integers(min_value=8, max_value=16), st.booleans())
def test_random_column_layouts_come_back_in_column_order(paras_per_column, width, with_title):
    """Columns of paragraphs (ending in 。) of random lengths, side by side,
    optionally under a title spanning all of them: the paragraphs come back
    column by column, top to bottom, whatever order the lines are given in."""
    lines, expected = [], []
    if with_title:
        span = len(paras_per_column) * (width + 2) * BODY
        lines.append(centred("标题", span / 2, 0, 2.5 * BODY))
        expected.append("标题")
    x = 0.0
    n = 0
    for count in paras_per_column:
        y = 60.0
        for _ in range(count):
            n += 1
            text = chr(0x4E00 + n) * (5 + (n * 7) % 23) + "。"
            ls, y = wrap(x, y, text, width)
            lines.extend(ls)
            expected.append(text)
        x += (width + 2) * BODY
    out = layout_page(sorted(lines, key=lambda ln: (-ln.box[1], ln.text)))
    assert texts(out) == expected


def test_a_paragraphs_short_last_line_read_taller_stays_text():
    # OCR measures a short line of digits taller (…收费每度电 / 0.8元。): ending as a sentence does,
    # it is the paragraph's last line, never a heading; a taller line without the stop is one
    body, y = wrap(0, 0, "新建充电桩可同时为电动车充电收费每度电")
    tail = Line("0.8元。", (0, y, 5 * BODY, y + 1.3 * BODY), 1.3 * BODY, exact_size=False)
    head = Line("街道新添便民充电桩", (0, y + 40, 9 * 1.3 * BODY, y + 40 + 1.3 * BODY), 1.3 * BODY, exact_size=False)
    more, _ = wrap(0, y + 60, "近日街道在老城区新建充电桩十二处。")
    roles = {p.text: p.role for p in layout_page(body + [tail, head] + more)}
    assert not any(r in ("title", "heading") for t, r in roles.items() if "0.8元。" in t)
    assert roles["街道新添便民充电桩"] == "heading"


def test_a_clips_length_under_its_headline_is_no_line_of_the_headline():
    # a video's headline over its length, the digits read about as tall by OCR (视频 | 某地：… /
    # 02:36): two lines of their own, the length never the headline's last words
    head = Line("视频丨石楼：黄河岸边的文明驿站", (0, 0, 15 * 1.6 * BODY, 1.6 * BODY), 1.6 * BODY, exact_size=False)
    clock = Line("02:36", (0, 1.9 * BODY, 5 * 1.45 * BODY, 3.35 * BODY), 1.45 * BODY, exact_size=False)
    body, _ = wrap(0, 50, "在黄河岸边，一座旧民居改造的驿站今年已接待游客一万余人次。")
    got = texts(layout_page([head, clock] + body))
    assert "02:36" in got and not any("02:36" in t and "驿站" in t for t in got)
