"""A reference manager's BibTeX export of saved articles -> the articles, as a web copy prints each.

    @article{key,
      title = {标题},
      author = {某某 and 某某},
      journal = {某某日报},
      date = {2023-11-23},
      pages = {5},
      abstract = {正文…}}

(Line-tagged exports, RIS, EndNote, CNKI, RefWorks, are read line by line by structure/, with
data/page_meta.yaml export_tag_forms.) Each record is written back as its headline, a meta line
(outlet, date, page) and a byline, then its text, whose paragraphs such exports run together by
spaces, split again after each sentence end. Tag names per format: data/markup.yaml `citation`;
every tag not read (keywords, language, access date, database, URL) is dropped, said in a note.
"""
from __future__ import annotations

import re
from collections import Counter

from .markup_data import markup_vocabulary

_BIBTEX_START = re.compile(r"\s*@(\w+)\s*\{\s*[^,\s]*\s*,", re.S)
_BIBTEX_FIELD = re.compile(r"(\w+)\s*=\s*(?:\{((?:[^{}]|\{[^{}]*\})*)\}|\"([^\"]*)\"|(\d+))\s*,?", re.S)
_PARA_BREAK = re.compile(r"(?<=[。！？!?…”」』])[ \t\u3000]+(?=\S)")


def _bibtex(text: str) -> list[list[tuple[str, str]]]:
    records = []
    for chunk in re.split(r"(?m)^\s*(?=@\w+\s*\{)", text.lstrip("\ufeff")):
        m = _BIBTEX_START.match(chunk)
        if not m:
            continue
        fields = []
        for f in _BIBTEX_FIELD.finditer(chunk[m.end():]):
            value = next(v for v in f.groups()[1:] if v is not None)
            fields.append((f.group(1).lower(), re.sub(r"\s+", " ", value.replace("{", "").replace("}", "")).strip()))
        if fields:
            records.append(fields)
    return records


def citation_records(text: str) -> tuple[str, list[list[tuple[str, str]]]] | None:
    """(format, records) when the text is a BibTeX export, else None.

    >>> citation_records("@article{k1,\\n title = {标题},\\n abstract = {正文。}\\n}\\n")[0]
    'bibtex'
    >>> citation_records("TY  - NEWS\\nTI  - 标题\\n") is None
    True
    """
    body = text.lstrip("\ufeff \t\r\n")
    vocab = markup_vocabulary()["citation"]
    if not _BIBTEX_START.match(body):
        return None
    fmt, records = "bibtex", _bibtex(body)
    fields = vocab[fmt]
    records = [r for r in records if any(t in fields["title"] for t, _ in r)]
    return (fmt, records) if records else None


def _values(rec: list[tuple[str, str]], tags: list[str]) -> list[str]:
    for t in tags:
        got = [v for tag, v in rec if tag == t and v]
        if got:
            return got
    return []


def _printed_date(value: str) -> str:
    """2023/11/23, 2023-11-23, 2023/11/23/ or 2023 -> 2023年11月23日 (as a page prints it)."""
    m = re.match(r"(\d{4})(?:[/\-.年]\s*(\d{1,2}))?(?:[/\-.月]\s*(\d{1,2}))?", value.strip())
    if not m:
        return value.strip()
    y, mo, d = m.groups()
    return f"{y}年" + (f"{int(mo)}月" if mo else "") + (f"{int(d)}日" if mo and d else "")


def read_citations(name: str, text: str) -> tuple[str, list[str]] | None:
    got = citation_records(text)
    if got is None:
        return None
    fmt, records = got
    vocab = markup_vocabulary()["citation"]
    fields, labels = vocab[fmt], markup_vocabulary()["labels"]
    used = {t for key in ("title", "author", "outlet", "date", "page", "body") for t in fields[key]}
    dropped: Counter = Counter()
    parts = []
    for rec in records:
        lines = [" ".join(_values(rec, fields["title"]))]
        meta = []
        outlet = _values(rec, fields["outlet"])
        if outlet:
            meta.append(outlet[0])
        date = _values(rec, fields["date"])
        if date:
            meta.append(_printed_date(date[0]))
        page = _values(rec, fields["page"])
        if page:
            p = page[0].split("-")[0].strip()
            meta.append(p if "版" in p else vocab["page_format"].format(p))
        if meta:
            lines.append(" ".join(meta))
        authors = [a for v in _values(rec, fields["author"]) for a in re.split(r"\s+and\s+|[;；]", v) if a.strip()]
        if authors:
            lines.append(labels["author"] + " ".join(a.strip() for a in authors))
        body = []
        for t in fields["body"]:
            for tag, v in rec:
                if tag == t and any(c in v for c in vocab["sentence_ends"]) and v not in body:
                    body.append(v)
        for v in body:
            lines += [p.strip() for p in _PARA_BREAK.split(v) if p.strip()]
        dropped.update(t for t, v in rec if t not in used or (t in fields["body"] and v not in body))
        parts.append("\n\n".join(x for x in lines if x))
    what = ", ".join(sorted(dropped))
    note = (f"{name}: a citation export ({fmt}): {len(records)} record(s) read as articles (title, authors, "
            f"outlet, date, page, text){'; dropped the tags ' + what if what else ''}")
    return "\n\n\n".join(parts) + "\n", [note]
