"""Honest evaluation: grouped cross-validation of the model and two baselines on the same split.

Pages used for evaluation are scored only by models that never saw their source ``group``.
Extra training data (e.g. the project's synthetic pages) may join every training fold but is
never scored. Reported per fold-pooled scores: ROC AUC, PR AUC, TPR at 1% and 0.1% FPR,
precision at a 1-in-100 base rate, confusion matrix at each fold model's own threshold, recall
per kind and per language; the same for a keyword-count rule and TF-IDF + logistic regression;
a size/markup-only model to show how much the data's artefacts alone would give; and a
time-ordered split where pages carry dates.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..modelling.model import ModelBundle
from .training import (
    ARTEFACT_NAMES,
    FeatureSet,
    grouped_folds,
    metrics,
    probability_of,
    threshold_for_fpr,
    train_model,
)

#: The plain keyword-count baseline: what a moderator's first regex would count.
BASELINE_KEYWORDS = (
    "free", "giveaway", "win", "winner", "prize", "claim", "congratulations", "like and share",
    "gift card", "bitcoin", "generator", "verify", "limited time", "survey", "reward",
)


def keyword_scores(texts: list[str]) -> np.ndarray:
    """Keyword-count baseline score: occurrences of common scam words per page."""
    out = np.empty(len(texts))
    for i, t in enumerate(texts):
        low = t.lower()
        out[i] = sum(low.count(k) for k in BASELINE_KEYWORDS)
    return out


def _tfidf_model(seed: int) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=100_000),
        LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000, random_state=seed),
    )


def _artefact_scores(train: FeatureSet, test: FeatureSet, seed: int) -> np.ndarray:
    """A LightGBM model given only size/markup columns: what the data's artefacts alone buy."""
    import lightgbm as lgb

    pos, neg = int(train.y.sum()), int((train.y == 0).sum())
    params = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 15,
              "min_data_in_leaf": 8, "seed": seed, "verbosity": -1, "num_threads": 1,
              "deterministic": True, "scale_pos_weight": neg / pos if pos else 1.0}
    booster = lgb.train(params, lgb.Dataset(train.artefacts, train.y), num_boost_round=200)
    return np.asarray(booster.predict(test.artefacts), dtype=np.float64)


@dataclass
class Evaluation:
    """Pooled out-of-fold results for the model and the baselines."""

    y: np.ndarray
    scores: dict[str, np.ndarray]
    predicted: dict[str, np.ndarray]
    kinds: np.ndarray
    langs: np.ndarray
    ids: np.ndarray
    summary: dict[str, Any] = field(default_factory=dict)
    importance: list[tuple[str, float]] = field(default_factory=list)


def _recall_by(keys: np.ndarray, y: np.ndarray, pred: np.ndarray) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for k in sorted(set(keys[y == 1].tolist())):
        m = (keys == k) & (y == 1)
        out[str(k) or "(none)"] = {"n": int(m.sum()), "recall": float(pred[m].mean())}
    return out


def _fpr_by(keys: np.ndarray, y: np.ndarray, pred: np.ndarray) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for k in sorted(set(keys[y == 0].tolist())):
        m = (keys == k) & (y == 0)
        out[str(k) or "(none)"] = {"n": int(m.sum()), "flagged": int(pred[m].sum())}
    return out


def folds_for(fs: FeatureSet, scheme: str, n_splits: int = 5, seed: int = 0,
              ) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(name, train mask, test mask) per fold of a split scheme: group, family or language."""
    from .splits import family_folds, language_folds, training_side

    n = len(fs)
    if scheme == "group":
        out = []
        for k, (tr, te) in enumerate(grouped_folds(fs.y, fs.groups, n_splits, seed), 1):
            trm, tem = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
            trm[tr], tem[te] = True, True
            out.append((f"fold {k}", trm, tem))
        return out
    if scheme == "family":
        tests = family_folds(fs.kinds, fs.groups, seed)
    elif scheme == "language":
        tests = language_folds(fs.langs, fs.groups)
    else:
        raise ValueError(f"unknown split scheme {scheme!r}; use group, family or language")
    return [(name, training_side(te, fs.groups), te) for name, te in tests
            if te.any() and len(set(fs.y[training_side(te, fs.groups)].tolist())) == 2]


def evaluate_cv(
    fs: FeatureSet,
    train_only: FeatureSet | None = None,
    seed: int = 0,
    n_splits: int = 5,
    target_fpr: float = 0.01,
    log: Callable[[str], None] | None = None,
    train_kwargs: dict[str, Any] | None = None,
    scheme: str = "group",
) -> Evaluation:
    """Held-out evaluation of the model recipe and the baselines on ``fs``.

    ``scheme`` picks the split (see :mod:`detector.learning.splits`): ``group`` (grouped k-fold),
    ``family`` (leave one kit family out) or ``language`` (leave one non-English language out;
    only those pages are scored). ``train_kwargs`` go to
    :func:`detector.learning.training.train_model`.
    """
    n = len(fs)
    names = ("model", "tfidf_logreg", "keyword_count", "size_markup_only")
    scores = {k: np.full(n, np.nan) for k in names}
    predicted = {k: np.zeros(n, dtype=bool) for k in names}
    kw_all = keyword_scores(fs.texts)
    importance: dict[str, list[float]] = {}
    carried: dict[str, list[float]] = {}
    folds = folds_for(fs, scheme, n_splits, seed)
    for fold, (fold_name, tr, te) in enumerate(folds, 1):
        train = fs.subset(tr)
        if train_only is not None and len(train_only):
            train = train.concat(train_only)
        test = fs.subset(te)
        bundle = train_model(fs.subset(tr), seed=seed, target_fpr=target_fpr, n_splits=n_splits,
                             train_only=train_only, **(train_kwargs or {}))
        prob = probability_of(bundle, test)
        scores["model"][te] = prob
        predicted["model"][te] = prob >= bundle.threshold
        gain = bundle.booster.feature_importance(importance_type="gain")
        total = float(gain.sum()) or 1.0
        for name, g in zip(bundle.feature_names, gain.tolist(), strict=True):
            importance.setdefault(name, []).append(g / total)
        # What carries each held-out verdict: mean |contribution| (log-odds) per column, the
        # trees' part only (knowledge components are not learned), unaffected by any gain
        # scaling used while growing the trees.
        x_test = bundle.matrix(test.x, [s.name for s in test.signals], test.wording_texts)
        contrib = np.abs(np.asarray(bundle.booster.predict(x_test, pred_contrib=True))[:, :-1])
        per = contrib.mean(axis=0)
        per_total = float(per.sum()) or 1.0
        for name, c in zip(bundle.feature_names, per.tolist(), strict=True):
            carried.setdefault(name, []).append(c / per_total)

        tfidf = _tfidf_model(seed)
        # Threshold from inner grouped out-of-fold scores, as for the model.
        inner = np.full(len(train), np.nan)
        for itr, ite in grouped_folds(train.y, train.groups, 3, seed):
            m = _tfidf_model(seed).fit([train.texts[i] for i in itr], train.y[itr])
            inner[ite] = m.predict_proba([train.texts[i] for i in ite])[:, 1]
        tfidf.fit(train.texts, train.y)
        s = tfidf.predict_proba(test.texts)[:, 1]
        scores["tfidf_logreg"][te] = s
        predicted["tfidf_logreg"][te] = s >= threshold_for_fpr(inner, train.y, target_fpr)

        kw_train = keyword_scores(train.texts)
        scores["keyword_count"][te] = kw_all[te]
        predicted["keyword_count"][te] = kw_all[te] >= threshold_for_fpr(
            kw_train, train.y, target_fpr)

        s = _artefact_scores(train, test, seed)
        scores["size_markup_only"][te] = s
        predicted["size_markup_only"][te] = s >= 0.5
        if log:
            log(f"{scheme} {fold_name} ({fold}/{len(folds)}): {int(te.sum())} test pages, "
                f"{len(set(test.groups.tolist()))} groups")

    scored = ~np.isnan(scores["model"])
    summary: dict[str, Any] = {"folds": [f for f, _, _ in folds], "n_pages": int(scored.sum()),
                               "n_scam": int(fs.y[scored].sum()),
                               "n_groups": len(set(fs.groups[scored].tolist())),
                               "train_only_pages": len(train_only) if train_only else 0,
                               "split": scheme, "seed": seed, "target_fpr": target_fpr}
    y = fs.y[scored]
    for k in names:
        mt = metrics(y, scores[k][scored], None)
        pred = predicted[k][scored]
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        tn = int((~pred & (y == 0)).sum())
        tpr = tp / (tp + fn) if tp + fn else math.nan
        fpr = fp / (fp + tn) if fp + tn else math.nan
        denom = tpr * 0.01 + fpr * 0.99
        mt.update(confusion={"tp": tp, "fp": fp, "fn": fn, "tn": tn}, tpr=tpr, fpr=fpr,
                  precision_at_1pct_base_rate=(tpr * 0.01 / denom) if denom else math.nan)
        if k == "model":
            kinds, langs = fs.kinds[scored], fs.langs[scored]
            mt["recall_by_kind"] = _recall_by(kinds, y, pred)
            mt["recall_by_lang"] = _recall_by(langs, y, pred)
            mt["flagged_legit_by_kind"] = {
                k2: v for k2, v in _fpr_by(kinds, y, pred).items() if v["flagged"]}
            mt["hard_negatives"] = _hard_negatives(kinds, y, pred)
        summary[k] = mt
    imp = sorted(((name, float(np.mean(v)), float(np.min(v)) if len(v) == len(folds) else 0.0)
                  for name, v in importance.items()), key=lambda t: -t[1])
    summary["gain_share"] = {name: {"mean": mean, "min_fold": low} for name, mean, low in imp}
    summary["contribution_share"] = dict(sorted(
        ((name, float(np.mean(v))) for name, v in carried.items()), key=lambda t: -t[1]))
    return Evaluation(y, {k: v[scored] for k, v in scores.items()},
                      {k: v[scored] for k, v in predicted.items()}, fs.kinds[scored],
                      fs.langs[scored], fs.ids[scored], summary,
                      [(name, mean) for name, mean, _ in imp])


def _hard_negatives(kinds: np.ndarray, y: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    from .splits import HARD_NEGATIVES

    out: dict[str, Any] = {}
    for label, members in HARD_NEGATIVES.items():
        m = (y == 0) & np.isin(kinds, list(members))
        if m.any():
            out[label] = {"n": int(m.sum()), "flagged": int(pred[m].sum())}
    return out


def evaluate_time_split(fs: FeatureSet, seed: int = 0, target_fpr: float = 0.01,
                        test_share: float = 0.3) -> dict[str, Any] | None:
    """Train on the older dated pages, test on the newest (when at least 40 pages carry a date).

    Only pages with a ``page_created`` date take part; the figures describe those pages.
    """
    dated = ~np.isnan(fs.dates)
    if dated.sum() < 40:
        return None
    sub = fs.subset(dated)
    order = np.argsort(sub.dates, kind="stable")
    cut = int(len(order) * (1 - test_share))
    train, test = sub.subset(order[:cut]), sub.subset(order[cut:])
    if len(set(train.y.tolist())) < 2 or len(set(test.y.tolist())) < 2:
        return None
    bundle = train_model(train, seed=seed, target_fpr=target_fpr)
    out = metrics(test.y, probability_of(bundle, test), bundle.threshold)
    out["split"] = (f"{int(dated.sum())} dated pages: oldest {cut} train, newest "
                    f"{len(order) - cut} test")
    return out


def evaluate_model(bundle: ModelBundle, fs: FeatureSet) -> dict[str, Any]:
    """Figures of a trained model on pages it is assumed never to have seen."""
    prob = probability_of(bundle, fs)
    out = metrics(fs.y, prob, bundle.threshold)
    pred = prob >= bundle.threshold
    out["recall_by_kind"] = _recall_by(fs.kinds, fs.y, pred)
    out["recall_by_lang"] = _recall_by(fs.langs, fs.y, pred)
    return out


# -- rendering ---------------------------------------------------------------------------------
def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return "n/a" if math.isnan(v) else f"{v:.4f}"
    return str(v)


def render_text(summary: dict[str, Any]) -> str:
    """Plain-text table of the headline figures."""
    rows = [("", "ROC AUC", "PR AUC", "TPR@1%FPR", "TPR@0.1%FPR", "TPR@thr", "FPR@thr",
             "prec@1:100")]
    for k in ("model", "tfidf_logreg", "keyword_count", "size_markup_only"):
        if k not in summary:
            continue
        m = summary[k]
        rows.append((k, _fmt(m.get("roc_auc", math.nan)), _fmt(m.get("pr_auc", math.nan)),
                     _fmt(m.get("tpr_at_1pct_fpr", math.nan)),
                     _fmt(m.get("tpr_at_0_1pct_fpr", math.nan)), _fmt(m.get("tpr", math.nan)),
                     _fmt(m.get("fpr", math.nan)),
                     _fmt(m.get("precision_at_1pct_base_rate", math.nan))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    m = summary.get("model", {})
    if "confusion" in m:
        c = m["confusion"]
        lines.append(f"model confusion at its threshold: TP {c['tp']}  FP {c['fp']}  "
                     f"FN {c['fn']}  TN {c['tn']}")
    for title, key in (("recall by kind", "recall_by_kind"), ("recall by lang", "recall_by_lang")):
        if key in m:
            parts = [f"{k} {v['recall']:.2f} ({v['n']})" for k, v in m[key].items()]
            lines.append(f"model {title}: " + ", ".join(parts))
    if m.get("hard_negatives"):
        lines.append("hard negatives flagged: " + ", ".join(
            f"{k} {v['flagged']}/{v['n']}" for k, v in m["hard_negatives"].items()))
    if m.get("flagged_legit_by_kind"):
        lines.append("legit pages flagged, by kind: " + ", ".join(
            f"{k} {v['flagged']}/{v['n']}" for k, v in m["flagged_legit_by_kind"].items()))
    if summary.get("time_split"):
        t = summary["time_split"]
        lines.append(f"time-ordered split ({t['split']}): ROC AUC {_fmt(t.get('roc_auc'))}, "
                     f"TPR@1%FPR {_fmt(t.get('tpr_at_1pct_fpr'))}")
    return "\n".join(lines)


def write_report(ev: Evaluation, path: str | Path) -> Path:
    """Markdown report with PNG plots (ROC, PR, score histograms, top features) beside it."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    stem = out.with_suffix("")
    split = ev.summary.get("split", "group")
    lines = ["# Detector evaluation", "", f"Held-out split: {split}. Every page is scored by a "
             "model that never saw its source group.", "", "```", render_text(ev.summary), "```",
             ""]
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from sklearn.metrics import precision_recall_curve, roc_curve

        fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
        for name, s in ev.scores.items():
            f, t, _ = roc_curve(ev.y, s)
            axes[0].plot(f, t, label=name)
            p, r, _ = precision_recall_curve(ev.y, s)
            axes[1].plot(r, p, label=name)
        axes[0].set_xscale("symlog", linthresh=0.01)
        axes[0].set(xlabel="false-positive rate (symlog)", ylabel="true-positive rate",
                    title="ROC")
        axes[1].set(xlabel="recall", ylabel="precision", title="Precision-recall")
        axes[0].legend(loc="lower right", fontsize=8)
        fig.tight_layout()
        curves = stem.parent / f"{stem.name}_curves.png"
        fig.savefig(curves, dpi=110)
        plt.close(fig)

        fig, ax = plt.subplots(figsize=(6, 4))
        s = ev.scores["model"]
        bins = [i / 40 for i in range(41)]
        ax.hist(s[ev.y == 0], bins=bins, alpha=0.6, label="legit", log=True)
        ax.hist(s[ev.y == 1], bins=bins, alpha=0.6, label="scam", log=True)
        ax.set(xlabel="calibrated scam probability", ylabel="pages (log)",
               title="Model scores by class")
        ax.legend()
        fig.tight_layout()
        hist = stem.parent / f"{stem.name}_scores.png"
        fig.savefig(hist, dpi=110)
        plt.close(fig)

        top = ev.importance[:20][::-1]
        fig, ax = plt.subplots(figsize=(7, 6))
        ax.barh([n for n, _ in top], [v for _, v in top])
        ax.set(xlabel="mean gain per fold", title="Top features")
        fig.tight_layout()
        feat = stem.parent / f"{stem.name}_features.png"
        fig.savefig(feat, dpi=110)
        plt.close(fig)
        lines += [f"![ROC and PR curves]({curves.name})", "",
                  f"![Score histograms]({hist.name})", "", f"![Top features]({feat.name})", ""]
    except ImportError:
        lines += ["(install matplotlib for plots: `pip install '.[report]'`)", ""]
    lines += ["## Top features (mean gain)", ""]
    lines += [f"- `{n}`: {v:.1f}" for n, v in ev.importance[:25]]
    lines += ["", "## All figures", "", "```json",
              json.dumps(ev.summary, indent=2, default=float), "```", ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


__all__ = ["ARTEFACT_NAMES", "Evaluation", "evaluate_cv", "evaluate_model",
           "evaluate_time_split", "keyword_scores", "render_text", "write_report"]


def evaluate_sources(
    sources: list[str],
    train_extra: list[str] | None = None,
    model_dir: str | None = None,
    seed: int = 0,
    target_fpr: float = 0.01,
    report: str | None = None,
    progress: bool = False,
    log: Callable[[str], None] | None = None,
    split: str = "group",
) -> dict[str, Any]:
    """Evaluate on labelled sources; the summary dict holds every figure.

    ``split`` is the held-out scheme of :func:`evaluate_cv` (group, family or language).

    Without ``model_dir``: grouped cross-validation of the training recipe and the baselines
    (``train_extra`` pages join every training fold, never the test folds). With ``model_dir``:
    that model's figures on the given pages, which must be pages it never trained on.
    """
    from ..input.datasets import load_labelled
    from ..modelling.model import load_model
    from .training import featurize

    fs = featurize(load_labelled(sources), progress=progress)
    if model_dir is not None:
        bundle = load_model(model_dir)
        trained_on = {str(Path(s).resolve()) for s in bundle.manifest.get("training", {})
                      .get("data", [])}
        overlap = sorted(s for s in sources if str(Path(s).resolve()) in trained_on)
        out = {"model": evaluate_model(bundle, fs), "model_id": bundle.model_id}
        if overlap:
            out["warning"] = ("these sources were in the model's training data; the figures "
                              "are not accuracy: " + ", ".join(overlap))
        return out
    extra = featurize(load_labelled(train_extra), progress=progress) if train_extra else None
    ev = evaluate_cv(fs, train_only=extra, seed=seed, target_fpr=target_fpr, log=log,
                     scheme=split)
    ts = evaluate_time_split(fs if extra is None else fs.concat(extra), seed=seed,
                             target_fpr=target_fpr) if split == "group" else None
    if ts:
        ev.summary["time_split"] = ts
    ev.summary["importance_top"] = ev.importance[:15]
    if report:
        write_report(ev, report)
        ev.summary["report"] = report
    return ev.summary
