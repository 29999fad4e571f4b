"""Privacy-policy clauses: selling data, transfer on merger, changes without notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import Substrings, phrase_counts, policy_counts

if TYPE_CHECKING:
    from ..page import Page

_POLICY_WORDS = (
    "privacy", "privacidad", "privacidade", "confidentialité", "datenschutz", "privasi",
    "privacy-policy", "gizlilik", "गोपनीयता", "الخصوصية", "конфиденциальн", "quyền riêng tư",
    "プライバシー", "隐私", "개인정보",
)
_POLICY = Substrings(_POLICY_WORDS)


def _clause(page: Page, family: str) -> float:
    """Clause count in the policy text when it was fetched, else in the page itself."""
    counts = policy_counts(page)
    return (counts if counts is not None else phrase_counts(page))[family]


@signal("privacy_sell_data_count", version=1, direction=1)
def sell_data_count(page: Page) -> float:
    """Its privacy terms let it sell or hand your data to third parties, partners or sponsors.

    Survey funnels exist to resell the personal data they collect.
    """
    return _clause(page, "privacy_sell")


@signal("privacy_no_sell_count", version=1, direction=-1)
def no_sell_count(page: Page) -> float:
    """Its privacy terms promise not to sell your data.

    Counterweight to the selling clauses: "we do not sell your personal information".
    """
    return _clause(page, "privacy_no_sell")


@signal("privacy_merger_transfer_count", version=1)
def merger_transfer_count(page: Page) -> float:
    """Its privacy terms allow transferring your data in a merger or acquisition."""
    return _clause(page, "privacy_merger")


@signal("privacy_change_without_notice_count", version=1)
def change_without_notice_count(page: Page) -> float:
    """Its terms may change at any time without notice.

    Lets the operator rewrite what it does with your data after collecting it.
    """
    return _clause(page, "privacy_change_notice")


@signal("privacy_your_responsibility_count", version=1)
def your_responsibility_count(page: Page) -> float:
    """Its terms make it your responsibility to check the policy for changes."""
    return _clause(page, "privacy_your_responsibility")


@signal("privacy_no_policy_link", version=1, unit="flag", opposite="links to a privacy policy")
def no_policy_link(page: Page) -> float:
    """Has no link to a privacy policy.

    A page that collects data without saying what it does with it. NaN for an empty page.
    """
    if not page.links and not page.search_text:
        return float("nan")
    has_link = _POLICY.count_containing(link.text + " " + link.href for link in page.links)
    return 0.0 if has_link else 1.0
