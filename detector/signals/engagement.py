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
_LIKE_HINTS = ("like", "liking", "me gusta", "curt", "j'aime", "aimez", "gefällt", "suka", "लाइक",
               "لايك", "اعجاب", "лайк", "thích")
_SHARE_HINT_WORDS = Substrings(_SHARE_HINTS)
_COMMENT_HINT_WORDS = Substrings(_COMMENT_HINTS)
# Longest reach of a match beyond its hint word: 60 characters between the two words, plus the
# longest word either alternation can match (\w* runs are bounded by the window's spaces).
_REACH = 160


def _near_hints(text: str, hints: Substrings, pattern: re.Pattern[str],
                needs: tuple[str, ...] = ()) -> int:
    """Matches of ``pattern`` in the windows of ``text`` around the hint words it needs.

    Every match contains a hint word; searching only within ``_REACH`` characters of the hints
    finds the same matches unless one is longer than that (none in the corpus or the synthetic
    pages: tests/test_signals_cases.py checks). Running the lookbehinds of the full pattern
    over all of a page's text cost about 1 ms per page.
    """
    spans: list[list[int]] = []
    for start, end in hints.spans(text):
        lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1][0], spans[-1][1] = min(spans[-1][0], lo), max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    # Windows start and end at spaces, so no word is cut in two at their edges.
    found = 0
    for lo, hi in spans:
        lo = text.rfind(" ", 0, lo) + 1
        cut = text.find(" ", hi)
        hi = len(text) if cut < 0 else cut
        # The pattern also needs one of ``needs`` (the "like" of like-and-share): a substring
        # test in C skips most windows without running the regex.
        if needs and not any(n in text[lo:hi] for n in needs):
            continue
        found += len(pattern.findall(text, lo, hi))
    return found


def _like_share_near(page: Page) -> int:
    return _near_hints(page.norm_text, _SHARE_HINT_WORDS, _LIKE_SHARE, _LIKE_HINTS)


def _comment_typed(page: Page) -> int:
    return _near_hints(page.norm_text, _COMMENT_HINT_WORDS, _COMMENT)


@signal("engage_like_share_count", version=2, direction=1)
def like_share_count(page: Page) -> float:
    """Asks you to "like and share" the page.

    Like-farming giveaways trade a fake prize for reach. Counts fixed phrases and "like" and
    "share" demanded together in one sentence, in several languages.
    """
    return max(phrase_counts(page)["like_share"], page.cached("like_share_near", _like_share_near))


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
    return max(phrase_counts(page)["comment_demand"], page.cached("comment_typed", _comment_typed))


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
