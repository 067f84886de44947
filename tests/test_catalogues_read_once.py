"""The data catalogues are parsed once per process, not once per page or per line: a memo keyed
by a line's text that re-read layout.yaml made the pipeline six times slower (every held-out set,
every build). Counted, not timed: after a first page, further pages parse no catalogue."""
from __future__ import annotations

from pathlib import Path

import build_tools.data as data
from build_tools import pipeline

HELDOUT = Path(__file__).resolve().parent / "fixtures"


def test_pages_after_the_first_parse_no_catalogue(monkeypatch):
    pages = sorted(HELDOUT.glob("heldout3*/*.txt"))[:24]
    assert len(pages) == 24
    for page in pages[:8]:  # warm: every catalogue a page of these kinds needs
        pipeline.process_seed(page.name, page.read_bytes())
    parsed = []
    real = data.load_yaml
    monkeypatch.setattr(data, "load_yaml", lambda stream: parsed.append(getattr(stream, "name", "?")) or real(stream))
    for page in pages[8:]:
        pipeline.process_seed(page.name, page.read_bytes())
    assert len(parsed) <= 2, parsed  # a rare kind of line may still read a catalogue once
