"""Where and when an article was published: outlet, printed date, printed page.

In: the article's meta lines (structure/meta.py: masthead, 发布时间, 来源 …),
the page's meta lines, the dateline of its lead, a site name cut off its
title, and the year estimated from its text (year.py). Out: ``outlet``,
``date`` ({value, source, evidence}), ``newspaper_page`` and how each was
decided (provenance).

A date printed on the page is the publication date (source "printed"); only
when none is printed is the year estimated from the text (source
"estimated"), and then it is never more precise than a year.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter

from ..repair.furniture import is_masthead, vocabulary
from ..repair.traditional import t2s


def _first(values):
    return values[0] if values else None


def decide_outlet(article_meta, page_meta, dateline: str | None, site_name: str | None,
                  sibling=None, printed: tuple[str, ...] = ()) -> tuple[str | None, dict]:
    """The outlet's name and how it was found, strongest evidence first:
    a masthead (an outlet printed with a date or page), a 来源 line, the
    lead's dateline, the 来源 line of the page's one publication line
    (`sibling`, see `publication_sibling`), a site's name on a line of its
    own, a site name glued after the title. The name in simplified script, as
    the text is read (a masthead set in its traditional calligraphy: 温嶺日報
    is 温岭日报)."""
    # (the page's one dated line names this article's outlet only when it is another
    # article's and the page prints no date of its own, as for its date)
    if sibling is article_meta or page_meta.dates:
        sibling = None
    name, how = _decide_outlet(article_meta, page_meta, dateline, site_name, sibling)
    if name and how["method"] == "site_name":
        name = _full_name(name, printed)
    return (t2s(name) if name else name), how


def _full_name(name: str, printed: tuple[str, ...]) -> str:
    """A site's short name over the page (某某融媒) as the house's full name printed elsewhere
    on the page (某某融媒体中心, in another article's meta: `printed`), when the page prints it
    (data/page_meta.yaml outlet_short_endings); the name as it is otherwise."""
    for short, fulls in (vocabulary().get("outlet_short_endings") or {}).items():
        if name.endswith(short):
            got = [name[:-len(short)] + f for f in fulls if name[:-len(short)] + f in printed]
            if got:
                return got[0]
    return name


def _has_outlet_form(name: str) -> bool:
    """A name shaped like an outlet's (某某日报, 某某新闻网, a national outlet), not any
    short name a running head printed between its date and page (今日金秀, or 综合: the
    page's section)."""
    return bool(vocabulary()["outlet_re"].fullmatch(name)) or is_masthead(name)


def _decide_outlet(article_meta, page_meta, dateline, site_name, sibling=None):
    def named(how):
        for meta in (article_meta, page_meta):
            names = [n for n, h, _ in meta.outlets if h == how]
            if names:
                # 县区新闻 over 贵港日报 (a masthead printed line by line, its section first): a
                # name with a masthead's form over one with only a weak suffix (新闻, 发布 …),
                # which a page's section name has too
                # (a 来源 line's or a dated line's order stands: the first names the copy's source)
                if how == "site_name":
                    return max(names, key=is_masthead)
                # a 来源 line printing the original paper's date names the original (来源：同德发布
                # over 来源：中国民族报 2023年9月26日: the account reposted the paper)
                dated = [n for n in names if n in {o for _, _, _, o in meta.sourced}]
                return dated[0] if how == "source_line" and dated else names[0]
        return None

    if named("sender"):
        # 发件人：某某日报新媒体中心: a mailed newsletter's sender publishes its items; the
        # newsletter's own name over its issue (创城周报 2024年第23期) is no outlet
        return named("sender"), {"method": "mail_sender", "confident": True}
    masthead = named("masthead")
    if masthead and not _has_outlet_form(masthead):
        # a running head's name without an outlet's form (its section: 2021年11月23日 综合 第3版)
        # gives way to an outlet's name printed elsewhere on the page (安庆日报 under it)
        formed = [n for meta in (article_meta, page_meta) for n, h, _ in meta.outlets
                  if h in ("masthead", "site_name") and _has_outlet_form(n)]
        if formed:
            return formed[0], {"method": "masthead", "confident": True}
    if named("masthead"):
        return named("masthead"), {"method": "masthead", "confident": True}
    source = named("source_line")
    if source and not _has_outlet_form(source):
        # 中国石化新闻网 over the page, 来源：黑龙江石油 under the title: a 来源 naming no
        # publication (a company's branch that sent the piece) gives way to the site's own name
        sites = [n for meta in (article_meta, page_meta) for n, h, _ in meta.outlets
                 if h == "site_name" and _has_outlet_form(n)]
        if sites:
            return sites[0], {"method": "site_name", "confident": True}
    if source:
        return source, {"method": "source_line", "confident": True}
    if dateline:
        return dateline, {"method": "dateline", "confident": True}
    shared = [n for n, h, _ in (sibling.outlets if sibling else []) if h == "source_line"]
    if shared:
        return shared[0], {"method": "page_publication_line", "confident": False}
    if named("site_name"):
        # 榆林日报 over the page and 榆林日报全媒体 (a QR code's logo) at its foot: the paper's own
        # name, not the name of its media brand built on it
        names = [n for meta in (article_meta, page_meta) for n, h, _ in meta.outlets if h == "site_name"]
        bare = [n for n in names if any(o != n and o.startswith(n) for o in names)]
        return (bare[0] if bare else named("site_name")), {"method": "site_name", "confident": True}
    if named("publisher"):  # 某某区融媒体中心出版 under a masthead no name was read from
        return named("publisher"), {"method": "publisher", "confident": False}
    offices = sorted((line, n) for meta in (article_meta, page_meta) for n, h, line in meta.outlets if h == "office_site")
    if offices:  # 某某市财政局 alone over the page (its site's breadcrumb under it): the first one printed
        return offices[0][1], {"method": "office_site", "confident": False}
    if site_name:
        return site_name, {"method": "site_name_after_title", "confident": False}
    if named("issuer"):  # an office's own release or bulletin, no outlet printed: the office issued it
        return named("issuer"), {"method": "issuer", "confident": False}
    return None, {"method": "none", "confident": False}


def publication_sibling(metas: list, first_title_line: int | None = None) -> object | None:
    """The one article's meta on a page of several that holds the page's publication
    line (发布时间：… 来源：…), when no other article prints a date of its own: a web
    page's one 发布时间 under its first item dates the items after it too (a county
    site's roundup of two towns' news; a forwarded mail's 来源 line over the two articles
    it quotes). None when two articles print dates (a list of records, each with its
    own) or the page holds one article."""
    if len(metas) < 2:
        return None
    dated = [m for m in metas if m.dates]
    if len(dated) != 1:
        return None
    # (a publication label, 发布时间：…; or a 来源 line with its date over the first title: the
    # page's, not one item's, as a 来源 line under an item's title is that item's own)
    one = dated[0]
    above = first_title_line is not None and all(line < first_title_line for _, _, line in one.dates)
    return one if one.published or (above and any(h == "source_line" for _, h, _ in one.outlets)) else None


def decide_date(article_meta, page_meta, year: dict, sole: bool = False, sibling=None) -> tuple[dict, dict]:
    """(date, provenance). A date printed with a publication label (发布日期：…)
    wins (`sole`: the page holds this article only, so the page's label counts
    too); then a printed date of the article itself over the page's (a
    masthead); the most precise of equal dates is kept; then the page's one
    publication line under another item (`sibling`, see `publication_sibling`)."""
    # a repost's 来源 line naming the original paper with its date (来源：某某日报 2023年9月11日):
    # the original's date over the platform's post time (the page's line only when the
    # article prints no date of its own)
    for scope, meta in (("article", article_meta), ("page", page_meta)):
        if scope == "page" and (article_meta.dates or not sole and article_meta.outlets):
            break
        if meta.sourced:
            value, text, line, _ = meta.sourced[0]
            ev = f"转载来源行印的原报日期“{text.strip()}”（第{line}行；the original paper's date on the 来源 line）"
            return ({"value": value, "source": "printed", "evidence": ev},
                    {"method": "source_line", "confident": True})
    dated = _month_day_dated(article_meta, page_meta)
    if dated:
        return dated
    # on a page of one article every date is that article's: the labelled one wins
    # (on a page of several, an article's own date line comes first)
    scopes = (("article", article_meta), ("page", page_meta)) if sole else (("article", article_meta),)
    labelled = [(scope, meta) for scope, meta in scopes if meta.published]
    if labelled:
        scope, meta = labelled[0]
        value, text, line = max(meta.published, key=lambda d: (d[0].count("-"), -d[2]))
        ev = f"印在页面上的发布日期“{text.strip()}”（第{line}行；publication date printed on the page）"
        return ({"value": value, "source": "printed", "evidence": ev},
                {"method": "meta_line" if scope == "article" else "masthead", "confident": True})
    for scope, meta in (("article", article_meta), ("page", page_meta)):
        if meta.dates:
            if scope == "article" and all("-" not in d for d, _, _ in meta.dates) and any(
                    "-" in d and d[:4] in {a for a, _, _ in meta.dates} for d, _, _ in page_meta.dates):
                continue  # 2024年第23期 (an issue's year) under a page dated 2024-06-14: the page's day
            # most common date, then the most precise
            counts = Counter(d for d, _, _ in meta.dates)
            best = max(meta.dates, key=lambda d: (counts[d[0]] + 0.5 * d[0].count("-"), -d[2]))
            value, text, line = best
            ev = f"印在页面上的日期“{text.strip()}”（第{line}行；printed on the page）"
            return ({"value": value, "source": "printed", "evidence": ev},
                    {"method": "meta_line" if scope == "article" else "masthead", "confident": True})
    if sibling is not None and sibling is not article_meta and (sibling.published or sibling.dates):
        value, text, line = max(sibling.published or sibling.dates, key=lambda d: (d[0].count("-"), -d[2]))
        ev = (f"同一页面上唯一的发布日期“{text.strip()}”（第{line}行，印在同页前一篇之下；"
              f"the page's one publication date, printed under another item on it）")
        return ({"value": value, "source": "printed", "evidence": ev},
                {"method": "page_publication_line", "confident": False})
    told = _told_from_print_date(article_meta, page_meta)
    if told:
        return told
    for scope, meta in (("article", article_meta), ("page", page_meta)):
        if meta.signed:  # a document's signature date, when the page prints no other
            value, text, line = meta.signed[-1]
            ev = f"印在文末落款的日期“{text.strip()}”（第{line}行；the date the document was signed）"
            return ({"value": value, "source": "printed", "evidence": ev},
                    {"method": "signature", "confident": True})
    if year.get("value"):
        return ({"value": str(year["value"]), "source": "estimated", "evidence": year.get("evidence") or ""},
                {"method": "year_from_text", "confident": False})
    return ({"value": None, "source": None, "evidence": year.get("evidence") or ""},
            {"method": "none", "confident": False})


def _month_day_dated(article_meta, page_meta) -> tuple[dict, dict] | None:
    """A digest's citation of its clipped report without a year (《某某报》9月10日第06版刊发),
    dated in the year of the digest's own date (the year before when the day would fall
    after the digest's)."""
    if not article_meta.month_days:
        return None
    full = [d for d, _, _ in page_meta.dates + article_meta.dates if d.count("-") == 2]
    if not full:
        return None
    md, text, line, _ = article_meta.month_days[0]
    issue = full[0]
    year = int(issue[:4]) - (1 if md > issue[5:] else 0)
    ev = f"摘编引注的原报日期“{text.strip()}”（第{line}行），年份取自摘编本身的日期 {issue}（the clipped report's day; the digest's year）"
    return ({"value": f"{year}-{md}", "source": "printed", "evidence": ev},
            {"method": "source_line", "confident": True})


_BACK_UNITS = {"d": "days", "h": "hours", "w": "weeks"}


def _told_from_print_date(article_meta, page_meta) -> tuple[dict, dict] | None:
    """A post's relative time (昨天 18:20) told from the print date a browser printed at the
    top of the same printout (2023/6/15 14:31): the day before, 2023-06-14. None when either
    is missing (a relative time alone names no day)."""
    rel = article_meta.relative or page_meta.relative
    printed = article_meta.printed_on or page_meta.printed_on
    if not rel or not printed:
        return None
    (back, rtext, rline), (day, ptext, pline) = rel[0], printed[0]
    n, unit = int(back[:-1] or 0), back[-1]
    try:
        value = (datetime.date.fromisoformat(day) - datetime.timedelta(**{_BACK_UNITS[unit]: n})).isoformat()
    except (ValueError, KeyError):
        return None
    if unit == "h":
        value = day  # hours back: the print day (the print time is not read closer than that)
    ev = (f"页面上的相对时间“{rtext.strip()}”（第{rline}行）按同一打印件页眉的打印日期“{' '.join(ptext.split()[:2])}”"
          f"（第{pline}行）推得（a relative time told from the print date on the same printout）")
    return ({"value": value, "source": "printed", "evidence": ev}, {"method": "relative_to_print_date", "confident": True})


def year_from_date(date: dict, year: dict) -> dict:
    """`year` agreeing with `date`: a printed or corrected date gives the year, not estimated."""
    if date.get("source") in ("printed", "corrected") and date.get("value"):
        return {"value": int(date["value"][:4]), "estimated": False, "evidence": date.get("evidence") or ""}
    return year


def decide_page(article_meta, page_meta, continued: list[str] | None = None, sibling=None) -> str | None:
    """The printed page the article is on; for a part continued from another page (its
    jump note, （上接第1版）, opens its text or stands under its title: `continued`), the
    page it starts on, as the note prints it. Else the page the page's one dated line
    names (`sibling`, see `publication_sibling`)."""
    for text in continued or []:
        page = continued_from(text)
        if page:
            return page
    shared = sibling.pages if sibling is not None and sibling is not article_meta else []
    return arabic_page(_first_page(article_meta.pages) or _first_page(page_meta.pages) or _first_page(shared))


# a scan's folio at the foot of the sheet, between dashes: — 3 —, 一 3 一
_FOLIO_RE = re.compile(r"[—\-－–一]{1,2}\s*(\d{1,2})\s*[—\-－–一]{1,2}")


def folio_page(outlet: str | None, texts: list[str]) -> str | None:
    """The page a newspaper's scan numbers at its foot (一 2 一), where nothing else names it:
    on a paper (its outlet ends as a paper's name does: layout.yaml `paper_name_ends`) the
    folio is the 版次; on a document it numbers sheets, no page.

    >>> folio_page("丹东日报", ["一 2 一"]), folio_page("某某县人民政府", ["— 2 —"]), folio_page(None, ["— 2 —"])
    ('2', None, None)
    """
    from ..data import load_data

    lay = load_data("layout.yaml")
    if (not outlet or not outlet.endswith(tuple(lay.get("paper_name_ends") or ()))
            or outlet.endswith(tuple(lay.get("bulletin_name_ends") or ()))):
        return None  # (a bulletin, 某某工作简报, numbers its sheets as a document does)
    pages = {m.group(1) for t in texts if (m := _FOLIO_RE.fullmatch(t.strip()))}
    return pages.pop() if len(pages) == 1 else None


_CN_PAGE_RE = re.compile(r"第\s*([一二三四五六七八九十〇零两]{1,4})\s*版")


def arabic_page(page: str | None) -> str | None:
    """A page number in Chinese numerals (第三版, 第十二版) in the digits every other page
    prints (第3版), so that pages compare and sort alike.

    >>> arabic_page("第三版"), arabic_page("第十二版"), arabic_page("A06")
    ('第3版', '第12版', 'A06')
    """
    m = _CN_PAGE_RE.fullmatch(page or "")
    if not m:
        return page
    import cn2an
    try:
        return f"第{int(cn2an.cn2an(m.group(1), 'normal'))}版"
    except ValueError:
        return page


def _first_page(values):
    """The first page number that can be one: no page is 0 (a share counter alone under a
    repost's date line reads like a page number set apart at the top); and bare numbers
    counting up from 1 (01 / 城市更新, 02 / 文明实践 on an H5 page's cards) number the
    parts of one piece, not the page it is printed on."""
    values = [v for v in values if not re.fullmatch(r"0+", v)]
    bare = sorted({int(v) for v in values if re.fullmatch(r"\d{1,3}", v)})
    if len(bare) >= 2 and bare == list(range(1, len(bare) + 1)):
        values = [v for v in values if not re.fullmatch(r"\d{1,3}", v)]
    return _first(values)


# the page a jump note says the text comes from: （上接第1版） -> 第1版, （接A1版） -> A1版
_FROM_PAGE_RE = re.compile(r"^\s*[（(]\s*(?:上接|紧接|接|续)\s*((?:第\s*)?[0-9０-９一二三四五六七八九十A-Za-zＡ-Ｚ]{1,4}\s*版)")


def continued_from(text: str) -> str | None:
    """The page named by a jump note that opens `text` and says where the text comes from
    (a 下转 note says where it goes on: no), else None.

    >>> continued_from("（上接第1版）在秦栏镇，…"), continued_from("（下转第3版）"), continued_from("在镇里…")
    ('第1版', None, None)
    """
    m = _FROM_PAGE_RE.match(text or "")
    if not m or not vocabulary()["jump_re"].match(text.strip()):
        return None
    return re.sub(r"\s+", "", m.group(1))
