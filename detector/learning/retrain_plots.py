"""Retraining, step 3: figures of a :class:`~detector.learning.retrain_compare.Comparison`
(matplotlib,
imported only when a figure is drawn; see :mod:`detector.learning.retrain`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..modelling.model import ModelBundle
from .retrain_compare import Comparison, importance

if TYPE_CHECKING:
    from matplotlib.figure import Figure


# -- plots --------------------------------------------------------------------------------------
def _figure(width: float, height: float) -> Figure:
    # A bare Figure (not pyplot): shown once when a notebook cell returns it, never leaked.
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def plot_curves(cmp: Comparison, title: str | None = None) -> Figure:
    """ROC (log-scaled false-positive axis) and precision-recall curves of every model.

    Each model's operating point at its own threshold is marked with a dot. ``title`` defaults
    to :meth:`Comparison.describe`; ``""`` for none.
    """
    from sklearn.metrics import (
        average_precision_score,
        precision_recall_curve,
        roc_auc_score,
        roc_curve,
    )

    fig = _figure(11, 5)
    ax_roc, ax_pr = fig.subplots(1, 2)
    for name, s in cmp.scores.items():
        f, t, _ = roc_curve(cmp.y, s)
        p, r, _ = precision_recall_curve(cmp.y, s)
        label = (f"{name}: ROC AUC {roc_auc_score(cmp.y, s):.3f}, "
                 f"AP {average_precision_score(cmp.y, s):.3f}")
        (line,) = ax_roc.plot(f, t, label=label, drawstyle="steps-post")
        ax_pr.plot(r, p, color=line.get_color(), drawstyle="steps-post")
        pred = s >= cmp.thresholds[name]
        op_tpr = float(pred[cmp.y == 1].mean())
        ax_roc.plot([float(pred[cmp.y == 0].mean())], [op_tpr], "o", color=line.get_color())
        ax_pr.plot([op_tpr], [float(cmp.y[pred].mean()) if pred.any() else 1.0], "o",
                   color=line.get_color())
    ax_roc.axvline(cmp.target_fpr, ls=":", color="grey",
                   label=f"target false-positive rate {cmp.target_fpr:.1%}")
    ax_roc.set_xscale("symlog", linthresh=0.01)
    ax_roc.set(xlim=(0, 1), ylim=(0, 1.02), xlabel="false-positive rate (log above 1%)",
               ylabel="true-positive rate (recall)", title="ROC")
    ax_pr.axhline(float(cmp.y.mean()), ls="--", color="lightgrey")
    ax_pr.set(xlim=(0, 1), ylim=(0, 1.02), xlabel="recall",
              ylabel="precision (at these pages' share of scams)", title="Precision-recall")
    fig.legend(*ax_roc.get_legend_handles_labels(), loc="outside lower center", ncols=2,
               fontsize=8, title="dots: each model at its own threshold", title_fontsize=8)
    title = cmp.describe() if title is None else title
    if title:
        fig.suptitle(title)
    return fig


def plot_scores(cmp: Comparison) -> Figure:
    """Histograms of each probabilistic model's scores, per class, with its threshold."""
    names = cmp.probabilistic
    fig = _figure(5.5 * max(1, len(names)), 4)
    axes = fig.subplots(1, max(1, len(names)), squeeze=False)[0]
    bins = np.linspace(0, 1, 41)
    for ax, name in zip(axes, names, strict=False):
        s = cmp.scores[name]
        ax.hist(s[cmp.y == 0], bins=bins, alpha=0.6, label="legit", color="tab:green")
        ax.hist(s[cmp.y == 1], bins=bins, alpha=0.6, label="scam", color="tab:red")
        ax.axvline(cmp.thresholds[name], color="black", ls="--",
                   label=f"threshold {cmp.thresholds[name]:.2f}")
        ax.set_yscale("log")
        ax.set(xlabel="calibrated scam probability", ylabel="held-out pages (log)", title=name)
        ax.legend(fontsize=8)
    return fig


def plot_importance(bundle: ModelBundle, top: int = 20, title: str = "") -> Figure:
    """The ``top`` features by gain (how much each feature's splits reduced the loss)."""
    items = [(n, g) for n, g in importance(bundle) if g > 0][:top][::-1]
    fig = _figure(7, max(2.5, 0.28 * len(items) + 1))
    ax = fig.subplots()
    ax.barh([n for n, _ in items], [g for _, g in items], color="tab:blue")
    ax.set(xlabel="total gain", title=title or f"Top {len(items)} features by gain")
    ax.tick_params(axis="y", labelsize=8)
    return fig


def plot_calibration(cmp: Comparison, n_bins: int = 10) -> Figure:
    """Reliability curve: observed share of scams against the mean predicted probability.

    Bins hold equal numbers of pages. A model on the diagonal means what it says; the held-out
    pages' share of scams differs from a real feed's, so read the shape, not the exact level.
    """
    from sklearn.calibration import calibration_curve

    bins = max(2, min(n_bins, len(cmp.y) // 10))
    fig = _figure(5.5, 5)
    ax = fig.subplots()
    ax.plot([0, 1], [0, 1], ls=":", color="grey", label="perfectly calibrated")
    for name in cmp.probabilistic:
        observed, predicted = calibration_curve(cmp.y, cmp.scores[name], n_bins=bins,
                                                strategy="quantile")
        ax.plot(predicted, observed, "o-", label=name)
    ax.set(xlim=(0, 1), ylim=(0, 1), xlabel="mean predicted probability",
           ylabel="share of scam pages", title=f"Calibration ({bins} equal-count bins)")
    ax.legend(loc="upper left", fontsize=8)
    return fig
