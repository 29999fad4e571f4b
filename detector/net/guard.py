"""The address guard: resolve a host once, vet every address, connect only to a vetted one.

A page URL comes from someone else and must not be able to probe this machine or its network,
so private, loopback, link-local, multicast and other non-public addresses are refused unless
allowed. Checking a name and then letting the HTTP library resolve it again to connect is not
enough: a hostile DNS server answers a public address to the check and 127.0.0.1 (or a cloud
metadata address) to the connection ("DNS rebinding"). So the addresses that passed the check
are pinned for the request (:func:`pinned`), and :class:`GuardedBackend`, the network backend of
every client :func:`detector.net.http.make_client` builds, connects to those addresses only. The
URL, and so the ``Host`` header and the TLS server name (SNI and certificate check), stay the
name's.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from ..errors import FetchError
from .settings import FetchLimits

__all__ = [
    "GuardedBackend",
    "Resolver",
    "Route",
    "address_problem",
    "pinned",
    "vet_destination",
]

#: ``async resolver(host, port) -> addresses``: how names become addresses (injectable).
Resolver = Callable[[str, int], Awaitable[list[str]]]

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    # These IPv6 forms deliver to an IPv4 address, so "::ffff:10.0.0.1" must count as 10.0.0.1.
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if addr in _NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    if addr.sixtofour is not None:
        return addr.sixtofour
    if addr.teredo is not None:
        return addr.teredo[1]
    return None


def address_problem(text: str, allow_networks: Sequence[str] = ()) -> str | None:
    """Why an address must not be connected to ("loopback", ...), or ``None`` when it is fine."""
    try:
        addr: _IPAddress = ipaddress.ip_address(text.split("%", 1)[0].strip("[]"))
    except ValueError:
        return "unparseable"
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_ipv4(addr)
        if inner is not None:
            addr = inner
    for net in allow_networks:
        if addr in ipaddress.ip_network(net, strict=False):
            return None
    checks = (
        ("unspecified", addr.is_unspecified),
        ("loopback", addr.is_loopback),
        ("link-local", addr.is_link_local),
        ("multicast", addr.is_multicast),
        ("private", addr.is_private),
        ("reserved", addr.is_reserved),
        ("not globally routable", not addr.is_global),
    )
    return next((kind for kind, hit in checks if hit), None)


async def _getaddrinfo(host: str, port: int) -> list[str]:
    # The default resolver, and one seam for tests: a fake domain can be pointed at 127.0.0.1
    # without touching /etc/hosts.
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True)
class Route:
    """Where one request may connect: the URL's host and port, and the vetted addresses.

    ``addresses`` is ``None`` when private addresses are allowed: then nothing is vetted and
    the name is resolved when connecting, as any client would.
    """

    host: str
    port: int
    addresses: tuple[str, ...] | None


_ROUTE: ContextVar[Route | None] = ContextVar("detector_net_route", default=None)


async def vet_destination(
    url: httpx.URL, limits: FetchLimits, shown: str, resolver: Resolver | None = None
) -> Route:
    """Resolve ``url``'s host once and refuse it unless every address is public.

    All addresses must pass: a name that resolves to one public and one private address would
    let the connection land on either. ``shown`` names the fetch in error messages.
    """
    host = url.raw_host.decode("ascii", "replace")
    port = url.port or (443 if url.scheme == "https" else 80)
    if limits.allow_private:
        return Route(host, port, None)
    addresses = [host] if _is_ip(host) else await _resolve(host, port, shown, resolver)
    for address in addresses:
        problem = address_problem(address, limits.allow_networks)
        if problem:
            via = "is" if address == host else f"resolves to {address}, which is"
            raise FetchError(
                f"{shown}: refused to connect: {host} {via} a private/internal address "
                f"({problem}); a page URL must not reach this machine or its network. "
                "Allow it with allow_private=True (or allow_networks) only for a server you trust"
            )
    return Route(host, port, tuple(dict.fromkeys(addresses)))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


async def _resolve(host: str, port: int, shown: str, resolver: Resolver | None) -> list[str]:
    try:
        addresses = await (resolver or _getaddrinfo)(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(
            f"{shown}: host {host!r} was not found ({exc}); check the spelling of the URL "
            "and your network or DNS"
        ) from exc
    if not addresses:
        raise FetchError(
            f"{shown}: host {host!r} was not found (no address); check the spelling of the URL "
            "and your network or DNS"
        )
    return addresses


@contextmanager
def pinned(route: Route) -> Iterator[None]:
    """Within this block (this task), connections go only to ``route``'s vetted addresses."""
    token = _ROUTE.set(route)
    try:
        yield
    finally:
        _ROUTE.reset(token)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that connects only to the addresses pinned by :func:`pinned`.

    A connection asked for outside a pinned block, or for another host or port, is refused: the
    guard fails closed. ``inner`` makes the actual connections (tests wrap it to record them).
    """

    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Connect to the first vetted address of ``host`` that answers."""
        route = _ROUTE.get()
        if route is None or route.host != host or route.port != port:
            raise httpcore.ConnectError(
                f"refused to connect to {host}:{port}: its addresses were not checked "
                "(this client connects only for detector.net fetches)"
            )
        targets: Sequence[str] = route.addresses if route.addresses is not None else (host,)
        last: Exception | None = None
        for address in targets:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc  # the next vetted address may answer, as with create_connection
        assert last is not None  # targets is never empty
        raise last

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        """Refused: a page URL never names a local socket."""
        raise httpcore.ConnectError(f"refused to connect to the local socket {path!r}")

    async def sleep(self, seconds: float) -> None:
        """As the wrapped backend sleeps."""
        await self._inner.sleep(seconds)
