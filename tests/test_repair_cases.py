"""Per-pass cases from tests/cases/repair/*.yaml: {raw, expected} and negatives."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project root, for plain `pytest`

from pathlib import Path

import pytest
import yaml

from build_tools.repair import PASSES

CASES_DIR = Path(__file__).parent / "cases" / "repair"
BY_NAME = {p.__name__: p for p in PASSES}


def _load():
    for f in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        name = data["pass"]
        for i, c in enumerate(data.get("cases") or []):
            yield pytest.param(name, c["raw"], c["expected"], id=f"{name}-case{i}")
        for i, raw in enumerate(data.get("negative") or []):
            yield pytest.param(name, raw, raw, id=f"{name}-neg{i}")


def test_every_pass_has_a_case_file():
    names = {yaml.safe_load(f.read_text(encoding="utf-8"))["pass"] for f in CASES_DIR.glob("*.yaml")}
    assert names == set(BY_NAME)


@pytest.mark.parametrize("name,raw,expected", list(_load()))
def test_case(name, raw, expected):
    assert BY_NAME[name](raw) == expected


def _listed_cases(key: str, field: str):
    """Every case file's cases under `key` (flags, apart): (pass, raw, what the case expects)."""
    for f in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for i, c in enumerate(data.get(key) or []):
            yield pytest.param(data["pass"], c["raw"], c[field], id=f'{data["pass"]}-{key}{i}')


@pytest.mark.parametrize("name,raw,flagged", list(_listed_cases("flags", "flagged")))
def test_flag_case(name, raw, flagged):
    """A whole repair of raw flags exactly these suspects (the flags file's `flags`)."""
    from build_tools.repair import repair_lines

    result = repair_lines(raw.split("\n"))
    assert [f.text for f in result.flags if f.kind == "suspect_repeat"] == flagged


@pytest.mark.parametrize("name,raw,apart", list(_listed_cases("apart", "apart")))
def test_apart_case(name, raw, apart):
    """The pass sets exactly these lines of raw apart as meta or furniture (the file's `apart`):
    kept on the page, never text or a title."""
    from build_tools.repair.core import Page

    page = BY_NAME[name](Page.from_text(raw))
    assert [u.text for u in page.units if u.kind in ("meta", "furniture")] == apart
