"""A fresh round of hostile input (issue 13): kinds of page and file name the first round did
not list. The pages are made here (binary and odd names cannot live in git). Each must build
into a safe site or be refused with one line naming it; `check` finds nothing executable,
navigating or loaded from elsewhere."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import PY, copy_project, run

OK = "# 安吉县创建全国文明城市\n\n安吉县文明城市创建成效显著，投入资金12亿元。\n"
PAGES: dict[str, bytes] = {
    "magnitude.txt": ("# 安吉县创建全国文明城市\n\n安吉县投入资金" + "9" * 400 + "亿元，另有志愿者1e999人，"
                      "面积0.0000000000000000000000001平方公里，常住人口47万。\n").encode(),
    "homoglyph.txt": "# 安吉县创建全国文明城市\n\n安吉县注册志愿者２０２３人，另有𝟐𝟏万名，٢١个站点，2O21年建成口袋公园12处。\n".encode(),
    "one_char.txt": "文".encode(),
    "punctuation.txt": "。，！？……——《》\n\n！！！".encode(),
    "repeated.txt": ("# 安吉县\n\n" + "安吉县文明城市创建" * 20000).encode(),
    "every_field.txt": ("# {{ config }} <script>x</script> [a](javascript:1) --8<-- \"mkdocs.yml\"\n\n"
                        "——{% include 'x' %} **b** `c` \" onload=\"alert(1)\n\n□本报记者 <img src=x onerror=alert(1)> {{7*7}} \"'>\n\n"
                        "安吉县创建全国文明城市工作取得成效，<iframe src=//evil.example>注册志愿者3万人。\n\n"
                        "安吉县<b>图</b> {{ x }} 王\"小利' 摄\n").encode(),
    "crlf.txt": OK.replace("\n", "\r\n").encode(),
    "cr_only.txt": OK.replace("\n", "\r").encode(),
    "utf16_no_bom.txt": OK.encode("utf-16-le"),
    "controls.txt": ("# 安吉县创建\x07全国文明城市\x1b[2J\n\n安吉县\x01文明\u0085城市\u202e创建\u2066成效\ufeff显著，"
                     "投入\u200b12\u00ad亿元。\n\n" + "安吉县文明城市创建成效显著。" * 30 + "\n").encode(),
    'quote "double" \'single\'.txt': OK.encode(),
    ("长" * 80) + ".txt": OK.encode(),
    "nul.txt": b"# abc\n\n\x00\x00 text \x00 more \x00",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("round2")
    seeds = tmp / "s"
    seeds.mkdir()
    for name, data in PAGES.items():
        (seeds / name).write_bytes(data)
    (seeds / "spoof_\u202etxt.exe.txt").write_bytes(OK.encode())
    (seeds / "tab\tname.txt").write_bytes(OK.encode())
    project = copy_project(tmp / "p", seeds=seeds)
    proc = run([PY, "-m", "build_tools", "build", "--no-cache", "--keep-going"], project)
    (project / "seeds" / "nul.txt").unlink()  # refused above; `mkdocs build` has no --keep-going
    run([PY, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], project)
    return project, proc.stderr


def test_one_line_messages_naming_each_refused_file(hostile):
    _, err = hostile
    assert "Traceback" not in err
    lines = err.splitlines()
    assert any(l.startswith("warning: skipped: nul.txt: not a text file") for l in lines), err
    assert "warning: spoof_\\u202etxt.exe.txt: file name holds control or invisible characters, skipped (rename the file)" in lines
    assert "warning: tab\\tname.txt: file name holds control or invisible characters, skipped (rename the file)" in lines
    assert any(l.startswith("warning: one_char.txt: no article found") for l in lines), err


def test_no_spoofed_or_absurd_numbers(hostile):
    project, _ = hostile
    facts = json.loads((project / "docs" / "data" / "facts.json").read_text(encoding="utf-8"))
    assert facts
    for f in facts:
        assert abs(f["value"]) < 1e15 and len(re.sub(r"\D", "", f["number_text"])) <= 20, f
        assert not re.search(r"[٠-٩𝟎-𝟿]", f["number_text"]), f
    homo = {f["number_text"]: f["value"] for f in facts if f["article"].startswith("homoglyph")}
    assert homo.get("2023人") == 2023 and "12处" in homo  # full-width digits are read as digits
    assert not any("٢" in t or "𝟐" in t for t in homo)  # look-alike digits are never read as a number
    controls = [f for f in facts if f["article"].startswith("controls")]
    assert [(f["number_text"], f["value"]) for f in controls] == [("12亿元", 1200000000)]


def test_site_has_nothing_executable_or_foreign(hostile):
    project, _ = hostile
    proc = run([PY, "-m", "build_tools", "check", "--docs", "docs", "--site", "site"], project, check=False)
    assert "Traceback" not in proc.stderr
    bad = [l for l in proc.stderr.splitlines()
           if re.search(r"script|iframe|foreign|form not|external|refresh|event-handler|unsafe", l)]
    assert bad == [], bad
    for page in (project / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f]", text), page
        assert "evil.example>" not in text and "<img src=x" not in text


def test_output_is_bounded(hostile):
    project, _ = hostile
    seeds = sum(len(d) for d in PAGES.values())
    docs = sum(p.stat().st_size for p in (project / "docs").rglob("*") if p.is_file())
    assert docs < 100 * seeds, f"{docs / seeds:.0f}x"
