"""YAML loading for the data catalogues, with libyaml's C loader when present.

Catalogues are read at start-up in every worker process; the pure-Python
loader made that the largest fixed cost of a build.
"""
from __future__ import annotations

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream):
    """yaml.safe_load, fast."""
    return yaml.load(stream, Loader=SafeLoader)
