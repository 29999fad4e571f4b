"""Parse budget (issue #13, finding 4): what the three stalling page shapes cost before and
after the budget, how the estimate's constants are calibrated, and what the pre-scan costs on
real pages.

* before: the full parse (``Page.views``) of each shape at the issue's sizes, in a child
  process stopped after ``--limit`` seconds (shown as ">LIMIT s");
* after: ``build_page`` refusing the same page, with the cause it names;
* calibration: real parse time against the estimate at sizes that parse in about a second
  (the ``NS_PER_*`` constants of ``detector/pages/budget.py`` come from this table);
* real pages: the pre-scan's time against the parse's, over the fixture pages and the
  corpus (``DETECTOR_CORPUS`` or ../shared/corpus) when present.

    python benchmarks/bench_budget.py --limit 60
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nested(n: int) -> str:
    return "<html><body>" + "<div>" * n + "x" + "</div>" * n + "</body></html>"


def attributes(n: int) -> str:
    return "<html><body><div " + " ".join(f"a{i}=1" for i in range(n)) + ">x</div>"


def options(n: int) -> str:
    return "<html><body><select>" + "<option>o</option>" * n + "</select>"


SHAPES = {
    "100,000 nested divs": (nested, 100_000),
    "one tag, 100,000 attributes": (attributes, 100_000),
    "50,000 options": (options, 50_000),
}
CALIBRATION = {"nested divs": (nested, 20_000), "attributes": (attributes, 20_000),
               "options": (options, 10_000)}


def _parse(html: str) -> None:
    from detector.pages.page import Page

    _ = Page(html).views


def full_parse_seconds(html: str, limit: float) -> float | None:
    """Seconds the full parse takes in a child process; None when stopped at ``limit``."""
    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=_parse, args=(html,))
    started = time.perf_counter()
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=60.0,
                        help="Stop a full parse after this many seconds.")
    parser.add_argument("--skip-before", action="store_true",
                        help="Do not run the full parses of the issue's shapes.")
    args = parser.parse_args()

    from detector.input.io import Record
    from detector.input.pagebuild import build_page
    from detector.pages.budget import PageBudgetError, check_budget, parse_cost
    from detector.pages.page import Page

    print("shape                           size      before (full parse)   after (refused)")
    for name, (make, n) in SHAPES.items():
        html = make(n)
        before = "skipped"
        if not args.skip_before:
            took = full_parse_seconds(html, args.limit)
            before = f">{args.limit:g} s (stopped)" if took is None else f"{took:.1f} s"
        started = time.perf_counter()
        try:
            build_page(Record("x.html", None, html=html))
            after = "NOT refused"
        except PageBudgetError as exc:
            cause = str(exc).split("(")[1].split(")")[0]
            after = f"{time.perf_counter() - started:.2f} s: {cause}"
        print(f"{name:30s} {len(html) / 1e3:6.0f} KB  {before:20s}  {after}")

    print("\ncalibration (parse alone, one run each; the estimate uses detector/pages/budget.py)")
    for name, (make, n) in CALIBRATION.items():
        html = make(n)
        started = time.perf_counter()
        _parse(html)
        took = time.perf_counter() - started
        est = parse_cost(html).seconds
        print(f"{name:14s} n={n:>7,}  parse {took:6.2f} s  estimate {est:6.2f} s  "
              f"ratio {took / est:4.2f}")

    corpus = Path(os.environ.get("DETECTOR_CORPUS", ROOT.parent / "shared" / "corpus"))
    pages = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))
    pages += sorted((corpus / "pages").glob("*.html"))
    scans, parses, worst = [], [], 0.0
    for path in pages:
        html = path.read_text("utf-8", "replace")
        started = time.perf_counter()
        check_budget(html, 5.0)  # what build_page runs: the size bound, else the walk
        scans.append(time.perf_counter() - started)
        cost = parse_cost(html)
        started = time.perf_counter()
        _ = Page(html).views
        parses.append(time.perf_counter() - started)
        worst = max(worst, cost.seconds)
    if pages:
        print(f"\n{len(pages)} real pages: pre-scan median {statistics.median(scans) * 1e3:.2f} ms"
              f" (max {max(scans) * 1e3:.1f} ms), parse median "
              f"{statistics.median(parses) * 1e3:.2f} ms (max {max(parses) * 1e3:.1f} ms); "
              f"pre-scan total {sum(scans) / sum(parses):.0%} of parse total; highest "
              f"estimate {worst * 1e3:.2f} ms against a 5 s budget")


if __name__ == "__main__":
    main()
