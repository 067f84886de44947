"""Errors the user sees: one line naming the file, never a traceback."""
from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")


def one_line(message: str, limit: int = 300) -> str:
    """A message on one line, not too long (exception texts can span several lines).

    >>> one_line("a\\n  b\\tc")
    'a b c'
    """
    out = _SPACE.sub(" ", str(message)).strip()
    return out if len(out) <= limit else out[: limit - 1] + "…"


class SeedError(Exception):
    """A seed that cannot be turned into pages (not text, undecodable ...)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {one_line(reason)}")
        self.path = path
        self.reason = reason


class EmptySeed(SeedError):
    """A seed with no text: skipped with a warning, not an error."""
