"""One site address: SITE_URL overrides site_url for every build path, and a site built with it
holds no other address of its own (issue 15, "Done when")."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from build_tools.site.url import absolute, is_placeholder, site_path, site_url
from conftest import ROOT, SITE_URL

MKDOCS_YML = ROOT / "mkdocs.yml"
URL_RE = re.compile(r"https?://[^\s\"'<>\\)\]]+")
# Vocabularies and namespaces named in the markup: not addresses of this site.
VOCABULARIES = ("http://www.w3.org/", "https://schema.org", "http://www.sitemaps.org/", "http://ogp.me/",
                "https://ogp.me/")


@pytest.mark.parametrize("environ", [{}, {"SITE_URL": "https://a.example/wm"}, {"SITE_URL": ""},
                                     {"OTHER": "x"}])
def test_url_module_reads_the_rule_mkdocs_reads(environ, monkeypatch):
    """site/url.py (used by `python -m build_tools build` and check) agrees with MkDocs' own
    reading of `site_url: !ENV [SITE_URL, default]`, which `make site`/`serve` and the hook use."""
    from mkdocs.config import load_config

    monkeypatch.delenv("SITE_URL", raising=False)
    for k, v in environ.items():
        monkeypatch.setenv(k, v)
    cfg = load_config(str(MKDOCS_YML))
    assert site_url(MKDOCS_YML) == (cfg["site_url"] or "")
    assert site_path(MKDOCS_YML) == ((cfg["site_url"] and re.sub(r"^https?://[^/]+", "", cfg["site_url"])) or "/")


def test_default_address_is_the_placeholder():
    assert is_placeholder(site_url(MKDOCS_YML, environ={}))
    assert not is_placeholder(SITE_URL)
    assert absolute(SITE_URL, "articles/x/#s1-2") == SITE_URL + "articles/x/#s1-2"


def _text_files(root: Path):
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".html", ".xml", ".json", ".csv", ".md", ".txt"):
            yield p


def test_no_other_address_anywhere_in_the_built_site_or_data(site, docs):
    """Built with SITE_URL: every absolute URL in every page, data file, citation and the
    sitemap is under SITE_URL (or a vocabulary the markup names), none is the placeholder."""
    bad = []
    for root in (site, docs):
        for p in _text_files(root):
            text = p.read_text(encoding="utf-8", errors="replace")
            for url in URL_RE.findall(text):
                if not url.startswith(SITE_URL) and not url.startswith(VOCABULARIES):
                    bad.append(f"{p.relative_to(root.parent)}: {url}")
    assert not bad, "\n".join(bad[:40])


def test_every_record_url_is_absolute(docs):
    for name in ("articles", "facts", "practices", "milestones"):
        rows = json.loads((docs / "data" / f"{name}.json").read_text(encoding="utf-8"))
        assert rows
        for r in rows:
            assert r["url"].startswith(SITE_URL), (name, r["url"])
    for name in ("articles", "facts"):
        import csv

        rows = list(csv.DictReader((docs / "data" / f"{name}.csv").read_text(encoding="utf-8-sig").splitlines()))
        assert rows and all(r["url"].startswith(SITE_URL) for r in rows), name


def test_canonical_links_sitemap_and_citations_use_the_address(site, articles):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(loc.startswith(SITE_URL) for loc in locs)
    for a in articles:
        html = (site / "articles" / a["slug"] / "index.html").read_text(encoding="utf-8")
        page = f"{SITE_URL}articles/{a['slug']}/"
        assert f'<link rel="canonical" href="{page}">' in html
        assert f'<meta name="citation_public_url" content="{page}">' in html
        assert f"url = &#123;{page}&#125;" in html                       # BibTeX
        assert f"&quot;URL&quot;: &quot;{page}&quot;" in html            # CSL-JSON


def test_check_warns_about_the_placeholder_and_refuses_it_for_publishing(tmp_path):
    from build_tools.check import placeholder_warning

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<link rel="canonical" href="https://example.github.io/wenming-archive/">',
                                     encoding="utf-8")
    assert "SITE_URL" in placeholder_warning(site)
    (site / "index.html").write_text(f'<link rel="canonical" href="{SITE_URL}">', encoding="utf-8")
    assert placeholder_warning(site) is None
