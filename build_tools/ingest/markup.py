"""Machine formats a user saves instead of an article's text -> plain text the pipeline reads.

A web page's HTML source, an RSS/Atom feed, a news API's JSON export and a subtitle file (SRT/WebVTT)
arrive as .txt like any copied page. Their tags, entities, cue numbers and
timecodes are no words of the article, and their metadata (a <meta> date, an
item's dc:creator, a feed's channel) sits where no line reader looks for it.
This module tells which format a decoded text is in and hands it to the
reader of that format (html_source, feeds, json_records, subtitles), which writes the
article back as a web copy prints it: headline, a meta line (date, 来源,
作者), paragraphs. What was dropped is said in a note naming the file.
Vocabulary is in data/markup.yaml.
"""
from __future__ import annotations

import importlib
import re

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
# a fragment of a page's source copied without its <html> (<div class="article"><h1>…</h1><p>…</p>): it
# opens with a block element and closes at least two
_HTML_FRAGMENT_START = re.compile(r"\s*<(?:div|article|section|main|body|h[1-6]|p|table)[\s>]", re.I)
_HTML_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|article|section|li|td)>", re.I)
_FEED_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.S)


# an XML document's start (its declaration, comments), and an element of a news item's headline
_XML_START = re.compile(r"\s*<\?xml[^>]*\?>", re.S)
_XML_RECORD_RE = re.compile(r"<(?:headline|title|标题)>[^<]{2,}</(?:headline|title|标题)>[\s\S]{0,2000}?<(?:body|content|text|正文)[\s>]")


def kind_of_markup(text: str) -> str | None:
    """'html', 'feed', 'json' (a news API's records), 'subtitles', 'front_matter' (Markdown under a YAML block), 'citations' (a BibTeX export), 'latex' (a paper's LaTeX source), 'ocr_dump' (an OCR engine's printed boxes), 'chat' (an AI chat with a pasted article), 'form' (a form holding an article's full text), 'screenshots' (OCR of a TV item's frames) or None (ordinary text, maybe with a stray tag in it).

    >>> kind_of_markup("<!DOCTYPE html><html><body><p>文明</p></body></html>")
    'html'
    >>> kind_of_markup('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')
    'feed'
    >>> kind_of_markup("".join(f"{i}\\n00:00:0{i},000 --> 00:00:0{i + 1},000\\n第{i}句\\n\\n" for i in range(1, 4)))
    'subtitles'
    >>> kind_of_markup("# 标题<script>x</script>\\n正文") is None
    True
    >>> kind_of_markup('<div class="a"><h1>标题</h1><p>正文。</p></div>')
    'html'
    >>> kind_of_markup("<p>一段文字里夹着标签</p>后面是正文。") is None
    True
    """
    head = text[:4096]
    if head.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        from .json_records import json_articles

        if json_articles(text) is not None:
            return "json"
    if _FEED_START.match(head) or (_XML_START.match(head) and not _HTML_START.match(head)
                                   and _XML_RECORD_RE.search(text)):
        return "feed"  # (or a content system's XML export of news items: feeds.read_feed reads both)
    if _HTML_START.match(head) or (_HTML_FRAGMENT_START.match(head) and len(_HTML_BLOCK_END.findall(head)) >= 2):
        return "html"
    from .subtitles import is_subtitles

    if is_subtitles(text):
        return "subtitles"
    from .front_matter import has_front_matter

    if has_front_matter(text):
        return "front_matter"
    from .citations import citation_records

    if citation_records(text) is not None:
        return "citations"
    from .latex import is_latex

    if is_latex(text):
        return "latex"
    from .ocr_dump import is_ocr_dump

    if is_ocr_dump(text):
        return "ocr_dump"
    from .chat import is_chat

    if is_chat(text):
        return "chat"
    from .forms import is_form

    if is_form(text):
        return "form"
    from .screenshots import is_screenshots

    if is_screenshots(text):
        return "screenshots"
    return None


def read_markup(name: str, text: str) -> tuple[str, list[str]] | None:
    """(plain text, notes) when `text` is markup one of this package's readers knows (HTML source,
    a feed, a news API's JSON, subtitles, front matter, a citation export, an OCR dump, a chat, a
    form, screenshots: see `kind_of_markup`), else None."""
    kind = kind_of_markup(text)
    if kind == "json":
        from .json_records import json_articles, read_json_records
        return read_json_records(name, text, json_articles(text) or [])
    if kind not in _READERS:
        return None
    module, reader = _READERS[kind]  # (imported on use: most pages are plain text)
    return getattr(importlib.import_module(f".{module}", __package__), reader)(name, text)


# kind of markup -> (module of this package, its reader(name, text) -> (plain text, notes) | None)
_READERS = {
    "html": ("html_source", "read_html_source"),
    "feed": ("feeds", "read_feed"),
    "subtitles": ("subtitles", "read_subtitles"),
    "front_matter": ("front_matter", "read_front_matter"),
    "citations": ("citations", "read_citations"),
    "latex": ("latex", "read_latex"),
    "ocr_dump": ("ocr_dump", "read_ocr_dump"),
    "chat": ("chat", "read_chat"),
    "form": ("forms", "read_form"),
    "screenshots": ("screenshots", "read_screenshots"),
}
