"""The vocabulary files in build_tools/data/ hold each key once: YAML keeps the last of two
equal keys silently, so a word added to one list could quietly undo another's meaning
(发布机构 as a source in one place and a table label in another)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "build_tools" / "data"


class _UniqueKeys(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"line {key_node.start_mark.line + 1}: key {key!r} twice")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_each_key_once(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeys)


def test_the_check_finds_a_repeated_key():
    with pytest.raises(AssertionError, match="twice"):
        yaml.load("labels:\n  发布机构: source\n  发布机构: info\n", Loader=_UniqueKeys)
