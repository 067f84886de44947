"""Words the search index must keep whole (the jieba user dictionary).

Material's search segments Chinese with jieba at build time; without these
words place names and campaign terms would be cut into pieces that a query
typed as a whole word does not match.
"""
from __future__ import annotations

import re

import yaml
from importlib import resources

from .extract.gazetteer import load_gazetteer
from .glossary import load_glossary


def _yaml(name: str):
    with resources.files("build_tools.data").joinpath(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def search_terms() -> list[str]:
    words: set[str] = set(load_gazetteer().jieba_words())
    for t in load_glossary():
        words.add(t["zh"])
        words.update(t.get("aliases", []))
    for name, key in (("metrics.yaml", "label_zh"), ("practices.yaml", "label_zh")):
        try:
            data = _yaml(name)
        except FileNotFoundError:
            continue
        items = data if isinstance(data, list) else data.get("metrics") or data.get("practices") or []
        for item in items:
            if isinstance(item, dict) and item.get(key):
                words.add(item[key])
    # jieba's dictionary format: one word per line, no spaces inside a word
    return sorted(w for w in words if w and not re.search(r"\s", w) and len(w) >= 2)
