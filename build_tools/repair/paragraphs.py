"""Pass `reflow`: join lines broken inside a sentence or a word; rebuild paragraphs.

What the page tells us:

* the column width W: the most common printed width of single lines standing
  between blank lines (narrow columns print every line on its own);
* a line without end punctuation continues on the next line; a line ending in
  。！？…… (maybe followed by a closing quote) ends its paragraph;
* two or more blank lines separate blocks (captions, articles) and are never
  bridged;
* a long line of running text (with commas) that stops without end
  punctuation was broken across columns and continues in the next long block.

Never joined: `#` headings, bylines (□...), photo credits (X 摄), subtitles
(——...), banners, and a short heading line without punctuation directly
followed (no blank line) by its sub-heading; the sub-heading itself may run on
over one blank line into a short last line.
"""
from __future__ import annotations

import functools

import re
from collections import Counter
from dataclasses import replace

from ..data import four_character_words, load_data, two_character_words
from ..model import Edit
from .core import (CARD_LABEL_RE, CLOCK_RE, FIGURE_RE, HAN_CLASS, LABEL_LINE_RE, SALUTATION_RE, SPACED_LINE_RE, Page, Unit, display_width, ends_sentence, han_count,
                   latin_only, run_pass)
from .doubled import _runs
from .names import _common_surname, _surname_cost, likely_name, spaced_names_line
from .furniture import vocabulary
from .posts import has_post_tail
from .spaces import BANNER_RE, CREDIT_TAIL_RE


@functools.lru_cache(maxsize=4096)
def _w(text: str) -> int:
    """Printed width of a line, not counting spaces (OCR adds them freely). (Remembered:
    reflow asks it about each line two or three times, for the column, the grid, the line.)"""
    return display_width(re.sub(r"\s+", "", text))

PASS = "reflow"

# A short heading line: at most this many characters and no punctuation.
HEADING_MAX = 10
# Widths within this many columns (1 Han char = 2) of W count as full lines.
WIDTH_TOL = 4
# A narrow column has at least this many full lines, and this share of the
# single lines of the page.
MIN_NARROW_LINES = 8
MIN_NARROW_SHARE = 0.2
# A short page (a brief item) may have fewer lines: then most of its lines
# must share the width.
MIN_NARROW_LINES_SHORT = 5
SHORT_PAGE_SHARE = 0.6
# Narrowest and widest column we consider "narrow".
MIN_W, MAX_W = 16, 60
# A line at least this wide that holds running-text punctuation and stops
# without end punctuation was broken across columns.
LONG = 50

_ROLE_END_RE = re.compile(r"(?:记者|通讯员|实习生|见习记者|特约记者|摄影)\s*$")
_NAMES_ONLY_RE = re.compile(rf"^[{HAN_CLASS}·]{{2,12}}(?:\s+[{HAN_CLASS}·]{{2,12}})*$|^[{HAN_CLASS}][ \u3000]{{1,3}}[{HAN_CLASS}]$")
_CLOSERS = "”’」』"
# a data graphic's figure alone on its line (42.6万人, 98.2%, 第1名: core.FIGURE_RE) and the short label under it
# what goes on after a digit at a line's end: more digits, or the date's unit (4月2 / 7日讯; 12 / 月20日讯)
_DATE_GOES_ON_RE = re.compile(r"^(?:\d|[年月日号])")
# the rest of a byline broken inside a name: the name's last one or two characters,
# then maybe a role word and the start of the next name (新  通讯员  赵 / 雪)
_BYLINE_GOES_ON_RE = re.compile(
    rf"^[{HAN_CLASS}]{{1,2}}(?:\s+(?:本报|特约)?(?:记者|通讯员|实习生|见习记者)\s*[{HAN_CLASS}·]{{0,4}})?$")
# a dateline's bracket still open at the end of the text: 某某讯（特约记者 …
# a note wholly in brackets on a line of its own: （作者单位：…）, （作者系…）, （来源：…）
_NOTE_LINE_RE = re.compile(r"^[（(][^（()）]{2,60}[）)]$")
_DATELINE_BRACKET_RE = re.compile(r"[讯电]\s*[（(][^（()）]*$")
_HALVES_RE = re.compile(rf"^[{HAN_CLASS}]{{2,}} [{HAN_CLASS}]{{2,}}$")
# quotation marks, as much a part of a title as its Han characters
_TITLE_QUOTES = "“”‘’「」『』《》"
# a short label ending in a colon on a line of its own (青山区： / 凯里： over a headline)
_RULE_LINE_RE = re.compile(r"^\s*[-—_=─━~*·]{3,}\s*$")
_PUNCT_RE = re.compile(r"[，。、；：？！,.;:?!…“”\"（）()《》]")
# marks that a heading standing alone over its text does not hold (quotes and
# book-title marks it may: 以“绣花功夫”提升城市颜值)
_RUNNING_MARK_RE = re.compile(r"[，。、；：？！,.;:?!…（）()]")
# commas and semicolons: running text (a title may hold 、 and ： too)
_COMMA_RE = re.compile(r"[，；,;]")
_BYLINE_MARK_RE = re.compile(r"^(?:□|■|◎|●|文/|文／)")
# a numbered section's head: 一、… / （二）… / 第三，… no sentence mark, short
_NUMBERED_HEAD_RE = re.compile(rf"^(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[）)])[^。！？!?；;，,：:]{{2,30}}$")
_NAMES_RE = re.compile(rf"^[{HAN_CLASS}·]{{2,4}}(?:\s+[{HAN_CLASS}·]{{2,4}})+$")
_SUBTITLE_RE = re.compile(r"^(?:#+\s*)?(?:——|—)")
_ASCII_WORD_END = re.compile(r"[A-Za-z]$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z]")


@functools.lru_cache(maxsize=1)
def _points_below_marks() -> tuple[str, ...]:
    return tuple(load_data("layout.yaml").get("points_below_marks") or ())


def _points_below(text: str, nxt: str) -> bool:
    """A line ending with a mark pointing down at what follows (layout.yaml `points_below_marks`).
    A dash or words (——, 一起来看) point at a heading only: a narrow column's sentence broken
    after a dash (他说—— / 我们…) goes on."""
    t = text.rstrip().rstrip("\ufe0f\ufe0e")
    hit = next((m for m in _points_below_marks() if t.endswith(m)), None)
    return hit is not None and (not re.search(f"[{HAN_CLASS}—]", hit) or _headline_like(nxt))


def _drop_cap(line: str, nxt: str) -> bool:
    """Is `line` a drop cap: one Han character alone on its line that makes a word
    with the start of the line under it (今 / 年以来，…)? (A name broken at a
    byline's end, 王立 / 新, does not make a word with the text under it.)"""
    c, n = line.strip(), nxt.strip()
    if len(c) != 1 or not re.match(f"[{HAN_CLASS}]", c) or not re.match(f"[{HAN_CLASS}]", n[:1]):
        return False
    # (jieba's own dictionary file, not its loaded dictionary: under `mkdocs serve` that holds
    # the search's words too, and a served build must split as a cold one does)
    return c + n[0] in two_character_words() and len(n) >= 6 and bool(re.search("[，。、；]", n))


def _dateline_re() -> re.Pattern:
    """A dated news lead (本报讯 / …电) always starts a paragraph (data/layout.yaml)."""
    global _DATELINE
    if _DATELINE is None:
        from ..data import load_data

        _DATELINE = re.compile(load_data("layout.yaml")["dateline"])
    return _DATELINE


_DATELINE: re.Pattern | None = None


@functools.lru_cache(maxsize=1)  # asked for every line of every page: parse the catalogue once
def _byline_roles() -> frozenset[str]:
    """Role words of bylines (data/layout.yaml): a line of one of them alone is a byline."""
    from ..data import load_data

    return frozenset(load_data("layout.yaml")["byline_roles"])


@functools.lru_cache(maxsize=1)
def _document_title_re() -> re.Pattern:
    """关于 … 的函 / 通知 …: an official document's title (data/layout.yaml)."""
    from ..data import load_data

    lay = load_data("layout.yaml")
    kinds = "|".join(map(re.escape, sorted(lay["document_kinds"], key=len, reverse=True)))
    return re.compile(rf"^{lay['document_title_opening']}[^。！？!?；;，,]{{4,60}}(?:{kinds})$")


def document_title(text: str) -> bool:
    """Is `text` an official document's title (关于规范…秩序的通告)?"""
    return bool(_document_title_re().match(text.strip()))


@functools.lru_cache(maxsize=1)
def _names_then_role_re() -> re.Pattern:
    """Names, then a role printed after them (林韵诗 上海特派员: data/layout.yaml)."""
    from ..data import load_data

    role = load_data("layout.yaml")["byline_trailing_role"]
    return re.compile(rf"^[{HAN_CLASS}·]{{2,4}}(?:\s+[{HAN_CLASS}·]{{2,4}})*\s+{role}$")


@functools.lru_cache(maxsize=1)
def _dateline_byline_forms() -> tuple[re.Pattern, ...]:
    from ..data import load_data

    return tuple(re.compile(f) for f in load_data("layout.yaml")["inline_byline_forms"])


def _dateline_byline(t: str) -> bool:
    """A paper's dateline and byline alone on a line (【明报专讯】记者 陈嘉欣 上海报道): a byline line."""
    return any((m := f.match(t)) is not None and not t[m.end():].strip() for f in _dateline_byline_forms())


def _bracketed_byline(t: str) -> bool:
    """A byline in brackets on its own line, at an item's end ((记者 关 磊), （通讯员 王芳）),
    or under a title in a Hong Kong or Taiwan paper's form (【某报记者X／综合报导】)."""
    m = re.fullmatch(r"[（(【\[]\s*(.{2,60}?)\s*[）)】\]]", t)
    if not m:
        return False
    inner = _REPORTED_FROM_RE.sub("", m.group(1))  # (／综合报导, ／台北报道: how or where it was reported)
    if _roles_and_names(inner):
        return True
    role = vocabulary()["paper_role_re"].match(inner)  # 旺报记者李宛蓉: the role glued to the names
    return bool(role) and bool(re.fullmatch(f"[{HAN_CLASS}·]{{2,5}}(?:[ 、][{HAN_CLASS}·]{{2,5}})*", inner[role.end():].strip()))


# how or where a piece was reported, after its byline (／综合报导, /台北报道)
_REPORTED_FROM_RE = re.compile(f"\\s*[／/]\\s*[{HAN_CLASS}]{{1,6}}报[道导]$")


def _roles_and_names(t: str) -> bool:
    """A line of role words and names set apart by spaces, opening with a role word
    (本报通讯员 吴小峰　方敏, 记者 李 晓 梅), maybe after the paper's name
    (湖北日报全媒记者  向晓蓉)."""
    words = t.split()
    roles = _byline_roles()
    org = vocabulary()["org_word_re"]
    name = re.compile(f"[{HAN_CLASS}·]{{1,4}}")
    # (right after a role word a name may be longer: 乌兰其其格, 额尔敦巴雅尔, Mongol names)
    long_name = re.compile(f"[{HAN_CLASS}]{{5,7}}")
    # (the paper's own site and app named before it, each a word: 某某晚报 某某网 某某新闻记者 张三)
    while len(words) > 2 and org.fullmatch(words[0]) and not vocabulary()["paper_role_re"].fullmatch(words[0]):
        words = words[1:]
    # (an app's name glued to the role, 新黄河记者 孙某某 通讯员 吕某某: a role too, when every
    # name after it opens with a surname)
    branded = (len(words) >= 2 and re.fullmatch(f"[{HAN_CLASS}]{{2,5}}(?:记者|通讯员)", words[0]) is not None
               and all(w in roles or (name.fullmatch(w) and len(w) >= 2 and _common_surname(w)) for w in words[1:]))
    # (an office standing between names, 记者 聂思远 樟树市融媒体中心 黄敏, is the next name's role)
    return branded or (len(words) >= 2 and bool(vocabulary()["paper_role_re"].fullmatch(words[0]))
            and any(w not in roles for w in words[1:])
            and all(w in roles or name.fullmatch(w) or _DOTTED_NAME_RE.fullmatch(w)
                    or (long_name.fullmatch(w) and vocabulary()["paper_role_re"].fullmatch(words[k - 1]))
                    or (org.fullmatch(w) and k + 1 < len(words) and name.fullmatch(words[k + 1]))
                    for k, w in enumerate(words) if k))


# a transliterated name with a middle dot (古丽米拉·托合提, 阿依古丽·买买提): longer than a Han name
_DOTTED_NAME_RE = re.compile(f"[{HAN_CLASS}]{{1,6}}(?:[·•・][{HAN_CLASS}]{{1,8}}){{1,2}}")


@functools.lru_cache(maxsize=1)
def _tail_credit_re() -> re.Pattern:
    """A credit after a byline's names, set apart by a space (… 韦一鸣 文/图: layout.yaml
    byline_tail_credits)."""
    tails = sorted(load_data("layout.yaml").get("byline_tail_credits") or [], key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(map(re.escape, tails))})\s*$") if tails else re.compile(r"(?!)")


# a name set letter-spaced (綦 文 涛): single Han characters a single space apart
_SPACED_NAME_RE = re.compile(rf"(?<![^\s])[{HAN_CLASS}](?: [{HAN_CLASS}]){{1,3}}(?!\S)")


def _names_unspaced(t: str) -> str:
    """A byline copied with a space between every character (本报 记者  綦 文 涛   通讯员  单 于 晴)
    read with its names whole, as the byline it is."""
    return _SPACED_NAME_RE.sub(lambda m: m.group(0).replace(" ", ""), t) if len(t) <= HEADLINE_LINE_MAX * 3 else t


def _marked_byline(t: str) -> bool:
    """■记者 X, □ 罗永清, 文/图 X: a byline's mark, then a role or a name, not a brief's
    sentence after a bullet (● 某县日前组织300余名志愿者开展“清洁)."""
    m = _BYLINE_MARK_RE.match(t)
    if not m:
        return False
    rest = re.sub(r"[（(][^（()）]*[）)]?$", "", t[m.end():].strip())  # (文/某某（某学院2022级）: who they are)
    return (han_count(rest) <= 10 or any(r in rest[:12] for r in _byline_roles())
            or bool(re.fullmatch(f"[{HAN_CLASS}·]{{2,4}}(?:[ \u3000、，,]+[{HAN_CLASS}·]{{1,4}})+", rest)))  # (文/甲 乙 丙 丁 戊)


def _byline_text(t: str) -> bool:
    return bool(_marked_byline(t) or _NAMES_RE.match(t) or spaced_names_line(t) or t in _byline_roles() or _roles_and_names(t)
                or _roles_and_names(_tail_credit_re().sub("", t))  # (本报记者 X 通讯员 Y 文/图)
                or _names_then_role_re().match(t) or _bracketed_byline(t) or _dateline_byline(t))


def role(u: Unit) -> str:
    """Structural role of a unit: meta, heading, byline, credit, subtitle,
    banner, caption, or "" for ordinary text."""
    t = u.text.strip()
    if u.kind in ("meta", "furniture"):
        return "meta"
    if u.kind == "item_title":
        return "heading"  # a brief item's title cut off its text (briefs.py)
    if _piece_ordinal_re().fullmatch(re.sub(r"\s+", "", t)):
        return "heading"  # 案例一, 周一（9月4日）: a piece's label over its headline, a line of its own
    if t.startswith("#"):
        return "subtitle" if _SUBTITLE_RE.match(t) else "heading"
    if _SUBTITLE_RE.match(t):
        return "subtitle"
    if _document_title_re().match(t):
        return "heading"  # 关于市政协…第86号提案答复的函: an official document's title
    if _NUMBERED_HEAD_RE.match(t):
        return "heading"  # 一、关于加强公共文明引导: a numbered section's head, even after a colon
    if u.first == u.last and column_line(t):
        return "heading"  # 创建全国文明城市·攻坚进行时: a column's name over a title, never its first line
    if _byline_text(t) or (" " in t and _byline_text(_names_unspaced(t))):
        return "byline"  # (a role word alone is a byline too: 本报评论员)
    if (_BYLINE_MARK_RE.match(t) and not re.search(r"[，。！？；：,;!?:]", t) and han_count(t) <= 30
            and t.count("“") == t.count("”") and t.count("\"") % 2 == 0):
        return "heading"  # ●某县举办“文明家庭”故事会: a brief's headline after its bullet (not “清洁 / 家园”…, a wrap)
    if CREDIT_TAIL_RE.search(t) and (CREDIT_TAIL_RE.search(t).start(1) == 0 or " " in t):
        return "credit"
    if u.kind in ("banner",) or BANNER_RE.match(t):
        return "banner"
    if u.kind in ("caption", "doubled"):
        return "caption"
    return ""


@functools.lru_cache(maxsize=1)
def _column_words() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    lay = load_data("layout.yaml")
    return tuple(lay["column_name_ends"]), tuple(lay["column_name_starts"]), lay["max_column_name_chars"]


def column_line(text: str) -> bool:
    """A column's name on a line of its own (文明创建进行时), maybe after the campaign it
    belongs to (创建全国文明城市·攻坚进行时): a part set off by a dot is short and ends
    or starts with a column word of data/layout.yaml.

    >>> column_line("创建全国文明城市·攻坚进行时"), column_line("文明创建进行时"), column_line("全城动员出新颜")
    (True, True, False)
    """
    parts = [p.strip() for p in re.split(r"[·•]", text.strip())]
    return all(parts) and any(column_name(p) for p in (parts[0], parts[-1]))


def column_name(text: str) -> bool:
    """A column's name (文明创建进行时, 聚焦创城): short, Chinese only, and ending or starting
    with a column word of data/layout.yaml.

    >>> column_name("文明创建进行时"), column_name("聚焦创城"), column_name("一城文明风")
    (True, True, False)
    """
    ends, starts, most = _column_words()
    t = text.strip()
    return 0 < len(t) <= most and han_count(t) == len(t) and (t.endswith(ends) or t.startswith(starts))


# a table row: two or more short cells set apart by two or more spaces or a tab
_CELL_SEP_RE = re.compile(r"[ \t\u3000]{2,}|\t")
TABLE_CELL_MAX = 16


# a row of comma-separated values (a spreadsheet exported as CSV): at least this many cells
CSV_MIN_CELLS = 3


def _csv_row(text: str) -> int:
    """The number of cells when `text` is a CSV row (1,占道经营,某某街口,2024-05-06,城管中队,3日),
    else 0: ASCII commas between short cells, no sentence and no clause in them.

    >>> _csv_row("1,占道经营,五一路口,2024-05-06,城管中队"), _csv_row("全市新建公园12个,同比增长5%。")
    (5, 0)
    """
    t = text.strip()
    cells = t.split(",")
    if len(cells) < CSV_MIN_CELLS or _SENTENCE_RE.search(t) or re.search("[，；;]", t):
        return 0
    return len(cells) if all(0 < _w(c.strip()) <= 2 * TABLE_CELL_MAX for c in cells) else 0


# a CSV export is at least this many rows (its head and two rows) of one number of cells
CSV_MIN_ROWS = 3


def _csv_rows(units: list[Unit]) -> set[int]:
    """Indices of the units that are rows of a CSV export: runs of at least CSV_MIN_ROWS lines
    one under the other with the same number of comma-separated cells, some cell a figure or a
    date (a PDF's prose wrapped at its commas has neither the same count on every line nor
    such cells)."""
    out: set[int] = set()
    counts = [_csv_row(u.text) if not u.kind else 0 for u in units]
    k = 0
    while k < len(units):
        j = k + 1
        while counts[k] and j < len(units) and counts[j] == counts[k] and units[j].gap == 0:
            j += 1
        if counts[k] and j - k >= CSV_MIN_ROWS and any(
                re.fullmatch(r"[0-9][0-9.\-/:% ]*", c.strip()) for u in units[k:j] for c in u.text.split(",")):
            out.update(range(k, j))
        k = j
    return out


def _table_row(text: str) -> int:
    """The number of cells when `text` is a table's row (区  得分  排名 / 禅城区  93.8  1), else 0.

    >>> _table_row("禅城区  93.8  1"), _table_row("全市共有志愿者  3万人，同比增长。")
    (3, 0)
    """
    t = text.strip()
    cells = [c for c in _CELL_SEP_RE.split(t) if c]
    if len(cells) < 2 or _SENTENCE_RE.search(t) or _CLAUSE_RE.search(t):
        return 0
    if any(c.startswith(tuple(_byline_roles())) for c in cells):
        return 0  # 本报记者 杜文斌  通讯员 王 娟: a byline set with wide spaces, not cells
    one = lambda w: len(w) == 1 and bool(re.match(f"[{HAN_CLASS}]", w))  # noqa: E731
    if any(one(a.split()[-1]) and one(b.split()[0]) for a, b in zip(cells, cells[1:])):
        return 0  # 记者 哈力木拉提·努尔江  胡  杨: a name set letter-spaced, not cells (区  得分 is a row)
    return len(cells) if all(_w(c) <= 2 * TABLE_CELL_MAX for c in cells) else 0


# a panel's cells set apart by bars, each a label and its figure (实践中心 1 个 | 实践所 10 个)
_BAR_SEP_RE = re.compile(r"\s*[|｜]\s*")
# a ranking's or a panel's row: a short label and its figure (三井街道 612场, 注册志愿者 18.6万 人)
_FIGURE_CELL_RE = re.compile(rf"[{HAN_CLASS}（）()]{{1,14}}\s*[0-9][0-9,，.]*\s*[万亿]?\s*(?:[%‰]|[{HAN_CLASS}]{{1,3}})?")


def _figure_row(text: str) -> bool:
    """Is `text` a line of figures and nothing else, a data screen's panel or a ranking's row
    (实践中心 1 个 | 实践所 10 个 | 实践站 146 个; 三井街道 612场)? Such a line is a table's row,
    never a heading, though it is short and has no sentence mark.

    >>> _figure_row("实践中心 1 个 | 实践所 10 个"), _figure_row("三井街道 612场"), _figure_row("全屏 | 退出")
    (True, True, False)
    """
    cells = [c for c in _BAR_SEP_RE.split(text.strip()) if c]
    if len(cells) == 1 and not re.search(rf"[{HAN_CLASS}）)]\s+[0-9]", cells[0]):
        return False  # (a ranking's row sets its figure apart: 三井街道 612场; 新建服务点24个 is a clause)
    return bool(cells) and all(_FIGURE_CELL_RE.fullmatch(c) for c in cells)


# a feed's entry led by its time of day (09:41 罗溪镇实践所发布…), a live page's or a screen's
_TIMED_ENTRY_RE = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?(?!\d)\s*\S")


# a list's row: a short label, a colon, and two or more short entries set apart by spaces or
# 、 (寺河乡：冯建设 李秀莲 张福堂, 先进集体：某某社区、某某小学): names or units, no sentence
_LIST_ROW_RE = re.compile(rf"^[{HAN_CLASS}·（）()]{{2,14}}[：:]\s*[{HAN_CLASS}·]{{2,12}}(?:(?:\s+|\s*、\s*)[{HAN_CLASS}·]{{2,12}})+$")
# a list is at least this many rows one under the other
LIST_MIN_ROWS = 2


def _list_rows(units: list[Unit], roles: list[str]) -> set[int]:
    """Indexes of a list's rows (名单: 寺河乡：冯建设 李秀莲 / 函谷关镇：杨新民 刘小霞): runs of
    at least LIST_MIN_ROWS labelled rows of names set directly one under the other. A row is
    no wrapped sentence: it is never joined to the line above or below, and its spaces
    (between names) stay.

    >>> us = [Unit("甲镇：王小明 李大伟", 1, 1), Unit("乙乡：赵红 钱学森 孙莉", 2, 2, gap=0)]
    >>> sorted(_list_rows(us, ["", ""]))
    [0, 1]
    """
    rows = [not roles[k] and bool(_LIST_ROW_RE.match(u.text.strip())) for k, u in enumerate(units)]
    out: set[int] = set()
    k = 0
    while k < len(units):
        j = k
        while j < len(units) and rows[j] and (j == k or units[j].gap == 0):
            j += 1
        if j - k >= LIST_MIN_ROWS:
            out.update(range(k, j))
        k = max(j, k + 1)
    return out


def column_width(units: list[Unit], roles: list[str]) -> int | None:
    """The narrow column's width, or None when the page has no narrow column.

    >>> us = [Unit("一二三四五六七八九十一二三四五", i, i) for i in range(10)]
    >>> column_width(us, [""] * 10)
    30
    """
    widths = []
    for k, u in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        if roles[k] or u.gap < 1 or (nxt is not None and nxt.gap < 1):
            continue
        widths.append(_w(u.text))
    if not widths:
        return None
    cnt = Counter(widths)
    best, best_n = None, 0
    for w in range(MIN_W, MAX_W + 1):
        n = sum(cnt.get(x, 0) for x in range(w - WIDTH_TOL // 2, w + WIDTH_TOL // 2 + 1))
        if n > best_n or (n == best_n and best is not None and cnt.get(w, 0) > cnt.get(best, 0)):
            best, best_n = w, n
    if best is None or best_n < MIN_NARROW_LINES_SHORT or best_n < MIN_NARROW_SHARE * len(widths):
        return None
    if best_n < MIN_NARROW_LINES and best_n < SHORT_PAGE_SHARE * len(widths):
        return None  # a few similar lines on a longer page are not a column
    # the upper edge of the cluster: the full line width
    top = max(x for x in range(best - WIDTH_TOL // 2, best + WIDTH_TOL // 2 + 1) if cnt.get(x, 0)) if best_n else best
    return top


_GRID_NARROW = "“”‘’…—·"   # printed one grid cell wide in Chinese type, though not East Asian Wide


def _grid_cells(text: str) -> int | None:
    """Grid cells of a line set in Chinese type only (Han, full-width marks,
    Chinese quotes), else None: such a line fills the column exactly or not at all.

    >>> _grid_cells("以“绣花功夫”提升城市颜值"), _grid_cells("资金4900万")
    (13, None)
    """
    chars = re.sub(r"\s+", "", text)
    if not chars or any(display_width(ch) < 2 and ch not in _GRID_NARROW for ch in chars):
        return None
    return len(chars)


def grid_width(units: list[Unit], roles: list[str], W: int | None) -> int | None:
    """The column's width in grid cells, read from its full lines set in Chinese
    type only (the most common count near W): a heading of that width fills the
    column, one cell shorter does not. None when the page shows no such lines."""
    if W is None:
        return None
    counts = Counter()
    for k, u in enumerate(units):
        cells = _grid_cells(u.text)
        if cells and not roles[k] and W - WIDTH_TOL <= _w(u.text) <= W + WIDTH_TOL:
            counts[cells] += 1
    if not counts:
        return None
    cells, n = counts.most_common(1)[0]
    return cells if n >= 3 else None


# A line of a post set one clause a line holds at most this many characters.
CLAUSE_LINE_MAX = 16
# … and such a run has at least this many lines; a page with this many runs is set that way throughout.
CLAUSE_RUN_MIN = 3
CLAUSE_PAGE_RUNS = 3


@functools.lru_cache(maxsize=1)
def _caption_opener_re() -> re.Pattern:
    """A picture's caption opening a line, maybe in brackets: （图为… (data/layout.yaml caption_openers)."""
    data = load_data("layout.yaml")
    openers = "|".join(map(re.escape, data["caption_openers"]))
    marks = "".join(map(re.escape, data.get("caption_marks") or ()))
    mark = rf"|[{marks}]\s*[{HAN_CLASS}]" if marks else ""
    return re.compile(rf"^(?:[（(]?(?:{openers}){mark})")


def _item_heads(units: list[Unit], roles: list[str]) -> tuple[set[int], set[int]]:
    """(titled, two_line): the line or two right above a news lead's dateline, with no stop,
    after a finished sentence, are that item's title (梅县区：志愿服务 / “时间银行”开张 /
    本报讯（记者 …）): no run of clauses goes on through them; the lines of such a two-line
    headline (`two_line`) are each a heading of its own, never joined to the text around it."""
    def heads_item(top: int, k: int) -> bool:
        return (all(not ends_sentence(units[i].text) and not _CLAUSE_RE.search(units[i].text)
                    and (i == top or units[i].gap == 0) for i in range(top, k + 1))
                and (top == 0 or ends_sentence(units[top - 1].text) or units[top].gap >= 1 or bool(roles[top - 1])
                     # (a place's label opening the upper of two: a headline, even set into the middle
                     # of another item's column, 今年以来，城厢区 / 荔城区：“文明餐桌”行动 / 进驻…)
                     or (top < k and bool(_PLACE_LABEL_OPENS_RE.match(units[top].text.strip())))))

    titled: set[int] = set()
    two_line: set[int] = set()
    for d in range(1, len(units)):
        if not (_dateline_re().match(units[d].text.strip()) and units[d].gap == 0):
            continue
        # (a byline line of its own may stand between the headline and the dateline: 记者 某某 报道)
        k = d - 2 if d >= 2 and roles[d - 1] == "byline" and units[d - 1].gap == 0 else d - 1
        # (a narrow column wraps a headline over up to STACK_MAX short lines: 八公山区： / 老街换新颜 / 游客纷至来)
        top = next((t for t in range(k, max(k - STACK_MAX, -1), -1)
                    if heads_item(t, k) and (t >= k - 1 or all(len(units[i].text.strip()) <= STACK_LINE_MAX
                                                                for i in range(t, k + 1)))), None)
        if top is not None:
            titled.update(range(top, k + 1))
            if top < k and not any(roles[i] for i in range(top, k + 1)) and not roles[d]:  # (本报记者 … 通讯员 …: a byline)
                two_line.update(range(top, k + 1))
    return titled, two_line


# the last character of a division's name (桂东县 has a name's shape: no person's)
_DIVISION_END_CHARS = "省市县区旗盟州镇乡村"


def _clause_per_line(units: list[Unit], roles: list[str], titled: set[int], two_line: set[int]) -> set[int]:
    """Indexes of lines that go on the line above, in a post set one clause a line:
    a run of short lines with no blank line between them, most of them ending no
    sentence, the last one ending it (修缮工程 / 历时一年多 / 共修复 / 老门面112间。).
    A headline stack (its last line ends no sentence) or a list of sentences is no such run,
    nor are an item's headline lines (`titled`, `two_line`: see _item_heads)."""
    def clause_line(u: Unit, r: str) -> bool:
        t = u.text.strip()
        # (a person's name alone, 周毛吉 under a piece's headline, is its writer, no clause)
        return (not r and 0 < len(t) <= CLAUSE_LINE_MAX and bool(re.search(f"[{HAN_CLASS}]", t))
                and not (len(t) <= 4 and likely_name(t) and t[-1] not in _DIVISION_END_CHARS))

    def name_rest(k: int) -> bool:
        """The rest of a byline broken inside a name (…通讯员 李 / 国华): it goes on the byline, never opens a run."""
        t = units[k].text.strip()
        return (k > 0 and roles[k - 1] == "byline" and units[k].gap == 0
                and bool(_BYLINE_GOES_ON_RE.match(t)) and _name_goes_on(units[k - 1].text, t))

    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(units):
        if not clause_line(units[k], roles[k]) or k in titled or name_rest(k):
            k += 1
            continue
        j = k
        while (j + 1 < len(units) and units[j + 1].gap == 0 and clause_line(units[j + 1], roles[j + 1])
               and j + 1 not in titled and not _dateline_re().match(units[j + 1].text.strip())
               and not (ends_sentence(units[j].text) and _caption_opener_re().match(units[j + 1].text.strip()))
               and not (_indented(units[j + 1].text) and ends_sentence(units[j].text))):
            j += 1  # (a line set in after a finished sentence, a news lead's dateline, or a picture's caption
            # after a finished sentence, （图为… or ▲夜校里…, opens a paragraph of its own)
        if j - k + 1 >= CLAUSE_RUN_MIN and sum(not ends_sentence(u.text) for u in units[k:j + 1]) >= 2:
            runs.append((k, j))
        k = j + 1
    # a run ending a sentence is text; runs ending none are text only when the page is set
    # that way throughout (several of them), else they may be a headline stack (as is one
    # right above a byline: 兴宁“街长制” / 让背街小巷 / 亮起来 / 本报记者 …)
    out: set[int] = set()
    for k, j in runs:
        over_byline = j + 1 < len(units) and roles[j + 1] == "byline" and units[j + 1].gap == 0
        if (ends_sentence(units[j].text) or (len(runs) >= CLAUSE_PAGE_RUNS and not over_byline)
                # (cut off by an item's headline set into the column, and longer than any headline
                # stack: 今年以来，城厢区 / 荔城区：“文明餐桌”行动 / 进驻全区餐馆 / 本报讯…)
                or (j + 1 in two_line and j - k > STACK_MAX)):
            out.update(range(k + 1, j + 1))
    return out


def _would_double(t: str) -> bool:
    """True when `t` would be taken for text printed twice (see fix_doubled_text)."""
    n = len(t)
    if n < 4 or n % 2:
        return False
    return _runs(t) is not None if n <= 200 else t[: n // 2] == t[n // 2 :]


# a headline line opening with a place's label: 荔城区：“文明餐桌”行动
_PLACE_LABEL_OPENS_RE = re.compile(rf"^[{HAN_CLASS}]{{2,8}}[：:][“「{HAN_CLASS}]")

# A line at most this wide (1 Han = 2) without clause marks can be a title.
TITLE_W = 60
_SENTENCE_RE = re.compile(r"[。！？!?]")
_CLAUSE_RE = re.compile(r"[，、；,;]")


@functools.lru_cache(maxsize=1)
def _speaker_turn_re() -> re.Pattern:
    """A transcript's turn: an office or role (data/layout.yaml speaker_titles), maybe a
    name after a space, a colon and at least four characters of speech."""
    titles = "|".join(map(re.escape, sorted(load_data("layout.yaml")["speaker_titles"], key=len, reverse=True)))
    return re.compile(rf"^[{HAN_CLASS}]{{0,12}}(?:{titles})(?:[ \u3000]*[{HAN_CLASS}·]{{2,6}})?[：:][^，。]{{4}}")


def _title_line(cur: Unit, nxt: Unit) -> bool:
    """Is `cur` (one printed line) a title or heading standing above `nxt`?
    Mostly Han characters, no sentence inside, not stopping at a clause mark
    or a `key:` label (坚持党委政府主导，干部群众为主力，全市全民全面参与 is a heading)."""
    t = cur.text.strip()
    if cur.first != cur.last or _w(t) > TITLE_W:  # cheap tests first: `cur` grows as lines join
        return False
    if _dateline_re().match(t):
        return False  # 本报万城5月13日讯（记者 …）记者从万宁市 / 获悉，…: a lead's first line
    if _speaker_turn_re().match(t) and not ends_sentence(nxt.text) and abs(_w(nxt.text) - _w(t)) <= 8:
        return False  # 区城管局局长 秦晓峰：今年我们计划在老城区 / 新增…，剩下: a transcript's turn wrapped in a column
    chars = re.sub(r"^(?:\d{1,2}[.．、]|[①-⑳])", "", re.sub(r"\s+", "", t))  # (a digest item's number is no word: 1.城区新增…)
    han = len(re.findall(f"[{HAN_CLASS}{_TITLE_QUOTES}]", chars))  # (quotes belong to titles: “小网格”里的“大文明”)
    if not (cur.first == cur.last and _w(t) <= TITLE_W and not _SENTENCE_RE.search(t) and bool(nxt.text.strip())
            and han >= 0.7 * len(chars) and t[-1:] not in "：:，、；,;"):
        return False
    # a title stands above a longer line (a web copy's paragraph); a line above a
    # shorter one is the wrapped start of a paragraph (its lead never becomes a title);
    # with clause marks inside, the line below must be much longer
    if (re.match(r"^(?:\d{1,2}[.．]|[①-⑳])\s*[\u4e00-\u9fff【“]", t) and han >= DIGEST_ITEM_MIN_HAN
            and ends_sentence(nxt.text)):
        return True  # 3. 区内要闻：某县推进… / its one sentence: a digest's numbered item over its text
    return _w(nxt.text) > _w(t) if not _CLAUSE_RE.search(t) else _w(nxt.text) >= 1.5 * _w(t)


# A digest's numbered item over its text has at least this many Han characters (a document's
# numbered section, 1. 招标条件, is shorter).
DIGEST_ITEM_MIN_HAN = 8
# Each line of a two-line headline (title and its second line) has at most this many characters.
HEADLINE_LINE_MAX = 24


def _headline_like(text: str) -> bool:
    """A line that can be a headline: short, mostly Han, no sentence or clause mark at its end."""
    t = text.strip()
    chars = re.sub(r"\s+", "", t)
    return bool(chars) and len(chars) <= HEADLINE_LINE_MAX and not _SENTENCE_RE.search(t) \
        and t[-1:] not in "：:，、；,;" and len(re.findall(f"[{HAN_CLASS}]", chars)) >= 0.5 * len(chars)


# A headline stack above its dashed subtitle or byline has at most this many lines.
STACK_MAX = 3
# Each line of a headline stack of STACK_MAX lines a narrow column printed has at most this many characters.
STACK_LINE_MAX = 10


def _stacks_over_subtitles(units: list[Unit], roles: list[str]) -> None:
    """Short lines set one under the other right above a dashed subtitle or a byline
    (盘活闲置资源 补齐服务短板 / “一刻钟便民生活圈” / 让居民日子更舒心 / ——裕安区…), the
    first after a blank line or the page's head: a headline stack, each line a heading
    (the structure step tells kicker, title and its lines apart), never a paragraph."""
    for k, r in enumerate(roles):
        if r not in ("subtitle", "byline") or k == 0 or units[k].gap != 0:
            continue
        j = k
        while j > 0 and k - j < STACK_MAX and not roles[j - 1] and _headline_like(units[j - 1].text) \
                and (j == k or units[j].gap == 0):
            j -= 1
        if k - j < 2 or (k - j < STACK_MAX and r != "byline"):
            # one line, or two over a subtitle: a title, maybe broken (凤城：凤凰山下 / 文明花开);
            # two over a byline are a title and its subtitle or one title in two lines, which
            # the structure step tells apart (武进区：“微改造”擦亮背街小巷 / 今年以来完成…)
            continue
        if units[j].gap >= 1 or j == 0 or roles[j - 1] == "meta":
            for i in range(j, k):
                roles[i] = "heading"


# A page sets its paragraphs' first lines in (two spaces or more) when at least this many are.
INDENTED_STARTS_MIN = 2


# A picture's credit on a line of its own, its words run together (大公报记者黎子健摄)
_GLUED_PHOTO_CREDIT_RE = re.compile(r"[^\s，。！？、,.!?；;：:“”]{2,24}(?:摄|供图)")
# a sentence's end with more text after it on the line (…28万人。在港北区…): no caption's line
_SENTENCE_INSIDE_RE = re.compile(r"[。！？!?][”」’』]?(?=.)")
# A line of text broken off by a page's end fills at least this share of the column's width.
FULL_LINE_SHARE = 0.8
# The fields that make a run of meta lines a page's running head.
_HEAD_FIELDS = {"date", "page", "outlet", "page_name"}


def _across_running_heads(units: list[Unit], roles: list[str],
                          carried: set[tuple[int, int]] | None = None) -> tuple[list[Unit], list[str]]:
    """Text broken off mid-sentence by the next page's running head (…现在大家 / 2022年8月4日
    星期四 / 日喀则日报 / 2 县区新闻 / 都抢着打扫卫生。”), or by a picture's caption and credit: their
    lines move after the block that finishes the sentence, so that the sentence reads whole
    (the lines stay what they were: meta lines, a caption). `carried` gets the (first line, line
    going on) pairs of a sentence broken off a line shorter than the column: the reflow joins them."""
    from .furniture import lex_meta

    full = run_on_width(units)
    k = 0
    while k < len(units) - 2:
        t = units[k].text.rstrip()
        if (roles[k] or not t or ends_sentence(t) or not (re.match(f"[{HAN_CLASS}]", t[-1]) or t[-1] in "，、；,;“")
                # (a line of text the page broke off, not a headline: it fills the column, under
                # another line of text)
                or full is None or not k or units[k].gap or roles[k - 1]
                # (or shorter, holding a clause mark: 会议要求，各旗县市要巩固 — text, if a full running
                # head follows, below)
                or (_w(t) < FULL_LINE_SHARE * full and not re.search(r"[，、；,;]", t[:-1]))):
            k += 1
            continue
        short = _w(t) < FULL_LINE_SHARE * full
        j = k + 1
        while j < len(units) and roles[j] == "meta":
            j += 1
        fields = {f for u in units[k + 1:j] for f, _ in (lex_meta(u.text.strip()) or ())}
        fields |= {"page" for u in units[k + 1:j] if re.fullmatch(r"\d{1,3}", u.text.strip())}
        # (a date or a page number, and a second line or field: 日喀则日报 alone reads as no field)
        head = (bool(fields & {"date", "page"}) and (len(fields & _HEAD_FIELDS) >= 2 or j - k - 1 >= 2)
                and fields <= _HEAD_FIELDS | {"weekday", "chrome", "time", "editor"})  # (a record's fields, 提交时间：…, are no head)
        if short and (j == k + 1 or len(fields & {"date", "page"}) < 2):
            k += 1  # (a short line goes on across a running head naming both the date and the page only)
            continue
        if j == k + 1:
            # …累计接待群众8.4万人次，茶 / 昌宁县城的一家“文明茶室”。 / 字光华 摄 / 室成了…: a picture's
            # caption and its credit set inside the column, between the two halves of a sentence
            c = k + 2  # (a caption of one line: the line above a credit that does not finish the sentence is text)
            if (c + 1 < len(units) and not roles[k + 1] and not _SENTENCE_INSIDE_RE.search(units[k + 1].text.strip())
                    # (the column's lines one under another: caption, credit and the text going on)
                    and units[k + 1].gap == units[c].gap == units[c + 1].gap == 0
                    and not re.search(r"[。！？!?]", units[c].text)  # (the credit alone on its line)
                    and (roles[c] == "credit" or (not roles[c] and _GLUED_PHOTO_CREDIT_RE.fullmatch(units[c].text.strip())))):
                j, head = c + 1, ends_sentence(units[c - 1].text.rstrip()) or not _PUNCT_RE.search(units[c - 1].text)
        if (j == k + 1 or j >= len(units) or roles[j] or _indent(units[j].text) or not head
                or section_number(units[j].text)
                # (the line that goes on fills the column, or finishes the sentence: no headline)
                or not (_w(units[j].text) >= FULL_LINE_SHARE * full
                        or (ends_sentence(units[j].text) and _PUNCT_RE.search(units[j].text.rstrip()[:-1])))
                or not (ends_sentence(units[j].text) or (j + 1 < len(units) and units[j + 1].gap == 0))):
            k += 1
            continue
        end = j + 1  # the block the sentence goes on in: its lines under one another
        while end < len(units) and units[end].gap == 0 and not roles[end]:
            end += 1
        order = list(range(k + 1)) + list(range(j, end)) + list(range(k + 1, j)) + list(range(end, len(units)))
        moved = [replace(units[i], gap=0) if i == j else replace(units[i], gap=max(1, units[i].gap)) if i in (k + 1, end)
                 else units[i] for i in order]
        if short and carried is not None:
            carried.add((units[k].first, units[j].first))
        units, roles = moved, [roles[i] for i in order]
        k = end
    return units, roles


def _quote_closed_below(line: str, below: str) -> bool:
    """Does `line` leave a quote open (“ without its ”) that `below` closes before it opens
    another? A headline never leaves a quote open: the two lines are one sentence."""
    head = below.lstrip()
    close = head.find("”")
    return line.count("“") > line.count("”") and close >= 0 and "“" not in head[:close]


def _indent(text: str) -> int:
    """How far a line is set in (spaces and ideographic spaces before its first character)."""
    return len(text) - len(text.lstrip(" \u3000"))


def _indented(text: str) -> bool:
    return text.startswith(("  ", "\u3000", "\t"))


def _heads_over_indented_text(units: list[Unit], roles: list[str]) -> None:
    """On a page that sets each paragraph's first line in, short lines set flush right
    above such a line, after a finished sentence, a rule, furniture or a blank line,
    are headings (新城区“门前三包”实行积分管理 / 五星商户享受… / ␣␣“这个月…), not
    the start of the paragraph under them."""
    starts = [k for k, u in enumerate(units) if k and _indented(u.text) and han_count(u.text) >= 2]
    if len(starts) < INDENTED_STARTS_MIN or not any(ends_sentence(units[k - 1].text) for k in starts):
        return  # (one set in after a finished sentence: the page's paragraphs are, not a stray indent)
    for k, u in enumerate(units):
        if not k or not _indented(u.text) or u.gap != 0:
            continue
        j = k
        while (j > 0 and k - j < STACK_MAX and not roles[j - 1] and not _indented(units[j - 1].text)
               and _headline_like(units[j - 1].text) and (j == k or units[j].gap == 0)):
            j -= 1
        if j == k:
            continue
        before = units[j - 1] if j else None
        if (before is None or units[j].gap >= 1 or roles[j - 1] in ("meta", "byline", "subtitle")
                or _RULE_LINE_RE.match(before.text) or ends_sentence(before.text)):
            for i in range(j, k):
                roles[i] = roles[i] or "heading"


def _headline_pair(cur: Unit, u: Unit, nxt: Unit | None, nxt_meta: bool = False) -> bool:
    """Two short lines standing alone as a block (blank lines around them), neither
    ending in a sentence or clause mark: a headline and its second line
    (南沙“文明网格”织密社区服务网 / 港澳居民点赞：办事不出社区), which the structure
    step tells apart (one title, or title and subtitle); never a paragraph's wrap. A meta
    line right under them (a web copy's 2023-11-21 来源：… 作者：…) sets them apart as well."""
    a, b = cur.text.strip(), u.text.strip()
    if nxt_meta and b.endswith(tuple(vocabulary()["outlet_suffixes"])):
        nxt_meta = False  # (…新规矩 / 白银发布 / 2023-08-03: an account's name under its headline, read with it)
    if cur.first != cur.last or (nxt is not None and nxt.gap < 1 and not nxt_meta):
        return False
    for t in (a, b):
        chars = re.sub(r"\s+", "", t)
        if (not chars or len(chars) > HEADLINE_LINE_MAX or _SENTENCE_RE.search(t) or t[-1:] in "：:，、；,;"
                or len(re.findall(f"[{HAN_CLASS}{_TITLE_QUOTES}]", chars)) < 0.7 * len(chars)):
            return False
    return True


def _script_changes(a: str, b: str) -> bool:
    """Is one of two lines Latin script only (two words or more) and the other
    Chinese? Then they are two texts (a headline and its translation), never a wrap."""
    return (latin_only(a) and han_count(b) >= 2) or (han_count(a) >= 2 and latin_only(b))


def _splits_word(a: str, b: str) -> bool:
    """Does the break between line `a` and line `b` fall inside a word (可 / 以看到)?"""
    x, y = a.rstrip()[-1:], b.lstrip()[:1]
    return bool(x and y) and x + y in two_character_words()


def _splits_four_character_word(a: str, b: str) -> bool:
    """Does the break between line `a` and line `b` fall inside a four-character word (村规 / 民约)?"""
    x, y = a.rstrip()[-3:], b.lstrip()[:3]
    words = four_character_words()
    return any(len(x) >= k and len(y) >= 4 - k and x[len(x) - k:] + y[:4 - k] in words for k in (1, 2, 3))


_NUM_END_RE = re.compile(r"[0-9０-９][.．,]?$")
_NUM_GOES_ON_RE = re.compile(r"^(?:[0-9０-９]|[.．][0-9０-９]|[%％])")
_NUM_ENDS_RE = re.compile(r"[0-9０-９][万亿]?$")


def _number_units() -> frozenset[str]:
    """Units and multipliers a number is printed with (data/metrics.yaml)."""
    global _UNITS
    if _UNITS is None:
        from ..data import load_data

        r = load_data("metrics.yaml")["numbers"]
        _UNITS = frozenset(list(r["units"]) + list(r["multipliers"]))
    return _UNITS


_UNITS: frozenset[str] | None = None


def _splits_number(a: str, b: str) -> bool:
    """Does the break between line `a` and line `b` fall inside a number or
    between a number and its unit (城区35 / 条主次干道, 泊位26 / 80个, 下降41 / .6%,
    志愿者12万 / 人)?

    >>> _splits_number("新增停车泊位26", "80个，设置"), _splits_number("下降41", ".6%。"), _splits_number("城区35", "条主次干道")
    (True, True, True)
    >>> _splits_number("2023", "年轻人的新风尚"), _splits_number("文明创建", "3个")
    (False, False)
    """
    a, b = a.rstrip(), b.lstrip()
    if not _NUM_END_RE.search(a) and not _NUM_ENDS_RE.search(a):
        return False
    if _NUM_END_RE.search(a) and _NUM_GOES_ON_RE.match(b):
        return True
    if not _NUM_ENDS_RE.search(a):
        return False
    # a unit right after: the longest unit that begins the line, not the start of a
    # longer word (2023 / 年轻人: 年轻 is a word, no unit)
    for n in (4, 3, 2, 1):
        head = b[:n]
        if len(head) == n and head in _number_units():
            return not (n == 1 and b[:2] in two_character_words())
    return False


def _open_bracket(text: str) -> bool:
    """Does `text` end inside an open bracket (（ without its ）)?"""
    depth = 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth > 0


def _name_goes_on(byline: str, nxt: str) -> bool:
    """Can `nxt` be the rest of the byline's last name? A name has at most four Han
    characters: 王立 / 新 is 王立新, but 罗晓川 / 街灯 is a name and a poem's title."""
    last = re.findall(rf"[{HAN_CLASS}]+", byline)
    head = re.match(rf"[{HAN_CLASS}]+", nxt.strip())
    return not last or not head or len(last[-1]) + len(head.group()) <= 4


def _joiner(a: str, b: str) -> str:
    # the tail only: a search for `$` scans the whole text, and `a` grows as lines join
    return " " if _ASCII_WORD_END.search(a[-1:]) and _ASCII_WORD_START.match(b) else ""


# a headline set vertically comes out one character a line (利 / 通 / 区 / 移 / 风 …)
VERTICAL_MIN_CHARS = 3
_ONE_HAN_RE = re.compile(rf"^\s*[{HAN_CLASS}]\s*$")


def _join_vertical_runs(units: list[Unit], edits: list[Edit]) -> list[Unit]:
    """Runs of at least VERTICAL_MIN_CHARS lines of one Han character each, with no
    blank line between them: a headline set vertically, read back as one line."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        j = k
        while (j < len(units) and not units[j].kind and _ONE_HAN_RE.match(units[j].text)
               and (j == k or units[j].gap == 0)):
            j += 1
        if j - k >= VERTICAL_MIN_CHARS and _would_double("".join(u.text.strip() for u in units[k:j])):
            out.extend(units[k:j])  # 一/一/一/一 would read as printed twice (and be halved on
            k = j                   # the next run): no headline, the lines stay as they are
        elif j - k >= VERTICAL_MIN_CHARS:
            text = units[k].text.strip()
            for u in units[k + 1:j]:
                edits.append(Edit(PASS, units[k].first, len(text), "\n", ""))
                text += u.text.strip()
            out.append(replace(units[k], text=text, last=units[j - 1].last))
            k = j
        else:
            out.append(units[k])
            k += 1
    return out


# A title wrapped in a narrow column has at most this many lines.
WRAPPED_TITLE_MAX = 6


def _wrapped_titles(units: list[Unit], roles: list[str], W: int | None, fills) -> set[int]:
    """In a narrow column, short lines that fill no line of the column, after finished text (or
    the page's furniture) and right above a byline or a news lead (任丘： / “文明楼 / 长”管出 /
    和美小区 / 本报记者 …; 黄骅港城 / “海风”送 / 来文明新 / 气象 / 本报讯（记…): one title
    wrapped in larger type, its lines joined whatever each breaks. Returns the lines that go
    on the line above; the first line of each is marked a heading in `roles`."""
    if W is None:
        return set()
    dateline = _dateline_re()
    goes_on: set[int] = set()
    k = 0
    while k < len(units):
        j = k
        while (j < len(units) and j - k < WRAPPED_TITLE_MAX and roles[j] in ("", "heading") and units[j].first == units[j].last
               and (j == k or units[j].gap <= 1) and _headline_like(units[j].text) and not fills(units[j])
               and not dateline.match(units[j].text.strip())):
            j += 1
        if j - k >= 2 and j < len(units) and units[j].gap <= 1 and (
                roles[j] == "byline" or dateline.match(units[j].text.strip())
                or dateline.match(units[j].text.strip() + (units[j + 1].text.strip()[:8] if j + 1 < len(units) else ""))) and (
                k == 0 or roles[k - 1] in ("meta", "byline") or units[k].gap >= 2 or ends_sentence(units[k - 1].text)):
            roles[k] = "heading"
            goes_on.update(range(k + 1, j))
            for i in range(k + 1, j):
                roles[i] = roles[i] or "heading"
            k = j
            continue
        k = max(j, k + 1)
    return goes_on


@functools.lru_cache(maxsize=1)
def _piece_ordinal_re() -> re.Pattern:
    return re.compile(load_data("layout.yaml")["piece_ordinal_line"])


@functools.lru_cache(maxsize=1)
def _section_number_re() -> re.Pattern:
    return re.compile(load_data("layout.yaml")["section_number_line"])


# a slogan of two parallel phrases on one line, set apart by a space (创建省级文明县城　建设美丽幸福隆化)
_SPACED_COUPLET_RE = re.compile(r"[\u4e00-\u9fff“”]{4,10}[ \u3000]+[\u4e00-\u9fff“”]{4,10}")


def spaced_couplet(text: str) -> bool:
    """Two phrases of about one length on one line, a space between them, no mark: a slogan over
    a headline (its 引题), a line of its own. Read here and by the structure step."""
    t = text.strip()
    if not _SPACED_COUPLET_RE.fullmatch(t):
        return False
    a, b = re.split(r"[ \u3000]+", t)
    return abs(len(a) - len(b)) <= 2


def section_number(text: str) -> bool:
    """Is `text` an item's or section's number alone on its line (01, NO.2, 二: layout.yaml
    section_number_line)? Read here and by the structure step."""
    return bool(_section_number_re().match(text.strip()))


def _listed_names(text: str) -> bool:
    """陶梓萱、陆文、欧阳春华 (or 额日德木·巴特尔 萨仁高娃): two or more names listed with 、 or
    apart by spaces, each of two to four characters opening with a surname, or transcribed
    with a middle dot; not a couplet of four-character phrases (文明城市 幸福家园).

    >>> _listed_names("陶梓萱、陆文、欧阳春华"), _listed_names("额日德木·巴特尔 萨仁高娃")
    (True, True)
    >>> _listed_names("文明城市 幸福家园"), _listed_names("网格治理 服务到家")
    (False, False)
    """
    parts = [x for x in re.split(r"[、\s\u3000]+", text.strip()) if x]
    if len(parts) < 2 or ("、" not in text and all(len(x) == 4 for x in parts)):
        return False
    dotted = [x for x in parts if re.fullmatch(f"[{HAN_CLASS}]{{1,8}}·[{HAN_CLASS}·]{{1,12}}", x)]
    # (beside a transcribed name, a Mongol or Tibetan name written whole needs no surname: 萨仁高娃)
    return all(x in dotted or (2 <= len(x) <= (5 if dotted else 4) and re.fullmatch(f"[{HAN_CLASS}]+", x)
                               and (dotted or _surname_cost(x) is not None)) for x in parts)


def _names_under_titles(units: list[Unit], roles: list[str]) -> None:
    """A web copy (a paragraph a line): a line of names (listed with 、 or spaces) right under a title line
    and over the text is the title's byline (彝良24个社区推行“积分超市” / 陶梓萱、陆文、欧阳春华 /
    彝良县在全县…), never a wrap of either."""
    for k in range(1, len(units) - 1):
        if (not roles[k] and units[k].gap == 0 and units[k + 1].gap == 0 and _listed_names(units[k].text)
                and roles[k - 1] in ("", "heading") and _headline_like(units[k - 1].text)
                and _w(units[k + 1].text) > _w(units[k - 1].text)):
            roles[k] = "byline"


# the period a headline's report covers, in brackets on a line of its own under it
# (（2019年10月—2020年9月）, （2023年1—5月）, （2018—2020年）)
_PERIOD_NOTE_RE = re.compile(r"[（(](?:\d{4}年?(?:\d{1,2}月?)?)\s*[—\-－–~～至到]+\s*(?:\d{4}年?)?(?:\d{1,2}月)?[）)]")


def period_note(text: str) -> bool:
    """Is `text` the period a report covers, in brackets on a line of its own (（2019年10月—2020年9月））?
    Read here (never joined to the headline over it) and by the structure step (no line of the title)."""
    return bool(_PERIOD_NOTE_RE.fullmatch(text.strip()))
# a mark before a data graphic's figure (■ 1.6万名 / 全市新增注册志愿者)
_FIGURE_MARK_RE = re.compile(r"^[■□●○◆◇▲△▶►★☆◎]\s*")


def _reflow(page: Page) -> Page:
    units = list(page.units)
    if not units:
        return page
    vertical_edits: list[Edit] = []
    units = _join_vertical_runs(units, vertical_edits)
    roles = [role(u) for u in units]
    carried: set[tuple[int, int]] = set()
    units, roles = _across_running_heads(units, roles, carried)
    _heads_over_indented_text(units, roles)  # (before a line set in is taken for a sub-heading)
    titled, item_heads = _item_heads(units, roles)
    clause_lines = _clause_per_line(units, list(roles), titled, item_heads)  # (before short lines are taken for headings)
    for k in item_heads:
        roles[k] = "heading"
    for k, u in enumerate(units):
        # 实践中心 1 个 | 实践所 10 个 (a panel, alone under its name), 三井街道 612场 / 河海街道 548场 (a ranking)
        near = [units[j].text for j in (k - 1, k + 1) if 0 <= j < len(units) and (units[max(j, k)].gap == 0)]
        if (not roles[k] and _figure_row(u.text)
                and (len(_BAR_SEP_RE.split(u.text.strip())) > 1 or any(_figure_row(t) for t in near))):
            roles[k] = "table"
    # short heading line directly followed by its sub-heading
    for k, u in enumerate(units[:-1]):
        nxt = units[k + 1]
        if (not roles[k] and nxt.gap == 0 and len(u.text.strip()) <= HEADING_MAX
                and not _PUNCT_RE.search(u.text) and roles[k + 1] in ("", "caption")
                and not _splits_number(u.text, nxt.text)
                # (…设立“文明监督岗 / ”，邀请…: a quote the next line closes, one sentence)
                and not (u.text.count("“") > u.text.count("”") and nxt.text.lstrip()[:12].count("”") > nxt.text.lstrip()[:12].count("“"))):
            roles[k] = "heading"
            if not roles[k + 1]:
                roles[k + 1] = "subheading"
    _stacks_over_subtitles(units, roles)
    # a table's rows (cells set apart by wide spaces, 禅城区  93.8  1) are never joined
    rows = [_table_row(u.text) for u in units]
    for k, u in enumerate(units):
        # (a neighbour with a role of its own, a byline set with wide spaces, is no row)
        if rows[k] and not roles[k] and ((k and rows[k - 1] and roles[k - 1] in ("", "table") and u.gap == 0)
                                         or (k + 1 < len(units) and rows[k + 1] and not roles[k + 1]
                                             and units[k + 1].gap == 0)):
            roles[k] = "table"
        # 09:41 罗溪镇… / 09:26 新桥街道…: a feed's entries, one a line, each led by its time
        if (not roles[k] and _TIMED_ENTRY_RE.match(u.text)
                and any(_TIMED_ENTRY_RE.match(units[j].text) and units[max(j, k)].gap == 0
                        for j in (k - 1, k + 1) if 0 <= j < len(units))):
            roles[k] = "table"
    for k in _list_rows(units, roles):
        roles[k] = "table"  # a list's rows, label and names: kept apart like a table's
    for k in _csv_rows(units):
        if not roles[k]:
            roles[k] = "table"  # 1,占道经营,某某街口,2024-05-06: a CSV export's rows, never joined
    W = column_width(units, roles)
    dateline = _dateline_re()
    page_text = "\n".join(re.sub(r"\s+", "", u.text) for u in units)

    def narrow(u: Unit, r: str) -> bool:
        return W is not None and r in ("", "subheading") and _w(u.text) <= W + WIDTH_TOL

    def full(u: Unit) -> bool:
        return W is not None and _w(u.text) >= W - WIDTH_TOL

    G = grid_width(units, roles, W)

    def fills(u: Unit) -> bool:
        """Does `u` fill the column? Exactly, for a line in Chinese type only."""
        cells = _grid_cells(u.text) if G is not None else None
        return cells >= G if cells is not None else full(u)

    title_goes_on = _wrapped_titles(units, roles, W, fills)
    if W is None:
        _names_under_titles(units, roles)

    out: list[Unit] = []
    edits: list[Edit] = vertical_edits
    cur: Unit | None = None
    cur_role = before_cur = ""
    numbered = False  # `cur` opens right under an item's number alone on its line (01 / its headline)
    last_u: Unit | None = None
    last_r = ""
    WW = run_on_width(units) if W is None else None  # (a page wrapped at a width, lines one under another)
    blank_parts_pieces = _blank_lines_part_pieces(units)
    for idx, (u, r) in enumerate(zip(units, roles)):
        join = False
        # a dateline may be broken over two lines (天津晚报7月22日 / 讯（记者 …）)
        ahead = u.text.strip() + (units[idx + 1].text.strip()[:8] if idx + 1 < len(units) else "")
        figure_card = bool(cur is not None and u.gap == 0 and cur.first == cur.last and cur_role != "meta"
                           and r != "meta" and FIGURE_RE.match(_FIGURE_MARK_RE.sub("", cur.text.strip()))
                           and CARD_LABEL_RE.match(u.text.strip()))
        if (cur is not None and u.gap == 0 and r in ("", "heading", "subheading") and cur_role in ("", "heading", "subheading")
                and _short_stack(cur, last_u, u, units[idx + 1] if idx + 1 < len(units) else None, WW)):
            join = False  # 襄州:文明村镇 / 串珠成链 / 五月的襄州区…: a headline's short lines over wrapped text
        elif figure_card:
            join = True  # 42.6万人 / 全市注册志愿者: a data graphic's figure and what it counts
        elif (cur is not None and u.gap == 0 and cur.first == cur.last and cur.gap >= 1 and cur_role in ("", "heading")
              and r in ("", "heading") and (_CLAUSE_RE.search(u.text) or ends_sentence(u.text) or han_count(u.text) >= 10)
              and blank_parts_pieces and _HEADLINE_WORDS_RE.fullmatch(cur.text.strip())):
            # on a page whose paragraphs follow one another without blank lines, a line of words alone
            # after one, a place's label before them or not, over a line of text (发展。 / (blank) /
            # 卓资县城“微改造”绘出新画卷 / 在卓资山镇的街头，…; 安泽：荀子文化浸润文明县城 / 在安泽县…): the
            # next piece's headline. (On a short page a brief's run-in label, 井研县：城区新增公共 /
            # 停车泊位…, opens its text; a short line under it, 白银发布, is an account's name.)
            join = False
        elif idx in title_goes_on and cur is not None:
            join = True  # 黄骅港城 / “海风”送 / 来文明新 / 气象: a title wrapped in a narrow column
        elif (cur is not None and u.gap == 0 and cur.first == cur.last and LABEL_LINE_RE.match(cur.text.strip())
              and cur_role not in ("meta", "byline") and r not in ("meta", "byline")
              and (cur.gap >= 1 or cur.first == units[0].first or before_cur in ("meta", "subtitle", "banner", "rule"))
              and _headline_like(u.text)):
            join = False  # 巴里坤： / 草原深处建起“牧民驿站”: a place's label over a headline is its kicker
            cur = replace(cur, kind="kicker")
        elif (cur is not None and u.gap == 0 and cur.first == cur.last and cur.text.rstrip().endswith("——")
              and cur_role not in ("meta", "byline") and _headline_like(u.text) and idx + 1 < len(units)
              and (roles[idx + 1] == "byline" or dateline.match(units[idx + 1].text.strip()))):
            join = False  # …聚焦背街小巷等问题—— / 镜头对准问题 部门当场认领 / 本报记者 …: a kicker points to its headline
        elif (cur is not None and cur.first == cur.last and cur_role == "" and r != "meta"
              and SALUTATION_RE.match(cur.text.strip())):
            join = False  # 全市广大职工朋友们： / 文明城市创建…: a letter's salutation, a line of its own
        elif cur is not None and u.gap == 0 and cur.first == cur.last and _drop_cap(cur.text, u.text):
            join = True  # 今 / 年以来，武进区…: a drop cap, extracted as a line of its own, opens the text
        elif (cur is not None and cur.first == cur.last and SPACED_LINE_RE.match(u.text)
              and not SPACED_LINE_RE.match(cur.text)):
            join = False  # 以“绣花功夫”打磨城市细节 / 昆 山 街 巷 里 的…: a headline set letter-spaced stands alone
        elif (cur is not None and cur_role == "subtitle" and cur.first == cur.last and u.gap == 0 and not r
              and not ends_sentence(cur.text) and _indent(cur.text) >= 2 and _indent(u.text) == _indent(cur.text)
              and _headline_like(u.text)):
            join = True  # 　　——全市今年建成街角小景 / 　　126处 老城区…: a dashed subtitle wrapped, set in alike
        elif (cur is not None and cur_role == "subtitle" and cur.first == cur.last and u.gap == 0 and not r
              and before_cur in ("heading", "subheading")  # (under its title: a 副题 over the title stays apart)
              and not ends_sentence(cur.text) and _headline_like(u.text) and _w(u.text) < _w(cur.text)
              and idx + 1 < len(units) and units[idx + 1].gap == 0
              and (roles[idx + 1] == "byline" or dateline.match(units[idx + 1].text.strip()))):
            join = True  # ——某某县老城片区背街小巷 / 综合整治见闻 / 记者 …: a dashed subtitle wrapped over its byline
        elif (cur is not None and cur.first == cur.last and cur_role in ("", "subheading")
              and r in ("", "subheading", "heading") and u.gap == 0 and idx + 1 < len(units)
              and roles[idx + 1] == "byline" and units[idx + 1].gap == 0 and _headline_like(u.text)
              and (_w(u.text) < W - 2 * WIDTH_TOL if W is not None else _w(u.text) < _w(cur.text))
              and not ends_sentence(cur.text) and _CLAUSE_RE.search(cur.text.strip()[:-1])
              and cur.text.strip()[-1:] not in "，、；：,;:" and han_count(u.text) >= 8
              and not _splits_word(cur.text, u.text) and not _splits_number(cur.text, u.text)):
            join = False  # “双节”前完成…，让…舒心 / 山海关区打响…攻坚战 / ■记者 …: the headline over its byline, not the kicker's wrap
        elif (cur is not None and numbered and cur.first == cur.last and u.gap == 0 and not ends_sentence(cur.text)
              and cur.text.strip()[:1] not in "（(【["
              # (二 / 从西宁出发，…才能到达 / 玉树。采访…: the line under closes the sentence: text)
              and not re.match(r"[^，。！？；：,;:!?\s]{1,8}[。！？!?]", u.text.strip())
              and not _splits_word(cur.text, u.text) and not _splits_number(cur.text, u.text)):
            join = False  # 03 / 常宁镇入选…，常宁镇排名第2位 / 近日，…: a numbered item's headline, then its text
        elif cur is not None and u.first == u.last and r != "meta" and SALUTATION_RE.match(u.text.strip()):
            join = False  # 某某招募令 / 亲爱的市民朋友们：: a letter's salutation never goes on a line above
        elif idx in clause_lines and cur is not None and cur_role != "byline":
            join = True  # a post set one clause a line: 这条老街 / 全长约860米 / …。 (not onto a byline)
        elif (cur is not None and u.gap >= 0 and ends_sentence(cur.text) and r in ("", "caption")
                and u.text.lstrip()[:1] in _CLOSERS and not _would_double(cur.text.strip() + u.text.strip())):
            join = True  # a closing quote or mark carried to the next line (。 / ”家住附近…) ends this one
        elif (cur is not None and cur.first == cur.last and _NOTE_LINE_RE.match(cur.text.strip())
              and (last_u is None or last_u is cur or before_cur in ("meta", "byline", "heading")
                   or (out and ends_sentence(out[-1].text)))):
            join = False  # （作者单位：某区文联） / 写给…的街灯: a note in brackets under finished text is a line of its own
        elif cur is not None and _points_below(cur.text, u.text):
            join = False  # …小布带大家看看三地的新变化👇 / 某某县：…: the line points at what follows, it is done
        elif cur is not None and CLOCK_RE.fullmatch(u.text.strip()):
            join = False  # 视频 | 某地：… / 03:12: a clip's length or a post's time, a line of its own
        elif cur is not None and u.gap >= 0 and not ends_sentence(cur.text):
            if _DATELINE_BRACKET_RE.search(cur.text[-120:]) and r not in ("heading", "subtitle", "meta"):
                join = True  # a dateline's bracket goes on: 讯（特约记者 / 李荣刚 苏然岚 / ）走进…
            elif last_r == "byline" and _ROLE_END_RE.search(cur.text) and _NAMES_ONLY_RE.match(u.text.strip()):
                join = True  # a byline broken after its role word: 本报记者 乌日娜 通讯员 / 巴图孟和
            elif (cur_role == "byline" and u.gap == 0 and _BYLINE_GOES_ON_RE.match(u.text.strip())
                  and _name_goes_on(cur.text, u.text)
                  and not (idx + 1 < len(units) and units[idx + 1].gap == 0 and _drop_cap(u.text, units[idx + 1].text))):
                join = True  # a byline broken inside a name: 本报记者 王立 / 新 通讯员 赵 / 雪
            elif cur_role == "byline":
                join = False  # the byline ends; its text starts on the next line
            elif r in ("caption",) or last_r in ("caption",):
                ngram = last_u.text.strip()[-2:] + u.text.strip()[:2]
                join = (r == "caption" and last_r == "caption" and u.gap <= 1
                        and len(ngram) == 4 and page_text.count(ngram) >= 1)
            elif (_DATE_GOES_ON_RE.match(u.text.lstrip()) and cur.text.rstrip()[-1:].isdigit()
                  and r in ("", "heading", "subheading") and last_r in ("", "heading", "subheading")
                  and re.search(f"[{HAN_CLASS}]", cur.text[-24:]) and re.search(f"[{HAN_CLASS}]", ahead[:24])):
                # a number or date broken over lines: 某某日报4月2 / 7日讯 （… (whatever the guess
                # that two short lines are a heading and its sub-heading: a second run, which
                # sees them apart, joins them too)
                join = True
            elif r or last_r in ("heading", "byline", "credit", "subtitle", "banner", "meta", "table"):
                join = False
            elif dateline.match(u.text.strip()) or dateline.match(ahead):
                join = False  # a news item's lead starts a new paragraph
            elif u.gap == 0 and cur.first == cur.last and _script_changes(cur.text, u.text):
                join = False  # Kunshan volunteers help … / 昆山志愿者帮…: a headline and its translation
            elif (u.gap == 0 and cur.first == cur.last and cur.gap >= 1 and _indented(u.text) and not _indented(cur.text)
                  and not ends_sentence(cur.text) and not _CLAUSE_RE.search(cur.text)
                  and not re.match(r"[-*•·]\s", cur.text.strip())  # (an outline's items, - 一级 / \t- 二级)
                  and (W is None or _w(cur.text) < W - 2 * WIDTH_TOL)):
                join = False  # (blank) / 蠡县：文明实践站里“学”出新技能 / 　　蠡县把…: a headline over a set-in paragraph
            elif u.gap == 0:
                # a web copy (no narrow column) prints a paragraph a line: a short
                # line without clause marks right above text is a title, not a wrap
                nxt = units[idx + 1] if idx + 1 < len(units) else None
                nxt_meta = idx + 1 < len(roles) and roles[idx + 1] == "meta"
                join = (not (W is None and (_title_line(cur, u) or _headline_pair(cur, u, nxt, nxt_meta)))
                        or _quote_closed_below(cur.text, u.text)  # (…设立“文明监督岗 / ”，邀请…: one sentence)
                        or _splits_number(cur.text, u.text)
                        # (…作为创建省级文 / 明城市的…: a line with a clause mark that breaks a word is a wrap)
                        or (_CLAUSE_RE.search(cur.text) and _splits_word(cur.text, u.text))
                        # (　　县里还把…写进村规 / 民约，…: a paragraph's set-in first line broken inside a word)
                        or (_indented(cur.text) and _splits_four_character_word(cur.text, u.text))
                        # (博野县：… / 　　博野县把…打造 / 成群众家门口的…: a line set in under a headline not set
                        # in, the line under it not set in either, is a paragraph's first line)
                        or (_indented(cur.text) and cur.first == cur.last and not _indented(u.text)
                            and bool(out) and not _indented(out[-1].text) and not ends_sentence(cur.text)))
            elif u.gap >= 2:
                join = False
            elif cur_role == "subheading":
                # a sub-heading runs on over one blank line into a short last line
                join = (W is not None and cur.last == cur.first and narrow(u, r)
                        and _w(u.text) < W - 2 * WIDTH_TOL)
            elif narrow(last_u, last_r):
                # a short line standing alone, without punctuation, that does not fill
                # the column is a heading over the text, not the text's first line
                # (or one of two halves: 上下齐心 携手共赴文明之约)
                # unless the break splits a word (…文明之约可 / 以看到…)
                join = not (cur.first == cur.last and not _RUNNING_MARK_RE.search(last_u.text) and _w(last_u.text) >= 8
                            and (not fills(last_u) or _HALVES_RE.match(last_u.text.strip()))
                            and not _splits_word(last_u.text, u.text) and not _splits_number(last_u.text, u.text)
                            # (…设立“文明监督岗 / ”，邀请…: a quote left open that the next line closes)
                            and not _quote_closed_below(last_u.text, u.text))
            elif (han_count(cur.text[-LONG:]) >= LONG // 2 and _COMMA_RE.search(cur.text[-2 * LONG:])
                  and (_w(u.text) >= LONG or narrow(u, r) or ends_sentence(u.text))):
                # the next line goes on or finishes the sentence (the paragraph so far, not
                # its last printed line: a second run sees the joined line, and must agree; Han
                # characters, not width: fix_punctuation widens marks after this pass)
                join = True
        if (join and cur.first == cur.last and r in ("", "heading", "subheading") and spaced_couplet(cur.text)
                and cur.gap >= 1 and not _indented(cur.text)):  # (after a blank line, not set in: no text's line)
            join = False  # 志愿服务常态化　文明实践见实效 / 牧野区…: a slogan over the headline, a line of its own
        if (join and cur.first == cur.last and not ends_sentence(cur.text) and period_note(u.text)):
            join = False  # 某某这一年 / （2019年10月—2020年9月）: the period a headline covers, a note under it
        if cur is not None and last_u is not None and (last_u.first, u.first) in carried:
            join = True  # 会议要求，各旗县市要巩固 / (the next page's running head) / 创建成果，…: one sentence
        if (join and cur.first == cur.last and section_number(cur.text) and not section_number(u.text)
                and re.match(r"(?i)(?:no|part)\b", cur.text.strip())):
            join = False  # NO.1 / 某县…“点单”服务受欢迎: an item's number alone on its line, then its headline
        if join and (_would_double(cur.text.strip() + u.text.strip())
                     or (len(cur.text.strip()) >= 2 and u.text.strip().startswith(cur.text.strip()))):
            join = False  # keep what would read as doubled text apart (stable on re-runs: also when a
            # mark joined after the repeat on the first run makes the pair no exact double on the next)
        if join and has_post_tail(cur.text.rstrip() + _joiner(cur.text.rstrip(), u.text.lstrip()) + u.text.lstrip()) \
                and not has_post_tail(u.text):
            join = False  # a join that would make a post's tail (…？# / 南宁#) a second run would cut off
        if join:
            a, b = cur.text.rstrip(), u.text.lstrip()
            sep = cur.text[len(a):] + "\n" * (u.gap + 1) + u.text[: len(u.text) - len(b)]
            glue = " " if figure_card else _joiner(a, b)
            edits.append(Edit(PASS, cur.first, len(a), sep, glue))
            # (a title's wrapped lines stay a title however many: the structure step is told)
            cur = replace(cur, text=a + glue + b, last=u.last, kind="wrapped_title" if idx in title_goes_on else cur.kind)
        else:
            if cur is not None:
                out.append(cur)
            cur = replace(u, kind=u.kind or (r if r in ("heading", "subheading", "table") else ""))
            cur_role, before_cur = r, ("rule" if last_u is not None and _RULE_LINE_RE.match(last_u.text) else last_r)
            numbered = bool(last_u is not None and last_u.first == last_u.last and section_number(last_u.text))
        last_u, last_r = u, r
    out.append(cur)
    _mark_out_of_column(out, W if W is not None else wrap_width(units))
    # every segment stands on its own now (gap kept: the blank lines before it)
    out = [replace(u, gap=1) if u.gap < 1 else u for u in out]
    return page.evolve(out, edits)


# A headline's words alone: no clause or sentence mark, quotes and a middle dot at most, a place's
# label and colon before them at most (卓资县城“微改造”绘出新画卷, 安泽：荀子文化浸润文明县城)
_HEADLINE_WORDS_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,4}[：:])?[\u4e00-\u9fff“”‘’《》·]{6,24}")
# A page of at least this many lines with at most one blank line in this many sets its paragraphs
# one under another: its blank lines part pieces, not paragraphs.
RUN_ON_PAGE_MIN_LINES = 30
LINES_PER_BLANK_MIN = 12


def _blank_lines_part_pieces(units) -> bool:
    """Does a page set its paragraphs one under another with no blank line between, so that a
    blank line parts one piece from the next (a narrow column's lines, a blank line only before
    each item's headline)?"""
    blanks = sum(1 for u in units[1:] if u.gap >= 1)
    return len(units) >= RUN_ON_PAGE_MIN_LINES and blanks * LINES_PER_BLANK_MIN <= len(units)


# A line of a headline set over wrapped text fills at most this share of the wrap width.
STACK_LINE_SHARE = 0.6


def _short_stack(cur: Unit, last_u: Unit, u: Unit, nxt: Unit | None, wrap: int | None) -> bool:
    """Is `cur` a headline set in short lines over text wrapped at `wrap` (襄州:文明村镇 /
    串珠成链 / 五月的襄州区张家集镇，村道两旁绿…)? A wrapped paragraph fills every line but its
    last: a block that opens with short lines only, and no clause inside, is no paragraph's
    start when a full line follows it."""
    if (wrap is None or cur.gap < 1 or ends_sentence(cur.text) or _indent(cur.text) or _CLAUSE_RE.search(cur.text)
            or cur.text.rstrip()[-1:] in "：:"  # (尊敬的各位业主：, a letter's salutation over its text)
            or re.fullmatch(r"[【\[［(（].*[】\]］)）]", cur.text.strip())):  # (【主持人口播】: a label over its part)
        return False
    short = STACK_LINE_SHARE * wrap
    lines = cur.last - cur.first + 1
    # (the full line is text: it holds a clause mark or a sentence's end, and the text goes on under it)
    return (_w(last_u.text) <= short and _w(cur.text) <= lines * short and _w(u.text) >= FULL_LINE_SHARE * wrap
            and not _indent(u.text) and not _splits_number(last_u.text, u.text)
            and bool(re.search(r"[，。；、,;]", u.text)) and nxt is not None and nxt.gap == 0)


def run_on_width(units: list[Unit]) -> int | None:
    """The median width of the lines that run on into a next line (a rough column width,
    kind to OCR's and half-width marks' uneven lines); None with fewer than a few such lines."""
    widths = sorted(_w(u.text) for u, nxt in zip(units, units[1:]) if nxt.gap < 1)
    return widths[len(widths) // 2] if len(widths) >= MIN_NARROW_LINES else None


def wrap_width(units: list[Unit]) -> int | None:
    """The width a page's text was wrapped at (pdftotext's lines of one column): the most
    common width of lines that run on into a next line, when most of those lines share it.

    >>> us = [Unit("一二三四五六七八九十一二三四五", i, i, gap=0) for i in range(10)]
    >>> wrap_width(us)
    30
    """
    widths = [_w(u.text) for u, nxt in zip(units, units[1:]) if nxt.gap < 1]
    if len(widths) < MIN_NARROW_LINES_SHORT:
        return None
    cnt = Counter(widths)
    best = max(range(MIN_W, MAX_W + 1), key=lambda w: sum(cnt.get(x, 0) for x in range(w - WIDTH_TOL // 2, w + WIDTH_TOL // 2 + 1)))
    near = [x for x in range(best - WIDTH_TOL // 2, best + WIDTH_TOL // 2 + 1) if cnt.get(x, 0)]
    if sum(cnt[x] for x in near) < SHORT_PAGE_SHARE * len(widths):
        return None
    return max(near)


def _mark_out_of_column(out: list[Unit], width: int | None) -> None:
    """A line standing alone between two wrapped paragraphs of the column, and wider than
    the column, was set in another frame: smaller type over a picture's width, a caption.
    (A heading in display type holds fewer characters a line, never more.)"""
    if width is None:
        return
    for i in range(1, len(out) - 1):
        u, before, after = out[i], out[i - 1], out[i + 1]
        if (u.first == u.last and not u.kind and u.gap >= 1 and after.gap >= 1
                and _w(u.text) > width + 2 * WIDTH_TOL
                and all(o.last > o.first and not o.kind for o in (before, after))):
            out[i] = replace(u, kind="out_of_column")


def reflow(page):
    """Join lines broken inside a sentence or word and rebuild paragraph breaks.

    >>> reflow("腹郁葱茏，  \\n风光旖旎；人文厚  \\n重。")
    '腹郁葱茏，风光旖旎；人文厚重。'
    >>> print(reflow("标题\\n\\n图片说明。\\n王小利 摄"))
    标题
    <BLANKLINE>
    图片说明。
    <BLANKLINE>
    王小利 摄
    """
    return run_pass(page, _reflow)
