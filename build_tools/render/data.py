"""Data downloads: articles/facts as JSON and CSV (UTF-8 with BOM), cleaning audit."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

ARTICLE_FIELDS = ["slug", "page", "url", "title", "subtitle", "kicker", "authors", "photographers", "region",
                  "adcode", "level", "province", "prefecture", "lat", "lon", "name_en", "year", "sources",
                  "sections", "tags", "subplaces", "encoding", "converted_from_traditional"]
FACT_FIELDS = ["id", "article", "region", "adcode", "metric", "kind", "label", "label_en", "group", "comparable", "value", "value_max", "unit",
               "qualifier", "year", "period", "number_text", "quote", "url"]


def article_record(a: dict) -> dict:
    """The public record of an article (the contract of docs/data/articles.json)."""
    return {k: a.get(k) for k in ARTICLE_FIELDS}


def dumps(data) -> str:
    """JSON with one record per line: readable, diff-friendly, and written by
    the C encoder (an indent forces Python's slow pure-Python encoder)."""
    if isinstance(data, list):
        if not data:
            return "[]\n"
        return "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in data) + "\n]\n"
    if isinstance(data, dict):
        items = [f"{json.dumps(k, ensure_ascii=False)}: {dumps(v).rstrip()}" for k, v in data.items()]
        return "{\n" + ",\n".join(items) + "\n}\n"
    return json.dumps(data, ensure_ascii=False) + "\n"


def _cell(v):
    if isinstance(v, (list, dict)):
        if isinstance(v, dict) and set(v) >= {"value", "estimated"}:
            return v.get("value") if v.get("value") is not None else ""
        if isinstance(v, list) and v and isinstance(v[0], dict) and "file" in v[0]:
            return "; ".join(f'{s["file"]}:{s["lines"][0]}-{s["lines"][1]}' for s in v)
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return "; ".join(str(x.get("title") or x.get("name") or x) for x in v)
        if isinstance(v, list):
            return "; ".join(map(str, v))
        return json.dumps(v, ensure_ascii=False)
    return "" if v is None else v


def to_csv(rows: list[dict], fields: list[str]) -> str:
    """CSV text with a UTF-8 BOM so spreadsheet programs show Chinese correctly."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(fields)
    for r in rows:
        w.writerow([_cell(r.get(f)) for f in fields])
    return "\ufeff" + buf.getvalue()


def write_data(out: Path, articles: list[dict], facts: list[dict], pages: list[dict], extra: dict[str, object]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    records = [article_record(a) for a in articles]
    (out / "articles.json").write_text(dumps(records), encoding="utf-8")
    (out / "articles.csv").write_text(to_csv(records, ARTICLE_FIELDS), encoding="utf-8")
    fact_rows = [{k: f.get(k) for k in FACT_FIELDS} for f in facts]
    (out / "facts.json").write_text(dumps(fact_rows), encoding="utf-8")
    (out / "facts.csv").write_text(to_csv(fact_rows, FACT_FIELDS), encoding="utf-8")
    cleaning = {
        "articles": [{"slug": a["slug"], "sources": a["sources"], "edits": a["edits"], "flags": a["flags"],
                      "edit_counts": _counts(a["edits"])} for a in articles],
        "pages": [{"file": p["file"], "encoding": p["encoding"], "edit_counts": p["edit_counts"],
                   "unplaced_edits": p["page_edits"], "flags": p["page_flags"]} for p in pages],
    }
    (out / "cleaning.json").write_text(dumps(cleaning), encoding="utf-8")
    for name, data in extra.items():
        (out / name).write_text(dumps(data), encoding="utf-8")


def _counts(edits: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in edits:
        out[e["pass_name"]] = out.get(e["pass_name"], 0) + 1
    return dict(sorted(out.items()))
