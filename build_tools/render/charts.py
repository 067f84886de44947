"""Static SVG charts made at build time (no JavaScript, no fonts, no external assets).

Every label stays an SVG ``<text>`` node, so Chinese renders with the reader's
own fonts and remains selectable and searchable.  Each chart is an accessible
image: ``role="img"`` with ``aria-labelledby`` pointing at its ``<title>`` and
``<desc>``; the desc lists every value, and the page puts the data table beside
the chart.  All text passes through `build_tools.render.safe.html_text`.

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
BAR_FILL = "#c62828"   # the site's primary red; text uses currentColor (dark mode)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, float, str]], *,
              desc: str = "", note: str = "") -> str:
    """A horizontal bar chart as one line of inline SVG.

    rows: (label, value, value_text) in display order; value_text is what is
    printed after the bar (already formatted, e.g. ``4.2万余人``).  chart_id must
    be unique on the page (it prefixes the ids of <title> and <desc>).
    """
    cid = html_text(chart_id)
    n = len(rows)
    height = TOP + n * (BAR_H + GAP) + BOTTOM + (16 if note else 0)
    top = max((v for _, v, _ in rows), default=0) or 1
    plot_w = WIDTH - LABEL_W - VALUE_W
    summary = desc or "；".join(f"{label}：{text}" for label, _, text in rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-labelledby="{cid}-title {cid}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" style="max-width:{WIDTH}px" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{cid}-title">{html_text(title)}</title>',
        f'<desc id="{cid}-desc">{html_text(summary)}</desc>',
        f'<text x="0" y="18" font-size="15" font-weight="bold" fill="currentColor">{html_text(title)}</text>',
    ]
    for i, (label, value, text) in enumerate(rows):
        y = TOP + i * (BAR_H + GAP)
        w = max(1.0, plot_w * (value / top)) if value > 0 else 0.0
        mid = y + BAR_H / 2 + 5
        parts.append(
            f'<g><text x="{LABEL_W - 8}" y="{_num(mid)}" text-anchor="end" font-size="13" '
            f'fill="currentColor">{html_text(label)}</text>'
            f'<rect x="{LABEL_W}" y="{y}" width="{_num(w)}" height="{BAR_H}" fill="{BAR_FILL}" rx="2"/>'
            f'<text x="{_num(LABEL_W + w + 6)}" y="{_num(mid)}" font-size="13" '
            f'fill="currentColor">{html_text(text)}</text></g>')
    if note:
        parts.append(f'<text x="0" y="{height - 6}" font-size="11" fill="currentColor" '
                     f'opacity="0.75">{html_text(note)}</text>')
    parts.append("</svg>")
    return "".join(parts)
