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
import os
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
    bytes, without writing and reading the escaped file first.

    memo keeps, between builds of one process, each entry's compacted JSON,
    encoded (id -> (entry, bytes)), and what the file holds ("file": its path,
    signature, head and entries): `mkdocs serve` serialises only the entries of
    the pages it rebuilt (a list dumped whole is its items dumped one by one,
    joined by commas), and rewrites the file from the first entry that changed
    on, not the 36 MB of an index of a thousand articles (the whole file when
    it is not as this process left it)."""
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
    head = dump({"config": config, "docs": []})
    assert head.endswith("[]}")
    head = head[:-3].encode("utf-8") + b"["
    last = memo.get("file")
    memo.clear()
    memo.update(kept)
    path.parent.mkdir(parents=True, exist_ok=True)
    start = 0  # entries before it are in the file as they are
    if last is not None and last[:3] == (str(path), _signature(path), head):
        old = last[3]
        while start < min(len(old), len(docs)) and old[start] is docs[start]:
            start += 1
    if start == 0:
        with open(path, "wb") as f:
            f.write(head)
            f.write(b",".join(docs))
            f.write(b"]}")
    elif start < len(docs) or len(old) != len(docs):
        with open(path, "r+b") as f:  # from just after the last unchanged entry
            f.seek(len(head) + sum(len(d) + 1 for d in docs[:start]) - 1)
            if start < len(docs):
                f.write(b",")
                f.write(b",".join(docs[start:]))
            f.write(b"]}")
            f.truncate()
    memo["file"] = (str(path), _signature(path), head, docs)


def _signature(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
