"""The code stays ruff- and mypy-clean (skipped where the tools are not installed)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "cmd",
    [
        [sys.executable, "-m", "ruff", "check", "detector", "tests", "benchmarks", "data"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff", "mypy"],
)
def test_static_checks(cmd: list[str]) -> None:
    tool = cmd[2]
    if shutil.which(tool) is None and subprocess.run(
        [sys.executable, "-m", tool, "--version"], capture_output=True, check=False
    ).returncode:
        pytest.skip(f"{tool} is not installed (pip install -e '.[dev]')")
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300,
                         check=False)
    assert res.returncode == 0, res.stdout + res.stderr
