"""Words of a short line and their parts of speech (jieba's tagger): whether a headline's line
says something (a verb), or whether a lone line under a title is a person's name."""
from __future__ import annotations

import functools

from ..data import glossary_terms, term_forms


@functools.lru_cache(maxsize=1)
def load_pos_tagger():
    """jieba's part-of-speech tagger with its own dictionary loaded (seconds: a build loads
    it before forking its workers, which then share it). Its own: under `mkdocs serve` the
    search plugin loads the site's user dictionary into jieba's default tokenizer, and a
    headline's words must not depend on which process reads it."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.check_initialized()
    # the campaign's terms are names of things (新时代文明实践中心, not 实践 the verb inside it):
    # data/glossary.yaml's terms and their other forms, each one noun
    for word in glossary_words():
        tokenizer.add_word(word, tag="n")
    return jieba.posseg.POSTokenizer(tokenizer)


@functools.lru_cache(maxsize=1)
def glossary_words() -> frozenset[str]:
    """The campaign's terms and their other forms (data/glossary.yaml), three characters or more."""
    return frozenset(w for term in glossary_terms() for w in term_forms(term) if len(w) >= 3)


@functools.lru_cache(maxsize=512)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's part-of-speech tags of a short line (loaded on first use)."""
    return tuple((w.word, w.flag) for w in load_pos_tagger().lcut(text))
