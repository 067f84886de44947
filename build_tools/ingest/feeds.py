"""An RSS or Atom feed -> one article per <item>/<entry>, as a web copy prints each.

Each item is written as its headline, a meta line (its pubDate as a date, the
channel's outlet as 来源, dc:creator/author as 作者) and its body (the
description or content, HTML inside CDATA read by html_source's reader), the
items apart as articles are on a page. The channel's own title, link and
description are furniture. XML is read with lxml without entities, DTDs or
the network (a feed from a stranger is hostile input); one that does not
parse is read as plain text, said in a note.
"""
from __future__ import annotations

import email.utils
import re
from collections import Counter

from .markup_data import markup_vocabulary

_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _find(el, *locals_: str):
    """The first child whose local name (or prefix:name for Dublin Core) is one of `locals_`."""
    for want in locals_:
        ns, _, local = want.rpartition(":")
        for c in el:
            if not isinstance(c.tag, str):
                continue
            if _local(c) != local:
                continue
            uri = c.tag[1:].split("}")[0] if c.tag.startswith("{") else ""
            if ns == "dc" and uri != _DC[1:-1]:
                continue
            if ns == "content" and uri != _CONTENT[1:-1]:
                continue
            if not ns and uri in (_DC[1:-1], _CONTENT[1:-1]):
                continue
            return c
    return None


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _date(value: str) -> str:
    """An RFC 822 date (Fri, 17 Nov 2023 16:45:00 +0800) or ISO date -> 2023-11-17 16:45."""
    value = value.strip()
    try:
        d = email.utils.parsedate_to_datetime(value)
        return d.strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError, IndexError):
        pass
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}))?", value)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + (f" {m.group(4)}" if m.group(4) else "")
    return value


def _record_paragraphs(el) -> list[str]:
    """An export's body: its child elements' texts (<p>…</p>), one paragraph each, or its own text."""
    kids = [_text(c) for c in el if isinstance(c.tag, str)] if el is not None else []
    return [k for k in kids if k] or [_text(el)]


def _body(raw: str, dropped: Counter) -> list[str]:
    """An item's body: HTML (escaped or in CDATA) read by html_source's reader, else its lines."""
    from .html_source import html_lines

    if "<" in raw and ">" in raw:
        import lxml.html
        from lxml import etree

        try:
            root = lxml.html.fragment_fromstring(raw, create_parent="div")
        except (etree.ParserError, ValueError):
            root = None
        if root is not None:
            return html_lines(root, dropped)
    return [ln.strip() for ln in raw.split("\n") if ln.strip()]


def outlet_of_channel(title: str) -> str:
    """某某日报 - 新闻频道 -> 某某日报 (the outlet before its channel's name).

    >>> outlet_of_channel("某某日报 - 要闻"), outlet_of_channel("某某新闻网")
    ('某某日报', '某某新闻网')
    """
    for sep in markup_vocabulary()["feed"]["channel_separators"]:
        if sep in title:
            head = title.split(sep, 1)[0].strip()
            if head:
                return head
    return title.strip()


def read_feed(name: str, text: str) -> tuple[str, list[str]]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", text).encode("utf-8")
    try:
        root = etree.fromstring(source, parser)
    except etree.XMLSyntaxError as exc:
        return text, [f"{name}: looks like an RSS/Atom feed but is not well-formed XML ({exc.msg}); read as plain text"]
    channel = _find(root, "channel")
    items = [e for e in root.iter() if _local(e) in ("item", "entry")]
    outlet = outlet_of_channel(_text(_find(channel if channel is not None else root, "title")))
    tags = markup_vocabulary()["feed"]
    records = not items and _local(root) not in ("rss", "feed", "RDF")
    if records:  # a content system's export: its items, each a title and a body, by their tags' names
        items = [e for e in root.iter() if _find(e, *tags["record_title_tags"]) is not None
                 and _find(e, *tags["record_body_tags"]) is not None]
        outlet = next((root.get(a).strip() for a in tags["outlet_attributes"] if (root.get(a) or "").strip()), "")
    labels = markup_vocabulary()["labels"]
    dropped: Counter = Counter()
    parts: list[str] = []
    for item in items:
        title = _text(_find(item, "title", *(tags["record_title_tags"] if records else ())))
        date = _text(_find(item, "pubDate", "published", "updated", "dc:date", "issued",
                           *(tags["record_date_tags"] if records else ())))
        author_el = _find(item, "dc:creator", "author", *(tags["record_author_tags"] if records else ()))
        author = _text(_find(author_el, "name")) if author_el is not None and _find(author_el, "name") is not None else _text(author_el)
        body_el = _find(item, "content:encoded", "content", "description", "summary",
                        *(tags["record_body_tags"] if records else ()))
        subtitle = _text(_find(item, *tags["record_subtitle_tags"])) if records else ""
        meta = []
        if date:
            meta.append(_date(date))
        if outlet:
            meta.append(labels["source"] + outlet)
        byline = ""
        if author and "@" not in author:
            if records and re.search(r"\s", author):
                byline = author  # (记者 某某 通讯员 某某: a byline as printed, its roles and names)
            else:
                meta.append(labels["author"] + author)
        lines = [title] if title else []
        if subtitle:
            lines.append("——" + subtitle)
        if meta:
            lines.append("  ".join(meta))
        if byline:
            lines.append(byline)
        lines += _body(_text(body_el) if not records else "\n".join(_record_paragraphs(body_el)), dropped)
        parts.append("\n\n".join(lines))
        dropped["link"] += _find(item, "link") is not None
    what = ", ".join(f"{n} {t}" for t, n in sorted(dropped.items()) if n)
    if records:
        return "\n\n\n".join(parts) + "\n", [
            f"{name}: an XML export of news items ({_local(root)}): {len(items)} items read as articles, the root's "
            f"{'/'.join(tags['outlet_attributes'])} read as the outlet ({outlet or 'none'}); their other fields dropped"]
    note = (f"{name}: an {'Atom' if _local(root) == 'feed' else 'RSS'} feed: {len(items)} items read as articles, "
            f"the channel's title read as the outlet ({outlet or 'none'}); dropped the channel's furniture"
            f"{', ' + what if what else ''}")
    return "\n\n\n".join(parts) + "\n", [note]
