"""The page the repair passes work on, and helpers to record edits.

A `Page` is a list of `Unit`s (a line, a piece of a line, or after reflow a
paragraph) plus the edits and flags recorded so far. Passes never mutate a
page: they return a new one (`Page.evolve`).

`gap` of a unit is the number of blank source lines before it: 0 means the
unit's first line directly follows the previous unit's last line, -1 that it
is a piece split off the same source line as the previous unit.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from ..model import Edit, Flag

# Han characters (unified ideographs, extension A..F, compatibility ideographs,
# Kangxi radicals and the radicals supplement). Used for counting and context.
HAN_CLASS = (
    "\u2e80-\u2eff\u2f00-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
HAN_RE = re.compile(f"[{HAN_CLASS}]")
# Chinese (full-width) punctuation and quotes that count as "Chinese context".
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉「」『』【】〔〕…—·～"
TERMINAL = "。！？!?…"
CLOSING = "”’」』）)》\"'"  # straight quotes too: OCR often leaves them
TERMINAL_RE = re.compile(f"[{TERMINAL}]+[{CLOSING}]*$")
# a sentence followed by a short note in brackets ends its paragraph too:
# …覆盖所有村。（记者 张三） / …见成效。（下转第3版）
NOTE_AFTER_TERMINAL_RE = re.compile(f"[{TERMINAL}]+[{CLOSING}]*[（(][^（()）{TERMINAL}]{{1,30}}[）)]$")
# OCR's half-width full stop after Chinese text (…的参与.): a sentence's end too (fix_punctuation
# makes it 。 later, on whole segments)
# (also after a code or phone number that follows Chinese text, 咨询电话:(0597)8922xxx.: letters or
# brackets in it; a figure's point at a line end, 达到12. or 1234567., is a decimal a column broke)
OCR_STOP_END_RE = re.compile(f"[{HAN_CLASS}][{CLOSING}]*\\.$"
                             f"|(?<=[{HAN_CLASS}：:，,；;])(?=[(（]?[0-9A-Za-z()（）+\\-]*[A-Za-z()（）])"
                             f"[(（]?[0-9A-Za-z][0-9A-Za-z()（）+\\-]{{0,23}}\\.$")


def han_count(text: str) -> int:
    """Number of Han characters in `text`.

    >>> han_count("2018年常住人口")
    5
    """
    return len(HAN_RE.findall(text))


# a data graphic's figure alone on its line (42.6万人, 98.2%, 第1名): reflow joins it to its
# label with a space, which fix_spaces keeps (so that a second run changes nothing)
FIGURE_RE = re.compile(r"^(?:第\s*\d{1,4}\s*[名位]|[约近超逾]?\d[\d,.]*\s*(?:万|亿)?\s*(?:%|[^\s\d，。；、]{1,3})?)$")
CARD_LABEL_RE = re.compile(rf"^[{HAN_CLASS}“”]{{2,24}}$")
def letter_spaced_name(han: str, gaps: tuple[str, ...]) -> str:
    """A regex for a three-character name set letter-spaced (刘 晓 敏): the same space between
    its characters (韩  雯　孟 is a name and what follows), and not the first three of four
    single characters (孟 凡 唐 悦 is two names). `han`: a class matching one Han character."""
    return "|".join(f"{han}{g}{han}{g}{han}(?!{g}{han}(?!{han}))" for g in gaps)


# a line set letter-spaced, five or more characters each one apart (昆 山 街 巷 里 的 …): a
# headline in display type
SPACED_LINE_RE = re.compile(rf"^\s*(?:[{HAN_CLASS}“”「」][ \u3000]+){{4,}}[{HAN_CLASS}“”「」]\s*$")
# a place's label on a line of its own above a headline, ending in a colon or a dash
# (巴里坤：, 凯里：, 四川北川羌族自治县——): the headline's kicker, never its first words
LABEL_LINE_RE = re.compile(rf"^[{HAN_CLASS}·]{{2,12}}(?:[：:]|——|—)$")
# a clock's reading alone on a line (03:12, 1:02:45): a clip's length or a post's time
CLOCK_RE = re.compile(r"\d{1,2}[:：][0-5]\d(?:[:：][0-5]\d)?")
# a speaker's turn in a transcript: a short name in brackets opening the line (【韩博】各位…),
# read by the brief splitter (turns are no items) and the pipeline (speakers are no authors)
SPEAKER_TURN_RE = re.compile(r"^[【\[]([\u4e00-\u9fff·]{2,4})[】\]]")
# a letter's or an initiative's salutation on a line of its own (全区广大市民朋友：, 亲爱的家长们：):
# it opens the letter, never the first words of its first paragraph
SALUTATION_RE = re.compile(r"^[\u4e00-\u9fff、·]{2,24}(?:朋友|朋友们|同志|同志们|市民|居民|家长|同胞|们|大家)[：:]$")
# … and the two joined (42.6万人 全市注册志愿者), as structure reads them
FIGURE_CARD_RE = re.compile(FIGURE_RE.pattern.rstrip("$") + " " + CARD_LABEL_RE.pattern.lstrip("^"))

# pictographs and their joiners (🎉, 📍, ❤️): a post's decoration
PICTOGRAPHS = "\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d"
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")


def latin_only(text: str) -> bool:
    """A line in Latin script only, two words or more (Pudong Times · Community)?

    >>> latin_only("Foreign volunteers join Pudong's drive"), latin_only("浦东 Times")
    (True, False)
    """
    return not HAN_RE.search(text) and len(_LATIN_WORD_RE.findall(text)) >= 2


# a line in another script holds at least this many of its letters
OTHER_SCRIPT_MIN = 2


def other_script_only(text: str) -> bool:
    """A line with no Han character in a script other than Latin (Mongolian, Tibetan, Uyghur and
    Kazakh in Arabic letters, Yi, Korean ...), OTHER_SCRIPT_MIN letters or more: a bilingual
    masthead's, an account's or a title's name in that script, never Chinese text or a title.

    >>> other_script_only("ᠤᠯᠠᠭᠠᠨᠬᠠᠳᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ"), other_script_only("ཅ་ཁ་ཁུལ།"), other_script_only("룡정시 소식")
    (True, True, True)
    >>> other_script_only("ᠰᠣᠶᠣᠯ 文明"), other_script_only("Pudong Times"), other_script_only("pīnyīn 2024")
    (False, False, False)
    """
    if HAN_RE.search(text):
        return False
    n = 0
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, "LATIN"):
            n += 1
            if n >= OTHER_SCRIPT_MIN:
                return True
    return False


def display_width(text: str) -> int:
    """Printed width: wide (Han, full-width) characters count 2, others 1.

    >>> display_width("1区、1")
    6
    """
    w = 0
    for ch in text:
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


def ends_sentence(text: str) -> bool:
    """True when `text` ends with 。！？ or …… (optionally followed by closing quotes).

    >>> ends_sentence("能前进，不能懈怠。”"), ends_sentence("全面参与"), ends_sentence("已全部完工。（记者 王芳）")
    (True, False, True)
    """
    # the tail only: a search for `$` scans from the start, and paragraphs grow as
    # lines join (a table of 10,000 lines made reflow quadratic)
    tail = text.rstrip()[-64:]
    return (TERMINAL_RE.search(tail) is not None or NOTE_AFTER_TERMINAL_RE.search(tail) is not None
            or OCR_STOP_END_RE.search(tail) is not None)


@dataclass(frozen=True)
class Unit:
    text: str
    first: int
    last: int
    gap: int = 1
    kind: str = ""  # "", "caption" (split doubled caption), "heading", "subheading", "banner"


@dataclass(frozen=True)
class Page:
    units: tuple[Unit, ...]
    edits: tuple[Edit, ...] = ()
    flags: tuple[Flag, ...] = ()
    converted_from_traditional: bool = False

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> "Page":
        """One unit per non-blank line; blank (whitespace-only) lines become gaps."""
        units: list[Unit] = []
        blank = 0
        seen = False
        for i, line in enumerate(lines, 1):
            if not line.strip():
                blank += 1
                continue
            units.append(Unit(line, i, i, blank if seen else 1))
            seen = True
            blank = 0
        return cls(tuple(units))

    @classmethod
    def from_text(cls, text: str) -> "Page":
        """Lines split at \\n only, as the pipeline splits a decoded seed (form
        feeds, NEL and U+2028 are characters inside a line, for strip_invisible)."""
        return cls.from_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))

    def render(self) -> str:
        """Text of the page: units separated by their gaps (pieces of a line by a newline)."""
        out: list[str] = []
        for k, u in enumerate(self.units):
            if k:
                out.append("\n" * (max(u.gap, 0) + 1))
            out.append(u.text)
        return "".join(out)

    def evolve(self, units=None, edits=(), flags=(), **kw) -> "Page":
        return replace(
            self,
            units=tuple(self.units if units is None else units),
            edits=self.edits + tuple(edits),
            flags=self.flags + tuple(flags),
            **kw,
        )


def sub_recording(
    pattern: re.Pattern,
    repl: Callable[[re.Match], str],
    text: str,
    pass_name: str,
    line: int,
    edits: list[Edit],
) -> str:
    """`pattern.sub(repl, text)`, appending an Edit for every match that changes text.

    Positions are offsets in `text` (the unit's text before this pass).
    """
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        new = repl(m)
        if new == m.group(0):
            continue
        out.append(text[last : m.start()])
        out.append(new)
        edits.append(Edit(pass_name, line, m.start(), m.group(0), new))
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def run_pass(page, fn: Callable[[Page], Page]):
    """Run page pass `fn` on a Page, or on a plain string (doctests, quick use):
    the string is split into lines, repaired, and rendered back to a string.
    """
    if isinstance(page, str):
        return fn(Page.from_text(page)).render()
    return fn(page)


def map_units(page: Page, pass_name: str, fix: Callable[[str, int, list], str]) -> Page:
    """Apply `fix(text, line, edits)` to every unit's text."""
    edits: list[Edit] = []
    units = []
    for u in page.units:
        new = fix(u.text, u.first, edits)
        units.append(u if new == u.text else replace(u, text=new))
    return page.evolve(units, edits)
