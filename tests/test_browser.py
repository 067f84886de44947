"""The search box in a real browser: Playwright driving Debian's chromium."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: `make test` installs Debian's chromium (make browser-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield b
        b.close()


def search(page, base: str, query: str) -> list[str]:
    """Type a query into Material's search box; return result hrefs in order."""
    page.goto(base + "/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(query)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.getAttribute('href'))")


def article_for(articles, **want) -> str:
    for a in articles:
        if all(a.get(k) == v for k, v in want.items()):
            return a["slug"]
    raise AssertionError(f"no article with {want}")


def test_search_box_finds_chinese_words(browser, served_site, articles):
    page = browser.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    hrefs = search(page, served_site, "口袋公园")
    assert hrefs and any("articles/" in h for h in hrefs)
    hrefs = search(page, served_site, "伊金霍洛旗")
    assert article_for(articles, region="伊金霍洛旗") in hrefs[0]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-results.png"))
    assert not errors, errors
