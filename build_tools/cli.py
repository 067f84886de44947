"""Command line: `python -m build_tools build|check|bench|eval`."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Run a command; problems come out as one line each, never a traceback
    (set BUILD_TOOLS_DEBUG=1 to see one)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("interrupted; docs/ left unchanged", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("BUILD_TOOLS_DEBUG"):
            raise
        from .errors import one_line

        print(one_line(f"error: internal error ({type(exc).__name__}: {exc}); "
                       "rerun with BUILD_TOOLS_DEBUG=1 for details"), file=sys.stderr)
        return 1


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_tools", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate everything under docs/ from the seeds")
    b.add_argument("--seeds", type=Path, default=Path("seeds"))
    b.add_argument("--docs", type=Path, default=Path("docs"))
    b.add_argument("--keep-going", action="store_true", help="skip bad seed files instead of failing")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default and maximum: the machine's cores)")
    b.add_argument("--no-cache", action="store_true", help="ignore and do not write .cache/")
    c = sub.add_parser("check", help="content checks on the generated docs/")
    c.add_argument("--docs", type=Path, default=Path("docs"))
    c.add_argument("--site", type=Path, default=Path("site"), help="built site, for the link check (skipped if absent)")
    c.add_argument("--publishing", action="store_true",
                   help="the site is about to be published: its placeholder address is an error")
    n = sub.add_parser("bench", help="benchmark the pipeline and mkdocs on synthetic corpora")
    n.add_argument("--sizes", default="100,1000,10000")
    n.add_argument("--runs", type=int, default=3)
    n.add_argument("--out", type=Path, default=Path("bench-report.json"))
    n.add_argument("--mkdocs-max", type=int, default=1000, help="largest N to time `mkdocs build` at")
    n.add_argument("--zensical", default=None, help="path of a zensical executable to compare with")
    n.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    n.add_argument("--keep", type=Path, default=None, help="keep corpora, docs and sites in this folder")
    n.add_argument("--pages", action=argparse.BooleanOptionalAction, default=True,
                   help="also time PDF and scanned page input (typeset test pages; needs chromium)")
    n.add_argument("--site-max", type=int, default=1000,
                   help="largest N to time the site at: cold, plain, warm `make site` and `mkdocs serve`")
    n.add_argument("--serve-edits", type=int, default=None, help="edits timed under `mkdocs serve` (default: --runs)")
    n.add_argument("--browser-min", type=int, default=10000,
                   help="smallest N to time the search index in headless Chromium at")
    n.add_argument("--browser-scale", type=int, default=1,
                   help="also time an index of K times as many entries (this N's, repeated)")
    e = sub.add_parser("eval", help="layout round trip: known articles typeset as raw pages, run through the "
                                     "pipeline, scored per layout and field")
    e.add_argument("--layouts", default="", help="comma-separated layout names (default: all)")
    e.add_argument("--n", type=int, default=None, help="pages per layout (default: 12)")
    e.add_argument("--seed", type=int, default=None, help="random seed of the pages (default: 14)")
    e.add_argument("--json", type=Path, default=None, help="write the full report here")
    e.add_argument("--show-failures", type=int, default=0, metavar="N",
                   help="print up to N examples per layout and field of what was expected and what came out")
    e.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    e.add_argument("--dump", type=Path, default=None,
                   help="write every page, its truth and what the pipeline made of it into this folder")
    e.add_argument("--check", action="store_true", help="exit 1 when a share is below its floor (data/roundtrip_gate.yaml)")
    e.add_argument("--write-floors", action="store_true", help="raise the floors to the shares measured (never lowers)")
    args = parser.parse_args(argv)

    if args.command == "build":
        from .site.build import build, print_report
        from .site.fingerprint import release_date
        from .site.url import site_url

        t0 = time.perf_counter()
        report = build(args.seeds, args.docs, keep_going=args.keep_going, jobs=args.jobs,
                       cache_dir=None if args.no_cache else Path(".cache"), site_url=site_url(),
                       accessed=release_date())
        print_report(report, keep_going=args.keep_going)
        if report.errors and not args.keep_going or not report.articles:
            why = f": {len(report.errors)} bad seed file(s)" if report.cause == "seeds" and report.errors else ""
            print(f"build failed{why}; docs/ left unchanged", file=sys.stderr)
            return 1
        if report.errors:
            print(f"skipped {len(report.errors)} bad seed file(s) (--keep-going)", file=sys.stderr)
        print(f"built {report.articles} articles, {report.facts} facts from {report.seeds} seeds "
              f"({report.cached} cached) in {time.perf_counter() - t0:.1f}s")
        return 0
    if args.command == "check":
        from .check import run_checks

        return run_checks(args.docs, args.site, publishing=args.publishing)
    if args.command == "bench":
        from .bench import run_bench

        return run_bench([int(x) for x in args.sizes.split(",") if x], args.runs, args.out,
                         mkdocs_max=args.mkdocs_max, zensical=args.zensical, jobs=args.jobs,
                         work_dir=args.keep, keep=args.keep is not None, pages=args.pages, site_max=args.site_max,
                         serve_edits=args.serve_edits, browser_min=args.browser_min,
                         browser_scale=args.browser_scale)
    if args.command == "eval":
        from .roundtrip import evaluate

        if args.n is not None and args.n < 1:
            print("error: --n must be at least 1", file=sys.stderr)
            return 2
        return evaluate.main([x.strip() for x in args.layouts.split(",") if x.strip()] or None,
                             args.n or evaluate.DEFAULT_N, evaluate.DEFAULT_SEED if args.seed is None else args.seed,
                             args.jobs, args.json, args.show_failures, args.dump, args.check, args.write_floors)
    return 2
