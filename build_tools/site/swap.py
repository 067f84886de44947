"""Staging and swap: generated output reaches docs/ whole or not at all.

The build writes into a staging folder beside docs/ (`.staging-<docs>-*`);
`swap` moves the staged parts in with atomic renames while signals are held
back. When docs/ already holds most of the build's files (the hard links into
the cache that an unchanged page is), only the changed files are staged and
`patch` moves them in one by one, moving the files they replace and the files
that are gone into a trash folder, so that a failure part-way moves them back.
Before the first rename either writes a journal (`.swap-<docs>.json`, beside
docs/) naming the staging and trash folders (and the files, for a patch);
after the last one it removes the journal. A build killed in between (SIGKILL,
power loss) leaves the journal: the next build (`recover`) finishes the swap
from it, because a staging folder is complete before a swap starts. Builds of
one docs/ folder hold a lock on it (`build_lock`), so the next build can also
remove staging, trash and probe folders that a killed build left, without
touching a running build's.

SIGTERM/SIGHUP during a build become KeyboardInterrupt so that `finally`
blocks remove the staging folder.
"""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

# Folders and files under docs/ that the build owns (everything else is hand-written).
GENERATED = ["articles", "data", "compare", "browse", "glossary", "_snippets", "tags.md"]
# Prefixes of the build's own folders beside docs/ (git-ignored; removed by the next build).
TEMP_PREFIXES = (".staging-", ".old-", ".probe-")


@contextmanager
def terminate_as_interrupt():
    """SIGTERM/SIGHUP raise KeyboardInterrupt so `finally` blocks remove the staging folder."""
    def handler(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    saved = {}
    try:
        for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
            if sig is not None:
                saved[sig] = signal.signal(sig, handler)
    except ValueError:  # not the main thread: signals stay as they are
        pass
    try:
        yield
    finally:
        for sig, old in saved.items():
            signal.signal(sig, old)


def generated_files(docs_dir: Path) -> dict[str, list[tuple[str, os.stat_result]]]:
    """The files of each generated part of docs_dir (GENERATED): (path relative to
    docs_dir with `/`, stat) in path order; none for a part that does not exist.
    Links to files are followed, links to folders are not (as `Path.rglob`)."""
    out = {}
    for name in GENERATED:
        found: list[tuple[str, os.stat_result]] = []
        top = os.path.join(docs_dir, name)
        if os.path.isdir(top) and not os.path.islink(top):
            _walk(top, name, found)
        elif os.path.isfile(top):
            found.append((name, os.stat(top)))
        found.sort(key=lambda f: f[0].split("/"))
        out[name] = found
    return out


def _walk(folder: str, rel: str, found: list) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                _walk(e.path, f"{rel}/{e.name}", found)
            elif e.is_file():
                found.append((f"{rel}/{e.name}", e.stat()))
        except OSError:
            continue


def temp_folder(docs_dir: Path, kind: str) -> Path:
    """A new `.staging-` / `.old-` / `.probe-` folder beside docs_dir, named after it."""
    return Path(tempfile.mkdtemp(prefix=f".{kind}-{docs_dir.name}-", dir=docs_dir.parent))


def _journal(docs_dir: Path) -> Path:
    return docs_dir.parent / f".swap-{docs_dir.name}.json"


@contextmanager
def build_lock(docs_dir: Path):
    """Hold an exclusive lock on docs_dir for a whole build (a second build of
    the same folder waits); on entry, finish or clear what a killed build left."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(docs_dir, os.O_RDONLY)
    try:
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        except (ImportError, OSError):  # no flock here: builds are not serialised
            pass
        recover(docs_dir)
        yield
    finally:
        os.close(fd)  # releases the lock


def recover(docs_dir: Path) -> list[str]:
    """Finish a swap a killed build left half done (from its journal), then
    remove this docs folder's leftover staging, trash and probe folders.
    Returns what it did, one line each."""
    done = []
    journal = _journal(docs_dir)
    if journal.exists():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            staging, trash = docs_dir.parent / plan["staging"], docs_dir.parent / plan["trash"]
            for name in plan.get("parts", []) + plan.get("put", []):  # what was not moved in yet
                new, cur = staging / name, docs_dir / name
                if new.exists() or new.is_symlink():
                    if cur.exists() or cur.is_symlink():
                        _move(cur, trash / name)
                    _move(new, cur)
            for name in plan.get("drop", []):
                if (docs_dir / name).exists() or (docs_dir / name).is_symlink():
                    _move(docs_dir / name, trash / name)
            _prune_empty(docs_dir, plan.get("drop", []))
            done.append(f"{docs_dir}: finished a swap interrupted by a killed build")
        except (OSError, ValueError, KeyError, TypeError):
            done.append(f"{docs_dir}: could not finish an interrupted swap; the build will write every part")
        journal.unlink(missing_ok=True)
    journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)
    prefix = tuple(f"{p}{docs_dir.name}-" for p in TEMP_PREFIXES)
    try:
        for entry in os.scandir(docs_dir.parent):
            if entry.name.startswith(prefix) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
    except OSError:
        pass
    return done


def swap(staging: Path, docs_dir: Path) -> None:
    """Replace the generated parts of docs/ with the staged ones.

    Each move is an atomic rename on one file system; signals are held back
    while the moves run; a failure part-way moves the old parts back; a kill
    part-way leaves a journal from which the next build finishes the swap.
    """
    trash = temp_folder(docs_dir, "old")
    journal = _journal(docs_dir)
    moved_out: list[str] = []
    moved_in: list[str] = []
    blocked = _block_signals()
    try:
        _write_journal(journal, {"staging": staging.name, "trash": trash.name, "parts": GENERATED})
        for name in GENERATED:
            old, new = docs_dir / name, staging / name
            if old.exists() or old.is_symlink():
                os.replace(old, trash / name)
                moved_out.append(name)
            if new.exists():
                os.replace(new, old)
                moved_in.append(name)
        _fsync_dir(docs_dir)
        journal.unlink(missing_ok=True)
    except BaseException:
        for name in moved_in:
            if (docs_dir / name).exists():
                os.replace(docs_dir / name, staging / name)
        for name in moved_out:
            os.replace(trash / name, docs_dir / name)
        journal.unlink(missing_ok=True)
        raise
    finally:
        _unblock_signals(blocked)
        shutil.rmtree(trash, ignore_errors=True)


def patch(staging: Path, docs_dir: Path, kept: set[str]) -> None:
    """Bring the generated parts of docs/ to the staged files plus the `kept` ones
    (paths relative to docs/ that the build left in place), file by file: staged
    files move in, the files they replace and the files no longer made move to a
    trash folder. Signals are held back while the moves run; a failure part-way
    moves everything back; a kill part-way leaves a journal from which the next
    build finishes the patch. docs/ in a shape a file cannot be moved into (a
    part that is a link, a folder where a file goes) gets the whole-part swap,
    the kept files staged first."""
    current = {rel for files in generated_files(docs_dir).values() for rel, _ in files}
    staged = [rel for files in generated_files(staging).values() for rel, _ in files]
    if not _patchable(docs_dir, staged):
        for rel in sorted(kept):
            new = staging / rel
            new.parent.mkdir(parents=True, exist_ok=True)
            os.link(docs_dir / rel, new)
        swap(staging, docs_dir)
        return
    put = [rel for rel in staged if not _same_file(staging / rel, docs_dir / rel)]
    drop = sorted(current.difference(staged, kept))
    if not put and not drop:
        return
    trash = temp_folder(docs_dir, "old")
    journal = _journal(docs_dir)
    moved_out: list[str] = []
    moved_in: list[str] = []
    added: list[str] = []  # moved in where docs/ had no file
    dropped: list[str] = []
    blocked = _block_signals()
    try:
        _write_journal(journal, {"staging": staging.name, "trash": trash.name, "put": put, "drop": drop})
        for rel in put:
            cur = docs_dir / rel
            if cur.exists() or cur.is_symlink():
                _move(cur, trash / rel)
                moved_out.append(rel)
            else:
                added.append(rel)
            _move(staging / rel, cur)
            moved_in.append(rel)
        for rel in drop:
            _move(docs_dir / rel, trash / rel)
            dropped.append(rel)
        _prune_empty(docs_dir, drop)
        for folder in sorted({(docs_dir / rel).parent for rel in put + drop if (docs_dir / rel).parent.is_dir()}):
            _fsync_dir(folder)
        journal.unlink(missing_ok=True)
    except BaseException:
        for rel in reversed(moved_in):
            _move(docs_dir / rel, staging / rel)
        for rel in moved_out + dropped:
            _move(trash / rel, docs_dir / rel)
        _prune_empty(docs_dir, added)  # folders made for new files
        journal.unlink(missing_ok=True)
        raise
    finally:
        _unblock_signals(blocked)
        shutil.rmtree(trash, ignore_errors=True)


def _patchable(docs_dir: Path, staged: list[str]) -> bool:
    """Every generated part of docs/ is a real folder (or file) or absent, and no staged
    file would go where docs/ holds a folder or under a path that is not a folder."""
    for name in GENERATED:
        part = docs_dir / name
        if part.is_symlink():
            return False
    folders = set()
    for rel in staged:
        if (docs_dir / rel).is_dir():
            return False
        parts = rel.split("/")
        folders.update("/".join(parts[:k]) for k in range(1, len(parts)))
    return all(not (docs_dir / f).exists() or ((docs_dir / f).is_dir() and not (docs_dir / f).is_symlink())
               for f in folders)


def _same_file(a: Path, b: Path) -> bool:
    try:
        x, y = os.lstat(a), os.lstat(b)
    except OSError:
        return False
    return (x.st_dev, x.st_ino) == (y.st_dev, y.st_ino)


def _move(src: Path, dst: Path) -> None:
    """os.replace, making dst's folder first."""
    try:
        os.replace(src, dst)
    except FileNotFoundError:
        if not (src.exists() or src.is_symlink()):
            raise
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)


def _prune_empty(docs_dir: Path, removed: list[str]) -> None:
    """Remove the folders that removing files left empty (as a whole-part swap would)."""
    for folder in sorted({(docs_dir / rel).parent for rel in removed}, key=lambda p: -len(p.parts)):
        while folder != docs_dir and docs_dir in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent


def _write_journal(path: Path, plan: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(plan, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)


_HELD = {signal.SIGINT, signal.SIGTERM} | ({signal.SIGHUP} if hasattr(signal, "SIGHUP") else set())


def _block_signals():
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)


def _unblock_signals(previous) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
