"""`pip install .` without extras runs the main jobs: no extra's package is needed on their path.

CI installs ``.[dev]`` (every extra), so this test hides the extras' packages from a fresh
interpreter, as a light install would lack them, and runs the commands there.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Top-level packages that only the extras bring (dask, warc, report, notebook, dev).
EXTRAS_ONLY = ("dask", "distributed", "warcio", "matplotlib", "nbclient", "nbformat",
               "ipykernel", "jupyter_client", "pytest", "ruff", "mypy")

_RUN = """
import importlib.abc, sys

class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {hidden!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}} (hidden: light install)")
        return None

sys.meta_path.insert(0, Hide())
from detector.app.cli import main
import detector.learning.training, detector.learning.evaluation  # noqa
import detector.runs.report, detector.app.lists  # noqa
try:
    main(sys.argv[1:])
except SystemExit as exc:
    raise SystemExit(exc.code)
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    code = textwrap.dedent(_RUN.format(hidden=EXTRAS_ONLY))
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def test_hiding_works() -> None:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(_RUN.format(
        hidden=EXTRAS_ONLY)).replace("from detector.app.cli import main", "import warcio")],
        capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "hidden: light install" in done.stderr


def test_check_score_and_report_need_no_extra(tmp_path: Path) -> None:
    checked = run("check", "examples/scam_like_share_post.html")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(("VERY LIKELY SCAM", "LIKELY SCAM"))
    scored = tmp_path / "scored.parquet"
    done = run("score", "tests/fixtures/batch/export.csv", "-o", str(scored), "--workers", "1")
    assert done.returncode == 0, done.stderr
    page = tmp_path / "report.html"
    done = run("report", str(scored), "-o", str(page))
    assert done.returncode == 0, done.stderr
    assert "3 rows: 1 flagged" in done.stderr and page.stat().st_size > 1_000
