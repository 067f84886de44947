"""The cross-article outputs: what each one reads from the articles, and how it is written.

Each output is built from small per-page *views* (a few fields of each
article, or pre-serialised rows), never from whole records. The incremental
build (`units.py`) keeps every page's views with a digest and re-runs an
output only when one of its views changed; because an output is handed its
views and nothing else, a digest cannot miss one of its inputs.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..render.compare import PARTS, compared, part_files, render_compare_pages
from ..render.glossary import render_glossary, terms_used
from ..render.home import render_home_map, render_home_places
from ..render.data import (ARTICLE_CSV_SPREAD, ARTICLE_FIELDS, FACT_FIELDS, article_record, cleaning_record, csv_rows, csv_text,
                          fact_record, json_lines, json_list, page_cleaning_record)
from ..render.browse import LIST_BOOST, render_browse
from ..render.safe import front_matter
from .search_terms import jieba_user_dict

# Fields of an article each page-level output reads (found by recording the keys
# the renderers touch; tests/test_incremental.py checks an incremental build
# against a clean one).
BROWSE_FIELDS = ("adcode", "authors", "level", "name_en", "prefecture", "province", "region", "slug", "title", "year")
COMPARE_FIELDS = {"figures": ("adcode", "facts", "name_en", "page", "region", "title"),
                  "practices": ("adcode", "name_en", "page", "practices", "region"),
                  "timeline": ("adcode", "milestones", "name_en", "page", "region")}
MAP_FIELDS = ("adcode", "lat", "lon", "name_en", "region", "slug")
PLACES_FIELDS = ("adcode", "facts", "level", "name_en", "prefecture", "province", "region", "slug", "title", "year")


@dataclass(frozen=True)
class Output:
    """One cross-article output.

    view(page, articles) -> the page's contribution (picklable; compared by digest);
    write(views, out) writes the output's files under out (a docs/-like root);
    paths: the files and folders under out it writes (and nothing else);
    reads: outputs whose files this one reads from out (they are placed first).
    """
    name: str
    view: Callable[[dict, list[dict]], object]
    write: Callable[[list, Path], None]
    paths: tuple[str, ...]
    reads: tuple[str, ...] = ()


def _fields(articles: list[dict], names: tuple[str, ...], keep_fact=None) -> list[dict]:
    """The named fields of each article; keep_fact: only the facts the output reads."""
    views = [{k: a[k] for k in names if k in a} for a in articles]
    if keep_fact:
        for v in views:
            if "facts" in v:
                v["facts"] = [f for f in v["facts"] if keep_fact(f)]
    return views


def _flat(views) -> list:
    return [x for v in views for x in v]


def _put(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# -- data downloads -------------------------------------------------------------

def _table_output(name: str, file: str, fields: list[str], rows: Callable[[list[dict]], list[dict]],
                  spread: dict | None = None) -> Output:
    """A table written twice: data/<file>.json (one record per line) and data/<file>.csv."""
    def view(page, articles):
        records = rows(articles)
        return json_lines(records), csv_rows(records, fields, spread)

    def write(views, out):
        _put(out / "data" / f"{file}.json", json_list(_flat(v[0] for v in views)))
        _put(out / "data" / f"{file}.csv", csv_text(fields, [v[1] for v in views], spread))

    return Output(name, view, write, (f"data/{file}.json", f"data/{file}.csv"))


def _cleaning_view(page, articles):
    return json_lines([cleaning_record(a) for a in articles]), json_lines([page_cleaning_record(page)])


def _cleaning_write(views, out):
    arts = json_list(_flat(v[0] for v in views)).rstrip()
    pages = json_list(_flat(v[1] for v in views)).rstrip()
    _put(out / "data" / "cleaning.json", f'{{\n"articles": {arts},\n"pages": {pages}\n}}\n')


def _list_output(field: str) -> Output:
    """data/<field>.json: every article's items of one kind (practices, milestones)."""
    return Output(f"data-{field}",
                  lambda page, articles: json_lines([x for a in articles for x in a[field]]),
                  lambda views, out: _put(out / "data" / f"{field}.json", json_list(_flat(views))),
                  (f"data/{field}.json",))


# -- pages --------------------------------------------------------------------

def _browse_write(views, out):
    render_browse(_flat(views), out / "browse", out / "articles" / "index.md")


def _compare_output(part: str) -> Output:
    """One part of the comparison pages (compare.PARTS)."""
    return Output(f"compare-{part}", lambda page, articles: _fields(articles, COMPARE_FIELDS[part], compared),
                  lambda views, out: render_compare_pages(_flat(views), out / "compare", (part,)),
                  tuple(f"compare/{name}" for name in part_files(part)))


def _glossary_view(page, articles):
    return [{"slug": a["slug"], "title": a["title"], "region": a.get("region"), "terms": terms_used(a)}
            for a in articles]


def _static_write(views, out):
    _put(out / "data" / "jieba_user_dict.txt", jieba_user_dict())
    _put(out / "tags.md", front_matter({"title": "标签 Tags", "search": {"boost": LIST_BOOST}})
         + "\n# 标签 · Tags\n\n地区与创建举措，中文在前、英文在后。Places and campaign practices, Chinese with English "
         "beside.\n\n<!-- material/tags -->\n")


OUTPUTS: list[Output] = [
    _table_output("data-articles", "articles", ARTICLE_FIELDS, lambda arts: [article_record(a) for a in arts],
                  ARTICLE_CSV_SPREAD),
    _table_output("data-facts", "facts", FACT_FIELDS, lambda arts: [fact_record(f) for a in arts for f in a["facts"]]),
    Output("data-cleaning", _cleaning_view, _cleaning_write, ("data/cleaning.json",)),
    _list_output("practices"),
    _list_output("milestones"),
    Output("browse", lambda page, articles: _fields(articles, BROWSE_FIELDS), _browse_write,
           ("browse", "articles/index.md")),
    *(_compare_output(part) for part in PARTS),
    Output("home-map", lambda page, articles: _fields(articles, MAP_FIELDS),
           lambda views, out: render_home_map(_flat(views), out / "_snippets"), ("_snippets/home_map.md",)),
    Output("home-places", lambda page, articles: _fields(articles, PLACES_FIELDS, lambda f: f.get("metric")),
           lambda views, out: render_home_places(_flat(views), out / "_snippets", out / "compare"),
           ("_snippets/key_figures.md", "_snippets/articles_by_place.md"),
           reads=tuple(f"compare-{part}" for part in PARTS)),
    Output("glossary", _glossary_view, lambda views, out: render_glossary(_flat(views), out / "glossary"),
           ("glossary",)),
    Output("static", lambda page, articles: None, _static_write,
           ("data/jieba_user_dict.txt", "tags.md")),
]
