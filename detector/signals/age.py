"""Age: how long the page and its domain have existed. NaN when unknown, never guessed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._registry import signal

if TYPE_CHECKING:
    from datetime import datetime

    from ..pages.page import Page


def _days(since: datetime | None, until: datetime | None) -> float:
    if since is None or until is None:
        return float("nan")
    days = (until - since).total_seconds() / 86400.0
    # A creation date in the future is bad data, not a brand-new page.
    return days if days >= -1.0 else float("nan")


@signal("age_page_days", version=1, unit="days", direction=-1, high_from=365.0,
        evidence="page_age", high="page created {} ago", low="page created only {} ago")
def page_days(page: Page) -> float:
    """Age of the page itself since it was created.

    Giveaway pages are made days before the lure spreads and abandoned soon after.
    """
    created = page.page_created
    return _days(created if not isinstance(created, str) else None, page.as_of)


@signal("age_domain_days", version=1, unit="days", direction=-1, high_from=365.0,
        evidence="domain_age", high="domain registered {} ago",
        low="domain registered only {} ago")
def domain_days(page: Page) -> float:
    """Age of its domain since registration (WHOIS/RDAP).

    Scam domains are usually registered weeks before use; NaN when unknown.
    """
    whois = page.whois
    return _days(whois.created if whois else None, page.as_of)


@signal("age_whois_privacy", version=1, unit="flag", low="shows its domain owner in WHOIS")
def whois_privacy(page: Page) -> float:
    """Hides its domain owner behind a WHOIS privacy service.

    NaN when unknown.
    """
    whois = page.whois
    if whois is None or whois.privacy_protected is None:
        return float("nan")
    return 1.0 if whois.privacy_protected else 0.0
