"""Network I/O, one small module per concern; nothing here imports click.

    settings.py     FetchLimits, WhoisSettings, GatherOptions (defaults: config.NET_DEFAULTS)
    guard.py        the address guard: resolve once, vet every address, connect only there
    body.py         capped, bounded-inflate body reading; HTML sniffing
    http.py         the bounded HTTP client: make_client, fetch_url (redirects by hand)
    policy.py       find_policy_link: the page's privacy-policy (or terms) link
    whois.py        WHOIS/RDAP for a registered domain
    whois_cache.py  the SQLite cache of domain-age answers (several processes at once)
    domain_age.py   host or URL -> registered domain (or why not), lookup_domain*
    gather.py       gather_page / check_urls: page + policy + domain age, then one Page

Flow: gather -> (http -> guard, body), policy, domain_age -> whois -> (http, whois_cache).
"""

from __future__ import annotations

from .domain_age import lookup_domain, lookup_domain_async, lookup_domain_detailed
from .gather import GatherReport, UrlResult, check_urls, gather_page
from .http import Fetched, Hop, fetch_url, make_client
from .policy import find_policy_link
from .settings import CHROME_USER_AGENT, FetchLimits, GatherOptions, WhoisSettings
from .whois import WHOIS_SERVERS, DomainLookup

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
