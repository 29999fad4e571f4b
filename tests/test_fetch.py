"""detector.fetch against real servers on 127.0.0.1: normal pages, redirects, hostile servers.

Timing bounds here are correctness bounds (a hostile server must not hold a fetch past its
deadline), deliberately generous; they are not performance assertions.
"""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from detector import Page
from detector.errors import FetchError
from detector.fetch import (
    Fetched,
    FetchLimits,
    GatherOptions,
    GatherReport,
    WhoisSettings,
    check_urls,
    fetch_url,
    find_policy_link,
    gather_page,
)
from tests import servers
from tests.servers import RecordingTransport, RunningHTTP

LOOPBACK = FetchLimits(allow_private=True, total_timeout=10)
# Reaches the test server only: anything else private must still be refused.
ONLY_TEST_SERVER = FetchLimits(allow_networks=("127.0.0.1/32",), total_timeout=10)
MB = 1_000_000


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may write to the real user cache.
    monkeypatch.setenv("DETECTOR_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def site() -> Iterator[RunningHTTP]:
    routes: dict[str, servers.Route] = {
        "/scam": servers.page(servers.SCAM_PAGE),
        "/privacy-policy": servers.page(servers.POLICY_PAGE),
        "/missing-policy": servers.page(servers.MISSING_POLICY_PAGE),
        "/slow-policy": servers.page(servers.SLOW_POLICY_PAGE),
        "/r1": servers.redirect("/r2", 301),
        "/r2": servers.redirect("r3", 302),
        "/r3": servers.redirect("/scam", 307),
        "/loop-a": servers.redirect("/loop-b"),
        "/loop-b": servers.redirect("/loop-a"),
        "/self": servers.redirect("/self#again"),
        "/cp1251": servers.page(servers.CP1251_PAGE, "text/html"),
        "/cp1252": servers.page(servers.CP1252_PAGE, "text/html; charset=ISO-8859-1"),
        "/png": servers.page(servers.PNG_BYTES, "image/png"),
        "/pdf": servers.page(servers.PDF_BYTES, "application/pdf"),
        "/png-as-octets": servers.page(servers.PNG_BYTES, "application/octet-stream"),
        "/html-as-text": servers.page(servers.SCAM_PAGE, "text/plain"),
        "/html-untyped": servers.page(servers.SCAM_PAGE, ""),
        "/gone": servers.status(410),
        "/big": servers.huge(50 * MB, content_length=True),
        "/big-unsized": servers.huge(50 * MB, content_length=False),
        "/bomb": servers.bomb(),
        "/drip": servers.drip(1.0),
        "/ftp": servers.redirect("ftp://127.0.0.1/file"),
        "/cookie-check": servers.cookie_check(servers.SCAM_PAGE),
    }
    for n in range(8):
        routes[f"/hop{n}"] = servers.redirect(f"/hop{n + 1}")
    routes["/hop8"] = servers.page(servers.SCAM_PAGE)
    for target in ("10.0.0.1", "169.254.169.254", "[::1]", "[::ffff:10.0.0.1]", "127.0.0.2"):
        routes[f"/to/{target}"] = servers.redirect(f"http://{target}/latest/meta-data/")
    for enc in ("gzip", "gzip-members", "deflate", "raw-deflate"):
        routes[f"/enc/{enc}"] = servers.encoded(servers.SCAM_PAGE * 50, enc)
    with servers.http_server(routes) as running:
        yield running


def fetch(
    url: str, limits: FetchLimits = LOOPBACK, client: httpx.AsyncClient | None = None
) -> Fetched:
    return asyncio.run(fetch_url(url, limits, client))


# -- normal pages ----------------------------------------------------------------------------


def test_fetches_a_page_and_records_what_it_got(site: RunningHTTP) -> None:
    got = fetch(site.url("/scam"))
    assert got.status == 200
    assert got.final_url == site.url("/scam")
    assert got.body == servers.SCAM_PAGE
    assert "FREE iPhone 17" in got.html
    assert got.charset == "utf-8"
    assert got.content_type == "text/html"
    assert got.headers["content-type"].startswith("text/html")
    assert not got.truncated
    assert [(h.url, h.status) for h in got.chain] == [(site.url("/scam"), 200)]
    assert got.elapsed < 5


@pytest.mark.parametrize("encoding", ["gzip", "gzip-members", "deflate", "raw-deflate"])
def test_compressed_bodies_are_decoded_byte_for_byte(site: RunningHTTP, encoding: str) -> None:
    got = fetch(site.url(f"/enc/{encoding}"))
    assert got.body == servers.SCAM_PAGE * 50
    assert not got.truncated


def test_compressed_body_cut_exactly_at_the_cap(site: RunningHTTP) -> None:
    limits = FetchLimits(allow_private=True, max_bytes=1000)
    got = fetch(site.url("/enc/gzip"), limits)
    assert got.truncated
    assert got.body == (servers.SCAM_PAGE * 50)[:1000]


def test_html_labelled_text_plain_or_untyped_is_sniffed_and_kept(site: RunningHTTP) -> None:
    for path in ("/html-as-text", "/html-untyped"):
        assert "FREE iPhone 17" in fetch(site.url(path)).html


def test_url_without_scheme_is_taken_as_https() -> None:
    with pytest.raises(FetchError, match=r"https://10\.0\.0\.1"):
        fetch("10.0.0.1/page", FetchLimits())


# -- redirects -------------------------------------------------------------------------------


def test_redirect_chain_is_recorded(site: RunningHTTP) -> None:
    got = fetch(site.url("/r1"))
    assert got.final_url == site.url("/scam")
    assert [(h.url, h.status) for h in got.chain] == [
        (site.url("/r1"), 301),
        (site.url("/r2"), 302),
        (site.url("/r3"), 307),
        (site.url("/scam"), 200),
    ]


def test_redirect_loop_is_a_clear_fast_error(site: RunningHTTP) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="redirect loop") as err:
        fetch(site.url("/loop-a"))
    assert site.url("/loop-b") in str(err.value)
    assert time.monotonic() - started < 2
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(site.url("/self"))


def test_a_cookie_check_redirect_to_itself_is_not_a_loop(site: RunningHTTP) -> None:
    got = fetch(site.url("/cookie-check"))
    assert [h.status for h in got.chain] == [302, 200]
    assert got.body == servers.SCAM_PAGE


def test_too_many_redirects(site: RunningHTTP) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(site.url("/hop0"))
    got = fetch(site.url("/hop3"))  # exactly 5 redirects is allowed
    assert got.final_url == site.url("/hop8")
    assert len(got.chain) == 6
    with pytest.raises(FetchError, match="more than 0 redirects"):
        fetch(site.url("/hop7"), FetchLimits(allow_private=True, max_redirects=0))


def test_redirect_to_a_non_http_scheme_is_refused(site: RunningHTTP) -> None:
    with pytest.raises(FetchError, match="not an http"):
        fetch(site.url("/ftp"))


# -- private addresses -----------------------------------------------------------------------


def test_loopback_url_is_refused_by_default(site: RunningHTTP) -> None:
    with pytest.raises(FetchError, match="private") as err:
        fetch(site.url("/scam"), FetchLimits())
    assert "loopback" in str(err.value)
    assert "allow_private" in str(err.value)  # says the way out


@pytest.mark.parametrize(
    "target", ["10.0.0.1", "169.254.169.254", "[::1]", "[::ffff:10.0.0.1]", "127.0.0.2"]
)
def test_redirect_to_a_private_address_is_refused_before_connecting(
    site: RunningHTTP, target: str
) -> None:
    transport = RecordingTransport()

    async def go() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            await fetch_url(site.url(f"/to/{target}"), ONLY_TEST_SERVER, client)

    started = time.monotonic()
    with pytest.raises(FetchError, match="private") as err:
        asyncio.run(go())
    # The first hop (the allowed test server) was requested; the private hop never was.
    assert transport.urls == [site.url(f"/to/{target}")]
    assert time.monotonic() - started < 2
    assert target.strip("[]").split(":")[-1] in str(err.value)


@pytest.mark.parametrize(
    "address",
    [
        "10.1.2.3", "172.16.0.1", "192.168.1.1", "127.0.0.2", "0.0.0.0", "169.254.169.254",
        "100.64.0.1", "224.0.0.251", "240.0.0.1", "255.255.255.255", "[::1]", "[::]",
        "[fe80::1]", "[fc00::1]", "[ff02::1]", "[::ffff:192.168.0.1]", "[64:ff9b::a00:1]",
        "[2002:a00:1::1]",
    ],
)
def test_private_reserved_and_mapped_addresses_are_refused(address: str) -> None:
    transport = RecordingTransport()

    async def go() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            await fetch_url(f"http://{address}/", FetchLimits(), client)

    with pytest.raises(FetchError, match="private/internal address"):
        asyncio.run(go())
    assert transport.urls == []


def test_a_name_resolving_to_any_private_address_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # DNS answers are attacker-controlled: one private address among public ones is enough.
    async def fake_dns(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.20.30.40"]

    monkeypatch.setattr("detector.fetch._getaddrinfo", fake_dns)
    transport = RecordingTransport()

    async def go() -> None:
        async with httpx.AsyncClient(transport=transport) as client:
            await fetch_url("https://free-robux.example/", FetchLimits(), client)

    with pytest.raises(FetchError, match=r"resolves to 10\.20\.30\.40.*private"):
        asyncio.run(go())
    assert transport.urls == []


def test_an_unknown_host_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_dns(host: str, port: int) -> list[str]:
        raise OSError(-2, "Name or service not known")

    monkeypatch.setattr("detector.fetch._getaddrinfo", no_dns)
    with pytest.raises(FetchError, match=r"was not found.*check the spelling"):
        fetch("https://no-such-host.example/", FetchLimits())


# -- hostile servers -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_a_50_mb_body_is_cut_at_the_cap_with_bounded_memory(site: RunningHTTP, path: str) -> None:
    limits = FetchLimits(allow_private=True, max_bytes=5 * MB, total_timeout=15)
    tracemalloc.start()
    try:
        got = fetch(site.url(path), limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got.truncated
    assert len(got.body) == 5 * MB
    # body + its decoded str + buffers; reading all 50 MB would show 50+ MB here.
    assert peak < 20 * MB, f"peak Python allocation {peak / MB:.1f} MB"


def test_a_gzip_bomb_stops_at_the_cap_quickly(site: RunningHTTP) -> None:
    limits = FetchLimits(allow_private=True, max_bytes=5 * MB, total_timeout=15)
    started = time.monotonic()
    tracemalloc.start()
    try:
        got = fetch(site.url("/bomb"), limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert got.truncated
    assert len(got.body) == 5 * MB
    assert got.body.count(0) == 5 * MB
    assert peak < 20 * MB, f"peak Python allocation {peak / MB:.1f} MB"
    assert time.monotonic() - started < 10


def test_a_one_byte_per_second_body_ends_at_the_deadline(site: RunningHTTP) -> None:
    limits = FetchLimits(allow_private=True, total_timeout=2, read_timeout=10)
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 2 s"):
        fetch(site.url("/drip"), limits)
    assert 1.5 < time.monotonic() - started < 4


def test_a_server_that_never_answers_ends_at_the_deadline() -> None:
    limits = FetchLimits(allow_private=True, total_timeout=2, read_timeout=10)
    with servers.tcp_server(servers.never_answer) as silent:
        started = time.monotonic()
        with pytest.raises(FetchError, match="within 2 s"):
            fetch(silent.base + "/", limits)
        assert time.monotonic() - started < 4
        assert len(silent.connections) == 1  # no hidden retry


def test_headers_sent_one_line_per_second_end_at_the_deadline() -> None:
    limits = FetchLimits(allow_private=True, total_timeout=2, read_timeout=10)
    with servers.tcp_server(servers.slow_headers) as slow:
        started = time.monotonic()
        with pytest.raises(FetchError, match="within 2 s"):
            fetch(slow.base + "/", limits)
        assert time.monotonic() - started < 4


def test_connection_refused_is_a_clear_error() -> None:
    with pytest.raises(FetchError, match="could not fetch"):
        fetch(f"http://127.0.0.1:{servers.closed_port()}/")


# -- charsets and content types --------------------------------------------------------------


def test_windows_1251_declared_only_in_meta_is_decoded(site: RunningHTTP) -> None:
    got = fetch(site.url("/cp1251"))
    assert got.charset is None
    assert servers.CYRILLIC_TEXT in got.html
    page = Page(html=got.body, charset=got.charset, url=got.final_url)
    assert servers.CYRILLIC_TEXT in page.visible_text


def test_cp1252_labelled_iso_8859_1_is_decoded_as_browsers_do(site: RunningHTTP) -> None:
    got = fetch(site.url("/cp1252"))
    assert got.charset == "ISO-8859-1"
    assert servers.CP1252_TEXT in got.html


@pytest.mark.parametrize(
    ("path", "shown"),
    [("/png", "image/png"), ("/pdf", "application/pdf"),
     ("/png-as-octets", "application/octet-stream")],
)
def test_non_html_content_is_refused_clearly(site: RunningHTTP, path: str, shown: str) -> None:
    with pytest.raises(FetchError, match=r"not an HTML page|does not look like HTML") as err:
        fetch(site.url(path))
    assert shown in str(err.value)
    assert site.url(path) in str(err.value)


def test_http_error_status_is_refused_with_the_status(site: RunningHTTP) -> None:
    with pytest.raises(FetchError, match="HTTP 410"):
        fetch(site.url("/gone"))


def test_bad_urls_and_limits_are_refused() -> None:
    with pytest.raises(FetchError, match="not an http"):
        fetch("ftp://example.com/x")
    with pytest.raises(FetchError, match="not a valid URL"):
        fetch("http://[zz::1]/")
    from detector.errors import InputError

    with pytest.raises(InputError, match="total_timeout"):
        FetchLimits(total_timeout=0)
    with pytest.raises(InputError, match="allow_networks"):
        FetchLimits(allow_networks=("not-a-net",))


# -- policy link -----------------------------------------------------------------------------

BASE = "https://prize-claim.xyz/win/index.html"


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ('<a href="/privacy">Privacy Policy</a>', "https://prize-claim.xyz/privacy"),
        ('<a href="legal.html">Política de privacidad</a>', "https://prize-claim.xyz/win/legal.html"),
        ('<a href="/p">Política de Privacidade</a>', "https://prize-claim.xyz/p"),
        ('<a href="/ds">Datenschutzerklärung</a>', "https://prize-claim.xyz/ds"),
        ('<a href="/c">Politique de confidentialité</a>', "https://prize-claim.xyz/c"),
        ('<a href="/k">Kebijakan Privasi</a>', "https://prize-claim.xyz/k"),
        ('<a href="/g">Gizlilik Politikası</a>', "https://prize-claim.xyz/g"),
        ('<a href="/h">गोपनीयता नीति</a>', "https://prize-claim.xyz/h"),
        ('<a href="/a">سياسة الخصوصية</a>', "https://prize-claim.xyz/a"),
        ('<a href="/r">Политика конфиденциальности</a>', "https://prize-claim.xyz/r"),
        ('<a href="/v">Chính sách quyền riêng tư</a>', "https://prize-claim.xyz/v"),
        # by href when the text says nothing
        ('<a href="/legal/privacy-policy.html">Read</a>',
         "https://prize-claim.xyz/legal/privacy-policy.html"),
        ('<a href="/pol%C3%ADtica-de-privacidad">x</a>',
         "https://prize-claim.xyz/pol%C3%ADtica-de-privacidad"),
        # privacy beats terms, text beats href
        ('<a href="/t">Terms of Service</a><a href="/priv">Privacy</a>',
         "https://prize-claim.xyz/priv"),
        ('<a href="/privacy-a">read</a><a href="/b">Privacy notice</a>',
         "https://prize-claim.xyz/b"),
        # terms when there is no privacy policy
        ('<a href="/t">Terms &amp; Conditions</a>', "https://prize-claim.xyz/t"),
        ('<a href="/t">Términos y condiciones</a>', "https://prize-claim.xyz/t"),
        ('<a href="/t">Termos de uso</a>', "https://prize-claim.xyz/t"),
        ('<a href="/cgu">CGU</a>', "https://prize-claim.xyz/cgu"),
        ('<a href="/agb">AGB</a>', "https://prize-claim.xyz/agb"),
        ('<a href="/s">Syarat dan Ketentuan</a>', "https://prize-claim.xyz/s"),
        # an own-site policy beats an external one in the same tier
        ('<a href="https://other.example/privacy">Privacy</a><a href="/own">Privacy</a>',
         "https://prize-claim.xyz/own"),
        ("<a href='//cdn.example/privacy'>Privacy</a>", "https://cdn.example/privacy"),
        # not a page, or no policy at all
        ('<a href="javascript:void(0)">Privacy</a>', None),
        ('<a href="mailto:privacy@prize-claim.xyz">Privacy</a>', None),
        ('<a href="#privacy">Privacy</a>', None),
        ('<a href="/photos">Photos</a><a href="/stories">Stories</a>', None),
        ('<a href="/claim">Claim your prize</a>', None),
        ("", None),
    ],
)
def test_find_policy_link(links: str, expected: str | None) -> None:
    html = f"<html><body><p>Win!</p><footer>{links}</footer></body></html>"
    assert find_policy_link(html, BASE) == expected
    assert find_policy_link(Page(html=html.encode(), url=BASE), BASE) == expected


# -- gather_page and check_urls --------------------------------------------------------------

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

    monkeypatch.setattr("detector.fetch._getaddrinfo", fake_dns)
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
