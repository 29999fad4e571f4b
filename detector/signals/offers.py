"""Offers that take something: installs to unlock, "human verification", offer walls, generators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import Substrings, phrases

if TYPE_CHECKING:
    from ..pages.page import Page

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

INSTALL_FOR_REWARD = phrases("install_for_reward", (
    "download our sponsors", "download our sponsor", "sponsors apps", "sponsor app*",
    "download # apps", "install # apps", "install and open", "install and run",
    "play for # seconds", "try # apps", "download to unlock", "install to unlock",
    "download now to claim", "download to claim", "app to claim", "download the app to",
    "install the app to", "download app (+", "download app to", "install apps to",
    "download and install", "install the extension", "add the extension",
    "download the extension", "run the app for", "open the app for", "instala la app",
    "descarga la app", "instala # aplicaciones", "descarga # aplicaciones",
    "baixe o app", "instale o app", "baixe # aplicativos", "téléchargez l'application",
    "installez l'application", "unduh aplikasi", "pasang aplikasi", "instal aplikasi",
    "download aplikasi", "ऐप डाउनलोड", "ऐप इंस्टॉल", "حمل التطبيق", "تحميل التطبيق",
    "установи приложение", "скачай приложение",
))
APP_DOWNLOAD = phrases("app_download", (
    "download the app", "download app", "get the app", "download now", "install now",
    "app store", "google play", "get it on", "download on the",
))
HUMAN_VERIFICATION = phrases("human_verification", (
    "human verification", "verify you are human", "verify that you are human",
    "verify you're human", "prove you are human", "prove you're human",
    "prove that you are human", "you are a human", "you are human", "not a robot",
    "automated bot", "human check", "anti-bot verification", "verify now",
    "verify your account", "account verification", "verification required",
    "complete verification", "complete the verification", "complete human verification",
    "verificación humana", "verifica que eres humano", "verificação humana",
    "vérification humaine", "menschliche verifizierung", "verifikasi akun",
    "verifikasi manusia", "verifikasi id", "मानव सत्यापन", "التحقق البشري",
    "подтвердите что вы человек", "xác minh", "doğrulama",
))
COMPLETE_OFFER = phrases("complete_offer", (
    "complete an offer", "complete the offer", "complete # offer*", "complete one offer",
    "complete a survey", "complete the survey", "complete a short survey",
    "complete a quick survey", "complete tasks", "complete the tasks", "complete # task*",
    "offer wall", "offerwall", "choose an offer", "select an offer", "content locker",
    "unlock the giveaway", "unlock your reward", "unlock your prize", "unlock your gift",
    "completed an offer", "complete the steps", "complete these steps", "completa una oferta",
    "completa la encuesta", "complete uma oferta", "complete a pesquisa",
    "complétez une offre", "selesaikan tugas", "selesaikan survei",
))
GENERATOR = phrases("generator", (
    "generator", "generate now", "generating", "hack", "hacks", "cheat", "cheats",
    "mod menu", "mod apk", "no survey", "no human verification", "without human verification",
    "no verification", "glitch", "anti-ban", "anti ban", "undetectable", "connecting to",
    "connecting with", "injecting", "encrypting", "loading generator", "generador",
    "gerador", "générateur", "generatore", "hack gratis", "no password needed",
    "no password required",
))
#: This module's phrase families, in the order the page scan lists them.
FAMILIES = (INSTALL_FOR_REWARD, APP_DOWNLOAD, HUMAN_VERIFICATION, COMPLETE_OFFER, GENERATOR)


@signal("offers_install_for_reward_count", version=1, direction=1,
        absent="does not ask you to install apps for a reward")
def install_for_reward_count(page: Page) -> float:
    """Asks you to install apps or extensions to unlock a reward.

    Install offers pay the scammer per install; the prize never comes.
    """
    return INSTALL_FOR_REWARD.count(page)


@signal("offers_app_download_count", version=1, absent="does not talk about downloading an app")
def app_download_count(page: Page) -> float:
    """Talks about downloading an app.

    Common on real app pages too; telling apart needs the rest of the page.
    """
    return APP_DOWNLOAD.count(page)


@signal("offers_human_verification_count", version=1, direction=1,
        absent='asks for no "human verification"')
def human_verification_count(page: Page) -> float:
    """Asks for "human verification" before handing out the prize.

    The "verification" is an offer wall or a survey that earns the scammer money.
    """
    return HUMAN_VERIFICATION.count(page)


@signal("offers_complete_offer_count", version=1, direction=1,
        absent="does not ask you to complete an offer or survey")
def complete_offer_count(page: Page) -> float:
    """Asks you to complete an offer or survey to unlock something.

    Content lockers and offer walls are how generator scams get paid.
    """
    return COMPLETE_OFFER.count(page)


@signal("offers_generator_count", version=1, absent='presents no "generator", hack or cheat')
def generator_count(page: Page) -> float:
    """Presents a "generator", hack or cheat for game currency or codes.

    Such generators cannot exist; they front for offer walls and credential theft.
    """
    return GENERATOR.count(page)


@signal("offers_locker_resource_count", version=1, direction=1,
        absent="loads nothing from content-locker or offer networks")
def locker_resource_count(page: Page) -> float:
    """Loads scripts or links from content-locker / CPA offer networks.

    These networks pay per completed offer; generator kits embed them.
    """
    urls = [*page.views.scripts, *page.views.iframes, *(link.href for link in page.links)]
    return _LOCKERS.count_containing(urls)


@signal("offers_app_store_link_count", version=1, absent="has no links to an official app store")
def app_store_link_count(page: Page) -> float:
    """Links to an official app store.

    Real app pages link to the store; install-offer scams route through trackers.
    """
    return _STORES.count_containing(link.href for link in page.links)
