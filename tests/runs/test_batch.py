"""Batch scoring: one output row per input row, in order, errors named, same scores however run."""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detector import Page, score
from detector.app.cli import EXIT_ERROR, EXIT_FLAGGED, EXIT_OK, EXIT_USAGE, main
from detector.config import Settings
from detector.errors import InputError
from detector.input.io import OUTPUT_COLUMNS, Record, RecordStream, list_sources
from detector.input.records import as_columns, mapping_from_pairs
from detector.runs.batch import (
    BatchSummary,
    ChunkScorer,
    ScoreOptions,
    score_files,
)

from ..conftest import FIXTURES as PAGE_FIXTURES
from ..input.test_io import BATCH, write_warc

AS_OF = datetime(2024, 5, 1, tzinfo=timezone.utc)
OPTIONS = ScoreOptions(as_of=AS_OF)


def rows_of(path: Path) -> list[dict[str, Any]]:
    """Output rows as dicts, whatever the format (CSV cells as text)."""
    name = path.name
    if name.endswith(".parquet"):
        return pq.read_table(path).to_pylist()
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    text = raw.decode("utf-8")
    if ".csv" in name:
        return list(csv.DictReader(io.StringIO(text)))
    return [json.loads(line) for line in text.splitlines()]


def run_cli(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return EXIT_OK


def hostile_export(folder: Path) -> tuple[Path, int]:
    """A JSONL export with every kind of bad row; returns its path and its number of rows."""
    legit = (BATCH / "pages" / "bakery_news.html").read_text()
    scam = (BATCH / "pages" / "saved_giveaway.html").read_text()
    lines = [
        json.dumps({"id": "a", "url": "https://riverside-bakery.co.uk/", "html": legit}),
        "{this is not json",
        json.dumps({"id": "c", "html": ""}),
        # Binary junk, the same every run (random junk made the flagged count flaky).
        json.dumps({"id": "d", "html": random.Random(7).randbytes(3000).decode("latin-1")}),
        json.dumps({"id": "e", "html": "<p>" + "free gift " * 2_100_000 + "</p>"}),  # 21 MB
        json.dumps({"id": "a", "url": "https://free-robux-claim.weebly.com/", "html": scam}),
        json.dumps({"id": "g", "html": "<p>ok</p>", "page_created": "not a date"}),
        json.dumps({"id": "h", "html_path": "no/such/page.html"}),
    ]
    raw = ("\n".join(lines) + "\n").encode() + b"\xff\xfe not utf-8 at all\n"
    path = folder / "hostile.jsonl"
    path.write_bytes(raw)
    return path, len(lines) + 1


# -- the scorer ------------------------------------------------------------------------------

def test_batch_scores_equal_single_page_scores(default_model: Any) -> None:
    pages = sorted(PAGE_FIXTURES.glob("*.html"))
    records = [Record(str(p), None, html_path=str(p)) for p in pages]
    rows = ChunkScorer(default_model, ScoreOptions(as_of=AS_OF, reasons="all")).score(records)
    assert len(rows) == len(pages)
    for page_path, row in zip(pages, rows, strict=True):
        verdict = score(Page(page_path.read_bytes(), as_of=AS_OF), default_model)
        got = dict(zip(OUTPUT_COLUMNS, row, strict=True))
        assert got["score"] == pytest.approx(verdict.probability, abs=1e-9)
        assert got["label"] == verdict.label and got["band"] == verdict.band
        assert got["reasons"] == "; ".join(r.text for r in verdict.reasons)
        assert json.loads(got["reasons_json"]) == [r.as_dict() for r in verdict.reasons]
        assert got["error"] is None and got["model_id"] == default_model.model_id


@pytest.mark.parametrize("mode", ["all", "flagged", "none"])
def test_reasons_modes(default_model: Any, mode: str) -> None:
    records = [Record(str(p), None, html_path=str(p)) for p in sorted(PAGE_FIXTURES.glob("*"))]
    rows = [dict(zip(OUTPUT_COLUMNS, r, strict=True)) for r in ChunkScorer(
        default_model, ScoreOptions(as_of=AS_OF, reasons=mode)).score(records)]  # type: ignore[arg-type]
    explained = [r for r in rows if r["reasons_json"] != "[]"]
    if mode == "none":
        assert not explained and all(r["reasons"] == "" for r in rows)
    elif mode == "flagged":
        assert explained and all(r["band"] != "probably fine" for r in explained)
        assert all(r["reasons"] for r in rows if r["label"] == "scam")
    else:
        assert any(r["band"] == "probably fine" for r in explained)


# -- each input and output format --------------------------------------------------------------

@pytest.mark.parametrize("out_name", ["out.csv", "out.jsonl", "out.parquet", "out.jsonl.gz"])
def test_every_input_kind_into_every_output_format(tmp_path: Path, out_name: str) -> None:
    parquet = tmp_path / "export.parquet"
    pq.write_table(pa.table({"id": ["q1"], "html": [b"<p>FREE iPhone giveaway, claim now</p>"]}),
                   parquet)
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("response", "https://w.example/", "text/html", b"<p>hello</p>")])
    inputs = [BATCH / "export.csv", BATCH / "export.jsonl", parquet, warc, BATCH / "pages"]
    out = tmp_path / out_name
    summary = score_files(inputs, out, options=OPTIONS, workers=1)
    rows = rows_of(out)
    assert [str(r["id"]) for r in rows[:6]] == ["p1", "p2", "p3", "j1", "j2", "q1"]
    assert rows[6]["url"] == "https://w.example/" and str(rows[6]["id"]).startswith("<urn:uuid")
    assert [Path(r["source"]).name for r in rows[7:]] == ["bakery_news.html",
                                                          "saved_giveaway.html"]
    assert rows[8]["url"] == "https://free-robux-claim.weebly.com/claim-now"
    assert list(rows[0]) == list(OUTPUT_COLUMNS)
    assert summary.rows == len(rows) == 9 and summary.failed == 1
    assert summary.scored + summary.failed == summary.rows
    assert [r["label"] for r in rows if r["id"] in ("p1", "j1")] == ["scam", "scam"]
    assert [r["label"] for r in rows if r["id"] in ("p2", "j2")] == ["legit", "legit"]
    assert "row 3: no HTML" in str(rows[2]["error"])
    assert not list(tmp_path.glob(".partial-*"))


def test_column_option_maps_a_renamed_export(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    code = run_cli(["score", str(BATCH / "renamed.csv"), "-o", str(out), "--quiet",
                    "--column", "html=page_source", "--column", "id=ref",
                    "--column", "url=address"])
    assert code == EXIT_OK
    rows = rows_of(out)
    assert [(r["id"], r["url"], r["label"]) for r in rows] == [
        ("r1", "https://free-robux-claim.weebly.com/", "scam"),
        ("r2", "https://riverside-bakery.co.uk/", "legit")]


def test_social_page_export_with_page_created(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    code = run_cli(["score", str(BATCH / "social_pages.csv"), "-o", str(out),
                    "--column", "id=Facebook Id", "--as-of", "2024-05-01"])
    assert code == EXIT_OK
    rows = rows_of(out)
    assert [(r["id"], r["label"]) for r in rows] == [("100087", "scam"), ("100012", "legit")]
    assert rows[0]["error"] is None and "crypto" in rows[0]["reasons"]
    assert "2 rows" in capsys.readouterr().err


def test_folder_of_pages_keeps_paths(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    score_files([PAGE_FIXTURES], out, options=OPTIONS, workers=1)
    rows = rows_of(out)
    assert [Path(r["source"]).name for r in rows] == sorted(p.name for p in
                                                           PAGE_FIXTURES.glob("*.html"))
    assert all(r["error"] == "" and r["row"] == "" for r in rows)


def test_gzip_jsonl_input(tmp_path: Path) -> None:
    gz = tmp_path / "export.jsonl.gz"
    gz.write_bytes(gzip.compress((BATCH / "export.jsonl").read_bytes()))
    out = tmp_path / "out.parquet"
    score_files([gz], out, options=OPTIONS, workers=1)
    plain = tmp_path / "plain.parquet"
    score_files([BATCH / "export.jsonl"], plain, options=OPTIONS, workers=1)
    assert [r["score"] for r in rows_of(out)] == [r["score"] for r in rows_of(plain)]


def test_warc_input_keeps_uri_and_record_id(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    scam = (BATCH / "pages" / "saved_giveaway.html").read_bytes()
    write_warc(warc, [
        ("response", "https://free-robux-claim.weebly.com/", "text/html", scam),
        ("response", "https://x.example/img.png", "image/png", b"\x89PNG"),
        ("response", "https://riverside-bakery.co.uk/", "text/html; charset=utf-8",
         (BATCH / "pages" / "bakery_news.html").read_bytes()),
    ])
    out = tmp_path / "out.jsonl"
    score_files([warc], out, options=OPTIONS, workers=1)
    rows = rows_of(out)
    assert [(r["url"], r["label"], r["row"]) for r in rows] == [
        ("https://free-robux-claim.weebly.com/", "scam", 1),
        ("https://riverside-bakery.co.uk/", "legit", 3)]
    assert all(r["id"].startswith("<urn:uuid:") for r in rows)


# -- hostile input ---------------------------------------------------------------------------

def test_hostile_file_every_row_out_in_order_with_named_errors(tmp_path: Path) -> None:
    path, n = hostile_export(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = score_files([path], out, options=OPTIONS, workers=1)
    rows = rows_of(out)
    assert len(rows) == n == summary.rows
    assert [r["row"] for r in rows] == list(range(1, n + 1))
    assert [r["id"] for r in rows] == ["a", None, "c", "d", "e", "a", "g", "h", None]
    err = [r["error"] or "" for r in rows]
    assert err[0] == "" and rows[0]["label"] == "legit"
    assert "line 2 is not valid JSON" in err[1]
    assert "row 3: no HTML" in err[2]
    assert err[3] == "" and rows[3]["score"] is not None  # junk is scored, not a crash
    assert "row 5: page too large" in err[4] and "20,000,000-byte cap" in err[4]
    assert err[5] == "" and rows[5]["label"] == "scam"  # duplicate id: both rows kept
    assert "'not a date' is not a date" in err[6]
    assert "no/such/page.html" in err[7]
    assert "line 9 holds bytes that are not UTF-8" in err[8]
    assert summary.failed == 6 and summary.scored == 3 and summary.flagged == 1
    assert all(r["score"] is None for r in rows if r["error"])


def test_strict_makes_failed_rows_an_error_exit(tmp_path: Path) -> None:
    src = BATCH / "export.csv"  # row 3 has no HTML
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(src), "-o", str(out), "--quiet"]) == EXIT_OK
    assert run_cli(["score", str(src), "-o", str(out), "--quiet", "--strict",
                    "--force"]) == EXIT_ERROR
    assert run_cli(["score", str(BATCH / "export.jsonl"), "-o", str(out), "--quiet",
                    "--strict", "--force"]) == EXIT_OK
    assert run_cli(["score", str(BATCH / "export.jsonl"), "-o", str(out), "--quiet",
                    "--fail-on-scam", "--force"]) == EXIT_FLAGGED
    assert len(rows_of(out)) == 2


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = str(BATCH / "export.csv")
    assert run_cli(["score", src, "-o", "-", "--format", "parquet"]) == EXIT_USAGE
    assert run_cli(["score", src, "-o", "x.csv", "--column", "html"]) == EXIT_USAGE
    assert "FIELD=COLUMN" in capsys.readouterr().err
    assert run_cli(["score", str(tmp_path / "missing.csv"), "-o", "x.csv"]) == EXIT_USAGE
    assert run_cli(["score", src, "-o", "x.csv", "--scheduler", "tcp://h:8786"]) == EXIT_USAGE


def test_a_bad_mapping_fails_the_run_and_leaves_no_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    code = run_cli(["score", str(BATCH / "renamed.csv"), "-o", str(out), "--quiet"])
    assert code == EXIT_ERROR
    assert "--column html=NAME" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.iterdir())


def test_stdout_output_as_csv() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "detector", "score", str(BATCH / "export.jsonl"), "-o", "-",
         "--format", "csv", "--workers", "1"],
        capture_output=True, timeout=120, check=False)
    assert res.returncode == EXIT_OK, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout.decode())))
    assert [(r["id"], r["label"]) for r in rows] == [("j1", "scam"), ("j2", "legit")]
    assert b"2 rows" in res.stderr and b"1 flagged" in res.stderr


# -- parallel runs ---------------------------------------------------------------------------

def test_two_workers_give_the_same_rows_as_one(tmp_path: Path) -> None:
    path, _ = hostile_export(tmp_path)
    pages = list(PAGE_FIXTURES.glob("*.html"))
    options = ScoreOptions(as_of=AS_OF, chunk_rows=4, reasons="all")
    inputs = [path, PAGE_FIXTURES, BATCH / "export.csv"]
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    s1 = score_files(inputs, one, options=options, workers=1)
    s2 = score_files(inputs, two, options=options, workers=2)
    assert rows_of(one) == rows_of(two)
    assert s1.rows == s2.rows == 9 + len(pages) + 3
    assert (s1.scored, s1.flagged, s1.failed) == (s2.scored, s2.flagged, s2.failed)


def test_same_as_of_gives_identical_reruns(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    options = ScoreOptions(as_of=AS_OF, columns=as_columns({"id": "Facebook Id"}))
    score_files([BATCH / "social_pages.csv"], a, options=options, workers=1)
    score_files([BATCH / "social_pages.csv"], b, options=options, workers=1)
    assert a.read_bytes() == b.read_bytes()


def test_stream_progress_reaches_the_total() -> None:
    stream = RecordStream(list_sources([BATCH / "export.csv", BATCH / "pages"]))
    assert len(list(stream)) == 5
    assert stream.consumed_bytes() == stream.total_bytes > 0


def test_helpers() -> None:
    assert mapping_from_pairs(["html=page source", " id = ref "]) == {"html": "page source",
                                                                      "id": "ref"}
    with pytest.raises(InputError, match="FIELD=COLUMN"):
        mapping_from_pairs(["html"])
    total = BatchSummary(rows=2, scored=1, failed=1, error_examples=("x",)).merged(
        BatchSummary(rows=1, scored=1, flagged=1))
    assert (total.rows, total.scored, total.flagged, total.failed) == (3, 2, 1, 1)
    assert Settings().max_page_bytes == 20_000_000  # the hostile test's cap


def test_truncated_gzip_input_still_writes_its_rows(tmp_path: Path) -> None:
    # #13 finding 9: a cut .gz ended the run with "error: aborted" and no output at all.
    lines = [json.dumps({"id": str(i), "html": f"<p>page {i} " + "text " * 4000 + "</p>"})
             for i in range(5)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out.jsonl"
    assert run_cli(["score", str(src), "-o", str(out), "--quiet", "--workers", "1"]) == EXIT_OK
    rows = rows_of(out)
    assert rows and all(r["error"] is None for r in rows[:-1])
    assert "cut short" in rows[-1]["error"] and rows[-1]["score"] is None


def test_html_path_outside_the_export_needs_allow_any_path(tmp_path: Path) -> None:
    # #13 finding 10: any readable file was read, and its words could appear in reasons.
    folder = tmp_path / "export"
    folder.mkdir()
    (tmp_path / "outside.html").write_bytes((BATCH / "pages" / "saved_giveaway.html").read_bytes())
    (folder / "export.csv").write_text("id,html_path\nx,../outside.html\ny,/etc/passwd\n")
    out = tmp_path / "out.csv"
    assert run_cli(["score", str(folder / "export.csv"), "-o", str(out), "--quiet"]) == EXIT_OK
    rows = rows_of(out)
    assert all("outside the input's folder" in r["error"] for r in rows)
    assert all(r["reasons"] == "" for r in rows)
    again = tmp_path / "again.csv"
    assert run_cli(["score", str(folder / "export.csv"), "-o", str(again), "--quiet",
                    "--allow-any-path"]) == EXIT_OK
    rows = rows_of(again)
    assert rows[0]["error"] == "" and rows[0]["label"] == "scam"
    assert rows[1]["error"] == ""  # the analyst allowed it: a regular file is read and scored


# -- output safety (#13 finding 12) -----------------------------------------------------------

def test_output_equal_to_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    src.write_bytes((BATCH / "export.csv").read_bytes())
    before = src.read_bytes()
    for args in (["-o", str(src)], ["-o", str(src), "--force"],
                 ["-o", str(tmp_path / "." / "export.csv"), "--force"]):
        assert run_cli(["score", str(src), *args, "--quiet"]) == EXIT_ERROR
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_existing_output_needs_force(tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    out.write_text("an earlier run's results\n")
    assert run_cli(["score", str(BATCH / "export.jsonl"), "-o", str(out), "--quiet"]) \
        == EXIT_ERROR
    assert "--force" in capsys.readouterr().err
    assert out.read_text() == "an earlier run's results\n"
    assert run_cli(["score", str(BATCH / "export.jsonl"), "-o", str(out), "--quiet",
                    "--force"]) == EXIT_OK
    assert [r["id"] for r in rows_of(out)] == ["j1", "j2"]


def test_partial_file_is_created_fresh_not_through_a_planted_link(tmp_path: Path) -> None:
    import os

    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out.jsonl"
    # The old hidden file's name was guessable from the process id; plant links under it.
    for name in (f".partial-{os.getpid()}-out.jsonl", ".partial-out.jsonl"):
        (tmp_path / name).symlink_to(victim)
    score_files([BATCH / "export.jsonl"], out, options=OPTIONS, workers=1)
    assert victim.read_text() == "precious"
    assert not out.is_symlink() and [r["id"] for r in rows_of(out)] == ["j1", "j2"]
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # the usual permissions, not 0600


# -- layout ---------------------------------------------------------------------------------------

def _package_imports() -> dict[str, set[str]]:
    """Module -> the detector modules it imports anywhere in its code (also inside functions)."""
    import ast

    import detector

    root = Path(detector.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        package = name.rsplit(".", 1)[0] if "." in name and path.name != "__init__.py" else (
            name if path.name == "__init__.py" else "")
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
                found.update([target] if node.module else
                             [".".join([*base, a.name]) for a in node.names])
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("detector."):
                found.add(node.module.removeprefix("detector."))  # type: ignore[union-attr]
        graph[name] = {t for t in found if t}
    return graph


def test_engines_sit_above_batch_with_no_import_cycle() -> None:
    graph = _package_imports()
    assert not {"runs.distributed", "runs.engines"} & graph["runs.batch"]
    assert "runs.batch" in graph["runs.distributed"]
    assert {"runs.batch", "runs.distributed"} <= graph["runs.engines"]
    mine = ["input.io", "input.records", "input.archives", "runs.writers", "input.pagebuild",
            "runs.enrich", "input.datasets", "runs.batch", "runs.distributed", "runs.engines",
            "modelling.scoring", "app.check"]
    assert all(m in graph for m in mine)

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), list(graph.get(start, ()))
        while todo:
            mod = todo.pop()
            if mod == goal:
                return True
            if mod not in seen:
                seen.add(mod)
                todo.extend(graph.get(mod, ()))
        return False

    assert [m for m in mine if reaches(m, m)] == []


# -- network enrichment happens before scoring ----------------------------------------------------

def test_whois_is_looked_up_before_the_scorer_never_by_it(tmp_path: Path) -> None:
    from detector.net import WhoisSettings
    from detector.runs.enrich import WhoisEnricher
    from tests import servers

    text = "Domain Name: PRIZE-CLAIM.XYZ\nCreation Date: 2024-04-20T08:15:22Z\n"
    stamped = tmp_path / "saved.html"  # its URL is only in the saved-from stamp
    stamped.write_text("<!-- saved from url=(0026)https://prize-claim.xyz/a -->\n"
                       + (PAGE_FIXTURES / "scam_survey_funnel.html").read_text())
    records = [Record(str(stamped), None, html_path=str(stamped)),
               Record("x.csv", 2, url="https://www.prize-claim.xyz/b", html="<p>win</p>")]
    with servers.tcp_server(servers.whois_answers({"prize-claim.xyz": text})) as whois:
        settings = WhoisSettings(server="127.0.0.1", port=whois.port, rdap=False, timeout=3,
                                 cache_path=str(tmp_path / "whois.sqlite3"))
        from detector import load_model

        scorer = ChunkScorer(load_model(), ScoreOptions(as_of=AS_OF, whois=settings))
        plain = scorer.verdicts(records)
        assert whois.queries == [], "the scorer itself must not touch the network"
        enriched = WhoisEnricher(settings, rate=100.0)(records)
        assert whois.queries == ["prize-claim.xyz"]  # once for both hosts, stamp URL included
        outcomes = scorer.verdicts(enriched)
        assert whois.queries == ["prize-claim.xyz"]
    age = [o.verdict.features["age_domain_days"] for o in outcomes if o.verdict]
    assert age == [pytest.approx(10.656, abs=1e-3)] * 2  # created 2024-04-20 08:15, as of 05-01
    assert all(o.verdict and o.verdict.features["age_domain_days"]
               != o.verdict.features["age_domain_days"] for o in plain)  # NaN: not looked up
