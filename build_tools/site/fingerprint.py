"""A fingerprint of the pipeline's own code and data.

The cache in .cache/ is keyed by it (with each seed's bytes), so any change to
code or catalogues invalidates cached results without a manual version bump.
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from .. import __version__

_PKG = Path(__file__).resolve().parent.parent  # the whole build_tools package
_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".txt"}


@functools.lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    h = hashlib.sha256(__version__.encode())
    for p in sorted(_PKG.rglob("*")):
        if p.suffix in _SUFFIXES and "__pycache__" not in p.parts and p.is_file():
            h.update(str(p.relative_to(_PKG)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def data_version(data_dir: Path) -> str:
    """A short content hash of the data downloads (every file under docs/data/, by name
    and bytes): the same data give the same version, whenever and wherever it is built."""
    files = {p.relative_to(data_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in data_dir.rglob("*") if p.is_file()} if data_dir.is_dir() else {}
    return data_version_of(files)


def data_version_of(digests: dict[str, str]) -> str:
    """`data_version` from each file's SHA-256 (path under data/ -> hex digest): the build
    passes the digests a long-lived process remembers (`store.file_sha`), so that an edit
    does not hash the 100 MB of downloads again."""
    h = hashlib.sha256()
    for rel in sorted(digests, key=lambda r: r.split("/")):
        if rel != "index.md":  # the page that shows it
            h.update(rel.encode("utf-8") + b"\0" + bytes.fromhex(digests[rel]) + b"\0")
    return h.hexdigest()[:12]


def release_date(environ=None) -> str | None:
    """The date citations give as "accessed": SOURCE_DATE_EPOCH (the reproducible-builds
    convention; the Makefile sets it to the last commit's time) as YYYY-MM-DD, or None."""
    import datetime
    import os

    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    return datetime.datetime.fromtimestamp(int(value), tz=datetime.timezone.utc).date().isoformat()
