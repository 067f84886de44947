"""Plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses (or lists of them), so
each stage can be tested without MkDocs and results can be cached as JSON.
Line numbers are 1-based line numbers of the decoded seed file.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Edit:
    """One change a repair pass made to the text.

    `line` is the first source line of the segment that was edited, `pos` the
    character offset in that segment's text *before* the edit. An edit with
    `after == ""` removed text; the removed text is kept in `before`.
    """

    pass_name: str
    line: int
    pos: int
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Flag:
    """Something a human should look at; the text itself is left unchanged.

    kind: e.g. "suspect_repeat" (全国全国), "dropped" (text removed on purpose).
    """

    kind: str
    line: int
    text: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Segment:
    """A run of page text after repair: one paragraph, heading or caption.

    `first`/`last` are the source lines it came from (inclusive).
    """

    text: str
    first: int
    last: int


@dataclass(frozen=True)
class Block:
    """A classified piece of a page.

    kind is one of BLOCK_KINDS. `level` is the markdown heading level when the
    seed marked the line with `#`, else 0. `extra` carries kind-specific data,
    e.g. {"photographers": [...]} for captions, {"authors": [...]} for bylines.
    """

    kind: str
    text: str
    first: int
    last: int
    level: int = 0
    extra: dict = field(default_factory=dict, compare=False, hash=False)


BLOCK_KINDS = (
    "kicker",      # column name / page header (page furniture)
    "title",
    "subtitle",    # the ——line
    "byline",
    "heading",     # section heading
    "subheading",  # one-line sub-heading right under a heading
    "paragraph",
    "quote",       # pull quote
    "caption",     # photo caption, may carry a photographer
    "credit",      # picture credit note (本版图片除署名外...)
    "banner",      # letter-spaced banner / slogan at the top of a page
)
