"""Nothing from outside a seed's page reaches the site, and nothing the build keeps is trusted
(issue 13): which files are seeds, a cache checked by content, a swap no kill leaves half done,
one-line errors naming the file and the real cause, under the CLI and under `mkdocs build`."""
from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from build_tools.ingest.files import seed_kinds
from build_tools.site import build as b
from conftest import PY, ROOT, build_killed_on_call, build_project, copy_project, run

PAGES = ROOT / "tests" / "fixtures" / "pages"
GOOD = ["anji_zhejiang_county.txt", "foshan_guangdong_prefecture.txt"]
SECRET = "root:x:0:0:SECRET-LINE-FROM-OUTSIDE-SEEDS"


def seeds_dir(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in GOOD:
        shutil.copy(PAGES / name, seeds / name)
    return seeds


def sources(docs: Path) -> set[str]:
    arts = json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))
    return {s["file"] for a in arts for s in a["sources"]}


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- which files are seeds (breaks 2 and 9) -------------------------------------

def test_only_seed_files_inside_seeds_are_read(tmp_path):
    seeds = seeds_dir(tmp_path)
    outside = tmp_path / "passwd"
    outside.write_text(f"{SECRET}\n# 外部文件标题\n\n这一段来自种子文件夹之外。\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f"[remote]\n  token = {SECRET}\n", encoding="utf-8")
    (seeds / "x.txt").symlink_to(outside)
    (seeds / "gitconfig.txt").symlink_to(Path("..") / ".git" / "config")
    (seeds / "inside.txt").symlink_to(seeds / GOOD[0])  # a link to another seed: its real path is inside
    page = (PAGES / GOOD[0]).read_text(encoding="utf-8")
    for name in ("a.txt~", "a.txt.bak", "#a.txt#", "README.md", "notes.TXT.orig"):
        (seeds / name).write_text(page, encoding="utf-8")
    (seeds / "folder.txt").mkdir()
    os.mkfifo(seeds / "pipe.txt")
    (seeds / os.fsdecode(b"bad\xffname.txt")).write_text(page, encoding="utf-8")
    (seeds / "new\nline.txt").write_text(page, encoding="utf-8")
    (seeds / f"{GOOD[1][:-4]}.yaml").write_text("articles:\n  1:\n    title: 校正标题\n", encoding="utf-8")  # a sidecar: not a seed, not skipped
    docs = tmp_path / "docs"
    report = b.build(seeds, docs, cache_dir=None)
    assert not report.errors, report.errors
    assert sources(docs) == set(GOOD) | {"inside.txt"}
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in docs.rglob("*") if p.is_file())
    assert SECRET not in text and "外部文件标题" not in text
    lines = report.skipped
    assert len(lines) == 11, lines
    assert "x.txt: a link to a file outside the seeds folder, skipped" in lines
    assert "gitconfig.txt: a link to a file outside the seeds folder, skipped" in lines
    exts = ", ".join(sorted(seed_kinds()[0]))  # the extensions data/seed_files.yaml names
    for name in ("a.txt~", "a.txt.bak", "#a.txt#", "README.md", "notes.TXT.orig"):
        assert f"{name}: not a seed file (seed files end in {exts}), skipped" in lines
    assert "folder.txt: a folder, skipped" in lines and "pipe.txt: not a regular file, skipped" in lines
    assert "bad\\xffname.txt: file name is not UTF-8, skipped (rename the file)" in lines
    assert "new\\nline.txt: file name holds control or invisible characters, skipped (rename the file)" in lines
    assert all("\n" not in line for line in lines)


def test_a_sidecar_is_part_of_its_seeds_cache_key(tmp_path):
    seeds = seeds_dir(tmp_path)
    cache = tmp_path / "cache"
    assert b.build(seeds, tmp_path / "docs", cache_dir=cache).cached == 0
    assert b.build(seeds, tmp_path / "docs", cache_dir=cache).cached == 2
    (seeds / f"{GOOD[0][:-4]}.yaml").write_text("title: 校正\n", encoding="utf-8")
    report = b.build(seeds, tmp_path / "docs", cache_dir=cache)
    assert report.cached == 1 and not report.skipped


def test_a_seed_over_the_size_limit_is_refused_in_one_line(tmp_path, monkeypatch):
    from build_tools.ingest import files

    by_ext, side = files.seed_kinds()
    monkeypatch.setattr(files, "seed_kinds", lambda: ({".txt": ("text", 20_000)}, side))
    seeds = seeds_dir(tmp_path)
    (seeds / "huge.txt").write_text("安吉县文明城市创建。" * 2000, encoding="utf-8")
    report = b.build(seeds, tmp_path / "docs", cache_dir=None)
    assert report.errors == ["huge.txt: 0.1 MB is over the 0.0 MB limit for a text seed "
                             "(build_tools/data/seed_files.yaml); split the page into smaller files"]


def test_jobs_are_capped_at_the_cores():
    cores = len(os.sched_getaffinity(0))
    assert b.worker_count(200) == cores and b.worker_count(None) == cores and b.worker_count(1) == 1


def test_a_one_line_page_is_never_dropped_silently(tmp_path):
    seeds = seeds_dir(tmp_path)
    (seeds / "one.txt").write_text("安吉县文明城市创建工作推进会召开", encoding="utf-8")
    report = b.build(seeds, tmp_path / "docs", cache_dir=None)
    assert "one.txt" in sources(tmp_path / "docs") or any(w.startswith("one.txt: no article found") for w in report.warnings)


# -- the cache is checked, not trusted (breaks 7 and 8) -------------------------

def test_an_edit_in_docs_does_not_survive_the_next_build(tmp_path):
    seeds, docs, cache = seeds_dir(tmp_path), tmp_path / "docs", tmp_path / "cache"
    b.build(seeds, docs, cache_dir=cache)
    clean = tree(docs)
    for rel in ("articles", "data/facts.json", "browse/regions.md"):
        target = docs / rel
        victim = next(iter(sorted(target.glob("*.md")))) if target.is_dir() else target
        with open(victim, "r+b") as f:  # in place: through the hard link into the cache
            f.seek(0)
            f.write(b"<script>alert(1)</script>")
    b.build(seeds, docs, cache_dir=cache)
    assert tree(docs) == clean
    victim = docs / "data" / "facts.csv"
    with open(victim, "ab") as f:
        f.write(b"=cmd\n")
    b.build(seeds, docs, cache_dir=None)  # --no-cache, then a normal build
    b.build(seeds, docs, cache_dir=cache)
    assert tree(docs) == clean


def test_damaged_cache_entries_are_remade_never_published(tmp_path):
    seeds, docs, cache = seeds_dir(tmp_path), tmp_path / "docs", tmp_path / "cache"
    b.build(seeds, docs, cache_dir=cache)
    clean = tree(docs)
    assert not list(cache.rglob("*.pickle")) and json.loads((cache / "index.json").read_bytes())["version"] == 2
    for p in sorted((cache / "pages").glob("*.md")):
        p.write_bytes(p.read_bytes()[:50])  # truncated
    for p in sorted((cache / "views").rglob("*.json")):
        p.write_bytes(b'["garbage"]')
    for p in sorted((cache / "seeds").glob("*.json")):
        p.write_text('{"articles": []}', encoding="utf-8")  # valid JSON, wrong content
    (cache / "outputs" / "browse").rename(tmp_path / "gone")
    report = b.build(seeds, docs, cache_dir=cache)
    assert not report.errors and tree(docs) == clean
    for out in (cache / "outputs").iterdir():  # a file removed from a kept output
        for kept in out.iterdir():
            files = [p for p in kept.rglob("*") if p.is_file() and p.name != ".complete"]
            if files:
                files[0].unlink()
    assert not b.build(seeds, docs, cache_dir=cache).errors and tree(docs) == clean


def test_mkdocs_build_regenerates_deleted_parts(tmp_path):
    """The hook's "nothing changed" stamp covers docs/: deleted generated files are remade."""
    project = build_project(tmp_path / "p", [PAGES / name for name in GOOD])
    run([PY, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], project)
    (project / "docs" / "browse" / "regions.md").unlink()
    shutil.rmtree(project / "docs" / "articles")
    run([PY, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"], project)
    assert (project / "docs" / "browse" / "regions.md").exists() and (project / "site" / "browse" / "regions").is_dir()


# -- swap, leftovers, errors (breaks 11 and 12) ----------------------------------

def test_a_kill_inside_the_swap_is_finished_by_the_next_build(tmp_path):
    seeds, docs = seeds_dir(tmp_path), tmp_path / "docs"
    b.build(seeds, docs, cache_dir=None)
    clean = tree(docs)
    (seeds / GOOD[0]).write_text((seeds / GOOD[0]).read_text(encoding="utf-8") + "\n新增一段文字。\n", encoding="utf-8")
    proc = build_killed_on_call("os.replace", 3, seeds, docs)
    assert proc.returncode == 9, proc.stderr
    assert not (docs / "articles").exists()  # killed half way: the old part moved out, the new not in
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".staging-", ".old-", ".swap-"))]
    report = b.build(seeds, docs, cache_dir=None)
    assert not report.errors
    assert all((docs / part).exists() for part in ("articles", "data", "compare", "browse", "glossary"))
    assert tree(docs) != clean and "新增一段文字" in "".join(p.read_text(encoding="utf-8") for p in (docs / "articles").glob("*.md"))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".staging-", ".old-", ".probe-", ".swap-"))] == []


def test_leftover_folders_are_git_ignored():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8")
    for pattern in (".staging-*", ".old-*", ".probe-*", ".swap-*.json"):
        assert pattern in ignored


@pytest.mark.parametrize("err,cause", [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the file system is read-only")])
def test_a_refusing_disk_is_named_not_blamed_on_seeds(tmp_path, monkeypatch, err, cause):
    from build_tools.site import assemble

    seeds, docs = seeds_dir(tmp_path), tmp_path / "docs"
    b.build(seeds, docs, cache_dir=None)
    clean = tree(docs)

    def refuse(path, text):
        raise OSError(err, os.strerror(err), str(path))

    monkeypatch.setattr(assemble, "_write", refuse)
    report = b.build(seeds, docs, cache_dir=None)
    assert len(report.errors) == 1 and report.errors[0].endswith(f": {cause}") and ".md" in report.errors[0]
    assert report.cause == "setup" and tree(docs) == clean


def test_cli_and_mkdocs_give_one_line_errors(tmp_path):
    project = copy_project(tmp_path / "p", [PAGES / GOOD[0]])
    (project / "seeds" / os.fsdecode(b"\xfe\xff.txt")).write_bytes((PAGES / GOOD[1]).read_bytes())
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], project)
    assert "warning: \\xfe\\xff.txt: file name is not UTF-8, skipped" in proc.stderr and "Traceback" not in proc.stderr
    mk = run([PY, "-m", "mkdocs", "build", "--site-dir", "site"], project, check=False)
    assert mk.returncode == 0 and "Traceback" not in mk.stderr, mk.stderr
    shutil.rmtree(project / "seeds")
    mk = run([PY, "-m", "mkdocs", "build", "--site-dir", "site"], project, check=False)
    assert mk.returncode != 0 and "Traceback" not in mk.stderr
    assert "seeds folder not found" in mk.stderr
    proc = run([PY, "-m", "build_tools", "build", "--no-cache"], project, check=False)
    assert proc.returncode == 1 and "seeds folder not found" in proc.stderr and "bad seed file" not in proc.stderr
