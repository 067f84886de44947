"""A web page's raw HTML source -> the article as a web copy prints it.

People save "view source" as .txt. lxml's HTML parser (libxml2, tolerant of
the broken markup real sites serve) reads it; scripts, styles, forms and the
site's navigation are dropped and counted; block elements become lines and
entities become characters. The headline is the page's <h1> (else og:title,
else <title> without the site's name); <meta> tags give the site's name, the
date, the author and the source when the page's own text does not print them.
Vocabulary (tags, class words, meta names) is in data/markup.yaml.
"""
from __future__ import annotations

import re
from collections import Counter

from .markup_data import markup_vocabulary

_SPACES = re.compile(r"[ \t\u3000]+")


def html_lines(root, dropped: Counter) -> list[str]:
    """The text of an lxml HTML element as lines, one per block; what was dropped is counted in `dropped`."""
    v = markup_vocabulary()["html"]
    drop = set(v["drop_tags"]) | set(v["drop_chrome_tags"])
    words = tuple(v["drop_class_words"])
    blocks = set(v["block_tags"])
    for el in list(root.iter()):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # a comment or processing instruction: no text
            if el.getparent() is not None:
                _remove(el)
            continue
        tag = tag.lower()
        marks = f"{el.get('class', '')} {el.get('id', '')}".lower()
        chrome = any(w in marks for w in words)
        if (tag in drop or chrome) and el.getparent() is not None:
            dropped[tag if tag in drop else f"{tag}.{'/'.join(w for w in words if w in marks)}"] += 1
            _remove(el)
            continue
        if tag == "img":
            dropped["img"] += 1
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in ("td", "th"):
            el.tail = " " + (el.tail or "")
        elif tag in blocks:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    text = root.text_content() if hasattr(root, "text_content") else "".join(root.itertext())
    out = []
    for line in text.replace("\xa0", " ").split("\n"):
        line = _SPACES.sub(lambda m: "  " if len(m.group()) > 1 else " ", line).strip()
        if line:
            out.append(line)
    return out


def _remove(el) -> None:
    """Drop an element but keep the text that follows it (its tail)."""
    el.drop_tree() if hasattr(el, "drop_tree") else el.getparent().remove(el)


def _meta(doc, names: list[str]) -> str:
    for name in names:
        for el in doc.iter("meta"):
            if (el.get("property") or el.get("name") or el.get("itemprop") or "").lower() == name.lower():
                value = (el.get("content") or "").strip()
                if value:
                    return value
    return ""


def _split_title(title: str, headline: str, separators: list[str]) -> tuple[str, str]:
    """(headline, site name) of a <title> like 标题_某某新闻网."""
    for sep in separators:
        if sep in title:
            head, _, site = title.rpartition(sep)
            if head.strip() and site.strip() and (not headline or head.strip() == headline):
                return head.strip(), site.strip()
    return title.strip(), ""


def _day(value: str) -> str:
    """2023-04-11T10:05:00+08:00 -> 2023-04-11 10:05 (the form a web copy prints)."""
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}))?", value)
    if not m:
        return value
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + (f" {m.group(4)}" if m.group(4) else "")


def read_html_source(name: str, text: str) -> tuple[str, list[str]] | None:
    """(text, notes) of an HTML page's source; None when lxml cannot read it (then it is plain text)."""
    import lxml.html
    from lxml import etree

    v = markup_vocabulary()
    source = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        doc = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return None
    names = v["html"]["meta"]
    title_el = doc.find(".//title")
    page_title = title_el.text_content().strip() if title_el is not None else ""
    h1 = doc.find(".//h1")
    headline = re.sub(r"\s+", " ", h1.text_content()).strip() if h1 is not None else ""
    meta_title = _meta(doc, names["title"])
    if not headline:
        headline = meta_title or _split_title(page_title, "", v["html"]["title_separators"])[0]
    site = _meta(doc, names["site"]) or _split_title(page_title, headline, v["html"]["title_separators"])[1]
    date, author, origin = (_meta(doc, names[k]) for k in ("date", "author", "source"))
    dropped: Counter = Counter()
    head_el = doc.find("head")
    if head_el is not None:  # what the <head> held besides its meta tags, counted though never read
        dropped.update(el.tag for el in head_el.iter() if isinstance(el.tag, str) and el.tag in v["html"]["drop_tags"])
    body = doc.find("body")
    lines = html_lines(body if body is not None else doc, dropped)
    flat = "".join("".join(lines).split())
    head = [site] if site and site not in lines[:3] else []
    if headline and headline not in lines:
        head.append(headline)
    meta = []
    labels = v["labels"]
    if date and _day(date)[:10] not in flat:
        meta.append(labels["date"] + _day(date))
    if origin and origin not in flat:
        meta.append(labels["source"] + origin)
    if author and "".join(author.split()) not in flat:
        meta.append(labels["author"] + author)
    if meta:
        at = lines.index(headline) + 1 if headline in lines else 0
        lines[at:at] = ["  ".join(meta)]
    lines = head + lines
    what = ", ".join(f"{n} {t}" for t, n in sorted(dropped.items()))
    note = (f"{name}: a web page's HTML source: read as text from its markup (headline from "
            f"{'<h1>' if h1 is not None else 'its meta tags'}; dropped {what or 'no element'}; <head> read for "
            f"{', '.join(k for k, x in (('site name', site), ('date', date), ('author', author), ('source', origin)) if x) or 'nothing'})")
    return "\n\n".join(lines) + "\n", [note]
