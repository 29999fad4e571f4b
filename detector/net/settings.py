"""The option objects of the network code: one page fetch, domain-age look-ups, one gathered URL.

All three are frozen; their defaults come from :data:`detector.config.NET_DEFAULTS`, the one
place where network limits and timeouts are defaulted. This module imports no network library,
so the CLI can read it without paying for httpx at start-up.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field

from ..config import DEFAULT_SETTINGS, NET_DEFAULTS
from ..errors import InputError

__all__ = ["CHROME_USER_AGENT", "FetchLimits", "GatherOptions", "WhoisSettings"]

# Scam kits cloak: they show bots an innocent page and real browsers the lure, so look like a
# current desktop Chrome (the reduced UA string Chrome itself sends). Bump it now and then.
CHROME_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/142.0.0.0 Safari/537.36"
)


@dataclass(frozen=True)
class FetchLimits:
    """Bounds for one page fetch (all hops together)."""

    #: Seconds to open a TCP/TLS connection.
    connect_timeout: float = NET_DEFAULTS.connect_timeout
    #: Seconds without a single byte arriving.
    read_timeout: float = NET_DEFAULTS.read_timeout
    #: Seconds for the whole fetch, redirects included; the only bound on a slow drip.
    total_timeout: float = NET_DEFAULTS.url_timeout
    #: Bytes of *decoded* body kept; the rest is not downloaded and ``truncated`` is set.
    max_bytes: int = NET_DEFAULTS.max_page_bytes
    max_redirects: int = NET_DEFAULTS.max_redirects
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
class WhoisSettings:
    """Where and how domain age is looked up, and how long answers are cached."""

    #: WHOIS server host; ``None`` picks one per TLD (``WHOIS_SERVERS``, then IANA).
    server: str | None = None
    #: Port of ``server`` (WHOIS is 43; tests run servers on high ports).
    port: int = 43
    #: Seconds for one WHOIS exchange (connect, ask, read to the end) and for one RDAP fetch.
    timeout: float = NET_DEFAULTS.whois_timeout
    #: Bytes of WHOIS answer read at most; real records are a few kilobytes.
    max_bytes: int = NET_DEFAULTS.whois_max_bytes
    #: Ask RDAP when WHOIS gives no creation date.
    rdap: bool = True
    #: RDAP base URL; ``{base}/domain/{name}`` is fetched. rdap.org redirects to the registry.
    rdap_base_url: str = "https://rdap.org"
    #: Let RDAP hops reach private addresses (a local RDAP mirror, tests).
    allow_private: bool = False
    #: Use the SQLite cache (:mod:`detector.net.whois_cache`).
    cache: bool = True
    #: Cache file or directory; ``None`` uses ``$DETECTOR_CACHE_DIR`` or the XDG cache dir.
    cache_path: str | os.PathLike[str] | None = None
    #: Seconds an answer is kept.
    cache_ttl: float = NET_DEFAULTS.whois_cache_ttl
    #: Seconds a "no such domain" answer is kept (shorter: the domain may be registered soon).
    negative_ttl: float = NET_DEFAULTS.whois_negative_ttl

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise InputError(f"whois timeout={self.timeout!r} must be a positive number")
        if not 0 < self.port < 65536:
            raise InputError(f"whois port={self.port!r} must be between 1 and 65535")


@dataclass(frozen=True)
class GatherOptions:
    """What :func:`detector.net.gather.gather_page` fetches and within which bounds."""

    limits: FetchLimits = field(default_factory=FetchLimits)
    #: Seconds for everything: page, policy page, domain age and parsing the page together.
    timeout: float = NET_DEFAULTS.url_timeout
    #: No network at all; URLs are refused (score a saved page instead).
    offline: bool = False
    #: Fetch the privacy policy (or terms) the page links to.
    policy: bool = True
    #: Look up the domain's age.
    whois: bool = True
    whois_settings: WhoisSettings = field(default_factory=WhoisSettings)
    #: Seconds the page (and its policy page) may take to parse, estimated before parsing
    #: (``Settings.page_seconds``, :mod:`detector.pages.budget`); the parse is also inside
    #: ``timeout``.
    page_seconds: float = DEFAULT_SETTINGS.page_seconds

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise InputError(f"timeout={self.timeout!r} must be a positive number of seconds")
