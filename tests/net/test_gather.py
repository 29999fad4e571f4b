"""gather_page and check_urls: page, privacy policy and domain age within one deadline per URL."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import httpx
import pytest

from detector import Page
from detector.errors import FetchError
from detector.net import (
    FetchLimits,
    GatherOptions,
    GatherReport,
    WhoisSettings,
    check_urls,
    gather_page,
    make_client,
)
from detector.net.gather import ParsePool
from tests import servers
from tests.servers import RecordingConnector, RecordingTransport, RunningHTTP

LOOPBACK = FetchLimits(allow_private=True, total_timeout=10)


WHOIS_XYZ = """Domain Name: PRIZE-CLAIM.XYZ
Registry Domain ID: D412345678-CNIC
Registrar WHOIS Server: whois.namecheap.com
Updated Date: 2026-11-10T08:15:22.0Z
Creation Date: 2026-11-01T08:15:22.0Z
Registry Expiry Date: 2027-11-01T23:59:59.0Z
Registrar: NameCheap, Inc.
Registrant Organization: Privacy service provided by Withheld for Privacy ehf
Registrant Name: REDACTED FOR PRIVACY
Name Server: DNS1.REGISTRAR-SERVERS.COM
"""


def test_gather_page_fetches_page_policy_and_domain_age(
    site: RunningHTTP, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A made-up public domain that "resolves" to a public address and is served by the test
    # server: the full default path, with the private-address check on.
    async def fake_dns(host: str, port: int) -> list[str]:
        assert host == "prize-claim.xyz"
        return ["93.184.215.14"]

    monkeypatch.setattr("detector.net.guard._getaddrinfo", fake_dns)
    transport = RecordingTransport({"prize-claim.xyz": site.port})
    with servers.tcp_server(servers.whois_answers({"prize-claim.xyz": WHOIS_XYZ})) as whois:
        options = GatherOptions(
            limits=FetchLimits(total_timeout=10),
            timeout=15,
            whois_settings=WhoisSettings(
                server="127.0.0.1", port=whois.port, timeout=3, rdap=False,
                cache_path=str(tmp_path / "w.sqlite3"),
            ),
        )

        async def go() -> tuple[Page, GatherReport]:
            async with httpx.AsyncClient(transport=transport) as client:
                return await gather_page("http://prize-claim.xyz/scam", options, client)

        page, report = asyncio.run(go())
    assert whois.queries == ["prize-claim.xyz"]
    assert isinstance(page, Page)
    assert page.url == "http://prize-claim.xyz/scam"
    assert page.html == servers.SCAM_PAGE
    assert page.policy_text is not None and "sell or transfer" in page.policy_text
    assert page.whois is not None and page.whois.created is not None
    assert page.whois.created.isoformat().startswith("2026-11-01")
    assert page.whois.privacy_protected is True
    assert transport.urls == ["http://prize-claim.xyz/scam", "http://prize-claim.xyz/privacy-policy"]
    data = report.to_dict()
    assert data["policy_url"] == "http://prize-claim.xyz/privacy-policy"
    assert data["policy_fetched"] is True
    assert data["domain"] == "prize-claim.xyz"
    assert isinstance(data["domain_age_days"], int) and data["domain_age_days"] >= 0
    assert data["whois_source"] == "whois"
    assert data["redirect_chain"] == [{"url": "http://prize-claim.xyz/scam", "status": 200}]
    assert data["warnings"] == []


def test_gather_page_degrades_when_policy_and_whois_fail(site: RunningHTTP) -> None:
    options = GatherOptions(
        limits=LOOPBACK,
        whois_settings=WhoisSettings(server="127.0.0.1", port=servers.closed_port(), rdap=False),
    )
    page, report = asyncio.run(gather_page(site.url("/missing-policy"), options))
    assert page.policy_html is None
    assert page.whois is None
    policy_url = site.url("/missing-privacy")
    assert any(
        w.startswith(f"privacy policy {policy_url} could not be fetched") and "HTTP 404" in w
        for w in report.warnings
    ), report.warnings
    # An IP host is never looked up: a note, not a warning.
    assert report.domain_note is not None and "IP address" in report.domain_note
    assert not any("domain age" in w for w in report.warnings)


def test_gather_page_keeps_the_page_when_the_policy_stalls(site: RunningHTTP) -> None:
    options = GatherOptions(limits=LOOPBACK, timeout=2, whois=False)
    started = time.monotonic()
    page, report = asyncio.run(gather_page(site.url("/slow-policy"), options))
    assert time.monotonic() - started < 4
    assert page.policy_html is None
    assert "WIN a FREE gift card" in page.visible_text
    assert any("could not be fetched" in w for w in report.warnings), report.warnings


def test_gather_page_ends_at_its_deadline_when_whois_stalls(site: RunningHTTP) -> None:
    transport = RecordingTransport({"prize-claim.xyz": site.port})
    with servers.tcp_server(servers.whois_drip) as slow:
        options = GatherOptions(
            limits=FetchLimits(allow_private=True),
            timeout=2,
            whois_settings=WhoisSettings(
                server="127.0.0.1", port=slow.port, timeout=30, rdap=False
            ),
        )

        async def go() -> tuple[Page, GatherReport]:
            async with httpx.AsyncClient(transport=transport) as client:
                return await gather_page("http://prize-claim.xyz/scam", options, client)

        started = time.monotonic()
        page, report = asyncio.run(go())  # asyncio.run also waits for the WHOIS thread
        assert time.monotonic() - started < 4
    assert page.whois is None
    assert page.policy_html is not None
    assert any(w.startswith("domain age of prize-claim.xyz unknown") for w in report.warnings)


def test_gather_page_follows_redirects_and_reports_the_chain(site: RunningHTTP) -> None:
    options = GatherOptions(limits=LOOPBACK, whois=False)
    page, report = asyncio.run(gather_page(site.url("/r1"), options))
    assert page.url == site.url("/scam")
    assert [h.status for h in report.chain] == [301, 302, 307, 200]
    assert report.final_url == site.url("/scam")
    assert report.policy_fetched


def test_gather_page_offline_refuses_urls() -> None:
    with pytest.raises(FetchError, match="offline"):
        asyncio.run(gather_page("https://example.com/", GatherOptions(offline=True)))


def test_check_urls_keeps_input_order_and_captures_errors(site: RunningHTTP) -> None:
    urls = [site.url("/png"), site.url("/scam"), site.url("/gone"), site.url("/r1")]
    options = GatherOptions(limits=LOOPBACK, whois=False)
    results = check_urls(urls, options, concurrency=2)
    assert [r.url for r in results] == urls
    assert [r.ok for r in results] == [False, True, False, True]
    assert results[0].error is not None and "image/png" in results[0].error
    assert results[2].error is not None and "HTTP 410" in results[2].error
    assert results[1].page is not None and results[1].report is not None
    assert results[3].report is not None and len(results[3].report.chain) == 4


def test_check_urls_works_inside_a_running_event_loop(site: RunningHTTP) -> None:
    async def from_async_code() -> int:
        results = check_urls([site.url("/scam")], GatherOptions(limits=LOOPBACK, whois=False))
        return sum(r.ok for r in results)

    assert asyncio.run(from_async_code()) == 1


def test_a_page_slow_to_parse_holds_up_no_other_fetch_and_stays_in_its_time() -> None:
    # 30,000 nested <div>s take seconds to parse; the other pages arrive 0.2 s late, so their
    # fetches are in flight while it parses. Parsed on the event loop, it would hold every
    # other fetch past its 1 s deadline; parsed in a worker thread, it holds up none, and its
    # own parse is cut off at its own deadline.
    routes = {"/slow-to-parse": servers.page(servers.deeply_nested(30_000))}
    routes.update({f"/p{i}": servers.delayed(servers.SCAM_PAGE, 0.2) for i in range(11)})
    options = GatherOptions(limits=FetchLimits(allow_private=True, total_timeout=1.0),
                            timeout=1.0, policy=False, whois=False)
    with servers.http_server(routes) as site:
        urls = [site.url("/slow-to-parse")] + [site.url(f"/p{i}") for i in range(11)]
        results = check_urls(urls, options, concurrency=12)
    assert [r.url for r in results] == urls
    slow, others = results[0], results[1:]
    assert [r.error for r in others] == [None] * 11
    assert all(r.page is not None and "FREE iPhone" in r.page.visible_text for r in others)
    assert slow.error is not None and "did not parse within the 1 s" in slow.error


def test_check_urls_calls_on_done_off_the_event_loop(site: RunningHTTP) -> None:
    # detector check scores pages in on_done: on the loop, scoring would stall the fetches.
    threads: list[bool] = []

    def on_done(result: object) -> None:
        try:
            asyncio.get_running_loop()
            threads.append(True)
        except RuntimeError:
            threads.append(False)

    results = check_urls([site.url("/scam"), site.url("/gone")],
                         GatherOptions(limits=LOOPBACK, whois=False), on_done=on_done)
    assert [r.ok for r in results] == [True, False]
    assert threads == [False, False]


def test_waiting_for_a_parse_lane_is_not_counted_against_a_page() -> None:
    # One lane. A page holds it for a second; the next one, allowed 0.3 s of parsing, waits
    # for the lane longer than that and still gets its 0.3 s.
    release = threading.Event()

    def holds_the_lane() -> str:
        release.wait(10)
        return "first"

    async def go() -> list[str]:
        pool = ParsePool(threads=2, lanes=1)
        try:
            first = asyncio.ensure_future(pool.run(holds_the_lane, 10.0))
            await asyncio.sleep(0.05)
            second = asyncio.ensure_future(pool.run(lambda: "second", 0.3))
            await asyncio.sleep(1.0)
            assert not second.done()  # still waiting for the lane, not failed
            release.set()
            return [await first, await second]
        finally:
            release.set()
            pool.close()

    assert asyncio.run(go()) == ["first", "second"]


def test_a_parse_over_its_time_fails_and_gives_its_lane_up() -> None:
    stop = threading.Event()

    async def go() -> str:
        pool = ParsePool(threads=2, lanes=1)
        try:
            with pytest.raises(asyncio.TimeoutError):
                await pool.run(lambda: stop.wait(10), 0.2)
            # The runaway thread still runs, but the lane is free for the next page.
            return await pool.run(lambda: "next", 5.0)
        finally:
            stop.set()
            pool.close()

    assert asyncio.run(go()) == "next"


def test_the_policy_fetch_is_pinned_to_its_checked_address_too() -> None:
    # The page's own host is the allowed test server; its policy link names a host that
    # answers a public address to the check and the test server's address after that.
    answers = {"page.example": [["127.0.0.1"]], "policy.example": [["93.184.215.14"],
                                                                    ["127.0.0.1"]]}
    asked: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        turns = answers[host]
        return turns[min(asked.count(host), len(turns)) - 1]

    connector = RecordingConnector()
    limits = FetchLimits(allow_networks=("127.0.0.1/32",), total_timeout=5)
    options = GatherOptions(limits=limits, timeout=5, whois=False)
    with servers.http_server({}) as site:
        page_html = (b'<html><body><p>WIN a FREE iPhone</p><a href="http://policy.example:'
                     + str(site.port).encode() + b'/privacy-policy">Privacy</a></body></html>')
        site.server.routes.update({"/win": servers.page(page_html),
                                   "/privacy-policy": servers.page(servers.POLICY_PAGE)})

        async def go() -> tuple[Page, GatherReport]:
            async with make_client(limits, connector=connector) as client:
                return await gather_page(f"http://page.example:{site.port}/win", options, client,
                                         resolver=resolver)

        page, report = asyncio.run(go())
        requests = list(site.server.requests)
    assert "FREE iPhone" in page.visible_text
    assert report.policy_url == f"http://policy.example:{site.port}/privacy-policy"
    assert not report.policy_fetched and page.policy_html is None
    assert any("could not be fetched" in w for w in report.warnings), report.warnings
    assert asked == ["page.example", "policy.example"]
    assert connector.connects == [("127.0.0.1", site.port), ("93.184.215.14", site.port)]
    assert requests == ["/win"]


def test_pages_handed_to_on_done_are_not_kept(site: RunningHTTP) -> None:
    # #13 finding 8: `check -i urls.txt` held every fetched page until the end, so memory grew
    # with the list. Pages given to on_done are the caller's; the results keep only reports.
    import gc
    import weakref

    seen: list[weakref.ref[Page]] = []

    def on_done(result: object) -> None:
        page = getattr(result, "page", None)
        assert page is not None
        seen.append(weakref.ref(page))

    urls = [site.url("/scam")] * 6
    results = check_urls(urls, GatherOptions(limits=LOOPBACK, whois=False), concurrency=2,
                         on_done=on_done)
    assert all(r.ok and r.page is None and r.report is not None for r in results)
    gc.collect()
    assert len(seen) == 6 and all(ref() is None for ref in seen)
