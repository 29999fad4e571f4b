"""Brand mismatch: a well-known brand named on a page whose domain is not that brand's."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..pages.parse import normalise_text
from ._registry import signal
from .patterns import PageScan, phrases

if TYPE_CHECKING:
    from ..pages.page import Page

# brand -> (names as written on pages, registered domains the brand really uses)
BRANDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "apple": (("apple", "iphone", "ipad", "macbook", "airpods", "itunes", "ايفون", "آيفون",
               "айфон*", "आईफोन"),
              ("apple.com", "icloud.com")),
    "samsung": (("samsung", "galaxy s"), ("samsung.com",)),
    "amazon": (("amazon",), ("amazon.com", "amazon.co.uk", "amazon.de", "amazon.in",
                             "amazon.es", "amazon.fr", "amazon.it", "amazon.co.jp", "amazon.ca",
                             "amazon.com.br", "amazon.com.mx", "amazon.jobs")),
    "paypal": (("paypal",), ("paypal.com", "paypal.me")),
    "facebook": (("facebook", "meta platforms"), ("facebook.com", "fb.com", "meta.com",
                                                  "messenger.com", "fb.me")),
    "instagram": (("instagram",), ("instagram.com",)),
    "tiktok": (("tiktok", "tik tok"), ("tiktok.com",)),
    "whatsapp": (("whatsapp",), ("whatsapp.com", "wa.me")),
    "youtube": (("youtube",), ("youtube.com", "youtu.be", "google.com")),
    "google": (("google play", "google pay", "gmail"), ("google.com", "gmail.com")),
    "netflix": (("netflix",), ("netflix.com",)),
    "spotify": (("spotify",), ("spotify.com",)),
    "roblox": (("roblox", "robux", "روبلوكس", "роблокс*"), ("roblox.com",)),
    "epic": (("fortnite", "v-bucks", "vbucks", "epic games", "فورتنايت", "фортнайт*"),
             ("epicgames.com", "fortnite.com")),
    "pubg": (("pubg", "krafton", "ببجي", "пубг*", "पबजी"),
             ("pubg.com", "pubgmobile.com", "krafton.com")),
    "garena": (("free fire", "freefire", "garena", "فري فاير", "فرى فاير", "фри фаер",
                "फ्री फायर", "ฟรีฟาย"), ("garena.com", "ff.garena.com")),
    "mlbb": (("mobile legends", "mlbb", "moonton"), ("mobilelegends.com", "moonton.com")),
    "steam": (("steam", "valve corporation"), ("steampowered.com", "steamcommunity.com")),
    "xbox": (("xbox", "microsoft"), ("xbox.com", "microsoft.com")),
    "playstation": (("playstation", "ps5"), ("playstation.com", "sony.com")),
    "nintendo": (("nintendo",), ("nintendo.com",)),
    "tesla": (("tesla",), ("tesla.com",)),
    "walmart": (("walmart",), ("walmart.com",)),
    "homedepot": (("home depot", "homedepot"), ("homedepot.com",)),
    "lowes": (("lowe's", "lowes"), ("lowes.com",)),
    "ikea": (("ikea",), ("ikea.com",)),
    "aldi": (("aldi",), ("aldi.com", "aldi.us", "aldi.co.uk", "aldi-sued.de", "aldi-nord.de")),
    "lidl": (("lidl",), ("lidl.com", "lidl.de", "lidl.co.uk", "lidl.fr", "lidl.es")),
    "kroger": (("kroger",), ("kroger.com",)),
    "yeti": (("yeti cooler", "yeti coolers"), ("yeti.com",)),
    "costco": (("costco",), ("costco.com",)),
    "shein": (("shein",), ("shein.com",)),
    "coca-cola": (("coca-cola", "coca cola"), ("coca-cola.com", "coca-colacompany.com")),
    "mcdonalds": (("mcdonald's", "mcdonalds"), ("mcdonalds.com",)),
    "starbucks": (("starbucks",), ("starbucks.com",)),
    "binance": (("binance",), ("binance.com",)),
    "coinbase": (("coinbase",), ("coinbase.com",)),
    "ripple": (("ripple",), ("ripple.com", "xrpl.org")),
    "microstrategy": (("microstrategy",), ("microstrategy.com", "strategy.com")),
    "cashapp": (("cash app", "cashapp"), ("cash.app", "squareup.com", "block.xyz")),
    "riot": (("riot points", "league of legends", "valorant"), ("riotgames.com",
                                                                 "leagueoflegends.com")),
    "minecraft": (("minecraft", "ماين كرافت", "майнкрафт*"), ("minecraft.net", "mojang.com")),
    "ea": (("fifa", "ea sports"), ("ea.com", "fifa.com")),
    "starlink": (("starlink",), ("starlink.com", "spacex.com")),
    "shopee": (("shopee",), ("shopee.com", "shopee.co.id", "shopee.ph")),
    "dhl": (("dhl",), ("dhl.com",)),
    "fedex": (("fedex",), ("fedex.com",)),
    "usps": (("usps",), ("usps.com",)),
}
# Each brand's names, counted in the page's one phrase scan over the first 200,000 characters.
_IN_TEXT = {brand: phrases(f"brand:{brand}", names, limit=200_000)
            for brand, (names, _) in BRANDS.items()}
#: This module's phrase families, in the order the page scan lists them.
FAMILIES = tuple(_IN_TEXT.values())
# The same names over a whole title (a short text, scanned on its own).
_IN_TITLE = {brand: phrases(f"title:{brand}", names, limit=sys.maxsize)
             for brand, (names, _) in BRANDS.items()}
_TITLE_SCAN = PageScan(tuple(_IN_TITLE.values()))
_URL_NAMES = {name.replace(" ", ""): brand for brand, (names, _) in BRANDS.items()
              for name in names if len(name) >= 4 and name.isascii()}


def brands_in_text(page: Page) -> frozenset[str]:
    """Brands named in the page's title and text."""
    return frozenset(b for b, family in _IN_TEXT.items() if family.count(page))


def _is_official(brand: str, registered: str) -> bool:
    return registered in BRANDS[brand][1]


@signal("brand_named_count", version=2, unit="number", evidence="brand_names",
        absent="names no well-known brand")
def named_count(page: Page) -> float:
    """Number of well-known brands it names (Apple, PayPal, Roblox, PUBG, Tesla…)."""
    return len(page.derived(brands_in_text))


@signal("brand_mismatch_count", version=2, unit="number", direction=1, evidence="brand_names",
        absent="names no brand whose website it is not on")
def mismatch_count(page: Page) -> float:
    """Names well-known brands but is not on their websites.

    A "PUBG event" or "Amazon gift card" page on an unrelated domain is impersonation.
    NaN when the page's URL is unknown.
    """
    parts = page.host_parts
    if parts is None:
        return float("nan")
    return sum(1 for b in page.derived(brands_in_text) if not _is_official(b, parts.registered))


@signal(
    "brand_title_mismatch",
    version=2,
    unit="flag",
    evidence="brand_names",
    low="no brand in its title, or it is on that brand's own site",
)
def title_mismatch(page: Page) -> float:
    """Puts a brand in its title while the URL is not that brand's site.

    NaN when the page's URL is unknown.
    """
    parts = page.host_parts
    if parts is None:
        return float("nan")
    counts = _TITLE_SCAN.scan(normalise_text(page.title)).counts
    named = [b for b, family in _IN_TITLE.items() if counts[family]]
    return 1.0 if any(not _is_official(b, parts.registered) for b in named) else 0.0


@signal(
    "brand_in_url_mismatch",
    version=1,
    unit="flag",
    direction=1,
    low="no borrowed brand name in its address",
)
def in_url_mismatch(page: Page) -> float:
    """Has a brand name in its address but is not on that brand's domain.

    "pubg-event.xyz" or "free-robux.github.io" borrow the brand's name. NaN without a URL.
    """
    parts = page.host_parts
    if parts is None:
        return float("nan")
    hay = (parts.host + page.url_path).lower().replace("-", "").replace(".", "")
    for name, brand in _URL_NAMES.items():
        if name in hay and not _is_official(brand, parts.registered):
            return 1.0
    return 0.0
