"""Read every kind of input row by row: the one reader of ``check``, ``score``, ``train``,
``evaluate`` and the notebook.

Inputs (:func:`list_sources` expands folders, :class:`RecordStream` reads them in order):

* CSV (``.csv``, ``.csv.gz``), JSON Lines (``.jsonl``, ``.ndjson``, optionally ``.gz``) and
  Parquet (``.parquet``, ``.pq``) exports, one page per row. Columns are found by the common
  names in :data:`COLUMN_ALIASES` or an explicit mapping.
* Saved pages (``.html``, ``.htm``, ``.xhtml``, ``.shtml``), one page per file.
* WARC files (``.warc``, ``.warc.gz``; needs the ``warc`` extra): every ``response`` record
  with an HTML content type is one page.
* A corpus folder (``manifest.csv`` with ``id,label,kind,group,lang,url`` + ``pages/<id>.html``,
  the layout of ``../shared/corpus``): one page per manifest row.
* A folder: every file of the kinds above inside it (recursively, sorted by path, hidden files
  skipped; a sub-folder holding ``manifest.csv`` is read as a corpus).

Every row of an input becomes exactly one :class:`Record`. A row that cannot be used (a line
that is not JSON, bytes that are not UTF-8, a page over the size cap, no HTML, a compressed
file cut short) becomes a record with ``error`` set, so the output keeps one row per input row
in input order. Only problems with a whole input (unknown file type, a mapped column that does
not exist) raise :class:`~detector.errors.InputError`. A record becomes a Page in one place,
:func:`detector.input.pagebuild.build_page`.

Training asks for more columns than scoring (``extra_fields``: label, group, kind, lang); they
arrive in :attr:`Record.extra`.

Why the readers are plain Python rather than pyarrow's streaming readers: pyarrow's CSV and
JSON readers fail a whole block on one malformed row or on a row larger than the block
(``straddling object straddles two block boundaries``), and cannot say which row was bad.
Measured on a 392 MB CSV / 402 MB JSONL export of 5-400 KB pages: ``csv.reader`` 173 MB/s at
56 MB RSS against ``pyarrow.csv.open_csv`` 259 MB/s at 364 MB RSS; ``json.loads`` per line
383 MB/s at 56 MB RSS. Feature extraction runs at about 20 MB/s per core, so reading is never
the bottleneck and the simpler, row-exact readers win. Parquet is read with
``pyarrow.parquet.ParquetFile.iter_batches``, which is exact per row.

CSV records are cut by :func:`detector.input.csvsplit.split_records` before ``csv.reader`` parses
each one, so a field far over the page cap costs its row and not the memory (a 120 MB field:
peak RSS 54 MB, 719 MB without; ``benchmarks/bench_csv_field.py``). The second pass costs about
a fifth of the reading speed: 22 against 27 MB/s for a whole ``RecordStream`` on a 105 MB
export of 1-20 page copies a row, measured side by side on a busy 2-core machine.

What a row is lives in :mod:`detector.input.records`, the WARC and corpus readers in
:mod:`detector.input.archives`, the outputs in :mod:`detector.runs.writers` (all re-exported here).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TextIO, cast

from ..config import DEFAULT_SETTINGS, Settings
from ..errors import InputError
from ..runs.writers import (
    OUTPUT_COLUMNS,
    OUTPUT_FORMATS,
    CsvResultWriter,
    JsonlResultWriter,
    ParquetResultWriter,
    ResultWriter,
    Row,
    open_writer,
    output_format,
)
from .archives import read_corpus, read_warc
from .csvsplit import Oversized, split_records
from .records import (
    BROKEN_STREAM,
    COLUMN_ALIASES,
    EXPORT_SUFFIXES,
    Record,
    Source,
    clean_text,
    cut_short,
    file_size,
    is_blank,
    kept_value,
    resolve_columns,
    source_kind,
    too_large,
)
from .sources import _not_parquet, check_keep, list_sources, table_columns

__all__ = [
    "COLUMN_ALIASES", "EXPORT_SUFFIXES", "OUTPUT_COLUMNS", "OUTPUT_FORMATS", "CsvResultWriter",
    "JsonlResultWriter", "ParquetResultWriter", "Record", "RecordStream", "ResultWriter", "Row",
    "Source", "check_keep", "clean_text", "is_blank", "list_sources", "open_writer",
    "output_format", "resolve_columns", "source_kind", "table_columns", "too_large",
]

_NOT_UTF8 = re.compile(r"[\udc80-\udcff]")
# A JSON line may escape every byte of the page (\uXXXX is 6 bytes per character), so a line
# is read up to this many times the page cap before it is refused without parsing.
_JSON_LINE_FACTOR = 6


class RecordStream:
    """Records of many sources, in order, knowing how many input bytes it has consumed.

    ``mapping`` maps our field names (``html``, ``url``, ``page_created``, ...) to an export's
    column names where the common names do not match. ``extra_fields`` (of
    :data:`COLUMN_ALIASES`) are read into :attr:`Record.extra`; a table without a column for
    one of ``required_fields`` is refused as a whole. The values of the ``keep`` columns (input
    names, checked by :func:`check_keep` before anything is read) go to :attr:`Record.kept`.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        mapping: Mapping[str, str] | None = None,
        settings: Settings = DEFAULT_SETTINGS,
        *,
        extra_fields: Sequence[str] = (),
        required_fields: Sequence[str] = (),
        keep: Sequence[str] = (),
    ) -> None:
        self.sources = list(sources)
        self.keep = tuple(keep)
        check_keep(self.sources, self.keep)
        self.mapping = dict(mapping or {})
        self.settings = settings
        unknown = [f for f in (*extra_fields, *required_fields) if f not in COLUMN_ALIASES]
        if unknown:
            raise InputError(f"unknown fields {unknown}; known fields: "
                             + ", ".join(COLUMN_ALIASES))
        self.extra_fields = tuple(extra_fields)
        self.required_fields = tuple(required_fields)
        #: Bytes on disk of all sources, for progress and ETA.
        self.total_bytes = sum(s.size for s in self.sources)
        self._done = 0
        self._tell: Callable[[], int] = lambda: 0

    def consumed_bytes(self) -> int:
        """Bytes on disk read so far (compressed bytes for .gz inputs)."""
        return self._done + self._tell()

    def __iter__(self) -> Iterator[Record]:
        readers: dict[str, Callable[[Source], Iterator[Record]]] = {
            "csv": self._csv, "jsonl": self._jsonl, "parquet": self._parquet,
            "warc": self._warc, "page": self._page, "corpus": self._corpus,
        }
        for source in self.sources:
            self._tell = lambda: 0
            yield from readers[source.kind](source)
            self._done += source.size
        self._tell = lambda: 0

    # -- tables --------------------------------------------------------------------------------
    def _columns(self, source: Source, columns: Sequence[str]) -> dict[str, str]:
        cols = resolve_columns(columns, self.mapping)
        if not {"html", "html_path", "text"} & cols.keys():
            raise InputError(
                f"{source.path!r} has no html, html_path or text column (its columns: "
                + ", ".join(map(repr, list(columns)[:30]))
                + "); map one with --column html=NAME"
            )
        missing = [f for f in self.required_fields if f not in cols]
        if missing:
            raise InputError(
                f"{source.path!r} has no {' or '.join(missing)} column (its columns: "
                + ", ".join(map(repr, list(columns)[:30]))
                + f"); add one (label: scam/legit) or map it with --column {missing[0]}=NAME"
            )
        return cols

    def _open_binary(self, source: Source) -> tuple[IO[bytes], IO[bytes]]:
        """The decompressed stream and the raw file (whose position is the progress)."""
        raw = open(source.path, "rb")  # noqa: SIM115  (closed by the caller)
        self._tell = raw.tell
        if source.path.lower().endswith(".gz"):
            return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")), raw
        return raw, raw

    def _record(self, source: Source, row: int, cols: Mapping[str, str],
                values: Mapping[str, Any]) -> Record:
        def get(field: str) -> Any:
            col = cols.get(field)
            value = values.get(col) if col is not None else None
            return None if _is_missing(value) else value

        rid, url, html = get("id"), get("url"), get("html")
        text, html_path, created = get("text"), get("html_path"), get("page_created")
        ident = None if rid is None else clean_text(str(rid))
        url_s = "" if url is None else clean_text(str(url))
        where = f"{source.path}: row {row}"
        extra = {f: get(f) for f in self.extra_fields} if self.extra_fields else None
        kept = tuple(kept_value(values.get(c)) for c in self.keep)
        if html is not None and not isinstance(html, (bytes, str)):
            return Record(source.path, row, ident, url_s, error=(
                f"{where}: the html value is a {type(html).__name__}, not text; "
                "map the column holding the page's HTML with --column html=NAME"), extra=extra,
                kept=kept)
        text_s = "" if text is None else str(text)
        as_of = get("as_of")
        if is_blank(html) and html_path is not None and not is_blank(str(html_path)):
            hp = Path(str(html_path))
            hp = hp if hp.is_absolute() else Path(source.path).parent / hp
            return Record(source.path, row, ident, url_s, html_path=str(hp), text=text_s,
                          page_created=created, size=file_size(hp), as_of=as_of, extra=extra,
                          kept=kept)
        if is_blank(html) and is_blank(text_s):
            return Record(source.path, row, ident, url_s, error=(
                f"{where}: no HTML (empty or missing) and no text to score; check the export "
                "or map the HTML column with --column html=NAME"), extra=extra, kept=kept)
        size = len(html) if html is not None else len(text_s)
        return Record(source.path, row, ident, url_s, html=html, text=text_s,
                      page_created=created, size=size, as_of=as_of, extra=extra, kept=kept)

    def _csv(self, source: Source) -> Iterator[Record]:
        # Records are cut by split_records before csv.reader parses them one at a time: a row
        # too long to be a page at the cap (every HTML quote doubled, plus 1 MiB of other
        # columns) is skipped without being held, and costs only its own row. (The field limit
        # is process-wide in the csv module; raising it harms no other reader.)
        cap = self.settings.max_page_bytes
        limit = 2 * cap + (1 << 20)
        csv.field_size_limit(max(limit, 1 << 27))
        stream, raw = self._open_binary(source)
        # surrogateescape keeps going past bytes that are not UTF-8, so that the row holding
        # them is reported, not the whole file.
        with raw, stream, io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape",
                                           newline="") as text:
            cut = _UntilCut(text)
            # split_records only calls read(n), which _UntilCut provides.
            records = _cut_aware(split_records(cast(TextIO, cut), limit), cut)
            try:
                first = next(records, None)
                if first is None:
                    return
                if isinstance(first, BaseException):
                    raise InputError(cut_short(source, "the header", first)) from first
                if isinstance(first, Oversized):
                    raise InputError(f"{source.path!r}: the first line, the CSV header, is "
                                     f"{first.chars:,} characters long; check that the file "
                                     "is CSV")
                header = next(csv.reader([first]), [])
            except csv.Error as exc:
                raise InputError(f"{source.path!r}: the CSV header cannot be read ({exc}); "
                                 "check that the file is CSV") from exc
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            cols = self._columns(source, header)
            wanted = {c: header.index(c) for c in (*cols.values(), *self.keep)}
            row = 0
            while True:
                row += 1
                piece = next(records, None)
                if piece is None:
                    return
                if isinstance(piece, BaseException):
                    yield Record(source.path, row, error=cut_short(source, f"row {row}", piece))
                    return
                if isinstance(piece, Oversized):
                    yield Record(source.path, row, error=(
                        f"{source.path}: row {row}: page too large: the row is "
                        f"{piece.chars:,} characters, over what a page of the {cap:,}-byte cap "
                        "can take; raise it with --max-page-bytes if this page is genuine"))
                    continue
                try:
                    fields = next(csv.reader([piece]), [])
                except csv.Error as exc:
                    # Each record is parsed on its own, so a broken one costs only its row.
                    yield Record(source.path, row, error=(
                        f"{source.path}: row {row}: {exc}; fix the quoting of this row or "
                        "re-export the file"))
                    continue
                if not fields:
                    row -= 1  # csv yields [] for a blank line, which is not a row
                    continue
                if len(fields) != len(header):
                    yield Record(source.path, row, error=(
                        f"{source.path}: row {row} has {len(fields)} fields but the header has "
                        f"{len(header)}; check the quoting of this row"))
                    continue
                values = {c: fields[i] for c, i in wanted.items()}
                bad = next((c for c, v in values.items()
                            if not v.isascii() and _NOT_UTF8.search(v)), None)
                if bad is not None:
                    yield Record(source.path, row, error=(
                        f"{source.path}: row {row}: column {bad!r} holds bytes that are not "
                        "UTF-8; re-save the export as UTF-8"))
                    continue
                yield self._record(source, row, cols, values)

    def _jsonl(self, source: Source) -> Iterator[Record]:
        stream, raw = self._open_binary(source)
        limit = self.settings.max_page_bytes * _JSON_LINE_FACTOR + 65536
        seen: dict[tuple[str, ...], dict[str, str]] = {}
        first_object = 0
        with raw, stream:
            lineno = 0
            while True:
                try:
                    line = stream.readline(limit)
                except BROKEN_STREAM as exc:
                    yield Record(source.path, lineno + 1,
                                 error=cut_short(source, f"line {lineno + 1}", exc))
                    return
                if not line:
                    return
                lineno += 1
                if len(line) >= limit and not line.endswith(b"\n"):
                    try:
                        skipped = len(line) + _skip_line(stream)
                    except BROKEN_STREAM as exc:
                        yield Record(source.path, lineno,
                                     error=cut_short(source, f"line {lineno}", exc))
                        return
                    yield Record(source.path, lineno, error=(
                        f"{source.path}: line {lineno}: page too large: the line is {skipped:,} "
                        f"bytes, over what a page of the {self.settings.max_page_bytes:,}-byte "
                        "cap can take; raise it with --max-page-bytes if this page is genuine"))
                    continue
                if line.isspace():
                    continue  # blank lines separate nothing in JSON Lines; they are not rows
                try:
                    # JSON Lines is UTF-8 by definition; json.loads(bytes) would guess UTF-16.
                    obj = json.loads(line.decode("utf-8"))
                except UnicodeDecodeError:
                    yield Record(source.path, lineno, error=(
                        f"{source.path}: line {lineno} holds bytes that are not UTF-8; "
                        "re-save the export as UTF-8"))
                    continue
                except ValueError as exc:
                    yield Record(source.path, lineno, error=(
                        f"{source.path}: line {lineno} is not valid JSON ({exc}); fix or "
                        "remove the line (JSON Lines: one JSON object a line)"))
                    continue
                except RecursionError:
                    # json.loads recurses once per nesting level; a hostile line of a million
                    # brackets must cost its row, not the run.
                    yield Record(source.path, lineno, error=(
                        f"{source.path}: line {lineno} is JSON nested too deeply to read; "
                        "an export row is one flat object"))
                    continue
                if not isinstance(obj, dict):
                    yield Record(source.path, lineno, error=(
                        f"{source.path}: line {lineno} is a JSON {type(obj).__name__}, "
                        "not an object; each line must be one object of the page's columns"))
                    continue
                first_object = first_object or lineno
                keys = tuple(obj)
                cols = seen.get(keys)
                if cols is None:
                    if lineno == first_object:  # it decides whether the mapping makes sense
                        cols = self._columns(source, keys)
                    else:  # objects may differ in keys; a key absent here is a missing value
                        cols = resolve_columns(keys, {f: c for f, c in self.mapping.items()
                                                      if c in obj})
                    if len(seen) > 1000:  # every line with other keys: do not grow forever
                        seen.clear()
                    seen[keys] = cols
                yield self._record(source, lineno, cols, obj)

    def _parquet(self, source: Source) -> Iterator[Record]:
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(source.path)
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise InputError(_not_parquet(source, exc)) from exc
        with pf:
            names = pf.schema_arrow.names
            cols = self._columns(source, names)
            wanted = sorted({*cols.values(), *self.keep}, key=names.index)
            total = max(pf.metadata.num_rows, 1)
            done = 0
            self._tell = lambda: source.size * done // total
            for batch in pf.iter_batches(batch_size=256, columns=wanted):
                data = {c: batch.column(c).to_pylist() for c in wanted}
                for i in range(batch.num_rows):
                    yield self._record(source, done + i + 1, cols,
                                       {c: v[i] for c, v in data.items()})
                done += batch.num_rows

    def _page(self, source: Source) -> Iterator[Record]:
        yield Record(source.path, None, html_path=source.path, size=source.size)

    def _on_open(self, tell: Callable[[], int]) -> None:
        self._tell = tell

    def _corpus(self, source: Source) -> Iterator[Record]:
        return read_corpus(source, self.extra_fields, self.required_fields, self._on_open)

    def _warc(self, source: Source) -> Iterator[Record]:
        return read_warc(source, self.settings.max_page_bytes, self._on_open)

class _UntilCut:
    """A text stream that ends where its file stops being readable (a ``.gz`` cut short),
    keeping the error: the records before the cut are still read."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self.error: BaseException | None = None

    def read(self, n: int) -> str:
        parts: list[str] = []
        got = 0
        while got < n and self.error is None:
            try:
                # Small reads: what the decompressor gave before the cut is not lost with it.
                part = self._text.read(min(8192, n - got))
            except BROKEN_STREAM as exc:
                self.error = exc
                break
            if not part:
                break
            parts.append(part)
            got += len(part)
        return "".join(parts)


def _cut_aware(pieces: Iterator[str | Oversized], cut: _UntilCut,
               ) -> Iterator[str | Oversized | BaseException]:
    """``pieces``, then the cut's error if the file was cut; the record the cut went through
    (the last, without its line ending) is replaced by that error."""
    last: str | Oversized | None = None
    for piece in pieces:
        if last is not None:
            yield last
        last = piece
    if cut.error is None:
        if last is not None:
            yield last
        return
    if last is not None and (isinstance(last, Oversized) or last.endswith(("\n", "\r"))):
        yield last
    yield cut.error


def _skip_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        part = stream.readline(1 << 20)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and value == ""


