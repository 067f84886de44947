"""OCR of a series of screenshots of a TV news item -> the item, as a web copy prints it.

    （新闻直播间 2024年1月23日 截图文字识别）
    【截图1】
    CCTV-13 新闻　直播　19:32          <- the channel's bug and clock
    某地：标题                          <- the lower third, repeated on every frame
    解说词的一行                         <- the narration: the text
    滚动新闻：其他新闻……                 <- a ticker: other news, no facts of this item

A line seen on two or more frames is the headline, printed once; bug lines, clocks and ticker
lines are dropped; a Chinese name at the end of a bug (the outlet's watermark) and the channel's
code are written back on a meta line with the note's date. Vocabulary: data/markup.yaml
`screenshots`.
"""
from __future__ import annotations

import re
from collections import Counter

from .markup_data import markup_vocabulary

_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?::[0-5]\d)?")


def _frames(text: str):
    v = markup_vocabulary()["screenshots"]
    marker = re.compile(v["marker"])
    head: list[str] = []
    frames: list[list[str]] = []
    for line in text.lstrip("\ufeff").split("\n"):
        if marker.match(line):
            frames.append([])
        elif line.strip():
            (frames[-1] if frames else head).append(line.strip())
    if len(frames) < v["min_frames"]:
        return None
    return head, frames


def is_screenshots(text: str) -> bool:
    """Is the text OCR of two or more screenshots, each under its marker?

    >>> is_screenshots("【截图1】\\n标题\\n一行\\n【截图2】\\n标题\\n二行\\n")
    True
    """
    return _frames(text) is not None


def read_screenshots(name: str, text: str) -> tuple[str, list[str]] | None:
    got = _frames(text)
    if got is None:
        return None
    head, frames = got
    v = markup_vocabulary()["screenshots"]
    bug_re = re.compile(v["bug_start"])
    ticker_re = re.compile(rf"^(?:{'|'.join(map(re.escape, v['ticker']))})\s*[：:|｜]")
    seen = Counter(line for f in frames for line in set(f))
    credit_re = re.compile(rf"^(?:{'|'.join(map(re.escape, v['credit_start']))})[\s\u3000：:]")
    channel, watermark, headline, text_lines, credits, dropped = "", "", "", [], [], Counter()
    for f in frames:
        for line in f:
            m = bug_re.match(line)
            if m:
                channel = channel or m.group(0).strip()
                rest = [w for w in re.split(r"[\s\u3000]+", line[m.end():]) if w]
                names = [w for w in rest if not _CLOCK.fullmatch(w) and w not in v["bug_words"]]
                watermark = watermark or (names[-1] if names else "")
                dropped["bug"] += 1
            elif ticker_re.match(line):
                dropped["ticker"] += 1
            elif credit_re.match(line):
                credits.append(line)
            elif seen[line] >= 2:
                headline = headline or line
            elif line not in text_lines:
                text_lines.append(line)
    date = next((m.group(0) for h in head for m in [_DATE.search(h)] if m), "")
    labels = markup_vocabulary()["labels"]
    meta = []
    if date:
        meta.append(labels["date"] + date)
    source = watermark or channel
    if source:
        meta.append(labels["source"] + source)
    # (on-screen subtitles are printed without punctuation: each line is closed as a sentence)
    ends = markup_vocabulary()["subtitles"]["sentence_ends"]
    text_lines = [x if x.endswith(tuple(ends)) else x + "。" for x in text_lines]
    out = ([headline] if headline else []) + (["  ".join(meta)] if meta else []) + credits + ["".join(text_lines)]
    note = (f"{name}: OCR of {len(frames)} screenshots: the repeated headline printed once, the narration read (its unpunctuated lines closed as sentences); "
            f"dropped the note over them, {dropped['bug']} channel bug line(s) with their clocks and "
            f"{dropped['ticker']} ticker line(s) (other news)")
    return "\n\n".join(x for x in out if x) + "\n", [note]
