"""Articles known to be right: synthetic ones written from data/roundtrip.yaml, and the six seed articles.

A `Record` is what a page *should* yield: title, subtitle, authors (and the
organisation credited beside them, which is not an author), outlet, date,
printed page, the main place (adcode), body paragraphs and headings, every
number in the body as a fact, captions. The typesetter prints records as raw
pages; the scorer compares what the pipeline recovers with them.

Synthetic records are made from sentence shapes, name parts and outlet patterns
in data/roundtrip.yaml, about places drawn from the gazetteer across every kind
of division and every province; everything is seeded (`random.Random`), so one
seed gives the same records on every machine.

Seed records: the metadata of the six seed articles as a person read them
(tests/cases/articles_expected.yaml, years from data/roundtrip.yaml
`seed_years`), the body and captions as the pipeline repairs the seed page (the
lines those expectations pin; a sentence the seed broke off around photos is
one sentence), and the facts read by hand in tests/cases/facts_expected.yaml
whose sentences are in that body.
"""
from __future__ import annotations

import datetime as dt
import functools
import random
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..data import load_data, load_yaml
from ..extract.gazetteer import MUNICIPALITIES, Place, load_gazetteer
from ..sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent.parent
QUALIFIER = {"exact": "exact", "余": "more_than", "多": "more_than", "近": "nearly", "约": "about", "左右": "about"}


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict:
    """data/roundtrip.yaml, loaded once per process."""
    return load_data("roundtrip.yaml")


@dataclass
class Record:
    """One article as it should come out of the pipeline."""

    id: str
    origin: str                      # synthetic | seed
    title_lines: list[str]           # as printed over one or more lines
    subtitle: str = ""               # "——…" or ""
    authors: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)      # role word printed before each author
    org: str = ""                    # organisation credited beside the authors: a source, not an author
    outlet: str = ""
    date: str = ""                   # YYYY-MM-DD
    year: int = 0
    newspaper_page: str = ""
    region: str = ""
    adcode: str = ""
    kind: str = ""                   # kind of division (see roundtrip.yaml place_kinds)
    body: list[dict] = field(default_factory=list)      # {"kind": "paragraph", "sentences": [...]} | {"kind": "heading", "text"}
    facts: list[dict] = field(default_factory=list)     # {"value", "unit", "kind", "qualifier", "text", "sentence"}
    captions: list[dict] = field(default_factory=list)  # {"text", "photographers"}
    year_in_captions: bool = False   # the year shows only in a caption (a seed): unknown when they are not printed
    short: str = ""                  # the place's short name

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)

    def paragraphs(self) -> list[str]:
        return ["".join(b["sentences"]) for b in self.body if b["kind"] == "paragraph"]

    def to_dict(self) -> dict:
        return asdict(self)


# -- places ------------------------------------------------------------------

def place_kind(p: Place) -> str | None:
    """Which kind of division a gazetteer place is (roundtrip.yaml place_kinds), or None."""
    n = p.name
    muni = p.adcode[:2] in MUNICIPALITIES
    if n in vocabulary()["skip_names"] or n.endswith("直辖县级行政区划"):
        return None
    if p.level == "province":
        return "municipality" if muni else None
    if p.level == "prefecture":
        if muni:
            return None
        if n.endswith("自治州"):
            return "autonomous_prefecture"
        if n.endswith(("盟", "地区")):
            return "league_or_area"
        return "prefecture_city" if n.endswith("市") else None
    if muni:
        return "municipal_district" if n.endswith(("区", "县")) and not n.endswith(("新区", "自治县")) else None
    if n.endswith(("自治县", "自治旗")):
        return "autonomous_county"
    if n.endswith("旗"):
        return "banner"
    if n.endswith("县"):
        return "county"
    if n.endswith("市"):
        return "county_city"
    if n.endswith("区") and not n.endswith(("新区", "林区", "矿区", "特区")):
        return "district"
    return None


@functools.lru_cache(maxsize=1)
def places_by_kind() -> dict[str, dict[str, list[Place]]]:
    """kind -> province code -> places, in adcode order (so choices are reproducible)."""
    out: dict[str, dict[str, list[Place]]] = {}
    for p in sorted(load_gazetteer().places.values(), key=lambda p: p.adcode):
        k = place_kind(p)
        if k:
            out.setdefault(k, {}).setdefault(p.province_code, []).append(p)
    return out


def pick_place(rng: random.Random, kind: str, province: str | None = None) -> Place:
    """A place of `kind` in a random province (in `province` when given: of this kind
    if it has one, else of any kind)."""
    by_prov = places_by_kind()[kind]
    if province and province not in by_prov:
        pool = [p for k in sorted(places_by_kind()) for p in places_by_kind()[k].get(province, [])]
        if pool:
            return rng.choice(pool)
    prov = province if province in by_prov else rng.choice(sorted(by_prov))
    return rng.choice(by_prov[prov])


def _parent(p: Place) -> Place | None:
    gz = load_gazetteer()
    if p.level == "county":
        return gz.by_code(p.parent)
    return None


def full_name(p: Place) -> str:
    """The place with its parent, as a lead names it (鄂尔多斯市伊金霍洛旗)."""
    parent = _parent(p)
    return (parent.name if parent else "") + p.name


def _whole(p: Place) -> str:
    for suffix, word in vocabulary()["whole"].items():
        if p.name.endswith(suffix):
            return word
    return "全市"


@functools.lru_cache(maxsize=4096)
def _children(p: Place) -> list[Place]:
    kids = [c for c in load_gazetteer().children(p.adcode) if place_kind(c)]
    return sorted(kids, key=lambda c: c.adcode)


def outlet_for(p: Place, rng: random.Random) -> str:
    """A newspaper or site named after the place, its prefecture, or (a repost) its province."""
    voc, gz = vocabulary(), load_gazetteer()
    prov = gz.by_code(p.province_code)
    if rng.random() < voc["repost_share"] and prov and p.adcode[:2] not in MUNICIPALITIES:
        return rng.choice(voc["outlets"]["province"]).format(short=prov.short, name=prov.name)
    if p.adcode[:2] in MUNICIPALITIES:
        if p.level == "county" and rng.random() < 0.5:
            return rng.choice(voc["outlets"]["county"]).format(short=p.short, name=p.name)
        muni = gz.by_code(p.province_code)
        return rng.choice(voc["outlets"]["municipality"]).format(short=muni.short, name=muni.name)
    if p.level == "county":
        parent = _parent(p)
        if parent and parent.level == "prefecture" and rng.random() < 0.35:
            return rng.choice(voc["outlets"]["prefecture"]).format(short=parent.short, name=parent.name)
        return rng.choice(voc["outlets"]["county"]).format(short=p.short, name=p.name)
    return rng.choice(voc["outlets"]["prefecture"]).format(short=p.short, name=p.name)


# -- people ------------------------------------------------------------------

def person(rng: random.Random, taken: set[str]) -> str:
    """A made-up personal name that names no place and is not taken yet."""
    voc, gz = vocabulary(), load_gazetteer()
    while True:
        sur = rng.choice(voc["compound_surnames"]) if rng.random() < 0.04 else rng.choice(voc["surnames"])
        given = "".join(rng.choice(voc["given"]) for _ in range(1 if rng.random() < 0.3 else 2))
        name = sur + given
        if name not in taken and not gz.scan(name):
            taken.add(name)
            return name


_AUTHOR_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8]
_AUTHOR_WEIGHTS = [24, 34, 20, 10, 5, 3, 2, 2]


def authors_for(rng: random.Random, taken: set[str], n: int | None = None) -> tuple[list[str], list[str]]:
    """Names and the role word printed before each: the first group are reporters,
    later ones may be correspondents or interns."""
    roles_voc = vocabulary()["roles"]["author"]
    n = n or rng.choices(_AUTHOR_COUNTS, _AUTHOR_WEIGHTS)[0]
    names = [person(rng, taken) for _ in range(n)]
    first = rng.choice(roles_voc)
    roles = [first] * n
    if n > 1 and rng.random() < 0.4:
        cut = rng.randrange(1, n)
        other = rng.choice([r for r in roles_voc if r != first])
        roles = [first] * cut + [other] * (n - cut)
    return names, roles


# -- numbers -------------------------------------------------------------------

def _fmt(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}" if decimals else str(int(x))


def number(rng: random.Random, kind: str, county: bool = False) -> tuple[str, dict]:
    """Text of a number of `kind` with a qualifier, and its fact (value, unit, qualifier)."""
    spec = vocabulary()["numbers"][kind]
    lo, hi = spec.get("county_range", spec["range"]) if county else spec["range"]
    dec = spec.get("decimals", 0)
    if dec:
        x = round(rng.uniform(lo, hi), dec)
        if round(x) == x:          # 3.0 prints as 3.0: keep one digit that is not 0
            x = round(x + 10 ** -dec, dec)
    else:
        x = rng.randint(int(lo), int(hi))
    q = rng.choice(spec["qualifiers"])
    mult = spec.get("mult", 1)
    if q in ("余", "多") and dec and mult == 1:
        q = "exact"
    if q == "多" and dec:
        q = "余"
    if q in ("余", "多") and not dec:
        if x < 20:
            q = "exact"
        else:            # 4400余名, not 4459余名: a rough number is rounded
            step = 10 ** (len(str(x)) - 2)
            x = x // step * step
    num = _fmt(x, dec)
    written = spec["written"]
    if q in ("余", "多"):
        if mult != 1:          # 4.2万余名: the qualifier after the multiplier
            text = num + written[0] + q + written[1:]
        else:
            text = num + q + written
    elif q in ("近", "约"):
        text = q + num + written
    elif q == "左右":
        text = num + written + "左右"
    else:
        text = num + written
    value = x * mult
    if float(value).is_integer():
        value = int(round(value))
    else:
        value = round(value, 6)
    return text, {"value": value, "unit": spec["unit"], "qualifier": QUALIFIER[q], "kind": "percent" if spec["unit"] == "%" else "quantity", "text": text}


_SLOT = re.compile(r"\{(n:[a-z_0-9]+|rank|person|[a-z0-9]+)\}")


def fill(template: str, ctx: dict, rng: random.Random, taken: set[str]) -> tuple[str, list[dict]]:
    """A sentence from a template; the facts it prints (in order)."""
    facts: list[dict] = []

    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key.startswith("n:"):
            text, fact = number(rng, key[2:], ctx.get("county", False))
            facts.append(fact)
            return text
        if key == "rank":
            lo, hi = vocabulary()["rank_range"]
            r = rng.randint(lo, hi)
            unit = "名" if template[m.end():m.end() + 1] == "名" else "位"
            facts.append({"value": r, "unit": unit, "qualifier": "exact", "kind": "rank", "text": f"{r}{unit}"})
            return str(r)
        if key == "person":
            return person(rng, taken)
        return str(ctx[key])

    return _SLOT.sub(sub, template), facts


# -- synthetic records ---------------------------------------------------------

def _date(rng: random.Random) -> dt.date:
    start = dt.date(2016, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(2025, 12, 31).toordinal()))


def printed_page(rng: random.Random) -> str:
    form = rng.choice(vocabulary()["pages"])
    return form.format(n=rng.randint(1, 16) if form.startswith("第") else rng.randint(1, 8))


def synthetic(rng: random.Random, ident: str, kind: str, short: bool = False, multi_title: bool = False,
              subtitle: bool = True, headings: bool = True, province: str | None = None,
              date: str | None = None) -> Record:
    """A made-up article about a place of `kind` (in `province` when given), written from the
    sentence shapes in data, dated `date` (YYYY-MM-DD) or a random day of 2016-2025."""
    voc = vocabulary()
    place = pick_place(rng, kind, province)
    day = dt.date.fromisoformat(date) if date else _date(rng)
    taken: set[str] = set()
    kids = _children(place) if place.level != "county" else []
    prov = load_gazetteer().by_code(place.province_code)
    ctx = {"name": place.name, "short": place.short, "full": full_name(place), "whole": _whole(place),
           "we": "我" + _whole(place)[1:], "province": prov.short if prov else "", "year": day.year,
           "prev": day.year - 1, "county": place.level == "county"}
    if len(kids) >= 2:
        a, b = rng.sample(kids, 2)
        ctx.update(sub1=a.name, sub2=b.name)

    # title
    if multi_title:
        title_lines = [t.format(**ctx) for t in rng.choice(voc["multi_titles"])]
    elif rng.random() < 0.12:
        title_lines = [rng.choice(voc["topic_titles"]).format(**ctx)]
    elif rng.random() < 0.15:
        title_lines = [t.format(**ctx) for t in rng.choice(voc["multi_titles"])]
    else:
        title_lines = [rng.choice(voc["titles"]).format(**ctx)]
    sub = rng.choice(voc["subtitles"]).format(**ctx) if subtitle and not short and rng.random() < 0.55 else ""

    # sentences
    def pick(key: str, k: int) -> list[str]:
        pool = list(voc[key])
        if "sub1" not in ctx:
            pool = [t for t in pool if "{sub1}" not in t]
        return rng.sample(pool, min(k, len(pool)))

    sentences: list[tuple[str, list[dict]]] = []
    for t in pick("leads", 1) + pick("year_sentences", 1):
        sentences.append(fill(t, ctx, rng, taken))
    middle = pick("facts", rng.randint(1, 2) if short else rng.randint(3, 5))
    middle += pick("plain", rng.randint(0, 1) if short else rng.randint(2, 4))
    if rng.random() < (0.3 if short else 0.6):
        middle += pick("ranks", 1)
    if "sub1" in ctx and not short and rng.random() < 0.7:
        middle += pick("subplaces", 1)
    rng.shuffle(middle)
    sentences += [fill(t, ctx, rng, taken) for t in middle]
    if not short or rng.random() < 0.4:
        sentences.append(fill(rng.choice(voc["closings"]), ctx, rng, taken))

    # paragraphs of one to four sentences; headings between them in long articles
    body: list[dict] = []
    facts: list[dict] = []
    i = 0
    while i < len(sentences):
        k = min(len(sentences) - i, rng.randint(1, 3 if short else 4))
        chunk = sentences[i:i + k]
        pieces = []
        for s, fs in chunk:
            # sentences as the project cuts them (a quote “…。” ends one); a fact goes with its piece
            cut = split_sentences(s)
            pieces.extend(cut)
            for f in fs:
                facts.append(dict(f, sentence=next(c for c in cut if f["text"] in c)))
        body.append({"kind": "paragraph", "sentences": pieces})
        i += k
    if headings and not short and len(body) >= 4 and rng.random() < 0.6:
        # two section headings: before the second paragraph and before the last but one
        first, second = rng.sample(voc["headings"], 2)
        body.insert(len(body) - 2, {"kind": "heading", "text": second})
        body.insert(1, {"kind": "heading", "text": first})

    names, roles = authors_for(rng, taken)
    org = ""
    if rng.random() < 0.2:
        org = rng.choice(voc["organisations"]).format(**ctx)
    captions = []
    for t in rng.sample(voc["captions"], rng.randint(1, 3)):
        captions.append({"text": t.format(**ctx), "photographers": [person(rng, taken) for _ in range(rng.randint(1, 2))]})
    return Record(id=ident, origin="synthetic", title_lines=title_lines, subtitle=sub, authors=names, roles=roles,
                  org=org, outlet=outlet_for(place, rng), date=day.isoformat(), year=day.year,
                  newspaper_page=printed_page(rng), region=place.name, adcode=place.adcode, kind=kind,
                  body=body, facts=facts, captions=captions, short=place.short)


# -- seed records ----------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _unit_names() -> dict:
    return load_data("metrics.yaml")["numbers"]["units"]


def _written_unit(number_text: str) -> str:
    """The canonical unit (data/metrics.yaml numbers.units) of a number as written: 500余场次 -> 场次."""
    units = _unit_names()
    rest = re.sub(r"^[近约超逾]|[0-9.,]+|[万亿千]|[余多]|左右$|以上$", "", number_text)
    return units.get(rest, "")


def _norm_key(s: str) -> str:
    return re.sub(r"\s+", "", s)


def seed_records(root: Path = ROOT, pages: list[dict] | None = None) -> list[Record]:
    """The six seed articles as known-right records ([] when the seeds or their
    expectations are not there, e.g. in an installed copy without tests/).
    `pages`: the seed files already processed by `pipeline.process_seed`, in name order."""
    from ..pipeline import link_corpus, process_seed

    expected_path = root / "tests" / "cases" / "articles_expected.yaml"
    facts_path = root / "tests" / "cases" / "facts_expected.yaml"
    seeds = root / "seeds"
    if not expected_path.is_file() or not seeds.is_dir():
        return []
    expected = load_yaml(expected_path.read_text(encoding="utf-8"))
    files = sorted({e["file"] for e in expected})
    if not all((seeds / f).is_file() for f in files):
        return []
    if pages is None:
        pages = [process_seed(f, (seeds / f).read_bytes()) for f in files]
    arts = link_corpus(pages)
    hand_facts = load_yaml(facts_path.read_text(encoding="utf-8")) if facts_path.is_file() else {"cases": []}
    years = vocabulary().get("seed_years") or {}
    year_in_captions = set(vocabulary().get("seed_year_in_captions") or [])
    clause_end = load_data("layout.yaml")["clause_end"]
    gz = load_gazetteer()
    out = []
    per_file: dict[str, int] = {}
    for e in expected:
        k = per_file[e["file"]] = per_file.get(e["file"], 0) + 1
        art = next((a for a in arts if a["sources"][0]["file"] == e["file"]
                    and _norm_key(a["title"]) == _norm_key(e["title"])), None)
        if art is None:
            continue
        body = []
        for b in art["body"]:
            if b["kind"] in ("heading", "subheading"):
                body.append({"kind": "heading", "text": b["text"]})
                continue
            text = b["text"]
            prev = body[-1] if body else None
            if prev and prev["kind"] == "paragraph" and "".join(prev["sentences"])[-1:] in clause_end:
                # a sentence the seed broke off where photos were set into it: one sentence in the record
                text = "".join(body.pop()["sentences"]) + text
            sents = [s for s in split_sentences(text) if s.strip()]
            if sents:
                body.append({"kind": "paragraph", "sentences": sents})
        in_body = {_norm_key(s) for b in body if b["kind"] == "paragraph" for s in b["sentences"]}
        key = e["file"][:3] + ("" if sum(1 for x in expected if x["file"] == e["file"]) == 1 else "ab"[k - 1])
        facts = []
        for case in hand_facts.get("cases", []):
            if case["article"] != key or _norm_key(case["sentence"]) not in in_body:
                continue
            sent = next(s for b in body if b["kind"] == "paragraph" for s in b["sentences"]
                        if _norm_key(s) == _norm_key(case["sentence"]))
            for f in case.get("facts") or []:
                unit = f.get("unit") or _written_unit(f["number_text"])
                if "value" not in f or not unit:
                    continue
                facts.append({"value": f["value"], "unit": unit, "qualifier": f.get("qualifier", "exact"),
                              "kind": f.get("kind", "percent" if unit == "%" else "quantity"),
                              "text": f["number_text"], "sentence": sent})
        place = gz.by_code(str(e["adcode"]))
        rng = random.Random(f"seed-record:{e['file']}:{k}")
        year = int(years.get(key, 0))
        day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if year else _date(rng)
        names = list(e.get("authors") or [])
        roles = [rng.choice(vocabulary()["roles"]["plain"])] * len(names)
        out.append(Record(id=f"seed-{key}", origin="seed", title_lines=[e["title"]], subtitle=e.get("subtitle") or "",
                          authors=names, roles=roles, outlet=outlet_for(place, rng), date=day.isoformat(),
                          year=day.year, newspaper_page=printed_page(rng), region=place.name, adcode=place.adcode,
                          kind=place_kind(place) or "", body=body, facts=facts,
                          captions=[{"text": c["text"], "photographers": list(c.get("photographers") or [])}
                                    for c in art["captions"] if c["text"].strip()],
                          year_in_captions=key in year_in_captions,
                          short=place.short))
    return out
