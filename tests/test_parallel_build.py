"""A cold build makes its units (article pages, audit files, views) in forked worker
processes (site/units.py): the files and the cache must be those of a build that makes
them one by one in its own process, whatever the order the workers finish in, and a worker
that dies leaves its units to the build, not a hole in the site."""
from __future__ import annotations

import copy
import hashlib
import os
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

from build_tools.pipeline import process_seed
from build_tools.site import assemble, units

PAGES = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "heldout2").glob("*.txt"))


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [process_seed(p.name, p.read_bytes()) for p in PAGES]


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def in_workers(monkeypatch):
    """Units made in workers even on this small corpus, in runs of three; counts the pools."""
    pools = []
    real = units._in_workers
    monkeypatch.setattr(units, "PARALLEL_MIN_UNITS", 1)
    monkeypatch.setattr(units, "WORKER_RUN", 3)
    monkeypatch.setattr(units, "can_fork", lambda: True)  # under pytest-xdist the process has threads

    def counted(*a, **k):
        pools.append(1)
        return real(*a, **k)
    monkeypatch.setattr(units, "_in_workers", counted)
    return pools


def _render(records, out: Path, cache: Path | None, jobs: int) -> dict:
    """The records rendered as a build renders them (each seed keyed by its record, as the
    build keys it by its bytes, so that a cached unit is found again)."""
    out.mkdir(parents=True)
    seeds = [units.Seed(r["file"], hashlib.sha256(repr(r).encode()).hexdigest(), [a["slug"] for a in r["articles"]],
                        page=copy.deepcopy(r)) for r in records]
    return assemble.render_site(seeds, out, site_url="https://example.org/a/", cache_dir=cache,
                                accessed="2025-01-02", jobs=jobs)


@pytest.mark.parametrize("cached", [False, True])
def test_units_made_in_workers_are_the_units_made_here(records, in_workers, tmp_path, cached):
    assert len(records) >= 12
    here = _render(records, tmp_path / "here", tmp_path / "cache-here" if cached else None, jobs=1)
    assert not in_workers
    there = _render(records, tmp_path / "there", tmp_path / "cache-there" if cached else None, jobs=2)
    assert in_workers
    assert (here["articles"], here["facts"]) == (there["articles"], there["facts"])
    assert _tree(tmp_path / "here") == _tree(tmp_path / "there")
    if cached:  # the cache holds the same pages, views and outputs, and a warm build uses them
        assert _tree(tmp_path / "cache-here") == _tree(tmp_path / "cache-there")
        again = _render(records, tmp_path / "again", tmp_path / "cache-there", jobs=2)
        assert len(in_workers) == 1  # nothing to make
        assert _tree(tmp_path / "again") == _tree(tmp_path / "here") and again["articles"] == here["articles"]


def _dies_on_the_second_run(run):
    """A worker that dies (killed, out of memory) while making the run that starts at 3,
    after the first run came back (its last page is a neighbour of the runs left)."""
    if run[0] == 3:
        time.sleep(2)
        os._exit(9)
    return units._make_run(units._FORKED["seeds"], units._FORKED["keys"], units._FORKED["make_unit"], *run)


def test_a_worker_that_dies_leaves_its_units_to_the_build(records, in_workers, monkeypatch, tmp_path):
    here = _render(records, tmp_path / "here", None, jobs=1)
    monkeypatch.setattr(units, "_in_worker", _dies_on_the_second_run)
    there = _render(records, tmp_path / "there", None, jobs=2)  # (records only in memory: none may be lost)
    assert in_workers
    assert here["articles"] == there["articles"]
    assert _tree(tmp_path / "here") == _tree(tmp_path / "there")


def _fails_on_the_second_run(run):
    if run[0] == 3:
        raise ValueError("a bug on odd input")
    return units._make_run(units._FORKED["seeds"], units._FORKED["keys"], units._FORKED["make_unit"], *run)


def test_an_error_in_a_worker_is_the_build_s_error(records, in_workers, monkeypatch, tmp_path):
    """As when rendering here: the exception reaches the build, which names the bad seed
    (build._render_culprits) and leaves docs/ as it was."""
    monkeypatch.setattr(units, "_in_worker", _fails_on_the_second_run)
    with pytest.raises(ValueError, match="a bug on odd input"):
        _render(records, tmp_path / "there", None, jobs=2)
    assert not units._FORKED
