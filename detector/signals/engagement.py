"""Engagement demands: like-and-share, share with N friends, tag friends, comment "done"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import Substrings, phrase_counts

if TYPE_CHECKING:
    from ..page import Page

_SHARE_INTENTS = (
    "facebook.com/sharer", "facebook.com/share", "twitter.com/intent", "x.com/intent",
    "wa.me/", "api.whatsapp.com/send", "whatsapp://send", "web.whatsapp.com/send",
    "t.me/share", "telegram.me/share", "fb-messenger://share", "sms:?body", "line.me/r/msg",
)
_SHARE = Substrings(_SHARE_INTENTS)


@signal("engage_like_share_count", version=1, direction=1)
def like_share_count(page: Page) -> float:
    """Asks you to "like and share" the page.

    Like-farming giveaways trade a fake prize for reach.
    """
    return phrase_counts(page)["like_share"]


@signal("engage_share_friends_count", version=1, direction=1)
def share_friends_count(page: Page) -> float:
    """Asks you to share it with a number of friends or groups.

    "Share with 10 friends to claim" spreads the lure through your contacts.
    """
    return phrase_counts(page)["share_friends"]


@signal("engage_tag_friends_count", version=1, direction=1)
def tag_friends_count(page: Page) -> float:
    """Asks you to tag friends.

    Tagging pulls more victims into the post.
    """
    return phrase_counts(page)["tag_friends"]


@signal("engage_comment_demand_count", version=1, direction=1)
def comment_demand_count(page: Page) -> float:
    """Asks you to comment "done" or similar to enter.

    Comment demands boost the post and mark willing targets.
    """
    return phrase_counts(page)["comment_demand"]


@signal("engage_whatsapp_forward_count", version=1, direction=1)
def whatsapp_forward_count(page: Page) -> float:
    """Asks you to forward it on WhatsApp.

    Prize chains spread through WhatsApp contacts and groups.
    """
    return phrase_counts(page)["whatsapp_forward"]


@signal("engage_share_link_count", version=1)
def share_link_count(page: Page) -> float:
    """Has buttons that pre-fill a share message (WhatsApp, Facebook, Telegram).

    Share-to-unlock funnels hand you a ready-made message to send.
    """
    return _SHARE.count_containing(link.href for link in page.links)
