"""Allowlist and blocklist in `detector check` and `detector score`: band "allowlisted
(FILE:LINE)" / "blocklisted (FILE:LINE)", flagged counts and exit codes that follow them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from detector.app.cli import EXIT_ERROR, EXIT_FLAGGED, EXIT_OK, main

from ..conftest import fixture_page

SCAM = fixture_page("scam_crypto_doubling")
LEGIT = fixture_page("legit_shop_free_shipping")


def run(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return EXIT_OK


@pytest.fixture()
def lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    # The user's own default lists must not leak into these tests.
    monkeypatch.setenv("DETECTOR_CONFIG_DIR", str(tmp_path / "no-config"))
    allow, block = tmp_path / "team-allow.txt", tmp_path / "team-block.txt"
    allow.write_text("# shops we checked\n\nelon-event.example\n", encoding="utf-8")
    block.write_text("riverside-bakery.example/promo\n", encoding="utf-8")
    return allow, block


def test_check_allowlisted_page_keeps_reasons_and_is_not_flagged(
        lists: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    allow, block = lists
    args = ["check", str(SCAM), "--url", "https://elon-event.example/claim", "--fail-on-scam"]
    assert run(args) == EXIT_FLAGGED  # the model alone flags it
    capsys.readouterr()
    assert run([*args, "--allowlist", str(allow), "--blocklist", str(block)]) == EXIT_OK
    out = capsys.readouterr().out
    head = out.splitlines()[0]
    assert head.startswith(f"ALLOWLISTED ({allow}:3)  scam probability"), head
    assert "  + " in out, "the reasons are still shown"
    assert f"warning: allowlisted ({allow}:3): the model alone says" in out
    assert run([*args, "--allowlist", str(allow), "--json"]) == EXIT_OK
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["band"] == f"allowlisted ({allow}:3)" and verdict["label"] == "legit"
    assert verdict["reasons"] and verdict["probability"] > verdict["threshold"]


def test_check_blocklisted_page_is_flagged(lists: tuple[Path, Path],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _, block = lists
    code = run(["check", str(LEGIT), "--url", "https://riverside-bakery.example/promo/x",
                "--blocklist", str(block), "--fail-on-scam", "--json"])
    assert code == EXIT_FLAGGED
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["band"] == f"blocklisted ({block}:1)" and verdict["label"] == "scam"
    # Without a URL nothing can match: the model decides.
    assert run(["check", str(LEGIT), "--blocklist", str(block), "--fail-on-scam"]) == EXIT_OK


def test_check_reads_the_default_lists_unless_told_not_to(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "allowlist.txt").write_text("elon-event.example\n", encoding="utf-8")
    monkeypatch.setenv("DETECTOR_CONFIG_DIR", str(conf))
    args = ["check", str(SCAM), "--url", "https://elon-event.example/", "--fail-on-scam",
            "--json"]
    assert run(args) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["band"] == f"allowlisted ({conf}/allowlist.txt:1)"
    assert run([*args, "--no-default-lists"]) == EXIT_FLAGGED


def test_a_bad_list_line_stops_before_scoring_naming_file_and_line(
        tmp_path: Path, lists: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("ok.example\ngithub.io\n", encoding="utf-8")
    assert run(["check", str(SCAM), "--allowlist", str(bad)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{bad}:2: 'github.io' is a public suffix" in err and "name.github.io" in err
    assert run(["score", str(SCAM), "-o", str(tmp_path / "o.csv"), "--allowlist",
                str(tmp_path / "missing.txt")]) == EXIT_ERROR
    assert "missing.txt' does not exist" in capsys.readouterr().err
    assert not (tmp_path / "o.csv").exists()


def test_score_bands_and_summary_follow_the_lists(
        tmp_path: Path, lists: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    allow, block = lists
    export = tmp_path / "export.csv"
    scam, legit = SCAM.read_text(encoding="utf-8"), LEGIT.read_text(encoding="utf-8")
    with export.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "url", "html"])
        w.writerow(["cleared", "https://elon-event.example/claim", scam])
        w.writerow(["blocked", "https://riverside-bakery.example/promo/spring", legit])
        # Same URL shape as the allowlisted row: URL signals are model features too.
        w.writerow(["unlisted-scam", "https://other-event.example/claim", scam])
        w.writerow(["unlisted-legit", "https://riverside-bakery.example/shop", legit])
        w.writerow(["no-url", "", scam])
    out = tmp_path / "scored.csv"
    code = run(["score", str(export), "-o", str(out), "--as-of", "2024-05-01", "--workers", "1",
                "--allowlist", str(allow), "--blocklist", str(block), "--fail-on-scam"])
    assert code == EXIT_FLAGGED
    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["cleared"]["band"] == f"allowlisted ({allow}:3)"
    assert rows["cleared"]["label"] == "legit" and rows["cleared"]["reasons"]
    assert rows["blocked"]["band"] == f"blocklisted ({block}:1)"
    assert rows["blocked"]["label"] == "scam"
    assert rows["unlisted-scam"]["label"] == rows["no-url"]["label"] == "scam"
    assert not rows["no-url"]["band"].startswith(("allow", "block"))
    assert rows["unlisted-legit"]["label"] == "legit"
    assert float(rows["cleared"]["score"]) == pytest.approx(float(rows["unlisted-scam"]["score"]))
    err = capsys.readouterr().err
    # blocked + unlisted-scam + no-url are flagged; cleared is not.
    assert "5 scored, 3 flagged (1 blocklisted; 1 allowlisted, not counted), 0 failed" in err
    # The triage page counts the same way: blocklisted rows are flagged, allowlisted not.
    from detector.runs.report import ReportOptions, build_report

    triage = build_report([out], tmp_path / "report.html", ReportOptions())
    assert triage.flagged == 3
    assert triage.bands["allowlisted"] == triage.bands["blocklisted"] == 1
    # Allowlisting the other scam site clears it too; the row without a URL cannot match.
    allow.write_text("elon-event.example\nother-event.example\n", encoding="utf-8")
    code = run(["score", str(export), "-o", str(tmp_path / "again.jsonl"), "--quiet",
                "--as-of", "2024-05-01", "--allowlist", str(allow), "--fail-on-scam"])
    assert code == EXIT_FLAGGED  # no-url has no URL to match: still flagged
    rows2 = [json.loads(x) for x in (tmp_path / "again.jsonl").read_text().splitlines()]
    assert [r["band"] for r in rows2][:3] == [f"allowlisted ({allow}:1)", rows2[1]["band"],
                                               f"allowlisted ({allow}:2)"]
