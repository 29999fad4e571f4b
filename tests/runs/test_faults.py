"""Batch runs under faults: a worker process that dies costs only its chunk's rows; a run
stopped by SIGTERM or Ctrl-C leaves no output that looks complete and ``--resume`` finishes it
with every row once, in order, with the scores an uninterrupted run gives (issue #13, build
item 3)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from detector.errors import InputError
from detector.input.io import Record
from detector.runs.batch import ChunkScorer, ScoreOptions, score_files
from detector.runs.pool import score_in_worker
from detector.runs.resume import RunInterrupted, state_path

from .test_batch import BATCH, rows_of

ROOT = Path(__file__).resolve().parents[2]
AS_OF = datetime(2024, 5, 1, tzinfo=timezone.utc)
#: The row whose chunk kills its worker in these tests.
DOOMED = "doomed"


def crash_on_doomed(records: list[Record]) -> list[Any]:
    """Test-only chunk work: the worker scoring the doomed row is killed (SIGKILL, as the
    out-of-memory killer does); every other chunk is scored as usual."""
    if any(rec.id == DOOMED for rec in records):
        os.kill(os.getpid(), signal.SIGKILL)
    return score_in_worker(records)


def export(folder: Path, n: int, doomed: int | None = None, name: str = "pages.jsonl",
           pad: int = 0) -> Path:
    """A JSONL export of ``n`` rows (scam and legit pages in turn); row ``doomed`` (1-based)
    gets the id that kills its worker. ``pad`` bytes of comment per page make the chunks
    (at most 4 MB of pages each) hold fewer rows."""
    padding = f"<!-- {'.' * pad} -->" if pad else ""
    scam = (BATCH / "pages" / "saved_giveaway.html").read_text() + padding
    legit = (BATCH / "pages" / "bakery_news.html").read_text() + padding
    lines = []
    for i in range(1, n + 1):
        rid = DOOMED if i == doomed else f"r{i}"
        lines.append(json.dumps({"id": rid, "url": f"https://site{i}.example/",
                                 "html": scam if i % 3 == 0 else legit}))
    path = folder / name
    path.write_text("\n".join(lines) + "\n")
    return path


# -- a worker that dies --------------------------------------------------------------------

def test_a_killed_worker_costs_only_its_chunk_and_the_run_goes_on(tmp_path: Path) -> None:
    src = export(tmp_path, 40, doomed=18)  # chunk 5 of 10: rows 17-20
    options = ScoreOptions(as_of=AS_OF, chunk_rows=4)
    crashed, clean = tmp_path / "crashed.jsonl", tmp_path / "clean.jsonl"
    summary = score_files([src], crashed, options=options, workers=2, work=crash_on_doomed)
    score_files([src], clean, options=options, workers=1)
    got, want = rows_of(crashed), rows_of(clean)
    assert [r["row"] for r in got] == list(range(1, 41))  # rows out = rows in, in order
    assert summary.rows == 40 and summary.failed == 4
    for g, w in zip(got, want, strict=True):
        if 17 <= g["row"] <= 20:
            assert g["score"] is None
            assert "worker process died (signal 9, SIGKILL" in g["error"]
            assert "rows 17-20" in g["error"] and "--workers 1" in g["error"]
        else:  # every other chunk, queued or in flight when the worker died, is scored
            assert g == w


def test_a_worker_dying_in_the_first_chunk_is_survived_too(tmp_path: Path) -> None:
    src = export(tmp_path, 12, doomed=2)
    options = ScoreOptions(as_of=AS_OF, chunk_rows=3)
    out = tmp_path / "out.csv"
    summary = score_files([src], out, options=options, workers=2, work=crash_on_doomed)
    rows = rows_of(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 13))
    assert [bool(r["error"]) for r in rows] == [True] * 3 + [False] * 9
    assert summary.failed == 3 and summary.scored == 9


# -- interrupted and resumed runs ----------------------------------------------------------

def _score_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "detector", "score", str(src), "-o", str(out),
            "--as-of", "2024-05-01", "--quiet", *extra]


def _partials(folder: Path) -> list[Path]:
    return sorted(folder.glob(".partial-*"))


def _wait_for_rows(folder: Path, proc: subprocess.Popen[bytes], lines: int) -> None:
    deadline = time.monotonic() + 300  # a safety net for a stuck run, not a timing claim
    while time.monotonic() < deadline:
        parts = _partials(folder)
        if parts and parts[0].read_bytes().count(b"\n") > lines:
            return
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it was interrupted: {proc.stderr!r}")
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the run wrote no rows")


@pytest.mark.parametrize(("name", "workers", "how", "group"), [
    ("out.jsonl", "2", signal.SIGTERM, False),
    # To the whole process group, as a service manager may send it: the workers die too, and
    # their chunks must not be written as failed rows.
    ("out.jsonl", "2", signal.SIGTERM, True),
    ("out.csv", "1", signal.SIGINT, False),
])
def test_sigterm_or_ctrl_c_then_resume_gives_the_uninterrupted_output(
        tmp_path: Path, name: str, workers: str, how: int, group: bool) -> None:
    src = export(tmp_path, 600, pad=100_000)  # 15 chunks of 40 rows
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    clean = tmp_path / "clean" / name
    subprocess.run(_score_cmd(src, clean, "--workers", "1"), check=True, env=env)

    out_dir = tmp_path / "run"
    out_dir.mkdir()
    out = out_dir / name
    proc = subprocess.Popen(_score_cmd(src, out, "--workers", workers), env=env,
                            stderr=subprocess.PIPE, start_new_session=group)
    _wait_for_rows(out_dir, proc, 20)
    if group:
        os.killpg(proc.pid, how)
    else:
        proc.send_signal(how)
    _, err = proc.communicate(timeout=300)
    message = err.decode()
    assert proc.returncode == 1, message
    assert "interrupted after" in message and "--resume" in message
    assert not out.exists()  # nothing that looks complete
    assert state_path(out).is_file() and len(_partials(out_dir)) == 1
    written = int(message.split("interrupted after ")[1].split()[0].replace(",", ""))
    assert 0 < written < 600

    resumed = subprocess.run(_score_cmd(src, out, "--workers", workers, "--resume"), env=env,
                             capture_output=True)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert out.read_bytes() == clean.read_bytes()  # same rows, order and scores
    assert not state_path(out).exists() and not _partials(out_dir)


def test_interrupted_in_process_run_keeps_whole_rows_and_resumes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = export(tmp_path, 30)
    options = ScoreOptions(as_of=AS_OF, chunk_rows=5)
    out = tmp_path / "out.parquet"
    chunks = []
    original = ChunkScorer.score

    def score_then_sigterm(self: ChunkScorer, records: list[Record]) -> list[Any]:
        rows = original(self, records)
        chunks.append(len(records))
        if len(chunks) == 2:  # SIGTERM to this process, after its second chunk
            os.kill(os.getpid(), signal.SIGTERM)
        return rows

    monkeypatch.setattr(ChunkScorer, "score", score_then_sigterm)
    with pytest.raises(RunInterrupted, match=r"interrupted after 10 of ~\d+ rows"):
        score_files([src], out, options=options, workers=1)
    monkeypatch.undo()
    assert not out.exists() and state_path(out).is_file()
    summary = score_files([src], out, options=options, workers=1, resume=True)
    clean = tmp_path / "clean.parquet"
    score_files([src], clean, options=options, workers=1)
    assert rows_of(out) == rows_of(clean)
    assert (summary.rows, summary.failed) == (30, 0)


def test_resume_refuses_other_inputs_and_a_run_with_nothing_to_resume(tmp_path: Path) -> None:
    src = export(tmp_path, 5)
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="no interrupted run to resume"):
        score_files([src], out, options=ScoreOptions(as_of=AS_OF), resume=True)
    state_path(out).write_text(json.dumps({
        "partial": ".partial-x-out.jsonl", "rows": 2, "size": 10, "fmt": "jsonl",
        "model_id": "m", "as_of": AS_OF.isoformat(), "fingerprint": "0" * 64}))
    with pytest.raises(InputError, match="other inputs or options"):
        score_files([src], out, options=ScoreOptions(as_of=AS_OF), resume=True)
