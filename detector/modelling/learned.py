"""Learned features: model columns computed by a fitted component shipped inside the bundle.

A signal is a hand-written function of a page; a learned feature is a function of a page fitted
on labelled pages (today: the wording model, :class:`detector.modelling.textmodel.TextModel`). Both
sit
under the same contract: a stable snake_case name, a version checked when a model loads, a
direction (monotone constraint), a reason a user reads. The bundle treats every learned
feature alike, through :class:`LearnedFeature`; which kinds exist is :data:`KINDS`, the one
place a new kind is registered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    from ..pages.page import Page


class LearnedFeature(Protocol):
    """What a bundle needs of a fitted learned feature."""

    @property
    def spec(self) -> FeatureSpec:
        """Name, version, kind and file of this feature."""
        ...

    def value(self, page: Page) -> float:
        """The feature's value for one page."""
        ...

    def values(self, texts: Sequence[str]) -> np.ndarray:
        """Values for many pages, from what it reads of each (the page's salient text)."""
        ...

    def describer(self, page: Page, towards_scam: bool) -> Any:
        """An object with ``name``, ``unit`` and ``describe(value)`` for this page's reason."""
        ...

    def save(self, directory: str | Path) -> Path:
        """Write its file into a model directory; returns the path."""
        ...


@dataclass(frozen=True)
class FeatureSpec:
    """The contract of a learned feature, as a model column (same fields a signal has)."""

    name: str
    version: int
    kind: str
    file_name: str
    family: str
    reason: str
    why: str
    direction: int = 1
    unit: str = "number"


@dataclass(frozen=True)
class Kind:
    """A kind of learned feature: its spec, how to load one, how to fit one."""

    spec: FeatureSpec
    load: Callable[[Path], LearnedFeature]
    #: (texts, labels, seed, groups) -> fitted feature, as stored.
    fit: Callable[[Sequence[str], np.ndarray, int, Sequence[object] | None], LearnedFeature]
    #: Out-of-fold values for training rows: (texts, labels, groups, seed) -> values.
    out_of_fold: Callable[[Sequence[str], np.ndarray, np.ndarray, int], np.ndarray]


def kinds() -> dict[str, Kind]:
    """Every kind of learned feature, by feature name."""
    from . import textmodel

    return {k.spec.name: k for k in (textmodel.KIND,)}


def versions() -> dict[str, int]:
    """Name -> version of every learned feature this detector can compute."""
    return {name: k.spec.version for name, k in kinds().items()}
