"""Property tests of the repair (hypothesis)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project root, for plain `pytest`

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from build_tools.repair import PASSES, repair_lines, repair_text
from build_tools.repair.core import han_count

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HAN = "城市文明创建全国人民工作服务社会常层把的一二三"
ALPHABET = HAN + "0123456789abAB" + "，。、；：？！“”（）《》…—□" + ",.;:()?!#/ " + "\u00a0\u3000\u200b０Ａ\u2f08\uf900"

line = st.text(alphabet=ALPHABET, max_size=40)
page_text = st.lists(st.one_of(line, st.just(""), st.just("王小利 摄"), st.just("# 标题 副题")), max_size=25).map("\n".join)


@SETTINGS
@given(page_text)
# cases a random draw once found: a run of one character is no text printed twice (一一一一);
# a table's rows stay on consecutive lines; a line ending in a half-width stop is no byline
@example("一 一一一")
@example("0  0 / 0  ”")
@example("□ ”.")
def test_repair_is_idempotent(text):
    once, _ = repair_text(text)
    twice, _ = repair_text(once)
    assert twice == once


@SETTINGS
@given(page_text)
def test_han_characters_are_accounted_for(text):
    r = repair_lines(text.splitlines())
    out = sum(han_count(s.text) for s in r.segments)
    removed = sum(han_count(e.before) for e in r.edits)
    added = sum(han_count(e.after) for e in r.edits)
    assert out + removed - added == han_count(text)


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text):
    for p in PASSES:
        assert isinstance(p(text), str)
    repair_text(text)


def test_huge_line_is_linear():
    from conftest import cpu_growth

    text = ("城市文明创建，全国人民 2018 年工作服务社会。" * 40000)[:1_000_000]
    assert cpu_growth(repair_text, text[:250_000], text) < 8


def test_one_sentence_repeated_5000_times():
    from conftest import cpu_growth

    out, edits = repair_text("城市更美好，生活更幸福。" * 5000)
    assert out == "城市更美好，生活更幸福。"
    lines = "\n\n".join(["城市更美好，生活更幸福。"] * 5000)
    out2, _ = repair_text(lines)
    assert out2 == "城市更美好，生活更幸福。"
    assert cpu_growth(repair_text, "\n\n".join(["城市更美好，生活更幸福。"] * 1250), lines) < 8
