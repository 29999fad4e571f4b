"""The bounded HTTP client: one page (or RDAP answer) fetched within limits, guard at every hop.

Scam pages are hostile servers, so every request is bounded: a connect and a read timeout, one
total deadline that also covers a server that drips headers or body one byte at a time, a cap on
*decompressed* bytes (a gzip bomb stops at the cap), at most ``max_redirects`` redirects followed
by hand so that every hop's addresses are checked, and no hidden retries. Every hop is resolved
once and connected to only at the addresses that passed the guard (:mod:`detector.net.guard`).

This module knows nothing of pages or signals: it returns bytes and how they arrived.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpcore
import httpx

from ..errors import FetchError
from ..pages.page import decode_html
from ._text import shorten
from .body import looks_like_html, read_capped
from .guard import GuardedBackend, Resolver, pinned, vet_destination
from .settings import FetchLimits

__all__ = ["Fetched", "HTTPStatusError", "Hop", "bounded_get", "fetch_url", "make_client"]

_BROWSER_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-US,en;q=0.9",
    # Only what the bounded inflater can decode; brotli/zstd have no bounded API here.
    "Accept-Encoding": "gzip, deflate",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Servers label HTML as these when misconfigured; the body decides (WHATWG MIME sniffing).
_SNIFF_TYPES = frozenset({
    "", "text/plain", "application/octet-stream", "binary/octet-stream", "unknown/unknown",
    "application/unknown", "*/*",
})
_KEPT_HEADERS = (
    "content-type", "content-length", "content-encoding", "content-language", "last-modified",
    "date", "server", "x-powered-by", "cache-control",
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.I)
# Where make_client's response hook keeps a redirect's Location (see _keep_location).
_LOCATION = "detector.location"


@dataclass(frozen=True)
class Hop:
    """One response on the way to the page: the URL asked for and the status it answered."""

    url: str
    status: int


@dataclass(frozen=True)
class Fetched:
    """A fetched page: the bytes as sent (decompressed, capped) and their decoding."""

    url: str
    final_url: str
    status: int
    #: A few response headers worth keeping (content type, server, dates), lower-case names.
    headers: dict[str, str]
    # Kept out of repr: asyncio.run reprs its main task's result on exit (CPython 3.11 SIGINT
    # handler restore), and a 5 MB body would become a 20 MB string.
    body: bytes = field(repr=False)
    html: str = field(repr=False)
    #: The charset the ``Content-Type`` header declared, if any (``decode_html`` takes it).
    charset: str | None
    content_type: str
    #: Every response, redirects first, the page last.
    chain: tuple[Hop, ...]
    truncated: bool
    elapsed: float


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport, with :class:`GuardedBackend` under its connection pool."""

    def __init__(
        self, limits: httpx.Limits, backend: GuardedBackend, verify: ssl.SSLContext | bool
    ) -> None:
        super().__init__(limits=limits, verify=verify)
        context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(
            verify=verify)
        # httpx takes no network backend, so its pool is made again with the same settings and
        # ours; the rebinding tests prove the backend is the one that connects.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


async def _keep_location(response: httpx.Response) -> None:
    # httpx builds the next request from a redirect's Location even with redirects off, and
    # raises InvalidURL (not an HTTPError) for data:, javascript: or mailto: targets and
    # RemoteProtocolError for very long ones. Redirects are followed by hand here, so the
    # header is moved where httpx does not look and _get reads it from there.
    if response.status_code in _REDIRECTS and "location" in response.headers:
        response.extensions[_LOCATION] = response.headers["location"]
        del response.headers["location"]


def make_client(
    limits: FetchLimits | None = None,
    max_connections: int = 10,
    *,
    connector: httpcore.AsyncNetworkBackend | None = None,
    verify: ssl.SSLContext | bool = True,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` set up as :func:`fetch_url` expects (redirects off, timeouts).

    It connects only to addresses :func:`fetch_url` checked for the request at hand. Pass one
    to several fetches to share connections; close it with ``await client.aclose()``.
    ``connector`` makes the raw connections (default: httpcore's), ``verify`` checks TLS
    certificates as in httpx (a test passes its own CA's context).
    """
    limits = limits or FetchLimits()
    pool = httpx.Limits(max_connections=max_connections, max_keepalive_connections=5)
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=_timeouts(limits),
        headers={"User-Agent": limits.user_agent, **_BROWSER_HEADERS},
        transport=_GuardedTransport(pool, GuardedBackend(connector), verify),
        event_hooks={"response": [_keep_location]},
    )


def _timeouts(limits: FetchLimits) -> httpx.Timeout:
    return httpx.Timeout(
        connect=limits.connect_timeout,
        read=limits.read_timeout,
        write=limits.read_timeout,
        pool=limits.connect_timeout,
    )


@dataclass(frozen=True)
class _Raw:
    final_url: str
    status: int
    headers: httpx.Headers
    body: bytes
    content_type: str
    chain: tuple[Hop, ...]
    truncated: bool


class HTTPStatusError(FetchError):
    """A server answered with a status that is not a page (callers may read ``status``)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _parse_url(url: str) -> httpx.URL:
    text = url.strip()
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        # "example.com/x" as typed into a browser's address bar; browsers try https first too.
        text = "https://" + text
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(
            f"{shorten(repr(url))} is not a valid URL ({exc}); give an http(s) address"
        ) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FetchError(
            f"{shorten(repr(url))} is not an http(s) URL with a host; give an http(s) address"
        )
    return parsed.copy_with(fragment=None)


def _media_type(headers: httpx.Headers) -> str:
    return str(headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def _header_charset(content_type_header: str) -> str | None:
    m = _CHARSET.search(content_type_header)
    return m.group(1) if m else None


def _chain_text(urls: list[str]) -> str:
    return " -> ".join(shorten(u, 100) for u in urls)


async def _get(
    client: httpx.AsyncClient,
    start: httpx.URL,
    limits: FetchLimits,
    accept: frozenset[str],
    sniff_html: bool,
    extra_headers: Mapping[str, str] | None = None,
    resolver: Resolver | None = None,
) -> _Raw:
    """GET ``start``, following redirects by hand; raises FetchError for anything but a page."""
    shown = shorten(start)
    headers = {"User-Agent": limits.user_agent, **_BROWSER_HEADERS, **(extra_headers or {})}
    chain: list[Hop] = []
    seen = {str(start)}
    url = start
    for _ in range(limits.max_redirects + 1):
        route = await vet_destination(url, limits, shown, resolver)
        at = shorten(url)
        # Where the answer came from, said only after a redirect: the message starts with the
        # URL asked for, and naming it twice helps no one.
        hop = f" at {at}" if at != shown else ""
        this = at if at != shown else "it"
        try:
            with pinned(route):
                async with client.stream(
                    "GET", url, headers=headers, timeout=_timeouts(limits), follow_redirects=False
                ) as resp:
                    status = resp.status_code
                    chain.append(Hop(str(url), status))
                    location = str(
                        resp.extensions.get(_LOCATION) or resp.headers.get("location", "")
                    ).strip()
                    if status in _REDIRECTS and location:
                        if "set-cookie" in resp.headers:
                            # "Set a cookie and come back" is how cookie checks work: the next
                            # visit of a URL seen before is a different request, not a loop.
                            seen = set()
                        url = _next_hop(url, location, chain, seen, limits, shown)
                        continue
                    if not 200 <= status < 300:
                        phrase = shorten(resp.reason_phrase or "", 80)
                        raise HTTPStatusError(
                            f"{shown}: the server answered HTTP {status} {phrase}".rstrip()
                            + f"{hop}; check the URL, or save the page from a browser and "
                            "score the file",
                            status,
                        )
                    media = _media_type(resp.headers)
                    if media not in accept and not (sniff_html and media in _SNIFF_TYPES):
                        wanted = "an HTML page" if sniff_html else " or ".join(sorted(accept))
                        raise FetchError(
                            f"{shown}: the server sent {shorten(repr(media), 80)}{hop}, not "
                            f"{wanted}; give the URL of the page itself"
                        )
                    body, truncated = await read_capped(resp, limits.max_bytes, shown)
                    if media not in accept and not looks_like_html(body):
                        raise FetchError(
                            f"{shown}: the server sent {media or 'no content type'!s}{hop} "
                            "and the body does not look like HTML; give the URL of the page itself"
                        )
                    return _Raw(
                        str(url), status, resp.headers, body, media, tuple(chain), truncated
                    )
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"{shown}: {shorten(url.host, 100)} did not answer in time "
                f"({type(exc).__name__}); try again later or raise the timeout"
            ) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"{shown}: could not fetch {this} ({type(exc).__name__}: "
                f"{shorten(exc) or 'no detail'}); check the URL and your network"
            ) from exc
        except httpx.InvalidURL as exc:
            # Only from a client not made by make_client: httpx read the Location itself.
            raise FetchError(
                f"{shown}: {this} redirects to an address that is not an http(s) page ({exc}); "
                "open it in a browser to see where it leads"
            ) from exc
    raise FetchError(
        f"{shown}: more than {limits.max_redirects} redirects "
        f"({_chain_text([h.url for h in chain])}); open it in a browser to see where it leads"
    )


def _next_hop(
    url: httpx.URL,
    location: str,
    chain: list[Hop],
    seen: set[str],
    limits: FetchLimits,
    shown: str,
) -> httpx.URL:
    at = shorten(url) if shorten(url) != shown else "it"
    try:
        target = url.join(location).copy_with(fragment=None)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(
            f"{shown}: {at} redirects to an invalid address {shorten(repr(location))}; "
            "the page is broken"
        ) from exc
    if target.scheme not in ("http", "https") or not target.host:
        raise FetchError(
            f"{shown}: {at} redirects to a {shorten(target.scheme, 40)}: address "
            f"({shorten(repr(location))}), which is not an http(s) page; open it in a browser "
            "to see where it leads"
        )
    key = str(target)
    if key in seen:
        path = _chain_text([*(h.url for h in chain), key])
        raise FetchError(f"{shown}: redirect loop ({path}); the page never arrives")
    seen.add(key)
    if len(chain) > limits.max_redirects:
        raise FetchError(
            f"{shown}: more than {limits.max_redirects} redirects "
            f"({_chain_text([h.url for h in chain])}); open it in a browser to see where it leads"
        )
    return target


async def bounded_get(
    url: str,
    limits: FetchLimits,
    client: httpx.AsyncClient | None,
    accept: frozenset[str],
    sniff_html: bool,
    extra_headers: Mapping[str, str] | None = None,
    resolver: Resolver | None = None,
) -> _Raw:
    """GET ``url`` (an ``accept``-ed media type, or sniffed HTML) within ``limits``."""
    start = _parse_url(url)
    own = client is None
    http = client if client is not None else make_client(limits)
    try:
        # The total deadline is what stops slow headers and a one-byte-per-second body: httpx's
        # read timeout restarts with every byte.
        return await asyncio.wait_for(
            _get(http, start, limits, accept, sniff_html, extra_headers, resolver),
            limits.total_timeout,
        )
    except asyncio.TimeoutError as exc:
        raise FetchError(
            f"{shorten(start)}: no complete answer within {limits.total_timeout:g} s (the server "
            "is too slow or stalls); try again later or raise the timeout"
        ) from exc
    finally:
        if own:
            await http.aclose()


async def fetch_url(
    url: str,
    limits: FetchLimits | None = None,
    client: httpx.AsyncClient | None = None,
    *,
    resolver: Resolver | None = None,
) -> Fetched:
    """Fetch one HTML page within ``limits``; raise FetchError naming the URL otherwise.

    Redirects are followed by hand (every hop's addresses checked, loops refused); the body is
    decompressed with a bound and cut at ``max_bytes`` (``truncated`` is then set). A URL
    without a scheme is taken as https. ``client`` (see :func:`make_client`) lets many fetches
    share connections; the limits given here apply to it per request. Only a client from
    :func:`make_client` connects to the checked addresses alone: another client's transport
    resolves names again (tests use that to route made-up hosts). ``resolver`` turns host names
    into addresses (default: the system's).
    """
    limits = limits or FetchLimits()
    started = time.monotonic()
    raw = await bounded_get(url, limits, client, HTML_TYPES, sniff_html=True, resolver=resolver)
    charset = _header_charset(raw.headers.get("content-type", ""))
    kept = {k: raw.headers[k] for k in _KEPT_HEADERS if k in raw.headers}
    return Fetched(
        url=url,
        final_url=raw.final_url,
        status=raw.status,
        headers=kept,
        body=raw.body,
        html=decode_html(raw.body, charset),
        charset=charset,
        content_type=raw.content_type,
        chain=raw.chain,
        truncated=raw.truncated,
        elapsed=time.monotonic() - started,
    )
