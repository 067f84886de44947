"""The big tables and lists of generated pages, written as HTML, one line each.

A Markdown table is parsed by Python-Markdown row by row and cell by cell
(inline patterns, attribute lists, link resolution), then copied into HTML:
the comparison pages, with thousands of linked figures, cost more to render
than every article page together. A block of HTML on one line goes around
Python-Markdown (site/page_cache.stash_raw_html) and comes out the same as the
table Python-Markdown would have made (`<table>` without a class, so the
theme styles it and its script makes it scroll).

Everything passed in is HTML already: text escaped by `safe.html_text` (which
also writes line breaks as references, so a block stays on one line), links
made by `link`. A link names a page by its Markdown path, as a Markdown link
does (``../articles/x.md#s3-7``); the hook turns it into the page's URL and
checks the page and the anchor exactly as MkDocs checks a Markdown link
(site/page_cache.resolve_page_links), and `python -m build_tools check`
checks every link of the built site.

A space stands wherever Python-Markdown writes a line break between tags
(between cells, rows, items): the search plugin reads it as the same word
break, so the search entries are those of the Markdown table.
"""
from __future__ import annotations

from typing import Iterable

from .safe import html_attr, html_text


def link(href: str, text: str, cls: str = "", title: str = "") -> str:
    """<a> to href (a page's Markdown path, an anchor or a file); text and title are
    plain text, escaped here.

    >>> link("../articles/a.md#s1-2", "4.2万<人>", cls="fig", title="原文")
    '<a class="fig" href="../articles/a.md#s1-2" title="原文">4.2万&lt;人&gt;</a>'
    """
    attrs = (f' class="{html_attr(cls)}"' if cls else "") + f' href="{html_attr(href)}"'
    attrs += f' title="{html_attr(title)}"' if title else ""
    return f"<a{attrs}>{html_text(text)}</a>"


def table(head: list[str], rows: Iterable[list[str]], exclude: Iterable[int] = ()) -> str:
    """A table on one line, as Python-Markdown writes a Markdown table (a header
    row, a body); head and cells are HTML. Cells of the columns in `exclude` carry
    `data-search-exclude`: the search index leaves them out (and the hook does
    not even parse them for it).

    >>> table(["地区", "数值"], [["a", "<b>1</b>"]], exclude=[1])
    '<table> <thead> <tr> <th>地区</th> <th>数值</th> </tr> </thead> <tbody> <tr> <td>a</td> <td data-search-exclude><b>1</b></td> </tr> </tbody> </table>'
    """
    skip = set(exclude)
    th = " ".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr> " + " ".join(f"<td{' data-search-exclude' if i in skip else ''}>{c}</td>"
                                       for i, c in enumerate(row)) + " </tr> " for row in rows)
    return f"<table> <thead> <tr> {th} </tr> </thead> <tbody> {body}</tbody> </table>"


def bullets(items: Iterable[str]) -> str:
    """A list on one line (items are HTML).

    >>> bullets(["<strong>a</strong>", "b"])
    '<ul> <li><strong>a</strong></li> <li>b</li> </ul>'
    """
    return "<ul> " + "".join(f"<li>{i}</li> " for i in items) + "</ul>"


def paragraph(inner: str) -> str:
    """A paragraph on one line (inner is HTML)."""
    return f"<p>{inner}</p>"
