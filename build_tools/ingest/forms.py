"""A form holding an article (a news award's nomination form, a content-analysis coding sheet)
-> the article, under a meta line written from the form's fields.

    作品标题：某地：……              V1 报纸名称：某某日报
    刊播单位：某某晚报               V2 刊发日期：2023-04-17
    刊播日期：2023年8月22日          V3 版次：第7版
    作品字数：1180                  V9 信源数量：3
    作品全文：                      原文：
    某地：……                        某地：……

Label：value lines (a variable's number before the label allowed) over a line opening the full
text. The form's outlet, date and page are written as a meta line under the article's headline
(its title field when the full text has none); every other field (word counts, readership, codes,
the coder, the nominator) is dropped, said in a note. Labels: data/markup.yaml `form`.
"""
from __future__ import annotations

import re

from .markup_data import markup_vocabulary

_FIELD_RE = re.compile(r"^\s*(?:[A-Za-z]\d{1,3}[.、．\s]\s*)?(?P<label>[^\s：:]{1,16}?)(?:[（(][^）)]{0,16}[）)])?\s*[：:]\s*(?P<value>.*)$")


def _norm(label: str) -> str:
    return re.sub(r"[\s\u3000]", "", label)


def _form(text: str):
    vocab = markup_vocabulary()["form"]
    lines = text.lstrip("\ufeff").split("\n")
    markers = {_norm(x) for x in vocab["full_text"]}
    for i, line in enumerate(lines):
        m = re.match(r"^\s*(?:[A-Za-z]\d{1,3}\s*)?(.{1,10}?)\s*[：:]\s*$", line)
        if m and _norm(m.group(1)) in markers:
            head = lines[:i]
            fields = {}
            n = 0
            for h in head:
                for part in re.split(r"[\u3000]{2,}|\s{3,}", h.strip()):
                    f = _FIELD_RE.match(part)
                    if f:
                        n += 1
                        fields.setdefault(_norm(f.group("label")), f.group("value").strip())
            if n >= vocab["min_fields"]:
                return fields, lines[i + 1:]
            return None
    return None


def is_form(text: str) -> bool:
    """Is the text a form (four or more label：value fields) over an article's full text?

    >>> is_form("标题：甲\\n报纸名称：乙报\\n刊发日期：2023-04-17\\n版次：第7版\\n原文：\\n甲\\n正文。\\n")
    True
    """
    return _form(text) is not None


def _pick(fields: dict, names: list[str]) -> str:
    for n in names:
        if fields.get(_norm(n)):
            return fields[_norm(n)]
    return ""


def read_form(name: str, text: str) -> tuple[str, list[str]] | None:
    from .citations import _printed_date

    got = _form(text)
    if got is None:
        return None
    fields, body = got
    vocab = markup_vocabulary()["form"]
    body = "\n".join(body).strip("\n").split("\n")
    title = _pick(fields, vocab["title"])
    meta = []
    outlet = _pick(fields, vocab["outlet"])
    if outlet:
        meta.append(outlet)
    date = _pick(fields, vocab["date"])
    if date:
        meta.append(_printed_date(date))
    page = _pick(fields, vocab["page"]).split()[0] if _pick(fields, vocab["page"]) else ""
    if page:
        meta.append(page if "版" in page else (page + "版" if re.fullmatch(r"[A-Za-z]{0,2}\d{1,3}", page) else page))
    first = next((i for i, x in enumerate(body) if x.strip()), None)
    if first is None:
        return None
    if title and _norm(body[first]) == _norm(title):
        out = body[:first + 1] + ([" ".join(meta)] if meta else []) + body[first + 1:]
    else:
        out = ([title] if title else []) + ([" ".join(meta)] if meta else []) + [""] + body[first:]
    note = (f"{name}: a form holding an article: its full text read, with the form's outlet, date and page as a "
            f"meta line; dropped {len(fields)} field(s) of the form ({', '.join(list(fields)[:6])}…)")
    return "\n".join(out) + "\n", [note]
