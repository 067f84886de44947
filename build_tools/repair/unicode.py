"""Pass `fix_unicode`: invisible and look-alike characters that break search."""
from __future__ import annotations

import re
import unicodedata

from ..data import data_file
from ..model import Edit
from .core import map_units, run_pass, sub_recording

PASS = "fix_unicode"

# Spaces that look like a space but are not U+0020 (NBSP, thin, figure, em
# spaces...). The ideographic space U+3000 becomes a plain space too; the
# spaces pass then decides whether it belongs between Chinese characters.
SPACE_LIKE = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Zero-width characters and the BOM, removed outright.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _build_table() -> dict[int, str]:
    """Deliberate mapping table (not blanket NFKC, which would also turn Chinese
    full-width punctuation into ASCII):

    * full-width digits and Latin letters FF10-FF19, FF21-FF3A, FF41-FF5A;
    * CJK compatibility ideographs F900-FAFF and 2F800-2FA1F, Kangxi radicals
      2F00-2FDF and CJK radicals supplement 2E80-2EFF: their NFKC form, when
      that is one ordinary unified ideograph.
    """
    table: dict[int, str] = {}
    for ch in SPACE_LIKE:
        table[ord(ch)] = " "
    for ch in ZERO_WIDTH:
        table[ord(ch)] = ""
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        for cp in range(lo, hi + 1):
            table[cp] = chr(cp - 0xFEE0)
    for lo, hi in ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            n = unicodedata.normalize("NFKC", ch)
            if n != ch and len(n) == 1 and 0x3400 <= ord(n) and ord(n) not in range(0xF900, 0xFB00):
                table[cp] = n
    for ch, ordinary in (data_file("page_input.yaml").get("variant_ideographs") or {}).items():
        table[ord(ch)] = ordinary  # 寜 for 宁: a variant form OCR reads (data/page_input.yaml)
    return table


UNICODE_TABLE = _build_table()
# Candidate characters as ranges (a long class of single characters is slow);
# a match that the table leaves unchanged is skipped.
_FIX_RE = re.compile(
    "[\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u2e80-\u2fdf\u3000"
    "\uf900-\ufaff\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0002f800-\U0002fa1f"
    + "".join(map(re.escape, data_file("page_input.yaml").get("variant_ideographs") or {})) + "]+"
)


def _fix_text(text: str, line: int, edits: list[Edit]) -> str:
    return sub_recording(_FIX_RE, lambda m: m.group(0).translate(UNICODE_TABLE), text, PASS, line, edits)


def fix_unicode(page):
    """Undo invisible and look-alike characters left by OCR and PDF extraction.

    Non-breaking and other odd spaces become plain spaces, zero-width characters
    vanish, full-width digits and Latin letters become ASCII, and CJK
    compatibility ideographs / Kangxi radicals become the ordinary character.
    Chinese punctuation is left alone.

    >>> fix_unicode("２０１８年\\u00a0ＧＤＰ增长")
    '2018年 GDP增长'
    >>> fix_unicode("文\\u200b明，城市！")
    '文明，城市！'
    >>> fix_unicode("\\u2f08\\u2f2f\\uf900")
    '人工豈'
    """
    return run_pass(page, lambda p: map_units(p, PASS, _fix_text))
