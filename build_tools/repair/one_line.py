"""Pass `break_one_line_page`: a whole page copied onto one line.

Some copies lose every line break: the masthead, the titles, the bylines and the texts of a
page's articles stand on ONE line, set apart by spaces only
(``某某日报 2016年9月21日 第A06版 要闻 标题一 本报记者 张三 正文一。 标题二 …``). Nothing
downstream can find a title on such a line. When the page is one long line with sentences in it,
it is broken into lines first, at its spaces: the masthead (the longest run of words at the start
that reads whole as a meta line: outlet, date, page) stays one line, a byline's role words and
names stay one line (本报记者 乌日娜), every other space ends a line. Each break is an edit.
Limits and words: data/layout.yaml `one_line_page_min_chars`, `byline_roles`.
"""
from __future__ import annotations

import functools
import re

from ..data import load_data
from ..model import Edit
from .core import HAN_RE, Page, Unit, run_pass

PASS = "break_one_line_page"

_SENTENCE_END_RE = re.compile(r"[。！？!?]")
# a person's name in a byline: a few characters, maybe with a middle dot (巴图·其木格)
_NAME_RE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff·•]{0,6}[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict, tuple[str, ...]]:
    lay = load_data("layout.yaml")
    return lay, tuple(sorted(lay["byline_roles"], key=len, reverse=True))


def _masthead_words(t: str, tokens: list[re.Match]) -> int:
    """How many words at the start of the line read whole as a masthead line (outlet, date, page)."""
    from .furniture import lex_meta

    best = 0
    for j in range(1, min(len(tokens), 8) + 1):
        fields = lex_meta(t[tokens[0].start():tokens[j - 1].end()]) or []
        kinds = {f for f, _ in fields}
        if kinds and "date" in kinds and kinds <= {"outlet", "date", "page", "page_name", "chrome", "weekday"}:
            best = j
    return best


def _is_role(word: str, roles: tuple[str, ...]) -> bool:
    """A byline's role word, maybe after its paper's name (本报记者, 通讯员, 内蒙古晨报记者)."""
    return any(word.endswith(r) for r in roles) and len(word) <= 12 and not _SENTENCE_END_RE.search(word)


def _break(page: Page) -> Page:
    lay, roles = _vocabulary()
    lines = [u for u in page.units if u.text.strip()]
    if len(lines) != 1 or lines[0].kind:
        return page
    u = lines[0]
    t = u.text
    tokens = list(re.finditer(r"\S+", t))
    if (len(HAN_RE.findall(t)) < lay["one_line_page_min_chars"] or len(tokens) < 4
            or len(_SENTENCE_END_RE.findall(t)) < 2):
        return page
    groups: list[tuple[int, int]] = []  # (first token, last token) of each new line
    head = _masthead_words(t, tokens)
    if head:
        groups.append((0, head - 1))
    in_byline = False
    for j in range(head, len(tokens)):
        w = tokens[j].group(0)
        role = _is_role(w, roles)
        name = bool(_NAME_RE.fullmatch(w)) and len(w) <= 8
        if in_byline and (role or name):
            groups[-1] = (groups[-1][0], j)
        else:
            groups.append((j, j))
        in_byline = role or (in_byline and name)
    if len(groups) < 3 or not (head or any(_is_role(m.group(0), roles) for m in tokens)):
        return page  # (a paragraph with spaces between its sentences: no masthead, no byline)
    units, edits = [], []
    for k, (a, b) in enumerate(groups):
        text = t[tokens[a].start():tokens[b].end()]
        units.append(Unit(text, u.first, u.last, u.gap if k == 0 else 0, ""))
        if k:
            gap = t[tokens[a - 1].end():tokens[a].start()]
            edits.append(Edit(PASS, u.first, tokens[a - 1].end(), gap, "\n"))
    return page.evolve(units, edits)


def break_one_line_page(page):
    """Break a page copied onto one line into its lines.

    >>> print(break_one_line_page("某某日报 2023年5月6日 第3版 要闻 某某县：老街换新颜 本报记者 张小明 "
    ...                           "今年以来，某某县改造老街3条，新建口袋公园5个。居民说，街巷更干净了，晚上散步也方便了。 "
    ...                           "某某镇：新建驿站 通讯员 李红 某某镇在主街两侧新建驿站5个。环卫工人有了歇脚处，还能喝上热水。"))
    某某日报 2023年5月6日 第3版 要闻
    某某县：老街换新颜
    本报记者 张小明
    今年以来，某某县改造老街3条，新建口袋公园5个。居民说，街巷更干净了，晚上散步也方便了。
    某某镇：新建驿站
    通讯员 李红
    某某镇在主街两侧新建驿站5个。环卫工人有了歇脚处，还能喝上热水。
    >>> break_one_line_page("今年以来，某某县改造老街3条。 居民说，街巷更干净了。")
    '今年以来，某某县改造老街3条。 居民说，街巷更干净了。'
    """
    return run_pass(page, _break)
