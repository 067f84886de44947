"""Staging and swap: generated output reaches docs/ whole or not at all.

The build writes into a staging folder beside docs/ (`.staging-<docs>-*`);
`swap` moves the staged parts in with atomic renames while signals are held
back. Before the first rename it writes a journal (`.swap-<docs>.json`, beside
docs/) naming the staging and trash folders; after the last one it removes the
journal. A build killed in between (SIGKILL, power loss) leaves the journal:
the next build (`recover`) finishes the swap from it, because a staging folder
is complete before a swap starts. Builds of one docs/ folder hold a lock on it
(`build_lock`), so the next build can also remove staging, trash and probe
folders that a killed build left, without touching a running build's.

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
            for name in plan["parts"]:
                new, cur = staging / name, docs_dir / name
                if new.exists() or new.is_symlink():
                    if cur.exists() or cur.is_symlink():
                        os.replace(cur, trash / name)
                    os.replace(new, cur)
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
