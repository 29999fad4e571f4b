"""The one scorer: pages in, verdicts out.

:func:`score_rows` turns feature rows into verdicts for many pages at once (one booster call,
reasons only where an explain mask says); :func:`score` (one page), :func:`score_pages`,
:func:`score_many` (one result per page, errors included), ``check`` and the batch chunks all
go through it, so a page gets the same verdict however it is scored.

Allowlists and blocklists (:class:`detector.app.lists.Lists`) are applied here too, after the
model: a listed page keeps its probability and reasons, and its band and label come from the
list entry that covers its URL. A page without a URL is never listed. The library applies only
the lists it is given; ``check`` and ``score`` also read the user's default list files.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np

from ..app.lists import ListEntry, Lists
from ..config import DEFAULT_SETTINGS, Settings, band_for
from ..errors import DetectorError, PageTooLargeError
from ..pages.page import Page
from .explain import Reason, reasons_from_contributions
from .model import ModelBundle, load_model

#: Which pages of a batch get reasons: every one, those in the suspicious band and above, none.
ExplainMode = Literal["all", "flagged", "none"]
_FINE = band_for(0.0, 1.0)  # the lowest band, "probably fine"


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
            "base_value": None if math.isnan(self.base_value) else round(self.base_value, 6),
            "reasons": [r.as_dict() for r in self.reasons],
            "model_id": self.model_id,
            "warnings": list(self.warnings),
            "features": {k: (None if math.isnan(v) else v) for k, v in self.features.items()},
            "contributions": {k: round(v, 6) for k, v in self.contributions.items()},
        }


def listed(verdict: Verdict, entry: ListEntry | None) -> Verdict:
    """The verdict as the lists decide it: same probability and reasons; band
    ``allowlisted (FILE:LINE)`` and label legit (not flagged), or ``blocklisted (FILE:LINE)``
    and label scam (flagged), with a warning saying what the model alone said. Unchanged when
    no entry matched."""
    if entry is None:
        return verdict
    label = "legit" if entry.kind == "allowlist" else "scam"
    note = (f"{entry.band}: the model alone says {verdict.band} "
            f"(probability {verdict.probability:.2f})")
    return replace(verdict, band=entry.band, label=label, warnings=(*verdict.warnings, note))


def describers(bundle: ModelBundle, page: Page, towards_scam: bool) -> list[Any]:
    """One reason-writer per model column, in column order: a signal's own, or a learned
    feature's for this page (e.g. the wording model naming its n-grams)."""
    on_page = {s.name: s for s in bundle.signals()}
    return [on_page[name].on(page) if name in on_page
            else bundle.describer(name, page, towards_scam) for name in bundle.feature_names]


def _check_size(page: Page, settings: Settings) -> None:
    if page.size_bytes > settings.max_page_bytes:
        raise PageTooLargeError(
            f"page of {page.size_bytes:,} bytes is over the {settings.max_page_bytes:,}-byte cap; "
            "raise it with DETECTOR_MAX_PAGE_BYTES or --max-page-bytes if this page is genuine"
        )


def feature_row(page: Page, bundle: ModelBundle, settings: Settings = DEFAULT_SETTINGS,
                ) -> np.ndarray:
    """The model's feature row for one page, refusing a page over the size cap."""
    _check_size(page, settings)
    return bundle.row(page)


def probabilities(bundle: ModelBundle, x: np.ndarray) -> np.ndarray:
    """Calibrated scam probabilities of feature rows in the model's column order: what every
    verdict's probability is, before any reason is computed."""
    return bundle.calibration.probability(bundle.raw_score(x))


def leans_scam(probability: np.ndarray, threshold: float) -> np.ndarray:
    """Whether reasons argue "scam" (the page is in the suspicious band or above) or "fine".

    The band rule itself lives in :func:`detector.config.band_for`; this is its vector form.
    """
    return np.array([band_for(float(p), threshold) != _FINE for p in probability], dtype=bool)


def explain_mask(mode: ExplainMode, probability: np.ndarray, threshold: float) -> np.ndarray:
    """Which rows get reasons: ``all``, ``flagged`` (suspicious band and above) or ``none``."""
    if mode == "all":
        return np.ones(len(probability), dtype=bool)
    if mode == "flagged":
        return leans_scam(probability, threshold)
    if mode == "none":
        return np.zeros(len(probability), dtype=bool)
    raise ValueError(f"explain mode {mode!r} is unknown; use all, flagged or none")


def score_rows(
    bundle: ModelBundle,
    pages: Sequence[Page],
    x: np.ndarray,
    settings: Settings = DEFAULT_SETTINGS,
    explain: ExplainMode | np.ndarray = "all",
    lists: Lists | None = None,
) -> list[Verdict]:
    """Verdicts for pages whose feature rows ``x`` are already built: the one scorer.

    One LightGBM call scores every row; ``pred_contrib`` runs only for the rows ``explain``
    selects (a mode, or a boolean mask), and only those get reasons, contributions and a base
    value. An explained row's raw score is the sum of its contributions, so reasons add up
    exactly; the others' come from the plain prediction (equal to within 1e-12).

    With ``lists``, a page whose URL an entry covers gets that entry's band
    (``allowlisted (FILE:LINE)`` / ``blocklisted (FILE:LINE)``) and label
    (:func:`listed`); in ``flagged`` mode a blocklisted page is explained even
    when the model alone would not flag it, since it is counted as flagged.
    """
    threshold = bundle.threshold
    n = len(pages)
    if n == 0:
        return []
    raw = bundle.raw_score(x)
    prob = bundle.calibration.probability(raw)  # = probabilities(bundle, x), keeping raw
    mask = (explain_mask(explain, prob, threshold) if isinstance(explain, str)
            else np.asarray(explain, dtype=bool))
    if mask.shape != (n,):
        raise ValueError(f"the explain mask has shape {mask.shape}; it needs one flag per page")
    entries: list[ListEntry | None] = (
        [lists.match(page.url) if page.url else None for page in pages] if lists is not None
        else [None] * n)
    if isinstance(explain, str) and explain == "flagged":
        mask = mask | np.array([e is not None and e.kind == "blocklist" for e in entries],
                               dtype=bool)
    contrib = bundle.contributions(x[mask]) if mask.any() else np.empty((0, x.shape[1] + 1))
    if mask.any():
        raw = raw.copy()
        raw[mask] = contrib.sum(axis=1)
        prob = bundle.calibration.probability(raw)
    names = bundle.feature_names
    out: list[Verdict] = []
    at = 0
    for k, page in enumerate(pages):
        p = float(prob[k])
        band = band_for(p, threshold)
        reasons: tuple[Reason, ...] = ()
        contributions: dict[str, float] = {}
        base = math.nan
        if mask[k]:
            c = contrib[at]
            at += 1
            towards = band != _FINE
            reasons = tuple(reasons_from_contributions(
                describers(bundle, page, towards), x[k], c, towards_scam=towards,
                top=settings.top_reasons))
            contributions = dict(zip(names, map(float, c[:-1]), strict=True))
            base = float(c[-1])
        out.append(listed(Verdict(
            probability=p,
            raw_score=float(raw[k]),
            label="scam" if p >= threshold else "legit",
            band=band,
            threshold=threshold,
            reasons=reasons,
            model_id=bundle.model_id,
            base_value=base,
            features=dict(zip(names, map(float, x[k]), strict=True)),
            contributions=contributions,
        ), entries[k]))
    return out


def score_pages(
    pages: Sequence[Page],
    model: ModelBundle | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    explain: ExplainMode | np.ndarray = "all",
    lists: Lists | None = None,
) -> list[Verdict]:
    """Verdicts for pages, in order (``lists``: see :func:`score_rows`). Raises DetectorError
    on the first unusable page; use :func:`score_many` to get one result per page instead."""
    bundle = model if model is not None else load_model()
    if not pages:
        return []
    x = np.vstack([feature_row(p, bundle, settings) for p in pages])
    return score_rows(bundle, pages, x, settings, explain, lists)


def score(
    page: Page,
    model: ModelBundle | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    warnings: Iterable[str] = (),
    lists: Lists | None = None,
) -> Verdict:
    """Score one page with reasons (``lists``: see :func:`score_rows`). Raises DetectorError
    subclasses on unusable input."""
    verdict = score_pages([page], model, settings, lists=lists)[0]
    # The caller's warnings (fetch problems) first, then the list's note, if any.
    return replace(verdict, warnings=(*warnings, *verdict.warnings))


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
    lists: Lists | None = None,
) -> Iterator[Result]:
    """Score pages in order; a page that fails (or an input given as an exception) yields an
    error result and the run goes on (``lists``: see :func:`score_rows`)."""
    bundle = model if model is not None else load_model()
    for i, page in enumerate(pages):
        if isinstance(page, Exception):
            yield Result(i, error=str(page))
            continue
        try:
            yield Result(i, verdict=score(page, bundle, settings, lists=lists))
        except DetectorError as exc:
            yield Result(i, error=str(exc))
