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
suspicious rows are kept for the table, so a 100,000-row output costs little memory. Unlike
the export readers of :mod:`detector.io`, these read the detector's own well-formed output,
so pyarrow's whole-block readers are the right tool here.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError

#: Bands in the order the page lists them; other values (e.g. "allowlisted (FILE:LINE)") follow.
BANDS: tuple[str, ...] = ("very likely scam", "likely scam", "suspicious", "probably fine")
#: Bands counted as flagged.
FLAGGED_BANDS: frozenset[str] = frozenset({"very likely scam", "likely scam"})
#: Bands whose rows go into the table.
TABLE_BANDS: tuple[str, ...] = ("very likely scam", "likely scam", "suspicious")
#: The band of a row that could not be scored (its ``error`` is set).
FAILED = "failed"

_COLUMNS: tuple[str, ...] = (
    "source", "row", "id", "url", "score", "label", "band", "reasons", "reasons_json",
    "model_id", "error",
)
_KEPT: tuple[str, ...] = ("source", "row", "id", "url", "score", "band", "reasons",
                          "reasons_json")
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".csv", "csv"), (".csv.gz", "csv"), (".jsonl", "jsonl"), (".jsonl.gz", "jsonl"),
    (".ndjson", "jsonl"), (".ndjson.gz", "jsonl"), (".parquet", "parquet"), (".pq", "parquet"),
)
_BATCH_BYTES = 16 << 20


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


def build_report(inputs: Sequence[str | Path], output: str | Path,
                 options: ReportOptions = ReportOptions()) -> Triage:
    """Read scored outputs, write the triage page to ``output`` and return what it shows."""
    triage = summarise(inputs, options)
    Path(output).write_text(render_html(triage), encoding="utf-8")
    return triage


# -- reading ---------------------------------------------------------------------------------


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


def _schema() -> Any:
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

    schema = _schema()
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


# -- condensing ------------------------------------------------------------------------------


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
            else _schema().empty_table().select(list(_KEPT)))
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
    from .model import MANIFEST_FILE, default_model_dir

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
    from .signals import get

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


# -- rendering -------------------------------------------------------------------------------

_COLOURS = {"very likely scam": "#b3261e", "likely scam": "#e4572e", "suspicious": "#f2a541",
            "probably fine": "#4c9a5b", FAILED: "#777777", "blocklisted": "#7a1b14",
            "allowlisted": "#2f6f9f"}


def render_html(triage: Triage) -> str:
    """The self-contained page (no network requests: inline CSS, JS and SVG)."""
    e = html.escape
    data = json.dumps(triage.rows, ensure_ascii=False, separators=(",", ":"))
    # In a <script> element only "</" can end it early; escaping every "<", ">" and "&" keeps
    # hostile text from closing it or starting a comment, and JSON.parse reads them back.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    script, style = _SCRIPT, _STYLE
    csp = ("default-src 'none'; "
           f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    shown = len(triage.rows)
    cap_note = (f" The table holds the {shown:,} highest-scoring of them (raise the cap with "
                "--max-rows)." if shown < triage.table_total else "")
    band_options = "".join(f'<option value="{e(b)}">{e(b)}</option>'
                           for b in (*TABLE_BANDS, "blocklisted") if triage.bands.get(b))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(triage.title)}</title>
<style>{style}</style>
</head>
<body data-page-size="{int(triage.page_size)}">
<header>
<h1>{e(triage.title)}</h1>
<p class="meta">{triage.total:,} rows from {e(", ".join(triage.sources))}
{("· model " + e(", ".join(triage.model_ids))) if triage.model_ids else ""}</p>
</header>
<section class="cards" id="bands">{_band_cards(triage)}</section>
<section class="panels">
<div class="panel"><h2>Scores</h2>{_histogram_svg(triage)}
<p class="note">Threshold: {e(triage.threshold_note)}.</p>{_errors_list(triage)}</div>
<div class="panel"><h2>Most common reasons among the {triage.flagged:,} flagged rows</h2>
{_reasons_table(triage)}</div>
</section>
<section class="panel" id="triage">
<h2>Flagged and suspicious rows</h2>
<p class="note" id="cap-note" data-total="{triage.table_total}" data-shown="{shown}">
{triage.table_total:,} rows are flagged or suspicious.{e(cap_note)}</p>
<div class="controls">
<input id="filter" type="search" placeholder="Filter by id, URL or reason" aria-label="Filter">
<select id="band" aria-label="Band"><option value="">all bands</option>{band_options}</select>
<button id="prev" type="button">&larr; previous</button>
<span id="status" role="status"></span>
<button id="next" type="button">next &rarr;</button>
</div>
<table id="rows">
<thead><tr><th data-col="0" aria-sort="descending">score</th><th data-col="1">band</th>
<th data-col="2">id</th><th data-col="3">URL</th><th data-col="4">reasons</th>
<th data-col="5">where</th></tr></thead>
<tbody></tbody>
</table>
<noscript><p>The table needs JavaScript; the counts above do not.</p></noscript>
</section>
<script type="application/json" id="rows-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _band_cards(triage: Triage) -> str:
    e = html.escape
    cards = [f'<div class="card"><span class="n">{triage.total:,}</span>'
             f'<span class="what">rows</span></div>',
             f'<div class="card flagged"><span class="n">{triage.flagged:,}</span>'
             f'<span class="what">flagged</span></div>']
    for band, n in triage.bands.items():
        share = n / triage.total if triage.total else 0.0
        colour = _COLOURS.get(band, "#5b6b7b")
        cards.append(f'<div class="card" data-band="{e(band)}"><svg width="10" height="10">'
                     f'<rect width="10" height="10" fill="{colour}"/></svg>'
                     f'<span class="n">{n:,}</span><span class="what">{e(band)} '
                     f'({share:.1%})</span></div>')
    return "".join(cards)


def _histogram_svg(triage: Triage) -> str:
    """Bars on a log scale (most rows sit near 0), coloured by band, with the threshold."""
    width, height, left, bottom, top = 560, 220, 44, 28, 14
    plot_w, plot_h = width - left - 10, height - bottom - top
    counts = triage.histogram
    peak = max(counts, default=0)
    scale = math.log10(peak + 1) or 1.0
    n = len(counts)
    t = triage.threshold
    parts = [f'<svg id="histogram" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="histogram of scores">']
    for i, c in enumerate(counts):
        lo, hi = i / n, (i + 1) / n
        bar_h = plot_h * math.log10(c + 1) / scale if c else 0.0
        band = ("probably fine" if t is None or hi <= t / 3 else "suspicious" if hi <= t
                else "likely scam")
        x = left + plot_w * lo
        parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" '
                     f'width="{max(plot_w / n - 1, 0.5):.1f}" height="{bar_h:.1f}" '
                     f'fill="{_COLOURS[band]}"><title>{lo:.2f}–{hi:.2f}: {c:,} rows</title>'
                     f'</rect>')
    base = top + plot_h
    parts.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" '
                 f'stroke="#333"/>')
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = left + plot_w * tick
        parts.append(f'<text x="{x:.1f}" y="{base + 16}" text-anchor="middle">{tick:g}</text>')
    for c in sorted({1, 10, 100, 1_000, 10_000, 100_000, 1_000_000}):
        if c > peak:
            break
        y = base - plot_h * math.log10(c + 1) / scale
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end">{c:,}</text>')
    parts.append(f'<text x="{left}" y="{top - 3}" class="axis">rows (log scale)</text>')
    if t is not None and math.isfinite(t):
        x = left + plot_w * min(max(t, 0.0), 1.0)
        parts.append(f'<line id="threshold" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{base}" '
                     f'stroke="#111" stroke-dasharray="4 3"/><text x="{x + 4:.1f}" '
                     f'y="{top + 10}">flagged at {t:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _errors_list(triage: Triage) -> str:
    e = html.escape
    failed = triage.bands.get(FAILED, 0)
    if not failed:
        return ""
    items = "".join(f'<li><span class="num">{n:,}</span> {e(text)}</li>'
                    for text, n in triage.errors)
    return (f'<h2 class="errors">{failed:,} rows could not be scored</h2>'
            f'<ul id="errors">{items}</ul><p class="note">Each has its reason in the output\'s '
            "error column.</p>")


def _reasons_table(triage: Triage) -> str:
    e = html.escape
    if not triage.reasons:
        return '<p class="note">No flagged row gives a reason.</p>'
    lines = ['<table id="reasons"><thead><tr><th>rows</th><th>share</th><th>reason</th></tr>'
             "</thead><tbody>"]
    for r in triage.reasons:
        share = r.rows / triage.flagged if triage.flagged else 0.0
        lines.append(f'<tr><td class="num">{r.rows:,}</td><td class="num">{share:.0%}</td>'
                     f'<td title="e.g. {e(r.example)}">{e(r.label)}</td></tr>')
    lines.append("</tbody></table>")
    return "".join(lines)


_STYLE = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 24px 24px;color:#1d1d1f}
h1{font-size:22px;margin:16px 0 2px}h2{font-size:15px;margin:0 0 8px}
.meta,.note{color:#555;font-size:12px;margin:4px 0}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:6px 12px;display:flex;gap:6px;
align-items:baseline}.card .n{font-size:18px;font-weight:600}.card.flagged .n{color:#b3261e}
.panels{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px}
.panel{border:1px solid #ddd;border-radius:6px;padding:12px;margin-bottom:16px}
svg text{font-size:11px;fill:#333}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{white-space:nowrap}td:nth-child(2){white-space:nowrap}
#rows th{cursor:pointer;user-select:none;background:#f6f6f6;position:sticky;top:0}
#rows th[aria-sort=ascending]::after{content:" \\25B2"}
#rows th[aria-sort=descending]::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.url{word-break:break-all;max-width:28em}td.where{color:#666;font-size:12px}
td ul{margin:0;padding-left:16px}h2.errors{margin-top:16px}
#errors{margin:0;padding-left:18px;font-size:13px}#errors .num{font-weight:600}
.controls{display:flex;gap:8px;align-items:center;margin:8px 0}
#filter{flex:1;padding:4px 6px}
.b-very,.b-blocklisted{color:#b3261e;font-weight:600}.b-likely{color:#e4572e}.b-suspicious{color:#a86b00}
"""

_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rows-data").textContent);
  var pageSize = parseInt(document.body.dataset.pageSize, 10) || 100;
  var body = document.querySelector("#rows tbody");
  var heads = document.querySelectorAll("#rows th");
  var filter = document.getElementById("filter");
  var bandPick = document.getElementById("band");
  var status = document.getElementById("status");
  var fmt = new Intl.NumberFormat("en");
  var keys = data.map(function (r) {
    return [r[0] === null ? -1 : r[0], String(r[1] || "").toLowerCase(),
            String(r[2]).toLowerCase(), String(r[3]).toLowerCase(),
            r[4].join(" ").toLowerCase(), String(r[5]).toLowerCase()];
  });
  var order = data.map(function (_, i) { return i; });
  var view = order.slice();
  var col = 0, dir = -1, page = 0;

  function compare(a, b) {
    var x = keys[a][col], y = keys[b][col];
    var c = x < y ? -1 : x > y ? 1 : 0;
    return c * dir || keys[b][0] - keys[a][0] || a - b;
  }
  function apply() {
    var needle = filter.value.trim().toLowerCase(), band = bandPick.value;
    view = order.filter(function (i) {
      var k = keys[i];
      if (band && String(data[i][1]).split(" (")[0] !== band) { return false; }
      return !needle || k[2].indexOf(needle) >= 0 || k[3].indexOf(needle) >= 0 ||
        k[4].indexOf(needle) >= 0;
    });
    view.sort(compare);
    page = 0;
    draw();
  }
  function cell(tr, text, cls) {
    var td = document.createElement("td");
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }
  function draw() {
    var pages = Math.max(1, Math.ceil(view.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var start = page * pageSize, end = Math.min(view.length, start + pageSize);
    var rows = document.createDocumentFragment();
    for (var n = start; n < end; n++) {
      var r = data[view[n]], tr = document.createElement("tr");
      cell(tr, r[0] === null ? "" : r[0].toFixed(3), "num");
      cell(tr, r[1] || "", "b-" + String(r[1] || "").split(" ")[0]);
      cell(tr, r[2]);
      var td = cell(tr, "", "url");
      if (/^https?:\\/\\//i.test(r[3])) {
        var a = document.createElement("a");
        a.href = r[3];
        a.rel = "noopener noreferrer nofollow";
        a.target = "_blank";
        a.textContent = r[3];
        td.appendChild(a);
      } else {
        td.textContent = r[3];
      }
      var ul = document.createElement("ul"), rc = cell(tr, "");
      r[4].forEach(function (text) {
        var li = document.createElement("li");
        li.textContent = text;
        ul.appendChild(li);
      });
      rc.appendChild(ul);
      cell(tr, r[5], "where");
      rows.appendChild(tr);
    }
    body.replaceChildren(rows);
    status.textContent = view.length ? "rows " + fmt.format(start + 1) + "\\u2013" +
      fmt.format(end) + " of " + fmt.format(view.length) +
      (view.length < data.length ? " (filtered from " + fmt.format(data.length) + ")" : "") +
      " \\u00b7 page " + (page + 1) + " of " + pages : "no rows match";
    document.getElementById("prev").disabled = page === 0;
    document.getElementById("next").disabled = page >= pages - 1;
    heads.forEach(function (th) {
      var c = parseInt(th.dataset.col, 10);
      if (c === col) {
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }
  heads.forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); th.click(); }
    });
    th.addEventListener("click", function () {
      var c = parseInt(th.dataset.col, 10);
      dir = c === col ? -dir : (c === 0 ? -1 : 1);
      col = c;
      view.sort(compare);
      page = 0;
      draw();
    });
  });
  filter.addEventListener("input", apply);
  filter.addEventListener("change", apply);
  bandPick.addEventListener("change", apply);
  document.getElementById("prev").addEventListener("click", function () { page--; draw(); });
  document.getElementById("next").addEventListener("click", function () { page++; draw(); });
  apply();
})();
"""
