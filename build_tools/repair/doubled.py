"""Pass `fix_doubled_text`: text printed twice by PDF extraction.

Two shapes of it:

* a whole line, or every space-separated chunk of a line, that is exactly
  X+X (or a run X+X Y+Y ...) with len(X) >= 2 and X holding Han characters:
  a title, byline or caption extracted twice. Real reduplication (常常,
  一步一个脚印, 层层分解、层层量化) never makes a whole line X+X and stays.
* fake bold: a headline set in a "bold" made by drawing every glyph twice
  comes out of the text layer with every character doubled in place
  (旌旌阳阳区区：：老老旧旧…, □□本本报报记记者者  罗罗晓晓梅梅). Only a line doubled
  character by character throughout is read single, and only when it is not
  a run of the language's own reduplicated words (谢谢, 天天, 星星点点,
  干干净净整整齐齐: jieba's dictionary): a line of at least `FAKE_BOLD_MIN` doubled
  Han characters on its own, a shorter one (a column tag, a name) only beside
  such a line. A line with one character printed once is never touched.

Immediate repeats inside running text (全国全国, 精细精细化, 把把) are not
changed; the last pass (`flag_suspect_repeats`, suspects.py) flags them for a
human.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
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
    each X of length >= 2 holding a Han character and two different characters (一一一一
    is a run of one character, not 一一 printed twice); None when impossible.

    >>> _runs("郭经纬郭经纬")
    ['郭经纬']
    >>> _runs("风正好扬帆风正好扬帆筑梦正当时筑梦正当时")
    ['风正好扬帆', '筑梦正当时']
    >>> _runs("常常") is None, _runs("一步一个脚印") is None, _runs("一一一一") is None
    (True, True, True)
    """
    n = len(chunk)
    if n < 4 or n % 2:
        return None
    if n > MAX_DECOMPOSE:
        h = n // 2
        x = chunk[:h]
        return [x] if x == chunk[h:] and HAN_RE.search(x) and len(set(x)) > 1 else None
    memo: dict[int, list[str] | None] = {}

    def go(i: int) -> list[str] | None:
        if i == n:
            return []
        if i in memo:
            return memo[i]
        res = None
        for L in range(2, (n - i) // 2 + 1):
            x = chunk[i : i + L]
            if chunk.startswith(x, i + L) and HAN_RE.search(x) and len(set(x)) > 1:
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


# Fake bold: a line of at least this many doubled Han characters is read single on its own;
# a shorter one (two or more) only within FAKE_BOLD_NEAR lines of one that is.
FAKE_BOLD_MIN = 4
FAKE_BOLD_NEAR = 2
# a reduplicated word of two characters counts as the language's own (人人, 天天) from this
# frequency in jieba's dictionary (its rare entries, 老老 or 理理, are fake bold's pairs)
REDUPLICATION_MIN_FREQ = 50
# marks printed once before a fake-bold byline or title (□本本报报记记者者)
_SINGLE_MARKS = "□■◎●○◆◇▲△★☆▶►"
_LEAD_RE = re.compile(r"\s*(?:#+\s*)?")


@functools.lru_cache(maxsize=1)
def _reduplications() -> frozenset[str]:
    """The reduplicated words of jieba's dictionary: AA (人人, 谢谢) and AABB (星星点点).

    >>> {"星星点点", "干干净净", "人人", "谢谢"} <= _reduplications(), "城城" in _reduplications()
    (True, False)
    """
    out = set()
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as f:
        for line in f:
            w, freq = (line.split() + ["0"])[:2]
            if len(w) == 2 and w[0] == w[1] and HAN_RE.match(w) and int(freq) >= REDUPLICATION_MIN_FREQ:
                out.add(w)
            elif len(w) == 4 and w[0] == w[1] and w[2] == w[3] and w[0] != w[2] and HAN_RE.match(w):
                out.add(w)
    return frozenset(out)


def _natural(chunk: str) -> bool:
    """Is a chunk doubled character by character a run of reduplicated words (天天, 星星点点)?"""
    reds = _reduplications()
    singles = chunk[::2]
    n = len(singles)
    ok = [True] + [False] * n  # ok[i]: singles[:i] is made of such words
    for i in range(1, n + 1):
        ok[i] = (ok[i - 1] and chunk[2 * i - 2:2 * i] in reds) or (
            i >= 2 and ok[i - 2] and chunk[2 * i - 4:2 * i] in reds)
    return ok[n]


def undouble_chars(text: str) -> tuple[int, str, str, int] | None:
    """(start, doubled part, single part, Han characters) when every character of the line
    after its lead (# of a heading, a mark printed once, a subtitle's ——) is printed twice
    in a row and the line is no run of reduplicated words; else None.

    >>> undouble_chars("旌旌阳阳区区：：老老旧旧小小区区")[2]
    '旌阳区：老旧小区'
    >>> undouble_chars("□本本报报记记者者  罗罗晓晓梅梅")[2]
    '□本报记者  罗晓梅'
    >>> undouble_chars("——党党建建引引领领")[2], undouble_chars("————党党建建")[2]
    ('——党建引领', '——党建')
    >>> undouble_chars("星星点点"), undouble_chars("谢谢"), undouble_chars("城城区区传传真真。")
    (None, None, None)
    """
    lead = _LEAD_RE.match(text).end()
    body = text[lead:].rstrip()
    out: list[str] = []
    i = 0
    if body.startswith("——") and not body.startswith("———"):
        out.append("——")  # a subtitle's dash, printed once
        i = 2
    elif body[:1] and body[0] in _SINGLE_MARKS and body[1:2] != body[:1]:
        out.append(body[0])
        i = 1
    han = 0
    chunks: list[str] = []
    start = i
    while i < len(body):
        c = body[i]
        if c.isspace():
            chunks.append(body[start:i])
            out.append(c)
            i += 1
            start = i
            continue
        if body[i + 1:i + 2] != c:
            return None
        out.append(c)
        han += bool(HAN_RE.match(c))
        i += 2
    chunks.append(body[start:])
    if han < 2 or all(_natural(ch) for ch in chunks if ch):
        return None
    return lead, body, "".join(out), han


def _fake_bold_lines(units) -> dict[int, tuple[int, str, str, int]]:
    """The units that are fake bold: doubled character by character, FAKE_BOLD_MIN Han
    characters or more, or fewer within FAKE_BOLD_NEAR units of such a line (a column tag
    over a fake-bold title, the byline under it). Never a line whose single reading is
    doubled again (a doubled line's doubling is not read twice: the pass stays idempotent)."""
    cands = {}
    for k, u in enumerate(units):
        got = undouble_chars(u.text) if u.kind not in ("meta", "furniture") else None
        if got and undouble_chars(got[2]) is None:
            cands[k] = got
    chosen = {k for k, got in cands.items() if got[3] >= FAKE_BOLD_MIN}
    grown = True
    while grown:
        grown = False
        for k in cands.keys() - chosen:
            if any(abs(k - j) <= FAKE_BOLD_NEAR for j in chosen):
                chosen.add(k)
                grown = True
    return {k: cands[k] for k in chosen}


def _fix(page: Page) -> Page:
    edits: list[Edit] = []
    flags: list[Flag] = []
    units: list[Unit] = []
    bold = _fake_bold_lines(page.units)
    for k, u in enumerate(page.units):
        if k in bold:
            # 旌旌阳阳区区：：… -> 旌阳区：…: a fake-bold line read single
            lead, doubled, single, _ = bold[k]
            edits.append(Edit(PASS, u.first, lead, doubled, single))
            units.append(replace(u, text=u.text[:lead] + single, kind=u.kind or "doubled"))
            continue
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
    >>> print(fix_doubled_text("城城区区传传真真\\n涪涪城城区区：：““门门前前三三包包””\\n罗罗晓晓梅梅"))
    城区传真
    涪城区：“门前三包”
    罗晓梅
    >>> fix_doubled_text("星星点点 干干净净")
    '星星点点 干干净净'
    """
    return run_pass(page, _fix)
