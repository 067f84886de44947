"""The build cache in .cache/: processed seeds, rendered pages, views and outputs.

Layout of the folder:

- ``seeds/<key>.json``: a processed seed record, keyed by its bytes (and its
  sidecar's) and the pipeline fingerprint;
- ``images/<name>.webp``: page images of PDF and image seeds, named by the
  start of their SHA-256 (checked before use), linked into docs/articles/scans/;
- ``pages/<unit>-<n>.md``: a unit's rendered article pages;
- ``views/<output>/<digest>.json``: a unit's view for each cross-article
  output (`outputs.py`), stored by content (the digest is the file's SHA-256);
- ``outputs/<output>/<key>/``: the files an output wrote, with a manifest
  (``.complete``) of their SHA-256s; linked into later builds;
- ``index.json``: per unit, the digests of its views, its page paths and the
  SHA-256 of each page file; per seed, its slugs, warnings and the SHA-256 of
  its record, so that unchanged seeds are never loaded.

The cache is checked, not trusted: everything read back is JSON (nothing
executable, no pickle), and every file is verified against its SHA-256 before
it is used or linked into docs/. A damaged, truncated or edited entry (an
edit of a generated file in docs/ writes through its hard link into the
cache) is detected, removed and made again; it is never published. Files are
never written in place, in the cache or in docs/ (a new file and a rename),
so the build itself never writes through a link.

Without a folder the store keeps nothing between builds.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from .units import INDEX_VERSION, Unit


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Files this process has hashed: path -> (signature, SHA-256). A long-lived process
# (`mkdocs serve`) verifies thousands of unchanged cache files per build; a file
# whose signature is the same as when it was hashed is not read again.
_HASHED: dict[str, tuple[tuple, str]] = {}
_SETTLED_NS = 2_000_000_000  # a file modified more recently may change again within its timestamp's tick


def stat_signature(st: os.stat_result) -> tuple:
    """What changes when a file's bytes change: device, inode, size, modification time
    (a write through a hard link in docs/ changes the time of the cache's file too)."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def settled(st: os.stat_result) -> bool:
    """Modified long enough ago that a later write cannot leave the same signature."""
    return time.time_ns() - st.st_mtime_ns > _SETTLED_NS


def file_sha(path: Path) -> str | None:
    """SHA-256 of a file's bytes, None when it cannot be read (the bytes are read
    again only when the file's signature changed since this process hashed it)."""
    name = os.fspath(path)
    try:
        hit = _HASHED.get(name)
        if hit is not None and hit[0] == stat_signature(os.stat(name)):
            return hit[1]
        with open(name, "rb") as f:
            st = os.fstat(f.fileno())
            digest = hashlib.file_digest(f, "sha256").hexdigest() if hasattr(hashlib, "file_digest") \
                else sha256(f.read())
    except OSError:
        _HASHED.pop(name, None)
        return None
    if settled(st):
        _HASHED[name] = (stat_signature(st), digest)
    else:
        _HASHED.pop(name, None)
    return digest


def write_atomic(path: Path, data: bytes) -> bool:
    """Write via a temporary file and a rename; False when the disk refuses
    (the cache is an optimisation: a read-only or full disk is not an error)."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


# Views the last build of this process read from the cache: output -> digest -> view. A
# long-lived process (`mkdocs serve`) re-runs the same outputs edit after edit, each from
# a thousand views of which the edit changed a few; the others are not read and parsed
# again. Views are addressed by their content's SHA-256, and outputs only read them
# (tests/test_incremental.py); what one build read replaces what the build before read.
_VIEWS: dict[str, dict[str, object]] = {}
_MISSING = object()

def link_atomic(src: Path, path: Path) -> bool:
    """Put a hard link to src at path (a new name and a rename); False when it cannot."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.parent / f".tmp-{os.getpid()}-{secrets.token_hex(6)}"
        os.link(src, tmp)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return False


# page images are named by the start of their SHA-256 (ingest/kinds.py)
IMAGE_NAME = re.compile(r"[0-9a-f]{24}\.webp")


def place_file(src: Path, dst: Path) -> None:
    """Put a (verified) cached file into the staging folder: a hard link, else a copy."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


class Placer:
    """Puts verified cache files into a build's staging folder (`out`), as hard links.

    When the build rebuilds a docs folder (`base`), a file that docs/ already
    holds as that very cache file (a hard link to it: the same device and inode)
    is not staged but named in `kept`: the swap leaves it where it is
    (swap.patch), so that an edit stages and moves what it changed, not the
    thousands of files it did not."""

    def __init__(self, out: Path, base: Path | None = None):
        self.out, self.base = out, base
        self.kept: set[str] = set()  # paths relative to out (and base), with `/`

    def put(self, src: Path, rel: str) -> None:
        if self.base is not None and _same_file(src, os.path.join(self.base, rel)):
            self.kept.add(rel)
            return
        place_file(src, self.out / rel)
        self.kept.discard(rel)

    def stage_kept(self, paths) -> None:
        """Stage the kept files under paths (files or folders relative to out) after all,
        for a writer that reads them from out."""
        for rel in sorted(self.kept):
            if any(rel == p or rel.startswith(p.rstrip("/") + "/") for p in paths):
                place_file(Path(self.base, rel), self.out / rel)
                self.kept.discard(rel)


def _same_file(a, b) -> bool:
    try:
        x, y = os.stat(a), os.lstat(b)
    except OSError:
        return False
    return (x.st_dev, x.st_ino) == (y.st_dev, y.st_ino)


def _read_json(path: Path):
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None


def _valid_index(data) -> bool:
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return False
    seeds, units = data.get("seeds"), data.get("units")
    if not isinstance(seeds, dict) or not isinstance(units, dict):
        return False
    ok_seed = all(isinstance(v, dict) and isinstance(v.get("slugs"), list) and isinstance(v.get("warnings"), list)
                  and isinstance(v.get("sha"), str) for v in seeds.values())
    ok_unit = all(isinstance(v, dict) and isinstance(v.get("pages"), list) and isinstance(v.get("hashes"), list)
                  and len(v["pages"]) == len(v["hashes"]) and isinstance(v.get("digests"), dict)
                  and isinstance(v.get("articles"), int) and isinstance(v.get("facts"), int) for v in units.values())
    return ok_seed and ok_unit


class Store:
    """The build cache (or, without a folder, nothing kept between builds)."""

    def __init__(self, folder: Path | None):
        self.dir = folder
        self.index: dict = {"version": INDEX_VERSION, "seeds": {}, "units": {}}
        self.used: dict = {"version": INDEX_VERSION, "seeds": {}, "units": {}}
        self.memory_images: dict[str, bytes | None] = {}
        self.views_read: dict[str, dict[str, object]] = {}
        if folder is not None:
            loaded = _read_json(folder / "index.json")
            if _valid_index(loaded):
                self.index = loaded

    # -- seeds --------------------------------------------------------------
    def seed_path(self, key: str) -> Path | None:
        return self.dir / "seeds" / f"{key}.json" if self.dir else None

    def seed_info(self, key: str) -> dict | None:
        # also what this build recorded: a record read back from seeds/ after a build
        # that failed before it saved the index is known from then on
        info = self.index["seeds"].get(key) or self.used["seeds"].get(key)
        if info is not None:
            self.used["seeds"][key] = info
        return info

    def put_seed(self, key: str, page: dict, text: str | None, sha: str | None = None) -> Path | None:
        """Record a seed's slugs, warnings and record hash; write its JSON (text) if given."""
        data = text.encode("utf-8") if text is not None else None
        self.used["seeds"][key] = {"slugs": [a["slug"] for a in page.get("articles", [])],
                                   "warnings": list(page.get("warnings", [])),
                                   "sha": sha if data is None else sha256(data),
                                   "images": sorted({s["image"] for s in page.get("scans", [])
                                                     if isinstance(s.get("image"), str) and IMAGE_NAME.fullmatch(s["image"])})}
        path = self.seed_path(key)
        if path is not None and data is not None and write_atomic(path, data):
            return path
        return None

    def forget_seed(self, key: str) -> None:
        """A cached record found damaged: never use it again."""
        self.used["seeds"].pop(key, None)
        self.index["seeds"].pop(key, None)
        path = self.seed_path(key)
        if path is not None:
            path.unlink(missing_ok=True)

    # -- page images ----------------------------------------------------------
    def put_image(self, name: str, data: bytes) -> None:
        """Keep a page image (named by its content: an existing file is the same image)."""
        self.memory_images[name] = data if self.dir is None else None
        if self.dir is not None:
            path = self.dir / "images" / name
            if not path.exists() and not write_atomic(path, data):
                self.memory_images[name] = data  # the disk refused: keep it for this build

    def place_image(self, name: str, rel: str, placer: Placer) -> bool:
        """Put a page image at rel (under placer.out); False when it is not kept any more."""
        if not IMAGE_NAME.fullmatch(name):  # a name from the cache index is checked like everything else
            return False
        data = self.memory_images.get(name)
        if data is not None:
            dst = placer.out / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(data)
            return True
        if self.dir is None:
            return False
        src = self.dir / "images" / name
        if (file_sha(src) or "")[: len(name.split(".")[0])] != name.split(".")[0]:
            src.unlink(missing_ok=True)  # damaged, or edited through a link in docs/: made again
            return False
        try:
            placer.put(src, rel)
            return True
        except FileNotFoundError:
            return False

    # -- units --------------------------------------------------------------
    def unit(self, key: str) -> Unit | None:
        """A cached unit whose page files are all intact, else None (made again)."""
        entry = self.index["units"].get(key) if self.dir else None
        if entry is None:
            return None
        for k, want in enumerate(entry["hashes"]):
            page = self._page_file(key, k)
            if file_sha(page) != want:
                try:
                    os.unlink(page)
                except OSError:
                    pass
                return None
        self.used["units"][key] = entry
        return Unit(key, [(p, None) for p in entry["pages"]], entry["digests"], {}, entry["articles"], entry["facts"])

    def put_unit(self, unit: Unit) -> Unit:
        if self.dir is None:
            return unit
        pages, hashes = [], []
        for k, (rel, text) in enumerate(unit.pages):
            data = text.encode("utf-8")
            target = Path(self._page_file(unit.key, k))
            # the page as written into the staging folder, linked: docs/ will hold the cache's file
            if not (unit.staged is not None and link_atomic(unit.staged / rel, target)) \
                    and not write_atomic(target, data):
                return unit  # not cached: the texts stay in memory
            pages.append((rel, None))
            hashes.append(sha256(data))
        kept = {}
        for name, digest in unit.digests.items():
            path = self._view_file(name, digest)
            if file_sha(path) == digest or write_atomic(path, view_bytes(unit.views[name])):
                kept[name] = None
        self.used["units"][unit.key] = {"pages": [p for p, _ in pages], "hashes": hashes, "digests": unit.digests,
                                        "articles": unit.articles, "facts": unit.facts}
        unit.pages = pages
        # views on disk are read back when an output needs them: a full build
        # of thousands of pages does not hold them all in memory
        unit.views = {n: v for n, v in unit.views.items() if n not in kept}
        return unit

    def page_source(self, unit: Unit, k: int) -> str:
        return self._page_file(unit.key, k)

    def view(self, unit: Unit, name: str):
        """The unit's view for an output; KeyError when it is not available
        (missing, or its bytes do not hash to its digest: removed)."""
        if name in unit.views:
            return unit.views[name]
        if self.dir is not None:
            digest = unit.digests[name]
            view = _VIEWS.get(name, {}).get(digest, _MISSING)
            if view is _MISSING:
                path = self._view_file(name, digest)
                try:
                    data = path.read_bytes()
                except OSError:
                    data = None
                if data is not None:
                    if sha256(data) == digest:
                        view = json.loads(data)
                    else:
                        path.unlink(missing_ok=True)
            if view is not _MISSING:
                self.views_read.setdefault(name, {})[digest] = view
                unit.views[name] = view
                return view
        raise KeyError(name)

    def _page_file(self, key: str, k: int) -> str:
        # a string: a build checks thousands of them, and pathlib's joins cost more than the stat
        return f"{self.dir}{os.sep}pages{os.sep}{key}-{k}.md"

    def _view_file(self, name: str, digest: str) -> Path:
        return self.dir / "views" / name / f"{digest}.json"

    # -- outputs ------------------------------------------------------------
    def place_output(self, name: str, key: str, placer: Placer) -> bool:
        """Place a kept output (placer.put); False when it is not kept, or any of its
        files is missing or does not match its manifest (then it is removed)."""
        if self.dir is None:
            return False
        kept = self.dir / "outputs" / name / key
        manifest = _read_json(kept / ".complete")
        if not isinstance(manifest, dict) or not manifest:
            return False
        placed: list[str] = []
        try:
            for rel, want in sorted(manifest.items()):
                src = kept / rel
                if ".." in Path(rel).parts or Path(rel).is_absolute() or file_sha(src) != want:
                    raise ValueError(rel)
                placer.put(src, rel)
                placed.append(rel)
            return True
        except (OSError, ValueError):  # damaged, edited or removed meanwhile: write it again
            for rel in placed:
                (placer.out / rel).unlink(missing_ok=True)
                placer.kept.discard(rel)
            shutil.rmtree(kept, ignore_errors=True)
            return False

    def keep_output(self, name: str, key: str, paths: tuple[str, ...], out: Path) -> None:
        """Keep the files an output wrote under out (paths) for later builds,
        with a manifest of their hashes; older versions of the output are removed."""
        if self.dir is None:
            return
        folder = self.dir / "outputs" / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
            manifest = {}
            for rel in paths:
                src = out / rel
                files = sorted(p for p in src.rglob("*") if p.is_file()) if src.is_dir() else [src] if src.exists() else []
                for f in files:
                    r = f.relative_to(out)
                    place_file(f, tmp / r)
                    manifest[r.as_posix()] = file_sha(f)
            if not manifest:
                manifest = {}
            (tmp / ".complete").write_text(json.dumps(manifest), encoding="utf-8")
            target = folder / key
            if target.exists():
                shutil.rmtree(target, ignore_errors=True)
            os.replace(tmp, target)
            for old in folder.iterdir():
                if old.name != key and not old.name.startswith(".tmp-"):
                    shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass

    def save(self) -> None:
        """Write the index of what this build used (entries of other corpora are
        dropped), and clear out cache files this build did not use once they
        outnumber the used ones (kept until then: undoing an edit is free)."""
        if self.dir is None:
            return
        _VIEWS.clear()
        _VIEWS.update(self.views_read)
        if self.used != self.index or not (self.dir / "index.json").exists():
            write_atomic(self.dir / "index.json", json.dumps(self.used, ensure_ascii=False).encode("utf-8"))
        (self.dir / "index.pickle").unlink(missing_ok=True)  # an older cache's executable index: never read
        units = self.used["units"].items()
        self._prune(self.dir / "seeds", {f"{k}.json" for k in self.used["seeds"]})
        self._prune(self.dir / "images", {n for e in self.used["seeds"].values() for n in e.get("images", [])}, slack=20)
        self._prune(self.dir / "pages", {f"{k}-{n}.md" for k, e in units for n in range(len(e["pages"]))})
        for name in {n for _, e in units for n in e["digests"]}:
            self._prune(self.dir / "views" / name, {f"{e['digests'][name]}.json" for _, e in units})

    @staticmethod
    def _prune(folder: Path, keep: set[str], slack: int = 100) -> None:
        try:
            names = [e.name for e in os.scandir(folder)]
        except OSError:
            return
        if len(names) <= 2 * len(keep) + slack:
            return
        for name in names:
            if name not in keep:
                try:
                    os.unlink(folder / name)
                except OSError:
                    pass


def view_bytes(view) -> bytes:
    """A view as stored: the same JSON text its digest hashes."""
    return json.dumps(view, ensure_ascii=False).encode("utf-8")
