"""What meta lines say: outlet, printed date, page, authors, editors.

Meta lines were cut off the text by the repair pass `separate_meta_lines`
(its `lex_meta` reads them); here their fields become article metadata, and
two more places that name an outlet are read: a dateline opening the lead
(某某融媒3月20日讯, 某某新闻网讯, 中新网湖南新闻3月2日电) and a site name glued
after a title (…的序幕某某新闻网). Vocabulary: data/page_meta.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, FindPlaces, place_readings
from ..repair.furniture import url_date, app_brand_name, is_masthead, issue_running_head, labelled_names, lex_meta, site_and_channel, vocabulary
from .layout import han_len, layout

# a lead's dateline: 某某融媒3月20日讯 / 某某新闻网讯 / 中新网湖南新闻3月2日电 / 新华社南宁5月1日电
_DATELINE = re.compile(r"^(?P<head>[\u4e00-\u9fff]{2,16}?)(?:\s*\d{1,2}月\d{1,2}日)?\s*(?:讯|电)")

# a news agency's dateline in brackets, the reporter between agency and place:
# （某某社记者张三某地18日电）
_AGENCY_DATELINE = re.compile(
    r"^[（(](?P<head>[\u4e00-\u9fff]{1,8}?社)(?:驻[\u4e00-\u9fff]{1,8})?记者[^（()）]{1,30}?\d{1,2}日电[）)]")

# An outlet named only by its dateline (今日潜江讯) has at most this many characters.
MAX_DATELINE_OUTLET = 8


@dataclass
class Meta:
    """The meta fields read from a page's (or an article's) meta lines."""

    outlets: list[tuple[str, str, int]] = field(default_factory=list)  # (name, how, line)
    dates: list[tuple[str, str, int]] = field(default_factory=list)    # (iso, text, line)
    # dates printed with a publication label (发布日期：…): the publication date, over a
    # bare date (a government document's signature date is when it was written)
    published: list[tuple[str, str, int]] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    # dates a document was signed (an office's name over a date at its end): used
    # only when the page prints no other date
    signed: list[tuple[str, str, int]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    # who wrote a work's words (作词：某某): its author when the page is that work and names no other
    work_credits: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    offices: list[str] = field(default_factory=list)  # offices named as the text's source (its place counts a little)
    signers: list[str] = field(default_factory=list)  # offices signing a document (落款): its 全市 is theirs
    # a browser's print header (the day the page was printed, never its publication date) and a
    # post's relative time (昨天 18:20: how far back, 1d) on the same printout: together a date
    printed_on: list[tuple[str, str, int]] = field(default_factory=list)
    relative: list[tuple[str, str, int]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # a database record's keywords: the article's tags
    summaries: list[str] = field(default_factory=list)  # a database record's summary (摘要): not its text
    areas: list[str] = field(default_factory=list)  # a ticket's place (所属区域：某某区 某某街道): its region's label
    # a repost's 来源 line naming the original paper with its own date (来源：某某日报 2023年9月11日
    # 第04版): (iso, text, line, outlet); the original's date, not the platform's post time
    sourced: list[tuple[str, str, int, str]] = field(default_factory=list)
    # a digest's citation of a clipped report without its year (《某某报》9月10日第06版刊发):
    # (MM-DD, text, line, outlet); the year is the digest's own (see published.decide_date)
    month_days: list[tuple[str, str, int, str]] = field(default_factory=list)


    def add_block(self, b: Block) -> None:
        fields = b.extra.get("fields", [])
        # an outlet printed with a date or page is a masthead; alone it is the site's name
        dated = any(f in ("date", "page") for f, _ in fields)
        for f, v in fields:
            if f == "date":
                self.dates.append((v, b.text, b.first))
                if any(w in b.text for w in vocabulary()["publication_date_labels"]) or any(
                        g == "info" and url_date(x) == v for g, x in fields):
                    # (发布时间：…; or the page's address, …/2014-09/25/…: the day it was published)
                    self.published.append((v, b.text, b.first))
            elif f in ("outlet", "source"):
                if v.endswith(tuple(vocabulary().get("internal_bulletin_suffixes") or ())):
                    continue  # 某某信息专报: a bulletin sent up to leaders, never published: no outlet
                if is_database(v):
                    continue  # 本文来源：中国知网: where the copy was found, not who published it
                if is_office(v):
                    self.offices.append(v)
                    if f == "outlet" and not dated and b.text.strip() == v:
                        # an office's name alone on a meta line (某某市财政局 / 当前位置：首页 > …, its
                        # own site's name over the page): the outlet when the page names no other
                        self.outlets.append((v, "office_site", b.first))
                    continue  # an office (某某区文明办) is a source of the text, not an outlet
                how = "source_line" if f == "source" else "masthead" if dated else "site_name"
                sc = site_and_channel(v)
                v = sc[0] if sc else v  # 来源：某某在线某某频道: the site, not its channel
                self.outlets.append((v, how, b.first))
                dated_source = _source_date(b.text, fields, f, v)
                if dated_source:
                    self.sourced.append((dated_source, b.text, b.first, v))
            elif f == "month_day":
                named = [x for g, x in fields if g == "source"]
                self.month_days.append((v, b.text, b.first, named[0] if named else ""))
            elif f == "info" and _sender_outlet(b.text, v):
                self.outlets.append((_sender_outlet(b.text, v), "sender", b.first))
            elif f == "info" and _first_run_date(v):
                # 原标题：…（2024年3月8日首发）: a repost's note of when the piece first ran, the
                # original's date (over the platform's post time, as a 来源 line's is)
                self.sourced.append((_first_run_date(v), b.text, b.first, ""))
            elif f == "page":
                self.pages.append(v)
            elif f == "signed":
                self.signed.append((v, b.text, b.first))
            elif f == "signed_by" and v not in self.signers:
                self.signers.append(v)  # the office signing a document speaks for its place (全市 …)
            elif f == "supplied_by":
                self.offices.append(v)  # （某某县文明办供稿） closing a bulletin's item: the office that wrote it
            elif f == "issuer":
                # 某某县委宣传部  2025年4月17日 heading its own release: who published it, weakest
                self.outlets.append((v, "issuer", b.first))
                self.offices.append(v)
            elif f == "publisher" and not is_office(v):
                self.outlets.append((v, "publisher", b.first))  # 某某区融媒体中心出版: who prints the paper
            elif f == "printed_on":
                self.printed_on.append((v, b.text, b.first))
            elif f == "relative":
                self.relative.append((v, b.text, b.first))
            elif f == "author" and (is_masthead(v) or (len(v) >= 3 and vocabulary()["outlet_re"].fullmatch(v))):
                # 作者：某某日报 (a repost's 原文地址 line): a publication, its source, no person
                self.outlets.append((v, "source_line", b.first))
            elif f == "author" and is_handle(v):
                pass  # 作者：沭河边的老何 on a BBS post: the poster's nickname, no author
            elif f == "author" and v not in self.authors:
                self.authors.append(v)
            elif f == "work_credit" and v not in self.work_credits:
                # (names only: 作词：付兴华, not 表演：县文化馆文艺小分队)
                names = [n for n in re.split(r"[\s、，,]+", v) if re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", n)]
                if names and len(names) == len(re.split(r"[\s、，,]+", v.strip())) and not is_office(v):
                    self.work_credits.extend(n for n in names if n not in self.work_credits)
            elif f == "editor" and v not in self.editors:
                self.editors.append(v)
            elif f == "photographer" and v not in self.photographers:
                self.photographers.append(v)  # 图片：冉旭东 in a meta line
            elif f == "keyword" and v not in self.keywords:
                self.keywords.append(v)
            elif f == "summary":
                self.summaries.append(v)
            elif f == "area" and v not in self.areas:
                self.areas.append(v)


# what may stand between a 来源 line's outlet and the date printed right after it (来源：《某某报》 2023年…)
_AFTER_SOURCE_RE = re.compile(r"[》」”）)\s,，]{0,4}\d")


def _source_date(text: str, fields: list, field_name: str, outlet: str) -> str | None:
    """The date a 来源 line prints right after the outlet it names (来源：某某日报 2023年9月11日):
    the original paper's date. None when a label stands between (来源：某某日报 发布时间：…, the
    site's post time) or the date comes before the 来源 (2023-09-27 10:12 来源：某某发布)."""
    if field_name != "source":
        return None
    keys = [(f, v) for f, v in fields]
    k = next((i for i, (f, v) in enumerate(keys) if f == "source"), None)
    if k is None or k + 1 >= len(keys) or keys[k + 1][0] != "date":
        return None
    at = text.find(outlet)
    if at < 0 or not _AFTER_SOURCE_RE.match(text, at + len(outlet)):
        return None
    return keys[k + 1][1]


def _first_run_date(value: str) -> str | None:
    """The full date a repost's note gives for the piece's first run, a date right before a
    word of first publication (（2024年3月8日首发）, data/page_meta.yaml first_run_words)."""
    words = vocabulary().get("first_run_words") or ()
    if not words:
        return None
    for m in vocabulary()["date_re"].finditer(value):
        rest = value[m.end():m.end() + 6].lstrip()
        mo, d = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
        if mo and d and rest.startswith(tuple(words)) and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            return f"{m.group('y')}-{int(mo):02d}-{int(d):02d}"
    return None


def _sender_outlet(line: str, value: str) -> str | None:
    """The outlet a mail's sender line names (发件人：某某日报新媒体中心 <news@…>: 某某日报),
    None when the line is no sender's or the sender has no outlet's form (a person)."""
    v = vocabulary()
    if not line.strip().startswith(tuple(v.get("sender_labels") or ())):
        return None
    name = re.sub(r"[<＜(（]?\s*[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\s*[>＞)）]?", "", value).strip()
    for unit in sorted(v.get("sender_units") or (), key=len, reverse=True):
        if name.endswith(unit) and len(name) > len(unit):
            name = name[: -len(unit)]
            break
    return name if name and (v["outlet_re"].fullmatch(name) or is_masthead(name, v)) else None


def meta_fields(text: str) -> list[tuple[str, str]]:
    """The fields of a meta line (see repair.furniture.lex_meta); a masthead
    or site name standing alone is an outlet.

    >>> meta_fields("_琼海新闻网")
    [('outlet', '琼海新闻网')]
    >>> meta_fields("_地方_中国甘肃网")
    [('chrome', '地方'), ('outlet', '中国甘肃网')]
    """
    t = re.sub(r"^#+\s*", "", text.strip()).lstrip("_|｜ ").strip()
    if re.fullmatch(r"\d{1,3}", t):
        return [("page", t)]  # a page number alone (set apart by repair only at the top or foot)
    fields = lex_meta(t) or labelled_names(t) or issue_running_head(t)
    if fields:
        return fields
    m = re.fullmatch(r"([A-Z]?\d{1,2})[ \u3000]+([\u4e00-\u9fff]{2,6})", t)
    if m:  # 3 综合: a page and its section (set apart as meta by repair, in a masthead only)
        return [("page", m.group(1)), ("page_name", m.group(2))]
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,6})[ \u3000]+([A-Z]?\d{1,2})", t)
    if m:  # 县区新闻 7: the section, then its page (the same, the other way round)
        return [("page_name", m.group(1)), ("page", m.group(2))]
    v = vocabulary()
    if t in set(v.get("section_names") or ()):
        return [("page_name", t)]  # 县域新闻 alone in a masthead: the page's section, named like a site
    if v["outlet_re"].fullmatch(t) or is_masthead(t, v) or app_brand_name(t):
        return [("outlet", t)]  # (an app's brand, 某某观察, is meta only over its title and byline)
    if v["prefixed_outlet_re"] is not None and v["prefixed_outlet_re"].match(t):
        return [("outlet", t)]  # 今日长清: a masthead line (set apart as meta only over its date)
    parts = [x.strip() for x in re.split(r"[_|｜]", t)]
    if len(parts) == 2 and (v["outlet_re"].fullmatch(parts[1]) or is_masthead(parts[1], v)):
        return [("chrome", parts[0]), ("outlet", parts[1])]  # _地方_中国甘肃网: the channel, then the site
    return []


def dateline_outlet(lead: str, find_places: FindPlaces | None = None) -> str | None:
    """The outlet named by a lead's dateline (not 本报: that is the masthead; not a place's bare
    name, 正宁讯（通讯员 …）: where it was reported from, when `find_places` knows the name).

    >>> dateline_outlet("琼海融媒3月20日讯 （记者 王小明）近日，琼海市…")
    '琼海融媒'
    >>> dateline_outlet("百色新闻网讯（通讯员 黄敏）日前…")
    '百色新闻网'
    >>> dateline_outlet("中新网湖南新闻3月2日电 近日…")
    '中新网'
    >>> dateline_outlet("本报讯 近日…") is None, dateline_outlet("本网讯（通讯员 王某）近日…") is None
    (True, True)
    >>> dateline_outlet("今日潜江讯（记者 孔萱）湖北省潜江市…")
    '今日潜江'
    >>> dateline_outlet("（某某社记者王大明花莲5日电）花莲县…")
    '某某社'

    """
    am = _AGENCY_DATELINE.match(lead.strip())
    if am:
        return am.group("head")
    m = _DATELINE.match(lead.strip())
    if not m:
        return None
    head = m.group("head")
    v = vocabulary()
    if head.startswith(tuple(v.get("self_outlet_words") or ("本报",))):
        return None  # 本报讯, 本网讯: the outlet itself, named by its masthead or header
    om = v["outlet_re"].match(head)
    if om and om.end() >= 2:
        return om.group(0)
    # any short name before 讯 and a bracketed byline: 今日潜江讯（记者 …）
    if lead.strip()[m.end():m.end() + 2].lstrip()[:1] in "（(" and m.group(0).rstrip().endswith("讯") \
            and 2 <= len(head) <= MAX_DATELINE_OUTLET:
        if find_places is not None and any(off == 0 and n == head for off, _c, n in
                                           (place_readings(find_places, head) or find_places(head) or [])):
            return None
        return head
    return None


def without_dateline(text: str) -> str:
    """The text without the dateline and byline that open a lead: they say
    who reported and from where, not what the article is about.

    >>> without_dateline("孝感融媒4月19日讯（通讯员 钟琪欣）清晨的咸宁市赤壁市…")
    '清晨的咸宁市赤壁市…'
    """
    m = re.match(layout()["dateline"], text.strip())
    if not m:
        return text
    rest = text.strip()[m.end():]
    return re.sub(r"^\s*[（(][^（()）]{0,80}[）)]", "", rest).lstrip()


# a site's name after an underscore closing a copied page title (…成效显著_网易订阅)
_UNDERSCORE_SITE_RE = re.compile(r"\s*_\s*([\u4e00-\u9fffA-Za-z0-9]{2,12})$")


def site_name_after_title(title: str, known: list[str], find_places: FindPlaces | None,
                          context: str = "") -> int | None:
    """Where a site name glued after a title starts (…的序幕琼海新闻网), or None:
    an outlet named elsewhere on the page, or a place name followed by an
    outlet suffix at the very end (`context`: the article's subtitle and
    lead, which resolve a short place name).

    >>> site_name_after_title("拉开文明城市创建的序幕琼海新闻网", ["琼海新闻网"], None)
    11
    >>> site_name_after_title("小区治理有了新气象某网", ["某网"], None)
    9
    >>> site_name_after_title("某市创城三年攻坚成效显著_网易订阅", [], None)
    13
    """
    t = title.rstrip()
    um = _UNDERSCORE_SITE_RE.search(t)
    if um and han_len(t[:um.start()]) >= 4:
        return um.start(1)  # a browser tab's title, 标题_站点名: no headline holds an underscore
    sufs = vocabulary()["outlet_suffixes"]
    for name in sorted(known, key=len, reverse=True):
        # (a site of two characters, 红网, when its name ends as an outlet's does)
        short_site = len(name) == 2 and any(name.endswith(s) and len(name) > len(s) for s in sufs)
        if (len(name) >= 3 or short_site) and t.endswith(name) and len(t) - len(name) >= 4:
            return len(t) - len(name)
    if find_places is None:
        return None
    v = vocabulary()
    # (a place's own site is 某某网 too: …新画卷滨州网, the place's name of two characters or more before it)
    strong = [s for s in v["outlet_suffixes"] if len(s) >= 2 or s == "网"]
    for suf in sorted(strong, key=len, reverse=True):
        if not t.endswith(suf):
            continue
        head = t[: -len(suf)]
        # the article's other text tells which place a short name means (芦山 -> 芦山县)
        for off, _code, name in find_places(head + "\n" + context):
            if off + len(name) == len(head) and off >= 4 and (len(suf) >= 2 or len(name) >= 2):
                return off
    return None


def site_name_before_title(title: str, known: list[str], find_places: FindPlaces | None,
                           opens_with_label) -> int | None:
    """Where the title starts after a site name glued before it (新野县人民政府网新野：…), or None:
    an outlet named elsewhere on the page, or a place's name with a web site's suffix
    (`site_name_prefix_suffixes`) at the very start; the rest must open with a place's
    label (新野：…) unless the suffix is a site's long one, and keep a headline's length.

    >>> site_name_before_title("某某新闻网文明城市创建再出发", ["某某新闻网"], None, lambda t: False)
    5
    """
    t = title.strip()
    sufs = sorted(layout().get("site_name_prefix_suffixes") or (), key=len, reverse=True)
    for name in sorted(known, key=len, reverse=True):
        # (a site's name only: 某某县委宣传部开展… is the office doing what the title says)
        if len(name) >= 4 and name.endswith(tuple(sufs)) and t.startswith(name) and han_len(t[len(name):]) >= 6:
            return len(name)
    if find_places is None:
        return None
    for off, _code, name in find_places(t[:20]):
        if off != 0:
            continue
        after = t[len(name):]
        suf = next((s for s in sufs if after.startswith(s)), None)
        if suf is None:
            continue
        rest = after[len(suf):].lstrip(" _|｜-—")
        if han_len(rest) >= 6 and (len(suf) >= 3 or opens_with_label(rest)):
            return len(t) - len(rest)
    return None


def is_database(name: str) -> bool:
    """A news or literature database (中国知网 CNKI, WiseNews): where a copy was found, never its outlet.

    >>> is_database("中国知网 CNKI"), is_database("万方数据"), is_database("新疆日报")
    (True, True, False)
    """
    words = re.split(r"[\s·•、/|｜]+", name.strip())
    return all(w in vocabulary().get("database_names", ()) for w in words if w) and any(words)


def is_office(name: str) -> bool:
    """An office (某某县文明办, 州文明办): a source of the text, never the outlet.

    >>> is_office("徐汇区文明办"), is_office("沧州日报"), is_office("开封市鼓楼区人民政府"), is_office("今日桐乡")
    (True, False, False, False)
    """
    v = vocabulary()
    if v["prefixed_outlet_re"] is not None and v["prefixed_outlet_re"].fullmatch(name):
        return False  # 今日桐乡: a paper named for its place (乡 ends it, as a township's name)
    if name.endswith(tuple(v.get("department_words") or ())):
        return True  # 来源：研究室, 第五检察部: the institution's department, not its site
    return any(name.endswith(s) and len(name) > len(s) for s in v["office_suffixes"])


def is_handle(name: str) -> bool:
    """A forum nickname after 作者： on a BBS post (沭河边的老何, 麦田守望2009): the poster,
    not a person's name. It mixes Han characters with Latin letters or digits, holds a
    particle no name has (layout.yaml ``handle_particles``), or is a Han run longer
    than a name without a middle dot.

    >>> is_handle("沭河边的老何"), is_handle("麦田守望2009"), is_handle("欧阳建明"), is_handle("阿依古丽·买买提")
    (True, True, False, False)
    """
    name = name.strip()
    if not name or re.search(r"[\s、，,/]", name) or "·" in name or "•" in name:
        return False
    han = re.findall(r"[\u4e00-\u9fff]", name)
    if not han:
        return False
    if re.search(r"[A-Za-z0-9]", name):
        return True
    if any(p in name for p in layout().get("handle_particles") or ()):
        return True
    return len(name) == len(han) and len(han) >= 6


def is_org(name: str) -> bool:
    """An organisation (a source, not an author): 某某县文明办, 中国日报某某记者站."""
    sufs = list(vocabulary()["organisation_suffixes"]) + list(layout().get("byline_org_suffixes", []))
    # a one-character suffix (局, 办 ...) only on a longer name: 王建局 may be a person
    return any(name.endswith(s) and len(name) >= (3 if len(s) >= 2 else 4) for s in sufs)
