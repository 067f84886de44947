"""Incremental builds (units.py): after any change, the cached build writes
exactly what a build from scratch writes, and it skips the work whose inputs
did not change."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from build_tools.site import outputs
from build_tools.site.build import build
from conftest import SEEDS

FIXTURES = Path(__file__).parent / "fixtures"
SICHUAN = (FIXTURES / "layouts" / "two_articles_sichuan.txt").read_text(encoding="utf-8")
CAPTION = "涪城区志愿者在社区开展垃圾分类宣传。"


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def from_scratch(seeds: Path, work: Path, cache: Path | None = None, site_url: str = "") -> dict[str, str]:
    """What a build with no units or outputs kept writes (processed seeds may be
    reused from `cache`: they are keyed by content and tested elsewhere)."""
    ref_cache = None
    if cache is not None:
        ref_cache = work / "ref-cache"
        shutil.rmtree(ref_cache, ignore_errors=True)
        shutil.copytree(cache / "seeds", ref_cache / "seeds")
    docs = work / "ref-docs"
    shutil.rmtree(docs, ignore_errors=True)
    report = build(seeds, docs, cache_dir=ref_cache, site_url=site_url)
    assert not report.errors, report.errors
    return tree(docs)


@pytest.fixture()
def corpus(tmp_path) -> Path:
    """The real seeds, and a Sichuan page split in two so that its caption is
    printed at the top of the next page (the cross-page step moves it back)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds, ignore=shutil.ignore_patterns(".*"))
    cut = SICHUAN.index(CAPTION)
    (seeds / "005_mianyang.txt").write_text(SICHUAN[:cut], encoding="utf-8")
    (seeds / "006_jiangyou.txt").write_text(SICHUAN[cut:], encoding="utf-8")
    return seeds


@pytest.fixture()
def calls(monkeypatch) -> dict[str, int]:
    """How often each part of the comparison pages and the article-data files were written."""
    counts = {"figures": 0, "practices": 0, "timeline": 0, "articles": 0}
    real_compare, real_put = outputs.render_compare_pages, outputs._put

    def compare(articles, out, parts):
        for part in parts:
            counts[part] += 1
        return real_compare(articles, out, parts)

    def put(path, text):
        if path.name == "articles.json":
            counts["articles"] += 1
        return real_put(path, text)

    monkeypatch.setattr(outputs, "render_compare_pages", compare)
    monkeypatch.setattr(outputs, "_put", put)
    return counts


def incremental(seeds: Path, tmp_path: Path) -> tuple[dict[str, str], object]:
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    report = build(seeds, docs, cache_dir=cache)
    assert not report.errors, report.errors
    return tree(docs), report


def test_the_cross_page_caption_moves_back(corpus, tmp_path):
    build(corpus, tmp_path / "docs", cache_dir=None)
    arts = json.loads((tmp_path / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    mianyang = next(a for a in arts if a["region"] == "绵阳市")
    assert {"file": "006_jiangyou.txt", "lines": [1, 3]} in mianyang["sources"]
    assert CAPTION in (tmp_path / "docs" / mianyang["page"]).read_text(encoding="utf-8")


def test_each_change_gives_what_a_fresh_build_gives(corpus, tmp_path, calls):
    cache = tmp_path / "cache"
    first, report = incremental(corpus, tmp_path)
    assert report.cached == 0
    assert first == from_scratch(corpus, tmp_path)  # no cache at all

    # an editor's note: the data files change, the comparison pages do not
    victim = corpus / "002_7e10592aca6d5f82.txt"
    victim.write_text(victim.read_text(encoding="utf-8") + "\n\n（编者注：本文有修订。）\n", encoding="utf-8")
    before = dict(calls)
    now, report = incremental(corpus, tmp_path)
    assert calls == dict(before, articles=before["articles"] + 1)
    assert report.cached == len(list(corpus.iterdir())) - 1
    assert now == from_scratch(corpus, tmp_path, cache) and now != first

    # a compared figure changes: the figures part of the comparison pages is written again
    text = (corpus / "005_mianyang.txt").read_text(encoding="utf-8")
    assert "52万余人" in text
    (corpus / "005_mianyang.txt").write_text(text.replace("52万余人", "61万余人"), encoding="utf-8")
    before = dict(calls)
    now, _ = incremental(corpus, tmp_path)
    assert calls["figures"] == before["figures"] + 1
    assert calls["timeline"] == before["timeline"] and calls["articles"] == before["articles"]  # no date, no metadata
    assert now == from_scratch(corpus, tmp_path, cache)
    assert "61万" in (tmp_path / "docs" / "compare" / "volunteers.md").read_text(encoding="utf-8")

    # the page before the moved caption changes place: the caption stays where it was printed
    (corpus / "005_mianyang.txt").write_text(text.replace("绵阳", "德阳"), encoding="utf-8")
    now, _ = incremental(corpus, tmp_path)
    assert now == from_scratch(corpus, tmp_path, cache)
    arts = json.loads((tmp_path / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert not any(s["file"] == "006_jiangyou.txt" for a in arts if a["region"] == "德阳市" for s in a["sources"])

    # a page added in the middle, a page removed, a page renamed
    shutil.copy(FIXTURES / "unseen" / "a_county.txt", corpus / "0015_county.txt")
    (corpus / "003_5428f05cc1d84a74.txt").unlink()
    (corpus / "004_2b0d1bc9df53533a.txt").rename(corpus / "009_renamed.txt")
    now, report = incremental(corpus, tmp_path)
    assert now == from_scratch(corpus, tmp_path, cache)
    assert not any(k.startswith("articles/004") for k in now)

    # nothing changed: nothing is written again
    before = dict(calls)
    again, _ = incremental(corpus, tmp_path)
    assert again == now and calls == before


def test_a_damaged_cache_is_rebuilt_not_trusted(corpus, tmp_path):
    cache = tmp_path / "cache"
    first, _ = incremental(corpus, tmp_path)
    views = sorted((cache / "views").rglob("*.json"))
    for p in views[::3]:
        p.unlink()
    for p in views[1::3]:
        p.write_bytes(b"not json")
    pages = sorted((cache / "pages").glob("*.md"))
    pages[0].unlink()
    shutil.rmtree(cache / "outputs")  # every output must be written again, from the views left
    assert incremental(corpus, tmp_path)[0] == first
    (cache / "index.json").write_bytes(b"garbage")
    next(iter(sorted((cache / "seeds").glob("*.json")))).write_text("{not json", encoding="utf-8")
    assert incremental(corpus, tmp_path)[0] == first
    index = json.loads((cache / "index.json").read_bytes())
    assert len(index["units"]) == len(list(corpus.iterdir()))


def test_the_site_url_is_part_of_the_key(corpus, tmp_path):
    cache = tmp_path / "cache"
    incremental(corpus, tmp_path)
    report = build(corpus, tmp_path / "docs", cache_dir=cache, site_url="https://example.org/other/")
    assert not report.errors
    assert tree(tmp_path / "docs") == from_scratch(corpus, tmp_path, cache, site_url="https://example.org/other/")


def test_views_hold_everything_the_pages_read(tmp_path):
    """Each cross-article page written from its views equals the page written
    from whole article records: a view leaves out nothing its page reads."""
    from build_tools.render.compare import render_compare_pages
    from build_tools.render.home import render_home_map, render_home_places
    from build_tools.pipeline import link_corpus, process_seed
    from build_tools.render.browse import render_browse

    pages = [process_seed(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]
    whole = link_corpus(pages)
    views = {o.name: [x for p in pages for x in o.view(p, p["articles"])] for o in outputs.OUTPUTS
             if o.name in ("browse", "compare-figures", "compare-practices", "compare-timeline", "home-map",
                           "home-places")}
    for label, arts in (("whole", whole), ("views", None)):
        out = tmp_path / label
        render_browse(arts or views["browse"], out / "browse")
        for part in ("figures", "practices", "timeline"):
            render_compare_pages(arts or views[f"compare-{part}"], out / "compare", (part,))
        render_home_map(arts or views["home-map"], out / "_snippets")
        render_home_places(arts or views["home-places"], out / "_snippets", out / "compare")
    assert tree(tmp_path / "whole") == tree(tmp_path / "views")
    assert len(tree(tmp_path / "whole")) > 15


def test_unused_cache_files_are_cleared_once_they_pile_up(corpus, tmp_path):
    cache = tmp_path / "cache"
    first, _ = incremental(corpus, tmp_path)
    used = sorted(p.name for p in (cache / "seeds").iterdir())
    for n in range(50):  # a few stale entries are kept (undoing an edit is free) ...
        (cache / "seeds" / f"{n:064x}.json").write_text("{}", encoding="utf-8")
    incremental(corpus, tmp_path)
    assert len(list((cache / "seeds").iterdir())) == len(used) + 50
    for n in range(50, 200):  # ... but not without bound
        (cache / "seeds" / f"{n:064x}.json").write_text("{}", encoding="utf-8")
    assert incremental(corpus, tmp_path)[0] == first
    assert sorted(p.name for p in (cache / "seeds").iterdir()) == used


def test_outputs_only_read_their_views(tmp_path):
    """A long-lived process keeps the views it read for the next build (store._VIEWS): no
    output may change the views it is handed, or the next build would write from changed ones."""
    from build_tools.pipeline import link_corpus, process_seed
    from build_tools.site.store import view_bytes

    pages = [process_seed(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]
    link_corpus(pages)
    out = tmp_path / "out"
    for o in outputs.OUTPUTS:  # in build order: an output that reads another's files finds them
        views = [json.loads(view_bytes(o.view(p, p["articles"]))) for p in pages]
        before = [view_bytes(v) for v in views]
        o.write(views, out)
        assert [view_bytes(v) for v in views] == before, o.name
    assert (out / "data" / "articles.json").exists() and (out / "_snippets" / "key_figures.md").exists()
