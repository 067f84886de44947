"""A Markdown file with YAML front matter (a web clipper's or a static site's output):

    ---
    title: "…"
    source: 某某日报
    date: 2016-08-19
    clipped: 2021-03-02
    ---
    # …
    text

The block between the two --- lines is the file's metadata, no words of the article: its title,
source, author and date are written back as a web copy prints them (a headline, a meta line with
data/markup.yaml `labels`); its other keys (tags, the day it was clipped) are dropped, and the note
says which. Keys are read by the names in data/markup.yaml `front_matter`."""
from __future__ import annotations

import re

import yaml

from .markup_data import markup_vocabulary
from .plain_yaml import load_plain

_BLOCK_RE = re.compile(r"\A\ufeff?\s*---[ \t]*\n(?P<head>(?:.*\n){1,40}?)---[ \t]*\n", re.M)
_KEY_RE = re.compile(r"^[A-Za-z_][\w-]*\s*:", re.M)


def _head(text: str) -> tuple[dict | None, int] | None:
    """(the front matter's keys, where the text after it starts), or None; the keys are None
    when the block is no plain YAML (a syntax error, an alias)."""
    m = _BLOCK_RE.match(text)
    if not m or len(_KEY_RE.findall(m.group("head"))) < 2:
        return None
    try:
        keys = load_plain(m.group("head"))  # (no aliases: a few lines of them stand for billions of nodes)
    except yaml.YAMLError:
        return None, m.end()
    return (keys if isinstance(keys, dict) else None), m.end()


def has_front_matter(text: str) -> bool:
    """Does the text open with a YAML block of two or more keys between --- lines?

    >>> has_front_matter("---\\ntitle: 某某\\ndate: 2016-08-19\\n---\\n正文\\n"), has_front_matter("---\\n正文\\n")
    (True, False)
    """
    return _head(text) is not None


def _pick(keys: dict, names: list[str]) -> str | None:
    for n in names:
        if keys.get(n) not in (None, ""):
            v = keys[n]
            return "、".join(map(str, v)) if isinstance(v, list) else str(v).strip()
    return None


def read_front_matter(name: str, text: str) -> tuple[str, list[str]] | None:
    """(plain text, notes) of a Markdown file with YAML front matter, else None."""
    got = _head(text)
    if got is None:
        return None
    keys, start = got
    if keys is None:  # a block of keys that is no plain YAML: dropped whole, said in the note
        return text[start:].lstrip("\n"), [f"{name}: front matter that is not plain YAML (a syntax error "
                                           f"or an alias) dropped; the text under it read as the page"]
    fields, labels = markup_vocabulary()["front_matter"], markup_vocabulary()["labels"]
    body = text[start:].lstrip("\n")
    title = _pick(keys, fields["title"])
    lines = []
    first = next((x for x in body.split("\n") if x.strip()), "")
    # (the # heading under the block repeating the title: printed once)
    if title and re.sub(r"^#+\s*", "", first).strip() != title:
        lines.append(title)
    meta = []
    for field in ("date", "source", "author"):
        value = _pick(keys, fields[field])
        if value:
            meta.append(labels[field] + value)
    used = {n for f in ("title", "date", "source", "author") for n in fields[f]}
    dropped = [str(k) for k in keys if k not in used]
    out = "\n".join(lines + (["  ".join(meta)] if meta else []))
    if title and re.sub(r"^#+\s*", "", first).strip() == title:
        # the meta line under the headline, as a web copy prints it
        rest = body.split(first, 1)[1]
        out = first + "\n" + out + rest
    else:
        out = out + "\n\n" + body
    note = (f"{name}: a Markdown file with YAML front matter: its title, date, source and author read as the "
            f"headline and a meta line{'; dropped the keys ' + ', '.join(dropped) if dropped else ''}")
    return out, [note]
