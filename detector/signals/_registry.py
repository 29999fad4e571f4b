"""The ``@signal`` decorator and the registry it fills.

A signal is a pure function ``Page -> float`` with a stable snake_case name, a version and a
docstring whose first line is the reason a user reads. The registry is filled once, when the
family modules are imported in a fixed order by ``detector.signals``; it is read-only after that.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..errors import SignalError

if TYPE_CHECKING:
    from ..page import Page

Unit = Literal["count", "flag", "ratio", "per100", "days", "number"]
SignalFunc = Callable[["Page"], float]

_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
_REGISTRY: dict[str, Signal] = {}


@dataclass(frozen=True)
class Signal:
    """One registered signal."""

    name: str
    version: int
    family: str
    unit: Unit
    func: SignalFunc
    #: First docstring line: what a user reads as a reason.
    reason: str
    #: The rest of the docstring: why it indicates a scam.
    why: str
    #: Domain knowledge for training: +1 more of it never makes a page less likely a scam,
    #: -1 never more likely, 0 no constraint. Used as LightGBM monotone constraints.
    direction: int = 0
    #: For flags: the reason's wording when the flag is off (e.g. "links to a privacy policy").
    opposite: str = ""
    #: Optional: what exactly was found on a page, appended to the reason ("a fee, card
    #: details"), so an aggregate count still names things a person can check on the page.
    detail: Callable[[Page], str] | None = None

    def __call__(self, page: Page) -> float:
        """Run the signal; any failure on odd input is "unknown" (NaN), never an exception."""
        try:
            value = float(self.func(page))
        except (ValueError, TypeError, ArithmeticError, IndexError, KeyError, AttributeError):
            return math.nan
        return value if math.isfinite(value) else math.nan

    def describe(self, value: float) -> str:
        """The reason with its value, e.g. ``asks you to "like and share" the page (2 times)``."""
        text = self.reason[:1].lower() + self.reason[1:] if not self.reason[1:2].isupper() else (
            self.reason
        )
        text = text.rstrip(".")
        if math.isnan(value):
            return f"{text} (unknown)"
        if self.unit == "flag":
            if value >= 0.5:
                return text
            return self.opposite or f"not so: {text}"
        if self.unit == "count":
            n = round(value)
            return f"{text} ({'once' if n == 1 else f'{n:,} times'})"
        if self.unit == "ratio":
            return f"{text} ({value:.0%})"
        if self.unit == "per100":
            return f"{text} ({value:.1f} per 100 words)"
        if self.unit == "days":
            return f"{text} ({int(value):,} days)"
        return f"{text} ({value:,.4g})"

    def on(self, page: Page) -> Signal | PageReason:
        """This signal's reason-writer for one page: itself, or one that adds :attr:`detail`."""
        if self.detail is None:
            return self
        try:
            found = self.detail(page)
        except (ValueError, TypeError, ArithmeticError, IndexError, KeyError, AttributeError):
            found = ""
        return PageReason(self, found) if found else self


@dataclass(frozen=True)
class PageReason:
    """A signal's reason on one page, followed by what was found there."""

    signal: Signal
    found: str

    @property
    def name(self) -> str:
        """The signal's name."""
        return self.signal.name

    @property
    def unit(self) -> Unit:
        """The signal's unit."""
        return self.signal.unit

    def describe(self, value: float) -> str:
        """E.g. ``kinds of things it asks of you in return (2): a fee, card details``."""
        text = self.signal.describe(value)
        return f"{text}: {self.found}" if value and not math.isnan(value) else text


def signal(
    name: str, version: int = 1, unit: Unit = "count", direction: int = 0, opposite: str = "",
    detail: Callable[[Page], str] | None = None,
) -> Callable[[SignalFunc], Signal]:
    """Register a function as a signal under a stable name and version."""
    if direction not in (-1, 0, 1):
        raise SignalError(f"signal {name!r} has direction {direction!r}; use -1, 0 or 1")
    if not _NAME.match(name):
        raise SignalError(
            f"signal name {name!r} must be snake_case family_what[_unit] using only [a-z0-9_]"
        )
    if not isinstance(version, int) or version < 1:
        raise SignalError(f"signal {name!r} has version {version!r}; use a whole number >= 1")

    def register(func: SignalFunc) -> Signal:
        if name in _REGISTRY:
            raise SignalError(
                f"signal name {name!r} is registered twice ({_REGISTRY[name].func.__module__} and "
                f"{func.__module__}); names are never reused: pick a new one"
            )
        doc = (func.__doc__ or "").strip()
        if not doc:
            raise SignalError(f"signal {name!r} needs a docstring: its first line is the reason")
        first, _, rest = doc.partition("\n")
        sig = Signal(
            name=name,
            version=version,
            family=func.__module__.rsplit(".", 1)[-1],
            unit=unit,
            func=func,
            reason=first.strip(),
            why=" ".join(rest.split()),
            direction=direction,
            opposite=opposite,
            detail=detail,
        )
        _REGISTRY[name] = sig
        return sig

    return register


def registered() -> tuple[Signal, ...]:
    """All signals in registration order."""
    return tuple(_REGISTRY.values())
