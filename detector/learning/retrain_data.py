"""Retraining, step 1: the analyst's labelled pages in, de-duplicated, sampled, featurized
and split into training and held-out pages by source group (see
:mod:`detector.learning.retrain`)."""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError
from ..input.datasets import LabelledPage, load_labelled
from ..input.io import source_kind
from ..pages.page import Page
from .training import FeatureSet, featurize, grouped_folds

if TYPE_CHECKING:
    import pandas as pd

#: ``origin`` of the analyst's own pages and of the project's bundled training data.
USER = "yours"
PROJECT = "project"
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
    return Path(__file__).resolve().parents[2]


def project_data_files(folder: str | Path | None = None) -> list[Path]:
    """Page exports of the project's own labelled data (``data/synthetic``); [] when absent."""
    root = Path(folder) if folder is not None else project_root() / "data" / "synthetic"
    if not root.is_dir():
        return []
    return sorted(f for f in root.iterdir()
                  if f.is_file() and source_kind(f) in {"csv", "jsonl", "parquet"})


def _regroup_ungrouped(pages: list[LabelledPage]) -> list[str]:
    """Notes for exports without a ``group`` column, whose groups the loader inferred.

    :func:`detector.input.datasets.load_labelled` groups such pages by their URL's registered domain
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
