"""`python -m build_tools bench`: how fast is the build at 100, 1000, 10000 pages?

For each corpus size N the benchmark makes N synthetic seeds from the real ones
(``seeds/``) with deterministic variations (seeded random: paragraphs swapped,
the article's places replaced by another prefecture and its counties from the
gazetteer, numbers changed), then measures, each as the median of ``runs``:

* ``full``: ``build_tools.build.build`` with an empty cache (all seeds processed,
  every page rendered, staged and swapped in);
* ``incremental``: the same build again after one seed's bytes changed (an
  editor's note appended), the cache warm: one seed processed, the units
  beside it remade, the outputs whose inputs changed rewritten (site/units.py);
* ``incremental_figure``: the same after a printed figure was corrected in
  another seed, so that the comparison pages change as well;
* ``mkdocs``: ``mkdocs build`` of the same pages in a copy of the project, with
  the hook told to skip the pipeline (``BUILD_TOOLS_SKIP_PIPELINE=1``), up to
  ``mkdocs_max`` seeds (Material on 2 cores takes minutes per thousand pages);
* peak memory: maxrss of the build process and of its largest worker, and of
  the ``mkdocs build`` process (from ``os.wait4``);
* search index: bytes of ``site/search/search_index.json`` per page and against
  the UTF-8 bytes of the text it indexes (visible page text minus the blocks
  marked ``data-search-exclude``).

Page input (``--pages``, on by default): newspaper pages typeset in HTML and
printed by Chromium (``tests/typeset.py``, the pages of the round-trip tests)
are read as a PDF with a text layer, as PNG screenshots, as image-only PDFs
and as photographs of the page (turned, noisy JPEG); for each kind: seconds
and CPU seconds per page (``pipeline.process_seed``, the OCR engine already
loaded; its start-up is reported apart), and character error over Han
characters and digits against the typeset text (``typeset.char_error``).
Then a build of all of them, and the same build again with the cache warm.

Every build runs in a fresh Python process (``python -c``) so that memory and
start-up are measured as a user meets them. The report is JSON (``--out``)
plus a table on stdout. Floors checked (issue 8): full at N=1000 <= 1/4 of
mkdocs at 1000; full at 10000 <= 11x full at 1000; incremental at 1000 <= 5%
of full at 1000; search index <= 1.5x the text it indexes.
"""
from __future__ import annotations

import json
import os
import platform
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANDWRITTEN = ("index.md", "about.md", "en", "assets")


# -- synthetic corpora ------------------------------------------------------

class _Variator:
    """Deterministic variations of the real seeds (one instance per corpus)."""

    def __init__(self, seeds: list[Path]):
        from .extract.gazetteer import load_gazetteer

        self.gz = load_gazetteer()
        self.bases = [(p.name, p.read_bytes().decode("utf-8", errors="replace")) for p in seeds]
        self.prefectures = sorted((p for p in self.gz.places.values() if p.level == "prefecture"),
                                  key=lambda p: p.adcode)
        self.counties: dict[str, list] = {}
        for p in sorted(self.gz.places.values(), key=lambda p: p.adcode):
            if p.level == "county" and p.parent:
                self.counties.setdefault(p.parent, []).append(p)
        # places named in each base seed, most frequent first
        self.named = []
        for _, text in self.bases:
            seen: dict[str, tuple] = {}
            for _, place, _surface in self.gz.find_all(text):
                n, _p = seen.get(place.adcode, (0, place))
                seen[place.adcode] = (n + 1, place)
            self.named.append([p for _, p in sorted(seen.values(), key=lambda t: (-t[0], t[1].adcode))])

    def _place_map(self, k: int, rng: random.Random) -> dict[str, str]:
        """Surface -> replacement: the seed's prefecture (or the prefecture of
        its county) becomes another prefecture, its counties that one's
        counties, its province that one's province."""
        named = self.named[k]
        target = rng.choice(self.prefectures)
        kids = list(self.counties.get(target.adcode, []))
        rng.shuffle(kids)
        prov = self.gz.by_code(target.parent) if target.parent else None
        mapping: dict[str, str] = {}

        def put(old, new):
            if old is None or new is None:
                return
            mapping[old.name] = new.name
            if len(old.short) >= 2 and len(new.short) >= 2:
                mapping.setdefault(old.short, new.short)

        for p in named:
            if p.level == "province":
                put(p, prov)
            elif p.level == "prefecture":
                put(p, target)
            elif p.level == "county":
                put(p, kids.pop() if kids else target)
        return mapping

    def make(self, i: int) -> tuple[str, bytes]:
        """The i-th synthetic seed: (file name, bytes)."""
        rng = random.Random(1000003 * i + 17)
        k = i % len(self.bases)
        base_name, text = self.bases[k]
        # 1. swap a few body paragraphs (never the first or last chunks: title, credits)
        chunks = text.split("\n\n")
        long_idx = [j for j in range(3, len(chunks) - 2) if len(chunks[j]) > 60]
        for _ in range(min(3, len(long_idx) // 2)):
            a = rng.randrange(len(long_idx) - 1)
            x, y = long_idx[a], long_idx[a + 1]
            chunks[x], chunks[y] = chunks[y], chunks[x]
        text = "\n\n".join(chunks)
        # 2. places: the article's city and counties become another prefecture's
        mapping = self._place_map(k, rng)
        if mapping:
            rx = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
            text = rx.sub(lambda m: mapping[m.group(0)], text)
        # 3. numbers (not years): same number of digits, other digits
        def num(m: re.Match) -> str:
            s = m.group(0)
            if re.fullmatch(r"(19|20)\d\d", s):
                return s
            digits = [str(rng.randrange(1, 10))] + [str(rng.randrange(10)) for _ in s[1:]]
            return "".join(digits)
        text = re.sub(r"(?<![\d.])\d+(?![\d])", num, text)
        stem = base_name.split("_", 1)[-1].rsplit(".", 1)[0][:8]
        return f"{i:05d}_{stem}{rng.randrange(16 ** 6):06x}.txt", text.encode("utf-8")


def change_a_figure(text: str) -> str:
    """The first count of two or more digits (a number before a unit or 万/亿),
    with its first digit changed: a correction of a printed figure."""
    for m in re.finditer(r"(?<![\d.])\d{2,}(?=[万亿千百余多个名人家处支场所项条户座])", text):
        if not re.fullmatch(r"(19|20)\d\d", m.group(0)):
            first = "8" if m.group(0)[0] == "9" else "9"
            return text[:m.start()] + first + text[m.start() + 1:]
    return text + "\n\n（更正：全年新增志愿者12人。）\n"


def make_corpus(n: int, dest: Path, seeds_dir: Path = ROOT / "seeds") -> list[Path]:
    """Write n synthetic seeds into dest (emptied first); returns their paths."""
    from .site.build import list_seeds

    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    var = _Variator(list_seeds(seeds_dir))
    out = []
    for i in range(n):
        name, data = var.make(i)
        (dest / name).write_bytes(data)
        out.append(dest / name)
    return out


# -- measured runs (each in a fresh process) --------------------------------

_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from build_tools.site.build import build
seeds, docs, cache, jobs = sys.argv[1:5]
def cpu():
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime
c1 = cpu()
t1 = time.perf_counter()
r = build(Path(seeds), Path(docs), cache_dir=Path(cache), jobs=int(jobs) or None)
t2 = time.perf_counter()
print(json.dumps({"seconds": t2 - t1, "cpu_seconds": cpu() - c1, "import_seconds": t1 - t0, "seeds": r.seeds, "articles": r.articles,
                  "facts": r.facts, "cached": r.cached, "errors": r.errors[:5], "n_errors": len(r.errors),
                  "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "workers_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _run_build(seeds: Path, docs: Path, cache: Path, jobs: int = 0, cwd: Path = ROOT) -> dict:
    """One build in a fresh process, importing build_tools from cwd (a snapshot of the
    code, so that edits to the working tree during a run do not invalidate the cache)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(seeds), str(docs), str(cache), str(jobs)],
                          cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"build process failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall_seconds"] = wall
    return out


def _run_timed(cmd: list[str], cwd: Path, env: dict, timeout: float) -> dict:
    """Run cmd; wall time, exit code and the peak RSS of the process (os.wait4)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = t0 + timeout
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, ru = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        log.seek(0)
        tail = log.read().decode("utf-8", "replace")[-2000:]
    return {"seconds": wall, "cpu_seconds": ru.ru_utime + ru.ru_stime, "rc": proc.returncode, "maxrss_kb": ru.ru_maxrss,
            "timed_out": wall > timeout, "log_tail": tail if proc.returncode else ""}


def make_project(dest: Path) -> Path:
    """A throwaway copy of the project (config, hook code, hand-written docs)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "build_tools", dest / "build_tools", ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "docs").mkdir()
    for name in HANDWRITTEN:
        src = ROOT / "docs" / name
        if src.is_dir():
            shutil.copytree(src, dest / "docs" / name)
        elif src.exists():
            shutil.copy(src, dest / "docs" / name)
    return dest


def _mkdocs_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("mkdocs")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "mkdocs"]


def run_mkdocs(project: Path, site: Path, timeout: float = 1800, cmd: list[str] | None = None) -> dict:
    """`mkdocs build` of the generated pages alone, the page cache cold."""
    if site.exists():
        shutil.rmtree(site)
    shutil.rmtree(project / ".cache" / "mkdocs", ignore_errors=True)
    env = dict(os.environ, BUILD_TOOLS_SKIP_PIPELINE="1")
    cmd = cmd or _mkdocs_cmd() + ["build", "--no-strict", "--site-dir", str(site)]
    return _run_timed(cmd, project, env, timeout)


def _config_without(text: str, keys: tuple[str, ...]) -> str:
    """mkdocs.yml text without the named top-level blocks."""
    out, skip = [], False
    for line in text.splitlines(keepends=True):
        if line[:1] not in (" ", "\t", "\n", "#", "-") and line.strip():
            skip = line.split(":", 1)[0] in keys
        if not skip:
            out.append(line)
    return "".join(out)


def make_plain_project(docs: Path, dest: Path) -> Path:
    """The same articles' text as a plain MkDocs project: each article page is
    its title and paragraphs in plain Markdown (no front matter, card, facts,
    audit or citation), built with the same theme, Markdown and Chinese search
    settings and no hook: what MkDocs alone costs for this text."""
    from .check import article_paragraphs, read_front_matter
    from .render.safe import md_inline

    if dest.exists():
        shutil.rmtree(dest)
    (dest / "docs" / "articles").mkdir(parents=True)
    config = _config_without((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), ("hooks", "nav"))
    (dest / "mkdocs.yml").write_text(config + "nav:\n  - index.md\n", encoding="utf-8")
    shutil.copytree(ROOT / "build_tools" / "theme", dest / "build_tools" / "theme")
    shutil.copytree(docs / "assets", dest / "docs" / "assets")
    (dest / "docs" / "data").mkdir()
    shutil.copy(docs / "data" / "jieba_user_dict.txt", dest / "docs" / "data" / "jieba_user_dict.txt")
    (dest / "docs" / "index.md").write_text("# 文章 Articles\n", encoding="utf-8")
    for rec in json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8")):
        _, body = read_front_matter(docs / rec["page"])
        text = "\n\n".join(md_inline(p) for p in article_paragraphs(body))
        (dest / "docs" / rec["page"]).write_text(f"# {md_inline(rec['title'] or rec['slug'])}\n\n{text}\n",
                                                 encoding="utf-8")
    return dest


# -- search index size ------------------------------------------------------

class _IndexedText(HTMLParser):
    """Text of the page's main article, without data-search-exclude blocks,
    scripts and header links: the text the search plugin indexes."""

    VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []   # (tag, starts an ignored region)
        self.inside = 0       # depth in <article class="md-content__inner">
        self.ignored = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        starts_article = tag == "article" and "md-content__inner" in (a.get("class") or "")
        ignore = self.inside > 0 and ("data-search-exclude" in a or tag in ("script", "style")
                                      or "headerlink" in (a.get("class") or ""))
        if starts_article:
            self.inside += 1
        if ignore:
            self.ignored += 1
        self.stack.append((tag, starts_article, ignore))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            t, art, ign = self.stack.pop()
            self.inside -= art
            self.ignored -= ign
            if t == tag:
                break

    def handle_data(self, data):
        if self.inside and not self.ignored:
            self.parts.append(data)


def indexed_text_bytes(html: str) -> int:
    p = _IndexedText()
    p.feed(html)
    return len(re.sub(r"\s+", " ", "".join(p.parts)).strip().encode("utf-8"))


def search_stats(site: Path) -> dict:
    index_path = site / "search" / "search_index.json"
    if not index_path.exists():
        return {}
    raw = index_path.read_bytes()
    data = json.loads(raw)
    docs = data.get("docs", [])
    pages = sorted(site.rglob("index.html"))
    pages = [p for p in pages if p.parent != site / "404"]
    text_bytes = art_text = 0
    for p in pages:
        b = indexed_text_bytes(p.read_text(encoding="utf-8"))
        text_bytes += b
        if p.parent.parent.name == "articles":
            art_text += b
    art_entries = [d for d in docs if d.get("location", "").startswith("articles/")]
    art_index = sum(len(json.dumps(d, separators=(",", ":"))) for d in art_entries)
    art_index_utf8 = sum(len(json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()) for d in art_entries)
    utf8 = len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    return {
        "index_bytes": len(raw),
        "index_bytes_if_utf8": utf8,
        "pages": len(pages),
        "entries": len(docs),
        "index_bytes_per_page": round(len(raw) / max(1, len(pages))),
        "indexed_text_bytes": text_bytes,
        "ratio": round(len(raw) / max(1, text_bytes), 3),
        "ratio_if_utf8": round(utf8 / max(1, text_bytes), 3),
        "article_pages_ratio": round(art_index / max(1, art_text), 3),
        "article_pages_ratio_if_utf8": round(art_index_utf8 / max(1, art_text), 3),
    }


# -- the site: cold, plain, warm, served ----------------------------------------

NOTE_MARKS = "甲乙丙丁戊己庚辛壬癸"


def add_note(path: Path, k: int) -> str:
    """Append an editor's note with a mark of its own to a seed; the mark."""
    mark = f"第{k + 1}次核对{NOTE_MARKS[k % len(NOTE_MARKS)]}{NOTE_MARKS[(k // len(NOTE_MARKS)) % len(NOTE_MARKS)]}"
    save(path, path.read_bytes() + f"\n\n（编者注：{mark}。）\n".encode("utf-8"))
    return mark


def save(path: Path, data: bytes) -> None:
    """Save a file as editors do: write a copy in the project's root (the folder holding
    mkdocs.yml, which the server does not watch), then rename it over the file.
    (`mkdocs serve` polls every 0.5 s: a save that truncates and then writes can be seen
    half done under load, and the finished file is then a second change, a second build.)"""
    root = next((d for d in path.parents if (d / "mkdocs.yml").is_file()), path.parent.parent)
    tmp = root / f".{path.name}.saving"
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _clear_site(project: Path, keep_pipeline: bool = False) -> None:
    """Forget the page cache (and, unless keep_pipeline, the pipeline's cache and docs/)."""
    from .site.swap import GENERATED

    shutil.rmtree(project / ".cache" / ("mkdocs" if keep_pipeline else ""), ignore_errors=True)
    if not keep_pipeline:
        for name in GENERATED:
            path = project / "docs" / name
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


def make_site(project: Path, site: Path, env: dict | None = None) -> dict:
    """`make site` (mkdocs build --strict) in project, timed."""
    shutil.rmtree(site, ignore_errors=True)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    env.pop("BUILD_TOOLS_SKIP_PIPELINE", None)
    res = _run_timed(_mkdocs_cmd() + ["build", "--strict", "--site-dir", str(site)], project, env, 4 * 3600)
    if res["rc"] != 0:
        raise RuntimeError(f"mkdocs build failed in {project} ({res['rc']}):\n{res['log_tail']}")
    return res


def site_measures(project: Path, work: Path, runs: int, log=print) -> dict:
    """Side by side in one run, each `runs` times: the cold `make site` (pipeline and
    MkDocs from empty caches), MkDocs alone with the page cache cold (pages already
    generated), a plain MkDocs build of the same articles' text, and the warm
    `make site` after one seed was edited."""
    site, plain_site = work / "site", work / "plain-site"
    cold, cold_mkdocs, plain, warm = [], [], [], []
    plain_project = None
    seeds = sorted((project / "seeds").iterdir())
    for r in range(runs):
        _clear_site(project)
        cold.append(make_site(project, site))
        log(f"    run {r + 1}: cold make site {cold[-1]['seconds']:.1f}s ({cold[-1]['cpu_seconds']:.1f}s cpu)")
        if plain_project is None:
            plain_project = make_plain_project(project / "docs", work / "plain")
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        plain.append(_run_timed(_mkdocs_cmd() + ["build", "--site-dir", str(plain_site)], plain_project, env, 4 * 3600))
        log(f"    run {r + 1}: plain mkdocs build {plain[-1]['seconds']:.1f}s ({plain[-1]['cpu_seconds']:.1f}s cpu)")
        _clear_site(project, keep_pipeline=True)
        cold_mkdocs.append(make_site(project, site))
        log(f"    run {r + 1}: MkDocs alone, page cache cold {cold_mkdocs[-1]['seconds']:.1f}s "
            f"({cold_mkdocs[-1]['cpu_seconds']:.1f}s cpu)")
        add_note(seeds[(r * 7919 + 11) % len(seeds)], r)
        warm.append(make_site(project, site))
        log(f"    run {r + 1}: warm make site after one seed edited {warm[-1]['seconds']:.1f}s")
    med = lambda rs, k="seconds": _median(x[k] for x in rs)  # noqa: E731
    out = {"cold_site_seconds": med(cold), "cold_site_runs": [round(x["seconds"], 2) for x in cold],
           "cold_site_cpu_seconds": med(cold, "cpu_seconds"),
           "cold_mkdocs_seconds": med(cold_mkdocs), "cold_mkdocs_runs": [round(x["seconds"], 2) for x in cold_mkdocs],
           "cold_mkdocs_cpu_seconds": med(cold_mkdocs, "cpu_seconds"),
           "plain_seconds": med(plain), "plain_runs": [round(x["seconds"], 2) for x in plain],
           "plain_cpu_seconds": med(plain, "cpu_seconds"),
           "warm_site_seconds": med(warm), "warm_site_runs": [round(x["seconds"], 2) for x in warm],
           "site_peak_rss_mb": round(max(x["maxrss_kb"] for x in cold) / 1024, 1)}
    out["cold_vs_plain"] = round(out["cold_site_seconds"] / out["plain_seconds"], 3)
    out["cold_mkdocs_vs_plain"] = round(out["cold_mkdocs_seconds"] / out["plain_seconds"], 3)
    out["cold_mkdocs_vs_plain_cpu"] = round(out["cold_mkdocs_cpu_seconds"] / max(1e-9, out["plain_cpu_seconds"]), 3)
    out["warm_vs_cold"] = round(out["warm_site_seconds"] / out["cold_site_seconds"], 3)
    out["search"] = search_stats(site)
    return out


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return ""


def serve_latency(project: Path, work: Path, edits: int, log=print, title_edit: bool = True) -> dict:
    """`mkdocs serve` on the project: for each edit (an editor's note appended to a
    seed), the time until the changed article page is served with it, and the
    number of builds the edit caused. With title_edit, also once the time for a
    corrected title (a full build: the tags page lists titles)."""
    from .site.url import site_path

    port = _free_port()
    out_path = work / "serve.log"
    out = out_path.open("w")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("BUILD_TOOLS_SKIP_PIPELINE", None)
    proc = subprocess.Popen(_mkdocs_cmd() + ["serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=env,
                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}{site_path(project / 'mkdocs.yml').rstrip('/')}/"
    text = lambda: out_path.read_text(encoding="utf-8", errors="replace")  # noqa: E731
    latencies, builds, title = [], [], None
    try:
        t0 = time.perf_counter()
        while "Serving on" not in text():
            if proc.poll() is not None or time.perf_counter() - t0 > 4 * 3600:
                raise RuntimeError(f"mkdocs serve did not start:\n{text()[-3000:]}")
            time.sleep(0.5)
        first = time.perf_counter() - t0
        log(f"    serve: first build {first:.1f}s")
        articles = json.loads((project / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
        seeds = sorted((project / "seeds").iterdir())

        def edit(victim: Path, change) -> tuple[float, int]:
            # (records carry absolute URLs under the configured address: the server has its own)
            urls = [f'{base}articles/{a["slug"]}/' for a in articles if any(s["file"] == victim.name for s in a["sources"])]
            before = text().count("Reloading browsers")
            start = time.perf_counter()
            wanted = change(victim)
            while not any(wanted in _fetch(u) for u in urls):
                if time.perf_counter() - start > 3600 or proc.poll() is not None:
                    raise RuntimeError(f"the edit never showed:\n{text()[-3000:]}")
                time.sleep(0.05)
            seconds = time.perf_counter() - start
            time.sleep(3)  # a build started by the build's own writes shows within the polling interval
            while text().count("Detected file changes") > text().count("Reloading browsers"):
                time.sleep(0.2)
            return seconds, text().count("Reloading browsers") - before

        for k in range(edits):
            seconds, n = edit(seeds[(k * 7919 + 101) % len(seeds)], lambda v, k=k: add_note(v, 100 + k))
            latencies.append(seconds)
            builds.append(n)
            log(f"    serve: edit {k + 1} shown after {seconds:.2f}s, {n} build(s)")
        if title_edit:
            # a seed from a third of the way in whose first-page article prints its title as the
            # record has it (a title repaired from letter-spaced or broken type is not in the bytes)
            def printed_title(victim: Path) -> str | None:
                raw = victim.read_bytes()
                return next((a["title"] for a in articles if a["sources"][0]["file"] == victim.name and a["title"]
                             and a["title"].encode("utf-8") in raw), None)

            k = len(seeds) // 3
            victim = next((v for v in seeds[k:] + seeds[:k] if printed_title(v)), None)
            if victim is None:
                raise RuntimeError("no seed prints an article's title as its record has it")

            def retitle(victim: Path) -> str:
                title = printed_title(victim)
                new = title[:-1] + ("甲" if title[-1] != "甲" else "乙")
                save(victim, victim.read_bytes().replace(title.encode("utf-8"), new.encode("utf-8"), 1))
                return html_escape(new)
            seconds, n = edit(victim, retitle)
            title = {"seconds": round(seconds, 3), "builds": n}
            log(f"    serve: a corrected title shown after {seconds:.2f}s, {n} build(s)")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        out.close()
    log_text = text()
    return {"serve_first_build_seconds": round(first, 2), "serve_latency_seconds": _median(latencies),
            "serve_latency_runs": [round(x, 3) for x in latencies], "serve_builds_per_edit": max(builds),
            "serve_builds_runs": builds, "serve_title_edit": title,
            "serve_incremental_builds": log_text.count("build_tools: incremental build")}


def html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def scale_index(site: Path, factor: int, dest: Path) -> Path:
    """A copy of the site (without its article pages) whose search index holds
    every entry `factor` times, each copy under its own location: the index of
    an archive `factor` times larger, for timing the browser."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(site, dest, ignore=lambda d, names: ["articles"] if Path(d) == site else [])
    path = dest / "search" / "search_index.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["docs"] = [d if k == 0 else dict(d, location=f"copy{k}/{d['location']}")
                    for k in range(factor) for d in data["docs"]]
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return dest


def browser_search(site: Path, queries: list[str], log=print) -> dict:
    """The search index of a built site in headless Chromium: its size, the time from
    opening the home page until the search is ready, and the time each query takes
    to show results."""
    import functools
    import gzip
    import http.server
    import socketserver
    import threading

    from playwright.sync_api import sync_playwright

    index = site / "search" / "search_index.json"
    raw = index.read_bytes()
    out = {"index_bytes": len(raw), "index_gzip_bytes": len(gzip.compress(raw, 6)),
           "index_entries": len(json.loads(raw)["docs"])}

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                         headless=True, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            t0 = time.perf_counter()
            page.goto(base, wait_until="load")
            page.locator("label.md-search__icon, .md-search__input").first.click()
            page.wait_for_function("() => { const m = document.querySelector('.md-search-result__meta');"
                                   " return m && !/初始化|Initializing/.test(m.textContent); }", timeout=600000)
            out["ready_seconds"] = round(time.perf_counter() - t0, 3)
            box = page.locator("input.md-search__input")
            times = {}
            for q in queries:
                box.fill("")
                t1 = time.perf_counter()
                box.fill(q)
                box.press("End")
                page.wait_for_selector(".md-search-result__item", timeout=600000)
                times[q] = round(time.perf_counter() - t1, 3)
            out["query_seconds"] = times
            out["js_heap_mb"] = round(page.evaluate("() => (performance.memory || {}).usedJSHeapSize || 0") / 2**20, 1)
            browser.close()
        httpd.shutdown()
    log(f"    browser: index {out['index_bytes'] / 2**20:.1f} MB ({out['index_gzip_bytes'] / 2**20:.1f} MB gzip), "
        f"search ready {out['ready_seconds']:.1f}s, queries {times}")
    return out


# -- the benchmark ----------------------------------------------------------

def _median(values):
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 3) if values else None


def bench_size(n: int, runs: int, work: Path, *, mkdocs: bool, zensical: str | None = None,
               jobs: int = 0, log=print, site: bool = False, serve_edits: int = 0, browser: bool = False,
               browser_scale: int = 1) -> dict:
    """All measurements for one corpus size."""
    seeds = work / "seeds"
    t0 = time.perf_counter()
    make_corpus(n, seeds)
    log(f"  N={n}: corpus made in {time.perf_counter() - t0:.1f}s")
    project = make_project(work / "project")
    docs = project / "docs"
    full, incr, figure = [], [], []
    for r in range(runs):
        cache = work / f"cache-{r}"
        shutil.rmtree(cache, ignore_errors=True)
        res = _run_build(seeds, docs, cache, jobs, cwd=project)
        if res["n_errors"]:
            raise RuntimeError(f"N={n}: {res['n_errors']} seed(s) failed: {res['errors']}")
        full.append(res)
        log(f"  N={n} run {r + 1}: full {res['seconds']:.2f}s ({res['articles']} articles, {res['facts']} facts)")
        # one writer edits one seed; the cache is warm
        victim = sorted(seeds.iterdir())[(r * 7919) % n]
        victim.write_bytes(victim.read_bytes() + f"\n\n（编者注：第{r + 1}次修订。）\n".encode("utf-8"))
        res = _run_build(seeds, docs, cache, jobs, cwd=project)
        incr.append(res)
        log(f"  N={n} run {r + 1}: incremental {res['seconds']:.2f}s ({res['cached']} cached)")
        # another writer corrects a printed figure: the comparison pages change too
        victim = sorted(seeds.iterdir())[(r * 7919 + n // 2) % n]
        victim.write_bytes(change_a_figure(victim.read_bytes().decode("utf-8")).encode("utf-8"))
        res = _run_build(seeds, docs, cache, jobs, cwd=project)
        figure.append(res)
        log(f"  N={n} run {r + 1}: incremental, a figure changed {res['seconds']:.2f}s ({res['cached']} cached)")
        shutil.rmtree(cache, ignore_errors=True)
    out = {
        "n": n,
        "seeds": full[0]["seeds"],
        "articles": full[0]["articles"],
        "facts": full[0]["facts"],
        "full_seconds": _median(r["seconds"] for r in full),
        "full_runs": [round(r["seconds"], 3) for r in full],
        "full_cpu_seconds": _median(r["cpu_seconds"] for r in full),
        "full_process_seconds": _median(r["wall_seconds"] for r in full),
        "incremental_seconds": _median(r["seconds"] for r in incr),
        "incremental_runs": [round(r["seconds"], 3) for r in incr],
        "incremental_cpu_seconds": _median(r["cpu_seconds"] for r in incr),
        "incremental_cached": incr[0]["cached"],
        "incremental_process_seconds": _median(r["wall_seconds"] for r in incr),
        "incremental_figure_seconds": _median(r["seconds"] for r in figure),
        "incremental_figure_runs": [round(r["seconds"], 3) for r in figure],
        "peak_rss_mb": round(max(r["maxrss_kb"] for r in full) / 1024, 1),
        "peak_worker_rss_mb": round(max(r["workers_maxrss_kb"] for r in full) / 1024, 1),
        "incremental_peak_rss_mb": round(max(r["maxrss_kb"] for r in incr) / 1024, 1),
    }
    out["incremental_fraction"] = round(out["incremental_seconds"] / out["full_seconds"], 4)
    out["incremental_figure_fraction"] = round(out["incremental_figure_seconds"] / out["full_seconds"], 4)
    out["incremental_cpu_fraction"] = round(out["incremental_cpu_seconds"] / max(1e-9, out["full_cpu_seconds"]), 4)
    if site or browser:
        shutil.copytree(seeds, project / "seeds", dirs_exist_ok=True)
    if site:
        sm = site_measures(project, work, runs, log)
        out.update(sm)
        out["mkdocs_seconds"], out["mkdocs_runs"] = sm["cold_mkdocs_seconds"], sm["cold_mkdocs_runs"]
        out["pipeline_vs_mkdocs"] = round(out["full_seconds"] / out["mkdocs_seconds"], 4)
        if serve_edits:
            out.update(serve_latency(project, work, serve_edits, log))
    elif mkdocs:
        site = work / "site"
        mk = []
        for r in range(runs):
            res = run_mkdocs(project, site)
            mk.append(res)
            log(f"  N={n} run {r + 1}: mkdocs build {res['seconds']:.1f}s (rc {res['rc']})")
            if res["rc"] != 0:
                log(res["log_tail"])
                break
        out["mkdocs_seconds"] = _median(r["seconds"] for r in mk)
        out["mkdocs_runs"] = [round(r["seconds"], 3) for r in mk]
        out["mkdocs_cpu_seconds"] = _median(r["cpu_seconds"] for r in mk)
        out["mkdocs_rc"] = mk[-1]["rc"]
        out["mkdocs_peak_rss_mb"] = round(max(r["maxrss_kb"] for r in mk) / 1024, 1)
        out["pipeline_vs_mkdocs"] = round(out["full_seconds"] / out["mkdocs_seconds"], 4)
        out["pipeline_vs_mkdocs_cpu"] = round(out["full_cpu_seconds"] / max(1e-9, out["mkdocs_cpu_seconds"]), 4)
        out["search"] = search_stats(site)
        if zensical:
            z = run_mkdocs(project, work / "zsite", cmd=[zensical, "build", "--clean"])
            out["zensical_seconds"] = round(z["seconds"], 3)
            out["zensical_cpu_seconds"] = round(z["cpu_seconds"], 3)
            out["zensical_rc"] = z["rc"]
            out["zensical_peak_rss_mb"] = round(z["maxrss_kb"] / 1024, 1)
            if z["rc"]:
                out["zensical_log"] = z["log_tail"][-800:]
            log(f"  N={n}: zensical build {z['seconds']:.1f}s (rc {z['rc']})")
    else:
        out["mkdocs_skipped"] = "N above --mkdocs-max"
    if browser:
        if not site:
            _clear_site(project)
            res = make_site(project, work / "site")
            out["cold_site_seconds"], out["cold_site_runs"] = round(res["seconds"], 3), [round(res["seconds"], 2)]
            out["site_peak_rss_mb"] = round(res["maxrss_kb"] / 1024, 1)
            log(f"  N={n}: cold make site {res['seconds']:.1f}s")
        arts = json.loads((project / "docs" / "data" / "articles.json").read_text(encoding="utf-8"))
        place = next(a["region"] for a in arts if a.get("region"))
        out["browser"] = browser_search(work / "site", ["志愿服务", place], log)
        if browser_scale > 1:  # a larger archive's index without building it: this one's entries repeated
            scaled = scale_index(work / "site", browser_scale, work / "site-scaled")
            try:
                res = browser_search(scaled, ["志愿服务", place], log)
            except Exception as exc:  # e.g. the tab crashing on the index: a result, not a failed run
                res = {"error": " ".join(str(exc).split())[:300],
                       "index_bytes": (scaled / "search" / "search_index.json").stat().st_size}
                log(f"    browser, index x{browser_scale}: {res['error']}")
            out["browser_scaled"] = dict(res, factor=browser_scale, n=n * browser_scale)
    out["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    return out


# -- page input: PDF and scanned pages -----------------------------------------

def _typeset():
    """tests/typeset.py: the typeset test pages (needs Playwright and Debian's chromium)."""
    import importlib.util

    path = ROOT / "tests" / "typeset.py"
    spec = importlib.util.spec_from_file_location("typeset", path)
    if spec is None or not path.exists():
        raise RuntimeError(f"{path} is missing: the page-input benchmark typesets its pages with it")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while the class is made
    spec.loader.exec_module(mod)
    return mod


def page_accuracy(record: dict, typeset_articles, char_error) -> tuple[int, int, float]:
    """(titles right, articles, character error over all typeset body text).

    Each typeset article is matched with the article whose body text is
    closest; an article not found at all counts every character as wrong."""
    total = wrong = 0.0
    titles = 0
    arts = record["articles"] if record else []
    for want in typeset_articles:
        text = "".join(want.body)
        n = len(_typeset_han(text))
        errs = [char_error(text, "".join(b["text"] for b in a["body"] if b["kind"] == "paragraph")) for a in arts]
        best = min(errs) if errs else 1.0
        wrong += min(best, 1.0) * n
        total += n
        titles += any(a["title"] == want.title for a in arts)
    return titles, len(typeset_articles), round(wrong / max(total, 1), 4)


def _typeset_han(text: str) -> str:
    return "".join(re.findall(r"[\u3400-\u9fff0-9]", text))


def bench_pages(work: Path, kinds: tuple[str, ...] = ("pdf", "png", "scan-pdf", "photo"), log=print) -> dict:
    """Seconds per page and character error for each kind of page input."""
    from .ingest import ocr
    from .pipeline import process_seed

    ts = _typeset()
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    pages = ts.make_test_pages(work / "typeset")
    log(f"  pages typeset and printed in {time.perf_counter() - t0:.1f}s")
    pngs = [("two", pages.two, pages.bytes("two.png")), ("three", pages.three, pages.bytes("three.png"))]
    inputs = {
        "pdf": [(f"pdf-{n}.pdf", arts, pages.bytes(f"{n}.pdf"), 1) for n, arts in (("two", pages.two), ("three", pages.three))]
               + [("pdf-multi.pdf", [a for p in pages.multi for a in p], pages.bytes("multi.pdf"), 2)],
        "png": [(f"png-{n}.png", arts, data, 1) for n, arts, data in pngs],
        "scan-pdf": [(f"scan-{n}.pdf", arts, ts.image_only_pdf(data, dpi=150), 1) for n, arts, data in pngs],
        "photo": [(f"photo-{n}.jpg", arts, ts.photographed(data), 1) for n, arts, data in pngs],
    }
    out: dict = {"kinds": {}}
    if any(k != "pdf" for k in kinds):
        t0 = time.perf_counter()
        ocr.engine()
        out["ocr_engine_start_seconds"] = round(time.perf_counter() - t0, 2)
    seeds = work / "seeds"
    seeds.mkdir(exist_ok=True)
    for kind in kinds:
        wall = cpu_s = 0.0
        n_pages = titles = n_arts = 0
        errors = []
        for name, arts, data, count in inputs[kind]:
            (seeds / name).write_bytes(data)
            t, c = time.perf_counter(), time.process_time()
            rec = process_seed(name, data)
            wall += time.perf_counter() - t
            cpu_s += time.process_time() - c
            right, n, err = page_accuracy(rec, arts, ts.char_error)
            titles, n_arts, n_pages = titles + right, n_arts + n, n_pages + count
            errors.append(err)
            log(f"  {kind} {name}: {time.perf_counter() - t:.1f}s, {right}/{n} titles, character error {err:.2%}")
        out["kinds"][kind] = {"files": len(inputs[kind]), "pages": n_pages,
                              "seconds_per_page": round(wall / n_pages, 2), "cpu_seconds_per_page": round(cpu_s / n_pages, 2),
                              "titles_right": f"{titles}/{n_arts}", "char_error_mean": round(statistics.mean(errors), 4),
                              "char_error_max": round(max(errors), 4)}
    project = make_project(work / "project")
    first = _run_build(seeds, project / "docs", work / "cache", cwd=project)
    again = _run_build(seeds, project / "docs", work / "cache", cwd=project)
    out["build"] = {"seeds": first["seeds"], "articles": first["articles"], "errors": first["errors"],
                    "full_seconds": round(first["seconds"], 2), "cached_seconds": round(again["seconds"], 2),
                    "cached": again["cached"]}
    log(f"  build of {first['seeds']} page seeds: {first['seconds']:.1f}s; again, cache warm: "
        f"{again['seconds']:.2f}s ({again['cached']} cached)")
    return out


def pages_table(res: dict) -> str:
    rows = [["input", "files", "pages", "s/page", "cpu s/page", "titles", "char error (mean, max)"]]
    for kind, r in res["kinds"].items():
        rows.append([kind, str(r["files"]), str(r["pages"]), f"{r['seconds_per_page']:.2f}", f"{r['cpu_seconds_per_page']:.2f}",
                     r["titles_right"], f"{100 * r['char_error_mean']:.2f} %, {100 * r['char_error_max']:.2f} %"])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    b = res.get("build", {})
    if b:
        lines.append(f"build of {b['seeds']} page seeds: {b['full_seconds']} s; again with the cache warm: "
                     f"{b['cached_seconds']} s ({b['cached']} cached)")
    if "ocr_engine_start_seconds" in res:
        lines.append(f"OCR engine start-up, once per process: {res['ocr_engine_start_seconds']} s")
    return "\n".join(lines)


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        mem = Path("/proc/meminfo").read_text().splitlines()[0].split(":", 1)[1].strip()
    except (OSError, IndexError):
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu or platform.processor(), "memory": mem,
            "python": platform.python_version(), "platform": platform.platform()}


def floors(results: list[dict]) -> dict:
    by_n = {r["n"]: r for r in results}
    out = {}
    r1 = by_n.get(1000)
    if r1 and r1.get("mkdocs_seconds"):
        out["full_1000_le_quarter_mkdocs"] = {"value": r1["pipeline_vs_mkdocs"], "limit": 0.25,
                                               "ok": r1["pipeline_vs_mkdocs"] <= 0.25}
    if r1 and by_n.get(10000):
        ratio = round(by_n[10000]["full_seconds"] / r1["full_seconds"], 3)
        out["full_10000_le_11x_1000"] = {"value": ratio, "limit": 11, "ok": ratio <= 11}
    if r1:
        out["incremental_1000_le_5pct"] = {"value": r1["incremental_fraction"], "limit": 0.05,
                                            "ok": r1["incremental_fraction"] <= 0.05}
    if r1 and r1.get("serve_latency_seconds") is not None:
        out["serve_1000_edit_shown_le_3s"] = {"value": r1["serve_latency_seconds"], "limit": 3,
                                              "ok": r1["serve_latency_seconds"] <= 3}
        out["serve_1000_one_build_per_edit"] = {"value": r1["serve_builds_per_edit"], "limit": 1,
                                                "ok": r1["serve_builds_per_edit"] == 1}
    if r1 and r1.get("plain_seconds"):
        out["cold_site_1000_le_1_2x_plain"] = {"value": r1["cold_vs_plain"], "limit": 1.2,
                                               "ok": r1["cold_vs_plain"] <= 1.2}
        out["cold_mkdocs_1000_le_1_2x_plain"] = {"value": r1["cold_mkdocs_vs_plain"], "limit": 1.2,
                                                 "ok": r1["cold_mkdocs_vs_plain"] <= 1.2}
        out["warm_site_1000_le_20pct_of_cold"] = {"value": r1["warm_vs_cold"], "limit": 0.2,
                                                  "ok": r1["warm_vs_cold"] <= 0.2}
    ratios = [r["search"]["ratio"] for r in results if r.get("search")]
    if ratios:
        out["search_index_le_1_5x_text"] = {"value": max(ratios), "limit": 1.5, "ok": max(ratios) <= 1.5}
    return out


def table(results: list[dict]) -> str:
    head = ["N", "articles", "full s", "full cpu", "incr s", "incr %", "figure s", "figure %", "mkdocs s", "mkdocs cpu", "pipe/mkdocs", "RSS MB",
            "worker MB", "mkdocs MB", "index B/page", "index/text"]
    rows = [head]
    f = lambda v, fmt="{:.2f}": "—" if v is None else fmt.format(v)  # noqa: E731
    for r in results:
        s = r.get("search") or {}
        rows.append([str(r["n"]), str(r["articles"]), f(r["full_seconds"]), f(r["full_cpu_seconds"], "{:.1f}"),
                     f(r["incremental_seconds"]), f(100 * r["incremental_fraction"], "{:.1f}"),
                     f(r.get("incremental_figure_seconds")), f(100 * r.get("incremental_figure_fraction", 0), "{:.1f}"),
                     f(r.get("mkdocs_seconds"), "{:.1f}"), f(r.get("mkdocs_cpu_seconds"), "{:.1f}"),
                     f(r.get("pipeline_vs_mkdocs"), "{:.3f}"), f(r["peak_rss_mb"], "{:.0f}"),
                     f(r["peak_worker_rss_mb"], "{:.0f}"), f(r.get("mkdocs_peak_rss_mb"), "{:.0f}"),
                     f(s.get("index_bytes_per_page"), "{:.0f}"), f(s.get("ratio"), "{:.2f}")])
    lines = _columns(rows)
    site_head = ["N", "cold site s", "MkDocs cold s", "MkDocs cold cpu", "plain s", "plain cpu", "cold/plain",
                 "MkDocs/plain", "MkDocs/plain cpu", "warm s", "warm/cold",
                 "serve s", "builds/edit", "title s", "index MB", "search ready s", "query s"]
    site_rows = [site_head]
    for r in results:
        if not (r.get("cold_site_seconds") or r.get("serve_latency_seconds")):
            continue
        b = r.get("browser") or {}
        q = b.get("query_seconds") or {}
        bs = r.get("browser_scaled")
        site_rows.append([str(r["n"]), f(r.get("cold_site_seconds"), "{:.1f}"), f(r.get("cold_mkdocs_seconds"), "{:.1f}"),
                          f(r.get("cold_mkdocs_cpu_seconds"), "{:.1f}"), f(r.get("plain_seconds"), "{:.1f}"),
                          f(r.get("plain_cpu_seconds"), "{:.1f}"), f(r.get("cold_vs_plain")), f(r.get("cold_mkdocs_vs_plain")),
                          f(r.get("cold_mkdocs_vs_plain_cpu")),
                          f(r.get("warm_site_seconds"), "{:.1f}"), f(r.get("warm_vs_cold"), "{:.3f}"),
                          f(r.get("serve_latency_seconds")), f(r.get("serve_builds_per_edit"), "{}"),
                          f((r.get("serve_title_edit") or {}).get("seconds"), "{:.1f}"),
                          f(b["index_bytes"] / 2**20 if b else None, "{:.1f}"), f(b.get("ready_seconds")),
                          f(max(q.values()) if q else None)])
        if bs:
            site_rows.append([f"{bs['n']} (index x{bs['factor']})"] + ["—"] * 13
                             + [f(bs["index_bytes"] / 2**20, "{:.1f}"), f(bs.get("ready_seconds")),
                                f(max(bs["query_seconds"].values()) if bs.get("query_seconds") else None)])
    if len(site_rows) > 1:
        lines += [""] + _columns(site_rows)
    return "\n".join(lines)


def _columns(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(row, widths)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def run_bench(sizes: list[int], runs: int, out: Path, *, mkdocs_max: int | None = None,
              zensical: str | None = None, jobs: int = 0, work_dir: Path | None = None,
              keep: bool = False, pages: bool = False, site_max: int = 1000, serve_edits: int | None = None,
              browser_min: int = 10000, browser_scale: int = 1) -> int:
    """Benchmark every size; write the JSON report to out; print a table. Returns an exit code."""
    if mkdocs_max is None:
        mkdocs_max = int(os.environ.get("BENCH_MKDOCS_MAX", "1000"))
    zensical = zensical or os.environ.get("BENCH_ZENSICAL") or None
    runs = max(1, runs)
    base = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="bench-"))
    base.mkdir(parents=True, exist_ok=True)
    results = []
    page_results = None
    load0 = [round(x, 2) for x in os.getloadavg()]
    t0 = time.perf_counter()
    try:
        for n in sizes:
            print(f"N={n}", file=sys.stderr, flush=True)
            res = bench_size(n, runs, base / f"n{n}", mkdocs=n <= mkdocs_max, zensical=zensical, jobs=jobs,
                             log=lambda m: print(m, file=sys.stderr, flush=True), site=n <= site_max,
                             serve_edits=runs if serve_edits is None else serve_edits, browser=n >= browser_min,
                             browser_scale=browser_scale)
            if n > mkdocs_max:
                res["mkdocs_skipped"] = (f"mkdocs build not run above --mkdocs-max={mkdocs_max} seeds: Material "
                                         f"takes minutes per thousand pages on this machine")
            results.append(res)
            if not keep:
                shutil.rmtree(base / f"n{n}", ignore_errors=True)
        if pages:
            print("page input", file=sys.stderr, flush=True)
            page_results = bench_pages(base / "pages", log=lambda m: print(m, file=sys.stderr, flush=True))
    finally:
        if not keep and not work_dir:
            shutil.rmtree(base, ignore_errors=True)
    report = {
        "command": "python -m build_tools bench " + " ".join(sys.argv[2:]) if sys.argv[1:2] == ["bench"] else "",
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        "runs": runs,
        "jobs": jobs or os.cpu_count(),
        "mkdocs_max": mkdocs_max,
        "loadavg_before": load0,
        "total_seconds": round(time.perf_counter() - t0, 1),
        "results": results,
        "floors": floors(results),
    }
    if page_results is not None:
        report["page_input"] = page_results
    Path(out).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if results:
        print(table(results))
    if page_results is not None:
        print(pages_table(page_results))
    for name, f in report["floors"].items():
        print(f"{'ok  ' if f['ok'] else 'MISS'} {name}: {f['value']} (limit {f['limit']})")
    print(f"report: {out}")
    return 0
