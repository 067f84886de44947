"""A seed file -> its kind (text, PDF, image) and its page text, whatever the kind.

Which extensions are seeds, and of what kind, is data
(data/seed_files.yaml). The bytes decide in the end: a file whose first
bytes say PDF, PNG, JPEG or TIFF is read as that, and when that is not what
its extension says, a warning names the file (a PNG saved as .pdf, a text
file saved as .png). Every kind comes out as an `Ingested`: text lines for
the repair step, and for pages read from a PDF or an image, where each line
is on which page, the page images to show beside the text, and flags.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath

from ..errors import EmptySeed, SeedError
from ..model import Flag
from .decode import decode_bytes
from .files import seed_kinds
from .markup import read_markup
from .text_columns import read_text_columns

# first bytes -> (kind, format name)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image", "PNG"),
    (b"\xff\xd8\xff", "image", "JPEG"),
    (b"II*\x00", "image", "TIFF"),
    (b"MM\x00*", "image", "TIFF"),
    (b"II+\x00", "image", "TIFF"),
    (b"MM\x00+", "image", "TIFF"),
    (b"GIF87a", "image", "GIF"),
    (b"GIF89a", "image", "GIF"),
    (b"PK\x03\x04", None, "ZIP (a Word or other office document?)"),
)
_DESCRIBE = {"text": "a text file", "pdf": "a PDF", "image": "an image"}


def seed_extensions() -> dict[str, str]:
    """Extension (lower case, with the dot) -> kind, from data/seed_files.yaml."""
    return {ext: kind for ext, (kind, _) in seed_kinds()[0].items()}


def sniff(data: bytes) -> tuple[str | None, str | None]:
    """(kind, format) that the first bytes show, or (None, None) for no known signature.

    >>> sniff(b"%PDF-1.7 ..."), sniff(b"\\x89PNG\\r\\n\\x1a\\n...")
    (('pdf', 'PDF'), ('image', 'PNG'))
    >>> sniff("文明城市".encode())
    (None, None)
    """
    head = data[:1024]
    if b"%PDF-" in head:  # the PDF header may follow a little junk
        return "pdf", "PDF"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image", "WebP"
    if data[:2] == b"BM" and len(data) > 14 and int.from_bytes(data[2:6], "little") == len(data):
        return "image", "BMP"
    for magic, kind, fmt in _MAGIC:
        if data.startswith(magic):
            return kind, fmt
    return None, None


def declared_kind(name: str) -> str | None:
    return seed_extensions().get(PurePath(name).suffix.lower())


@dataclass
class Ingested:
    """A seed read: the text the repair step reads, and for pages, where each line is."""

    text: str
    kind: str                                  # "text", "pdf" or "image"
    encoding: str                              # text: the encoding; else how the text was read
    warnings: tuple[str, ...] = ()
    line_map: dict[int, dict] = field(default_factory=dict)
    hints: dict[int, str] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)
    pages: list[dict] = field(default_factory=list)      # one per page of the file
    images: dict[str, bytes] = field(default_factory=dict)  # page image file name -> bytes


def kind_of(name: str, data: bytes) -> tuple[str, list[str]]:
    """The kind to read a file as, and a warning when its extension says otherwise."""
    declared = declared_kind(name)
    kind, fmt = sniff(data)
    ext = PurePath(name).suffix.lower() or "(no extension)"
    if kind is None and fmt is not None:
        raise SeedError(name, f"is a {fmt} file, which is not read as a seed")
    if kind is not None:
        if declared is not None and declared != kind:
            return kind, [f"{name}: its bytes are {fmt}, not what {ext} says ({_DESCRIBE[declared]}); read as {_DESCRIBE[kind]}"]
        return kind, []
    if declared in ("pdf", "image"):
        try:
            decode_bytes(data, name)
        except SeedError:
            raise SeedError(name, f"not {_DESCRIBE[declared]}: no {'PDF' if declared == 'pdf' else 'PNG, JPEG or TIFF'} "
                                  "signature at the start of the file") from None
        return "text", [f"{name}: the file is text, not what {ext} says ({_DESCRIBE[declared]}); read as text"]
    return "text", []


def read_seed(name: str, data: bytes) -> Ingested:
    """Any seed's bytes -> Ingested. SeedError (one line, naming the file) when it cannot be read."""
    kind, warnings = kind_of(name, data)
    if kind == "text":
        decoded = decode_bytes(data, name)
        text, notes = decoded.text, list(decoded.warnings)
        markup = read_markup(name, text)  # HTML source, a feed, subtitles: their text, not their tags
        if markup is not None:
            text, more = markup
            notes.extend(more)
            if not text.strip():  # markup and nothing else: said so, like an empty file
                raise EmptySeed(name, more[0].split(": ", 1)[-1].split(":")[0] + " with no text in it, skipped")
        columns = read_text_columns(text)
        if columns is not None:
            text = columns.text
            notes.append(f"{name}: {columns.count} columns printed side by side on {columns.rows} lines "
                         "(as pdftotext -layout writes them): read column by column")
        return Ingested(text, "text", decoded.encoding, tuple(warnings) + tuple(notes))
    from .pages import read_pages

    try:
        pages, notes = read_pages(name, data, kind, sniff(data)[1] or "image")
    except SeedError as exc:
        declared = declared_kind(name)
        if declared is None or declared == kind:
            raise
        # a .txt whose first bytes say PNG, and that is no readable PNG either
        raise SeedError(name, f"not {_DESCRIBE[declared]}: its first bytes are a {sniff(data)[1]} signature, "
                              f"but it is {exc.reason}") from None
    return _assemble(name, kind, pages, warnings + notes)


def _assemble(name: str, kind: str, pages, warnings: list[str]) -> Ingested:
    from .page_text import write_text

    written = write_text(pages)
    if not written.text.strip():
        why = [w.split(": ", 1)[-1] for w in warnings[:1]]  # an extension that lied
        raise EmptySeed(name, "; ".join(["no text found on any page" + (" (OCR)" if kind == "image" else "")] + why))
    methods = sorted({p.method for p in pages})
    images: dict[str, bytes] = {}
    records = []
    for p in pages:
        image = None
        if p.image:
            image = hashlib.sha256(p.image).hexdigest()[:24] + ".webp"
            images[image] = p.image
        records.append({"page": p.number, "width": round(p.width, 1), "height": round(p.height, 1), "unit": p.unit,
                        "method": p.method, "image": image, "image_size": list(p.image_size),
                        "skew_degrees": p.skew_degrees})
    return Ingested(written.text, kind, " + ".join(methods), tuple(warnings), written.line_map, written.hints,
                    written.flags, records, images)
