"""LightGBM ``pred_contrib`` -> ranked reasons in plain words."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Reason:
    """One signal's part in a verdict."""

    signal: str
    value: float
    #: Contribution to the raw score (log-odds); positive pushes towards "scam".
    contribution: float
    text: str

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form (NaN becomes None)."""
        return {
            "signal": self.signal,
            "value": None if math.isnan(self.value) else self.value,
            "contribution": round(self.contribution, 6),
            "text": self.text,
        }


def _present(value: float) -> bool:
    return not math.isnan(value) and value != 0.0


def reasons_from_contributions(
    signals: Sequence[Any],
    values: np.ndarray,
    contributions: np.ndarray,
    towards_scam: bool,
    top: int = 5,
) -> list[Reason]:
    """The signals that pushed the score most towards the verdict, strongest first.

    ``signals`` are the model's columns in order: registered signals, or any object with
    ``name``, ``unit`` and ``describe(value)`` (the wording model's describer).

    Towards "scam", only signals actually present on the page are named, so a person can check
    each reason on the page. Towards "fine", an absent lure is a reason too ("not found").
    """
    sign = 1.0 if towards_scam else -1.0
    order = np.argsort(-sign * contributions[: len(signals)], kind="stable")
    out: list[Reason] = []
    for i in order:
        c = float(contributions[i])
        if sign * c <= 1e-9:
            break
        sig, v = signals[i], float(values[i])
        if towards_scam and not _present(v):
            continue
        text = sig.describe(v) if _present(v) or sig.unit == "flag" else (
            f"{sig.describe(v).split(' (')[0]} — not found"
        )
        out.append(Reason(sig.name, v, c, text))
        if len(out) >= top:
            break
    return out
