"""The vocabulary of machine formats (data/markup.yaml), read once: its own module so the
format readers (html_source, feeds, subtitles) and the dispatcher (markup) need not import
each other."""
from __future__ import annotations

import functools

from ..data import load_data


@functools.lru_cache(maxsize=1)
def markup_vocabulary() -> dict:
    return load_data("markup.yaml")
