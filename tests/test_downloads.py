"""The data downloads on their own: every column documented (zh and en) on the data dictionary
page, a year and its source on every fact, absolute URLs, levels and English names."""
from __future__ import annotations

import csv
import json
import re

import pytest

from build_tools.render.dictionary import DOWNLOADS, columns
from conftest import SITE_URL


def _csv(path):
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


def _json_keys(name: str, data) -> dict[str, set[str]]:
    """{file label as on the dictionary page: keys found in the file}."""
    if name == "cleaning":
        out = {"cleaning.json": set(data), "cleaning.json articles[]": set(), "cleaning.json pages[]": set(),
               "cleaning.json edits[]": set(), "cleaning.json flags[]": set()}
        for part in ("articles", "pages"):
            for rec in data[part]:
                out[f"cleaning.json {part}[]"] |= set(rec)
                for e in rec.get("edits", []) + rec.get("unplaced_edits", []):
                    out["cleaning.json edits[]"] |= set(e)
                for f in rec.get("flags", []):
                    out["cleaning.json flags[]"] |= set(f)
        return out
    return {f"{name}.json": {k for rec in data for k in rec}}


@pytest.mark.parametrize("name", [d[0] for d in DOWNLOADS])
def test_every_column_of_every_download_is_documented(name, docs, site):
    documented = columns(name)
    page = (site / "data" / "index.html").read_text(encoding="utf-8")
    data = json.loads((docs / "data" / f"{name}.json").read_text(encoding="utf-8"))
    found = _json_keys(name, data)
    csv_path = docs / "data" / f"{name}.csv"
    if csv_path.exists():
        found[f"{name}.csv"] = set(next(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines())))
    for label, keys in found.items():
        described = {col: prop for col, prop in documented[label]}
        assert keys, label
        for key in keys:
            prop = described.get(key)
            assert prop is not None, f"{label}: column {key} is not in the schema"
            prop = prop if "description" in prop else {}
            assert prop.get("description") and prop.get("description_zh"), f"{label}: {key} lacks a zh/en description"
            assert f"<code>{key}</code>" in page, f"{label}: {key} not on the data dictionary page"


def test_every_schema_property_has_both_descriptions():
    from build_tools.render.dictionary import load_schema

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in (node.get("properties") or {}).items():
                assert v.get("description") and v.get("description_zh"), f"{path}.{k}"
                walk(v, f"{path}.{k}")
            for k, v in (node.get("$defs") or {}).items():
                walk(v, f"{path}.$defs.{k}")
            if isinstance(node.get("items"), dict):
                walk(node["items"], f"{path}[]")

    for _, schema_file, *_ in DOWNLOADS:
        walk(load_schema(schema_file), schema_file)


def test_facts_csv_has_year_source_level_and_english_name(docs, articles):
    by_slug = {a["slug"]: a for a in articles}
    rows = _csv(docs / "data" / "facts.csv")
    assert rows
    for r in rows:
        a = by_slug[r["article"]]
        if (a.get("year") or {}).get("value") or (a.get("date") or {}).get("value"):
            assert re.fullmatch(r"\d{4}", r["year"]), r["id"]
            assert r["year_source"] in ("sentence", "article_date", "estimate"), r["id"]
        assert r["url"].startswith(SITE_URL) and "#s" in r["url"]
        if r["adcode"]:
            assert r["level"] in ("province", "prefecture", "county"), r["id"]
            assert r["name_en"], r["id"]
    # a year read from the sentence is kept as the sentence's
    facts = json.loads((docs / "data" / "facts.json").read_text(encoding="utf-8"))
    for f in facts:
        if f["year_source"] == "sentence":
            assert str(f["year"]) in f["quote"] or f["period"], f["id"]


def test_articles_csv_keeps_whether_the_date_was_printed_or_estimated(docs, articles):
    rows = _csv(docs / "data" / "articles.csv")
    assert {"year", "year_estimated", "year_evidence", "date", "date_source", "outlet", "newspaper_page"} <= set(rows[0])
    by_slug = {a["slug"]: a for a in articles}
    for r in rows:
        a = by_slug[r["slug"]]
        assert r["year_estimated"] == ("true" if a["year"]["estimated"] else "false")
        assert r["year"] == str(a["year"]["value"] or "")


def test_the_dictionary_page_is_in_both_languages(site):
    page = (site / "data" / "index.html").read_text(encoding="utf-8")
    assert "数据下载与字典" in page and "Data downloads and dictionary" in page
    assert "规范化数值" in page and "The normalised value" in page


def test_the_data_version_is_a_content_hash(tmp_path, docs):
    """The data version (on the data page, linked from the footer): the same data give the
    same version, other data another; no clock in it."""
    import shutil

    from build_tools.site.fingerprint import data_version

    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(docs / "data", a)
    shutil.copytree(docs / "data", b)
    assert data_version(a) == data_version(b) == data_version(docs / "data")
    (b / "facts.csv").write_text((b / "facts.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert data_version(b) != data_version(a)
    # the data page shows the version of the data beside it
    page = (docs / "data" / "index.md").read_text(encoding="utf-8")
    assert f"`{data_version(docs / 'data')}`" in page
    (a / "index.md").write_text("another page\n", encoding="utf-8")  # the page showing it is not part of it
    assert data_version(a) == data_version(docs / "data")
