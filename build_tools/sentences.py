"""Split repaired paragraph text into sentences.

Facts quote whole sentences and link to them, so the article page and the
fact extractor must cut sentences the same way: both call `split_sentences`.
A sentence ends at 。！？ (or …… / ；when followed by more text is *not* an
end), and keeps closing quotes/brackets that follow the end mark.
"""
from __future__ import annotations

import re

_END = "。！？!?"
_CLOSE = "”’」』）)》"
# An end mark, optionally followed by closing quotes/brackets.
# A paragraph whose last character is not one of these stops mid-sentence.
PARAGRAPH_END = _END + "…" + _CLOSE
_SENT_RE = re.compile(rf"[^{_END}]*?(?:[{_END}]+[{_CLOSE}]*|$)")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text`; joining them gives `text` back.

    >>> split_sentences("城市更美好。生活更幸福！")
    ['城市更美好。', '生活更幸福！']
    >>> split_sentences("他说：“我们只能前进。”随后离开")
    ['他说：“我们只能前进。”', '随后离开']
    >>> "".join(split_sentences("无终止符的文字")) == "无终止符的文字"
    True
    """
    out = [m.group(0) for m in _SENT_RE.finditer(text) if m.group(0)]
    return out


# -- quoting units --------------------------------------------------------------
# Facts quote the sentence they come from, and the page gives each sentence an
# anchor. A "sentence" without an end mark can be a whole table or a page-long
# line; quoted once per number, it made output grow with numbers x length.
# So sentences are cut into *quoting units* of at most MAX_UNIT characters and
# MAX_NUMBERS numbers, at clause marks, cell separators or spaces where
# possible (a number is never cut). Real sentences stay whole: the longest in
# the seeds and test pages has 228 characters, the most numbers 7.
MAX_UNIT = 240
MAX_NUMBERS = 8
_BREAK_AFTER = "，；：、,;:|｜\t 　)）】」』”"
# (a time of day, 8:30, and a figure with thousands commas, 1,294, are one number: never cut inside)
NUMBER_RUN = re.compile(r"[0-9０-９]+(?:[.．:：,][0-9０-９]+)*|[零〇一二两三四五六七八九十百千万亿]{2,}")


def quoting_units(text: str) -> list[str]:
    """The sentences of `text`, long or number-heavy ones cut into bounded
    quoting units; joining them gives `text` back.

    >>> quoting_units("城市更美好。生活更幸福！")
    ['城市更美好。', '生活更幸福！']
    >>> [len(u) for u in quoting_units("甲" * 500)]
    [240, 240, 20]
    >>> quoting_units("、".join(f"{i}个" for i in range(1, 11)))
    ['1个、2个、3个、4个、5个、6个、7个、8个、', '9个、10个']
    """
    return [u for u, _ in quoting_pieces(text)]


def quoting_pieces(text: str) -> list[tuple[str, bool]]:
    """`quoting_units` with, for each, whether it continues a sentence that was cut.

    >>> [(len(u), cut) for u, cut in quoting_pieces("好。" + "甲" * 250)]
    [(2, False), (240, False), (10, True)]
    """
    out: list[tuple[str, bool]] = []
    for s in split_sentences(text):
        if len(s) <= MAX_UNIT and len(NUMBER_RUN.findall(s, 0, MAX_UNIT)) <= MAX_NUMBERS:
            out.append((s, False))
        else:
            out.extend((piece, k > 0) for k, piece in enumerate(_bounded(s)))
    return out


def _bounded(s: str) -> list[str]:
    runs = [(m.start(), m.end()) for m in NUMBER_RUN.finditer(s)]
    pieces: list[str] = []
    start, r = 0, 0  # r: index of the first number run at or after start
    n = len(s)
    while n - start > 0:
        while r < len(runs) and runs[r][1] <= start:
            r += 1
        limit = min(n, start + MAX_UNIT)
        if r + MAX_NUMBERS < len(runs):  # the (MAX_NUMBERS+1)th number must start a new unit
            limit = min(limit, max(runs[r + MAX_NUMBERS][0], start + 1))
        if limit >= n:
            pieces.append(s[start:])
            break
        inside = {i for a, b in runs[r:] if a < limit for i in range(a, b)}
        cut = next((i + 1 for i in range(limit - 1, start - 1, -1)
                    if s[i] in _BREAK_AFTER and i not in inside), start)  # (not 17:|30, 1,|294)
        if cut <= start:  # no break mark: cut at the limit, not inside a number
            cut = limit
            for a, b in runs[r:r + MAX_NUMBERS + 1]:
                if a < cut < b and a > start:
                    cut = a
                    break
        pieces.append(s[start:cut])
        start = cut
    return pieces
