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


def test_rewritten_from_the_first_changed_entry_as_if_written_whole(tmp_path):
    """A served build rewrites the file from the first entry that changed on; the bytes are
    those of the whole file written again, whatever changed, and a file changed by someone
    else is written whole."""
    import os

    entries = _entries(6)
    index = SimpleNamespace(config=dict(CONFIG), entries=entries)
    memo = {}
    out = tmp_path / "search" / "search_index.json"
    write_compact_index(out, index, memo)
    steps = [
        lambda es: es[:4] + [dict(es[4], text="<p>\u200b第五\u200b条</p>")] + es[5:],  # near the end
        lambda es: es + [dict(es[0], location="articles/new/")],  # appended
        lambda es: es[:-2],  # removed at the end
        lambda es: es,  # nothing changed
        lambda es: [dict(es[0], title="新标题")] + es[1:],  # the first
        lambda es: es[:2] + [dict(es[2], text="")] + es[3:],  # shorter: the tail moves back
        lambda es: [],
        lambda es: _entries(3),
    ]
    for step in steps:
        entries = step(entries)
        index.entries = entries
        write_compact_index(out, index, memo)
        assert out.read_bytes() == _as_material_writes(tmp_path, entries)
    out.write_bytes(out.read_bytes().replace(b"\\u200b", b"").replace("文明".encode(), "文化".encode()))
    os.utime(out, ns=(1, 1))
    index.entries = entries[:1] + [dict(entries[1], text="<p>改</p>")] + entries[2:]
    write_compact_index(out, index, memo)
    assert out.read_bytes() == _as_material_writes(tmp_path, index.entries)
