"""The test-suite's network guard (tests/conftest.py) refuses to leave this machine."""

from __future__ import annotations

import asyncio
import socket

import pytest

from tests.conftest import NetworkGuard
from tests.servers import http_server, page


def test_connect_to_a_public_address_is_refused_before_any_packet(
        network_guard: NetworkGuard) -> None:
    # 192.0.2.1 is TEST-NET-1: never routed, so even a guard bug could not reach anyone.
    try:
        with pytest.raises(NetworkGuard.Error, match=r"192\.0\.2\.1"):
            socket.create_connection(("192.0.2.1", 80), timeout=0.01)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with sock, pytest.raises(NetworkGuard.Error, match=r"192\.0\.2\.1"):
            sock.connect(("192.0.2.1", 80))
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with sock, pytest.raises(NetworkGuard.Error):
            sock.connect_ex(("192.0.2.1", 80))
        with pytest.raises(NetworkGuard.Error, match=r"example\.invalid"):
            socket.getaddrinfo("example.invalid", 80)
        assert len(network_guard.violations) >= 4
    finally:
        # These attempts were this test's point: do not let the after-test check fail it.
        network_guard.violations.clear()


def test_the_guard_is_not_an_oserror_so_code_under_test_cannot_swallow_it() -> None:
    assert not issubclass(NetworkGuard.Error, Exception)


def test_loopback_and_ip_literals_stay_allowed() -> None:
    with http_server({"/": page(b"<p>hello</p>")}) as running:
        host, port = "127.0.0.1", running.port
        socket.create_connection((host, port), timeout=5).close()
        socket.create_connection(("localhost", port), timeout=5).close()
    assert socket.getaddrinfo("127.0.0.1", 80)
    assert socket.getaddrinfo("10.0.0.1", 80)  # an IP literal asks no DNS server


def test_udp_connect_sends_nothing_and_is_allowed_but_sendto_a_public_address_is_not(
        network_guard: NetworkGuard) -> None:
    # Dask learns its outward interface this way; no packet leaves.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.connect(("192.0.2.1", 80))
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, \
                pytest.raises(NetworkGuard.Error, match=r"192\.0\.2\.1"):
            udp.sendto(b"x", ("192.0.2.1", 9))
    finally:
        network_guard.violations.clear()


def test_an_asyncio_connection_like_the_http_clients_is_refused_too(
        network_guard: NetworkGuard) -> None:
    async def connect() -> None:
        await asyncio.wait_for(asyncio.open_connection("192.0.2.1", 80), timeout=1)

    try:
        with pytest.raises(NetworkGuard.Error, match=r"192\.0\.2\.1"):
            asyncio.run(connect())
    finally:
        network_guard.violations.clear()
