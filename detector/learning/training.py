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

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import lightgbm as lgb
import numpy as np

from ..modelling.featureset import ARTEFACT_NAMES, Column, FeatureSet, featurize
from ..modelling.knowledge import Knowledge
from ..modelling.learned import FeatureSpec, LearnedFeature, kinds
from ..modelling.model import Calibration, ModelBundle
from .metrics import metrics, threshold_for_fpr, tpr_at_fpr
from .splits import grouped_folds

__all__ = [
    "ARTEFACT_NAMES", "DEFAULT_PARAMS", "FeatureSet", "cross_validate", "featurize",
    "fit_calibration", "grouped_folds", "metrics", "oof_folds", "probability_of",
    "threshold_for_fpr", "tpr_at_fpr", "train_from_sources", "train_model",
]

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
    # A tenth of the columns per tree: the wording score is absent from most trees, so the
    # hand-written tells must carry verdicts too. Measured (seed 0, leave-one-family-out /
    # leave-one-language-out ROC AUC; the wording score's share of the gain): 0.9737 / 0.9858,
    # 0.26 / 0.33 here; 0.9755 / 0.9867, 0.44 / 0.41 with a fifth; 0.9729 / 0.9828,
    # 0.59 / 0.58 with half and no feature selection (the previous recipe).
    "feature_fraction": 0.1,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 5.0,
    "monotone_constraints_method": "advanced",
    # Unknown (NaN) is scored as absent (0). Left to LightGBM's missing-value handling, the
    # trees learned "has a URL" from the URL columns (NaN without one): whether a corpus page
    # kept its URL is an accident of collection, yet adding a neutral URL lowered the score of
    # real pages by 0.2 log-odds on average (now by nothing; tests/test_counterfactual.py).
    "use_missing": False,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "verbosity": -1,
}
MAX_ROUNDS = 600
#: Feature selection passes (see :func:`train_model`): two settle it on the corpus.
MAX_SELECTION_PASSES = 6
EARLY_STOP = 50


# -- fitting ------------------------------------------------------------------------------------
def _params(signals: Sequence[Column], y: np.ndarray, seed: int,
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

    Leave-one-kit-family-out (:func:`detector.learning.splits.family_folds`) when the pages carry
    kinds
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
    from ..modelling.textmodel import source_weights

    w = source_weights(groups.tolist(), len(groups))
    return w if w is not None else np.ones(len(groups))


def _prior_offset(x: np.ndarray, signals: Sequence[Column]) -> np.ndarray:
    """The knowledge components' log-odds per row: the trees learn only what they leave."""
    return Knowledge().row_offset(x, [s.name for s in signals])


def _init_score(x: np.ndarray, signals: Sequence[Column]) -> np.ndarray | None:
    # None when no row carries an age: LightGBM then starts from the label average, as it
    # does without knowledge components (an all-zero init_score would switch that off).
    offset = _prior_offset(x, signals)
    return offset if offset.any() else None


def _fit(x: np.ndarray, y: np.ndarray, params: dict[str, Any], rounds: int,
         valid: tuple[np.ndarray, np.ndarray] | None = None,
         weight: np.ndarray | None = None,
         signals: Sequence[Column] = ()) -> lgb.Booster:
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


@dataclass
class CVResult:
    """Out-of-fold scores of a grouped cross-validation."""

    raw: np.ndarray
    best_rounds: list[int]
    #: Per fold, each column's total split gain.
    gains: list[np.ndarray] = field(default_factory=list)


def cross_validate(fs: FeatureSet, seed: int = 0, n_splits: int = 5,
                   params: dict[str, Any] | None = None,
                   train_only: FeatureSet | None = None,
                   folds: list[tuple[np.ndarray, np.ndarray]] | None = None,
                   weighted: bool = False) -> CVResult:
    """Out-of-fold raw scores for ``fs`` (``folds``, default grouped); ``train_only`` rows join
    every training fold."""
    raw = np.full(len(fs), np.nan)
    rounds = []
    gains = []
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
        gains.append(np.asarray(booster.feature_importance(
            importance_type="gain", iteration=booster.best_iteration), dtype=np.float64))
        raw[te] = booster.predict(fs.x[te], raw_score=True, num_iteration=booster.best_iteration
                                  ) + _prior_offset(fs.x[te], fs.signals)
    return CVResult(raw, rounds, gains)


def _with_column(fs: FeatureSet, column: np.ndarray, spec: Column) -> FeatureSet:
    out = fs.subset(np.ones(len(fs), dtype=bool))
    out.x = np.hstack([fs.x, column.reshape(-1, 1)])
    out.signals = [*fs.signals, spec]
    return out


def _idle_columns(fs: FeatureSet, cv: CVResult, knowledge: Knowledge) -> dict[str, str]:
    """Columns with zero gain in some fold that no knowledge component needs, with why."""
    needed = knowledge.reads()
    out = {}
    for j, col in enumerate(fs.signals):
        zero = [k + 1 for k, g in enumerate(cv.gains) if g[j] <= 0.0]
        if zero and col.name not in needed and not isinstance(col, FeatureSpec):
            out[col.name] = (f"no gain in {len(zero)} of {len(cv.gains)} held-out-source "
                             "folds")
    return out


def _min_fold_share(fs: FeatureSet, cv: CVResult) -> dict[str, float]:
    """Per column, its smallest share of the trees' gain over the held-out-source folds."""
    shares = [g / (float(g.sum()) or 1.0) for g in cv.gains]
    return {col.name: round(float(min(s[j] for s in shares)), 6) if shares else 0.0
            for j, col in enumerate(fs.signals)}


def _drop_columns(fs: FeatureSet, names: set[str]) -> FeatureSet:
    keep = [j for j, col in enumerate(fs.signals) if col.name not in names]
    out = fs.subset(np.ones(len(fs), dtype=bool))
    out.x = fs.x[:, keep]
    out.signals = [fs.signals[j] for j in keep]
    return out


def learned_columns(fs: FeatureSet, extra: FeatureSet | None, seed: int,
                    ) -> tuple[FeatureSet, FeatureSet | None, list[LearnedFeature]]:
    """Add every learned feature as a column (out-of-fold values) and fit it on all rows.

    Out-of-fold values are computed over ``fs`` and ``extra`` together (grouped folds), so the
    trees learn how far to trust a learned feature from values on pages it did not see.
    """
    both = fs.concat(extra) if extra is not None else fs
    fitted: list[LearnedFeature] = []
    for kind in kinds().values():
        oof = kind.out_of_fold(both.wording_texts, both.y, both.groups, seed)
        fs = _with_column(fs, oof[: len(fs)], kind.spec)
        if extra is not None:
            extra = _with_column(extra, oof[len(fs):], kind.spec)
        fitted.append(kind.fit(both.wording_texts, both.y, seed, both.groups.tolist()))
    return fs, extra, fitted


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
    select: bool = True,
) -> ModelBundle:
    """Train a calibrated model with a threshold for ``target_fpr`` (see the module docstring).

    ``train_only`` pages (e.g. the project's synthetic pages) train the wording model (and,
    with ``boost_on_train_only``, the trees too), but calibration and the threshold are fitted
    on ``fs`` alone: the probability and the false-positive rate must describe real pages, not
    generated ones. Measured on the real corpus, generated pages helped the wording model and
    hurt the trees' low-false-positive end, hence the default.

    With ``select``, a column earns its place: one that no held-out-source fold's trees split
    on (zero gain in some fold) leaves the model and is listed in the manifest as
    ``information_only`` (a signal still shown by ``detector signals``, not scored), unless a
    knowledge component or a learned feature reads it. Repeated until every column left has
    gain in every fold (at most :data:`MAX_SELECTION_PASSES` passes).
    """
    if len(set(fs.y.tolist())) < 2:
        raise ValueError("training needs both scam and legit pages")
    extra = train_only if train_only is not None and len(train_only) else None
    t0 = time.perf_counter()
    # Traces a rebuild that differs: the same rows and code must give the same model.
    fingerprint = {"features_sha256": _rows_sha(fs, extra), "code_sha256": code_sha256()}
    learned: list[LearnedFeature] = []
    if wording:
        fs, extra, learned = learned_columns(fs, extra, seed)
    boost_extra = extra if boost_on_train_only else None
    folds = oof_folds(fs, seed, n_splits) if holdout == "family" else None
    knowledge = Knowledge()
    dropped: dict[str, str] = {}
    for _ in range(MAX_SELECTION_PASSES if select else 1):
        cv = cross_validate(fs, seed=seed, n_splits=n_splits, params=params,
                            train_only=boost_extra, folds=folds, weighted=weighted)
        if not select:
            break
        idle = _idle_columns(fs, cv, knowledge)
        if not idle:
            break
        dropped.update(idle)
        fs = _drop_columns(fs, set(idle))
        if boost_extra is not None:
            boost_extra = _drop_columns(boost_extra, set(idle))
    # Early stopping on held-out sources picks the size; the median resists one odd fold.
    rounds = int(np.median(cv.best_rounds))
    calibration = fit_calibration(cv.raw, fs.y)
    prob = calibration.probability(cv.raw)
    threshold = threshold_for_fpr(prob, fs.y, target_fpr)
    full = fs.concat(boost_extra) if boost_extra is not None else fs
    booster = _fit(full.x, full.y, _params(fs.signals, full.y, seed, params), rounds,
                   weight=group_weights(full.groups) if weighted else None, signals=fs.signals)
    if log and dropped:
        log(f"{len(dropped)} features had no gain in some held-out-source fold and are shown "
            "as information only: " + ", ".join(sorted(dropped)))
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
            "information_only": dropped,
            "min_fold_gain_share": _min_fold_share(fs, cv),
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
        learned=tuple(learned),
        knowledge=knowledge,
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

    root = Path(__file__).parent.parent  # the whole package, not this folder
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def probability_of(bundle: ModelBundle, fs: FeatureSet) -> np.ndarray:
    """Calibrated probabilities of a trained bundle for a feature set (adds learned features)."""
    return bundle.probability(bundle.matrix(fs.x, [s.name for s in fs.signals],
                                            fs.wording_texts))


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
    from ..input.datasets import load_labelled

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
