"""Readers of the inputs that hold many pages without being tables: WARC crawls and corpus
folders (``manifest.csv`` + ``pages/<id>.html``). :class:`detector.input.io.RecordStream` calls
them;
like every reader they turn each row into exactly one :class:`~detector.input.records.Record`."""

from __future__ import annotations

import csv
import gzip
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, cast

from ..errors import InputError
from .records import (
    BROKEN_STREAM,
    Record,
    Source,
    clean_text,
    cut_short,
    file_size,
    is_blank,
    too_large,
)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)
#: The file of a corpus folder that makes it one input (with ``pages/<id>.html`` beside it).
CORPUS_MANIFEST = "manifest.csv"


class _UntilCut:
    """A binary stream that ends quietly where its file was cut short, remembering that it was
    (so the reader can name the cut instead of raising mid-record or stopping silently)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.cut: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        if self.cut is not None:
            return b""
        try:
            return self._stream.read(size)
        except BROKEN_STREAM as exc:
            self.cut = exc
            return b""

    def readline(self, size: int = -1) -> bytes:
        if self.cut is not None:
            return b""
        try:
            return self._stream.readline(size)
        except BROKEN_STREAM as exc:
            self.cut = exc
            return b""

    def tell(self) -> int:
        return self._stream.tell()

    def close(self) -> None:
        self._stream.close()


def _cut_in_record(rec: Any) -> bool:
    """Whether a WARC record whose payload was read to its end ended before its declared
    length (its raw stream still expects bytes that the file does not have)."""
    left = getattr(rec.raw_stream, "limit", 0)
    return isinstance(left, int) and left > 0 and not rec.raw_stream.read(1)


def read_corpus(source: Source, extra_fields: Sequence[str], required_fields: Sequence[str],
                on_open: Callable[[Callable[[], int]], None]) -> Iterator[Record]:
    """A corpus folder: one record per ``manifest.csv`` row, the page in ``pages/<id>.html``.

    Its ``path`` column is where the page was found upstream, not a file here, so columns
    are read by their corpus names rather than by the export aliases.
    """
    root = Path(source.path)
    manifest = root / CORPUS_MANIFEST
    try:
        with open(manifest, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{str(manifest)!r} cannot be read as a corpus manifest ({exc}); "
                         "a corpus folder holds manifest.csv and pages/") from exc
    need = [f for f in ("id", *required_fields) if rows and f not in rows[0]]
    if need:
        raise InputError(f"{str(manifest)!r} has no {' or '.join(need)} column; a corpus "
                         "manifest has id,label,kind,group,lang,url columns")
    pages = root / "pages"
    done = 0
    on_open(lambda: source.size * done // max(len(rows), 1))
    for n, row in enumerate(rows, 1):
        done = n
        pid = row.get("id") or ""
        extra = {
            "label": row.get("label"),
            "group": row.get("group") or row.get("repo") or pid,
            "kind": row.get("kind", ""),
            "lang": row.get("lang", ""),
        }
        path = pages / f"{pid}.html"
        yield Record(str(root), n, clean_text(pid), clean_text(row.get("url") or ""),
                     html_path=str(path), size=file_size(path),
                     extra={f: extra.get(f) for f in extra_fields} or None)


def read_warc(source: Source, cap: int,
              on_open: Callable[[Callable[[], int]], None]) -> Iterator[Record]:
    """A WARC file (``.warc``, ``.warc.gz``): one record per ``response`` with an HTML content
    type, numbered by its place among all records. ``on_open`` gets the progress function."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:
        raise InputError(
            f"reading WARC files ({source.path!r}) needs the warc extra: "
            "pip install 'giveaway-scam-detector[warc]'"
        ) from exc
    with open(source.path, "rb") as raw:
        on_open(raw.tell)
        # warcio stops quietly where a gzip member is cut short, dropping every record
        # after it; Python's gzip reader raises EOFError there, which _UntilCut remembers.
        stream = _UntilCut(cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
                           if source.path.lower().endswith(".gz") else raw)
        number = 0
        try:
            for rec in ArchiveIterator(stream):
                number += 1
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
                if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
                    continue
                rid = rec.rec_headers.get_header("WARC-Record-ID")
                url = clean_text(rec.rec_headers.get_header("WARC-Target-URI") or "")
                try:
                    body = rec.content_stream().read(cap + 1)
                except Exception as exc:  # damaged gzip/chunked payloads, from zlib or warcio
                    yield Record(source.path, number, rid, url, error=(
                        f"{source.path}: record {number}: the payload cannot be decoded "
                        f"({exc})"))
                    continue
                if len(body) > cap:
                    yield Record(source.path, number, rid, url, error=(
                        f"{source.path}: record {number}: {too_large(None, cap)}"))
                    continue
                if _cut_in_record(rec):
                    # warcio ends a record cut short (a truncated download) quietly, and
                    # then the file: name it rather than score half a page and stop.
                    yield Record(source.path, number, rid, url, error=cut_short(
                        source, f"record {number}", "the record is shorter than its "
                        "Content-Length"))
                    return
                if is_blank(body):
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
            return
        if stream.cut is not None:
            yield Record(source.path, number + 1,
                         error=cut_short(source, f"record {number + 1}", stream.cut))
