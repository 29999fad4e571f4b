"""Time to build and to render the triage page of a large batch run.

Generates a `detector score` output (synthetic rows, written by the detector's own writer: see
``tests/scored_data.py``), then measures:

(a) ``build_report``: reading the output (columnar), counting, and writing the HTML;
(b) the page in headless Chromium (driven through chromedriver, see ``tests/webdriver.py``),
    when it is installed: from navigation start to the load event, by the page's own Navigation
    Timing (the inline script has drawn the table by then), then the wall time of a click that
    re-sorts the table and of typing a filter word, WebDriver round trips included.

Usage::

    python benchmarks/bench_report.py --rows 100000
    python benchmarks/bench_report.py --rows 10000 --screenshot docs/report.png

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detector.runs.report import ReportOptions, build_report  # noqa: E402
from tests.scored_data import write_scored  # noqa: E402
from tests.webdriver import Browser, available  # noqa: E402


def main() -> None:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--format", default="parquet", choices=["parquet", "csv", "jsonl"])
    parser.add_argument("--screenshot", type=Path, default=None,
                        help="Also save a screenshot of the page here (PNG, 1400x1000).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        work = Path(tmp)
        scored = work / f"scored.{args.format}"
        write_scored(scored, args.rows)
        out = work / "report.html"
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            triage = build_report([scored], out, ReportOptions())
            times.append(time.perf_counter() - start)
        print(f"scored output: {args.rows:,} rows, {scored.stat().st_size / 1e6:.1f} MB "
              f"{args.format}; table: {len(triage.rows):,} of {triage.table_total:,} "
              f"flagged/suspicious rows")
        print(f"(a) build_report: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}) of {args.repeat}; page {out.stat().st_size / 1e6:.1f} MB")
        why_not = available()
        if why_not:
            print(f"(b) skipped: {why_not}")
            return
        loads, sorts, filters = [], [], []
        with Browser() as browser:
            for _ in range(args.repeat):
                browser.open(out.as_uri())
                loads.append(browser.run(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd;") / 1e3)
                if not str(browser.run("return document.getElementById('status').textContent;")
                           ).startswith("rows 1–100 of"):
                    raise SystemExit("the page's table was not drawn: its script did not run")
                start = time.perf_counter()
                browser.click('#rows th[data-col="4"]')
                sorts.append(time.perf_counter() - start)
                start = time.perf_counter()
                browser.type("#filter", "crypto")
                filters.append((time.perf_counter() - start) / len("crypto"))
            if args.screenshot:
                browser.open(out.as_uri())
                browser.screenshot(args.screenshot)
                print(f"screenshot: {args.screenshot}")
        print(f"(b) headless Chromium: page loaded and table drawn in median "
              f"{statistics.median(loads):.2f} s (max {max(loads):.2f}); sort by reasons "
              f"{statistics.median(sorts):.2f} s; filter per key typed "
              f"{statistics.median(filters):.2f} s")

if __name__ == "__main__":
    main()
