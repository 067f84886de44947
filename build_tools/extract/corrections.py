"""A sidecar's corrections applied to a page's article records.

The values a user wrote in seeds/NAME.yaml (ingest/sidecar.py) replace what
the pipeline decided: each replaced field is recorded in the article's
`corrections` ([{field, value, file}]), its `provenance` says "corrected",
and a corrected date is the publication date (source "corrected"). A region
is given as an adcode and filled in from the gazetteer. An adcode that names
no division, or an article number the page does not have, is a `SeedError`
naming the sidecar.
"""
from __future__ import annotations

from ..errors import SeedError
from .gazetteer import load_gazetteer

CORRECTED = {"method": "corrected", "confident": True}
# sidecar key -> record field
FIELDS = {"title": "title", "subtitle": "subtitle", "authors": "authors", "region": "region", "date": "date",
          "outlet": "outlet", "page": "newspaper_page"}


def check_corrections(corrections: dict, n_articles: int, file: str) -> None:
    """Article numbers on the page and adcodes that exist, else SeedError(file)."""
    gz = load_gazetteer()
    for k, fix in sorted(corrections.get("articles", {}).items()):
        if not 1 <= k <= n_articles:
            raise SeedError(file, f"articles.{k}: the page has {n_articles} article(s), numbered 1 to {n_articles}")
        code = fix.get("region")
        if code is not None and gz.by_code(code) is None:
            raise SeedError(file, f"articles.{k}.region: {code} is not the code of any administrative division")


def corrections_for(corrections: dict, k: int) -> dict:
    """The corrections of article k: its own over the page's (outlet, date, page)."""
    out = {key: corrections[key] for key in ("outlet", "date", "page") if key in corrections}
    out.update(corrections.get("articles", {}).get(k, {}))
    return out


def apply_corrections(record: dict, fixes: dict, file: str) -> None:
    """Replace the record's fields with the corrections (in place) and record them."""
    for key, value in fixes.items():
        field = FIELDS[key]
        record["corrections"].append({"field": field, "value": value, "file": file})
        if field == "region":
            _set_region(record, value, file)
        elif field == "date":
            record["date"] = {"value": value, "source": "corrected", "evidence": f"更正 corrected in {file}"}
            record["year"] = {"value": int(value[:4]), "estimated": False, "evidence": f"更正 corrected in {file}"}
            record["provenance"]["date"] = dict(CORRECTED)
        else:
            record[field] = list(value) if isinstance(value, list) else value
            if field == "title":
                record["title_inferred"] = False
        if field in record["provenance"]:
            record["provenance"][field] = dict(CORRECTED)


def _set_region(record: dict, code: str, file: str) -> None:
    p = load_gazetteer().by_code(code)
    info = {"region": p.name, "adcode": p.adcode, "level": p.level, "province": p.province,
            "prefecture": p.prefecture or None, "lat": p.lat, "lon": p.lon, "name_en": p.name_en,
            "subplaces": [], "evidence": f"更正 corrected in {file}", "provenance": dict(CORRECTED)}
    record["region_info"] = info
    for key in ("region", "adcode", "level", "province", "prefecture", "lat", "lon", "name_en"):
        record[key] = info[key]
    record["subplaces"] = []
