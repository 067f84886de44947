"""Chinese search: configuration and the built search index (no browser needed)."""
from __future__ import annotations

import json
import re

import yaml

from conftest import ROOT


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1]
                        if isinstance(node, yaml.SequenceNode) else None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def search_config() -> dict:
    for p in mkdocs_config()["plugins"]:
        if isinstance(p, dict) and "search" in p:
            return p["search"]
    raise AssertionError("search plugin not configured")


def test_search_is_configured_for_chinese():
    cfg = mkdocs_config()
    assert cfg["theme"]["language"] == "zh"
    assert cfg["theme"]["font"] is False
    s = search_config()
    assert "zh" in s["lang"]
    assert "\\u200b" in s["separator"]
    assert s["jieba_dict_user"]


def _index(site) -> dict:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[\s\u200b\-_,:!=\[\]()\"`/。，、；：？！“”《》（）]+", text) if t}


def test_index_holds_whole_chinese_terms(site, articles):
    docs = _index(site)["docs"]
    assert docs
    segmented = [d for d in docs if "\u200b" in d["text"]]
    assert segmented, "Chinese text was not segmented by jieba"
    for term in ("口袋公园", "新时代文明实践中心", "伊金霍洛旗", "呼伦贝尔"):
        hits = [d["location"] for d in docs if term in _tokens(d["text"]) or term in _tokens(d["title"])]
        assert hits, f"{term} is not a whole token anywhere in the index"


def test_index_places_a_term_on_the_right_article(site, articles):
    docs = _index(site)["docs"]
    by_slug = {a["slug"]: a for a in articles}
    hits = {d["location"].split("/")[1] for d in docs
            if d["location"].startswith("articles/") and "乌兰察布" in _tokens(d["text"])}
    assert any(by_slug[h]["region"] == "乌兰察布市" for h in hits if h in by_slug)


def test_compacted_word_breaks_match_the_configured_separator():
    from build_tools.site.search_index import SEPARATOR_CHARS

    sep = re.compile(search_config()["separator"])
    for ch in SEPARATOR_CHARS:
        assert sep.fullmatch(ch), f"{ch!r} is dropped next to word breaks but is not a separator"


def test_index_is_plain_utf8_and_keeps_word_breaks_between_han(site):
    raw = (site / "search" / "search_index.json").read_bytes()
    assert not re.search(rb"\\u[4-9][0-9a-f]{3}", raw), "Chinese text is still ASCII-escaped"
    text = raw.decode("utf-8")
    assert "\u200b" in text
    assert not re.search("\u200b[，。、；：]", text)


def test_map_labels_and_place_lists_stay_out_of_the_index(site, articles):
    """The home page's map (labels, coordinates), place cards and article table are navigation,
    not reading text: none of their words is indexed for the home page."""
    home = [d for d in _index(site)["docs"] if d["location"] in ("", "#") or d["location"].startswith("#")]
    assert home, "the home page is indexed"
    text = " ".join(d["title"] + " " + d["text"] for d in home)
    for word in ("报道地区分布图", "北纬", "东经", "点击打开文章"):
        assert word not in text, word
    for a in articles:
        assert a["title"].replace(" ", "")[:8] not in text.replace("\u200b", "").replace(" ", ""), a["title"]


def test_english_names_and_metric_words_are_in_the_index(site, articles):
    docs = _index(site)["docs"]
    for a in articles:
        page = [d for d in docs if d["location"].startswith(f'articles/{a["slug"]}/')]
        words = set().union(*(_tokens(d["text"]) | _tokens(d["title"]) | set(" ".join(d.get("tags", [])).split())
                              for d in page))
        for w in a["name_en"].split():
            assert w in words, (a["slug"], w)
    every = set().union(*(_tokens(d["text"]) | _tokens(d["title"]) for d in docs))
    for w in ("Volunteers", "Investment", "Population", "renovated"):
        assert w in every, w


def test_title_outranks_tags_in_the_configured_fields():
    fields = search_config()["fields"]
    assert fields["title"]["boost"] > fields["tags"]["boost"] > fields["text"]["boost"]
    # Material adds a trailing wildcard to queries, which skips lunr's pipeline: a stemmed index
    # would never match an English query typed in full
    assert search_config()["pipeline"] == []
