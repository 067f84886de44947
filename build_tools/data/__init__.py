"""The data catalogues (YAML and text files beside this module) and the one loader that reads them.

Catalogues are read at start-up in every worker process; libyaml's C loader
(when present) keeps that cheap. Every module reads its data through
`load_data`, so where data lives and how it is parsed is decided here once.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream):
    """yaml.safe_load, fast."""
    return yaml.load(stream, Loader=SafeLoader)


def load_data(name: str, missing=None):
    """Parse build_tools/data/<name>; `missing` is returned when the file does not exist."""
    path = resources.files("build_tools.data").joinpath(name)
    if missing is not None and not path.is_file():
        return missing
    with path.open(encoding="utf-8") as fh:
        return load_yaml(fh)


@functools.lru_cache(maxsize=None)
def data_file(name: str):
    """`load_data(name)` parsed once per process, for code that reads a catalogue on every
    page (never change what it returns: every caller shares it)."""
    return load_data(name)


@functools.lru_cache(maxsize=1)
def glossary_terms() -> list[dict]:
    """The campaign's glossary (glossary.yaml), read once: the site's term pages and links, and
    the headline tagger's nouns, read the same terms."""
    return load_data("glossary.yaml")


def term_forms(term: dict) -> list[str]:
    """A glossary term's written forms, its name and its aliases, longest first."""
    return sorted({term["zh"], *term.get("aliases", [])}, key=len, reverse=True)


@functools.lru_cache(maxsize=1)
def two_character_words() -> frozenset[str]:
    """The two-character words of jieba's main dictionary, read from its file
    (found without importing jieba, and without the second it takes jieba to
    load its whole dictionary): whether a line break or a term's edge splits
    a word."""
    return frozenset(re.findall(r"^(\S\S) [1-9]", _jieba_dictionary(), re.M))


@functools.lru_cache(maxsize=1)
def four_character_words() -> frozenset[str]:
    """The four-character words of jieba's main dictionary (村规民约, 文明城市): a line broken
    between their halves is one line of text wrapped, not a headline over text."""
    return frozenset(re.findall(r"^(\S\S\S\S) [1-9]", _jieba_dictionary(), re.M))


@functools.lru_cache(maxsize=1)
def _jieba_dictionary() -> str:
    folder = Path(find_spec("jieba").submodule_search_locations[0])
    return (folder / "dict.txt").read_text(encoding="utf-8")  # lines "word frequency [tag]"
