"""Engagement demands: like-and-share, share with N friends, tag friends, comment "done"."""

from __future__ import annotations

import re
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

# "Like" and "share" demanded together but worded freely: "1️⃣ LIKE this page 2️⃣ SHARE it",
# "dale me gusta y comparte". Both within 60 characters of one sentence, either order.
_LIKE = (r"(?:like[sd]?|liking|me gusta|curt[ae]|curtir|j'aime|aimez|gefällt|suka|"
         r"लाइक|لايك|اعجاب|лайк\w*|thích)")
_SHARES = (r"(?:share[sd]?|sharing|compart\w+|partag\w+|teile\w*|bagikan|शेयर|شارك\w*|"
           r"مشاركة|подел\w+|репост\w*|chia sẻ|paylaş\w*)")
_LIKE_SHARE = re.compile(
    rf"(?<!\w){_LIKE}(?!\w)[^.?!|·•\n]{{0,60}}?(?<!\w){_SHARES}(?!\w)"
    rf"|(?<!\w){_SHARES}(?!\w)[^.?!|·•\n]{{0,60}}?(?<!\w){_LIKE}(?!\w)"
)
# A comment demanded with the word to type: 'comment "DONE"', "comments done", "type YES".
_COMMENT = re.compile(
    r"(?<!\w)(?:comment\w*|coment\w+|kommentier\w*|komentar\w*|ketik|type|escribe|escreva|"
    r"कमेंट)\W+(?:\w+\W+){0,3}?(?:done|yes|amen|interested|mine|ready|listo|sí|si|pronto|sim|"
    r"oui|ja|siap|mau|हाँ)(?!\w)"
)
_SHARE_HINTS = ("shar", "compart", "partag", "teil", "bagikan", "शेयर", "شار", "مشار", "подел",
                "репост", "chia sẻ", "paylaş")
_COMMENT_HINTS = ("comment", "coment", "kommentier", "komentar", "ketik", "type", "escrib",
                  "escrev", "कमेंट")


@signal("engage_like_share_count", version=2, direction=1)
def like_share_count(page: Page) -> float:
    """Asks you to "like and share" the page.

    Like-farming giveaways trade a fake prize for reach. Counts fixed phrases and "like" and
    "share" demanded together in one sentence, in several languages.
    """
    text = page.norm_text
    near = len(_LIKE_SHARE.findall(text)) if any(h in text for h in _SHARE_HINTS) else 0
    return max(phrase_counts(page)["like_share"], near)


@signal("engage_share_friends_count", version=2, direction=1)
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


@signal("engage_comment_demand_count", version=2, direction=1)
def comment_demand_count(page: Page) -> float:
    """Asks you to comment "done" or similar to enter.

    Comment demands boost the post and mark willing targets.
    """
    text = page.norm_text
    typed = len(_COMMENT.findall(text)) if any(h in text for h in _COMMENT_HINTS) else 0
    return max(phrase_counts(page)["comment_demand"], typed)


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
