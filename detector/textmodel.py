"""The wording model: TF-IDF word n-grams + logistic regression, stored as JSON, scored in numpy.

Hand-written signals capture what scams *do* (forms, links, demands); the wording model captures
how they *talk*, in whatever language the training pages use. Its score is one more feature of
the LightGBM model (``text_wording_score``), and the n-grams that pushed it are shown as reasons
a person can find on the page ("free robux", "human verification").

It is fitted with scikit-learn but stored as plain JSON (terms, idf, weights) and scored here
without scikit-learn: loading it runs no code, and ``detector check`` stays quick to start.
The scoring reproduces scikit-learn's ``TfidfVectorizer`` (lowercase, ``(?u)\\b\\w\\w+\\b``
tokens, word 1–2-grams, sublinear tf, l2 norm) and ``LogisticRegression.decision_function``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError

FEATURE_NAME = "text_wording_score"
FEATURE_VERSION = 2
FILE_NAME = "text_model.json"
#: Only the first characters of a page's text are read. Lures sit at the top; the rest of a
#: scam page is often boilerplate (terms of service, an itinerary, a copied article) that
#: dilutes the l2-normalised n-grams towards "ordinary page". Measured by nested grouped CV on
#: the real corpus (data/MODEL_CARD.md): 2,000 characters beat 10,000 on every figure, and the
#: cap also bounds the cost per page.
MAX_CHARS = 2_000
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def model_text(search_text: str) -> str:
    """The part of a page's text the wording model reads."""
    return search_text[:MAX_CHARS]


def _terms(text: str, ngram_max: int) -> Counter[str]:
    tokens = _TOKEN.findall(text.lower())
    counts: Counter[str] = Counter(tokens)
    for n in range(2, ngram_max + 1):
        # map/zip/join run in C: a Python-level slice and join per n-gram cost twice as much.
        counts.update(map(" ".join, zip(*(tokens[i:] for i in range(n)), strict=False)))
    return counts


@dataclass
class TextModel:
    """Vocabulary, idf and weights of a fitted wording model."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    ngram_max: int = 2

    @property
    def terms(self) -> list[str]:
        """Terms in index order."""
        cached: list[str] | None = getattr(self, "_terms", None)
        if cached is None:
            cached = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
            self._terms = cached
        return cached

    def _weights(self, text: str) -> tuple[list[int], np.ndarray]:
        counts = _terms(model_text(text), self.ngram_max)
        # Most n-grams of a page are not in the vocabulary: intersect the key sets in C first.
        # Sorted by column, so sums run in one order whatever the process's hash seed.
        known = sorted((self.vocabulary[t], t) for t in counts.keys() & self.vocabulary.keys())
        idx = [j for j, _ in known]
        vals = [(1.0 + math.log(counts[t])) * self.idf[j] for j, t in known]
        w = np.asarray(vals, dtype=np.float64)
        norm = float(np.sqrt((w * w).sum())) if len(w) else 0.0
        return idx, (w / norm if norm else w)

    def page_weights(self, page: Any) -> tuple[list[int], np.ndarray]:
        """``_weights`` of a page's text, computed once per page and model.

        Scoring a page and naming its n-grams both need them; tokenising twice would double
        the wording model's share of a flagged page's cost.
        """
        return page.cached(f"wording:{id(self)}",  # type: ignore[no-any-return]
                           lambda p: self._weights(p.search_text))

    def score_page(self, page: Any) -> float:
        """:meth:`score` of a page's text (sharing the page's cached weights)."""
        idx, w = self.page_weights(page)
        return float(self.intercept + (w @ self.coef[idx] if idx else 0.0))

    def score(self, text: str) -> float:
        """Log-odds that the wording is a scam's (scikit-learn's decision_function)."""
        idx, w = self._weights(text)
        return float(self.intercept + (w @ self.coef[idx] if idx else 0.0))

    def scores(self, texts: list[str]) -> np.ndarray:
        """Scores of many texts."""
        return np.array([self.score(t) for t in texts], dtype=np.float64)

    def top_terms(self, text: str, k: int = 4, towards_scam: bool = True,
                  weights: tuple[list[int], np.ndarray] | None = None) -> list[str]:
        """The n-grams of ``text`` that pushed its score most in one direction.

        ``weights`` (from :meth:`page_weights`) spares tokenising the text again.
        """
        idx, w = weights if weights is not None else self._weights(text)
        if not idx:
            return []
        contrib = w * self.coef[idx]
        order = np.argsort(-contrib if towards_scam else contrib, kind="stable")
        terms = self.terms
        out: list[str] = []
        for i in order[: 4 * k]:
            if (contrib[i] > 0) != towards_scam or contrib[i] == 0:
                break
            term = terms[idx[i]]
            # Numbers and short function words are true to the model but mean nothing to a
            # reader; show words a person can find on the page.
            if not any(c.isalpha() for c in term) or (" " not in term and len(term) < 4):
                continue
            # A bigram already covered by a shown unigram (or the reverse) says nothing new.
            if any(term in t or t in term for t in out):
                continue
            out.append(term)
            if len(out) == k:
                break
        return out

    # -- persistence -----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """JSON-ready form: terms in index order with their idf and weight."""
        terms = self.terms
        return {
            "kind": "tfidf_logreg",
            "version": FEATURE_VERSION,
            "token_pattern": _TOKEN.pattern,
            "ngram_max": self.ngram_max,
            "max_chars": MAX_CHARS,
            "intercept": float(self.intercept),
            "terms": terms,
            "idf": [float(f"{v:.9g}") for v in self.idf],
            "coef": [float(f"{v:.9g}") for v in self.coef],
        }

    def save(self, directory: str | Path) -> Path:
        """Write ``text_model.json`` into ``directory``."""
        path = Path(directory) / FILE_NAME
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")),
                        encoding="utf-8")
        return path

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TextModel:
        """Rebuild from :meth:`to_json` output (after rounding, as saved)."""
        terms = data["terms"]
        return cls(
            vocabulary={t: i for i, t in enumerate(terms)},
            idf=np.asarray(data["idf"], dtype=np.float64),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=float(data["intercept"]),
            ngram_max=int(data.get("ngram_max", 2)),
        )

    @classmethod
    def load(cls, directory: str | Path) -> TextModel:
        """Read ``text_model.json`` from a model directory."""
        path = Path(directory) / FILE_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"cannot read the wording model {str(path)!r}: {exc}; the model directory is "
                "incomplete: retrain it") from exc
        if data.get("version") != FEATURE_VERSION or data.get("token_pattern") != _TOKEN.pattern:
            raise ModelError(
                f"{str(path)!r} was written for another wording-model version "
                f"({data.get('version')!r}); retrain the model with this detector")
        return cls.from_json(data)


class WordingDescriber:
    """Reason text for the wording feature of one page, naming the n-grams behind it."""

    name = FEATURE_NAME
    unit = "number"
    opposite = ""

    def __init__(self, terms: list[str], towards_scam: bool) -> None:
        self.terms = terms
        self.towards_scam = towards_scam

    def describe(self, value: float) -> str:
        """E.g. ``its wording is typical of scam pages: "free robux", "verify" (score 2.1)``."""
        kind = "scam pages" if self.towards_scam else "ordinary pages"
        quoted = ", ".join(f"\u201c{t}\u201d" for t in self.terms)
        return (f"its wording is typical of {kind}" + (f": {quoted}" if quoted else "")
                + f" (wording score {value:+.1f})")


def sklearn_pipeline(seed: int) -> Any:
    """The scikit-learn pipeline this module reproduces (used for fitting)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=40_000,
                        dtype=np.float64),
        LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000, random_state=seed),
    )


def fit(texts: list[str], y: np.ndarray, seed: int = 0) -> TextModel:
    """Fit the wording model and return it as stored (JSON round trip included)."""
    pipe = sklearn_pipeline(seed).fit([model_text(t) for t in texts], y)
    vec, lr = pipe.steps[0][1], pipe.steps[1][1]
    model = TextModel(
        vocabulary={str(t): int(i) for t, i in vec.vocabulary_.items()},
        idf=np.asarray(vec.idf_, dtype=np.float64),
        coef=np.asarray(lr.coef_[0], dtype=np.float64),
        intercept=float(lr.intercept_[0]),
    )
    # Score with exactly what will be saved (weights rounded to 9 digits).
    return TextModel.from_json(model.to_json())


def fit_scores(texts: list[str], y: np.ndarray, seed: int = 0) -> Any:
    """Fit with scikit-learn only (no JSON), for out-of-fold scores; returns the pipeline."""
    return sklearn_pipeline(seed).fit([model_text(t) for t in texts], y)
