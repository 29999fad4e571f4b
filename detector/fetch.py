"""Network I/O: fetch a page and its privacy policy, and look up how old its domain is.

Scam pages are hostile servers, so every request is bounded: a connect and a read timeout, one
total deadline that also covers a server that drips headers or body one byte at a time, a cap on
*decompressed* bytes (a gzip bomb stops at the cap), at most ``max_redirects`` redirects followed
by hand so that every hop's addresses are checked, and no hidden retries. Addresses that reach
this machine or its network (private, loopback, link-local, ...) are refused unless allowed,
because a page URL comes from someone else and must not be able to probe the intranet.

Domain age comes from WHOIS (port 43, a server chosen here, never one named in an answer) with
an RDAP fallback, and is cached in SQLite (:mod:`detector.whois_cache`).

Nothing here imports click; the CLI wires these functions to flags.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import os
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import httpx

from .domains import host_parts, split_url
from .errors import FetchError, InputError
from .page import Page, WhoisFacts, decode_html
from .signals.url import is_platform_host
from .whois_cache import WhoisCache

__all__ = [
    "CHROME_USER_AGENT",
    "WHOIS_SERVERS",
    "DomainLookup",
    "FetchLimits",
    "Fetched",
    "GatherOptions",
    "GatherReport",
    "Hop",
    "UrlResult",
    "WhoisSettings",
    "check_urls",
    "fetch_url",
    "find_policy_link",
    "gather_page",
    "lookup_domain",
    "lookup_domain_async",
    "lookup_domain_detailed",
    "make_client",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Scam kits cloak: they show bots an innocent page and real browsers the lure, so look like a
# current desktop Chrome (the reduced UA string Chrome itself sends). Bump it now and then.
CHROME_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/142.0.0.0 Safari/537.36"
)
_BROWSER_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en-US,en;q=0.9",
    # Only what the bounded inflater below can decode; brotli/zstd have no bounded API here.
    "Accept-Encoding": "gzip, deflate",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Servers label HTML as these when misconfigured; the body decides (WHATWG MIME sniffing).
_SNIFF_TYPES = frozenset({
    "", "text/plain", "application/octet-stream", "binary/octet-stream", "unknown/unknown",
    "application/unknown", "*/*",
})
_JSON_TYPES = frozenset({"application/rdap+json", "application/json", "text/json"})
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|p|"
    rb"br|meta|link|form|img|center|span|!--)[\s/>]",
    re.I,
)
_KEPT_HEADERS = (
    "content-type", "content-length", "content-encoding", "content-language", "last-modified",
    "date", "server", "x-powered-by", "cache-control",
)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.I)


# -------------------------------------------------------------------------------------------
# Limits and results
# -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchLimits:
    """Bounds for one page fetch (all hops together)."""

    #: Seconds to open a TCP/TLS connection.
    connect_timeout: float = 5.0
    #: Seconds without a single byte arriving.
    read_timeout: float = 10.0
    #: Seconds for the whole fetch, redirects included; the only bound on a slow drip.
    total_timeout: float = 20.0
    #: Bytes of *decoded* body kept; the rest is not downloaded and ``truncated`` is set.
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = CHROME_USER_AGENT
    #: Allow addresses on this machine or its network (loopback, RFC 1918, link-local, ...).
    allow_private: bool = False
    #: Networks allowed even when ``allow_private`` is off, e.g. ``("192.168.5.0/24",)`` for an
    #: intranet test server.
    allow_networks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("connect_timeout", "read_timeout", "total_timeout"):
            value = getattr(self, name)
            if not value > 0:
                raise InputError(f"{name}={value!r} must be a positive number of seconds")
        if self.max_bytes < 1:
            raise InputError(f"max_bytes={self.max_bytes!r} must be at least 1")
        if self.max_redirects < 0:
            raise InputError(f"max_redirects={self.max_redirects!r} must be 0 or more")
        for net in self.allow_networks:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError as exc:
                raise InputError(
                    f"allow_networks entry {net!r} is not a network; write it like 10.1.0.0/16"
                ) from exc


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


def make_client(limits: FetchLimits | None = None, max_connections: int = 10) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` set up as :func:`fetch_url` expects (redirects off, timeouts).

    Pass one to several fetches to share connections; close it with ``await client.aclose()``.
    """
    limits = limits or FetchLimits()
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=_timeouts(limits),
        headers={"User-Agent": limits.user_agent, **_BROWSER_HEADERS},
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=5),
    )


def _timeouts(limits: FetchLimits) -> httpx.Timeout:
    return httpx.Timeout(
        connect=limits.connect_timeout,
        read=limits.read_timeout,
        write=limits.read_timeout,
        pool=limits.connect_timeout,
    )


# -------------------------------------------------------------------------------------------
# Address checks
# -------------------------------------------------------------------------------------------

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


def _address_problem(text: str, allow_networks: Sequence[str] = ()) -> str | None:
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
    # One seam for tests: a fake domain can be pointed at 127.0.0.1 without touching /etc/hosts.
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def _check_destination(url: httpx.URL, limits: FetchLimits, shown: str) -> None:
    """Refuse a URL whose host is, or resolves to, a non-public address (before connecting).

    All addresses must pass: a name that resolves to one public and one private address would
    let the connection land on either.
    """
    if limits.allow_private:
        return
    host = url.raw_host.decode("ascii", "replace")
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        addresses = [host]
    except ValueError:
        try:
            addresses = await _getaddrinfo(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(
                f"{shown}: host {host!r} was not found ({exc}); check the spelling of the URL "
                "and your network or DNS"
            ) from exc
    for address in addresses:
        problem = _address_problem(address, limits.allow_networks)
        if problem:
            via = "is" if address == host else f"resolves to {address}, which is"
            raise FetchError(
                f"{shown}: refused to connect: {host} {via} a private/internal address "
                f"({problem}); a page URL must not reach this machine or its network. "
                "Allow it with allow_private=True (or allow_networks) only for a server you trust"
            )


# -------------------------------------------------------------------------------------------
# Bounded body reading
# -------------------------------------------------------------------------------------------


class _Inflater:
    """gzip/deflate decoding that never produces more bytes than it is asked for."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._z: Any = zlib.decompressobj(31) if self._gzip else None
        self._pending = b""
        self._done = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode ``data``, returning at most ``room`` (> 0) bytes; excess input is dropped."""
        if self._z is None:
            # "deflate" is a zlib stream per RFC 9110, but some servers send raw deflate.
            self._pending += data
            if len(self._pending) < 2:
                return b""
            b0, b1 = self._pending[0], self._pending[1]
            wbits = 15 if (b0 & 0x0F) == 8 and (b0 << 8 | b1) % 31 == 0 else -15
            self._z = zlib.decompressobj(wbits)
            data, self._pending = self._pending, b""
        out = bytearray()
        while data and not self._done and len(out) < room:
            out += self._z.decompress(data, room - len(out))
            if self._z.eof:
                data = self._z.unused_data
                # Concatenated gzip members are one valid body; anything after deflate is junk.
                if self._gzip and data:
                    self._z = zlib.decompressobj(31)
                else:
                    self._done = True
            else:
                data = self._z.unconsumed_tail
        return bytes(out)


async def _read_capped(resp: httpx.Response, max_bytes: int, shown: str) -> tuple[bytes, bool]:
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        inflater = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        inflater = _Inflater(encoding)
    else:
        raise FetchError(
            f"{shown}: the server sent the body as {encoding!r}, which this tool does not decode "
            "(it asks for gzip or deflate only); save the page from a browser and score the file"
        )
    buf = bytearray()
    async for raw in resp.aiter_raw(65536):
        # Ask for one byte more than the cap so "exactly at the cap" is not called truncated.
        room = max_bytes + 1 - len(buf)
        if inflater is None:
            buf += raw[:room]
        else:
            try:
                buf += inflater.feed(raw, room)
            except zlib.error as exc:
                raise FetchError(
                    f"{shown}: the server sent a corrupt {encoding} body ({exc}); try again "
                    "later or save the page from a browser"
                ) from exc
        if len(buf) > max_bytes:
            del buf[max_bytes:]
            return bytes(buf), True
    return bytes(buf), False


def _looks_like_html(body: bytes) -> bool:
    # A NUL byte marks binary data (WHATWG sniffing); UTF-16 pages announce themselves by BOM.
    if b"\x00" in body[:1024] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return bool(_HTML_START.search(body[:4096]))


# -------------------------------------------------------------------------------------------
# The fetch
# -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Raw:
    final_url: str
    status: int
    headers: httpx.Headers
    body: bytes
    content_type: str
    chain: tuple[Hop, ...]
    truncated: bool


class _HTTPStatusError(FetchError):
    """A server answered with a status that is not a page (kept private: callers see FetchError)."""

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
        raise FetchError(f"{url!r} is not a valid URL ({exc}); give an http(s) address") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FetchError(f"{url!r} is not an http(s) URL with a host; give an http(s) address")
    return parsed.copy_with(fragment=None)


def _media_type(headers: httpx.Headers) -> str:
    return str(headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def _header_charset(content_type_header: str) -> str | None:
    m = _CHARSET.search(content_type_header)
    return m.group(1) if m else None


async def _get(
    client: httpx.AsyncClient,
    start: httpx.URL,
    limits: FetchLimits,
    accept: frozenset[str],
    sniff_html: bool,
    extra_headers: Mapping[str, str] | None = None,
) -> _Raw:
    """GET ``start``, following redirects by hand; raises FetchError for anything but a page."""
    shown = str(start)
    headers = {"User-Agent": limits.user_agent, **_BROWSER_HEADERS, **(extra_headers or {})}
    chain: list[Hop] = []
    seen = {str(start)}
    url = start
    for _ in range(limits.max_redirects + 1):
        await _check_destination(url, limits, shown)
        try:
            async with client.stream(
                "GET", url, headers=headers, timeout=_timeouts(limits), follow_redirects=False
            ) as resp:
                status = resp.status_code
                chain.append(Hop(str(url), status))
                location = resp.headers.get("location", "").strip()
                if status in _REDIRECTS and location:
                    if "set-cookie" in resp.headers:
                        # "Set a cookie and come back" is how cookie checks work: the next
                        # visit of a URL seen before is a different request, not a loop.
                        seen = set()
                    url = _next_hop(url, location, chain, seen, limits, shown)
                    continue
                if not 200 <= status < 300:
                    phrase = resp.reason_phrase or ""
                    raise _HTTPStatusError(
                        f"{shown}: the server answered HTTP {status} {phrase}".rstrip()
                        + f" at {url}; check the URL, or save the page from a browser and score "
                        "the file",
                        status,
                    )
                media = _media_type(resp.headers)
                if media not in accept and not (sniff_html and media in _SNIFF_TYPES):
                    wanted = "an HTML page" if sniff_html else " or ".join(sorted(accept))
                    raise FetchError(
                        f"{shown}: the server sent {media!r} at {url}, not {wanted}; "
                        "give the URL of the page itself"
                    )
                body, truncated = await _read_capped(resp, limits.max_bytes, shown)
                if media not in accept and not _looks_like_html(body):
                    raise FetchError(
                        f"{shown}: the server sent {media or 'no content type'!s} at {url} and "
                        "the body does not look like HTML; give the URL of the page itself"
                    )
                return _Raw(str(url), status, resp.headers, body, media, tuple(chain), truncated)
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"{shown}: {url.host} did not answer in time ({type(exc).__name__}); "
                "try again later or raise the timeout"
            ) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"{shown}: could not fetch {url} ({type(exc).__name__}: {exc or 'no detail'}); "
                "check the URL and your network"
            ) from exc
    raise FetchError(
        f"{shown}: more than {limits.max_redirects} redirects "
        f"({' -> '.join(h.url for h in chain)}); open it in a browser to see where it leads"
    )


def _next_hop(
    url: httpx.URL,
    location: str,
    chain: list[Hop],
    seen: set[str],
    limits: FetchLimits,
    shown: str,
) -> httpx.URL:
    try:
        target = url.join(location).copy_with(fragment=None)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(
            f"{shown}: {url} redirects to an invalid address {location!r}; the page is broken"
        ) from exc
    if target.scheme not in ("http", "https") or not target.host:
        raise FetchError(
            f"{shown}: {url} redirects to {location!r}, which is not an http(s) page"
        )
    key = str(target)
    if key in seen:
        path = " -> ".join([*(h.url for h in chain), key])
        raise FetchError(f"{shown}: redirect loop ({path}); the page never arrives")
    seen.add(key)
    if len(chain) > limits.max_redirects:
        raise FetchError(
            f"{shown}: more than {limits.max_redirects} redirects "
            f"({' -> '.join(h.url for h in chain)}); open it in a browser to see where it leads"
        )
    return target


async def _bounded_get(
    url: str,
    limits: FetchLimits,
    client: httpx.AsyncClient | None,
    accept: frozenset[str],
    sniff_html: bool,
    extra_headers: Mapping[str, str] | None = None,
) -> _Raw:
    start = _parse_url(url)
    own = client is None
    http = client if client is not None else make_client(limits)
    try:
        # The total deadline is what stops slow headers and a one-byte-per-second body: httpx's
        # read timeout restarts with every byte.
        return await asyncio.wait_for(
            _get(http, start, limits, accept, sniff_html, extra_headers), limits.total_timeout
        )
    except asyncio.TimeoutError as exc:
        raise FetchError(
            f"{start}: no complete answer within {limits.total_timeout:g} s (the server is too "
            "slow or stalls); try again later or raise the timeout"
        ) from exc
    finally:
        if own:
            await http.aclose()


async def fetch_url(
    url: str, limits: FetchLimits | None = None, client: httpx.AsyncClient | None = None
) -> Fetched:
    """Fetch one HTML page within ``limits``; raise FetchError naming the URL otherwise.

    Redirects are followed by hand (every hop's addresses checked, loops refused); the body is
    decompressed with a bound and cut at ``max_bytes`` (``truncated`` is then set). A URL
    without a scheme is taken as https. ``client`` (see :func:`make_client`) lets many fetches
    share connections; the limits given here apply to it per request.
    """
    limits = limits or FetchLimits()
    started = time.monotonic()
    raw = await _bounded_get(url, limits, client, _HTML_TYPES, sniff_html=True)
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


# -------------------------------------------------------------------------------------------
# Privacy-policy link
# -------------------------------------------------------------------------------------------

# Lower-case fragments matched in link text and in the percent-decoded href.
_PRIVACY_WORDS = (
    "privacy", "privacidad", "privacidade", "privacitat", "confidentialité", "confidentialite",
    "données personnelles", "donnees-personnelles", "datenschutz", "privatsphäre", "privasi",
    "gizlilik", "kişisel veri", "kvkk", "गोपनीयता", "निजता", "الخصوصية", "конфиденциальност",
    "персональных данных", "quyền riêng tư", "bảo mật", "riservatezza", "privacybeleid",
    "prywatności", "prywatnosci", "ochrana osobních", "soukromí", "adatvédelm", "tietosuoja",
    "integritet", "personvern", "privatliv", "απόρρητο", "פרטיות", "プライバシー", "個人情報",
    "隐私", "隱私", "개인정보", "ความเป็นส่วนตัว", "protección de datos", "proteção de dados",
    "data protection", "personal data", "dsgvo", "gdpr",
)
_TERMS_WORDS = (
    "terms", "conditions", "términos", "terminos", "termos", "condiciones", "condições",
    "condicoes", "conditions générales", "nutzungsbedingungen", "geschäftsbedingungen",
    "syarat", "ketentuan", "kullanım koşulları", "koşullar", "sözleşme", "शर्तें", "नियम",
    "الشروط", "الأحكام", "условия", "соглашение", "điều khoản", "termini", "condizioni",
    "voorwaarden", "regulamin", "warunki", "podmínky", "feltételek", "ehdot", "villkor",
    "vilkår", "όροι", "תנאי", "利用規約", "条款", "條款", "이용약관", "ข้อกำหนด", "legal",
)
# Short tokens only count as whole words: "tos" is inside "photos", "agb" inside "tagbox".
_TERMS_TOKENS = re.compile(r"(?<![a-z])(?:tos|agb|cgu|cgv|eula)(?![a-z])")
_NOT_A_PAGE = ("javascript:", "mailto:", "tel:", "data:", "sms:", "whatsapp:", "#")


def _mentions(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


def find_policy_link(page_or_html: Page | str | bytes, base_url: str) -> str | None:
    """The absolute http(s) URL of the page's privacy policy, else its terms, else ``None``.

    Links are ranked by where the words appear (anchor text beats href) and then by being on
    the page's own site; words are matched in many languages ("privacidad", "Datenschutz",
    "kebijakan privasi", "gizlilik", "конфиденциальность", "الخصوصية", ...). A link back to
    the page itself is skipped.
    """
    if isinstance(page_or_html, Page):  # noqa: SIM108 (mypy narrows only in a statement)
        page = page_or_html
    else:
        page = Page(html=page_or_html, url=base_url)
    base = base_url or page.url
    here = _without_fragment(base)
    best: tuple[int, int, int] | None = None
    best_url: str | None = None
    for order, link in enumerate(page.links):
        href = link.href.strip()
        if not href or href.lower().startswith(_NOT_A_PAGE):
            continue
        try:
            absolute = _without_fragment(urljoin(base, href))
        except ValueError:
            continue
        if urlsplit(absolute).scheme not in ("http", "https") or absolute == here:
            continue
        text = link.text.casefold()
        target = unquote(href).casefold()
        if _mentions(text, _PRIVACY_WORDS):
            tier = 0
        elif _mentions(target, _PRIVACY_WORDS):
            tier = 1
        elif _mentions(text, _TERMS_WORDS) or _TERMS_TOKENS.search(text):
            tier = 2
        elif _mentions(target, _TERMS_WORDS) or _TERMS_TOKENS.search(target):
            tier = 3
        else:
            continue
        rank = (tier, 0 if link.internal else 1, order)
        if best is None or rank < best:
            best, best_url = rank, absolute
    return best_url


def _without_fragment(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


# -------------------------------------------------------------------------------------------
# WHOIS and RDAP
# -------------------------------------------------------------------------------------------

#: WHOIS servers for common TLDs; other TLDs ask whois.iana.org which server to use.
WHOIS_SERVERS: Mapping[str, str] = MappingProxyType({
    "com": "whois.verisign-grs.com",
    "net": "whois.verisign-grs.com",
    "org": "whois.pir.org",
    "info": "whois.nic.info",
    "biz": "whois.nic.biz",
    "xyz": "whois.nic.xyz",
    "top": "whois.nic.top",
    "online": "whois.nic.online",
    "site": "whois.nic.site",
    "io": "whois.nic.io",
    "co": "whois.nic.co",
    "me": "whois.nic.me",
    "uk": "whois.nic.uk",
    "de": "whois.denic.de",
    "fr": "whois.nic.fr",
    "nl": "whois.domain-registry.nl",
    "eu": "whois.eu",
    "ru": "whois.tcinet.ru",
    "br": "whois.registro.br",
    "in": "whois.registry.in",
    "au": "whois.auda.org.au",
    "ca": "whois.cira.ca",
    "jp": "whois.jprs.jp",
})
_IANA_WHOIS = "whois.iana.org"
_DAY = 86400.0
_PRIVACY_MARKERS = re.compile(
    r"redacted|privacy|proxy|whoisguard|withheld|data protected|gdpr|not disclosed|"
    r"masked|anonymi[sz]ed|identity protect|private registration|statutory masking",
    re.I,
)
_PARTY_LINE = re.compile(r"^\s*(?:registrant|owner|holder|admin|tech)[^:\n]*:(.*)$", re.I | re.M)
_NOT_FOUND = re.compile(
    r"no match|not found|no data found|no entries found|no object found|"
    r"status:\s*(?:free|available)|is available for registration|domain not registered",
    re.I,
)


@dataclass(frozen=True)
class WhoisSettings:
    """Where and how domain age is looked up, and how long answers are cached."""

    #: WHOIS server host; ``None`` picks one per TLD (:data:`WHOIS_SERVERS`, then IANA).
    server: str | None = None
    #: Port of ``server`` (WHOIS is 43; tests run servers on high ports).
    port: int = 43
    #: Seconds for one WHOIS exchange (connect, ask, read to the end) and for one RDAP fetch.
    timeout: float = 10.0
    #: Bytes of WHOIS answer read at most; real records are a few kilobytes.
    max_bytes: int = 256_000
    #: Ask RDAP when WHOIS gives no creation date.
    rdap: bool = True
    #: RDAP base URL; ``{base}/domain/{name}`` is fetched. rdap.org redirects to the registry.
    rdap_base_url: str = "https://rdap.org"
    #: Let RDAP hops reach private addresses (a local RDAP mirror, tests).
    allow_private: bool = False
    #: Use the SQLite cache (:mod:`detector.whois_cache`).
    cache: bool = True
    #: Cache file or directory; ``None`` uses ``$DETECTOR_CACHE_DIR`` or the XDG cache dir.
    cache_path: str | os.PathLike[str] | None = None
    #: Seconds an answer is kept.
    cache_ttl: float = 7 * _DAY
    #: Seconds a "no such domain" answer is kept (shorter: the domain may be registered soon).
    negative_ttl: float = _DAY

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise InputError(f"whois timeout={self.timeout!r} must be a positive number")
        if not 0 < self.port < 65536:
            raise InputError(f"whois port={self.port!r} must be between 1 and 65535")


@dataclass(frozen=True)
class DomainLookup:
    """The outcome of a domain-age lookup: facts, or why there are none."""

    #: The registered domain that was (or would have been) looked up.
    domain: str
    facts: WhoisFacts | None
    #: Why ``facts`` is None, or what degraded ("WHOIS ... refused the connection").
    note: str | None = None
    #: The answer came from the cache, with no network query.
    cached: bool = False
    #: Not looked up on purpose (platform host, IP address): no warning needed.
    skipped: bool = False


@dataclass(frozen=True)
class _Outcome:
    facts: WhoisFacts | None
    note: str | None
    #: The server really said "no such domain" (worth caching), as opposed to a failure.
    definitive: bool = False


def _whois_exchange(host: str, port: int, query: str, deadline: float, max_bytes: int) -> str:
    """The port-43 protocol: send one line, read until the server closes, within a deadline.

    python-whois's client only has a per-recv timeout (a server dripping one byte a second
    holds it forever), no size cap, IPv4 only, and port 43 hard-coded; this is the same
    exchange with those bounds.
    """
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("no time left")
    with socket.create_connection((host, port), timeout=remaining) as sock:
        sock.sendall(query.encode("utf-8") + b"\r\n")
        chunks: list[bytes] = []
        size = 0
        while size < max_bytes:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"answer not complete after {size} bytes")
            sock.settimeout(remaining)
            data = sock.recv(min(65536, max_bytes - size))
            if not data:
                break
            chunks.append(data)
            size += len(data)
    return b"".join(chunks).decode("utf-8", "replace")


def _whois_query_text(host: str, domain: str) -> str:
    # The same per-registry query syntax python-whois uses.
    if host == "whois.denic.de":
        return f"-T dn,ace {domain}"
    if host.endswith(".jp"):
        return f"{domain}/e"
    return domain


def _iana_server(tld: str, deadline: float, max_bytes: int) -> str | None:
    text = _whois_exchange(_IANA_WHOIS, 43, tld, deadline, max_bytes)
    return _iana_referral(text)


def _iana_referral(text: str) -> str | None:
    # "whois:" can be present and empty (a TLD without WHOIS); do not read past the line end.
    m = re.search(r"^(?:refer|whois):[ \t]*(\S+)", text, re.M | re.I)
    return m.group(1) if m else None


def _first_date(value: object) -> datetime | None:
    values = value if isinstance(value, list) else [value]
    dates: list[datetime] = []
    for v in values:
        if isinstance(v, datetime):
            dates.append(v if v.tzinfo else v.replace(tzinfo=timezone.utc))
        elif isinstance(v, str) and v.strip():
            parsed = _parse_iso(v)
            if parsed is not None:
                dates.append(parsed)
    # Registry and registrar copies of the same record can disagree by a timezone; the earliest
    # is the registration.
    dates = [d for d in dates if d.timestamp() < time.time() + _DAY]
    return min(dates) if dates else None


def _parse_iso(text: str) -> datetime | None:
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            from dateutil import parser as dateparser

            dt = dateparser.parse(text)
        except (ValueError, OverflowError):
            return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _first_text(value: object) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _privacy_from_text(text: str) -> bool | None:
    parties = _PARTY_LINE.findall(text)
    if parties:
        return any(_PRIVACY_MARKERS.search(value) for value in parties)
    # Thin registry records have no registrant lines; only a named privacy service tells.
    if re.search(r"whoisguard|domains by proxy|withheld for privacy|contact privacy|"
                 r"privacyguardian|redacted for privacy|privacy protect", text, re.I):
        return True
    return None


def _facts_from_whois(domain: str, text: str, server: str) -> _Outcome:
    from whois.exceptions import WhoisDomainNotFoundError
    from whois.parser import WhoisEntry

    if not text.strip():
        return _Outcome(None, f"WHOIS server {server} sent an empty answer")
    try:
        entry = WhoisEntry.load(domain, text)
    except WhoisDomainNotFoundError:
        return _Outcome(None, f"WHOIS server {server} has no record of {domain}", True)
    except Exception as exc:  # a third-party parser on hostile text; the page must not be lost
        return _Outcome(None, f"WHOIS answer from {server} could not be read ({exc})")
    if all(v is None for v in entry.values()):
        definitive = bool(_NOT_FOUND.search(text[:2000]))
        why = f"has no record of {domain}" if definitive else "sent an answer with no fields"
        return _Outcome(None, f"WHOIS server {server} {why}", definitive)
    facts = WhoisFacts(
        domain=domain,
        created=_first_date(entry.get("creation_date")),
        registrar=_first_text(entry.get("registrar")),
        privacy_protected=_privacy_from_text(text),
        source="whois",
    )
    note = None if facts.created else f"WHOIS server {server} gave no creation date"
    return _Outcome(facts, note)


def _whois_lookup(domain: str, settings: WhoisSettings) -> _Outcome:
    """Blocking WHOIS lookup of a registered domain; never raises for network trouble."""
    deadline = time.monotonic() + settings.timeout
    tld = domain.rsplit(".", 1)[-1]
    server, port = settings.server, settings.port
    try:
        if server is None:
            port = 43
            server = WHOIS_SERVERS.get(tld) or _iana_server(tld, deadline, settings.max_bytes)
            if not server:
                return _Outcome(None, f"no WHOIS server is known for .{tld}")
        text = _whois_exchange(
            server, port, _whois_query_text(server, domain), deadline, settings.max_bytes
        )
    except TimeoutError as exc:
        where = server or _IANA_WHOIS
        return _Outcome(None, f"WHOIS server {where} did not answer within "
                              f"{settings.timeout:g} s ({exc})")
    except OSError as exc:
        where = f"{server}:{port}" if server else _IANA_WHOIS
        return _Outcome(None, f"WHOIS server {where} could not be reached "
                              f"({exc.strerror or exc})")
    return _facts_from_whois(domain, text, server)


def _vcard_names(entity: Mapping[str, Any]) -> list[str]:
    vcard = entity.get("vcardArray")
    if not (isinstance(vcard, list) and len(vcard) > 1 and isinstance(vcard[1], list)):
        return []
    names = []
    for prop in vcard[1]:
        if isinstance(prop, list) and len(prop) > 3 and prop[0] in ("fn", "org"):
            names.append(str(prop[3]))
    return names


def _facts_from_rdap(domain: str, data: Any) -> WhoisFacts | None:
    if not isinstance(data, dict):
        return None
    created = None
    for event in data.get("events") or []:
        if isinstance(event, dict) and event.get("eventAction") == "registration":
            created = _first_date(str(event.get("eventDate", "")))
    registrar = None
    privacy: bool | None = None
    for entity in data.get("entities") or []:
        if not isinstance(entity, dict):
            continue
        roles = entity.get("roles") or []
        names = _vcard_names(entity)
        if "registrar" in roles and names:
            registrar = names[0]
        if "registrant" in roles:
            blob = json.dumps([names, entity.get("remarks")])
            privacy = bool(_PRIVACY_MARKERS.search(blob)) or privacy is True
    if privacy is None and data.get("redacted"):
        # RFC 9537: the registry says which fields it redacted.
        privacy = "registrant" in json.dumps(data["redacted"]).lower() or None
    if created is None and registrar is None:
        return None
    return WhoisFacts(domain, created, registrar, privacy, source="rdap")


async def _rdap_lookup(
    domain: str, settings: WhoisSettings, client: httpx.AsyncClient | None
) -> _Outcome:
    url = f"{settings.rdap_base_url.rstrip('/')}/domain/{domain}"
    limits = FetchLimits(
        connect_timeout=min(5.0, settings.timeout),
        read_timeout=settings.timeout,
        total_timeout=settings.timeout,
        max_bytes=1_000_000,
        allow_private=settings.allow_private,
    )
    try:
        raw = await _bounded_get(
            url, limits, client, _JSON_TYPES, sniff_html=False,
            extra_headers={"Accept": "application/rdap+json, application/json"},
        )
    except _HTTPStatusError as exc:
        if exc.status == 404:
            return _Outcome(None, f"RDAP has no record of {domain}", True)
        return _Outcome(None, f"RDAP lookup failed: HTTP {exc.status}")
    except FetchError as exc:
        return _Outcome(None, f"RDAP lookup failed: {exc}")
    if raw.truncated:
        return _Outcome(None, f"RDAP answer for {domain} was larger than 1 MB")
    try:
        data = json.loads(raw.body)
    except (ValueError, RecursionError) as exc:
        return _Outcome(None, f"RDAP answer for {domain} is not JSON ({exc})")
    facts = _facts_from_rdap(domain, data)
    if facts is None or facts.created is None:
        return _Outcome(facts, f"RDAP gave no registration date for {domain}")
    return _Outcome(facts, None)


def _merge(whois: WhoisFacts | None, rdap: WhoisFacts | None) -> WhoisFacts | None:
    if whois is None or rdap is None:
        return whois or rdap
    return WhoisFacts(
        domain=whois.domain,
        created=rdap.created or whois.created,
        registrar=whois.registrar or rdap.registrar,
        privacy_protected=(
            whois.privacy_protected if whois.privacy_protected is not None
            else rdap.privacy_protected
        ),
        source="rdap" if rdap.created else whois.source,
    )


def _registered_domain(domain: str) -> tuple[str, str | None]:
    """``(registered domain, reason not to look it up)``."""
    text = domain.strip()
    try:
        host = str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        host = split_url(text)[0]  # takes "example.com", "example.com:8080" and full URLs
    host = host.rstrip(".").lower()
    if not host:
        return "", "no domain given"
    parts = host_parts(host)
    if parts.is_ip:
        return host, f"{host} is an IP address, which has no domain registration"
    if is_platform_host(host):
        return parts.registered, (
            f"{host} is on a shared hosting platform; the platform's domain age says "
            "nothing about this page"
        )
    if not parts.suffix:
        return host, f"{host} is not under a public suffix, so it has no WHOIS record"
    try:
        ascii_name = parts.registered.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_name = parts.registered
    return ascii_name, None


async def lookup_domain_async(
    domain: str,
    settings: WhoisSettings | None = None,
    client: httpx.AsyncClient | None = None,
) -> DomainLookup:
    """Look up when a domain (or a URL's host) was registered: cache, WHOIS, then RDAP.

    Never raises for network trouble: ``facts`` is then ``None`` and ``note`` says why.
    Platform hosts (github.io, blogspot, ...) and IP addresses are not looked up.
    WHOIS runs in a worker thread; it and RDAP are each bounded by ``settings.timeout``.
    """
    settings = settings or WhoisSettings()
    name, skip = _registered_domain(domain)
    if skip:
        return DomainLookup(name, None, skip, skipped=True)
    cache = WhoisCache(settings.cache_path) if settings.cache else None
    if cache is not None:
        hit = await asyncio.to_thread(cache.get, name)
        if hit is not None:
            return DomainLookup(name, hit.facts, hit.note, cached=True)
    outcome = await asyncio.to_thread(_whois_lookup, name, settings)
    notes = [outcome.note] if outcome.note else []
    facts, definitive = outcome.facts, outcome.definitive
    if settings.rdap and (facts is None or facts.created is None):
        rdap = await _rdap_lookup(name, settings, client)
        facts = _merge(facts, rdap.facts)
        if facts is not None and facts.created is not None:
            notes = []  # RDAP filled the gap; WHOIS trouble no longer matters
        elif rdap.note:
            notes.append(rdap.note)
        definitive = definitive or rdap.definitive
    note = "; ".join(notes) or None
    if cache is not None:
        if facts is not None and facts.created is not None:
            await asyncio.to_thread(cache.put, name, facts, note, settings.cache_ttl)
        elif definitive:
            # Failures (timeouts, refused connections) are not cached: the next run may succeed.
            await asyncio.to_thread(cache.put, name, facts, note, settings.negative_ttl)
    return DomainLookup(name, facts, note)


def lookup_domain_detailed(domain: str, settings: WhoisSettings | None = None) -> DomainLookup:
    """Blocking :func:`lookup_domain_async`: facts plus the reason when there are none."""
    return _run_sync(lambda: lookup_domain_async(domain, settings))


def lookup_domain(domain: str, settings: WhoisSettings | None = None) -> WhoisFacts | None:
    """WHOIS/RDAP facts about a domain (creation date, registrar, privacy), or ``None``."""
    return lookup_domain_detailed(domain, settings).facts


# -------------------------------------------------------------------------------------------
# Page + policy + domain age, together
# -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GatherOptions:
    """What :func:`gather_page` fetches and within which bounds."""

    limits: FetchLimits = field(default_factory=FetchLimits)
    #: Seconds for everything: page, policy page and domain age together.
    timeout: float = 30.0
    #: No network at all; URLs are refused (score a saved page instead).
    offline: bool = False
    #: Fetch the privacy policy (or terms) the page links to.
    policy: bool = True
    #: Look up the domain's age.
    whois: bool = True
    whois_settings: WhoisSettings = field(default_factory=WhoisSettings)

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise InputError(f"timeout={self.timeout!r} must be a positive number of seconds")


@dataclass(frozen=True)
class GatherReport:
    """What happened while gathering a page, for people and for ``--json``."""

    url: str
    final_url: str
    status: int
    chain: tuple[Hop, ...]
    truncated: bool
    content_type: str
    charset: str | None
    policy_url: str | None
    policy_fetched: bool
    domain: str | None
    domain_created: datetime | None
    domain_age_days: int | None
    whois_source: str | None
    whois_cached: bool
    #: Why the domain was not looked up (platform host, IP), when it was skipped on purpose.
    domain_note: str | None
    warnings: tuple[str, ...]
    elapsed: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings, the chain as a list of objects)."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "redirect_chain": [{"url": h.url, "status": h.status} for h in self.chain],
            "truncated": self.truncated,
            "content_type": self.content_type,
            "charset": self.charset,
            "policy_url": self.policy_url,
            "policy_fetched": self.policy_fetched,
            "domain": self.domain,
            "domain_created": self.domain_created.isoformat() if self.domain_created else None,
            "domain_age_days": self.domain_age_days,
            "whois_source": self.whois_source,
            "whois_cached": self.whois_cached,
            "domain_note": self.domain_note,
            "warnings": list(self.warnings),
            "elapsed_s": round(self.elapsed, 3),
        }


async def _within(coro: Coroutine[Any, Any, T], seconds: float) -> T:
    if seconds <= 0:
        coro.close()
        raise asyncio.TimeoutError
    return await asyncio.wait_for(coro, seconds)


async def gather_page(
    url: str, options: GatherOptions | None = None, client: httpx.AsyncClient | None = None
) -> tuple[Page, GatherReport]:
    """Fetch a page, then its privacy policy and its domain's age concurrently, in one deadline.

    The page itself must arrive (else FetchError); a policy page or domain age that fails only
    adds a warning to the report and leaves ``policy_html`` / ``whois`` as ``None``.
    """
    options = options or GatherOptions()
    if options.offline:
        raise FetchError(
            f"{url}: not fetched because offline mode is on; save the page and score the file, "
            "or turn offline mode off"
        )
    loop = asyncio.get_running_loop()
    started = loop.time()
    deadline = started + options.timeout
    own = client is None
    http = client if client is not None else make_client(options.limits)
    try:
        page_limits = replace(
            options.limits, total_timeout=min(options.limits.total_timeout, options.timeout)
        )
        fetched = await fetch_url(url, page_limits, http)
        warnings: list[str] = []
        if fetched.truncated:
            warnings.append(
                f"page {fetched.final_url} was cut at {options.limits.max_bytes} bytes"
            )
        # The one parse of the page: its links find the policy, and it is what gets scored.
        page = Page(html=fetched.body, charset=fetched.charset, url=fetched.final_url)
        policy_url = find_policy_link(page, fetched.final_url) if options.policy else None

        async def policy() -> str | None:
            if policy_url is None:
                return None
            left = deadline - loop.time()
            limits = replace(
                options.limits, total_timeout=max(0.001, min(options.limits.total_timeout, left))
            )
            try:
                got = await _within(fetch_url(policy_url, limits, http), left)
            except FetchError as exc:
                warnings.append(f"privacy policy {policy_url} could not be fetched: {exc}")
                return None
            except asyncio.TimeoutError:
                warnings.append(f"privacy policy {policy_url} could not be fetched: out of time")
                return None
            return got.html

        async def domain_age() -> DomainLookup | None:
            if not options.whois:
                return None
            left = deadline - loop.time()
            # The WHOIS exchange runs in a thread that cancelling cannot stop, and asyncio.run
            # waits for it on exit, so its own timeout must end within the deadline too.
            settings = options.whois_settings
            settings = replace(settings, timeout=max(0.001, min(settings.timeout, left)))
            try:
                return await _within(
                    lookup_domain_async(fetched.final_url, settings, http), left
                )
            except asyncio.TimeoutError:
                name = _registered_domain(fetched.final_url)[0]
                warnings.append(f"domain age of {name} unknown: out of time")
                return None

        policy_html, lookup = await asyncio.gather(policy(), domain_age())
    finally:
        if own:
            await http.aclose()

    facts = lookup.facts if lookup else None
    if lookup is not None and not lookup.skipped and (facts is None or facts.created is None):
        why = lookup.note or "no creation date in the record"
        warnings.append(f"domain age of {lookup.domain} unknown: {why}")
    # Nothing has read them yet: the parse above only gave the links.
    page.whois = facts
    page.policy_html = policy_html
    created = facts.created if facts else None
    age = None
    if created is not None and page.as_of is not None:
        age = max(0, (page.as_of - created).days)
    report = GatherReport(
        url=url,
        final_url=fetched.final_url,
        status=fetched.status,
        chain=fetched.chain,
        truncated=fetched.truncated,
        content_type=fetched.content_type,
        charset=fetched.charset,
        policy_url=policy_url,
        policy_fetched=policy_html is not None,
        domain=lookup.domain if lookup else None,
        domain_created=created,
        domain_age_days=age,
        whois_source=facts.source if facts else None,
        whois_cached=bool(lookup and lookup.cached),
        domain_note=lookup.note if lookup and lookup.skipped else None,
        warnings=tuple(warnings),
        elapsed=loop.time() - started,
    )
    return page, report


@dataclass(frozen=True)
class UrlResult:
    """One URL of :func:`check_urls`: the page and report, or the error that stopped it."""

    url: str
    page: Page | None
    report: GatherReport | None
    error: str | None

    @property
    def ok(self) -> bool:
        """The page was fetched."""
        return self.error is None


def check_urls(
    urls: Iterable[str],
    options: GatherOptions | None = None,
    concurrency: int = 4,
    on_done: Callable[[UrlResult], None] | None = None,
) -> list[UrlResult]:
    """Gather several URLs concurrently; one result per URL, in input order, errors captured.

    ``on_done`` is called as each URL finishes (in completion order), e.g. to move a progress bar.
    """
    if concurrency < 1:
        raise InputError(f"concurrency={concurrency!r} must be at least 1")
    todo = list(urls)
    opts = options or GatherOptions()

    async def run_all() -> list[UrlResult]:
        gate = asyncio.Semaphore(concurrency)
        async with make_client(opts.limits, max_connections=max(10, concurrency * 2)) as http:

            async def gather_one(url: str) -> UrlResult:
                async with gate:
                    try:
                        page, report = await gather_page(url, opts, http)
                    except FetchError as exc:
                        return UrlResult(url, None, None, str(exc))
                    except Exception as exc:  # one bad URL must not end a batch
                        log.exception("unexpected error while gathering %s", url)
                        return UrlResult(url, None, None, f"{url}: {type(exc).__name__}: {exc}")
                    return UrlResult(url, page, report, None)

            async def one(url: str) -> UrlResult:
                result = await gather_one(url)
                if on_done is not None:
                    on_done(result)
                return result

            return list(await asyncio.gather(*(one(u) for u in todo)))

    return _run_sync(run_all)


def _run_sync(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, even when this thread runs an event loop.

    Inside a running loop (Jupyter, an async app) ``asyncio.run`` refuses, so a worker thread
    gets its own loop.
    """
    box: list[T] = []

    async def main() -> None:
        # The result goes in a box, not out of the task: asyncio.run may repr its main task on
        # exit, and the repr of a list of Pages is the full HTML of every page.
        box.append(await factory())

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(main())
        return box[0]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    worker = threading.Thread(target=work, name="detector-fetch")
    worker.start()
    worker.join()
    if errors:
        raise errors[0]
    return box[0]
