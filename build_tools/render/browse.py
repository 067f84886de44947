"""Browse pages: all articles, by region (province > prefecture > county), by year, by author;
and the index page of /articles/. Chinese first with English beside.

These pages list what the article pages hold, so they rank low in the search
(`search.boost`): a query finds the article before the list that names it.
Their tables and lists are HTML on one line (render/tables.py): Python-Markdown
need not parse a row per article.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

from .safe import front_matter, html_text, md_inline
from .tables import bullets, link, table

# listing pages rank below the pages they list
LIST_BOOST = 0.1


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _front(title: str) -> str:
    return front_matter({"title": title, "search": {"boost": LIST_BOOST}})


def _article_link(a: dict, prefix: str = "../") -> str:
    return link(f'{prefix}articles/{a["slug"]}.md', a["title"] or a["slug"])


def _year(a: dict):
    return (a.get("year") or {}).get("value")


@functools.lru_cache(maxsize=None)
def _english(name: str, code: str) -> str:
    """English name of a place named `name` (a province or prefecture), found through the
    gazetteer from the adcode of a place inside it; "" when unknown."""
    try:
        from ..extract.gazetteer import load_gazetteer

        gaz = load_gazetteer()
        place = gaz.by_code(code)
        for c in ([code] + list(place.ancestors())) if place else []:
            p = gaz.by_code(c)
            if p and p.name == name:
                return p.name_en
    except Exception:
        pass
    return ""


def _bi(name: str, en: str) -> str:
    """A name and its English name, for a heading (Markdown)."""
    return md_inline(name) + (f" · {md_inline(en)}" if en else "")


def _bi_html(name: str, en: str) -> str:
    return html_text(name) + (f" · {html_text(en)}" if en else "")


def _all_articles_table(articles: list[dict], prefix: str) -> list[str]:
    rows = []
    for a in sorted(articles, key=lambda a: (a.get("adcode") or "999999", a["slug"])):
        region = _bi_html(a["region"], a.get("name_en") or "") if a.get("region") else "—"
        rows.append([_article_link(a, prefix), region, html_text(str(_year(a) or "—")),
                     html_text("、".join(a["authors"]) or "—")])
    return [table(["标题 Title", "地区 Region", "年份 Year", "作者 Authors"], rows) + "\n"]


def render_browse(articles: list[dict], out: Path, articles_index: Path | None = None) -> None:
    """Index pages: all articles, by region (province > prefecture > county), by year, by author;
    and articles/index.md (the /articles/ address) when `articles_index` is given."""
    lines = [_front("全部文章 All articles"), "\n# 全部文章 All articles\n\n", *_all_articles_table(articles, "../"),
             "\n按 [地区 region](regions.md) · [年份 year](years.md) · [作者 author](authors.md) 浏览。"
             "Browse by region, year or author.\n"]
    _write(out / "index.md", "".join(lines))
    if articles_index is not None:
        lines = [_front("文章 Articles"), "\n# 文章 · Articles\n\n",
                 f"共 {len(articles)} 篇。按 [地区 region](../browse/regions.md) · [年份 year](../browse/years.md) · "
                 f"[作者 author](../browse/authors.md) 浏览。{len(articles)} articles; browse by region, year or author.\n\n",
                 *_all_articles_table(articles, "../")]
        _write(articles_index, "".join(lines))

    tree: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for a in articles:
        code = a.get("adcode") or ""
        prov = _bi(a["province"], _english(a["province"], code)) if a.get("province") else "未确定地区 Unresolved"
        if a.get("prefecture"):
            pref = _bi(a["prefecture"], _english(a["prefecture"], code))
        elif a.get("level") == "prefecture" and a.get("region"):
            pref = _bi(a["region"], a.get("name_en") or "")
        else:
            pref = "（省级 provincial）"
        # (the order the Markdown names sorted in before, the name as HTML)
        county = ((_bi(a["region"], a.get("name_en") or ""), _bi_html(a["region"], a.get("name_en") or ""))
                  if a.get("level") == "county" else ("（全市 city-wide）", "（全市 city-wide）"))
        tree[prov][pref][county].append(a)
    lines = [_front("按地区 By region"), "\n# 按地区浏览 Articles by region\n\n"]
    for prov in sorted(tree):
        lines.append(f"## {prov}\n\n")
        for pref in sorted(tree[prov]):
            lines.append(f"### {pref}\n\n")
            items = []
            for county in sorted(tree[prov][pref]):
                arts = sorted(tree[prov][pref][county], key=lambda a: a["slug"])
                items.append(f"<strong>{county[1]}</strong>"
                             + bullets(f"{_article_link(a)}（{html_text(str(_year(a) or '年份不详 year unknown'))}）"
                                       for a in arts) + " ")
            lines.append(bullets(items) + "\n\n")
    _write(out / "regions.md", "".join(lines))

    by_year = defaultdict(list)
    for a in articles:
        by_year[_year(a) or 0].append(a)
    lines = [_front("按年份 By year"), "\n# 按年份浏览 Articles by year\n\n",
             "没有印载日期的文章，年份由文中证据推断（文中最晚的年份、有日期的事件）。"
             "Where a page prints no date, its year is estimated from internal evidence (latest year mentioned, dated events).\n\n"]
    for y in sorted(by_year, reverse=True):
        lines.append(f"## {y or '年份不详 Unknown'}\n\n")
        items = []
        for a in sorted(by_year[y], key=lambda a: a["slug"]):
            region = _bi_html(a["region"], a.get("name_en") or "") if a.get("region") else ""
            items.append(f"{_article_link(a)} · {region}")
        lines.append(bullets(items) + "\n\n")
    _write(out / "years.md", "".join(lines))

    by_author = defaultdict(list)
    for a in articles:
        for n in a["authors"]:
            by_author[n].append(a)
    lines = [_front("按作者 By author"), "\n# 按作者浏览 Articles by author\n\n",
             bullets(f"<strong>{html_text(n)}</strong>：" + "；".join(_article_link(a) for a in by_author[n])
                     for n in sorted(by_author)) + "\n" if by_author else ""]
    _write(out / "authors.md", "".join(lines))
