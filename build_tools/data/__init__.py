"""The data catalogues (YAML and text files beside this module) and the one loader that reads them.

Catalogues are read at start-up in every worker process; libyaml's C loader
(when present) keeps that cheap. Every module reads its data through
`load_data`, so where data lives and how it is parsed is decided here once.
"""
from __future__ import annotations

from importlib import resources

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream):
    """yaml.safe_load, fast."""
    return yaml.load(stream, Loader=SafeLoader)


def load_data(name: str, missing=None):
    """Parse build_tools/data/<name>; `missing` is returned when the file does not exist."""
    path = resources.files("build_tools.data").joinpath(name)
    if missing is not None and not path.is_file():
        return missing
    with path.open(encoding="utf-8") as fh:
        return load_yaml(fh)
