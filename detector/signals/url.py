"""URL shape: suspicious TLDs, digits and hyphens, IP hosts, shorteners, hosting platforms."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._registry import signal

if TYPE_CHECKING:
    from ..pages.page import Page

# TLDs that abuse reports (Spamhaus, Interisle) list far above their share of registrations.
_SUSPICIOUS_TLDS = frozenset({
    "xyz", "top", "tk", "ml", "ga", "cf", "gq", "club", "online", "site", "live", "icu", "buzz",
    "work", "rest", "fit", "win", "bid", "loan", "click", "link", "monster", "cyou", "cfd",
    "sbs", "quest", "gdn", "mom", "bar", "lol", "cam", "pw", "me", "fun", "space", "website",
    "press", "host", "uno", "vip", "today", "shop", "store", "ltd", "zip", "mov", "country",
    "stream", "download", "racing", "review", "party", "trade", "date", "faith", "science",
})
_SHORTENERS = frozenset({
    "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "cutt.ly",
    "rebrand.ly", "shorturl.at", "s.id", "rb.gy", "t.ly", "tiny.cc", "v.gd", "shorte.st",
    "adf.ly", "bitly.com", "lnkd.in", "linktr.ee", "tr.ee", "qrco.de", "urlz.fr",
})
# Hosts where anyone can publish a page; the platform's domain age says nothing about the page.
_PLATFORM_HOSTS = frozenset({
    "sites.google.com", "docs.google.com", "forms.gle", "facebook.com", "m.facebook.com",
    "web.facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "tiktok.com",
    "medium.com", "t.me", "telegra.ph", "linktr.ee", "wixsite.com", "weebly.com",
    "wordpress.com", "blogspot.com", "tumblr.com", "substack.com", "notion.site",
    "carrd.co", "godaddysites.com", "webflow.io", "square.site", "mystrikingly.com",
    "jimdofree.com", "yolasite.com", "000webhostapp.com", "github.io", "gitlab.io",
    "netlify.app", "vercel.app", "pages.dev", "web.app", "firebaseapp.com", "herokuapp.com",
    "glitch.me", "repl.co", "now.sh", "surge.sh", "bitbucket.io", "youtube.com",
})
_URL_LURES = re.compile(
    r"free|gift|giveaway|claim|reward|prize|bonus|generat|robux|vbuck|v-buck|diamond|event|"
    r"promo|airdrop|double|x2|hadiah|gratis|winner|lucky|spin|redeem|hack|cheat"
)


def is_platform_host(host: str) -> bool:
    """Whether a host is on a platform where anyone can publish (blogspot, github.io, …)."""
    from ..pages.domains import host_parts

    host = host.lower()
    parts = host_parts(host)
    if parts.is_private_suffix:
        return True
    return any(host == p or host.endswith("." + p) for p in _PLATFORM_HOSTS)


@signal(
    "url_suspicious_tld",
    version=1,
    unit="flag",
    direction=1,
    low="its top-level domain is not one much abused by scams",
)
def suspicious_tld(page: Page) -> float:
    """Its domain ends in a top-level domain much abused by scams (.xyz, .top, .tk…).

    NaN when the page's URL is unknown.
    """
    parts = page.host_parts
    if parts is None or parts.is_ip:
        return float("nan")
    return 1.0 if parts.suffix.rsplit(".", 1)[-1] in _SUSPICIOUS_TLDS else 0.0


@signal("url_host_digit_count", version=1, unit="number", high_from=2.0,
        low="few digits in its host name", absent="no digits in its host name")
def host_digit_count(page: Page) -> float:
    """Digits in its host name.

    Throwaway domains are often "free-gift2024.xyz". NaN without a URL.
    """
    parts = page.host_parts
    if parts is None or parts.is_ip:
        return float("nan")
    return sum(c.isdigit() for c in parts.host)


@signal("url_host_hyphen_count", version=1, unit="number", high_from=2.0,
        low="few hyphens in its host name", absent="no hyphens in its host name")
def host_hyphen_count(page: Page) -> float:
    """Hyphens in its host name ("claim-free-robux-now"). NaN without a URL."""
    parts = page.host_parts
    if parts is None:
        return float("nan")
    return parts.host.count("-")


@signal(
    "url_is_ip",
    version=1,
    unit="flag",
    low="is served from a domain name, not a bare IP address",
)
def is_ip(page: Page) -> float:
    """Is served from a bare IP address instead of a domain name.

    NaN without a URL.
    """
    parts = page.host_parts
    return float("nan") if parts is None else float(parts.is_ip)


@signal(
    "url_shortener",
    version=1,
    unit="flag",
    direction=1,
    low="is not behind a URL shortener",
)
def shortener(page: Page) -> float:
    """Is behind a URL shortener that hides where it leads.

    NaN without a URL.
    """
    parts = page.host_parts
    if parts is None:
        return float("nan")
    return 1.0 if parts.host in _SHORTENERS or parts.registered in _SHORTENERS else 0.0


@signal(
    "url_hosted_platform",
    version=1,
    unit="flag",
    low="is on its own domain, not a free hosting platform",
)
def hosted_platform(page: Page) -> float:
    """Is published on a free hosting or social platform (github.io, blogspot, sites.google…).

    Free platforms are quick to set up and throw away. NaN without a URL.
    """
    parts = page.host_parts
    if parts is None or parts.is_ip:
        return float("nan")
    return 1.0 if is_platform_host(parts.host) else 0.0


@signal("url_lure_word_count", version=1, direction=1,
        absent="its address advertises no prize")
def lure_word_count(page: Page) -> float:
    """Its address itself advertises a prize ("free", "gift", "claim", "robux"…).

    NaN without a URL.
    """
    parts = page.host_parts
    if parts is None:
        return float("nan")
    return len(_URL_LURES.findall((parts.host + page.url_path).lower()))


@signal("url_subdomain_depth", version=1, unit="number", high_from=2.0,
        low="few subdomain levels in its host name", absent="no subdomain in its host name")
def subdomain_depth(page: Page) -> float:
    """Number of subdomain levels in its host name.

    NaN without a URL.
    """
    parts = page.host_parts
    if parts is None or parts.is_ip:
        return float("nan")
    sub = parts.subdomain
    return 0.0 if not sub or sub == "www" else float(sub.count(".") + 1)
