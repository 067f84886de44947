"""The foundation: seeds in, article pages and contract data files out, deterministically."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest

from conftest import PY, SEEDS, SHARED_SEEDS, copy_project, run

REQUIRED = ["slug", "page", "title", "subtitle", "kicker", "authors", "photographers", "region", "adcode", "level",
            "province", "prefecture", "lat", "lon", "name_en", "year", "sources", "sections", "tags"]


def test_seeds_are_the_shared_seeds_byte_for_byte():
    if not SHARED_SEEDS.is_dir():
        pytest.skip("../shared/seeds not beside the project")
    shared = {p.name: p.read_bytes() for p in SHARED_SEEDS.iterdir()}
    ours = {p.name: p.read_bytes() for p in SEEDS.iterdir() if not p.name.startswith(".")}
    assert ours == shared


def test_every_article_has_a_page_and_a_complete_record(docs, articles):
    assert articles, "no articles built"
    for rec in articles:
        assert set(REQUIRED) <= set(rec), rec["slug"]
        page = docs / rec["page"]
        assert page.exists(), rec["page"]
        assert page.read_text(encoding="utf-8").startswith("---\n")
        assert rec["sources"] and all(s["file"].endswith(".txt") for s in rec["sources"])


def test_csv_twins_have_a_bom_and_the_same_rows(docs, articles, facts):
    for name, rows in (("articles.csv", articles), ("facts.csv", facts)):
        raw = (docs / "data" / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
        parsed = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        assert len(parsed) == len(rows)
        if rows:
            assert parsed[0]["slug" if name == "articles.csv" else "id"] == rows[0]["slug" if name == "articles.csv" else "id"]


def _tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_building_twice_gives_identical_docs(tmp_path):
    dest = copy_project(tmp_path / "p")
    run([PY, "-m", "build_tools", "build", "--no-cache"], dest)
    first = _tree_digest(dest / "docs")
    run([PY, "-m", "build_tools", "build", "--no-cache", "--jobs", "2"], dest)
    assert _tree_digest(dest / "docs") == first


def test_cached_build_equals_fresh_build(tmp_path):
    dest = copy_project(tmp_path / "p")
    run([PY, "-m", "build_tools", "build"], dest)
    first = _tree_digest(dest / "docs")
    out = run([PY, "-m", "build_tools", "build"], dest)
    assert "cached" in out.stdout
    assert _tree_digest(dest / "docs") == first


def test_build_accepts_other_folders(tmp_path):
    dest = copy_project(tmp_path / "p")
    other = tmp_path / "elsewhere"
    seeds = tmp_path / "myseeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(sorted(SEEDS.iterdir())[1].read_bytes())
    run([PY, "-m", "build_tools", "build", "--seeds", str(seeds), "--docs", str(other), "--no-cache"], dest)
    recs = json.loads((other / "data" / "articles.json").read_text(encoding="utf-8"))
    assert recs and all(r["sources"][0]["file"] == "a.txt" for r in recs)
