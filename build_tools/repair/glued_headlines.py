"""Pass `split_glued_headlines`: the next article's headline run onto the end of a line.

An e-paper's text version or a copied page may print the next article's headline on the
same line as the last words of the article before it, after its closing byline or its last
sentence: ``…设立孝善基金的村达到296个。（记者 孟繁星）南乐县：“红白理事会”刹住大操大办风``,
with ``本报讯 南乐县…`` on the next line. A headline is no sentence: the words after the
line's last sentence end (or its closing byline in brackets) that end in no mark of their
own and hold no clause mark (a sentence going on to the next line does), when the next line opens a news lead (data/layout.yaml `dateline`), are cut onto a line
of their own. Each cut is an edit.
"""
from __future__ import annotations

import functools
import re

from ..data import load_data
from ..model import Edit
from .core import HAN_RE, Page, Unit, run_pass

PASS = "split_glued_headlines"

# the text up to its last sentence end (and the byline in brackets closing it), then the words after it
_GLUED_RE = re.compile(r"^(.*[。！？!?](?:[”」』])?(?:\s*[（(][^（()）]{2,40}[）)])?)\s*([^\s。！？!?（(）)，,；;：:][^。！？!?]*)$")
# a headline has at least this many Han characters
HEADLINE_MIN_HAN = 6


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern, int]:
    lay = load_data("layout.yaml")
    return re.compile(lay["dateline"]), lay["max_heading_chars"]


def _glued(text: str, nxt: str) -> int | None:
    """Where the glued headline starts in `text`, or None."""
    dateline, max_chars = _vocabulary()
    if not dateline.match(nxt.strip()):
        return None
    m = _GLUED_RE.match(text.rstrip())
    if not m:
        return None
    head = m.group(2).strip()
    if (len(HAN_RE.findall(head)) < HEADLINE_MIN_HAN or len(head) > max_chars or re.search(r"[，,；;]", head)
            or head[-1:] in "、：:"
            or dateline.match(head) or not re.search(r"[。！？!?]", m.group(1))):
        return None
    return m.start(2)


def _split(page: Page) -> Page:
    units: list[Unit] = []
    edits: list[Edit] = []
    texts = [u for u in page.units if u.text.strip()]
    after = {id(a): b for a, b in zip(texts, texts[1:])}
    for u in page.units:
        nxt = after.get(id(u))
        cut = None if u.kind or nxt is None or nxt.kind else _glued(u.text, nxt.text)
        if cut is None:
            units.append(u)
            continue
        before = u.text[:cut].rstrip()
        edits.append(Edit(PASS, u.first, len(before), u.text[len(before):cut], "\n"))
        units.append(Unit(before, u.first, u.last, u.gap, ""))
        units.append(Unit(u.text[cut:], u.first, u.last, 1, "item_title"))  # (a headline opening an article)
    return page.evolve(units, edits)


def split_glued_headlines(page):
    """Cut a headline run onto the end of the line before it, over a news lead.

    >>> print(split_glued_headlines("全县已建成游园23个。（记者 孟繁星）南乐县：红白理事会刹住大操大办风\\n本报讯 南乐县…。"))
    全县已建成游园23个。（记者 孟繁星）
    <BLANKLINE>
    南乐县：红白理事会刹住大操大办风
    本报讯 南乐县…。
    >>> split_glued_headlines("全县已建成游园23个。今年以来，全县\\n本报讯 南乐县…。")  # a sentence going on
    '全县已建成游园23个。今年以来，全县\\n本报讯 南乐县…。'
    >>> split_glued_headlines("全县已建成游园23个。南乐县红白理事会\\n群众点赞。")  # no lead under it
    '全县已建成游园23个。南乐县红白理事会\\n群众点赞。'
    """
    return run_pass(page, _split)
