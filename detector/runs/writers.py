"""Batch outputs: CSV, JSON Lines (either optionally gzip-compressed) or Parquet, written chunk by
chunk with the fixed columns of :data:`OUTPUT_COLUMNS`.

Files are opened without following a symbolic link (a link planted where the output goes must
not redirect it). In CSV output a text cell that a spreadsheet would run as a formula (it starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading ``'``:
page-supplied text such as a URL taken from a saved page must not become a formula when an
analyst opens the file. JSON Lines and Parquet keep every value as it is.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Protocol

from ..errors import InputError
from ..input.records import source_kind

# What spreadsheet programs read as the start of a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

#: Columns of every batch output, in order. ``source`` and ``row`` say where the input row is:
#: the export file and its 1-based row (JSONL: line number; WARC: record number), or the saved
#: page's path (``row`` empty). ``id`` and ``url`` are the input's own identifiers (WARC:
#: ``WARC-Record-ID`` and ``WARC-Target-URI``).
OUTPUT_COLUMNS: tuple[str, ...] = (
    "source", "row", "id", "url",
    "score", "label", "band", "reasons", "reasons_json", "model_id", "error",
)
OUTPUT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")

#: One output row, values in :data:`OUTPUT_COLUMNS` order.
Row = tuple[Any, ...]


class ResultWriter(Protocol):
    """Writes output rows as they come; ``close`` flushes and finishes the file."""

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows (values in :data:`OUTPUT_COLUMNS` order)."""

    def close(self) -> None:
        """Finish the output (and close the file, unless it was given open)."""


def output_format(target: str | Path | None, fmt: str | None = None) -> str:
    """The output format: ``fmt`` when given, else from the file name; JSONL for stdout."""
    if fmt is not None:
        if fmt not in OUTPUT_FORMATS:
            raise InputError(f"output format {fmt!r} is unknown; use one of "
                             + ", ".join(OUTPUT_FORMATS))
        return fmt
    if target is None or str(target) == "-":
        return "jsonl"
    kind = source_kind(target)  # one list of file endings for inputs and outputs
    if kind in OUTPUT_FORMATS:
        return kind
    raise InputError(
        f"cannot tell the output format from {str(target)!r}; end the name in .csv, .jsonl or "
        ".parquet, or give --format"
    )


def _as_text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else json.dumps(value)


def open_no_follow(path: str | Path, append: bool = False) -> BinaryIO:
    """``open(path, "wb")`` (``"ab"`` with ``append``) that refuses to write through a symbolic
    link."""
    flags = (os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
             | getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        raise InputError(f"cannot write {str(path)!r} ({exc.strerror or exc}); if it is a "
                         "symbolic link, remove it or write elsewhere") from exc
    return os.fdopen(fd, "wb")


def neutralise_formula(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with ``= + - @`` (or a
    tab or carriage return) gets a leading ``'``; other values are returned as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def open_writer(target: str | Path | BinaryIO, fmt: str,
                kept: Sequence[str] = (), append: bool = False) -> ResultWriter:
    """A streaming writer of ``fmt`` into a file path or an open binary stream (left open).

    ``kept`` names input columns (``score --keep``) written after :data:`OUTPUT_COLUMNS`, under
    their input names; their values end each row. ``append`` adds rows to a CSV or JSON Lines
    file a writer finished before (no second header; a ``.gz`` file gets a second gzip member,
    which gzip readers read on). Parquet is not appended to: see
    :meth:`ParquetResultWriter.copy_from`.
    """
    if fmt == "parquet":
        if not isinstance(target, (str, Path)):
            raise InputError("Parquet cannot be written to standard output; give a file name")
        return ParquetResultWriter(target, kept=kept)
    if isinstance(target, (str, Path)):
        path = Path(target)
        raw: BinaryIO = open_no_follow(path, append)
        stream: BinaryIO = (gzip.GzipFile(fileobj=raw, mode="wb")  # type: ignore[assignment]
                            if path.name.lower().endswith(".gz") else raw)
        owned: list[BinaryIO] = [stream, raw] if stream is not raw else [raw]
    else:
        stream, owned = target, []
    if fmt == "csv":
        return CsvResultWriter(stream, owned, kept, header=not append)
    if fmt == "jsonl":
        return JsonlResultWriter(stream, owned, kept)
    raise InputError(f"output format {fmt!r} is unknown; use one of " + ", ".join(OUTPUT_FORMATS))


class _TextWriter:
    def __init__(self, stream: BinaryIO, owned: list[BinaryIO], kept: Sequence[str] = ()) -> None:
        self.columns = (*OUTPUT_COLUMNS, *kept)
        self._owned = owned
        self._closed = False
        self._text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="",
                                      write_through=False)

    def close(self) -> None:
        """Flush; close the file if this writer opened it (stdout is left open)."""
        if self._closed:
            return
        self._closed = True
        self._text.flush()
        self._text.detach()
        for f in self._owned:
            f.close()

    def __enter__(self) -> _TextWriter:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class CsvResultWriter(_TextWriter):
    """CSV with a header row; empty cells for missing values."""

    def __init__(self, stream: BinaryIO, owned: list[BinaryIO], kept: Sequence[str] = (),
                 header: bool = True) -> None:
        super().__init__(stream, owned, kept)
        self._csv = csv.writer(self._text)
        if header:
            self._csv.writerow(tuple(map(neutralise_formula, self.columns)))

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows (text cells that look like formulas neutralised)."""
        self._csv.writerows([tuple(map(neutralise_formula, r)) for r in rows])
        self._text.flush()


class JsonlResultWriter(_TextWriter):
    """One JSON object per line; ``null`` for missing values."""

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows."""
        dumps = json.dumps
        self._text.write("".join(
            dumps(dict(zip(self.columns, r, strict=True)), ensure_ascii=False) + "\n"
            for r in rows
        ))
        self._text.flush()


class ParquetResultWriter:
    """Parquet with a fixed schema, one row group per ``rows_per_group`` rows; kept input
    columns are text (a column's type may differ between inputs and rows)."""

    def __init__(self, path: str | Path, rows_per_group: int = 2_000,
                 kept: Sequence[str] = ()) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = pa.schema([
            ("source", pa.string()), ("row", pa.int64()), ("id", pa.string()),
            ("url", pa.string()), ("score", pa.float64()), ("label", pa.string()),
            ("band", pa.string()), ("reasons", pa.string()), ("reasons_json", pa.string()),
            ("model_id", pa.string()), ("error", pa.string()),
            *((name, pa.string()) for name in kept),
        ])
        self._n_kept = len(kept)
        self._file = open_no_follow(path)
        self._writer = pq.ParquetWriter(self._file, self.schema)
        self._rows: list[Row] = []
        self._per_group = rows_per_group
        self._closed = False

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows; a row group is written each ``rows_per_group`` rows."""
        self._rows.extend(rows)
        if len(self._rows) >= self._per_group:
            self._flush()

    def copy_from(self, path: str | Path) -> int:
        """Write the rows of a Parquet file this class wrote (one row group at a time, so
        memory stays flat); returns how many."""
        import pyarrow.parquet as pq

        self._flush()
        source = pq.ParquetFile(path)
        try:
            for i in range(source.num_row_groups):
                self._writer.write_table(source.read_row_group(i).cast(self.schema))
            return int(source.metadata.num_rows)
        finally:
            source.close()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = list(zip(*self._rows, strict=True))
        if self._n_kept:
            columns[-self._n_kept:] = [tuple(map(_as_text, col))
                                       for col in columns[-self._n_kept:]]
        self._writer.write_table(self._pa.Table.from_arrays(
            [self._pa.array(col, type=f.type) for col, f in zip(columns, self.schema,
                                                                 strict=True)],
            schema=self.schema,
        ))
        self._rows = []

    def close(self) -> None:
        """Write the last row group and the footer."""
        if self._closed:
            return
        self._closed = True
        self._flush()
        self._writer.close()
        self._file.close()

    def __enter__(self) -> ParquetResultWriter:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
