"""LightGBM ``pred_contrib`` -> ranked reasons in plain, true words.

Signals that rest on the same evidence (the "free" and prize words behind five text signals,
the form fields behind seven survey signals) share an evidence key; their contributions are
added up into one line, worded by the member that pushed most. Each line reads in the words of
its value's side ("few words in capitals (2%)", never "many ... (2%)"). The page's age and its
domain's age are always shown when known, as extra lines after the top ones.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Evidence shown whenever its value is known, even when it is not among the top reasons.
ALWAYS_SHOWN = ("page_age", "domain_age")


@dataclass(frozen=True)
class Reason:
    """One piece of evidence's part in a verdict."""

    #: The signal whose words the line uses (the group member that pushed most).
    signal: str
    value: float
    #: Contribution to the raw score (log-odds) of every signal resting on this evidence;
    #: positive pushes towards "scam".
    contribution: float
    text: str
    #: What the signals behind this line rest on (e.g. ``lure_words``).
    evidence: str = ""
    #: Every signal merged into this line, strongest first.
    signals: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form (NaN becomes None)."""
        return {
            "signal": self.signal,
            "value": None if math.isnan(self.value) else self.value,
            "contribution": round(self.contribution, 6),
            "text": self.text,
            "evidence": self.evidence or self.signal,
            "signals": list(self.signals or (self.signal,)),
        }


def evidence_of(describer: Any) -> str:
    """A reason-writer's evidence key (its own name when it declares none)."""
    return str(getattr(describer, "evidence", "") or describer.name)


def _nameable(value: float, towards_scam: bool) -> bool:
    """Whether a value can be named as a reason: towards "scam", only what is on the page."""
    if math.isnan(value):
        return False
    return value != 0.0 or not towards_scam


def _line(signals: Sequence[Any], values: np.ndarray, contributions: np.ndarray,
          members: list[int], sign: float, towards_scam: bool) -> Reason | None:
    """One line for the members of one evidence group, or None if none can be named."""
    named = [i for i in members if sign * contributions[i] > 1e-9
             and _nameable(float(values[i]), towards_scam)]
    if not named:
        return None
    named.sort(key=lambda i: -sign * float(contributions[i]))
    lead = named[0]
    value = float(values[lead])
    return Reason(signals[lead].name, value, float(sum(contributions[i] for i in members)),
                  signals[lead].describe(value), evidence_of(signals[lead]),
                  tuple(signals[i].name for i in named))


def reasons_from_contributions(
    signals: Sequence[Any],
    values: np.ndarray,
    contributions: np.ndarray,
    towards_scam: bool,
    top: int = 5,
) -> list[Reason]:
    """The evidence that pushed the score most towards the verdict, strongest first.

    ``signals`` are the model's columns in order: registered signals, or any object with
    ``name``, ``unit`` and ``describe(value)`` (the wording model's describer). At most ``top``
    lines, one per piece of evidence, then the page's and domain's age when known.

    Towards "scam", only signals actually present on the page are named, so a person can check
    each reason on the page. Towards "fine", an absent lure is a reason too ("no giveaway,
    prize or winner words"). An unknown value (NaN) is never a reason.
    """
    sign = 1.0 if towards_scam else -1.0
    n = len(signals)
    groups: dict[str, list[int]] = {}
    for i in range(n):
        groups.setdefault(evidence_of(signals[i]), []).append(i)
    net = {key: float(sum(contributions[i] for i in members)) for key, members in groups.items()}
    out: list[Reason] = []
    for key in sorted(groups, key=lambda k: -sign * net[k]):  # stable: ties keep column order
        if len(out) >= top or sign * net[key] <= 1e-9:
            break
        line = _line(signals, values, contributions, groups[key], sign, towards_scam)
        if line is not None:
            out.append(line)
    shown = {r.evidence for r in out}
    for key in ALWAYS_SHOWN:
        if key in groups and key not in shown:
            known = [i for i in groups[key] if not math.isnan(float(values[i]))]
            if known:
                i = known[0]
                value = float(values[i])
                out.append(Reason(signals[i].name, value, net[key], signals[i].describe(value),
                                  key, (signals[i].name,)))
    return out
