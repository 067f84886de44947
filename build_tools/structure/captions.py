"""Captions go to the article whose place or subject they name."""
from __future__ import annotations

from collections import Counter

from ..model import Block, DraftArticle, FindPlaces
from .layout import HAN


def count_places(find_places: FindPlaces | None, text: str) -> Counter:
    """How often each place (adcode) is named in text."""
    if not find_places or not text:
        return Counter()
    return Counter(code for _, code, _ in find_places(text))


def _bigrams(text: str) -> set[str]:
    han = "".join(HAN.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def assign_captions(arts: list[DraftArticle], captions: list[tuple[int, Block]], owner: list, first_start: int,
                     find_places: FindPlaces | None) -> None:
    """Give each caption to the article whose place or subject it names."""
    if len(arts) == 1:
        for k, cap in captions:
            (arts[0].leading_captions if k < first_start else arts[0].captions).append(cap)
        return
    grams = [_bigrams(a.text()) for a in arts]
    df = Counter(g for gs in grams for g in gs)
    places = [set(count_places(find_places, a.title + a.subtitle + " ".join(b.text for b in a.body[:3]))) for a in arts]
    prev_cap: tuple[Block, int] | None = None
    for k, cap in captions:
        cg = _bigrams(cap.text)
        cp = set(count_places(find_places, cap.text))
        scores = []
        for ai, a in enumerate(arts):
            s = sum(1.0 / df[g] for g in cg if g in grams[ai])
            s += 5.0 * len(cp & places[ai])
            scores.append(s)
        best = max(range(len(arts)), key=lambda ai: (scores[ai], ai == owner[k]))
        if scores[best] == 0:
            # nothing named: stay with a caption printed on the same line, else the surrounding article
            if prev_cap and prev_cap[0].first <= cap.last and cap.first <= prev_cap[0].last:
                best = prev_cap[1]
            else:
                best = owner[k]
        prev_cap = (cap, best)
        target = arts[best]
        (target.leading_captions if k < first_start else target.captions).append(cap)
