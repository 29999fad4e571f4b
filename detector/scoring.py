"""score(page) -> Verdict; score_many(pages) -> one result (verdict or error) per page."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .config import DEFAULT_SETTINGS, Settings, band_for
from .errors import DetectorError, PageTooLargeError
from .explain import Reason, reasons_from_contributions
from .model import ModelBundle, load_model
from .page import Page
from .textmodel import WordingDescriber


@dataclass(frozen=True)
class Verdict:
    """A page's score with its reasons."""

    #: Calibrated probability that the page is a scam.
    probability: float
    #: LightGBM raw score (log-odds); equals the sum of the reasons' contributions + base value.
    raw_score: float
    #: "scam" when the probability reaches the model's threshold, else "legit".
    label: str
    band: str
    threshold: float
    reasons: tuple[Reason, ...]
    model_id: str
    #: Expected raw score over the training data (LightGBM's bias term).
    base_value: float = 0.0
    #: Every feature's value and contribution, for ``--json`` and audits.
    features: dict[str, float] = field(default_factory=dict)
    contributions: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def is_scam(self) -> bool:
        """Whether the verdict crosses the model's decision threshold."""
        return self.label == "scam"

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "label": self.label,
            "probability": round(self.probability, 6),
            "band": self.band,
            "threshold": self.threshold,
            "raw_score": round(self.raw_score, 6),
            "base_value": round(self.base_value, 6),
            "reasons": [r.as_dict() for r in self.reasons],
            "model_id": self.model_id,
            "warnings": list(self.warnings),
            "features": {k: (None if math.isnan(v) else v) for k, v in self.features.items()},
            "contributions": {k: round(v, 6) for k, v in self.contributions.items()},
        }


def describers(bundle: ModelBundle, page: Page, towards_scam: bool) -> list[Any]:
    """One reason-writer per model column: the signals, then the wording model's n-grams."""
    out: list[Any] = [s.on(page) for s in bundle.signals()]
    if bundle.text_model is not None:
        terms = bundle.text_model.top_terms(page.search_text, towards_scam=towards_scam,
                                            weights=bundle.text_model.page_weights(page))
        out.append(WordingDescriber(terms, towards_scam))
    return out


def _check_size(page: Page, settings: Settings) -> None:
    if page.size_bytes > settings.max_page_bytes:
        raise PageTooLargeError(
            f"page of {page.size_bytes:,} bytes is over the {settings.max_page_bytes:,}-byte cap; "
            "raise it with DETECTOR_MAX_PAGE_BYTES or --max-page-bytes if this page is genuine"
        )


def score(
    page: Page,
    model: ModelBundle | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    warnings: Iterable[str] = (),
) -> Verdict:
    """Score one page with reasons. Raises DetectorError subclasses on unusable input."""
    bundle = model if model is not None else load_model()
    _check_size(page, settings)
    row = bundle.row(page).reshape(1, -1)
    contrib = bundle.contributions(row)[0]
    raw = float(contrib.sum())
    prob = float(bundle.calibration.probability(np.array([raw]))[0])
    is_scam = prob >= bundle.threshold
    towards_scam = is_scam or prob >= bundle.threshold / 3
    reasons = reasons_from_contributions(
        describers(bundle, page, towards_scam), row[0], contrib, towards_scam=towards_scam,
        top=settings.top_reasons,
    )
    names = bundle.feature_names
    return Verdict(
        probability=prob,
        raw_score=raw,
        label="scam" if is_scam else "legit",
        band=band_for(prob, bundle.threshold),
        threshold=bundle.threshold,
        reasons=tuple(reasons),
        model_id=bundle.model_id,
        base_value=float(contrib[-1]),
        features=dict(zip(names, map(float, row[0]), strict=True)),
        contributions=dict(zip(names, map(float, contrib[:-1]), strict=True)),
        warnings=tuple(warnings),
    )


@dataclass(frozen=True)
class Result:
    """One input's outcome in a batch: a verdict or an error, never both."""

    index: int
    verdict: Verdict | None = None
    error: str | None = None


def score_many(
    pages: Iterable[Page | Exception],
    model: ModelBundle | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Iterator[Result]:
    """Score pages in order; a page that fails (or an input given as an exception) yields an
    error result and the run goes on."""
    bundle = model if model is not None else load_model()
    for i, page in enumerate(pages):
        if isinstance(page, Exception):
            yield Result(i, error=str(page))
            continue
        try:
            yield Result(i, verdict=score(page, bundle, settings))
        except DetectorError as exc:
            yield Result(i, error=str(exc))
