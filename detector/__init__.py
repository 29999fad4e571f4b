"""Scam giveaway and survey-scam page detector: a verdict with reasons for any page.

Public API::

    from detector import Page, score, load_model
    verdict = score(Page(html, url="https://..."))
    print(verdict.band, verdict.probability)
    for reason in verdict.reasons:
        print(reason.text)

Names are imported on first use (PEP 562), so ``detector --version`` and ``--help`` do not
load the parser, numpy and LightGBM.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "DetectorError": "errors",
    "InputError": "errors",
    "ModelError": "errors",
    "ModelMismatchError": "errors",
    "Reason": "modelling.explain",
    "ModelBundle": "modelling.model",
    "load_model": "modelling.model",
    "Page": "pages.page",
    "WhoisFacts": "pages.page",
    "Result": "modelling.scoring",
    "Verdict": "modelling.scoring",
    "score": "modelling.scoring",
    "score_many": "modelling.scoring",
}

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

if TYPE_CHECKING:
    from .errors import DetectorError, InputError, ModelError, ModelMismatchError
    from .modelling.explain import Reason
    from .modelling.model import ModelBundle, load_model
    from .modelling.scoring import Result, Verdict, score, score_many
    from .pages.page import Page, WhoisFacts


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'detector' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
