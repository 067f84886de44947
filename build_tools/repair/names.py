"""Chinese personal names: surnames (data/surnames.yaml) and runs of names printed without
separators. Shared by the repair passes (a credit's names on a meta line) and the byline
reader of the structure stage, so it lives in the earlier stage."""
from __future__ import annotations

import functools
import math
import re

from ..data import data_file, load_data


@functools.lru_cache(maxsize=1)
def _surnames() -> tuple[dict[str, float], tuple[str, ...], dict[int, float]]:
    data = load_data("surnames.yaml")
    single = {c: math.log(1.0 / (rank + 20)) for rank, c in enumerate(data["single"])}
    compound = tuple(sorted(data["compound"], key=len, reverse=True))
    lengths = {int(k): math.log(v) for k, v in data["length_share"].items()}
    return single, compound, lengths


def _surname_cost(name: str) -> tuple[float, int] | None:
    """(log weight of the surname, its length), or None when `name` starts with none."""
    single, compound, _ = _surnames()
    for c in compound:
        if name.startswith(c) and len(name) > len(c):
            return math.log(1.0 / 60), len(c)
    return (single[name[0]], 1) if name[:1] in single else None


# A five-character run is split only when every piece starts with one of the most
# common surnames; else it is one name (乌云其木格, a Mongolian name).
COMMON_RANK = 150


def _common_surname(name: str, rank: int = COMMON_RANK) -> bool:
    """Does `name` open with a compound surname or one of the `rank` most common single ones?"""
    single, compound, _ = _surnames()
    if any(name.startswith(c) for c in compound):
        return True
    return name[:1] in single and list(single).index(name[:1]) < rank


def five_char_split_rank() -> int:
    """How common each piece's surname must be for a five-character run to be two names
    (surnames.yaml five_char_split_rank)."""
    return int(data_file("surnames.yaml").get("five_char_split_rank") or COMMON_RANK)


# What a split costs that cuts a compound surname in two (log weight).
SPLIT_COMPOUND_COST = math.log(1.0 / 50)


def split_run(run: str) -> list[str] | None:
    """Names printed without separators, split where each piece starts with a
    surname; None when no split makes every piece a name.

    >>> split_run("张三李四王五赵六")
    ['张三', '李四', '王五', '赵六']
    >>> split_run("王小明李华")
    ['王小明', '李华']
    >>> split_run("欧阳文华陈静"), split_run("訾丽司马振东")
    (['欧阳文华', '陈静'], ['訾丽', '司马振东'])
    """
    _, compound, lengths = _surnames()
    compound2 = [c for c in compound if len(c) == 2]
    n = len(run)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        for L in (2, 3, 4):
            j = i + L
            if j > n:
                break
            piece = run[i:j]
            sur = _surname_cost(piece)
            if sur is None:
                continue
            cost, slen = sur
            given = L - slen  # a compound surname leaves one or two characters for the given name
            if given not in (1, 2) or given + 1 not in lengths:
                continue
            score = best[i][0] + cost + lengths[given + 1]
            if j < n and any(run.startswith(c, j - 1) for c in compound2):
                score += SPLIT_COMPOUND_COST  # (訾丽司 / 马振东: a cut through 司马, a compound surname)
            if best[j] is None or score > best[j][0]:
                best[j] = (score, best[i][1] + [piece])
    return best[n][1] if best[n] else None


@functools.lru_cache(maxsize=1)
def _given_name_parts() -> frozenset[str]:
    return frozenset(p for p in (data_file("surnames.yaml").get("given_name_parts") or "").split() if len(p) >= 2)


def transliterated_name(name: str) -> bool:
    """A name of a people who write no surname, made wholly of two or three of the syllable
    pairs such names are written with (surnames.yaml given_name_parts): 才让东智, 拉巴次仁,
    斯琴高娃.

    >>> transliterated_name("才让东智"), transliterated_name("拉巴次仁"), transliterated_name("巴特尔其其格")
    (True, True, True)
    >>> transliterated_name("扎西"), transliterated_name("文明城市"), transliterated_name("扎西德勒")
    (False, False, False)
    """
    parts = _given_name_parts()
    if not 4 <= len(name) <= 7 or not parts:
        return False

    def split(rest: str, depth: int) -> bool:
        if not rest:
            return depth >= 2
        return depth < 3 and any(rest[:k] in parts and split(rest[k:], depth + 1) for k in (2, 3, 4))
    return split(name, 0)


def likely_name(name: str) -> bool:
    """Has `name` a name's shape by its surname: two characters after a common surname, three
    or four after any (巴雅尔)?"""
    return 2 <= len(name) <= 4 and (_common_surname(name) if len(name) == 2 else _surname_cost(name) is not None)


def spaced_names_line(text: str) -> bool:
    """A short line of two to four names alone, OCR-spaced (覃 刚 向丽君, 王 涛  陆佳): each a
    surname and a given name once lone characters are paired; its spaces part the names."""
    words = text.split()
    if not 2 <= len(words) <= 8 or len(text) > 20 or not all(_HAN_WORD_RE.fullmatch(w) for w in words):
        return False
    names, k = [], 0
    while k < len(words):
        if len(words[k]) == 1:
            if k + 1 >= len(words) or len(words[k + 1]) != 1:
                return False
            names.append(words[k] + words[k + 1])
            k += 2
        else:
            names.append(words[k])
            k += 1
    return 2 <= len(names) <= 4 and len(names) < len(words) and all(likely_name(n) for n in names)


_HAN_WORD_RE = re.compile("[\u4e00-\u9fff]{1,4}")
