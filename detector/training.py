"""Train, calibrate, choose the threshold, and evaluate honestly (grouped by source).

Training (:func:`train_model`):

1. features for every labelled page (each page parsed once);
2. out-of-fold scores that stand for unseen sources (:func:`oof_folds`): leave-one-kit-family-
   out when the pages carry kinds (a whole family of kits and the legitimate pages on its topic
   held out at once), else grouped folds (``StratifiedGroupKFold`` on ``group``: near-copies of
   one kit never sit on both sides), with early stopping on each held-out fold, giving the
   number of trees;
3. Platt calibration fitted on the out-of-fold raw scores;
4. the decision threshold: the lowest probability whose out-of-fold false-positive rate is at
   most the target (default 1%);
5. the final booster on all pages with the chosen number of trees.

Everything is seeded and single-threaded (LightGBM and the BLAS under scikit-learn), and the
wording scores the trees split on are rounded to 1e-6, so the same data and seed give the same
decisions on any machine; the manifest records a hash of the training rows and of the code.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import lightgbm as lgb
import numpy as np

from .datasets import LabelledPage
from .features import extract
from .knowledge import AgePrior
from .model import Calibration, ModelBundle
from .signals import Signal, all_signals
from .textmodel import FEATURE_NAME as TEXT_FEATURE
from .textmodel import FEATURE_VERSION as TEXT_FEATURE_VERSION
from .textmodel import fit as fit_text_model
from .textmodel import fit_scores as fit_text_pipeline
from .textmodel import model_text

#: The wording score as a model column: more scam-like wording never lowers the score.
TEXT_SIGNAL = Signal(
    name=TEXT_FEATURE, version=TEXT_FEATURE_VERSION, family="wording", unit="number",
    func=lambda page: float("nan"), reason="Its wording is typical of scam pages",
    why="TF-IDF word n-grams scored by a logistic regression trained on labelled pages.",
    direction=1,
)
#: Folds for the out-of-fold wording scores that train the LightGBM model.
TEXT_FOLDS = 3

#: LightGBM parameters, chosen for a few hundred to a few hundred thousand pages:
#: shallow trees (fast ``pred_contrib`` for reasons, less memorising of one kit), strong
#: regularisation, bagging, monotone constraints from the signals' declared directions.
DEFAULT_PARAMS: dict[str, Any] = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 7,
    "max_depth": 3,
    "min_data_in_leaf": 15,
    "min_sum_hessian_in_leaf": 1e-3,
    "feature_fraction": 0.5,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 5.0,
    "monotone_constraints_method": "advanced",
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "verbosity": -1,
}
MAX_ROUNDS = 600
EARLY_STOP = 50


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
    signals: list[Signal] = field(default_factory=list)
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


# -- splitting ----------------------------------------------------------------------------------
def grouped_folds(y: np.ndarray, groups: np.ndarray, n_splits: int, seed: int,
                  ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds that never split a group; fewer folds when groups are scarce."""
    from sklearn.model_selection import StratifiedGroupKFold

    n_pos_groups = len(set(groups[y == 1]))
    n_neg_groups = len(set(groups[y == 0]))
    k = max(2, min(n_splits, n_pos_groups, n_neg_groups))
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(y)), y, groups))


# -- fitting ------------------------------------------------------------------------------------
def _params(signals: Sequence[Signal], y: np.ndarray, seed: int,
            overrides: dict[str, Any] | None) -> dict[str, Any]:
    pos, neg = int((y == 1).sum()), int((y == 0).sum())
    params = dict(DEFAULT_PARAMS)
    params.update(
        seed=seed,
        bagging_seed=seed,
        feature_fraction_seed=seed,
        data_random_seed=seed,
        # Balance the classes' total weight: scam pages are the minority in every real sample.
        scale_pos_weight=(neg / pos) if pos and neg else 1.0,
        monotone_constraints=[s.direction for s in signals],
    )
    params.update(overrides or {})
    return params


def oof_folds(fs: FeatureSet, seed: int, n_splits: int = 5,
              ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Folds for out-of-fold scores that stand for unseen sources.

    Leave-one-kit-family-out (:func:`detector.splits.family_folds`) when the pages carry kinds
    of at least two families, else grouped folds. A score from a model that never saw the
    page's family is what the model will meet on new sources: the trees learn how far to trust
    the wording score from such scores, and the threshold is chosen on them.
    """
    from .splits import family_folds, training_side

    fams = family_folds(fs.kinds, fs.groups, seed)
    folds = []
    for _, te in fams:
        tr = training_side(te, fs.groups)
        if te.any() and len(set(fs.y[tr].tolist())) == 2:
            folds.append((np.flatnonzero(tr), np.flatnonzero(te)))
    if len(folds) >= 2:
        return folds
    return grouped_folds(fs.y, fs.groups, n_splits, seed)


def group_weights(groups: np.ndarray) -> np.ndarray:
    """Per-page weights giving a source of k pages the weight of sqrt(k) pages (mean 1)."""
    from .textmodel import source_weights

    w = source_weights(groups.tolist(), len(groups))
    return w if w is not None else np.ones(len(groups))


def _prior_offset(x: np.ndarray, signals: Sequence[Signal]) -> np.ndarray:
    """The knowledge components' log-odds per row: the trees learn only what they leave."""
    out: np.ndarray = AgePrior().offsets(x, [s.name for s in signals]).sum(axis=1)
    return out


def _init_score(x: np.ndarray, signals: Sequence[Signal]) -> np.ndarray | None:
    # None when no row carries an age: LightGBM then starts from the label average, as it
    # does without knowledge components (an all-zero init_score would switch that off).
    offset = _prior_offset(x, signals)
    return offset if offset.any() else None


def _fit(x: np.ndarray, y: np.ndarray, params: dict[str, Any], rounds: int,
         valid: tuple[np.ndarray, np.ndarray] | None = None,
         weight: np.ndarray | None = None,
         signals: Sequence[Signal] = ()) -> lgb.Booster:
    train = lgb.Dataset(x, y, weight=weight, init_score=_init_score(x, signals),
                        free_raw_data=True, params={"verbosity": -1})
    if valid is None:
        return lgb.train(params, train, num_boost_round=rounds)
    vset = lgb.Dataset(valid[0], valid[1], reference=train,
                       init_score=_init_score(valid[0], signals))
    return lgb.train(
        {**params, "metric": "binary_logloss"}, train, num_boost_round=rounds, valid_sets=[vset],
        callbacks=[lgb.early_stopping(EARLY_STOP, verbose=False)],
    )


def fit_calibration(raw: np.ndarray, y: np.ndarray) -> Calibration:
    """Platt scaling: a logistic regression of the label on the raw score."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        return Calibration()
    from threadpoolctl import threadpool_limits

    lr = LogisticRegression(C=1e4, max_iter=1000)
    with threadpool_limits(limits=1):
        lr.fit(raw.reshape(-1, 1), y)
    return Calibration(a=float(lr.coef_[0][0]), b=float(lr.intercept_[0]))


def threshold_for_fpr(prob: np.ndarray, y: np.ndarray, target_fpr: float) -> float:
    """The lowest threshold whose false-positive rate on these negatives is <= target."""
    neg = np.sort(prob[y == 0])[::-1]
    if len(neg) == 0:
        return 0.5
    allowed = math.floor(target_fpr * len(neg))
    # Flag strictly above the (allowed+1)-th highest negative score.
    cut = neg[allowed] if allowed < len(neg) else 0.0
    # Works for any score scale (probabilities, keyword counts): the next float above the cut.
    return float(np.nextafter(cut, np.inf))


@dataclass
class CVResult:
    """Out-of-fold scores of a grouped cross-validation."""

    raw: np.ndarray
    best_rounds: list[int]


def cross_validate(fs: FeatureSet, seed: int = 0, n_splits: int = 5,
                   params: dict[str, Any] | None = None,
                   train_only: FeatureSet | None = None,
                   folds: list[tuple[np.ndarray, np.ndarray]] | None = None,
                   weighted: bool = False) -> CVResult:
    """Out-of-fold raw scores for ``fs`` (``folds``, default grouped); ``train_only`` rows join
    every training fold."""
    raw = np.full(len(fs), np.nan)
    rounds = []
    weights = group_weights(fs.groups) if weighted else np.ones(len(fs))
    extra_w = (group_weights(train_only.groups) if weighted else np.ones(len(train_only))
               ) if train_only is not None and len(train_only) else None
    for tr, te in folds if folds is not None else grouped_folds(fs.y, fs.groups, n_splits, seed):
        xtr, ytr, wtr = fs.x[tr], fs.y[tr], weights[tr]
        if train_only is not None and extra_w is not None:
            xtr, ytr = np.vstack([xtr, train_only.x]), np.concatenate([ytr, train_only.y])
            wtr = np.concatenate([wtr, extra_w])
        p = _params(fs.signals, ytr, seed, params)
        booster = _fit(xtr, ytr, p, MAX_ROUNDS, valid=(fs.x[te], fs.y[te]), weight=wtr,
                       signals=fs.signals)
        rounds.append(max(1, booster.best_iteration or MAX_ROUNDS))
        raw[te] = booster.predict(fs.x[te], raw_score=True, num_iteration=booster.best_iteration
                                  ) + _prior_offset(fs.x[te], fs.signals)
    return CVResult(raw, rounds)


def _with_column(fs: FeatureSet, column: np.ndarray, signal: Signal) -> FeatureSet:
    out = fs.subset(np.ones(len(fs), dtype=bool))
    out.x = np.hstack([fs.x, column.reshape(-1, 1)])
    out.signals = [*fs.signals, signal]
    return out


def wording_oof(fs: FeatureSet, extra: FeatureSet | None, seed: int,
                ) -> tuple[np.ndarray, np.ndarray | None]:
    """Out-of-fold wording scores for ``fs`` and ``extra`` rows (grouped folds over both).

    The LightGBM model learns how far to trust the wording score from scores of pages the
    wording model did not see, as it will be at scoring time.
    """
    both = fs.concat(extra) if extra is not None else fs
    texts = [model_text(t) for t in both.wording_texts]
    groups = both.groups.tolist()
    oof = np.zeros(len(both))
    for tr, te in grouped_folds(both.y, both.groups, TEXT_FOLDS, seed):
        pipe = fit_text_pipeline([texts[i] for i in tr], both.y[tr], seed,
                                 [groups[i] for i in tr])
        oof[te] = pipe.decision_function([texts[i] for i in te])
    # Rounded: the solver's last digits may differ between CPUs, and every split threshold
    # the trees put on this column would move with them.
    oof = np.round(oof, 6)
    return oof[: len(fs)], (oof[len(fs):] if extra is not None else None)


def train_model(
    fs: FeatureSet,
    seed: int = 0,
    target_fpr: float = 0.01,
    params: dict[str, Any] | None = None,
    n_splits: int = 5,
    summary: dict[str, Any] | None = None,
    log: Callable[[str], None] | None = None,
    train_only: FeatureSet | None = None,
    wording: bool = True,
    boost_on_train_only: bool = False,
    weighted: bool = False,
    holdout: str = "family",
) -> ModelBundle:
    """Train a calibrated model with a threshold for ``target_fpr`` (see the module docstring).

    ``train_only`` pages (e.g. the project's synthetic pages) train the wording model (and,
    with ``boost_on_train_only``, the trees too), but calibration and the threshold are fitted
    on ``fs`` alone: the probability and the false-positive rate must describe real pages, not
    generated ones. Measured on the real corpus, generated pages helped the wording model and
    hurt the trees' low-false-positive end, hence the default.
    """
    if len(set(fs.y.tolist())) < 2:
        raise ValueError("training needs both scam and legit pages")
    extra = train_only if train_only is not None and len(train_only) else None
    t0 = time.perf_counter()
    # Traces a rebuild that differs: the same rows and code must give the same model.
    fingerprint = {"features_sha256": _rows_sha(fs, extra), "code_sha256": code_sha256()}
    text_model = None
    if wording:
        oof_fs, oof_extra = wording_oof(fs, extra, seed)
        fs = _with_column(fs, oof_fs, TEXT_SIGNAL)
        if extra is not None and oof_extra is not None:
            extra = _with_column(extra, oof_extra, TEXT_SIGNAL)
        both = fs.concat(extra) if extra is not None else fs
        text_model = fit_text_model(both.wording_texts, both.y, seed, both.groups.tolist())
    boost_extra = extra if boost_on_train_only else None
    folds = oof_folds(fs, seed, n_splits) if holdout == "family" else None
    cv = cross_validate(fs, seed=seed, n_splits=n_splits, params=params, train_only=boost_extra,
                        folds=folds, weighted=weighted)
    # Early stopping on held-out sources picks the size; the median resists one odd fold.
    rounds = int(np.median(cv.best_rounds))
    calibration = fit_calibration(cv.raw, fs.y)
    prob = calibration.probability(cv.raw)
    threshold = threshold_for_fpr(prob, fs.y, target_fpr)
    full = fs.concat(boost_extra) if boost_extra is not None else fs
    booster = _fit(full.x, full.y, _params(fs.signals, full.y, seed, params), rounds,
                   weight=group_weights(full.groups) if weighted else None, signals=fs.signals)
    prior = AgePrior()
    if log:
        log(f"trained {rounds} trees on {len(full)} pages"
            + (f" and a wording model on {len(fs) + (len(extra) if extra else 0)}"
               if wording else "") + f" in {time.perf_counter() - t0:.1f}s")
    oof = metrics(fs.y, prob, threshold)
    manifest: dict[str, Any] = {
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "threshold": {"probability": threshold, "raw": calibration.raw_for(threshold),
                      "target_fpr": target_fpr,
                      "chosen_on": ("leave-one-kit-family-out scores" if folds is not None
                                    else "grouped out-of-fold scores")},
        "training": {
            "seed": seed,
            "n_pages": len(fs) + (len(extra) if extra is not None else 0),
            "n_scam": int(fs.y.sum()) + (int(extra.y.sum()) if extra is not None else 0),
            "n_legit": int((fs.y == 0).sum())
            + (int((extra.y == 0).sum()) if extra is not None else 0),
            "n_groups": len(set(fs.groups.tolist()))
            + (len(set(extra.groups.tolist())) if extra is not None else 0),
            "n_calibration_pages": len(fs),
            "n_train_only_pages": len(extra) if extra is not None else 0,
            "train_only_used_by": (["wording model", "trees"] if boost_on_train_only
                                   else ["wording model"]) if extra is not None else [],
            "sources": sorted(set(map(str, fs.sources.tolist()))
                              | (set(map(str, extra.sources.tolist())) if extra else set())),
            "rounds": rounds,
            "cv_best_rounds": cv.best_rounds,
            **fingerprint,
            "params": {k: v for k, v in _params(fs.signals, full.y, seed, params).items()
                       if k != "monotone_constraints"},
            **(summary or {}),
        },
        "metrics": {"grouped_out_of_fold": oof,
                    "grouped_out_of_fold_note": "scores of the calibration pages, each from a "
                    "model that never saw its kit family (leave-one-family-out when pages carry "
                    "kinds, else its group); train-only pages joined every fold"},
    }
    return ModelBundle(
        booster=booster,
        features=[(s.name, s.version) for s in fs.signals],
        threshold=threshold,
        calibration=calibration,
        manifest=manifest,
        text_model=text_model,
        age_prior=prior,
    )


def _rows_sha(fs: FeatureSet, extra: FeatureSet | None) -> str:
    import hashlib

    h = hashlib.sha256()
    for part in (fs, extra):
        if part is not None:
            h.update(np.ascontiguousarray(part.x, dtype=np.float64).tobytes())
            h.update(np.ascontiguousarray(part.y, dtype=np.int64).tobytes())
            h.update("\n".join(part.wording_texts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def code_sha256() -> str:
    """Hash of this package's Python source: which code built a model."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def probability_of(bundle: ModelBundle, fs: FeatureSet) -> np.ndarray:
    """Calibrated probabilities of a trained bundle for a feature set (adds the wording score)."""
    return bundle.probability(bundle.matrix(fs.x, [s.name for s in fs.signals],
                                            fs.wording_texts))


# -- metrics ------------------------------------------------------------------------------------
def tpr_at_fpr(y: np.ndarray, score: np.ndarray, fpr: float) -> float:
    """Highest true-positive rate with false-positive rate <= ``fpr`` (no interpolation)."""
    from sklearn.metrics import roc_curve

    f, t, _ = roc_curve(y, score)
    ok = f <= fpr + 1e-12
    return float(t[ok].max()) if ok.any() else 0.0


def metrics(y: np.ndarray, score: np.ndarray, threshold: float | None,
            base_rate: float = 0.01) -> dict[str, Any]:
    """ROC AUC, PR AUC, TPR at 1% and 0.1% FPR, and confusion/precision at ``threshold``."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    out: dict[str, Any] = {"n": len(y), "n_scam": int(y.sum())}
    if len(set(y.tolist())) == 2:
        out.update(
            roc_auc=float(roc_auc_score(y, score)),
            pr_auc=float(average_precision_score(y, score)),
            tpr_at_1pct_fpr=tpr_at_fpr(y, score, 0.01),
            tpr_at_0_1pct_fpr=tpr_at_fpr(y, score, 0.001),
        )
    if threshold is not None:
        pred = score >= threshold
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        tn = int((~pred & (y == 0)).sum())
        tpr = tp / (tp + fn) if tp + fn else float("nan")
        fpr = fp / (fp + tn) if fp + tn else float("nan")
        denom = tpr * base_rate + fpr * (1 - base_rate)
        out.update(
            threshold=float(threshold),
            confusion={"tp": tp, "fp": fp, "fn": fn, "tn": tn},
            tpr=tpr,
            fpr=fpr,
            precision_at_base_rate=(tpr * base_rate / denom) if denom else float("nan"),
            base_rate=base_rate,
        )
    return out


def train_from_sources(
    sources: Sequence[str],
    out_dir: str,
    seed: int = 0,
    target_fpr: float = 0.01,
    mapping: dict[str, str] | None = None,
    progress: bool = False,
    log: Callable[[str], None] | None = None,
    train_only: Sequence[str] = (),
) -> ModelBundle:
    """Load labelled pages from corpus folders and exports, train, and save the bundle.

    ``train_only`` sources join training but not calibration or the threshold choice.
    """
    from .datasets import load_labelled

    pages = load_labelled(sources, mapping)
    extra_pages = load_labelled(train_only, mapping) if train_only else []
    if log:
        n_scam = sum(p.label for p in pages)
        log(f"loaded {len(pages)} pages ({n_scam} scam, {len(pages) - n_scam} legit) "
            f"from {len(sources)} source(s)"
            + (f", plus {len(extra_pages)} train-only pages" if extra_pages else ""))
    fs = featurize(pages, progress=progress)
    extra = featurize(extra_pages, progress=progress) if extra_pages else None
    bundle = train_model(fs, seed=seed, target_fpr=target_fpr, log=log, train_only=extra,
                         summary={"data": [str(s) for s in sources],
                                  "train_only_data": [str(s) for s in train_only]})
    bundle.save(out_dir)
    return bundle
