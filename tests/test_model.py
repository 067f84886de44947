"""model.py: an Edit's or Flag's dict is dataclasses.asdict's (the same keys in the same order,
so cleaning.json and the cache keep their bytes), made without asdict's deep copy."""
from __future__ import annotations

import dataclasses

from hypothesis import given, strategies as st

from build_tools.model import Edit, Flag

text = st.text(max_size=20)


@given(st.builds(Edit, text, st.integers(), st.integers(), text, text))
def test_an_edit_s_dict_is_asdict(edit):
    d = edit.to_dict()
    assert d == dataclasses.asdict(edit) and list(d) == [f.name for f in dataclasses.fields(Edit)]


@given(st.builds(Flag, text, st.integers(), text, text))
def test_a_flag_s_dict_is_asdict(flag):
    d = flag.to_dict()
    assert d == dataclasses.asdict(flag) and list(d) == [f.name for f in dataclasses.fields(Flag)]
