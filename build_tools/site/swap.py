"""Staging and swap: generated output reaches docs/ whole or not at all.

The build writes into a staging folder beside docs/; `swap` moves the staged
parts in with atomic renames while signals are held back, and moves the old
parts back if a rename fails. SIGTERM/SIGHUP during a build become
KeyboardInterrupt so that `finally` blocks remove the staging folder.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

# Folders and files under docs/ that the build owns (everything else is hand-written).
GENERATED = ["articles", "data", "compare", "browse", "glossary", "_snippets", "tags.md"]


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


def swap(staging: Path, docs_dir: Path) -> None:
    """Replace the generated parts of docs/ with the staged ones.

    Each move is an atomic rename on one file system; signals are held back
    while the moves run, and a failure part-way moves the old parts back.
    """
    trash = Path(tempfile.mkdtemp(prefix=".old-", dir=docs_dir.parent))
    moved_out: list[str] = []
    moved_in: list[str] = []
    blocked = _block_signals()
    try:
        for name in GENERATED:
            old, new = docs_dir / name, staging / name
            if old.exists() or old.is_symlink():
                os.replace(old, trash / name)
                moved_out.append(name)
            if new.exists():
                os.replace(new, old)
                moved_in.append(name)
    except BaseException:
        for name in moved_in:
            if (docs_dir / name).exists():
                os.replace(docs_dir / name, staging / name)
        for name in moved_out:
            os.replace(trash / name, docs_dir / name)
        raise
    finally:
        _unblock_signals(blocked)
        shutil.rmtree(trash, ignore_errors=True)


_HELD = {signal.SIGINT, signal.SIGTERM} | ({signal.SIGHUP} if hasattr(signal, "SIGHUP") else set())


def _block_signals():
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)


def _unblock_signals(previous) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
