"""Pass `split_post_parts`: a social-media post's headline and topic tail (or head).

A post copied from Weibo or a similar app prints its headline in lenticular
brackets run into its text (``【十八洞村：文明新风吹进苗寨】9月5日，记者走进…``)
and ends its text with topic tags and the app's buttons
(``…（记者 张三）#湘西身边事# #文明乡风# 收起全文``). The headline is cut off
into a line of its own (the brackets dropped), and the tail into a furniture
unit (the tags are topics, the buttons chrome, neither is text); a short video's
caption opened by its tags (``#文明城市 #某地 老街变身打卡地啦！``) loses them the
same way, to a furniture line over it. Every cut is
an edit. Words (chrome) come from data/page_meta.yaml; a bracketed dateline
label (【本报讯】) is no headline (data/layout.yaml `dateline`).
"""
from __future__ import annotations

import functools
import re

from ..data import data_file, load_data
from ..model import Edit
from .core import HAN_CLASS, HAN_RE, Page, Unit, run_pass
from .furniture import lex_meta

PASS = "split_post_parts"

# 【headline】text: the headline holds no sentence end; the text goes on
_HEADLINE_RE = re.compile(r"^(\s*)【([^【】]{4,60})】(?=\S)")
_SENTENCE_END_RE = re.compile(r"[。！？!?]")
# a headline has at least this many Han characters (【问答】【图片】 are labels)
HEADLINE_MIN_HAN = 6


@functools.lru_cache(maxsize=1)
def _tail_re() -> re.Pattern:
    """Topic tags and app buttons closing a post's text, after its last sentence
    or bracket (one stray letter of a button's icon may follow: 收起全文d), or
    buttons alone (…（记者 韦丽娟）收起d)."""
    chrome = sorted(load_data("page_meta.yaml")["chrome_words"], key=len, reverse=True)
    words = "|".join(map(re.escape, chrome))
    tags = rf"#[^#\n]{{0,29}}[{HAN_CLASS}][^#\n]{{0,29}}#\s*"  # (a topic is words: #南宁#, not #0#)
    return re.compile(rf"(?<=[。！？!?）)”」])(\s*(?:(?:{tags})+(?:(?:{words})\s*)*|(?:{words})\s*(?:(?:{words})\s*)*)[A-Za-z]?)\s*$")


# a short video's caption closed by its topics, each a # and words closed by a space or the line's
# end, two or more, then maybe the accounts it mentions (…周末带娃来打卡 #某县 #口袋公园 @某某发布)
_OPEN_TAIL_RE = re.compile(rf"(?<=\S)((?:[ \u3000]+#[^\s#]{{0,19}}[{HAN_CLASS}][^\s#]{{0,19}}){{2,8}}(?:[ \u3000]+@[^\s@]{{1,20}})*)\s*$")


def _tail(text: str) -> re.Match | None:
    """Where a post's tail (topics, buttons) starts at the end of `text`, or None."""
    return _tail_re().search(text) or _OPEN_TAIL_RE.search(text)


@functools.lru_cache(maxsize=1)
def _tags_before_byline_re() -> re.Pattern:
    """Topic tags between a post's last sentence and its bracketed byline at the
    very end (…走走吧！#南宁# （南宁日报记者 韦丽娟）): the tags go, the byline stays."""
    return re.compile(rf"(?<=[。！？!?”」])(\s*(?:#[^#\n]{{0,29}}[{HAN_CLASS}][^#\n]{{0,29}}#\s*)+)(?=[（(][^（）()]{{2,40}}[）)]\s*$)")


def has_post_tail(text: str) -> bool:
    """Does the text end with a post's topic tags or buttons (what this pass cuts off)?"""
    return _tail(text) is not None or _tags_before_byline_re().search(text) is not None


@functools.lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    return re.compile(load_data("layout.yaml")["dateline"])


def _headline(u: Unit) -> re.Match | None:
    m = _HEADLINE_RE.match(u.text)
    if not m:
        return None
    if lex_meta(u.text.strip()) is not None:
        return None  # 【来源：某某】【作者：某某】【时间：…】: a site's fields in brackets, no headline
    head = m.group(2)
    if (len(HAN_RE.findall(head)) < HEADLINE_MIN_HAN or _SENTENCE_END_RE.search(head)
            or _dateline().match(m.group(0).strip()) or "：" in head and head.endswith("：")):
        return None
    return m


# a short video's caption opened by its topic tags, each a # and words closed by a space, not a
# second # (#文明城市 #某某 老街变身打卡地啦！): the tags are topics, the caption after them the title
_LEAD_TAGS_RE = re.compile(rf"^(\s*)((?:#[^\s#]{{0,19}}[{HAN_CLASS}][^\s#]{{0,19}}[ \u3000]+){{1,8}})(?=[^\s#])")
# the caption after them holds at least this many Han characters (not a tag list's last word)
CAPTION_MIN_HAN = 4


# a Weibo post's topics, each closed by a second #, before its 【headline】 (#某某创建文明城市# #文明某某# 【…】…)
_CLOSED_TAGS_RE = re.compile(r"^(\s*)((?:#[^#\n]{1,30}#[ \u3000]*){1,8})(?=【)")


def _lead_tags(u: Unit) -> re.Match | None:
    m = _LEAD_TAGS_RE.match(u.text) or _CLOSED_TAGS_RE.match(u.text)
    return m if m and len(HAN_RE.findall(u.text[m.end():])) >= CAPTION_MIN_HAN else None


def _handle(text: str) -> bool:
    """A poster's handle on a line of its own over a post (北安某某社区小孟): a short name,
    no sentence, no bracket (data/page_meta.yaml `max_account_line_chars`)."""
    t = text.strip()
    limit = data_file("page_meta.yaml").get("max_account_line_chars") or 16
    return (0 < len(t) <= limit and HAN_RE.search(t) is not None
            and not re.search(r"[。！？!?，,：:；;【】（）()#\s]", t))


def _split(page: Page) -> Page:
    units: list[Unit] = []
    edits: list[Edit] = []
    first_text = next((k for k, u in enumerate(page.units) if not u.kind and u.text.strip()), None)
    handle = None
    if (first_text is not None and _handle(page.units[first_text].text) and first_text + 1 < len(page.units)
            and _headline(page.units[first_text + 1])):
        handle, first_text = first_text, first_text + 1  # 某某社区小孟 / 【headline】text: the poster's handle
    for k, u in enumerate(page.units):
        if u.kind:
            units.append(u)
            continue
        if k == handle:
            units.append(Unit(u.text, u.first, u.last, u.gap, "furniture"))  # who posted: no title, no text
            continue
        lead = _lead_tags(u)
        if lead:
            # (the tags stay, a furniture line of their own; the caption goes on as a line)
            tags = lead.group(2).rstrip()
            edits.append(Edit(PASS, u.first, len(lead.group(1)) + len(tags), lead.group(2)[len(tags):], "\n"))
            units.append(Unit(lead.group(1) + tags, u.first, u.first, u.gap, "furniture"))
            u = Unit(u.text[lead.end():], u.first, u.last, -1, u.kind)
        m = _headline(u) if k == first_text else None
        if m and any(o is not u and o.text.lstrip().startswith(m.group(0).strip()) for o in page.units):
            m = None  # (the same 【…】 opening another line: a post's column tag over its items)
        tail = _tail(u.text)
        if not m and not tail and not _tags_before_byline_re().search(u.text):
            units.append(u)
            continue
        text, first = u.text, u
        if tail:
            cut = tail.start(1)
            gap = text[cut:][: len(text[cut:]) - len(text[cut:].lstrip())]  # (the tail itself moves, kept)
            edits.append(Edit(PASS, u.first, cut, gap, "\n"))
            rest = Unit(text[cut:].strip(), u.first, u.last, -1, "furniture")
            text = text[:cut]
        else:
            rest = None
        tags = _tags_before_byline_re().search(text)
        tail_tags = None
        if tags:
            cut = tags.start(1)
            edits.append(Edit(PASS, u.first, cut, tags.group(1), ""))
            text = text[:cut] + text[tags.end(1):]
            tail_tags = Unit(tags.group(1).strip(), u.first, u.last, -1, "furniture")
        if m:
            lead, head = m.group(1), m.group(2)
            edits.append(Edit(PASS, u.first, len(lead), "【", ""))
            edits.append(Edit(PASS, u.first, len(lead) + 1 + len(head), "】", "\n"))
            units.append(Unit(head, u.first, u.first, u.gap, "item_title"))
            units.append(Unit(text[m.end():], u.first, u.last, -1, ""))
        else:
            units.append(Unit(text, first.first, first.last, first.gap, first.kind))
        if rest is not None:
            units.append(rest)
        if tail_tags is not None:
            units.append(tail_tags)
    return page.evolve(units, edits)


def split_post_parts(page):
    """Cut a post's bracketed headline off its text, and its topic tags and
    buttons off its end.

    >>> print(split_post_parts("【丽江古城文明新风】近日，丽江市开展文明劝导。（记者 和丽）#丽江# 收起全文"))
    丽江古城文明新风
    近日，丽江市开展文明劝导。（记者 和丽）
    #丽江# 收起全文
    >>> print(split_post_parts("【丽江古城文明新风】近日，丽江市开展文明劝导。#丽江# （记者 和丽）收起"))
    丽江古城文明新风
    近日，丽江市开展文明劝导。（记者 和丽）
    收起
    #丽江#
    >>> split_post_parts("【本报讯】近日，丽江市开展文明劝导。")
    '【本报讯】近日，丽江市开展文明劝导。'
    >>> split_post_parts("市民说：“#话题# 很好。”")
    '市民说：“#话题# 很好。”'
    >>> print(split_post_parts("#文明城市 #丽江 古城老街焕新颜啦！"))
    #文明城市 #丽江
    古城老街焕新颜啦！
    >>> print(split_post_parts("古城老街焕新颜 周末来打卡 #丽江 #文明城市 @丽江发布"))
    古城老街焕新颜 周末来打卡
    #丽江 #文明城市 @丽江发布
    >>> split_post_parts("编号为 #12 至 #24 的公厕")
    '编号为 #12 至 #24 的公厕'
    >>> print(split_post_parts("#丽江创文# #文明丽江# 【古城老街焕新颜】近日，丽江市开展文明劝导。"))
    #丽江创文# #文明丽江#
    古城老街焕新颜
    近日，丽江市开展文明劝导。
    """
    return run_pass(page, _split)
