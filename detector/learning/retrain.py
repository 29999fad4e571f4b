"""Retraining on an analyst's own labelled pages: the library side of ``notebooks/retrain.ipynb``.

The notebook is a thin script over these helpers, in this order::

    load_data -> summarise, find_duplicates -> drop_duplicates -> sample_data
      -> featurize_data -> holdout_split -> training.train_model
      -> comparison_models, compare
      -> plot_curves, plot_scores, plot_calibration, plot_importance, error_table
      -> save_model -> usage_text

One module per step, flowing one way: :mod:`~detector.learning.retrain_data` (load, de-duplicate,
sample, featurize, split), :mod:`~detector.learning.retrain_compare` (score the held-out pages, the
pages each model got most wrong), :mod:`~detector.learning.retrain_plots` (figures); this module
saves
the model and keeps every name importable from ``detector.learning.retrain``.

The held-out test pages come from the analyst's data only, split by ``group`` so that copies of
one kit never sit on both sides; the project's own data (``data/synthetic``) may join training
but is never scored. Everything is seeded: the same data, parameters and seed give the same model.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from ..modelling.model import ModelBundle
from .retrain_compare import (
    DEFAULT,
    KEYWORDS,
    NEW,
    Comparison,
    compare,
    comparison_models,
    error_table,
    importance,
    load_default_model,
    model_probability,
    render_errors,
    trained_on,
)
from .retrain_data import (
    PROJECT,
    USER,
    HoldOut,
    RetrainData,
    drop_duplicates,
    duplicate_summary,
    featurize_data,
    find_duplicates,
    holdout_split,
    html_key,
    load_data,
    pages_frame,
    project_data_files,
    project_root,
    sample_data,
    summarise,
    text_key,
    training_summary,
)
from .retrain_plots import plot_calibration, plot_curves, plot_importance, plot_scores


# -- saving -------------------------------------------------------------------------------------
def save_model(bundle: ModelBundle, output_dir: str | Path, cmp: Comparison | None = None,
               refit: bool = False) -> Path:
    """Write the bundle, with the held-out comparison in its manifest's ``metrics.held_out``.

    ``refit``: the bundle was trained on every page after the comparison, so the held-out
    figures are those of the same recipe trained without the held-out pages.
    """
    if cmp is not None:
        note = ("figures of the same recipe trained without the held-out pages; this model was "
                "then trained on all pages" if refit else
                "figures of this model on held-out pages it never saw")
        bundle.manifest.setdefault("metrics", {})["held_out"] = {
            "note": note,
            "target_fpr": cmp.target_fpr,
            "models": cmp.figures(),
        }
    return bundle.save(output_dir).resolve()


def usage_text(model_dir: str | Path) -> str:
    """The commands that use the model in ``model_dir``."""
    d = shlex.quote(str(Path(model_dir).resolve()))
    return "\n".join([
        f"detector check --model {d} page.html",
        f"detector score --model {d} export.csv -o scored.csv",
    ])


__all__ = [
    "DEFAULT", "KEYWORDS", "NEW", "PROJECT", "USER", "Comparison", "HoldOut", "RetrainData",
    "compare", "comparison_models", "drop_duplicates", "duplicate_summary", "error_table",
    "featurize_data", "find_duplicates", "holdout_split", "html_key", "importance", "load_data",
    "load_default_model", "model_probability", "pages_frame", "plot_calibration", "plot_curves",
    "plot_importance", "plot_scores", "project_data_files", "project_root", "render_errors",
    "sample_data", "save_model", "summarise", "text_key", "trained_on", "training_summary",
    "usage_text",
]
