"""Time to build and to render the triage page of a large batch run.

Generates a `detector score` output (synthetic rows, written by the detector's own writer: see
``tests/scored_data.py``), then measures:

(a) ``build_report``: reading the output (columnar), counting, and writing the HTML;
(b) the page in headless Chromium, when it is installed: the time from start to a loaded page
    whose script has drawn the table (``chromium --headless --dump-dom``), minus the same for an
    empty page, so what is left is the page's own parse + script time.

Usage::

    python benchmarks/bench_report.py --rows 100000
    python benchmarks/bench_report.py --rows 10000 --screenshot docs/report.png

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detector.report import ReportOptions, build_report  # noqa: E402
from tests.scored_data import write_scored  # noqa: E402
from tests.webdriver import CHROMIUM, CHROMIUM_ARGS, available  # noqa: E402


def chromium(url: str, profile: Path, *extra: str) -> tuple[float, str]:
    """Seconds for headless Chromium to load ``url`` and run its scripts, and the DOM."""
    start = time.perf_counter()
    done = subprocess.run([CHROMIUM, *CHROMIUM_ARGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, text=True, timeout=300, check=True)
    return time.perf_counter() - start, done.stdout


def main() -> None:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--format", default="parquet", choices=["parquet", "csv", "jsonl"])
    parser.add_argument("--screenshot", type=Path, default=None,
                        help="Also save a screenshot of the page here (PNG).")
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
        empty = work / "empty.html"
        empty.write_text("<!DOCTYPE html><title>empty</title>")
        base, page = [], []
        for _ in range(args.repeat):
            base.append(chromium(empty.as_uri(), work / "p0", "--dump-dom")[0])
            seconds, dom = chromium(out.as_uri(), work / "p1", "--dump-dom")
            if "rows 1–100 of" not in dom:
                raise SystemExit("the page's table was not drawn: its script did not run")
            page.append(seconds)
        print(f"(b) headless Chromium, load + script: median {statistics.median(page):.2f} s, "
              f"of which an empty page takes {statistics.median(base):.2f} s -> the page itself "
              f"{statistics.median(page) - statistics.median(base):.2f} s")
        if args.screenshot:
            chromium(out.as_uri(), work / "p2", f"--screenshot={args.screenshot.resolve()}",
                     "--hide-scrollbars")
            print(f"screenshot: {args.screenshot}")
        shutil.rmtree(work / "p0", ignore_errors=True)


if __name__ == "__main__":
    main()
