"""Text printed in columns side by side -> the columns one after another.

`pdftotext -layout`, and copies of fixed-width e-paper text, put two or
three columns of a page on the same lines, separated by a run of spaces:
read line by line, every line would join half a sentence of one article to
half a sentence of another. This module finds such a page (enough lines
whose text resumes after a wide gap at the same position, the columns being
prose, not a table's cells) and writes it the way the rest of the pipeline
reads a page: the lines above and between the column bands in place (a
masthead, a title across the columns), then each band's columns one after
another, a blank line where a column has nothing on a line. No character
is dropped or changed; only the order of the lines and the spaces between
columns change, and the page's report says so.

Positions are counted two ways (a Han character one cell or two: pdftotext
counts characters, an editor's fixed-width font shows two cells); the way
in which the columns line up better is used. Thresholds: data/page_input.yaml
`text_columns`.
"""
from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from dataclasses import dataclass

from ..data import load_data

_SPACE_RE = re.compile(r"[ \t\u3000]+")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
# two or more spaces inside a line's text: fields set apart (a page foot's credits), never prose
_FIELD_GAP_RE = re.compile(r"\S[ \u3000]{2,}\S")


@dataclass(frozen=True)
class Chunk:
    text: str
    start: tuple[int, int]   # (characters, display cells) before it on its line
    end: tuple[int, int]


def _cells(s: str) -> int:
    return sum(4 if ch == "\t" else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _has_gap(line: str, min_gap: int) -> bool:
    """Whether `_chunks` may split the line: a run of spaces of at least min_gap cells inside it."""
    return any(m.start() > 0 and m.end() < len(line) and _cells(m.group(0)) >= min_gap
               for m in _SPACE_RE.finditer(line))


def _chunks(line: str, min_gap: int) -> list[Chunk]:
    """The line's runs of text, split at gaps of at least min_gap cells (the first run keeps its indent)."""
    out: list[Chunk] = []
    pos = 0
    text_start = None
    for m in _SPACE_RE.finditer(line):
        if m.start() == 0 or _cells(m.group(0)) < min_gap or m.end() == len(line):
            continue
        if text_start is None:
            text_start = len(line) - len(line.lstrip(" \t\u3000"))
        piece = line[text_start:m.start()]
        if piece:
            out.append(Chunk(piece, (text_start, _cells(line[:text_start])), (m.start(), _cells(line[:m.start()]))))
        text_start = m.end()
        pos = m.end()
    if text_start is None:
        text_start = len(line) - len(line.lstrip(" \t\u3000"))
    piece = line[max(text_start, pos):].rstrip()
    if piece.strip():
        start = max(text_start, pos)
        out.append(Chunk(piece, (start, _cells(line[:start])), (start + len(piece), _cells(line[:start + len(piece)]))))
    return out


def _clusters(values: list[tuple[int, float]], tol: float) -> list[tuple[float, set[int]]]:
    """(most common position, rows) of groups of (row, position) pairs within tol of the group's first."""
    groups: list[tuple[float, set[int], list[float]]] = []
    for row, v in sorted(values, key=lambda x: x[1]):
        if groups and v - groups[-1][0] <= tol:
            groups[-1][1].add(row)
            groups[-1][2].append(v)
        else:
            groups.append((v, {row}, [v]))
    return [(statistics.mode(vs), rows) for _, rows, vs in groups]


def _split_at_columns(line: str, chunk: Chunk, cols: list[float], way: int, tol: float) -> list[Chunk]:
    """The chunk cut at each space after which its text starts at a column's position (within
    tol); the chunk as it was where no space does."""
    out: list[Chunk] = []
    start = chunk.start[0]
    for m in _SPACE_RE.finditer(line, chunk.start[0], chunk.end[0]):
        at = (m.end(), _cells(line[:m.end()]))
        if any(abs(at[way] - c) <= tol for c in cols[1:]) and line[start:m.start()].strip():
            out.append(Chunk(line[start:m.start()], (start, _cells(line[:start])), (m.start(), _cells(line[:m.start()]))))
            start = m.end()
    if not out:
        return [chunk]
    out.append(Chunk(line[start:chunk.end[0]], (start, _cells(line[:start])), chunk.end))
    return out


@dataclass(frozen=True)
class Columns:
    text: str
    count: int       # columns found
    rows: int        # lines that held more than one column


@functools.lru_cache(maxsize=1)
def _settings() -> dict:
    """data/page_input.yaml `text_columns`, loaded once per process (not once per page)."""
    return load_data("page_input.yaml")["text_columns"]


def read_text_columns(text: str) -> Columns | None:
    """The page re-ordered column by column, or None when it is not laid out in columns."""
    cfg = _settings()
    lines = text.split("\n")
    if sum(1 for line in lines if _has_gap(line, cfg["min_gap_cells"])) < cfg["min_rows"]:
        return None  # (too few lines with a gap for columns, told without measuring every line)
    rows = [_chunks(line, cfg["min_gap_cells"]) for line in lines]
    nonblank = sum(1 for r in rows if r)
    multi = [k for k, r in enumerate(rows) if len(r) >= 2]
    if len(multi) < cfg["min_rows"] or len(multi) < cfg["min_row_share"] * nonblank:
        return None
    # count positions the way in which the columns line up: the way whose column starts hold
    # the most of the text resuming after a gap, columns at least a column's width apart
    best = None
    for way in (0, 1):
        tol = cfg["start_tolerance"] / (1 if way else 2) + (0 if way else 1)
        left = statistics.mode(r[0].start[way] for r in rows if r)
        inner = [(k, c.start[way]) for k, r in enumerate(rows) for c in r[1:]]
        inner += [(k, r[0].start[way]) for k, r in enumerate(rows)
                  if len(r) == 1 and r[0].start[way] > left + 3 * tol]
        starts = [pos for pos, members in _clusters(inner, tol)
                  if len(members & set(multi)) >= cfg["min_rows"]
                  and len(members) >= cfg["min_row_share"] * nonblank]
        apart = cfg["min_column_chars"] * (2 if way else 1)
        if not starts or any(b - a < apart for a, b in zip([left] + starts, starts)):
            continue  # (one column's lines scattered over starts a few characters apart)
        covered = sum(1 for _, pos in inner if any(abs(pos - s) <= tol for s in starts)) / len(inner)
        if best is None or covered > best[0]:
            best = (covered, way, tol, left, starts)
    if best is None:
        return None
    _, way, tol, left, starts = best
    cols = [left] + starts

    def column_of(c: Chunk) -> int | None:
        for i in range(len(cols) - 1, -1, -1):
            if abs(c.start[way] - cols[i]) <= tol or (i == 0 and c.start[way] < cols[1] - tol):
                return i
        # an indented first line of a paragraph starts a little right of its column
        for i in range(len(cols) - 1, -1, -1):
            if 0 <= c.start[way] - cols[i] <= 3 * tol:
                return i
        return None

    def fits(c: Chunk, i: int) -> bool:
        return i == len(cols) - 1 or c.end[way] <= cols[i + 1]

    placed: list[dict[int, Chunk] | None] = []   # per line: column -> chunk, or None: across the columns
    for k_row, r in enumerate(rows):
        if (len(r) == 1 and placed and placed[-1] and len(placed[-1]) >= 2
                and not fits(r[0], column_of(r[0]) or 0)):
            # two columns' lines touching, one space between them (…“五美”庭院 圾投放点58处。) under
            # a line of both columns: split where the text after a space starts the next column
            r = rows[k_row] = _split_at_columns(lines[k_row], r[0], cols, way, tol)
        where: dict[int, Chunk] = {}
        for c in r:
            i = column_of(c)
            if i is None or i in where or not fits(c, i):
                where = None
                break
            where[i] = c
        placed.append(where)
    # prose, not a table: each column's text is long and mostly Han
    for i in range(len(cols)):
        texts = [p[i].text.strip() for p in placed if p and i in p]
        joined = "".join(texts)
        if (not texts or statistics.median(len(t) for t in texts) < cfg["min_prose_chars"]
                or len(_HAN_RE.findall(joined)) < cfg["min_han_share"] * len(joined.replace(" ", ""))):
            return None
    out: list[str] = []
    k = 0
    n_multi = 0
    while k < len(lines):
        if placed[k] is None or not placed[k]:
            out.append(" ".join(c.text.strip() for c in rows[k]) if placed[k] is None else "")
            k += 1
            continue
        end = k
        while end < len(lines) and placed[end] is not None:
            end += 1
        # the band's tail under a blank line after its columns end (only the first column's
        # lines, run straight on into text across the page: 灌南县：… / 本报记者 … / full-width
        # text) heads the piece below, not the first column's end: read after the columns
        last_multi = max((j for j in range(k, end) if placed[j] and max(placed[j]) > 0), default=None)
        if last_multi is not None and end < len(lines) and placed[end] is None:
            blanks = [j for j in range(last_multi + 1, end) if not placed[j]]
            if blanks and blanks[-1] + 1 < end and all(not placed[j] or set(placed[j]) == {0}
                                                       for j in range(blanks[-1] + 1, end)):
                end = blanks[-1]
        elif last_multi is not None and end >= len(lines):
            # the page's foot under a blank line after the columns end (责编 张三   图编 李四: fields
            # set apart by spaces, no column's prose): read after the columns, not as the first
            # column's end
            stop = end
            while stop > last_multi + 1 and not placed[stop - 1]:
                stop -= 1  # (blank lines closing the page)
            blanks = [j for j in range(last_multi + 1, stop) if not placed[j]]
            tail = [j for j in range(blanks[-1] + 1, stop) if placed[j]] if blanks else []
            if tail and all(set(placed[j]) == {0} and _FIELD_GAP_RE.search(placed[j][0].text.strip())
                            for j in tail):
                end = blanks[-1]
        band = placed[k:end]
        if sum(1 for p in band if p and (len(p) > 1 or min(p) > 0)) == 0:
            out.extend(" ".join(c.text.strip() for c in rows[j]) for j in range(k, end))
            k = end
            continue
        n_multi += sum(1 for p in band if len(p) > 1)
        for i in range(len(cols)):
            if i and out and out[-1]:
                out.append("")
            for p in band:
                c = p.get(i)
                if c is None:
                    if out and out[-1]:
                        out.append("")
                    continue
                indent = c.start[way] - cols[i] if c.start[way] > cols[i] else 0
                out.append("\u3000" * (indent // (2 if way else 1)) + c.text.strip())
        k = end
    return Columns("\n".join(out), len(cols), n_multi)
