"""`detector check URL` end to end against real servers on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from detector.app.cli import EXIT_ERROR, EXIT_FLAGGED, main
from tests import servers

from ..conftest import FIXTURES

SCAM = (FIXTURES / "scam_robux_generator.html").read_bytes().replace(
    b"</body>", b'<footer><a href="/privacy">Privacy Policy</a></footer></body>')
POLICY = (b"<html><body><h1>Privacy</h1><p>We may sell, rent or share your personal information"
          b" with our marketing partners. We may change this policy at any time without notice."
          b"</p></body></html>")


@pytest.fixture(scope="module")
def site() -> Iterator[servers.RunningHTTP]:
    with servers.http_server({
        "/scam": servers.page(SCAM),
        "/privacy": servers.page(POLICY),
        "/go": servers.redirect("/hop"),
        "/hop": servers.redirect("/scam"),
    }) as running:
        yield running


def test_check_url_scores_page_with_policy_and_chain(
        site: servers.RunningHTTP, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", site.url("/go"), "--allow-private", "--no-whois", "--json",
              "--timeout", "10", "--fail-on-scam"])
    assert exc.value.code == EXIT_FLAGGED
    out = json.loads(capsys.readouterr().out)
    assert out["label"] == "scam"
    fetch = out["fetch"]
    assert fetch["final_url"] == site.url("/scam")
    assert [h["url"] for h in fetch["redirect_chain"]] == [
        site.url("/go"), site.url("/hop"), site.url("/scam")]
    assert fetch["policy_fetched"] and fetch["policy_url"] == site.url("/privacy")
    # The clauses came from the fetched policy, not from the page.
    assert out["features"]["privacy_sell_data_count"] >= 1


def test_human_output_shows_final_url_and_policy(
        site: servers.RunningHTTP, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", site.url("/go"), "--allow-private", "--no-whois", "--timeout", "10"])
    out = capsys.readouterr().out
    assert out.splitlines()[0].split("  ")[0] in ("VERY LIKELY SCAM", "LIKELY SCAM")
    assert f"final URL: {site.url('/scam')}" in out
    assert f"privacy policy: {site.url('/privacy')}" in out


def test_loopback_is_refused_without_allow_private(
        site: servers.RunningHTTP, capsys: pytest.CaptureFixture[str]) -> None:
    seen = len(site.requests)
    with pytest.raises(SystemExit) as exc:
        main(["check", site.url("/scam"), "--no-whois"])
    assert exc.value.code == EXIT_ERROR
    assert "private" in capsys.readouterr().err.lower()
    assert len(site.requests) == seen, "the refused address must not be contacted"


def test_several_urls_keep_input_order_and_errors(
        site: servers.RunningHTTP, capsys: pytest.CaptureFixture[str]) -> None:
    bad = f"http://127.0.0.1:{servers.closed_port()}/nothing"
    with pytest.raises(SystemExit) as exc:
        main(["check", site.url("/scam"), bad, site.url("/privacy"), "--allow-private",
              "--no-whois", "--json", "--timeout", "10"])
    assert exc.value.code == EXIT_ERROR
    out = json.loads(capsys.readouterr().out)
    assert [o["input"] for o in out] == [site.url("/scam"), bad, site.url("/privacy")]
    assert "error" in out[1] and "label" in out[0] and "label" in out[2]
