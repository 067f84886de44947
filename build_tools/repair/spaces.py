"""Pass `fix_spaces`: spaces OCR put inside Chinese text."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..data import load_data
from ..model import Edit
from .core import CARD_LABEL_RE, CJK_PUNCT, FIGURE_RE, HAN_CLASS, Page, Unit, run_pass
from .names import spaced_names_line

PASS = "fix_spaces"

# Words that end a photo credit ("王小利 摄").
CREDIT_WORDS = ("摄影", "供图", "摄")
# (a name of two characters may be printed with a space between them: 何 军)
_NAME = f"(?:[{HAN_CLASS}] [{HAN_CLASS}](?![{HAN_CLASS}])|[{HAN_CLASS}·]{{2,5}})"
# A photo credit at the end of a line: its names keep their spaces.
# (also in brackets, or after a slash: （郭思 闫铭强 摄）, 丁丽／摄)
# (a caption's sentence may close right before it, no space: …的宣讲活动。包某某 摄)
CREDIT_TAIL_RE = re.compile(rf"(?:^|\s|(?=[（(])|(?<=[。！？!?]))([（(]?(?:{_NAME}\s+)*{_NAME}\s*[/／]?\s*(?:{'|'.join(CREDIT_WORDS)})[）)]?)$")
# Markers at the start of a line whose following space belongs to the markup.
_LEAD_RE = re.compile(r"^(#{1,6}\s+)")
# A credit's mark opening a line (文/江　月, 图／某 某): a byline, its spaces and slash no banner's.
_CREDIT_MARK_RE = re.compile(r"^(?:文|图|摄|文图|图文)\s*[/／]")
# Letter-spaced banner: single Han characters separated by spaces or slashes.
BANNER_RE = re.compile(rf"^[{HAN_CLASS}](?:\s*[/／|｜·]\s*[{HAN_CLASS}]|\s+[{HAN_CLASS}]){{2,}}$")
_BANNER_SEP_RE = re.compile(r"\s*[/／|｜·]\s*|\s+")
# Sentence punctuation: a line holding one of these is running text.
# (a half-width stop after Chinese text too: fix_punctuation makes it a 。 after this pass)
_RUNNING_RE = re.compile(f"[，。；！？：,;:?!]|(?<=[{HAN_CLASS}”」』）)])\\.(?![0-9])")
# Punctuation a space never precedes / never follows in Chinese text.
_NO_SPACE_BEFORE = "，。、；：？！）》”’…"
_NO_SPACE_AFTER = "（《“‘"
_WS = r"[ \t]+"
_WS_RE = re.compile(_WS)
_HAN1_RE = re.compile(f"[{HAN_CLASS}]")


def _remove(regex: re.Pattern, text: str, base: int, line: int, edits: list[Edit]) -> str:
    out, last, local = [], 0, []
    for m in regex.finditer(text):
        if m.end() == m.start():
            continue
        local.append((m.start(), m.end()))
    if not local:
        return text
    # merge and apply
    for s, e in local:
        if s < last:
            continue
        out.append(text[last:s])
        edits.append(Edit(PASS, line, base + s, text[s:e], ""))
        last = e
    out.append(text[last:])
    return "".join(out)


def _fix_unit(u: Unit, edits: list[Edit]) -> Unit:
    text = u.text
    line = u.first
    # trailing whitespace (markdown hard breaks) and leading indentation
    stripped = text.rstrip()
    if stripped != text:
        edits.append(Edit(PASS, line, len(stripped), text[len(stripped):], ""))
    lead = len(stripped) - len(stripped.lstrip())
    if lead:
        edits.append(Edit(PASS, line, 0, stripped[:lead], ""))
    body = stripped[lead:]
    base = lead
    kind = u.kind
    if kind in ("meta", "furniture", "table") or BYLINE_LINE_RE.match(body) or _CREDIT_MARK_RE.match(body):
        # names in 作者：张三 李四, 记者 韩 雪, and a table's cells keep their spaces
        return u if body == text else replace(u, text=body)
    credit = CREDIT_TAIL_RE.search(body)
    if BANNER_RE.match(body) and not (credit and credit.start(1) == 0):  # (王 涛  陆 佳  摄: two names, no banner)
        new = _remove(_BANNER_SEP_RE, body, base, line, edits)
        return replace(u, text=new, kind=kind or "banner")
    if spaced_names_line(body):
        return u if body == text else replace(u, text=body)  # (覃 刚 向丽君: two names, a byline's spaces)
    m = _LEAD_RE.match(body)
    head = m.group(1) if m else ""
    body2 = body[len(head):]
    b2 = base + len(head)
    cm = CREDIT_TAIL_RE.search(body2)
    tail = ""
    if cm and cm.start(1) > 0:
        tail = body2[cm.start(1):]
        body2 = body2[: cm.start(1)]
        # the space between caption and credit stays
        k = len(body2.rstrip())
        tail = body2[k:] + tail
        body2 = body2[:k]
    elif cm:
        tail, body2 = body2, ""
    else:
        tm = TRAILING_BYLINE_RE.search(body2)
        if tm:  # …下降了约40%。（通讯员 詹丽 孝宣）: the names keep the spaces between them
            tail, body2 = body2[tm.start(1):], body2[: tm.start(1)]
    # a byline in brackets after the lead's dateline keeps the spaces between its names
    bm = LEAD_BYLINE_RE.match(body2) or LEAD_BRACKET_BYLINE_RE.match(body2) or LEAD_BARE_BYLINE_RE.match(body2)
    kept = ""
    if bm and re.search(r"\s", bm.group(2)):
        kept, body2, b2 = bm.group(1) + bm.group(2) + bm.group(3), body2[bm.end():], b2 + bm.end()
        kept = _remove_spaces(bm.group(1), base + len(head), line, edits, running=False) + bm.group(2) + bm.group(3)
    # a '#' heading is never running text: 凯里：小巷变美了 群众笑了 keeps its two halves
    t = _remove_spaces(body2, b2, line, edits, running=not head and _is_running(body2))
    new = head + kept + t + tail
    return u if new == body and not lead and stripped == text else replace(u, text=new)


_DIGIT = set("0123456789%")
_NSB = set(_NO_SPACE_BEFORE)
_NSA = set(_NO_SPACE_AFTER)


# A byline line (its names may be printed with a space inside: 本报记者 韩 雪 通讯员 孟 凡):
# a mark or a role word first, no sentence punctuation.
# (an OCR'd bracket may stand apart from the role word: ( 通讯员 鄂伟 孟 楠 ))
_ROLES = "本报记者|本报通讯员|记者|通讯员|实习生|见习记者|特约记者|作者"
# (an outlet or media centre glued before the role word: YMG全媒体记者　孙　洁, 某县融媒体中心记者　訾　丽)
BYLINE_LINE_RE = re.compile(rf"^(?:[□■◎●]|(?:[（(][ \u3000]?)?(?:[A-Za-z0-9\u4e00-\u9fff·]{{0,20}}?(?:{_ROLES})|文/|文／)[：:\s])"
                            r"[^，。！？；,;!?]*$(?<![.．])")
# A lead's dateline and the byline in brackets after it: 本报讯（记者 张三 李四）,
# 某某新闻网讯（通讯员 王五）, 新华社南宁5月1日电（记者 赵六）.
LEAD_BYLINE_RE = re.compile(r"^((?:本报讯|[^（(，。\s]{1,24}?[讯电])\s*[（(])([^（()）]{2,80})([）)])")
# A lead's dateline and its byline set apart by spaces, no brackets (本报讯 记者 张三 通讯员
# 李四 12月4日，…): every name a word of its own, a space after the last.
LEAD_BARE_BYLINE_RE = re.compile(
    r"^((?:本报讯|[^（(，。、\s]{1,16}?讯)[ \u3000]+)((?:(?:本报)?(?:记者|通讯员|实习生|见习记者|特约记者)[ \u3000]*"
    r"[\u4e00-\u9fff·]{2,4}?(?:[、 \u3000][\u4e00-\u9fff·]{2,4}?)*[ \u3000]+)+)()(?=[^\s（(])")
# A byline in brackets opening a paragraph with no dateline before it, a role word first:
# （记者 阿依古丽·买买提 李晓东）9月13日，…
LEAD_BRACKET_BYLINE_RE = re.compile(rf"^([（(])((?:{_ROLES})[：:\s][{HAN_CLASS}·•・ \u3000]{{2,60}})([）)])")
# A byline in brackets closing a paragraph after its last sentence, names set apart by
# spaces: …下降了约40%。（通讯员 詹丽 孝宣）, …成效明显。（黄敏 韦华）, …。（某县融媒体中心 谭佳）.
# (a two-character name may be set with a space inside: （通讯员 向红梅 冉 峰）)
_NAME_RUN = rf"(?:[{HAN_CLASS}][ \u3000][{HAN_CLASS}](?![{HAN_CLASS}])|[{HAN_CLASS}·]{{2,5}})"
# (an outlet or media centre before the reporter's name: data/layout.yaml byline_org_suffixes)
_ORGS = "|".join(map(re.escape, sorted(load_data("layout.yaml")["byline_org_suffixes"], key=len, reverse=True)))
TRAILING_BYLINE_RE = re.compile(
    rf"[。！？!?”](([（(](?:(?:(?:{_ROLES})[：:]?\s*)?"
    rf"{_NAME_RUN}(?:\s+(?:(?:记者|通讯员|实习生)\s*)?{_NAME_RUN})+"
    rf"|[{HAN_CLASS}]{{2,12}}?(?:{_ORGS})\s+{_NAME_RUN}(?:\s+{_NAME_RUN})*)[）)]))$")
# A short line whose only punctuation is a colon is a title (琼海：一城文明风 满目气象新),
# not running text: the space between its halves stays.
TITLE_MAX = 30
_COLON_RE = re.compile("[：:]")


def _is_running(text: str) -> bool:
    """Does the line hold running text (sentence punctuation)?

    >>> _is_running("琼海：一城文明风 满目气象新"), _is_running("活动时间：三月，地点：广场")
    (False, True)
    """
    m = _RUNNING_RE.search(text)
    if not m:
        return False
    if len(text) <= TITLE_MAX and not _RUNNING_RE.search(_COLON_RE.sub("", text)):
        return False
    return True


_DIGITS_RE = re.compile(r"[0-9.]+")
# a data graphic's figure opening its line is at most this long (the space after it is kept)
FIGURE_MAX = 16


def _split_number(text: str, s: int, e: int) -> bool:
    """Is the space text[s:e] a break inside one number of running text (小巷1 8条)?
    One space, Chinese text right before the first digits and right after the
    last ones (a unit): two numbers side by side (a table's cells, 2023 2024)
    have spaces or words around them.

    >>> _split_number("改造背街小巷1 8条，", 7, 8), _split_number("得分 93.8 86.4", 7, 8)
    (True, False)
    """
    if e - s != 1:
        return False
    i = s
    while i > 0 and text[i - 1] in "0123456789.":
        i -= 1
    m = _DIGITS_RE.match(text, e)
    j = m.end() if m else e
    if "." in text[i:s]:
        return False  # 93.8 86.4: two figures (a number breaks before its decimal point, not after)
    # read as the later passes leave them (a Kangxi radical ⼈ becomes 人): else a second run
    # would join what the first left (repair is idempotent); Han on both sides, not punctuation,
    # which later passes turn from half to full width
    before, after = unicodedata.normalize("NFKC", text[i - 1:i]), unicodedata.normalize("NFKC", text[j:j + 1])
    return bool(before and after and _HAN1_RE.match(before) and _HAN1_RE.match(after))


def _remove_spaces(text: str, base: int, line: int, edits: list[Edit], running: bool) -> str:
    """One scan over the whitespace runs of `text`, deciding each from its neighbours."""
    out: list[str] = []
    last = 0
    n = len(text)
    for m in _WS_RE.finditer(text):
        s, e = m.start(), m.end()
        if s == 0 or e == n:
            continue
        a, b = text[s - 1], text[e]
        a_han = _HAN1_RE.match(a) is not None
        b_han = _HAN1_RE.match(b) is not None
        a_hp = a_han or a in CJK_PUNCT or a in _DIGIT
        b_hp = b_han or b in CJK_PUNCT or b.isdigit()
        drop = (
            (a in _DIGIT and b_han) or (a_han and b.isdigit())            # 37.6 万, 辖 1 区
            or b in _NSB or a in _NSA                                     # 市 、4
            or (a_hp and b_hp and (                                       # letter spacing
                (b_han and (e + 1 == n or text[e + 1] in " \t"))
                or (a_han and (s - 1 == 0 or text[s - 2] in " \t"))))
            or (running and a_hp and b_hp and not (a in _DIGIT and b in _DIGIT))
            or (running and a.isdigit() and b.isdigit() and _split_number(text, s, e))
        )
        if (drop and text[s:e] == " " and s <= FIGURE_MAX and FIGURE_RE.match(text[:s].strip())
                and CARD_LABEL_RE.match(text[e:])):
            drop = False  # 42.6万人　全市注册志愿者: a figure and its label, set apart by reflow
        if drop:
            out.append(text[last:s])
            edits.append(Edit(PASS, line, base + s, text[s:e], ""))
            last = e
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _fix(page: Page) -> Page:
    edits: list[Edit] = []
    units = [_fix_unit(u, edits) for u in page.units]
    return page.evolve(units, edits)


def fix_spaces(page):
    """Remove spaces OCR put inside Chinese text.

    Spaces between a number and its unit or a date part, around Chinese
    punctuation, around letter-spaced single characters, between Han characters
    of running text (a line holding sentence punctuation), letter-spaced
    banners, trailing markdown hard breaks and indentation. Spaces that separate
    a title's halves, a byline's names, a caption from its credit, and Latin
    words stay.

    >>> fix_spaces("2018 年 常 住 人 口")
    '2018年常住人口'
    >>> fix_spaces("总面积 5.45 万平方千米，辖 1 区、1 市 、4 旗 、5 县 。")
    '总面积5.45万平方千米，辖1区、1市、4旗、5县。'
    >>> fix_spaces("全 / 媒 / 体 / 主 / 题")
    '全媒体主题'
    >>> fix_spaces("# 实干 在中国式现代化建设中闯出新路")
    '# 实干 在中国式现代化建设中闯出新路'
    >>> fix_spaces("王 涛  陆 佳  摄")  # (names letter-spaced, not a banner)
    '王 涛  陆 佳  摄'
    >>> fix_spaces("四通八达。 王小利 摄")
    '四通八达。 王小利 摄'
    >>> fix_spaces("□王悦峰 郝璐 陈可")
    '□王悦峰 郝璐 陈可'
    >>> fix_spaces("使用 Open Source 软件")
    '使用 Open Source 软件'
    """
    return run_pass(page, _fix)
