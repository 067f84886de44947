"""An edit moves into docs/ what it changed, not the whole archive (swap.patch), and keeps
the promises of the whole-part swap: a failed build leaves docs/ as it was, a kill part-way
is finished by the next build, nothing is written outside docs/."""
from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from build_tools.site import build as b
from build_tools.site import swap
from conftest import SEEDS, build_killed_on_call, disk_full_on_call

HAND_MADE = Path(__file__).parent / "fixtures" / "unseen" / "a_county.txt"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".staging-", ".old-", ".probe-", ".swap-")))


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> tuple[Path, Path]:
    """The real seeds and a cache of their processed records (made once)."""
    work = tmp_path_factory.mktemp("processed")
    seeds, cache = work / "seeds", work / "cache"
    shutil.copytree(SEEDS, seeds, ignore=shutil.ignore_patterns(".*"))
    assert not b.build(seeds, work / "docs", cache_dir=cache).errors
    return seeds, cache


@pytest.fixture()
def built(processed, tmp_path) -> tuple[Path, Path, Path]:
    """The real seeds built with a cache of their own (records processed once): (seeds, docs, cache)."""
    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    shutil.copytree(processed[0], seeds)
    shutil.copytree(processed[1] / "seeds", cache / "seeds")
    report = b.build(seeds, docs, cache_dir=cache)
    assert not report.errors, report.errors
    (docs / "index.md").write_text("hand written", encoding="utf-8")
    return seeds, docs, cache


def edit(seeds: Path, note: str = "本文有修订") -> str:
    victim = sorted(seeds.iterdir())[2]
    victim.write_bytes(victim.read_bytes() + f"\n\n（编者注：{note}。）\n".encode())
    return victim.name


def fresh(seeds: Path, work: Path) -> dict[str, bytes]:
    """What a build with no pages or outputs kept writes (beside the hand-written page of
    `built`); processed records come from the test's cache (keyed by content, tested elsewhere)."""
    docs, ref = work / "fresh-docs", work / "fresh-cache"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.rmtree(ref, ignore_errors=True)
    shutil.copytree(work / "cache" / "seeds", ref / "seeds")
    assert not b.build(seeds, docs, cache_dir=ref).errors
    return dict(tree(docs), **{"index.md": b"hand written"})


def test_an_edit_moves_only_the_files_it_changed(built, tmp_path, monkeypatch):
    seeds, docs, cache = built
    before_bytes, before_ino = tree(docs), inodes(docs)
    moves = []
    real = swap.patch
    monkeypatch.setattr(b, "patch", lambda staging, docs_dir, kept: moves.append(len(kept)) or real(staging, docs_dir, kept))
    edit(seeds)
    assert not b.build(seeds, docs, cache_dir=cache).errors
    assert moves, "an edit with the cache warm is patched in, not swapped whole"
    after = tree(docs)
    assert after == fresh(seeds, tmp_path)
    changed = {p for p in after if after[p] != before_bytes.get(p)}
    replaced = {p for p, ino in inodes(docs).items() if before_ino.get(p) != ino}
    assert changed and changed <= replaced
    # unchanged files stay the very files they were, except the data page (written on every
    # build) and the pages of the edited seed's neighbours (their units are keyed by it: made again)
    names = sorted(p.stem.replace("_", "-") for p in seeds.iterdir())
    neighbours = (names[1], names[3])
    assert all(p == "data/index.md" or p.split("/")[-1].startswith(neighbours) for p in replaced - changed), \
        sorted(replaced - changed)
    assert (docs / "index.md").read_text(encoding="utf-8") == "hand written"
    assert leftovers(tmp_path) == []


def test_a_seed_added_then_removed(built, tmp_path):
    seeds, docs, cache = built
    before = set(tree(docs))
    shutil.copy(HAND_MADE, seeds / "0015_county.txt")
    assert not b.build(seeds, docs, cache_dir=cache).errors
    assert tree(docs) == fresh(seeds, tmp_path)
    added = set(tree(docs)) - before
    assert any(p.startswith("articles/") for p in added)
    (seeds / "0015_county.txt").unlink()
    assert not b.build(seeds, docs, cache_dir=cache).errors
    assert tree(docs) == fresh(seeds, tmp_path)
    assert not added & set(tree(docs))
    assert leftovers(tmp_path) == []


def test_patch_moves_new_files_in_and_takes_gone_ones_and_their_folders_out(tmp_path):
    docs, staging = tmp_path / "docs", tmp_path / "staging"
    for rel, text in {"articles/a.md": "old a", "articles/b.md": "b", "glossary/g/x.md": "g", "tags.md": "t",
                      "index.md": "hand written"}.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    for rel, text in {"articles/a.md": "new a", "articles/sub/c.md": "c", "data/d.json": "[]"}.items():
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_text(text, encoding="utf-8")
    swap.patch(staging, docs, {"articles/b.md", "tags.md"})
    assert {k: v.decode() for k, v in tree(docs).items()} == {
        "articles/a.md": "new a", "articles/b.md": "b", "articles/sub/c.md": "c", "data/d.json": "[]",
        "tags.md": "t", "index.md": "hand written"}
    assert not (docs / "glossary").exists()  # a part no longer made is gone, folders and all
    assert leftovers(tmp_path) == []


def test_a_failure_in_the_middle_of_a_patch_puts_everything_back(built, tmp_path, monkeypatch):
    seeds, docs, cache = built
    before = tree(docs)
    edit(seeds)
    real, calls = swap._move, []
    monkeypatch.setattr(swap, "_move", disk_full_on_call(real, 4, calls))
    report = b.build(seeds, docs, cache_dir=cache)
    monkeypatch.setattr(swap, "_move", real)
    assert len(calls) > 4  # the moves made were undone
    assert len(report.errors) == 1 and report.errors[0].endswith(": the disk is full"), report.errors
    assert tree(docs) == before
    assert leftovers(tmp_path) == []
    assert not b.build(seeds, docs, cache_dir=cache).errors  # and the next build brings the edit in
    assert tree(docs) == fresh(seeds, tmp_path)


def test_a_kill_inside_a_patch_is_finished_by_the_next_build(built, tmp_path):
    seeds, docs, cache = built
    edit(seeds)
    proc = build_killed_on_call("_move", 3, seeds, docs, cache)
    assert proc.returncode == 9, proc.stderr
    plan = json.loads((tmp_path / ".swap-docs.json").read_text(encoding="utf-8"))
    assert plan["put"] and "parts" not in plan  # killed inside a patch, a file moved out and its new one not in
    assert not b.build(seeds, docs, cache_dir=cache).errors
    assert tree(docs) == fresh(seeds, tmp_path)
    assert leftovers(tmp_path) == []


def test_a_part_that_is_a_link_is_swapped_whole_not_written_through(built, tmp_path):
    seeds, docs, cache = built
    elsewhere = tmp_path / "elsewhere"
    shutil.move(docs / "browse", elsewhere)
    (docs / "browse").symlink_to(elsewhere, target_is_directory=True)
    outside = tree(elsewhere)
    edit(seeds)
    assert not b.build(seeds, docs, cache_dir=cache).errors
    assert tree(elsewhere) == outside  # nothing written through the link
    assert not (docs / "browse").is_symlink() and tree(docs) == fresh(seeds, tmp_path)
    assert leftovers(tmp_path) == []


def test_a_patch_that_fails_leaves_no_trace(tmp_path, monkeypatch):
    docs, staging = tmp_path / "docs", tmp_path / "staging"
    for rel in ("articles/a.md", "glossary/g.md"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("old", encoding="utf-8")
    for rel in ("articles/a.md", "articles/sub/new.md", "tags.md"):
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_text("new", encoding="utf-8")
    before = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*")), tree(docs)
    real, calls = swap._move, []

    def failing(src, dst):
        calls.append(dst)
        if len(calls) == 5:  # after the new folder was made, before the gone file moved out
            raise OSError(errno.EIO, "Input/output error", str(dst))
        return real(src, dst)

    monkeypatch.setattr(swap, "_move", failing)
    with pytest.raises(OSError):
        swap.patch(staging, docs, set())
    assert (sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*")), tree(docs)) == before
    assert not (tmp_path / ".swap-docs.json").exists() and leftovers(tmp_path) == []
