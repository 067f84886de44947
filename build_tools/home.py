"""Generated pieces of the home page (included by docs/index.md)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .render.safe import md_inline


def render_home_snippets(articles: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    by_region = defaultdict(list)
    for a in articles:
        by_region[a.get("region") or "未确定地区"].append(a)
    lines = ["| 地区 Region | 文章 Articles |\n|---|---|\n"]
    for region in sorted(by_region):
        links = "<br>".join(f'[{md_inline(a["title"])}](articles/{a["slug"]}.md)' for a in by_region[region])
        lines.append(f"| {md_inline(region)} | {links} |\n")
    (out / "articles_by_place.md").write_text("".join(lines), encoding="utf-8")
    (out / "home_map.md").write_text(render_map_svg(articles) + "\n", encoding="utf-8")
    (out / "key_figures.md").write_text(render_key_figures(articles), encoding="utf-8")


def render_map_svg(articles: list[dict]) -> str:
    """A static SVG of the places, from the gazetteer's coordinates (no tiles, no script)."""
    from .render.safe import html_text

    places = {}
    for a in articles:
        if a.get("lat") is not None and a.get("lon") is not None:
            places.setdefault(a["adcode"], (a["region"], a["lon"], a["lat"], a["slug"]))
    w, h = 640, 460
    lon0, lon1, lat0, lat1 = 73.0, 135.5, 17.5, 54.0

    def xy(lon, lat):
        return (lon - lon0) / (lon1 - lon0) * w, (lat1 - lat) / (lat1 - lat0) * h

    names = "、".join(p[0] for p in places.values())
    parts = [f'<svg class="place-map" viewBox="0 0 {w} {h}" role="img" aria-labelledby="map-title map-desc" '
             f'xmlns="http://www.w3.org/2000/svg"><title id="map-title">报道地区分布图 Map of the places covered</title>'
             f'<desc id="map-desc">{html_text(names)}</desc>'
             f'<rect width="{w}" height="{h}" fill="#f7f4ef" stroke="#bbb"/>']
    for lon in range(80, 135, 10):
        x, _ = xy(lon, 0)
        parts.append(f'<line x1="{x:.0f}" y1="0" x2="{x:.0f}" y2="{h}" stroke="#e2ddd5"/>'
                     f'<text x="{x + 2:.0f}" y="{h - 4}" font-size="10" fill="#666">{lon}°E</text>')
    for lat in range(20, 55, 10):
        _, y = xy(0, lat)
        parts.append(f'<line x1="0" y1="{y:.0f}" x2="{w}" y2="{y:.0f}" stroke="#e2ddd5"/>'
                     f'<text x="2" y="{y - 2:.0f}" font-size="10" fill="#666">{lat}°N</text>')
    for i, (name, lon, lat, slug) in enumerate(sorted(places.values(), key=lambda p: (p[2], p[1]))):
        x, y = xy(lon, lat)
        dy = -8 if i % 2 else 14
        parts.append(f'<a href="articles/{slug}/"><circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#c62828"/>'
                     f'<text x="{x + 7:.1f}" y="{y + dy:.1f}" font-size="13" fill="#222">{html_text(name)}</text></a>')
    parts.append("</svg>")
    return "".join(parts)


def render_key_figures(articles: list[dict]) -> str:
    from .render.safe import md_inline

    by_region = defaultdict(lambda: {"articles": 0, "facts": 0, "classified": 0})
    for a in articles:
        r = by_region[a.get("region") or "未确定地区"]
        r["articles"] += 1
        r["facts"] += len(a["facts"])
        r["classified"] += sum(1 for f in a["facts"] if f.get("metric"))
    lines = ["| 地区 Region | 文章 Articles | 数字 Numbers | 已归类 Classified |\n|---|---|---|---|\n"]
    for region in sorted(by_region):
        r = by_region[region]
        lines.append(f'| {md_inline(region)} | {r["articles"]} | {r["facts"]} | [{r["classified"]}](compare/index.md) |\n')
    return "".join(lines)
