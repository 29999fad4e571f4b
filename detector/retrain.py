"""Retraining on an analyst's own labelled pages: the library side of ``notebooks/retrain.ipynb``.

The notebook is a thin script over these helpers, in this order::

    load_data -> summarise, find_duplicates -> drop_duplicates -> sample_data
      -> featurize_data -> holdout_split -> training.train_model
      -> comparison_models, compare
      -> plot_curves, plot_scores, plot_calibration, plot_importance, error_table
      -> save_model -> usage_text

The held-out test pages come from the analyst's data only, split by ``group`` so that copies of
one kit never sit on both sides; the project's own data (``data/synthetic``) may join training
but is never scored. Everything is seeded: the same data, parameters and seed give the same model.
"""

from __future__ import annotations

import hashlib
import re
import shlex
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .datasets import LabelledPage, load_labelled
from .errors import InputError, ModelError
from .evaluation import keyword_scores
from .io import source_kind
from .model import ModelBundle, load_model
from .page import Page
from .scoring import probabilities
from .training import (
    FeatureSet,
    featurize,
    grouped_folds,
    metrics,
    threshold_for_fpr,
    tpr_at_fpr,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

#: ``origin`` of the analyst's own pages and of the project's bundled training data.
USER = "yours"
PROJECT = "project"
#: Names of the models in a comparison.
NEW = "new model"
DEFAULT = "default model"
KEYWORDS = "keyword count"
#: Visible texts shorter than this are not compared: many script-built pages show no text at all.
MIN_TEXT_CHARS = 40
_WS = re.compile(r"\s+")


# -- data ---------------------------------------------------------------------------------------
@dataclass
class RetrainData:
    """Labelled pages with where each came from (:data:`USER` or :data:`PROJECT`)."""

    pages: list[LabelledPage]
    origins: list[str]
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.pages)

    @property
    def labels(self) -> np.ndarray:
        """1 for scam, 0 for legit, per page."""
        return np.array([lp.label for lp in self.pages], dtype=np.int64)

    @property
    def is_user(self) -> np.ndarray:
        """True for the analyst's own pages."""
        return np.array([o == USER for o in self.origins], dtype=bool)

    def content_keys(self) -> list[str]:
        """:func:`html_key` of every page (to keep copies of test pages out of training)."""
        return [html_key(lp.page) for lp in self.pages]

    def select(self, indices: Sequence[int] | np.ndarray) -> RetrainData:
        """The pages at ``indices``, in that order (notes are kept)."""
        idx = [int(i) for i in indices]
        return RetrainData([self.pages[i] for i in idx], [self.origins[i] for i in idx],
                           list(self.notes))


def project_root() -> Path:
    """The source checkout this package lives in (where ``data/`` is)."""
    return Path(__file__).resolve().parent.parent


def project_data_files(folder: str | Path | None = None) -> list[Path]:
    """Page exports of the project's own labelled data (``data/synthetic``); [] when absent."""
    root = Path(folder) if folder is not None else project_root() / "data" / "synthetic"
    if not root.is_dir():
        return []
    return sorted(f for f in root.iterdir()
                  if f.is_file() and source_kind(f) in {"csv", "jsonl", "parquet"})


def _regroup_ungrouped(pages: list[LabelledPage]) -> list[str]:
    """Notes for exports without a ``group`` column, whose groups the loader inferred.

    :func:`detector.datasets.load_labelled` groups such pages by their URL's registered domain
    (``site:...``), or each page alone without a URL.
    """
    notes = []
    by_source: dict[str, list[LabelledPage]] = {}
    for lp in pages:
        if lp.group_inferred:
            by_source.setdefault(lp.source, []).append(lp)
    for source, members in by_source.items():
        n_groups = len({lp.group for lp in members})
        notes.append(
            f"{Path(source).name}: no group column, so its {len(members)} pages were grouped by "
            f"their URL's domain (or each page alone without a URL): {n_groups} groups. Add a "
            "`group` column (site, campaign or kit) so near-copies never sit on both sides of a "
            "split."
        )
    return notes


def load_data(sources: Sequence[str | Path], include_project_data: bool = True,
              project_dir: str | Path | None = None) -> RetrainData:
    """Load the analyst's labelled pages and, optionally, the project's own labelled data.

    ``sources`` are corpus folders (``manifest.csv`` + ``pages/``) and CSV/JSONL/Parquet
    exports, as for ``detector train``. What was done is described in ``notes``.
    """
    if isinstance(sources, (str, Path)):
        sources = [sources]
    if not sources:
        raise InputError("no labelled data given: set `data` to a list of export files "
                         "(CSV/JSONL/Parquet with label and html columns) or corpus folders")
    user = load_labelled(sources)
    if not user:
        raise InputError(f"no pages found in {', '.join(map(str, sources))}; check the files")
    notes = [f"loaded {len(user)} of your pages from {len(sources)} source(s)"]
    notes += _regroup_ungrouped(user)
    project: list[LabelledPage] = []
    where = Path(project_dir) if project_dir is not None else (
        project_root() / "data" / "synthetic")
    if include_project_data:
        files = project_data_files(where)
        if files:
            project = load_labelled(files)
            notes.append(f"added {len(project)} pages of the project's own data from {where} "
                         "(training only; never scored)")
        else:
            notes.append(f"project data not found in {where}: skipped (train on yours only)")
    else:
        notes.append("project data not included (include_project_data = False)")
    return RetrainData(user + project, [USER] * len(user) + [PROJECT] * len(project), notes)


def pages_frame(data: RetrainData) -> pd.DataFrame:
    """One row per page: origin, label, kind, lang, source (file or folder name), group, id."""
    import pandas as pd

    return pd.DataFrame({
        "origin": data.origins,
        "label": ["scam" if lp.label else "legit" for lp in data.pages],
        "kind": [lp.kind or "(none)" for lp in data.pages],
        "lang": [lp.lang or "(none)" for lp in data.pages],
        "source": [Path(lp.source).name for lp in data.pages],
        "group": [lp.group for lp in data.pages],
        "id": [lp.id for lp in data.pages],
    })


def summarise(data: RetrainData) -> dict[str, pd.DataFrame]:
    """Page counts per label by origin (with group counts), kind, language and source."""
    import pandas as pd

    df = pages_frame(data)
    out: dict[str, pd.DataFrame] = {}
    by_origin = pd.crosstab(df["origin"], df["label"], margins=True, margins_name="total")
    groups = df.groupby("origin")["group"].nunique()
    by_origin["groups"] = [int(groups.get(o, 0)) for o in by_origin.index[:-1]] + [
        int(df["group"].nunique())]
    out["origin"] = by_origin
    for col in ("kind", "lang", "source"):
        out[col] = pd.crosstab(df[col], df["label"], margins=True, margins_name="total")
    return out


def html_key(page: Page) -> str:
    """SHA-1 of the page's bytes (str pages as UTF-8)."""
    raw = page.html if isinstance(page.html, bytes) else page.html.encode("utf-8", "replace")
    return hashlib.sha1(raw).hexdigest()


def text_key(page: Page) -> str | None:
    """SHA-1 of the visible text (lowercased, whitespace collapsed); None when nearly empty."""
    text = _WS.sub(" ", page.visible_text).strip().lower()
    if len(text) < MIN_TEXT_CHARS:
        return None
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


DUPLICATE_COLUMNS = ["index", "origin", "id", "source", "label", "same", "duplicate_of",
                     "duplicate_of_id", "duplicate_of_source", "labels_disagree"]


def find_duplicates(data: RetrainData) -> pd.DataFrame:
    """Pages identical to an earlier page: same bytes, or same visible text.

    One row per later copy (``index``) naming the first page it copies (``duplicate_of``);
    ``labels_disagree`` marks copies labelled differently, which are worth a look.
    """
    import pandas as pd

    first_html: dict[str, int] = {}
    first_text: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for i, lp in enumerate(data.pages):
        hk, tk = html_key(lp.page), text_key(lp.page)
        j, same = first_html.get(hk), "html"
        if j is None and tk is not None:
            j, same = first_text.get(tk), "visible text"
        first_html.setdefault(hk, i)
        if tk is not None:
            first_text.setdefault(tk, i)
        if j is None:
            continue
        other = data.pages[j]
        rows.append({
            "index": i, "origin": data.origins[i], "id": lp.id,
            "source": Path(lp.source).name, "label": "scam" if lp.label else "legit",
            "same": same, "duplicate_of": j, "duplicate_of_id": other.id,
            "duplicate_of_source": Path(other.source).name,
            "labels_disagree": lp.label != other.label,
        })
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)


def duplicate_summary(duplicates: pd.DataFrame) -> str:
    """One line on what :func:`find_duplicates` found."""
    n = len(duplicates)
    if not n:
        return "no duplicates: every page's bytes and visible text are unique"
    same_html = int((duplicates["same"] == "html").sum())
    disagree = int(duplicates["labels_disagree"].sum())
    line = (f"{n} duplicate page(s): {same_html} with identical html, {n - same_html} with "
            "identical visible text only")
    if disagree:
        line += (f"; {disagree} labelled differently from the page they copy (check those: "
                 "the first page's label wins when duplicates are dropped)")
    return line


def drop_duplicates(data: RetrainData, duplicates: pd.DataFrame) -> RetrainData:
    """``data`` without the later copies listed by :func:`find_duplicates` (the first stays)."""
    drop = {int(i) for i in duplicates["index"]}
    out = data.select([i for i in range(len(data)) if i not in drop])
    out.notes.append(f"dropped {len(drop)} duplicate page(s); {len(out)} pages remain")
    return out


def sample_data(data: RetrainData, n: int | None, seed: int = 0) -> RetrainData:
    """At most ``n`` of your pages and at most ``n`` project pages, stratified by label.

    ``None`` keeps everything. Used to make a quick run (CI uses a small sample).
    """
    if n is None:
        return data
    if n < 4:
        raise InputError(f"sample = {n} is too small; give at least 4 pages, or None for all")
    rng = np.random.default_rng(seed)
    origins = np.array(data.origins, dtype=object)
    y = data.labels
    keep: list[int] = []
    for origin in (USER, PROJECT):
        idx = np.flatnonzero(origins == origin)
        if len(idx) <= n:
            keep.extend(idx.tolist())
            continue
        for label in (0, 1):
            members = idx[y[idx] == label]
            k = min(len(members), max(2, round(n * len(members) / len(idx))))
            keep.extend(rng.choice(members, size=k, replace=False).tolist())
    out = data.select(sorted(keep))
    out.notes.append(f"sampled {len(out)} of {len(data)} pages (sample = {n}, seed = {seed})")
    return out


def featurize_data(data: RetrainData) -> FeatureSet:
    """Features of every page, with a progress bar (text bar when ipywidgets is missing)."""
    with warnings.catch_warnings():
        # tqdm.auto warns in a notebook without ipywidgets, then draws a text bar anyway.
        warnings.filterwarnings("ignore", message=".*IProgress not found.*")
        return featurize(data.pages, progress=True)


# -- split --------------------------------------------------------------------------------------
@dataclass
class HoldOut:
    """Row indices of a grouped train/test split; test rows are the analyst's pages only."""

    train: np.ndarray
    test: np.ndarray
    notes: list[str] = field(default_factory=list)


def _groups_per_class(y: np.ndarray, groups: np.ndarray) -> tuple[int, int]:
    return len(set(groups[y == 0].tolist())), len(set(groups[y == 1].tolist()))


def holdout_split(fs: FeatureSet, is_user: np.ndarray, test_share: float = 0.25, seed: int = 0,
                  keys: Sequence[str] | None = None) -> HoldOut:
    """Hold out about ``test_share`` of your pages, whole groups at a time, both classes present.

    Project pages only ever train. Training rows that share a group, or (given ``keys``) the
    same content key, with a test row are left out of training, so no copy is scored by a model
    that saw it.
    """
    if not 0 < test_share < 1:
        raise InputError(f"test_share = {test_share} must be between 0 and 1, e.g. 0.25")
    user = np.flatnonzero(is_user)
    yu, gu = fs.y[user], fs.groups[user]
    n_neg, n_pos = _groups_per_class(yu, gu)
    if min(n_neg, n_pos) < 2:
        raise InputError(
            f"your data has {n_pos} group(s) of scam pages and {n_neg} of legit pages; a grouped "
            "test split needs at least 2 of each: add pages from more sources, or give a "
            "`group` column (site, campaign or kit) if all pages sit in one group"
        )
    for _, te in grouped_folds(yu, gu, round(1 / test_share), seed):
        if len(set(yu[te].tolist())) == 2:
            test = user[te]
            break
    else:
        raise InputError("no grouped test split holds both scam and legit pages; add pages "
                         "from more sources or lower test_share")
    in_test = np.zeros(len(fs), dtype=bool)
    in_test[test] = True
    test_groups = set(fs.groups[test].tolist())
    leak = np.array([g in test_groups for g in fs.groups.tolist()], dtype=bool) & ~in_test
    if keys is not None:
        test_keys = {keys[i] for i in test}
        leak |= np.array([kk in test_keys for kk in keys], dtype=bool) & ~in_test
    train = np.flatnonzero(~in_test & ~leak)
    notes = [f"held out {len(test)} of your pages ({int(fs.y[test].sum())} scam) from "
             f"{len(test_groups)} group(s); training on {len(train)} pages"]
    if leak.any():
        notes.append(f"left {int(leak.sum())} page(s) out of training: same group or same "
                     "content as a held-out page")
    n_neg, n_pos = _groups_per_class(fs.y[train], fs.groups[train])
    if min(n_neg, n_pos) < 2:
        raise InputError(
            f"after holding out test pages, training has {n_pos} scam and {n_neg} legit "
            "group(s); it needs 2 of each: add data or lower test_share"
        )
    return HoldOut(train, test, notes)


def training_summary(sources: Sequence[str | Path], data: RetrainData,
                     **parameters: Any) -> dict[str, Any]:
    """What a retrained model was trained on, for its manifest's ``training`` section.

    ``data`` lists absolute paths (``detector evaluate --model`` warns when asked to evaluate a
    model on its own training data); ``parameters`` are the notebook's settings.
    """
    paths = [str(Path(s).resolve()) for s in sources]
    project = sorted({lp.source for lp, o in zip(data.pages, data.origins, strict=True)
                      if o == PROJECT})
    return {"data": paths + [str(Path(p).resolve()) for p in project],
            "retrain": {"notebook": "notebooks/retrain.ipynb", **parameters}}


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
        """Per model: :func:`detector.training.metrics` at its own threshold (for the manifest)."""
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


def importance(bundle: ModelBundle) -> list[tuple[str, float]]:
    """Features by total gain in ``bundle``'s trees, highest first."""
    gain = np.asarray(bundle.booster.feature_importance(importance_type="gain"), dtype=float)
    order = np.argsort(-gain, kind="stable")
    return [(bundle.feature_names[i], float(gain[i])) for i in order]


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


# -- errors, with reasons -----------------------------------------------------------------------
def error_table(bundle: ModelBundle, pages: Sequence[LabelledPage], fs: FeatureSet,
                n: int = 5) -> pd.DataFrame:
    """The ``n`` highest-scored legit and ``n`` lowest-scored scam pages, with their reasons.

    ``fs`` holds the features of ``pages`` (same order); only the chosen pages are scored again,
    by :func:`detector.scoring.score`, for their reasons.

    ``case`` says whether each is an error at the model's threshold (false positive / false
    negative) or the closest call that was still right. ``reasons`` are the verdict's reasons as
    ``detector check`` prints them (``+`` pushed towards scam, ``-`` towards fine).
    """
    import pandas as pd

    from .scoring import score

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
