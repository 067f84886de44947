"""The site's public address: `SITE_URL` in the environment, else the default in mkdocs.yml.

mkdocs.yml says ``site_url: !ENV [SITE_URL, <default>]`` (MkDocs' own tag), so
`mkdocs build`/`serve` and the hook read the same rule as this module, which
`python -m build_tools build`, `check` and the tests use. Citations, canonical
links, the sitemap and every absolute URL in the data files come from it; the
deploy workflow sets SITE_URL to the Pages address. The file is read as text:
it holds `!!python` tags that a safe YAML loader refuses.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Mapping
from urllib.parse import urlsplit

import yaml

ENV_VAR = "SITE_URL"
# The address mkdocs.yml ships with: a site built with it is not ready to publish.
PLACEHOLDER_HOST = "example.github.io"
_ENV_TAG = re.compile(r"!ENV\s*(\[.*\]|\S+)\s*$")


def normalise(url: str) -> str:
    """An address as MkDocs keeps it: stripped, with a trailing slash ("" stays "").

    >>> normalise(" https://a.example/wenming "), normalise("")
    ('https://a.example/wenming/', '')
    """
    url = (url or "").strip()
    return url if not url or url.endswith("/") else url + "/"


def _configured(config: Path) -> tuple[str | None, str]:
    """(the environment variable mkdocs.yml names or None, the written default)."""
    try:
        lines = config.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None, ""
    for line in lines:
        if not line.startswith("site_url:"):
            continue
        value = line.split(":", 1)[1].strip()
        m = _ENV_TAG.match(value)
        if not m:
            return None, value
        parts = yaml.safe_load(m.group(1))  # [VAR, default] or VAR, as yaml_env_tag reads it
        if isinstance(parts, list):
            default = parts[-1] if len(parts) > 1 else None
            return str(parts[0]), "" if default is None else str(default)
        return str(parts), ""
    return None, ""


def site_url(config: Path = Path("mkdocs.yml"), environ: Mapping[str, str] | None = None) -> str:
    """The site's address: the variable mkdocs.yml names (SITE_URL) when it is set,
    else the default written there; "" when there is none."""
    environ = os.environ if environ is None else environ
    var, default = _configured(config)
    if var is not None and var in environ:
        return normalise(environ[var])
    return normalise(default)


def site_path(config: Path = Path("mkdocs.yml"), environ: Mapping[str, str] | None = None) -> str:
    """The path part of the address ("/wenming-archive/"), "/" when there is none."""
    return urlsplit(site_url(config, environ)).path or "/"


def is_placeholder(url: str) -> bool:
    """True for the address mkdocs.yml ships with (or none): not where the site is published."""
    return not url or urlsplit(url).hostname == PLACEHOLDER_HOST


def absolute(base: str, path: str) -> str:
    """A site-relative path ("articles/x/#s1-2") made absolute under the address.

    >>> absolute("https://a.example/w/", "articles/x/#s1")
    'https://a.example/w/articles/x/#s1'
    >>> absolute("", "articles/x/")
    'articles/x/'
    """
    if not base or urlsplit(path).scheme:
        return path
    return normalise(base) + path.lstrip("/")
