"""Labelled pages for training and evaluation: page exports and corpus folders, in one call.

Accepted sources (mix freely in :func:`load_labelled`):

* a corpus folder in the ``../shared/corpus`` layout: ``manifest.csv`` (``id,label,kind,group,
  lang,url,...``) plus ``pages/<id>.html``;
* a page export: CSV, JSONL (optionally ``.gz``) or Parquet with ``label`` and ``html`` or
  ``html_path`` (relative to the export's folder), optional ``url``, ``page_created``,
  ``group``, ``kind``, ``lang``, ``id``.

Labels may be ``scam``/``legit``, ``1``/``0``, ``true``/``false``, ``yes``/``no``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .page import Page

#: Common column names in page exports, by the field they mean (first match wins).
COLUMN_ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "page_id", "post_id", "uid", "Page ID"),
    "url": ("url", "link", "final_link", "final_url", "page_url", "URL", "Link"),
    "html": ("html", "content", "body", "raw_html", "page_html", "HTML"),
    "html_path": ("html_path", "path", "file", "filename"),
    "text": ("text", "message", "description", "post_text", "Message", "Description"),
    "page_created": ("page_created", "created_time", "Page Created", "created_at", "created",
                     "creation_date", "page_creation_date"),
    # When the page was observed (crawled, exported); ages are measured from it. Default: now.
    "as_of": ("as_of", "observed_at", "fetched_at", "crawled_at", "scraped_at", "exported_at"),
    "label": ("label", "is_scam", "y", "target", "class"),
    "group": ("group", "source", "repo", "site"),
    "kind": ("kind", "category", "type"),
    "lang": ("lang", "language"),
}

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


def resolve_columns(columns: Iterable[str], mapping: Mapping[str, str] | None = None,
                    ) -> dict[str, str]:
    """Map our field names to the export's column names, by alias or by explicit ``mapping``."""
    cols = list(columns)
    out: dict[str, str] = {}
    lower = {c.lower(): c for c in cols}
    for field, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in cols:
                out[field] = alias
                break
            if alias.lower() in lower:
                out[field] = lower[alias.lower()]
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


def load_corpus(folder: str | Path) -> list[LabelledPage]:
    """Pages of a corpus folder (``manifest.csv`` + ``pages/``)."""
    import pandas as pd

    root = Path(folder)
    manifest = root / "manifest.csv"
    if not manifest.is_file():
        raise InputError(
            f"{str(root)!r} has no manifest.csv; a corpus folder holds manifest.csv and pages/"
        )
    df = pd.read_csv(manifest, dtype=str, keep_default_na=False)
    out = []
    for row in df.to_dict("records"):
        pid = row["id"]
        path = root / "pages" / f"{pid}.html"
        try:
            html = path.read_bytes()
        except OSError as exc:
            raise InputError(f"corpus page {str(path)!r} is missing: {exc}") from exc
        out.append(
            LabelledPage(
                page=Page(html=html, url=row.get("url", "")),
                label=parse_label(row["label"], f"{manifest}: id {pid}"),
                group=row.get("group") or row.get("repo") or pid,
                kind=row.get("kind", ""),
                lang=row.get("lang", ""),
                source=str(root),
                id=pid,
            )
        )
    return out


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Rows of a CSV, JSONL(.gz) or Parquet file as dicts."""
    import pandas as pd

    p = Path(path)
    name = p.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".json")):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(p, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{p}:{lineno}: not a JSON object ({exc})") from exc
    elif name.endswith((".csv", ".csv.gz")):
        frame = pd.read_csv(p, dtype=str, keep_default_na=False)
        for record in frame.to_dict("records"):
            yield {str(k): v for k, v in record.items()}
    elif name.endswith(".parquet"):
        for record in pd.read_parquet(p).to_dict("records"):
            yield {str(k): v for k, v in record.items()}
    else:
        raise InputError(
            f"{str(p)!r}: unknown file type; give .csv, .jsonl, .jsonl.gz or .parquet"
        )


def load_export(path: str | Path, mapping: Mapping[str, str] | None = None,
                group: str | None = None) -> list[LabelledPage]:
    """Labelled pages of a CSV/JSONL/Parquet export."""
    p = Path(path)
    rows = list(read_records(p))
    if not rows:
        return []
    cols = resolve_columns(rows[0].keys(), mapping)
    if "label" not in cols:
        raise InputError(f"{str(p)!r} has no label column; add one (scam/legit) or map it")
    if "html" not in cols and "html_path" not in cols and "text" not in cols:
        raise InputError(f"{str(p)!r} has no html, html_path or text column; map one")
    out = []
    for i, row in enumerate(rows):
        where = f"{p} row {i + 1}"
        html: bytes | str = row.get(cols["html"], "") if "html" in cols else ""
        if not html and "html_path" in cols and row.get(cols["html_path"]):
            hp = (p.parent / str(row[cols["html_path"]])).resolve()
            try:
                html = hp.read_bytes()
            except OSError as exc:
                raise InputError(f"{where}: cannot read html_path {str(hp)!r}: {exc}") from exc
        text = str(row.get(cols["text"], "") or "") if "text" in cols else ""
        page = Page(
            html=html if isinstance(html, (bytes, str)) else str(html),
            url=str(row.get(cols.get("url", ""), "") or ""),
            page_created=row.get(cols["page_created"]) if "page_created" in cols else None,
            text=text,
            as_of=(row.get(cols["as_of"]) or None) if "as_of" in cols else None,
        )
        grp = str(row.get(cols["group"], "")) if "group" in cols else ""
        inferred = not grp and not group
        if not grp:
            grp = _fallback_group(page, p, i, group)
        out.append(
            LabelledPage(
                page=page,
                label=parse_label(row[cols["label"]], where),
                group=grp,
                kind=str(row.get(cols["kind"], "")) if "kind" in cols else "",
                lang=str(row.get(cols["lang"], "")) if "lang" in cols else "",
                source=str(p),
                id=str(row.get(cols["id"], i)) if "id" in cols else str(i),
                group_inferred=inferred,
            )
        )
    return out


def _fallback_group(page: Page, path: Path, row: int, given: str | None) -> str:
    """A source group for a row without one: the page's registered domain, else the row.

    Grouped splits need groups; near-copies usually share a site, so the domain is the best
    stand-in. Without a URL each page is its own group (copies may then straddle a split).
    """
    if given:
        return given
    parts = page.host_parts
    if parts is not None:
        return f"site:{parts.registered}"
    return f"{path.name}:{row + 1}"


def load_labelled(sources: Iterable[str | Path],
                  mapping: Mapping[str, str] | None = None) -> list[LabelledPage]:
    """Load and combine corpus folders and export files."""
    out: list[LabelledPage] = []
    for src in sources:
        p = Path(src)
        if p.is_dir():
            if (p / "manifest.csv").is_file():
                out.extend(load_corpus(p))
            else:
                found = sorted(
                    f for f in p.iterdir()
                    if f.name.lower().endswith((".csv", ".jsonl", ".jsonl.gz", ".parquet"))
                )
                if not found:
                    raise InputError(
                        f"{str(p)!r} is neither a corpus folder (manifest.csv + pages/) nor a "
                        "folder of .csv/.jsonl/.parquet exports"
                    )
                for f in found:
                    out.extend(load_export(f, mapping))
        elif p.is_file():
            out.extend(load_export(p, mapping))
        else:
            raise InputError(f"{str(p)!r} does not exist; give a corpus folder or an export file")
    return out
