"""An exported chat with an AI assistant, holding an article the user pasted in -> the article.

    用户：
    请帮我整理下面这篇报道的数据。

    标题
    正文…

    助手：
    好的，以下是…

Each turn opens with a line holding only a speaker's label (data/markup.yaml `chat`). The article
is the user's turn with the most text, less its request (the short lines before its first blank
line). The assistant's turns are dropped with the export's header: their tables, summaries and
rounded figures are no words and no facts of the article; the note says so.
"""
from __future__ import annotations

import re

from .markup_data import markup_vocabulary


def _turns(text: str) -> list[tuple[str, list[str]]] | None:
    vocab = markup_vocabulary()["chat"]
    labels = {n: "user" for n in vocab["user"]} | {n: "assistant" for n in vocab["assistant"]}
    alt = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    turn_re = re.compile(rf"^\s*(?:\*\*)?({alt})(?:\*\*)?\s*[：:]\s*(?:\*\*)?\s*$", re.I)
    turns: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        m = turn_re.match(line)
        if m:
            who = next(v for k, v in labels.items() if k.lower() == m.group(1).lower())
            turns.append((who, []))
        elif turns:
            turns[-1][1].append(line.rstrip())
    kinds = {w for w, _ in turns}
    if len(turns) < vocab["min_turns"] or kinds != {"user", "assistant"}:
        return None
    return turns


def is_chat(text: str) -> bool:
    """Is the text an exported chat (a user's turns and an AI assistant's)?

    >>> is_chat("用户：\\n请整理。\\n\\n标题\\n正文。\\n助手：\\n好的。\\n")
    True
    """
    return _turns(text) is not None


def read_chat(name: str, text: str) -> tuple[str, list[str]] | None:
    turns = _turns(text)
    if turns is None:
        return None
    user = max((lines for who, lines in turns if who == "user"), key=lambda ls: sum(len(x.strip()) for x in ls))
    body = "\n".join(user).strip("\n").split("\n")
    # the request: the short lines before the first blank line, when text follows it
    if "" in [x.strip() for x in body]:
        cut = [x.strip() for x in body].index("")
        head = body[:cut]
        if all(len(x.strip()) <= markup_vocabulary()["chat"]["request_max_chars"] for x in head) and any(
                x.strip() for x in body[cut:]):
            body = body[cut:]
    dropped = sum(1 for who, _ in turns if who == "assistant")
    note = (f"{name}: an exported chat with an AI assistant: the article the user pasted in read; dropped the "
            f"export's header, the user's request and {dropped} assistant turn(s) (their summaries are no facts)")
    return "\n".join(body).strip("\n") + "\n", [note]
