"""The benchmark machinery at a tiny size: corpora, report shape, search-index measure, the site,
`mkdocs serve` and browser measures.

No timing asserts: figures depend on the machine; BENCH.md has the real ones.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from build_tools import bench
from build_tools.site.build import list_seeds

ROOT = Path(__file__).resolve().parent.parent


def test_corpus_is_deterministic_and_varied(tmp_path):
    a = bench.make_corpus(10, tmp_path / "a")
    b = bench.make_corpus(10, tmp_path / "b")
    assert [p.name for p in a] == [p.name for p in b]
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert len({p.read_bytes() for p in a}) == 10          # every page differs
    assert len({p.name for p in a}) == 10
    real = list_seeds(ROOT / "seeds")
    # the 6th synthetic page comes from the same real page as the 1st, with other places/numbers
    assert a[0].read_bytes() != a[len(real)].read_bytes()
    assert all(p.read_bytes().decode("utf-8") for p in a)


def test_report_shape(tmp_path):
    out = tmp_path / "report.json"
    rc = bench.run_bench([5], 1, out, mkdocs_max=0, work_dir=tmp_path / "work", site_max=0)
    assert rc == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"machine", "runs", "results", "floors", "date"} <= set(report)
    assert report["machine"]["nproc"] >= 1 and report["machine"]["python"]
    (r,) = report["results"]
    assert r["n"] == 5 and r["seeds"] == 5 and r["articles"] >= 5
    for key in ("full_seconds", "incremental_seconds", "incremental_fraction", "peak_rss_mb"):
        assert isinstance(r[key], (int, float)) and r[key] > 0, key
    assert r["incremental_cached"] == 4                       # only the edited seed was processed again
    assert r["incremental_figure_seconds"] > 0
    assert "mkdocs_skipped" in r and "mkdocs_seconds" not in r
    assert not (tmp_path / "work" / "n5").exists()            # work folders are cleaned up


def test_search_stats_counts_only_indexed_text(tmp_path):
    site = tmp_path / "site"
    page = site / "articles" / "x" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<html><body><nav>导航不算</nav><article class="md-content__inner md-typeset">'
        '<h1>标题<a class="headerlink" href="#t">¶</a></h1><p>正文十个字正文十个字</p>'
        '<details class="audit" data-search-exclude><p>审计不算</p></details><br>'
        '<script>var x = 1;</script></article></body></html>', encoding="utf-8")
    (site / "search").mkdir()
    index = {"config": {}, "docs": [{"location": "articles/x/", "title": "标题", "text": "正文十个字正文十个字"}]}
    (site / "search" / "search_index.json").write_text(json.dumps(index), encoding="utf-8")
    s = bench.search_stats(site)
    assert s["indexed_text_bytes"] == len("标题正文十个字正文十个字".encode("utf-8"))
    assert s["pages"] == 1 and s["entries"] == 1
    assert s["index_bytes_if_utf8"] < s["index_bytes"]
    assert s["ratio"] == round(s["index_bytes"] / s["indexed_text_bytes"], 3)


def test_plain_project_holds_each_article_text_and_nothing_else(tmp_path, docs, articles):
    """The plain MkDocs baseline: the same articles' title and paragraphs, no markup, no hook."""
    from build_tools.check import article_paragraphs, read_front_matter

    plain = bench.make_plain_project(docs, tmp_path / "plain")
    config = (plain / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:" not in config and "jieba_dict_user" in config and "zh" in config
    for a in articles:
        text = (plain / "docs" / a["page"]).read_text(encoding="utf-8")
        assert "<" not in text and not text.startswith("---")
        paras = article_paragraphs(read_front_matter(docs / a["page"])[1])
        assert paras and len(text.split("\n\n")) == len(paras) + 1


@pytest.mark.browser
def test_site_serve_and_browser_measures_at_a_tiny_size(tmp_path):
    out = tmp_path / "report.json"
    rc = bench.run_bench([6], 1, out, mkdocs_max=0, work_dir=tmp_path / "work", site_max=6, serve_edits=1,
                         browser_min=6)
    assert rc == 0
    (r,) = json.loads(out.read_text(encoding="utf-8"))["results"]
    for key in ("cold_site_seconds", "cold_mkdocs_seconds", "plain_seconds", "warm_site_seconds",
                "serve_latency_seconds"):
        assert r[key] > 0, key
    assert r["serve_builds_per_edit"] == 1 and r["serve_title_edit"]["builds"] == 1
    assert r["serve_incremental_builds"] >= 1  # the note was built page by page
    assert r["cold_vs_plain"] == round(r["cold_site_seconds"] / r["plain_seconds"], 3)
    b = r["browser"]
    assert b["index_bytes"] > b["index_gzip_bytes"] > 0 and b["ready_seconds"] > 0
    assert len(b["query_seconds"]) == 2 and all(t > 0 for t in b["query_seconds"].values())
