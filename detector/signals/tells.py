"""Tells, counted across families: what a page promises, what it asks for, how it pressures.

Each family's signals are sparse: a crypto doubler never asks you to like and share, a survey
funnel never names a wallet. A model trained on a few pages of each kind learns every one of
them from only those few. A scam, whatever its kind, *promises* something for nothing and
*asks* for something in return, under *pressure*; counting the distinct kinds of each gives
dense signals that every scam kind in the training data teaches together, and that carry over
to kinds the training data lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._registry import signal
from .crypto import CRYPTO_DOUBLING, celebrity_giveaway_count, wallet_address_count
from .engagement import (
    SHARE_FRIENDS,
    TAG_FRIENDS,
    WHATSAPP_FORWARD,
    comment_demand_count,
    like_share_count,
)
from .offers import (
    COMPLETE_OFFER,
    GENERATOR,
    HUMAN_VERIFICATION,
    INSTALL_FOR_REWARD,
    locker_resource_count,
)
from .survey import (
    FEE_REQUEST,
    PII_REQUEST,
    card_field_count,
    game_login_field_count,
    password_field_count,
    pii_kind_count,
)
from .text import (
    CONGRATS,
    IMPOSSIBLE_OFFER,
    LEGIT_CLAIMS,
    SCAM_DENIAL,
    SOCIAL_PROOF,
    URGENCY,
    free_caps_count,
)

if TYPE_CHECKING:
    from ..pages.page import Page

Tells = dict[str, tuple[str, ...]]


def tells_of(p: Page) -> Tells:
    """The kinds of promise, ask and pressure a page shows."""
    promise = {
        "something valuable for free": IMPOSSIBLE_OFFER.count(p) > 0,
        "that you have won": CONGRATS.count(p) > 0,
        "doubled crypto": CRYPTO_DOUBLING.count(p) > 0,
        "a generator/hack": GENERATOR.count(p) > 0,
        "a celebrity's giveaway": celebrity_giveaway_count(p) > 0,
    }
    ask = {
        "likes/shares/comments": (
            like_share_count(p) > 0 or comment_demand_count(p) > 0
            or SHARE_FRIENDS.count(p) + TAG_FRIENDS.count(p) + WHATSAPP_FORWARD.count(p) > 0),
        "a human verification/offer": (
            HUMAN_VERIFICATION.count(p) + COMPLETE_OFFER.count(p) > 0
            or locker_resource_count(p) > 0),
        "installing an app": INSTALL_FOR_REWARD.count(p) > 0,
        "a fee": FEE_REQUEST.count(p) > 0,
        "card details": card_field_count(p) > 0,
        "a game/account login": (game_login_field_count(p) > 0
                                 or password_field_count(p) > 0),
        "crypto sent to a wallet": wallet_address_count(p) > 0,
        "personal data": pii_kind_count(p) >= 2 or PII_REQUEST.count(p) > 0,
    }
    pressure = {
        "hurry": URGENCY.count(p) > 0,
        "others claiming": SOCIAL_PROOF.count(p) > 0,
        "claims to be legit": LEGIT_CLAIMS.count(p) + SCAM_DENIAL.count(p) > 0,
        "FREE in capitals": free_caps_count(p) > 0,
    }
    return {name: tuple(k for k, on in kinds.items() if on)
            for name, kinds in (("promise", promise), ("ask", ask), ("pressure", pressure))}


def _found(*groups: str) -> Callable[[Page], str]:
    """The tells of ``groups`` found on a page, in words, for the reason a user reads."""

    def found(page: Page) -> str:
        tells = page.derived(tells_of)
        label = {"promise": "promises ", "ask": "asks for ", "pressure": "pressure: "}
        return "; ".join((label[g] if len(groups) > 1 else "") + ", ".join(tells[g])
                         for g in groups if tells[g])

    return found


@signal("tells_promise_kinds", version=1, unit="number", direction=1,
        detail=_found("promise"), evidence="tells",
        absent="promises nothing for nothing")
def promise_kinds(page: Page) -> float:
    """Kinds of something-for-nothing it promises.

    A prize, a win, doubled crypto, a generator: one such promise can be an honest offer,
    several kinds at once rarely are.
    """
    return len(page.derived(tells_of)["promise"])


@signal("tells_ask_kinds", version=1, unit="number", direction=1, detail=_found("ask"),
        evidence="tells", absent="asks nothing of you in return")
def ask_kinds(page: Page) -> float:
    """Kinds of things it asks of you in return.

    The ask is how a scam gets paid: shares, offer-wall "verification", installs, fees, card
    numbers, logins, coins or personal data.
    """
    return len(page.derived(tells_of)["ask"])


@signal("tells_red_flag_kinds", version=1, unit="number", direction=1, high_from=2.0,
        detail=_found("promise", "ask", "pressure"), evidence="tells",
        low="shows only one kind of scam tell", absent="shows none of the usual scam tells")
def red_flag_kinds(page: Page) -> float:
    """Kinds of scam tells it shows.

    Promises, asks and pressure together: each tell alone has innocent uses; real pages
    seldom show many kinds at once.
    """
    return sum(len(kinds) for kinds in page.derived(tells_of).values())
