"""Host and registered-domain parsing with the public-suffix snapshot bundled in tldextract.

The module-level ``tldextract.extract`` downloads the suffix list on first use and can hang with
no timeout; this extractor never touches the network.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

_EXTRACT = tldextract.TLDExtract(
    suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
)


@dataclass(frozen=True)
class HostParts:
    """The parts of a URL's host that signals and WHOIS look-ups need."""

    host: str
    subdomain: str
    domain: str
    suffix: str
    #: ``domain.suffix``; for private suffixes (``user.github.io``) the user's own part.
    registered: str
    #: The host is on a platform's shared suffix (github.io, blogspot.com, web.app, ...).
    is_private_suffix: bool
    is_ip: bool


def split_url(url: str) -> tuple[str, str]:
    """``(host, path_and_query)`` of a URL, tolerating a missing scheme (``example.com/x``)."""
    url = url.strip()
    if not url:
        return "", ""
    if "//" not in url.split("?", 1)[0]:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return "", ""
    path = parts.path + ("?" + parts.query if parts.query else "")
    return host, path


@lru_cache(maxsize=65536)
def host_parts(host: str) -> HostParts:
    """Split a host name (no scheme, no port) into public-suffix-aware parts."""
    host = host.strip().rstrip(".").lower()
    try:
        ipaddress.ip_address(host.strip("[]"))
        return HostParts(host, "", "", "", host, False, True)
    except ValueError:
        pass
    ext = _EXTRACT.extract_str(host)
    registered = ext.top_domain_under_public_suffix
    return HostParts(
        host=host,
        subdomain=ext.subdomain,
        domain=ext.domain,
        suffix=ext.suffix,
        registered=registered or host,
        is_private_suffix=bool(ext.is_private),
        is_ip=False,
    )
