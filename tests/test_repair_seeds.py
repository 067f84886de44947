"""The repair on the real seed pages: what a reader must be able to rely on."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project root, for plain `pytest`

import pytest

from build_tools.repair import repair_lines
from build_tools.repair.core import HAN_CLASS, ends_sentence

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
HAN = f"[{HAN_CLASS}]"
# XX with X of four or more characters, at least four of them Han
DOUBLED_RE = re.compile(r"(.{4,40}?)\1")
HALF_PUNCT_RE = re.compile(f"{HAN}[,;:]{HAN}")
HAN_SPACE_HAN_RE = re.compile(f"{HAN} +{HAN}")
# segments allowed to keep a space between Han characters: '#' headings,
# bylines (□... or names only), photo credits (... X 摄), short title-like
# lines without sentence punctuation (title halves, captions)
CREDIT_RE = re.compile(r"\s\S{2,5}\s*(?:摄|摄影|供图)$|^\S{2,5}\s*(?:摄|摄影|供图)$")


def _repair(path):
    return repair_lines(path.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def results():
    return {p.name[:3]: _repair(p) for p in SEEDS}


def _running_text(seg_text: str) -> bool:
    t = seg_text
    if t.startswith("#") or t.startswith("□") or CREDIT_RE.search(t):
        return False
    return bool(re.search("[，。；！？]", t))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_doubled_runs_unless_flagged(seed):
    r = _repair(seed)
    flagged = {f.text for f in r.flags if f.kind == "suspect_repeat"}
    for s in r.segments:
        for m in DOUBLED_RE.finditer(s.text):
            if len(re.findall(HAN, m.group(1))) >= 4:
                assert m.group(0) in flagged, (s.first, m.group(0))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_space_between_han_in_running_text(seed):
    """Running text = a segment with sentence punctuation that is not a heading,
    byline or photo credit line."""
    for s in _repair(seed).segments:
        if _running_text(s.text):
            assert not HAN_SPACE_HAN_RE.search(s.text), (s.first, s.text[:60])


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_half_width_punct_between_han(seed):
    for s in _repair(seed).segments:
        assert not HALF_PUNCT_RE.search(s.text), (s.first, HALF_PUNCT_RE.search(s.text).group(0))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_sentences_once_and_nothing_invented(seed):
    r = _repair(seed)
    from build_tools.sentences import split_sentences

    seen = set()
    for s in r.segments:
        for sent in split_sentences(s.text):
            if len(re.findall(HAN, sent)) >= 8 and ends_sentence(sent):
                assert sent not in seen, sent
                seen.add(sent)


def test_002_tail_fragments_gone(results):
    r = results["002"]
    texts = [s.text for s in r.segments]
    assert texts[-1].endswith("让“全国文明城市”创建成果更多惠及人民群众。")
    assert sum(t.count("创建成果更多惠及人") for t in texts) == 1
    dropped = [f for f in r.flags if f.kind == "dropped"]
    assert dropped and all(any(e.before == f.text and e.after == "" for e in r.edits) for f in dropped)


@pytest.mark.parametrize("seed,word", [("000", "阶段性"), ("000", "破拆路面"), ("002", "风雨同舟"), ("004", "从交管")])
def test_words_broken_across_columns_read_whole(results, seed, word):
    assert any(word in s.text for s in results[seed].segments)


def test_003_narrow_column_reflows(results):
    texts = [s.text for s in results["003"].segments]
    assert any("总面积5.45万平方千米，辖1区、1市、4旗、5县。2018年常住人口209.61万人。" in t for t in texts)
    # no segment of the body stops mid-sentence: every long segment ends a sentence
    for t in texts:
        if len(t) > 40:
            assert ends_sentence(t), t[-20:]


def test_003_headings_and_title_group(results):
    texts = [s.text for s in results["003"].segments]
    assert texts[:3] == ["风正好扬帆筑梦正当时", "——乌兰察布市创建全国文明城市工作纪实", "郭经纬 杨澜"]
    i = texts.index("站得高")
    assert texts[i + 1] == "坚持党委政府主导，干部群众为主力，全市全民全面参与"
    assert texts[i + 2].startswith("乌兰察布市委书记")
    assert "持续高位推动" in texts and "真正的“一把手工程”" in texts
    k = texts.index("文明实践温润民心")
    assert texts[k + 1].startswith("——北京市怀柔区") and texts[k + 2] == "张嘉哲 宋绪武"


def test_003_doubled_captions_split(results):
    texts = [s.text for s in results["003"].segments]
    # one photo's caption printed in three parts stays one caption
    for cap in ["乌兰察布市江东郡", "乌兰察布霸王河中段 左边是垂钓广场 右边是瀑布广场",
                "乌兰察布市集宁区领导调研督导全国文明城市创建工作", "乌兰察布市垂钓广场",
                "雁栖镇文明实践活动广场舞大赛", "社会工委民政局志愿服务队敬老助残系列活动"]:
        assert cap in texts, cap


def test_000_opening_and_banner(results):
    texts = [s.text for s in results["000"].segments]
    assert "全媒体主题宣传活动" in texts
    assert "腹郁葱茏，风光旖旎；历史悠久，人文厚重；开窗见绿，抬头蔚蓝；伊金霍洛，幸福之城……" in texts
    assert "□王悦峰 郝璐 陈可" in texts and "王小利 摄" in texts


def test_suspects_flagged_not_changed(results):
    flags = {(k, f.text) for k, r in results.items() for f in r.flags if f.kind == "suspect_repeat"}
    assert ("000", "全国全国") in flags and ("000", "精细精细") in flags and ("004", "把把") in flags
    # a clause end repeated across a column break, and a book title printed twice
    assert ("002", "接；接；") in flags
    assert any(k == "001" and t.startswith("《") and t[: len(t) // 2] == t[len(t) // 2:] for k, t in flags)
    assert any("全国全国" in s.text for s in results["000"].segments)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_segment_line_ranges(seed):
    r = _repair(seed)
    n = len(seed.read_text(encoding="utf-8").splitlines())
    prev = 0
    for s in r.segments:
        assert 1 <= s.first <= s.last <= n
        assert s.first >= prev
        prev = s.first
    assert not r.converted_from_traditional
