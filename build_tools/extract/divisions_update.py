"""Divisions created, renamed, recoded or abolished since the ``cpca`` data.

``cpca`` 0.5.5 ships divisions as they stood years ago (宜宾县, 莱芜市, 滦县 ...).
``build_tools/data/divisions_update.csv`` brings them to the codes of the
National Bureau of Statistics (统计用区划代码) as packaged by npm
``china-division`` (modood/Administrative-divisions-of-China). The gazetteer
reads the file at load time (plain CSV, no package needed); this module also
(re)generates it from that package's ``dist/`` folder, which is never read at
build or test time:

    npm pack china-division@2.7.0 && tar -xzf china-division-2.7.0.tgz
    python -m build_tools.extract.gazetteer --write-update package/dist

One row per change (``change`` column):

* ``added``: a division the old data lacks and no old division is known to
  have become; coordinates are its parent's (``coords_from`` = ``parent``).
* ``recoded``: a new code for an old division (``predecessor``): same name
  (钢城区 371203 -> 370117), same name with another suffix in the same
  province (章丘市 -> 章丘区, 莱芜市 -> 莱芜区), or a one-character county
  name made longer in the same prefecture (滦县 -> 滦州市, 郫县 -> 郫都区).
  Coordinates are the predecessor's (the parent's when the old data has none).
* ``renamed``: same code, new name (桥东区 -> 襄都区 130502).
* ``abolished``: an old code the new data lacks with no successor of the same
  name; ``successor`` is the current division its territory is counted in
  (its old parent, or that parent's successor: 宜宾县 -> 宜宾市).

Only evidence in the names pairs an old division with a new one; a county
that became a district of another name (宜宾县 -> 叙州区) is not guessed: it
is abolished with its prefecture as successor, and 叙州区 is added.

Changes of level older than the ``cpca`` data (藁城市 -> 藁城区 in 2014) left no row
anywhere: ``level_formers`` derives those former names from today's names (a
district's short name + 市 or 县, a county-level city's + 县) when no current
division has them and one division alone could have left them.

Left out on purpose: the NBS's statistical areas that are not divisions
(codes ending 71-79: 开发区, 管理区, 新区), the structural rows 市辖区 / 县 /
省直辖县级行政区划, a county-level row named like its prefecture (嘉峪关市), and Hong Kong, Macao and Taiwan (not in the NBS tables;
the old data's rows stay).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
UPDATE_FILE = DATA_DIR / "divisions_update.csv"
SOURCE = "npm china-division 2.7.0 (modood/Administrative-divisions-of-China; NBS 2023 codes as of 2023-06-30; WTFPL)"
COLUMNS = ("change", "adcode", "name", "level", "parent", "predecessor", "predecessor_name",
           "successor", "lat", "lon", "coords_from")
CHANGES = ("added", "recoded", "renamed", "abolished")
MUNICIPALITIES = ("11", "12", "31", "50")


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def structural(name: str) -> bool:
    """Rows that group divisions rather than name one."""
    return name in {"市辖区", "县"} or name.endswith("直辖县级行政区划")


def parent_of(code: str, names: dict[str, str]) -> str:
    """The gazetteer's parent of a code: the prefecture when there is a real
    one, else the province (municipalities, province-administered counties)."""
    level = level_of(code)
    prov = code[:2] + "0000"
    if level == "province":
        return ""
    if level == "prefecture" or code[:2] in MUNICIPALITIES:
        return prov
    pref = code[:4] + "00"
    if pref in names and not structural(names[pref]):
        return pref
    return prov


def read_update(path: Path = UPDATE_FILE) -> list[dict]:
    """Rows of the update file (comment lines start with #); [] when absent."""
    if not path.exists():
        return []
    text = "".join(ln for ln in path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not ln.startswith("#"))
    return list(csv.DictReader(io.StringIO(text)))


def apply_update(rows: list[tuple[str, str, str, str]], update: list[dict]):
    """The old rows (code, name, lon, lat) brought up to date, and the former
    names as (former code, former name, current code)."""
    by_code = {r[0]: r for r in rows}
    former: list[tuple[str, str, str]] = []
    for u in update:
        ch, code = u["change"], u["adcode"]
        if ch == "abolished":
            by_code.pop(code, None)
            former.append((code, u["name"], u["successor"]))
        elif ch == "renamed":
            old = by_code.get(code)
            by_code[code] = (code, u["name"], old[2] if old else u["lon"], old[3] if old else u["lat"])
            former.append((code, u["predecessor_name"], code))
        else:   # added, recoded
            by_code[code] = (code, u["name"], u["lon"], u["lat"])
            if ch == "recoded":
                by_code.pop(u["predecessor"], None)
                former.append((u["predecessor"], u["predecessor_name"], code))
    return sorted(by_code.values()), former


# ---------------------------------------------------------------- generator (needs the npm package's dist/)

def _read_source(dist: Path) -> dict[str, str]:
    """code -> name of every province, prefecture and county in the package."""
    out: dict[str, str] = {}
    for fname, pad in (("provinces.csv", "0000"), ("cities.csv", "00"), ("areas.csv", "")):
        with open(dist / fname, encoding="utf-8-sig", newline="") as fh:
            for r in csv.DictReader(fh):
                out[r["code"].strip() + pad] = r["name"].strip()
    return out


def _statistical_area(code: str) -> bool:
    """NBS codes 71-79 at county level: development zones, management areas."""
    return level_of(code) == "county" and 71 <= int(code[4:]) <= 79


def build_update(old_rows: list[tuple[str, str, str, str]], new: dict[str, str], short) -> list[dict]:
    """Compare the old rows with the new table; ``short`` makes a name's short form."""
    old = {c: n for c, n, _, _ in old_rows if c < "710000" and not structural(n)}
    coords = {c: (lon, lat) for c, _, lon, lat in old_rows}
    old_all = {c: n for c, n, _, _ in old_rows}
    new = {c: n for c, n in new.items() if c < "710000" and not structural(n) and not _statistical_area(c)}
    # a county-level row named like its prefecture (嘉峪关市 620201 under 620200): the
    # NBS's way of listing a city without districts, not a second place
    new = {c: n for c, n in new.items()
           if not (level_of(c) == "county" and new.get(c[:4] + "00") == n)}
    names_now = {c: n for c, n, _, _ in old_rows}
    names_now.update(new)
    out: list[dict] = []

    def row(change, code, name, parent="", predecessor="", predecessor_name="", successor="",
            lonlat=("", ""), coords_from=""):
        return {"change": change, "adcode": code, "name": name, "level": level_of(code), "parent": parent,
                "predecessor": predecessor, "predecessor_name": predecessor_name, "successor": successor,
                "lon": lonlat[0], "lat": lonlat[1], "coords_from": coords_from}

    for code in sorted(set(old) & set(new)):
        if old[code] != new[code]:
            out.append(row("renamed", code, new[code], parent_of(code, names_now), code, old[code],
                           lonlat=coords.get(code, ("", "")), coords_from="unchanged"))
    gone = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    # the same name, or the same name with another suffix, in the same province
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for g in gone:
        cands = [a for a in added if a[:2] == g[:2] and a not in taken
                 and (new[a] == old[g] or short(new[a]) == short(old[g]))]
        exact = [a for a in cands if new[a] == old[g]]
        cands = exact or cands
        if len(cands) > 1:   # prefer the same level, then the same prefecture
            cands = [a for a in cands if level_of(a) == level_of(g)] or cands
            cands = [a for a in cands if a[:4] == g[:4]] or cands
        if len(cands) == 1:
            pairs[g] = cands[0]
            taken.add(cands[0])
    # a one-character name made longer (滦县 -> 滦州市, 郫县 -> 郫都区): the new name
    # starts with the old one's character, in the same prefecture, and no other does
    for g in gone:
        if g in pairs or len(old[g]) != 2 or level_of(g) != "county":
            continue
        cands = [a for a in added if a not in taken and a[:4] == g[:4] and level_of(a) == "county"
                 and new[a][0] == old[g][0]]
        if len(cands) == 1:
            pairs[g] = cands[0]
            taken.add(cands[0])
    succ_of = {g: a for g, a in pairs.items()}

    def current(code: str) -> str:
        """The current division an old code is counted in (itself if kept)."""
        seen = set()
        while code and code not in new and code not in seen:
            seen.add(code)
            if code in succ_of:
                return succ_of[code]
            p = parent_of(code, old_all)
            code = p
        return code if code in new else ""

    pred_of = {a: g for g, a in pairs.items()}

    def parent_coords(parent: str) -> tuple[str, str]:
        """The parent's coordinates (a recoded parent's are its predecessor's: 那曲市)."""
        p = parent
        while p:
            p_old = p if p in coords and all(coords[p]) else pred_of.get(p, "")
            if p_old in coords and all(coords[p_old]):
                return coords[p_old]
            p = parent_of(p, names_now) if level_of(p) != "province" else ""
        return ("", "")

    for a in added:
        parent = parent_of(a, names_now)
        pred = pred_of.get(a, "")
        if pred:
            lonlat, src = coords.get(pred, ("", "")), "predecessor"
            if not all(lonlat):      # the old data has none (定州市 139001)
                lonlat, src = parent_coords(parent), "parent"
            out.append(row("recoded", a, new[a], parent, pred, old[pred], lonlat=lonlat, coords_from=src))
        else:
            out.append(row("added", a, new[a], parent, lonlat=parent_coords(parent), coords_from="parent"))
    for g in gone:
        if g in pairs:
            continue
        out.append(row("abolished", g, old[g], parent_of(g, old_all), successor=current(parent_of(g, old_all))))
    order = {c: i for i, c in enumerate(CHANGES)}
    out.sort(key=lambda r: (order[r["change"]], r["adcode"]))
    return out


def write_update(dist: Path, old_rows, short, path: Path = UPDATE_FILE) -> dict[str, int]:
    """Write the update file from the package's dist/ folder; counts per change."""
    rows = build_update(old_rows, _read_source(Path(dist)), short)
    buf = io.StringIO()
    buf.write(f"# divisions changed since cpca 0.5.5's data; source: {SOURCE}; generated by "
              "python -m build_tools.extract.gazetteer --write-update DIST (see build_tools/extract/divisions_update.py)\n")
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    counts = {c: 0 for c in CHANGES}
    for r in rows:
        counts[r["change"]] += 1
    return counts


def level_formers(places: dict[str, tuple[str, str, str]], taken: set[str],
                  skip: set[str]) -> list[tuple[str, str, str]]:
    """Former names a change of level left behind, derived from today's names:
    a district that was a county-level city or a county (藁城区 was 藁城市,
    富阳区 was 富阳市) and a county-level city that was a county. ``places``:
    adcode -> (name, short name, level); ``taken``: surfaces a current division
    already has; ``skip``: short names that are everyday words. Returns
    (former code — unknown, so empty —, former name, current code); a former
    name two divisions could have left behind is dropped (ambiguous)."""
    found: dict[str, set[str]] = {}
    for code, (name, short, level) in places.items():
        if level != "county" or len(short) < 2 or short in skip or short == name:
            continue
        if name.endswith("区"):
            olds = (short + "市", short + "县")
        elif name.endswith("市"):
            olds = (short + "县",)
        else:
            continue
        for old in olds:
            if old not in taken and old not in skip:
                found.setdefault(old, set()).add(code)
    return sorted(("", old, next(iter(codes))) for old, codes in found.items() if len(codes) == 1)
