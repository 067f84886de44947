"""Bylines and photo credits: the names in them, without marks and role words.

Names come separated by spaces, 、 or /, or run together without separators
(■本报记者张三李四王五摄影报道): a run is split where every piece starts with
a surname (data/surnames.yaml), the split that is likeliest by surname
frequency and name length winning; such a split is marked as guessed.
Organisations (某某县文明办, 中国日报某某记者站) are sources, not authors.
"""
from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from contextvars import ContextVar

from ..data import load_data
from ..model import Block, DraftArticle, place_readings
from .layout import HAN, layout, patterns, township_suffixes
from ..repair.furniture import _long_name_ok, is_masthead, vocabulary
from ..repair.paragraphs import _tail_credit_re  # (a credit after a byline's names: 文/图)
from ..repair.names import COMMON_RANK, _common_surname, _surname_cost, _surnames, five_char_split_rank, split_run, transliterated_name  # noqa: F401 (read here too)
from .meta import is_org
from .words import pos_tags

# a label before the names of a byline in brackets: （作者：张三 李四）
_BYLINE_LABEL_RE = re.compile(r"^(?:作者|文\s*[/／]\s*图|图\s*[/／]\s*文|文|记者|撰稿|撰文|文字|通讯员|采写|执笔)\s*[：:]\s*")
_PLACE_REPORT_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}报[道导]$")
_SEP = re.compile(r"[\s,，、/／;；]+")
# a paper's name right before a role word (大公报记者, 文汇报记者)
_PAPER_BEFORE_ROLE_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}报$")  # (旺报, 大公报)
_NAME_TOKEN = re.compile(r"^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,8}·[\u3400-\u9fff·]{1,12}$")


def is_pen_name(word: str) -> bool:
    """An office's pen name printed where a person's name would be (a district's
    publicity office as 某宣, data/page_meta.yaml `pen_name_suffixes`): a source,
    not an author.

    >>> is_pen_name("榕宣"), is_pen_name("邕文明"), is_pen_name("张宣"), is_pen_name("刘文明")
    (True, True, False, False)
    """
    if not 2 <= len(word) <= 3 or _common_surname(word):
        return False
    return any(word.endswith(s) and len(word) > len(s) for s in vocabulary().get("pen_name_suffixes", []))


def is_place_pen_name(word: str, places: list[str]) -> bool:
    """An office's pen name made of the first character(s) of the place it writes
    for (武进区's 武宣, 江门's 江宣): like `is_pen_name`, but the surname test gives way
    when the word's head opens the name of a place the article is about.

    >>> is_place_pen_name("武宣", ["武进区", "常州市"]), is_place_pen_name("武宣", ["蓬江区", "江门市"])
    (True, False)
    >>> is_place_pen_name("邢台站", ["临西县", "邢台市"]), is_place_pen_name("桂林", ["恭城瑶族自治县", "桂林市"])
    (True, True)
    """
    v = vocabulary()
    for s in v.get("bureau_suffixes") or ():
        head = word[: -len(s)] if word.endswith(s) else ""
        if len(head) >= 2 and any(p.startswith(head) for p in places if p):
            return True  # 邢台站: the site's bureau at 邢台市
    extra = v.get("place_as_name_max_suffix", 1)
    if len(word) >= 2 and any(p.startswith(word) and 0 < len(p) - len(word) <= extra for p in places if p):
        return True  # 桂林 on a story of 桂林市's county: where it was reported from
    if not 2 <= len(word) <= 3:
        return False
    for s in v.get("pen_name_suffixes", []):
        head = word[: -len(s)] if word.endswith(s) else ""
        if head and len(head) <= 2 and any(p.startswith(head) for p in places if p):
            return True
    return False




@functools.lru_cache(maxsize=1)
def _credit_first_re() -> re.Pattern:
    """A slashed credit for text and pictures printed BEFORE the names, after the staff's
    organisation or alone (新平县融媒体中心 文/图 刀玉香): layout.yaml `byline_tail_credits`."""
    credits = sorted((c for c in layout().get("byline_tail_credits") or [] if re.search("[/／]", c)),
                     key=len, reverse=True)
    if not credits:
        return re.compile(r"(?!)")
    return re.compile(rf"^(?P<head>(?:.*?\s)?)(?P<cr>{'|'.join(map(re.escape, credits))})[ \u3000]+"
                      r"(?P<names>[\u4e00-\u9fff]{2,8}(?:[ \u3000、，,]+[\u4e00-\u9fff]{2,8})*)$")


def credit_last(text: str) -> str:
    """A byline whose both-ways credit stands before its names, the credit moved after them (the
    way it is read: … 刀玉香 文/图); the brackets go. Any other text as it was.

    >>> credit_last("（某某县融媒体中心 文/图 王小花）"), credit_last("文/图 王小花 李四")
    ('某某县融媒体中心 王小花 文/图', '王小花 李四 文/图')
    >>> credit_last("记者 王小花 文/图"), credit_last("（文/图：王小花）")
    ('记者 王小花 文/图', '（文/图：王小花）')
    """
    m = _credit_first_re().match(_unbracket(text))
    if not m:
        return text
    return f"{m.group('head')}{m.group('names')} {m.group('cr')}"


def tail_credit(text: str) -> bool:
    """A line ends with a credit for the text and the pictures (… 张三 文/图, … 张三 文并摄)."""
    return bool(_credit_tail_re().search(text))


@functools.lru_cache(maxsize=1)
def _credit_tail_re() -> re.Pattern:
    """A credit closing a byline: set apart by a space (… 韦一鸣 文/图, … 文并摄), or one with a
    slash glued to the last name (记者庞某文/图: a slash is in no name; layout.yaml byline_tail_credits)."""
    slashed = sorted((c for c in layout().get("byline_tail_credits") or [] if re.search("[/／]", c)),
                     key=len, reverse=True)
    if not slashed:
        return _tail_credit_re()
    return re.compile(rf"{_tail_credit_re().pattern}|(?<=[\u4e00-\u9fff])(?:{'|'.join(map(re.escape, slashed))})\s*$")


def _tail_re() -> re.Pattern:
    words = sorted(layout().get("byline_tail_words", []), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})$") if words else re.compile(r"(?!)")


# The page's place finder while its articles are split (structure/articles.split_articles sets it):
# byline readers deep in the stage ask it without a finder passed down every call.
_PLACE_FINDER: ContextVar = ContextVar("place_finder", default=None)


@contextmanager
def places_known(find_places):
    """While the page's blocks are read and split, byline readers may ask `find_places`."""
    token = _PLACE_FINDER.set(find_places)
    try:
        yield
    finally:
        _PLACE_FINDER.reset(token)


def _is_division_name(name: str) -> bool:
    """Is `name` a division's name or short form (景东 of 景东彝族自治县)? Before 报道 closing a
    byline it says where the item was reported from, even when it opens with a surname."""
    find_places = _PLACE_FINDER.get()
    if find_places is None:
        return False
    hits = place_readings(find_places, name) or find_places(name) or []
    return any(off == 0 and n == name for off, _c, n in hits)


def lone_name(text: str) -> bool:
    """Is a short line alone one person's name (欧阳明, 程立新, 邝思远)? A surname and one or two
    characters more (a common surname when only one), not a division's name (金山) and not a
    word of jieba's dictionary other than a name (高质量, 方向). Its shape only: alone, a short line may be anything (金名片 has a
    name's shape), so the caller needs a context that expects a name there.

    >>> lone_name("欧阳明"), lone_name("程立新"), lone_name("邝思远"), lone_name("高质量"), lone_name("方向")
    (True, True, True, False, False)
    >>> lone_name("再出发"), lone_name("新气象"), lone_name("高颜值"), lone_name("金名片"), lone_name("向未来")
    (False, False, False, False, False)
    """
    t = re.sub(r"[\s\u3000]+", "", text)
    if transliterated_name(t) and not _is_division_name(t):
        return True  # 才让东智, 斯琴高娃: a Tibetan or Mongolian name, no surname
    cost = _surname_cost(t) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t) else None
    if (cost is None or len(t) - cost[1] not in (1, 2) or (len(t) == 2 and not _common_surname(t))
            or _is_division_name(t)):
        return False
    tags = pos_tags(t)
    if len(tags) == 1:
        return tags[0][1].startswith("nr")
    # (a surname's character over a word of things, times or qualities is a phrase: 高颜值, 向未来,
    # 金名片; a given name reads as a name or another word, 韦明珠, 程立新)
    return tags[-1][1] not in _PHRASE_TAIL_TAGS


# jieba's tags of a line's last word that make a short line a phrase, not a given name
_PHRASE_TAIL_TAGS = frozenset({"n", "t", "a", "ng", "v", "vn", "m", "q", "f", "s", "an", "ad"})


def _unbracket(text: str) -> str:
    """A byline printed in brackets, （文/图　本报记者　林海） or 【旺报记者李宛蓉／综合报导】: its inside."""
    t = text.strip()
    m = re.fullmatch(r"[（(](.+)[）)]", t) or re.fullmatch(r"【(.+)】", t)
    return m.group(1).strip() if m else t


def _strip_tail(word: str, tail: re.Pattern) -> str:
    """A byline word without the words after its names (张三李四摄影报道 -> 张三李四); a
    surname and the tail's character are a name (揭文, 李文), not a name and 文.

    >>> _strip_tail("揭文", _tail_re()), _strip_tail("张三摄", _tail_re()), _strip_tail("图文", _tail_re())
    ('揭文', '张三', '图')
    >>> _strip_tail("罗兴文", _tail_re()), _strip_tail("上官文", _tail_re())
    ('罗兴文', '上官文')
    
    """
    while word and tail.search(word) and len(word) > 1:
        cut = tail.sub("", word)
        if len(cut) == 1 and len(word) == 2 and cut in _surnames()[0]:
            break  # 揭文: a person
        if len(word) == 3 and word.endswith("文") and cut[:1] in _surnames()[0]:
            break  # 罗兴文: a three-character name (text by 罗兴 is printed apart: 罗兴 文)
        if cut in _surnames()[1] and len(word) == len(cut) + 1:
            break  # 上官文: a compound surname and its given name (a compound surname alone is no name)
        word = cut
    return word


# a paper's dateline label in brackets opening a byline (【明报专讯】, 【本报讯】, 【大公报报道】)
def without_author_marks(text: str) -> str:
    """An author line without its affiliation marks (沙某¹ 牛某², 张某*), its notes on an
    author's part (柯某（通讯作者）) and a pupil's class before it (初二（3）班 小记者 某某):
    layout.yaml `author_affiliation_marks`, `author_part_notes`, `byline_class_prefix`.

    >>> without_author_marks("沙雨晴¹　牛振国²"), without_author_marks("柯晓明（通讯作者）")
    ('沙雨晴　牛振国', '柯晓明')
    >>> without_author_marks("初一（2）班 小记者 罗晓晴")
    '小记者 罗晓晴'

    """
    lay = layout()
    marks = lay.get("author_affiliation_marks") or ""
    notes = lay.get("author_part_notes") or []
    out = text
    if lay.get("byline_class_prefix"):  # 初二（3）班 小记者 某某: the pupils' class
        out = re.sub(lay["byline_class_prefix"], "", out)
    if notes:
        out = re.sub(r"\s*[（(]\s*(?:%s)\s*[）)]" % "|".join(map(re.escape, notes)), "", out)
    out = _UNIT_NOTE_RE.sub(lambda m: "" if is_org(m.group(1)) else m.group(0), out)  # 某某（区委宣传部）: the workplace
    if marks:  # a mark right after a name (or another mark, ¹,²), never a stray one alone
        out = re.sub(r"(?<=[\u4e00-\u9fff%s])[%s]+(?:[,，][%s]+)*" % ((re.escape(marks),) * 3), "", out)
    return out


_DATELINE_LABEL_RE = re.compile(r"^[【\[][^【】\[\]]{1,12}(?:讯|报道)[】\]]\s*")


@functools.lru_cache(maxsize=1)
def _spaced_role_re() -> re.Pattern:
    """A role word of three characters or more copied with spaces inside it (本报 记者, 通 讯 员)."""
    roles = sorted((r for r in layout()["byline_roles"] if len(r) >= 3), key=len, reverse=True)
    return re.compile("|".join("[ \u3000]?".join(map(re.escape, r)) for r in roles))


def _unspaced_roles(body: str) -> str:
    """本报 记者綦文涛: the role word whole again, so that 本报 is never read as a name."""
    return _spaced_role_re().sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), body) if " " in body else body


@functools.lru_cache(maxsize=1)
def _credit_labels() -> frozenset[str]:
    return frozenset(layout().get("byline_credit_labels") or ())


@functools.lru_cache(maxsize=1)
def _dateline_word_re() -> re.Pattern:
    """A dateline marker where a byline's names stand (data/layout.yaml byline_dateline_word)."""
    return re.compile(layout()["byline_dateline_word"])


def _tokens(text: str) -> list[str]:
    """The words of a byline without its mark, organisations (with their 供稿)
    and role words: 本报记者 张三 中国日报某某记者站供稿 -> [张三]."""
    pats = patterns()
    tail = _tail_re()
    out: list[str] = []
    # (a bare 文 or 图 after a mark labels what follows: □文 本报记者 X, □图 Y)
    text = without_author_marks(text)  # 沙某¹ 牛某²: the marks point at affiliations
    body = re.sub(r"^(?:文|图)\s+(?=\S)", "", pats["mark"].sub("", _unbracket(text)))
    body = _credit_tail_re().sub("", body)  # 本报记者 程晓云 文/图: the credit after the names
    body = _DATELINE_LABEL_RE.sub("", body)  # 【明报专讯】记者 X 上海报道: the paper's dateline label
    body = re.sub(r"\s*[/／]\s*[\u4e00-\u9fff]{2,6}报[道导]\s*$", "", body)  # 记者林育贤／花莲报导: where, not who
    # 南海网、南海网客户端记者 符 晶: a site and its app naming one role (the 、 is no list of names)
    body = _unspaced_roles(body)
    opening = body.lstrip()  # (what the byline opens with, before its roles are read)
    # (an app and the paper it carries, 某某云/某某日报记者: the same, one role)
    body = pats["role"].sub(lambda m: " " if re.search("[、/／]", m.group(0)) else m.group(0), body)
    body = _join_cut_name(_squeeze_letter_spaced(body))
    toks = [t for t in _SEP.split(body) if t.strip()]
    first_role_tok = next((k for k, t in enumerate(toks) if pats["role"].search(t)), None)
    org_word = vocabulary()["org_word_re"]
    for k_tok, tok in enumerate(toks):
        tok = tok.strip("（）()【】[]：:｜丨|")  # (a bar for the colon: 摄像丨马骏)
        bare = _strip_tail(tok, tail)
        if not bare:
            continue
        if first_role_tok is not None and k_tok < first_role_tok and len(bare) >= 3 and org_word.fullmatch(bare):
            continue  # 新安晚报 安徽网 大皖新闻记者 X: the paper's site and app before its role, no names
        if is_org(bare):
            # an organisation is a source, not an author; names and roles may be run
            # together before it (通讯员唐琪彬通讯员南浔区文明办) but not inside it (记者站)
            roles = list(pats["role"].finditer(bare))
            head = bare[: roles[-1].end()] if roles else ""
            if not roles or not is_org(bare[roles[-1].end():]):
                continue
            tok = head
        first_role = pats["role"].search(tok)
        if (first_role and k_tok == 0 and opening.startswith(tok) and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", tok[:first_role.start()])
                and not pats["role"].search(tok[:first_role.start()])
                and not (len(tok[:first_role.start()]) <= 3 and _common_surname(tok[:first_role.start()]))):
            # 草原云记者 其其格: an app's or brand's name glued before the byline's first role, a
            # source (not a name that lost its space before a role: 记者 马海燕实习生 马文龙, or
            # 黄晓平通讯员饶志刚 once an inline byline's 记者 is cut)
            tok = tok[first_role.start():]
        for word in pats["role"].sub(f" {_ROLE_GAP} ", _BYLINE_LABEL_RE.sub("", tok)).split():
            if word == _ROLE_GAP:
                out.append(word)  # (where a role word stood: names never run on across it)
                continue
            word = word.strip("：:｜丨|")
            if word in _credit_labels():
                continue  # 文/视频 某某报记者 张三: what the names made, a label
            if _dateline_word_re().match(word.strip("（）()【】[] ")):
                continue  # 本报讯 记者从… / 本报讯（记者 张三）: the paper's dateline, never a person
            if pats["trailing_role"].fullmatch(word):
                continue  # 林韵诗 上海特派员: where the correspondent is posted, not a name
            if _PLACE_REPORT_RE.match(word) and (word[0] not in _surnames()[0] or (
                    len(word) >= 6 and split_run(word[:-2]) is None) or _is_division_name(word[:-2])):
                continue  # 潍坊报道, 江苏昆山报道, 景东报道: where it was reported from, not a name
            word = _strip_tail(word, tail)
            if _PAPER_BEFORE_ROLE_RE.match(word) and pats["role"].match(tok, tok.find(word) + len(word)):
                continue  # 大公报记者 黄嘉敏: the paper the reporter is of, not a name
            if "·" in word and (is_org(word.split("·", 1)[0]) or _PAPER_BEFORE_ROLE_RE.match(word.split("·", 1)[0])):
                continue  # 某某晚报·某某壹点 记者 X, 某某报·某视频记者 X: a paper and its app, a source (a name's dot joins names)
            if word and not is_org(word) and not is_pen_name(word):
                out.append(word)
    # the names between two role words go together, never across one (本报记者 敖 静 通讯员 申 晓龙:
    # 敖静 and 申晓龙, not a letter-spaced 敖静申 and a 晓龙 without its surname)
    groups: list[list[str]] = [[]]
    for word in out:
        if word == _ROLE_GAP:
            groups.append([])
        else:
            groups[-1].append(word)
    return [name for group in groups for name in _join_spaced_pairs(group)]


# a marker put where a role word stood in a byline's words (never a character of a name)
_ROLE_GAP = "\x00"


# a two-character name and one character standing alone after it (本报记者 孟庆 波 通讯员 …)
_CUT_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2}) ([\u4e00-\u9fff])(?=\s|$)")


def _join_cut_name(body: str) -> str:
    """A scanner's space cutting a three-character name (孟庆 波): a lone character is never
    a name, nor a credit word (文, 图, 摄: layout.yaml byline_tail_words); after a name of
    two characters opening with a surname it is that name's last character."""
    tails = set(layout().get("byline_tail_words") or ()) | {"图", "等"}
    pats = patterns()

    def glue(m: re.Match) -> str:
        name, ch = m.group(1), m.group(2)
        if ch in tails or not _common_surname(name) or pats["role"].fullmatch(name) or pats["role_word"].search(name):
            return m.group(0)
        return name + ch
    return _CUT_NAME_RE.sub(glue, body)


def _squeeze_letter_spaced(body: str) -> str:
    """Names printed letter-spaced with a wider gap between them (通讯员 杨 丽 华  字 春 燕): each
    run of single characters between the wide gaps is one name (杨丽华, 字春燕), whatever a
    split by surnames would guess (字 is a surname too). Nothing changes without wide gaps."""
    if not re.search(r"[\u4e00-\u9fff](?: {2,}|\u3000+)[\u4e00-\u9fff]", body):
        return body
    parts = re.split(r"(\s+)", body)
    out: list[str] = []
    k = 0
    while k < len(parts):
        run = k
        while (run + 2 < len(parts) and len(parts[run]) == 1 and HAN.match(parts[run]) and parts[run + 1] == " "
               and len(parts[run + 2]) == 1 and HAN.match(parts[run + 2])):
            run += 2
        if run > k and (run - k) // 2 + 1 <= 4:
            out.append("".join(parts[k:run + 1:2]))
            k = run + 1
        else:
            out.append(parts[k])
            k += 1
    return "".join(out)


def _join_spaced_pairs(words: list[str]) -> list[str]:
    """A one-character word and the word after it are one name printed with a space
    (杨 帆 -> 杨帆; a surname before two characters that do not start a name: 鲍 春雨).

    >>> _join_spaced_pairs(["陇", "丽", "芬"]), _join_spaced_pairs(["吉", "伍", "阿", "呷"])
    (['陇丽芬'], ['吉伍阿呷'])
    >>> _join_spaced_pairs(["郑", "颖", "缪", "可"]), _join_spaced_pairs(["叶", "娜", "岩", "温"])
    (['郑颖', '缪可'], ['叶娜', '岩温'])
    """
    if 3 <= len(words) <= 4 and all(len(w) == 1 and HAN.match(w) for w in words) and not (
            len(words) == 4 and (_common_surname(words[0]) or _common_surname(words[2]))):
        # a role's whole group printed letter-spaced (记者 陇 丽 芬, 通讯员 吉 伍 阿 呷): one name, even
        # with a rare surname or a Yi name's pieces; four are two names where either half opens
        # with a common surname (郑 颖 缪 可, 宫 雪 杨 柳, 叶 娜 岩 温)
        return ["".join(words)]
    out: list[str] = []
    k = 0
    while k < len(words):
        run = 0
        while k + run < len(words) and len(words[k + run]) == 1 and HAN.match(words[k + run]):
            run += 1
        nxt = words[k + 3] if run == 3 and k + 3 < len(words) else ""
        if (len(nxt) == 2 and HAN.fullmatch(nxt[0]) and nxt[0] not in _surnames()[0]
                and words[k] in _surnames()[0] and words[k + 2] in _surnames()[0]):
            # 敖 静 申 晓龙: two characters that open with no surname are a name's given part, the
            # single character before them its surname (敖静, 申晓龙; not 敖静申 and a bare 晓龙)
            out += [words[k] + words[k + 1], words[k + 2] + nxt]
            k += 4
            continue
        if run == 3 and words[k] in _surnames()[0]:
            out.append("".join(words[k:k + 3]))  # 祁 海 燕 -> 祁海燕: one name printed letter-spaced
            k += 3
            continue
        if run >= 4 and words[k] in _surnames()[0]:
            parts = split_run("".join(words[k:k + run]))  # 潘 光 明 龙 雨 欣: names split by surname
            if parts:
                out.extend(parts)
                k += run
                continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if len(words[k]) == 1 and HAN.match(nxt[:1]) and (len(nxt) == 1 or (
                len(nxt) == 2 and words[k] in _surnames()[0])):
            # 杨 帆 -> 杨帆; 鲍 春雨 -> 鲍春雨, 屈 原野 -> 屈原野 (OCR split a name: a surname alone is
            # no one's name, whatever the word after it opens with)
            out.append(words[k] + nxt)
            k += 2
        else:
            out.append(words[k])
            k += 1
    return out


# (or right after a name when the spaces were lost: 文/本报记者孙莉图/本报记者周强)
_PICTURE_PART_RE = re.compile(r"(?:\s+|(?<=[\u4e00-\u9fff]))图\s*[/／｜丨|]\s*")


@functools.lru_cache(maxsize=1)
def _photo_then_text_re() -> re.Pattern:
    """A credit line naming who took the picture, then who wrote the words (通讯员 某甲 摄 文 某乙):
    the pictures' part up to its 摄, the words' part after a text credit (layout.yaml text_credit_words)."""
    shot = "|".join(map(re.escape, sorted(layout()["photo_credit_words"], key=len, reverse=True)))
    words = "|".join(map(re.escape, sorted(layout().get("text_credit_words") or ["(?!)"], key=len, reverse=True)))
    return re.compile(rf"^(?P<pics>[^（()）：:]*?[\u4e00-\u9fff][ \u3000]*(?:{shot}))[ \u3000]+(?:{words})[ \u3000]*[/／：:]?[ \u3000]*"
                      r"(?P<words>[\u4e00-\u9fff][\u4e00-\u9fff· \u3000、]{1,30})$")


@functools.lru_cache(maxsize=1)
def _text_then_photo_re() -> re.Pattern:
    """A credit line naming who wrote the words, then who took the pictures (本报记者 某甲 文 某乙
    摄影): the words' part up to a text credit set apart by spaces (layout.yaml text_credit_words),
    the pictures' part after it, closed by a picture credit (photo_credit_words)."""
    shot = "|".join(map(re.escape, sorted(layout()["photo_credit_words"], key=len, reverse=True)))
    words = "|".join(map(re.escape, sorted(layout().get("text_credit_words") or ["(?!)"], key=len, reverse=True)))
    return re.compile(rf"^(?P<words>[^（()）：:]*?[\u4e00-\u9fff])[ \u3000]+(?:{words})[ \u3000]+"
                      rf"(?P<pics>[\u4e00-\u9fff][\u4e00-\u9fff· \u3000、]{{0,30}}?[ \u3000]*(?:{shot}))$")


def text_then_photo(text: str) -> tuple[str, str] | None:
    """(the words' part, the pictures' part) of a byline crediting the text, then the pictures
    (本报记者 颜 某 文 宫某某 摄影), when both parts hold only names and role words; else None.

    >>> text_then_photo("本报记者 孟 青 文 韩立军 摄影"), text_then_photo("记者 孟 青 文 韩 军 摄")
    (('本报记者 孟 青', '韩立军'), ('记者 孟 青', '韩 军'))
    >>> text_then_photo("市民在公园里散步 文 韩立军 摄") is None
    True
    """
    m = _text_then_photo_re().match(text.strip())
    if not m:
        return None
    pics = re.sub(r"[ \u3000]*(?:" + "|".join(map(re.escape, sorted(layout()["photo_credit_words"], key=len, reverse=True))) + ")$", "", m.group("pics"))
    if not names_only(m.group("words")) or not names_only(pics):
        return None
    return m.group("words"), pics


@functools.lru_cache(maxsize=1)
def _editor_label_re() -> re.Pattern:
    """An editor's label with its mark (编辑/, 责编：, 审核 |): data/page_meta.yaml labels of editors."""
    labels = sorted((k for k, f in load_data("page_meta.yaml")["labels"].items() if f == "editor"), key=len, reverse=True)
    return re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, labels))})\s*[/／：:|｜]")


def split_photo_roles(text: str) -> tuple[str, str]:
    """(the words' part, the pictures' part) of a byline: names after a photo role
    (摄像, 摄影记者: data/layout.yaml photo_roles) credit the pictures, up to the
    next other role.

    >>> split_photo_roles("记者：蒲晓燕 赵磊 摄像：杜宇航")
    ('记者：蒲晓燕 赵磊 ', '摄像：杜宇航')
    >>> split_photo_roles("通讯员 王小红 摄 文 李 强")
    ('李 强', '通讯员 王小红 摄')
    >>> split_photo_roles("文/陈岚 图/买买提·吐尔逊 编辑/周婷")
    ('文/陈岚', '买买提·吐尔逊')
    """
    photo = tuple(sorted(layout()["photo_roles"], key=len, reverse=True))
    m = _photo_then_text_re().match(text.strip())
    if m:  # 通讯员 某甲 摄 文 某乙: the picture's credit first, then the words' (layout.yaml text_credit_words)
        return m.group("words"), m.group("pics")
    both = text_then_photo(text)
    if both:  # 本报记者 某甲 文 某乙 摄影: the words' credit first, then the pictures'
        return both
    m = _PICTURE_PART_RE.search(text)
    if m and m.start() > 0:  # 文/记者 冯诗琪 … 图/记者 邓宇航: the part after 图/ credits the pictures
        pics = text[m.end():]
        e = _editor_label_re().search(pics)  # (… 图/某某 编辑/某某: up to the editor's label)
        return text[:m.start()], pics[:e.start()] if e else pics
    words, pics, pos, into = [], [], 0, None
    for m in patterns()["role"].finditer(text):
        (pics if into else words).append(text[pos:m.start()])
        role = m.group(0)
        into = role.endswith(photo) and bool(re.match(r"\s*[：:｜丨|/／]?\s*[\u4e00-\u9fff]", text[m.end():]))
        (pics if into else words).append(role)
        pos = m.end()
    (pics if into else words).append(text[pos:])
    return "".join(words), "".join(pics)


def byline_photographers_of(text: str) -> list[str]:
    """The names a byline credits with the pictures or film (摄像：杜宇航)."""
    text = credit_last(without_channel_label(text))
    tail = next((t for t in layout()["photo_report_tails"] if text.rstrip().endswith(t)), None)
    if tail:  # 本报记者 X Y 摄影报道: they wrote it and took its pictures
        return byline_names(text.rstrip()[: -len(tail)])[0]
    if tail_credit(_unbracket(text)):  # 记者 X 文并摄, 记者 X 文 图: the same
        return byline_names(text)[0]
    pics = split_photo_roles(text)[1]
    return byline_names_of_words(pics)[0] if pics else []


# an app's channel before a byline, set apart by a bar (新闻 | 记者 X Y): at most this many characters
CHANNEL_LABEL_MAX = 4


def without_channel_label(text: str) -> str:
    """A byline without the app's channel printed before it and a bar (新闻 | 记者 金某 李某 ->
    记者 金某 李某): the channel is no name. Only when a role word opens what follows the bar
    and names fill it; any other text as it was.

    >>> without_channel_label("新闻 | 记者 朴成浩 李玉兰"), without_channel_label("新闻 | 今日要闻")
    ('记者 朴成浩 李玉兰', '新闻 | 今日要闻')
    """
    m = re.match(rf"^[\u4e00-\u9fff]{{1,{CHANNEL_LABEL_MAX}}}[ \u3000]*[|｜丨][ \u3000]*", text.strip())
    if not m:
        return text
    rest = text.strip()[m.end():]
    pats = patterns()
    if pats["role"].match(rest) and pats["names_line"].match(rest) and names_only(rest):
        return rest
    return text


# a note of the writer's people after the name, in brackets (字春梅（彝族）, 巴特尔(蒙古族))
_ETHNICITY_NOTE_RE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}族[）)]")


def byline_names(text: str) -> tuple[list[str], bool]:
    """(names, guessed): the people a byline names as authors (not those credited
    with the pictures only); `guessed` when a run of names without separators had
    to be split by surname."""
    text = _ETHNICITY_NOTE_RE.sub("", text)  # □ 字春梅（彝族）: the writer's people, no name
    # (通讯员 上官云飞（区委宣传部）: where the writer works, in brackets after the name, no name)
    text = _UNIT_NOTE_RE.sub(lambda m: "" if is_org(m.group(1)) else m.group(0), text)
    signed = signature_names(text)
    if signed is not None:
        return signed, False
    text = credit_last(without_channel_label(text))  # (新平县融媒体中心 文/图 刀玉香: read as … 刀玉香 文/图)
    text = _outlet_before_role(text)
    names, guessed = byline_names_of_words(split_photo_roles(text)[0])
    # (（江口镇 陈美华 黄志鹏）: the town the writers report from, no one's name; □县妇联主席　某某:
    # the writer's post before the name, no name either)
    posts = tuple(vocabulary().get("speaker_posts") or ())
    return [n for n in names if not _unit_place(n) and not (len(n) >= 4 and n.endswith(posts))], guessed


_UNIT_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{2,16})[）)]")


def _unit_place(name: str) -> bool:
    """A town, township, street office or community named among a byline's names (江口镇,
    某某街道): where the writers work, never a person."""
    # (not 村: 张立村 may be a person's name)
    return len(name) >= 3 and name.endswith(tuple(s for s in township_suffixes() if s != "村"))


def _outlet_before_role(text: str) -> str:
    """A byline opening with a paper's short name glued to the role word (采写：南都记者 某某,
    央视记者 某某): the name is the paper's, no person's; it goes. Only at the byline's start
    (names run together later on, 记者张三李四通讯员王五, stay).

    >>> _outlet_before_role("采写：南都记者 冼志聪"), _outlet_before_role("本报记者 张三")
    ('采写：记者 冼志聪', '本报记者 张三')
    """
    m = re.match(r"^((?:[^\s：:]{1,4}[：:]\s*)?)([\u4e00-\u9fff]{2})(记者)(?=\s)", text.strip())
    if not m or m.group(2).startswith(("本", "特约", "实习", "驻站", "首席")):
        return text  # (本报记者: the paper's own reporter, a role word whole)
    return text.strip()[:m.start(2)] + text.strip()[m.end(2):]


# a commentary signed at its end with a note on who wrote it: 叶晓东（作者系某某大学教授）,
# （作者：郑小明，某某市委党校讲师）
_NAME_THEN_NOTE_RE = re.compile(r"^([^\s（()）：:，,。]{2,12})\s*[（(]\s*作者(?:系|为|是|单位)[^（()）]{2,60}[）)]$")
_LABEL_NAME_NOTE_RE = re.compile(r"^[（(]\s*作者\s*[：:]?\s*([^（()）：:，,。]{2,12})\s*[，,]\s*[^（()）]{2,60}[）)]$")


def signature_names(text: str) -> list[str] | None:
    """The author's name when `text` is a piece's signature with a note on who wrote it
    (叶晓东（作者系某某大学教授）, （作者：郑小明，某某市委党校讲师）); None otherwise.

    >>> signature_names("叶晓东（作者系温州大学副教授）"), signature_names("（作者：郑小明，乐清市委党校讲师）")
    (['叶晓东'], ['郑小明'])
    >>> signature_names("文明创建常态化（作者系本报记者）") is None, signature_names("（作者系本报特约评论员）") is None
    (True, True)
    >>> signature_names("文/淳于一鸣（历史文化学院2022级）"), signature_names("文/淳于一鸣（摄）")
    (['淳于一鸣'], None)
    """
    t = text.strip()
    m = _NAME_THEN_NOTE_RE.match(t) or _LABEL_NAME_NOTE_RE.match(t)
    if not m:
        m = re.match(rf"^(?:{layout()['byline_label_mark']})([^\s（()）：:，,。/／]{{2,12}})\s*[（(]([^（()）]{{2,40}})[）)]$", t)
        if not m or not re.search(layout()["affiliation_note"], m.group(2)):
            return None
        # 文/淳于一鸣（历史文化学院2022级）: the writer marked as such, then where they study or work
    return names_only(m.group(1))


def byline_names_of_words(text: str) -> tuple[list[str], bool]:
    names: list[str] = []
    guessed = False
    tokens = _tokens(text)

    def two_names(tok: str) -> list[str] | None:
        parts = split_run(tok)
        if parts and len(parts) == 2 and all(_common_surname(x) for x in parts) \
                and not any(tok.startswith(c) for c in _surnames()[1]):
            return parts
        return None

    # a byline that sets apart a four-character name that cannot be two (吉克阿呷, a Yi name)
    # lists names of four characters: its other four-character words are names too (马海伍各)
    four_char_names = any(len(t) == 4 and HAN.fullmatch(t[0]) and "·" not in t and two_names(t) is None
                          and all(HAN.fullmatch(c) for c in t) for t in tokens)
    for tok in tokens:
        if not HAN.search(tok) or len(tok) == 1:
            continue
        if len(tok) == 4 and "·" not in tok and not four_char_names:
            parts = two_names(tok)
            if parts:
                names.extend(parts)  # 林英孙航: two names of two characters
                guessed = True
                continue
        if len(tok) > 4 and "·" not in tok:
            parts = split_run(tok)
            if parts is not None and (len(tok) >= 6 or all(_common_surname(x, five_char_split_rank()) for x in parts)):
                names.extend(parts)
                guessed = guessed or len(parts) > 1
                continue
            if len(tok) > 6:
                continue
            guessed = True  # five characters: one name (乌云其木格) or two run together
        names.append(tok)
    return list(dict.fromkeys(names)), guessed


def parse_byline(text: str) -> list[str]:
    """Names in a byline, without marks and role words.

    >>> parse_byline("□本报记者 郑学良 呼和浩特日报社记者 刘军 李海珍")
    ['郑学良', '刘军', '李海珍']
    >>> parse_byline("□王悦峰 郝璐 陈可")
    ['王悦峰', '郝璐', '陈可']
    >>> parse_byline("■本报记者张三李四王五赵六摄影报道")
    ['张三', '李四', '王五', '赵六']
    >>> parse_byline("文/图 阿依古丽·买买提 实习生 马晓燕")
    ['阿依古丽·买买提', '马晓燕']
    >>> parse_byline("记者 次仁多吉 通讯员 琼海市文明办")
    ['次仁多吉']
    """
    return byline_names(text)[0]


def byline_photographers(bylines: list[str]) -> list[str]:
    """Names of the bylines that credit the pictures too (layout.yaml `photo_byline_marks`).

    >>> byline_photographers(["图/文 本报记者 金成浩", "本报记者 张三"])
    ['金成浩']
    >>> byline_photographers(["文/ 本报记者 李四"]), byline_photographers(["（文/图 本报记者 林海）"])
    ([], ['林海'])
    >>> byline_photographers(["某某晚报讯（记者 林海、周二 文/摄）"])
    ['林海', '周二']
    """
    marks = tuple(layout().get("photo_byline_marks") or ())
    out: list[str] = []
    for line in bylines:
        # (a lead's dateline before the bracket, 某某报讯（记者 X、Y 文/摄）: the bracket is the byline)
        m = _DATELINE_BRACKET_RE.match(line.strip())
        line = m.group(1) if m else line
        if _unbracket(line).lstrip("□■◎● \u3000").startswith(marks) or _credit_tail_re().search(_unbracket(line)):
            out += [n for n in parse_byline(line) if n not in out]
    return out


# a lead's dateline and its byline in brackets, alone (某某报讯（记者 甲 文/图）)
_DATELINE_BRACKET_RE = re.compile(r"^[^（(）)\s]{2,24}?(?:讯|消息)\s*([（(][^（()）]{2,80}[）)])$")


def shared_picture_credit(bylines: list[str]) -> list[str]:
    """Names of bylines that credit words and pictures to several people at once (记者 X 通讯员 Y
    文/图): the credit does not say which of them took the pictures, a caption's 摄 may.

    >>> shared_picture_credit(["记者 林一 通讯员 周二 文/图"]), shared_picture_credit(["记者 林一 文/图"])
    (['林一', '周二'], [])
    """
    out: list[str] = []
    for line in bylines:
        pics = byline_photographers_of(line)
        if len(pics) >= 2 and set(pics) <= set(byline_names(line)[0]):
            out += [n for n in pics if n not in out]
    return out


def looks_like_names(text: str) -> bool:
    """A line of words separated by spaces reads as names: a role word is
    written, or every word starts with a surname (a section heading
    网格治理 服务到家 does not).

    >>> looks_like_names("王悦峰 郝璐 陈可"), looks_like_names("网格治理 服务到家"), looks_like_names("记者 次仁多吉")
    (True, False, True)
    >>> looks_like_names("记者手记"), looks_like_names("周建华讲话　李明远主持")
    (False, False)
    >>> looks_like_names("额日德木·巴特尔 萨仁高娃")
    True
    """
    pats = patterns()
    if re.sub(r"\s+", "", text) in layout()["reporter_columns"]:
        return False  # 记者手记: a column's name
    verbs = tuple(layout()["meeting_verbs"])
    if any(len(w) > len(v) + 1 and w.endswith(v) for w in _SEP.split(text.strip()) for v in verbs if w.endswith(verbs)):
        return False  # 周建华讲话 李明远主持: who spoke and who chaired
    if pats["role"].search(text):
        return True
    words = [w for w in _SEP.split(text.strip()) if w and not is_org(w) and not pats["trailing_role"].fullmatch(w)]
    if not words:
        return False
    if len(words) >= 2 and all(len(w) == 4 and (_surname_cost(w) or (0, 0))[1] == 1 for w in words):
        return False  # 温泉之乡 文明为先: four-character phrases set as a couplet, no names
    if len(words) >= 2 and len({len(w) for w in words}) == 1 and len(words[0]) >= 5 and not any("·" in w for w in words):
        return False  # 桂花飘香处 文明入人心: phrases of five or more set as a couplet (a headline's 引题)
    if (any("·" in w for w in words) and all(len(w) <= 5 for w in words if "·" not in w)
            and not any(_is_division_name(p) for w in words if "·" in w for p in w.split("·"))):
        # 额日德木·巴特尔 萨仁高娃: beside a transcribed name, a Mongol name written whole (not a
        # page's section, 区域·武进 溧阳, naming places)
        return True
    return all(_surname_cost(w) is not None or "·" in w for w in words)


# a note on who the author is, not a byline: （作者系本报特约评论员）
_AUTHOR_NOTE_RE = re.compile(r"作者(?:系|为|是|单位|简介)")


def _noted_author(note: str) -> list[str] | None:
    """The name closing an author note after its role (作者系本报评论员 霍某某 -> [霍某某];
    layout.yaml byline_roles); None when the note names no one (作者系本报特约评论员).

    >>> _noted_author("作者系本报评论员 霍明远"), _noted_author("作者系本报特约评论员")
    (['霍明远'], None)
    """
    m = re.match(r"作者(?:系|为|是)\s*(\S{2,20}?)[ \u3000]+(\S.{0,12})$", note)
    if not m or not m.group(1).endswith(tuple(layout().get("byline_roles") or ())):
        return None
    return names_only(m.group(2))


def _whole_long_name(token: str) -> bool:
    """A name of five or six characters written whole, no middle dot (吐尔逊娜依, 乌云其木格,
    阿拉坦其其格), after a role word: one person's name, unless it holds an organisation's or
    credit's word (page_meta.yaml `long_name_not_words`, `organisation_suffixes`)."""
    return len(token) in (5, 6) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", token)) and _long_name_ok(token, vocabulary())


def names_only(text: str) -> list[str] | None:
    """The names when `text` (the inside of brackets) holds only names and role
    words; None when anything else is there (（扩大）, （试行）, （2023年）).

    >>> names_only("记者 王小明 通讯员 黄丽")
    ['王小明', '黄丽']
    >>> names_only("张三 李四"), names_only("扩大"), names_only("试行版")
    (['张三', '李四'], None, None)
    >>> names_only("作者：马晓燕 杨 帆"), names_only("作者系本报特约评论员"), names_only("文/尕松江措")
    (['马晓燕', '杨帆'], None, ['尕松江措'])
    """
    pats = patterns()
    if _AUTHOR_NOTE_RE.match(text.strip()):
        return None  # （作者系本报特约评论员）: who the author is
    t = _BYLINE_LABEL_RE.sub("", text.strip())  # （作者：马晓燕 杨 帆）
    unmarked = re.sub(rf"^{layout()['byline_label_mark']}", "", t)  # （文/尕松江措）: the words' mark
    marked, t = unmarked != t, unmarked
    if not t or re.search(r"[0-9A-Za-z。，！？；：:]", t):
        return None
    people = _tokens(t)
    names, _ = byline_names(t)
    role_written = pats["role"].search(t) is not None or marked  # (a mark says a name follows, as a role does)
    if not names or any(not (_NAME_TOKEN.match(x) or split_run(x) or (role_written and _whole_long_name(x))
                             or transliterated_name(x))  # (阿拉坦其其格: a Mongolian name of six)
                        for x in people):
        return None
    if not role_written and len(people) == 1 and transliterated_name(people[0]):
        return [people[0]]  # （拉巴次仁）: a Tibetan or Mongolian name, no surname
    if not role_written and (len(people) == 1 and _surname_cost(people[0]) is None):
        return None
    if not role_written and len(people) == 1 and len(people[0]) > 4 and len(names) < 2 and "·" not in people[0]:
        return None  # (a name of a people who write it with a middle dot, 阿依古丽·吐尔逊, is long)
    return names


def parse_photo_credit(text: str) -> tuple[str, list[str]]:
    """Split 'caption  NAME 摄' into (caption, [names]); names-only lines give ('', names).
    Who gave a picture without being named (受访者供图, 资料图: layout.yaml
    `photo_sources_not_people`) is no photographer.

    >>> parse_photo_credit("受访者供图"), parse_photo_credit("图为新建的公园。 资料图片 摄")
    (('', []), ('图为新建的公园。', []))
    >>> parse_photo_credit("吉祥物亮相。　区文明办供图")
    ('吉祥物亮相。', [])
    """
    caption, names = _photo_credit(text)
    unnamed = set(layout().get("photo_sources_not_people") or ())
    # (区文明办供图: an office gave the picture; it is a source, no photographer)
    return caption, [n for n in names if n not in unnamed and not is_org(n)]


def _photo_credit(text: str) -> tuple[str, list[str]]:
    """parse_photo_credit, before unnamed sources are left out.

    >>> parse_photo_credit("航拍伊金霍洛旗城隍庙风貌。 麻志强 摄")
    ('航拍伊金霍洛旗城隍庙风貌。', ['麻志强'])
    >>> parse_photo_credit("刘爽 摄")
    ('', ['刘爽'])
    >>> parse_photo_credit("（郭思 闫铭强 摄）"), parse_photo_credit("景观一角(任海鑫摄)")
    (('', ['郭思', '闫铭强']), ('景观一角', ['任海鑫']))
    >>> parse_photo_credit("文明城市"), parse_photo_credit("（23.10.7　林涛　摄）社区网格员在河畔巡查。")
    (('文明城市', []), ('社区网格员在河畔巡查。', ['林涛']))
    >>> parse_photo_credit("图为村民在舞台上表演豫剧。（摄影 牛建国）")
    ('图为村民在舞台上表演豫剧。', ['牛建国'])
    """
    pats = patterns()
    t = text.strip()
    cc = credit_then_caption(t)
    if cc:  # 图/冉立伟　内黄县一家饭店的“光盘”提示牌。: the credit first, then the caption
        return cc
    lm = re.match(r"^(?:摄影|摄像|图片|图|供图)\s*[：:｜|丨/／]\s*(.+)$", t)
    if lm:  # 摄影：李一凡, 摄影 / 全媒体记者 杭宇
        return "", names_only(lm.group(1)) or names_only(pats["role"].sub(" ", lm.group(1)).strip()) or []
    if pats["photo_line"].match(t):
        names = pats["name"].findall(pats["role"].sub(" ", re.sub(r"\s*[/／]?\s*(摄影|摄|供图)$", "", t.strip("（）() "))))
        return "", [x.replace(" ", "") for x in names]
    m = pats["photo_tail"].match(t)
    if m and m.group(1).strip():
        names = pats["name"].findall(pats["role"].sub(" ", m.group(2)))
        return m.group(1).strip(), [x.replace(" ", "") for x in names if not pats["role"].fullmatch(x)]
    g = glued_credit(t)
    if g:
        return g
    m = _LABELLED_TAIL_RE.match(t)
    if m and names_only(m.group(2)):  # 图为…。（摄影 牛建国）: the credit's word before the names
        return m.group(1).strip(), names_only(m.group(2))
    m = _LEADING_CREDIT_RE.match(t)
    if m and pats["photo_line"].match(m.group(2).strip() + " 摄"):
        names = pats["name"].findall(pats["role"].sub(" ", m.group(2)))  # （23.10.7 林涛 摄）社区…: credit first
        return m.group(3).strip(), [x.replace(" ", "") for x in names if not pats["role"].fullmatch(x)]
    return t, []


# a caption's sentence, then its credit in brackets with the credit's word first: …。（摄影 牛建国）
_LABELLED_TAIL_RE = re.compile(r"^(.{4,}?[。！？!?])\s*[（(]\s*(?:摄影|摄|图|图片)\s*[：:/／]?\s*([^（()）：:]{2,30})[）)]$")
# a credit printed before its caption, in brackets, maybe with the day it was taken
_LEADING_CREDIT_RE = re.compile(r"^[（(]\s*(\d{2,4}[.\-/]\d{1,2}[.\-/]\d{1,2}\s*)?([^（()）]{2,40}?)\s*摄\s*[）)]\s*(\S.{3,})$")
# one sentence of a caption with its photographer's name glued after its end (…的作品。石光明摄)
_GLUED_CREDIT_RE = re.compile(r"^([^。！？!?]{4,}[。！？!?])([\u4e00-\u9fff]{2,3})\s*摄$")


def labelled_credit(text: str) -> bool:
    """Does a caption end with its credit in brackets, the credit's word first (…。（摄影 牛建国）)?"""
    m = _LABELLED_TAIL_RE.match(text.strip())
    return bool(m and names_only(m.group(2)))


def glued_credit(text: str) -> tuple[str, list[str]] | None:
    """(caption, [name]) of a one-sentence caption whose credit follows its end with no space
    (苗绣车间的绣娘们展示新完成的作品。石光明摄); the name must open with a common surname
    (…。他正在拍摄 is no credit).

    >>> glued_credit("绣娘们展示新完成的作品。石光明摄"), glued_credit("他说。我们在拍摄")
    (('绣娘们展示新完成的作品。', ['石光明']), None)
    """
    m = _GLUED_CREDIT_RE.match(text.strip())
    if not m or not _common_surname(m.group(2)):
        return None
    return m.group(1), [m.group(2)]


def starts_with_credit(text: str) -> bool:
    """Does `text` open with its picture's credit in brackets (（23.10.7　林涛　摄）社区…), or with a
    labelled one and a space (图/冉立伟　店里的“光盘”提示牌。)?"""
    m = _LEADING_CREDIT_RE.match(text.strip())
    return (bool(m) and bool(patterns()["photo_line"].match(m.group(2).strip() + " 摄"))) or bool(credit_then_caption(text))


_CREDIT_THEN_CAPTION_RE = re.compile(r"^(?:摄影|图片|图)\s*[/／：:｜|]\s*([\u4e00-\u9fff·]{2,8}(?:[、][\u4e00-\u9fff·]{2,8})*)[ \u3000]+(\S.*[。！？])$")


def credit_then_caption(text: str) -> tuple[str, list[str]] | None:
    """(caption, names) of a caption opening with its picture's labelled credit (图/冉立伟　内黄县一家
    饭店的“光盘”提示牌。), else None."""
    m = _CREDIT_THEN_CAPTION_RE.match(text.strip())
    if not m or not names_only(m.group(1)) or is_org(m.group(1)):
        return None
    return m.group(2).strip(), names_only(m.group(1))


_TRAILING = re.compile(r"[（(]([^（()）]{2,60})[）)]\s*$")


def trailing_byline(text: str) -> tuple[str, list[str]] | None:
    """(text before, names) when a paragraph ends with its byline in brackets:
    …生活更美好。（张三 李四）.

    >>> trailing_byline("百色市文明创建成效明显。（黄敏 韦华）")
    ('百色市文明创建成效明显。', ['黄敏', '韦华'])
    >>> trailing_byline("召开市委常委会（扩大）") is None
    True
    """
    m = _TRAILING.search(text)
    if m and _AUTHOR_NOTE_RE.match(m.group(1).strip()):
        # （作者系本报特约评论员）: who the author is, not a byline; but a note ending in its
        # role and the name (（作者系本报评论员 霍某某）) names the author
        names = _noted_author(m.group(1).strip())
        head = text[: m.start()].rstrip()
        return (head, names) if names and (not head or head[-1] in "。！？!?”…") else None
    if not m:
        return None
    head = text[: m.start()].rstrip()
    if head and head[-1] not in "。！？!?”…":
        return None
    names = names_only(m.group(1))
    return (head, names) if names else None


# the run after a paragraph's last sentence mark, to the end: …加入了进来。 重庆晚报记者 冉小芬
_AFTER_LAST_STOP_RE = re.compile(r"^(.*[。！？!?”…])\s*([^。！？!?”…，,；;：:]{4,30})$")


def _role_byline_after_text(text: str) -> tuple[str, list[str]] | None:
    """(text before, names) when a paragraph's last sentence is followed, without brackets, by
    a byline opening with its role (…。 重庆晚报记者 冉小芬): every name opening with a surname."""
    m = _AFTER_LAST_STOP_RE.match(text.strip())
    if not m:
        return None
    tail = m.group(2).strip()
    if tail.endswith(tuple(layout()["photo_credit_words"])):
        return None  # …。记者 王五 摄: a picture's credit, not the text's byline
    role = patterns()["role"].match(tail)
    if not role or not tail[role.end():].strip():
        return None
    names, _ = byline_names(tail)
    single, compound, _ = _surnames()
    if not names or not all((n[:1] in single or n.startswith(compound)) and 2 <= len(n) <= 4 for n in names):
        return None
    return m.group(1).rstrip(), names


# The inline byline is looked for in the first paragraphs (a photo's caption may come first).
LEAD_PARAGRAPHS = 3


def _cut_place(run: str, find_places) -> str:
    """A names run ending in the place it was reported from (郑嘉欣广州): the names."""
    if find_places is None:
        return run
    hits = place_readings(find_places, run) or find_places(run) or []  # (a name several places share, 开平, is a place too)
    ends = [off for off, _c, name in hits if off + len(name) == len(run) and off >= 2]
    return run[:min(ends)] if ends else run


def dateline_byline_names(text: str, find_places=None) -> list[str] | None:
    """The names of a byline in a paper's dateline form standing alone on its line
    (【明报专讯】记者 陈嘉欣 上海报道 -> [陈嘉欣]); None for any other line."""
    for form in layout().get("inline_byline_forms") or []:
        m = re.match(form, text)
        if m and not text[m.end():].strip():
            names = byline_names(_cut_place(m.group("names").strip(), find_places))[0]
            return names or None
    return None


def inline_byline(art: DraftArticle, find_places=None) -> None:
    """Authors named in the lead sentence (本报讯（记者 X 通讯员 Y）…, 某某新闻网讯（张三）…,
    【本报讯】记者X报道：…, （中央社记者X台中18日电）…); the text stays."""
    lay = layout()
    for b in [b for b in art.body if b.kind == "paragraph"][:LEAD_PARAGRAPHS]:
        m = re.match(lay["inline_byline"], b.text)
        names = names_only(m.group(1)) if m else None
        if not names:
            for form in lay.get("inline_byline_forms") or []:
                m = re.match(form, b.text)
                if m:
                    run = m.group("names").strip()
                    # only a byline that says where it was reported from (记者张三广州报道) can end
                    # in a place; in （记者 岑秀梅 韦德昌） the last name merely ends like 德昌
                    reported = "报道" in b.text[m.end("names"):m.end()]
                    names = byline_names(_cut_place(run, find_places) if reported else run)[0]
                    if names:
                        break
        if names:
            art.authors = names
            art.bylines.append(m.group(0))
            art.authors_how = "inline_byline"
            return


def take_trailing_byline(art: DraftArticle) -> None:
    """A byline printed at the article's end, as its own line （张三 李四） or
    after the last sentence: its names are the authors, and it leaves the text."""
    paras = [k for k, b in enumerate(art.body) if b.kind == "paragraph"]
    if not paras:
        return
    k = paras[-1]
    last = len(art.body) - 1
    if (last > k and art.body[last].kind in ("heading", "subheading")
            and (note := trailing_byline(art.body[last].text)) and not note[0]):
        k = last  # （作者系本报评论员 某某） set as a line of its own under a comment: its author
    elif len(paras) > 1 and art.body[k].text.lstrip().startswith(tuple(layout()["addendum_marks"])):
        k = paras[-2]  # …（陈曦） / 另讯 罗山县…: the byline closes the article before its addendum
    got = trailing_byline(art.body[k].text) or _role_byline_after_text(art.body[k].text)
    if not got:
        # the byline closes the text before a column of briefs printed under it
        # (…。（通讯员 吴正勇） / [简讯] / ●…): the last paragraph above a heading
        heads = [i for i, b in enumerate(art.body) if b.kind in ("heading", "subheading") and i > paras[0]]
        above = [max(p for p in paras if p < heads[-1])] if heads else []
        if not above or not (got := trailing_byline(art.body[above[0]].text)):
            return
        k = above[0]
    b = art.body[k]
    head, names = got
    if any(len(n) > 4 and "·" not in n for n in _SEP.split(b.text[len(head):].strip("（）() "))):
        art.authors_sure = False  # names run together, split by surname
    if art.authors and set(names) - set(art.authors):
        return  # the byline at the top already names others: leave the text alone
    cut = b.text[len(head):].strip()
    if head:
        art.body[k] = Block(b.kind, head, b.first, b.last, b.level, dict(b.extra))
    else:
        del art.body[k]
    art.dropped.append((b.last, cut, "文末署名，已记为作者 byline at the article's end, kept as its authors"))
    art.bylines.append(cut)
    for n in names:
        if n not in art.authors:
            art.authors.append(n)
    art.authors_how = art.authors_how or "trailing_byline"


# a unit's word opening a newsroom's name that names no place (县融媒体中心, 旗融媒体中心, 本报)
_UNNAMED_UNIT = set("县市区旗州盟镇乡本")


def paper_before_role(bylines: list[str]) -> str | None:
    """The paper, site or station printed before the role of the first byline (湘潭日报全媒体记者
    刘晓宇, 大河报记者 X): the outlet the reporter writes for, where the page names no other.

    >>> paper_before_role(["湘潭日报全媒体记者 刘晓宇 通讯员 彭佳"]), paper_before_role(["本报记者 张三"])
    ('湘潭日报', None)
    """
    if not bylines:
        return None
    line = patterns()["mark"].sub("", bylines[0].strip())
    v = vocabulary()
    for m in patterns()["role_word"].finditer(line):
        head = line[:m.start()].strip()
        if not head:
            return None
        for cut in ("全媒体", "融媒体", "融媒", "全媒", "新媒体"):  # 湘潭日报全媒体记者: the paper's newsroom
            if head.endswith(cut) and len(head) > len(cut) + 1:
                head = head[: -len(cut)]
                break
        if head[:1] in _UNNAMED_UNIT:
            return None  # 旗融媒体中心记者 X: the banner's centre, not named
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", head) and (v["outlet_re"].fullmatch(head) or is_masthead(head, v)):
            return head
        return None
    return None


def brand_before_role(bylines: list[str], authors: list[str], title: str, page_lines: list[str]) -> str | None:
    """An app's or brand's name glued before the first role of the first byline (某某云记者 X
    通讯员 Y) that the page also prints as a name of its own, on a line alone or glued after
    the headline: the outlet, not an author. A person whose name lost its space before a role
    (马海燕实习生) is printed nowhere else as a name standing alone.

    >>> brand_before_role(["某某云记者 王小梅 通讯员 李强"], ["某某云", "王小梅", "李强"], "某某县新建驿站某某云", [])
    '某某云'
    >>> brand_before_role(["马海燕实习生 马文龙"], ["马海燕", "马文龙"], "某某县新建驿站", ["马海燕实习生 马文龙"]) is None
    True
    """
    if not bylines or not authors:
        return None
    first, line = authors[0], patterns()["mark"].sub("", bylines[0].strip())
    if not line.startswith(first) or not patterns()["role_word"].match(line, len(first)):
        return None
    shown = [x.strip() for x in page_lines] + [title.strip()]
    if any(x == first or (x == title.strip() and x.endswith(first) and len(x) >= len(first) + 4) for x in shown):
        return first
    return None
