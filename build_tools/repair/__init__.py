"""Repair: a page's decoded lines -> repaired segments, every edit recorded.

In: the decoded lines of one page. Out: a `RepairResult`: the repaired
`Segment`s (paragraphs, headings, captions with their source lines), every
`Edit` made, and `Flag`s for a human (suspected misreadings, dropped text).

OCR repair passes for the seed pages, in the manner of ftfy.

Each pass is a small named pure function (see its docstring for the damage it
undoes, with examples). They run in the order of `PASSES`; `RepairConfig` has
one switch per pass, named like the pass function. Every change is recorded
as an `Edit`; text removed on purpose is also a `Flag(kind="dropped")`.

    result = repair_lines(lines)          # -> RepairResult
    text, edits = repair_text(text)       # segments joined with a blank line
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from ..model import Edit, Flag, Segment
from .core import Page
from .digits import fix_letter_digits
from .emphasis import strip_markdown_emphasis
from .extractor_marks import strip_extractor_marks
from .briefs import split_run_in_titles
from .one_line import break_one_line_page
from .doubled import fix_doubled_text
from .fragments import drop_repeated_fragments
from .inline_captions import split_inline_captions
from .furniture import separate_meta_lines
from .glued_headlines import split_glued_headlines
from .invisible import strip_invisible
from .paragraphs import reflow
from .pinyin import drop_pinyin_glosses
from .posts import split_post_parts
from .punctuation import fix_ocr_marks, fix_punctuation
from .spaces import fix_spaces
from .suspects import flag_suspect_repeats
from .traditional import convert_traditional
from .unicode import fix_unicode

__all__ = ["RepairConfig", "PASSES", "RepairResult", "repair_lines", "repair_text"]

# The one ordered list of passes. strip_invisible first: nothing reads text
# that displays differently from its value; then an extractor's or viewer's marks
# ((cid:N), a line-number gutter); then a Markdown converter's emphasis marks
# (type, not text); a page copied onto one line broken into its lines (every pass after it
# reads lines); then pinyin glosses, so that every
# other pass and stage reads the text without them; brief items' run-in titles
# before fix_unicode makes their full-width space an ordinary one; letters read
# for digits (3O0) after it, once full-width letters are ASCII, and marks read as letters
# (o for 。, a backslash for 、) before reflow reads sentence ends. Character- and line-level passes first
# (they see source lines; meta lines are cut off the text they are glued to
# before reflow, so that it never joins them), then reflow builds segments;
# spaces and punctuation are fixed on whole segments (so that a joined line
# gives them the same context a second run would see), and fragments compares
# segments.
PASSES = [
    strip_invisible,
    strip_extractor_marks,
    strip_markdown_emphasis,
    break_one_line_page,
    drop_pinyin_glosses,
    split_run_in_titles,
    fix_unicode,
    fix_letter_digits,
    fix_ocr_marks,
    convert_traditional,
    fix_doubled_text,
    separate_meta_lines,
    split_post_parts,
    split_glued_headlines,
    reflow,
    split_inline_captions,
    fix_spaces,
    fix_punctuation,
    drop_repeated_fragments,
    flag_suspect_repeats,
]


@dataclass(frozen=True)
class RepairConfig:
    """One switch per pass, named exactly like the pass function."""

    strip_invisible: bool = True
    strip_extractor_marks: bool = True
    strip_markdown_emphasis: bool = True
    break_one_line_page: bool = True
    drop_pinyin_glosses: bool = True
    split_run_in_titles: bool = True
    fix_unicode: bool = True
    fix_letter_digits: bool = True
    fix_ocr_marks: bool = True
    convert_traditional: bool = True
    fix_doubled_text: bool = True
    separate_meta_lines: bool = True
    split_post_parts: bool = True
    split_glued_headlines: bool = True
    reflow: bool = True
    split_inline_captions: bool = True
    fix_spaces: bool = True
    fix_punctuation: bool = True
    drop_repeated_fragments: bool = True
    flag_suspect_repeats: bool = True


assert [f.name for f in fields(RepairConfig)] == [p.__name__ for p in PASSES]


@dataclass
class RepairResult:
    segments: list[Segment]
    edits: list[Edit] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    converted_from_traditional: bool = False

    @property
    def text(self) -> str:
        # (a table's rows stay on consecutive lines: read again, they are the same table, and a
        # second repair leaves them as the first did)
        out = ""
        for k, s in enumerate(self.segments):
            if k:
                prev = self.segments[k - 1]
                out += "\n" if prev.kind == s.kind == "table" and s.first == prev.last + 1 else "\n\n"
            out += s.text
        return out


def repair_lines(lines: list[str], config: RepairConfig | None = None) -> RepairResult:
    """Repair one page given as its lines (line i is source line i+1)."""
    config = config or RepairConfig()
    page = Page.from_lines(lines)
    for p in PASSES:
        if getattr(config, p.__name__):
            page = p(page)
    segments = [Segment(u.text, u.first, u.last, u.kind if u.kind in ("meta", "furniture", "item_title", "table", "kicker", "wrapped_title",
                                                                         "out_of_column") else "")
                for u in page.units if u.text]
    return RepairResult(segments, list(page.edits), list(page.flags), page.converted_from_traditional)


def repair_text(text: str, config: RepairConfig | None = None) -> tuple[str, list[Edit]]:
    """Convenience: repair `text`; return the segments joined with a blank line, and the edits."""
    r = repair_lines(text.splitlines(), config)
    return r.text, r.edits
