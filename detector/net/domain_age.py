"""Which registered domain a host belongs to, whether to look it up, and the look-up entry points.

A host or URL ("https://www.shop.example.co.uk/x") becomes the registered domain WHOIS knows
("example.co.uk"). Hosting platforms (github.io, blogspot, ...) and IP hosts are not looked up:
their domain age says nothing about the page. The WHOIS/RDAP client itself
(:mod:`detector.net.whois`) takes only the registered domain.
"""

from __future__ import annotations

import ipaddress

import httpx

from ..pages.domains import host_parts, split_url
from ..pages.page import WhoisFacts
from ..signals.url import is_platform_host  # TODO(owner of signals/url): move to domains.py
from ._sync import run_sync
from .guard import Resolver
from .settings import WhoisSettings
from .whois import DomainLookup, lookup_registered_domain

__all__ = ["lookup_domain", "lookup_domain_async", "lookup_domain_detailed", "registered_domain"]


def registered_domain(domain: str) -> tuple[str, str | None]:
    """``(registered domain, reason not to look it up)`` for a host, ``host:port`` or URL."""
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
    *,
    resolver: Resolver | None = None,
) -> DomainLookup:
    """Look up when a host's (or a URL's) registered domain was registered.

    Never raises for network trouble: ``facts`` is then ``None`` and ``note`` says why.
    Platform hosts (github.io, blogspot, ...) and IP addresses are not looked up.
    """
    name, skip = registered_domain(domain)
    if skip:
        return DomainLookup(name, None, skip, skipped=True)
    return await lookup_registered_domain(name, settings, client, resolver=resolver)


def lookup_domain_detailed(domain: str, settings: WhoisSettings | None = None) -> DomainLookup:
    """Blocking :func:`lookup_domain_async`: facts plus the reason when there are none."""
    return run_sync(lambda: lookup_domain_async(domain, settings))


def lookup_domain(domain: str, settings: WhoisSettings | None = None) -> WhoisFacts | None:
    """WHOIS/RDAP facts about a domain (creation date, registrar, privacy), or ``None``."""
    return lookup_domain_detailed(domain, settings).facts
