"""The signal family: one module per family, imported in a fixed order.

``all_signals()`` lists every registered signal; ``get(name)`` finds one.
"""

from __future__ import annotations

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

__all__ = ["Signal", "all_signals", "get", "signal"]


def all_signals() -> tuple[Signal, ...]:
    """Every registered signal, in a fixed order."""
    return registered()


def get(name: str) -> Signal:
    """The signal called ``name``; raises KeyError naming the known families if absent."""
    for sig in registered():
        if sig.name == name:
            return sig
    raise KeyError(f"no signal named {name!r}; see detector.signals.all_signals() for the list")
