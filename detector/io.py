"""Read page exports row by row and write batch results as they come.

Inputs (:func:`list_sources` expands folders, :class:`RecordStream` reads them in order):

* CSV (``.csv``, ``.csv.gz``), JSON Lines (``.jsonl``, ``.ndjson``, optionally ``.gz``) and
  Parquet (``.parquet``, ``.pq``) exports, one page per row. Columns are found by the common
  names in :data:`detector.datasets.COLUMN_ALIASES` or an explicit mapping.
* Saved pages (``.html``, ``.htm``, ``.xhtml``, ``.shtml``), one page per file.
* WARC files (``.warc``, ``.warc.gz``; needs the ``warc`` extra): every ``response`` record
  with an HTML content type is one page.
* A folder: every file of the kinds above inside it (recursively, sorted by path, hidden files
  skipped).

Every row of an input becomes exactly one :class:`Record`. A row that cannot be used (a line
that is not JSON, bytes that are not UTF-8, a page over the size cap, no HTML) becomes a record
with ``error`` set, so the output keeps one row per input row in input order. Only problems
with a whole input (unknown file type, a mapped column that does not exist) raise
:class:`~detector.errors.InputError`.

Why the readers are plain Python rather than pyarrow's streaming readers: pyarrow's CSV and
JSON readers fail a whole block on one malformed row or on a row larger than the block
(``straddling object straddles two block boundaries``), and cannot say which row was bad.
Measured on a 392 MB CSV / 402 MB JSONL export of 5-400 KB pages: ``csv.reader`` 173 MB/s at
56 MB RSS against ``pyarrow.csv.open_csv`` 259 MB/s at 364 MB RSS; ``json.loads`` per line
383 MB/s at 56 MB RSS. Feature extraction runs at about 20 MB/s per core, so reading is never
the bottleneck and the simpler, row-exact readers win. Parquet is read with
``pyarrow.parquet.ParquetFile.iter_batches``, which is exact per row.

Outputs (:func:`open_writer`): CSV, JSON Lines (either optionally gzip-compressed) or Parquet,
written chunk by chunk with the fixed columns of :data:`OUTPUT_COLUMNS`.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO, Protocol, cast

from .config import DEFAULT_SETTINGS, Settings
from .datasets import resolve_columns
from .errors import InputError, PageTooLargeError

#: Input kinds by file-name ending (checked longest first).
EXPORT_SUFFIXES: Mapping[str, str] = {
    ".csv": "csv",
    ".csv.gz": "csv",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
    ".ndjson.gz": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".html": "page",
    ".htm": "page",
    ".xhtml": "page",
    ".shtml": "page",
}

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

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
# Browsers stamp saved pages with where they came from ("Mark of the Web").
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_NOT_UTF8 = re.compile(r"[\udc80-\udcff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A JSON line may escape every byte of the page (\uXXXX is 6 bytes per character), so a line
# is read up to this many times the page cap before it is refused without parsing.
_JSON_LINE_FACTOR = 6


@dataclass(frozen=True)
class Source:
    """One input file and how to read it."""

    path: str
    #: ``csv``, ``jsonl``, ``parquet``, ``warc`` or ``page``.
    kind: str
    size: int


@dataclass(frozen=True, slots=True)
class Record:
    """One input row: where it is, what to score, or why it cannot be scored.

    ``html_path`` (a saved page or an export's ``html_path`` column) is read by whoever scores
    the record, so reading the pages runs in the scoring workers, not in the reader.
    """

    source: str
    row: int | None
    id: str | None = None
    url: str = ""
    html: bytes | str | None = None
    html_path: str | None = None
    text: str = ""
    page_created: object = None
    charset: str | None = None
    error: str | None = None
    #: Approximate size in bytes, used to cut chunks of similar weight.
    size: int = 0


def source_kind(path: str | Path) -> str | None:
    """The input kind of a file name (``csv``, ``jsonl``, ``parquet``, ``warc``, ``page``)."""
    name = str(path).lower()
    for suffix in sorted(EXPORT_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return EXPORT_SUFFIXES[suffix]
    return None


def list_sources(inputs: Sequence[str | Path]) -> list[Source]:
    """The files to read, in order: files as given, folders expanded recursively by path."""
    out: list[Source] = []
    for given in inputs:
        p = Path(given)
        if p.is_dir():
            found = [
                Source(str(f), kind, f.stat().st_size)
                for f in _walk(p)
                if (kind := source_kind(f)) is not None
            ]
            if not found:
                raise InputError(
                    f"folder {str(p)!r} holds no .html pages and no .csv, .jsonl, .parquet or "
                    ".warc files; give a folder of saved pages or exports"
                )
            out.extend(found)
        elif p.is_file():
            kind = source_kind(p)
            if kind is None:
                raise InputError(
                    f"{str(p)!r}: unknown file type; give .csv, .jsonl(.gz), .parquet, "
                    ".warc(.gz), .html or a folder of those (a JSON Lines file must end in "
                    ".jsonl)"
                )
            out.append(Source(str(p), kind, p.stat().st_size))
        else:
            raise InputError(f"input {str(p)!r} does not exist; give a file or a folder")
    return out


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


class RecordStream:
    """Records of many sources, in order, knowing how many input bytes it has consumed.

    ``mapping`` maps our field names (``html``, ``url``, ``page_created``, ...) to an export's
    column names where the common names do not match.
    """

    def __init__(
        self,
        sources: Sequence[Source],
        mapping: Mapping[str, str] | None = None,
        settings: Settings = DEFAULT_SETTINGS,
    ) -> None:
        self.sources = list(sources)
        self.mapping = dict(mapping or {})
        self.settings = settings
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
            "warc": self._warc, "page": self._page,
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
        ident = None if rid is None else _clean(str(rid))
        url_s = "" if url is None else _clean(str(url))
        where = f"{source.path}: row {row}"
        if html is not None and not isinstance(html, (bytes, str)):
            return Record(source.path, row, ident, url_s, error=(
                f"{where}: the html value is a {type(html).__name__}, not text; "
                "map the column holding the page's HTML with --column html=NAME"))
        text_s = "" if text is None else str(text)
        if _blank(html) and html_path is not None and not _blank(str(html_path)):
            hp = Path(str(html_path))
            hp = hp if hp.is_absolute() else Path(source.path).parent / hp
            return Record(source.path, row, ident, url_s, html_path=str(hp), text=text_s,
                          page_created=created, size=_file_size(hp))
        if _blank(html) and _blank(text_s):
            return Record(source.path, row, ident, url_s, error=(
                f"{where}: no HTML (empty or missing) and no text to score; check the export "
                "or map the HTML column with --column html=NAME"))
        size = len(html) if html is not None else len(text_s)
        return Record(source.path, row, ident, url_s, html=html, text=text_s,
                      page_created=created, size=size)

    def _csv(self, source: Source) -> Iterator[Record]:
        # A field may hold a whole page; the real cap is applied per page, after reading. (The
        # limit is process-wide in the csv module; raising it harms no other reader.)
        csv.field_size_limit(max(self.settings.max_page_bytes * 4, 1 << 27))
        stream, raw = self._open_binary(source)
        # surrogateescape keeps going past bytes that are not UTF-8, so that the row holding
        # them is reported, not the whole file.
        with raw, stream, io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape",
                                           newline="") as text:
            reader = csv.reader(text)
            try:
                header = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InputError(f"{source.path!r}: the CSV header cannot be read: {exc}") from exc
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            cols = self._columns(source, header)
            wanted = {c: header.index(c) for c in cols.values()}
            row = 0
            while True:
                row += 1
                try:
                    fields = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    # The csv module cannot resynchronise after a broken row: report it and
                    # stop reading this file rather than score the rest misaligned.
                    yield Record(source.path, row, error=(
                        f"{source.path}: row {row}: {exc}; the rest of this file was not read. "
                        "Fix the quoting around this row or re-export the file"))
                    return
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
                line = stream.readline(limit)
                if not line:
                    return
                lineno += 1
                if len(line) >= limit and not line.endswith(b"\n"):
                    skipped = len(line) + _skip_line(stream)
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
                        f"{source.path}: line {lineno} is not valid JSON ({exc})"))
                    continue
                if not isinstance(obj, dict):
                    yield Record(source.path, lineno, error=(
                        f"{source.path}: line {lineno} is a JSON {type(obj).__name__}, "
                        "not an object"))
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
            raise InputError(f"{source.path!r} is not a readable Parquet file: {exc}") from exc
        with pf:
            names = pf.schema_arrow.names
            cols = self._columns(source, names)
            wanted = sorted(set(cols.values()), key=names.index)
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

    def _warc(self, source: Source) -> Iterator[Record]:
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError as exc:
            raise InputError(
                f"reading WARC files ({source.path!r}) needs the warc extra: "
                "pip install 'giveaway-scam-detector[warc]'"
            ) from exc
        cap = self.settings.max_page_bytes
        with open(source.path, "rb") as raw:
            self._tell = raw.tell
            number = 0
            try:
                for rec in ArchiveIterator(raw):
                    number += 1
                    if rec.rec_type != "response" or rec.http_headers is None:
                        continue
                    ctype = rec.http_headers.get_header("Content-Type") or ""
                    if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
                        continue
                    rid = rec.rec_headers.get_header("WARC-Record-ID")
                    url = _clean(rec.rec_headers.get_header("WARC-Target-URI") or "")
                    try:
                        body = rec.content_stream().read(cap + 1)
                    except Exception as exc:  # damaged gzip/chunked payloads, from zlib or warcio
                        yield Record(source.path, number, rid, url, error=(
                            f"{source.path}: record {number}: the payload cannot be decoded "
                            f"({exc})"))
                        continue
                    if len(body) > cap:
                        yield Record(source.path, number, rid, url, error=(
                            f"{source.path}: record {number}: {_too_large(None, cap)}"))
                        continue
                    if _blank(body):
                        yield Record(source.path, number, rid, url, error=(
                            f"{source.path}: record {number}: empty HTML"))
                        continue
                    m = _CHARSET.search(ctype)
                    yield Record(source.path, number, rid, url, html=body,
                                 charset=m.group(1) if m else None, size=len(body))
            except Exception as exc:  # warcio raises ArchiveLoadFailed and zlib/OSError types
                yield Record(source.path, number + 1, error=(
                    f"{source.path}: record {number + 1} cannot be read ({exc}); the rest of "
                    "this WARC file was not read"))


def load_html(record: Record, settings: Settings = DEFAULT_SETTINGS) -> tuple[bytes | str, str]:
    """The page's HTML and URL: given inline, or read from ``html_path`` within the size cap.

    Raises PageTooLargeError over ``settings.max_page_bytes`` and InputError when the file
    cannot be read or is empty. A saved page's URL comes from the browser's
    ``<!-- saved from url=... -->`` stamp when the record has none.
    """
    cap = settings.max_page_bytes
    if record.html is not None:
        size = len(record.html) if isinstance(record.html, bytes) else _utf8_len(record.html)
        if size > cap:
            raise PageTooLargeError(_too_large(size, cap))
        return record.html, record.url
    if record.html_path is None:
        return "", record.url
    path = record.html_path
    try:
        with open(path, "rb") as fh:
            data = fh.read(cap + 1)
            if len(data) > cap:
                raise PageTooLargeError(_too_large(os.fstat(fh.fileno()).st_size, cap))
    except OSError as exc:
        raise InputError(
            f"cannot read the page file {path!r} ({exc.strerror or exc}); check the html_path "
            "(relative paths are taken from the export's folder)"
        ) from exc
    if _blank(data):
        raise InputError(f"the page file {path!r} is empty")
    url = record.url
    if not url:
        m = _SAVED_FROM.search(data[:2048])
        if m:
            url = _clean(m.group(1).decode("utf-8", "replace"))
    return data, url


def _too_large(size: int | None, cap: int) -> str:
    """The message for a page over the cap; ``size`` None when only "more than cap" is known."""
    what = f"{size:,} bytes" if size is not None else f"more than {cap:,} bytes"
    return (
        f"page too large: {what} against the {cap:,}-byte cap; raise it with "
        "DETECTOR_MAX_PAGE_BYTES or --max-page-bytes if this page is genuine"
    )


def _utf8_len(text: str) -> int:
    # Most pages are ASCII; counting needs no copy for them.
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


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


def _blank(value: bytes | str | None) -> bool:
    # isspace() stops at the first visible character; strip() would copy a 20 MB page.
    return not value or value.isspace()


def _clean(text: str) -> str:
    """Text safe to write as UTF-8: lone surrogates (from JSON or bad bytes) become U+FFFD."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


# -- writers ---------------------------------------------------------------------------------


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
    name = str(target).lower().removesuffix(".gz")
    for suffix, kind in ((".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"),
                         (".parquet", "parquet"), (".pq", "parquet")):
        if name.endswith(suffix):
            return kind
    raise InputError(
        f"cannot tell the output format from {str(target)!r}; end the name in .csv, .jsonl or "
        ".parquet, or give --format"
    )


def open_writer(target: str | Path | BinaryIO, fmt: str) -> ResultWriter:
    """A streaming writer of ``fmt`` into a file path or an open binary stream (left open)."""
    if fmt == "parquet":
        if not isinstance(target, (str, Path)):
            raise InputError("Parquet cannot be written to standard output; give a file name")
        return ParquetResultWriter(target)
    if isinstance(target, (str, Path)):
        path = Path(target)
        raw: BinaryIO = open(path, "wb")  # noqa: SIM115  (closed by the writer)
        stream: BinaryIO = (gzip.GzipFile(fileobj=raw, mode="wb")  # type: ignore[assignment]
                            if path.name.lower().endswith(".gz") else raw)
        owned: list[BinaryIO] = [stream, raw] if stream is not raw else [raw]
    else:
        stream, owned = target, []
    if fmt == "csv":
        return CsvResultWriter(stream, owned)
    if fmt == "jsonl":
        return JsonlResultWriter(stream, owned)
    raise InputError(f"output format {fmt!r} is unknown; use one of " + ", ".join(OUTPUT_FORMATS))


class _TextWriter:
    def __init__(self, stream: BinaryIO, owned: list[BinaryIO]) -> None:
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

    def __init__(self, stream: BinaryIO, owned: list[BinaryIO]) -> None:
        super().__init__(stream, owned)
        self._csv = csv.writer(self._text)
        self._csv.writerow(OUTPUT_COLUMNS)

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows."""
        self._csv.writerows(rows)
        self._text.flush()


class JsonlResultWriter(_TextWriter):
    """One JSON object per line; ``null`` for missing values."""

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows."""
        dumps = json.dumps
        self._text.write("".join(
            dumps(dict(zip(OUTPUT_COLUMNS, r, strict=True)), ensure_ascii=False) + "\n"
            for r in rows
        ))
        self._text.flush()


class ParquetResultWriter:
    """Parquet with a fixed schema, one row group per ``rows_per_group`` rows."""

    def __init__(self, path: str | Path, rows_per_group: int = 2_000) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.schema = pa.schema([
            ("source", pa.string()), ("row", pa.int64()), ("id", pa.string()),
            ("url", pa.string()), ("score", pa.float64()), ("label", pa.string()),
            ("band", pa.string()), ("reasons", pa.string()), ("reasons_json", pa.string()),
            ("model_id", pa.string()), ("error", pa.string()),
        ])
        self._writer = pq.ParquetWriter(str(path), self.schema)
        self._rows: list[Row] = []
        self._per_group = rows_per_group
        self._closed = False

    def write(self, rows: Sequence[Row]) -> None:
        """Append rows; a row group is written each ``rows_per_group`` rows."""
        self._rows.extend(rows)
        if len(self._rows) >= self._per_group:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = list(zip(*self._rows, strict=True))
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

    def __enter__(self) -> ParquetResultWriter:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
