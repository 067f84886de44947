"""Pass `drop_repeated_fragments`: pieces of a sentence printed again."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Edit, Flag
from ..sentences import split_sentences
from .core import SALUTATION_RE, Page, Unit, han_count, run_pass
from .paragraphs import _roles_and_names
from .spaces import CREDIT_TAIL_RE

PASS = "drop_repeated_fragments"

# A fragment must hold at least this many Han characters to be dropped; a bare
# run of Han characters without any punctuation or quotes (a place name used
# as a column name, 呼伦贝尔) needs at least MIN_BARE_HAN.
MIN_HAN = 4
MIN_BARE_HAN = 6
N = 4  # n-gram length of the index


def _dedupe_sentences(u: Unit, edits: list[Edit], flags: list[Flag]) -> Unit:
    """A sentence printed twice in a row inside one segment is kept once."""
    sents = split_sentences(u.text)
    if len(sents) < 2:
        return u
    keep: list[str] = []
    pos = 0
    changed = False
    for s in sents:
        if keep and s == keep[-1] and han_count(s) >= MIN_HAN and s.strip():
            edits.append(Edit(PASS, u.first, pos, s, ""))
            flags.append(Flag("dropped", u.first, s, "sentence printed twice in a row; second copy dropped"))
            changed = True
        else:
            keep.append(s)
        pos += len(s)
    return replace(u, text="".join(keep)) if changed else u


def _captions_a_picture(units: list[Unit], k: int) -> bool:
    """Is units[k] a caption with its own credit under it (市民在公园里健身。 / 张三 摄)?
    Two pictures on a page may carry the same words; neither is a fragment."""
    nxt = units[k + 1].text.strip() if k + 1 < len(units) else ""
    m = CREDIT_TAIL_RE.search(nxt) if nxt else None
    return bool(m and m.start(1) == 0)


def _is_credit(text: str) -> bool:
    """A photo credit line (王小利 摄): the same credit under two pictures is two
    credits, never a repeated fragment (dropping one of three made a second run
    drop another)."""
    m = CREDIT_TAIL_RE.search(text.strip())
    return bool(m and m.start(1) == 0)


# a signature's date on a line of its own (2024年3月25日, 2024.3.25)
_SIGNED_DATE_RE = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[./-]\d{1,2}[./-]\d{1,2})\s*$")
# a signature holds at most this many characters
SIGNATURE_MAX = 24


def _signs_a_document(units: list[Unit], k: int) -> bool:
    """Is units[k] a document's signature (落款): a name alone on its line, no mark in it,
    right above the date it was signed on (梅河口市总工会 / 2024年3月25日)? The office
    signing an initiative is often named in the report above it; its name there is no
    fragment of that report."""
    u = units[k]
    t = u.text.strip()
    nxt = units[k + 1] if k + 1 < len(units) else None
    return (u.first == u.last and 0 < len(t) <= SIGNATURE_MAX and han_count(t) == len(t.replace(" ", ""))
            and nxt is not None and bool(_SIGNED_DATE_RE.match(nxt.text)))


def _drop(page: Page) -> Page:
    edits: list[Edit] = []
    flags: list[Flag] = []
    out: list[Unit] = []
    grams: set[str] = set()
    parts: list[str] = []
    seen_text = ""
    dirty = False
    units = list(page.units)
    for k, u in enumerate(units):
        if u.kind in ("meta", "furniture"):
            # a meta line's value is not text printed on the page: a title the
            # information table names (标题：…) is printed again as the title; nor
            # is furniture (a site's list of the page's headlines: the headline
            # printed again over its article is the title)
            out.append(u)
            continue
        u = _dedupe_sentences(u, edits, flags)
        t = u.text
        droppable = (
            not t.startswith("#")
            and (hans := han_count(t)) >= MIN_HAN
            and (hans >= MIN_BARE_HAN or hans < len(t))
            and out
            and not _captions_a_picture(units, k)
            and not _is_credit(t)
            and not _signs_a_document(units, k)
            # (编辑同志： opening each of a page's letters: the greeting, no repeat of the first)
            and not SALUTATION_RE.match(t.strip())
            # (a byline alone on its line: the same reporter signs two pieces of the page, 记者 韩 静)
            and not _roles_and_names(t.strip())
        )
        if droppable and len(t) >= N and all(t[i : i + N] in grams for i in range(len(t) - N + 1)):
            if dirty:
                seen_text = "\n".join(parts)
                dirty = False
            if seen_text.find(t) >= 0:
                edits.append(Edit(PASS, u.first, 0, t, ""))
                flags.append(Flag("dropped", u.first, t, "repeats text already printed on the page; dropped"))
                continue
        out.append(u)
        if _TOC_ENTRY_RE.search(t):
            continue  # (a contents entry, 案例一　某县：… ……… 3: the headline printed later is no repeat)
        parts.append(t)
        dirty = True
        for i in range(len(t) - N + 1):
            grams.add(t[i : i + N])
    return page.evolve(out, edits, flags)


# a table of contents' entry: its leader dots and its page number (…………3, ......12)
_TOC_ENTRY_RE = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|－{3,}|-{4,})\s*\d{1,3}\s*$")


def drop_repeated_fragments(page):
    """Drop a segment that only repeats text already printed on the page (a
    fragment of a sentence with at least four Han characters), and keep a
    sentence printed twice in a row once. Every drop is an edit and a flag.

    >>> print(drop_repeated_fragments("让“全国文明城市”创建成果更多惠及人民群众。\\n\\n“全国文明城市”创建"))
    让“全国文明城市”创建成果更多惠及人民群众。
    >>> drop_repeated_fragments("城市更美好。城市更美好。生活更幸福。")
    '城市更美好。生活更幸福。'
    >>> print(drop_repeated_fragments("常常来。\\n\\n常常"))
    常常来。
    <BLANKLINE>
    常常
    """
    return run_pass(page, _drop)
