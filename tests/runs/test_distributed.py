"""The Dask engine: partitioned input, one part file per partition, same rows as the local one."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detector.errors import InputError
from detector.input.io import Source
from detector.runs.batch import ScoreOptions, score_files
from detector.runs.distributed import plan_partitions, score_on_dask
from detector.runs.engines import score_with_engine

from ..conftest import FIXTURES as PAGE_FIXTURES
from ..input.test_io import BATCH
from .test_batch import AS_OF, hostile_export, rows_of


def test_each_export_is_a_partition_and_pages_are_grouped() -> None:
    sources = [Source(f"p{i}.html", "page", 1) for i in range(5)]
    sources.insert(2, Source("a.csv", "csv", 1))
    parts = plan_partitions(sources, pages_per_partition=2)
    assert [[s.path for s in p.sources] for p in parts] == [
        ["p0.html", "p1.html"], ["a.csv"], ["p2.html", "p3.html"], ["p4.html"]]
    assert [p.file_name("parquet") for p in parts[:2]] == ["part-00000.parquet",
                                                           "part-00001.parquet"]


def test_dask_engine_matches_the_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    hostile, _ = hostile_export(tmp_path)
    parquet = tmp_path / "export.parquet"
    pq.write_table(pa.table({"id": ["q1", "q2"],
                             "html": ["<p>FREE iPhone 15 giveaway! Claim now</p>", None]}),
                   parquet)
    inputs = [BATCH / "export.csv", hostile, parquet, PAGE_FIXTURES, BATCH / "export.jsonl"]
    options = ScoreOptions(as_of=AS_OF, reasons="all", chunk_rows=3)
    local = tmp_path / "local.parquet"
    s_local = score_files(inputs, local, options=options, workers=1)
    out = tmp_path / "parts"
    s_dask = score_on_dask(inputs, out, options=options, workers=2, processes=False)
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == [f"part-{i:05d}.parquet" for i in range(5)]
    assert pq.read_table(parts[0]).num_rows == 3
    dask_rows = [row for part in parts for row in rows_of(part)]
    assert dask_rows == rows_of(local)
    assert (s_dask.rows, s_dask.scored, s_dask.flagged, s_dask.failed) == (
        s_local.rows, s_local.scored, s_local.flagged, s_local.failed)
    assert s_dask.engine == "dask" and s_dask.workers == 2


def test_output_folder_must_be_new_or_empty(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("x")
    with pytest.raises(InputError, match="not an empty folder"):
        score_on_dask([BATCH / "export.csv"], tmp_path, options=ScoreOptions(as_of=AS_OF))


def test_missing_dask_extra_names_the_install(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(InputError, match=r"pip install 'giveaway-scam-detector\[dask\]'"):
        score_with_engine([BATCH / "export.csv"], tmp_path / "out", engine="dask")


def test_cli_dask_engine_with_worker_processes(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from detector.app.cli import EXIT_OK

    from .test_batch import run_cli

    out, local = tmp_path / "parts", tmp_path / "local.csv"
    args = [str(BATCH / "export.jsonl"), str(BATCH / "pages"), "--as-of", "2024-05-01",
            "--quiet", "--format", "csv"]
    assert run_cli(["score", *args, "-o", str(out), "--engine", "dask", "--workers", "1"]) \
        == EXIT_OK
    assert run_cli(["score", *args, "-o", str(local), "--workers", "1"]) == EXIT_OK
    assert [r for p in sorted(out.iterdir()) for r in rows_of(p)] == rows_of(local)
