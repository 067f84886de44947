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
                  "adcode", "level", "province", "prefecture", "lat", "lon", "name_en", "year", "date", "outlet",
                  "newspaper_page", "sources", "sections", "tags", "subplaces", "encoding",
                  "converted_from_traditional", "provenance", "corrections"]
# Columns whose cells are numbers: a negative number there stays a number in a
# spreadsheet; in every other column text starting like a formula is quoted.
NUMERIC_FIELDS = frozenset({"lat", "lon", "year", "value", "value_max"})
FACT_FIELDS = ["id", "article", "region", "adcode", "metric", "kind", "label", "label_en", "group", "comparable", "value", "value_max", "unit",
               "qualifier", "year", "period", "number_text", "quote", "url"]


def article_record(a: dict) -> dict:
    """The public record of an article (the contract of docs/data/articles.json)."""
    return {k: a.get(k) for k in ARTICLE_FIELDS}


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
        if isinstance(v, dict) and (set(v) >= {"value", "estimated"} or set(v) >= {"value", "source"}):
            return v.get("value") if v.get("value") is not None else ""
        if isinstance(v, list) and v and isinstance(v[0], dict) and "lines" in v[0]:
            return "; ".join(f'{s["file"]}:{s["lines"][0]}-{s["lines"][1]}' for s in v)
        if isinstance(v, list) and v and isinstance(v[0], dict) and "field" in v[0]:  # corrections
            return "; ".join(f'{x["field"]}={_cell(x.get("value"))} ({x.get("file")})' for x in v)
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return "; ".join(str(x.get("title") or x.get("name") or x) for x in v)
        if isinstance(v, list):
            return "; ".join(map(str, v))
        return json_dumps(v)
    return v


def csv_rows(rows: list[dict], fields: list[str]) -> str:
    """CSV lines for rows (no header)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([csv_cell(_cell(r.get(f)), f in NUMERIC_FIELDS) for f in fields])
    return buf.getvalue()


def csv_text(fields: list[str], chunks: list[str]) -> str:
    """A CSV file from chunks of csv_rows, with a header and a UTF-8 BOM so
    spreadsheet programs show Chinese correctly."""
    return "\ufeff" + csv_rows([dict(zip(fields, fields))], fields) + "".join(chunks)


def _counts(edits: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in edits:
        out[e["pass_name"]] = out.get(e["pass_name"], 0) + 1
    return dict(sorted(out.items()))
