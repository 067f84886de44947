"""A paper's LaTeX source saved as it is -> its text as a printed copy reads.

    \\documentclass{ctexart} … \\title{标题\\\\——副题} \\author{某某\\thanks{单位}}
    \\begin{document} \\maketitle … \\section{引言} 正文\\cite{key}\\footnote{注} … \\end{document}

The preamble, command names, cite keys, option sizes (12pt) and table cells are no words of the
article, and their digits are no facts. The paper is written back as its headline, its subtitle
(a dash line), a byline, then its paragraphs; section titles become lines, footnotes follow the
text as paragraphs, tables and figures are dropped (said in a note). Command names: data/markup.yaml
`latex`. Every scan is a single pass over the text, so a huge file stays linear.
"""
from __future__ import annotations

import re

from .markup_data import markup_vocabulary

_CMD = re.compile(r"\\([A-Za-z]+)\*?|\\(.)", re.S)
_ENV_MARK = re.compile(r"\\(begin|end)\{([A-Za-z*]+)\}")
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def is_latex(text: str) -> bool:
    """True when the text is a LaTeX document's source.

    >>> is_latex("\\\\documentclass{ctexart}\\n\\\\begin{document}\\n正文\\n\\\\end{document}\\n")
    True
    >>> is_latex("文明城市 \\\\section 一词") is False
    True
    """
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return head.startswith(("\\documentclass", "%")) and "\\begin{document}" in text and "\\documentclass" in head


def _group(text: str, i: int) -> tuple[str, int]:
    """The {…} group opening at or after i (spaces skipped) -> (its content, the index after it)."""
    n = len(text)
    while i < n and text[i] in " \t\r\n":
        i += 1
    if i >= n or text[i] != "{":
        return "", i
    depth, j = 0, i
    while j < n:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j], j + 1
        j += 1
    return text[i + 1:], n


def _argument(text: str, command: str) -> str | None:
    """The first argument of the first \\command{…} in the text, or None."""
    m = re.search(r"\\" + command + r"\*?(?:\[[^\]]*\])?\s*(?=\{)", text)
    return _group(text, m.end())[0] if m else None


def _plain(tex: str, vocab: dict, notes: list[str]) -> str:
    """LaTeX text -> plain text: kept commands give their argument, dropped ones vanish with it,
    footnotes go to `notes`; one pass over the text."""
    out, i, n = [], 0, len(tex)
    keep, drop = set(vocab["keep_argument"]), set(vocab["drop_with_argument"])
    while i < n:
        c = tex[i]
        if c == "\\":
            m = _CMD.match(tex, i)
            name, sym = m.group(1), m.group(2)
            i = m.end()
            if sym is not None:
                out.append("\n" if sym == "\\" else sym if sym in "%&$#_{}" else "")
                continue
            while i < n and tex[i] == "[":  # optional argument
                k = tex.find("]", i)
                i = n if k < 0 else k + 1
            if name == "footnote":
                arg, i = _group(tex, i)
                notes.append(_plain(arg, vocab, notes))
            elif name in keep:
                arg, i = _group(tex, i)
                out.append(_plain(arg, vocab, notes))
                if name in vocab["heading"]:
                    out[-1] = "\n\n" + out[-1].strip() + "\n\n"
            elif name in drop:
                _, i = _group(tex, i)
            continue
        if c in "{}~":
            out.append(" " if c == "~" else "")
        else:
            out.append(c)
        i += 1
    return "".join(out)


def _paragraphs(text: str) -> list[str]:
    return [re.sub(r"[ \t]*\n[ \t]*", "", p).strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _without_environments(body: str, drop: set[str], dropped: list[str]) -> str:
    """Every \\begin{…} and \\end{…} made a paragraph break, and a dropped environment (a table, a
    figure) cut out from its \\begin to its matching \\end; one pass with a stack of the open
    environments, so unclosed ones cost nothing (a regex per \\begin scanning for its \\end was
    quadratic)."""
    stack: list[tuple[str, int]] = []  # (name, where its \begin starts)
    open_names: dict[str, int] = {}
    open_dropped = 0  # dropped environments open around this point
    cuts: list[tuple[int, int]] = []  # spans to replace with a break
    for m in _ENV_MARK.finditer(body):
        kind, env = m.group(1), m.group(2)
        if kind == "begin":
            stack.append((env, m.start()))
            open_names[env] = open_names.get(env, 0) + 1
            open_dropped += env.rstrip("*") in drop
            cuts.append((m.start(), m.end()))
            continue
        cuts.append((m.start(), m.end()))
        if not open_names.get(env):
            continue
        while stack:  # close what was left open inside it
            top, start = stack.pop()
            open_names[top] -= 1
            open_dropped -= top.rstrip("*") in drop
            if top == env:
                break
        if env.rstrip("*") in drop and not open_dropped:
            dropped.append(env)
            while cuts and cuts[-1][0] >= start:  # the breaks inside it go with it
                cuts.pop()
            cuts.append((start, m.end()))
    out, at = [], 0
    for a, b in cuts:
        out += [body[at:a], "\n\n"]
        at = b
    return "".join(out) + body[at:]


def read_latex(name: str, text: str) -> tuple[str, list[str]] | None:
    if not is_latex(text):
        return None
    vocab = markup_vocabulary()["latex"]
    labels = markup_vocabulary()["labels"]
    text = _COMMENT.sub("", text.lstrip("\ufeff"))
    start, end = text.find("\\begin{document}"), text.rfind("\\end{document}")
    preamble, body = text[:start], text[start + len("\\begin{document}"):end if end > start else len(text)]
    lines: list[str] = []
    title = _argument(preamble, "title") or _argument(body, "title")
    if title:
        heads = [h.strip() for h in _plain(title, vocab, []).split("\n") if h.strip()]
        lines += heads[:1] + ["——" + h.lstrip("—－- ") for h in heads[1:]]
    author = _argument(preamble, "author") or _argument(body, "author")
    if author:
        author = re.sub(r"\\thanks\s*", "\\\\footnote", author)  # \thanks is an affiliation: dropped
        author = re.sub(r"\\and\b", "\n", author)
        names = [a.strip() for a in re.split(r"[，,、;；\n]", _plain(author, vocab, [])) if a.strip()]
        if names:
            lines.append(labels["author"] + " ".join(names))
    dropped = []

    body = _without_environments(body, set(vocab["drop_environments"]), dropped)
    footnotes: list[str] = []
    paras = _paragraphs(_plain(body, vocab, footnotes))
    lines += paras + [p for f in footnotes for p in _paragraphs(f)]
    note = (f"{name}: a LaTeX source read as one paper (title, author, text, footnotes); dropped the "
            f"preamble, commands, cite keys{', and the environments ' + ', '.join(sorted(set(dropped))) if dropped else ''}")
    return "\n\n".join(lines) + "\n", [note]
