"""The search index written from memory (and from the entries kept between served builds)
has the bytes of Material's file after compact_search_index."""
from __future__ import annotations

import json
from types import SimpleNamespace

from build_tools.site.search_index import compact_search_index, write_compact_index

CONFIG = {"lang": ["zh"], "separator": "[\\s\\u200b]+", "pipeline": ["stemmer"], "fields": {"title": {"boost": 1000.0}}}


def _entries(n):
    return [{"location": f"articles/a{i}/#s{i}", "title": f"\u200b文明\u200b城市 {i}",
             "text": f"<p>\u200b创建\u200b, \u200b全国\u200b文明\u200b城市 \"{i}\" 口袋公园 1\u00a0000</p>", "tags": ["城市"]}
            for i in range(n)]


def _as_material_writes(tmp_path, entries):
    path = tmp_path / "material.json"
    path.write_text(json.dumps({"config": CONFIG, "docs": entries}), encoding="utf-8")  # ASCII-escaped
    compact_search_index(path)
    return path.read_bytes()


def test_written_from_memory_as_material_then_compacted(tmp_path):
    entries = _entries(5)
    index = SimpleNamespace(config=dict(CONFIG, extra="not written"), entries=entries)
    memo = {}
    out = tmp_path / "search" / "search_index.json"
    write_compact_index(out, index, memo)
    assert out.read_bytes() == _as_material_writes(tmp_path, entries)
    # a served build: one page's entries replaced, the others kept (and their JSON with them)
    entries = entries[:2] + [dict(entries[2], text="<p>\u200b新的\u200b句子</p>")] + entries[3:]
    index.entries = entries
    write_compact_index(out, index, memo)
    assert out.read_bytes() == _as_material_writes(tmp_path, entries)
    index.entries = []
    write_compact_index(out, index, memo)
    assert out.read_bytes() == _as_material_writes(tmp_path, [])
