"""The ``@signal`` decorator and the registry it fills.

A signal is a pure function ``Page -> float`` with a stable snake_case name, a version and a
docstring whose first line is the reason a user reads when the value is high. The phrases for
a low value and for "none at all" are declared next to it (``low=``, ``absent=``), so that a
reason reads true on either side. The default registry is filled once, when the family modules
are imported in a fixed order by ``detector.signals``; it is read-only after that. Tests make
their own :class:`Registry` to register deliberately broken signals without touching it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..errors import SignalError

if TYPE_CHECKING:
    from ..pages.page import Page

Unit = Literal["count", "flag", "ratio", "per100", "days", "number"]
Side = Literal["high", "low", "absent", "unknown"]
SignalFunc = Callable[["Page"], float]

_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
#: What a hostile page can make any signal raise: pathological nesting, a page built to exhaust
#: memory, numbers or dates beyond float or datetime range, text that cannot be encoded. Such a
#: page's value is "unknown" (NaN). Everything else (KeyError, AttributeError, TypeError,
#: NameError, ...) is a programming error and propagates, so that tests catch it.
HOSTILE_INPUT_ERRORS: tuple[type[BaseException], ...] = (
    RecursionError, MemoryError, OverflowError, UnicodeError,
)
# Where the high phrasing starts when a signal does not say: any count or flag at all.
_DEFAULT_HIGH_FROM = {"count": 1.0, "number": 1.0, "flag": 0.5}


def duration(days: float) -> str:
    """``6 days``, ``5 months``, ``12 years``: an age a person reads at a glance."""
    d = max(0, int(days))
    if d < 60:
        return "1 day" if d == 1 else f"{d:,} days"
    if d < 730:
        return f"{d // 30} months"
    return f"{d // 365:,} years"


def _lower_first(text: str) -> str:
    text = text.rstrip(".")
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


@dataclass(frozen=True)
class Signal:
    """One registered signal."""

    name: str
    version: int
    family: str
    unit: Unit
    func: SignalFunc
    #: First docstring line: what a user reads when the value is high.
    reason: str
    #: The rest of the docstring: why it indicates a scam.
    why: str
    #: Domain knowledge for training: +1 more of it never makes a page less likely a scam,
    #: -1 never more likely, 0 no constraint. Used as LightGBM monotone constraints.
    direction: int = 0
    #: What a user reads when the value is high, where that differs from :attr:`reason`.
    high: str = ""
    #: What a user reads when the value is low (below :attr:`high_from`), e.g. "few words in
    #: capitals"; for flags, the wording when the flag is off.
    low: str = ""
    #: What a user reads when the value is zero, where absence itself is the reason ("no
    #: giveaway or prize words"); empty when zero simply reads as :attr:`low`.
    absent: str = ""
    #: Where the high phrasing starts (the value is "high" at or above it).
    high_from: float = 1.0
    #: Signals resting on the same evidence share a key; their reasons become one line.
    evidence: str = ""
    #: Optional: what exactly was found on a page, appended to the reason ("a fee, card
    #: details"), so an aggregate count still names things a person can check on the page.
    detail: Callable[[Page], str] | None = None

    def __call__(self, page: Page) -> float:
        """Run the signal: a float, NaN for "unknown" (also on a page built to break it).

        Only :data:`HOSTILE_INPUT_ERRORS` become NaN; a bug in a signal raises.
        """
        try:
            value = float(self.func(page))
        except HOSTILE_INPUT_ERRORS:
            return math.nan
        return value if math.isfinite(value) else math.nan

    @property
    def opposite(self) -> str:
        """The low-side wording (the name older callers used for flags)."""
        return self.low

    def side(self, value: float) -> Side:
        """Which phrasing a value reads in: high, low, absent (zero) or unknown (NaN)."""
        if math.isnan(value):
            return "unknown"
        if value >= self.high_from:
            return "high"
        return "absent" if value == 0 and self.absent else "low"

    def amount(self, value: float) -> str:
        """The value in the signal's unit, as a reason shows it (``12%``, ``2 times``)."""
        if self.unit == "count":
            n = round(value)
            return "once" if n == 1 else f"{n:,} times"
        if self.unit == "ratio":
            return f"{value:.0%}"
        if self.unit == "per100":
            return f"{value:.1f} per 100 words"
        if self.unit == "days":
            return duration(value)
        return f"{value:,.4g}"

    def describe(self, value: float) -> str:
        """The reason in the words of the value's side, with the value.

        E.g. ``asks you to "like and share" the page (2 times)`` and, for zero, ``does not ask
        you to like or share it``; a ratio reads ``writes many words in capitals (12%)`` or
        ``few words in capitals (2%)``; NaN reads ``... (unknown)``. A phrase holding ``{}``
        places the amount itself ("domain registered {} before").
        """
        side = self.side(value)
        if side == "unknown":
            return f"{_lower_first(self.reason)} (unknown)"
        high = _lower_first(self.high or self.reason)
        if self.unit == "flag":
            return high if side == "high" else _lower_first(self.low)
        if side == "absent":
            return _lower_first(self.absent)
        text = high if side == "high" else _lower_first(self.low)
        if "{}" in text:
            return text.format(self.amount(value))
        return f"{text} ({self.amount(value)})"

    def on(self, page: Page) -> Signal | PageReason:
        """This signal's reason-writer for one page: itself, or one that adds :attr:`detail`."""
        if self.detail is None:
            return self
        try:
            found = self.detail(page)
        except HOSTILE_INPUT_ERRORS:
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

    @property
    def evidence(self) -> str:
        """The signal's evidence key."""
        return self.signal.evidence

    def describe(self, value: float) -> str:
        """E.g. ``kinds of things it asks of you in return (2): a fee, card details``."""
        text = self.signal.describe(value)
        return f"{text}: {self.found}" if value and not math.isnan(value) else text


class Registry:
    """Signals by name, in registration order; refuses duplicates and malformed names."""

    def __init__(self) -> None:
        self._signals: dict[str, Signal] = {}

    def signal(
        self, name: str, version: int = 1, unit: Unit = "count", direction: int = 0,
        low: str = "", absent: str = "", high_from: float | None = None, evidence: str = "",
        high: str = "",
        detail: Callable[[Page], str] | None = None,
    ) -> Callable[[SignalFunc], Signal]:
        """Register a function as a signal under a stable name and version.

        ``low``/``absent`` are the reason's words for a low or zero value; ``high_from`` is
        where the high wording (``high``, else the docstring's first line) starts;
        ``evidence`` groups signals whose reasons rest on the same thing found on the page
        (default: the signal's own name).
        """
        if direction not in (-1, 0, 1):
            raise SignalError(f"signal {name!r} has direction {direction!r}; use -1, 0 or 1")
        if not _NAME.match(name):
            raise SignalError(
                f"signal name {name!r} must be snake_case family_what[_unit] using only [a-z0-9_]"
            )
        if not isinstance(version, int) or version < 1:
            raise SignalError(f"signal {name!r} has version {version!r}; use a whole number >= 1")
        threshold = _DEFAULT_HIGH_FROM.get(unit) if high_from is None else high_from
        if threshold is None:
            raise SignalError(f"signal {name!r} of unit {unit!r} needs high_from=: the value "
                              "where its high wording (the docstring's first line) starts")
        if not (low or absent):
            raise SignalError(f"signal {name!r} needs low= or absent=: the reason's words for "
                              "a low or zero value, so that it reads true on that side too")

        def register(func: SignalFunc) -> Signal:
            if name in self._signals:
                raise SignalError(
                    f"signal name {name!r} is registered twice "
                    f"({self._signals[name].func.__module__} and {func.__module__}); names are "
                    "never reused: pick a new one"
                )
            doc = (func.__doc__ or "").strip()
            if not doc:
                raise SignalError(f"signal {name!r} needs a docstring: its first line is the "
                                  "reason")
            first, _, rest = doc.partition("\n")
            sig = Signal(
                name=name, version=version, family=func.__module__.rsplit(".", 1)[-1], unit=unit,
                func=func, reason=first.strip(), why=" ".join(rest.split()), direction=direction,
                high=high, low=low or absent, absent=absent, high_from=threshold,
                evidence=evidence or name,
                detail=detail,
            )
            self._signals[name] = sig
            return sig

        return register

    def signals(self) -> tuple[Signal, ...]:
        """All signals in registration order."""
        return tuple(self._signals.values())


#: The registry the family modules fill.
REGISTRY = Registry()
signal = REGISTRY.signal


def registered() -> tuple[Signal, ...]:
    """All signals of the default registry, in registration order."""
    return REGISTRY.signals()
