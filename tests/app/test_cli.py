"""The CLI as a user runs it: real subprocesses for entry points, click's runner for the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from detector.app.cli import EXIT_ERROR, EXIT_FLAGGED, EXIT_OK, EXIT_USAGE, main

from ..conftest import FIXTURES, fixture_page

SCAM = FIXTURES / "scam_crypto_doubling.html"
LEGIT = fixture_page("legit_shop_free_shipping")


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "detector", *args], input=stdin,
                          capture_output=True, timeout=120, check=False)


def test_check_saved_page_prints_verdict_then_reasons() -> None:
    res = run(["check", str(SCAM)])
    assert res.returncode == EXIT_OK, res.stderr
    lines = res.stdout.decode().splitlines()
    assert lines[0].startswith("VERY LIKELY SCAM") or lines[0].startswith("LIKELY SCAM")
    assert any("double" in line.lower() for line in lines[1:])
    assert all(line.startswith("  ") for line in lines[1:])


def test_check_stdin_json_with_url() -> None:
    res = run(["check", "-", "--json", "--url", "https://elon-event.github.io/"],
              stdin=SCAM.read_bytes())
    assert res.returncode == EXIT_OK, res.stderr
    out = json.loads(res.stdout)
    assert out["label"] == "scam" and out["input"] == "-"
    assert out["features"]["url_hosted_platform"] == 1.0
    assert {"probability", "band", "reasons", "model_id", "threshold"} <= out.keys()


def test_fail_on_scam_sets_documented_exit_code() -> None:
    assert run(["check", "--fail-on-scam", str(SCAM)]).returncode == EXIT_FLAGGED
    assert run(["check", "--fail-on-scam", str(LEGIT)]).returncode == EXIT_OK


def test_version_and_module_entry_point() -> None:
    res = run(["--version"])
    assert res.returncode == 0 and b"detector, version" in res.stdout


def test_missing_file_is_an_error_naming_it_and_others_still_run(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "no-such-page.html", str(LEGIT)])
    assert exc.value.code == EXIT_ERROR
    captured = capsys.readouterr()
    assert "no-such-page.html" in captured.err
    assert "PROBABLY FINE" in captured.out or "SUSPICIOUS" in captured.out


def test_no_input_is_a_usage_error() -> None:
    res = run(["check"])
    assert res.returncode == EXIT_USAGE
    assert b"at least one" in res.stderr


def test_offline_refuses_urls_without_network(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("# two pages\nhttps://example.org/free-iphone\n\n" + str(LEGIT) + "\n")
    res = run(["check", "--offline", "-i", str(urls), "--json"])
    assert res.returncode == EXIT_ERROR
    out = json.loads(res.stdout)
    assert "--offline" in out[0]["error"] and out[1]["label"] in ("legit", "scam")


def test_bad_model_dir_is_an_operational_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--model", str(tmp_path), str(LEGIT)])
    assert exc.value.code == EXIT_ERROR
    assert "manifest.json" in capsys.readouterr().err


def test_signals_lists_every_signal(capsys: pytest.CaptureFixture[str]) -> None:
    main(["signals", "--json"])
    listed = json.loads(capsys.readouterr().out)
    from detector.signals import all_signals

    assert [s["name"] for s in listed] == [s.name for s in all_signals()]
    # Each says its part in the bundled model, as its manifest has it.
    from detector import load_model

    bundle = load_model()
    roles = {s["name"]: s["in_model"] for s in listed}
    dropped = bundle.manifest["training"]["information_only"]
    assert {n for n, r in roles.items() if r == "information only"} == set(dropped)
    assert roles["age_domain_days"] == "knowledge"
    assert roles["text_free_caps_density"] == "scored"


def test_train_on_one_class_is_a_one_line_error(tmp_path: Path) -> None:
    # #13 finding 3: a ValueError from training escaped as a bare traceback.
    data = tmp_path / "scams.jsonl"
    data.write_text("".join(json.dumps({"id": str(i), "label": "scam", "group": f"g{i}",
                                        "html": f"<p>FREE iPhone {i}, claim now</p>"}) + "\n"
                            for i in range(8)), encoding="utf-8")
    res = run(["train", str(data), "-o", str(tmp_path / "model"), "--quiet"])
    assert res.returncode == EXIT_ERROR
    err = res.stderr.decode()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "8 scam and 0 legit" in err and "add legit pages" in err
    assert not (tmp_path / "model").exists()


def test_check_honours_the_page_cap_for_files_and_stdin(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "DETECTOR_MAX_PAGE_BYTES": "500"}
    page = tmp_path / "big.html"
    page.write_bytes(b"<p>" + b"free gift " * 200 + b"</p>")  # 2,007 bytes
    res = subprocess.run([sys.executable, "-m", "detector", "check", str(page), "-", "--json"],
                         input=b"<p>" + b"x" * 5000, capture_output=True, timeout=120,
                         env=env, check=False)
    assert res.returncode == EXIT_ERROR, res.stderr
    out = json.loads(res.stdout)
    assert "2,007 bytes" in out[0]["error"] and "500-byte cap" in out[0]["error"]
    assert "more than 500 bytes" in out[1]["error"]
