"""Repaired segments of one page -> classified blocks.

A newspaper page mixes page furniture (column names, banners), article text
(title group, body, section headings) and photo captions. This module decides
what each segment is, using only what the page shows: heading marks, dash
subtitles, bylines, photo credits, the blank-line gaps around a segment, its
length and punctuation. Words and marks live in data/layout.yaml.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..model import Block, Segment
from ..sentences import split_sentences
from .bylines import (credit_then_caption, labelled_credit, lone_name, without_author_marks, text_then_photo, without_channel_label, byline_names, byline_photographers_of, tail_credit, dateline_byline_names, looks_like_names, names_only, parse_photo_credit,
                      signature_names, starts_with_credit, glued_credit)
from .layout import ends_with, han_len, layout, patterns, piece_label, unbracketed
from ..repair.paragraphs import document_title, section_number
from ..repair.core import CLOCK_RE, FIGURE_CARD_RE, LABEL_LINE_RE, SALUTATION_RE, SPACED_LINE_RE
from .meta import is_org, meta_fields
from ..repair.furniture import MASTHEAD_LINES, is_masthead, lex_meta, post_and_name_line, split_masthead_date, vocabulary
from ..repair.names import _common_surname, _surname_cost, likely_name, spaced_names_line

# '#' marks a heading when a space follows it or no second '#' closes a topic
# (#文明创建#走进千家万户 is a title with a topic, not a heading mark)
# a photo credit written with a label: 摄影：李一凡, 图片：某某日报
_CREDIT_LABEL_RE = re.compile(r"^(?:摄影|摄像|图片|图|供图|图片来源)\s*[：:｜|丨/／]\s*(\S.{0,30})$")
# a jump note saying where the text came from (（上接第1版）): the title stands above it
_JUMP_FROM_RE = re.compile(r"上接|紧接|转自|^[（(]\s*[接续]")
_HEADING = re.compile(r"^(#{1,6})(?:\s+|(?![^#\s]{1,20}#))(.*)$")


def ends_sentence_mark(text: str, lay: dict) -> bool:
    """Ends like a sentence: a closing quote counts only after an end mark
    (…实现了。” yes; a title …交出高颜值“成绩单” no)."""
    t = text.rstrip()
    stripped = t.rstrip("”’」』\"'")
    if stripped != t:
        return bool(stripped) and stripped[-1] in "。！？!?…"
    return ends_with(t, lay["sentence_end"])


# a note that the signer's seal stands here: …指挥部（盖章）
_SEAL_NOTE_RE = re.compile(r"\s*[（(](?:盖章|印章|公章|章|签章|签名)[）)]\s*$")

# a role word and names run together, no space or mark: 记者张立新赵雅琴孙浩
_RUN_TOGETHER_RE = re.compile(r"[\u4e00-\u9fff]{6,24}")

# a headline that asks (or exclaims), naming its place with a colon: no clause or other
# sentence inside, not a quote (“这是谁家的车？” is what someone said)
_QUESTION_HEADLINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:][^，。；！？,;!?]{4,}[？！?!]$")

# A segment reflow made of this many printed lines or more is text, whatever its marks.
MIN_TEXT_LINES = 3
# a speaker's turn in an interview: a short label, a colon and what was said (■记者：…,
# □金美兰：… after a mark: no byline, and no news item of a brief column)
SPEAKER_TURN_RE = re.compile(r"^[\u4e00-\u9fff·]{1,8}[：:]\s*\S")


# a form's field with its blank to fill in (负责人（签字）：______), or the date left blank under a
# signature (年　月　日, no digit): the form's text, never a headline or a caption
FORM_FIELD_RE = re.compile(r"[：:）)]\s*[_＿]{3,}|^[\s\u3000]*年[\s\u3000]*月[\s\u3000]*日[\s\u3000]*$")


# an app's brand with a plus opening a byline (南方+ 记者 …)
_APP_BRAND_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,10}[+＋]\s+(?=\S)")


# A marked section's lead-in over a clause (■ 楼道亮了，心里也亮了) has at most this many Han characters.
SECTION_LEADIN_MAX = 20


def form_part(text: str) -> bool:
    """A short label naming a form a document ends with (回执, 报名表, 参会人员登记表: data/layout.yaml
    form_part_ends), maybe between dashes (————回执————): the document's part, no piece of its own."""
    t = re.sub(r"[\s\u3000【】\[\]（）()]+", "", text.strip("".join(layout()["subtitle_marks"]) + " \u3000"))
    return 0 < len(t) <= layout()["max_form_part_chars"] and t.endswith(tuple(layout()["form_part_ends"]))


def _kind_of(seg: Segment, items: bool = True) -> tuple[str, int, str]:
    """Context-free first guess: (kind, heading level, text without '#');
    `items`: a marked line may be a brief item's title (see item_title)."""
    lay, pats = layout(), patterns()
    text = seg.text.strip()
    level = 0
    m = _HEADING.match(text)
    if m:
        level, text = len(m.group(1)), m.group(2).strip()
    if FORM_FIELD_RE.search(text):
        return "paragraph", level, text  # 负责人（签字）：____ / 年 月 日: a form's fields, its text
    if form_part(text):
        return "subheading", level, text  # ————回执———— / 回　执: the form a notice ends with, its part
    pm = pats["picture"].match(text)
    if pm and text[pm.end():].strip() and len(text) <= lay["max_caption_chars"] and not level:
        return "caption", level, text  # ［图片］张三: the caption of the picture that stood here
    if pats["credit_note"].search(text) and len(text) <= lay["max_caption_chars"]:
        return "credit", level, text
    if not level and len(text) <= lay["max_caption_chars"] and credit_then_caption(text):
        return "caption", level, text  # 图/冉立伟　店里的“光盘”提示牌。: a credit, then its picture's caption
    if not level and lay.get("figure_label") and re.match(lay["figure_label"], text):
        return "caption", level, text  # 图2-1　登录界面: a figure's label, the caption of what stood there
    if (SPEAKER_TURN_RE.match(pats["mark"].sub("", text, count=1)) and pats["mark"].match(text)
            and not (items and item_title(text) is not None and not re.search("[。！？!?]", text))):
        # ■记者：… / □金美兰：… an interview's turns, not bylines (● 芒市：“傣家小院”评星定级,
        # saying nothing to the end of a sentence, is a brief item's title with its place's label)
        return "paragraph", level, text
    item = item_title(text) if items else None
    if item is not None:
        return "item_title", level, item
    label = re.sub(r"[\s\u3000]+", "", pats["mark"].sub("", text, count=1))
    stem = re.sub(r"[·•・][\u4e00-\u9fff]{1,6}$", "", label)  # 市县传真·榆林: the column, then its place
    if pats["mark"].match(text) and (label in lay["brief_labels"] or (
            0 < len(stem) <= lay["max_column_name_chars"]
            and stem.endswith(tuple(lay["brief_labels"]) + tuple(lay["column_name_ends"])))):
        return "heading", level, label  # ■ 简 讯, ■市州一线: a column's name after a mark, not a byline
    if pats["mark"].sub("", text, count=1).strip() in lay["reporter_columns"]:
        return "heading", level, text  # ■记者手记: a column inside the article, not a byline
    if pats["mark"].match(text) and re.search(r"[。！？](?:[（(][^（()）]{1,30}[）)])?$", text) and (
            re.search(r"[，；]", text) or (han_len(text) >= lay["bullet_sentence_min_chars"]
                                           and not pats["role_word"].search(text))):
        # ●日前，州气象局发布…。: a bullet's sentence, not a byline (also with its writer's
        # name in brackets after it, ■ 5月12日，某市开展…。（刘建华）; or one clause long
        # enough to be no names, a 一句话新闻 item: ■某街道清理小广告2300余处。)
        return "paragraph", level, text
    rest = pats["mark"].sub("", text, count=1).strip()
    if (pats["mark"].match(text) and re.search(r"[，,]", rest) and not pats["role_word"].search(rest)
            and not re.search(r"[；;：:。！？!?]$", rest) and han_len(rest) <= SECTION_LEADIN_MAX):
        return "item_title", level, rest  # ■ 楼道亮了，心里也亮了: a section's bold lead-in, no names
    if (pats["mark"].match(text) and re.search(r"[。！？!?]$", rest) and not pats["role_word"].search(rest)
            and not names_only(rest.rstrip("。！？!?"))):
        return "short", level, text  # ■贵港市民在荷花公园休闲。: a picture's caption under its mark, no names
    if pats["mark"].match(text) or (not level and text in lay["byline_roles"]):
        return "byline", level, text  # (a role word alone too: 本报评论员)
    if any(text.startswith(s) for s in lay["subtitle_marks"]):
        rest = text.lstrip("".join(lay["subtitle_marks"])).strip()

        if not level and names_only(rest) and (pats["role"].match(rest) or (han_len(rest) >= 3 and lone_name(rest))):
            return "byline", level, rest  # ——记者 秦某某, ——那某某 closing the text: its byline, no subtitle
        return "subtitle", level, text
    if (len(text) <= lay["max_caption_chars"] and pats["photo_line"].match(text)
            and not (pats["role_word"].search(text) and tail_credit(text))
            and not text_then_photo(text)):  # (本报记者 某甲 文 某乙 摄影: a byline crediting both)
        # (a byline whose credit ends in 摄, 记者 张三 文并摄, is a byline, not a picture's credit)
        return "photo_credit", level, text
    spaced = (pats["role"].sub(lambda m: f" {m.group(0)} ", text)  # 本报记者韩雪通讯员孟凡
              if pats["role_word"].search(text) else text).strip()
    # (an app's name with a plus before the role, 南方+ 记者 钟某 通讯员 谢某: the app, then the byline)
    unbranded = _APP_BRAND_RE.sub("", spaced, count=1)
    if not level and (any(pats["names_line"].match(x) and looks_like_names(x) for x in (text, spaced, unbranded))
                      or spaced_names_line(text)):  # (覃 刚 向丽君: names OCR-spaced)
        return "byline", level, text
    if not level and without_channel_label(text) != text:
        return "byline", level, text  # 新闻 | 记者 X Y: an app's channel, then the byline
    bare = without_author_marks(text)
    if not level and bare != text and (pats["names_line"].match(bare) and looks_like_names(bare) or names_only(bare)):
        return "byline", level, text  # 沙某¹ 牛某² / 柯某（通讯作者）: a paper's authors with their marks
    if not level and _RUN_TOGETHER_RE.fullmatch(text) and pats["role"].match(text):
        names, _ = byline_names(text)
        if len(names) >= 2 and "".join(names) == pats["role"].sub("", text, count=1):
            return "byline", level, text  # 记者张立新赵雅琴孙浩: a role, then names run together
    sig = pats["signature"].match(text) if not level else None
    if sig and ("·" in sig.group("name") or len(sig.group("name")) <= 4):
        # 某某街道居民　刘桂芝: a letter's signature (小小志愿者 文明宣传员, a photo's two-phrase title, names no one)
        return "byline", level, text
    m = _CREDIT_LABEL_RE.match(text)
    if m and not level:  # 摄影：李一凡 / 图片：某某日报
        who = pats["role"].sub(" ", m.group(1)).strip()  # 摄影 / 全媒体记者 杭宇: the role is no name
        return ("photo_credit" if names_only(m.group(1)) or (who and names_only(who)) else "credit"), level, text
    if not level and signature_names(text):
        return "byline", level, text  # 叶晓东（作者系某某大学教授）: a commentary's signature
    m = re.fullmatch(r"[（(]([^（）()]{2,60})[）)]|【([^【】]{2,60})】", text)
    if m and not level and names_only(m.group(1) or m.group(2)) and (
            m.group(1) or (pats["role"].search(m.group(2)) and m.group(2) not in lay["reporter_columns"])):
        # a byline in brackets, usually at the article's end; in 【】 with its role (【旺报记者X／综合报导】,
        # not 【解说】 or 【记者手记】)
        return "byline", level, text
    if not level and pats["role_word"].search(text) and text_then_photo(text):
        return "byline", level, text  # 记者 李某 文　杞某 摄: the words' writer, then the pictures' taker
    if len(text) <= lay["max_caption_chars"] and (pats["photo_tail"].match(text) or starts_with_credit(text)
                                                  or glued_credit(text) or labelled_credit(text)):
        return "caption", level, text
    if level:
        return "heading", level, text
    m = re.match(lay["inline_byline"], text)
    if m and not text[m.end():].strip():
        return "paragraph", level, text  # 本报讯（记者 饶小燕） alone on its line: the lead's opening, never a title
    if dateline_byline_names(text):
        return "byline", level, text  # 【明报专讯】记者 陈嘉欣 上海报道 on a line of its own, under the title
    if FIGURE_CARD_RE.match(text) and not re.match(r"^\d{1,2}\s*[|｜]\s*\S", text) and not (
            re.match(r"^\d{1,2}[.．]\s*[\u4e00-\u9fff]", text) and han_len(text) >= 8):
        # 42.6万人 全市注册志愿者: a figure of a data graphic is text (2 | 某县…, 1. 某县…: a digest's item number)
        return "paragraph", level, text
    if seg.kind == "kicker" and LABEL_LINE_RE.match(text):
        return "short", level, text  # 凯里： kept apart above a headline by reflow: its kicker
    if _QUESTION_HEADLINE_RE.match(text) and len(text) <= lay["max_heading_chars"]:
        return "short", level, text  # 河津：三处“顽疾”整改到位了吗？ a headline asking, not a sentence of text
    if (not level and len(text) > lay["max_heading_chars"] and len(text) <= lay["max_document_title_chars"]
            and not re.search("[。！？；，]", text) and issued_document_title(text)):
        return "short", level, text  # 中共某某区委 某某区人民政府关于表彰…的决定: a document's long title
    if (ends_sentence_mark(text, lay) or ends_with(text, lay["clause_end"]) or len(text) > lay["max_heading_chars"]
            or re.search("[。！？]", text)):
        return "paragraph", level, text
    return "short", level, text


def issued_document_title(text: str) -> bool:
    """An official document's title (关于…的决定), maybe printed after its issuers' names
    (中共某某区委 某某区人民政府关于表彰…的决定)."""
    t = text.strip()
    if document_title(t):
        return True
    k = t.find(layout()["document_title_opening"])
    return (0 < k <= layout()["max_document_issuer_chars"] and is_org(re.split(r"[ \u3000]+", t[:k].strip())[-1])
            and document_title(t[k:]))


def item_title(text: str) -> str | None:
    """The title of one item of a news-brief column, printed after a mark
    (■兰州开通夜间公交专线), without the mark; None when the line is a byline
    (■本报记者 张三), a caption or running text.

    >>> item_title("■临夏州推行“文明积分”兑换"), item_title("■本报记者 张三 李四"), item_title("●王小明 刘芳")
    ('临夏州推行“文明积分”兑换', None, None)
    """
    lay, pats = layout(), patterns()
    t = text.strip()
    mark = next((m for m in lay["item_title_marks"] if t.startswith(m)), None)
    printed = mark
    if mark is None and (tag := ITEM_TAG_RE.match(t)) and not re.search(r"\d", t):
        mark = printed = tag.group(0)  # 【创城进行时】某镇：…: a post's column tag before each item's headline
    if mark is None and (key := KEYCAP_RE.match(t)):
        mark, printed = "\u20e3", key.group(0)  # 1️⃣ 某镇开展…: a post's numbered items, any number the same mark
    bracketed = re.fullmatch(r"【([^【】]+)】", t)
    if mark is None and not (bracketed and han_len(bracketed.group(1)) >= lay["bracketed_item_title_min_chars"]):
        return None
    rest = bracketed.group(1).strip() if mark is None else t[len(printed):].strip()
    if (han_len(rest) < lay["item_title_min_chars"] or len(rest) > lay["max_heading_chars"]
            or re.search("[。！？!?；;，,]", rest) or pats["role"].search(rest) or names_only(rest)
            or (re.search(r"\s", rest) and looks_like_names(rest)) or pats["photo_tail"].match(rest) or pats["photo_line"].match(rest)
            or any(rest.startswith(m) for m in lay["byline_marks"])):
        return None
    return rest


# a keycap emoji numbering a post's items (1️⃣, 2️⃣)
KEYCAP_RE = re.compile(r"^[0-9#*]\ufe0f?\u20e3\s*")
# A post's column tag run into each item's headline (【创城进行时】巴林右旗：…): the tag is the
# items' mark; like any mark, it must open two or more headlines of the page (_check_item_titles).
# (a line holding figures is a card of an H5 page reflowed, 【干净湖里】全区…126座, no headline)
ITEM_TAG_RE = re.compile(r"^【[\u4e00-\u9fff]{2,8}】(?=\S)")


def _check_item_titles(items: list["_Item"], segments: list[Segment]) -> None:
    """Marked lines are item titles only in a column of items: at least two lines
    with the same mark on the page, and for marks that also mark captions and
    link lists (▲ 村民在村史馆前…, ▶ 往期推荐) a brief column's name above them
    (县区简讯, 地方短讯). Other marked lines are read again as what they are."""
    lay = layout()
    marks = Counter(it.extra["mark"] for it in items if it.extra.get("mark"))
    labelled = any(it.kind in ("short", "heading") and han_len(it.text) <= COLUMN_NAME_MAX
                   and any(w in it.text for w in lay["brief_labels"]) for it in items)
    by_first = {s.first: s for s in segments}
    # (a script's labels, 【标题】 / 【正文】 / 【同期声】, are several tags: only one tag on the
    # page is a post's column tag over its items)
    tags = {t.group(0) for s in segments if (t := re.match(r"^【[\u4e00-\u9fff]{2,8}】", s.text.strip()))}
    for it in items:
        m = it.extra.get("mark")
        if not m or (marks[m] >= 2 and (labelled or m not in lay["item_title_marks_need_label"])
                     and not (m.startswith("【") and len(tags) > 1)):
            continue
        seg = by_first.get(it.first)
        if seg is None:
            continue
        it.kind, it.level, it.text = _kind_of(seg, items=False)
        it.extra = {}


# A brief column's name (县区简讯) is at most this long.
COLUMN_NAME_MAX = 10


@dataclass
class _Item:
    kind: str
    text: str
    first: int
    last: int
    level: int
    gap_before: int
    gap_after: int
    extra: dict = field(default_factory=dict)
    meta_after: bool = False  # a meta line (date, source ...) follows

    def block(self) -> Block:
        extra = dict(self.extra, meta_after=True) if self.meta_after else dict(self.extra)
        return Block(self.kind, self.text, self.first, self.last, self.level, extra)


def _gaps(segments: list[Segment], lines: list[str]) -> list[tuple[int, int]]:
    """Blank source lines before and after each segment (layout gaps)."""

    def blanks(a: int, b: int) -> int:  # source lines a..b (1-based, inclusive)
        # (the longest run of blank lines: a line repair dropped between two, a pull quote
        # repeating the text, leaves two single gaps, no wide one)
        best = run = 0
        for i in range(max(a, 1), min(b, len(lines)) + 1):
            run = run + 1 if not lines[i - 1].strip() else 0
            best = max(best, run)
        return best

    out = []
    for i, seg in enumerate(segments):
        prev_last = segments[i - 1].last if i else 0
        next_first = segments[i + 1].first if i + 1 < len(segments) else len(lines) + 1
        before = blanks(prev_last + 1, seg.first - 1) if seg.first > prev_last else 0
        after = blanks(seg.last + 1, next_first - 1) if next_first > seg.last else 0
        if i + 1 == len(segments):
            after = 99  # end of page
        out.append((before, after))
    return out


# a short name alone on its line, no punctuation (an app's or account's name)
# a date alone in brackets on its line: （2019年3月5日）
_BRACKETED_DATE_RE = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]")
_NAME_ONLY_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,16}")
# a speech's or report's occasion under its title: ——2024年1月16日在某县第十七届人民代表大会第三次会议上
_OCCASION_RE = re.compile(r"^[—\-－]{1,2}\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在\S{4,60}(?:上|时)(?:的(?:讲话|报告|发言))?$")


@functools.lru_cache(maxsize=1)
def _answer_votes_re() -> re.Pattern:
    """A Q&A answer's votes line under the answerer (data/page_meta.yaml `answer_header`)."""
    head = vocabulary().get("answer_header") or {}
    return re.compile(head.get("vote_line") or "(?!)")


def _stack_over_lead(text: str, nxt: Segment | None) -> bool:
    """A headline set in large type over three or more narrow lines (桂东县 / 志愿者守护 /
    “一江清水”) right above a dated lead (本报讯（记者…）…): a title, though its lines are
    as many as a post's clause-a-line text. No clause or sentence mark inside it."""
    return (nxt is not None and not re.search(r"[，。；！？、,;!?]", text)
            and bool(re.match(layout()["dateline"], nxt.text.strip())))


# An account's name alone on the page's first line (某某发布, 某某融媒) has at most this many characters.
ACCOUNT_NAME_MAX = 8


# A bracketed credit broken over two lines holds at most this many characters.
BROKEN_BRACKET_MAX = 40


def _join_broken_bylines(segments: list[Segment]) -> list[Segment]:
    """A byline a narrow column or a scan broke over two lines, one segment again: a short bracket
    opened on one line and closed on the next (（记者 马 丽 娟 / 通讯员 纳 文 杰）: the lines joined by a
    space), or a name broken inside (本报记者 金善 / 花 朴光日: its pieces joined)."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        a, b = (prev.text.strip() if prev else ""), seg.text.strip()
        if (prev is not None and not prev.kind and not seg.kind and seg.first == prev.last + 1
                and a[:1] in "（(" and not re.search("[）)]", a) and b[-1:] in "）)" and not re.search("[（(]", b)
                and len(a) + len(b) <= BROKEN_BRACKET_MAX and not re.search("[。！？]", a + b)):
            out[-1] = Segment(f"{a} {b}", prev.first, seg.last, prev.kind)
            continue
        parts = b.split()
        if len(parts) == 1 and len(b) == 4 and likely_name(b[1:]) and (_surname_cost(b) or (0, 0))[1] != 2:
            parts = [b[0], b[1:]]  # (花朴光日, its space lost in repair: 花 and 朴光日; not 欧阳明华, one name)
        if (prev is not None and not prev.kind and not seg.kind and seg.first == prev.last + 1
                and patterns()["role_word"].match(a) and re.fullmatch(r"[\u4e00-\u9fff]", parts[0] if parts else "")
                and re.search(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2}$", a) and len(b) <= BROKEN_NAME_LINE_MAX
                and all(re.fullmatch(r"[\u4e00-\u9fff·]{1,5}", x) for x in parts)):
            # 本报记者 金善 / 花 朴光日: a byline broken inside a name by a narrow column
            out[-1] = Segment(a + " ".join(parts), prev.first, seg.last, prev.kind)
            continue
        out.append(seg)
    return out


# The rest of a byline broken inside a name holds at most this many characters (花 朴光日).
BROKEN_NAME_LINE_MAX = 12


def classify(segments: list[Segment], lines: list[str]) -> list[Block]:
    """Give every segment of a page a block kind (see model.BLOCK_KINDS).

    Meta lines (segments of kind "meta": dates, sources, editors, site chrome)
    become "meta" blocks carrying their fields; the other segments are
    classified among themselves, a line right above a meta line counting as
    the head of a title group."""
    segments = _join_broken_bylines(segments)
    gaps = _gaps(segments, lines)
    head_dates = _split_masthead_dates(segments)
    metas: list[Block] = []
    items = []
    credits_trail = _credits_trail(segments, gaps)
    transcript = False  # under a video's words' label (字幕：): its lines are text
    jumped_to = None  # the line a jump-from label (（上接第1版）) stood on
    jumped_alone = False  # the label alone on its line
    for n, (seg, (gb, ga)) in enumerate(zip(segments, gaps)):
        fields = meta_fields(seg.text) if seg.kind == "meta" else [("chrome", seg.text.strip())] if seg.kind == "furniture" else []
        if n in head_dates:
            fields = head_dates[n]  # 二〇二四年 / 三月五日　星期二: a masthead's date set over two lines
        if (any(f == "author" for f, _ in fields) and post_and_name_line(seg.text)
                and any(it.kind == "paragraph" for it in items)
                and any(post_and_name_line(x.text) for x in segments[max(0, n - 1):n] + segments[n + 1:n + 2])):
            # 一、发布人 / 区委宣传部副部长　张三 / 区市容局局长　李四: a list of speakers in the text, no
            # byline (two officials signing a New Year address under its title are its authors)
            fields = [("chrome", seg.text.strip())]
        if seg.kind == "meta" and not fields and CLOCK_RE.fullmatch(seg.text.strip()):
            fields = [("chrome", seg.text.strip())]  # 视频 | 某地：… / 03:12: the clip's length (repair set it apart)
        if (seg.kind == "furniture" and items and items[-1].kind in ("short", "heading") and not items[-1].level
                and _answer_votes_re().match(seg.text.strip()) and patterns()["name"].fullmatch(items[-1].text.strip())):
            items[-1].kind = "byline"  # 韦某某 / (her introduction) / 2.3万 人赞同了该回答: the answerer
        photo_label = _photo_label(seg.text, layout())
        if photo_label and {f for f, _ in fields} <= {"outlet"}:
            fields = []  # 图片新闻 (新闻 as in an outlet's name): a photo column's label, read below
        if (seg.kind == "meta" and not fields and not photo_label
                and _NAME_ONLY_RE.fullmatch(re.sub(r"[ \u3000]+", "", seg.text.strip()))):
            fields = [("outlet", re.sub(r"[ \u3000]+", "", seg.text.strip()))]  # a name repair set apart as meta (广西云 / 打开): the outlet's
        if (fields and not credits_trail and _story_credit(seg.text)
                and _heads_a_story(segments[n + 1:n + 3], gaps[n + 1:n + 3])):
            fields = []  # 摄影：朴春花 right above a picture story's title: that story's credit, read below
        signer = _SEAL_NOTE_RE.sub("", items[-1].text.strip()) if items else ""
        if (fields and {f for f, _ in fields} == {"date"} and items and is_org(signer)
                and any(it.kind == "paragraph" for it in items)):
            # 徐州市文明委 / 2023年10月20日: when it was signed, and the office that signed it
            # (its seal noted after its name: …指挥部（盖章）)
            fields = [("signed", v) for _, v in fields] + [("signed_by", signer)]
            if items[-1].kind == "short" and items[-1].first == items[-1].last:
                # (the office's name on its own line over the date: the signature, a meta line,
                # never a headline opening a piece of its own)
                signed_by = items.pop()
                metas.append(Block("meta", signed_by.text, signed_by.first, signed_by.last, 0,
                                   {"fields": [("signed_by", signer)]}))
        elif (fields and {f for f, _ in fields} == {"date"} and metas and items and metas[-1].last == seg.first - 1
              and metas[-1].first > items[-1].last and any(it.kind == "paragraph" for it in items)
              and [f for f, _ in metas[-1].extra["fields"]] == ["outlet"] and is_org(metas[-1].text)
              and not is_masthead(metas[-1].text.strip())):
            # (the office's name read as a site's over the date: the signature all the same; a
            # paper's name over its date is a running head where a page breaks the text)
            signer = metas[-1].text.strip()
            metas[-1] = Block("meta", signer, metas[-1].first, metas[-1].last, 0, {"fields": [("signed_by", signer)]})
            fields = [("signed", v) for _, v in fields] + [("signed_by", signer)]
        gov = vocabulary().get("government_re")
        for j in range(len(metas) - 1, max(-1, len(metas) - 3), -1):
            # 中共某县委员会 / 某县人民政府 / 2024年2月6日: two offices sign it; the government's name
            # right over the date is the second signer, not the site's name
            m_ = metas[j]
            if (fields and any(f == "signed" for f, _ in fields) and m_.last == seg.first - 1
                    and [f for f, _ in m_.extra.get("fields", [])] == ["outlet"] and gov is not None
                    and gov.match(m_.text.strip())):
                metas[j] = Block("meta", m_.text.strip(), m_.first, m_.last, 0, {"fields": [("signed_by", m_.text.strip())]})
        if (fields and {f for f, _ in fields} == {"date"} and re.fullmatch(r"[（(]?[^（）()\s]{4,16}[）)]?", seg.text.strip())
                and not any(it.kind == "paragraph" for it in items)):
            # 某某宣传提纲 / 中共某市委宣传部 / 某市文明办 / （2023年6月）: the offices issuing a document,
            # a line each over its date (in brackets or not) under its title, sign it; none is its headline
            signers = []
            while (len(items) > 1 and items[-1].kind in ("heading", "subheading", "short") and items[-1].first == items[-1].last
                   and items[-1].last == (signers[-1].first if signers else seg.first) - 1 and is_org(items[-1].text.strip())
                   and len(signers) < 3):
                signers.append(items.pop())
            for b in reversed(signers):
                metas.append(Block("meta", b.text.strip(), b.first, b.last, 0, {"fields": [("signed_by", b.text.strip())]}))
            if signers:
                fields = fields + [("signed_by", signers[-1].text.strip())]
        om = _OCCASION_RE.match(seg.text.strip()) if not fields and items and seg.first == seg.last else None
        if om and not any(it.kind == "paragraph" for it in items):
            # 政府工作报告 / ——2024年1月16日在…会议上: the subtitle says the day it was given, the
            # page's date when it prints no other (as a document's signature date is)
            signed = [("signed", v) for f, v in meta_fields(om.group(1)) if f == "date"]
            if signed:
                metas.append(Block("meta", om.group(1), seg.first, seg.last, 0, {"fields": signed}))
        if (fields and {f for f, _ in fields} == {"date"} and items and items[-1].kind in ("heading", "subheading", "short")
                and _BRACKETED_DATE_RE.fullmatch(seg.text.strip())
                and not any(it.kind == "paragraph" for it in items)):
            # 在…大会上的讲话 / （2019年3月5日）: the day the speech was given (a document's own
            # date in brackets under its title), the page's date only when it prints no other
            fields = [("signed", v) for _, v in fields]
        if (not fields and n == 0 and seg.first == seg.last and n + 1 < len(segments)
                and han_len(seg.text) == len(seg.text.strip()) <= ACCOUNT_NAME_MAX
                and vocabulary()["outlet_re"].fullmatch(seg.text.strip())
                and seg.text.strip().endswith(tuple(vocabulary().get("post_account_ends") or ()))
                and _kind_of(segments[1])[0] in ("short", "heading")):
            # 大东发布 / 致全区居民的一封信：… : the account's name alone over the post's headline
            fields = [("outlet", seg.text.strip())]
        if (not fields and seg.first == seg.last and n + 1 < len(segments)
                and (not re.search(r"\d", seg.text) or (re.match(r"(?i)(?:no|part)\b", seg.text.strip())
                                                      and segments[n + 1].first > seg.last))  # (No.27　2024年…: an issue's number)
                and section_number(seg.text)):
            # 二 / “文明餐桌”进甜茶馆: an item's number in words alone, chrome as 02 is (a number in
            # digits may be a page's number over its running head: the structure step reads it)
            fields = [("chrome", seg.text.strip())]
        if not fields and seg.text.strip().rstrip("：:") in (layout().get("transcript_labels") or ()):
            fields, transcript = [("chrome", seg.text.strip())], True
        if fields:
            metas.append(Block("meta", seg.text.strip(), seg.first, seg.last, 0, {"fields": fields}))
            if {f for f, _ in fields} == {"jump"} and _JUMP_FROM_RE.search(seg.text):
                jumped_to = seg.last  # （上接第1版）浦江“五水共治”再出发: the headline on its line goes on from there
                # (alone on its line, and under no headline of its own: 福鼎：… / （上接第1版） / text)
                jumped_alone = bool(re.fullmatch(r"[（(][^（）()]{2,12}[）)]", seg.text.strip())) and not (
                    items and items[-1].kind in ("short", "heading", "subheading") and items[-1].last == seg.first - 1)
            if items and {f for f, _ in fields} == {"jump"} and not _JUMP_FROM_RE.search(seg.text):
                if items[-1].kind == "short":
                    items[-1].kind = "paragraph"  # text broken off where it goes on on another page
            elif items:
                items[-1].meta_after = True
                items[-1].extra.setdefault("meta_after_fields", [])
                items[-1].extra["meta_after_fields"] += [f for f, _ in fields if f not in items[-1].extra["meta_after_fields"]]
                items[-1].extra["meta_after_texts"] = items[-1].extra.get("meta_after_texts", []) + [seg.text.strip()]
                if any(f == "author" for f, _ in fields):  # (who wrote it: a piece signed again below by them is no other)
                    items[-1].extra["meta_after_authors"] = items[-1].extra.get("meta_after_authors", []) + [
                        v for f, v in fields if f == "author"]
            continue
        kind, level, text = _kind_of(seg)
        if (kind == "paragraph" and seg.first == seg.last and n + 1 < len(segments)
                and len(text) <= layout()["max_heading_chars"] and re.fullmatch(r"[^。！？!?，,；;]+[？！?!]", text)
                and (SALUTATION_RE.match(segments[n + 1].text.strip())
                     or segments[n + 1].text.strip().startswith(tuple(layout()["subtitle_marks"]))
                     or (items and items[-1].kind == "short" and items[-1].last == seg.first - 1
                         and text.endswith(("？", "?")) and items[-1].gap_before >= 1
                         and not re.search(r"[。！？!?，,；;：:]", items[-1].text)))):
            # 小区门口的占道摊点谁来管？ / 编辑同志：, 吉首为何能连续三年 / 位居全州创建测评第一？ / ——…:
            # a headline asking, over a letter's greeting, a subtitle, or under its own first line
            kind = "short"
        if (kind == "short" and len(text) > 12 and seg.kind != "wrapped_title"  # (a title reflow joined from a narrow column's lines)
                and sum(1 for x in lines[seg.first - 1:seg.last] if x.strip()) >= MIN_TEXT_LINES
                and not _stack_over_lead(text, segments[n + 1] if n + 1 < len(segments) else None)):
            kind = "paragraph"  # lines reflow joined one under the other (a post set a clause a line): text
        extra = {"form_part": True} if kind == "subheading" and form_part(text) else {}
        if transcript and kind in ("short", "caption", "paragraph"):
            kind, extra = "paragraph", {"transcript": True}  # 字幕： / 今年某区新建口袋公园9个: the video's words, a line each
        if seg.kind == "table":
            kind, level, text, extra = "paragraph", 0, seg.text.strip(), {"table_row": True}
        elif seg.kind == "out_of_column" and kind in ("paragraph", "short"):
            kind, extra = "caption", {"photographers": []}  # wider than the column around it: a caption
        elif kind == "item_title" or seg.kind == "item_title":
            # one item of a news-brief column (the mark it was printed with, if any)
            tag = ITEM_TAG_RE.match(seg.text.strip()) if kind == "item_title" else None
            mark = (tag.group(0) if tag else "\u20e3" if KEYCAP_RE.match(seg.text.strip())
                    else seg.text.strip()[0] if kind == "item_title" else "")
            kind, extra = "heading", {"item_title": True, "mark": mark}
        if kind == "short" and 0 < seg.first <= len(lines):
            raw = lines[seg.first - 1]
            lead = raw[:len(raw) - len(raw.lstrip())]
            extra["indent"] = lead.count(" ") + 2 * lead.count("\u3000") + 4 * lead.count("\t")  # a stack's set-in line
            if seg.first == seg.last and SPACED_LINE_RE.match(raw):
                extra["spaced"] = True  # 昆 山 街 巷 里 的 …: set letter-spaced, in display type
        if jumped_to is not None and (jumped_to == seg.first or (jumped_alone and seg.first == jumped_to + 1)):
            extra["continued"] = True  # (（上接第一版） alone on its line: the headline reprinted under it)
        items.append(_Item(kind, text, seg.first, seg.last, level, gb, ga, extra))
    _check_item_titles(items, [s for s in segments if s.kind != "meta"])
    if items and metas and metas[0].first < items[0].first:
        items[0].extra["meta_before"] = True  # 原创 鼓楼发布 2024-11-05 17:45 / the post's headline
    blocks = _marked_phrases_in_text(_wrapped_title_copies(_figure_lists(_speaker_labels(_wrapped_subtitle(_classify_items(items))))))
    # back in page order (a meta piece cut off a line follows the text of that line)
    return _photo_news_text(sorted(blocks + metas, key=lambda b: (b.first, b.kind == "meta")))


# A photo news item's words (its caption, the credit at their end) hold at least this many characters.
PHOTO_NEWS_TEXT_MIN = 30


def _photo_news_text(blocks: list[Block]) -> list[Block]:
    """A photo news item: a headline, its picture's mark, then the picture's words with the credit
    at their end and nothing else before the next headline or credit (炉霍：… / [图片] / 7月3日，…。
    （摄影　某某）): those words are the item's text, not a caption beside some other text."""
    out = list(blocks)
    mark = re.compile(layout()["picture_placeholder"])
    for k, b in enumerate(blocks):
        if b.kind != "caption" or han_len(b.text) < PHOTO_NEWS_TEXT_MIN:
            continue
        before = next((x for x in reversed(blocks[:k]) if x.kind != "meta"), None)
        after = next((x for x in blocks[k + 1:] if x.kind != "meta"), None)
        pictured = any(x.kind == "meta" and mark.match(x.text.strip()) for x in blocks[max(0, k - 2):k])
        if (pictured and before is not None and before.kind in ("heading", "subheading")
                and (after is None or after.kind in ("heading", "subheading", "byline"))):
            out[k] = replace(b, kind="paragraph")
    return out


def _split_masthead_dates(segments: list[Segment]) -> dict[int, list[tuple[str, str]]]:
    """The masthead lines at the top of a page that set the year on one line and the month,
    day and weekday on the next (二〇二四年　第8126期 / 三月五日　星期二　今日8版): both meta,
    the second holding the date, each with what its other cells say (the issue, the pages)."""
    out: dict[int, list[tuple[str, str]]] = {}
    for n in range(min(len(segments) - 1, MASTHEAD_LINES)):
        a, b = segments[n], segments[n + 1]
        if a.first != a.last or b.first != b.last or b.first != a.last + 1:
            continue
        got = split_masthead_date(a.text, b.text)
        if not got:
            continue
        out[n] = [("chrome", a.text.strip())]
        rest = lex_meta(got[1]) if got[1] else None
        out[n + 1] = [("date", got[0])] + [f for f in (rest or []) if f[0] != "date"]
    return out


def _marked_phrases_in_text(blocks: list[Block]) -> list[Block]:
    """A marked line between two paragraphs of text, holding words without a role word and
    without a common surname among them (■多方合力 共建共享): a section's heading inside the
    text, no byline of two people's names."""
    out = list(blocks)
    marks = tuple(m for m in layout()["byline_marks"] if len(m) == 1)
    role = patterns()["role_word"]
    for k in range(1, len(blocks) - 1):
        b = blocks[k]
        if (b.kind == "byline" and b.text.startswith(marks) and not role.search(b.text)
                and blocks[k - 1].kind == "paragraph" and blocks[k + 1].kind == "paragraph"
                and b.extra.get("authors") and not any(_common_surname(n) for n in b.extra["authors"])):
            out[k] = Block("subheading", b.text, b.first, b.last, 0, {})
    return out


# The last words of a dashed subtitle broken right over its byline hold at most this many characters.
WRAPPED_SUBTITLE_OVER_BYLINE = 16


def _wrapped_subtitle(blocks: list[Block]) -> list[Block]:
    """A dashed subtitle broken over two lines, its last words on the line right under it
    (——五指山市创建省级文明城市 / 工作侧记): one subtitle. The second line is short (at most
    layout.yaml wrapped_subtitle_tail_chars) and no sentence; a headline of its own is longer."""
    out: list[Block] = []
    most = layout()["wrapped_subtitle_tail_chars"]
    for k, b in enumerate(blocks):
        prev = out[-1] if out else None
        # (longer when the byline follows right under it: …达斡尔族自治旗创建 / 自治区级文明城市纪实 / 本报记者 …)
        # (and the subtitle under its title: a dashed line over a headline, ——全区86个… / 相山区…, is a 引题)
        over_byline = (k + 1 < len(blocks) and blocks[k + 1].kind == "byline" and blocks[k + 1].first == b.last + 1
                       and len(out) >= 2 and out[-2].kind in ("heading", "subheading") and out[-2].last + 1 == out[-1].first)
        if (prev is not None and prev.kind == "subtitle" and b.kind in ("heading", "subheading") and not b.level
                and b.first == prev.last + 1 and 2 <= han_len(b.text) <= (WRAPPED_SUBTITLE_OVER_BYLINE if over_byline else most)
                and not re.search(r"[。！？；，：:,;!?]", b.text) and not re.search(r"[。！？；，：:,;!?）)]$", prev.text.strip())
                and not names_only(b.text) and not lone_name(b.text.strip())):  # (…创建走笔 / 马嘉禾: its writer)
            out[-1] = replace(prev, text=prev.text.rstrip() + b.text.strip(), last=b.last)
            continue
        out.append(b)
    return out


def _wrapped_title_copies(blocks: list[Block]) -> list[Block]:
    """A headline printed twice, once broken over lines as the column set it and once whole
    (昌宁：“茶香”里的 / 文明城 / 昌宁：“茶香”里的文明城, as a PDF viewer copies a page): the broken
    copy is chrome (kept as a meta line), the whole line the headline."""
    out = list(blocks)
    heads = ("heading", "subheading", "short")
    for j, whole in enumerate(blocks):
        key = re.sub(r"\s+", "", whole.text)
        if whole.kind not in heads or whole.level or han_len(key) < 6:
            continue
        for i, step in ((j - 1, -1), (j + 1, 1)):
            run, got = [], ""
            while 0 <= i < len(blocks) and blocks[i].kind in heads and not blocks[i].level and len(got) < len(key):
                run.append(i)
                got = got + re.sub(r"\s+", "", blocks[i].text) if step == 1 else re.sub(r"\s+", "", blocks[i].text) + got
                i += step
            if len(run) >= 2 and got == key:
                for x in run:
                    out[x] = Block("meta", blocks[x].text, blocks[x].first, blocks[x].last, 0,
                                   {"fields": [("chrome", blocks[x].text)]})
                break
    return out


def _figure_lists(blocks: list[Block]) -> list[Block]:
    """A run of marked short lines each holding a figure, with no text under any of them (数读某地 /
    ●新增口袋公园12个 / ●注册志愿者4.3万人 / …): a box of figures, its lines text, not the headlines
    of brief items (each of which stands over text of its own)."""
    out = list(blocks)
    lay_max = layout()["max_column_name_chars"] + 4
    k = 0
    while k < len(out):
        j = k
        while (j < len(out) and out[j].extra.get("item_title") and re.search(r"\d", out[j].text)
               and not re.search(r"[，。；！？]", out[j].text)):
            j += 1
        if j - k >= FIGURE_LIST_MIN and (j == len(out) or out[j].kind != "paragraph"):
            for i in range(k, j):
                out[i] = replace(out[i], kind="paragraph", extra={"figure_row": True})
            label = out[k - 1] if k else None
            if (label is not None and label.kind in ("caption", "short", "subheading") and not label.level
                    and 0 < han_len(label.text) <= lay_max and not re.search(r"[，。；！？：:]", label.text)):
                out[k - 1] = replace(label, kind="heading", extra={})  # 数读某地创文: the box's name
            k = j
        k += 1
    return out


# A box of figures holds at least this many marked lines.
FIGURE_LIST_MIN = 3


# a speaker's label over what they said: who they are, a space, their name (■ 某街道党工委书记 刘某某)
_SPEAKER_LABEL_RE = re.compile(r"^[^\w“]*(?P<who>\S.{1,30}?)[\s\u3000]+(?P<name>[\u4e00-\u9fff·]{2,5})$")
# what a speaker says speaks in the first person
_FIRST_PERSON_RE = re.compile(r"我们|我[^国市县区省州旗镇乡村校院局委办]")


def _speaker_labels(blocks: list[Block]) -> list[Block]:
    """A digest of what several people said (座谈会发言摘编: ■ 某街道党工委书记 刘某某 / 我们…),
    each turn under a label of who spoke: two labels or more, each over text in the first
    person, are the piece's sub-headings, not bylines and not headlines of pieces of their own
    (the speaker's post ends in a word of data/layout.yaml speaker_descriptor_ends)."""
    ends = tuple(layout()["speaker_descriptor_ends"]) + tuple(layout()["speaker_posts"]) + tuple(layout()["signature_roles"])
    found = []
    for k, b in enumerate(blocks[:-1]):
        if b.kind not in ("heading", "subheading", "byline", "short") or b.level:
            continue
        m = _SPEAKER_LABEL_RE.match(patterns()["mark"].sub("", b.text.strip(), count=1).strip())
        nxt = blocks[k + 1]
        if (m and m.group("who").rstrip().endswith(ends) and likely_name(m.group("name"))
                and nxt.kind == "paragraph" and _FIRST_PERSON_RE.search(nxt.text)):
            found.append(k)
    if len(found) < SPEAKER_LABELS_MIN:
        return blocks
    return [replace(b, kind="subheading", extra={**{x: v for x, v in b.extra.items() if x not in ("item_title", "mark")},
                                                  "speaker": True}) if k in found else b
            for k, b in enumerate(blocks)]


# A remarks digest has at least this many speakers' labels.
SPEAKER_LABELS_MIN = 2


# A picture story's text holds at least this many Han characters (a caption that
# tells what happened), under a title line of at most `max_heading_chars`.
PHOTO_NEWS_MIN_HAN = 20
# … or this many right under a photo column's name (图片新闻)
LABELLED_PHOTO_MIN_HAN = 10


# A picture story's title right under another story's text, without a blank line, has at
# most this many Han characters.
PHOTO_TITLE_MAX_HAN = 10


def _photo_news_item(merged: list["_Item"], lay: dict) -> bool:
    """Is the text before a photo credit a picture story: a paragraph of sentences
    set directly under a short title line that stands apart above it (a blank line
    over it, or, on a page set without blank lines, a line over it that is no running
    text: the page's name, another headline, a caption, the credit closing another
    picture story)?"""
    if len(merged) < 2:
        return False
    text, title = merged[-1], merged[-2]
    return (text.kind == "paragraph" and text.gap_before == 0 and han_len(text.text) >= PHOTO_NEWS_MIN_HAN
            and bool(re.search("[。！？]", text.text)) and not title.level
            # (or a brief item's run-in title under a photo column's name: 【图片新闻】 / 题 3月5日，…)
            and (title.kind == "short" or (title.kind == "heading" and title.extra.get("item_title")))
            and (title.gap_before >= 1 or len(merged) == 2 or merged[-3].kind in ("short", "heading", "caption")
                 or merged[-3].extra.get("picture_story")
                 # (or finished text of the story above, on a page without blank lines, under a
                 # title too short to be a line of it: 茶城夜色美)
                 or (merged[-3].kind == "paragraph" and ends_sentence_mark(merged[-3].text, lay)
                     and han_len(title.text) <= PHOTO_TITLE_MAX_HAN))
            and len(title.text) <= lay["max_heading_chars"]
            and not ends_sentence_mark(title.text, lay) and not ends_with(title.text, lay["clause_end"]))


# a credit line standing above a picture story: 图/金英哲, 摄影：朴春花, 图/崔明浩　文/李红梅
_CREDIT_PART_RE = re.compile(r"(图片|图|摄影|摄|文字|文)\s*[/／：:｜丨|]\s*([\u4e00-\u9fff·]{2,8}(?:[ 　、][\u4e00-\u9fff·]{2,8})*)")


def _story_credit(text: str) -> tuple[list[str], list[str]] | None:
    """(photographers, authors) of a line made only of labelled credits, else None."""
    t = text.strip()
    parts = list(_CREDIT_PART_RE.finditer(t))
    if not parts or re.sub(r"\s+", "", _CREDIT_PART_RE.sub("", t)):
        return None
    pics, words = [], []
    for m in parts:
        names = [n for n in re.split(r"[ 　、]", m.group(2)) if n]
        (words if m.group(1) in ("文", "文字") else pics).extend(names)
    return (pics, words) if pics else None


def _credits_trail(segments: list[Segment], gaps: list[tuple[int, int]]) -> bool:
    """Does this page set its credit lines after each item's text (a post's items, each closed
    by 文字：X 图片：Y)? So it does when its last credit line (names only, labelled) follows
    text and heads no story: then a credit between two items closes the one above it."""
    last = None
    for n, seg in enumerate(segments):
        if seg.kind != "meta":
            continue
        fields = meta_fields(seg.text)
        if fields and {f for f, _ in fields} <= {"author", "photographer"}:
            last = n
    if last is None or last == 0:
        return False
    before = segments[last - 1]
    return (not before.kind and bool(re.search("[。！？”]$", before.text.strip()))
            and not _heads_a_story(segments[last + 1:last + 3], gaps[last + 1:last + 3]))


def _heads_a_story(nxt: list[Segment], gaps: list[tuple[int, int]]) -> bool:
    """Do the next two segments, set directly one under the other, read as a picture
    story's title (short, no sentence end) and its text?"""
    if len(nxt) < 2 or nxt[0].kind or nxt[1].kind or gaps[0][0] != 0 or gaps[1][0] != 0:
        return False
    title, text = nxt[0].text.strip(), nxt[1].text.strip()
    return (len(title) <= layout()["max_heading_chars"] and not re.search("[。！？]", title)
            and han_len(text) >= PHOTO_NEWS_MIN_HAN and bool(re.search("[。！？]", text)))


def _credits_above_stories(items: list["_Item"], lay: dict) -> list["_Item"]:
    """A credit line set directly above a picture story's title (图/金英哲 / 延吉：早市…
    / 10月16日清晨，…) credits that story: its names go with the story's text (its
    photographers, and its authors after 文/), and the line leaves the text."""
    out: list[_Item] = []
    k = 0
    while k < len(items):
        it = items[k]
        got = _story_credit(it.text) if it.kind in ("byline", "photo_credit", "short", "caption") else None
        title = items[k + 1] if k + 1 < len(items) else None
        text = items[k + 2] if k + 2 < len(items) else None
        if (got and title is not None and text is not None and title.gap_before == 0 and text.gap_before == 0
                and title.kind == "short" and not ends_sentence_mark(title.text, lay)
                and text.kind == "paragraph" and han_len(text.text) >= PHOTO_NEWS_MIN_HAN):
            text.extra["photographers"] = text.extra.get("photographers", []) + got[0]
            text.extra["credit_authors"] = got[1]
            text.extra["credit_line"] = it.text
            title.gap_before = it.gap_before
            k += 1
            continue
        out.append(it)
        k += 1
    return out


def _clause_a_line_runs(items: list["_Item"], lay: dict) -> None:
    """A post set one clause a line without stops (已覆盖小区126个 / 开户居民3.4万户 /
    累计回收…1150吨): a long run of short lines printed directly one under the other,
    with no full stop anywhere in it (reflow may have joined some of them), is running
    text, not a stack of headings or captions. A title group is at most three lines
    over its subtitle or byline, so a run must be longer and hold more characters than
    a headline could; text with full stops breaks the run, so a sub-heading between
    paragraphs set without blank lines stays a sub-heading."""
    def clause(it: "_Item") -> bool:
        return (not it.level and not it.extra.get("table_row")
                and (it.kind == "short" or (it.kind == "paragraph" and not re.search("[。！？!?]", it.text))))

    i = 0
    while i < len(items):
        j = i
        while (j < len(items) and clause(items[j])
               and (j == i or (items[j].gap_before == 0 and items[j].first == items[j - 1].last + 1))):
            j += 1
        run = items[i:j]
        nxt = items[j] if j < len(items) else None
        if (len(run) >= lay["clause_run_min_lines"] and sum(1 for it in run if it.kind == "short") >= 2
                and sum(han_len(it.text) for it in run) >= lay["clause_run_min_han"]
                and not (nxt is not None and nxt.gap_before == 0 and nxt.kind in ("subtitle", "byline"))):
            for it in run:
                it.kind = "paragraph"
            if (nxt is not None and nxt.kind == "heading" and not nxt.level and nxt.gap_before == 0
                    and nxt.first == run[-1].last + 1
                    and not nxt.extra.get("item_title") and not nxt.meta_after):
                nxt.kind = "paragraph"  # the run's last clause, taken for a heading over what follows
        i = max(j, i + 1)


def _portrait_bylines(items: list["_Item"]) -> None:
    """A columnist's name alone on a line under the headline, then the portrait's caption
    naming the same person after a picture's placeholder (［图片］张三): the byline, not a
    heading or a caption. A lone name needs this echo: alone, a short line may be anything
    (and a name over a note opening with it is a profile's head, not a byline)."""
    pats = patterns()
    for i, it in enumerate(items[:-1]):
        name = it.text.strip()
        if i == 0 or it.kind not in ("short", "heading") or it.level or not pats["name"].fullmatch(name):
            continue
        for nxt in items[i + 1:i + 3]:
            pm = pats["picture"].match(nxt.text.strip())
            if pm and nxt.text.strip()[pm.end():].strip() == name:
                it.kind = "byline"
                break


# A later article's headline over a name alone on its line has at least this many Han characters.
LATER_HEADLINE_MIN = 8


def _lone_name_bylines(items: list["_Item"]) -> None:
    """A name alone on its line between a title and its text (短评 / 护河不只是河长的事 / 欧阳明 /
    河水清不清…): the piece's byline, not a line of the title. Where a name is looked for: under
    a piece's label (短评, 记者手记), under a later article's full headline, or under the page's
    own headline; and only a name's shape (bylines.lone_name: 高颜值, 金名片, 向未来 are phrases).
    Not over text opening with that name (王某某 / 王某某，某社区居民…: a profile's head)."""
    columns = set(layout().get("reporter_columns") or ())
    # (the page's headline lines: items before the first that is not an unmarked headline line)
    # (a dashed subtitle among them: 创城那两年 / ——忆… / 石宝林 / its text)
    page_head = next((j for j, x in enumerate(items) if x.kind not in ("short", "heading", "subheading", "subtitle")
                      or x.level), len(items))
    # (or closing the page's last text, a writer's signature: …堂。 / 左志强, or （后文杰） over the
    # page's date line)
    last = next((j for j in range(len(items) - 1, -1, -1) if items[j].kind != "meta"), None)
    if last:
        it, prev = items[last], items[last - 1]
        bm = re.fullmatch(r"[（(]([\u4e00-\u9fff]{2,4})[）)]", it.text.strip())
        # (or after a dash, ——曹 文: the comment's writer signing it)
        dm = re.fullmatch(r"[—－-]{1,2}\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,5})", it.text.strip())
        dashed = it.kind == "subtitle" and dm is not None and lone_name(dm.group(1))
        if ((it.kind in ("short", "heading", "caption") or dashed) and not it.level and prev.kind == "paragraph"
                and it.gap_before <= 1 and re.search(r"[。！？!?”]$", prev.text.strip())
                and (dashed or lone_name(it.text) or (bm and lone_name(bm.group(1))))):
            it.kind = "byline"
            if dashed:
                it.text = re.sub(r"\s+", "", dm.group(1))
    for i in range(1, len(items) - 1):
        it, prev, nxt = items[i], items[i - 1], items[i + 1]
        label = items[i - 2].text if i >= 2 else ""
        # (or under a full headline of a later article, text above it: 广饶县“文明实践点”开到田间地头
        # / 孔某某 / its text; a headline's short last line would follow a line that stops short)
        later = (i >= 2 and items[i - 2].kind == "paragraph" and han_len(prev.text) >= LATER_HEADLINE_MIN
                 and not re.search(r"[，、：:“「（(]$", prev.text.strip()))
        # (or under a later headline and its dashed subtitle: 楼道“杂物山”去哪儿了？ / ——… / 晏某某)
        later = later or (i >= 3 and prev.kind == "subtitle" and items[i - 3].kind == "paragraph"
                          and items[i - 2].kind in ("short", "heading") and han_len(items[i - 2].text) >= LATER_HEADLINE_MIN)
        # (or under the page's own headline, nothing but headline lines above it: 普定邮政把…送进村 /
        # 入户 / 韦某某 / its text, a page whose text is signed so)
        top = i <= page_head
        if not (piece_label(label) or unbracketed(label) in columns or later or top):
            continue
        if (it.kind in ("short", "heading") and not it.level and not prev.level and it.gap_before == 0
                and prev.kind in ("short", "heading", "subtitle") and nxt.kind == "paragraph" and nxt.gap_before <= 1
                and not nxt.text.strip().startswith(re.sub(r"[\s\u3000]+", "", it.text))
                and (lone_name(it.text) or (piece_label(label) and _pen_name(it.text, prev.text)))):
            it.kind = "byline"


def _pen_name(text: str, title: str) -> bool:
    """A commentator's pen name alone under a comment's title (短评 / 改造老小区，先听居民声 / 方言 /
    text): two or three characters that are a word, no title's last words (的事, 之道), under a
    whole title."""
    t = text.strip()
    return (re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t) is not None and not re.search(r"[的之了是在和与]", t)
            and han_len(title) >= 6 and not re.search(r"[，、：:“「（(]$", title.strip()))


def _headlines_under_boxed_bylines(items: list["_Item"], lay: dict) -> None:
    """A PDF page's byline boxed above its headline (本报记者 某某 / 通讯员 某某 / 珠晖区：老旧小区
    / “微改造” / 改出幸福感 / text): the headline's lines, joined as one wrapped run, are no
    text: no clause or sentence mark in them, short as a headline, right under the byline and
    over the text. They are the headline."""
    for k in range(1, len(items) - 1):
        it, above, below = items[k], items[k - 1], items[k + 1]
        if (it.kind == "paragraph" and above.kind == "byline" and below.kind == "paragraph"
                and not it.level and not it.extra
                and han_len(it.text) >= 6 and len(it.text) <= lay["max_heading_chars"]
                and not re.search(r"[，。；！？,;!?]", it.text)
                and re.search(r"[。！？]", below.text)):
            it.kind = "heading"


def _classify_items(items: list["_Item"]) -> list[Block]:
    lay = layout()
    if not items:
        return []
    usual_gap = Counter(min(it.gap_before, 3) for it in items[1:]).most_common(1)[0][0] if len(items) > 1 else 1
    big = max(2, usual_gap + 1)

    items = _credits_above_stories(items, lay)
    _portrait_bylines(items)
    _lone_name_bylines(items)
    _headlines_under_boxed_bylines(items, lay)

    # Photo credit lines make the segment before them a caption.
    merged: list[_Item] = []
    for it in items:
        if it.kind == "photo_credit":
            names = parse_photo_credit(it.text)[1]
            # (a labelled credit, 图｜X / 摄影：X, stands for a picture the text does not hold:
            # the paragraph above it is text, not that picture's caption)
            if _photo_news_item(merged, lay) and not _CREDIT_LABEL_RE.match(it.text.strip()):
                # 三亚：海滩上的“蓝马甲” / 3月5日，志愿者在… / 本报记者 符晓林 摄: a picture
                # story; its words are the item's text, under its own title
                prev = merged[-1]
                prev.extra["photographers"] = prev.extra.get("photographers", []) + names
                prev.extra["picture_story"] = True
                prev.last = it.last
                prev.gap_after = it.gap_after
                continue
            if (merged and merged[-1].kind in ("caption", "short", "paragraph")
                    and len(merged[-1].text) <= lay["max_caption_chars"] and not _CREDIT_LABEL_RE.match(it.text.strip())):
                prev = merged[-1]
                prev.kind = "caption"
                prev.extra.setdefault("photographers", []).extend(names)
                prev.last = it.last
                prev.gap_after = it.gap_after
                continue
            it.kind = "caption"
            it.extra["photographers"] = names
            it.text = ""
        merged.append(it)
    items = merged

    for it in items:
        if it.kind == "caption" and "photographers" not in it.extra:
            text, names = parse_photo_credit(it.text)
            it.text, it.extra["photographers"] = text, names
        if it.kind == "byline":
            it.extra["authors"], guessed = byline_names(it.text)
            sig = patterns()["signature"].match(it.text.strip())
            if sig:  # 朔城区居民  郝秀珍: the writer's name, not where they live
                it.extra["authors"], guessed = [sig.group("name")], False
            it.extra["photographers"] = byline_photographers_of(it.text)
            pic_only = re.match(r"^[□■◎●○]\s*图\s+\S", it.text.strip())  # □图 冯兵: the pictures' credit
            if (pic_only or it.text.strip().lstrip("□■◎●").startswith(tuple(lay["picture_only_marks"]))) \
                    and not re.match(r"^[□■◎●]?\s*图\s*[/／]\s*文", it.text.strip()):
                # 图/记者 高扬: the pictures' credit, not the words'
                it.extra["photographers"] = it.extra["photographers"] + it.extra["authors"]
                it.extra["authors"] = []
            if guessed:
                it.extra["guessed_split"] = True

    # A photo page's headline: the page's first line, short and unpunctuated, with
    # captions under it before the text begins, heads the page (not a caption).
    head = items[0]
    if (head.kind == "short" and not head.level and len(items) > 2 and items[1].kind == "caption"
            and not ends_with(head.text, lay["clause_end"]) and not ends_sentence_mark(head.text, lay)
            and any(it.kind == "paragraph" for it in items[2:])):
        head.kind = "heading"

    # Isolated short pieces framed by wide gaps are captions.
    for i, it in enumerate(items):
        if (it.kind not in ("short", "paragraph") or len(it.text) > lay["max_caption_chars"]
                or it.extra.get("table_row")):
            continue
        if ends_with(it.text, lay["clause_end"]):
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        prev = items[i - 1] if i else None
        framed = it.gap_before >= big and (it.gap_after >= big or nxt is None or nxt.kind in ("caption", "credit", "heading"))
        # the last of a run of captions: wide gap on one side, a caption on the other
        in_run = (prev is not None and prev.kind == "caption" and (it.gap_before >= big or it.gap_after >= big)
                  and not re.search("[，,；;]", it.text))
        framed = framed or (in_run and han_len(it.text) <= lay["max_caption_chars"] // 2)
        nxt2 = items[i + 2] if i + 2 < len(items) else None
        above_title = (nxt is not None and nxt.kind in ("heading", "short") and nxt2 is not None
                       and nxt2.kind in ("subtitle", "byline"))
        if above_title and not ends_sentence_mark(it.text, lay):
            continue  # a column name or shoulder line right above a title group
        if nxt is not None and nxt.kind in ("subtitle", "byline") and not ends_sentence_mark(it.text, lay):
            continue  # the title itself, above its subtitle or byline
        if framed:
            it.kind = "caption"
            it.extra.setdefault("photographers", [])

    # A question or an exclamation standing first on the page, alone on its line
    # and short, is the title (梧桐树下的驿站，你打卡了吗？), not the lead.
    first = items[0]
    nxt = items[1] if len(items) > 1 else None
    if (first.kind == "paragraph" and not first.level and first.meta_after and not re.search("[。；;]", first.text)
            and han_len(first.text) <= lay["max_heading_chars"] and len(split_sentences(first.text)) <= 2):
        first.kind = "heading"  # 和平区这个社区食堂火了！一份套餐只要12元 / 原创 … 2023-11-14: a post's headline
    if (first.kind == "paragraph" and not first.level and first.meta_after and first.extra.get("meta_before")
            and {"date", "source"} <= set(first.extra.get("meta_after_fields") or ())
            and not {"record", "title"} & set(first.extra.get("meta_after_fields") or ())  # (a citation record's next entry)
            and han_len(first.text) <= lay["max_heading_chars"] and len(split_sentences(first.text)) == 1
            and nxt is not None and nxt.kind == "paragraph"):
        # 当前位置：首页 > 文明创建 / 石楼县城新建…12处，群众出门就能见绿。 / 2019/10/22 … 来源：…: a site's
        # headline written as a sentence, between its breadcrumb and its date and source
        first.kind = "heading"
    if (first.kind == "paragraph" and not first.level and first.extra.get("meta_before")
            and (first.gap_after >= 1 or (nxt is not None and nxt.kind == "byline" and nxt.gap_before == 0))
            and not re.search("[。；;，,]", first.text) and han_len(first.text) <= lay["max_heading_chars"]
            and len(split_sentences(first.text)) <= 2 and nxt is not None):
        # 原创 鼓楼发布 2024-11-05 / “串珠成链”！鼓楼这些老巷焕新归来: the headline under it
        # (or right over its byline: …“幸福小巷”！建始这样做→ / 文/图 | 某某)
        first.kind = "heading"
    if (first.kind == "paragraph" and not first.level and re.search(r"[？！?!]$", first.text.rstrip("”’」』\"'"))
            and not re.search(r"[。；;]", first.text) and han_len(first.text) <= lay["max_heading_chars"]
            and len(split_sentences(first.text)) <= 2
            and nxt is not None
            and (first.gap_after >= 1 or first.meta_after or first.extra.get("meta_before")
                 or (nxt.kind == "subtitle" and nxt.gap_before == 0))  # (…“里子”重要？ / ——…辩论赛实录)
            and nxt.kind in ("paragraph", "byline", "subtitle", "short")):
        first.kind = "heading"  # (right under a post's meta line too: 原创 … 2024-06-07 / 秀山这个…，…都说好！)

    # A question or an exclamation standing alone over a dated lead or over a line of
    # its own (婺源“文明旅游”志愿服务进景区！ / 本报讯…; …谁来守？ / 信州区探索…): a title
    dateline = re.compile(lay["dateline"])
    for i, it in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (it.kind == "paragraph" and not it.level and nxt is not None and (it.gap_before >= 1 or i == 0)
                and (re.search(r"[？！?!]$", it.text.rstrip("”’」』\"'"))
                     # (asked, then answered, over its dashed subtitle: 成效如何？问卷这样说 / ——…)
                     or (nxt.kind == "subtitle" and nxt.gap_before == 0 and re.search(r"[？！?!]", it.text)))
                and not re.search(r"[。；;，,]", it.text)
                and han_len(it.text) <= lay["max_heading_chars"] and len(split_sentences(it.text)) <= 2
                and ((nxt.kind == "paragraph" and dateline.match(nxt.text))
                     or (nxt.kind in ("short", "byline", "subtitle") and nxt.gap_before == 0))):
            it.kind = "heading"

    _clause_a_line_runs(items, lay)

    # Short unpunctuated lines: a heading when body text follows closely,
    # a sub-heading right under a heading, else a caption.
    last_para = max((i for i, it in enumerate(items) if it.kind == "paragraph"), default=-1)
    for i, it in enumerate(items):
        prev = items[i - 1] if i else None
        if (it.kind == "paragraph" and prev is not None and prev.kind == "heading" and not prev.level
                and prev.gap_after == 0 and it.gap_before == 0 and len(it.text) <= lay["max_heading_chars"]
                and not re.search("[。！？!?]", it.text) and not prev.extra.get("item_title")
                and not it.extra.get("table_row") and not it.extra.get("transcript")
                and not SALUTATION_RE.match(it.text.strip())):
            it.kind = "subheading"  # e.g. 真正的“一把手工程” right under its heading (not 各位居民朋友：)
            continue
        if it.kind != "short":
            continue
        shares_line = any(o is not it and o.first <= it.last and it.first <= o.last for o in items[max(0, i - 3): i + 4])
        nxt = items[i + 1] if i + 1 < len(items) else None
        nxt2 = items[i + 2] if i + 2 < len(items) else None
        heads_title_group = ((nxt is not None and nxt.kind in ("subtitle", "byline")) or it.meta_after
                             # the first of two title lines printed on one line (a doubled title split
                             # in two): 一张网格管到底 群众诉求有回音 / ■byline
                             or (nxt is not None and nxt.first == it.first and nxt.kind == "short"
                                 and nxt2 is not None and nxt2.kind in ("subtitle", "byline")))
        if (i > last_para or shares_line) and not heads_title_group:
            it.kind = "caption"  # nothing to head: captions at the page's end, or run together on one line
            it.extra.setdefault("photographers", [])
            continue
        prev = items[i - 1] if i else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        if heads_title_group and not (prev is not None and prev.kind == "heading" and prev.gap_after == 0
                                      and it.gap_before == 0 and not prev.level):
            it.kind = "heading"  # a title above its subtitle, byline or date, whatever the gap
            continue
        if (prev is not None and prev.kind == "heading" and prev.gap_after == 0 and it.gap_before == 0
                and nxt is not None and nxt.kind == "paragraph" and it.gap_after == 0 and han_len(it.text) >= 3
                and han_len(prev.text) >= 6 and lone_name(it.text)
                and not it.text.strip().endswith(tuple(lay.get("not_person_name_ends") or ()))):
            it.kind = "byline"  # 册亨县布依山寨吹来文明风 / 韦光荣 / 走进…: the writer's name alone under the title
            it.extra["authors"] = [re.sub(r"[\s\u3000]+", "", it.text)]
        elif prev is not None and prev.kind == "heading" and prev.gap_after == 0 and it.gap_before == 0 and not prev.level:
            it.kind = "subheading"
        elif nxt is not None and nxt.kind in ("paragraph", "short", "heading", "subtitle", "byline") and it.gap_after < big:
            it.kind = "heading"
        elif nxt is not None and nxt.kind in ("paragraph",) and it.gap_after >= big:
            it.kind = "heading"
        else:
            it.kind = "caption"
            it.extra.setdefault("photographers", [])
    _picture_items(items, lay)
    return [it.block() for it in items]


def _photo_label(text: str, lay: dict) -> bool:
    """Is `text` a photo-news column's name alone (■图片新闻, 【图片新闻】: layout.yaml photo_news_labels)?"""
    t = re.sub(r"[\s\u3000【】\[\]■●◆□]", "", text)
    return 0 < len(t) <= PHOTO_LABEL_MAX and t.endswith(tuple(lay.get("photo_news_labels") or ()))


def _story_title(prev: "_Item", over: "_Item | None", lay: dict) -> bool:
    """Is `prev`, read as a caption with no credit of its own, a picture story's title line
    right over its credited caption (无锡观察 图片新闻: 某某：步道添新绿 / text（X 摄）)? It reads as
    a headline (no sentence or clause mark, a headline's length), is set apart from any text
    above it (a blank line, or nothing but furniture), and is no column's name."""
    t = prev.text.strip()
    return (prev.kind == "caption" and not prev.extra.get("photographers") and prev.first == prev.last
            and lay["item_title_min_chars"] <= han_len(t) and len(t) <= lay["max_heading_chars"]
            and not re.search(r"[。！？!?，,；;]", t) and not _photo_label(t, lay)
            and (over is None or prev.gap_before > 0 or over.kind == "meta"))


# A photo-news column's name over its items is at most this long (■ 县区图片新闻).
PHOTO_LABEL_MAX = 10


def _picture_items(items: list["_Item"], lay: dict) -> None:
    """A picture item whose words are all its caption (■图片新闻 / 4月22日，志愿者在…。（记者 X 摄）;
    or its run-in lead-in 【题】 over that caption): under the column's name or the item's own
    title, the caption is the item's text, so that it stands as an article of its own and is not
    taken for a picture of the report above it. Its credit stays its photographers."""
    # a caption wrapped over lines right under the column's name (图片新闻 / 昨天，…组织40余名志愿 /
    # 者在海边清理垃圾。 孙立强 摄): its lines are one caption
    i = 1
    while i + 1 < len(items):
        lab, head, tail = items[i - 1], items[i], items[i + 1]
        if (lab.kind in ("caption", "heading") and _photo_label(lab.text, lay) and head.kind == "caption"
                and tail.kind == "caption" and not head.extra.get("photographers") and tail.extra.get("photographers")
                and not re.search(r"[。！？!?]\s*$", head.text) and re.search(r"[，,、]", head.text)
                and head.gap_after == 0 and tail.gap_before == 0):
            tail.text, tail.first, tail.gap_before = head.text.rstrip() + tail.text.lstrip(), head.first, head.gap_before
            del items[i]
            continue
        i += 1
    for i in range(1, len(items)):
        it, prev = items[i], items[i - 1]
        # (right under the column's name a short caption is the item: 图片新闻 / 木门镇志愿者在…。 何斌 摄)
        least = LABELLED_PHOTO_MIN_HAN if prev.kind in ("caption", "heading") and _photo_label(prev.text, lay) else PHOTO_NEWS_MIN_HAN
        if (it.kind != "caption" or not it.extra.get("photographers") or han_len(it.text) < least
                or not re.search("[。！？]", it.text)):
            continue
        over = items[i - 2] if i >= 2 else None
        if prev.kind == "caption" and _photo_label(prev.text, lay):
            prev.kind = "heading"  # ■图片新闻 read as a caption: the column's name heads its item
        elif (over is not None and over.kind == "caption" and _photo_label(over.text, lay)
              and _story_title(prev, None, dict(lay, item_title_min_chars=2))):
            # 图片新闻 / 文明游园 / its credited caption, all read as captions: the column's name
            # heads the item, the line under it is the item's own title
            over.kind = "heading"
            prev.kind, prev.level = "heading", 0
            prev.extra["item_title"] = prev.extra["story_title"] = True
            prev.extra.pop("photographers", None)
        elif _story_title(prev, over, lay):
            # 锡山：文明实践进工地 / its credited caption, set apart from what is above: a picture
            # story's own title line, even on a page of nothing but such items
            prev.kind, prev.level = "heading", 0
            prev.extra["item_title"] = prev.extra["story_title"] = True
            prev.extra.pop("photographers", None)
        elif prev.kind in ("heading", "subheading") and over is not None and over.kind in ("heading", "caption") and _photo_label(over.text, lay):
            prev.kind = "heading"  # 图片新闻 / 某某：志愿者… / its caption: the item's own title
            prev.extra["item_title"] = True
            over.kind = "heading"
        elif (prev.kind == "heading" and prev.extra.get("item_title") and over is not None
              and over.kind == "caption" and _photo_label(over.text, lay)):
            over.kind = "heading"  # 图片新闻 / 【题】: the name over the item's lead-in
        nxt = items[i + 1] if i + 1 < len(items) else None
        # (德格：说唱艺人… / [图片] / its credited caption / the next headline: the caption is all the
        # words the item has under its own headline)
        headline_over = (prev.kind == "heading" and not prev.level and it.first - prev.last <= 2
                         and len(prev.text.strip()) <= lay["max_heading_chars"]
                         and not re.search(r"[。！？!?]", prev.text) and (nxt is None or nxt.kind == "heading"))
        if not (prev.kind == "heading" and (_photo_label(prev.text, lay) or prev.extra.get("story_title") or headline_over
                                            or (prev.extra.get("item_title") and over is not None
                                                and over.kind == "heading" and _photo_label(over.text, lay)))):
            continue
        it.kind = "paragraph"
        it.extra["picture_story"] = True
