"""Pass `fix_doubled_text`: text printed twice by PDF extraction.

Only a whole line, or every space-separated chunk of a line, that is exactly
X+X (or a run X+X Y+Y ...) with len(X) >= 2 and X holding Han characters is
doubled text. Real reduplication (常常, 一步一个脚印, 层层分解、层层量化) never
makes a whole line X+X and stays. Immediate repeats inside running text
(全国全国, 精细精细化, 把把) are not changed; the last pass
(`flag_suspect_repeats`, suspects.py) flags them for a human.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..model import Edit, Flag
from .core import HAN_RE, Page, Unit, run_pass

PASS = "fix_doubled_text"

# Chunks longer than this are only tested for being exactly X+X (no runs),
# to keep the pass linear on huge lines.
MAX_DECOMPOSE = 600
# A byline of doubled names: every chunk at most this many characters.
NAME_MAX = 4
# A byline's role word comes first and is at most this long (本报通讯员, 见习记者)
ROLE_MAX = 6
_ROLE_RE = re.compile(r"^(?:文[/／]|图[/／]|文[/／]图|图[/／]文)(?:.{0,6})$|^(?:本报|特约|见习|实习|首席|融媒体|全媒体)?(?:记者|通讯员|实习生|评论员)$")
# Runs of equal length up to this many characters inside one chunk are the two
# halves of a parallel title (风正好扬帆 / 筑梦正当时) and stay one line.
COUPLET_MAX = 8

_SUBTITLE_RE = re.compile(r"^\s*(?:#+\s*)?(?:——|—)")
# Leading marks that are printed once even when the rest is doubled.
_PREFIX_RE = re.compile(r"^[\s#]*(?:——|—|□|■|◎|●)?\s*")


def _runs(chunk: str) -> list[str] | None:
    """Split `chunk` into doubled runs [X, Y, ...] with chunk == X+X+Y+Y+...,
    each X of length >= 2 holding a Han character; None when impossible.

    >>> _runs("郭经纬郭经纬")
    ['郭经纬']
    >>> _runs("风正好扬帆风正好扬帆筑梦正当时筑梦正当时")
    ['风正好扬帆', '筑梦正当时']
    >>> _runs("常常") is None, _runs("一步一个脚印") is None
    (True, True)
    """
    n = len(chunk)
    if n < 4 or n % 2:
        return None
    if n > MAX_DECOMPOSE:
        h = n // 2
        x = chunk[:h]
        return [x] if x == chunk[h:] and HAN_RE.search(x) else None
    memo: dict[int, list[str] | None] = {}

    def go(i: int) -> list[str] | None:
        if i == n:
            return []
        if i in memo:
            return memo[i]
        res = None
        for L in range(2, (n - i) // 2 + 1):
            x = chunk[i : i + L]
            if chunk.startswith(x, i + L) and HAN_RE.search(x):
                rest = go(i + 2 * L)
                if rest is not None:
                    res = [x] + rest
                    break
        memo[i] = res
        return res

    # iterative deepening is not needed: depth is at most n/4
    return go(0)


def split_doubled(text: str) -> tuple[str, list[list[str]]] | None:
    """(prefix, runs per chunk) when the whole line is doubled text, else None.

    >>> split_doubled("——纪实纪实")
    ('——', [['纪实']])
    >>> split_doubled("郭经纬郭经纬 杨澜杨澜")
    ('', [['郭经纬'], ['杨澜']])
    >>> split_doubled("四通八达。 王小利 摄") is None
    True
    """
    m = _PREFIX_RE.match(text)
    prefix = m.group(0)
    body = text[m.end():].rstrip()
    if not body:
        return None
    chunks = body.split()
    out = []
    for c in chunks:
        r = _runs(c)
        if r is None:
            return None
        out.append(r)
    return prefix, out


def _pieces(runs: list[list[str]]) -> list[str]:
    """Group runs into output pieces: a byline of names stays one line, a
    parallel title stays one line, captions run together become pieces."""
    if len(runs) > 1 and all(len(r) == 1 and len(r[0]) <= NAME_MAX for r in runs):
        return [" ".join(r[0] for r in runs)]
    if len(runs) > 1 and all(len(r) == 1 for r in runs) and _ROLE_RE.match(runs[0][0]):
        return [" ".join(r[0] for r in runs)]  # 本报通讯员 汪英芸 熊悦芳: a byline with its role words
    pieces = []
    for r in runs:
        if len(r) > 1 and len({len(x) for x in r}) == 1 and len(r[0]) <= COUPLET_MAX:
            pieces.append("".join(r))
        else:
            pieces.extend(r)
    return pieces


@functools.lru_cache(maxsize=1)
def _continuations() -> tuple[str, ...]:
    """Words that open the next part of one photo's caption (data/layout.yaml)."""
    from ..data import load_data

    return tuple(load_data("layout.yaml").get("caption_continuations") or ())


# A line printed twice with a space between the copies: "X X" (a web page's title).
# The copies hold at least this many characters, a Han character among them.
HALVES_MIN = 4
_HALVES_RE = re.compile(r"^(\s*(?:#+\s+)?)(\S.{%d,}?)(\s+)\2\s*$" % (HALVES_MIN - 1))


def _fix(page: Page) -> Page:
    edits: list[Edit] = []
    flags: list[Flag] = []
    units: list[Unit] = []
    for k, u in enumerate(page.units):
        hm = _HALVES_RE.match(u.text)
        if hm and HAN_RE.search(hm.group(2)) and split_doubled(u.text) is None:
            # 福鼎：#文明创建#走进千家万户 福鼎：#文明创建#走进千家万户 -> one copy
            cut = hm.end(2)
            edits.append(Edit(PASS, u.first, cut, u.text[cut:], ""))
            units.append(replace(u, text=u.text[:cut], kind=u.kind or "doubled"))
            continue
        sd = split_doubled(u.text)
        if sd is None:
            units.append(u)
            continue
        prefix, runs = sd
        # edits: drop the second copy of every run; spaces between pieces dropped
        pos = len(prefix)
        text = u.text
        for r in runs:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            for x in r:
                edits.append(Edit(PASS, u.first, pos + len(x), x, ""))
                pos += 2 * len(x)
        pieces = _pieces(runs)
        nxt = page.units[k + 1] if k + 1 < len(page.units) else None
        if len(pieces) > 1 and nxt is not None and nxt.gap <= 1 and _SUBTITLE_RE.match(nxt.text):
            # a title directly above its ——subtitle: its halves stay one line
            pieces = [" ".join("".join(r) for r in runs)]
        if len(pieces) == 1:
            units.append(replace(u, text=prefix + pieces[0], kind=u.kind or "doubled"))
            continue
        # the separators between pieces (spaces, or nothing) become segment breaks, except
        # before a piece that goes on describing the same picture (左边是…, 右图…): one
        # caption, its printed separator kept
        p = text.find(pieces[0], len(prefix)) + 2 * len(pieces[0])
        captions = [prefix + pieces[0]]
        for piece in pieces[1:]:
            q = p
            while q < len(text) and text[q].isspace():
                q += 1
            if piece.startswith(_continuations()):
                captions[-1] += text[p:q] + piece
            else:
                if q > p:
                    edits.append(Edit(PASS, u.first, p, text[p:q], ""))
                captions.append(piece)
            p = q + 2 * len(piece)
        for k, caption in enumerate(captions):
            units.append(replace(u, text=caption, gap=u.gap if k == 0 else -1, kind="caption"))
    edits.sort(key=lambda e: (e.line, e.pos))
    return page.evolve(units, edits, flags)


def fix_doubled_text(page):
    """Keep one copy of text printed twice by PDF extraction; split doubled
    captions run together on one line into separate captions.

    >>> fix_doubled_text("风正好扬帆风正好扬帆筑梦正当时筑梦正当时")
    '风正好扬帆筑梦正当时'
    >>> fix_doubled_text("郭经纬郭经纬 杨澜杨澜")
    '郭经纬 杨澜'
    >>> print(fix_doubled_text("霸王河中段霸王河中段 城市景观城市景观"))
    霸王河中段
    城市景观
    >>> print(fix_doubled_text("霸王河中段霸王河中段 左边是垂钓广场左边是垂钓广场"))
    霸王河中段 左边是垂钓广场
    >>> fix_doubled_text("常常")
    '常常'
    >>> fix_doubled_text("拉萨街巷新颜 拉萨街巷新颜")
    '拉萨街巷新颜'
    """
    return run_pass(page, _fix)
