"""Labelled pages for training and evaluation: page exports and corpus folders, in one call.

Accepted sources (mix freely in :func:`load_labelled`):

* a corpus folder in the ``../shared/corpus`` layout: ``manifest.csv`` (``id,label,kind,group,
  lang,url,...``) plus ``pages/<id>.html``;
* a page export: CSV, JSONL (optionally ``.gz``) or Parquet with ``label`` and ``html`` or
  ``html_path`` (relative to the export's folder), optional ``url``, ``page_created``,
  ``as_of``, ``group``, ``kind``, ``lang``, ``id``;
* a folder of those (saved ``.html`` pages and WARC files in it are skipped: they carry no
  label).

They are read by the same reader as ``detector score`` (:class:`detector.input.io.RecordStream`,
asked for the label, group, kind and lang columns too) and each row becomes a Page by the same
step (:func:`detector.input.pagebuild.build_page`), so a page's feature row in training is the row
it
gets when scored. Labels may be ``scam``/``legit``, ``1``/``0``, ``true``/``false``,
``yes``/``no``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import DetectorError, InputError
from ..pages.page import Page
from .io import COLUMN_ALIASES, Record, RecordStream, Source, list_sources, resolve_columns
from .pagebuild import build_page

__all__ = [
    "COLUMN_ALIASES", "TRAINING_FIELDS", "LabelledPage", "label_counts", "load_corpus",
    "load_export", "load_labelled", "parse_label", "require_both_classes", "resolve_columns",
]

#: The columns training reads besides the page itself.
TRAINING_FIELDS = ("label", "group", "kind", "lang")
#: Input kinds that carry labels (saved pages and WARC records do not).
_LABELLED_KINDS = {"csv", "jsonl", "parquet", "corpus"}

_SCAM = {"scam", "1", "true", "yes", "spam", "fraud", "phish", "malicious", "positive"}
_LEGIT = {"legit", "0", "false", "no", "ham", "benign", "legitimate", "negative", "ok"}


@dataclass
class LabelledPage:
    """A page with its label and where it came from."""

    page: Page
    label: int
    group: str
    kind: str = ""
    lang: str = ""
    source: str = ""
    id: str = ""
    #: The export had no group for this page; it was inferred (site, else the row itself).
    group_inferred: bool = False


def parse_label(value: object, where: str) -> int:
    """1 for scam, 0 for legit; InputError naming the value otherwise."""
    text = str(value).strip().lower()
    if text.endswith(".0"):
        text = text[:-2]
    if text in _SCAM:
        return 1
    if text in _LEGIT:
        return 0
    raise InputError(
        f"{where}: label {value!r} is neither scam nor legit; use scam/legit or 1/0"
    )


def labelled_sources(sources: Iterable[str | Path]) -> list[Source]:
    """The inputs of ``sources`` that carry labels: a file given by name must; files found
    inside a folder are kept only when they can (exports and corpus folders)."""
    out: list[Source] = []
    for src in sources:
        p = Path(src)
        found = list_sources([p])
        if p.is_dir():
            found = [s for s in found if s.kind in _LABELLED_KINDS]
            if not found:
                raise InputError(
                    f"{str(p)!r} is neither a corpus folder (manifest.csv + pages/) nor a "
                    "folder of .csv/.jsonl/.parquet exports"
                )
        elif found[0].kind not in _LABELLED_KINDS:
            raise InputError(
                f"{str(p)!r} carries no labels ({found[0].kind} input); give labelled pages as "
                "an export with a label column (CSV/JSONL/Parquet) or a corpus folder"
            )
        out.extend(found)
    return out


def load_labelled(sources: Iterable[str | Path], mapping: Mapping[str, str] | None = None,
                  settings: Settings = DEFAULT_SETTINGS) -> list[LabelledPage]:
    """Load and combine corpus folders and export files, in order. A row that cannot be used
    stops the load with an InputError naming it: a model must not silently train on less."""
    stream = RecordStream(labelled_sources(sources), mapping, settings,
                          extra_fields=TRAINING_FIELDS, required_fields=("label",))
    out: list[LabelledPage] = []
    index: dict[str, int] = {}
    for rec in stream:
        i = index.get(rec.source, 0)
        index[rec.source] = i + 1
        out.append(_labelled(rec, i, settings))
    return out


def label_counts(sources: Iterable[str | Path], mapping: Mapping[str, str] | None = None,
                 ) -> tuple[int, int]:
    """(scam, legit) pages in ``sources``, reading labels only (no page is parsed), so that a
    training run with one class is refused before minutes of feature extraction."""
    stream = RecordStream(labelled_sources(sources), mapping, extra_fields=("label",),
                          required_fields=("label",))
    scam = legit = 0
    for rec in stream:
        if rec.error is None:
            value = (rec.extra or {}).get("label")
            if parse_label(value, f"{rec.source} row {rec.row}"):
                scam += 1
            else:
                legit += 1
    return scam, legit


def require_both_classes(sources: Sequence[str | Path],
                         mapping: Mapping[str, str] | None = None) -> None:
    """Refuse training data that lacks scam or legit pages, naming the counts and the way out."""
    scam, legit = label_counts(sources, mapping)
    if scam and legit:
        return
    missing = "legit" if scam else "scam"
    raise InputError(
        f"training needs both scam and legit pages; {', '.join(map(str, sources))} "
        f"hold{'s' if len(sources) == 1 else ''} {scam} scam and {legit} legit page(s): add "
        f"{missing} pages (or check the label column: scam/legit or 1/0)"
    )


def _labelled(rec: Record, index: int, settings: Settings) -> LabelledPage:
    corpus = Path(rec.source).is_dir()
    where = (f"{Path(rec.source) / 'manifest.csv'}: id {rec.id}" if corpus
             else f"{rec.source} row {index + 1}")
    if rec.error is not None:
        raise InputError(rec.error)
    try:
        page = build_page(rec, settings)
    except DetectorError as exc:
        raise InputError(f"{where}: {exc}") from exc
    extra = dict(rec.extra or {})
    group = "" if extra.get("group") is None else str(extra["group"])
    inferred = not group
    if not group:
        group = _fallback_group(page, Path(rec.source), index)
    return LabelledPage(
        page=page,
        label=parse_label(extra.get("label"), where),
        group=group,
        kind="" if extra.get("kind") is None else str(extra["kind"]),
        lang="" if extra.get("lang") is None else str(extra["lang"]),
        source=rec.source,
        id=rec.id if rec.id is not None else str(index),
        group_inferred=inferred,
    )


def _fallback_group(page: Page, path: Path, row: int) -> str:
    """A source group for a row without one: the page's registered domain, else the row.

    Grouped splits need groups; near-copies usually share a site, so the domain is the best
    stand-in. Without a URL each page is its own group (copies may then straddle a split).
    """
    parts = page.host_parts
    if parts is not None:
        return f"site:{parts.registered}"
    return f"{path.name}:{row + 1}"


def load_corpus(folder: str | Path) -> list[LabelledPage]:
    """Pages of a corpus folder (``manifest.csv`` + ``pages/``)."""
    root = Path(folder)
    if not (root / "manifest.csv").is_file():
        raise InputError(
            f"{str(root)!r} has no manifest.csv; a corpus folder holds manifest.csv and pages/"
        )
    return load_labelled([root])


def load_export(path: str | Path, mapping: Mapping[str, str] | None = None,
                ) -> list[LabelledPage]:
    """Labelled pages of a CSV/JSONL/Parquet export."""
    return load_labelled([path], mapping)
