"""Errors the user sees: one line naming the file, never a traceback."""


class SeedError(Exception):
    """A seed that cannot be turned into pages (not text, undecodable ...)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptySeed(SeedError):
    """A seed with no text: skipped with a warning, not an error."""
