"""Bytes of a seed file -> text, with the encoding recorded.

Seeds arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
Anything that is not text (NUL bytes in a non-UTF-16 file, undecodable bytes,
mostly control characters) is refused with a SeedError naming the file.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .errors import EmptySeed, SeedError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings we accept from detection; everything Chinese OCR tools write.
_CHINESE_FALLBACKS = ("gb18030", "big5")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _looks_like_text(text: str) -> bool:
    """True when control characters (other than whitespace) are rare."""
    if not text:
        return True
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f\v")
    return bad / len(text) < 0.01


def decode_bytes(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode a seed's bytes; normalise newlines to \\n.

    >>> decode_bytes("文明".encode("gb18030")).text
    '文明'
    >>> decode_bytes(codecs.BOM_UTF8 + "文明城市".encode()).encoding
    'utf-8-sig'
    """
    if not data.strip():
        raise EmptySeed(path, "empty file, skipped")
    text = enc = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise SeedError(path, f"starts with a {name} byte-order mark but does not decode ({exc.reason})") from None
            break
    if text is None:
        if b"\x00" in data:
            raise SeedError(path, "not a text file (contains NUL bytes and no UTF-16 byte-order mark)")
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            for name in _CHINESE_FALLBACKS:
                try:
                    candidate = data.decode(name)
                except UnicodeDecodeError:
                    continue
                if _looks_like_text(candidate) and _mostly_cjk_or_ascii(candidate):
                    text, enc = candidate, name
                    break
            if text is None:
                best = from_bytes(data).best()
                if best is None:
                    raise SeedError(path, "not a text file (no known encoding decodes it)") from None
                text, enc = str(best), best.encoding
    if not _looks_like_text(text):
        raise SeedError(path, f"not a text file (decoded as {enc} but full of control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptySeed(path, "no text, skipped")
    return Decoded(text=text, encoding=enc)


def _mostly_cjk_or_ascii(text: str) -> bool:
    """Guard against a binary blob that happens to decode as GB18030."""
    good = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return good / max(len(text), 1) > 0.9
