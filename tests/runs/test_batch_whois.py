"""Batch --whois: each domain looked up once, cached across runs, platforms never."""

from __future__ import annotations

import json
from pathlib import Path

from detector.app.cli import main
from detector.net import WhoisSettings
from detector.runs.batch import ScoreOptions, score_files
from tests import servers

from ..conftest import fixture_page

WHOIS_TEXT = """Domain Name: PRIZE-CLAIM.XYZ
Registry Domain ID: D0000000001-CNIC
Creation Date: 2026-10-20T08:15:22.0Z
Registrar: Example Registrar, LLC
Registrant Organization: Privacy service provided by Withheld for Privacy ehf
"""


def _export(tmp_path: Path) -> Path:
    html = fixture_page("scam_survey_funnel").read_text()
    rows = [
        {"id": "1", "url": "https://prize-claim.xyz/a", "html": html},
        {"id": "2", "url": "https://www.prize-claim.xyz/b", "html": html},
        {"id": "3", "url": "https://someone.github.io/free", "html": html},
        {"id": "4", "url": "https://prize-claim.xyz/c", "html": html},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_each_domain_is_looked_up_once_and_cached(tmp_path: Path) -> None:
    export = _export(tmp_path)
    with servers.tcp_server(servers.whois_answers({"prize-claim.xyz": WHOIS_TEXT})) as whois:
        settings = WhoisSettings(server="127.0.0.1", port=whois.port, rdap=False, timeout=3,
                                 cache_path=str(tmp_path / "whois.sqlite3"))
        options = ScoreOptions(whois=settings, whois_rate=50.0, as_of=None)
        first = score_files([export], tmp_path / "out.csv", options=options, workers=1)
        assert first.rows == 4 and first.failed == 0
        assert whois.queries == ["prize-claim.xyz"]  # www. and /c share it; github.io skipped
        score_files([export], tmp_path / "again.csv", options=options, workers=1)
        assert whois.queries == ["prize-claim.xyz"], "the second run must use the cache"


def test_batch_makes_no_whois_query_unless_asked(tmp_path: Path) -> None:
    export = _export(tmp_path)
    with servers.tcp_server(servers.whois_answers({"prize-claim.xyz": WHOIS_TEXT})) as whois:
        main_args = ["score", str(export), "-o", str(tmp_path / "o.csv"), "--quiet",
                     "--whois-server", f"127.0.0.1:{whois.port}"]
        try:
            main(main_args)
        except SystemExit as exc:
            assert exc.code in (0, None)
        assert whois.queries == []


def test_cli_whois_flag_looks_domains_up(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DETECTOR_CACHE_DIR", str(tmp_path / "cache"))
    export = _export(tmp_path)
    with servers.tcp_server(servers.whois_answers({"prize-claim.xyz": WHOIS_TEXT})) as whois:
        try:
            main(["score", str(export), "-o", str(tmp_path / "o.csv"), "--quiet", "--whois",
                  "--whois-server", f"127.0.0.1:{whois.port}", "--whois-rate", "50",
                  "--workers", "1"])
        except SystemExit as exc:
            assert exc.code in (0, None)
        assert whois.queries == ["prize-claim.xyz"]
