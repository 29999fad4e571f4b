"""Labelled pages as a feature matrix plus what is known of each row (group, kind, language).

The one step from labelled pages to training rows: each page is parsed once (by
:func:`detector.input.pagebuild.build_page`, via :mod:`detector.input.datasets`), its signals
extracted,
and its salient text kept for the learned features.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import numpy as np

from ..input.datasets import LabelledPage
from ..signals import Signal, all_signals
from .features import extract


class Column(Protocol):
    """What training needs of a model column: a signal or a learned feature's spec."""

    @property
    def name(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def direction(self) -> int: ...


@dataclass
class FeatureSet:
    """Feature matrix of labelled pages plus what is known about each row."""

    x: np.ndarray
    y: np.ndarray
    groups: np.ndarray
    kinds: np.ndarray
    langs: np.ndarray
    sources: np.ndarray
    ids: np.ndarray
    dates: np.ndarray  # page_created as float days since epoch, NaN when unknown
    texts: list[str]
    artefacts: np.ndarray  # size/markup columns, for the shortcut check only
    signals: list[Any] = field(default_factory=list)  # Column: Signal or FeatureSpec
    #: What the wording model reads of each page (its salient text); ``texts`` when empty.
    wording: list[str] = field(default_factory=list)

    @property
    def wording_texts(self) -> list[str]:
        """The wording model's input per row."""
        return self.wording if len(self.wording) == len(self.y) else self.texts

    def __len__(self) -> int:
        return len(self.y)

    def subset(self, mask: np.ndarray) -> FeatureSet:
        """Rows where ``mask`` is true (or at the given indices)."""
        return FeatureSet(
            self.x[mask], self.y[mask], self.groups[mask], self.kinds[mask], self.langs[mask],
            self.sources[mask], self.ids[mask], self.dates[mask],
            [t for t, keep in zip(self.texts, _as_bool(mask, len(self.texts)), strict=True)
             if keep],
            self.artefacts[mask], self.signals,
            [t for t, keep in zip(self.wording_texts, _as_bool(mask, len(self.texts)),
                                  strict=True) if keep],
        )

    def concat(self, other: FeatureSet) -> FeatureSet:
        """Rows of both sets."""
        return FeatureSet(
            np.vstack([self.x, other.x]), np.concatenate([self.y, other.y]),
            np.concatenate([self.groups, other.groups]), np.concatenate([self.kinds, other.kinds]),
            np.concatenate([self.langs, other.langs]),
            np.concatenate([self.sources, other.sources]), np.concatenate([self.ids, other.ids]),
            np.concatenate([self.dates, other.dates]), self.texts + other.texts,
            np.vstack([self.artefacts, other.artefacts]), self.signals,
            self.wording_texts + other.wording_texts,
        )


ARTEFACT_NAMES = ["html_bytes_log", "elements_log", "text_chars_log", "links", "forms", "scripts"]


def _as_bool(mask: np.ndarray, n: int) -> np.ndarray:
    if mask.dtype == bool:
        return mask
    out = np.zeros(n, dtype=bool)
    out[mask] = True
    return out


def featurize(
    pages: Sequence[LabelledPage],
    signals: Sequence[Signal] | None = None,
    progress: bool = False,
) -> FeatureSet:
    """Features of labelled pages (parsing each page once)."""
    sigs = list(signals if signals is not None else all_signals())
    rows, arte, texts, dates, wording = [], [], [], [], []
    iterator: Any = pages
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(pages, desc="features", unit="page")
    for lp in iterator:
        p = lp.page
        rows.append(extract(p, sigs))
        v = p.views
        arte.append([
            math.log1p(p.size_bytes), math.log1p(v.n_elements), math.log1p(len(p.search_text)),
            len(v.links), len(v.forms), len(v.scripts),
        ])
        texts.append(p.search_text[:20000])
        wording.append(p.salient_text)
        created = p.page_created
        dates.append(created.timestamp() / 86400.0 if isinstance(created, datetime) else np.nan)
        # Views are not needed again: free the parsed text of big pages early.
        p.release()
    n = len(pages)
    return FeatureSet(
        x=np.vstack(rows) if rows else np.empty((0, len(sigs))),
        y=np.array([lp.label for lp in pages], dtype=np.int64),
        groups=np.array([lp.group for lp in pages], dtype=object),
        kinds=np.array([lp.kind for lp in pages], dtype=object),
        langs=np.array([lp.lang for lp in pages], dtype=object),
        sources=np.array([lp.source for lp in pages], dtype=object),
        ids=np.array([lp.id for lp in pages], dtype=object),
        dates=np.array(dates, dtype=np.float64) if n else np.empty(0),
        texts=texts,
        artefacts=np.array(arte, dtype=np.float64) if n else np.empty((0, len(ARTEFACT_NAMES))),
        signals=sigs,
        wording=wording,
    )
