"""Bylines and photo credits: the names in them, without marks and role words."""
from __future__ import annotations

import re

from ..model import DraftArticle
from .layout import HAN, layout, patterns


def parse_byline(text: str) -> list[str]:
    """Names in a byline, without marks and role words.

    >>> parse_byline("□本报记者 郑学良 呼和浩特日报社记者 刘军 李海珍")
    ['郑学良', '刘军', '李海珍']
    >>> parse_byline("□王悦峰 郝璐 陈可")
    ['王悦峰', '郝璐', '陈可']
    """
    pats = patterns()
    body = pats["mark"].sub("", text.strip())
    body = pats["role"].sub(" ", body)
    return [tok for tok in re.split(r"[\s,，、/／]+", body) if tok and HAN.search(tok)]


def parse_photo_credit(text: str) -> tuple[str, list[str]]:
    """Split 'caption  NAME 摄' into (caption, [names]); names-only lines give ('', names).

    >>> parse_photo_credit("航拍伊金霍洛旗城隍庙风貌。 麻志强 摄")
    ('航拍伊金霍洛旗城隍庙风貌。', ['麻志强'])
    >>> parse_photo_credit("刘爽 摄")
    ('', ['刘爽'])
    >>> parse_photo_credit("文明城市")
    ('文明城市', [])
    """
    pats = patterns()
    t = text.strip()
    if pats["photo_line"].match(t):
        names = pats["name"].findall(re.sub(r"\s*(摄影|摄|供图)$", "", t))
        return "", names
    m = pats["photo_tail"].match(t)
    if m and m.group(1).strip():
        return m.group(1).strip(), m.group(2).split()
    return t, []


def inline_byline(art: DraftArticle) -> None:
    """Authors named in the lead sentence (本报讯（记者 X 通讯员 Y）…); the text stays."""
    paras = [b for b in art.body if b.kind == "paragraph"]
    if not paras:
        return
    m = re.match(layout()["inline_byline"], paras[0].text)
    if m:
        art.authors = parse_byline(m.group(1))
        art.bylines.append(m.group(0))
