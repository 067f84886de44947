"""Command line: `python -m build_tools build|check|bench`."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_tools", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate everything under docs/ from the seeds")
    b.add_argument("--seeds", type=Path, default=Path("seeds"))
    b.add_argument("--docs", type=Path, default=Path("docs"))
    b.add_argument("--keep-going", action="store_true", help="skip bad seed files instead of failing")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument("--no-cache", action="store_true", help="ignore and do not write .cache/")
    c = sub.add_parser("check", help="content checks on the generated docs/")
    c.add_argument("--docs", type=Path, default=Path("docs"))
    c.add_argument("--site", type=Path, default=Path("site"), help="built site, for the link check (skipped if absent)")
    n = sub.add_parser("bench", help="benchmark the pipeline and mkdocs on synthetic corpora")
    n.add_argument("--sizes", default="100,1000,10000")
    n.add_argument("--runs", type=int, default=3)
    n.add_argument("--out", type=Path, default=Path("bench-report.json"))
    args = parser.parse_args(argv)

    if args.command == "build":
        from .build import build, print_report

        t0 = time.perf_counter()
        report = build(args.seeds, args.docs, keep_going=args.keep_going, jobs=args.jobs,
                       cache_dir=None if args.no_cache else Path(".cache"), site_url=_site_url())
        print_report(report)
        if report.errors and not args.keep_going or not report.articles:
            print(f"build failed: {len(report.errors)} bad seed file(s); docs/ left unchanged", file=sys.stderr)
            return 1
        print(f"built {report.articles} articles, {report.facts} facts from {report.seeds} seeds "
              f"({report.cached} cached) in {time.perf_counter() - t0:.1f}s")
        return 0
    if args.command == "check":
        from .check import run_checks

        return run_checks(args.docs, args.site)
    if args.command == "bench":
        from .bench import run_bench

        return run_bench([int(x) for x in args.sizes.split(",") if x], args.runs, args.out)
    return 2


def _site_url() -> str:
    """site_url from mkdocs.yml, for citations (read as text: the file has !!python tags)."""
    try:
        for line in Path("mkdocs.yml").read_text(encoding="utf-8").splitlines():
            if line.startswith("site_url:"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""
