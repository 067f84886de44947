"""Plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses (or lists of them), so
each stage can be tested without MkDocs and results can be cached as JSON.
Line numbers are 1-based line numbers of the decoded seed file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable


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
        # asdict's field order, without its deep copy of every field (all are str or int)
        return {"pass_name": self.pass_name, "line": self.line, "pos": self.pos, "before": self.before,
                "after": self.after}


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
        return {"kind": self.kind, "line": self.line, "text": self.text, "note": self.note}


@dataclass(frozen=True)
class Segment:
    """A run of page text after repair: one paragraph, heading or caption.

    `first`/`last` are the source lines it came from (inclusive). `kind` is
    "meta" for a meta line or site furniture (repair/furniture.py),
    "item_title" for a brief item's title cut off its text (repair/briefs.py),
    "table" for a table's row, "out_of_column" for a lone line wider than the
    column around it (repair/paragraphs.py), else "".
    """

    text: str
    first: int
    last: int
    kind: str = ""


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
    "meta",        # a meta line or site furniture: date, source, editors ... (not text)
)


# find_places(text) -> iterable of (offset, adcode, name); injected into the
# structure step so that it can be tested without the gazetteer.
FindPlaces = Callable[[str], Iterable[tuple[int, str, str]]]


def place_readings(find_places: FindPlaces, text: str):
    """(offset, adcode, name) for every division a name in text may be (a name several
    divisions share unresolved), or None when the finder resolves names only."""
    try:
        return find_places(text, readings=True)
    except TypeError:  # a finder without readings
        return None


@dataclass
class DraftArticle:
    """One article found on a page, before metadata is attached."""

    title: str = ""
    subtitle: str = ""
    kicker: str = ""
    banners: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)       # paragraphs, headings, sub-headings
    captions: list[Block] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)  # of a picture story's text (its words are the text)
    header: list[Block] = field(default_factory=list)     # the title group's own blocks
    leading_captions: list[Block] = field(default_factory=list)  # before any title on the page
    title_inferred: bool = False  # no title printed: taken from a heading or the first clause
    meta: list[Block] = field(default_factory=list)        # meta lines of this article (not text)
    page_meta: list[Block] = field(default_factory=list)   # meta lines of the whole page (masthead)
    dropped: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, why): cut off on purpose
    site_name: str = ""          # a site name that was glued after the title
    title_lines: list[str] = field(default_factory=list)  # the title's printed lines
    title_how: str = ""          # how the title was found (provenance method); "" = printed title line
    authors_how: str = ""        # how the authors were found (provenance method)
    authors_sure: bool = True    # False when names were split from a run without separators

    def add_byline(self, block: Block, how: str = "byline_line") -> None:
        self.bylines.append(block.text)
        new = [n for n in block.extra.get("authors", []) if n not in self.authors]
        self.authors.extend(new)
        if new and not self.authors_how:
            self.authors_how = how
        if block.extra.get("guessed_split"):
            self.authors_sure = False
        self.photographers += [n for n in block.extra.get("photographers", []) if n not in self.photographers]

    def lines(self) -> tuple[int, int]:
        spans = [(b.first, b.last) for b in self.header + self.body + self.captions + self.meta]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (0, 0)

    def text(self) -> str:
        return "\n".join([self.title, self.subtitle] + [b.text for b in self.body])
