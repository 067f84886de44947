"""Pass `drop_pinyin_glosses`: pinyin (or zhuyin) that mirror sites print after characters.

Some sites that copy news pages add the reading of characters in brackets:
``發(fā)展``, ``创（chuàng）建``, ``實習(xí)生``. The gloss breaks titles,
bylines, search and the numbers after it, so it is removed (every removal is
an Edit) before any other pass or stage reads the text.

A bracket counts as a gloss only when its syllables read the characters
right before it: pypinyin's readings of each character (all of them, with
tone marks) are compared syllable by syllable. A syllable that is not such a
reading still counts when it carries a tone mark and is a syllable of
Mandarin (mirror sites pick the wrong reading of a polyphone), never when it
is a plain Latin word: ``(A)``, ``(2023)``, ``(brand)``, ``平安(an)`` stay.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from ..model import Edit
from .core import HAN_CLASS, map_units, run_pass

PASS = "drop_pinyin_glosses"

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# (a proper noun's reading opens with a capital: 鄂伦春（Èlúnchūn）, 阿荣旗（Āróng Qí）)
_TONED_UPPER = "ĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ"
_LETTER = f"a-zü{_TONED}ê"
_FIRST = f"A-Z{_TONED_UPPER}"
_SYL = f"[{_LETTER}{_FIRST}][{_LETTER}]{{0,5}}"
# up to four characters, then their syllables (space, apostrophe or nothing between
# them) in half- or full-width brackets
_GLOSS_RE = re.compile(
    rf"(?P<han>[{HAN_CLASS}]{{1,4}})(?P<open>[ \t]?[（(][ \t]?)"
    rf"(?P<py>{_SYL}(?:[ \t'’·]?{_SYL}){{0,3}})(?P<close>[ \t]?[）)])"
)
_SPLIT_RE = re.compile(rf"[ \t'’·]+")
# a zhuyin (bopomofo) gloss, as Taiwan's mirror sites print it: 理(ㄌㄧˇ)塘, 新（ㄒㄧㄣ）; bopomofo
# letters in brackets after a character are never anything but its reading
_ZHUYIN_RE = re.compile(rf"(?<=[{HAN_CLASS}])[ \t]?[（(][ \t]?[\u3105-\u312f\u31a0-\u31bfˇˋˊ˙ ]*[\u3105-\u312f\u31a0-\u31bf][\u3105-\u312f\u31a0-\u31bfˇˋˊ˙ ]*[ \t]?[）)]")


def _plain(syllable: str) -> str:
    """The syllable without tone marks (ü kept as v, as pypinyin writes it)."""
    out = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c))
    return out.replace("ü", "v")


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every syllable of Mandarin without tones, from pypinyin's character table."""
    from pypinyin.pinyin_dict import pinyin_dict  # slow import: only once a bracket looks like a gloss

    out = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            out.add(_plain(r))
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(char, style=Style.TONE, heteronym=True)[0])


def _split(py: str) -> list[str] | None:
    """The gloss cut into syllables; a run without separators is cut greedily
    into known syllables (xíshēng); capitals read as small letters (Èlúnchūn)."""
    if re.search(f"[{_FIRST}]", py[1:].replace(" ", "").replace("'", "")) and not re.fullmatch(
            f"[{_FIRST}][{_LETTER}]*(?:[ '’·][{_FIRST}]?[{_LETTER}]*)*", py):
        return None  # (AI, brand names in capitals: no reading)
    py = py.lower()
    parts = [p for p in _SPLIT_RE.split(py) if p]
    out: list[str] = []
    for part in parts:
        while part:
            for n in range(min(6, len(part)), 0, -1):
                head = part[:n]
                if _plain(head) in _syllables() and (n == len(part) or part[n] not in _TONED):
                    out.append(head)
                    part = part[n:]
                    break
            else:
                return None
    return out


def _is_gloss(han: str, py: str) -> int:
    """How many characters at the end of `han` the bracket glosses (0: not a gloss)."""
    sylls = _split(py)
    if not sylls or len(sylls) > len(han):
        return 0
    chars = han[-len(sylls):]
    py = py.lower()
    toned = any(c in _TONED for c in py)
    for ch, s in zip(chars, sylls):
        if s in _readings(ch):
            continue
        if not (toned and any(c in _TONED for c in s)):
            return 0  # a plain Latin word that is not this character's reading
    return len(sylls)


def _fix(text: str, line: int, edits: list[Edit]) -> str:
    """Remove each gloss (the bracket only; the characters stay), one Edit per gloss."""
    if "(" not in text and "（" not in text:
        return text
    out: list[str] = []
    last = 0
    found = sorted([(m.start("open"), m.end()) for m in _GLOSS_RE.finditer(text) if _is_gloss(m.group("han"), m.group("py"))]
                   + [(m.start(), m.end()) for m in _ZHUYIN_RE.finditer(text)])
    for a, end in found:
        if a < last:
            continue
        out.append(text[last:a])
        edits.append(Edit(PASS, line, a, text[a:end], ""))
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def drop_pinyin_glosses(page):
    """Remove pinyin glosses printed after characters by mirror sites.

    >>> drop_pinyin_glosses("推动高质量發(fā)展，创（chuàng）建文明城市")
    '推动高质量發展，创建文明城市'
    >>> drop_pinyin_glosses("實習(xí)生 王芳")
    '實習生 王芳'
    >>> drop_pinyin_glosses("鄂伦春（Èlúnchūn）自治旗、阿荣旗（Āróng Qí）、大杨树（Dàyángshù）镇")
    '鄂伦春自治旗、阿荣旗、大杨树镇'
    >>> drop_pinyin_glosses("理(ㄌㄧˇ)塘：高原小城的文明新（ㄒㄧㄣ）顏")
    '理塘：高原小城的文明新顏'
    >>> drop_pinyin_glosses("人工智能(AI)、品牌(brand)、平安(an)、方案(A)、规划(2023)")
    '人工智能(AI)、品牌(brand)、平安(an)、方案(A)、规划(2023)'
    """
    return run_pass(page, lambda p: map_units(p, PASS, _fix))
