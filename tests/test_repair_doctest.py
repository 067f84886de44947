"""Run the doctests of the repair, structure and extract modules."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project root, for plain `pytest`

import doctest
import importlib
import pkgutil

import pytest

import build_tools.extract
import build_tools.repair as pkg
import build_tools.structure

MODULES = [p.__name__ for p in (pkg, build_tools.structure, build_tools.extract)] + [
    f"{p.__name__}.{m.name}" for p in (pkg, build_tools.structure, build_tools.extract) for m in pkgutil.iter_modules(p.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    mod = importlib.import_module(name)
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert res.failed == 0


def test_every_pass_has_examples():
    for p in pkg.PASSES:
        assert p.__doc__ and ">>>" in p.__doc__, p.__name__
