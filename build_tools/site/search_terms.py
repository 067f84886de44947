"""Words the search index must keep whole (the jieba user dictionary).

Material's search segments Chinese with jieba at build time; without these
words place names and campaign terms would be cut into pieces that a query
typed as a whole word does not match.
"""
from __future__ import annotations

import re


from ..data import load_data
from ..extract.gazetteer import load_gazetteer
from ..render.glossary import load_glossary


def search_terms() -> list[str]:
    words: set[str] = set(load_gazetteer().jieba_words())
    for t in load_glossary():
        words.add(t["zh"])
        words.update(t.get("aliases", []))
    for name, key in (("metrics.yaml", "label_zh"), ("practices.yaml", "label_zh")):
        try:
            data = load_data(name)
        except FileNotFoundError:
            continue
        items = data if isinstance(data, list) else data.get("metrics") or data.get("practices") or []
        for item in items:
            if isinstance(item, dict) and item.get(key):
                words.add(item[key])
    # jieba's dictionary format: one word per line, no spaces inside a word
    return sorted(w for w in words if w and not re.search(r"\s", w) and len(w) >= 2)


def jieba_user_dict() -> str:
    """Words the search index must keep whole: places, terms, metric phrasings."""
    return "".join(f"{w} 2000\n" for w in search_terms())


# -- the query side ---------------------------------------------------------------
#
# Material 9.x segments a Chinese *query* greedily against the words of the
# index (`segment()` in its search worker), but only tries pieces strictly
# shorter than the rest of the query (`j < query.length`).  A whole place name
# typed as the query (呼伦贝尔, 呼和浩特) is therefore never matched as a word:
# any one-character token in the index (呼, 和) cuts it up and the rest of the
# query is dropped.  The site ships the theme's worker with that bound made
# inclusive (docs/assets/javascripts/workers/, which MkDocs serves instead of
# the theme's copy of the same path).  tests/test_site.py checks the shipped
# file against the installed theme, so a theme upgrade cannot go unnoticed.

WORKER_DIR = "assets/javascripts/workers"
_SEGMENT_BUG = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
_SEGMENT_FIX = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def theme_search_worker():
    """(file name, text) of the installed Material search worker."""
    from pathlib import Path

    import material

    workers = Path(material.__file__).parent / "templates" / WORKER_DIR
    (path,) = sorted(workers.glob("search.*.min.js"))
    return path.name, path.read_text(encoding="utf-8")


def patched_search_worker():
    """(file name, text) of the worker with whole-word query segmentation."""
    name, text = theme_search_worker()
    if text.count(_SEGMENT_BUG) != 1:
        raise RuntimeError(f"Material's search worker {name} changed: review build_tools/terms.py before upgrading")
    return name, text.replace(_SEGMENT_BUG, _SEGMENT_FIX)


if __name__ == "__main__":  # python -m build_tools.site.search_terms: refresh the shipped worker
    from pathlib import Path

    name, text = patched_search_worker()
    out = Path("docs") / WORKER_DIR
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("search.*.min.js"):
        old.unlink()
    (out / name).write_text(text, encoding="utf-8")
    print(out / name)
