"""Which files in seeds/ are seeds (build_tools/data/seed_files.yaml), and reading them safely.

Only regular files whose real path lies inside the seeds folder and whose
extension names a kind of seed are read; everything else is skipped with a
one-line warning naming it (a link to /etc/passwd or ../.git/config, an
editor's backup `x.txt~`, `#x.txt#`, `x.txt.bak`, a README, a folder, a fifo,
a file name that is not UTF-8 or holds control characters). `NAME.yaml`
beside a seed `NAME.<ext>` is that seed's sidecar of corrections: not a seed
and not warned about.

Files are opened without following a link on the last step and without
blocking (a fifo swapped in after the listing is refused, never waited on),
and at most max_bytes + 1 bytes are read.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..data import load_data
from ..errors import SeedError

# Characters a seed's file name may not hold: it is printed in messages, pages
# and data files (controls, bidi and other invisible formatting characters).
_BAD_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")


@dataclass(frozen=True)
class SeedFile:
    """A seed in the seeds folder: its path, name, kind, size limit and sidecar (or None).
    signature: the file's (device, inode, size, modification time) when the folder was
    listed (None for a link), so that a build stats each seed once (`seed_digest`)."""
    path: Path
    name: str
    kind: str
    max_bytes: int
    sidecar: Path | None = None
    signature: tuple | None = field(default=None, compare=False)


@dataclass
class Listing:
    seeds: list[SeedFile]
    skipped: list[str]  # one-line warnings, each naming a file


@functools.lru_cache(maxsize=1)
def seed_kinds() -> tuple[dict[str, tuple[str, int]], str]:
    """({extension: (kind, max_bytes)}, sidecar extension) from seed_files.yaml."""
    doc = load_data("seed_files.yaml")
    by_ext: dict[str, tuple[str, int]] = {}
    for kind, spec in (doc.get("kinds") or {}).items():
        for ext in spec.get("extensions") or []:
            by_ext[ext.lower()] = (kind, int(spec["max_bytes"]))
    return by_ext, doc.get("sidecar", ".yaml").lower()


def shown_name(name: str) -> str:
    """A file name as it can be printed on one line: bytes that are not UTF-8
    and control or invisible characters written as escapes.

    >>> shown_name("a\\nb.txt"), shown_name("x\\udcff.txt")
    ('a\\\\nb.txt', 'x\\\\xff.txt')
    """
    raw = os.fsencode(name)
    text = raw.decode("utf-8", "backslashreplace")
    return _BAD_NAME.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    return (stem, "." + ext.lower()) if dot and stem else (name, "")


def scan_seeds(seeds_dir: Path) -> Listing:
    """The seeds in a folder, in name order, and a warning for everything else."""
    by_ext, sidecar_ext = seed_kinds()
    real_dir = Path(os.path.realpath(seeds_dir))
    entries = sorted(os.scandir(seeds_dir), key=lambda e: os.fsencode(e.name))
    split = {e.name: _split_ext(e.name) for e in entries}
    seed_stems = {stem for stem, ext in split.values() if ext in by_ext}
    sidecars: dict[str, str] = {}  # stem -> the first NAME.yaml in name order
    for n, (stem, ext) in split.items():
        if ext == sidecar_ext:
            sidecars.setdefault(stem, n)
    seeds: list[SeedFile] = []
    skipped: list[str] = []
    exts = ", ".join(sorted(by_ext))
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue  # hidden: editors' swap files, .gitkeep, .DS_Store
        shown = shown_name(name)
        try:
            name.encode("utf-8")
        except UnicodeEncodeError:
            skipped.append(f"{shown}: file name is not UTF-8, skipped (rename the file)")
            continue
        if _BAD_NAME.search(name):
            skipped.append(f"{shown}: file name holds control or invisible characters, skipped (rename the file)")
            continue
        stem, ext = _split_ext(name)
        if ext == sidecar_ext and stem in seed_stems:
            continue  # a seed's sidecar of corrections
        what, sig = _not_a_seed(entry, real_dir)
        if what:
            skipped.append(f"{shown}: {what}, skipped")
            continue
        if ext not in by_ext:
            skipped.append(f"{shown}: not a seed file (seed files end in {exts}), skipped")
            continue
        kind, max_bytes = by_ext[ext]
        side = seeds_dir / sidecars[stem] if stem in sidecars and sidecars[stem] != name else None
        seeds.append(SeedFile(seeds_dir / name, name, kind, max_bytes, side, sig))
    return Listing(seeds, skipped)


def _not_a_seed(entry: os.DirEntry, real_dir: Path) -> tuple[str | None, tuple | None]:
    """Why the entry cannot be a seed (a folder, a link out of the folder ...) or None,
    and the signature of a regular file that is not a link (one stat per entry)."""
    try:
        link = entry.is_symlink()
        if link:
            try:
                target = Path(os.path.realpath(entry.path, strict=True))
            except (OSError, RuntimeError):
                return "a broken link", None
            if target.parent != real_dir and real_dir not in target.parents:
                return "a link to a file outside the seeds folder", None
        st = os.stat(entry.path) if link else entry.stat(follow_symlinks=False)
    except OSError:
        return "a broken link", None
    if stat.S_ISDIR(st.st_mode):
        return "a folder", None
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file", None
    return None, None if link else _signature(st)


def _signature(st: os.stat_result) -> tuple:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def read_seed(seed: SeedFile) -> bytes:
    """The seed's bytes, read without following a swapped-in link out of the
    folder or blocking on a fifo; SeedError (one line) when it cannot be read
    or is over its kind's size limit."""
    target = os.path.realpath(seed.path)
    real_dir = os.path.realpath(seed.path.parent)
    if os.path.dirname(target) != real_dir and not target.startswith(real_dir + os.sep):
        raise SeedError(seed.name, "a link to a file outside the seeds folder, refused")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        raise SeedError(seed.name, f"cannot read the file ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SeedError(seed.name, "not a regular file, refused")
        if st.st_size > seed.max_bytes:
            raise SeedError(seed.name, _too_big(st.st_size, seed))
        chunks, left = [], seed.max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 22))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > seed.max_bytes:  # grew while being read
            raise SeedError(seed.name, _too_big(len(data), seed))
        return data
    except OSError as exc:
        raise SeedError(seed.name, f"cannot read the file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


# Seeds this process has read: path -> ((signature, size limit), SHA-256). `mkdocs serve`
# checks every seed on every edit; a seed whose file did not change is not read again.
_DIGESTS: dict[str, tuple[tuple, str]] = {}
_SETTLED_NS = 2_000_000_000  # modified more recently: it may change again within its timestamp's tick


def seed_digest(seed: SeedFile) -> str:
    """SHA-256 of the seed's bytes as `read_seed` reads them (SeedError likewise).
    Remembered with the file's signature (device, inode, size, modification time,
    taken without following a link: the one `scan_seeds` took, else a stat now); a
    link, a file modified in the last two seconds or one whose signature changed is
    read again."""
    name = os.fspath(seed.path)
    own = seed.signature
    if own is None:
        try:
            st = os.lstat(name)
        except OSError:
            st = None
        own = _signature(st) if st is not None and stat.S_ISREG(st.st_mode) else None
    sig = None
    if own is not None:
        sig = (own, seed.max_bytes)
        hit = _DIGESTS.get(name)
        if hit is not None and hit[0] == sig:
            return hit[1]
    digest = hashlib.sha256(read_seed(seed)).hexdigest()
    if sig is not None and time.time_ns() - own[3] > _SETTLED_NS:
        _DIGESTS[name] = (sig, digest)
    else:
        _DIGESTS.pop(name, None)
    return digest


def sidecar_file(seed: SeedFile) -> SeedFile | None:
    """The seed's sidecar as a file to read like a seed (None without one)."""
    return SeedFile(seed.sidecar, seed.sidecar.name, "sidecar", 1 << 20) if seed.sidecar is not None else None


def read_sidecar(seed: SeedFile) -> bytes | None:
    """The bytes of the seed's sidecar (None without one); read like a seed."""
    side = sidecar_file(seed)
    return read_seed(side) if side is not None else None


def _too_big(size: int, seed: SeedFile) -> str:
    return (f"{size / 1e6:.1f} MB is over the {seed.max_bytes / 1e6:.1f} MB limit for a {seed.kind} seed "
            "(build_tools/data/seed_files.yaml); split the page into smaller files")
