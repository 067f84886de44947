"""Classified blocks of one page -> articles.

Title groups (title, subtitle, byline) open articles; text, captions and
page furniture are given to the article they belong to.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..data import data_file
from ..model import Block, DraftArticle, FindPlaces
from ..repair.core import PICTOGRAPHS, han_count
from ..repair.furniture import vocabulary as meta_vocabulary
from ..repair.briefs import brief_label
from ..repair.paragraphs import document_title, section_number
from ..sentences import split_sentences
from .blocks import SPEAKER_TURN_RE, issued_document_title
from .bylines import dateline_byline_names, places_known, inline_byline, take_trailing_byline, trailing_byline
from .captions import assign_captions, count_places
from .layout import han_len, layout, patterns, piece_kinds, piece_label
from .meta import site_name_after_title, site_name_before_title
from .titles import (COLUMN_LABEL_RE, bare_place_name, boxed_piece, opens_with_place_label, drop_repeated_title, fill_header, infer_title, predicate_line, second_statement,
                     title_groups, record_field, is_column_name)


def _cut_site_name(art: DraftArticle, find_places: FindPlaces | None) -> None:
    """A site name glued after the title (…的序幕某某新闻网) is the outlet, not title."""
    if not art.title or art.title_inferred:
        return
    known = [v for b in art.meta + art.page_meta for f, v in b.extra.get("fields", []) if f in ("outlet", "source")]
    known += _byline_outlets(art)
    if art.meta:
        # a well-known site or app (not a paper: …登上人民日报 is words of the title) glued after a
        # title that has its own meta lines (来源, 时间) under it: a web copy's site name
        papers = tuple(layout().get("paper_name_ends") or ())
        known += [n for n in meta_vocabulary()["outlets"] if not n.endswith(papers)]
    context = " ".join([art.subtitle] + [b.text for b in art.body[:2]])
    cut = site_name_after_title(art.title, known, find_places, context)
    if cut is None:
        return
    line = next((b.first for b in art.header if b.text == art.title), art.header[0].first if art.header else 0)
    art.site_name = art.title[cut:].strip()
    art.dropped.append((line, art.site_name, "网站名称，已记为来源媒体 site name after the title, kept as the outlet"))
    art.title = art.title[:cut].rstrip(" _|｜-—")


def _cut_site_name_before(art: DraftArticle, find_places: FindPlaces | None) -> None:
    """A site name glued before the title of a web copy (新野县人民政府网新野：…, the page's
    title bar run into the headline) is the outlet, not title."""
    if not art.title or art.title_inferred or not art.meta or art.site_name:
        return
    known = [v for b in art.meta + art.page_meta for f, v in b.extra.get("fields", []) if f in ("outlet", "source")]
    cut = site_name_before_title(art.title, known, find_places, lambda t: opens_with_place_label(t, find_places))
    if cut is None:
        return
    line = next((b.first for b in art.header if b.text == art.title), art.header[0].first if art.header else 0)
    art.site_name = art.title[:cut].strip(" _|｜-—")
    art.dropped.append((line, art.site_name, "网站名称，已记为来源媒体 site name before the title, kept as the outlet"))
    art.title = art.title[cut:].lstrip(" _|｜-—")


# a 引题 run into the title after a comma: …绘就文明新画卷，马尔康：街巷“微改造”…
_KICKER_COMMA_RE = re.compile(r"^(?P<kicker>[^，,：:]{4,40}?)[，,]\s*(?P<title>[\u4e00-\u9fff]{2,8}[：:]\s*\S.{3,})$")


def _cut_kicker_before_place(art: DraftArticle, find_places: FindPlaces | None) -> None:
    """A kicker glued to the title with a comma (高原小城绘就文明新画卷，马尔康：街巷…): the
    part after the comma opens with its place's label, as a main title does; it is the title,
    the words before the comma its 引题."""
    m = _KICKER_COMMA_RE.match(art.title or "")
    if not m or art.title_inferred or not opens_with_place_label(m.group("title"), find_places):
        return
    art.kicker = " ".join(x for x in (art.kicker, m.group("kicker").strip()) if x)
    art.title = m.group("title").strip()


def _place_line_opens_title(art: DraftArticle, ends: set[int], find_places: FindPlaces | None) -> None:
    """On a page of several items run together as pdftotext gives a column (no blank line
    between them), a division's bare name on the line right above an item's title, straight
    under the text or masthead before it, opens that title (康平县 / 卧龙湖畔… is 康平县
    卧龙湖畔…), as a place's label with a colon does. (A place line set apart by a blank line,
    or over a lone article's title, is the layout's own label: it stays the kicker.)
    `ends`: the last lines of the page's blocks."""
    name = (art.kicker or "").strip()
    if not name or not art.title or art.title_inferred or not bare_place_name(name, find_places):
        return
    at = next((k for k, b in enumerate(art.header) if b.text.strip() == name), None)
    lines = art.title_lines or [art.title]
    if at is None or at + 1 >= len(art.header) or art.header[at + 1].text.strip() != lines[0].strip() \
            or art.header[at + 1].first != art.header[at].last + 1 or art.header[at].first - 1 not in ends:
        return
    art.title = name + " " + art.title
    art.title_lines = [name] + list(lines)
    art.kicker = ""
    art.title_how = art.title_how or "title_lines_joined"


def _cut_title_label(art: DraftArticle) -> None:
    """A script's header names its piece in a labelled field printed as the headline line
    (稿件：某某：城乡环境大整治…, data/layout.yaml title_field_labels): the label is no part of the title."""
    labels = tuple(layout().get("title_field_labels") or ())
    m = re.match(r"^(%s)\s*[：:]\s*" % "|".join(map(re.escape, labels)), art.title or "") if labels else None
    if m and han_len(art.title[m.end():]) >= 4:
        line = art.header[0].first if art.header else 0
        art.dropped.append((line, m.group(0).strip(), "标题前的字段名 a field's label before the title"))
        art.title = art.title[m.end():].strip()
    om = re.match(layout()["title_ordinal_label"], art.title or "")
    if om and han_len(art.title[om.end():]) >= 4:
        # 选题一：某旗：… (a story plan's items): the piece's label and number, its kicker
        art.kicker = " ".join(x for x in (art.kicker, om.group(0).strip().rstrip("：:")) if x)
        art.title = art.title[om.end():].strip()


def _cut_copy_note(art: DraftArticle) -> None:
    """A bracketed note closing the title that says which draft or copy this is (…话术（试用稿）,
    data/layout.yaml title_copy_notes): about the copy, not part of its title; kept as dropped."""
    notes = tuple(layout().get("title_copy_notes") or ())
    # (or the notice's number, …审计结果公告（2022年第4号）: which notice of the year, no words of its title)
    numbered = r"(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*号"
    m = re.search(r"\s*[（(]\s*(%s)\s*[）)]$" % "|".join([numbered] + [re.escape(x) for x in notes]), art.title or "")
    if m and han_len(art.title[:m.start()]) >= 4:
        line = art.header[0].first if art.header else 0
        art.dropped.append((line, m.group(0).strip(), "标题后的稿本说明 a note on which draft or copy this is, after the title"))
        art.title = art.title[:m.start()].rstrip()


# the dash that sets a subtitle apart, printed on the title's own line (…新颜——某某县…工作综述)
_DASHED_TAIL_RE = re.compile(r"^(?P<title>.+?)\s*(?:——|－－|--)\s*(?P<sub>[^—－\-].*)$")


def _cut_dashed_subtitle(art: DraftArticle) -> None:
    """A headline and its dashed subtitle printed on one line (大槐树下创文明 古县新城展新颜——
    某某县创建省级文明城市工作综述): the words after the dash are the subtitle, as when it is
    printed on a line of its own. A scope note after the dash (——以某某市为例, a paper's
    title: data/layout.yaml dashed_title_tails) stays part of the title."""
    m = _DASHED_TAIL_RE.match(art.title or "")
    if not m or art.subtitle or art.title_inferred:
        return
    head, sub = m.group("title").strip(), m.group("sub").strip()
    if han_len(head) < 4 or han_len(sub) < 4 or head.count("“") != head.count("”") or head.count("《") != head.count("》"):
        return  # (a dash inside a quotation belongs to what is quoted)
    if any(re.match(x, sub) for x in layout().get("dashed_title_tails") or ()):
        return
    art.title, art.subtitle = head, "——" + sub


def _cut_stray_bar(art: DraftArticle) -> None:
    """A bar opening a headline (丨沂水：…, layout.yaml title_stray_marks) is a scanner's
    misread column rule, not the title's first character."""
    marks = tuple(layout().get("title_stray_marks") or ())
    t = art.title or ""
    if marks and t.startswith(marks) and han_len(t.lstrip("".join(marks) + " \u3000")) >= 4:
        line = art.header[0].first if art.header else 0
        art.dropped.append((line, t[0], "标题前的杂散竖线 a stray bar before the title"))
        art.title = t.lstrip("".join(marks) + " \u3000")


def _byline_outlets(art: DraftArticle) -> list[str]:
    """The outlets a byline names before its role word (石榴云记者 张三, 石榴云/某某日报记者 张三):
    an app's name printed again after the title is that outlet, not words of the title."""
    role = patterns()["role"]
    out = []
    for b in art.header:
        m = role.search(b.text) if b.kind == "byline" else None
        if m and m.start() > 0:
            out += [x for x in re.split(r"[/／|｜\s]+", b.text[:m.start()].strip("■□●◎○ \u3000")) if han_len(x) >= 2]
        elif m:  # the outlet inside the role (正观新闻记者 X: the role pattern holds the name of its paper)
            g = m.group(0)
            word = patterns()["role_word"]
            for k in (k for k in range(2, len(g) - 1) if word.fullmatch(g, k)):  # (某某融媒 | 体记者…)
                out += [x for x in re.split(r"[/／|｜\s、]+", g[:k]) if han_len(x) >= 2]
    return out


# pictographs and their joiners (🎉, 📍, ❤️) decorating a post's headline
_PICTOGRAPHS_RE = re.compile(f"[{PICTOGRAPHS}]+")


# a short video's or app post's hashtags closing its headline, each # set off by a space and
# without a closing one (…光盘率提升到92% #文明城市 #玉溪 #光盘行动); weibo's #topic# pairs stay
# (the first may be glued to the headline, as a short-video post's description runs: …新实践#文明城市创建 #安泽)
_TITLE_HASHTAGS_RE = re.compile(r"[ \u3000]*#[^\s#]*[\u4e00-\u9fff][^\s#]*(?:[ \u3000]+#[^\s#]*[\u4e00-\u9fff][^\s#]*)*$")


def _cut_title_hashtags(art: DraftArticle) -> None:
    """Hashtags after a post's headline are its topics, not words of the title cited."""
    m = _TITLE_HASHTAGS_RE.search(art.title or "")
    if m and m.group(0)[:1] == "#" and "#" in art.title[:m.start()]:
        m = None  # (#创建文明城市#罗平县城…: the words after a paired topic are the headline's)
    if m and m.start() > 0 and not art.title_inferred:
        line = art.header[0].first if art.header else 0
        art.dropped.append((line, m.group(0).strip(), "标题后的话题标签 hashtags after the title"))
        art.title = art.title[:m.start()].rstrip()


# a post's topic opening its bracketed headline (【#黄浦创全# 外滩边的…】), a space after it
_LEADING_TOPIC_RE = re.compile(r"^(#[^#\s]{1,30}#)[ \u3000]*(?=\S)")


def _cut_post_topic(art: DraftArticle) -> None:
    """A topic opening a post's bracketed headline (【#某某创全# 外滩边的…】, cut off its text by
    repair's split_post_parts) tags the post, no words of the title cited; it stays the kicker,
    so the place it names still counts. A headline line printed so on a page of its own
    (#创城进行时# 背街小巷…) is cited whole."""
    m = _LEADING_TOPIC_RE.match(art.title or "")
    head = next((b for b in art.header if b.text.strip() == (art.title or "").strip()), None)
    if (not m or art.title_inferred or head is None or not head.extra.get("item_title")
            or head.extra.get("mark") != "" or han_len(art.title[m.end():]) < 4):
        return
    art.kicker = art.kicker or m.group(1)
    art.title = art.title[m.end():].strip()


def _cut_item_number(art: DraftArticle) -> None:
    """An item's number before a brief's headline (①科右中旗：…; data/layout.yaml
    title_item_numbers) numbers the item in its list; the title cited is the words after it."""
    nums = layout().get("title_item_numbers") or ""
    title = art.title or ""
    m = re.match(rf"\s*[{re.escape(nums)}]\s*", title) if nums else None
    for form in ([] if m else layout().get("title_item_number_forms") or []):
        m = re.match(rf"\s*(?:{form})\s*", title)  # （一）某镇开展…: the item's number in words
        if m:
            break
    if m and not art.title_inferred and han_len(title[m.end():]) >= 4:
        line = art.header[0].first if art.header else 0
        art.dropped.append((line, m.group(0).strip(), "标题前的条目序号 an item's number before the title"))
        art.title = title = title[m.end():]
    # A brief's mark (▲民乐：…; data/layout.yaml item_title_marks) marks the item, no word of it.
    marks = "".join(mk for mk in layout().get("item_title_marks") or [] if len(mk) == 1)
    m = re.match(rf"\s*[{re.escape(marks)}]\s*", title) if marks else None
    if m and not art.title_inferred and han_len(title[m.end():]) >= 4:
        line = art.header[0].first if art.header else 0
        art.dropped.append((line, m.group(0).strip(), "标题前的条目标记 an item's mark before the title"))
        art.title = title[m.end():]


def _cut_chapter_number(art: DraftArticle) -> None:
    """A chapter's number before its name (第三章  某某: data/layout.yaml title_chapter_number)
    numbers the chapter in its book: the kicker; the title cited is the name."""
    pat = layout().get("title_chapter_number")
    m = re.match(pat, art.title or "") if pat else None
    if m and not art.title_inferred:
        art.kicker = art.kicker or m.group(0).strip()
        art.title = art.title[m.end():].strip()


def _trim_pictographs(art: DraftArticle) -> None:
    """Pictographs around a headline (🎉喜报！…🎊) decorate a post; the title cited is its words.
    One printed between its words (黄石人注意⚠️这些新规…) is part of the headline as printed."""
    title = art.title or ""
    head = re.match(rf"[{PICTOGRAPHS}\s]*", title).end()
    tail = re.search(rf"[{PICTOGRAPHS}\s]*$", title).start()
    trimmed = title[head:max(head, tail)]
    if title and trimmed != title and trimmed.strip():
        line = art.header[0].first if art.header else 0
        cut = (title[:head] + title[max(head, tail):]).strip()
        art.dropped.append((line, cut, "标题中的表情符号 pictographs in the title"))
        art.title = trimmed


# The fields of a masthead line: the paper's name with its date, page and section.
_MASTHEAD_FIELDS = {"outlet", "date", "page", "page_name", "chrome"}


def for_whole_page(b: Block) -> bool:
    """A 本版… line (本版责任编辑, (本版文字 张三 图片 李四)) speaks for the whole page."""
    return b.text.lstrip("（(【[ ").startswith("本版")


def assign_meta(arts: list[DraftArticle], blocks: list[Block]) -> None:
    """Give each meta line to its article: the one whose blocks come right
    before it (a date under a title, 责任编辑 at the article's end). Meta lines
    above every article (a masthead, a breadcrumb, a date under the page's own
    title above the first article's title), any line naming the
    printed page and 本版… lines (本版责任编辑) belong to the whole page."""
    if not arts:
        return
    where: dict[int, int] = {}
    for ai, a in enumerate(arts):
        for b in a.header + a.body + a.captions + a.leading_captions:
            where[b.first] = ai
    # the first title on the page: meta lines above it (a masthead under an English name,
    # a page's title or a column name the first article took as its kicker:
    # 某某短讯（5月10日） / date 来源) are the page's
    first = arts[0]
    title_at = next((b.first for b in first.header if b.text and first.title.startswith(b.text)),
                    first.header[0].first if first.header else None)
    kickers = [a.kicker for a in arts]
    if (len(arts) >= 2 and first.header and all(k.startswith("【") for k in kickers)
            and len(set(kickers)) == len(kickers)):
        # (each item under a label of its own, 【信息一】 / 报送单位：… 撰稿：… / 标题：…: the lines
        # under the first label are the first item's)
        title_at = first.header[0].first
    if first.title_how == "roundup_label" and first.body:
        # (a roundup's first item is titled by the label opening its text: the lines above that
        # text, the column's name and its date line, are the whole column's)
        title_at = min(b.first for b in first.body)
    current = None
    # meta lines after a rule or a record's start (文章 1/3, SrcDatabase-来源库: …) and before the
    # next article's text head that article: a result list's source line, an export's fields
    upcoming: dict[int, int] = {}
    nxt = None
    for k in range(len(blocks) - 1, -1, -1):
        if blocks[k].kind != "meta" and blocks[k].first in where:
            nxt = where[blocks[k].first]
        upcoming[k] = nxt
        if any(f == "record" for f, _ in blocks[k].extra.get("fields", [])):
            nxt = None  # (a record exported without any text: its fields head no other record's text)
    opened = record_seen = False
    last_text = max((k for k, b in enumerate(blocks) if b.kind != "meta"), default=-1)
    for k, b in enumerate(blocks):
        if b.kind != "meta":
            if b.first in where:
                current = where[b.first]
            opened = False
            continue
        fields = {f for f, _ in b.extra.get("fields", [])}
        if fields & {"rule", "record"}:
            opened = True
        record_seen = record_seen or "record" in fields
        if opened and upcoming[k] is not None and "rule" not in fields:
            arts[upcoming[k]].meta.append(b)
            continue
        if opened and record_seen and upcoming[k] is None:
            for a in arts:  # a record without text: its fields are the page's, kept as furniture
                a.page_meta.append(b)
            continue
        nb = blocks[k + 1] if k + 1 < len(blocks) else None
        heads = upcoming[k] is not None and upcoming[k] != current and nb is not None and nb.kind != "meta" and (
            arts[upcoming[k]].header and arts[upcoming[k]].header[0].first == nb.first == b.last + 1)
        if (heads and "date" in fields and current is not None and k > 0 and blocks[k - 1].kind == "meta"
                and blocks[k - 1].last + 1 == b.first
                and {f for f, _ in blocks[k - 1].extra.get("fields", [])} == {"outlet"}):
            # 镇江发布 / 2023-10-17 18:40 · 江苏 / 【扬中：…】…: a feed's post header right over the next
            # post's headline (its account's line over it): that post's, not the one above
            arts[upcoming[k]].meta.append(b)
            if blocks[k - 1] in arts[current].meta:
                arts[current].meta.remove(blocks[k - 1])
                arts[upcoming[k]].meta.append(blocks[k - 1])
            continue
        above_first_title = title_at is not None and b.first < title_at
        # (a masthead printed at the page's foot, nothing but furniture under it: 石家庄日报 after
        # the last item, or 茂名日报 2023年6月30日 第5版: the whole page's)
        foot_masthead = (k > last_text and "outlet" in fields and fields <= _MASTHEAD_FIELDS and len(arts) > 1)
        # (a 来源 line under a title naming its original paper's page, 来源：某某报 9月11日 第04版 or
        # a digest's 《某某报》9月10日第06版刊发, is that article's, not the whole page's)
        own_source = bool(fields & {"source", "month_day"}) and "outlet" not in fields
        if (current is None or above_first_title or ("page" in fields and not own_source)
                or for_whole_page(b) or foot_masthead):
            for a in arts:
                a.page_meta.append(b)
            if (current is not None and not above_first_title and not for_whole_page(b)
                    and "page" in fields and "author" in fields):
                # 某某日报 2024-03-19 第A2版 本报记者 张三 under a title: the page is the page's,
                # the reporters the article's
                arts[current].meta.append(b)
        else:
            arts[current].meta.append(b)


def split_articles(blocks: list[Block], find_places: FindPlaces | None = None) -> list[DraftArticle]:
    """Group a page's blocks into articles.

    Title groups (title, subtitle, byline) open articles. A title group with
    no body after it (printed at the end, as in some layouts) takes the text
    before it that no longer names the previous article's place. Furniture
    before the first title becomes the first article's kicker; lead paragraphs
    before it become its opening; captions go to the article they name.
    """
    with places_known(find_places):  # (byline readers ask it: 景东报道 is where, not who)
        return _split_articles(blocks, find_places)


def _split_articles(blocks: list[Block], find_places: FindPlaces | None) -> list[DraftArticle]:
    blocks = _headline_after_its_text(_numbered_sections(blocks))
    blocks = _reported_from(_place_tabs(_summaries_as_text(_post_intro(_editor_note(_forwarding_note(_covering_note(_masthead_over_rule(_wrapper_over_divider(_title_fields_as_headings(blocks)))))))), find_places), find_places)
    arts = _bullet_sentence_items([a for part in _parts_between_rules(blocks) for a in _split(part, find_places)])
    assign_meta(arts, blocks)
    for art in arts:
        _title_from_meta(art)
        _unbracket_title(art)  # (a repost's mark, [转载]…, first: no column's label)
        _cut_column_label(art, find_places)
        _label_under_headline(art)
        _cut_site_name(art, find_places)
        _cut_site_name_before(art, find_places)
        _cut_kicker_before_place(art, find_places)
        _cut_stray_bar(art)
        _cut_title_label(art)
        _cut_copy_note(art)
        _cut_dashed_subtitle(art)
        drop_repeated_title(art)
        _trim_pictographs(art)
        _cut_item_number(art)
        _cut_chapter_number(art)
        _cut_title_hashtags(art)
        _cut_post_topic(art)
    if len(arts) >= 2:
        ends = {b.last for b in blocks}
        for art in arts:
            _place_line_opens_title(art, ends, find_places)
    _post_headline_over_items(arts)
    return _header_over_pieces(_wrapper_over_pieces(_headline_over_marked_items(arts)))


def _headline_over_marked_items(arts: list[DraftArticle]) -> list[DraftArticle]:
    """A post's headline with no text of its own over items each under a marked title
    (鲁甸一周文明要闻 / 🔹水磨镇：… / text / 🔹县城… / text): the headline opens no article; it
    is the kicker of every item, and its lines go with the first item."""
    if not _headline_only_over_pieces(arts):
        return arts
    marks = {b.extra.get("mark") for a in arts[1:] for b in a.header[:1] if b.extra.get("item_title")}
    if len(marks) != 1 or not all(any(b.extra.get("item_title") for b in a.header[:1]) for a in arts[1:]):
        return arts
    return _fold_headline(arts)


def _wrapper_over_pieces(arts: list[DraftArticle]) -> list[DraftArticle]:
    """A headline with no text of its own naming the pieces under it, each under a headline
    ending as it does (“某某”征文、摄影作品征集启事 / “某某”征文启事 / … / “某某”摄影作品征集启事 /
    …: titles.py _pieces_under_wrapper): it opens no article; it is the pieces' kicker."""
    if not _headline_only_over_pieces(arts):
        return arts
    ending = arts[0].title.strip()[-2:]
    if not all(a.title.strip().endswith(ending) for a in arts[1:]):
        return arts
    return _fold_headline(arts)


def _header_over_pieces(arts: list[DraftArticle]) -> list[DraftArticle]:
    """A bulletin's name and issue with no text of their own over its items (某区创建全国文明城市 /
    工作动态 / 2020年第12期 / 一、某街道… / text / 二、…): no article; the items' kicker."""
    if (not _headline_only_over_pieces(arts) or arts[0].bylines
            or not any(b.kind in ("paragraph", "byline") for a in arts[1:] for b in a.body)):
        return arts
    return _fold_headline(arts)


def _headline_only_over_pieces(arts: list[DraftArticle]) -> bool:
    """Does the page open with a headline and no text of its own, over two pieces or more?"""
    return len(arts) >= 3 and bool(arts[0].title) and not any(b.kind == "paragraph" for b in arts[0].body)


def _fold_headline(arts: list[DraftArticle]) -> list[DraftArticle]:
    """The first article, a headline without text, becomes the kicker of the others; its lines
    go with the next article."""
    first, nxt = arts[0], arts[1]
    for a in arts[1:]:
        a.kicker = " ".join(x for x in (first.kicker, first.title, a.kicker) if x)
        # (its date and issue lines stand over every piece: 2020年第12期 / 某办编 2020年7月8日)
        a.page_meta = a.page_meta + [b for b in first.meta if b not in a.page_meta]
    nxt.header = first.header + nxt.header
    nxt.body = first.body + nxt.body
    nxt.meta = first.meta + nxt.meta
    nxt.captions = first.captions + nxt.captions
    nxt.leading_captions = first.leading_captions + nxt.leading_captions
    nxt.dropped = first.dropped + nxt.dropped
    for line in first.bylines:
        nxt.bylines.append(line)
    return arts[1:]


def _bullet_sentence_items(arts: list[DraftArticle]) -> list[DraftArticle]:
    """A one-sentence brief set with a mark and no headline (■近日，某镇组织志愿者…。) closing
    another item's text, on a page of titled items: an item of its own, titled by its first
    clause. Only where the item above uses no such marks itself (a report's marked points
    are its own) and the page holds two or more titled items."""
    # (not a picture's mark: ▲ opens captions too)
    marks = tuple(m for m in layout()["item_title_marks"] if m not in layout()["item_title_marks_need_label"])
    if len([a for a in arts if a.title]) < 2:
        return arts
    out: list[DraftArticle] = []
    for art in arts:
        paras = [b for b in art.body if b.kind == "paragraph"]
        last = art.body[-1] if art.body else None
        if (last is not None and last.kind == "paragraph" and len(paras) >= 2 and art.title
                and art.body[-2].kind == "paragraph"  # (not under a label: [简讯] / ●…, the column's)
                and last.text.strip().startswith(marks) and re.search(r"[。！？]$", last.text.strip())
                and not any(b.text.strip().startswith(marks) for b in paras[:-1])):
            art.body = art.body[:-1]
            item = DraftArticle(body=[last])
            infer_title(item)
            out += [art, item]
        else:
            out.append(art)
    return out


def _post_headline_over_items(arts: list[DraftArticle]) -> None:
    """A post that gathers items, each under its own marked title (某县：两则快讯 /
    【某镇开展某活动】 / text / 【某镇另一活动】 / text): the post's headline is no item's title.
    When the first article's title group holds, under the headline, a marked item title and
    a later article's title is marked the same way, that item title is the first article's
    title and the headline its kicker."""
    if len(arts) < 2 or len(arts[0].header) < 2:
        return
    first = arts[0]
    k = next((i for i, b in enumerate(first.header) if i and b.extra.get("item_title")), None)
    if k is None:
        return
    item, mark = first.header[k], first.header[k].extra.get("mark")
    if not any(b.extra.get("item_title") and b.extra.get("mark") == mark
               for a in arts[1:] for b in a.header[:1]):
        return
    head = " ".join(b.text.strip() for b in first.header[:k])
    first.kicker = " ".join(x for x in (first.kicker, head) if x)
    first.title = item.text.strip()
    if first.subtitle.strip() == item.text.strip() or k == len(first.header) - 1:
        first.subtitle = ""


# A bulletin's masthead over its first rule has at most this many lines of its own.
MASTHEAD_OVER_RULE_MAX = 3


def _as_chrome(blocks: list[Block], picked) -> list[Block]:
    """The blocks with those `picked(index, block)` names kept as the page's chrome (a meta
    block, in the report), never text or a title."""
    return [Block("meta", b.text, b.first, b.last, 0, {"fields": [("chrome", b.text)]}) if picked(j, b) else b
            for j, b in enumerate(blocks)]


def _masthead_over_rule(blocks: list[Block]) -> list[Block]:
    """A bulletin's or newsletter's masthead over a rule (精神文明建设工作简报 / 第7期 / its issuer
    and date / ━━━━) and its items under it, each with a headline of its own: the name is the
    publication's, no article's title; it stays as the page's furniture and its meta lines
    (issuer, date) are the page's, every item's."""
    rule = next((k for k, b in enumerate(blocks) if b.kind == "meta"
                 and any(f == "rule" for f, _ in b.extra.get("fields", []))), None)
    if rule is None:
        return blocks
    above = [b for b in blocks[:rule] if b.kind != "meta"]
    metas = [b for b in blocks[:rule] if b.kind == "meta"]
    below = blocks[rule + 1:]
    if (not above or len(above) > MASTHEAD_OVER_RULE_MAX or not metas
            or any(b.kind not in ("heading", "short") for b in above)
            or sum(1 for b in below if b.kind in ("heading", "subheading")) < 2
            or sum(han_len(b.text) for b in below if b.kind == "paragraph") < PIECE_MIN_HAN):
        return blocks
    out = _as_chrome(blocks, lambda _, b: b in above)
    # (its first item's headline stands under the publication's masthead: titles._column_items)
    first = next((k for k in range(rule + 1, len(out)) if out[k].kind != "meta"), None)
    if first is not None:
        out[first] = replace(out[first], extra={**out[first].extra, "under_masthead": True})
    return out


def _title_fields_as_headings(blocks: list[Block]) -> list[Block]:
    """A rundown's, a bulletin's or a form's items each named in a labelled title field (01 /
    标题：… / text / 时长：… 记者：…; 标题 in page_meta.yaml `labels`): two or more such fields,
    each with text under it, are the items' headlines, each opening an article of its own."""
    at = [k for k, b in enumerate(blocks) if b.kind == "meta" and any(f == "title" for f, _ in b.extra.get("fields", []))]
    if len(at) < 2 or any(f == "record" for b in blocks if b.kind == "meta" for f, _ in b.extra.get("fields", [])):
        return blocks  # (a database export's records, SrcDatabase-来源库: …, are split by their own start)
    ends = at[1:] + [len(blocks)]
    if not all(any(b.kind == "paragraph" for b in blocks[k + 1:e]) for k, e in zip(at, ends)):
        return blocks
    out = list(blocks)
    for k in at:
        b = blocks[k]
        title = next(v for f, v in b.extra["fields"] if f == "title")
        out[k] = Block("heading", title, b.first, b.last, 0, {})
    return out


# A wrapper's own text over the divider that opens the report it carries is at most this many blocks.
WRAPPER_OVER_DIVIDER_MAX = 4


def _wrapper_over_divider(blocks: list[Block]) -> list[Block]:
    """A wrapper document (a tip-off record, a sign-off slip, a pitch sheet) whose divider says where
    the report it carries begins (—— 记者跟进 ——, ——正文——: page_meta.yaml `body_divider`): the few
    lines over the divider (the platform's name, the tip's own text) are the wrapper's, kept as
    the page's furniture, never an article of their own; the report under it opens with its headline
    (a TV script's 【正文】 over plain text divides no wrapper from its report)."""
    divider = meta_vocabulary()["body_divider_re"]
    k = next((i for i, b in enumerate(blocks) if b.kind == "meta" and divider.fullmatch(b.text.strip())), None)
    if k is None:
        return blocks
    above = [b for b in blocks[:k] if b.kind != "meta"]
    below = blocks[k + 1:]
    first = next((b for b in below if b.kind != "meta"), None)
    if (not above or len(above) > WRAPPER_OVER_DIVIDER_MAX
            or first is None or first.kind != "heading"  # (a script's 【正文】 over its text is no wrapper's)
            or sum(han_len(b.text) for b in below if b.kind == "paragraph") < PIECE_MIN_HAN):
        return blocks
    return _as_chrome(blocks, lambda _, b: b in above)


def _covering_note(blocks: list[Block]) -> list[Block]:
    """A few words over a rule with the pieces under it (各位老师好，转发两篇报道… /
    ----------原始邮件---------- / 扎兰屯市：… / …): the note of whoever forwarded or
    collected them, kept as the page's furniture, never an article of its own."""
    rule = next((k for k, b in enumerate(blocks) if b.kind == "meta"
                 and any(f == "rule" for f, _ in b.extra.get("fields", []))), None)
    if rule is None or not any(b.kind in ("heading", "subheading") for b in blocks[rule + 1:]):
        return blocks
    above = [b for b in blocks[:rule] if b.kind != "meta"]
    if (not above or any(b.kind != "paragraph" and not (b is above[-1] and _sign_off(b)) for b in above)
            or sum(han_len(b.text) for b in above) >= PIECE_MIN_HAN):
        return blocks
    return _as_chrome(blocks, lambda _, b: b in above)


def _forwarding_note(blocks: list[Block]) -> list[Block]:
    """A forwarder's note opening the page (a forum thread's title / 在网上看到两篇报道，转过来给
    大家看看 / 【转帖一】 / headline …; an e-mail's 我把正文直接贴在下面了 / headline …): a few
    words in words of passing pieces on (layout.yaml `forwarding_note_words`), with the heading
    over them and the sender's name under them, stand over the pieces, each with a headline of
    its own. They are the forwarder's, kept as the page's furniture, never an article."""
    words = tuple(layout().get("forwarding_note_words") or ())
    text = [k for k, b in enumerate(blocks) if b.kind != "meta"]
    if not words or len(text) < 3:
        return blocks
    j = 1 if blocks[text[0]].kind in ("heading", "subheading") else 0
    paras = []
    while j < len(text) and blocks[text[j]].kind == "paragraph":
        paras.append(text[j])
        j += 1
    if j < len(text) and paras and _sign_off(blocks[text[j]]):
        paras.append(text[j])  # the sender's name under the note
        j += 1
    if (not paras or sum(han_len(blocks[k].text) for k in paras) >= PIECE_MIN_HAN
            or not any(w in blocks[k].text for k in paras for w in words)
            or sum(1 for k in text[j:] if blocks[k].kind in ("heading", "subheading")) < 1
            or not any(blocks[k].kind == "paragraph" for k in text[j:])):
        return blocks
    note = set(text[:j])
    return _as_chrome(blocks, lambda k, b: k in note)


def _sign_off(b: Block) -> bool:
    """A line holding only a short name (a sender's, under their note)."""
    t = re.sub(r"\s+", "", b.text)
    return b.kind in ("heading", "subheading", "byline") and 2 <= han_len(t) == len(t) <= 4


def _place_tabs(blocks: list[Block], find_places: FindPlaces | None) -> list[Block]:
    """A mark and a place's name alone on a line over a headline (■汉川 / “城管进社区”…) is
    the item's place tab, its kicker: not a byline of someone called 汉川."""
    if find_places is None:
        return blocks
    marks = tuple(m for m in layout()["byline_marks"] if len(m) == 1)
    out = list(blocks)
    for k, b in enumerate(blocks[:-1]):
        t = b.text.strip()
        if b.kind != "byline" or not t.startswith(marks) or blocks[k + 1].kind not in ("heading", "subheading"):
            continue
        rest = t[1:].strip()
        hits = find_places(rest) or []
        if not hits:  # (a district's short name, 吴江, read with the item under it, 吴江区在…)
            below = " ".join(x.text for x in blocks[k + 1:k + 3])
            hits = [h for h in (find_places(f"{rest}\n{below}") or []) if h[0] == 0]
        if len(hits) >= 1 and hits[0][0] == 0 and len(hits[0][2]) == len(rest):
            out[k] = replace(b, kind="heading", extra=dict(b.extra, place_tab=True))
    return out


def _headline_after_its_text(blocks: list[Block]) -> list[Block]:
    """An OCR'd page read a headline after its own text (… / 本报讯（记者 …）某区… / 某区垃圾分类
    / 覆盖108个小区): short lines closing the page, no sentence in them, right after a dated
    lead that follows another article's text with no headline of its own, and made of that
    lead's words. They are its headline (one, printed over lines)."""
    lay = layout()
    tail_max = int(lay.get("headline_after_text_lines", 3))
    k = len(blocks)
    while k > 0 and len(blocks) - k < tail_max and blocks[k - 1].kind in ("caption", "heading", "subheading") \
            and not blocks[k - 1].level and not blocks[k - 1].extra.get("photographers") \
            and 2 <= han_len(blocks[k - 1].text) <= 16 and not re.search(r"[。！？!?；;：:]", blocks[k - 1].text):
        k -= 1
    run = blocks[k:]
    if not run or k < 2:
        return blocks
    lead, before = blocks[k - 1], blocks[k - 2]
    if not (lead.kind == "paragraph" and before.kind == "paragraph" and re.match(lay["dateline"], lead.text)):
        return blocks
    head = "".join(b.text.strip() for b in run)
    pairs = [head[i:i + 2] for i in range(len(head) - 1)]
    if not pairs or sum(p in lead.text for p in pairs) * 3 < len(pairs) * 2:
        return blocks  # (a picture's caption says other words than the lead)
    # (set over its lead, where a heading over a dated lead opens an article: see title_groups)
    return blocks[:k - 1] + [Block("heading", head, run[0].first, run[-1].last), lead]


def _reported_from(blocks: list[Block], find_places: FindPlaces | None) -> list[Block]:
    """A byline in a paper's dateline form (【明报专讯】记者 陈嘉欣 上海报道) names its reporters;
    the place it was reported from, which the gazetteer knows, is no name."""
    out = list(blocks)
    for k, b in enumerate(blocks):
        names = dateline_byline_names(b.text.strip(), find_places) if b.kind == "byline" else None
        if names:
            out[k] = replace(b, extra=dict(b.extra, authors=names))
    return out


# a column's or role's label in brackets on a line of its own (【本报评论员】, 【两江评论】)
_BRACKET_LABEL_RE = re.compile(r"[【\[]([^【】\[\]]{2,10})[】\]]")


def _cut_column_label(art: DraftArticle, find_places: FindPlaces | None = None) -> None:
    """A column's name in brackets before the title is the kicker, not the title; so is a
    comic's genre tag before a bar (漫画｜…, data/layout.yaml comic_title_tags), and a media
    tag (视频 | 某地：…). A place's name so tagged (【惠济区】黄河岸边…) labels the headline as
    惠济区： does: it is the kicker, with its colon, over any page section's name."""
    m = (COLUMN_LABEL_RE.match(art.title or "") or _comic_tag(art.title or "")
         or re.match(r"^(视频|图集|直播|音频)\s*[|｜丨]\s*(\S.{3,})$", (art.title or "").strip()))
    if m and not art.title_inferred:
        tag = m.group(1).strip()
        if find_places is not None and bare_place_name(tag, find_places):
            if art.kicker:
                art.banners.insert(0, art.kicker)
            art.kicker = tag + "："
        else:
            art.kicker = art.kicker or tag
        art.title = m.group(2).strip()


def _label_under_headline(art: DraftArticle) -> None:
    """A piece's label printed under its headline (含山“小广告”清理 / 记者手记 / text): the
    headline is the title, the label the piece's kind, kept as its kicker (data/layout.yaml
    reporter_pieces, article_labels)."""
    t = re.sub(r"[\s\u3000【】\[\]■●]+", "", art.title or "")
    if (t in piece_kinds() and art.kicker and han_len(art.kicker) >= 6 and not piece_label(art.kicker)
            and not art.title_inferred and art.header and art.header[-1].text.strip() == (art.title or "").strip()
            and len(art.header) >= 2 and art.header[-2].text.strip() == art.kicker.strip()):
        art.kicker, art.title = t, art.kicker


def _comic_tag(title: str) -> re.Match | None:
    """A comic's genre tag set off by a bar before its headline (漫画｜斑马线前 让一让)."""
    tags = "|".join(map(re.escape, sorted(layout().get("comic_title_tags") or (), key=len, reverse=True)))
    return re.match(rf"^({tags})\s*[|｜丨]\s*(\S.{{3,}})$", title.strip()) if tags else None


# a headline set whole in lenticular brackets (【安源区：老旧小区加装“智能充电桩”】)
_BRACKETED_TITLE_RE = re.compile(r"【([^【】]{2,60})】")


def _unbracket_title(art: DraftArticle) -> None:
    """A headline printed whole in 【】 (a digest's items) is its words; the brackets
    mark it as a headline, like bold type. A repost's mark before it (【转】…, data/page_meta.yaml
    `repost_marks`) says how it came, and is no part of it."""
    t = (art.title or "").strip()
    mark = next((x for x in data_file("page_meta.yaml").get("repost_marks") or () if t.startswith(x)), None)
    if mark and han_len(t[len(mark):]) >= 4:
        art.title = t[len(mark):].strip()
    m = _BRACKETED_TITLE_RE.fullmatch((art.title or "").strip())
    if m and not art.title_inferred and (han_len(m.group(1)) >= 4 or piece_label(m.group(1))):
        art.title = m.group(1).strip()  # (【编后】 alone: the piece's label is its title)


# A heading over a labelled title (在线访谈, 网上留言) is a channel's name of at most this many Han characters.
CHANNEL_NAME_MAX = 6


def _squash(t: str) -> str:
    """A title's characters without spaces, for comparing its printed forms."""
    return re.sub(r"\s+", "", t or "")


def _title_from_meta(art: DraftArticle) -> None:
    """A page that prints no title line but names its title in a labelled field
    (留言标题：…) has that title, not one inferred from its text."""
    named = [v for b in art.meta + art.page_meta for f, v in b.extra.get("fields", []) if f == "title"]
    if art.title and not art.title_inferred:
        head_line = art.header[0].first if art.header else None
        below = [(b.first, v) for b in art.meta + art.page_meta for f, v in b.extra.get("fields", [])
                 if f == "title" and head_line is not None and b.first > head_line]
        if below and han_count(below[0][1]) >= 4 and _squash(below[0][1]) not in _squash(art.title):
            # 中共某某县委党校教学案例 / 案例名称：…, 【草稿】某某新闻稿 / 标题：…: a wrapper
            # document's name over its labelled title field is the wrapper's, not the report's;
            # a heading under the fields that was read into the title group is the text's
            line = below[0][0]
            kept = [h for h in art.header if h.first < line]
            tail = [h for h in art.header if h.first > line]
            if tail:
                art.header, art.body = kept, tail + art.body
                art.kicker = " ".join(h.text for h in kept) or art.kicker
            else:
                art.kicker = art.title
            art.title, art.title_how = below[0][1], "title_field"
            return
        own = [v for b in art.meta for f, v in b.extra.get("fields", []) if f == "title"]
        if own and han_count(art.title) <= CHANNEL_NAME_MAX and han_count(own[0]) > han_count(art.title):
            # 在线访谈 / 【访谈主题】创建文明城市 城管在行动: the channel's name over the labelled
            # title is the kicker
            art.kicker, art.title, art.title_how = art.title, own[0], "title_field"
        return
    if named:
        art.title, art.title_inferred, art.title_how = named[0], False, "title_field"
        for field in ("kicker", "subtitle"):  # (引题：… 标题：… 副题：…, the piece's own fields)
            got = [v for b in art.meta for f, v in b.extra.get("fields", []) if f == field and v.strip()]
            if got and not getattr(art, field):
                setattr(art, field, got[0])


def _summaries_as_text(blocks: list[Block]) -> list[Block]:
    """A database record exported without its full text (title, authors, 摘要 only): its
    summary is the only text it has, so it is read as the text; with the full text after
    it, the summary stays a field."""
    out = list(blocks)
    start = 0
    for k in range(len(out) + 1):
        ends = k == len(out) or (out[k].kind == "meta" and any(
            f in ("record", "rule") for f, _ in out[k].extra.get("fields", [])))
        if not ends:
            continue
        record = range(start, k)
        if not any(out[i].kind != "meta" for i in record):
            for i in record:
                summary = [v for f, v in out[i].extra.get("fields", []) if f == "summary"]
                if summary:
                    out[i] = Block("paragraph", summary[0], out[i].first, out[i].last)
        start = k
    return out


def _parts_between_rules(blocks: list[Block]) -> list[list[Block]]:
    """The page's text blocks in parts between rules drawn across the column
    (——————): a rule ends the piece above it, whatever follows."""
    parts: list[list[Block]] = [[]]
    records: set[int] = set()  # parts opened by a record's start (文章 2/3, SrcDatabase-来源库: …)
    for b in blocks:
        if b.kind == "meta":
            fields = {f for f, _ in b.extra.get("fields", [])}
            if fields & {"rule", "record"} and parts[-1]:
                parts.append([])
            if "record" in fields:
                records.add(len(parts) - 1)
            continue
        parts[-1].append(b)
    out: list[list[Block]] = []
    for k, p in enumerate(parts):
        if not p:
            continue
        if out and k not in records and p[0].extra.get("form_part"):
            out[-1].extend(p)  # —————— / 回　执 / 学生姓名：____: the reply slip of the notice above
        elif out and k not in records and not any(b.kind in ("heading", "subheading", "byline") for b in p) \
                and sum(han_len(b.text) for b in p) < PIECE_MIN_HAN:
            out[-1].extend(p)  # a line of chrome after — END — (分享、点赞、在看…) is no piece of its own
        elif (out and k not in records and not any(b.kind in ("heading", "subheading") for b in p)
              and _header_without_text(out[-1])):
            # a note's or a thread's header (the headline, where it came from, tags) over a rule,
            # and under it a text without a headline of its own (the same headline, printed again,
            # was dropped as a repeat): one piece, the header's headline over the text
            out[-1].extend(p)
        else:
            out.append(p)
    return out


# A piece after a rule with no heading of its own has at least this many Han characters.
PIECE_MIN_HAN = 60


def _header_without_text(part: list[Block]) -> bool:
    """A part holding a headline and no text of its own: fewer than PIECE_MIN_HAN Han
    characters in its paragraphs."""
    return (any(b.kind in ("heading", "subheading") for b in part)
            and sum(han_len(b.text) for b in part if b.kind == "paragraph") < PIECE_MIN_HAN)


# headlines side by side: two or three halves set apart by at least this many spaces
GRID_GAP = 4


def _grid_row(text: str) -> list[str]:
    """The headlines of a grid row printed on one line (榆阳区…覆盖全部村组        横山区…方便
    过往司机): each part a headline (no sentence or clause mark), else []."""
    parts = [p.strip() for p in re.split(rf"[ \u3000]{{{GRID_GAP},}}", (text or "").strip())]
    if not 2 <= len(parts) <= 3:
        return []
    lay = layout()
    ok = all(MIN_GRID_TITLE <= han_len(p) and len(p) <= lay["max_heading_chars"]
             and not re.search("[。！？!?，,；;]", p) for p in parts)
    return parts if ok else []


# a headline of a grid row has at least this many Han characters
MIN_GRID_TITLE = 6


def _items(art: DraftArticle, find_places: FindPlaces | None = None) -> list[DraftArticle]:
    """A column of news items set one after another: an article has one dateline,
    so a paragraph opening with a dateline (本报讯, 某某讯, …电) starts an item of
    its own when the text above it already had a dateline or ended with its byline
    in brackets (…430余件。（通讯员 申晓燕）). The headline lines right above that
    paragraph (太平街道“共享雨伞” / 回收率超九成) are the item's title."""
    art.body.sort(key=lambda b: b.first)
    out = [art]
    seen_dateline = False
    closed = False
    dateline = re.compile(layout()["item_dateline"])
    datelined = sum(1 for b in art.body if b.kind == "paragraph" and dateline.match(b.text.strip()))
    # a grid of items: the headlines of one row printed side by side on one line, the
    # items' texts after it one by one (T1        T2 / 本报讯 … / 本报讯 …)
    pending = _grid_row(art.title) if datelined >= 2 else []
    if not pending and datelined >= 2 and _grid_row(art.subtitle):
        # ■市县传真·榆林 / the row: the line above a grid row is the column's name
        pending, art.kicker, art.subtitle = _grid_row(art.subtitle), art.title, ""
        art.title = ""
    if pending:
        art.title, pending = pending[0], pending[1:]
        art.title_how = "grid_row"
    bullet = _bullet_mark(art.body, brief_label(art.title or ""))
    roundup = _roundup_labels(art, find_places)  # {block's first line: its place's label}
    first_para = next((x for x in art.body if x.kind == "paragraph"), None)
    if first_para is not None and first_para.first in roundup:
        # the column's first item: its place's label is its title, the column's name its kicker
        if art.title:
            art.kicker = " ".join(x for x in (art.kicker, art.title) if x)
        art.title, art.title_how, art.title_lines = roundup[first_para.first], "roundup_label", []
    briefs = None  # a brief column's name printed inside the body (【简讯】 beside a lead article)
    for b in list(art.body):
        row = _grid_row(b.text) if datelined >= 2 and b.kind in ("paragraph", "heading", "subheading") else []
        if row:
            pending = row  # the next items' titles, in order
            out[-1].body.remove(b)
            continue
        if b.kind != "paragraph":
            if b.kind in ("heading", "subheading"):
                closed = False
                briefs = b if brief_label(b.text) and b is not art.body[0] else None
            continue
        opens = (bool(re.match(layout()["item_dateline"], b.text.strip()))
                 and not b.text.strip().startswith(tuple(layout()["addendum_marks"])))  # 另讯: the article's addendum
        # under that name, a paragraph naming its place with a colon and signed in brackets
        # (沐川县：新建…。（胡 涛）): one brief, an item of its own
        labelled = (briefs is not None and opens_with_place_label(b.text, find_places)
                    and trailing_byline(b.text) is not None)
        if labelled and briefs in out[-1].body and any(x.kind == "paragraph" for x in out[-1].body if x.first < briefs.first):
            out[-1].body.remove(briefs)  # (the column's name heads its items, not the text above it)
            kicker = briefs.text.strip()
        else:
            kicker = ""
        opens = opens or labelled or b.first in roundup
        closed = closed or bool(kicker) or b.first in roundup
        # (■ 5月12日，某市开展…。（刘建华） / ■ 近日，…: a brief column's items, each a whole
        # item after the same mark, with no headline of its own)
        opens = opens or (bullet is not None and b.text.strip().startswith(bullet))
        current = out[-1]
        # a brief column's name right over marked one-line items, after a report's text
        # (一句话新闻 / ■某街道清理小广告2300余处。 / ■…): the strip is an article of its own
        k = current.body.index(b) if b in current.body else -1
        lone = False
        # (two or more: one marked line under the name may be the report's own note)
        marks = tuple(layout()["item_title_marks"])
        strip = (briefs is not None and k > 0 and current.body[k - 1] is briefs
                 and (sum(1 for x in current.body[k:k + BULLET_ITEMS_MIN]
                          if x.kind == "paragraph" and x.text.strip().startswith(marks)) >= BULLET_ITEMS_MIN
                      or (lone := _lone_brief(current.body, k, marks, find_places))))
        if (strip or opens and (seen_dateline or closed)) and any(x.kind == "paragraph" for x in current.body if x.first < b.first):
            cut = current.body.index(b)
            top = cut
            while top > 1 and current.body[top - 1].kind in ("heading", "subheading"):
                top -= 1
            if not any(x.kind == "paragraph" for x in current.body[:top]):
                top = cut  # (the headings belong to the text above when nothing else is left to it)
            item = DraftArticle(meta=[], page_meta=list(art.page_meta))
            heads = [replace(h, kind="heading") for h in current.body[top:cut]]
            item.body, current.body = current.body[cut:], current.body[:top]
            if lone:
                item.kicker = heads[-1].text.strip()  # 简讯 / ■ one sentence: the column, its kicker,
                # and the sentence its title (a one-sentence item has no headline but itself)
                item.title = re.sub(r"[。！!]$", "", b.text.strip().lstrip("".join(marks) + " \u3000"))
                item.title_how = "lone_brief"
            elif heads:
                fill_header(item, heads, find_places)
            elif b.first in roundup:
                item.title, item.title_how = roundup[b.first], "roundup_label"
            elif pending:
                item.title, item.title_how = pending.pop(0), "grid_row"
            if kicker:
                item.kicker = kicker
            out.append(item)
            seen_dateline = False
        seen_dateline = seen_dateline or opens
        closed = trailing_byline(b.text) is not None
    if bullet is not None and len(out) > 1 and brief_label(art.title or ""):
        # ■简讯 over its items: the column's name is the first item's kicker, not its title
        art.kicker, art.title, art.title_how = art.title, "", ""
    return out


# A brief column's items without headlines: at least this many paragraphs open with one mark.
BULLET_ITEMS_MIN = 2


def _lone_brief(body: list[Block], k: int, marks: tuple, find_places: FindPlaces | None) -> bool:
    """One marked line under a brief column's name, closing the article's text (简讯 / ■ 某市日前
    表彰…，共1680户获此称号。): a one-sentence item about a place it names first, an article of
    its own (a report's own note under such a name names no place at once)."""
    b = body[k]
    t = b.text.strip()
    if k != len(body) - 1 or b.kind != "paragraph" or not t.startswith(marks):
        return False
    lead = t.lstrip("".join(marks) + " \u3000")[:8]
    return len(split_sentences(t)) == 1 and bool(count_places(find_places, lead))


def _roundup_labels(art: DraftArticle, find_places: FindPlaces | None) -> dict[int, str]:
    """A roundup column (各地创城动态: 【深州】… / 【赵县】…; **镇康**——…（通讯员 …）): items with
    no headline, each led by its place's label (layout.yaml roundup_label_forms). They are
    items of their own when the body opens with one, two or more follow, and the column has no
    headline of its own or only a brief column's name, or every item is signed in brackets: a
    report's paragraphs on its towns are led by labels too, but under the report's headline.
    Returns {first line of the paragraph: the label}."""
    if find_places is None:
        return {}
    forms = [re.compile(f) for f in layout().get("roundup_label_forms") or ()]
    paras = [b for b in art.body if b.kind == "paragraph"]
    found: dict[int, str] = {}
    for b in paras:
        text = b.text.strip()
        m = next((m for f in forms if (m := f.match(text))), None)
        if m and bare_place_name(m.group("label"), find_places):
            found[b.first] = m.group("label")
    if len(found) < 2 or not paras or paras[0].first not in found:
        return {}
    signed = all(trailing_byline(b.text) is not None for b in paras if b.first in found)
    if art.title and not art.title_inferred and not brief_label(art.title or "") and not signed:
        return {}
    return found


def _bullet_mark(body: list[Block], under_brief_label: bool) -> str | None:
    """The item mark (data/layout.yaml item_title_marks) that opens at least two whole
    news items of a body: a column of headline-less brief items. An item is a sentence or
    more; under a brief column's name (简讯) that is enough, elsewhere each must end with its
    writer's name in brackets (…。（刘建华）), since marks also set off an article's list of
    deeds (▲ 新建…), its captions (▲志愿者在…) and an interview's turns (■记者：…)."""
    marks = tuple(layout()["item_title_marks"])
    counts: dict[str, int] = {}
    for b in body:
        t = b.text.strip()
        m = next((x for x in marks if t.startswith(x)), None) if b.kind == "paragraph" else None
        if (m and re.search(r"[。！？]", t) and not SPEAKER_TURN_RE.match(t[len(m):].strip())
                and (under_brief_label or trailing_byline(t) is not None)):
            counts[m] = counts.get(m, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] >= BULLET_ITEMS_MIN else None


def _photo_column_title(art: DraftArticle) -> None:
    """A picture item under a photo column's name with no headline of its own (■图片新闻 /
    4月22日，学生志愿者在…。（记者 X 摄）): the column's name is all the page prints over it,
    so it is the item's title, without its marks (图片新闻); a clause of the caption would be
    a title nobody printed. Only for a single caption under the name."""
    paras = [b for b in art.body if b.kind == "paragraph"]
    if (not art.title or art.kicker or len(paras) != 1 or not paras[0].extra.get("picture_story")
            or any(b.kind in ("heading", "subheading") for b in art.body) or not _is_photo_column(art.title)):
        return
    art.title = _column_name(art.title)


def _column_name(title: str) -> str:
    """A photo column's name without its marks and spaces (■ 图片新闻 → 图片新闻)."""
    return re.sub(r"[\s\u3000【】■●◆□]+", "", title or "")


def _is_photo_column(title: str) -> bool:
    """A photo-news column's name (图片新闻, ■ 新闻图片): layout.yaml photo_news_labels."""
    t = _column_name(title)
    return bool(t) and len(t) <= 10 and t.endswith(tuple(layout().get("photo_news_labels") or ()))


# A document's title stands within this many headings of the page's top.
DOCUMENT_TITLE_WITHIN = 3


def _document_title_at(blocks: list[Block]) -> int | None:
    """Index of an official document's title (关于…的通知) under the page's first headings
    only (its issuer's banner, …文件), when it is not the first: the title, not the banner."""
    for k, b in enumerate(blocks[:DOCUMENT_TITLE_WITHIN + 1]):
        if b.kind not in ("heading", "subheading"):
            return None
        # (its number, 房发〔2024〕3号, between; or the note in brackets on when it was passed:
        # （2023年10月26日…会议通过）)
        nxt = next((x for x in blocks[k + 1:] if x.kind != "meta" and not (
            x.kind == "subheading" and re.fullmatch(r"[（(][^（()）]{4,80}[）)]", x.text.strip()))), None)
        if k and issued_document_title(b.text) and nxt is not None and nxt.kind == "paragraph":
            return k
        # (关于申请…文明城市 / 专项工作经费的请示: the title broken over two lines; 某某办公室关于印发…
        # 创建 / …方案的通知, its issuer first)
        if (k and nxt is not None and nxt.kind == "subheading" and nxt.first == b.last + 1
                and issued_document_title(b.text.strip() + nxt.text.strip())):
            after = next((x for x in blocks[blocks.index(nxt) + 1:] if x.kind != "meta"), None)
            if after is not None and after.kind == "paragraph":
                return blocks.index(nxt)
    return None


# A piece's title under an editor's note over several pieces holds at least this many Han characters.
PIECE_TITLE_MIN_HAN = 5


def _editor_note(blocks: list[Block]) -> list[Block]:
    """An editor's note over a page's pieces (page kicker / 【编者按】… / title / byline / text …):
    the page's furniture, kept as meta so that it opens no article of its own and lends no
    piece its place or figures; so is the page's kicker above it, which heads every piece
    alike and is no column of the first one."""
    labels = tuple(layout().get("editor_note_labels") or ())
    if not labels:
        return blocks
    note = re.compile(rf"^[【\[（(]?(?:{'|'.join(map(re.escape, labels))})[】\]）)：:]")
    text = [k for k, b in enumerate(blocks) if b.kind != "meta"]
    if not text:
        return blocks
    k = 0
    while k < len(text) and k < 2 and blocks[text[k]].kind in ("heading", "subheading"):
        k += 1  # (a kicker naming the page's theme may stand above it)
    series = 0
    if k == 1 and k < len(text) and blocks[text[k]].kind == "subtitle":
        k, series = k + 1, 1  # (文明创建看基层 / ——系列报道之三: a series' name and its number)
    start = k
    while k < len(text) and blocks[text[k]].kind == "paragraph" and note.match(blocks[text[k]].text.strip()):
        k += 1
    if k == start or k >= len(text) or start > 1 + series:
        return blocks
    # the note is followed by a piece's title group: a heading with its byline under it (or,
    # on a page of several pieces, over its text: 编者按：…本期简讯选登其中几例。 / 渑池：… / 近日，…)
    # (a piece's title has words enough: a transcript's 【立论】 / 【总结陈词】 parts are no pieces)
    heads_over_text = sum(1 for j in range(k, len(text) - 1) if blocks[text[j]].kind in ("heading", "subheading")
                          and blocks[text[j + 1]].kind == "paragraph" and han_len(blocks[text[j]].text) >= PIECE_TITLE_MIN_HAN)
    if not (blocks[text[k]].kind in ("heading", "subheading") and k + 1 < len(text)
            and (blocks[text[k + 1]].kind == "byline" or (blocks[text[k + 1]].kind == "paragraph" and heads_over_text >= 2))):
        return blocks
    if text[k] > 0 and blocks[text[k] - 1].kind == "meta" and re.fullmatch(r"0?\d{1,2}", blocks[text[k] - 1].text.strip()):
        return blocks  # 编者按：… / 01 / 新时代文明实践中心 / its text: the post's numbered parts, not pieces
    chrome = {text[j] for j in range(k)}
    return _as_chrome(blocks, lambda j, b: j in chrome)


def _before_ordinal_sections(blocks: list[Block], groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading that opens a section of the text (一、…, or under its number 01) is neither the title's second line
    (the group ends before it) nor a title under the headline right above it (the group is
    that headline)."""
    taken = {k for s, e in groups for k in range(s, e + 1)}
    out = []
    for s, e in groups:
        if (s > 0 and _ordinal_section(blocks[s]) and s - 1 not in taken
                and blocks[s - 1].kind in ("heading", "subheading") and not _ordinal_section(blocks[s - 1])
                and all(b.kind == "meta" for b in blocks[:s - 1])):
            out.append((s - 1, s - 1))  # (凉州发布 / 创城进行时｜凉州：… / 一、城市面貌…: the post's headline)
            continue
        k = next((k for k in range(s + 1, e + 1) if blocks[k].kind in ("heading", "subheading")
                  and (_ordinal_section(blocks[k]) or blocks[k].extra.get("numbered_section"))), None)
        out.append((s, k - 1) if k is not None else (s, e))
    return out


def _ordinal_section(b: Block) -> bool:
    """A heading opening with a section's ordinal (一、…, （二）…: layout.yaml `section_ordinal_head`)."""
    return bool(re.match(layout().get("section_ordinal_head") or "(?!)", b.text.strip()))


def _numbered_sections(blocks: list[Block]) -> list[Block]:
    """A heading right under a section number standing alone on its line (01 / 文明创建 让县城更美,
    layout.yaml `section_number_line`) opens a section of the text: marked `numbered_section`, so
    that it is never read as the second line of the title above it."""
    out = list(blocks)
    for k in range(1, len(out)):
        if out[k].kind in ("heading", "subheading") and section_number(out[k - 1].text):
            out[k] = replace(out[k], extra={**out[k].extra, "numbered_section": True})
    return out


def _post_intro(blocks: list[Block]) -> list[Block]:
    """A post's intro over its items (post title / …带大家看看三地的新变化👇 / item title …): a
    paragraph under the page's first heading that ends pointing down at what follows
    (layout.yaml `points_below_marks`) and stands over another heading introduces the items,
    it is none of their text: kept as meta, so that it opens no article of its own."""
    marks = tuple(layout().get("points_below_marks") or ())
    text = [k for k, b in enumerate(blocks) if b.kind != "meta"]
    if not marks or len(text) < 3:
        return blocks
    head, intro, nxt = (blocks[k] for k in text[:3])
    if not (head.kind in ("heading", "subheading") and intro.kind == "paragraph"
            and intro.text.rstrip().rstrip("\ufe0f\ufe0e").endswith(marks)
            and nxt.kind in ("heading", "subheading")):
        return blocks
    k = text[1]
    return _as_chrome(blocks, lambda j, b: j == k)


@functools.lru_cache(maxsize=1)
def _BOOK_PART_RE() -> re.Pattern:  # noqa: N802 - a compiled pattern, built from data once
    return re.compile(layout()["book_part_head"])


def _book_parts(blocks: list[Block]) -> int | None:
    """Index of the deepest of the book's part, chapter and section headings that open the
    page (第二十三编 … / 第三章 … / 第二节 …: layout.yaml `book_part_head`), at least two of
    them one under the other with text under the last; None otherwise."""
    k = 0
    while k < len(blocks) and blocks[k].kind in ("heading", "subheading") and _BOOK_PART_RE().match(blocks[k].text.strip()):
        k += 1
    if k < 2 or k >= len(blocks) or blocks[k].kind not in ("paragraph", "heading", "subheading"):
        return None
    return k - 1


def _split(blocks: list[Block], find_places: FindPlaces | None) -> list[DraftArticle]:
    groups = _before_ordinal_sections(blocks, title_groups(blocks, find_places))
    body_kinds = ("paragraph", "heading", "subheading", "quote")
    if not groups:
        art = DraftArticle()
        firsts = [b for b in blocks if b.kind in ("heading", "subheading")]
        if (len(firsts) > 1 and firsts[0] is blocks[0] and firsts[1] is blocks[1]
                and _BRACKET_LABEL_RE.fullmatch(blocks[0].text.strip())):
            art.kicker = blocks[0].text.strip()  # 【本报评论员】 / its title: the label is the kicker
            art.title = firsts[1].text
            art.header = [firsts[0], firsts[1]]
            rest = blocks[2:]
        elif (len(firsts) > 1 and firsts[0] is blocks[0] and _BRACKET_LABEL_RE.fullmatch(blocks[0].text.strip())
              and blocks.index(firsts[1]) <= 3 and han_len(firsts[1].text) >= 6
              and all(b.kind == "paragraph" for b in blocks[1:blocks.index(firsts[1])])):
            # 【新闻联播】 / 主持人：观众朋友们，晚上好。… / 金竹镇：…: a programme's label, its host's
            # greeting, then the item's headline: the label is the kicker, the headline the title
            k = blocks.index(firsts[1])
            art.kicker = blocks[0].text.strip()
            art.title = firsts[1].text
            art.header = [blocks[0], firsts[1]]
            rest = blocks[1:k] + blocks[k + 1:]
        elif (doc := _document_title_at(blocks)) is not None:
            # 某某指挥部文件 / 关于开展…的通知 / 各乡镇…：: a document's banner over its title
            heads = blocks[:doc + 1]
            if (doc >= 1 and heads[-2].kind in ("heading", "subheading") and heads[-2].last + 1 == heads[-1].first
                    and not issued_document_title(heads[-2].text) and not issued_document_title(heads[-1].text)
                    and issued_document_title(heads[-2].text.strip() + heads[-1].text.strip())):
                # (关于申请…文明城市 / 专项工作经费的请示: the title broken over two lines, one title)
                heads = heads[:-2] + [replace(heads[-2], text=heads[-2].text.strip() + heads[-1].text.strip(),
                                              last=heads[-1].last)]
                fill_header(art, heads[-1:], find_places)
                art.kicker = " ".join(b.text.strip() for b in heads[:-1] if b.kind != "meta")  # (the banner)
                art.header = heads
            else:
                fill_header(art, heads, find_places)
            rest = blocks[doc + 1:]
        elif (len(firsts) > 1 and firsts[0] is blocks[0] and firsts[1] is blocks[1]
              and not blocks[1].extra.get("numbered_section") and not _ordinal_section(blocks[1])
              and second_statement(blocks[0].text, blocks[1].text, find_places) and not record_field(blocks[1].text)):
            art.title, art.subtitle = blocks[0].text, blocks[1].text  # a title over a line of its own statement
            art.header = [blocks[0], blocks[1]]
            rest = blocks[2:]
        elif (len(firsts) > 1 and firsts[0] is blocks[0] and firsts[1] is blocks[1]
              and not blocks[1].extra.get("numbered_section") and not _ordinal_section(blocks[1])
              and predicate_line(blocks[0].text, blocks[1].text, find_places)):
            fill_header(art, blocks[:2], find_places)  # 镇宁：“红黄黑榜” / 晒出文明新风尚: one title on two lines
            rest = blocks[2:]
        elif (parts := _book_parts(blocks)) is not None:
            # 第二十三编 … / 第三章 … / 第二节 文明城市创建: a book's part, chapter and section over the
            # entry; the deepest is the entry's title (without its number), the others its kicker
            art.kicker = " ".join(b.text.strip() for b in blocks[:parts])
            art.title = _BOOK_PART_RE().match(blocks[parts].text.strip()).group("name")
            art.header = blocks[:parts + 1]
            rest = blocks[parts + 1:]
        elif (len(firsts) > 1 and firsts[0] is blocks[0] and firsts[1] is blocks[1] and not blocks[1].level
              and is_column_name(blocks[0].text) and len(blocks) > 2 and blocks[2].kind == "paragraph"
              and not is_column_name(blocks[1].text)):
            # 今日谈 / “烟火气”与“文明范”可以兼得 / text: a column's name over the piece's headline
            art.kicker, art.title = blocks[0].text.strip(), blocks[1].text
            art.header = [blocks[0], blocks[1]]
            rest = blocks[2:]
        elif firsts and firsts[0] is blocks[0]:
            art.title = firsts[0].text
            art.header = [firsts[0]]
            rest = blocks[1:]
        else:
            rest = blocks
        for b in rest:
            if b.kind == "caption":
                art.captions.append(b)
            elif b.kind == "credit":
                art.credits.append(b.text)
            elif b.kind == "byline":
                art.add_byline(b)
            else:
                art.body.append(b)
        out = []
        for item in _items(art, find_places):
            if not item.title:
                infer_title(item)
            if not item.authors:
                inline_byline(item, find_places)
            take_trailing_byline(item)
            if item.body or item.title:
                out.append(item)
        return out

    # Which groups are trailing (no body text after them before the next group)?
    arts: list[DraftArticle] = []
    owner = [None] * len(blocks)  # article index for each block
    bounds = groups + [(len(blocks), len(blocks))]
    for gi, (s, e) in enumerate(groups):
        art = DraftArticle()
        fill_header(art, blocks[s : e + 1], find_places)
        arts.append(art)
        nxt = bounds[gi + 1][0]
        for k in range(e + 1, nxt):
            owner[k] = gi
        for k in range(s, e + 1):
            # (a picture printed inside the title group keeps its caption: the article's)
            owner[k] = gi if blocks[k].kind == "caption" else -1
    first_start = groups[0][0]
    for k in range(first_start):
        owner[k] = 0

    # Trailing title groups: take body back from the previous article.
    for gi, (s, e) in enumerate(groups):
        has_body = any(blocks[k].kind in ("paragraph",) and owner[k] == gi for k in range(e + 1, len(blocks)))
        if has_body or gi == 0 and s == 0:
            continue
        prev_gi = gi - 1 if gi > 0 else None
        if prev_gi is None:
            # title group after all text, nothing before it: the page's text is its body
            for k in range(s):
                owner[k] = gi
            continue
        prev_header = " ".join(b.text for b in arts[prev_gi].header)
        prev_places = set(count_places(find_places, prev_header))
        own_places = set(count_places(find_places, " ".join(b.text for b in arts[gi].header)))
        candidates = [k for k in range(s) if owner[k] == prev_gi and blocks[k].kind in body_kinds]
        split = None
        if prev_places and own_places:
            k_idx = len(candidates)
            while k_idx > 0 and not (set(count_places(find_places, blocks[candidates[k_idx - 1]].text)) & prev_places):
                k_idx -= 1
            tail = candidates[k_idx:]
            if tail and any(set(count_places(find_places, blocks[k].text)) & own_places for k in tail):
                split = tail[0]
        if split is None:
            # fall back: the last section (from the previous article's last heading)
            heads = [k for k in candidates if blocks[k].kind == "heading"]
            split = heads[-1] if heads else None
        if split is not None:
            for k in range(split, s):
                if owner[k] == prev_gi:
                    owner[k] = gi

    # A page that sets each byline boxed above its headline (本报记者 某某 / headline / text, the
    # first article so): bylines right above a later headline are that article's, not the
    # previous one's closing lines.
    first_s = groups[0][0]
    boxed_first = (blocks[first_s].kind == "byline" and groups[0][1] > first_s
                   and blocks[groups[0][1]].kind in ("heading", "subheading")) or (
        first_s > 0 and blocks[first_s - 1].kind == "byline" and not any(b.kind == "paragraph" for b in blocks[:first_s]))
    if boxed_first:
        for gi, (s, e) in enumerate(groups[1:], start=1):
            k = s - 1
            # (a byline in brackets closes the text above it: （通讯员 某某）)
            while k >= 0 and blocks[k].kind == "byline" and owner[k] == gi - 1 and not re.match(r"\s*[（(]", blocks[k].text):
                owner[k] = gi
                k -= 1
    # A labelled piece boxed inside a report (【快评】 / title / text / □ signer): the report's
    # text resumes under the box's signature.
    for gi, (s, e) in enumerate(groups):
        if gi == 0 or not boxed_piece(blocks, s, e):
            continue
        k = e + 1
        while k < len(blocks) and owner[k] == gi and blocks[k].kind in ("paragraph", "caption"):
            k += 1
        if k < len(blocks) and owner[k] == gi and blocks[k].kind == "byline" and k > e + 1:
            for j in range(k + 1, len(blocks)):
                if owner[j] != gi:
                    break
                owner[j] = gi - 1

    # Assemble bodies and captions.
    captions: list[tuple[int, Block]] = []
    for k, b in enumerate(blocks):
        o = owner[k]
        if o is None or o == -1:
            continue
        art = arts[o]
        if b.kind == "caption":
            captions.append((k, b))
        elif b.kind == "credit":
            art.credits.append(b.text)
        elif b.kind == "paragraph" and k < first_start and han_len(b.text) <= 15 and len(split_sentences(b.text)) == 1:
            captions.append((k, replace(b, kind="caption", extra={"photographers": []})))
        elif b.kind in ("heading", "subheading") and k < first_start and o == 0:
            # furniture above the first title: column names, banners
            if not art.kicker:
                art.kicker = b.text
            else:
                art.banners.append(b.text)
        elif b.kind == "byline":
            art.add_byline(b)
        else:
            art.body.append(b)
            art.photographers += [n for n in b.extra.get("photographers", []) if n not in art.photographers]
            if b.extra.get("credit_line"):  # 图/崔明浩　文/李红梅 above a picture story
                art.credits.append(b.extra["credit_line"])
                art.authors += [n for n in b.extra.get("credit_authors", []) if n not in art.authors]
                art.authors_how = art.authors_how or "story_credit"
    pieces: list[DraftArticle] = []
    renumber: dict[int, int] = {}
    for gi, art in enumerate(arts):
        renumber[gi] = len(pieces)  # (the page's captions go to an article's first item)
        pieces += _items(art, find_places)
    arts = pieces
    owner = [renumber.get(o, o) if o is not None and o >= 0 else o for o in owner]
    for art in arts:
        art.body.sort(key=lambda b: b.first)
        _photo_column_title(art)
        if not art.title:
            infer_title(art)
        if not art.authors:
            inline_byline(art, find_places)
        take_trailing_byline(art)
    assign_captions(arts, captions, owner, first_start, find_places)
    return arts
