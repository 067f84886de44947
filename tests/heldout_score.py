"""Score the pipeline on the held-out pages in tests/fixtures/heldout/.

The held-out pages are realistic raw pages written by hand (not by the round trip's
typesetter), each with its truth beside it in NAME.expected.yaml. This script runs a
checkout's pipeline (`process_seed`, then `link_corpus` on that page alone: every file is a
page of its own) on every page and compares what comes back with the truth, per kind of
page and field. It is a test tool, not product code.

    python tests/heldout_score.py                      # this checkout
    python tests/heldout_score.py --repo /work/wt/i14b # any other checkout
    python tests/heldout_score.py --failures 40 --kind briefs --json /tmp/heldout.json

    # one commit exactly, without touching that worktree:
    git -C /work/wt/i14b archive HEAD | tar -x -C /tmp/i14b-head
    python tests/heldout_score.py --repo /tmp/i14b-head --python /work/wt/i14b/.venv/bin/python

With --repo, the pipeline runs in a subprocess with that checkout's .venv/bin/python when it
exists (else this interpreter), with that checkout first on sys.path; scoring happens here.

What counts as the same text (and nothing else): spaces; full- and half-width forms (NFKC);
traditional and simplified script (OpenCC t2s on both sides); quote styles (“”「」『』‘’"');
dash styles in subtitles (a leading —— is not compared); OCR's letters in a number (l5.6万 = 15.6万,
23O0 = 2300); the middle dot in names (·•・‧.); the
simplified radicals a PDF font prints for characters (⻔ = 门). Truth checks look a title or quote up
on the page with a mirror site's pinyin or zhuyin glosses taken off both.
Pages: 第3版 = 3 = 03 = 第三版; A05 = A5. Units: 名 = 位 = 人 (persons), 千米 = 公里, 平方千米 = 平方公里,
百分点 = 个百分点, 个位次 = 位次; a rank (unit `rank` in the truth) is a fact of kind rank, or one whose unit
is 位/名.

Fields, per article paired with a true one (an article not found fails every field):
found (the page split into the right number of articles, each paired in order), title (the
truth or one of title_also: a headline stack two careful readers read two ways, a place's
label over it as its first words or as its 引题),
subtitle, authors (as a set), photographers (where the truth lists them), region (adcode),
date (only where the page prints one: the value and source "printed"), year (the printed
year, where printed), outlet (the truth or one of outlet_also; null means none printed),
newspaper_page (null means none printed), facts (value, unit, the sentence containing the
truth's substring, and the fact filed under the article's place or a place inside it), and
per page not_facts (a time, date or counter that must not come back as a fact: a fact of that
value whose printed number stands inside the not-fact's words).
"""
from __future__ import annotations

import argparse
import html
import json
import math
import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "fixtures" / "heldout"
FIELDS = ("found", "title", "subtitle", "authors", "photographers", "region", "date", "year", "outlet",
          "newspaper_page", "facts", "not_facts")

# ------------------------------------------------------------------ worker (runs in the target checkout)


def collect(pages: Path) -> dict:
    """Run the importable build_tools' pipeline on every page (a crash scores that page 0)."""
    t0 = time.time()
    from build_tools import pipeline  # the checkout first on sys.path
    from build_tools.extract.gazetteer import load_gazetteer
    out = {"build_tools": os.path.dirname(pipeline.__file__), "pages": {}, "gazetteer": {}}
    gz = load_gazetteer()
    for path in sorted(Path(pages).glob("*.txt")):
        entry: dict = {"ok": True, "articles": []}
        try:
            page = pipeline.process_seed(path.name, path.read_bytes())
            arts = pipeline.link_corpus([page])
            entry["articles"] = [_slim(a) for a in arts]
        except Exception as exc:
            entry = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "articles": []}
        out["pages"][path.stem] = entry
    for exp in sorted(Path(pages).glob("*.expected.yaml")):
        for code in re.findall(r"""region: ["']?(\d{6})\b""", exp.read_text(encoding="utf-8")):
            place = gz.by_code(code)
            out["gazetteer"][code] = place.name if place else None
    out["seconds"] = round(time.time() - t0, 2)
    return out


def _worker(repo: str, pages: str) -> None:
    """In the target checkout's interpreter: run its pipeline, print JSON on stdout."""
    sys.path.insert(0, repo)
    json.dump(collect(Path(pages)), sys.stdout, ensure_ascii=False)


def _slim(a: dict) -> dict:
    date = a.get("date")
    return {
        "title": a.get("title") or "",
        "subtitle": a.get("subtitle") or "",
        "authors": list(a.get("authors") or []),
        "photographers": list(a.get("photographers") or []),
        "adcode": a.get("adcode"),
        "region": a.get("region"),
        "outlet": a.get("outlet"),
        "date": date if isinstance(date, dict) else None,
        "has_date": "date" in a,
        "year": (a.get("year") or {}).get("value"),
        "newspaper_page": a.get("newspaper_page"),
        "text": "\n".join([a.get("title") or "", a.get("subtitle") or ""]
                          + [s for s, _ in (tuple(x) for x in a.get("sentences") or [])]
                          + [c.get("text", "") for c in a.get("captions") or []]),
        "facts": [{"value": f.get("value"), "unit": f.get("unit"), "quote": f.get("quote") or "",
                   "adcode": f.get("adcode"), "kind": f.get("kind"),
                   "number_text": f.get("number_text")} for f in a.get("facts") or []],
    }


def run_pipeline(repo: Path, pages: Path = PAGES, python: str | None = None) -> dict:
    """The pipeline's records for every page, from the checkout at `repo` (its .venv's python,
    else `python`, else this interpreter)."""
    py = repo / ".venv" / "bin" / "python"
    python = python or (str(py) if py.exists() else sys.executable)
    proc = subprocess.run([python, str(Path(__file__).resolve()), "--worker", "--repo", str(repo),
                           "--pages", str(Path(pages).resolve())], capture_output=True, text=True, cwd=str(repo),
                          env={**os.environ, "PYTHONPATH": str(repo)})
    if proc.returncode != 0:
        raise SystemExit(f"heldout_score: the pipeline of {repo} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


# ------------------------------------------------------------------ normalisation

_QUOTES = str.maketrans({c: '"' for c in "“”「」『』‘’'＂〝〞"})
_RULES = re.compile(r"[|丨│｜]")
_DOTS = str.maketrans({c: "·" for c in "•・‧.．‧・"})
# a mirror site's reading after characters: pinyin (发(fā), 鄂伦春（Èlúnchūn）, 阿荣旗（Āróng Qí）) or zhuyin
# (理(ㄌㄧˇ)); removed from the page and from a quote alike before a truth is looked up on the page
_SMALL = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_GLOSS_WORD = f"[A-ZĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]?[{_SMALL}]+"  # (a capital only first: AI, GDP are no readings)
_GLOSS = re.compile(rf"[(（](?:{_GLOSS_WORD}(?: {_GLOSS_WORD})*|[\u3105-\u312fˇˋˊ˙]+)[)）]")
# the simplified radicals a PDF font prints for ordinary characters (⻔ for 门): the same text
_RADICALS = str.maketrans("⻉⻋⻔⻛⻜⻢⻥⻦⻧⻨⻩⻬⻮⻰⻳⻅⻓⻚⻘⻆⻄⺠⺟⻤", "贝车门风飞马鱼鸟卤麦黄齐齿龙龟见长页青角西民母鬼")
_t2s = None


def t2s(text: str) -> str:
    global _t2s
    if _t2s is None:
        import opencc
        _t2s = opencc.OpenCC("t2s")
    return _t2s.convert(text)


# a letter OCR read for a digit, beside a digit and no other letter (l5.6万, 23O0, 3l0)
_OCR_DIGIT_RE = re.compile(r"(?<![A-Za-z])[OolI](?=[0-9.,])|(?<=[0-9.,])[OolI](?![A-Za-z])")
_OCR_DIGITS = str.maketrans("OolI", "0011")


def norm(text: str | None) -> str:
    """Text compared as the same: spaces, width, script, quote styles and OCR's letters in a
    number do not count."""
    text = unicodedata.normalize("NFKC", text or "").translate(_RADICALS)
    text = t2s(text).translate(_QUOTES)
    text = _OCR_DIGIT_RE.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    return re.sub(r"\s+", "", text)


def norm_subtitle(text: str | None) -> str:
    return norm(text).lstrip("—－-─―~～").strip()


def norm_name(text: str) -> str:
    return norm(text).translate(_DOTS)


def norm_page(text) -> str | None:
    if text is None or str(text).strip() == "":
        return None
    s = norm(str(text)).upper().replace("第", "").replace("版", "")
    if re.fullmatch("[一二三四五六七八九十]{1,3}", s):  # 第三版 = 第3版
        import cn2an
        s = str(int(cn2an.cn2an(s, "normal")))
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", s)


_UNITS = {"名": "人", "位": "人", "千米": "公里", "平方千米": "平方公里", "百分点": "个百分点", "个位次": "位次"}


def norm_unit(u) -> str:
    u = norm(u or "")
    return _UNITS.get(u, u)


# ------------------------------------------------------------------ truth


def load_truth(pages: Path = PAGES) -> dict[str, dict]:
    import yaml
    truth = {}
    for exp in sorted(pages.glob("*.expected.yaml")):
        name = exp.name[: -len(".expected.yaml")]
        truth[name] = yaml.safe_load(exp.read_text(encoding="utf-8"))
    return truth


def page_text(name: str, spec: dict, pages: Path = PAGES) -> str:
    """The raw page decoded with its declared encoding, normalised, glosses removed (for checks)."""
    raw = (pages / f"{name}.txt").read_bytes()
    text = raw.decode(spec["encoding"])
    return norm(_GLOSS.sub("", text))


# ------------------------------------------------------------------ scoring


def _within(code: str | None, area: str) -> bool:
    """`code` is the article's place or a place inside it."""
    if not code:
        return False
    code = str(code)
    if area.endswith("0000"):
        return code[:2] == area[:2]
    if area.endswith("00"):
        return code[:4] == area[:4]
    return code == area


def _fact_matches(f: dict, want: dict, area: str) -> tuple[bool, str]:
    """(matched, why not) for one got fact against one true fact."""
    if norm(str(want["quote"])) not in norm(f["quote"]):
        return False, "sentence"
    try:
        same = f["value"] is not None and math.isclose(float(f["value"]), float(want["value"]), rel_tol=1e-9)
    except (TypeError, ValueError):
        same = False
    if not same:
        return False, f"value {f['value']}"
    if want["unit"] == "rank":
        if not (f.get("kind") == "rank" or norm_unit(f["unit"]) in ("位", "人")):
            return False, f"unit {f['unit']!r} (kind {f.get('kind')})"
    elif norm_unit(f["unit"]) != norm_unit(str(want["unit"])):
        return False, f"unit {f['unit']!r}"
    if not _within(f.get("adcode"), area):
        return False, f"filed under {f.get('adcode')}"
    return True, ""


def _affinity(exp: dict, got: dict) -> int:
    text = norm(got["text"])
    score = sum(1 for fact in exp.get("facts") or [] if norm(str(fact["quote"])) in text)
    titles = {norm(t) for t in [exp["title"]] + list(exp.get("title_also") or []) if norm(t)}
    if norm(got["title"]) in titles:  # (a title the truth accepts, title_also too)
        score += 2
    return score


def pair(expected: list[dict], got: list[dict]) -> list[int | None]:
    """In-order one-to-one pairing of true and found articles maximising shared text."""
    n, m = len(expected), len(got)
    aff = [[_affinity(e, g) for g in got] for e in expected]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1],
                             best[i - 1][j - 1] + aff[i - 1][j - 1] if aff[i - 1][j - 1] > 0 else -1)
    out: list[int | None] = [None] * n
    i, j = n, m
    while i and j:
        if aff[i - 1][j - 1] > 0 and best[i][j] == best[i - 1][j - 1] + aff[i - 1][j - 1]:
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return out


def score_page(name: str, spec: dict, result: dict) -> dict:
    """Per field: list of (passed, article index, detail) for one page."""
    got = result.get("articles") or []
    exp = spec["articles"]
    pairing = pair(exp, got) if result.get("ok") else [None] * len(exp)
    split_ok = result.get("ok") and len(got) == len(exp) and all(p is not None for p in pairing)
    checks: list[dict] = []
    all_facts = [f for g in got for f in g["facts"]]

    def add(field, k, ok, want=None, have=None, note=""):
        checks.append({"page": name, "kind": spec["kind"], "encoding": spec["encoding"], "article": k + 1,
                       "field": field, "ok": bool(ok), "expected": want, "got": have, "note": note})

    for k, e in enumerate(exp):
        j = pairing[k]
        g = got[j] if j is not None else None
        found_note = "" if g else (result.get("error") or f"not found: the page gave {len(got)} article(s) for {len(exp)}")
        add("found", k, g is not None and split_ok, f"{len(exp)} articles", f"{len(got)} articles",
            "" if split_ok else found_note or "page split wrongly")
        if g is None:
            for field in ("title", "subtitle", "authors", "region", "outlet", "newspaper_page"):
                add(field, k, False, e.get(field if field != "region" else "region"), None, found_note)
            if "photographers" in e:
                add("photographers", k, False, e["photographers"], None, found_note)
            if e.get("date"):
                add("date", k, False, e["date"], None, found_note)
                add("year", k, False, int(str(e["date"])[:4]), None, found_note)
            for fact in e.get("facts") or []:
                ok, why = _any_fact(all_facts, fact, e["region"])
                add("facts", k, ok, _fact_str(fact), why, "" if ok else found_note)
            continue
        titles = [e["title"]] + list(e.get("title_also") or [])
        add("title", k, norm(g["title"]) in {norm(t) for t in titles}, e["title"], g["title"])
        add("subtitle", k, norm_subtitle(g["subtitle"]) == norm_subtitle(e.get("subtitle")),
            e.get("subtitle") or "", g["subtitle"])
        want_authors = sorted(norm_name(a) for a in e.get("authors") or [])
        have_authors = sorted(norm_name(a) for a in g["authors"])
        add("authors", k, want_authors == have_authors, e.get("authors") or [], g["authors"])
        if "photographers" in e:
            add("photographers", k, sorted(norm_name(a) for a in e["photographers"])
                == sorted(norm_name(a) for a in g["photographers"]), e["photographers"], g["photographers"])
        add("region", k, g["adcode"] == e["region"], f"{e['region']} {e.get('region_name', '')}",
            f"{g['adcode']} {g['region'] or ''}")
        if e.get("date"):
            d = g["date"] or {}
            ok = d.get("value") == str(e["date"]) and d.get("source") == "printed"
            add("date", k, ok, str(e["date"]), f"{d.get('value')} ({d.get('source')})" if g["has_date"] else "no date field")
            add("year", k, g["year"] == int(str(e["date"])[:4]), int(str(e["date"])[:4]), g["year"])
        outlets = [e.get("outlet")] + list(e.get("outlet_also") or [])
        have_outlet = g["outlet"] or None
        ok = (have_outlet is None and e.get("outlet") is None) or (
            have_outlet is not None and any(o and norm(o) == norm(have_outlet) for o in outlets))
        add("outlet", k, ok, " | ".join(o for o in outlets if o) or None, have_outlet)
        add("newspaper_page", k, norm_page(g["newspaper_page"]) == norm_page(e.get("newspaper_page")),
            e.get("newspaper_page"), g["newspaper_page"])
        for fact in e.get("facts") or []:
            ok, why = _any_fact(all_facts, fact, e["region"])
            add("facts", k, ok, _fact_str(fact), why)
    for bad in spec.get("not_facts") or []:
        hits = [f for f in all_facts if norm(str(bad["quote"])) in norm(f["quote"])
                and f["value"] is not None and math.isclose(float(f["value"]), float(bad["value"]))
                and _read_from(f, str(bad["quote"]))]
        add("not_facts", -1, not hits, f"no fact {bad['value']} from “{bad['quote']}”",
            f"{hits[0]['value']} {hits[0]['unit']}" if hits else None)
    return {"checks": checks, "split": bool(split_ok), "n_expected": len(exp), "n_got": len(got)}


def _read_from(fact: dict, quote: str) -> bool:
    """Was this fact read from the not-fact's words? Its number as printed stands inside them
    (or they inside it). A fact of the same value read from other words of the same sentence
    (每天8:30 … 增加到30个) is not the not-fact; a fact without its printed number counts."""
    printed = fact.get("number_text")
    if not printed:
        return True
    return norm(printed) in norm(quote) or norm(quote) in norm(printed)


def _fact_str(fact: dict) -> str:
    return f"{fact['value']} {fact['unit']} «{fact['quote']}»"


def _any_fact(facts: list[dict], want: dict, area: str) -> tuple[bool, str]:
    """Is the true fact among the page's facts? If not, the nearest miss says why."""
    reasons = []
    for f in facts:
        ok, why = _fact_matches(f, want, area)
        if ok:
            return True, f"{f['value']} {f['unit']}"
        if why != "sentence":
            reasons.append((why, f))
    if not reasons:
        return False, "no fact from that sentence"
    near = [r for r in reasons if not r[0].startswith("value")]
    if not near:
        have = ", ".join(f"{f['value']} {f['unit'] or ''}".strip() for _, f in reasons)
        return False, f"no fact of that value in that sentence (it has: {have})"
    why, f = near[0]
    return False, f"{why}: got {f['value']} {f['unit']!r} adcode {f.get('adcode')}"


def score_all(run: dict, truth: dict) -> dict:
    pages = {}
    for name, spec in truth.items():
        result = run["pages"].get(name) or {"ok": False, "error": "page not run", "articles": []}
        pages[name] = score_page(name, spec, result)
    return {"pages": pages, "checks": [c for p in pages.values() for c in p["checks"]]}


def shares(checks: list[dict]) -> dict[str, float | None]:
    out = {}
    for field in FIELDS:
        cs = [c for c in checks if c["field"] == field]
        out[field] = round(sum(c["ok"] for c in cs) / len(cs), 3) if cs else None
    return out


def table(scored: dict, truth: dict, group: str = "kind") -> str:
    """Markdown table: per kind (or encoding) of page, pages, split right, then shares per field."""
    keys = sorted({spec[group] for spec in truth.values()})
    cols = [f for f in FIELDS if f != "found"]
    head = f"| {group} | pages | articles | split | found | " + " | ".join(cols) + " |"
    lines = [head, "|" + "---|" * (5 + len(cols))]
    for key in keys + ["**all**"]:
        names = [n for n, s in truth.items() if key == "**all**" or s[group] == key]
        checks = [c for n in names for c in scored["pages"][n]["checks"]]
        sh = shares(checks)
        split = sum(scored["pages"][n]["split"] for n in names)
        arts = sum(scored["pages"][n]["n_expected"] for n in names)
        cells = [("" if sh[f] is None else f"{round(100 * sh[f])}") for f in cols]
        lines.append(f"| {key} | {len(names)} | {arts} | {split}/{len(names)} | {round(100 * sh['found'])} | "
                     + " | ".join(cells) + " |")
    return "\n".join(lines)


def failures(scored: dict, limit: int | None = None, field: str | None = None) -> list[str]:
    out = []
    for c in scored["checks"]:
        if c["ok"] or (field and c["field"] != field):
            continue
        where = f"{c['page']}" + (f"#{c['article']}" if c["article"] > 0 else "")
        note = f"  [{c['note']}]" if c["note"] else ""
        out.append(f"{where:34} {c['field']:14} expected {c['expected']!r:40} got {c['got']!r}{note}")
    return out[:limit] if limit is not None else out


def _side_by_side_columns(name: str, spec: dict, pages: Path) -> str:
    """The page read column by column, for pages laid out as columns side by side (pdftotext
    -layout): every stretch of a line set apart by three or more spaces, joined in line order
    with the stretches that start at about the same place (in printed columns) on other lines. A headline printed
    over two lines of one column is then on the page as the reader reads it."""
    raw = (pages / f"{name}.txt").read_bytes().decode(spec["encoding"])
    def width(s: str) -> int:  # where a stretch starts as printed: a Han character is two columns wide
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    cells = [(width(line[:m.start()]), m.group()) for line in raw.splitlines()
             for m in re.finditer(r"\S+(?: {1,2}\S+)*", line)]
    starts = sorted({start for start, _ in cells})
    return "\n".join(norm("".join(t for s, t in cells if abs(s - at) <= 4)) for at in starts)


def check_truth(truth: dict, gazetteer: dict[str, str | None], pages: Path = PAGES) -> list[str]:
    """Problems with the truth files themselves (wrong adcode, quote not unique on its page ...)."""
    problems = []
    for name, spec in truth.items():
        try:
            text = page_text(name, spec, pages)
        except (UnicodeDecodeError, LookupError, FileNotFoundError) as exc:
            problems.append(f"{name}: cannot read the page as {spec.get('encoding')}: {exc}")
            continue
        for k, e in enumerate(spec["articles"], 1):
            if gazetteer.get(e["region"]) != e.get("region_name"):
                problems.append(f"{name}#{k}: region {e['region']} is {gazetteer.get(e['region'])!r} in the gazetteer, "
                                f"truth says {e.get('region_name')!r}")
            for fact in e.get("facts") or []:
                n = text.count(norm(_GLOSS.sub("", str(fact["quote"]))))
                if n < 1:
                    problems.append(f"{name}#{k}: fact quote {fact['quote']!r} not on the page")
            doubled = "".join(c * 2 for c in norm(e["title"]))  # a fake-bold headline: every character twice
            unruled = _RULES.sub("", text)  # an OCR'd column rule (| 丨) printed inside a headline's lines
            # (and a page copied with its HTML left in prints a headline's quotes as &ldquo; &rdquo;)
            if norm(e["title"]) not in text and not all(norm(part) in text for part in e["title"].split()) \
                    and doubled not in text and norm(e["title"]) not in unruled \
                    and norm(e["title"]) not in norm(html.unescape(text)) \
                    and norm(e["title"]) not in _side_by_side_columns(name, spec, pages):
                problems.append(f"{name}#{k}: title {e['title']!r} not on the page")
        for bad in spec.get("not_facts") or []:
            if norm(_GLOSS.sub("", str(bad["quote"]))) not in text:
                problems.append(f"{name}: not_fact quote {bad['quote']!r} not on the page")
    return problems


FLOORS = PAGES / "floors.yaml"
TARGETS = {"split": 1.0, "title": 0.9, "authors": 0.9, "region": 0.95, "date": 1.0, "facts": 0.9}
_FLOORS_HEAD = """\
# Floors of tests/test_heldout.py: the shares measured on the held-out pages, overall and per
# kind of page (a ratchet: a share below its floor fails the test). Raise them when a mechanism
# lands with `python tests/heldout_score.py --write-floors` (it never lowers a floor); lower one
# only with a reason in the commit message. `split` is the share of pages split into the right
# articles; the other keys are the fields of heldout_score.py.
# Targets of issue 14 (not met yet): every page split right, titles and authors >= 0.9,
# regions >= 0.95, printed dates used wherever printed, facts >= 0.9.
"""


def measured(scored: dict, truth: dict) -> dict:
    """{"all": {field: share}, "kinds": {kind: {field: share}}}, with `split` per group."""
    def group(names):
        checks = [c for n in names for c in scored["pages"][n]["checks"]]
        out = {k: v for k, v in shares(checks).items() if v is not None}
        out["split"] = round(sum(scored["pages"][n]["split"] for n in names) / len(names), 3)
        return dict(sorted(out.items()))
    kinds = sorted({s["kind"] for s in truth.values()})
    return {"all": group(list(truth)),
            "kinds": {k: group([n for n, s in truth.items() if s["kind"] == k]) for k in kinds}}


def below_floors(now: dict, floors: dict) -> list[str]:
    """Every share below its floor, as 'group field: now < floor'."""
    out = []
    groups = [("all", floors.get("all") or {}, now["all"])]
    groups += [(k, f, now["kinds"].get(k, {})) for k, f in (floors.get("kinds") or {}).items()]
    for name, fl, got in groups:
        for field, floor in fl.items():
            have = got.get(field)
            if have is None or have + 1e-9 < floor:
                out.append(f"{name} {field}: {have} < floor {floor}")
    return out


def write_floors(now: dict, path: Path = FLOORS) -> dict:
    """Raise the floors in `path` to `now` (never lowers one)."""
    import yaml
    old = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.exists() else {}
    old = old.get("floors") or {}
    def up(a: dict, b: dict) -> dict:
        return {f: max(a.get(f, 0), b.get(f, 0)) for f in sorted(set(a) | set(b))}
    new = {"all": up(old.get("all") or {}, now["all"]),
           "kinds": {k: up((old.get("kinds") or {}).get(k) or {}, v) for k, v in now["kinds"].items()}}
    body = yaml.safe_dump({"targets": TARGETS, "floors": new}, allow_unicode=True, sort_keys=False,
                          default_flow_style=None, width=200)
    path.write_text(_FLOORS_HEAD + body, encoding="utf-8")
    return new


def evaluate(repo: Path | None = None, pages: Path = PAGES, python: str | None = None,
             in_process: bool = False) -> tuple[dict, dict, dict]:
    """(run, truth, scored) for the checkout at `repo` (default: the one this file is in);
    `in_process`: with the build_tools this interpreter imports (the tests)."""
    if in_process:
        run = collect(pages)
    else:
        run = run_pipeline((repo or HERE.parent).resolve(), pages, python)
    truth = load_truth(pages)
    return run, truth, score_all(run, truth)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=None, help="checkout whose pipeline is scored (default: this one)")
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--python", default=None,
                    help="interpreter for a checkout without .venv (e.g. a `git archive` snapshot of a commit)")
    ap.add_argument("--failures", type=int, default=30, help="how many failures to list (-1: all)")
    ap.add_argument("--field", default=None, help="list failures of this field only")
    ap.add_argument("--kind", default=None, help="score only pages of this kind")
    ap.add_argument("--json", type=Path, default=None, help="write every check as JSON here")
    ap.add_argument("--write-floors", action="store_true", help="raise the set's floors.yaml (in --pages) to what is measured")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        _worker(str(args.repo), str(args.pages))
        return 0
    t0 = time.time()
    run, truth, scored = evaluate(args.repo, args.pages, args.python)
    if args.kind:
        truth = {n: s for n, s in truth.items() if s["kind"] == args.kind}
        scored = score_all(run, truth)
    problems = check_truth(truth, run["gazetteer"], args.pages)
    for p in problems:
        print("TRUTH PROBLEM:", p)
    print(f"held-out pages: {len(truth)}, articles: {sum(len(s['articles']) for s in truth.values())}; "
          f"pipeline {run['build_tools']} ({run['seconds']} s), total {time.time() - t0:.1f} s\n")
    print(table(scored, truth, "kind"))
    print()
    print(table(scored, truth, "encoding"))
    crashed = [n for n, r in run["pages"].items() if not r["ok"]]
    if crashed:
        print("\ncrashed:", *(f"{n}: {run['pages'][n]['error']}" for n in crashed), sep="\n  ")
    fails = failures(scored, None if args.failures < 0 else args.failures, args.field)
    total = len(failures(scored, None, args.field))
    print(f"\nfailures ({len(fails)} of {total}):")
    print("\n".join(fails))
    if args.write_floors and not args.kind:
        write_floors(measured(scored, truth), args.pages / "floors.yaml")
        print(f"\nfloors raised where measured higher: {args.pages / 'floors.yaml'}")
    if args.json:
        args.json.write_text(json.dumps({"run": run, "checks": scored["checks"]}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
