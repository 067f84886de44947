"""Title groups: [kicker] title [subtitle] [byline], and titles for pages that print none."""
from __future__ import annotations

from collections import Counter
import re
from dataclasses import replace

from ..model import Block, DraftArticle, place_readings
from ..repair.core import CLOCK_RE, LABEL_LINE_RE, SALUTATION_RE
from ..repair.furniture import vocabulary
from ..repair.briefs import brief_label
from ..repair.paragraphs import column_name, document_title, period_note, spaced_couplet as _spaced_couplet
from .blocks import issued_document_title
from .bylines import _PLACE_FINDER, byline_names, names_only, trailing_byline
from .captions import count_places
from .layout import han_len, layout, patterns, piece_kinds, piece_label as _piece_label, township_suffixes, unbracketed as _unbracketed
from .meta import is_office, is_org
from .words import glossary_words, pos_tags as _pos_tags


def _stem(c: str) -> str:
    """The adcode's significant digits: 2 for a province, 4 for a prefecture."""
    return c[:2] if c.endswith("0000") else c[:4] if c.endswith("00") else c


def _related(a: str, b: str) -> bool:
    """Same place, or one contains the other (adcodes)."""
    return a.startswith(_stem(b)) or b.startswith(_stem(a))


def _places(find_places, text: str) -> set[str]:
    return set(count_places(find_places, text))


_HAN_CHARS = "\u3400-\u9fff"
# The last character of a division's full name (not of a short name).
FULL_NAME_ENDS = "省市县区州旗盟"


def _first_place(find_places, text: str) -> set[str]:
    """The place the first sentence of a lead names first (its subject); a
    parent named right before its child (上海市金山区) gives the child."""
    first = re.split(r"(?<=[。！？])", text, maxsplit=1)[0]
    hits = sorted(find_places(first) or [], key=lambda h: h[0]) if find_places else []
    # a full name only (阿克苏地区, 上海市金山区): a short name (河南) may be a county's or a province's
    hits = [h for h in hits if h[2][-1:] in FULL_NAME_ENDS]
    if not hits:
        return set()
    off, code, name = hits[0]
    for o2, c2, n2 in hits[1:]:
        if o2 == off + len(name) and _related(code, c2) and c2 != code:
            off, code, name = o2, c2, n2  # the child named right after its parent
        else:
            break
    return {code}


def _unmarked_titles(blocks: list[Block], groups: list[tuple[int, int]], used: set, find_places) -> list[tuple[int, int]]:
    """Titles of articles printed one after another with no marks between them:
    a heading line above a lead, where the heading and the lead's first
    sentence name a place that has nothing to do with (is not, does not
    contain, does not lie in) the place the article so far names most. A
    section heading over a paragraph about the article's own place, or one of
    its parts, stays a section. The first such heading on a page is a title
    only when nothing but furniture stands above it."""
    found = []
    # headings marked as large as a title already found are titles too (a PDF's ## by type size)
    title_levels = {blocks[j].level for s, e in groups for j in range(s, e + 1)
                    if blocks[j].kind in ("heading", "subheading") and blocks[j].level}
    if not title_levels:  # no title group yet: the page's largest marked type (a PDF's # titles)
        title_levels = {min((b.level for b in blocks if b.kind in ("heading", "subheading") and b.level), default=0)}
    for k, b in enumerate(blocks):
        # (a heading one size under the titles, a PDF's ## under its #, opens an article too when its
        # place has nothing to do with the article's: a second, smaller headline of the page)
        if (k in used or b.kind not in ("heading", "subheading") or (b.level and b.level > max(title_levels) + 1)
                or han_len(b.text) < 4 or is_section_head(b.text) or section_label(b.text)):
            continue
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is None or nxt.kind != "paragraph":
            continue
        numbered = layout()["numbered_head"]
        heads = {j for g in groups + found for j in range(g[0], g[1] + 1)}
        if re.match(numbered, b.text.strip()) and any(
                x.kind in ("heading", "subheading") and j not in heads and re.match(numbered, x.text.strip())
                for j, x in enumerate(blocks[:k])):
            continue  # 三、注意事项 after 一、… and 二、… read as sections: a numbered section of the same text
        own = _places(find_places, b.text) | _first_place(find_places, nxt.text)
        ambiguous = not own
        if ambiguous:
            own = _readings(find_places, b.text)  # 铁西区 (of 沈阳, 鞍山 or 四平): every reading
        prev = [g for g in sorted(groups + found) if g[1] < k]
        signed = _signed_above(blocks, k)
        closed = bool(prev) and (_closed_by_byline(blocks, k) or _signed_below(blocks, k, prev[-1])
                                 # (a headline after a comment, 短评 / its title / its text: a comment
                                 # has no sections)
                                 or (comment_label(blocks[prev[-1][0]].text) and han_len(b.text) >= 6
                                     and not _sectioned(blocks, prev[-1][1], k)
                                     and not re.match(layout()["numbered_head"], b.text.strip()))
                                 or _after_short_report(blocks, k, prev[-1], groups))
        if not own and not signed and not closed:
            continue  # (a heading after text closed by its byline opens an article, whatever it names)
        if signed and not prev:
            # the first signed letter's own headline opens it too (编者按… / 楼道里的“爱心椅” / text / signature)
            h = max((j for j in range(k) if blocks[j].kind in ("heading", "subheading") and j not in used), default=None)
            if h is not None and all(x.kind in ("paragraph", "byline", "caption", "credit") for x in blocks[h + 1:k]):
                found.append((h, h))
                used.add(h)
        if signed or closed:
            pass  # the text above ended with its byline (…。（张三 李四）): whatever its place, a new article
        elif (prev and _opens_with_place_label(b.text, find_places)
              and _opens_with_place_label(blocks[prev[-1][1]].text, find_places)):
            pass  # 河池：… / 巴马：… / 都安：…: items of a roundup, each headed by its own place's label
        elif (prev and not _sectioned(blocks, prev[-1][1], k) and _report_of_its_own(b.text, nxt.text, find_places)
              and not _signed_by_its_writer(blocks, k, prev[-1])):
            pass  # a news headline naming its place over a news lead, whatever the text above names
        elif prev:
            s = prev[-1][0]
            above = " ".join(x.text for x in blocks[s:k] if x.kind != "caption")
            named = count_places(find_places, above)
            if not named:
                # a name shared by several divisions (向阳区 of 佳木斯 or of 鹤岗) is read with the
                # heading and lead below it, which may tell the readings apart (前进区 of 佳木斯)
                both = count_places(find_places, f"{above} {b.text} {nxt.text}")
                named = Counter({c: n for c, n in both.items() if c not in own})
            if not named:
                # still unresolved (和平区 of 沈阳 or of 天津 / 铁西区…): a new article when no reading
                # of the heading's division is, holds or lies in any reading of the names above
                mine, theirs = own if ambiguous else _readings(find_places, b.text), _readings(find_places, above)
                if not mine or not theirs or any(_related(a, c) for a in mine for c in theirs):
                    continue
                named = Counter(theirs)
            # the article's own place: the one it names most (静安区, not 上海市 named once)
            top = max(named.values())
            main = {c for c, n in named.items() if n == top}
            # on a tie the more specific place: 静安区 over 上海市
            main = {c for c in main if not any(o != c and _related(o, c) and len(_stem(o)) > len(_stem(c)) for o in main)}
            if any(_related(a, c) for a in own for c in main):
                continue
        elif any(x.kind == "paragraph" for x in blocks[:k]):
            continue
        found.append((_with_column_name(blocks, k, used, find_places), k))
        used.update(range(found[-1][0], k + 1))
    return found


# a byline in brackets on a line of its own (（通讯员 某某）), closing the text above it
_BRACKETED_BYLINE_RE = re.compile(r"[（(][^（()）]+[）)]")


def _opens_with_when(lead: str) -> bool:
    """Does a lead open as news leads do, with when (近日、今年以来…: data/layout.yaml
    lead_time_openers; or a date, 5月12日)?"""
    return lead.startswith(tuple(layout()["lead_time_openers"])) or re.match(r"^\d{1,2}月\d{1,2}日", lead) is not None


def _lead_names(lead: str) -> list[str] | None:
    """The writers a lead names in its dateline (本报讯（记者 某某）…); None when it names none."""
    m = re.match(layout()["inline_byline"], lead)
    return names_only(m.group(1)) if m else None


def _after_short_report(blocks: list[Block], k: int, group: tuple[int, int], groups: list[tuple[int, int]]) -> bool:
    """Is the heading blocks[k] the next report after a short signed news report (南丰县表彰一批
    “身边好人” / 记者 某某 / 日前，南丰县…。 / 3万余名学生同上“文明第一课” / …)? The report above
    is signed (a byline in its title group or its lead's dateline) and opens as news does (a
    dateline, or when first); it runs one to three paragraphs; the heading is a headline, not
    numbered, and no other heading follows it before the next title: a lone heading after a
    short report, not one of a feature's series of sections."""
    lay = layout()
    s, e = group
    t = blocks[k].text.strip()
    if han_len(t) < 6 or re.match(lay["numbered_head"], t) or is_section_head(t) or re.search(r"[。！？；：:]$", t):
        return False
    if k == 0 or blocks[k].first <= blocks[k - 1].last + 1 or blocks[k + 1].first > blocks[k].last + 1:
        return False  # (set apart above, its text right under it: not a line a column broke off)
    under = blocks[k + 1]
    if ("\t" in t or under.kind != "paragraph" or under.extra.get("table_row") or "。" not in under.text
            or han_len(under.text) < 15):
        return False  # (a table's or a chart's title over its rows or its axis: the report's own)
    body = blocks[e + 1:k]
    paras = [x for x in body if x.kind == "paragraph"]
    if not 1 <= len(paras) <= lay["short_report_max_paragraphs"] or any(
            x.kind not in ("paragraph", "caption", "credit", "byline") for x in body):
        return False
    lead = paras[0].text.strip()
    dated = re.match(lay["dateline"], lead) is not None
    when = _opens_with_when(lead)
    signed = dated or any(x.kind == "byline" for x in blocks[s:e + 1])
    if not signed or not (dated or when):
        return False
    nxt = min((g[0] for g in groups if g[0] > k), default=len(blocks))
    if any(x.kind in ("heading", "subheading") for x in blocks[k + 1:nxt]):
        return False
    return not _signed_by_its_writer(blocks, k, group, nxt)


def _signed_by_its_writer(blocks: list[Block], k: int, group: tuple[int, int], nxt: int | None = None) -> bool:
    """Is the text under the heading blocks[k] signed at its end by the writer of the article
    whose title group is `group` (its byline, its author line, or its lead's 本报讯（记者 某某）)?
    Then the heading is that article's last section (…。（记者 某某）), not a piece of its own."""
    s, e = group
    if nxt is None:
        nxt = next((j for j in range(k + 1, len(blocks)) if blocks[j].kind in ("heading", "subheading")), len(blocks))
    lead = next((x for x in blocks[e + 1:k] if x.kind == "paragraph"), None)
    above = set((_lead_names(lead.text.strip()) if lead is not None else None) or [])
    above |= {n for x in blocks[s:e + 1] if x.kind == "byline" for n in (x.extra.get("authors") or byline_names(x.text)[0])}
    above |= {n for x in blocks[s:e + 1] for n in (x.extra.get("meta_after_authors") or ())}
    last = next((x for x in reversed(blocks[k + 1:nxt]) if x.kind == "paragraph"), None)
    got = trailing_byline(last.text) if last is not None else None
    return bool(got and set(got[1]) & above)


def _signed_piece(blocks: list[Block], k: int) -> bool:
    """Is the text under the headline blocks[k] signed, by a byline right under the headline or
    at its end (…。（某某）)? A reporter's column signed so is a piece of its own; one unsigned at
    a feature's end is the feature's last part."""
    if k + 1 < len(blocks) and blocks[k + 1].kind == "byline":
        return True
    j = k + 1
    while j < len(blocks) and blocks[j].kind in ("paragraph", "caption", "credit"):
        j += 1
    if j < len(blocks) and (blocks[j].kind == "byline" or (
            blocks[j].kind in ("heading", "subheading")
            and re.fullmatch(r"[（(][\u4e00-\u9fff]{2,4}(?:[ 、][\u4e00-\u9fff]{2,4}){0,2}[）)]", blocks[j].text.strip())
            and not re.search(r"待续|未完|完", blocks[j].text))):
        return True  # (…。 / （后文杰） over the page's date line, read as a heading)
    last = next((x for x in reversed(blocks[k + 1:j]) if x.kind == "paragraph"), None)
    return last is not None and trailing_byline(last.text) is not None


def _sectioned(blocks: list[Block], end: int, k: int) -> bool:
    """Are there headings between the title group ending at `end` and blocks[k]? Then the
    article is one of sections (城区面貌焕然一新 / … / 某县文明实践全覆盖): a heading after them
    is its next section, not a report of its own."""
    heads = [x for x in blocks[end + 1:k] if x.kind in ("heading", "subheading")]
    numbered = layout()["numbered_head"]
    if heads and all(re.match(numbered, x.text.strip()) for x in heads) and not re.match(numbered, blocks[k].text.strip()):
        return False  # (一、… / 二、… / 三、… then a heading with no number: the series has ended)
    return bool(heads)


def _report_of_its_own(heading: str, lead: str, find_places) -> bool:
    """Is a heading over a lead about the same place as the article above a report of its own
    (a county paper's page: 某县新建口袋公园12个 / 今年以来，某县利用… / 某县开展… / 近日，某县…)
    rather than a section of that article? A news headline names its place itself and is a
    full statement; the lead under it opens as a news lead does, with when
    (data/layout.yaml lead_time_openers) or with the place it is about. A feature's section
    heads (城区面貌焕然一新) name no place."""
    lay = layout()
    if (han_len(heading) < lay["report_headline_min_chars"] or re.match(lay["numbered_head"], heading.strip())
            or not re.search(r"[，。；！？]", lead) or not _places(find_places, heading)):
        return False  # (第4章 … / 表4-2 … / 4.1 …: a numbered part of one text; a lead is sentences)
    first = re.split(r"[，,。！？]", lead.strip(), maxsplit=1)[0]
    if _opens_with_when(first):
        return True
    return bool(_first_place(find_places, lead.strip()[:lay["lead_place_within_chars"]]) & _places(find_places, heading))


def opens_with_place_label(text: str, find_places) -> bool:
    """Does a headline open with a place's name and a colon (石阡：…, 城关区：…, 某某街道：…)?"""
    return _opens_with_place_label(text, find_places)


def _opens_with_place_label(text: str, find_places) -> bool:
    """Does a headline open with a place's name and a colon (石阡：…, 城关区：…)?"""
    m = re.match(r"^([\u4e00-\u9fff]{2,8})[：:]\s*\S", text.strip())
    if not m or find_places is None:
        return False
    if any(m.group(1).endswith(e) and len(m.group(1)) - len(e) >= 2 for e in layout().get("town_label_ends") or ()):
        return True  # 竟陵街道：…: a place below the county, which the gazetteer does not hold
    hits = place_readings(find_places, m.group(1)) or find_places(m.group(1)) or []
    return any(off == 0 and len(name) == len(m.group(1)) for off, _c, name in hits)


def bare_place_name(text: str, find_places) -> bool:
    """Is the whole of `text` one division's name (康平县, 新华区), nothing else on the line?"""
    name = text.strip()
    if find_places is None or not name or han_len(name) != len(name):
        return False
    hits = place_readings(find_places, name) or find_places(name) or []
    return any(off == 0 and len(n) == len(name) for off, _c, n in hits)


def _names_a_place(find_places, text: str) -> bool:
    """Does text name a division, by full or short name, resolved or not?"""
    if find_places is None:
        return False
    hits = place_readings(find_places, text)
    return bool(find_places(text) if hits is None else hits)


def _readings(find_places, text: str) -> set[str]:
    """Every division the full names in text may be (names several divisions share unresolved)."""
    hits = place_readings(find_places, text) or []
    return {code for _, code, name in hits if name[-1:] in FULL_NAME_ENDS}


def _signed_above(blocks: list[Block], k: int) -> bool:
    """Does the text above blocks[k] end with a line of its own that signs it: a letter's
    signature (…心里热乎。 / 朔城区居民  郝秀珍) or a byline in brackets (…石板路。 / （记者 王晓燕））?
    The piece is done; whatever follows is another piece."""
    j = k - 1
    while j >= 0 and blocks[j].kind in ("caption", "credit"):
        j -= 1
    return (j >= 1 and blocks[j].kind == "byline" and blocks[j - 1].kind == "paragraph"
            and (patterns()["signature"].match(blocks[j].text.strip()) is not None
                 or _BRACKETED_BYLINE_RE.fullmatch(blocks[j].text.strip()) is not None))


def _signed_below(blocks: list[Block], k: int, group: tuple[int, int]) -> bool:
    """Is the text under the heading blocks[k] signed at its end by names of its own
    (…共创文明城 / 红寺堡区在…。（通讯员 苏晓东）) while the article above was signed in its
    header (its byline, or a meta line naming its author)? Two items of a post, each with its
    writer; a report's section under its writer's byline is not signed again by others."""
    s, e = group
    head = blocks[s:e + 1]
    signed_head = [b for b in head if b.kind == "byline"]
    named = [n for b in signed_head for n in (b.extra.get("authors") or [])]
    # (or signed in its lead: 本报讯（记者 某某）… — one article, one byline)
    lead = blocks[e + 1] if e + 1 < k and blocks[e + 1].kind == "paragraph" else None
    lead_names = _lead_names(lead.text) if lead is not None else None
    named += lead_names or []
    if not signed_head and not lead_names and not any("author" in (b.extra.get("meta_after_fields") or []) for b in head):
        return False
    j = k + 1
    while j < len(blocks) and blocks[j].kind in ("paragraph", "caption", "credit", "meta"):
        j += 1
    last = next((x for x in reversed(blocks[k + 1:j]) if x.kind == "paragraph"), None)
    got = trailing_byline(last.text) if last is not None else None
    if (got is None and last is not None and j < len(blocks) and blocks[j].kind == "byline"
            and _BRACKETED_BYLINE_RE.fullmatch(blocks[j].text.strip())):
        got = trailing_byline(last.text.rstrip() + blocks[j].text.strip())  # (…。 / （通讯员 某某）: its own line)
    if got is None and last is not None and last.extra.get("meta_after_authors"):
        got = ("", list(last.extra["meta_after_authors"]))  # (…。 / 作者：某某: its author's line under it)
    if got is None:
        return False
    authors = [v for b in blocks[s:k] for v in b.extra.get("meta_after_authors") or ()]
    return not set(got[1]) & set(named + authors)


def _closed_by_byline(blocks: list[Block], k: int) -> bool:
    """Does the text above blocks[k] (captions aside) end with an article's
    closing byline in brackets (…转变。（冯俊、黄露）)?"""
    j = k - 1
    while j >= 0 and blocks[j].kind in ("caption", "credit"):
        j -= 1
    if j >= 1 and blocks[j].kind == "byline" and _BRACKETED_BYLINE_RE.fullmatch(blocks[j].text.strip()):
        return blocks[j - 1].kind in ("paragraph", "caption")  # …。 / （全媒体记者 某某）: on a line of its own
    return j >= 0 and blocks[j].kind == "paragraph" and trailing_byline(blocks[j].text) is not None


# A column name (文明创建进行时, 创城一线) printed right above a title: at most this long.
COLUMN_NAME_MAX = 10


def _with_column_name(blocks: list[Block], k: int, used: set, find_places=None) -> int:
    """Start of a title group whose title is blocks[k]: one line above it when
    that is a short unmarked line standing between text and the title, or the
    title's first line."""
    j = k - 1
    if (j >= 0 and j not in used and blocks[j].kind in ("heading", "subheading") and not blocks[j].level
            and (han_len(blocks[j].text) <= COLUMN_NAME_MAX or _title_lines(blocks[j].text, blocks[k].text)
                 or _quoted_object_runs_on(blocks[j].text, blocks[k].text)
                 # (某区“席位制”让创文问题 / 件件有着落: one headline broken after its pivot's object)
                 or (blocks[j].last + 1 == blocks[k].first and _broken_headline(blocks[j].text, blocks[k].text))
                 # (昆都仑区：老旧小区“微改造” / 改出居民好心情: a subject over its predicate)
                 or (blocks[j].last + 1 == blocks[k].first and predicate_line(blocks[j].text, blocks[k].text, find_places))
                 or second_statement(blocks[j].text, blocks[k].text, find_places)
                 # (a slogan's two phrases over a headline and its 副题, three lines one under another)
                 or (j >= 1 and blocks[j].last + 1 == blocks[k].first and blocks[j - 1].last + 1 == blocks[j].first
                     and blocks[j - 1].kind in ("heading", "subheading") and _spaced_couplet(blocks[j - 1].text)))
            and (j == 0 or blocks[j - 1].kind not in ("heading", "subheading") or place_label(blocks[j - 1].text)
                 or _stack_top(blocks, j - 1, used) or blocks[j - 1].extra.get("meta_after")
                 # (志愿服务常态化　文明实践见实效 / 牧野区… / 全区…: a slogan's two phrases over them)
                 or (blocks[j - 1].last + 1 == blocks[j].first and _spaced_couplet(blocks[j - 1].text))
                 # (县区新闻 / 信宜：“城市管家”上岗 / 背街小巷有了…: the page's section name over them)
                 or (j - 1 not in used and not blocks[j - 1].level and is_column_name(blocks[j - 1].text)
                     and (j == 1 or blocks[j - 2].kind not in ("heading", "subheading"))))):
        # a column name, the title's first line or the title over its second line (fill_header
        # tells them apart), with a place's label above them (凯里： / 一行 / 二行), or the first
        # of three lines printed directly one under the other (新化 / “梅山夜市” / 有了新规矩);
        # a heading over a meta line (县市传真 / 责任编辑：… / 津市：老旧小区 / 装上…) is the page's
        # own, not a line of this headline
        return (j - 1 if j and blocks[j - 1].kind in ("heading", "subheading") and j - 1 not in used
                and not blocks[j - 1].extra.get("meta_after") else j)
    return k


def _stack_top(blocks: list[Block], i: int, used: set) -> bool:
    """Is blocks[i] the top line of a headline stack of three: an unmarked headline line
    printed directly above the next (no blank line between them), with no headline line
    above it (a stack is at most three lines; above them stands text or furniture)?"""
    b = blocks[i]
    return (i not in used and b.kind in ("heading", "subheading") and not b.level
            and b.last + 1 == blocks[i + 1].first and blocks[i + 1].last + 1 == blocks[i + 2].first
            and han_len(b.text) <= COUPLET_MAX
            and (i == 0 or blocks[i - 1].kind not in ("heading", "subheading")))


def _short_stack(blocks: list[Block], k: int, a: int) -> bool:
    """Is blocks[k] a fourth line of the headline stack over blocks[a]: every line of the
    stack very short (data/layout.yaml `short_stack_line_max` Han characters), unmarked and
    printed directly one under the other, with no headline line above the top one?"""
    most = layout().get("short_stack_line_max") or 0
    stack = blocks[k:a]
    return (len(stack) == 4 and all(b.kind in ("heading", "subheading") and not b.level
                                    and 2 <= han_len(b.text) <= most for b in stack)
            and all(stack[i].last + 1 == stack[i + 1].first for i in range(3))
            and not is_column_name(stack[0].text)
            and (k == 0 or blocks[k - 1].kind not in ("heading", "subheading", "subtitle")))


def _four_short_lines(heads: list[Block]) -> bool:
    """Do the headline lines (some maybe joined already) make a stack of four very short
    lines printed one under the other, unmarked (see _short_stack)?"""
    most = layout().get("short_stack_line_max") or 0
    lines = [t for b in heads for t in b.extra.get("lines", [b.text])]
    return (len(lines) == 4 and all(not b.level and _runs_on(b) for b in heads)
            and all(2 <= han_len(t) <= most for t in lines)
            and all(heads[i].last + 1 == heads[i + 1].first for i in range(len(heads) - 1))
            and not is_column_name(lines[0]))


# a charter's or a book's chapter head (第一章 总则)
_CHAPTER_HEAD_RE = re.compile(r"第\s*[0-9一二三四五六七八九十百]+\s*[章编篇部]")
# a line wholly in brackets (（甲乙二人持竹板上场）): a note on the text, never a title
_BRACKETED_LINE_RE = re.compile(r"[（(][^（()）]{2,40}[）)]")


def _headline_under_byline(blocks: list[Block], end: int, used: set, lay: dict) -> int | None:
    """The index of the last line of a headline of one to three short lines set right under the
    byline(s) ending at `end` and over text, else None."""
    k, n = end + 1, len(blocks)
    while (k < n and k - end <= 3 and (blocks[k].kind in ("heading", "subheading") or (  # (玛曲县： its label)
            k == end + 1 and blocks[k].kind == "paragraph" and place_label(blocks[k].text))) and not blocks[k].level
           and k not in used and len(blocks[k].text) <= lay["max_heading_chars"]):
        k += 1
    if k == end + 1 or k >= n or blocks[k].kind != "paragraph" or blocks[end].kind != "byline":
        return None
    return k - 1


def is_section_head(text: str) -> bool:
    """A post's section head after a bar (▍宣讲进村, data/layout.yaml section_marks): never a title."""
    return text.lstrip().startswith(tuple(layout().get("section_marks") or ()))


def section_label(text: str) -> bool:
    """A short label wholly in 【】 alone on its line, a pictograph before it at most (📊【本周战况】):
    a section of the text under it, in a digest too (data/layout.yaml section_label_max_chars)."""
    m = _SECTION_LABEL_RE.fullmatch(text.strip())
    lay = layout()
    return bool(m and han_len(m.group(1)) <= lay.get("section_label_max_chars", 0)
                and m.group(1) not in lay["brief_labels"] and not m.group(1).endswith(tuple(lay["section_label_place_ends"])))


# 📊【本周战况】, ⚔️【县市比拼】 (a pictograph or two before it, nothing after it but a pictograph)
_SECTION_LABEL_RE = re.compile(r"[^\w【】]{0,3}【([\u4e00-\u9fff]{2,12})】[^\w【】]{0,3}")


def place_colon_label(text: str, find_places) -> bool:
    """A place's name ending in a colon, alone on its line (巴里坤：, 边城绥芬河:): the first
    words of the headline under it. Needs the page's place finder: 作品全文： names none."""
    t = text.strip()
    if find_places is None or not place_label(t) or not re.search(r"[：:]$", t):
        return False
    hits = place_readings(find_places, t[:-1]) or find_places(t[:-1]) or []
    # (the place closes the label, or opens it before a town of its own, 淮阴区渔沟镇：; 先贴一篇青海的：
    # names a place but is a poster's words)
    label = t[:-1]
    return any(off + len(n) == len(label)
               or (off == 0 and len(label) - len(n) <= TOWN_NAME_MAX and label.endswith(township_suffixes()))
               for off, _c, n in hits)


# A town's or village's own name after its county's in a place's label (淮阴区渔沟镇：) has at most
# this many characters.
TOWN_NAME_MAX = 6


def place_label(text: str) -> bool:
    """A place's label ending in a colon, on a line of its own above a title (巴里坤：)."""
    return bool(LABEL_LINE_RE.match(text.strip()))


def _signed_names(blocks: list[Block], dateline: re.Pattern) -> set[str]:
    """Names signing the text of `blocks`: its bylines', and those in brackets after a lead's
    dateline (本报讯（通讯员 某某）…)."""
    names = {x for b in blocks if b.kind == "byline" for x in (b.extra.get("authors") or byline_names(b.text)[0])}
    for b in blocks:
        m = dateline.match(b.text) if b.kind == "paragraph" else None
        inner = re.match(r"\s*[（(]([^（()）]{2,40})[）)]", b.text[m.end():]) if m else None
        if inner:
            names |= set(byline_names(inner.group(1))[0])
    return names


def title_groups(blocks: list[Block], find_places=None) -> list[tuple[int, int]]:
    """(start, end) index ranges of title groups: [kicker] title [subtitle] [byline].

    Also a heading right above a dated lead (本报讯…), and, with `find_places`,
    the titles of articles printed one after another without marks."""
    lay = layout()
    groups = []
    n = len(blocks)
    # a title with its date or source under it, when a lead of its own follows
    # (a heading with no text after it, or another heading, starts nothing)
    anchors = [k for k, b in enumerate(blocks) if b.kind in ("byline", "subtitle")
               or (b.kind in ("heading", "subheading") and b.extra.get("meta_after") and k + 1 < n
                   and han_len(b.text) >= 2  # a stray page number or running-head piece is no title
                   and not is_section_head(b.text)
                   and (blocks[k + 1].kind in ("paragraph", "byline", "subtitle")
                        or is_section_head(blocks[k + 1].text)  # (a post's ▍ section under its title)
                        # (a charter's 第一章 总则 under its title: the text's first numbered part; a
                        # script's stage direction in brackets, （甲乙二人持竹板上场）)
                        or (blocks[k + 1].kind in ("heading", "subheading")
                            and bool(_CHAPTER_HEAD_RE.match(blocks[k + 1].text.strip())
                                     or _BRACKETED_LINE_RE.fullmatch(blocks[k + 1].text.strip()))))
                   and not _signature(blocks, k)
                   # (a signer over the date closing the document above: 某县商务局 / 2023年6月28日)
                   and not ("signed" in (b.extra.get("meta_after_fields") or ())
                            and any(x.kind == "paragraph" for x in blocks[:k]))
                   # (a section over its own information lines, 办理回复 / 回复机构：…, or over an
                   # encyclopedia's buttons, 创建历程 / 编辑 播报, or over the next slide's number, heads
                   # no article; nor does a banner over the page's chrome alone with no text above it, under the
                   # post's headline: 标题 / 某某发布 2023-09-11 / ⚔️创城进行时⚔️ / 距离年度测评还有 28 天)
                   and not set(b.extra.get("meta_after_fields") or ["?"]) <= {"info", "tools", "slide"}
                   and not (set(b.extra.get("meta_after_fields") or ["?"]) <= {"chrome"}
                            and not any(x.kind == "paragraph" for x in blocks[:k])
                            and any(x.extra.get("meta_after") and "date" in (x.extra.get("meta_after_fields") or ())
                                    for x in blocks[:k])))]
    # (a speaker's label heads no piece, nor does a notice's reply slip, 回执)
    used = {k for k, b in enumerate(blocks) if b.extra.get("speaker") or b.extra.get("form_part")}
    boxed = False  # the page sets its bylines above its headlines
    for a in anchors:
        if a in used:
            continue
        end = a
        if blocks[a].kind in ("heading", "subheading"):  # a title with its date or source under it
            a += 1
            if a >= n or blocks[a].kind not in ("byline", "subtitle"):
                a -= 1
                end = a
        while end + 1 < n and blocks[end + 1].kind in ("byline", "subtitle") and end + 1 - a < 3:
            end += 1
        start = a
        # walk back over heading-like lines: title, kicker
        k = a - 1
        if blocks[a].kind == "byline":
            # (over a picture's caption: 标题 / ［图片］ 图为… 某某 摄 / 记者 某某, the picture
            # printed between the headline and its byline)
            while k > 0 and blocks[k].kind == "caption" and blocks[k - 1].kind == "caption":
                k -= 1
            if not (k > 0 and blocks[k].kind == "caption" and blocks[k - 1].kind in ("heading", "subheading")
                    and not blocks[k - 1].level and len(blocks[k - 1].text) <= lay["max_heading_chars"]):
                k = a - 1
            elif blocks[k].kind == "caption":
                k -= 1
        taken = 0
        while k >= 0 and taken < 3 and blocks[k].kind in ("heading", "subheading", "subtitle") and (
                blocks[k].level or len(blocks[k].text) <= lay["max_heading_chars"]) and not (
                "signed" in (blocks[k].extra.get("meta_after_fields") or ()) and k < a
                and any(x.kind == "paragraph" for x in blocks[:k])):  # (the signer of the document above)
            start = k
            taken += 1
            k -= 1
            # stop at a '#' heading: it is the title; what is above is page furniture
            if blocks[start].level:
                break
        if taken == 3 and k >= 0 and _short_stack(blocks, k, a):
            start = k  # 海岛小区 / “微更新” / 让居民 / 住得更舒心: a headline in large type over four very short lines
        before = a - 1
        while before >= 0 and blocks[before].kind == "byline":
            before -= 1
        heads_under = _headline_under_byline(blocks, end, used, lay)
        if (start == a and blocks[a].kind == "byline" and heads_under and (before < 0 or boxed)
                and not re.match(r"\s*[（(]", blocks[a].text)):
            # 文/本报记者 某某 / 顺庆区： / “小区夜话” / 话出文明新风 / text: a PDF page's byline boxed
            # over its headline; once the page's first piece is set so, every later byline over a
            # headline opens its piece the same way
            boxed = boxed or before < 0
            end = heads_under
            for j in range(start, end + 1):
                used.add(j)
            groups.append((start, end))
            continue
        if (start == a == end and blocks[a].kind == "byline" and blocks[a].text.strip() in lay["byline_roles"]
                and a + 2 < n and blocks[a + 1].kind in ("heading", "subheading") and not blocks[a + 1].level
                and blocks[a + 2].kind == "paragraph" and a + 1 not in used):
            end = a + 1  # …。 / 本报评论员 / 文明创建重在常态长效 / its text: the paper's comment, its writer's role over its title
        elif start == a and blocks[a].kind == "byline" and before >= 0 and (
                blocks[before].kind == "paragraph"
                # (or after a caption that closes the text: …。 / ▲…摄 / （全媒体记者 某某）)
                or (blocks[before].kind == "caption" and any(b.kind == "paragraph" for b in blocks[:before]))):
            continue  # a lone byline (or bylines) after text: not a title group
        if (end + 2 < n and blocks[end].kind == "byline" and blocks[end + 1].kind in ("heading", "subheading")
                and not blocks[end + 1].level and blocks[end + 2].kind == "paragraph"
                and all(_label_only(b.text) for b in blocks[start:a] if b.kind in ("heading", "subheading"))):
            end += 1  # 【珠源时评】 / □ 罗永清 / 垃圾分类贵在“常态”: a comment's title under its byline
        for j in range(start, end + 1):
            used.add(j)
        groups.append((start, end))
    # news items without bylines: a heading right above a dated lead (本报讯…) is a title, and
    # so is one above the part of a report continued from another page ((上接第1版)…): both
    # open an article, whatever place it names (a county paper's page is all one county)
    dateline = re.compile(lay["dateline"])
    jump_from = vocabulary()["jump_from_re"]
    for k, b in enumerate(blocks):
        if (k and b.kind == "paragraph" and (dateline.match(b.text) or jump_from.match(b.text.lstrip()))
                and k - 1 not in used
                and blocks[k - 1].kind in ("heading", "subheading")):
            start = _with_column_name(blocks, k - 1, used, find_places)
            used.update(range(start, k))
            groups.append((start, k - 1))
    # (and so is a headline printed after its jump line, （上接第1版）浦江“五水共治”再出发 / its text)
    for k, b in enumerate(blocks[:-1]):
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and blocks[k + 1].kind == "paragraph"
                and b.extra.get("continued")):
            used.add(k)
            groups.append((k, k))
    # a letter or an initiative after a report (倡议书 / 全区广大市民朋友： / …): its title
    # over its salutation opens a document of its own
    for k, b in enumerate(blocks):
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 2 < n
                and blocks[k + 1].kind == "paragraph" and _SALUTATION_RE.match(blocks[k + 1].text.strip())
                and blocks[k + 2].kind == "paragraph" and any(x.kind == "paragraph" for x in blocks[:k])):
            start = _with_column_name(blocks, k, used, find_places)  # (致全市广大职工的 / 倡议书: one title)
            used.update(range(start, k + 1))
            groups.append((start, k))
    # a list printed as an item of the page under a headline of its own (…“文明户”名单（部分） /
    # 某镇：张三 李四 / …), after a report: a list of its own, not the report's last section
    # (a list the report introduces, 名单如下：, has no headline and stays the report's)
    for k, b in enumerate(blocks):
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 1 < n
                and (blocks[k + 1].extra.get("table_row")  # (or a line saying what it lists above its rows)
                     or (k + 2 < n and blocks[k + 1].kind == "paragraph" and blocks[k + 2].extra.get("table_row")))
                and list_title(b.text) and not _attachment(blocks, k)
                and any(x.kind == "paragraph" and not x.extra.get("table_row") for x in blocks[:k])):
            start = _with_column_name(blocks, k, used, find_places)
            used.update(range(start, k + 1))
            groups.append((start, k))
    # a picture story (its title, its words, its picture's credit: 永定区：街巷美化迎游客 / …。
    # / 本报记者 田野 摄) is an article of its own, on a page of them
    for k, b in enumerate(blocks):
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 1 < n
                and blocks[k + 1].kind == "paragraph" and blocks[k + 1].extra.get("picture_story")):
            start = _with_column_name(blocks, k, used, find_places)
            used.update(range(start, k + 1))
            groups.append((start, k))
    # a short piece signed at its end (志愿者为留守老人送清凉 / its text / 文/图 某某) after a report
    # signed by others: its headline opens an article of its own (a report's last section closes
    # with the report's own byline, not with new names)
    for k, b in enumerate(blocks):
        if not (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 2 < n
                and han_len(b.text) >= 6 and not is_section_head(b.text)):
            continue
        j = k + 1
        while j < n and j - k <= 3 and blocks[j].kind == "paragraph":
            j += 1
        if (j == k + 1 or j >= n or blocks[j].kind != "byline"
                or (j + 1 < n and blocks[j + 1].kind not in ("heading", "subheading"))):
            continue
        top = max((g for g, _ in groups if g < k), default=None)
        if top is None:
            continue  # (the report above has a headline the page splits on: items numbered 01 / 02 are split apart elsewhere)
        above = _signed_names(blocks[top:k], dateline)
        below = set(blocks[j].extra.get("authors") or byline_names(blocks[j].text)[0])
        if above and below and not below & above:
            start = _with_column_name(blocks, k, used, find_places)
            used.update(range(start, k + 1))
            groups.append((start, k))
    # an official document printed whole after a report (界首市…指挥部 / 关于规范…的通告 / 为加快…):
    # its title (with its issuer's line above) opens a document of its own (not a 公告 among the
    # page's paid notices: data/layout.yaml news_document_kinds)
    for k, b in enumerate(blocks):
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 1 < n
                and document_title(b.text) and (body := _under_issuer(blocks, k)) is not None
                and (b.text.strip().endswith(tuple(lay["news_document_kinds"]))
                     or re.match(lay["document_addressees"], blocks[body].text.strip()))
                and any(x.kind == "paragraph" for x in blocks[:k])):
            start = k - 1 if (k and k - 1 not in used and blocks[k - 1].kind in ("heading", "subheading")
                              and not blocks[k - 1].level and blocks[k - 1].last + 1 == b.first) else k
            used.update(range(start, body))  # (with the issuer's line under the title)
            groups.append((start, body - 1))
    # a column that is a piece of its own, printed after a report under its name alone
    # (■文明创建红黑榜 / 本期红黑榜根据…: data/layout.yaml piece_column_ends): its name is its title
    piece_ends = tuple(lay.get("piece_column_ends") or ())
    marks = tuple(lay["item_title_marks"])
    closing: set[int] = set()  # (a comment's label alone: see below)
    boxes = tuple(lay.get("figure_box_labels") or ())
    for k, b in enumerate(blocks):
        # (数读｜某市创建这一年 / （2019年10月—2020年9月） / 1.6万名 全市…: a box of figures under its
        # label, the period it covers in brackets under it)
        period = (k + 2 < n and blocks[k + 1].kind in ("heading", "subheading") and not blocks[k + 1].level
                  and period_note(blocks[k + 1].text))
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 1 < n
                and b.text.strip().startswith(boxes) and han_len(b.text) <= lay["max_heading_chars"]
                and blocks[k + 1 + period].kind == "paragraph" and any(x.kind == "paragraph" for x in blocks[:k])):
            used.update(range(k, k + 1 + period))
            groups.append((k, k + period))
            continue
        if not (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 1 < n
                and han_len(b.text) <= lay["max_column_name_chars"] + 4
                and blocks[k + 1].kind == "paragraph" and any(x.kind == "paragraph" for x in blocks[:k])):
            continue
        if b.text.strip().endswith(piece_ends) or b.text.strip().startswith(boxes):
            # (or a box of figures under its label, 数读某地创文 / ●新增…12个 / …)
            used.add(k)
            groups.append((k, k))
        elif (_piece_label(b.text) and not brief_label(b.text)) or (
                _unbracketed(b.text) in set(lay.get("reporter_pieces") or ()) and _signed_piece(blocks, k)):
            # (or a comment's label alone on its line after the reports, 【编后】 / 短评 / text, or a
            # reporter's 记者手记 alone over text signed at its end: the paper's piece on them, titled
            # with its label, when it follows two reports or more; after one it is that report's
            # coda, and so is a label run into the text, 编后：…)
            used.add(k)
            groups.append((k, k))
            closing.add(k)
        elif (brief_label(b.text) and not blocks[k + 1].text.lstrip().startswith(marks)
              and (k + 2 >= n or blocks[k + 2].kind != "paragraph")):
            # (or a brief column's one untitled item, ■简讯 / one paragraph: news of its own; a
            # bulleted line under the name, [简讯] / ●…, is the column's, as is a column of them)
            used.add(k)
            groups.append((k, k))
    # a piece with a label of its own (短评 / its title / its text) is an article of its own, and
    # so is a news brief under its column's name (新闻速览 / its title / its text), and
    # so is a reporter's column under its own headline (记者手记 / its title / its text; the
    # column's label alone over text is a part of the report)
    reporters = set(lay.get("reporter_columns") or ())
    for k, b in enumerate(blocks):
        if (b.kind in ("heading", "subheading") and not b.level and k + 2 < n
                and (_piece_label(b.text) or brief_label(b.text)
                     or (_unbracketed(b.text) in reporters and _signed_piece(blocks, k + 1)))
                and k not in used and k + 1 not in used and blocks[k + 1].kind in ("heading", "subheading")
                and blocks[k + 2].kind in ("paragraph", "byline")):
            used.update((k, k + 1))
            groups.append((k, k + 1))
    # a column's label in brackets over a headline over text, after text, on a page whose
    # first piece stands under such a label too (a bulletin's 【工作动态】 / … / 【基层亮点】 /
    # 某街道：… / its text): the label opens the next piece, the headline its title (a box in
    # a report, 【法条链接】 / 《某条例》第十条…, is the report's)
    label_re = re.compile(r"【[^【】]{2,%d}】" % layout()["max_column_name_chars"])
    labelled = [k for k, b in enumerate(blocks)
                if (b.kind in ("heading", "subheading") and not b.level and k + 2 < n and label_re.fullmatch(b.text.strip())
                    and blocks[k + 1].kind in ("heading", "subheading") and not blocks[k + 1].level
                    and han_len(blocks[k + 1].text) >= 6 and blocks[k + 2].kind in ("paragraph", "byline"))]
    for k in labelled if len(labelled) >= 2 else ():  # (two or more: the page's way of opening pieces)
        # (the first too when no text stands above it: a round-up's items under its name, 【信息一】 …)
        if k not in used and k + 1 not in used and (any(x.kind == "paragraph" for x in blocks[:k]) or k == labelled[0]):
            used.update((k, k + 1))
            groups.append((k, k + 1))
    # a piece whose label leads its title after a colon (短评：验收不是终点 / its text) or in
    # brackets (【短评】改了更要管好), after text: an article of its own
    for k, b in enumerate(blocks):
        if (b.kind in ("heading", "subheading") and not b.level and k not in used and k + 1 < n
                and blocks[k + 1].kind == "paragraph" and any(x.kind == "paragraph" for x in blocks[:k])):
            label, colon, rest = b.text.strip().partition("：")
            bm = re.match(r"^([【\[][^【】\[\]]{2,8}[】\]])\s*(\S.*)$", b.text.strip())
            if bm and not colon:  # (or in brackets before it: 【短评】改了更要管好)
                label, colon, rest = bm.group(1), "】", bm.group(2)
            sm = re.match(r"^(\S{2,6})[ \u3000]+(\S.*)$", b.text.strip())
            if sm and not colon and _piece_label(sm.group(1)):  # (or a space after it: 短评　健身与文明同行)
                label, colon, rest = sm.group(1), " ", sm.group(2)
            if colon and han_len(rest) >= 4 and (_piece_label(label) or (
                    _unbracketed(label) in set(lay.get("reporter_pieces") or ()) and _signed_piece(blocks, k))):  # (记者手记：… signed)
                used.add(k)
                groups.append((k, k))
    # the items of a news-brief column: a title marked as an item's (■…, or run
    # into its paragraph) right above its text opens an article of its own (not the
    # lead-ins of a report signed by its reporters above them: its sections)
    signed = _reporters_sections(blocks, groups)
    for k, b in enumerate(blocks):
        if (b.extra.get("item_title") and k not in used and k + 1 < n and k not in signed
                and not _piece_label(b.text)  # (【编后】 cut off its text: a label alone, weighed above)
                and blocks[k + 1].kind == "paragraph" and k + 1 not in used):
            start = _with_column_name(blocks, k, used, find_places)
            used.update(range(start, k + 1))
            groups.append((start, k))
        elif (b.extra.get("item_title") and k not in used and k + 2 < n and k not in signed
              and blocks[k + 1].kind in ("heading", "subheading") and (k + 1 not in used or k + 1 in closing)
              and _unbracketed(blocks[k + 1].text) in piece_kinds()
              and blocks[k + 2].kind == "paragraph"):
            # (a headline cut off the text above, its piece's label under it: 某某“红马甲”在行动 /
            # 记者手记 / text)
            if k + 1 in closing:
                closing.discard(k + 1)
                groups.remove((k + 1, k + 1))
            used.update((k, k + 1))
            groups.append((k, k + 1))
    for k in _column_items(blocks, used):
        held = next((g for g in groups if g[0] < k == g[1]), None)
        if held:  # (the bulletin's name and issue over it: a group of their own, the items' kicker)
            groups.remove(held)
            groups.append((held[0], k - 1))
        elif k in used:
            continue
        used.add(k)
        groups.append((k, k))
    for k in _signed_pieces(blocks, used) + _profile_items(blocks, used):
        used.add(k)
        groups.append((k, k))
    if find_places is not None and not _has_trailing_group(blocks, sorted(groups)):
        groups += _unmarked_titles(blocks, groups, used, find_places)
    groups += _signed_first_piece(blocks, sorted(groups), used)
    # (an item after text its site closed with its fields, …。 / 来源：… 作者：… / next title / text:
    # the fields end the item above, the heading opens the next)
    for k in range(1, n - 1):
        b, prev = blocks[k], blocks[k - 1]
        if (k not in used and b.kind in ("heading", "subheading") and not b.level and han_len(b.text) >= 6
                and prev.kind == "paragraph" and {"author", "source"} & set(prev.extra.get("meta_after_fields") or ())
                and blocks[k + 1].kind == "paragraph"
                and (any(g[0] < k for g in groups) or any(x.kind in ("heading", "subheading") for x in blocks[:k - 1]))):
            if not any(g[0] < k for g in groups):
                # (the page's first headlines, a post's over its first item's, open the first item)
                top = next(j for j, x in enumerate(blocks) if x.kind in ("heading", "subheading"))
                end = top
                while end + 1 < k and blocks[end + 1].kind in ("heading", "subheading"):
                    end += 1
                if not used & set(range(top, end + 1)):
                    # (the lowest line the first item's headline, the lines over it the post's: a
                    # group of their own, folded into the items as their kicker)
                    used.update(range(top, end + 1))
                    groups += [(top, end - 1), (end, end)] if end > top else [(top, end)]
            used.add(k)
            groups.append((k, k))
    groups = [g for g in groups if g[0] not in closing or _reports_before(blocks, groups, g[0]) >= 2]
    for k in _pieces_under_wrapper(blocks, groups, used):
        used.add(k)
        groups.append((k, k))
    for k in _ordinal_pieces(blocks, used):
        used.update((k, k + 1))
        groups = [g for g in groups if not (g[0] <= k + 1 and k <= g[1])] + [(k, k + 1)]
    return _merge_repeated(blocks, sorted(groups))


def _ordinal_pieces(blocks: list[Block], used: set) -> list[int]:
    """Pieces numbered by a label alone on a line over their headlines (a case collection's 案例一 /
    某县：… / text, a story plan's 选题二 / …: data/layout.yaml piece_ordinal_line): two or more
    make a collection of pieces, each an article under its own headline, the label its kicker."""
    rx = re.compile(layout()["piece_ordinal_line"])
    found = [k for k in range(len(blocks) - 2)
             if blocks[k].kind in ("heading", "subheading") and rx.fullmatch(re.sub(r"\s+", "", blocks[k].text))
             and blocks[k + 1].kind in ("heading", "subheading") and han_len(blocks[k + 1].text) >= 4
             and blocks[k + 2].kind in ("paragraph", "byline")]
    return found if len(found) >= 2 else []


# The common ending of a wrapper's headline and its pieces' headlines (启事, 通知) has at least
# this many characters.
WRAPPER_KIND_MIN = 2


def _pieces_under_wrapper(blocks: list[Block], groups: list[tuple[int, int]], used: set) -> list[int]:
    """A headline naming two pieces or more printed under it, each under a headline of its own
    ending the same way (“某某”征文、摄影作品征集启事 / “某某”征文启事 / text / “某某”摄影作品征集
    启事 / text): each piece's headline opens an article; the wrapper's is their kicker."""
    def head_over_text(k: int) -> bool:
        return (0 <= k < len(blocks) - 1 and k not in used and blocks[k].kind in ("heading", "subheading")
                and not blocks[k].level and han_len(blocks[k].text) >= 4 and blocks[k + 1].kind == "paragraph")
    # (the page's first headline too, when no group holds it: a post's headline over its meta line)
    top = next((k for k, b in enumerate(blocks) if b.kind != "meta"), None)
    for e in [e for _, e in groups] + ([top] if top is not None else []):
        wrapper = blocks[e].text.strip()
        if blocks[e].kind not in ("heading", "subheading") or not re.search("[、和及与]", wrapper):
            continue
        k = e + 1
        while k < len(blocks) and blocks[k].kind == "meta":
            k += 1
        if not head_over_text(k):
            continue
        first = blocks[k].text.strip()
        n = 0
        while n < min(len(first), len(wrapper)) and first[-1 - n] == wrapper[-1 - n]:
            n += 1
        if n < WRAPPER_KIND_MIN or first == wrapper:
            continue
        ending = first[-n:]
        later = [j for j in range(k + 2, len(blocks)) if head_over_text(j) and blocks[j].text.strip().endswith(ending)]
        if later:
            return [k] + later
    return []


def _reports_before(blocks: list[Block], groups: list[tuple[int, int]], k: int) -> int:
    """How many articles stand before blocks[k]: the title groups before it, and one more for
    text before the first of them (the page's first article, its title never a group)."""
    before = sorted(g for g in groups if g[0] < k)
    first = before[0][0] if before else k
    return len(before) + any(b.kind == "paragraph" for b in blocks[:first])


def _signed_first_piece(blocks: list[Block], groups: list[tuple[int, int]], used: set[int]) -> list[tuple[int, int]]:
    """The page's first headline over text that its writer signs at its end, right above the
    first title group (龙安镇“红黑榜”晒出文明新气象 / …农户320户。（王春燕） / 平武县城新建公厕12座 /
    …): an article of its own, not furniture over the next one."""
    if not groups:
        return []
    k = groups[0][0] - 1
    if k < 1 or blocks[k].kind not in ("paragraph", "byline"):
        return []
    closed = blocks[k].kind == "byline" or trailing_byline(blocks[k].text) is not None
    while k >= 0 and blocks[k].kind in ("paragraph", "byline"):
        k -= 1
    if (not closed or k < 0 or k in used or blocks[k].kind not in ("heading", "subheading") or blocks[k].level
            or han_len(blocks[k].text) < 6 or any(b.kind in ("heading", "subheading") and not b.extra.get("meta_after")
                                                  and han_len(b.text) >= 6 for b in blocks[:k])):
        return []
    return [(k, k)]


def _under_issuer(blocks: list[Block], k: int) -> int | None:
    """The index of the text under a document's title at k: right under it, or under the
    line naming who issues it (关于…提案的答复 / 某县商务局 / 某某委员：…)."""
    if k + 1 < len(blocks) and blocks[k + 1].kind == "paragraph":
        return k + 1
    if (k + 2 < len(blocks) and blocks[k + 1].kind == "subheading" and is_office(blocks[k + 1].text.strip())
            and blocks[k + 2].kind == "paragraph"):
        return k + 2
    return None


def _attachment(blocks: list[Block], k: int) -> bool:
    """Is the heading at k a document's attachment (附件 / 重点任务分解表 / its table, or
    附件1：…): a part of the document above it, not a list of its own
    (data/layout.yaml attachment_label)."""
    rx = re.compile(layout()["attachment_label"])
    return bool(rx.match(blocks[k].text.strip()) or (k and blocks[k - 1].kind in ("heading", "subheading", "meta")
                                                      and rx.match(blocks[k - 1].text.strip())))


def _reporters_sections(blocks: list[Block], groups: list[tuple[int, int]]) -> set[int]:
    """Item titles run in under a report's title group signed by its reporters (江边小城的
    文明“温度” / 本报记者 某某 / 【码头上的志愿红】… / 【屋场院落会】…): bold lead-ins of the
    report's sections, when no item is signed by anyone else. A brief column's items stand
    under the column's name, not under a reporter's byline."""
    role = patterns()["role_word"]
    out: set[int] = set()
    for s, e in groups:
        signed = any(b.kind == "byline" and role.search(b.text) for b in blocks[s:e + 1])
        # (or under a feature's title over its dashed 副题, 老旧小区的“新生活” / ——某县…见闻 / ■ … / ■ …,
        # signed once at its end)
        feature = not signed and any(b.kind == "subtitle" for b in blocks[s:e + 1])
        if not (signed or feature):
            continue
        k = e + 1
        items, signed_at = [], []
        while k < len(blocks) and (blocks[k].kind == "paragraph" or blocks[k].extra.get("item_title")):
            if blocks[k].extra.get("item_title"):
                items.append(k)
            elif trailing_byline(blocks[k].text) is not None:
                signed_at.append(k)
                if signed:
                    items = []  # (an item signed by its own writer: a column's item)
                    break
            k += 1
        if feature and any(j < items[-1] for j in signed_at if items):
            items = []  # (items signed before the last: a column's items, each its writer's)
        if len(items) >= 2:
            out.update(items)
    return out


def _post_headline(blocks: list[Block], i: int) -> bool:
    """Is blocks[i] the page's first line, set over its date or account line and not ending a
    sentence (某县创城快讯｜…；…；…)? A post's headline listing its items, not text."""
    b = blocks[i]
    return i == 0 and bool(b.extra.get("meta_after")) and not re.search(r"[。！？]$", b.text.rstrip())


def _digest_title(text: str) -> bool:
    """A digest's name over its items (今日某县｜文明创建周报（第20期）, 早安某市｜今日要闻): a
    brief column's or a digest's word, or an issue number (data/layout.yaml brief_labels,
    digest_title_words) — its items are articles, unlike a roundup's statement (某区这一周｜
    文明创建“成绩单”来了), whose items are its sections."""
    lay = layout()
    words = tuple(lay["brief_labels"]) + tuple(lay.get("digest_title_words") or ())
    return (any(w in text for w in words) or re.search(r"第\s*[\d一二三四五六七八九十百〇零]{1,6}\s*期", text) is not None
            or re.search(r"[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]\s*$", text) is not None)


# a headline set whole in lenticular brackets (【亭口镇 冯家】)
_BRACKETED_HEAD_RE = re.compile(r"【[^【】]+】")


def _column_items(blocks: list[Block], used: set[int]) -> list[int]:
    """Headlines of a column of short items that opens the page's text (大化融媒 / 基层动态 /
    岩滩镇开展河道清洁 / one paragraph / 都阳镇表彰文明家庭 / one paragraph / …): three or
    more headlines, each over one or two paragraphs (a date line under it aside), set apart
    by blank lines, with no text, byline or subtitle above the first. A feature's sections
    come under its title, byline and lead; a column's items stand alone, one article each
    (data/layout.yaml column_items_min, column_item_max_paragraphs)."""
    lay = layout()
    first = next((k for k, b in enumerate(blocks) if b.kind not in ("heading", "subheading", "meta")), None)
    if first is None or first == 0 or blocks[first].kind != "paragraph":
        return []
    masthead = bool(blocks[0].extra.get("under_masthead"))  # (a bulletin's items under its masthead and rule)
    if first == 1 and not blocks[0].extra.get("meta_before") and not masthead:
        return []  # (a headline opening the page with nothing over it: an article's title over its sections)
    header = blocks[:first - 1]
    # (a bulletin's or a digest's name and issue over its items: 某区创建全国文明城市 / 工作简报 /
    # 第21期 — a publication's header, two items enough)
    digest = any(_digest_title(re.sub(r"\s+", "", t)) for b in header
                 for t in [b.text] + list(b.extra.get("meta_after_texts") or ()))
    # (or a column's short name over the issue's date: 【今日玉州】 / 2024年2月28日 07:30 / ① … / ② …)
    digest = digest or masthead or any(b.kind != "meta" and "date" in (b.extra.get("meta_after_fields") or ())
                                       and han_len(_unbracketed(b.text)) <= lay["max_column_name_chars"] for b in header)
    if not digest and any(han_len(b.text) > lay["max_column_name_chars"] for b in header if b.kind != "meta"):
        return []  # (a post's own headline over its items: one roundup, its items its sections)
    heads, k = [], first - 1  # the first item's headline stands right above the first text
    while k < len(blocks):
        b = blocks[k]
        t = b.text.strip()
        if (b.kind not in ("heading", "subheading") or b.level
                or not 4 <= han_len(t) <= lay["max_heading_chars"] or re.search(r"[。！？；：:]$", t)
                or (re.match(lay["numbered_head"], t) and not digest)
                or (is_section_head(t) and not digest)  # (a digest's items may each be barred: ▍某街道…)
                or section_label(t)  # (not labelled in 【】 so short: 🏆【县市比拼】 heads a section, in a digest too)
                or (heads and b.first <= blocks[k - 1].last + 1)):  # (a blank line above each)
            break
        j = k + 1
        while j < len(blocks) and blocks[j].kind == "paragraph":
            j += 1
        m = vocabulary()["label_re"].match(t)
        if (not 1 <= j - k - 1 <= lay["column_item_max_paragraphs"] or "。" not in blocks[k + 1].text
                or (m and m.group("colon"))  # (来源：… over a line: a credit, no item)
                or {"author", "photographer"} & set(b.extra.get("meta_after_fields") or [])):
            break  # (a headline over its writer's line: a signed article, its heads its sections)
        heads.append(k)
        if j < len(blocks) and blocks[j].kind == "byline" and _BRACKETED_BYLINE_RE.fullmatch(blocks[j].text.strip()):
            j += 1  # (…。 / （蓝丽娟）: the item's byline on a line of its own)
        k = j
    boxed = [_BRACKETED_HEAD_RE.fullmatch(blocks[h].text.strip()) is not None for h in heads]
    if any(boxed) and not boxed[0]:
        return []  # (a post's headline over its lead, then 【亭口镇 冯家】 / … : the post's sections)
    dated = [re.match(lay["dateline"], blocks[h + 1].text.strip()) is not None for h in heads]
    if any(dated) and not all(dated):
        return []  # (昌吉晚报讯（记者 某某）… under the first only: a report and its sections)
    enough = 2 if digest else lay["column_items_min"]
    if len(heads) < enough:
        return []
    # (a bulletin's first item's headline taken as the last line of its name's group, 工作动态 /
    # 一、某街道开展…: an item all the same)
    return [k for k in heads if k not in used or (digest and k == heads[0])]


def comment_label(text: str) -> bool:
    """A comment's label (短评, ■快评, 晚报时评: data/layout.yaml comment_label_ends): the piece
    under it comments on the report printed before it."""
    t = _unbracketed(text or "")
    return 0 < han_len(t) == len(t) <= layout()["max_column_name_chars"] and t.endswith(
        tuple(layout().get("comment_label_ends") or ()))


def boxed_piece(blocks: list[Block], s: int, e: int) -> bool:
    """Is the title group blocks[s..e] a labelled piece set in a box inside a report
    (【快评】 / its title / its text / □ its signer), after the report's text? The report's
    text resumes under the box's signature."""
    lay = layout()
    return (_piece_label(blocks[s].text) and s > 0
            and any(b.kind == "paragraph" for b in blocks[:s]))


# a profile's headline: a person's name, a colon, what they did (王某某：十年照料瘫痪邻居)
_NAME_LABEL_RE = re.compile(r"^([\u4e00-\u9fff·]{2,6})[：:]\s*\S")


def _profile_items(blocks: list[Block], used: set[int]) -> list[int]:
    """Headlines of profiles printed one after another (a 好人榜: 王某某：十年照料瘫痪邻居 /
    王某某，某某社区居民。… / 马某某：山村里的义务理发师 / 马某某，…): a person's name and a
    colon over text that opens with that name again. Two or more make a page of them."""
    found = []
    for k, b in enumerate(blocks[:-1]):
        m = _NAME_LABEL_RE.match(b.text.strip())
        if (k in used or b.kind not in ("heading", "subheading") or b.level or not m
                or blocks[k + 1].kind != "paragraph"):
            continue
        name = m.group(1)
        if blocks[k + 1].text.strip().startswith(name) and names_only(name) == [name]:
            found.append(k)
    return found if len(found) >= 2 else []


def _signed_pieces(blocks: list[Block], used: set[int]) -> list[int]:
    """Titles of pieces each signed at its end (a comment page: 标题 / text / 叶晓东（作者系…） /
    标题 / text / □ 包蕾): a headline over text whose last line is a byline, the next headline
    right under that byline. Two or more such pieces make a page of them; a report's
    sub-headings end no section with a signature."""
    heads = [k for k, b in enumerate(blocks) if b.kind in ("heading", "subheading") and not b.level]

    def closes(j: int) -> bool:
        """Does blocks[j] end a piece: its byline, or its last paragraph over a meta line
        naming its author (来源：某某报　记者：某某) or the office that supplied it (a bulletin's
        item closing （某某县文明办供稿）)?"""
        b = blocks[j]
        return b.kind == "byline" or (b.kind == "paragraph" and bool(b.extra.get("meta_after"))
                                      and bool({"author", "supplied_by"} & set(b.extra.get("meta_after_fields") or []))) or (
            # (or its last paragraph ending with its byline in brackets: …370起。（通讯员 某某）)
            b.kind == "paragraph" and trailing_byline(b.text[-TRAILING_BYLINE_SCAN:]) is not None)

    def signed(k: int) -> bool:
        """Text follows the headline at k, and ends signed before the next headline."""
        j = k + 1
        if j >= len(blocks) or blocks[j].kind != "paragraph":
            return False
        while j < len(blocks) and blocks[j].kind == "paragraph" and not closes(j):
            j += 1
        if j < len(blocks) and blocks[j].kind == "paragraph":
            j += 1  # its last paragraph, signed by the meta line under it
        elif j < len(blocks) and blocks[j].kind == "byline":
            j += 1
        else:
            return False
        return j == len(blocks) or blocks[j].kind in ("heading", "subheading")

    labels = tuple(layout().get("editor_note_labels") or ())
    note = re.compile(rf"^[【\[（(]?(?:{'|'.join(map(re.escape, labels))})[】\]）)：:]") if labels else None

    def text_before(k: int) -> bool:
        """Is there text above the headline at k other than an editor's note over the pieces?"""
        return any(b.kind == "paragraph" and not (note and note.match(b.text.strip())) and not _post_headline(blocks, i)
                   for i, b in enumerate(blocks[:k]))

    def after_picture_story(k: int) -> bool:
        """Is the block above the headline at k a picture story, closed by its credit?"""
        return k > 0 and blocks[k - 1].kind == "paragraph" and bool(blocks[k - 1].extra.get("picture_story"))

    # (a piece another rule already opened counts too: 新罗：… / text / （记者 某某） / 新罗区表彰… /
    # 本报讯… — the dated lead opened the second, the first is signed the same way)
    pieces = [k for k in heads if signed(k)
              and (closes(k - 1) or after_picture_story(k) if k and text_before(k) else True)]
    # (one is enough right under a picture story: its credit closed it, so the headline under
    # it is no section of it)
    new = [k for k in pieces if k not in used]
    if len(new) < len(pieces):  # (not a headline's second line: 老街的“烟火气”怎么留？ / 章贡区探索…)
        new = [k for k in new if not (k and blocks[k - 1].kind in ("heading", "subheading"))]
    return new if len(pieces) >= 2 or (new and after_picture_story(new[0])) else []


# A paragraph's byline in brackets is read from at most this many of its last characters.
TRAILING_BYLINE_SCAN = 80


# a note in brackets after a list's name: （部分）, （排名不分先后）, （按姓氏笔画排序）
_LIST_NOTE_RE = re.compile(r"[（(][^（）()]{1,12}[）)]$")


def list_title(text: str) -> bool:
    """Is `text` a list's own headline: no sentence, ending (before a note in brackets) with a
    word that names a list (data/layout.yaml list_title_ends: 名单, 光荣榜 …)?

    >>> list_title("2023年度“最美家庭”名单（排名不分先后）"), list_title("名单公布后群众纷纷点赞")
    (True, False)
    >>> list_title("附件2 2023年度文明单位名单")
    False
    """
    t = _LIST_NOTE_RE.sub("", text.strip()).strip()
    if t.startswith(tuple(layout()["attachment_marks"])):
        return False  # 附件1 / …名单: a document's attachment, part of the document above it
    return (han_len(t) <= layout()["max_heading_chars"] and not re.search("[。！？!?，,；;：:]", t)
            and t.endswith(tuple(layout()["list_title_ends"])))


# a letter's salutation on a line of its own (全区广大市民朋友：, 亲爱的市民朋友们：)
_SALUTATION_RE = SALUTATION_RE


def _label_only(text: str) -> bool:
    """A column's label and nothing more (【珠源时评】, 短评, 文明创建进行时): no title."""
    t = text.strip()
    return (bool(re.fullmatch(r"[【\[][^【】\[\]]{2,10}[】\]]", t)) or t in layout()["article_labels"]
            or is_column_name(t))


def _signature(blocks: list[Block], k: int) -> bool:
    """A document's signature (落款): an office's name over the date, after the
    text (六安市精神文明建设委员会 / 2023年12月15日), is no title. A name set with
    punctuation is a headline naming one (某地：苗寨里的文明实践站 over its 作者： line)."""
    t = blocks[k].text.strip()
    m = vocabulary()["label_re"].match(t)
    labelled = bool(m and m.group("colon"))  # (来源：某某日报、某某融媒体中心: a credit, no headline)
    headline = bool(_HEADLINE_PUNCT_RE.search(t)) and not labelled
    return is_org(t) and not headline and any(b.kind == "paragraph" for b in blocks[:k])


# punctuation a headline has and an office's signature never does (某地：…, “…”, a comma)
_HEADLINE_PUNCT_RE = re.compile(r"[：:“”\"《》，,！!？?]")


def _merge_repeated(blocks: list[Block], groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A title printed again right after its group (with its date or source
    between them, now set aside as meta) is the same group."""
    out: list[tuple[int, int]] = []
    for s, e in groups:
        if out and s <= out[-1][1]:  # overlapping groups: one title group
            out[-1] = (out[-1][0], max(e, out[-1][1]))
            continue
        if out and out[-1][1] + 1 == s:
            prev = {re.sub(r"\s+", "", b.text) for b in blocks[out[-1][0]:out[-1][1] + 1]}
            if re.sub(r"\s+", "", blocks[s].text) in prev:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _has_trailing_group(blocks: list[Block], groups: list[tuple[int, int]]) -> bool:
    """Does the page print a title group after its article's text (no text
    follows it)? Then the text before a title belongs to it, and headings
    in that text are its sections, not titles of their own."""
    bounds = [s for s, _ in groups[1:]] + [len(blocks)]
    return any(not any(b.kind == "paragraph" for b in blocks[e + 1:nxt]) for (_, e), nxt in zip(groups, bounds))


# A column's name in brackets glued before a title (【剑阁新闻】剑门关镇：…): the kicker
# (split_articles cuts it off every article's title).
COLUMN_LABEL_RE = re.compile(r"^[【\[]([^【】\[\]]{2,16})[】\]]\s*(\S.{3,})$")


# A title line followed by a line of its own statement (a 副题 printed without a
# dash) has at least this many Han characters.
LONG_TITLE = 12


# a title of two parallel phrases set apart by a space (绿水青山间　文明花正开)
_COUPLET_RE = re.compile(r"([\u3400-\u9fff“”]{3,8})[ \u3000]+([\u3400-\u9fff“”]{3,8})")


def _place_statement_over_statement(a: str, b: str, find_places) -> bool:
    """A place's label and a whole statement after it (信宜：“城市管家”上岗) over a line with a
    subject and a verb of its own (背街小巷有了“巡查员”): the title and its subtitle. (A line
    opening with its verb under it is the title's predicate: predicate_line.)"""
    m = re.match(r"^[^：:“「，。\s]{2,8}[：:](?P<rest>\S{3,})$", a)
    if (not m or find_places is None or not _opens_with_place_label(a, find_places) or han_len(b) < 6
            or re.search(r"[：:，。；？！?!\s]", b) or _opens_with_place_label(b, find_places)):
        return False
    rest = [f for _w, f in _pos_tags(m.group("rest"))]
    low = [f for _w, f in _pos_tags(_QUOTED_RE.sub("", b) or "x")]
    said = "v" in rest or bool(re.fullmatch(r"[“「][^”」]{2,}[”」][\u4e00-\u9fff]{1,6}", m.group("rest")))  # (“城市管家”上岗)
    verb = low.index("v") if "v" in low else 0
    subject = low[:verb]  # (老旧小区 / 有了: a subject of nouns and their attributes before the verb)
    return (said and rest[-1:] != ["uj"] and verb >= 1 and any(f.startswith("n") for f in subject)
            and all(f.startswith(("n", "a")) or f == "vn" for f in subject))


# a numbered chapter or section head of a document (十、…, （二）…, 3. …, 第一部分 …)
_SECTION_NUMBER_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
                                r"|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节篇])")
# a note set whole in brackets, a label and its colon first (（播出时间：每天早上7:00…）)
_BRACKETED_NOTE_RE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[：:][^（()）]+[）)]")


def second_statement(upper: str, lower: str, find_places=None) -> bool:
    """Is `lower` a subtitle printed without a dash under the title `upper`? The
    title is long, and the second line is a statement of its own: two clauses set
    apart by a space or a colon (周建华讲话　李明远主持; 港澳居民点赞：办事不出社区),
    or a sentence opening with a place of its own (禅城区连续两年位居榜首)."""
    a, b = upper.strip(), lower.strip()
    if _SECTION_NUMBER_RE.match(b) or _BRACKETED_NOTE_RE.fullmatch(b):
        return False  # 十、城市建设… (a chapter of the text), （播出时间：…） (a note on it): no subtitle
    if (re.search(r"[？！?!]$", a.rstrip("”’」』\"'")) and han_len(a) >= MAIN_TITLE_MIN and han_len(b) >= 8
            and not re.search(r"[。；？！?!]", b)):
        return True  # 背街小巷的“脸面”谁来守？ / 信州区探索…治理模式: a question, then what was done
    if _place_statement_over_statement(a, b, find_places):
        return True  # 信宜：“城市管家”上岗 / 背街小巷有了“巡查员”: the place's news, then a second statement
    cm = _COUPLET_RE.fullmatch(a)
    if cm and han_len(cm.group(1)) == han_len(cm.group(2)) and han_len(b) > han_len(cm.group(1)) + 2 \
            and not re.search(r"[，。；]", b):
        return True  # 绿水青山间　文明花正开 / 安吉以“全域文明”建设助推共同富裕: a couplet over its statement
    if (han_len(a) >= MAIN_TITLE_MIN and not _kicker_like(a) and complete_clause(a) and _goes_on_about(b)
            and han_len(b) >= 6 and not re.search(r"[\s|｜，。；：:]", a + b)):
        return True  # 清徐晒出创城问题整改清单 / 逐项销号接受群众监督: what it did, then how
    if (han_len(a) >= MAIN_TITLE_MIN and not _kicker_like(a) and complete_clause(a) and _quoted_subject_acts(b)
            and not a.startswith(tuple(layout()["whole_place_words"])) and not re.search(r"[\s|｜，。；：:]", a + b)):
        return True  # 某市推出创文系列漫画 / “小枝”带你学文明: what was done, then what its named thing does
    if (han_len(a) >= WHOLE_PLACE_TITLE and b.startswith(tuple(layout()["whole_place_words"]))
            and not re.search(r"[\s|｜，。；]", a + b)):
        return True  # 垃圾分类“顺德模式”再升级 / 全区今年将新建…: a statement about the whole place
    if (han_len(a) >= MAIN_TITLE_MIN and not _kicker_like(a)
            and re.search(r"\d|[，、]|[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff]", b) and not re.search(r"[。；]", b)
            and not re.search(r"[\s|｜，。；、]", a) and han_len(b) >= 6):
        return True  # 茶山竹海迎来春茶开采季 / 干部群众齐上阵 抢抓农时保品质; … / 今年首批改造42个小区: figures, clauses
    if (han_len(a) < LONG_TITLE or han_len(b) < 4 or han_len(b) > han_len(a) + 4 or re.search(r"[，。；]", b)
            or re.search(r"[\s|｜]", a)):  # (a site's banner, 某某网 | 某某主管, is no title)
        return False
    if _opens_with_place_label(b, find_places) or _clauses_over_place_news(a, b, find_places):
        return False  # 章贡区：“老城夜话”… is a title of its own (place: what happened)
    hits = (find_places(b) or []) if find_places is not None else []
    opens_with_place = [name for off, _c, name in hits if off == 0]
    if re.search(rf"[{_HAN_CHARS}][：:\s　]+[{_HAN_CHARS}“「]", b):
        return True
    return any(n[-1:] in FULL_NAME_ENDS for n in opens_with_place)


_QUOTED_RE = re.compile(r"[“「『\"][^”」』\"]*[”」』\"]")


# The noun a quoted name runs on into, on the headline's next line, has at most this many characters.
RUN_ON_NOUN_MAX = 8


def _quoted_object_runs_on(upper: str, lower: str) -> bool:
    """Does a headline's quoted object run on into the next line (桂东开展“文明乡风润万家” /
    主题宣传活动)? The upper line says something (a verb outside its quotes) and stops at
    the closing quote; the lower line is only the noun it names (no verb of its own)."""
    a, b = upper.strip(), lower.strip()
    if not a.endswith(("”", "」", "》")) or not b or han_len(b) != len(b) or han_len(b) > RUN_ON_NOUN_MAX:
        return False
    return _says_something(a) and not any(flag == "v" for _, flag in _pos_tags(b))


def _says_something(text: str) -> bool:
    """Does the line hold a verb outside its quotes (a statement, not a name)?"""
    rest = _QUOTED_RE.sub("", text.strip())
    return any(flag == "v" for _, flag in _pos_tags(rest)) if rest else False


# A second headline line this short that holds a verb completes a first line that names something.
SHORT_PREDICATE_MAX = 8
# A shoulder title (引题) and its main title over a dashed subtitle have at least this many Han characters.
SHOULDER_MIN = 8


def predicate_line(upper: str, lower: str, find_places=None) -> bool:
    """Is `lower` the predicate of `upper`, one headline printed on two lines? The
    upper line names something and says nothing of it (a place, a place's label, a
    quoted name: no verb outside the quotes); the lower line opens with a verb
    (新华区“红色物业” / 打通服务群众“最后一米”; 白云区：“一巷一策” / 让城中村…换新颜).
    A statement over a statement (…建起“牧民驿站” / 转场牧民有了歇脚处) is a title
    over its subtitle, and is left to the other rules."""
    a, b = upper.strip(), lower.strip()
    if (not a or han_len(b) < 4 or re.search(r"[，。；！？!?,;]|\s", a) or re.search(r"[，。；！？!?,;]|\s", b)
            or a[-1:] in "：:—-" or is_column_name(a)):  # (创城一线 / 绣出…: a column's name over a title)
        return False
    rest = _QUOTED_RE.sub("", re.sub(r"^[^：:“「]{2,12}[：:]", "", a))
    if rest and any(flag.startswith("v") and flag != "vn" for _, flag in _pos_tags(rest)):
        return False
    tags = _pos_tags(b)
    if tags and (tags[0][1] == "v" or (tags[0][1] == "d" and len(tags) > 1 and tags[1][1] == "v")):
        return True  # (网格里的“小事” / 都是文明城区的“大事”: an adverb before the verb)
    if _QUOTED_RE.search(a) and b.startswith(tuple(layout().get("predicate_time_openers") or ())):
        return True  # 某区“劝导岗” / 每天早晚高峰上岗: how often the named thing does what it does
    # a place over what its quoted thing became (兴城古城 / “文明旅游”成新名片): the place is
    # the headline's subject, not a kicker (a kicker ends in a colon or is a column's name)
    # (a place's bare name over it, 新华区 / “门前三包”激活…, is the 引题: a place and a thing of
    # it, 兴城古城, is the subject)
    q = _QUOTED_RE.match(b)
    if (q and han_len(a) <= PLACE_SUBJECT_MAX and han_len(b[q.end():]) >= 2 and not _names_a_place(find_places, b)):
        hits = (place_readings(find_places, a) or find_places(a)) if find_places is not None else []
        if any(han_len(a.replace(name, "", 1)) >= 2 for _, _, name in hits):
            return True
    # or a short clause that says what became of it (太平街道“共享雨伞” / 回收率超九成)
    return (han_len(b) <= SHORT_PREDICATE_MAX and any(flag == "v" for _, flag in tags)
            and not any(flag == "ns" for _, flag in tags)  # (偃师创城见实效 names its own subject,
            and not _names_a_place(find_places, b)  # 正蓝创城见实效 too)
            and not is_column_name(a) and not _QUOTED_RE.search(b))


# A place named as a headline's first line over the rest of it has at most this many Han characters.
PLACE_SUBJECT_MAX = 6
# A title over a statement about the whole place has at least this many Han characters.
WHOLE_PLACE_TITLE = 8
# A title over its unmarked second line (figures, clauses, or over a byline) has at least this many.
MAIN_TITLE_MIN = 6


# A headline line set in by at least this many columns more than the line above it is
# that line's subtitle (smaller type, centred under the title), not its second line.
SET_IN_MIN = 2


def _set_in(upper: Block, lower: Block) -> bool:
    """Is `lower` printed further in than `upper` (the raw lines' leading spaces)?"""
    return lower.extra.get("indent", 0) >= upper.extra.get("indent", 0) + SET_IN_MIN


def _kicker_like(line: str) -> bool:
    """Does a line above a title read as its kicker: a column's name, a label ending
    in a colon (凯里：), a bracketed label?"""
    return is_column_name(line) or bool(re.search(r"[：:]$|^[【\[]", line)) or place_label(line)


def _stacked_over_byline(heads: list[Block], blocks: list[Block], find_places=None) -> bool:
    """Two headline lines set one right under the other, the byline under them: the
    first is the title and the second its subtitle (主题 / 副题), unless the first is a
    kicker (a column's name, a short or colon-ended label, a bracketed label), the two
    are one title broken in two, or the first is a long line of clauses over the short
    news naming its place (“双节”前完成…，让…舒心 / 山海关区打响…攻坚战: the 引题 over the 主题)."""
    a, b = heads[-2], heads[-1]
    at, bt = a.text.strip(), b.text.strip()
    if _clauses_over_place_news(at, bt, find_places):
        return False
    return (b.first == a.last + 1 and any(x.kind == "byline" and x.first > b.last for x in blocks)
            and han_len(at) >= MAIN_TITLE_MIN and not _kicker_like(at)
            and not _title_lines(at, bt) and not re.search(r"[。；]", bt) and han_len(bt) >= 6)


def _clauses_over_place_news(upper: str, lower: str, find_places) -> bool:
    """Is `upper` a long line of clauses (a comma inside) over short news opening with its place,
    without a clause mark (“双节”前完成…，让古城游客走得顺心 / 山海关区打响背街小巷提升攻坚战)?
    Then the upper line is the 引题 and the lower the 主题, not a title and its 副题."""
    hits = (find_places(lower) or []) if find_places is not None else []
    return (bool(re.search(r"[，,]", upper)) and not re.search(r"[，,、；。\s\u3000]", lower)
            and han_len(upper) >= han_len(lower) + 6 and any(off == 0 for off, _c, _n in hits))


# a headline stack whose lines say what they are (【引题】… 【主题】… 【副题】…, or 引题：…)
_STACK_LABEL_RE = re.compile(r"^(?:[【\[](引题|肩题|主题|正题|副题)[】\]]|(引题|肩题|主题|正题|副题)[：:])\s*(.+)$")


def _labelled_stack(art: DraftArticle, heads: list[Block], blocks: list[Block]) -> None:
    """Title, subtitle and kicker from a stack whose lines carry their labels."""
    for b in heads:
        m = _STACK_LABEL_RE.match(b.text.strip())
        role, text = (m.group(1) or m.group(2), m.group(3).strip()) if m else ("主题" if not art.title else "副题", b.text.strip())
        if role in ("主题", "正题"):
            art.title = text
        elif role == "副题":
            art.subtitle = text
        else:
            art.kicker = text
    art.title_lines = [art.title]
    for b in blocks:
        if b.kind == "subtitle" and not art.subtitle:
            art.subtitle = "——" + b.text.lstrip("—-－ ").strip()
        if b.kind == "byline":
            art.add_byline(b)


# a line that ends in a dash, leading into the line under it
_LEADS_ON_RE = re.compile(r"(?:——|—|--)\s*$")


def _joined(upper: Block, lower: Block, level: int | None = None) -> Block:
    """One headline block of two printed lines (the lines kept for the page's record)."""
    a, b = upper.text.strip(), lower.text.strip()
    lines = (upper.extra.get("lines") or [a]) + [b]
    return Block(upper.kind, a + b, upper.first, lower.last, upper.level if level is None else level,
                 dict(upper.extra, lines=lines))


def _join_issuer(heads: list[Block]) -> list[Block]:
    """An official document's title printed under its issuer's name (界首市…指挥部 /
    关于规范…的通告) is one title: the issuer's name opens it."""
    if (len(heads) >= 2 and document_title(heads[-1].text) and is_office(heads[-2].text.strip())
            and heads[-1].first == heads[-2].last + 1 and not heads[-1].level and not heads[-2].level):
        return heads[:-2] + [_joined(heads[-2], heads[-1], level=0)]
    if (len(heads) >= 2 and heads[-1].first == heads[-2].last + 1 and not heads[-1].level and not heads[-2].level
            and not issued_document_title(heads[-2].text) and not issued_document_title(heads[-1].text)
            and issued_document_title(heads[-2].text.strip() + heads[-1].text.strip())):
        # 某某办公室关于印发某某创建 / 全国文明城市三年行动方案的通知: one title broken over two lines
        return heads[:-2] + [_joined(heads[-2], heads[-1], level=0)]
    return heads


def _question_runs_on(upper: str, lower: str) -> bool:
    """吉首为何能连续三年 / 位居全州创建测评第一？: the question's word above (data/layout.yaml
    question_words), its mark closing the line below: one question broken over two lines."""
    u, low = upper.strip(), lower.strip()
    words = tuple(layout().get("question_words") or ())
    return (bool(words) and any(w in u for w in words) and not re.search(r"[？?！!。，,：:]", u)
            and low.endswith(("？", "?")) and not any(w in low for w in words) and not re.search(r"[，,：:]", low))


def _join_dangling(heads: list[Block]) -> list[Block]:
    """A headline line ending in a word that cannot end one (一座山区县的 / “文明密码”藏在
    细节里: data/layout.yaml title_dangling_ends) goes on in the line under it: one line."""
    ends = tuple(layout().get("title_dangling_ends") or ())
    out: list[Block] = []
    for b in heads:
        prev = out[-1] if out else None
        if (prev is not None and not prev.level and not b.level and b.first == prev.last + 1 and _runs_on(prev)
                and han_len(prev.text) >= 2
                and not (document_title(prev.text) and is_office(b.text.strip()))  # (关于…的答复 / 某县商务局: its issuer)
                and (prev.text.strip().endswith(ends) or _opens_with_particle(b.text) or _pivot_runs_on(prev.text, b.text)
                     or _object_on_next_line(prev.text, b.text) or _becomes_over_what(prev.text, b.text)
                     or _quote_runs_on(prev.text, b.text) or _place_over_verb(prev.text, b.text)
                     or _word_across_break(prev.text, b.text) or _question_runs_on(prev.text, b.text))):
            out[-1] = _joined(prev, b)
            continue
        out.append(b)
    return out


# A word of jieba's dictionary this long, broken over two headline lines, joins them.
BROKEN_WORD_MIN = 4


def _word_across_break(upper: str, lower: str) -> bool:
    """A headline line broken inside a word (隰县乡村移风 / 易俗见实效: 移风易俗 split in two, as a
    narrow column or an OCR'd page breaks it): the lines are one line.

    >>> _word_across_break("隰县乡村移风", "易俗见实效"), _word_across_break("一城文明风", "满目气象新")
    (True, False)
    """
    a, b = upper.strip(), lower.strip()
    if not (a and b and re.match(r"[\u4e00-\u9fff]", a[-1]) and re.match(r"[\u4e00-\u9fff]", b[0])):
        return False
    at = 0
    for word, _ in _pos_tags(a + b):
        if at < len(a) < at + len(word) and len(word) >= BROKEN_WORD_MIN:
            return True
        at += len(word)
    return False


def _quote_runs_on(upper: str, lower: str) -> bool:
    """A headline broken inside a quoted name (正宁县开展“最美 / 庭院”评选): the upper line
    leaves a quote open, the lower closes it before opening any. One line.

    >>> _quote_runs_on("某县开展“最美", "庭院”评选"), _quote_runs_on("“文明家庭”", "评选揭晓")
    (True, False)
    """
    a, b = upper.strip(), lower.strip()
    close = b.find("”")
    return (a.count("“") > a.count("”") and close > 0
            and ("“" not in b[:close]) and han_len(b) <= COUPLET_MAX * 2)


def _place_over_verb(upper: str, lower: str) -> bool:
    """A headline line that is only a place and its verb (某某县举办 / 文明家庭事迹分享会): the
    verb waits for its object, printed on the line under it; one line, the place kept."""
    a, b = upper.strip(), lower.strip()
    if re.search(r"[，。；！？!?,;：:—]|\s", a + b) or han_len(b) > COUPLET_MAX * 2:
        return False
    tags = [t for t in _pos_tags(a) if t[1] not in ("ul", "uz", "ug")]
    low = _pos_tags(b)
    return (len(tags) == 2 and tags[0][1] == "ns" and tags[1][1] == "v"
            and bool(low) and not low[0][1].startswith("v"))


def _wrapped_tail_under_label(upper: str, lower: str) -> bool:
    """Is `lower` a short run of words (data/layout.yaml title_wrapped_tail_under_label_max), no
    dash, colon or stop in it, under a place-labelled headline line that does not end a sentence?"""
    a, b = upper.strip(), lower.strip()
    most = layout().get("title_wrapped_tail_under_label_max") or 0
    return (0 < han_len(b) <= most and not re.search(r"[—\-－：:，。；！？!?,;|｜·\s]", b)
            and not re.search(r"[。！？!?…—]$", a) and han_len(a) + han_len(b) <= COUPLET_MAX * 2
            and not b.endswith(tuple(vocabulary()["outlet_suffixes"])))  # (白银发布: an account's name)


def _broken_headline(upper: str, lower: str) -> bool:
    """One headline broken over two lines printed one under the other: the upper line ends in
    a word no headline ends with (…的), stops after a pivot's object (…让创文问题 / 件件有着落)
    or at its verb (…有了 / “议事厅”)."""
    ends = tuple(layout().get("title_dangling_ends") or ())
    return (han_len(upper) >= 2 and upper.strip().endswith(ends)) or _pivot_runs_on(upper, lower) \
        or _object_on_next_line(upper, lower)


def _verb_over_object(upper: str, lower: str) -> bool:
    """Does a headline line end at its verb (…“文明积分超市”开进) over a line with no verb of its
    own (怒江峡谷的村庄): the place the verb reaches, one headline on two lines?"""
    tags = [t for t in _pos_tags(upper.strip()) if t[1] not in ("ul", "uz", "ug", "x")]
    lower_tags = [t for t in _pos_tags(_QUOTED_RE.sub("", lower.strip()) or "x") if t[1] != "x"]
    return (len(tags) >= 2 and tags[-1][1] == "v" and bool(lower_tags)
            and not any(f.startswith("v") for _w, f in lower_tags) and lower_tags[-1][1].startswith("n"))


# One-character complements jieba may tag apart from the verb before them (装/上, 走/进).
VERB_COMPLEMENTS = frozenset("上下进出起开到成回来去")


def _object_on_next_line(upper: str, lower: str) -> bool:
    """Does a headline line stop at its verb (某某古村开起 / “乡村书房”, …社区有了 / “议事厅”),
    the line under it only the thing the verb has or makes (a name, no verb of its own)?"""
    a, b = upper.strip(), lower.strip()
    a = re.sub(r"^[^：:“「，。\s]{2,8}[：:](?=\S)", "", a)  # (兴隆：山区小城“绣”出 / 文明新画卷: a place's label opens it)
    if re.search(r"[，。；！？!?,;：:]|\s", a + b) or han_len(a) < 4 or is_column_name(a) or han_len(b) > COUPLET_MAX:
        return False
    tags = [t for t in _pos_tags(a) if t[1] not in ("ul", "uz", "ug")]  # (有了, 开起了: the verb before 了)
    if len(tags) >= 3 and tags[-2][1] == "v" and tags[-1][0] in VERB_COMPLEMENTS:
        tags = tags[:-1]  # (…小区装上 / “文明管家”: a verb and its complement, 上, 进, 出 …)
    lower_tags = _pos_tags(b)
    return (len(tags) >= 2 and tags[-1][1] == "v" and not any(f.startswith("v") for _w, f in _pos_tags(_QUOTED_RE.sub("", b) or "x"))
            and bool(_QUOTED_RE.fullmatch(b) or all(f.startswith("n") for _w, f in lower_tags)
                     # (a thing with its attribute, 文明/新/画卷: no verb, a noun at its end)
                     or (lower_tags and lower_tags[-1][1].startswith("n") and lower_tags[0][1].startswith("n")
                         and all(f[:1] in "na" for _w, f in lower_tags))))


# Words at most after a verb of becoming at a headline line's end (成了 / 玉山) that still wait for its object.
COPULA_TAIL_MAX = 1


def _becomes_over_what(upper: str, lower: str) -> bool:
    """Does a headline line stop at a verb of becoming (data/layout.yaml title_copula_verbs),
    at most a name after it (“礼让斑马线”成了玉山), over a line with no verb of its own that
    ends in a noun (一道流动风景): what the subject became, one title wrapped by the column?"""
    a, b = upper.strip(), lower.strip()
    if re.search(r"[，。；！？!?,;：:—]|\s", a + b) or han_len(b) > COUPLET_MAX:
        return False
    copulas = set(layout().get("title_copula_verbs") or ())
    tags = [t for t in _pos_tags(a) if t[1] not in ("ul", "uz", "ug", "x")]
    at = max((i for i, (w, f) in enumerate(tags) if w in copulas and f == "v"), default=None)
    if at is None or at == 0 or len(tags) - 1 - at > COPULA_TAIL_MAX \
            or any(f.startswith("v") or f == "a" for _w, f in tags[at + 1:]):
        return False
    low = [t for t in _pos_tags(_QUOTED_RE.sub("", b) or "x") if t[1] != "x"]
    return bool(low) and low[-1][1].startswith("n") and not any(f == "v" or f == "d" for _w, f in low)


def _opens_with_particle(text: str) -> bool:
    """Does a headline line open with a structural particle (的“文明账本”, 得更美): words
    that cannot open a line of their own, so the line goes on from the one above it?"""
    t = text.strip()
    tags = _pos_tags(t) if t and han_len(t) == len(re.sub(r"[“”‘’「」『』\"]", "", t)) else ()
    return bool(tags) and tags[0][1] in ("uj", "uv", "ud")


def _pivot_runs_on(upper: str, lower: str) -> bool:
    """Does a headline line stop at a pivot word's object (涟水县让“口袋公园” / 开在家门口,
    某某把“小网格” / 织成…: data/layout.yaml title_pivot_words), the verb that object
    does opening the line under it? One title on two lines."""
    a, b = upper.strip(), lower.strip()
    if re.search(r"[，。；！？!?,;：:]|\s", a + b):
        return False
    tags = _pos_tags(a)
    pivots = set(layout().get("title_pivot_words") or ())
    at = max((i for i, (w, _f) in enumerate(tags) if w in pivots), default=None)
    if at is None or at == len(tags) - 1:
        return False
    after = _QUOTED_RE.sub("", "".join(w for w, _f in tags[at + 1:]))
    low = list(_pos_tags(b))
    # (an adverb or a repeated measure word may stand before that verb: …让创文问题 / 件件有着落)
    lead = 0
    while lead < min(len(low) - 1, PIVOT_LEAD_MAX) and low[lead][1] in ("d", "q"):
        lead += 1
    return (not any(f.startswith("v") for _w, f in _pos_tags(after)) if after else True) and bool(low) \
        and (low[0][1] == "v" or (lead and low[lead][1] in ("v", "l")))


# Words (adverbs, repeated measure words: 件件, 处处) before the verb that opens a pivot's second line, at most.
PIVOT_LEAD_MAX = 2


# A headline's last line this short (Han characters) says nothing alone: the tail of the line above.
WRAPPED_TAIL_MAX = 3


def _join_wrapped_tail(heads: list[Block]) -> list[Block]:
    """A headline's last words wrapped to a line of their own (兴宁“街长制” / 让背街小巷 /
    亮起来): too short to be a title or subtitle, they end the line above, which then reads
    as the predicate under its subject (predicate_line) like any two-line headline."""
    if len(heads) < 2 or heads[-1].level or heads[-2].level or heads[-1].first != heads[-2].last + 1:
        return heads
    a, b = heads[-2].text.strip(), heads[-1].text.strip()
    if (not 0 < han_len(b) <= WRAPPED_TAIL_MAX or han_len(b) != len(b) or re.search(r"[：:，。；！？!?,;·|｜]|\s", a)
            or is_column_name(a) or place_label(a) or han_len(a) > COUPLET_MAX
            or han_len(a) == han_len(b)):  # (老街巷 / 新面貌 / 好风景: lines of one length, a couplet's)
        return heads
    return heads[:-2] + [_joined(heads[-2], heads[-1])]


def _without_section_mark(b: Block) -> Block:
    """A barred head as a title: without its bar (▌达拉特旗：… -> 达拉特旗：…)."""
    return replace(b, text=b.text.lstrip().lstrip("".join(layout().get("section_marks") or ())).strip())


# a headline under a slogan's two phrases holds at least this many characters
COUPLET_TITLE_MIN = 8
# each phrase of a policy slogan over a headline holds at least this many characters
SLOGAN_PHRASE_MIN = 6  # (坚持常态长效　巩固创建成果; a poem's couplet of five, 绿水青山间　文明花正开, is a headline)
def _couplet_over_headline(heads: list[Block]) -> int | None:
    """Index of a policy slogan of two long phrases (a spaced couplet of SLOGAN_PHRASE_MIN
    characters a phrase or more: 创建省级文明县城　建设美丽幸福隆化) right over the headline's lines
    (one or two more, the last maybe its 副题); None when there is none. (A couplet of short
    phrases, 绿水青山间　文明花正开, is a headline itself.)"""
    for i in range(len(heads) - 2, max(-1, len(heads) - 4), -1):
        h, t = heads[i], heads[i + 1]
        if (not h.level and not t.level and _spaced_couplet(h.text)
                and min(han_len(x) for x in re.split(r"[ \u3000]+", h.text.strip())) >= SLOGAN_PHRASE_MIN
                and not _spaced_couplet(t.text) and han_len(t.text) >= COUPLET_TITLE_MIN and t.first == h.last + 1
                and all(not _spaced_couplet(x.text) for x in heads[i + 2:])):
            return i
    return None


def fill_header(art: DraftArticle, blocks: list[Block], find_places=None) -> None:
    art.header = list(blocks)
    heads, seen = [], set()
    for k, b in enumerate(blocks):  # a title printed twice counts once
        if b.kind in ("heading", "subheading") and is_section_head(b.text) and k + 1 < len(blocks) \
                and blocks[k + 1].kind == "byline":
            # ▌达拉特旗：… / 记者 张三: a barred head signed right under it is an item's title
            # (a mailed digest's items), not a post's section; the bar is no part of it
            b = _without_section_mark(b)
        if (b.kind == "paragraph" and place_label(b.text) and k + 1 < len(blocks)
                and blocks[k + 1].kind in ("heading", "subheading")):
            b = replace(b, kind="heading")  # 玛曲县： / 草原小城 / …: the headline's first line, its place
        key = re.sub(r"\s+", "", b.text)
        if b.kind in ("heading", "subheading") and key not in seen and not is_section_head(b.text):
            heads.append(b)
            seen.add(key)
    barred = [b for b in blocks if b.kind in ("heading", "subheading") and is_section_head(b.text)]
    if not heads and len(barred) == 1:
        # ▍博州：文明创建“全域推进” / text / （记者 …）: an item of a post whose items are set under
        # barred heads, cut apart by their own bylines; the bar is no part of its title
        heads = [_without_section_mark(barred[0])]
    clock = [b for b in heads if CLOCK_RE.fullmatch(b.text.strip())]
    if clock and len(clock) < len(heads):  # (视频 | 某地：… / 03:12: the clip's length, no line of the title)
        art.banners += [b.text.strip() for b in clock]
        heads = [b for b in heads if b not in clock]
    if any(_STACK_LABEL_RE.match(b.text.strip()) for b in heads):
        _labelled_stack(art, heads, blocks)
        return
    period = [b for b in heads if period_note(b.text)]
    if period and len(period) < len(heads):  # (某某这一年 / （2019年10月—2020年9月）: the period, a note)
        art.banners += [b.text.strip() for b in period]
        heads = [b for b in heads if b not in period]
    heads = _join_issuer(_join_wrapped_tail(_join_dangling(heads)))
    parts = heads[-2].text.split() if len(heads) >= 2 else []
    if (len(parts) >= 2 and all(is_org(p) for p in parts) and document_title(heads[-1].text)
            and not heads[-1].level and not heads[-2].level):
        # 中共某县县委 某县人民政府 / 关于表彰…的决定: the issuers set side by side over their joint
        # document are its banner; the document's title is the title
        art.banners.append(heads[-2].text.strip())
        heads = heads[:-2] + heads[-1:]
    if (len(heads) >= 2 and not heads[-1].level and not heads[-2].level and document_title(heads[-2].text)
            and is_office(heads[-1].text.strip()) and not re.search(r"[：:“”「」，。]", heads[-1].text)):
        # 关于…的调研报告 / 某某区政协某某委员会 / 发布时间：…: the office that wrote the document,
        # printed under its title where a byline would stand, is no part of the title
        art.banners.append(heads[-1].text.strip())
        heads = heads[:-1]
    if (len(heads) >= 2 and not _runs_on(heads[-2]) and not heads[-1].level and is_org(heads[-1].text.strip())
            and not re.search(r"[：:“”「」]", heads[-1].text)
            and (is_office(heads[-1].text.strip()) or not _says_something(heads[-1].text))):
        # 关于…的通报 / 发布日期：… / 某某市创建办公室 (its document's number under it): the
        # issuer printed over the document below the site's title is no title of its own (nor
        # are two issuers, a cover's office and its contractor, one under the other)
        art.banners.append(heads[-1].text.strip())
        heads = heads[:-1]
    # (志愿服务常态化　文明实践见实效 / 牧野区“红马甲”穿梭大街小巷 / 全区注册志愿者突破6万人: a
    # policy slogan of two long phrases over the headline is its 引题; the lines under it are read
    # as a headline stack of their own)
    cp = _couplet_over_headline(heads)
    slogan, heads = (heads[:cp + 1], heads[cp + 1:]) if cp is not None else ([], heads)
    marked = [b for b in heads if b.level]
    subtitle = [b for b in blocks if b.kind == "subtitle"]
    if marked:
        title = marked[0]
        before = [b for b in heads if b.first < title.first]
        after = [b for b in heads if b.first > title.first]
    elif (len(heads) >= 2 and heads[-1].extra.get("spaced") and not heads[-2].extra.get("spaced")
          and not heads[-2].level and not heads[-1].level):
        # 以“绣花功夫”打磨城市细节 / 昆 山 街 巷 里 的 “ 微 景 观 ” 火 了: the line set letter-spaced
        # is the main title in display type; the line over it, in text type, its 引题
        before, title, after = heads[:-1], heads[-1], []
    elif _four_short_lines(heads):
        # 海岛小区 / “微更新” / 让居民 / 住得更舒心: a headline in large type broken over four very
        # short lines (a title group takes a fourth line only so) is one title
        lines = [t.strip() for b in heads for t in b.extra.get("lines", [b.text])]
        before, after = [], []
        title = Block(heads[0].kind, "".join(lines), heads[0].first, heads[-1].last, 0, dict(heads[0].extra, lines=lines))
        art.title_how = "title_lines_joined"
    elif len(heads) >= 2 and _runs_on(heads[-2]) and predicate_line(heads[-2].text, heads[-1].text, find_places):
        # 新华区“红色物业” / 打通服务群众“最后一米”: a subject over its predicate, one title
        top = len(heads) - 3 if _owner_of_quoted_name(heads, find_places) else len(heads) - 2
        before, title, after = heads[:top], heads[top], []
        lines = [b.text.strip() for b in heads[top:]]
        title = Block(title.kind, "".join(lines), title.first, heads[-1].last, title.level, dict(title.extra, lines=lines))
        art.title_how = "title_lines_joined"
    elif len(heads) >= 2 and _runs_on(heads[-2]) and _quoted_object_runs_on(heads[-2].text, heads[-1].text):
        # 桂东开展“文明乡风润万家” / 主题宣传活动: the quoted name runs on into its noun, one title
        before, title, after = heads[:-2], _joined(heads[-2], heads[-1]), []
        art.title_how = "title_lines_joined"
    elif (len(heads) == 2 and not heads[-2].level and not heads[-1].level and han_len(heads[-1].text) >= MAIN_TITLE_MIN
          and re.sub(r"\s+", "", heads[-2].text) in glossary_words()):
        # 创 建 全 国 文 明 城 市 / 我市“十大攻坚行动”取得阶段性成效: the campaign's name alone over a
        # headline is the page's banner, its 引题; the headline is the title
        before, title, after = heads[:-1], heads[-1], []
    elif len(heads) >= 2 and _LEADS_ON_RE.search(heads[-2].text):
        # 一场“小切口”的治理实践—— / 全市“微网格”让…: a line ending in a dash leads into
        # the line under it, the main title; it is the 引题
        before, title, after = heads[:-1], heads[-1], []
    elif (len(heads) >= 2 and _opens_with_place_label(heads[-1].text, find_places)
          and not _opens_with_place_label(heads[-2].text, find_places) and not place_label(heads[-2].text)):
        # 以创建省级文明县城为抓手 / 石阡：温泉小城展新颜: the line naming its place with a colon
        # is the main title, the line over it its 引题
        before, title, after = heads[:-1], heads[-1], []
    elif (len(heads) >= 2 and _opens_with_place_label(heads[-2].text, find_places)
          and heads[-1].first == heads[-2].last + 1 and not heads[-1].level and not heads[-2].level
          and _wrapped_tail_under_label(heads[-2].text, heads[-1].text)):
        # 仪征：老小区加装电梯 / “一楼也点头”, 某某：“口袋公园”扮靓 / 城市转角: a line too short to
        # say anything of its own under a place-labelled headline is its wrapped tail
        before, title, after = heads[:-2], _joined(heads[-2], heads[-1]), []
        art.title_how = "title_lines_joined"
    elif (len(heads) >= 2 and not subtitle and _opens_with_place_label(heads[-2].text, find_places)
          and han_len(re.split(r"[：:]", heads[-2].text, maxsplit=1)[1]) >= MAIN_TITLE_MIN
          and not _opens_with_place_label(heads[-1].text, find_places) and not place_label(heads[-1].text)
          and not predicate_line(heads[-2].text, heads[-1].text, find_places)
          and not _quoted_object_runs_on(heads[-2].text, heads[-1].text)
          and not _title_lines(heads[-2].text, heads[-1].text) and not _LEADS_ON_RE.search(heads[-2].text)
          # (…“文明积分超市”开进 / 怒江峡谷的村庄: a line stopping at its verb goes on below)
          and not _broken_headline(heads[-2].text, heads[-1].text)
          and not _verb_over_object(heads[-2].text, heads[-1].text)
          # (an account's name under the headline, 白银发布, is the outlet, no 副题)
          and not heads[-1].text.strip().endswith(tuple(vocabulary()["outlet_suffixes"]))):
        # 黎平：侗寨“歌师”唱响文明歌 / 鼓楼下的文明课堂: a headline naming its place with a
        # colon says all a title says; a line under it that does not go on with it is its 副题
        before, title, after = heads[:-2], heads[-2], [heads[-1]]
    elif (len(heads) >= 2 and not subtitle and _opens_with_place_label(heads[-2].text, find_places)
          and _verb_over_object(heads[-2].text, heads[-1].text)):
        # 八宿：“文明积分超市”开进 / 怒江峡谷的村庄: a headline stopping at its verb, the line
        # under it what the verb reaches: one title
        before, title, after = heads[:-2], _joined(heads[-2], heads[-1]), []
        art.title_how = "title_lines_joined"
    elif len(heads) >= 2 and not subtitle and second_statement(heads[-2].text, heads[-1].text, find_places):
        # a long title and a second line that says something of its own: the subtitle
        before, title, after = heads[:-2], heads[-2], [heads[-1]]
    elif len(heads) >= 2 and _runs_on(heads[-2]) and _scene_over_title(heads[-2].text, heads[-1].text):
        # 全市上下迎接创建省级文明城市测评 / “五大攻坚行动”全面收官: the scene over the news
        before, title, after = heads[:-1], heads[-1], []
    elif len(heads) >= 2 and not subtitle and _stacked_over_byline(heads, blocks, find_places):
        # (with a dashed subtitle below, the upper line is the 引题 over the 主题)
        # a long title and a second line that says something of its own: the subtitle
        before, title, after = heads[:-2], heads[-2], [heads[-1]]
    elif (len(heads) >= 2 and not subtitle and heads[-1].first == heads[-2].last + 1
          and _set_in(heads[-2], heads[-1]) and han_len(heads[-2].text) >= MAIN_TITLE_MIN
          and not _kicker_like(heads[-2].text)):
        # 草原深处建起“牧民驿站” /   转场牧民有了歇脚处: a line set in under the title is its 副题
        before, title, after = heads[:-2], heads[-2], [heads[-1]]
    elif (len(heads) >= 2 and subtitle and han_len(heads[-2].text) >= SHOULDER_MIN and han_len(heads[-1].text) >= SHOULDER_MIN
          and _says_something(heads[-2].text) and _says_something(heads[-1].text)):
        # 全力冲刺全国文明城市创建 / 城区主次干道实现“一路一长” / ——…: over a dashed subtitle, two
        # statements are the 引题 and the 主题 (a couplet, 一城文明风 / 满目气象新, is one title)
        before, title, after = heads[:-1], heads[-1], []
    elif heads:
        # Without '#' marks the line right above the subtitle/byline is the
        # title; lines above it are shoulder titles or page furniture, except
        # the lines of a title printed on two or three lines (一城文明风 / 满目气象新)
        k = len(heads) - 1
        while k > 0 and _runs_on(heads[k - 1]) and _title_lines(heads[k - 1].text, heads[k].text) and (
                k == len(heads) - 1 or abs(han_len(heads[k - 1].text) - han_len(heads[k].text)) <= 1):
            k -= 1  # a third line only when the lines are of (nearly) one length (not a column name above)
        if k == len(heads) - 1 and k >= 2 and _short_pair(heads[k - 2].text, heads[k - 1].text):
            k -= 2  # 小切口 / 大民生 / 涧西创城见实效: a pair of short parallel phrases opens the title
        before, title, after = heads[:k], heads[k], []
        if k < len(heads) - 1:
            title = Block(title.kind, " ".join(b.text for b in heads[k:]), title.first, heads[-1].last,
                          title.level, dict(title.extra, lines=[b.text for b in heads[k:]]))
            art.title_how = "title_lines_joined"
    else:
        before, title, after = [], None, []
    before = slogan + before
    if title and before and place_colon_label(before[-1].text, find_places):
        # 米易： / 阳光花城里的“小修小补”: a place's name ending in a colon on the line over the
        # headline is the headline's first words, set on a line of their own (as the paper's
        # own site and a citation give it, 米易：阳光花城里的“小修小补”); a kicker ending in a
        # dash (聚焦创城——) or naming no place (作品全文：) stays over it
        label = before[-1]
        lines = [label.text.strip()] + title.extra.get("lines", [title.text])
        title = Block(title.kind, label.text.strip() + title.text.strip(), label.first, title.last,
                      title.level, dict(title.extra, lines=lines))
        before = before[:-1]
        art.title_how = "place_label_joined"
    art.title = title.text if title else ""
    art.title_lines = title.extra.get("lines", [title.text]) if title else []
    if before:
        # the outermost line is the column name / page header; the rest are shoulder titles
        # (a place's label right above the title, 大通县：, is its kicker, whatever stands above it)
        kick = len(before) - 1 if place_label(before[-1].text) else 0
        art.kicker = before[kick].text
        art.banners.extend(b.text for i, b in enumerate(before) if i != kick)
    if after and record_field(after[0].text):
        # 地点：… under a hearing record's 时间：… line: a field of the record's header, no 副题
        art.banners.append(after[0].text.strip())
        after = after[1:]
    if title and before and subtitle and all(b.last < title.first for b in subtitle):
        # 文明创建进行时 / ——某区…专题报道 / the item's headline: the dashed line is the topic's,
        # printed under the topic's name over the items, no 副题 of the headline below it
        art.banners.extend(b.text.strip() for b in subtitle)
        subtitle = []
    subs = [b.text.lstrip("—-－ ").strip() for b in subtitle] + [b.text for b in after]
    art.subtitle = "——" + subs[0] if subtitle and subs else (subs[0] if subs else "")
    for b in blocks:
        if b.kind == "byline":
            art.add_byline(b)


def record_field(text: str) -> bool:
    """A record's header field (地点：…, 听证人：…: data/layout.yaml record_field_labels), never a 副题."""
    fields = tuple(f"{w}{c}" for w in layout().get("record_field_labels") or () for c in "：:")
    return bool(fields) and text.strip().startswith(fields)


def _runs_on(upper: Block) -> bool:
    """May a headline line go on in the line under it? Not when a meta line (a date, a
    source) stands between them: a post's headline / 2024-01-09 08:15 / 浙江, an account's
    name / its date / the headline are lines of their own."""
    return not upper.extra.get("meta_after")


def _owner_of_quoted_name(heads: list[Block], find_places) -> bool:
    """Three lines printed one under the other, a place's bare name over a quoted name
    alone over what became of it (新化 / “梅山夜市” / 有了新规矩): the quoted name is the
    place's, and the three lines are one title (a place over a line that says something
    of its own, 新华区 / “门前三包”激活…, stays the 引题)."""
    if len(heads) < 3:
        return False
    a, b = heads[-3], heads[-2]
    name = a.text.strip()
    # (or a campaign's term alone, one noun of the glossary: 中宁枸杞之乡 / 文明实践站 / 开到田间地头,
    # the upper line a place's and saying nothing: the station is the place's)
    tags = _pos_tags(b.text.strip())
    term = len(tags) == 1 and tags[0][1] == "n" and han_len(b.text) >= 4
    if a.level or b.level or not _runs_on(a) or b.first != a.last + 1 or not (_QUOTED_RE.fullmatch(b.text.strip()) or term):
        return False
    hits = (place_readings(find_places, name) or find_places(name) or []) if find_places is not None else []
    if term:
        return (any(off == 0 for off, _c, _n in hits) and han_len(name) <= SHORT_PAIR_MAX
                and not any(flag.startswith("v") for _, flag in _pos_tags(name)))
    return any(off == 0 and len(n) == len(name) for off, _c, n in hits)


# The lines of a title printed on several lines have (nearly) the same length
# and no more than this many characters each: a couplet, not a column name.
COUPLET_MAX = 12
# Two short headline lines, the upper longer by two, are one title when the upper has at most this many characters.
SHORT_PAIR_MAX = 8
# The first line of a title broken over two lines when the second is shorter.
LONG_FIRST_LINE = 8


def _title_lines(upper: str, lower: str) -> bool:
    """Are `upper` and `lower` two lines of one title (一城文明风 / 满目气象新)?

    >>> _title_lines("一城文明风", "满目气象新"), _title_lines("文明创建 · 天府之声", "绵阳：文明新风")
    (True, False)
    >>> _title_lines("美丽青城", "青城动员令"), _title_lines("青城动员令", "万众一心向全国文明城市挺进")
    (True, False)
    """
    a, b = upper.strip(), lower.strip()
    if not a or not b or re.search(r"[·•|｜，。]", a + b) or re.search(r"[：:]", b) or is_column_name(a) \
            or place_label(a):
        return False
    kind = re.sub(r"[\s\u3000]+", "", b)
    if len(kind) <= 6 and kind.endswith(tuple(layout()["document_kinds"])) and (is_office(a) or is_org(a)):
        return False  # (某区创城指挥部 / 会 议 纪 要: the issuer over its document's kind, no one title)
    if _scene_line(a) and han_len(b) >= MAIN_TITLE_MIN and not _scene_line(b):
        return True  # 雪山脚下 / 文明花开正当时: where, then what happens there, one title
    # (nearly) the same length, the upper line may open with a place (甘南：让文明成为 / 最美城市底色)
    # (but a lower line naming its place first under an upper naming none says what the page is
    # about, the upper its 引题: 秦岭深处文明花 / 某县的“文明车间”)
    # (or the upper longer by two, as a headline breaks: 漳平拚文明城市 / 台商也出力)
    if ((abs(han_len(a) - han_len(b)) <= 1 or (han_len(a) - han_len(b) == 2 and 4 <= han_len(b) and han_len(a) <= SHORT_PAIR_MAX))
            and max(han_len(a), han_len(b)) <= COUPLET_MAX
            and not (_opens_with_place(b) and not _names_place(a))):
        return True
    # a long first line and its shorter end (我市城乡环境综合整治 / 取得阶段性成效); a column
    # name or shoulder line above a title is short; a line that says all a clause says
    # (清徐晒出创城问题整改清单) ends there, and a statement under it is a line of its own
    return (han_len(a) >= LONG_FIRST_LINE and han_len(b) < han_len(a) and not re.search(r"[：:“”]", a)
            and not (complete_clause(a) and _says_something(b)))


def _names_place(text: str) -> bool:
    """Does `text` name a division (the page's place finder, while a page is read)?"""
    find = _PLACE_FINDER.get()
    return bool(find and find(text))


def _opens_with_place(text: str) -> bool:
    """Does `text` open with a division's name (白河县的“文明车间”)?"""
    find = _PLACE_FINDER.get()
    return bool(find and any(off == 0 for off, _code, _name in find(text.strip())))


def _scene_line(text: str) -> bool:
    """A headline line that only says where (雪山脚下, 黄河岸边): short, ending in a word of
    place (data/layout.yaml scene_place_ends), no verb.

    >>> _scene_line("雪山脚下"), _scene_line("文明花开正当时"), _scene_line("走到群众身边")
    (True, False, False)
    """
    t = text.strip()
    return (han_len(t) <= layout().get("scene_line_max", 0) and t.endswith(tuple(layout().get("scene_place_ends") or ()))
            and not any(f == "v" for _w, f in _pos_tags(t)))


def complete_clause(text: str) -> bool:
    """Does a headline line hold a whole clause: a subject, a verb and what the verb does it
    to (清徐晒出创城问题整改清单, 全市上下迎接创建…测评), not a subject waiting for its
    predicate (我市城乡环境综合整治 / 取得…)?"""
    tags = [(w, f) for w, f in _pos_tags(text.strip()) if f not in ("x", "w")]
    verbs = [i for i, (_w, f) in enumerate(tags) if f == "v" and i >= 1]
    if not verbs:
        return False
    # (a quoted name right after the verb is its object, whatever the tagger calls its words:
    # 某区出台“门前三包”新规)
    t, verb = text.strip(), tags[verbs[0]][0]
    rest = t[t.find(verb) + len(verb):]
    return (any(f.startswith("n") for _w, f in tags[verbs[0] + 1:])
            or (_QUOTED_RE.match(rest) is not None and han_len(rest) >= 2))


def _quoted_subject_acts(text: str) -> bool:
    """Does a headline line open with a quoted name that is its subject, the verb right after
    it (“小枝”带你学文明, “口袋公园”扮靓老街): a statement of its own, not the rest of a line above?"""
    m = _QUOTED_RE.match(text.strip())
    rest = text.strip()[m.end():] if m else ""
    if not m or han_len(rest) < 2:
        return False
    tags = _pos_tags(rest)
    return tags[0][1] == "v" or (tags[0][1] == "d" and len(tags) > 1 and tags[1][1] == "v")


def _goes_on_about(text: str) -> bool:
    """Does a headline line say more of the subject named above it, opening with its verb or
    an adverb and holding a verb (逐项销号接受群众监督), no subject of its own?"""
    tags = _pos_tags(text.strip())
    return bool(tags) and tags[0][1] in ("d", "v") and any(f == "v" for _w, f in tags)


def _scene_over_title(upper: str, lower: str) -> bool:
    """A whole clause about the whole place over a clause with a subject of its own
    (全市上下迎接…测评 / “五大攻坚行动”全面收官): the scene it happens in, the 引题 over the
    main title (as a whole-place statement under a title is its subtitle, see second_statement)."""
    a, b = upper.strip(), lower.strip()
    return (a.startswith(tuple(layout()["whole_place_words"])) and not b.startswith(tuple(layout()["whole_place_words"]))
            and complete_clause(a) and not _goes_on_about(b) and han_len(b) >= MAIN_TITLE_MIN
            and not re.search(r"[，。；？！?!]", a + b))


def is_column_name(text: str) -> bool:
    """A column's name (文明创建进行时, 聚焦创城): short, and ending or starting with a
    column word of data/layout.yaml.

    >>> is_column_name("文明创建进行时"), is_column_name("聚焦创城"), is_column_name("一城文明风")
    (True, True, False)
    """
    return column_name(text)  # (said once, in repair: reflow keeps a column's line apart by it)


# Each of a pair of short parallel phrases that opens a title has at most this many characters.
SHORT_PHRASE_MAX = 4


def _short_pair(a: str, b: str) -> bool:
    """Two short phrases of the same length (小切口 / 大民生) standing above a title line.

    >>> _short_pair("小切口", "大民生"), _short_pair("美丽青城", "青城动员令")
    (True, False)
    """
    a, b = a.strip(), b.strip()
    return han_len(a) == han_len(b) == len(a) == len(b) and 2 <= len(a) <= SHORT_PHRASE_MAX


def drop_repeated_title(art: DraftArticle) -> None:
    """The title printed again as the first line of the text is not text."""
    if not art.title or not art.body:
        return
    first = art.body[0]
    norm = lambda t: re.sub(r"[\s#]+", "", t)
    lines = {norm(art.title)} | {norm(x) for x in getattr(art, "title_lines", [])}
    if norm(first.text) in lines and first.kind in ("heading", "subheading", "paragraph"):
        del art.body[0]
        art.dropped.append((first.first, first.text, "标题在正文开头重复印出 the title printed again as the first line"))


def infer_title(art: DraftArticle) -> None:
    """A page without a printed title: use its first heading, else its first clause."""
    # a heading the seed marked with '#' first, then any heading
    heads = sorted((b for b in art.body if b.kind in ("heading", "subheading")), key=lambda b: (not b.level, b.first))
    paras = [b for b in art.body if b.kind == "paragraph"]
    if heads:
        art.title = heads[0].text
    elif paras:
        lead = re.sub(layout()["inline_byline"], "", paras[0].text)  # not the dateline
        for form in layout().get("inline_byline_forms") or []:  # nor 本报讯 记者X报道：
            lead = re.sub(form, "", lead, count=1)
        # (not the mark of a brief column's item either: ■ 5月12日，…)
        lead = (lead or paras[0].text).strip().lstrip("".join(layout()["item_title_marks"])).strip()
        # (a picture item's title is its caption's whole first clause, as long as a headline)
        limit = layout()["max_heading_chars"] if paras[0].extra.get("picture_story") else 24
        art.title = _first_clause(lead or paras[0].text, limit)
    elif art.kicker:
        art.title = art.kicker
    art.title_inferred = bool(art.title)
    art.title_how = "inferred_heading" if heads else "inferred_first_clause" if paras else "inferred_kicker"


# … and an opening clause saying only when (5月12日，2024年3月30日上午，)
_WHEN_ONLY_RE = re.compile(r"(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上中下]午|晚上?|凌晨|早上|傍晚)?")

# An inferred title skips opening clauses shorter than this (近日，今年以来，).
MIN_CLAUSE = 6


def _first_clause(text: str, limit: int = 24) -> str:
    """The first clause of a lead that says something (not 近日 / 今年以来, nor 记者从…获悉).

    >>> _first_clause("近日，敦煌市启动背街小巷微改造工程，计划用两年时间完成。")
    '敦煌市启动背街小巷微改造工程'
    """
    said = re.compile(layout()["reporting_clause"])
    clauses = [c for c in re.split(r"[。！？，；]", text) if len(c.strip()) >= 2 and not said.match(c.strip())
               and not _WHEN_ONLY_RE.fullmatch(c.strip())]
    out = next((c for c in clauses if len(c.strip()) >= MIN_CLAUSE), clauses[0] if clauses else text)
    return out.strip()[:limit]
