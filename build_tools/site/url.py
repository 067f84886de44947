"""The site's public URL, read from mkdocs.yml.

Citations print it, the link check strips its path from absolute links, and
`mkdocs serve` mounts the site under that path. The file is read as text: it
holds `!!python` tags that a safe YAML loader refuses.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit


def site_url(config: Path = Path("mkdocs.yml")) -> str:
    """site_url from `config`, or "" when there is none."""
    try:
        for line in config.read_text(encoding="utf-8").splitlines():
            if line.startswith("site_url:"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def site_path(config: Path = Path("mkdocs.yml")) -> str:
    """The path part of site_url ("/wenming-archive/"), "/" when there is none."""
    return urlsplit(site_url(config)).path or "/"
