"""The inputs of a run: which sources a list of files and folders holds, and their columns.

:func:`list_sources` expands folders (a corpus folder is one source), :func:`table_columns`
reads an export's column names from its head, and :func:`check_keep` refuses a ``--keep``
column an input lacks before any row is read. Reading the rows is :mod:`detector.input.io`.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, cast

from ..errors import InputError
from ..runs.writers import OUTPUT_COLUMNS
from .archives import CORPUS_MANIFEST
from .records import BROKEN_STREAM, Source, source_kind

__all__ = ["check_keep", "list_sources", "table_columns"]


def list_sources(inputs: Sequence[str | Path]) -> list[Source]:
    """The inputs to read, in order: files as given, corpus folders as one source each, other
    folders expanded recursively by path."""
    out: list[Source] = []
    for given in inputs:
        p = Path(given)
        if p.is_dir():
            found = list(_walk(p))
            if not found:
                raise InputError(
                    f"folder {str(p)!r} holds no .html pages, no .csv, .jsonl, .parquet or "
                    ".warc files and no manifest.csv; give a folder of saved pages or exports, "
                    "or a corpus folder"
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


def _walk(folder: Path) -> Iterator[Source]:
    """A folder's sources: a corpus folder is one; otherwise its files, then its sub-folders,
    each sorted by name, hidden ones skipped."""
    if (folder / CORPUS_MANIFEST).is_file():
        size = sum(f.stat().st_size for f in _files(folder / "pages"))
        yield Source(str(folder), "corpus", size + (folder / CORPUS_MANIFEST).stat().st_size)
        return
    entries = sorted(e for e in folder.iterdir() if not e.name.startswith("."))
    for f in entries:
        if f.is_file() and (kind := source_kind(f)) is not None:
            yield Source(str(f), kind, f.stat().st_size)
    for d in entries:
        if d.is_dir():
            yield from _walk(d)


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from (f for f in folder.iterdir() if f.is_file())


def table_columns(source: Source) -> list[str] | None:
    """The column names of a CSV, JSONL (its first object's keys) or Parquet source, read from
    its head only; None for sources without columns (pages, WARC, corpus folders)."""
    if source.kind == "parquet":
        import pyarrow.parquet as pq

        try:
            return list(pq.read_schema(source.path).names)
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise InputError(_not_parquet(source, exc)) from exc
    if source.kind not in ("csv", "jsonl"):
        return None
    try:
        with open(source.path, "rb") as raw:
            stream: IO[bytes] = (cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
                                 if source.path.lower().endswith(".gz") else raw)
            text = io.TextIOWrapper(stream, encoding="utf-8", errors="replace", newline="")
            if source.kind == "csv":
                header = next(csv.reader(text), [])
                return [header[0].lstrip("\ufeff"), *header[1:]] if header else []
            for line in text:
                if line.strip():
                    obj = json.loads(line)
                    return list(obj) if isinstance(obj, dict) else []
            return []
    except (OSError, ValueError, csv.Error, *BROKEN_STREAM) as exc:
        raise InputError(f"{source.path!r}: cannot read its columns ({_detail(exc, source)}); "
                         f"check that it is a {source.kind.upper()} file, complete and UTF-8"
                         ) from exc


def _detail(exc: BaseException, source: Source) -> str:
    """An exception's text without the file name the message already gives."""
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return text.replace(f" '{source.path}'", "").replace(source.path, "the file")


def _not_parquet(source: Source, exc: BaseException) -> str:
    return (f"{source.path!r} is not a readable Parquet file ({_detail(exc, source)}); "
            "re-export it, or copy it again if the copy was cut short")


def check_keep(sources: Sequence[Source], keep: Sequence[str]) -> None:
    """Refuse, before any row is scored, a kept column that an input lacks (naming the column
    and the input's columns) or an input that has no columns."""
    if not keep:
        return
    clash = [c for c in keep if c in OUTPUT_COLUMNS]
    if clash:
        raise InputError(
            f"--keep {clash[0]!r}: the output already has a column of that name (its own "
            f"columns: {', '.join(OUTPUT_COLUMNS)}); keep other columns, or rename it in the "
            "input")
    for source in sources:
        columns = table_columns(source)
        if columns is None:
            raise InputError(
                f"--keep {keep[0]!r}: {source.path!r} is a {source.kind} input, which has no "
                "columns to keep; give only CSV, JSONL or Parquet exports with --keep")
        missing = [c for c in keep if c not in columns]
        if missing:
            raise InputError(
                f"--keep {missing[0]!r}: {source.path!r} has no such column (its columns: "
                + ", ".join(map(repr, columns[:40])) + (", ..." if len(columns) > 40 else "")
                + "); names are matched exactly, case included")
