"""Bytes of a seed file -> text, with the encoding recorded.

Seeds arrive as UTF-8 (with or without BOM), UTF-16 with BOM (or without one
when the NUL pattern makes the byte order plain), or GB18030/GBK (Big5 for
traditional script). Anything that is not text (NUL bytes in a non-UTF-16
file, undecodable bytes, mostly control characters) is refused with a
SeedError naming the file. A UTF-8 file with a few bad bytes (a file cut in
the middle of a character, one flipped byte) is read with the bad bytes
replaced by U+FFFD and a warning, not mistaken for GB18030.

Every check here is one pass over the data: linear in the size of the file.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from ..errors import EmptySeed, SeedError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings tried when the bytes are not UTF-8; everything Chinese OCR tools write.
_CHINESE_FALLBACKS = ("gb18030", "big5")
# A file in one encoding except for at most this many bad sequences is that encoding, damaged.
_DAMAGE_MAX = 0.001
_DAMAGE_MIN = 3
# Characters that are not text: controls (except whitespace), surrogates, unassigned.
_NON_TEXT = frozenset(("Cc", "Cs", "Cn"))
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v\x1c\x1d\x1e\x85")
_CJK_OR_ASCII = re.compile("[\x00-\x7f\u2000-\u9fff\uff00-\uffef]+")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = field(default=())


def _looks_like_text(text: str) -> bool:
    """True when characters that are not text (controls other than whitespace,
    surrogates, unassigned code points) are rare (< 1 %). Looks at each
    distinct character once, so it stays fast on a megabyte of text.

    >>> _looks_like_text("文明城市\\n"), _looks_like_text("\\x01\\x02\\x03abc")
    (True, False)
    """
    if not text:
        return True
    kinds = [ch for ch in set(text) if ch not in _WHITESPACE_CONTROLS and unicodedata.category(ch) in _NON_TEXT]
    if not kinds:
        return True
    bad = len(text) - len(re.sub("[" + "".join(map(re.escape, kinds)) + "]", "", text))
    return bad / len(text) < 0.01


def _mostly_cjk_or_ascii(text: str) -> bool:
    """Guard against a binary blob that happens to decode as GB18030."""
    good = len(text) - len(_CJK_OR_ASCII.sub("", text))
    return good / max(len(text), 1) > 0.9


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit only at odd / even offsets and
    make up at least a tenth of that side (ASCII in UTF-16 without a
    byte-order mark), else None: a stray NUL in other text is not UTF-16.

    >>> _utf16_without_bom("第1行\\n".encode("utf-16-le")), _utf16_without_bom(b"0000000\\x00")
    ('utf-16-le', None)
    """
    if len(data) % 2:
        return None
    even_nul, odd_nul = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if even_nul == 0 and odd_nul >= 2 and odd_nul * 10 >= half:
        return "utf-16-le"
    if odd_nul == 0 and even_nul >= 2 and even_nul * 10 >= half:
        return "utf-16-be"
    return None


def _with_damage(data: bytes, name: str, path: str) -> tuple[str, str] | None:
    """(text, warning) when data is in encoding `name` but for a few bad bytes
    (a file cut in the middle of a character, a flipped byte), else None.

    "A few": at most max(3, 0.1 %) bad sequences, and at least ten good
    non-ASCII characters for each bad one, so that GBK text is never taken
    for damaged UTF-8 (nearly every GBK character is invalid UTF-8).
    """
    text = data.decode(name, errors="replace")
    bad = text.count("\ufffd") - data.decode(name, errors="ignore").count("\ufffd")
    if bad <= 0 or bad > max(_DAMAGE_MIN, len(data) * _DAMAGE_MAX):
        return None
    non_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad
    if non_ascii < 10 * bad:
        return None
    if name != "utf-8" and not (_looks_like_text(text) and _mostly_cjk_or_ascii(text)):
        return None
    try:
        data.decode(name)
        where = ""
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f", first at byte {exc.start}, line {line}"
    return text, f"{path}: {bad} byte sequence(s) are not valid {name}{where}; replaced with \ufffd"


def decode_bytes(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode a seed's bytes; normalise newlines to \\n.

    Raises EmptySeed for a file with no text, SeedError for one that is not text.

    >>> decode_bytes("文明".encode("gb18030")).text
    '文明'
    >>> decode_bytes(codecs.BOM_UTF8 + "文明城市".encode()).encoding
    'utf-8-sig'
    >>> decode_bytes("文明城市 2024\\n".encode("utf-16-le")).encoding
    'utf-16-le'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("decode_bytes() needs bytes")
    data = bytes(data)
    if not data.strip():
        raise EmptySeed(path, "empty file, skipped")
    text = enc = None
    warnings: list[str] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data.decode(name), name
            except UnicodeDecodeError as exc:
                if name == "utf-32":  # FF FE 00 00 is also UTF-16's mark before a NUL: try that
                    continue
                raise SeedError(path, f"starts with a {name} byte-order mark but does not decode "
                                      f"({exc.reason} at byte {exc.start})") from None
            if name == "utf-32" and not _mostly_cjk_or_ascii(text):
                text = enc = None  # UTF-16 text opening with NUL, not UTF-32: try the next mark
                continue
            break
    if text is None and b"\x00" in data:
        name = _utf16_without_bom(data)
        if name:
            try:
                text, enc = data.decode(name), name
            except UnicodeDecodeError:
                text = None
            if text is not None and ("\x00" in text or not _mostly_cjk_or_ascii(text)):
                text = None
        if text is None:
            raise SeedError(path, "not a text file (contains NUL bytes and no UTF-16 byte-order mark)")
    if text is None:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None:
        for name in _CHINESE_FALLBACKS:
            try:
                candidate = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(candidate) and _mostly_cjk_or_ascii(candidate):
                text, enc = candidate, name
                break
    if text is None:
        for name in ("utf-8",) + _CHINESE_FALLBACKS:
            damaged = _with_damage(data, name, path)
            if damaged:
                text, enc = damaged[0], name
                warnings.append(damaged[1])
                break
    if text is None:
        text, enc = _detect(data, path)
    if not _looks_like_text(text):
        raise SeedError(path, f"not a text file (decoded as {enc} but full of control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EmptySeed(path, "no text, skipped")
    return Decoded(text=text, encoding=enc, warnings=tuple(warnings))


def _detect(data: bytes, path: str) -> tuple[str, str]:
    """Last resort: charset-normalizer's best guess, or a SeedError."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:  # the detector itself failing is still "not text" to the user
        best = None
    if best is None or best.encoding is None:
        raise SeedError(path, "not a text file (no known encoding decodes it: not UTF-8, UTF-16, GB18030 or Big5)")
    try:
        return str(best), best.encoding
    except Exception:
        raise SeedError(path, "not a text file (no known encoding decodes it)") from None

