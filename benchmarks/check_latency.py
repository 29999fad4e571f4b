"""Wall time of `detector check` on a saved page and on a URL served from 127.0.0.1.

Prints the median of several runs for: interpreter + CLI start-up alone (`--version`), a saved
page, a local URL (page + privacy policy fetched, WHOIS off: an IP host is never looked up) and
16 local URLs at once (pages parse in worker threads while the others are fetched).
The difference between `--version` and a check is the cost of loading the model and scoring.

    python benchmarks/check_latency.py --runs 7
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "tests" / "fixtures" / "pages" / "scam_survey_funnel.html").read_bytes()
POLICY = b"<html><body><p>We may sell your personal information to partners.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = POLICY if self.path.startswith("/privacy") else PAGE.replace(
            b"</body>", b'<a href="/privacy">Privacy</a></body>')
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _median_wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/free-gift"
    page = ROOT / "tests" / "fixtures" / "pages" / "scam_survey_funnel.html"
    cli = [sys.executable, "-m", "detector"]
    rows = [
        ("python -c pass (interpreter only)", [sys.executable, "-c", "pass"]),
        ("detector --version (start-up)", [*cli, "--version"]),
        ("detector check PAGE.html", [*cli, "check", str(page)]),
        ("detector check URL (127.0.0.1)", [*cli, "check", url, "--allow-private", "--no-whois"]),
        ("detector check 16 URLs, --concurrency 16",
         [*cli, "check", *(f"{url}?n={n}" for n in range(16)), "--allow-private", "--no-whois",
          "--concurrency", "16"]),
    ]
    print(f"median wall time of {args.runs} runs")
    for name, cmd in rows:
        print(f"  {name:<40} {_median_wall(cmd, args.runs) * 1000:7.0f} ms")
    server.shutdown()


if __name__ == "__main__":
    main()
