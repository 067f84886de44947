"""`python -m build_tools eval`: typeset known articles, run the real pipeline on the pages, score.

Pages are made and processed in worker processes (each page is independent
and deterministic); each layout's pages then go through `link_corpus` in page
order, as a folder of seeds would, and are scored against their truth.
"""
from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..data import load_data
from .corpus import ROOT, Record, seed_records
from .score import FIELDS, format_failures, format_table, summarise
from .typeset import Page, layouts, make_page

DEFAULT_N = 12
DEFAULT_SEED = 14
GATE_FILE = Path(__file__).resolve().parent.parent / "data" / "roundtrip_gate.yaml"
# keys of a processed page that scoring and link_corpus never read (kept out of the pipe between processes)
_HEAVY = ("raw_lines", "edits", "flags", "page_edits", "page_flags")

_SEED_RECORDS: list[Record] = []


def _init(seed_recs: list[Record]) -> None:
    global _SEED_RECORDS
    _SEED_RECORDS = seed_recs


def _process(name: str, data: bytes) -> dict:
    """The real per-seed chain; a page it rejects becomes a page without articles."""
    from ..errors import SeedError
    from ..pipeline import process_seed

    try:
        page = process_seed(name, data)
    except SeedError as exc:
        return {"file": name, "articles": [], "error": str(exc)}
    except Exception as exc:  # a pipeline bug on one page: that page scores 0, the run goes on
        return {"file": name, "articles": [], "error": f"{type(exc).__name__}: {exc}"}
    for a in page["articles"]:
        for key in _HEAVY:
            a.pop(key, None)
    for key in _HEAVY:
        page.pop(key, None)
    return page


def _seed_page(path: str) -> dict:
    from ..pipeline import process_seed

    p = Path(path)
    return process_seed(p.name, p.read_bytes())


def _page_task(task: tuple[str, int, int]) -> tuple[Page, dict]:
    layout, index, seed = task
    page = make_page(layout, index, seed, _SEED_RECORDS)
    return page, _process(page.name, page.text.encode("utf-8"))


def gate() -> dict:
    """The ratchet: data/roundtrip_gate.yaml ({} when absent)."""
    return load_data("roundtrip_gate.yaml", missing={}) or {}


def run(layout_names: list[str] | None = None, n: int = DEFAULT_N, seed: int = DEFAULT_SEED, jobs: int = 0,
        dump: Path | None = None, keep_failures: int = 20) -> dict:
    """Make n pages per layout, run them through the pipeline, score; the report (see score.summarise)
    with "seconds", "n", "seed" and "layouts" added."""
    from ..pipeline import link_corpus

    t0 = time.perf_counter()
    names = layout_names or list(layouts())
    unknown = [x for x in names if x not in layouts()]
    if unknown:
        raise ValueError(f"unknown layout(s): {', '.join(unknown)}; known: {', '.join(layouts())}")
    jobs = jobs or os.cpu_count() or 1
    tasks = [(layout, i, seed) for layout in names for i in range(n)]
    seed_files = _seed_files()
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            seed_pages = list(pool.map(_seed_page, seed_files))
        recs = seed_records(pages=seed_pages) if seed_files else []
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(recs,)) as pool:
            results = list(pool.map(_page_task, tasks, chunksize=max(1, len(tasks) // (jobs * 8))))
    else:
        recs = seed_records(pages=[_seed_page(f) for f in seed_files]) if seed_files else []
        _init(recs)
        results = [_page_task(t) for t in tasks]
    by_layout: dict[str, list[tuple[Page, dict]]] = {}
    for page, got in results:
        by_layout.setdefault(page.layout, []).append((page, got))
    scored = {}
    for layout in names:
        items = by_layout.get(layout, [])
        link_corpus([got for _, got in items])
        scored[layout] = [(page.name, page.truth, got["articles"]) for page, got in items]
    if dump:
        _dump(dump, results)
    report = summarise(scored, keep=keep_failures)
    errors = [f"{got['file']}: {got['error']}" for _, got in results if got.get("error")]
    return {"n": n, "seed": seed, "jobs": jobs, "layouts": names, "seed_records": len(recs),
            "seconds": round(time.perf_counter() - t0, 1), "errors": errors, "report": report}


def _seed_files() -> list[str]:
    seeds = ROOT / "seeds"
    expected = ROOT / "tests" / "cases" / "articles_expected.yaml"
    if not seeds.is_dir() or not expected.is_file():
        return []
    from ..data import load_yaml

    files = sorted({e["file"] for e in load_yaml(expected.read_text(encoding="utf-8"))})
    return [str(seeds / f) for f in files if (seeds / f).is_file()]


_GOT_KEYS = ("title", "subtitle", "kicker", "authors", "region", "adcode", "year", "date", "outlet", "newspaper_page")


def _dump(folder: Path, results: list[tuple[Page, dict]]) -> None:
    """Each page as NAME.txt, its truth as NAME.truth.json and what the pipeline made of it as
    NAME.got.json (the scored fields, sentences and facts), to read or to drop into seeds/."""
    folder.mkdir(parents=True, exist_ok=True)
    for page, got in results:
        stem = page.name[:-4]
        (folder / page.name).write_text(page.text, encoding="utf-8")
        (folder / f"{stem}.truth.json").write_text(json.dumps(page.truth, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
        arts = [{**{k: a.get(k) for k in _GOT_KEYS if k in a},
                 "sentences": [s for s, _ in a.get("sentences", [])],
                 "facts": [{k: f.get(k) for k in ("value", "unit", "kind", "quote")} for f in a.get("facts", [])]}
                for a in got["articles"]]
        (folder / f"{stem}.got.json").write_text(
            json.dumps({"error": got.get("error"), "articles": arts}, ensure_ascii=False, indent=1), encoding="utf-8")


def write_floors(result: dict, path: Path = GATE_FILE) -> list[str]:
    """Raise the ratchet to what was measured (never lower it); the floors that moved."""
    current = gate()
    if current.get("floors") and (result["n"], result["seed"]) != (current.get("n"), current.get("seed")):
        raise ValueError(f"floors are measured at n={current.get('n')} seed={current.get('seed')}; "
                         f"this run used n={result['n']} seed={result['seed']}")
    floors = {k: dict(v) for k, v in (current.get("floors") or {}).items()}
    moved = []
    for layout in result["layouts"]:
        measured = result["report"][layout]["scores"]
        row = floors.setdefault(layout, {})
        for f in FIELDS:
            new = _floor(measured[f])
            if new > row.get(f, -1.0):
                if f in row:
                    moved.append(f"{layout}.{f}: {row[f]:.2f} -> {new:.2f}")
                row[f] = new
    path.write_text(_gate_text(current.get("target", 0.95), result["n"], result["seed"], floors), encoding="utf-8")
    return moved


def _floor(share: float) -> float:
    """Two decimals, rounded down, so that the same run always passes its own floor."""
    return int(share * 100 + 1e-9) / 100


def _gate_text(target: float, n: int, seed: int, floors: dict) -> str:
    head = f"""# The round trip's gate (issue 14): every layout at {target:.0%} or more on every field.
#
# That target is NOT met yet: the mechanisms that would meet it (furniture and meta lines,
# pinyin glosses, title groups, bylines, splitting pages into articles, regions, printed
# dates, the outlet / date / newspaper_page fields) are being built. Until then this file is
# a ratchet: `floors` holds, per layout and field, the share measured when it was last
# raised (`target` beside them: where they must end), and tests/test_roundtrip.py fails when
# any share drops below its floor.
# Raise the floors as mechanisms land:
#     python -m build_tools eval --write-floors      (raises floors to the shares measured;
#                                                     never lowers one: do that by hand, on purpose)
# When the pages themselves change (typesetter, known records, roundtrip.yaml), remeasure from
# scratch: delete this file, run `eval --write-floors`, and say why in the commit message.
# Floors are measured at n={n} pages per layout and seed={seed} (the defaults of `eval`);
# `target` is where every floor must end. Fields: see build_tools/roundtrip/score.py.
target: {target}
n: {n}
seed: {seed}
floors:
"""
    body = []
    for layout, row in floors.items():
        cells = ", ".join([f"target: {row.get('target', target):.2f}"] + [f"{f}: {row[f]:.2f}" for f in FIELDS if f in row])
        body.append(f"  {layout}: {{{cells}}}")
    return head + "\n".join(body) + "\n"


def below_floor(result: dict) -> list[str]:
    """Shares that dropped below their floor ("layout.field: share < floor"); only at the gate's size."""
    g = gate()
    if result["n"] != g.get("n") or result["seed"] != g.get("seed"):
        return []
    out = []
    for layout in result["layouts"]:
        floor = (g.get("floors") or {}).get(layout) or {}
        for f, v in result["report"][layout]["scores"].items():
            if f in FIELDS and f in floor and v + 1e-9 < floor[f]:
                out.append(f"{layout}.{f}: {v:.3f} < {floor[f]:.2f}")
    return out


def main(layout_names, n, seed, jobs, json_out, show_failures, dump, check, raise_floors) -> int:
    """The `eval` command: print the table (and failures), write the JSON report, check or raise the floors."""
    try:
        result = run(layout_names, n, seed, jobs, dump, keep_failures=max(20, show_failures))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    g = gate()
    floors = g.get("floors") if (n, seed) == (g.get("n"), g.get("seed")) else None
    print(f"Round trip: {len(result['layouts'])} layouts x {n} pages (seed {seed}), "
          f"{result['report']['all']['articles']} articles ({result['seed_records']} seed articles among the "
          f"known records), {result['seconds']} s on {result['jobs']} processes. Shares in %"
          + (", ▼ below the floor in data/roundtrip_gate.yaml" if floors else "") + ".")
    print(format_table(result["report"], floors))
    missing = result["report"]["all"]["fields_not_produced"]
    if missing:
        print(f"Not produced by the pipeline yet, so scored 0: {', '.join(missing)}.")
    for e in result["errors"]:
        print(f"pipeline failed on {e}", file=sys.stderr)
    if show_failures:
        print()
        print(format_failures(result["report"], show_failures))
    if json_out:
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if raise_floors:
        try:
            moved = write_floors(result)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"floors raised in {GATE_FILE.name}: " + ("; ".join(moved) if moved else "none moved"))
    if check:
        low = below_floor(result)
        if low:
            print("below the floor: " + "; ".join(low), file=sys.stderr)
            return 1
    return 0
