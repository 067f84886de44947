"""The later half of the held-out sets written blind (see tests/test_heldout.py): each set's
truth is sound, no page fails, no share is below its floor. A file of its own so that the
suite's two workers share the sets (pytest-xdist hands out whole files)."""
from __future__ import annotations

import pytest

from test_heldout import FIRST_LATER_SETS, LATER_SETS, check_later_set


@pytest.mark.parametrize("pages", LATER_SETS[len(FIRST_LATER_SETS):], ids=lambda p: p.name)
def test_later_sets_hold_their_floors(pages):
    check_later_set(pages)


def test_the_two_files_check_every_later_set_once():
    assert len(FIRST_LATER_SETS) + len(LATER_SETS[len(FIRST_LATER_SETS):]) == len(LATER_SETS) > 20
