"""YAML a user or a page brings is read without aliases: a few lines of them (&a [x, x] /
&b [*a, *a] / …) stand for billions of nodes, and copying, validating or printing them never
ended (a clip's front matter hung the build; a sidecar took seconds and printed a huge error)."""
from __future__ import annotations

import pytest

from build_tools.errors import SeedError
from build_tools.ingest.sidecar import read_sidecar
from build_tools.pipeline import process_seed


def _nested(levels: int, key: str) -> str:
    lines = ['l0: &l0 ["甲", "乙", "丙", "丁"]']
    for k in range(1, levels):
        lines.append(f"l{k}: &l{k} [{', '.join([f'*l{k - 1}'] * 4)}]")
    lines.append(f"{key}: [{', '.join([f'*l{levels - 1}'] * 4)}]")
    return "\n".join(lines)


def test_a_sidecar_with_aliases_is_refused_in_one_line_naming_the_file():
    data = ("articles:\n  1:\n    authors: &a [张三, 李四]\n  2:\n    authors: *a\n").encode()
    with pytest.raises(SeedError) as err:
        read_sidecar("某页.yaml", data)
    msg = str(err.value)
    assert msg.startswith("某页.yaml") and "\n" not in msg and "alias" in msg and len(msg) < 200


def test_a_clips_front_matter_with_aliases_is_dropped_and_said_not_read():
    page = ("---\n" + _nested(7, "title") + "\ndate: 2021-05-06\n---\n"
            "# 嵩县：山城街巷换新颜\n嵩县今年改造背街小巷36条，新建口袋公园12个。\n")
    rec = process_seed("clip.md", page.encode("utf-8"))
    (art,) = rec["articles"]
    assert art["title"] == "嵩县：山城街巷换新颜"
    assert any("not plain YAML" in n for n in rec["warnings"])
    assert {f["value"] for f in art["facts"]} == {36, 12}


def test_plain_front_matter_still_gives_title_and_date():
    page = ("---\ntitle: 嵩县：山城街巷换新颜\nsource: 洛阳日报\ndate: 2021-05-06\ntags: [创城]\n---\n"
            "嵩县今年改造背街小巷36条，新建口袋公园12个。\n")
    rec = process_seed("clip.md", page.encode("utf-8"))
    (art,) = rec["articles"]
    assert art["title"] == "嵩县：山城街巷换新颜"
    assert art["date"]["value"] == "2021-05-06" and art["outlet"] == "洛阳日报"
