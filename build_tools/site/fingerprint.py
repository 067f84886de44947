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
