"""A news API's or a CMS's JSON export -> one article per record, as a web copy prints each.

A list endpoint saved as text ({"code": 0, "data": {"list": [{…}, {…}]}}) holds its articles
as objects with a title field and a content field (names: data/markup.yaml `json`). Each is
written back as its headline, its subtitle, a meta line (发布时间, 来源, 作者 from its date,
source and author fields) and its body (HTML content read by html_source's reader), the
records apart as articles are on a page. Every other field (ids, counters such as pv or
clicks, channel names, the wrapper's code/msg/total/page) is dropped, said in a note: such
numbers are no words and no facts of any article.
"""
from __future__ import annotations

import json
import re
from collections import Counter

from .markup_data import markup_vocabulary

_JSON_START = re.compile(r"\s*[\[{]")


def _field(obj: dict, names: list[str]):
    for n in names:
        if n in obj and obj[n] not in (None, "", [], {}):
            return obj[n]
    return None


def _records(node, fields: dict, out: list[dict]) -> None:
    """Every object under `node` (depth first, in order) with a title and a content field."""
    if isinstance(node, dict):
        if _field(node, fields["title"]) is not None and _field(node, fields["content"]) is not None:
            out.append(node)
            return
        for v in node.values():
            _records(v, fields, out)
    elif isinstance(node, list):
        for v in node:
            _records(v, fields, out)


def json_articles(text: str) -> list[dict] | None:
    """The article records of a JSON text, or None when it is no JSON or holds none.

    >>> json_articles('{"data": {"list": [{"title": "标题", "content": "<p>正文。</p>", "pv": 3}]}}')[0]["title"]
    '标题'
    >>> json_articles("{不是 JSON") is None, json_articles('{"a": 1}') is None
    (True, True)
    """
    body = text.lstrip("\ufeff")
    if not _JSON_START.match(body[:64]):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    out: list[dict] = []
    _records(data, markup_vocabulary()["json"], out)
    return out or None


def _as_text(value) -> str:
    if isinstance(value, list):
        return " ".join(_as_text(v) for v in value)
    if isinstance(value, dict):
        return _as_text(value.get("name") or "")
    return str(value).strip()


def read_json_records(name: str, text: str, records: list[dict]) -> tuple[str, list[str]]:
    from .feeds import _body, _date

    fields = markup_vocabulary()["json"]
    labels = markup_vocabulary()["labels"]
    used = {n for key in fields for n in fields[key]}
    dropped: Counter = Counter()
    skipped: Counter = Counter()
    parts: list[str] = []
    for rec in records:
        lines = [_as_text(_field(rec, fields["title"]))]
        sub = _as_text(_field(rec, fields["subtitle"]) or "")
        if sub:
            lines.append(sub if sub.startswith(("——", "—", "--")) else "——" + sub)
        meta = []
        date = _field(rec, fields["date"])
        if date is not None and not isinstance(date, (int, float)):  # (an epoch number is no printed date)
            meta.append(labels["date"] + _date(_as_text(date)))
        source = _field(rec, fields["source"])
        if source is not None:
            meta.append(labels["source"] + _as_text(source))
        author = _field(rec, fields["author"])
        if author is not None:
            meta.append(labels["author"] + _as_text(author))
        if meta:
            lines.append("  ".join(meta))
        lines += _body(_as_text(_field(rec, fields["content"])), dropped)
        parts.append("\n\n".join(x for x in lines if x))
        skipped.update(k for k in rec if k not in used)
    what = ", ".join(sorted(skipped))
    note = (f"{name}: a JSON export: {len(records)} records read as articles (title, content, date, source, author); "
            f"dropped the wrapper{' and the fields ' + what if what else ''}")
    return "\n\n\n".join(parts) + "\n", [note]
