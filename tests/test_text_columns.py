"""Pages whose columns stand side by side on the same lines (pdftotext -layout, fixed-width
e-paper copies) are read column by column (ingest/text_columns.py). The pages are typeset here
from articles written for these tests (places in Guangxi, Qinghai, Heilongjiang and Anhui), so
the articles to recover are known."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings, strategies as st

from build_tools.ingest.text_columns import read_text_columns
from conftest import page_articles

ARTICLES = [
    ("茅尾海畔滨海绿道全线贯通", "本报记者 黄丽萍",
     ["今年以来，钦南区加快推进茅尾海滨海绿道建设，新建绿道18.6公里，沿线设置驿站7座。",
      "“以前这里是烂泥滩，现在每天都有人来跑步。”市民陈先生说。",
      "据介绍，绿道二期工程计划于年底开工，全长约9.4公里。"]),
    ("格尔木市新增公共停车泊位3200个", "本报记者 马晓东",
     ["今年以来，格尔木市城区新增公共停车泊位3200个，其中立体停车场4处。",
      "市交警支队介绍，城区已建成智慧停车系统，覆盖泊位1.2万个，市民可通过手机查询空余车位。"]),
    ("漠河市文明实践站点全覆盖", "本报记者 王雪松",
     ["漠河市建成新时代文明实践站点96个，实现村屯全覆盖，全年开展志愿服务活动2100余场次。",
      "市文明办负责人介绍，志愿服务队伍已发展到138支。"]),
]


def _cells(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _column(title: str, byline: str, paras: list[str], width: int) -> list[str]:
    lines = [title[k:k + width] for k in range(0, len(title), width)] + ["", byline]
    for p in paras:
        text = "  " + p
        while text:
            lines.append(text[:width])
            text = text[width:]
    return lines


def _side_by_side(articles, width: int = 16, gap: int = 6, cells: bool = False, head: list[str] = ()) -> str:
    cols = [_column(*a, width) for a in articles]
    rows = max(map(len, cols))
    pad = (lambda s, n: s + " " * (n - _cells(s))) if cells else (lambda s, n: s.ljust(n))
    span = (width * 2 if cells else width) + gap
    out = list(head)
    for k in range(rows):
        parts = [c[k] if k < len(c) else "" for c in cols]
        out.append("".join(pad(p, span) for p in parts[:-1]) + parts[-1])
    return "\n".join(x.rstrip() for x in out) + "\n"


def _check(arts, articles):
    assert [a["title"] for a in arts] == [t for t, _, _ in articles]
    for a, (_, byline, paras) in zip(arts, articles):
        assert a["authors"] == [byline.split()[-1]]
        body = "".join(p["text"] for p in a["body"])
        assert body == "".join(paras)


def test_two_columns_counted_in_characters_as_pdftotext_writes_them():
    page = _side_by_side(ARTICLES[:2], head=["钦州日报    2024年6月3日 星期一    第3版", ""])
    arts = page_articles(page)
    _check(arts, ARTICLES[:2])
    assert arts[0]["newspaper_page"] == "第3版"
    assert arts[0]["adcode"] == "450702" and arts[1]["adcode"] == "632801"


def test_three_columns_lined_up_in_display_cells_as_an_editor_shows_them():
    arts = page_articles(_side_by_side(ARTICLES, width=14, gap=4, cells=True))
    _check(arts, ARTICLES)
    assert arts[2]["adcode"] == "232701"
    assert {f["value"] for f in arts[2]["facts"]} >= {96, 138}


def test_the_report_says_the_page_was_read_column_by_column():
    from build_tools.pipeline import process_seed
    page = process_seed("cols.txt", _side_by_side(ARTICLES[:2]).encode())
    assert any("read column by column" in w for w in page["warnings"])


RANK_TABLE = """各县区测评结果

单位        得分      排名
蜀山区      92.6      1
包河区      91.8      2
庐阳区      90.3      3
瑶海区      88.9      4
肥西县      87.5      5
"""

SHARE_BAR = """滨海绿道全线贯通
分享到：   微信    微博    QQ空间
钦南区新建绿道18.6公里，沿线设置驿站7座，绿道二期工程计划于年底开工。
"""


def test_a_table_or_a_line_of_buttons_is_not_columns():
    assert read_text_columns(RANK_TABLE) is None
    assert read_text_columns(SHARE_BAR) is None
    assert read_text_columns(_side_by_side(ARTICLES[:1])) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(range(len(ARTICLES))), min_size=2, max_size=3),
       st.integers(10, 20), st.integers(4, 10), st.booleans())
def test_no_character_is_lost_or_added(picks, width, gap, cells):
    page = _side_by_side([ARTICLES[i] for i in picks], width=width, gap=gap, cells=cells)
    got = read_text_columns(page)
    assert got is not None
    strip = lambda s: sorted(s.replace(" ", "").replace("\u3000", "").replace("\n", ""))
    assert strip(got.text) == strip(page)
