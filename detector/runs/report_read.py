"""Reading ``detector score`` outputs for the triage report: columnar pyarrow batches.

Unlike the export readers of :mod:`detector.input.io`, these read the detector's own well-formed
output, so pyarrow's whole-block readers are the right tool: only the needed columns, in
record batches, so a 100,000-row output costs little memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

_COLUMNS: tuple[str, ...] = (
    "source", "row", "id", "url", "score", "label", "band", "reasons", "reasons_json",
    "model_id", "error",
)
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".csv", "csv"), (".csv.gz", "csv"), (".jsonl", "jsonl"), (".jsonl.gz", "jsonl"),
    (".ndjson", "jsonl"), (".ndjson.gz", "jsonl"), (".parquet", "parquet"), (".pq", "parquet"),
)
_BATCH_BYTES = 16 << 20


def scored_files(inputs: Sequence[str | Path]) -> list[tuple[Path, str]]:
    """(path, format) of every scored file named or inside a named folder, in order."""
    out: list[tuple[Path, str]] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = [(p, k) for p in sorted(path.rglob("*")) if p.is_file()
                     and not p.name.startswith(".") and (k := _kind(p)) is not None]
            if not found:
                raise InputError(f"{str(path)!r} holds no .csv, .jsonl or .parquet file; give "
                                 "the output of `detector score`")
            out += found
            continue
        if not path.is_file():
            raise InputError(f"{str(path)!r} does not exist; give the output file of "
                             "`detector score`")
        kind = _kind(path)
        if kind is None:
            raise InputError(f"cannot tell the format of {str(path)!r}; a `detector score` "
                             "output ends in .csv, .jsonl or .parquet (optionally .gz)")
        out.append((path, kind))
    if not out:
        raise InputError("no scored file given; give the output of `detector score`")
    return out


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, kind in sorted(_SUFFIXES, key=lambda s: -len(s[0])):
        if name.endswith(suffix):
            return kind
    return None


def output_schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("source", pa.string()), ("row", pa.int64()), ("id", pa.string()),
        ("url", pa.string()), ("score", pa.float64()), ("label", pa.string()),
        ("band", pa.string()), ("reasons", pa.string()), ("reasons_json", pa.string()),
        ("model_id", pa.string()), ("error", pa.string()),
    ])


def read_batches(path: Path, kind: str) -> Iterator[Any]:
    """The scored rows of one file as pyarrow tables with every output column, in order."""
    import pyarrow as pa

    schema = output_schema()
    try:
        for batch in _raw_batches(path, kind, schema):
            yield _conform(pa.Table.from_batches([batch]), schema)
    except (pa.ArrowException, OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"cannot read {str(path)!r} as {kind}: {exc}; give a file written "
                         "by `detector score`") from exc


def _raw_batches(path: Path, kind: str, schema: Any) -> Iterator[Any]:
    import pyarrow.csv as pacsv
    import pyarrow.json as pajson
    import pyarrow.parquet as pq

    if kind == "parquet":
        pf = pq.ParquetFile(str(path))
        present = _required(path, pf.schema_arrow.names)
        yield from pf.iter_batches(batch_size=65_536, columns=present)
        return
    keys = _first_keys(path, kind)
    if keys is None:  # an empty output: a run over no rows
        return
    if kind == "csv":
        present = _required(path, keys)
        yield from pacsv.open_csv(
            str(path),
            read_options=pacsv.ReadOptions(block_size=_BATCH_BYTES),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={f.name: f.type for f in schema if f.name in present},
                include_columns=present, strings_can_be_null=True,
                quoted_strings_can_be_null=False),
        )
        return
    _required(path, keys)
    json_options = dict(
        read_options=pajson.ReadOptions(block_size=_BATCH_BYTES),
        parse_options=pajson.ParseOptions(explicit_schema=schema,
                                          unexpected_field_behavior="ignore"),
    )
    if hasattr(pajson, "open_json"):  # streaming reader: pyarrow >= 19
        yield from pajson.open_json(str(path), **json_options)
    else:
        yield from pajson.read_json(str(path), **json_options).to_batches()


def _first_keys(path: Path, kind: str) -> list[str] | None:
    """Column names of a CSV's header or of a JSONL file's first object; None when empty."""
    import csv
    import gzip

    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        if kind == "csv":
            return next(csv.reader(fh), None)
        for line in fh:
            if line.strip():
                first = json.loads(line)
                return list(first) if isinstance(first, dict) else []
    return None


def _required(path: Path, names: Sequence[str]) -> list[str]:
    """The output columns a file has; refuses a file without a score and a band or label."""
    if "score" not in names or not ({"band", "label"} & set(names)):
        raise InputError(f"{str(path)!r} has no score and band columns (it has "
                         f"{', '.join(names[:8]) or 'none'}); give the output of "
                         "`detector score`")
    return [c for c in _COLUMNS if c in names]


def _conform(table: Any, schema: Any) -> Any:
    """Every output column, with the output's types (a column a file lacks is all null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = []
    for f in schema:
        if f.name in table.column_names:
            col = table.column(f.name)
            cols.append(col if col.type == f.type else pc.cast(col, f.type))
        else:
            cols.append(pa.nulls(len(table), f.type))
    return pa.Table.from_arrays(cols, schema=schema)
