"""Data downloads: the rows of articles/facts (JSON and CSV, UTF-8 with BOM) and the cleaning audit.

Rows are serialised per page and joined, so the incremental build can keep
each page's rows and rewrite a file by concatenation.
"""
from __future__ import annotations

import csv
import io
import json

from .safe import csv_cell, json_dumps

ARTICLE_FIELDS = ["slug", "page", "url", "title", "subtitle", "kicker", "authors", "photographers", "region",
                  "adcode", "level", "province", "prefecture", "lat", "lon", "name_en", "outlet", "date",
                  "newspaper_page", "year", "sources", "sections", "tags", "subplaces", "encoding",
                  "converted_from_traditional", "regions", "provenance", "corrections"]
# Columns whose cells are numbers: a negative number there stays a number in a
# spreadsheet; in every other column text starting like a formula is quoted.
NUMERIC_FIELDS = frozenset({"lat", "lon", "year", "value", "value_max"})
FACT_FIELDS = ["id", "article", "region", "adcode", "level", "name_en", "metric", "kind", "label", "label_en", "group",
               "comparable", "value", "value_max", "unit", "qualifier", "year", "year_source", "period", "number_text",
               "quote", "url"]
# Object fields of articles.csv spread over several columns: `year` (its value),
# `year_estimated`, ... so that a spreadsheet keeps whether a date was printed or estimated.
ARTICLE_CSV_SPREAD = {"year": ("estimated", "evidence"), "date": ("source", "evidence")}


def csv_columns(fields: list[str], spread: dict | None = None) -> list[str]:
    """The CSV header of a table with these JSON fields, object fields spread.

    >>> csv_columns(["slug", "year", "tags"], ARTICLE_CSV_SPREAD)
    ['slug', 'year', 'year_estimated', 'year_evidence', 'tags']
    """
    spread = spread or {}
    return [c for f in fields for c in [f, *(f"{f}_{sub}" for sub in spread.get(f, ()))]]


def article_record(a: dict) -> dict:
    """The public record of an article (the contract of docs/data/articles.json)."""
    out = {k: a.get(k) for k in ARTICLE_FIELDS}
    out["regions"] = regions(a)
    return out


def regions(a: dict) -> list[dict]:
    """Where each part of an article is printed, for PDF and image seeds (else []):
    [{part: "title" | "p1"... | "cap1"..., page, box}], boxes as in `sources`."""
    parts = [("title", a.get("title_regions") or [])]
    parts += [(b["id"], b.get("regions") or []) for b in a.get("body", []) if "id" in b]
    parts += [(f"cap{k}", c.get("regions") or []) for k, c in enumerate(a.get("captions", []), 1)]
    return [{"part": part, "page": r["page"], "box": r["box"]} for part, rs in parts for r in rs]


def fact_record(f: dict) -> dict:
    """The public record of a fact (the contract of docs/data/facts.json)."""
    return {k: f.get(k) for k in FACT_FIELDS}


def cleaning_record(a: dict) -> dict:
    """An article's entry in docs/data/cleaning.json: every edit and flag, with counts per pass."""
    return {"slug": a["slug"], "sources": a["sources"], "edits": a["edits"], "flags": a["flags"],
            "edit_counts": _counts(a["edits"])}


def page_cleaning_record(page: dict) -> dict:
    """A seed page's entry in docs/data/cleaning.json: its encoding and the edits no article holds."""
    return {"file": page["file"], "encoding": page["encoding"], "edit_counts": page["edit_counts"],
            "unplaced_edits": page["page_edits"], "flags": page["page_flags"]}


def json_lines(rows: list) -> list[str]:
    """One compact JSON text per row (the C encoder: an indent would force the slow Python one)."""
    return [json_dumps(r) for r in rows]


def json_list(lines: list[str]) -> str:
    """A JSON array with one record per line: readable and diff-friendly."""
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"


def _cell(v):
    if isinstance(v, (list, dict)):
        if isinstance(v, dict) and "value" in v:
            return v.get("value") if v.get("value") is not None else ""
        if isinstance(v, dict) and v and all(isinstance(x, dict) and "method" in x for x in v.values()):  # provenance
            return "; ".join(f'{k}={x["method"]}' + ("" if x.get("confident") else " (uncertain)") for k, x in v.items())
        if isinstance(v, list) and v and isinstance(v[0], dict) and "field" in v[0]:  # corrections
            return "; ".join(f'{x["field"]}={_cell(x.get("value"))} ({x.get("file")})' for x in v)
        if isinstance(v, list) and v and isinstance(v[0], dict) and "lines" in v[0]:
            return "; ".join(f'{s["file"]}:{s["lines"][0]}-{s["lines"][1]}' + _where(s) for s in v)
        if isinstance(v, list) and v and isinstance(v[0], dict) and "box" in v[0]:
            return "; ".join(f'{r["part"]}{_where(r)}' for r in v)
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return "; ".join(str(x.get("title") or x.get("name") or x) for x in v)
        if isinstance(v, list):
            return "; ".join(map(str, v))
        return json_dumps(v)
    return v


def _where(s: dict) -> str:
    """ ' p.1 [x0 y0 x1 y1]' for a place on a page of a PDF or image seed."""
    if "page" not in s:
        return ""
    return f' p.{s["page"]} [' + " ".join(f"{v:g}" for v in s["box"]) + "]"


def csv_rows(rows: list[dict], fields: list[str], spread: dict | None = None) -> str:
    """CSV lines for rows (no header); object fields in `spread` over several columns."""
    spread = spread or {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        cells = []
        for f in fields:
            v = r.get(f)
            cells.append(csv_cell(_cell(v), f in NUMERIC_FIELDS))
            for sub in spread.get(f, ()):
                cells.append(csv_cell(_cell(v.get(sub)) if isinstance(v, dict) else None))
        w.writerow(cells)
    return buf.getvalue()


def csv_text(fields: list[str], chunks: list[str], spread: dict | None = None) -> str:
    """A CSV file from chunks of csv_rows, with a header and a UTF-8 BOM so
    spreadsheet programs show Chinese correctly."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(csv_columns(fields, spread))
    return "\ufeff" + buf.getvalue() + "".join(chunks)


def _counts(edits: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in edits:
        out[e["pass_name"]] = out.get(e["pass_name"], 0) + 1
    return dict(sorted(out.items()))
