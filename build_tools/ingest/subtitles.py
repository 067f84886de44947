"""A subtitle file (SRT or WebVTT) of a TV news item -> the item's text.

Cue numbers and timecodes (00:00:13,600 --> 00:00:17,900) are no words: they
are dropped, and counted in a note. A cue's text runs on into the next cue
when it stops mid-sentence (at a comma or no punctuation while the next cue
goes on), so that a sentence broken across cues is one sentence again; short
cues with no punctuation at all (the programme, the date, the headline, a
reporter's credit) stay lines of their own. Punctuation lists are in
data/markup.yaml.
"""
from __future__ import annotations

import re

from .markup_data import markup_vocabulary

_TIMECODE = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}.*$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
_VTT_HEADER = re.compile(r"^\ufeff?WEBVTT\b")
_VTT_TAG = re.compile(r"</?(?:c|v|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[:.\d]*>")


def is_subtitles(text: str) -> bool:
    """A WebVTT header, or at least three timecode lines making up a sixth of the non-blank lines.

    >>> is_subtitles("WEBVTT\\n\\n00:01.000 --> 00:04.000\\n文明\\n")
    True
    >>> is_subtitles("会议于09:30开始。\\n")
    False
    """
    if _VTT_HEADER.match(text):
        return True
    lines = [ln for ln in text.split("\n") if ln.strip()]
    codes = sum(1 for ln in lines if _TIMECODE.match(ln))
    return codes >= 3 and codes * 6 >= len(lines)


def cues(text: str) -> tuple[list[str], int]:
    """(the text of each cue, how many timecodes and cue numbers were dropped)."""
    out: list[str] = []
    dropped = 0
    current: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _TIMECODE.match(s):
            dropped += 1
            continue
        if _CUE_NUMBER.match(s) and _TIMECODE.match(nxt):
            dropped += 1
            continue
        if not s or (i == 0 and _VTT_HEADER.match(s)):
            if current:
                out.append("".join(current) if _all_han_edges(current) else " ".join(current))
                current = []
            continue
        current.append(_VTT_TAG.sub("", s))
    if current:
        out.append("".join(current) if _all_han_edges(current) else " ".join(current))
    return out, dropped


def _all_han_edges(parts: list[str]) -> bool:
    return all(not (a[-1:].isascii() and b[:1].isascii()) for a, b in zip(parts, parts[1:]))


def join_cues(texts: list[str]) -> list[str]:
    """Cues -> lines: a cue that stops mid-sentence runs on into the next.

    >>> join_cues(["新闻", "今年以来，", "全市新建公园12个。", "记者 王明 报道"])
    ['新闻', '今年以来，全市新建公园12个。', '记者 王明 报道']
    >>> join_cues(["某区：公园扮靓城区", "今年以来，某区新建公园", "23个。"])
    ['某区：公园扮靓城区', '今年以来，某区新建公园23个。']
    """
    v = markup_vocabulary()["subtitles"]
    out: list[str] = []
    run_on = False
    for t in texts:
        if run_on and out:
            out[-1] += t
        else:
            out.append(t)
        # a cue stopping at a comma, or one that stops bare inside a sentence it began with a
        # comma (今年以来，某区新建公园 / 23个。), runs on; a bare cue without any (a headline) does not
        run_on = t[-1:] in v["run_on_ends"] or (
            t[-1:] not in v["sentence_ends"] and any(c in t for c in v["clause_marks"]))
    return out


def read_subtitles(name: str, text: str) -> tuple[str, list[str]]:
    texts, dropped = cues(text)
    lines = join_cues(texts)
    note = (f"{name}: a subtitle file: {len(texts)} cues read as {len(lines)} lines; "
            f"{dropped} cue numbers and timecodes dropped")
    return "\n\n".join(lines) + "\n", [note]
