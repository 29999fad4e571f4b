"""Error messages name the bad value once and say what to do; `--json` carries the same text
(issue #14 item 5). Real servers on 127.0.0.1 only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from detector.app.cli import EXIT_ERROR, main
from tests import servers

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"


@pytest.fixture(scope="module")
def site() -> Iterator[servers.RunningHTTP]:
    with servers.http_server({
        "/pdf": servers.page(PDF, "application/pdf"),
        "/go": servers.redirect("/pdf"),
        "/gone": servers.status(404),
    }) as running:
        yield running


def errors_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """The text error line and the --json error of the same check."""
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == EXIT_ERROR
    text = capsys.readouterr().err.strip()
    with pytest.raises(SystemExit):
        main([*args, "--json"])
    return text, json.loads(capsys.readouterr().out)["error"]


NET = ["--allow-private", "--no-whois", "--no-policy", "--timeout", "10"]


def test_a_pdf_names_its_url_once(site: servers.RunningHTTP,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    url = site.url("/pdf")
    text, error = errors_of(["check", url, *NET], capsys)
    assert text == f"error: {error}"  # one line, the same words as --json
    assert text.count(url) == 1 and error.count(url) == 1, text
    assert error.startswith(f"{url}: the server sent 'application/pdf'")
    assert "give the URL of the page itself" in error


def test_after_a_redirect_the_url_asked_and_the_url_answering_are_each_named_once(
        site: servers.RunningHTTP, capsys: pytest.CaptureFixture[str]) -> None:
    start, end = site.url("/go"), site.url("/pdf")
    text, error = errors_of(["check", start, *NET], capsys)
    assert text == f"error: {error}"
    assert error.count(start) == 1 and error.count(end) == 1, error
    assert f"'application/pdf' at {end}" in error


def test_an_http_error_names_its_url_once(site: servers.RunningHTTP,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    url = site.url("/gone")
    text, error = errors_of(["check", url, *NET], capsys)
    assert text == f"error: {error}" and error.count(url) == 1, error
    assert "HTTP 404" in error and "check the URL" in error


def test_file_errors_name_the_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "no-such-page.html")
    text, error = errors_of(["check", missing], capsys)
    assert text == f"error: {error}" and error.count(missing) == 1
    assert "give a saved .html page" in error
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"free gift " * 100 + b"</p>")
    monkeypatch.setenv("DETECTOR_MAX_PAGE_BYTES", "100")
    text, error = errors_of(["check", str(big)], capsys)
    assert text == f"error: {error}" and error.count(str(big)) == 1
    assert error.startswith(f"{big}: page too large") and "DETECTOR_MAX_PAGE_BYTES" in error


def test_a_saved_page_error_in_a_batch_names_the_page_once(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "empty.html").write_bytes(b"")
    (pages / "ok.html").write_bytes(b"<p>Opening hours: Tuesday to Saturday.</p>")
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as exc:
        main(["score", str(pages), "-o", str(out), "--quiet", "--strict"])
    assert exc.value.code == EXIT_ERROR
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    error = rows[0]["error"]
    assert error.count(str(pages / "empty.html")) == 1, error
    assert rows[1]["error"] is None


def test_an_unreadable_url_list_is_named_once(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "urls.txt")
    with pytest.raises(SystemExit) as exc:
        main(["check", "-i", missing])
    assert exc.value.code == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count(missing) == 1 and "one a line" in err, err


def test_a_damaged_parquet_file_is_named_once_with_the_way_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "export.parquet"
    bad.write_bytes(b"not parquet at all")
    for args in (["score", str(bad), "-o", str(tmp_path / "out.csv")],
                 ["score", str(bad), "-o", str(tmp_path / "out.csv"), "--keep", "x"]):
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == EXIT_ERROR
        err = capsys.readouterr().err
        assert err.count(str(bad)) == 1, err
        assert "is not a readable Parquet file" in err and "re-export it" in err


def test_a_policy_that_fails_is_a_warning_naming_its_url_once(
        capsys: pytest.CaptureFixture[str]) -> None:
    page = (b"<html><body><h1>FREE iPhone giveaway</h1><p>Claim now!</p>"
            b'<a href="/privacy">Privacy Policy</a></body></html>')
    routes = {"/p": servers.page(page), "/privacy": servers.status(404)}
    with servers.http_server(routes) as web, pytest.raises(SystemExit):
        main(["check", web.url("/p"), "--allow-private", "--no-whois", "--json",
              "--timeout", "10", "--fail-on-scam"])
    out = json.loads(capsys.readouterr().out)
    (warning,) = [w for w in out["warnings"] if "privacy policy" in w]
    assert warning.count(web.url("/privacy")) == 1, warning
    assert "could not be fetched" in warning and "HTTP 404" in warning
