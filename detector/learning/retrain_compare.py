"""Retraining, step 2: the new model, the bundled default and a keyword count scored on the
same held-out pages, and the pages each got most wrong, with reasons.

See :mod:`detector.learning.retrain` for the whole flow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError, ModelError
from ..input.datasets import LabelledPage
from ..modelling.model import ModelBundle, load_model
from ..modelling.scoring import probabilities
from .evaluation import keyword_scores
from .retrain_data import project_root
from .training import FeatureSet, metrics, threshold_for_fpr, tpr_at_fpr

if TYPE_CHECKING:
    import pandas as pd

#: Names of the models in a comparison.
NEW = "new model"
DEFAULT = "default model"
KEYWORDS = "keyword count"


# -- comparison ---------------------------------------------------------------------------------
def load_default_model() -> tuple[ModelBundle | None, str]:
    """The bundled default model, or None with the reason it cannot be used."""
    try:
        bundle = load_model()
    except ModelError as exc:
        return None, f"the bundled default model cannot be used, so it is not compared: {exc}"
    return bundle, f"default model: {bundle.model_id}"


def comparison_models(new: ModelBundle, sources: Sequence[str | Path],
                      ) -> tuple[dict[str, ModelBundle], list[str]]:
    """The new model and the bundled default, named for :func:`compare`, with notes.

    When the default model was trained on some of ``sources``, its name says so: its figures on
    those pages are optimistic.
    """
    models = {NEW: new}
    default, note = load_default_model()
    notes = [note]
    if default is not None:
        overlap = trained_on(default, sources)
        name = DEFAULT
        if overlap:
            name += " (trained on these pages)"
            notes.append("warning: the default model was trained on " + ", ".join(overlap)
                         + ", so its figures below are optimistic, not a fair comparison")
        models[name] = default
    return models, notes


def trained_on(bundle: ModelBundle, sources: Sequence[str | Path]) -> list[str]:
    """Those of ``sources`` that ``bundle``'s manifest lists as training data.

    Relative paths in the manifest are tried from the project root and the current folder.
    """
    listed = bundle.manifest.get("training", {}).get("data", []) or []
    known: set[Path] = set()
    for entry in listed:
        p = Path(str(entry))
        candidates = [p] if p.is_absolute() else [project_root() / p, Path.cwd() / p]
        known.update(c.resolve() for c in candidates)
    return [str(s) for s in sources if Path(s).resolve() in known]


def model_probability(bundle: ModelBundle, fs: FeatureSet) -> np.ndarray:
    """``bundle``'s calibrated probabilities for ``fs``, matching its columns by feature name,
    by the same scorer as ``detector check`` and ``detector score``."""
    try:
        return probabilities(bundle, bundle.matrix(fs.x, [s.name for s in fs.signals],
                                                   fs.wording_texts))
    except ModelError as exc:
        raise ModelError(f"model {bundle.model_id}: {exc}; featurize with this detector's "
                         "signals") from exc


def _squash(counts: np.ndarray) -> np.ndarray:
    # Keyword counts mapped into [0, 1) (same order, so the same ROC): threshold_for_fpr
    # expects probabilities.
    return counts / (counts + 1.0)


@dataclass
class Comparison:
    """Scores of several models on the same held-out pages, and the figures of each."""

    y: np.ndarray
    scores: dict[str, np.ndarray]
    thresholds: dict[str, float]
    target_fpr: float
    table: pd.DataFrame
    #: Models whose scores are calibrated probabilities (the keyword count is not).
    probabilistic: list[str]
    notes: list[str] = field(default_factory=list)
    #: Number of source groups among the held-out pages.
    n_groups: int = 0

    def describe(self) -> str:
        """One line on the held-out pages."""
        return (f"{len(self.y)} held-out pages ({int(self.y.sum())} scam) from {self.n_groups} "
                "groups the new model never saw")

    def figures(self) -> dict[str, dict[str, Any]]:
        """Per model: :func:`detector.learning.training.metrics` at its own threshold (for the
        manifest)."""
        out = {}
        for name, s in self.scores.items():
            m = metrics(self.y, s, self.thresholds[name])
            m["tpr_at_target_fpr"] = tpr_at_fpr(self.y, s, self.target_fpr)
            out[name] = m
        return out


def compare(models: Mapping[str, ModelBundle], train: FeatureSet, test: FeatureSet,
            target_fpr: float) -> Comparison:
    """Score ``test`` with each model and with the keyword-count baseline, and tabulate.

    Each model is judged at its own threshold; the keyword baseline's threshold is chosen on
    ``train`` for ``target_fpr``.
    """
    import pandas as pd

    if len(set(test.y.tolist())) < 2:
        raise InputError("the held-out pages must hold both scam and legit pages")
    scores = {name: model_probability(b, test) for name, b in models.items()}
    thresholds = {name: float(b.threshold) for name, b in models.items()}
    scores[KEYWORDS] = _squash(keyword_scores(test.texts))
    thresholds[KEYWORDS] = threshold_for_fpr(_squash(keyword_scores(train.texts)), train.y,
                                             target_fpr)
    rows = []
    for name, s in scores.items():
        m = metrics(test.y, s, thresholds[name])
        c = m["confusion"]
        rows.append({
            "model": name, "ROC AUC": m["roc_auc"], "PR AUC": m["pr_auc"],
            f"TPR at {target_fpr:.1%} FPR": tpr_at_fpr(test.y, s, target_fpr),
            "threshold": m["threshold"], "TP": c["tp"], "FP": c["fp"], "FN": c["fn"],
            "TN": c["tn"], "TPR at threshold": m["tpr"], "FPR at threshold": m["fpr"],
        })
    n_legit = int((test.y == 0).sum())
    notes = [f"{len(test)} held-out pages ({int(test.y.sum())} scam, {n_legit} legit) from "
             f"{len(set(test.groups.tolist()))} groups; keyword threshold chosen on the "
             f"{len(train)} training pages"]
    if n_legit * target_fpr < 1:
        notes.append(f"with {n_legit} legit held-out pages one false positive is already an FPR "
                     f"of {1 / n_legit:.1%}: TPR at {target_fpr:.1%} FPR means TPR with no false "
                     "positive at all, and is noisy")
    return Comparison(test.y, scores, thresholds, target_fpr,
                      pd.DataFrame(rows).set_index("model"), list(models), notes,
                      n_groups=len(set(test.groups.tolist())))


def importance(bundle: ModelBundle) -> list[tuple[str, float]]:
    """Features by total gain in ``bundle``'s trees, highest first."""
    gain = np.asarray(bundle.booster.feature_importance(importance_type="gain"), dtype=float)
    order = np.argsort(-gain, kind="stable")
    return [(bundle.feature_names[i], float(gain[i])) for i in order]


# -- errors, with reasons -----------------------------------------------------------------------
def error_table(bundle: ModelBundle, pages: Sequence[LabelledPage], fs: FeatureSet,
                n: int = 5) -> pd.DataFrame:
    """The ``n`` highest-scored legit and ``n`` lowest-scored scam pages, with their reasons.

    ``fs`` holds the features of ``pages`` (same order); only the chosen pages are scored again,
    by :func:`detector.modelling.scoring.score`, for their reasons.

    ``case`` says whether each is an error at the model's threshold (false positive / false
    negative) or the closest call that was still right. ``reasons`` are the verdict's reasons as
    ``detector check`` prints them (``+`` pushed towards scam, ``-`` towards fine).
    """
    import pandas as pd

    from ..modelling.scoring import score

    if len(pages) != len(fs):
        raise ValueError(f"{len(pages)} pages but {len(fs)} feature rows; give both in one order")
    prob = model_probability(bundle, fs)
    y = fs.y
    legit = np.flatnonzero(y == 0)
    scam = np.flatnonzero(y == 1)
    chosen = [(i, "false positive" if prob[i] >= bundle.threshold else "legit, closest call")
              for i in legit[np.argsort(-prob[legit], kind="stable")][:n]]
    chosen += [(i, "false negative" if prob[i] < bundle.threshold else "scam, closest call")
               for i in scam[np.argsort(prob[scam], kind="stable")][:n]]
    rows = []
    for i, case in chosen:
        lp = pages[i]
        v = score(lp.page, bundle)
        rows.append({
            "case": case, "id": lp.id, "kind": lp.kind, "source": Path(lp.source).name,
            "url": lp.page.url, "probability": round(v.probability, 3), "band": v.band,
            "reasons": [f"{'+' if r.contribution > 0 else '-'} {r.text}" for r in v.reasons],
        })
    return pd.DataFrame(rows, columns=["case", "id", "kind", "source", "url", "probability",
                                       "band", "reasons"])


def render_errors(table: pd.DataFrame) -> str:
    """:func:`error_table` as text: one block per page, its reasons indented below."""
    blocks = []
    for row in table.to_dict("records"):
        where = " ".join(str(x) for x in (row["kind"], row["source"], row["url"]) if x)
        head = (f"{str(row['case']).upper()}: p={row['probability']:.3f} ({row['band']})  "
                f"id {row['id']}  {where}")
        reasons = list(row["reasons"]) or ["(no reason passed the cut)"]
        blocks.append("\n".join([head, *(f"    {r}" for r in reasons)]))
    return "\n\n".join(blocks) if blocks else "(no held-out pages)"
