"""Scam giveaway and survey-scam page detector: a verdict with reasons for any page.

Public API::

    from detector import Page, score, load_model
    verdict = score(Page(html, url="https://..."))
    print(verdict.band, verdict.probability)
    for reason in verdict.reasons:
        print(reason.text)
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import DetectorError, InputError, ModelError, ModelMismatchError
from .explain import Reason
from .model import ModelBundle, load_model
from .page import Page, WhoisFacts
from .scoring import Result, Verdict, score, score_many

__all__ = [
    "DetectorError",
    "InputError",
    "ModelBundle",
    "ModelError",
    "ModelMismatchError",
    "Page",
    "Reason",
    "Result",
    "Verdict",
    "WhoisFacts",
    "__version__",
    "load_model",
    "score",
    "score_many",
]
