"""Offers that take something: installs to unlock, "human verification", offer walls, generators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import Substrings, phrase_counts

if TYPE_CHECKING:
    from ..page import Page

# Fragments of content-locker and CPA offer-network addresses seen in generator kits.
_LOCKER_HINTS = (
    "ogads", "cpabuild", "adbluemedia", "adworkmedia", "cpagrip", "cpalead", "mylead",
    "contentlocker", "content-locker", "filelocker", "locker.js", "ogtrk", "appcpa",
    "verifyhuman", "humanverif", "mobverify", "lockerassets", "installs.pro", "cpa",
    "offerwall", "offer-wall", "checkmobi", "smartlink", "redirectnow",
)
_APP_STORES = ("play.google.com", "apps.apple.com", "itunes.apple.com", "microsoft.com/store",
               "chrome.google.com/webstore", "chromewebstore.google.com", "addons.mozilla.org")
_LOCKERS = Substrings(_LOCKER_HINTS)
_STORES = Substrings(_APP_STORES)


@signal("offers_install_for_reward_count", version=1, direction=1)
def install_for_reward_count(page: Page) -> float:
    """Asks you to install apps or extensions to unlock a reward.

    Install offers pay the scammer per install; the prize never comes.
    """
    return phrase_counts(page)["install_for_reward"]


@signal("offers_app_download_count", version=1)
def app_download_count(page: Page) -> float:
    """Talks about downloading an app.

    Common on real app pages too; telling apart needs the rest of the page.
    """
    return phrase_counts(page)["app_download"]


@signal("offers_human_verification_count", version=1, direction=1)
def human_verification_count(page: Page) -> float:
    """Asks for "human verification" before handing out the prize.

    The "verification" is an offer wall or a survey that earns the scammer money.
    """
    return phrase_counts(page)["human_verification"]


@signal("offers_complete_offer_count", version=1, direction=1)
def complete_offer_count(page: Page) -> float:
    """Asks you to complete an offer or survey to unlock something.

    Content lockers and offer walls are how generator scams get paid.
    """
    return phrase_counts(page)["complete_offer"]


@signal("offers_generator_count", version=1)
def generator_count(page: Page) -> float:
    """Presents a "generator", hack or cheat for game currency or codes.

    Such generators cannot exist; they front for offer walls and credential theft.
    """
    return phrase_counts(page)["generator"]


@signal("offers_locker_resource_count", version=1, direction=1)
def locker_resource_count(page: Page) -> float:
    """Loads scripts or links from content-locker / CPA offer networks.

    These networks pay per completed offer; generator kits embed them.
    """
    urls = [*page.views.scripts, *page.views.iframes, *(link.href for link in page.links)]
    return _LOCKERS.count_containing(urls)


@signal("offers_app_store_link_count", version=1)
def app_store_link_count(page: Page) -> float:
    """Links to an official app store.

    Real app pages link to the store; install-offer scams route through trackers.
    """
    return _STORES.count_containing(link.href for link in page.links)
