"""Pass `fix_punctuation`: half-width punctuation in Chinese text -> full-width."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Edit
from .core import CJK_PUNCT, HAN_CLASS, map_units, run_pass

PASS = "fix_punctuation"

# GB/T 15834: Chinese text uses full-width marks.
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK = re.compile(f"[{HAN_CLASS}{re.escape(CJK_PUNCT)}]")
# Spans never touched: URLs, e-mail addresses, domain names.
_PROTECT_RE = re.compile(r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|www\.[A-Za-z0-9./_%?=&#-]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_MARK_RE = re.compile(r"[,;:?!()]")
_MAX_PAREN = 80


def _neighbour(text: str, i: int, step: int) -> str:
    """Nearest character before/after i, skipping spaces and other half-width marks."""
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t,;:?!":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK.match(ch) is not None


def _fix_quotes(text: str, line: int, edits: list[Edit]) -> str:
    """Straight double quotes around Chinese text become “ ” (GB/T 15834):
    only when they pair up and every one touches Chinese text."""
    idx = [i for i, ch in enumerate(text) if ch == '"']
    if not idx or len(idx) % 2:
        return text
    if not all(_is_cjk(_neighbour(text, i, -1)) or _is_cjk(_neighbour(text, i, 1)) for i in idx):
        return text
    chars = list(text)
    for k, i in enumerate(idx):
        chars[i] = "“" if k % 2 == 0 else "”"
        edits.append(Edit(PASS, line, i, '"', chars[i]))
    return "".join(chars)


# the dot inside a transcribed name, set with look-alikes (古丽娜尔•艾合买提, 阿依・买买提)
_NAME_DOT_RE = re.compile(f"(?<=[{HAN_CLASS}])[•・‧∙⋅](?=[{HAN_CLASS}])")


def _fix_name_dots(text: str, line: int, edits: list[Edit]) -> str:
    """A look-alike of the middle dot between two Han characters is the middle dot (GB/T 15834 间隔号)."""
    for m in _NAME_DOT_RE.finditer(text):
        edits.append(Edit(PASS, line, m.start(), m.group(0), "·"))
    return _NAME_DOT_RE.sub("·", text)


@lru_cache(maxsize=1)
def _ocr_dash_re() -> tuple[re.Pattern, int]:
    from ..data import load_data

    lay = load_data("layout.yaml")
    marks = "|".join(re.escape(m) for m in lay["ocr_subtitle_dashes"])
    return re.compile(rf"^(?:{marks})(?=[{HAN_CLASS}“《「])"), int(lay["max_heading_chars"])


def _fix_ocr_dash(text: str, line: int, edits: list[Edit]) -> str:
    """A heading-like segment that starts 一一 (OCR's reading of a subtitle's
    ——) gets its dash back. Running text never starts a segment with 一一: a
    wrapped 逐一/一一落实 is inside its paragraph, and a sentence ends in 。."""
    pattern, longest = _ocr_dash_re()
    m = pattern.match(text)
    if m is None or not 6 <= len(text) - m.end() <= longest or re.search(r"[。！？；]", text):
        return text
    edits.append(Edit(PASS, line, 0, m.group(0), "——"))
    return "——" + text[m.end():]


# a half-width full stop after Chinese text, before Chinese text, a closing quote or the end
# (OCR's 参与.本版, 热乎., 下降41%.在): the Chinese full stop; 1.5, 5.30, www.a.cn and Latin keep theirs
_OCR_STOP_RE = re.compile(f"(?<=[{HAN_CLASS}”」』）%％])\\.(?=[{HAN_CLASS}“「『（]|[”」』]|\\s*$)")


# the same stop ending a line after a code or a phone number that follows Chinese text
# (OCR's 咨询电话:(0597)8922xxx.): the sentence ends there too; a short figure keeps its
# point (达到12. / 5万元: a decimal a narrow column broke)
_OCR_LINE_END_STOP_RE = re.compile(f"(?<=[{HAN_CLASS}：:，,；;])(?P<code>[(（]?[0-9A-Za-z][0-9A-Za-z()（）+\\-]{{0,23}})(\\.)\\s*$")


def _code_before_stop(code: str) -> bool:
    """A code (letters or brackets in it) or a number of five digits or more: no decimal's head."""
    return bool(re.search(r"[A-Za-z()（）]", code)) or len(re.sub(r"\D", "", code)) >= 5


def _fix_stops(text: str, line: int, edits: list[Edit]) -> str:
    if "." not in text or not _CJK.search(text):
        return text
    protected = [(m.start(), m.end()) for m in _PROTECT_RE.finditer(text)]
    out = []
    last = 0
    stops = [m.start() for m in _OCR_STOP_RE.finditer(text)]
    tail = _OCR_LINE_END_STOP_RE.search(text)
    if tail and _code_before_stop(tail.group("code")) and tail.start(2) not in stops:
        stops.append(tail.start(2))
    for at in stops:
        if any(a <= at < b for a, b in protected):
            continue
        out.append(text[last:at] + "。")
        edits.append(Edit(PASS, line, at, ".", "。"))
        last = at + 1
    return "".join(out) + text[last:] if out else text


def _fix_text(text: str, line: int, edits: list[Edit]) -> str:
    text = _fix_ocr_dash(text, line, edits)
    text = _fix_stops(text, line, edits)
    text = _fix_name_dots(text, line, edits)
    text = _fix_quotes(text, line, edits)
    # a converted mark is Chinese context for its neighbours: repeat until stable
    for _ in range(4):
        new = _fix_stops(_fix_once(text, line, edits), line, edits)  # (—). : the ） makes the . a 。)
        if new == text:
            break
        text = new
    return text


def _fix_once(text: str, line: int, edits: list[Edit]) -> str:
    if not _MARK_RE.search(text):
        return text
    protected = [False] * len(text)
    for m in _PROTECT_RE.finditer(text):
        for k in range(m.start(), m.end()):
            protected[k] = True
    chars = list(text)
    # pair parentheses (innermost, short) first
    close_of: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in enumerate(text):
        if protected[i]:
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            o = stack.pop()
            if i - o <= _MAX_PAREN:
                close_of[o] = i
    open_of = {c: o for o, c in close_of.items()}
    for i, ch in enumerate(text):
        if protected[i] or ch not in FULL_WIDTH:
            continue
        prev, nxt = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in "()":
            if ch == "(" and i in close_of:
                inner = text[i + 1 : close_of[i]]
                ok = bool(_CJK.search(inner)) or _is_cjk(prev) or _is_cjk(_neighbour(text, close_of[i], 1))
            elif ch == ")" and i in open_of:
                o = open_of[i]
                inner = text[o + 1 : i]
                ok = bool(_CJK.search(inner)) or _is_cjk(_neighbour(text, o, -1)) or _is_cjk(nxt)
            else:
                ok = _is_cjk(nxt) if ch == "(" else _is_cjk(prev)
        elif ch in ",;":
            ok = (_is_cjk(prev) or _is_cjk(nxt)) and not (prev.isdigit() and nxt.isdigit() and ch == ",")
        elif ch == ":":
            ok = (_is_cjk(prev) or _is_cjk(nxt)) and not (prev.isdigit() and nxt.isdigit())
        else:  # ? !
            ok = _is_cjk(prev)
        if ok:
            chars[i] = FULL_WIDTH[ch]
            edits.append(Edit(PASS, line, i, ch, FULL_WIDTH[ch]))
            # full-width marks carry their own spacing: drop spaces around them
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(text) and text[j] in " \t" and not protected[j]:
                    if chars[j]:
                        chars[j] = ""
                        edits.append(Edit(PASS, line, j, text[j], ""))
                    j += step
    return "".join(chars)


def fix_punctuation(page):
    """Turn half-width , ; : ( ) ? ! in Chinese text into full-width ，；：（）？！
    and paired straight double quotes into “ ” (GB/T 15834). Decimals, thousands separators, times and ratios (10:30),
    URLs and Latin text keep theirs.

    >>> fix_punctuation("文明,是一座城市靓丽的名片;召开市委(扩大)会议:好吗?")
    '文明，是一座城市靓丽的名片；召开市委（扩大）会议：好吗？'
    >>> fix_punctuation("投资1.4万元,会议10:30开始,比分2:1,共1,000人")
    '投资1.4万元，会议10:30开始，比分2:1，共1,000人'
    >>> fix_punctuation("详见 https://example.com/a,b?c=1 网站")
    '详见 https://example.com/a,b?c=1 网站'
    >>> fix_punctuation("记者 古丽娜尔•艾合买提")
    '记者 古丽娜尔·艾合买提'
    >>> fix_punctuation("会议 : 好 , 坏")
    '会议：好，坏'
    >>> fix_punctuation('市民说:"现在出门就是公园。"')
    '市民说：“现在出门就是公园。”'
    >>> fix_punctuation("Hello, world (test): ok?")
    'Hello, world (test): ok?'

    A short segment that starts 一一 without a sentence end is a subtitle whose
    dash OCR read as the character 一 (data/layout.yaml `ocr_subtitle_dashes`):

    >>> fix_punctuation("一一临夏市创建全国文明城市工作综述")
    '——临夏市创建全国文明城市工作综述'

    OCR's half-width full stop after Chinese text is the Chinese one:

    >>> fix_punctuation("本版今起开设栏目.来信请寄本报.")
    '本版今起开设栏目。来信请寄本报。'
    """
    return run_pass(page, lambda p: map_units(p, PASS, _fix_text))


OCR_MARKS_PASS = "fix_ocr_marks"

# OCR's misreadings of Chinese marks, where the page shows the misreading at least
# OCR_MARKS_MIN times: a Latin "o" for 。 after Chinese text (…腥味o / …人声鼎沸o大集…),
# a backslash for 、 between Chinese characters (水产区\果蔬区)
_OCR_O_STOP_RE = re.compile(f"(?<=[{HAN_CLASS}”」』）\"])o(?=[{HAN_CLASS}“”「」『』（\"]|\\s*$)")
_OCR_BACKSLASH_RE = re.compile(f"(?<=[{HAN_CLASS}])\\\\(?=[{HAN_CLASS}])")
OCR_MARKS_MIN = 2


def _fix_ocr_marks(text: str, line: int, edits: list[Edit]) -> str:
    """Read back OCR's o and backslash as 。 and 、 (recorded)."""
    for rx, mark in ((_OCR_O_STOP_RE, "。"), (_OCR_BACKSLASH_RE, "、")):
        out, last = [], 0
        for m in rx.finditer(text):
            out.append(text[last:m.start()] + mark)
            edits.append(Edit(OCR_MARKS_PASS, line, m.start(), m.group(0), mark))
            last = m.end()
        text = "".join(out) + text[last:] if out else text
    return text


# marks OCR misreads on any page, once is enough: a date's day read as 曰 (5月16曰), a
# column rule read as a bar before a masthead's line (▌某某日报 2023年5月16日 … 第6版)
# (and a paper's name: 衡水曰报 for 衡水日报, letter-spaced too: 延 边 曰 报)
_OCR_DAY_RE = re.compile(r"\d\s*月\s*\d{1,2}\s*(曰)|[\u4e00-\u9fff]\s?[\u4e00-\u9fff]\s?(曰)(?=\s?报)")
_OCR_MASTHEAD_BAR_RE = re.compile(r"^(\s*)[▌丨|｜](?=\s*[\u4e00-\u9fff].*\d\s*年.*\d\s*月.*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|\b[A-Z]\d{1,2}\b))")


def _fix_ocr_dates(text: str, line: int, edits: list[Edit]) -> str:
    """A date's 曰 for 日 and a bar before a masthead line, read back (recorded)."""
    m = _OCR_MASTHEAD_BAR_RE.match(text)
    if m:
        edits.append(Edit(OCR_MARKS_PASS, line, m.end(1), text[m.end(1)], ""))
        text = text[:m.end(1)] + text[m.end(1) + 1:]
    out, last = [], 0
    for m in _OCR_DAY_RE.finditer(text):
        at = m.start(1) if m.group(1) is not None else m.start(2)
        out.append(text[last:at] + "日")
        edits.append(Edit(OCR_MARKS_PASS, line, at, "曰", "日"))
        last = at + 1
    return "".join(out) + text[last:] if out else text


def _ocr_marks_on(page) -> bool:
    """Does the page show OCR's misread marks often enough to read them back?"""
    n = sum(len(_OCR_O_STOP_RE.findall(u.text)) + len(_OCR_BACKSLASH_RE.findall(u.text)) for u in page.units)
    return n >= OCR_MARKS_MIN



def fix_ocr_marks(page):
    """OCR that read 。 as a Latin o and 、 as a backslash, where the page shows that
    misreading at least twice: read back before reflow, so that a line ending in a
    misread full stop ends its sentence there.

    >>> print(fix_ocr_marks("人声鼎沸o大集分为水产区\\\\果蔬区\\n再也闻不到腥味o"))
    人声鼎沸。大集分为水产区、果蔬区
    再也闻不到腥味。
    >>> fix_ocr_marks("品牌Vivo手机上市o")
    '品牌Vivo手机上市o'
    """
    return run_pass(page, lambda p: map_units(map_units(p, OCR_MARKS_PASS, _fix_ocr_dates), OCR_MARKS_PASS, _fix_ocr_marks)
                    if _ocr_marks_on(p) else map_units(p, OCR_MARKS_PASS, _fix_ocr_dates))
