"""Static SVG charts made at build time (no JavaScript, no fonts, no external assets).

Every label stays an SVG ``<text>`` node, so Chinese renders with the reader's
own fonts and remains selectable and searchable.  Each chart is an accessible
image: ``role="img"`` with ``aria-labelledby`` pointing at its ``<title>`` and
``<desc>``; the desc lists every value, and the page puts the data table beside
the chart.  All text passes through `build_tools.render.safe.html_text`.

Two layouts: ``wide`` (labels left of the bars, 680 units wide) for desktops and
``narrow`` (each label on its own line above its bar, 360 units wide) for phones,
where a wide chart would shrink its text below legibility; CSS shows one of them.
Rows may carry a group (prefectures, counties): each group gets a heading, so
places of different levels are not read as one ranking.

>>> svg = bar_chart("c1", "注册志愿者 Registered volunteers", [("甲市", 310000, "31万余人")])
>>> svg.startswith('<svg ') and 'role="img"' in svg and '<title id="c1-title">' in svg
True
>>> import xml.etree.ElementTree as ET
>>> ET.fromstring(svg).tag
'{http://www.w3.org/2000/svg}svg'
"""
from __future__ import annotations

from typing import Sequence

from .safe import html_text

WIDTH = 680
LABEL_W = 170      # room for the place names, right-aligned
VALUE_W = 130      # room for the value printed after each bar
BAR_H = 22
GAP = 8
TOP = 34           # room for the heading inside the image
BOTTOM = 12
GROUP_H = 26       # a group heading's line
NARROW_W = 360     # the phone layout: drawn at about the size it is shown
NARROW_VALUE_W = 110
BAR_FILL = "#c62828"   # the site's primary red; text uses currentColor (dark mode)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _rows_with_groups(rows):
    """(label, value, text, group or None) for every row."""
    return [(r[0], r[1], r[2], r[3] if len(r) > 3 else None) for r in rows]


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple], *,
              desc: str = "", note: str = "", layout: str = "wide") -> str:
    """A horizontal bar chart as one line of inline SVG.

    rows: (label, value, value_text[, group]) in display order; value_text is what
    is printed after the bar (e.g. the figure as printed, ``4.2万余人``); a row
    whose group differs from the previous row's starts a group heading.
    chart_id must be unique on the page (it prefixes the ids of <title> and <desc>).
    """
    rows = _rows_with_groups(rows)
    cid = html_text(chart_id)
    narrow = layout == "narrow"
    width = NARROW_W if narrow else WIDTH
    row_h = BAR_H + GAP + (18 if narrow else 0)
    top = max((v for _, v, _, _ in rows), default=0) or 1
    plot_x = 0 if narrow else LABEL_W
    plot_w = width - plot_x - (NARROW_VALUE_W if narrow else VALUE_W)
    summary = desc or "；".join(f"{label}：{text}" for label, _, text, _ in rows)
    # the phone layout puts a bilingual title on two lines
    lines = title.split(" · ", 1) if narrow else [title]
    parts = [f'<text x="0" y="{18 + 19 * i}" font-size="15" font-weight="bold" fill="currentColor">{html_text(t)}</text>'
             for i, t in enumerate(lines)]
    y = TOP + 19 * (len(lines) - 1)
    group = None
    for label, value, text, g in rows:
        if g is not None and g != group:
            group = g
            parts.append(f'<text class="chart-group" x="0" y="{y + 16}" font-size="13" font-weight="bold" '
                         f'fill="currentColor">{html_text(g)}</text>')
            y += GROUP_H
        w = max(1.0, plot_w * (value / top)) if value > 0 else 0.0
        if narrow:
            parts.append(
                f'<g><text x="0" y="{y + 13}" font-size="13" fill="currentColor">{html_text(label)}</text>'
                f'<rect x="0" y="{y + 18}" width="{_num(w)}" height="{BAR_H}" fill="{BAR_FILL}" rx="2"/>'
                f'<text x="{_num(w + 6)}" y="{_num(y + 18 + BAR_H / 2 + 5)}" font-size="13" '
                f'fill="currentColor">{html_text(text)}</text></g>')
        else:
            mid = y + BAR_H / 2 + 5
            parts.append(
                f'<g><text x="{LABEL_W - 8}" y="{_num(mid)}" text-anchor="end" font-size="13" '
                f'fill="currentColor">{html_text(label)}</text>'
                f'<rect x="{LABEL_W}" y="{y}" width="{_num(w)}" height="{BAR_H}" fill="{BAR_FILL}" rx="2"/>'
                f'<text x="{_num(LABEL_W + w + 6)}" y="{_num(mid)}" font-size="13" '
                f'fill="currentColor">{html_text(text)}</text></g>')
        y += row_h
    height = y + BOTTOM + (16 if note else 0)
    if note:
        # the phone layout wraps nothing: its note is the chart's desc and the page's caption
        parts.append(f'<text x="0" y="{height - 6}" font-size="11" fill="currentColor" '
                     f'opacity="0.75">{html_text(note if not narrow else note.split(" ", 1)[0])}</text>')
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--{html_text(layout)}" role="img" '
            f'aria-labelledby="{cid}-title {cid}-desc" viewBox="0 0 {width} {height}" '
            f'width="100%" style="max-width:{width}px" preserveAspectRatio="xMinYMin meet">'
            f'<title id="{cid}-title">{html_text(title)}</title>'
            f'<desc id="{cid}-desc">{html_text(summary)}</desc>')
    return head + "".join(parts) + "</svg>"
