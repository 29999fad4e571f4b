"""A triage page for a batch run: a ``detector score`` output -> one self-contained HTML file.

:func:`build_report` reads the scored rows (CSV, JSONL or Parquet, optionally gzip-compressed;
a folder of those, e.g. the part files of ``--engine dask``), :func:`summarise` condenses them
into a :class:`Triage` (counts per band, a score histogram, the threshold, the most common
reasons among flagged rows, the flagged and suspicious rows), and :func:`render_html` writes
the page an analyst opens in a browser.

The page makes no network request: CSS, JavaScript and the SVG histogram are inline, and a
Content-Security-Policy allows only this page's own script and style (by hash), so even a
markup injection the escaping missed could neither run nor load anything. Everything that
comes from scored pages (URLs, ids, reasons quoting page words) is hostile: it is escaped in
the HTML, embedded as JSON that cannot close its ``<script>`` element, put into the table with
``textContent`` only, and only ``http(s)`` URLs become links.

Reading is columnar and streaming (pyarrow record batches, only the needed columns): band
counts and the histogram are computed per batch with pyarrow/numpy, and only flagged and
suspicious rows are kept for the table, so a 100,000-row output costs little memory.

One step per module, flowing one way: :mod:`~detector.runs.report_read` (scored files -> pyarrow
batches), :mod:`~detector.runs.report_triage` (batches -> :class:`Triage`),
:mod:`~detector.runs.report_html` (Triage -> page) with :mod:`~detector.runs.report_assets` (the
inline
CSS and script). This module joins them and keeps the public names importable from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .report_html import render_html
from .report_read import read_batches, scored_files
from .report_triage import (
    BANDS,
    FAILED,
    FLAGGED_BANDS,
    TABLE_BANDS,
    ReasonCount,
    ReportOptions,
    Triage,
    summarise,
)

__all__ = [
    "BANDS",
    "FAILED",
    "FLAGGED_BANDS",
    "TABLE_BANDS",
    "ReasonCount",
    "ReportOptions",
    "Triage",
    "build_report",
    "read_batches",
    "render_html",
    "scored_files",
    "summarise",
]


def build_report(inputs: Sequence[str | Path], output: str | Path,
                 options: ReportOptions = ReportOptions()) -> Triage:
    """Read scored outputs, write the triage page to ``output`` and return what it shows."""
    triage = summarise(inputs, options)
    Path(output).write_text(render_html(triage), encoding="utf-8")
    return triage
