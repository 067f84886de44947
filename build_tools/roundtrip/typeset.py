"""Known-right records -> raw pages in the layouts real pages come in, each page with its truth.

A layout (data/roundtrip.yaml `layouts`) is a set of printing choices: how the
title, subtitle and byline print and where the byline stands (top, run into
the lead, a dateline, after the text, a web meta line, none), how paragraphs
print (blank lines between; narrow columns with every printed line on its own
and words broken; PDF wraps; web copies with one paragraph a line), and what
else is on the page (captions with photo credits, a masthead with date and
page, web furniture, doubled title groups, traditional script, pinyin glosses,
half-width punctuation, stray spaces, several articles without marks between
them). Every choice is drawn from a seeded `random.Random`, so a layout, page
index and seed always give the same bytes.

The truth of a page says what the pipeline should recover, given what was
printed: a field the page never printed (no byline, no date, no outlet) is
expected empty, and a date is expected as printed only where the page printed
one (else the article's year, which its text gives away).
"""
from __future__ import annotations

import datetime as dt
import functools
import random
import re
from dataclasses import dataclass, field

from .corpus import Record, person, synthetic, vocabulary

DEFAULTS = {"articles": [1, 1], "title": "plain", "subtitle": "plain", "byline": ["top"], "bylines": "plain",
            "body": "blank", "headings": "plain", "captions": False, "masthead": False, "kicker": False, "furniture": False,
            "doubled": False, "traditional": False, "halfwidth": False, "spaces": False, "pinyin": 0.0,
            "short": False}
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!"})
HAN = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def layouts() -> dict[str, dict]:
    """Layout name -> printing choices (defaults filled in), in the order of the data file."""
    return {name: {**DEFAULTS, **(spec or {})} for name, spec in vocabulary()["layouts"].items()}


@dataclass
class Page:
    """A typeset page: its file name, layout, text, and per article what should come out."""

    name: str
    layout: str
    text: str
    truth: list[dict] = field(default_factory=list)


@dataclass
class _Chunk:
    kind: str          # furniture | title | subtitle | byline | heading | paragraph | caption
    text: str
    article: int = -1


# -- helpers -----------------------------------------------------------------

def _people(names: list[str], roles: list[str], sep: str = " ", glue: bool = False) -> str:
    """记者 张三 李四 通讯员 王五: each run of one role printed once before its names."""
    groups: list[tuple[str, list[str]]] = []
    for n, r in zip(names, roles):
        if groups and groups[-1][0] == r:
            groups[-1][1].append(n)
        else:
            groups.append((r, [n]))
    if glue:
        return "".join(r + "".join(ns) for r, ns in groups)
    return " ".join(f"{r} {sep.join(ns)}" if r else sep.join(ns) for r, ns in groups)


def _date_slots(date: str, rng: random.Random) -> dict:
    d = dt.date.fromisoformat(date)
    return {"y": d.year, "m": d.month, "d": d.day, "mm": f"{d.month:02d}", "dd": f"{d.day:02d}",
            "wd": vocabulary()["weekdays"][d.weekday()], "h": rng.randint(6, 22), "hh": f"{rng.randint(6, 22):02d}",
            "mi": f"{rng.randint(0, 59):02d}", "ss": f"{rng.randint(0, 59):02d}"}


def _choose_form(forms: list[str], rec: Record, rng: random.Random) -> str:
    """A byline form; forms crediting an organisation only when the record has one (then likely)."""
    with_org = [f for f in forms if "{org_credit}" in f]
    plain = [f for f in forms if "{org_credit}" not in f]
    if rec.org and with_org and rng.random() < 0.6:
        return rng.choice(with_org)
    return rng.choice(plain)


def _byline_text(form: str, rec: Record, rng: random.Random, extra: dict | None = None) -> str:
    voc = vocabulary()
    org_credit = rng.choice(voc["org_credits"]).format(sp=" ", org=rec.org) if rec.org else ""
    slots = {"people": _people(rec.authors, rec.roles), "people_dun": _people(rec.authors, rec.roles, "、"),
             "people_glued": _people(rec.authors, rec.roles, glue=True), "names": " ".join(rec.authors),
             "names_dun": "、".join(rec.authors), "org_credit": org_credit, "sp": " ", "outlet": rec.outlet}
    slots.update(extra or {})
    return form.format(**slots)


def _heading_mark(spec: dict, rng: random.Random, usual: int) -> str:
    if spec["headings"] == "marked":
        return "#" * usual + " "
    if spec["headings"] == "uneven":
        return "#" * rng.randint(1, 4) + " "
    return ""


def _double(text: str) -> str:
    """Text printed twice by PDF extraction: each space-separated part doubled in place."""
    lead = re.match(r"^(#+\s*|——|[□■◎●])?", text).group(0)
    rest = text[len(lead):]
    return lead + " ".join(p + p for p in rest.split(" "))


def _space_out(text: str, rng: random.Random) -> str:
    """Stray spaces from PDF extraction: a run of characters letter-spaced, a space before a unit."""
    if len(text) > 12:
        a = rng.randrange(0, len(text) - 8)
        b = a + rng.randint(4, 8)
        spaced = "".join(ch + ("" if ch.isdigit() and nxt in "0123456789." or ch == "." else " ")
                         for ch, nxt in zip(text[a:b], text[a + 1:b] + " "))
        text = text[:a] + spaced.rstrip(" ") + text[b:]
    return re.sub(r"(?<=[0-9])(?=[万亿个名户%人])", lambda m: " " if rng.random() < 0.5 else "", text)


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _pinyin_gloss(text: str, rate: float, rng: random.Random, brackets: tuple[str, str]) -> str:
    """Mirror-site glosses: some Han characters followed by their pinyin with tone marks, 發(fā)展."""
    from pypinyin import Style, pinyin

    out = []
    for ch in text:
        out.append(ch)
        if HAN.match(ch) and rng.random() < rate:
            py = pinyin(ch, style=Style.TONE, heteronym=False)[0][0]
            if py and py != ch:
                out.append(brackets[0] + py + brackets[1])
    return "".join(out)


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Fixed-width lines, breaking wherever the column ends (words and numbers too)."""
    text = indent + text
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


# -- one article ----------------------------------------------------------------

def _article(rec: Record, k: int, spec: dict, rng: random.Random, page: dict) -> tuple[list[_Chunk], dict]:
    """The printed chunks of one article and what should come out of them."""
    voc = vocabulary()
    printed: set[str] = set(page["prints"])
    chunks: list[_Chunk] = []
    date = _date_slots(rec.date, rng)

    def add(kind: str, text: str) -> None:
        chunks.append(_Chunk(kind, text, k))

    position = rng.choice(spec["byline"]) if rec.authors else "none"
    # web furniture above the title (the page's first article only)
    if spec["furniture"] and k == 0:
        for line in rng.sample(voc["web_top"], rng.randint(0, 2)):
            add("furniture", line)
    # a column name above the title (newspaper pages)
    if spec["kicker"] and rng.random() < 0.5:
        add("furniture", rng.choice(voc["kickers"]))
    # title
    title = rec.title
    if spec["title"] == "hash":
        mark = "#" * (rng.randint(1, 3) if spec["headings"] == "uneven" else 1) + " "
        titles = [mark + title]
    elif spec["title"] == "multi":
        titles = list(rec.title_lines)
    elif spec["title"] == "site" and rng.random() < 0.7:
        titles = [title + rec.outlet]
        printed.add("outlet")
    else:
        titles = [title]
    if spec["doubled"]:
        if rng.random() < 0.6:
            titles = [_double(t) for t in titles]
        else:
            titles = titles + titles
    for t in titles:
        add("title", t)
    # subtitle
    subtitle = rec.subtitle if spec["subtitle"] != "none" else ""
    if subtitle:
        mark = "## " if spec["subtitle"] == "hash" else ""
        if spec["headings"] == "uneven" and mark:
            mark = "#" * rng.randint(2, 5) + " "
        add("subtitle", _double(mark + subtitle) if spec["doubled"] else mark + subtitle)
    # meta line of a web copy: may carry the authors, the date, the outlet, the e-paper page
    if position == "meta" or spec["furniture"]:
        # a line without authors (date, source, e-paper page) and/or one with them
        kinds = [False, True] if position == "meta" and rng.random() < 0.4 else [position == "meta"]
        for with_authors in kinds:
            # (an e-paper's 当前：B3（date） line is about the whole page: not on a page of several items)
            forms = [f for f in voc["web_meta"] if ("authors" in f["prints"]) == with_authors
                     and (not f.get("one_author") or len(rec.authors) == 1)
                     and not (f.get("epaper") and page["articles"] > 1)]
            form = rng.choice(forms)
            editor = person(rng, set(rec.authors))
            add("furniture", form["text"].format(outlet=rec.outlet, author=rec.authors[0] if rec.authors else "",
                                                 authors=" ".join(rec.authors), editor=editor,
                                                 page=rec.newspaper_page, **date))
            printed.update(form["prints"])
        if rng.random() < 0.3:
            add("furniture", "【字体：大 中 小】")
        if rng.random() < 0.2:
            add("paragraph", title)          # the title printed again as the first paragraph
    # byline at the top
    prefix = ""
    if position == "top":
        form = _choose_form(voc["bylines_top"][spec["bylines"]], rec, rng)
        text = _byline_text(form, rec, rng)
        add("byline", _double(text) if spec["doubled"] else text)
        printed.add("authors")
    elif position == "inline":
        form = _choose_form(voc["bylines_inline"], rec, rng)
        prefix = _byline_text(form, rec, rng)
        printed.add("authors")
        if "{outlet}" in form:
            printed.add("outlet")
    elif position == "dateline":
        form = rng.choice(voc["datelines"])
        prefix = _byline_text(form, rec, rng, {"m": date["m"], "d": date["d"]})
        printed.update(("authors", "outlet"))
    # body
    paras = [i for i, b in enumerate(rec.body) if b["kind"] == "paragraph"]
    cap_after = {}
    if spec["captions"] and rec.captions and len(paras) > 1:
        for cap in rec.captions:
            cap_after.setdefault(rng.choice(paras[:-1]), []).append(cap)
    units: list[dict] = []
    for i, b in enumerate(rec.body):
        if b["kind"] == "heading":
            if spec["headings"] == "none":
                continue
            add("heading", _heading_mark(spec, rng, 3) + b["text"])
            units.append({"text": b["text"], "alts": []})
            continue
        text = "".join(b["sentences"])
        for j, s in enumerate(b["sentences"]):
            alts = [prefix + s] if prefix and i == paras[0] and j == 0 else []
            units.append({"text": s, "alts": alts})
        if prefix and i == paras[0]:
            text = prefix + text
        add("paragraph", text)
        for cap in cap_after.get(i, []):
            credit = ""
            if cap["photographers"]:
                credit = rng.choice(voc["photo_credits"]).format(name=" ".join(cap["photographers"]))
            if credit and rng.random() < 0.5:
                add("caption", cap["text"] + "  " + credit)
            else:
                add("caption", cap["text"])
                if credit:
                    add("caption", credit)
    if position == "end":
        tail = _byline_text(rng.choice(voc["bylines_end"]), rec, rng)
        last = max(j for j, c in enumerate(chunks) if c.kind == "paragraph")
        if rng.random() < 0.5:
            chunks[last].text += tail
        else:
            chunks.insert(last + 1, _Chunk("byline", tail, k))
        printed.add("authors")
    if spec["furniture"]:
        editors = [person(rng, set(rec.authors)) for _ in range(2)]
        for line in rng.sample(voc["web_bottom"], rng.randint(1, 3)):
            add("furniture", line.format(editor=editors[0], editor2=editors[1]))

    year_shown = not rec.year_in_captions or bool(cap_after) or "date" in printed
    first_sentences = {s for s in (rec.body[paras[0]]["sentences"][:1] if paras else [])}
    facts = [dict(f, alts=[prefix + f["sentence"]] if prefix and f["sentence"] in first_sentences else [])
             for f in rec.facts]
    truth = {
        "id": rec.id, "origin": rec.origin, "kind": rec.kind,
        "title": rec.title, "subtitle": subtitle,
        "authors": list(rec.authors) if "authors" in printed else [],
        "region": rec.region, "adcode": rec.adcode, "year": rec.year if year_shown else None,
        "date": ({"value": rec.date, "printed": True} if "date" in printed
                 else {"value": str(rec.year) if year_shown else None, "printed": False}),
        "outlet": rec.outlet if "outlet" in printed else None,
        "newspaper_page": rec.newspaper_page if "page" in printed else None,
        "units": units, "facts": facts,
    }
    return chunks, truth


# -- one page ---------------------------------------------------------------------

def typeset(layout: str, records: list[Record], rng: random.Random, name: str) -> Page:
    """Print `records` on one page in `layout`; the page's truth in record order."""
    spec = layouts()[layout]
    voc = vocabulary()
    page: dict = {"prints": [], "articles": len(records)}
    chunks: list[_Chunk] = []
    if spec["masthead"]:
        lead = records[0]
        for r in records[1:]:        # one newspaper page: one outlet, date and page number
            r.outlet, r.date, r.year, r.newspaper_page = lead.outlet, lead.date, lead.year, lead.newspaper_page
        slots = _date_slots(lead.date, rng)
        text = rng.choice(voc["mastheads"]).format(outlet=lead.outlet, page=lead.newspaper_page,
                                                   section=rng.choice(voc["sections"]), **slots)
        chunks.append(_Chunk("furniture", text))
        page["prints"] = ["date", "outlet", "page"]
    truth = []
    for k, rec in enumerate(records):
        cs, t = _article(rec, k, spec, rng, page)
        chunks.extend(cs)
        truth.append(t)

    # characters: half-width punctuation, stray spaces, script, pinyin glosses
    body_kinds = ("paragraph", "caption", "byline", "subtitle")
    for c in chunks:
        if spec["halfwidth"] and c.kind in body_kinds:
            c.text = c.text.translate(HALF)
        if spec["spaces"] and c.kind == "paragraph" and rng.random() < 0.4:
            c.text = _space_out(c.text, rng)
    if spec["traditional"]:
        for c in chunks:
            c.text = _s2t().convert(c.text)
    if spec["pinyin"]:
        brackets = rng.choice([("(", ")"), ("（", "）")])
        for c in chunks:
            if c.kind != "furniture":
                c.text = _pinyin_gloss(c.text, spec["pinyin"], rng, brackets)

    # lines
    mode = spec["body"]
    if mode == "narrow":
        width = rng.randint(9, 16)
        lines = []
        for c in chunks:
            lines.extend(_wrap(c.text, width) if c.kind in ("paragraph", "caption") else [c.text])
        text = "\n\n".join(lines)
    elif mode == "pdf":
        width = rng.randint(26, 40)
        indent = rng.choice(["", "\u3000\u3000"])
        sep = rng.choice(["\n", "\n\n"])
        blocks = ["\n".join(_wrap(c.text, width, indent)) if c.kind == "paragraph" else c.text for c in chunks]
        text = sep.join(blocks)
    elif mode == "web":
        indent = rng.choice(["", "\u3000\u3000"])
        sep = rng.choice(["\n", "\n\n"])
        text = sep.join(indent + c.text if c.kind == "paragraph" else c.text for c in chunks)
    else:
        text = "\n\n".join(c.text for c in chunks)
    return Page(name=name, layout=layout, text=text + "\n", truth=truth)


def page_records(layout: str, index: int, seed: int, seed_recs: list[Record] = ()) -> tuple[list[Record], random.Random]:
    """The records printed on page `index` of `layout` (and the page's rng).

    The page's first article is a seed article on page 0 of every single-article
    layout (the six seeds rotate over the layouts); all else is synthetic, the
    kinds of division cycling so that every kind appears in every layout."""
    spec = layouts()[layout]
    names = list(layouts())
    rng = random.Random(f"roundtrip:{seed}:{layout}:{index}")
    lo, hi = spec["articles"]
    count = rng.randint(lo, hi)
    kinds = vocabulary()["place_kinds"]
    recs: list[Record] = []
    for k in range(count):
        if index == 0 and k == 0 and count == 1 and seed_recs:
            rec = seed_recs[names.index(layout) % len(seed_recs)]
            recs.append(Record(**{**rec.to_dict()}))
            continue
        kind = kinds[(index * 3 + k + names.index(layout)) % len(kinds)]
        # one newspaper's page (a masthead) reports on places in its own province
        # of one day's issue: its articles are of that day (their text gives that year away)
        province = recs[0].adcode[:2] + "0000" if recs and spec["masthead"] else None
        date = recs[0].date if recs and spec["masthead"] else None
        for _ in range(5):      # two articles on one page do not share a title
            rec = synthetic(rng, f"{layout}-{index:03d}-{k + 1}", kind, short=spec["short"],
                            multi_title=spec["title"] == "multi", subtitle=spec["subtitle"] != "none",
                            headings=spec["headings"] != "none", province=province, date=date)
            if all(rec.title != r.title for r in recs):
                break
        recs.append(rec)
    return recs, rng


def make_page(layout: str, index: int, seed: int, seed_recs: list[Record] = ()) -> Page:
    """Page `index` of `layout` for `seed`: the same bytes every time."""
    recs, rng = page_records(layout, index, seed, seed_recs)
    return typeset(layout, recs, rng, f"{layout}-{index:03d}.txt")
