"""Figures of a scored sample: ROC AUC, PR AUC, TPR at a fixed FPR, confusion at a threshold."""

from __future__ import annotations

import math
from typing import Any

import numpy as np


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
