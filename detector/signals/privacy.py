"""Privacy-policy clauses: selling data, transfer on merger, changes without notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal
from .patterns import PhraseFamily, Substrings, phrases

if TYPE_CHECKING:
    from ..pages.page import Page

_POLICY_WORDS = (
    "privacy", "privacidad", "privacidade", "confidentialité", "datenschutz", "privasi",
    "privacy-policy", "gizlilik", "गोपनीयता", "الخصوصية", "конфиденциальн", "quyền riêng tư",
    "プライバシー", "隐私", "개인정보",
)
_POLICY = Substrings(_POLICY_WORDS)

PRIVACY_SELL = phrases("privacy_sell", (
    "sell your personal information", "sell your information", "sell your data",
    "sell personal information", "sell or rent", "rent or sell", "sell, rent",
    "sell, trade", "sell, share", "trade or rent", "may sell", "we sell", "may rent",
    "share your personal information with third parties",
    "share your information with third parties", "share your data with third parties",
    "share your personal information with our partners",
    "share your information with our partners", "share your information with our sponsors",
    "disclose your personal information to third parties",
    "transfer your personal information to third parties",
    "provide your information to third parties", "third party partners",
    "third-party partners", "marketing partners", "to our sponsors", "with our sponsors",
    "with our affiliates", "to our affiliates", "to third parties for marketing",
    "third parties for their own marketing", "vender sus datos",
    "compartir sus datos con terceros", "vender seus dados",
    "compartilhar seus dados com terceiros", "vendre vos données", "céder vos données",
    "partenaires commerciaux", "an dritte weitergeben", "an dritte verkaufen",
    "menjual data", "pihak ketiga",
))
PRIVACY_NO_SELL = phrases("privacy_no_sell", (
    "do not sell", "does not sell", "will not sell", "never sell", "don't sell",
    "won't sell", "not sell", "do not rent", "never share", "will not share",
    "do not share your personal", "no vendemos", "não vendemos", "ne vendons pas",
    "verkaufen keine", "nicht verkaufen", "tidak menjual",
))
PRIVACY_MERGER = phrases("privacy_merger", (
    "merger", "acquisition", "sale of assets", "sale of all or substantially all",
    "business transfer", "bankruptcy", "fusión", "adquisición", "fusão", "aquisição",
    "fusion", "übernahme", "penggabungan",
))
PRIVACY_CHANGE_NOTICE = phrases("privacy_change_notice", (
    "without notice", "without prior notice", "without further notice",
    "change this policy at any time", "change the policy at any time",
    "modify this policy at any time", "update this policy at any time",
    "at our sole discretion", "reserve the right to change", "reserve the right to modify",
    "reserve the right to update", "subject to change at any time", "sin previo aviso",
    "sem aviso prévio", "sans préavis", "ohne vorherige ankündigung", "tanpa pemberitahuan",
    "बिना सूचना",
))
PRIVACY_YOUR_RESPONSIBILITY = phrases("privacy_your_responsibility", (
    "your responsibility to check", "your responsibility to review",
    "responsibility to periodically", "review this page periodically",
    "check this page periodically", "check back periodically",
    "review this policy periodically",
    "continued use constitutes", "continued use of the site", "deemed to have accepted",
    "constitutes your acceptance", "su responsabilidad revisar", "sua responsabilidade",
    "votre responsabilité",
))
#: This module's phrase families, in the order the page scan lists them.
FAMILIES = (PRIVACY_SELL, PRIVACY_NO_SELL, PRIVACY_MERGER, PRIVACY_CHANGE_NOTICE,
            PRIVACY_YOUR_RESPONSIBILITY)


def _clause(page: Page, family: PhraseFamily) -> float:
    """Clause count in the policy text when it was fetched, else in the page itself."""
    in_policy = family.count_in_policy(page)
    return in_policy if in_policy is not None else family.count(page)


@signal("privacy_sell_data_count", version=1, direction=1,
        absent="its privacy terms do not let it sell or hand on your data")
def sell_data_count(page: Page) -> float:
    """Its privacy terms let it sell or hand your data to third parties, partners or sponsors.

    Survey funnels exist to resell the personal data they collect.
    """
    return _clause(page, PRIVACY_SELL)


@signal("privacy_no_sell_count", version=1, direction=-1,
        absent="its privacy terms make no promise not to sell your data")
def no_sell_count(page: Page) -> float:
    """Its privacy terms promise not to sell your data.

    Counterweight to the selling clauses: "we do not sell your personal information".
    """
    return _clause(page, PRIVACY_NO_SELL)


@signal("privacy_merger_transfer_count", version=1,
        absent="its privacy terms say nothing of passing your data on in a merger")
def merger_transfer_count(page: Page) -> float:
    """Its privacy terms allow transferring your data in a merger or acquisition."""
    return _clause(page, PRIVACY_MERGER)


@signal("privacy_change_without_notice_count", version=1,
        absent="its terms do not say they may change without notice")
def change_without_notice_count(page: Page) -> float:
    """Its terms may change at any time without notice.

    Lets the operator rewrite what it does with your data after collecting it.
    """
    return _clause(page, PRIVACY_CHANGE_NOTICE)


@signal("privacy_your_responsibility_count", version=1,
        absent="its terms do not leave checking for changes to you")
def your_responsibility_count(page: Page) -> float:
    """Its terms make it your responsibility to check the policy for changes."""
    return _clause(page, PRIVACY_YOUR_RESPONSIBILITY)


@signal("privacy_no_policy_link", version=1, unit="flag", low="links to a privacy policy")
def no_policy_link(page: Page) -> float:
    """Has no link to a privacy policy.

    A page that collects data without saying what it does with it. NaN for an empty page.
    """
    if not page.links and not page.search_text:
        return float("nan")
    has_link = _POLICY.count_containing(link.text + " " + link.href for link in page.links)
    return 0.0 if has_link else 1.0
