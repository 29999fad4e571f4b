"""`detector score --keep COL`: input columns copied into every output format under their own
names, and an unknown column refused before any row is scored."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from detector.app.cli import EXIT_ERROR, EXIT_OK, main
from detector.input.io import OUTPUT_COLUMNS

BATCH = Path(__file__).resolve().parents[1] / "fixtures" / "batch"
SOCIAL = BATCH / "social_pages.csv"
KEEP = ["Page Name", "User Name", "Post Created"]


def run(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return EXIT_OK


@pytest.mark.parametrize("name", ["out.csv", "out.jsonl", "out.parquet"])
def test_kept_columns_reach_every_output_format(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    args = ["score", str(SOCIAL), "-o", str(out), "--quiet", "--as-of", "2024-05-01",
            "--no-default-lists"]
    for column in KEEP:
        args += ["--keep", column]
    assert run(args) == EXIT_OK
    if name.endswith(".parquet"):
        rows = pq.read_table(out).to_pylist()
    elif name.endswith(".csv"):
        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    else:
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert list(rows[0]) == [*OUTPUT_COLUMNS, *KEEP]
    assert [(r["id"], r["Page Name"], r["User Name"]) for r in rows] == [
        ("100087", "Elon Musk Giveaway Official", "elon.giveaway.official"),
        ("100012", "Riverside Bakery", "riversidebakery")]
    assert rows[0]["Post Created"] == "2024-04-30 10:00:00 EDT"
    assert rows[0]["label"] == "scam" and rows[1]["label"] == "legit"


def test_a_failed_row_keeps_its_columns_too(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"ref": "a", "html": "<p>FREE gift, claim now</p>"}) + "\n"
                      + json.dumps({"ref": "b", "html": ""}) + "\n" + "{not json\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(["score", str(export), "-o", str(out), "--quiet", "--keep", "ref"]) == EXIT_OK
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["ref"], r["error"] is None) for r in rows] == [("a", True), ("b", False),
                                                               (None, False)]


def test_an_unknown_column_is_named_with_the_available_ones_before_scoring(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    assert run(["score", str(SOCIAL), "-o", str(out), "--keep", "Page Name",
                "--keep", "Likes"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "--keep 'Likes':" in err and "has no such column" in err
    assert "'Page Name', 'User Name', 'Facebook Id', 'Page Created'" in err
    assert "rows in" not in err, "nothing was scored"
    assert not out.exists() and not list(tmp_path.iterdir())
    # A saved page has no columns to keep; the dask engine writes none.
    assert run(["score", str(BATCH / "pages"), "-o", str(out), "--keep", "x"]) == EXIT_ERROR
    assert "has no columns to keep" in capsys.readouterr().err
    assert run(["score", str(SOCIAL), "-o", str(tmp_path / "parts"), "--engine", "dask",
                "--keep", "Page Name"]) == EXIT_ERROR
    assert "local engine only" in capsys.readouterr().err
