"""Words of a short line and their parts of speech (jieba's tagger): whether a headline's line
says something (a verb), or whether a lone line under a title is a person's name."""
from __future__ import annotations

import functools


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
    return jieba.posseg.POSTokenizer(tokenizer)


@functools.lru_cache(maxsize=512)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's part-of-speech tags of a short line (loaded on first use)."""
    return tuple((w.word, w.flag) for w in load_pos_tagger().lcut(text))
