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
from .crypto import celebrity_giveaway_count, wallet_address_count
from .engagement import comment_demand_count, like_share_count
from .offers import locker_resource_count
from .patterns import phrase_counts
from .survey import card_field_count, game_login_field_count, password_field_count, pii_kind_count
from .text import free_caps_count

if TYPE_CHECKING:
    from ..page import Page

Tells = dict[str, tuple[str, ...]]


def _tells(page: Page) -> Tells:
    """The kinds of promise, ask and pressure a page shows (computed once per page)."""

    def compute(p: Page) -> Tells:
        c = phrase_counts(p)
        promise = {
            "something valuable for free": c["impossible_offer"] > 0,
            "that you have won": c["congrats"] > 0,
            "doubled crypto": c["crypto_doubling"] > 0,
            "a generator/hack": c["generator"] > 0,
            "a celebrity's giveaway": celebrity_giveaway_count(p) > 0,
        }
        ask = {
            "likes/shares/comments": (
                like_share_count(p) > 0 or comment_demand_count(p) > 0
                or c["share_friends"] + c["tag_friends"] + c["whatsapp_forward"] > 0),
            "a human verification/offer": (
                c["human_verification"] + c["complete_offer"] > 0 or locker_resource_count(p) > 0),
            "installing an app": c["install_for_reward"] > 0,
            "a fee": c["fee_request"] > 0,
            "card details": card_field_count(p) > 0,
            "a game/account login": (game_login_field_count(p) > 0
                                     or password_field_count(p) > 0),
            "crypto sent to a wallet": wallet_address_count(p) > 0,
            "personal data": pii_kind_count(p) >= 2 or c["pii_request"] > 0,
        }
        pressure = {
            "hurry": c["urgency"] > 0,
            "others claiming": c["social_proof"] > 0,
            "claims to be legit": c["legit_claims"] + c["scam_denial"] > 0,
            "FREE in capitals": free_caps_count(p) > 0,
        }
        return {name: tuple(k for k, on in kinds.items() if on)
                for name, kinds in (("promise", promise), ("ask", ask), ("pressure", pressure))}

    return page.cached("tells", compute)


def _found(*groups: str) -> Callable[[Page], str]:
    """The tells of ``groups`` found on a page, in words, for the reason a user reads."""

    def found(page: Page) -> str:
        tells = _tells(page)
        label = {"promise": "promises ", "ask": "asks for ", "pressure": "pressure: "}
        return "; ".join((label[g] if len(groups) > 1 else "") + ", ".join(tells[g])
                         for g in groups if tells[g])

    return found


@signal("tells_promise_kinds", version=1, unit="number", direction=1,
        detail=_found("promise"))
def promise_kinds(page: Page) -> float:
    """Kinds of something-for-nothing it promises.

    A prize, a win, doubled crypto, a generator: one such promise can be an honest offer,
    several kinds at once rarely are.
    """
    return len(_tells(page)["promise"])


@signal("tells_ask_kinds", version=1, unit="number", direction=1, detail=_found("ask"))
def ask_kinds(page: Page) -> float:
    """Kinds of things it asks of you in return.

    The ask is how a scam gets paid: shares, offer-wall "verification", installs, fees, card
    numbers, logins, coins or personal data.
    """
    return len(_tells(page)["ask"])


@signal("tells_red_flag_kinds", version=1, unit="number", direction=1,
        detail=_found("promise", "ask", "pressure"))
def red_flag_kinds(page: Page) -> float:
    """Kinds of scam tells it shows.

    Promises, asks and pressure together: each tell alone has innocent uses; real pages
    seldom show many kinds at once.
    """
    return sum(len(kinds) for kinds in _tells(page).values())
