"""detector.net.http against real servers on 127.0.0.1: normal pages, redirects, hostile servers.

Timing bounds here are correctness bounds (a hostile server must not hold a fetch past its
deadline), deliberately generous; they are not performance assertions.
"""

from __future__ import annotations

import asyncio
import time
import tracemalloc

import httpx
import pytest

from detector import Page
from detector.errors import FetchError
from detector.net import Fetched, FetchLimits, fetch_url, make_client
from tests import servers
from tests.servers import RecordingTransport, RunningHTTP

LOOPBACK = FetchLimits(allow_private=True, total_timeout=10)
# Reaches the test server only: anything else private must still be refused.
ONLY_TEST_SERVER = FetchLimits(allow_networks=("127.0.0.1/32",), total_timeout=10)
MB = 1_000_000


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


@pytest.mark.parametrize("scheme", ["data", "javascript", "mailto"])
@pytest.mark.parametrize("own_client", [True, False])
def test_a_redirect_to_a_non_page_scheme_is_a_clean_error_naming_it(
    site: RunningHTTP, scheme: str, own_client: bool
) -> None:
    # httpx itself raises InvalidURL (no HTTPError) on these Locations; that was a traceback.
    async def go() -> None:
        if own_client:
            async with make_client(LOOPBACK) as client:
                await fetch_url(site.url(f"/to-{scheme}"), LOOPBACK, client)
        else:
            async with httpx.AsyncClient() as client:
                await fetch_url(site.url(f"/to-{scheme}"), LOOPBACK, client)

    with pytest.raises(FetchError, match="not an http") as err:
        asyncio.run(go())
    if own_client:  # a foreign client's httpx hides the Location, so only ours can name it
        assert f"redirects to a {scheme}: address" in str(err.value)


@pytest.mark.parametrize("path", ["/to-long-data", "/to-long-path"])
def test_a_huge_redirect_target_is_shortened_in_the_error(site: RunningHTTP, path: str) -> None:
    with pytest.raises(FetchError) as err:
        fetch(site.url(path))
    message = str(err.value)
    assert len(message) < 1000
    assert "…" in message
    assert site.url(path) in message


def test_a_10_mb_url_is_shortened_in_the_error(site: RunningHTTP) -> None:
    url = site.url("/scam?q=") + "x" * 10_000_000
    with pytest.raises(FetchError, match="not a valid URL") as err:
        fetch(url)
    assert len(str(err.value)) < 1000
    assert url[:150] in str(err.value)


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

    monkeypatch.setattr("detector.net.guard._getaddrinfo", fake_dns)
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

    monkeypatch.setattr("detector.net.guard._getaddrinfo", no_dns)
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
