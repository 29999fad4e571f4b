"""The signal family: one module per family, imported in a fixed order.

``all_signals()`` lists every registered signal; ``get(name)`` finds one. Importing this
package also runs every signal once on a small probe page, so that a programming error in a
signal (a misspelt phrase family is a NameError, a family missing from the page scan a
LookupError, a wrong attribute an AttributeError) fails the import with the signal's name
instead of surfacing later as NaN on every page.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import SignalError
from . import (  # noqa: F401  (importing registers the signals, in this order)
    age,
    brand,
    crypto,
    engagement,
    links,
    offers,
    privacy,
    survey,
    tells,
    text,
    url,
)
from ._registry import Signal, registered, signal
from .scan import PAGE_SCAN  # noqa: F401  (built once, from the families' explicit list)

__all__ = ["Signal", "all_signals", "get", "signal"]

# Touches every view a signal reads: text, a link, form fields, a URL-less host, both dates
# and WHOIS facts. Tiny, so the probe costs about a millisecond at import.
_PROBE_HTML = ("<html><head><title>Free gift</title></head><body><h1>Win</h1>"
               "<p>FREE prize, like and share, comment done. "
               "0x52908400098527886E0F7030069857D2E4169EE7"
               "</p><a href='#'>privacy</a><form><input type='email' name='email'></form>"
               "</body></html>")


def probe(signals: Iterable[Signal]) -> None:
    """Run each signal on a small page; raise SignalError naming any that fails.

    Signal bugs are not turned into NaN (only hostile input is), so this catches them.
    """
    from datetime import datetime, timezone

    from ..pages.page import Page, WhoisFacts

    page = Page(_PROBE_HTML, page_created="2026-01-01",
                as_of=datetime(2026, 2, 1, tzinfo=timezone.utc),
                whois=WhoisFacts("example.com", privacy_protected=True),
                policy_html="<p>We may sell your data.</p>")
    for sig in signals:
        try:
            sig(page)
            sig.on(page).describe(0.0)
        except Exception as exc:
            raise SignalError(
                f"signal {sig.name!r} ({sig.func.__module__}) fails on a plain page: "
                f"{type(exc).__name__}: {exc}; fix the signal before using the package"
            ) from exc


#: The order of the families in every feature row (and so in every model's manifest). Explicit,
#: because import order is not: a family module that imports another's phrase handles
#: registers that one's signals first.
FAMILY_ORDER = ("age", "brand", "crypto", "engagement", "links", "offers", "privacy", "survey",
                "text", "tells", "url")


def all_signals() -> tuple[Signal, ...]:
    """Every registered signal, in a fixed order: by :data:`FAMILY_ORDER`, then as written."""
    rank = {family: i for i, family in enumerate(FAMILY_ORDER)}
    return tuple(sorted(registered(), key=lambda s: rank.get(s.family, len(rank))))


def get(name: str) -> Signal:
    """The signal called ``name``; raises KeyError naming the known families if absent."""
    for sig in all_signals():
        if sig.name == name:
            return sig
    raise KeyError(f"no signal named {name!r}; see detector.signals.all_signals() for the list")


probe(all_signals())
