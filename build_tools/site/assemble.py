"""Per-seed results -> every generated file under docs/ (in a staging folder).

Article pages are rendered per unit (a page's articles, linked with its
neighbours); the cross-article outputs of outputs.py are written from the
units' views, each in one pass (linear in the number of articles), and only
when their inputs changed (units.py).
"""
from __future__ import annotations

from pathlib import Path

from ..render.glossary import glossary_linker
from ..render.pages import audit_data, audit_path, render_article
from .outputs import OUTPUTS
from .store import Store, place_file
from .units import Seed, Unit, compute_units, digest, output_key, unit_keys


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _make_unit(site_url: str, linker):
    """key, page, linked articles -> the unit: rendered article pages (and their audit
    files) and one view per output."""
    def make(key: str, page: dict, articles: list[dict]) -> Unit:
        pages = [(a["page"], render_article(a, a["facts"], site_url, link_terms=linker(a))) for a in articles]
        pages += [(audit_path(a["slug"]), audit_data(a)) for a in articles]
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
