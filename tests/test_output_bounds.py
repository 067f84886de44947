"""Output bounded by input (issue 13, breaks 5 and 6): adversarial pages (a statistics table,
a page of bare numbers, a page-long line, a list of 2000 figures of one metric) build into
docs/ and .cache/ within a constant factor of the seed, and per-seed time grows linearly."""
from __future__ import annotations

import random

import pytest

from build_tools.site.build import build
from conftest import cpu_growth

SENT = "伊金霍洛旗总面积5600平方公里，辖7个镇138个行政村，常住人口25万，文明创建已经成为全体干部群众的幸福接力，"


def table(n: int) -> str:
    rng = random.Random(1)
    rows = [f"安吉县{i}\t{rng.randint(1, 999)}.{rng.randint(0, 9)}万元\t{rng.randint(1, 99)}.{rng.randint(0, 9)}%\t"
            f"{rng.randint(100, 9999)}人\t{rng.randint(1, 500)}个" for i in range(n)]
    return "# 各县区创建指标完成情况统计表\n\n" + "\n".join(rows)


def numbers(n: int) -> str:
    return "# 数字\n\n" + "".join(f"{i}人" for i in range(n))


def long_line(n: int) -> str:
    return "# 长句\n\n" + SENT * n


def listing(n: int) -> str:
    return "# 清单\n\n" + "、".join(f"第{i}社区注册志愿者{i % 97}名" for i in range(n)) + "。"


def disk(*folders) -> int:
    seen, total = set(), 0
    for folder in folders:
        for p in folder.rglob("*"):
            if p.is_file():
                st = p.stat()
                if (st.st_dev, st.st_ino) not in seen:  # hard links count once, as on disk
                    seen.add((st.st_dev, st.st_ino))
                    total += st.st_size
    return total


# Normal pages (the five seeds) give about 52x for docs/ and .cache/ together (the
# jieba dictionary alone is 150 KB); before the fix the list page made 8000x and a
# 297 KB page of numbers 19,000x.
FACTOR = 300  # measured: table 59x, numbers 30x, long line 83x, list 163x (see README)


@pytest.mark.parametrize("make,n", [(table, 1500), (numbers, 8000), (long_line, 1200), (listing, 2000)],
                         ids=["table", "numbers", "long-line", "listing"])
def test_output_within_a_constant_factor(tmp_path, make, n):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    data = make(n).encode("utf-8")
    (seeds / "adversarial.txt").write_bytes(data)
    report = build(seeds, tmp_path / "docs", cache_dir=tmp_path / "cache")
    assert not report.errors, report.errors
    size = disk(tmp_path / "docs", tmp_path / "cache")
    assert size < FACTOR * len(data) + 2_000_000, f"{size / len(data):.0f}x of {len(data)} bytes"


@pytest.mark.parametrize("make,n", [(table, 400), (long_line, 400), (listing, 500)], ids=["table", "long-line", "listing"])
def test_per_seed_time_is_linear(make, n):
    from build_tools.pipeline import process_seed

    process_seed("warm.txt", make(5).encode())
    growth = cpu_growth(lambda k: process_seed("x.txt", make(k).encode()), n, 4 * n)
    assert growth < 8, f"{make.__name__}: 4x the input took {growth:.1f}x the time"
