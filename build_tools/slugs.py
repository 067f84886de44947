"""Stable, readable identifiers for pages and anchors."""
from __future__ import annotations

import hashlib
import re

from pymdownx.slugs import slugify

_slugify = slugify(case="lower")


def seed_slug(filename: str) -> str:
    """A URL-safe slug from a seed's file name (kept readable when ASCII).

    >>> seed_slug("003_5428f05cc1d84a74.txt")
    '003-5428f05cc1d84a74'
    >>> seed_slug("呼和浩特 报道.txt").startswith("seed-")
    True
    """
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.rsplit("/", 1)[-1])
    ascii_stem = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if ascii_stem and ascii_stem.isascii() and len(ascii_stem) >= len(stem) * 0.8:
        return ascii_stem[:60]
    return "seed-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]


def anchor_slug(text: str, used: set[str]) -> str:
    """A heading anchor that keeps Chinese characters, unique within a page.

    >>> used = set(); anchor_slug("高位推动 价值引领", used), anchor_slug("高位推动 价值引领", used)
    ('高位推动-价值引领', '高位推动-价值引领_1')
    """
    base = _slugify(text, "-")[:60].strip("-") or "section"
    if re.fullmatch(r"[ps]\d+(-\d+)?", base):
        base = "h-" + base  # never collide with paragraph/sentence anchors
    slug, n = base, 0
    while slug in used:
        n += 1
        slug = f"{base}_{n}"
    used.add(slug)
    return slug
