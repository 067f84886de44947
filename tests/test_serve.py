"""`mkdocs serve` runs the pipeline and rebuilds when a seed changes."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from build_tools.site.url import site_path
from conftest import PY, copy_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode("utf-8")


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
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what} ({last})")


def test_editing_a_seed_while_serving_rebuilds_its_page(tmp_path):
    dest = copy_project(tmp_path / "p")
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.Popen([PY, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=dest, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        # mkdocs serve mounts the site under site_url's path (e.g. /wenming-archive/)
        mount = site_path(dest / "mkdocs.yml").rstrip("/")
        base = f"http://127.0.0.1:{port}{mount}"
        _wait_for(lambda: "全国文明城市" in _get(base + "/"), 240, "the first build")
        recs = json.loads((dest / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
        rec = next(r for r in recs if r["title"] == "拉高标杆再出发 加压奋进争一流")
        seed = dest / "seeds" / rec["sources"][0]["file"]
        seed.write_bytes(seed.read_bytes().replace("拉高标杆再出发".encode(), "拉高标杆又出发".encode()))
        page = _wait_for(lambda: (lambda t: t if "拉高标杆又出发" in t else None)(_get(f"{base}/articles/{rec['slug']}/")),
                         240, "the rebuilt page")
        assert "拉高标杆再出发" not in page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
