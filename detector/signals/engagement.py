"""Engagement demands: like-and-share, share with N friends, tag friends, comment "done"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import Hints, Substrings, phrases

if TYPE_CHECKING:
    from ..pages.page import Page

_SHARE_INTENTS = (
    "facebook.com/sharer", "facebook.com/share", "twitter.com/intent", "x.com/intent",
    "wa.me/", "api.whatsapp.com/send", "whatsapp://send", "web.whatsapp.com/send",
    "t.me/share", "telegram.me/share", "fb-messenger://share", "sms:?body", "line.me/r/msg",
)
_SHARE = Substrings(_SHARE_INTENTS)

LIKE_SHARE = phrases("like_share", (
    "like and share", "like & share", "like + share", "like n share", "like, share",
    "like share", "like this page and share", "like our page and share", "like & follow",
    "like and follow", "share this post", "shares this post", "share this page",
    "share this link",
    "share this message", "share this with", "click to share",
    "click on share", "click share", "dale like y comparte", "dale me gusta y comparte",
    "curta e compartilhe", "aimez et partagez", "liken und teilen", "like dan share",
    "like dan bagikan", "लाइक और शेयर", "اعجاب ومشاركة", "лайк и репост",
))
SHARE_FRIENDS = phrases("share_friends", (
    "share with # friends", "share with # people", "share it # people",
    "share it with # people", "share it with # friends", "share to # friends",
    "share to # groups", "share in # groups", "share with # groups", "share with # whatsapp",
    "share on # groups", "send to # friends", "send this to # friends", "invite # friends",
    "tell # friends", "tell your # friends", "send it to # friends",
    "invite your friends", "share with your friends", "share it with your friends",
    "share with friends", "forward to # friends", "forward this to # friends",
    "compartir con # amigos", "compártelo con # amigos", "comparte con # amigos",
    "comparte con tus amigos", "envía a # amigos", "compartilhe com # amigos",
    "compartilhe com # grupos", "partagez avec # amis", "teile mit # freunden",
    "bagikan ke # teman", "bagikan ke # grup", "bagikan ke teman", "# दोस्तों", "# ग्रुप",
    "شارك مع # أصدقاء", "أرسل إلى # أصدقاء", "поделись с # друзьями", "chia sẻ cho # bạn",
))
TAG_FRIENDS = phrases("tag_friends", (
    "tag # friends", "tag a friend", "tag your friends", "tag # people", "tag someone",
    "tag your friend", "mention # friends", "etiqueta a # amigos", "etiqueta a tus amigos",
    "marque # amigos", "marca a # amigos", "identifie # amis", "tag # teman",
    "tandai # teman", "markiere # freunde", "# दोस्तों को टैग",
))
COMMENT_DEMAND = phrases("comment_demand", (
    "comment done", "type done", "comment yes", "comment # ", "comment interested",
    "comment your name", "comment below to claim", "comment to claim", "comment to win",
    "comment amen", "comenta listo", "comenta si", "comente pronto", "comente sim",
    "commentez", "kommentiere", "komentar done", "ketik done", "कमेंट करें",
))
WHATSAPP_FORWARD = phrases("whatsapp_forward", (
    "forward on whatsapp", "forward to your whatsapp", "forward the link", "share on whatsapp",
    "share via whatsapp", "share it on whatsapp", "whatsapp friends", "whatsapp groups",
    "whatsapp contacts", "send to whatsapp", "share to whatsapp", "compartir en whatsapp",
    "compartilhe no whatsapp", "bagikan ke whatsapp", "व्हाट्सएप पर शेयर",
    "व्हाट्सएप ग्रुप", "شارك على واتساب", "واتساب",
))
#: This module's phrase families, in the order the page scan lists them.
FAMILIES = (LIKE_SHARE, SHARE_FRIENDS, TAG_FRIENDS, COMMENT_DEMAND, WHATSAPP_FORWARD)

# "Like" and "share" demanded together but worded freely: "1️⃣ LIKE this page 2️⃣ SHARE it",
# "dale me gusta y comparte". Both within 60 characters of one sentence, either order. Word
# endings are bounded ({0,30}) so that a match has a known longest length (see _near_hints).
_LIKE = (r"(?:like[sd]?|liking|me gusta|curt[ae]|curtir|j'aime|aimez|gefällt|suka|"
         r"लाइक|لايك|اعجاب|лайк\w{0,30}|thích)")
_SHARES = (r"(?:share[sd]?|sharing|compart\w{1,30}|partag\w{1,30}|teile\w{0,30}|bagikan|शेयर|"
           r"شارك\w{0,30}|مشاركة|подел\w{1,30}|репост\w{0,30}|chia sẻ|paylaş\w{0,30})")
_LIKE_SHARE = re.compile(
    rf"(?<!\w){_LIKE}(?!\w)[^.?!|·•\n]{{0,60}}?(?<!\w){_SHARES}(?!\w)"
    rf"|(?<!\w){_SHARES}(?!\w)[^.?!|·•\n]{{0,60}}?(?<!\w){_LIKE}(?!\w)"
)
# A comment demanded with the word to type: 'comment "DONE"', "comments done", "type YES".
_COMMENT = re.compile(
    r"(?<!\w)(?:comment\w{0,30}|coment\w{1,30}|kommentier\w{0,30}|komentar\w{0,30}|ketik|type|"
    r"escribe|escreva|कमेंट)\W{1,20}(?:\w{1,30}\W{1,20}){0,3}?(?:done|yes|amen|interested|mine|"
    r"ready|listo|sí|si|pronto|sim|oui|ja|siap|mau|हाँ)(?!\w)"
)
# Each match begins its share word (like-and-share) or its comment word with one of these.
_SHARE_HINTS = ("shar", "compart", "partag", "teil", "bagikan", "शेयर", "شار", "مشار", "подел",
                "репост", "chia sẻ", "paylaş")
_COMMENT_HINTS = ("comment", "coment", "kommentier", "komentar", "ketik", "type", "escrib",
                  "escrev", "कमेंट")
_LIKE_HINTS = ("like", "liking", "me gusta", "curt", "j'aime", "aimez", "gefällt", "suka", "लाइक",
               "لايك", "اعجاب", "лайк", "thích")
SHARE_HINTS = Hints("share_hints", _SHARE_HINTS)
COMMENT_HINTS = Hints("comment_hints", _COMMENT_HINTS)
#: Hint lists whose positions the page scan records for this module.
HINTS = (SHARE_HINTS, COMMENT_HINTS)
# Longest a match can be (so the farthest it can reach from its hint, either way): like-and-
# share 34 + 60 + 37 characters; a comment demand 40 + 20 + 3 x 50 + 11.
_LIKE_SHARE_REACH = 140
_COMMENT_REACH = 230


def _near_hints(text: str, hints: list[tuple[int, int]], pattern: re.Pattern[str], reach: int,
                needs: tuple[str, ...] = ()) -> int:
    """``len(pattern.findall(text))``, searching only the windows around the hint words
    (``hints``: their spans in ``text``, from the page scan).

    Every match holds a hint and is at most ``reach`` characters long, so it lies inside its
    hint's window; windows widened to spaces (no word cut in two at an edge) and merged where
    they overlap give every match to exactly one window, and no match crosses a window edge,
    so the count equals a full scan's (tested). Running the pattern's lookbehinds over all of
    a page's text cost about 1 ms a page.
    """
    windows = []
    for start, end in hints:
        lo = text.rfind(" ", 0, max(0, start - reach)) + 1
        cut = text.find(" ", min(len(text), end + reach))
        windows.append((lo, len(text) if cut < 0 else cut))
    windows.sort()
    merged: list[list[int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    found = 0
    for lo, hi in merged:
        # The pattern also needs one of ``needs`` (the "like" of like-and-share): a substring
        # test in C skips most windows without running the regex.
        if needs and not any(n in text[lo:hi] for n in needs):
            continue
        found += len(pattern.findall(text, lo, hi))
    return found


def like_share_near(page: Page) -> int:
    """Like-and-share demands worded freely within one sentence."""
    return _near_hints(page.norm_text, SHARE_HINTS.spans(page), _LIKE_SHARE, _LIKE_SHARE_REACH,
                       _LIKE_HINTS)


def comment_typed(page: Page) -> int:
    """Comment demands that name the word to type ('comment "DONE"')."""
    return _near_hints(page.norm_text, COMMENT_HINTS.spans(page), _COMMENT, _COMMENT_REACH)


@signal("engage_like_share_count", version=3, direction=1,
        absent="does not ask you to like or share it")
def like_share_count(page: Page) -> float:
    """Asks you to "like and share" the page.

    Like-farming giveaways trade a fake prize for reach. Counts fixed phrases and "like" and
    "share" demanded together in one sentence, in several languages.
    """
    return max(LIKE_SHARE.count(page), page.derived(like_share_near))


@signal("engage_share_friends_count", version=2, direction=1,
        absent="does not ask you to share it with friends")
def share_friends_count(page: Page) -> float:
    """Asks you to share it with a number of friends or groups.

    "Share with 10 friends to claim" spreads the lure through your contacts.
    """
    return SHARE_FRIENDS.count(page)


@signal("engage_tag_friends_count", version=1, direction=1,
        absent="does not ask you to tag friends")
def tag_friends_count(page: Page) -> float:
    """Asks you to tag friends.

    Tagging pulls more victims into the post.
    """
    return TAG_FRIENDS.count(page)


@signal("engage_comment_demand_count", version=3, direction=1,
        absent='does not ask you to comment "done" or similar')
def comment_demand_count(page: Page) -> float:
    """Asks you to comment "done" or similar to enter.

    Comment demands boost the post and mark willing targets.
    """
    return max(COMMENT_DEMAND.count(page), page.derived(comment_typed))


@signal("engage_whatsapp_forward_count", version=1, direction=1,
        absent="does not ask you to forward it on WhatsApp")
def whatsapp_forward_count(page: Page) -> float:
    """Asks you to forward it on WhatsApp.

    Prize chains spread through WhatsApp contacts and groups.
    """
    return WHATSAPP_FORWARD.count(page)


@signal("engage_share_link_count", version=1, absent="has no pre-filled share buttons")
def share_link_count(page: Page) -> float:
    """Has buttons that pre-fill a share message (WhatsApp, Facebook, Telegram).

    Share-to-unlock funnels hand you a ready-made message to send.
    """
    return _SHARE.count_containing(link.href for link in page.links)
