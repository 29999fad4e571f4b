"""What an input row is: :class:`Source` (a file or corpus folder), :class:`Record` (one row),
the column names exports use (:data:`COLUMN_ALIASES`), and the small text helpers the readers and
the record-to-page step share."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import InputError

_SURROGATE = re.compile(r"[\ud800-\udfff]")


#: Common column names in page exports, by the field they mean (first match wins). A name
#: matches regardless of case, spaces, ``_`` and ``-`` ("Facebook Id" = "facebook_id").
COLUMN_ALIASES: Mapping[str, tuple[str, ...]] = {
    # Platform exports name their ids after the platform or the thing: CrowdTangle's
    # "Facebook Id", Graph API "Page ID"/"Post ID", Twitter's "tweet_id"/"id_str", YouTube's
    # "Video ID"/"Channel ID". Post ids come before page ids: a post export names both, and
    # the post is the row.
    "id": ("id", "post_id", "tweet_id", "id_str", "video_id", "facebook_id", "page_id",
           "channel_id", "uid", "record_id"),
    "url": ("url", "link", "final_link", "final_url", "page_url", "post_url", "permalink",
            "permalink_url", "tweet_url", "video_url"),
    "html": ("html", "content", "body", "raw_html", "page_html", "HTML"),
    "html_path": ("html_path", "path", "file", "filename"),
    "text": ("text", "message", "description", "post_text", "Message", "Description"),
    "page_created": ("page_created", "created_time", "Page Created", "created_at", "created",
                     "creation_date", "page_creation_date"),
    # When the page was observed (crawled, exported); ages are measured from it. Default: the
    # run's --as-of, else now.
    # A post's own date comes first: "page created 6 days before the post" is the tell.
    "as_of": ("as_of", "post_created", "Post Created", "posted_at", "post_date", "observed_at",
              "fetched_at", "crawled_at", "scraped_at", "exported_at"),
    "label": ("label", "is_scam", "y", "target", "class"),
    "group": ("group", "source", "repo", "site"),
    "kind": ("kind", "category", "type"),
    "lang": ("lang", "language"),
}

_NAME_NOISE = re.compile(r"[\s_\-]+")


def column_key(name: str) -> str:
    """A column name as aliases are matched: lowercase, without spaces, ``_`` or ``-``."""
    return _NAME_NOISE.sub("", name).lower()


def resolve_columns(columns: Iterable[str], mapping: Mapping[str, str] | None = None,
                    ) -> dict[str, str]:
    """Map our field names to the export's column names, by alias or by explicit ``mapping``.

    An alias matches a column of the same name first, else the first column whose
    :func:`column_key` is the alias's.
    """
    cols = list(columns)
    out: dict[str, str] = {}
    keyed: dict[str, str] = {}
    for c in cols:
        keyed.setdefault(column_key(c), c)
    for field, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in cols:
                out[field] = alias
                break
            if column_key(alias) in keyed:
                out[field] = keyed[column_key(alias)]
                break
    for field, col in (mapping or {}).items():
        if field not in COLUMN_ALIASES:
            raise InputError(
                f"unknown field {field!r} in the column mapping; known fields: "
                + ", ".join(COLUMN_ALIASES)
            )
        if col not in cols:
            raise InputError(
                f"column {col!r} (mapped to {field}) is not in the input; its columns are: "
                + ", ".join(map(repr, cols[:30]))
            )
        out[field] = col
    return out



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


def source_kind(path: str | Path) -> str | None:
    """The input kind of a file name (``csv``, ``jsonl``, ``parquet``, ``warc``, ``page``)."""
    name = str(path).lower()
    for suffix in sorted(EXPORT_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return EXPORT_SUFFIXES[suffix]
    return None


@dataclass(frozen=True)
class Source:
    """One input file (or corpus folder) and how to read it."""

    path: str
    #: ``csv``, ``jsonl``, ``parquet``, ``warc``, ``page`` or ``corpus``.
    kind: str
    size: int


@dataclass(frozen=True, slots=True)
class Record:
    """One input row: where it is, what to score, or why it cannot be scored.

    ``html_path`` (a saved page or an export's ``html_path`` column, relative paths already
    taken from the export's folder) is read by whoever builds the Page, so reading the pages
    runs in the scoring workers, not in the reader.
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
    #: When the page was observed (an export's ``as_of``/``fetched_at`` column), or None.
    as_of: object = None
    #: Columns asked for with ``extra_fields`` (training: label, group, kind, lang), by field.
    extra: Mapping[str, Any] | None = None
    #: WHOIS facts found by an enrichment step before scoring (a ``WhoisFacts``), or None.
    whois: Any = None
    #: Values of the input columns kept in the output (``score --keep``), in the order asked.
    kept: tuple[Any, ...] = ()


def kept_value(value: Any) -> Any:
    """An input cell as ``--keep`` writes it: missing values None, text, numbers and booleans
    as they are, bytes as UTF-8 text, dates in ISO 8601, anything else as JSON text."""
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, bytes):
        return clean_text(value.decode("utf-8", "replace"))
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, default=str)


def name_once(name: str, message: str) -> str:
    """``message`` naming ``name`` once: as it is when it names it already (a page file's own
    errors do), else ``name: message``."""
    return message if name in message else f"{name}: {message}"


def too_large(size: int | None, cap: int) -> str:
    """The message for a page over the cap; ``size`` None when only "more than cap" is known."""
    what = f"{size:,} bytes" if size is not None else f"more than {cap:,} bytes"
    return (
        f"page too large: {what} against the {cap:,}-byte cap; raise it with "
        "DETECTOR_MAX_PAGE_BYTES or --max-page-bytes if this page is genuine"
    )


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def is_blank(value: bytes | str | None) -> bool:
    # isspace() stops at the first visible character; strip() would copy a 20 MB page.
    return not value or value.isspace()


def clean_text(text: str) -> str:
    """Text safe to write as UTF-8: lone surrogates (from JSON or bad bytes) become U+FFFD."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


#: What reading a compressed file that was cut short (or damaged) raises, from gzip and zlib.
BROKEN_STREAM = (EOFError, OSError, zlib.error)


def cut_short(source: Source, where: str, exc: BaseException | str) -> str:
    """The error of the row where a file stops being readable (a truncated download)."""
    return (f"{source.path}: {where}: the file cannot be read on from here ({exc}); it is "
            "probably cut short (an interrupted download or copy): the rows before it were read, "
            "the rest of this file was not. Fetch or copy it again")


def mapping_from_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """``["html=page_source", ...]`` -> ``{"html": "page_source"}``; InputError on bad text."""
    out: dict[str, str] = {}
    for pair in pairs:
        field_name, sep, column = pair.partition("=")
        if not sep or not field_name.strip() or not column.strip():
            raise InputError(
                f"column mapping {pair!r} is not FIELD=COLUMN; write e.g. html=page_source"
            )
        out[field_name.strip()] = column.strip()
    return out


def as_columns(mapping: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """A mapping in the hashable form :class:`ScoreOptions` keeps."""
    return tuple(sorted((mapping or {}).items()))
