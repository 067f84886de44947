"""The build cache in .cache/: processed seeds, rendered pages, views and outputs.

Layout of the folder:

- ``seeds/<key>.json``: a processed seed record, keyed by its bytes and the
  pipeline fingerprint;
- ``images/<name>.webp``: page images of PDF and image seeds (named by their
  content), linked into docs/articles/scans/;
- ``pages/<unit>-<n>.md``: a unit's rendered article pages;
- ``views/<output>/<digest>.pickle``: a unit's view for each cross-article
  output (`outputs.py`), stored by content;
- ``outputs/<output>/<key>/``: the files an output wrote, linked into later builds;
- ``index.pickle``: per unit, the digests of its views and its page paths; per
  seed, its slugs and warnings, so that unchanged seeds are never loaded.

Without a folder the store keeps nothing between builds.
"""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from pathlib import Path

from .units import INDEX_VERSION, Unit


def _write_atomic(path: Path, data: bytes) -> bool:
    """Write via a temporary file and a rename; False when the disk refuses
    (the cache is an optimisation: a read-only or full disk is not an error)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
        return False


def place_file(src: Path, dst: Path) -> None:
    """Put a cached file into the staging folder: a hard link, else a copy.
    (Files are never written in place, in the cache or in docs/: a link is safe.)"""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.unlink(missing_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


class Store:
    """The build cache (or, without a folder, nothing kept between builds)."""

    def __init__(self, folder: Path | None):
        self.dir = folder
        self.index: dict = {"version": INDEX_VERSION, "seeds": {}, "units": {}}
        self.used: dict = {"version": INDEX_VERSION, "seeds": {}, "units": {}}
        self.memory_images: dict[str, bytes | None] = {}
        if folder is not None:
            try:
                loaded = pickle.loads((folder / "index.pickle").read_bytes())
                if loaded.get("version") == INDEX_VERSION:
                    self.index = loaded
            except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
                pass

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

    def put_seed(self, key: str, page: dict, text: str | None) -> Path | None:
        """Record a seed's slugs and warnings; write its JSON (text) if given."""
        self.used["seeds"][key] = {"slugs": [a["slug"] for a in page.get("articles", [])],
                                   "warnings": list(page.get("warnings", [])),
                                   "images": sorted({s["image"] for s in page.get("scans", []) if s.get("image")})}
        path = self.seed_path(key)
        if path is not None and text is not None and _write_atomic(path, text.encode("utf-8")):
            return path
        return None

    # -- page images ----------------------------------------------------------
    def put_image(self, name: str, data: bytes) -> None:
        """Keep a page image (named by its content: an existing file is the same image)."""
        self.memory_images[name] = data if self.dir is None else None
        if self.dir is not None:
            path = self.dir / "images" / name
            if not path.exists() and not _write_atomic(path, data):
                self.memory_images[name] = data  # the disk refused: keep it for this build

    def place_image(self, name: str, dst: Path) -> bool:
        """Put a page image at dst; False when it is not kept any more."""
        data = self.memory_images.get(name)
        if data is not None:
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(data)
            return True
        if self.dir is None:
            return False
        try:
            place_file(self.dir / "images" / name, dst)
            return True
        except FileNotFoundError:
            return False

    # -- units --------------------------------------------------------------
    def unit(self, key: str) -> Unit | None:
        entry = self.index["units"].get(key) if self.dir else None
        if entry is None:
            return None
        if not all(self._page_file(key, k).exists() for k in range(len(entry["pages"]))):
            return None
        self.used["units"][key] = entry
        return Unit(key, [(p, None) for p in entry["pages"]], entry["digests"], {}, entry["articles"], entry["facts"])

    def put_unit(self, unit: Unit) -> Unit:
        if self.dir is None:
            return unit
        pages = []
        for k, (rel, text) in enumerate(unit.pages):
            if not _write_atomic(self._page_file(unit.key, k), text.encode("utf-8")):
                return unit  # not cached: the texts stay in memory
            pages.append((rel, None))
        kept = {}
        for name, digest in unit.digests.items():
            path = self._view_file(name, digest)
            if path.exists() or _write_atomic(path, pickle.dumps(unit.views[name], protocol=pickle.HIGHEST_PROTOCOL)):
                kept[name] = None
        self.used["units"][unit.key] = {"pages": [p for p, _ in pages], "digests": unit.digests,
                                        "articles": unit.articles, "facts": unit.facts}
        unit.pages = pages
        # views on disk are read back when an output needs them: a full build
        # of thousands of pages does not hold them all in memory
        unit.views = {n: v for n, v in unit.views.items() if n not in kept}
        return unit

    def page_source(self, unit: Unit, k: int) -> Path:
        return self._page_file(unit.key, k)

    def view(self, unit: Unit, name: str):
        """The unit's view for an output; KeyError when it is not available."""
        if name in unit.views:
            return unit.views[name]
        if self.dir is not None:
            path = self._view_file(name, unit.digests[name])
            try:
                view = pickle.loads(path.read_bytes())
                unit.views[name] = view
                return view
            except FileNotFoundError:
                pass
            except (OSError, ValueError, EOFError, pickle.UnpicklingError):
                path.unlink(missing_ok=True)
        raise KeyError(name)

    def _page_file(self, key: str, k: int) -> Path:
        return self.dir / "pages" / f"{key}-{k}.md"

    def _view_file(self, name: str, digest: str) -> Path:
        return self.dir / "views" / name / f"{digest}.pickle"

    # -- outputs ------------------------------------------------------------
    def place_output(self, name: str, key: str, out: Path) -> bool:
        """Link a kept output into out; False when it is not kept (or vanished)."""
        if self.dir is None:
            return False
        kept = self.dir / "outputs" / name / key
        if not (kept / ".complete").exists():
            return False
        placed: list[Path] = []
        try:
            for src in sorted(kept.rglob("*")):
                rel = src.relative_to(kept)
                if src.is_file() and rel.parts[0] != ".complete":
                    dst = out / rel
                    place_file(src, dst)
                    placed.append(dst)
            return True
        except OSError:  # removed by another build meanwhile: write it again
            for p in placed:
                p.unlink(missing_ok=True)
            return False

    def keep_output(self, name: str, key: str, paths: tuple[str, ...], out: Path) -> None:
        """Keep the files an output wrote under out (paths) for later builds;
        older versions of the output are removed."""
        if self.dir is None:
            return
        folder = self.dir / "outputs" / name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
            for rel in paths:
                src = out / rel
                files = sorted(p for p in src.rglob("*") if p.is_file()) if src.is_dir() else [src] if src.exists() else []
                for f in files:
                    place_file(f, tmp / f.relative_to(out))
            (tmp / ".complete").touch()
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
        if self.used != self.index:
            _write_atomic(self.dir / "index.pickle", pickle.dumps(self.used, protocol=pickle.HIGHEST_PROTOCOL))
        units = self.used["units"].items()
        self._prune(self.dir / "seeds", {f"{k}.json" for k in self.used["seeds"]})
        self._prune(self.dir / "images", {n for e in self.used["seeds"].values() for n in e.get("images", [])}, slack=20)
        self._prune(self.dir / "pages", {f"{k}-{n}.md" for k, e in units for n in range(len(e["pages"]))})
        for name in {n for _, e in units for n in e["digests"]}:
            self._prune(self.dir / "views" / name, {f"{e['digests'][name]}.pickle" for _, e in units})

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
