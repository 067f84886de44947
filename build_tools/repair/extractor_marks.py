"""Pass `strip_extractor_marks`: marks a text extractor or viewer adds that the page never printed.

* A PDF text extractor (pdfminer, pdfplumber) writes a glyph it cannot map to a character
  as ``(cid:N)``: 福鼎：“海上茶都”掀起文明新风(cid:3). Left in, the code becomes part of
  the title, a name or a fact's sentence. It is removed; where it stood between two Han
  characters a character of the page is lost (林(cid:2871)霞), so that spot is flagged
  for a human (`Flag(kind="lost_glyph")`).
* A viewer that numbers its lines (a code or text viewer, a diff, some e-paper readers)
  prints each line's number before it: ``1<TAB>丽水日报…`` / ``2`` / ``3<TAB>莲都：…``.
  When most lines of the page open with the numbers 1, 2, 3 … of their own line, each
  in turn, the numbers are a gutter and are removed; a page whose lines merely start with
  figures (a table, a list 1. 2. 3.) keeps them.

* A web copy keeps, where a picture stood, the picture's file name (its alt text):
  ``微信图片_20240411153022.jpg`` or ``IMG_3125.JPG``, on a line of its own or glued before
  the text. The name is removed (never part of an address: …/a.jpg stays).

* A text-mode browser's dump (lynx -dump, links -dump) numbers every link, ``[7]烟台日报``,
  and lists the numbered addresses at the end under a heading of its own (``References``:
  ``  7. http://…``). When that list is there, the marks ``[N]`` whose N it lists are removed
  from the text, and the heading and list lines are removed: the page never printed them.
  Bracketed figures of a page without such a list (a footnote [1], a ranking) stay.

* A citation's number glued after a sentence (…重点工作。[2]) where the page lists its works
  cited (参考资料 / 1.… 2.…; data/page_meta.yaml reference_heads): a superscript of the web
  page, no figure of its text; removed. The list itself stays (it is set apart as furniture).

* An OCR engine reads the rule between two columns as a bar at the edge of the lines beside
  it: ``|明光：老旧小区改造`` / ``…看到新铺的路面平整干净。丨``. A bar (data/page_meta.yaml
  column_rule_bars) opening or closing a line that holds no other bar, where at least
  column_rule_min_lines lines of the page have one, is removed; a table's rows (bars
  inside the line) and a byline's bar (记者丨刘思琪) stay.
* A word processor's copy with its tracked changes showing writes each change in a labelled
  bracket: ``利用边角地新建口袋公园【删除：18】【插入：21】处``. Inserted words are the text as
  it stands (the bracket and label go, the words stay); deleted words are no longer text (the
  whole bracket goes). A review comment's anchor (``…小游园。[WR1]``) is removed where the page
  lists that comment (``批注 [WR1]：某某 2024/6/3 9:12：…``), and the comment lines are set apart
  as furniture. Labels: data/layout.yaml ``tracked_change_labels``, ``review_comment_labels``.

Every removal is recorded as an edit, like every other pass's.
"""
from __future__ import annotations

import re

from ..data import data_file
from ..model import Edit, Flag
from .core import HAN_CLASS, Page, run_pass, sub_recording

PASS = "strip_extractor_marks"

_CID = re.compile(r"\(cid:\d{1,6}\)")
# a picture's file name: letters, digits, _ - and Han characters, then an image extension
_IMAGE_FILE = re.compile(r"(?<![/\w.])[\w\-\u4e00-\u9fff]{1,40}\.(?i:jpe?g|png|gif|webp|bmp)(?![A-Za-z0-9_]*[/.]|[A-Za-z])")
# a line's number in a viewer's gutter: digits, then a tab, or two spaces or more, or nothing
# else on the line
_GUTTER = re.compile(r"^(\d{1,5})(?:\t| {2,}|$)")
# Share of the page's lines (at least this many) that must carry their own number.
GUTTER_SHARE, GUTTER_MIN_LINES = 0.8, 5


# a text browser's list of link addresses: "  7. http://…" (the heading words: data/layout.yaml)
_LINK_ENTRY = re.compile(r"^\s*(\d{1,4})\.\s+(?:https?|ftp|file|mailto|javascript):\S*\s*$")
_LINK_MARK = re.compile(r"\[(\d{1,4})\]")
# a list of at least this many addresses makes a page a browser's dump
LINK_LIST_MIN = 2


def _link_list(page: Page) -> tuple[int, set[int]] | None:
    """(index of the unit that heads a browser's list of links, the numbers it lists), or None."""
    heads = set(data_file("layout.yaml")["link_list_headings"])
    units = page.units
    for k in range(len(units) - 1, -1, -1):
        if units[k].text.strip() not in heads:
            continue
        numbers = [_LINK_ENTRY.match(u.text) for u in units[k + 1:]]
        if len(numbers) >= LINK_LIST_MIN and all(numbers):
            return k, {int(m.group(1)) for m in numbers}
        return None
    return None


# a citation's mark glued after text: [2], [3-5], [1,4]
_CITE_MARK = re.compile(r"(?<=\S)\[(\d{1,3})(?:[-–,，]\d{1,3})*\]")


def _cited(page: Page) -> set[int]:
    """The numbers of the works a page lists under its references head (参考资料, 参考文献)."""
    v = data_file("page_meta.yaml")
    heads = set(v.get("reference_heads") or ())
    entry = re.compile(v["reference_entry"])
    units = page.units
    for k, u in enumerate(units):
        if re.sub(r"[：:\s]+$", "", u.text.strip()) not in heads:
            continue
        numbers = set()
        for x in units[k + 1:]:
            if not entry.match(x.text.strip()):
                break
            numbers.add(int(re.search(r"\d+", x.text).group()))
        if numbers:
            return numbers
    return set()


def _rule_bar_re() -> tuple[re.Pattern, str, int]:
    v = data_file("page_meta.yaml")
    bars = v.get("column_rule_bars") or "|"
    cls = re.escape(bars)
    # a bar at the line's start or end, text (no space, no bar) right inside it
    rx = re.compile(rf"^\s*[{cls}]\s*(?=[^\s{cls}])|(?<=[^\s{cls}])\s*[{cls}]\s*$")
    return rx, bars, int(v.get("column_rule_min_lines") or 2)


def _rule_bar_lines(page: Page) -> set[int]:
    """Indexes of the lines whose edge bar is a column rule read by OCR (see the module doc)."""
    rx, bars, least = _rule_bar_re()
    hits = set()
    for k, u in enumerate(page.units):
        found = list(rx.finditer(u.text))
        if found and sum(u.text.count(b) for b in bars) == len(found) == 1:
            hits.add(k)
    return hits if len(hits) >= least else set()


def _tracked_change_re() -> re.Pattern:
    labels = data_file("layout.yaml").get("tracked_change_labels") or {}
    alt = "|".join(map(re.escape, sorted(labels.get("insert", []) + labels.get("delete", []), key=len, reverse=True)))
    return re.compile(r"[【\[〔［]\s*(%s)\s*[：:]\s*([^【】\[\]〔〕［］\n]*?)\s*[】\]〕］]" % alt)


def _tracked_change(m: re.Match) -> str:
    """The words as they stand after a tracked change: an insertion's words, nothing for a deletion."""
    labels = data_file("layout.yaml").get("tracked_change_labels") or {}
    return m.group(2) if m.group(1) in labels.get("insert", []) else ""


def _review_comments(page: Page) -> tuple[set[int], set[str]]:
    """(indices of the units that list review comments, the anchors they list): 批注 [WR1]：…"""
    labels = data_file("layout.yaml").get("review_comment_labels") or []
    if not labels:
        return set(), set()
    entry = re.compile(r"^\s*(?:%s)\s*[\[［【]([A-Za-z]{0,4}\d{1,3})[\]］】]\s*[：:]" % "|".join(map(re.escape, labels)))
    lines, anchors = set(), set()
    for k, u in enumerate(page.units):
        m = entry.match(u.text)
        if m:
            lines.add(k)
            anchors.add(m.group(1))
    return lines, anchors


def _numbered_lines(page: Page) -> bool:
    """Do most lines open with their own consecutive number (1, 2, 3 …)?"""
    units = page.units
    if len(units) < GUTTER_MIN_LINES:
        return False
    first = None
    hits = 0
    for k, u in enumerate(units):
        m = _GUTTER.match(u.text)
        if not m:
            continue
        n = int(m.group(1))
        first = n - k if first is None else first
        hits += n - k == first
    # (a gutter numbers the blank lines too, or sets its numbers off by a tab: a ranking's rows,
    # 1  青秀区  92.36, do neither)
    marked = any(re.fullmatch(r"\d{1,5}\s*", u.text) or re.match(r"\d{1,5}\t", u.text) for u in units)
    return first is not None and first in (0, 1) and hits >= GUTTER_SHARE * len(units) and marked


def _strip(page: Page) -> Page:
    edits: list[Edit] = []
    flags: list[Flag] = []
    gutter = _numbered_lines(page)
    links = _link_list(page)
    cited = _cited(page) if links is None else set()
    ruled = _rule_bar_lines(page)
    rule_re = _rule_bar_re()[0] if ruled else None
    changes = _tracked_change_re()
    comment_units, anchors = _review_comments(page)
    anchor_re = re.compile(r"[\[［【](%s)[\]］】]" % "|".join(map(re.escape, sorted(anchors)))) if anchors else None
    units = []
    for k, u in enumerate(page.units):
        text = u.text
        if k in comment_units:  # 批注 [WR1]：…: a reviewer's comment, no words of the page
            units.append(u.__class__(text, u.first, u.last, u.gap, "furniture"))
            continue
        text = sub_recording(changes, _tracked_change, text, PASS, u.first, edits)
        if anchor_re is not None:
            text = sub_recording(anchor_re, lambda m: "", text, PASS, u.first, edits)
        if links is not None and k >= links[0]:  # the browser's list of addresses: not the page's
            edits.append(Edit(PASS, u.first, 0, text, ""))
            continue
        if links is not None:
            text = sub_recording(_LINK_MARK, lambda m: "" if int(m.group(1)) in links[1] else m.group(0),
                                 text, PASS, u.first, edits)
        if k in ruled:
            text = sub_recording(rule_re, lambda m: "", text, PASS, u.first, edits)
        if gutter:
            text = sub_recording(_GUTTER, lambda m: "", text, PASS, u.first, edits)
        for m in _CID.finditer(text):
            before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
            if re.match(f"[{HAN_CLASS}]", before) and re.match(f"[{HAN_CLASS}]", after):
                flags.append(Flag("lost_glyph", u.first, m.group(0),
                                  "PDF 字形无法映射，此处缺一字 a glyph the PDF did not map to a character: "
                                  "a character is missing here; check against the page"))
        if cited:
            text = sub_recording(_CITE_MARK, lambda m: "" if int(m.group(1)) in cited else m.group(0),
                                 text, PASS, u.first, edits)
        text = sub_recording(_CID, lambda m: "", text, PASS, u.first, edits)
        text = sub_recording(_IMAGE_FILE, lambda m: "", text, PASS, u.first, edits)
        units.append(u if text == u.text else u.__class__(text, u.first, u.last, u.gap, u.kind))
    return page.evolve(units, edits, flags)


def strip_extractor_marks(page):
    """Remove a PDF extractor's unmapped glyph codes, a viewer's line numbers, pictures'
    file names, a text browser's link numbers and list of links, and citation marks.

    >>> strip_extractor_marks("福鼎：文明新风(cid:3)")
    '福鼎：文明新风'
    >>> strip_extractor_marks("微信图片_20240411153022.jpg4月11日上午，见 http://x.cn/a.jpg")
    '4月11日上午，见 http://x.cn/a.jpg'
    >>> print(strip_extractor_marks("1\\t某某日报\\n2\\n3\\t标题\\n4\\t本报记者 张三\\n5\\n6\\t正文。"))
    某某日报
    <BLANKLINE>
    标题
    本报记者 张三
    <BLANKLINE>
    正文。
    >>> print(strip_extractor_marks("[1]某某网 | [2]首页\\n来源：[3]某某日报\\n正文[4]。\\nReferences\\n 1. http://a.cn/\\n 2. http://a.cn/i\\n 3. http://a.cn/p\\n 4. http://a.cn/t"))
    某某网 | 首页
    来源：某某日报
    正文。
    >>> print(strip_extractor_marks("全区建成公园12个。[1]\\n参考资料\\n1.某某报道．某某日报．2022-01-02"))
    全区建成公园12个。
    参考资料
    1.某某报道．某某日报．2022-01-02
    >>> print(strip_extractor_marks("1  青秀区  92.36\\n2  良庆区  91.08\\n排名"))
    1  青秀区  92.36
    2  良庆区  91.08
    排名
    """
    return run_pass(page, _strip)
