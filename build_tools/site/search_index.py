"""Post-processing of Material's search index (search/search_index.json).

Material serialises the index with ASCII escapes (\\uXXXX for every Chinese
character) and with the jieba word breaks (\\u200b) also around Han runs that
already border a separator. Written as UTF-8, with those redundant breaks
dropped, the same index is about half the size; the search worker reads the
same tokens from it.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

# Characters the search separator in mkdocs.yml splits on (a test keeps the two in step);
# a word break next to one of them is redundant.
SEPARATOR_CHARS = " \t\n,:!=()\"`/[]-_，。、；：！？“”‘’（）《》【】…·"
_CLASS = "[" + re.escape(SEPARATOR_CHARS) + "]"
_REDUNDANT = re.compile(rf"\u200b+(?={_CLASS})|(?<={_CLASS})\u200b+")


def compact_text(text: str) -> str:
    """Drop word breaks that a separator next to them makes redundant.

    >>> compact_text("\\u200b文明\\u200b城市\\u200b, \\u200b创建")
    '\\u200b文明\\u200b城市, 创建'
    """
    return _REDUNDANT.sub("", text)


def compact_search_index(path: Path) -> None:
    if not path.exists():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for doc in data.get("docs", []):
        for key in ("title", "text"):
            if isinstance(doc.get(key), str):
                doc[key] = compact_text(doc[key])
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def write_compact_index(path: Path, index, memo: dict | None = None) -> None:
    """Write Material's search index (its SearchIndex, from memory) as
    `compact_search_index` would leave the file the plugin writes: the same
    bytes, without writing and reading the escaped file first. memo keeps each
    entry's compacted JSON, encoded, between builds of one process (id ->
    (entry, bytes)): `mkdocs serve` serialises only the entries of the pages it
    rebuilt (a list dumped whole is its items dumped one by one, joined by
    commas) and writes the 36 MB of an index of a thousand articles without
    encoding it again."""
    config = {key: index.config[key] for key in ["lang", "separator", "pipeline", "fields"]}
    memo = {} if memo is None else memo
    dump = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"), default=str)
    docs = []
    kept = {}  # this index's entries: what the memo keeps for the next build
    for e in index.entries:
        hit = memo.get(id(e))
        if hit is None or hit[0] is not e:
            c = dict(e)
            for key in ("title", "text"):
                if isinstance(c.get(key), str):
                    c[key] = compact_text(c[key])
            hit = (e, dump(c).encode("utf-8"))
        kept[id(e)] = hit
        docs.append(hit[1])
    memo.clear()
    memo.update(kept)
    head = dump({"config": config, "docs": []})
    assert head.endswith("[]}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(head[:-3].encode("utf-8") + b"[")
        f.write(b",".join(docs))
        f.write(b"]}")
