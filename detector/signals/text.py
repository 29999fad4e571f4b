"""Shouting and lure words: capitals, exclamation marks, prizes, urgency, fake social proof."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import per100, phrase_counts

if TYPE_CHECKING:
    from ..page import Page

_FREE_CAPS = frozenset({
    "FREE", "GRATIS", "GRATUIT", "GRATUITO", "GRATUITA", "GRÁTIS", "KOSTENLOS", "БЕСПЛАТНО",
    "ÜCRETSIZ", "ÜCRETSİZ", "BEDAVA", "FREEE", "FR33",
})
_EDGE_PUNCT = ".,;:!?¡¿()[]{}\"'“”‘’«»*-–—…/|#@~^+=<>_"


def _word_stats(page: Page) -> tuple[int, int, int]:
    """(capitalised FREE tokens, all-caps words of 3+ letters, words with 3+ letters)."""

    def compute(p: Page) -> tuple[int, int, int]:
        # Words of 3+ letters, punctuation trimmed ("FREE!!!" counts; "FREE2WIN", "x86" not).
        free = caps = total = 0
        for token, n in p.word_counts.items():
            w = token.strip(_EDGE_PUNCT)
            if len(w) >= 3 and w.isalpha():
                total += n
                if w.isupper():
                    caps += n
                    if w in _FREE_CAPS:
                        free += n
        return free, caps, total

    return page.cached("word_stats", compute)


@signal("text_free_caps_count", version=1, direction=1)
def free_caps_count(page: Page) -> float:
    """Shouts "FREE" in capitals.

    Giveaway scams lean on all-caps FREE / GRATIS; real shops write "free shipping".
    """
    return _word_stats(page)[0]


@signal("text_free_caps_density", version=1, unit="per100", direction=1)
def free_caps_density(page: Page) -> float:
    """Says "FREE" in capitals often for its length.

    Density separates a banner-length lure from one FREE in a long article.
    """
    return per100(_word_stats(page)[0], page)


@signal("text_free_word_density", version=1, unit="per100")
def free_word_density(page: Page) -> float:
    """Uses the word "free" (in any language) often.

    Lures promise something for nothing; most ordinary pages rarely say free.
    """
    return per100(phrase_counts(page)["free"], page)


@signal("text_caps_word_ratio", version=1, unit="ratio")
def caps_word_ratio(page: Page) -> float:
    """Writes many words in capitals.

    Shouting is a lure-page habit; NaN for pages with too few words to judge.
    """
    _, caps, total = _word_stats(page)
    return caps / total if total >= 5 else float("nan")


@signal("text_exclaim_density", version=1, unit="per100")
def exclaim_density(page: Page) -> float:
    """Uses many exclamation marks.

    "Congratulations!!! You won!!!" — excitement is part of the lure.
    """
    return per100(page.search_text.count("!") + page.search_text.count("！"), page)


@signal("text_lure_word_count", version=1)
def lure_word_count(page: Page) -> float:
    """Talks about giveaways, prizes, winners, claiming or generators.

    The vocabulary of every giveaway and generator scam, in several languages.
    """
    return phrase_counts(page)["lure"]


@signal("text_lure_word_density", version=1, unit="per100")
def lure_word_density(page: Page) -> float:
    """Giveaway and prize words make up much of the text.

    A news article may mention a giveaway; a lure page is mostly about it.
    """
    return per100(phrase_counts(page)["lure"], page)


@signal("text_urgency_count", version=1, direction=1)
def urgency_count(page: Page) -> float:
    """Pushes you to hurry ("only 3 left", "expires today", countdown).

    Scarcity and deadlines stop visitors from thinking twice.
    """
    return phrase_counts(page)["urgency"]


@signal("text_social_proof_count", version=1, direction=1)
def social_proof_count(page: Page) -> float:
    """Shows others claiming prizes ("1,234 people claimed", "successfully got").

    Fake activity feeds and winner lists make an impossible offer look real.
    """
    return phrase_counts(page)["social_proof"]


@signal("text_congrats_count", version=1, direction=1)
def congrats_count(page: Page) -> float:
    """Says "congratulations, you have been selected" or "you won".

    You cannot win a draw you never entered.
    """
    return phrase_counts(page)["congrats"]


@signal("text_impossible_offer_count", version=1, direction=1)
def impossible_offer_count(page: Page) -> float:
    """Offers something valuable for nothing (free iPhone, gift card, robux, diamonds, BTC).

    Nobody gives away phones, game currency or crypto to anonymous visitors.
    """
    return phrase_counts(page)["impossible_offer"]


@signal("text_legit_claim_count", version=1, direction=1)
def legit_claim_count(page: Page) -> float:
    """Insists it is legitimate ("100% legit", "not a scam", "guaranteed").

    Honest pages rarely need to say they are not a scam.
    """
    counts = phrase_counts(page)
    return counts["legit_claims"] + counts["scam_denial"]


@signal("text_scam_talk_count", version=1, direction=-1)
def scam_talk_count(page: Page) -> float:
    """Talks about scams, fraud or phishing.

    News and warnings about scams use these words; scam pages avoid them, except to deny
    being one ("not a scam"), which is not counted here.
    """
    counts = phrase_counts(page)
    return max(0, counts["scam_talk"] - counts["scam_denial"])


@signal("text_official_rules_count", version=1, direction=-1)
def official_rules_count(page: Page) -> float:
    """Carries sweepstakes legal terms ("no purchase necessary", "official rules").

    Real promotions publish rules with a sponsor and eligibility; fake ones do not.
    """
    return phrase_counts(page)["official_rules"]
