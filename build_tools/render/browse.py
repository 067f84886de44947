"""Browse pages: all articles, by region (province > prefecture > county), by year, by author."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .safe import front_matter, md_inline


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _article_link(a: dict, prefix: str = "../") -> str:
    return f'[{md_inline(a["title"] or a["slug"])}]({prefix}articles/{a["slug"]}.md)'


def _year(a: dict):
    return (a.get("year") or {}).get("value")


def render_browse(articles: list[dict], out: Path) -> None:
    """Index pages: all articles, by region (province > prefecture > county), by year, by author."""
    lines = [front_matter({"title": "全部文章 All articles"}), "\n# 全部文章 All articles\n\n",
             "| 标题 Title | 地区 Region | 年份 Year | 作者 Authors |\n|---|---|---|---|\n"]
    for a in sorted(articles, key=lambda a: (a.get("adcode") or "999999", a["slug"])):
        lines.append(f'| {_article_link(a)} | {md_inline(a.get("region") or "—")} | {_year(a) or "—"} | '
                     f'{md_inline("、".join(a["authors"]) or "—")} |\n')
    lines.append("\n按 [地区](regions.md) · [年份](years.md) · [作者](authors.md) 浏览。Browse by region, year or author.\n")
    _write(out / "index.md", "".join(lines))

    tree: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for a in articles:
        prov = a.get("province") or "未确定地区 Unresolved"
        pref = a.get("prefecture") or (a.get("region") if a.get("level") == "prefecture" else "") or "（省级 provincial）"
        county = a.get("region") if a.get("level") == "county" else "（全市 city-wide）"
        tree[prov][pref][county].append(a)
    lines = [front_matter({"title": "按地区 By region"}), "\n# 按地区浏览 Articles by region\n\n"]
    for prov in sorted(tree):
        lines.append(f"## {md_inline(prov)}\n\n")
        for pref in sorted(tree[prov]):
            lines.append(f"### {md_inline(pref)}\n\n")
            for county in sorted(tree[prov][pref]):
                lines.append(f"- **{md_inline(county)}**\n")
                for a in sorted(tree[prov][pref][county], key=lambda a: a["slug"]):
                    lines.append(f"    - {_article_link(a)}（{_year(a) or '年份不详'}）\n")
            lines.append("\n")
    _write(out / "regions.md", "".join(lines))

    by_year = defaultdict(list)
    for a in articles:
        by_year[_year(a) or 0].append(a)
    lines = [front_matter({"title": "按年份 By year"}), "\n# 按年份浏览 Articles by year\n\n",
             "年份由文中证据推断（latest year mentioned, dated events）。Years are estimates from internal evidence.\n\n"]
    for y in sorted(by_year, reverse=True):
        lines.append(f"## {y or '年份不详 Unknown'}\n\n")
        for a in sorted(by_year[y], key=lambda a: a["slug"]):
            lines.append(f'- {_article_link(a)} · {md_inline(a.get("region") or "")}\n')
        lines.append("\n")
    _write(out / "years.md", "".join(lines))

    by_author = defaultdict(list)
    for a in articles:
        for n in a["authors"]:
            by_author[n].append(a)
    lines = [front_matter({"title": "按作者 By author"}), "\n# 按作者浏览 Articles by author\n\n"]
    for n in sorted(by_author):
        links = "；".join(_article_link(a) for a in by_author[n])
        lines.append(f"- **{md_inline(n)}**：{links}\n")
    _write(out / "authors.md", "".join(lines))
