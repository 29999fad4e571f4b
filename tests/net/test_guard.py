"""The address guard: each hop is resolved once and connected to only at a vetted address.

DNS rebinding: a hostile name answers a public address to the check and 127.0.0.1 (or a cloud
metadata address) to the connection. Here a scripted resolver plays that name, and a recording
connector shows where connections really go; only servers on 127.0.0.1 are ever reached.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from detector.errors import FetchError
from detector.net import Fetched, FetchLimits, fetch_url, make_client
from detector.net.guard import Resolver
from tests import servers
from tests.servers import RecordingConnector, RunningHTTP, ScriptedResolver

PUBLIC = "93.184.215.14"
ONLY_LOOPBACK = FetchLimits(allow_networks=("127.0.0.1/32",), total_timeout=10)


def fetch_with(
    url: str, limits: FetchLimits, resolver: Resolver, connector: RecordingConnector,
    verify: bool | object = True,
) -> Fetched:
    async def go() -> Fetched:
        async with make_client(limits, connector=connector, verify=verify) as client:  # type: ignore[arg-type]
            return await fetch_url(url, limits, client, resolver=resolver)

    return asyncio.run(go())


def test_a_rebinding_name_is_connected_to_only_at_the_checked_address(site: RunningHTTP) -> None:
    # First answer public (passes the check), every later answer loopback.
    resolver = ScriptedResolver([PUBLIC], ["127.0.0.1"])
    connector = RecordingConnector()
    before = site.server.connections
    with pytest.raises(FetchError, match="could not fetch"):
        fetch_with(f"http://rebind.example:{site.port}/scam", FetchLimits(total_timeout=5),
                   resolver, connector)
    assert resolver.asked == ["rebind.example"]  # resolved once, not again to connect
    assert connector.connects == [(PUBLIC, site.port)]
    assert site.server.connections == before  # the loopback server was never reached


def test_a_redirect_hop_that_rebinds_is_pinned_too(site: RunningHTTP) -> None:
    # Hop 1 is the allowed test server; hop 2 names a host that rebinds after its check.
    resolver = ScriptedResolver(["127.0.0.1"], [PUBLIC], ["10.0.0.1"])
    connector = RecordingConnector()
    with servers.http_server(
        {"/go": servers.redirect(f"http://rebind.example:{site.port}/scam")}
    ) as first, pytest.raises(FetchError, match="could not fetch"):
        fetch_with(f"http://start.example:{first.port}/go", ONLY_LOOPBACK, resolver, connector)
    assert resolver.asked == ["start.example", "rebind.example"]
    assert connector.connects == [("127.0.0.1", first.port), (PUBLIC, site.port)]


def test_the_checked_address_is_used_with_the_name_kept_in_the_host_header(
    site: RunningHTTP,
) -> None:
    resolver = ScriptedResolver(["127.0.0.1"])
    connector = RecordingConnector()
    got = fetch_with(f"http://prize-claim.example:{site.port}/r1", ONLY_LOOPBACK, resolver,
                     connector)
    assert got.body == servers.SCAM_PAGE
    assert [h.status for h in got.chain] == [301, 302, 307, 200]
    assert resolver.asked == ["prize-claim.example"] * 4  # every hop checked
    assert {c for c in connector.connects} == {("127.0.0.1", site.port)}
    assert site.server.hosts[-4:] == [f"prize-claim.example:{site.port}"] * 4


def test_tls_keeps_the_server_name_for_sni_and_the_certificate(tmp_path: Path) -> None:
    made = servers.self_signed_tls("pinned.example", tmp_path)
    if made is None:
        pytest.skip("the openssl command is not installed, so no test certificate can be made")
    server_tls, client_tls = made
    names: list[str | None] = []
    server_tls.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment]
    resolver = ScriptedResolver(["127.0.0.1"])
    connector = RecordingConnector()
    with servers.http_server({"/": servers.page(servers.SCAM_PAGE)}, tls=server_tls) as tls_site:
        got = fetch_with(f"https://pinned.example:{tls_site.port}/", ONLY_LOOPBACK, resolver,
                         connector, verify=client_tls)
        assert tls_site.server.hosts == [f"pinned.example:{tls_site.port}"]
    assert got.body == servers.SCAM_PAGE
    assert connector.connects == [("127.0.0.1", tls_site.port)]
    # The certificate names pinned.example only: the check passed on the name, not the address.
    assert names == ["pinned.example"]


def test_the_client_refuses_connections_no_fetch_checked(site: RunningHTTP) -> None:
    async def go() -> None:
        async with make_client(FetchLimits(allow_private=True)) as client:
            await client.get(site.url("/scam"))

    before = site.server.connections
    with pytest.raises(httpx.ConnectError, match="not checked"):
        asyncio.run(go())
    assert site.server.connections == before
