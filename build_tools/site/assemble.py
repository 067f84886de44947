"""Per-seed results -> every generated file under docs/ (in a staging folder).

Article pages are rendered per unit (a page's articles, linked with its
neighbours); the cross-article outputs of outputs.py are written from the
units' views, each in one pass (linear in the number of articles), and only
when their inputs changed (units.py).
"""
from __future__ import annotations

import errno
from pathlib import Path

from ..render.dictionary import render_dictionary
from ..render.glossary import glossary_linker
from ..render.pages import audit_data, audit_path, render_article
from .outputs import OUTPUTS
from .store import IMAGE_NAME, Placer, Store, file_sha
from .units import Seed, Unit, compute_units, digest, output_key, unit_keys
from .fingerprint import data_version_of
from .url import absolute

DATA_PAGE = "data/index.md"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def absolute_urls(articles: list[dict], site_url: str) -> None:
    """The records' `url`s (article, facts, practices, milestones) made absolute under the
    site's address, so that a downloaded row links to the page on its own."""
    for a in articles:
        a["url"] = absolute(site_url, a.get("url") or f'articles/{a["slug"]}/')
        for key in ("facts", "practices", "milestones"):
            for item in a.get(key) or []:
                if item.get("url"):
                    item["url"] = absolute(site_url, item["url"])


def _make_unit(site_url: str, linker, accessed: str | None = None):
    """key, page, linked articles -> the unit: rendered article pages (and their audit
    files) and one view per output. Writes nothing (it may run in a worker process)."""
    def make(key: str, page: dict, articles: list[dict]) -> Unit:
        absolute_urls(articles, site_url)
        pages = [(a["page"], render_article(a, a["facts"], site_url, link_terms=linker(a), accessed=accessed))
                 for a in articles]
        pages += [(audit_path(a["slug"]), audit_data(a)) for a in articles]
        views = {o.name: o.view(page, articles) for o in OUTPUTS}
        return Unit(key, pages, {name: digest(v) for name, v in views.items()}, views,
                    len(articles), sum(len(a["facts"]) for a in articles))

    return make


SCANS = "articles/scans"  # page images of PDF and image seeds, beside the article pages


def place_page_images(seeds: list[Seed], placer: Placer, store: Store) -> None:
    """Every seed's page images into articles/scans/ (hard links from the cache)."""
    for seed in seeds:
        for image in seed.images:
            if not IMAGE_NAME.fullmatch(image):
                raise RuntimeError(f"{seed.file}: page image name {image!r} is not one the build makes")
            rel = f"{SCANS}/{image}"
            if store.place_image(image, rel, placer):
                continue
            if seed.reimage is not None:  # removed from the cache since the seed was processed
                seed.reimage()
            if not store.place_image(image, rel, placer):
                raise RuntimeError(f"{seed.file}: page image {image} is missing")


def render_site(seeds: list, out: Path, site_url: str = "", cache_dir: Path | None = None, store=None,
                accessed: str | None = None, base: Path | None = None, jobs: int = 1) -> dict:
    """Write every generated file into out (a staging folder).

    seeds: `units.Seed`s (or processed records) in corpus order. Units and
    outputs whose inputs did not change since the last build come from the
    cache (see units.py). base: the docs folder this build will update; a
    cached file it already holds (a hard link to the cache's) is not written
    into out but named in the result's "kept" (paths relative to out), for
    `swap.patch`. jobs: worker processes for the units (a cold build makes them all).
    """
    store = store or Store(cache_dir)
    given, seeds = seeds, []
    for s in given:
        if not isinstance(s, Seed):  # a processed record in memory: its page images come with it
            for image, data in s.pop("page_images", {}).items():
                store.put_image(image, data)
            s = Seed.of(s)
        seeds.append(s)
    # what the site says about itself is part of every key: a unit's pages and views hold it
    site_key = f"{site_url}\0{accessed or ''}"
    keys = unit_keys(seeds, site_key)
    units = [store.unit(k) for k in keys]
    make = _make_unit(site_url, glossary_linker(), accessed)
    fresh: set[str] = set()  # keys of the units made in this build

    def stage(unit: Unit) -> Unit:
        for rel, text in unit.pages:  # written now, while the text is in memory
            (out / rel).unlink(missing_ok=True)  # never write through a link into the cache
            _write(out / rel, text)
        unit.staged = out  # the cache keeps these very files (hard links: docs/ will hold them)
        fresh.add(unit.key)
        return unit

    compute_units(seeds, [i for i, u in enumerate(units) if u is None], keys, units, store, make, stage, jobs)
    placer = Placer(out, base)
    lost = []
    for i, u in enumerate(units):
        if u.key not in fresh:
            try:
                for k, (rel, _) in enumerate(u.pages):
                    placer.put(store.page_source(u, k), rel)
            except FileNotFoundError:  # removed from the cache since the build started
                lost.append(i)
    compute_units(seeds, lost, keys, units, store, make, stage)

    place_page_images(seeds, placer, store)
    written: dict[str, str] = {}
    for o in OUTPUTS:
        key = output_key(o.name, site_key, [u.digests[o.name] for u in units], [written[r] for r in o.reads])
        written[o.name] = key
        if store.place_output(o.name, key, placer):
            continue
        placer.stage_kept([p for r in o.reads for p in next(x for x in OUTPUTS if x.name == r).paths])
        missing = []
        for i, u in enumerate(units):
            try:
                store.view(u, o.name)
            except KeyError:
                missing.append(i)
        if missing:  # views lost from the cache: make those units again
            compute_units(seeds, missing, keys, units, store, make, stage)
        o.write([store.view(u, o.name) for u in units], out)
        store.keep_output(o.name, key, o.paths, out)
    # the data page, written last: it shows the data version, a hash of every file beside it
    # (one page changes with the data, not every page's footer: serve rebuilds just that one)
    page = out / DATA_PAGE
    page.unlink(missing_ok=True)  # never write through a hard link into the cache
    data = {rel[len("data/"):]: base / rel for rel in placer.kept if rel.startswith("data/")}
    data.update(_files_under(out / "data"))
    _write(page, render_dictionary(data_version_of({rel: _sha_of(path) for rel, path in data.items()})))
    store.save()
    if placer.kept:  # written again after it was kept (a unit made again)
        placer.kept.difference_update(_files_under(out))
    return {"articles": sum(u.articles for u in units), "facts": sum(u.facts for u in units),
            "kept": placer.kept}


def _sha_of(path: Path) -> str:
    digest = file_sha(path)  # remembered while the file does not change
    if digest is None:
        raise FileNotFoundError(errno.ENOENT, "cannot read the file", str(path))
    return digest


def _files_under(folder: Path) -> dict[str, Path]:
    """Every file under folder: path relative to it (with `/`) -> path."""
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
