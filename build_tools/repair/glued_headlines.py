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
from .paragraphs import _bracketed_byline, _byline_text

PASS = "split_glued_headlines"

# the text up to its last sentence end (and the byline in brackets closing it), then the words after it
# (a headline may end asking or exclaiming: 基地小区为何能连续三年保持“零投诉”？)
_GLUED_RE = re.compile(r"^(.*[。！？!?](?:[”」』])?(?:\s*[（(][^（()）]{2,40}[）)])?)\s*([^\s。！？!?（(）)，,；;：:][^。！？!?]*[？！?!]?)$")
# a picture's credit opening the line, the next headline glued after it (（钟某 摄）矿区职工书屋向居民开放)
_CREDIT_FIRST_RE = re.compile(r"^(\s*[（(][^（()）]{2,30}摄\s*[）)])\s*([^\s。！？!?（(）)，,；;：:][^。！？!?]*[？！?!]?)$")
# a headline has at least this many Han characters
HEADLINE_MIN_HAN = 6
# the line under a headline glued after a byline is text of at least this many characters
PARAGRAPH_MIN = 20


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern, int]:
    lay = load_data("layout.yaml")
    return re.compile(lay["dateline"]), lay["max_heading_chars"]


def _glued(text: str, nxt: str, before: str = "") -> int | None:
    """Where the glued headline starts in `text`, or None. Under it a news lead, or, when the
    words before it close with a byline in brackets (…说。（记者 某某）新时代文明实践站里的“周末课堂” /
    每逢周末，…), any paragraph or the next byline: the byline ended the article before it.
    `before`: the line above, when this one closes a bracket opened there (（记者 某某 通讯员 艾克 /
    拜尔·吐尔逊）  基地小区为何…？)."""
    dateline, max_chars = _vocabulary()
    at = before.rfind("（")
    # (the bracket's opening with the sentence end before it: 。（记者 某某 通讯员 艾克)
    opened = before[max(at - 1, 0):] if at >= 0 and "）" not in before[at:] else ""
    prefix = opened if opened and re.match(r"^[^（(]*[）)]", text.strip()) else ""
    joined = (prefix + text).rstrip()
    m = _GLUED_RE.match(joined) or _CREDIT_FIRST_RE.match(joined)
    if not m or m.start(2) <= len(prefix):
        return None  # (the headline must start on this line)
    closed = re.search(r"[（(]([^（()）]{2,60})[）)]$", m.group(1))
    credit = bool(closed and re.search(r"摄\s*[）)]$", closed.group(0)))
    if not dateline.match(nxt.strip()) and not (closed and (_bracketed_byline(closed.group(0)) or credit) and (
            (re.search(r"[。！？!?]", nxt) and len(nxt.strip()) >= PARAGRAPH_MIN) or _byline_text(nxt.strip()))):
        return None
    head = m.group(2).strip()
    if (len(HAN_RE.findall(head)) < HEADLINE_MIN_HAN or len(head) > max_chars or re.search(r"[，,；;]", head)
            or head[-1:] in "、：:"
            or dateline.match(head) or not (re.search(r"[。！？!?]", m.group(1)) or m.re is _CREDIT_FIRST_RE)):
        return None
    return m.start(2) - len(prefix)


def _split(page: Page) -> Page:
    units: list[Unit] = []
    edits: list[Edit] = []
    texts = [u for u in page.units if u.text.strip()]
    after = {id(a): b for a, b in zip(texts, texts[1:])}
    above = {id(b): a for a, b in zip(texts, texts[1:])}
    for u in page.units:
        nxt, prev = after.get(id(u)), above.get(id(u))
        cut = None if u.kind or nxt is None or nxt.kind else _glued(u.text, nxt.text, prev.text if prev and not prev.kind else "")
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
    >>> print(split_glued_headlines("村民说。（记者 覃美玲）文明实践站里的周末课堂\\n每逢周末，社区文明实践站就热闹起来，参与群众达2100人次。"))
    村民说。（记者 覃美玲）
    <BLANKLINE>
    文明实践站里的周末课堂
    每逢周末，社区文明实践站就热闹起来，参与群众达2100人次。
    >>> split_glued_headlines("全县已建成游园23个。南乐县红白理事会\\n群众点赞。")  # no lead under it
    '全县已建成游园23个。南乐县红白理事会\\n群众点赞。'
    """
    return run_pass(page, _split)
