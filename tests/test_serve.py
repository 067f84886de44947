"""`mkdocs serve`: an edit gives one build, and the served site is the site
`mkdocs build` makes, after every kind of change (site/serve.py, site/page_cache.py).

Two copies of the project get the same changes: one is served, the other is
built with the page cache warm and then cold (`BUILD_TOOLS_PAGE_CACHE=0`).
Warm and cold must be the same bytes, and so must every file the server
serves (modulo the server's own address and its live-reload script).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from build_tools.bench import save  # (saves as editors do: a copy renamed over the file)
from build_tools.site.url import site_path
from build_tools.site.url import site_url as configured_site_url
from conftest import PY, ROOT, copy_project, run

PAGES = ROOT / "tests" / "fixtures" / "pages"
SEEDS = [PAGES / "anji_zhejiang_county.txt", PAGES / "foshan_guangdong_prefecture.txt", ROOT / "seeds" / "003_5428f05cc1d84a74.txt"]
ADDED = PAGES / "pengzhou_sichuan_county.txt"
LIVERELOAD = re.compile(rb"<script>\s*var livereload = function.*?</script>(?=</body>)", re.S)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise


def _wait_for(predicate, timeout: float, what: str):
    end = time.time() + timeout
    last = None
    while time.time() < end:
        try:
            value = predicate()
            if value:
                return value
        except OSError as exc:
            last = exc
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what} ({last})")


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and not p.name.endswith(".gz")}


def _build(project: Path, site: str, cache: bool) -> dict[str, bytes]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", BUILD_TOOLS_PAGE_CACHE="1" if cache else "0")
    proc = subprocess.run([PY, "-m", "mkdocs", "build", "--strict", "--site-dir", site], cwd=project, env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return _tree(project / site)


class Server:
    """`mkdocs serve` on a copy of the project, its log read line by line."""

    def __init__(self, project: Path, tmp: Path):
        self.port = _free_port()
        self.log = tmp / "serve.log"
        self.out = self.log.open("w")
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        self.proc = subprocess.Popen([PY, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{self.port}"],
                                     cwd=project, env=env, stdout=self.out, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.mount = site_path(project / "mkdocs.yml").rstrip("/")
        self.base = f"http://127.0.0.1:{self.port}{self.mount}/"

    def count(self, what: str) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count(what)

    def wait_settled(self, builds_before: int, timeout: float = 300) -> int:
        """Wait for a new build to finish and for the server to stay quiet; the builds it made."""
        _wait_for(lambda: self.count("Reloading browsers") > builds_before or self.count("Aborted") or
                  self.proc.poll() is not None, timeout, "a rebuild")
        time.sleep(3)  # a build started by the build's own writes would show by now (polling: 0.5 s)
        _wait_for(lambda: self.count("Detected file changes") == self.count("Reloading browsers"), timeout,
                  "the builds to finish")
        assert "Aborted" not in self.log.read_text(encoding="utf-8"), self.log.read_text(encoding="utf-8")[-3000:]
        return self.count("Reloading browsers") - builds_before

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)
        self.out.close()


def _served_equals(server: Server, built: dict[str, bytes], site_url: str) -> list[str]:
    """Files whose served bytes differ from the built ones (after the server's address and
    live-reload script are taken out)."""
    bad = []
    for rel, want in built.items():
        got = _get(server.base + rel)
        if got is None:
            bad.append(f"{rel}: not served")
            continue
        if rel.endswith((".html", ".xml")):
            got = LIVERELOAD.sub(b"", got).replace(server.base.encode(), site_url.encode())
        if got != want:
            bad.append(f"{rel}: differs ({hashlib.sha256(got).hexdigest()[:8]} != {hashlib.sha256(want).hexdigest()[:8]})")
    return bad


def _articles(project: Path) -> list[dict]:
    import json

    return json.loads((project / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))


def test_one_build_per_edit_and_the_served_site_is_the_built_site(tmp_path):
    served = copy_project(tmp_path / "served", SEEDS)
    mirror = copy_project(tmp_path / "mirror", SEEDS)
    site_url = configured_site_url(ROOT / "mkdocs.yml")
    server = Server(served, tmp_path)
    try:
        _wait_for(lambda: server.count("Serving on"), 300, "the first build")
        seed = SEEDS[2].name
        changes = [
            ("an editor's note", lambda p: save(p / "seeds" / seed,
                                                 (p / "seeds" / seed).read_bytes() + "\n\n（编者注：本文有修订。）\n".encode())),
            ("a hand-written page edited", lambda p: save(p / "docs" / "about.md", (
                (p / "docs" / "about.md").read_text(encoding="utf-8") + "\n\n本页有修订。\n").encode("utf-8"))),
            ("a generated page deleted by hand", lambda p: next(
                f for f in sorted((p / "docs" / "articles").glob("*.md")) if f.name != "index.md").unlink()),
            ("a title corrected", lambda p: save(p / "seeds" / seed, (p / "seeds" / seed).read_bytes().replace(
                "扬帆筑梦".encode(), "扬帆追梦".encode()))),
            ("a seed added", lambda p: shutil.copy(ADDED, p / "seeds" / ADDED.name)),
            ("a seed removed", lambda p: (p / "seeds" / SEEDS[0].name).unlink()),
            ("mkdocs.yml changed", lambda p: save(p / "mkdocs.yml", (p / "mkdocs.yml").read_text(
                encoding="utf-8").replace("site_description: ", "site_description: 试 ").encode("utf-8"))),
            ("a theme override changed", lambda p: save(p / "build_tools" / "theme" / "partials" / "search.html", (
                (p / "build_tools" / "theme" / "partials" / "search.html").read_text(encoding="utf-8")
                + "\n<!-- a theme override changed -->\n").encode("utf-8"))),
        ]
        # the first build of the mirror: what every later change is compared with
        cold = _build(mirror, "site-cold", cache=False)
        assert _served_equals(server, cold, site_url) == []
        gone = [a["url"] for a in _articles(mirror) if a["sources"][0]["file"] == SEEDS[0].name]
        assert gone
        for what, change in changes:
            before = server.count("Reloading browsers")
            change(served)
            builds = server.wait_settled(before)
            assert builds == 1, f"{what}: {builds} builds"
            change(mirror)
            warm = _build(mirror, "site-warm", cache=True)
            bad = _served_equals(server, warm, site_url)
            assert not bad, f"{what}: served site differs from the built one:\n" + "\n".join(bad[:10])
        # the changes pile up and none is undone, so a page a warm build left stale after any of
        # them is still stale now: one cold build after all of them catches it (one per change
        # cost a minute of make test)
        cold = _build(mirror, "site-cold", cache=False)
        assert warm == cold, f"warm build differs from cold in {sorted(k for k in cold if warm.get(k) != cold[k])[:5]}"
        # the editor's note, the hand-written page and the page deleted by hand (made again by
        # the pipeline: docs/ holds the same files as before) were built page by page (later
        # changes may be full builds)
        assert server.count("build_tools: incremental build") >= 3
        assert all(_get(server.base + url) is None for url in gone)  # a removed seed's pages are gone
    finally:
        server.stop()
