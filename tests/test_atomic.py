"""Atomic, deterministic builds: a failed build leaves docs/ byte for byte as it was,
names each bad file on one line, never shows a traceback; --keep-going builds the rest;
an interrupted build leaves no staging folder behind."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import PY, ROOT, build_project, copy_project, disk_full_on_call, run

PAGES = ROOT / "tests" / "fixtures" / "pages"
GOOD = ["anji_zhejiang_county.txt", "foshan_guangdong_prefecture.txt"]


def tree_hash(folder: Path) -> str:
    """Hash of every path and file content under folder."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode() + b"\0")
        if p.is_file():
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def leftovers(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith((".staging-", ".old-", ".probe-", ".swap-")))


@pytest.fixture()
def built(tmp_path) -> Path:
    """A project copy with two good seeds, built once."""
    return build_project(tmp_path / "p", [PAGES / name for name in GOOD])


def add_bad_seeds(project: Path) -> dict[str, str]:
    """Bad seeds and the words their error line must contain."""
    seeds = project / "seeds"
    (seeds / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (seeds / "noise.txt").write_bytes(bytes((i * 97 + 13) % 255 + 1 for i in range(3000)))
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.txt").write_bytes(b" \n\r\n\t\n")
    return {"photo.txt": "not a text file", "noise.txt": "not a text file"}


def test_failed_build_leaves_docs_unchanged(built):
    docs = built / "docs"
    before = tree_hash(docs)
    bad = add_bad_seeds(built)
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], built, check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(bad), proc.stderr
    for name, words in bad.items():
        assert [e for e in errors if e.startswith(f"error: {name}: ") and words in e], proc.stderr
    for name in ("empty.txt", "blank.txt"):
        assert f"warning: {name}: empty file, skipped" in proc.stderr
    assert "docs/ left unchanged" in proc.stderr
    assert tree_hash(docs) == before
    assert leftovers(built) == []


def test_keep_going_builds_the_rest(built):
    add_bad_seeds(built)
    proc = run([PY, "-m", "build_tools", "build", "--no-cache", "--keep-going"], built)
    assert "Traceback" not in proc.stderr
    for name in ("photo.txt", "noise.txt"):
        assert f"warning: skipped: {name}: not a text file" in proc.stderr
    assert "error:" not in proc.stderr
    articles = json.loads((built / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
    files = {s["file"] for a in articles for s in a["sources"]}
    assert files == set(GOOD)
    assert leftovers(built) == []


def test_build_is_deterministic_with_and_without_cache(built):
    docs = built / "docs"
    first = tree_hash(docs)
    run([PY, "-m", "build_tools", "build", "--no-cache"], built)
    assert tree_hash(docs) == first
    run([PY, "-m", "build_tools", "build"], built)  # writes .cache/
    proc = run([PY, "-m", "build_tools", "build"], built)  # reads .cache/
    assert "(2 cached)" in proc.stdout
    assert tree_hash(docs) == first


def test_hand_written_docs_survive_builds(built):
    docs = built / "docs"
    hand = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()
            and p.relative_to(docs).parts[0] not in ("articles", "data", "compare", "browse", "glossary", "_snippets", "tags.md")}
    assert hand
    add_bad_seeds(built)
    run([PY, "-m", "build_tools", "build", "--no-cache", "--keep-going"], built)
    assert {p: p.read_bytes() for p in hand} == hand


def test_only_empty_seeds_fails_clearly(tmp_path):
    seeds = tmp_path / "s"
    seeds.mkdir()
    (seeds / "a.txt").write_text("")
    project = copy_project(tmp_path / "p", seeds=seeds)
    before = tree_hash(project / "docs")
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], project, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "warning: a.txt: empty file, skipped" in proc.stderr
    assert "no usable seed files" in proc.stderr
    assert tree_hash(project / "docs") == before


def test_missing_seeds_folder(tmp_path):
    project = copy_project(tmp_path / "p")
    proc = run([PY, "-m", "build_tools", "build", "--seeds", "nope"], project, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "error: nope: seeds folder not found" in proc.stderr


def test_folders_and_broken_links_in_seeds_are_skipped_with_a_warning(built):
    (built / "seeds" / "sub.txt").mkdir()
    (built / "seeds" / "gone.txt").symlink_to(built / "nowhere.txt")
    (built / "seeds" / ".hidden.txt").write_bytes(b"\x00binary")
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], built)
    assert "warning: sub.txt: a folder, skipped" in proc.stderr
    assert "warning: gone.txt: a broken link, skipped" in proc.stderr
    assert ".hidden" not in proc.stderr


def test_clashing_seed_names_are_refused(tmp_path):
    seeds = tmp_path / "s"
    seeds.mkdir()
    shutil.copy(PAGES / GOOD[0], seeds / "a_b.txt")
    shutil.copy(PAGES / GOOD[1], seeds / "a-b.txt")
    project = copy_project(tmp_path / "p", seeds=seeds)
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], project, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "error: a_b.txt: its pages would be named like those of a-b.txt" in proc.stderr


# In-process: failures inside rendering and swapping.

def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in GOOD:
        shutil.copy(PAGES / name, seeds / name)
    return seeds


def test_render_failure_names_the_seed_and_keeps_docs(tmp_path, monkeypatch):
    from build_tools.site import build as b
    from build_tools.site import assemble as site

    seeds, docs = _seeds(tmp_path), tmp_path / "docs"
    assert not b.build(seeds, docs, cache_dir=None).errors
    before = tree_hash(docs)
    real = site.render_site

    def fragile(pages, out, site_url="", **kwargs):
        if any(p.file == GOOD[1] for p in pages):
            raise ValueError("boom\nsecond line")
        return real(pages, out, site_url=site_url, **kwargs)

    monkeypatch.setattr(site, "render_site", fragile)
    report = b.build(seeds, docs, cache_dir=None)
    assert report.errors == [f"{GOOD[1]}: internal error while rendering (ValueError: boom second line)"]
    assert tree_hash(docs) == before
    report = b.build(seeds, docs, cache_dir=None, keep_going=True)
    assert report.articles >= 1 and len(report.errors) == 1
    arts = json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))
    assert {s["file"] for a in arts for s in a["sources"]} == {GOOD[0]}
    assert leftovers(tmp_path) == []


def test_interrupt_during_render_cleans_staging(tmp_path, monkeypatch):
    from build_tools.site import build as b
    from build_tools.site import assemble as site

    seeds, docs = _seeds(tmp_path), tmp_path / "docs"
    b.build(seeds, docs, cache_dir=None)
    before = tree_hash(docs)

    def interrupted(pages, out, site_url="", **kwargs):
        (out / "articles").mkdir(parents=True)
        (out / "articles" / "half.md").write_text("half written")
        raise KeyboardInterrupt

    monkeypatch.setattr(site, "render_site", interrupted)
    with pytest.raises(KeyboardInterrupt):
        b.build(seeds, docs, cache_dir=None)
    assert tree_hash(docs) == before
    assert leftovers(tmp_path) == []


def test_failure_in_the_middle_of_the_swap_rolls_back(tmp_path, monkeypatch):
    from build_tools.site import build as b

    seeds, docs = _seeds(tmp_path), tmp_path / "docs"
    b.build(seeds, docs, cache_dir=None)
    (docs / "index.md").write_text("hand written")
    before = tree_hash(docs)
    (seeds / GOOD[0]).write_text((seeds / GOOD[0]).read_text(encoding="utf-8") + "\n新增一段文字。\n", encoding="utf-8")
    real = os.replace
    # a failure is a one-line error naming the file and the cause, no longer an exception
    monkeypatch.setattr(b.os, "replace", disk_full_on_call(real, 5, []))
    report = b.build(seeds, docs, cache_dir=None)
    monkeypatch.setattr(b.os, "replace", real)
    assert len(report.errors) == 1 and report.errors[0].endswith(": the disk is full"), report.errors
    assert str(docs) in report.errors[0] and report.cause == "setup"
    assert tree_hash(docs) == before
    assert leftovers(tmp_path) == []


def test_sigterm_mid_build_leaves_no_staging(built):
    """A real process killed with SIGTERM while it renders (render made slow on purpose)."""
    docs = built / "docs"
    before = tree_hash(docs)
    code = ("import time, build_tools.site.assemble as s\n"
            "real = s.render_site\n"
            "def slow(*a, **k):\n    out = real(*a, **k)\n    time.sleep(60)\n    return out\n"
            "s.render_site = slow\n"
            "from build_tools.cli import main\nraise SystemExit(main(['build', '--no-cache']))\n")
    proc = subprocess.Popen([PY, "-c", code], cwd=built, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        staged = [p for p in built.iterdir() if p.name.startswith(".staging-")]
        if staged and (staged[0] / "data" / "articles.json").exists():
            break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("build never reached the render stage")
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted; docs/ left unchanged" in err
    assert leftovers(built) == []
    assert tree_hash(docs) == before
