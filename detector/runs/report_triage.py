"""Condensing scored rows into a :class:`Triage`: band counts, a score histogram, the
threshold, the most common reasons among flagged rows and the rows the table shows.

Counting happens per record batch with pyarrow and numpy; only flagged and suspicious rows
are kept, so memory follows the table, not the output.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError
from .report_read import output_schema, read_batches, scored_files

#: Bands in the order the page lists them; other values (e.g. "allowlisted (FILE:LINE)") follow.
BANDS: tuple[str, ...] = ("very likely scam", "likely scam", "suspicious", "probably fine")
#: Bands counted as flagged.
FLAGGED_BANDS: frozenset[str] = frozenset({"very likely scam", "likely scam"})
#: Bands whose rows go into the table.
TABLE_BANDS: tuple[str, ...] = ("very likely scam", "likely scam", "suspicious")
#: The band of a row that could not be scored (its ``error`` is set).
FAILED = "failed"

_KEPT: tuple[str, ...] = ("source", "row", "id", "url", "score", "band", "reasons",
                          "reasons_json")


@dataclass(frozen=True)
class ReportOptions:
    """What goes on the page."""

    #: Decision threshold drawn on the histogram; None: the model's, else inferred from labels.
    threshold: float | None = None
    #: Model whose manifest gives the threshold (default: the bundled model), used when its
    #: ``model_id`` is the one in the scored file.
    model_dir: Path | None = None
    #: Rows the table holds at most (highest scores first); the page says when it caps.
    max_rows: int = 50_000
    #: Table rows per page in the browser.
    page_size: int = 100
    #: Histogram bins over probabilities 0..1.
    bins: int = 50
    #: Reasons listed in "most common reasons".
    top_reasons: int = 15
    title: str = "Scam triage"


@dataclass(frozen=True)
class ReasonCount:
    """How many flagged rows give one signal as a reason towards scam."""

    signal: str
    label: str
    rows: int
    #: One full reason text, from the highest-scoring row that gives it.
    example: str


@dataclass(frozen=True)
class Triage:
    """A scored output condensed for the page."""

    sources: tuple[str, ...]
    total: int
    #: Rows per band, FAILED for rows with an error, in display order.
    bands: dict[str, int]
    flagged: int
    #: Row counts per histogram bin over [0, 1].
    histogram: tuple[int, ...]
    threshold: float | None
    #: Where the threshold comes from, in words.
    threshold_note: str
    reasons: tuple[ReasonCount, ...]
    #: Table rows, highest score first: [score, band, id, url, [reason texts], where].
    rows: list[list[Any]] = field(repr=False)
    #: Flagged and suspicious rows in the output (the table may hold fewer).
    table_total: int = 0
    model_ids: tuple[str, ...] = ()
    #: The most common errors of failed rows (without their file and row), with counts.
    errors: tuple[tuple[str, int], ...] = ()
    page_size: int = 100
    title: str = "Scam triage"


class _Tally:
    """Per-batch counting: only flagged and suspicious rows are kept."""

    def __init__(self, bins: int) -> None:
        self.total = 0
        self.bands: Counter[str] = Counter()
        self.edges = np.linspace(0.0, 1.0, bins + 1)
        self.histogram = np.zeros(bins, dtype=np.int64)
        self.max_legit = -math.inf
        self.min_scam = math.inf
        self.model_ids: set[str] = set()
        self.kept: list[Any] = []
        self.errors: Counter[str] = Counter()

    def add(self, table: Any) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        self.total += len(table)
        failed = pc.fill_null(pc.not_equal(pc.utf8_length(table["error"]), 0), False)
        bands = pc.if_else(failed, pa.scalar(FAILED), pc.fill_null(table["band"], "unscored"))
        for item in pc.value_counts(bands).to_pylist():
            self.bands[_band_group(item["values"])] += item["counts"]
        scores = table["score"]
        ok = pc.drop_null(scores).to_numpy()
        self.histogram += np.histogram(np.clip(ok, 0.0, 1.0), bins=self.edges)[0]
        # Where the labels switch bounds the threshold, for outputs of a model not at hand.
        legit = pc.drop_null(pc.filter(scores, pc.equal(table["label"], "legit")))
        scam = pc.drop_null(pc.filter(scores, pc.equal(table["label"], "scam")))
        if len(legit):
            self.max_legit = max(self.max_legit, float(pc.max(legit).as_py()))
        if len(scam):
            self.min_scam = min(self.min_scam, float(pc.min(scam).as_py()))
        self.model_ids.update(v for v in pc.unique(table["model_id"]).to_pylist() if v)
        keep = pc.fill_null(pc.or_(pc.is_in(bands, pa.array(TABLE_BANDS)),
                                   pc.starts_with(bands, "blocklisted")), False)
        if pc.any(keep).as_py():
            self.kept.append(pc.filter(table.select(list(_KEPT)), keep))
        if pc.any(failed).as_py():
            # "FILE: row N: what went wrong" -> "what went wrong", so equal errors add up.
            what = pc.replace_substring_regex(pc.filter(table["error"], failed),
                                              pattern=_ERROR_WHERE, replacement="")
            for item in pc.value_counts(what).to_pylist():
                self.errors[item["values"]] += item["counts"]


_ERROR_WHERE = r"^.*?: (?:row|line|record) \d+:? "


def _band_group(band: str) -> str:
    """"allowlisted (FILE:LINE)" and the like count under their first word."""
    head = band.split(" (", 1)[0]
    return head if head != band and head in ("allowlisted", "blocklisted") else band


def summarise(inputs: Sequence[str | Path], options: ReportOptions = ReportOptions()) -> Triage:
    """Condense scored outputs into what the triage page shows."""
    import pyarrow as pa
    import pyarrow.compute as pc

    files = scored_files(inputs)
    tally = _Tally(options.bins)
    for path, kind in files:
        for table in read_batches(path, kind):
            tally.add(table)
    kept = (pa.concat_tables(tally.kept) if tally.kept
            else output_schema().empty_table().select(list(_KEPT)))
    kept = kept.take(pc.sort_indices(kept, sort_keys=[("score", "descending")]))
    threshold, note = _threshold(options, tally)
    flagged_mask = pc.fill_null(pc.or_(pc.is_in(kept["band"], pa.array(sorted(FLAGGED_BANDS))),
                                       pc.starts_with(kept["band"], "blocklisted")), False)
    flagged = kept.filter(flagged_mask)
    return Triage(
        sources=tuple(str(p) for p, _ in files),
        total=tally.total,
        bands=_ordered(tally.bands),
        flagged=len(flagged),
        histogram=tuple(int(n) for n in tally.histogram),
        threshold=threshold,
        threshold_note=note,
        reasons=tuple(_reason_counts(flagged["reasons_json"].to_pylist(), options.top_reasons)),
        rows=_table_rows(kept.slice(0, options.max_rows)),
        table_total=len(kept),
        model_ids=tuple(sorted(tally.model_ids)),
        errors=tuple(tally.errors.most_common(5)),
        page_size=options.page_size,
        title=options.title,
    )


def _ordered(counts: Counter[str]) -> dict[str, int]:
    known = [b for b in BANDS if counts.get(b)]
    rest = sorted(b for b in counts if b not in BANDS and b != FAILED)
    tail = [FAILED] if counts.get(FAILED) else []
    return {b: counts[b] for b in known + rest + tail}


def _threshold(options: ReportOptions, tally: _Tally) -> tuple[float | None, str]:
    """The threshold: given, else the model's when the file was scored by it, else inferred."""
    if options.threshold is not None:
        return options.threshold, "given with --threshold"
    from ..modelling.model import MANIFEST_FILE, default_model_dir

    directory = options.model_dir or default_model_dir()
    manifest_path = Path(directory) / MANIFEST_FILE
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        model_id = str(manifest.get("model_id", ""))
        model_threshold = float(manifest["threshold"]["probability"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if options.model_dir is not None:
            raise InputError(f"cannot read the threshold from {str(manifest_path)!r} ({exc}); "
                             "give a model directory written by `detector train`, or "
                             "--threshold") from exc
        model_id, model_threshold = "", math.nan
    if options.model_dir is not None or (model_id and tally.model_ids == {model_id}):
        return model_threshold, f"the decision threshold of model {model_id or directory}"
    if math.isfinite(tally.min_scam):
        low = f"{tally.max_legit:.4f}" if math.isfinite(tally.max_legit) else "0"
        return tally.min_scam, (f"inferred from the label column: between {low} and "
                                f"{tally.min_scam:.4f} (give --model or --threshold to be exact)")
    return None, ("unknown: no row is labelled scam and the scoring model is not at hand; "
                  "give --model or --threshold")


_LABEL_CUT = re.compile(r"\s*(?:\(|:|—)")


def _reason_counts(reasons_json: list[str | None], top: int) -> list[ReasonCount]:
    """The signals most often given as a reason towards scam, one count per row."""
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for raw in reasons_json:
        seen: set[str] = set()
        for item in _parse_reasons(raw):
            name = str(item.get("signal") or item.get("text") or "")
            contribution = item.get("contribution")
            if not name or name in seen or (
                    isinstance(contribution, (int, float)) and contribution <= 0):
                continue
            seen.add(name)
            counts[name] += 1
            examples.setdefault(name, str(item.get("text") or name))
    return [ReasonCount(name, _label(name, examples[name]), n, examples[name])
            for name, n in counts.most_common(top)]


def _parse_reasons(raw: str | None) -> list[dict[str, Any]]:
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return [{"text": raw}]
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _label(signal: str, example: str) -> str:
    """The signal's own reason wording when it is registered, else the example's lead words."""
    from ..signals import get

    try:
        reason = get(signal).reason.rstrip(".")
        return reason[:1].lower() + reason[1:] if not reason[1:2].isupper() else reason
    except KeyError:
        head = _LABEL_CUT.split(example, maxsplit=1)[0]
        return head if len(head) >= 12 else example


def _table_rows(kept: Any) -> list[list[Any]]:
    rows: list[list[Any]] = []
    columns = {name: kept[name].to_pylist() for name in _KEPT}
    for i in range(len(kept)):
        parsed = _parse_reasons(columns["reasons_json"][i])
        texts = [str(r.get("text", "")) for r in parsed if r.get("text")]
        if not texts and columns["reasons"][i]:
            texts = [columns["reasons"][i]]
        row_no = columns["row"][i]
        where = str(columns["source"][i] or "") + (f":{row_no}" if row_no is not None else "")
        score = columns["score"][i]
        rows.append([round(score, 4) if score is not None else None, columns["band"][i],
                     columns["id"][i] or "", columns["url"][i] or "", texts, where])
    return rows
