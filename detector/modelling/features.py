"""Page -> feature row; many pages -> a feature matrix, in a given signal order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from ..pages.page import Page
from ..signals import Signal, all_signals


def feature_names(signals: Sequence[Signal] | None = None) -> list[str]:
    """Names of the features, in column order."""
    return [s.name for s in (signals if signals is not None else all_signals())]


def extract(page: Page, signals: Sequence[Signal] | None = None) -> np.ndarray:
    """One page's feature row (float64, NaN for unknown), in ``signals`` order."""
    sigs = signals if signals is not None else all_signals()
    return np.fromiter((s(page) for s in sigs), dtype=np.float64, count=len(sigs))


def extract_many(pages: Iterable[Page], signals: Sequence[Signal] | None = None) -> np.ndarray:
    """Feature matrix of many pages, one row per page."""
    sigs = signals if signals is not None else all_signals()
    rows = [extract(p, sigs) for p in pages]
    if not rows:
        return np.empty((0, len(sigs)), dtype=np.float64)
    return np.vstack(rows)


def extract_frame(pages: Iterable[Page], signals: Sequence[Signal] | None = None):  # type: ignore[no-untyped-def]
    """Feature matrix as a pandas DataFrame with the signal names as columns."""
    import pandas as pd

    sigs = signals if signals is not None else all_signals()
    return pd.DataFrame(extract_many(pages, sigs), columns=feature_names(sigs))
