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
from .briefs import article_label
from .core import HAN_RE, Page, Unit, run_pass
from .names import likely_name
from .paragraphs import _bracketed_byline, _byline_text

PASS = "split_glued_headlines"

# the text up to its last sentence end (and the byline in brackets closing it), then the words after it
# (a headline may end asking or exclaiming: 基地小区为何能连续三年保持“零投诉”？)
_GLUED_RE = re.compile(r"^(.*[。！？!?](?:[”」』])?(?:\s*[（(][^（()）]{2,40}[）)])?)\s*([^\s。！？!?（(）)，,；;：:][^。！？!?]*[？！?!]?)$")
# a picture's credit or a byline in brackets opening the line, the next headline glued after it
# (（钟某 摄）矿区职工书屋向居民开放, （本报记者 某某 某某）某县新增口袋公园12处)
_CREDIT_FIRST_RE = re.compile(r"^(\s*[（(][^（()）]{2,40}[）)])\s*([^\s。！？!?（(）)，,；;：:][^。！？!?]*[？！?!]?)$")
# a headline has at least this many Han characters
HEADLINE_MIN_HAN = 6
# the line under a headline glued after a byline is text of at least this many characters
PARAGRAPH_MIN = 20


@functools.lru_cache(maxsize=1)
def _layout() -> dict:
    return load_data("layout.yaml")


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern, int]:
    lay = load_data("layout.yaml")
    return re.compile(lay["dateline"]), lay["max_heading_chars"]


def _label_line(text: str) -> bool:
    """A piece's label alone on its line (记者手记, 【短评】: data/layout.yaml reporter_pieces,
    article_labels, comment_label_ends): what is over it is the piece's headline."""
    t = re.sub(r"[\s\u3000【】\[\]■●]+", "", text)
    return bool(t) and (t in set(_layout().get("reporter_pieces") or ()) or article_label(t))


def _names_only(inner: str) -> bool:
    """Names alone in the brackets closing an article (…美化。（蒋文博）, （李晓 王丹）): one to
    three names of two to four characters, each opening with a surname."""
    names = re.split(r"[\s、，,]+", inner.strip())
    return 1 <= len(names) <= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) and likely_name(n) for n in names)


def _glued(text: str, nxt: str, before: str = "", then: str = "", inside: bool = False) -> int | None:
    """Where the glued headline starts in `text`, or None. Under it a news lead, or, when the
    words before it close with a byline in brackets (…说。（记者 某某）新时代文明实践站里的“周末课堂” /
    每逢周末，…), any paragraph or the next byline: the byline ended the article before it.
    `before`: the line above, when this one closes a bracket opened there (（记者 某某 通讯员 艾克 /
    拜尔·吐尔逊）  基地小区为何…？). `then`: the line after the next, when the headline goes on
    over two lines (…（郑书敏）黄岛区 / 3.5万名志愿者活跃在社区 / 早报讯 …): a short first line
    of a headline is cut too when a headline's second line and a news lead follow (`inside`: the
    line goes on a paragraph of text lines above it)."""
    dateline, max_chars = _vocabulary()
    prev_text = before.strip()
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
    head = m.group(2).strip()
    signed = bool(closed and (_bracketed_byline(closed.group(0)) or _names_only(closed.group(1))))
    # (a line over a news lead must end a sentence: one that does not is a headline's last line,
    # 示范村50个。颍泉区“红马甲” / 扮靓背街小巷 / 本报讯…)
    two_lines = (dateline.match(then.strip()) is not None and not re.search(r"[。！？!?，,；;：:]", nxt)
                 and (signed or len(m.group(1)) >= PARAGRAPH_MIN or inside) and not re.match(r"\s*[—-]", nxt)
                 and len(HAN_RE.findall(nxt)) >= HEADLINE_MIN_HAN and len(head + nxt.strip()) <= max_chars)
    if m.re is _CREDIT_FIRST_RE and not (signed or credit):
        return None
    if not closed and len(HAN_RE.findall(m.group(1))) < HEADLINE_MIN_HAN and not re.search("[。，,；;]", m.group(1)) and not prev_text:
        return None  # (喜报！保康县荣获…称号: a headline's cry before it, no text ending there)
    # (…第一名。安仁县评出“文明岗位”60个 / 谭兵 / text: the headline's writer named alone under it)
    # (…晚8点。含山“小广告”清理 / 记者手记 / text: a piece's label between its headline and its text)
    named = ((_names_only(nxt) and len(nxt.strip()) <= 12) or _label_line(nxt)) and (
        re.search(r"[。！？!?]", then) is not None and len(then.strip()) >= PARAGRAPH_MIN)
    if not dateline.match(nxt.strip()) and not two_lines and not named and not ((signed or credit) and (
            (re.search(r"[。！？!?]", nxt) and len(nxt.strip()) >= PARAGRAPH_MIN) or _byline_text(nxt.strip()))):
        return None
    if re.search(r"(?:摄|摄影|供图|图)\s*$", head) or _byline_text(head):
        return None  # (…栽植花卉。关振宇 摄: the picture's credit closing its caption, no headline)
    if (len(HAN_RE.findall(head)) < (2 if two_lines else HEADLINE_MIN_HAN) or len(head) > max_chars or re.search(r"[，,；;]", head)
            or head[-1:] in "、：:"
            or dateline.match(head) or not (re.search(r"[。！？!?]", m.group(1)) or m.re is _CREDIT_FIRST_RE)):
        return None
    return m.start(2) - len(prefix)


def _split(page: Page) -> Page:
    units: list[Unit] = []
    edits: list[Edit] = []
    texts = [u for u in page.units if u.text.strip()]
    after = {id(a): b for a, b in zip(texts, texts[1:])}
    after2 = {id(a): b for a, b in zip(texts, texts[2:])}
    above = {id(b): a for a, b in zip(texts, texts[1:])}
    for u in page.units:
        nxt, prev = after.get(id(u)), above.get(id(u))
        cut = None if u.kind or nxt is None or nxt.kind else _glued(u.text, nxt.text, prev.text if prev and not prev.kind else "",
                                                                        after2[id(u)].text if id(u) in after2 else "",
                                                                        inside=bool(prev and not prev.kind and u.gap == 0
                                                                                    and re.search(r"[，。、；]", prev.text)))
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
    >>> print(split_glued_headlines("围挡已美化。（蒋文博）记者手记：工地旁的驿站\\n在施工现场，一间集装箱改造的驿站格外显眼，接待群众3000余人次。"))
    围挡已美化。（蒋文博）
    <BLANKLINE>
    记者手记：工地旁的驿站
    在施工现场，一间集装箱改造的驿站格外显眼，接待群众3000余人次。
    >>> split_glued_headlines("全县已建成游园23个。南乐县红白理事会\\n群众点赞。")  # no lead under it
    '全县已建成游园23个。南乐县红白理事会\\n群众点赞。'
    """
    return run_pass(page, _split)
