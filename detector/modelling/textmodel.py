"""The wording model: TF-IDF word n-grams + logistic regression, stored as JSON, scored in numpy.

Hand-written signals capture what scams *do* (forms, links, demands); the wording model captures
how they *talk*, in whatever language the training pages use. Its score is one more feature of
the LightGBM model (``text_wording_score``), and the n-grams that pushed it are shown as reasons
a person can find on the page ("free robux", "human verification").

It reads a page's salient text (:attr:`detector.pages.page.Page.salient_text`: title, headings,
buttons, form labels and the top of the body), and it is built to learn what scams *say* rather
than who wrote the training pages:

* a term enters the vocabulary only when pages from at least :data:`MIN_GROUPS` different
  sources use it, so one kit's boilerplate, its author's name or its template tokens cannot
  carry the score;
* language and script names, markup and template tokens and tokens without a letter are
  dropped before n-grams are formed (a multilingual portal's "bahasa" and "português" said
  "scam" only because the training scams came from particular authors);
* pages are weighted so that every source counts about as much as ``sqrt(pages)``, not as much
  as the number of near-copies it left.

It is fitted with scikit-learn but stored as plain JSON (terms, idf, weights) and scored here
without scikit-learn: loading it runs no code, and ``detector check`` stays quick to start. Fit
and score share one analyzer (:func:`analyze`), so they cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .learned import FeatureSpec, Kind

FEATURE_NAME = "text_wording_score"
FEATURE_VERSION = 3
FILE_NAME = "text_model.json"
#: Only the first characters of the salient text are read: lures sit at the top.
MAX_CHARS = 4_000
#: A term must occur on pages of at least this many sources (groups) to be learned.
MIN_GROUPS = 3
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
#: Names of languages and scripts (as pages write them in language pickers), markup, template
#: and web-plumbing tokens: they tell who made a page, not what it asks of you.
_STOP_WORDS = """
english español espanol português portugues française francais français deutsch italiano
nederlands polski русский türkçe turkce tiếng việt bahasa indonesia melayu 中文 简体中文 繁體中文
日本語 한국어 العربية हिन्दी हिंदी ไทย svenska dansk norsk suomi čeština ελληνικά magyar română
українська עברית فارسی বাংলা filipino tagalog català languages language
nbsp amp quot lt gt px em rem div span class href src http https www com net org html htm php
asp jsp css js jquery bootstrap wordpress wp json api cdn utf charset viewport width height
endif endforeach foreach elseif ifelse endblock block extends yield csrf blade jinja ejs
lorem ipsum dolor amet consectetur adipiscing
"""
STOP_TERMS = frozenset(_STOP_WORDS.split())

#: Stored with a model: a model fitted with another stop list would score terms differently.
_STOP_SHA = hashlib.sha256(" ".join(sorted(STOP_TERMS)).encode()).hexdigest()[:16]


def model_text(text: str) -> str:
    """The part of a page's salient text the wording model reads."""
    return text[:MAX_CHARS]


def _keep(token: str) -> bool:
    return token not in STOP_TERMS and len(token) <= 30 and not token.isdigit() and any(
        c.isalpha() for c in token)


def analyze(text: str, ngram_max: int = 2) -> list[str]:
    """The terms of a text, repeats included: kept tokens, then their n-grams up to ngram_max.

    Used both to fit (as scikit-learn's analyzer) and to score, so the two always agree.
    """
    tokens = [t for t in _TOKEN.findall(model_text(text).lower()) if _keep(t)]
    terms = list(tokens)
    for n in range(2, ngram_max + 1):
        # map/zip/join run in C: a Python-level slice and join per n-gram cost twice as much.
        terms.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)), strict=False)))
    return terms


def _terms(text: str, ngram_max: int) -> Counter[str]:
    return Counter(analyze(text, ngram_max))


SPEC = FeatureSpec(
    name=FEATURE_NAME, version=FEATURE_VERSION, kind="tfidf_logreg", file_name=FILE_NAME,
    family="wording", reason="Its wording is typical of scam pages",
    why="TF-IDF word n-grams of the salient text scored by a logistic regression trained on "
        "labelled pages.",
    direction=1,
)


@dataclass
class TextModel:
    """Vocabulary, idf and weights of a fitted wording model (a learned feature)."""

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
        counts = _terms(text, self.ngram_max)
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
                           lambda p: self._weights(p.salient_text))

    def score_page(self, page: Any) -> float:
        """:meth:`score` of a page's text (sharing the page's cached weights)."""
        idx, w = self.page_weights(page)
        return float(self.intercept + (w @ self.coef[idx] if idx else 0.0))

    # -- the learned-feature contract (detector.modelling.learned.LearnedFeature) ---------
    @property
    def spec(self) -> FeatureSpec:
        """Name, version, kind and file of the wording feature."""
        return SPEC

    def value(self, page: Any) -> float:
        """The wording score of a page."""
        return self.score_page(page)

    def values(self, texts: Sequence[str]) -> np.ndarray:
        """Wording scores of pages' salient texts."""
        return self.scores(list(texts))

    def describer(self, page: Any, towards_scam: bool) -> WordingDescriber:
        """Reason text naming the n-grams of this page that pushed the score."""
        terms = self.top_terms(page.search_text, towards_scam=towards_scam,
                               weights=self.page_weights(page))
        return WordingDescriber(terms, towards_scam)

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
            "stop_terms_sha256": _STOP_SHA,
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
        if (data.get("version") != FEATURE_VERSION or data.get("token_pattern") != _TOKEN.pattern
                or data.get("stop_terms_sha256") != _STOP_SHA):
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


def sklearn_pipeline(seed: int, vocabulary: Sequence[str] | None = None) -> Any:
    """The scikit-learn pipeline this module reproduces (used for fitting)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(analyzer=analyze, sublinear_tf=True,
                        min_df=1 if vocabulary is not None else 2, vocabulary=vocabulary,
                        max_features=None if vocabulary is not None else 40_000,
                        dtype=np.float64),
        LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000, random_state=seed),
    )


def cross_source_vocabulary(texts: Sequence[str], groups: Sequence[object] | None,
                            min_groups: int = MIN_GROUPS, max_terms: int = 40_000,
                            ) -> list[str] | None:
    """Terms used on pages of at least ``min_groups`` sources (the most widespread first).

    ``None`` without groups: then any term on two pages counts, as scikit-learn's ``min_df``.
    """
    if groups is None:
        return None
    seen: dict[str, set[object]] = {}
    docs: Counter[str] = Counter()
    for text, group in zip(texts, groups, strict=True):
        for term in set(analyze(text)):
            seen.setdefault(term, set()).add(group)
            docs[term] += 1
    kept = [t for t, g in seen.items() if len(g) >= min_groups]
    kept.sort(key=lambda t: (-len(seen[t]), -docs[t], t))
    return sorted(kept[:max_terms]) or None


def source_weights(groups: Sequence[object] | None, n: int) -> np.ndarray | None:
    """Per-page weights that give a source of k pages the weight of sqrt(k) pages."""
    if groups is None:
        return None
    sizes = Counter(groups)
    w = np.array([1.0 / math.sqrt(sizes[g]) for g in groups], dtype=np.float64)
    out: np.ndarray = w * (n / float(w.sum()))
    return out


def fit_scores(texts: Sequence[str], y: np.ndarray, seed: int = 0,
               groups: Sequence[object] | None = None) -> Any:
    """Fit with scikit-learn only (no JSON), for out-of-fold scores; returns the pipeline.

    Runs with one BLAS thread: the solver's last digits then depend on the data and seed
    alone, not on how many cores share the work.
    """
    from threadpoolctl import threadpool_limits

    texts = list(texts)
    vocab = cross_source_vocabulary(texts, groups)
    pipe = sklearn_pipeline(seed, vocab)
    weights = source_weights(groups, len(texts))
    with threadpool_limits(limits=1):
        if weights is None:
            pipe.fit(texts, y)
        else:
            pipe.fit(texts, y, logisticregression__sample_weight=weights)
    return pipe


def fit(texts: Sequence[str], y: np.ndarray, seed: int = 0,
        groups: Sequence[object] | None = None) -> TextModel:
    """Fit the wording model and return it as stored (JSON round trip included)."""
    pipe = fit_scores(texts, y, seed, groups)
    vec, lr = pipe.steps[0][1], pipe.steps[1][1]
    model = TextModel(
        vocabulary={str(t): int(i) for t, i in vec.vocabulary_.items()},
        idf=np.asarray(vec.idf_, dtype=np.float64),
        coef=np.asarray(lr.coef_[0], dtype=np.float64),
        intercept=float(lr.intercept_[0]),
    )
    # Score with exactly what will be saved (weights rounded to 9 digits).
    return TextModel.from_json(model.to_json())



def out_of_fold(texts: Sequence[str], y: np.ndarray, groups: np.ndarray, seed: int,
                folds: int = 3) -> np.ndarray:
    """Grouped out-of-fold wording scores, rounded to 1e-6.

    The trees learn how far to trust the wording score from scores of pages the wording model
    did not see, as it will be at scoring time. Rounded: the solver's last digits may differ
    between CPUs, and every split threshold the trees put on this column would move with them.
    """
    from ..learning.training import grouped_folds

    cut = [model_text(t) for t in texts]
    glist = groups.tolist()
    oof = np.zeros(len(cut))
    for tr, te in grouped_folds(y, groups, folds, seed):
        pipe = fit_scores([cut[i] for i in tr], y[tr], seed, [glist[i] for i in tr])
        oof[te] = pipe.decision_function([cut[i] for i in te])
    out: np.ndarray = np.round(oof, 6)
    return out


KIND = Kind(spec=SPEC, load=TextModel.load, fit=fit, out_of_fold=out_of_fold)
