"""Per-seed results -> every generated file under docs/ (in a staging folder).

Article pages are rendered per unit (a page's articles, linked with its
neighbours); the cross-article outputs of outputs.py are written from the
units' views, each in one pass (linear in the number of articles), and only
when their inputs changed (units.py).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .glossary import glossary_linker
from .render.pages import render_article
from .render.safe import front_matter, md_inline
from .terms import search_terms
from .units import place_file


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


def jieba_user_dict() -> str:
    """Words the search index must keep whole: places, terms, metric phrasings."""
    return "".join(f"{w} 2000\n" for w in search_terms())


def _make_unit(site_url: str, linker):
    """key, page, linked articles -> the unit: rendered article pages and one view per output."""
    from .outputs import OUTPUTS
    from .units import Unit, digest

    def make(key: str, page: dict, articles: list[dict]) -> Unit:
        pages = [(a["page"], render_article(a, a["facts"], site_url, link_terms=linker(a))) for a in articles]
        views = {o.name: o.view(page, articles) for o in OUTPUTS}
        make.fresh.add(key)
        return Unit(key, pages, {name: digest(v) for name, v in views.items()}, views,
                    len(articles), sum(len(a["facts"]) for a in articles))

    make.fresh = set()  # keys of the units made in this build
    return make


def render_site(seeds: list, out: Path, site_url: str = "", cache_dir: Path | None = None, store=None) -> dict:
    """Write every generated file into out (a staging folder).

    seeds: `units.Seed`s (or processed records) in corpus order. Units and
    outputs whose inputs did not change since the last build come from the
    cache (see units.py).
    """
    from .outputs import OUTPUTS
    from .units import Seed, Store, compute_units, output_key, unit_keys

    seeds = [s if isinstance(s, Seed) else Seed.of(s) for s in seeds]
    store = store or Store(cache_dir)
    keys = unit_keys(seeds, site_url)
    units = [store.unit(k) for k in keys]
    made = _make_unit(site_url, glossary_linker())

    def make(key: str, page: dict, articles: list[dict]):
        unit = made(key, page, articles)
        for rel, text in unit.pages:  # written now, while the text is in memory
            (out / rel).unlink(missing_ok=True)  # never write through a link into the cache
            _write(out / rel, text)
        return unit

    compute_units(seeds, [i for i, u in enumerate(units) if u is None], keys, units, store, make)
    lost = []
    for i, u in enumerate(units):
        if u.key not in made.fresh:
            try:
                for k, (rel, _) in enumerate(u.pages):
                    place_file(store.page_source(u, k), out / rel)
            except FileNotFoundError:  # removed from the cache since the build started
                lost.append(i)
    compute_units(seeds, lost, keys, units, store, make)

    written: dict[str, str] = {}
    for o in OUTPUTS:
        key = output_key(o.name, site_url, [u.digests[o.name] for u in units], [written[r] for r in o.reads])
        written[o.name] = key
        if store.place_output(o.name, key, out):
            continue
        missing = []
        for i, u in enumerate(units):
            try:
                store.view(u, o.name)
            except KeyError:
                missing.append(i)
        if missing:  # views lost from the cache: make those units again
            compute_units(seeds, missing, keys, units, store, make)
        o.write([store.view(u, o.name) for u in units], out)
        store.keep_output(o.name, key, o.paths, out)
    store.save()
    return {"articles": sum(u.articles for u in units), "facts": sum(u.facts for u in units)}
