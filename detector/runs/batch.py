"""Batch scoring of page exports: every input row in, one result row out, in order.

::

    inputs --list_sources--> RecordStream --chunks--> [WhoisEnricher] --> ChunkScorer (workers)
        --> ResultWriter

:func:`score_files` is the local engine's entry point; :mod:`detector.runs.engines` (which the
``detector score`` command calls) picks it or the Dask engine, which reuses the pieces here.
Inputs are read in chunks, each chunk is scored in a worker process (the model is loaded once
per worker) and written as soon as it and every chunk before it are done, so memory stays flat
whatever the input size and the output keeps the input order.

Costs that shaped the defaults (2-core machine, a model with the wording feature; numbers from
``benchmarks/bench_batch.py``):

* Each page is parsed once and its feature row built once (``ModelBundle.row``): about 7 ms
  for a 77 KB page, nearly all of the time. Bare parsing is 20x faster; see the benchmark.
* Raw scores for a whole chunk come from one LightGBM call: about 5 µs per row.
* A reason list costs LightGBM's ``pred_contrib`` (about 90 µs per row here, about 1 ms for a
  200-tree model, ``dependencies.md`` section 4) plus the wording model's top terms (about
  1.6 ms per row). ``--reasons flagged`` (the default) explains only rows in the "suspicious"
  band or above, the rows a person reviews: +4 % run time on a mixed export. ``all`` explains
  every row: +14 %. ``none`` explains nothing.
* Worker processes are started with ``spawn`` (about 0.6 s each, in parallel): a forked child
  of a process that already ran LightGBM's OpenMP code can hang. An input that fits in one
  chunk is scored in-process, with no pool at all.
* Memory: at most two chunks per worker in flight, each at most :data:`CHUNK_ROWS` rows or
  :data:`CHUNK_BYTES` of HTML; peak RSS of the whole process tree was 1.1x for an input ten
  times larger.

Faults cost only their rows: a worker process that dies gives its chunk's rows an error naming
the cause and the run goes on with a fresh pool (:mod:`detector.runs.pool`); Ctrl-C or SIGTERM ends
a run into a file after the chunk in progress, its rows kept for ``--resume``
(:mod:`detector.runs.resume`).

WHOIS is off in batch runs unless asked (``ScoreOptions.whois``, ``--whois``): a page's domain
age is then "unknown" (NaN), as the model expects when WHOIS is not available. When asked, the
look-ups run before scoring (:mod:`detector.runs.enrich`, in the process that reads the input), once
per registered domain (memo in the run, SQLite cache on disk shared by all runs), never for
platform hosts or IPs, waiting ``1/whois_rate`` seconds after every look-up that reached the
network; scoring workers never touch the network.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from ..app.lists import Lists
from ..config import DEFAULT_SETTINGS, Settings, usable_cpus
from ..errors import DetectorError, InputError
from ..input.io import Record, RecordStream, list_sources
from ..input.pagebuild import build_page
from ..input.records import name_once
from ..modelling.model import ModelBundle, load_model
from ..modelling.scoring import ExplainMode, Verdict, feature_row, score_rows
from ..pages.page import Page
from .pool import ChunkWork, score_chunks
from .resume import (
    RunInterrupted,
    RunState,
    StopRequest,
    check_output,
    check_resumable,
    clear_state,
    create_partial,
    forget_interrupted,
    interrupted,
    load_state,
    state_path,
)
from .resume import fingerprint as run_fingerprint
from .writers import (
    ParquetResultWriter,
    ResultWriter,
    Row,
    open_no_follow,
    open_writer,
    output_format,
)

ReasonsMode = ExplainMode
REASONS_MODES: tuple[str, ...] = ("all", "flagged", "none")

#: A chunk closes at this many rows or this many bytes of HTML, whichever comes first: big
#: enough that one LightGBM call and one inter-process hop per chunk cost nothing, small enough
#: that memory stays flat and both cores stay busy on short inputs.
CHUNK_ROWS = 200
CHUNK_BYTES = 4_000_000


@dataclass(frozen=True)
class ScoreOptions:
    """How a batch run scores; everything a worker needs besides the model."""

    settings: Settings = DEFAULT_SETTINGS
    #: Which rows get reasons: all, only "suspicious" and above (flagged), or none.
    reasons: ReasonsMode = "flagged"
    #: Our field name -> the export's column name, where the common names do not match.
    columns: tuple[tuple[str, str], ...] = ()
    #: The moment page ages are measured from. One value for the whole run, so that every
    #: worker, engine and rerun gives the same scores; ``score_files`` sets it to "now".
    as_of: datetime | None = None
    chunk_rows: int = CHUNK_ROWS
    chunk_bytes: int = CHUNK_BYTES
    #: Look up domain age (a ``WhoisSettings`` of the network layer); ``None``: no look-ups.
    #: Looked up before the chunk goes to a scoring worker (:mod:`detector.runs.enrich`).
    whois: Any = None
    #: Network look-ups per second at most, when ``whois`` is set.
    whois_rate: float = 2.0
    #: Read ``html_path`` pages outside the export's own folder too.
    allow_any_path: bool = False
    #: Allowlist and blocklist: a listed page's band and label come from its entry.
    lists: Lists | None = None
    #: Input columns copied to the output after the fixed ones (``--keep``), input names.
    keep: tuple[str, ...] = ()

    @property
    def mapping(self) -> dict[str, str]:
        """``columns`` as a dict."""
        return dict(self.columns)


@dataclass(frozen=True)
class BatchSummary:
    """What a batch run did."""

    rows: int = 0
    #: Rows with a score (flagged ones included).
    scored: int = 0
    #: Rows labelled "scam".
    flagged: int = 0
    #: Rows with an error instead of a score.
    failed: int = 0
    seconds: float = 0.0
    output: str = ""
    engine: str = "local"
    workers: int = 1
    #: The first few error messages, for the end-of-run summary.
    error_examples: tuple[str, ...] = field(default=())
    #: The run was stopped (Ctrl-C, SIGTERM) before the end of its input.
    interrupted: bool = False
    #: Share of the input's bytes read when the run ended (1.0 when it finished), and the rows
    #: the whole input holds, estimated from it (0: unknown).
    input_read: float = 1.0
    rows_estimate: int = 0
    #: Rows an allowlist cleared (not in ``flagged``) and a blocklist flagged (in ``flagged``).
    allowlisted: int = 0
    blocklisted: int = 0

    def merged(self, other: BatchSummary) -> BatchSummary:
        """Counts of two runs (or partitions) added up."""
        return replace(
            self,
            rows=self.rows + other.rows,
            scored=self.scored + other.scored,
            flagged=self.flagged + other.flagged,
            failed=self.failed + other.failed,
            allowlisted=self.allowlisted + other.allowlisted,
            blocklisted=self.blocklisted + other.blocklisted,
            error_examples=(self.error_examples + other.error_examples)[:_EXAMPLES],
        )


DEFAULT_OPTIONS = ScoreOptions()
_EXAMPLES = 5
_SCORE, _LABEL, _BAND, _ERROR = 4, 5, 6, 10


@dataclass(frozen=True)
class Outcome:
    """One record's result in a chunk: the page's URL (its own, or its saved-from stamp) and a
    verdict or an error."""

    url: str
    verdict: Verdict | None = None
    error: str | None = None


class ChunkScorer:
    """Scores chunks of records with one model: each record made a Page by
    :func:`~detector.input.pagebuild.build_page`, each page parsed once, then the chunk's verdicts
    from :func:`~detector.modelling.scoring.score_rows` (one booster call, reasons only where
    asked)."""

    def __init__(self, bundle: ModelBundle, options: ScoreOptions = DEFAULT_OPTIONS) -> None:
        self.bundle = bundle
        self.options = options
        self.as_of = options.as_of or datetime.now(timezone.utc)

    def score(self, records: Sequence[Record]) -> list[Row]:
        """One output row per record, in order; a record that fails gets an error row."""
        return [self._row(rec, out) for rec, out in zip(records, self.verdicts(records),
                                                         strict=True)]

    def verdicts(self, records: Sequence[Record]) -> list[Outcome]:
        """One outcome per record, in order: its URL and a verdict or an error."""
        settings = self.options.settings
        out: list[Outcome | None] = [None] * len(records)
        features: list[np.ndarray] = []
        scored: list[tuple[int, str, Page]] = []
        for i, rec in enumerate(records):
            if rec.error is not None:
                out[i] = Outcome(rec.url, error=rec.error)
                continue
            url = rec.url
            try:
                page = build_page(rec, settings, as_of=self.as_of,
                                  allow_any_path=self.options.allow_any_path)
                url = page.url
                features.append(feature_row(page, self.bundle, settings))
            except DetectorError as exc:
                out[i] = Outcome(url, error=name_once(_where(rec), str(exc)))
                continue
            except Exception as exc:  # one odd page must not stop a million-row run
                out[i] = Outcome(url, error=(
                    f"{_where(rec)}: unexpected {type(exc).__name__} while scoring ({exc}); "
                    "please report this page"))
                continue
            scored.append((i, url, page))
        if features:
            verdicts = score_rows(self.bundle, [page for _, _, page in scored],
                                  np.vstack(features), settings, self.options.reasons,
                                  self.options.lists)
            for (i, url, _), verdict in zip(scored, verdicts, strict=True):
                out[i] = Outcome(url, verdict=verdict)
        return [o for o in out if o is not None]

    def error_rows(self, records: Sequence[Record], message: str) -> list[Row]:
        """One row per record with ``message`` as its error (after where the record is)."""
        return [self._row(rec, Outcome(rec.url, error=f"{_where(rec)}: {message}"))
                for rec in records]

    def _row(self, rec: Record, outcome: Outcome) -> Row:
        # A row the reader could not split into columns has no kept values.
        kept = rec.kept or (None,) * len(self.options.keep)
        v = outcome.verdict
        if v is None:
            return (rec.source, rec.row, rec.id, outcome.url, None, None, None, None, None,
                    self.bundle.model_id, outcome.error, *kept)
        texts = "; ".join(r.text for r in v.reasons)
        items = json.dumps([r.as_dict() for r in v.reasons], ensure_ascii=False)
        return (rec.source, rec.row, rec.id, outcome.url, v.probability, v.label, v.band, texts,
                items, v.model_id, None, *kept)


def _where(rec: Record) -> str:
    return rec.source if rec.row is None else f"{rec.source}: row {rec.row}"


def iter_chunks(records: Iterable[Record], rows: int = CHUNK_ROWS,
                nbytes: int = CHUNK_BYTES) -> Iterator[list[Record]]:
    """Records in lists of at most ``rows`` rows or about ``nbytes`` bytes of pages."""
    chunk: list[Record] = []
    size = 0
    for rec in records:
        chunk.append(rec)
        size += rec.size
        if len(chunk) >= rows or size >= nbytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Tally:
    """Counts output rows as they are written."""

    def __init__(self) -> None:
        self.rows = self.scored = self.flagged = self.failed = 0
        self.allowlisted = self.blocklisted = 0
        self.examples: list[str] = []

    def add(self, rows: Sequence[Row]) -> None:
        for r in rows:
            self.rows += 1
            if r[_ERROR] is not None:
                self.failed += 1
                if len(self.examples) < _EXAMPLES:
                    self.examples.append(str(r[_ERROR]))
            else:
                self.scored += 1
                self.flagged += r[_LABEL] == "scam"
                self.allowlisted += str(r[_BAND]).startswith("allowlisted")
                self.blocklisted += str(r[_BAND]).startswith("blocklisted")

    def summary(self, **extra: object) -> BatchSummary:
        return BatchSummary(rows=self.rows, scored=self.scored, flagged=self.flagged,
                            failed=self.failed, error_examples=tuple(self.examples),
                            allowlisted=self.allowlisted, blocklisted=self.blocklisted,
                            **extra)  # type: ignore[arg-type]


def score_stream(
    stream: RecordStream,
    writer: ResultWriter | None,
    scorer: ChunkScorer,
    workers: int = 1,
    model_dir: str | Path | None = None,
    progress: bool = False,
    *,
    skip: int = 0,
    stop: Callable[[], bool] | None = None,
    work: ChunkWork | None = None,
) -> BatchSummary:
    """Score every record of ``stream`` and write the rows to ``writer`` as they come.

    ``writer`` None opens nothing: the caller gets only the summary (used for partitions that
    open their own writer). With ``progress``, a tqdm bar on stderr shows input bytes, rate and
    ETA. ``skip`` leaves out the first records (their rows were written by an interrupted run);
    when ``stop()`` turns true the run ends after the chunk in progress, every row before it
    written, and the summary says ``interrupted``. ``work`` is what a worker process runs per
    chunk (tests wrap it).
    """
    from tqdm import tqdm

    options = scorer.options
    started = time.perf_counter()
    tally = _Tally()
    interrupted = False
    pulled = 0  # records taken from the input, chunks in flight and skipped ones included

    def counted() -> Iterator[Record]:
        nonlocal pulled
        for rec in stream:
            pulled += 1
            yield rec

    records: Iterable[Record] = islice(counted(), skip, None) if skip else counted()
    chunks: Iterator[list[Record]] = iter_chunks(records, options.chunk_rows, options.chunk_bytes)
    if options.whois is not None:
        # Network look-ups happen here, before a chunk reaches a scoring worker.
        from .enrich import WhoisEnricher

        chunks = map(WhoisEnricher(options.whois, options.whois_rate, options.allow_any_path),
                     chunks)
    with tqdm(total=stream.total_bytes, unit="B", unit_scale=True, unit_divisor=1024,
              desc="scoring", disable=not progress, mininterval=0.5, leave=False) as bar:
        scored = score_chunks(chunks, scorer, workers, model_dir, work, stop)
        try:
            for _, rows in scored:
                if writer is not None:
                    writer.write(rows)
                tally.add(rows)
                if stop is not None and stop():
                    interrupted = True
                    break
                bar.update(max(0, stream.consumed_bytes() - bar.n))
                elapsed = time.perf_counter() - started
                bar.set_postfix_str(f"{tally.rows:,} rows ({tally.rows / elapsed:,.0f}/s), "
                                    f"{tally.flagged:,} flagged, {tally.failed:,} failed",
                                    refresh=False)
        finally:
            scored.close()  # the pool stops here, before the caller saves any state
        # The pool ends early when its workers die while the run is being stopped.
        interrupted = interrupted or (stop is not None and stop())
    read = min(1.0, stream.consumed_bytes() / stream.total_bytes if stream.total_bytes else 1.0)
    return tally.summary(seconds=time.perf_counter() - started, workers=workers,
                         interrupted=interrupted, input_read=read,
                         rows_estimate=round(pulled / read) if read > 0 else 0)


def score_to_file(
    stream: RecordStream,
    path: str | Path,
    fmt: str,
    scorer: ChunkScorer,
    workers: int = 1,
    model_dir: str | Path | None = None,
    progress: bool = False,
    *,
    resume: RunState | None = None,
    fingerprint: str = "",
    stop: Callable[[], bool] | None = None,
    work: ChunkWork | None = None,
) -> BatchSummary:
    """:func:`score_stream` into the file ``path``, which appears only when the run succeeds.

    Rows go to a hidden file next to it that is renamed at the end, so a failed run leaves no
    half-written file that looks complete. The hidden file gets a fresh random name, created
    exclusively, so a file or link planted under a guessable name cannot redirect the output.

    When ``stop()`` turns true (see :class:`detector.runs.resume.StopRequest`) the run ends after
    the chunk in progress: the hidden file is finished and kept, a state file beside it records
    how far the run got (with ``fingerprint``, the hash of inputs and options), and
    :class:`~detector.runs.resume.RunInterrupted` says how to resume. ``resume`` is such a state:
    its rows are kept and the run goes on from the next input row.
    """
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    keep = scorer.options.keep
    old = final.parent / resume.partial if resume is not None else None
    if old is not None and fmt != "parquet":
        with open_no_follow(old, append=True) as fh:
            fh.truncate(resume.size if resume is not None else 0)  # drop anything after it
        partial = old
    else:
        partial = create_partial(final)
    try:
        writer = open_writer(partial, fmt, keep, append=partial == old)
        if old is not None and old != partial and isinstance(writer, ParquetResultWriter):
            writer.copy_from(old)  # Parquet cannot be appended to: copy, then go on
    except BaseException:
        if partial != old:
            partial.unlink(missing_ok=True)
        raise
    skip = resume.rows if resume is not None else 0
    try:
        summary = score_stream(stream, writer, scorer, workers, model_dir, progress,
                               skip=skip, stop=stop, work=work)
        writer.close()
        if summary.interrupted:
            interrupted(final, partial, fmt, scorer.bundle.model_id,
                        scorer.options.as_of or scorer.as_of, fingerprint, resume, summary)
        if old is not None and old != partial:
            old.unlink(missing_ok=True)
        partial.replace(final)
        clear_state(final)
    except RunInterrupted:
        raise
    except BaseException:
        writer.close()
        if partial != old:  # a resumed run's earlier rows stay resumable
            partial.unlink(missing_ok=True)
        raise
    if resume is not None:
        summary = replace(summary, rows=summary.rows + resume.rows,
                          scored=summary.scored + resume.scored,
                          flagged=summary.flagged + resume.flagged,
                          failed=summary.failed + resume.failed)
    return replace(summary, output=str(final))


def score_files(
    inputs: Sequence[str | Path],
    output: str | Path | BinaryIO,
    *,
    options: ScoreOptions = DEFAULT_OPTIONS,
    fmt: str | None = None,
    model_dir: str | Path | None = None,
    workers: int | None = None,
    progress: bool = False,
    force: bool = False,
    resume: bool = False,
    work: ChunkWork | None = None,
) -> BatchSummary:
    """Score page exports, saved pages and WARC files into one output file on this machine.

    ``output`` is a file path (format from ``fmt`` or the file name; the file appears only when
    the run succeeds), ``"-"`` for standard output, or an open binary stream (CSV or JSONL).
    ``workers`` defaults to every core. Rows that cannot be scored get an ``error`` and the run
    goes on; a whole input, model or option that cannot be used raises
    :class:`~detector.errors.DetectorError`. An output file that is one of the inputs is
    refused, and an existing one unless ``force``. Other engines (Dask) are chosen in
    :func:`detector.runs.engines.score_with_engine`, which sits above this module.

    Into a file, the first Ctrl-C or SIGTERM stops the run after the chunk in progress and
    raises :class:`~detector.runs.resume.RunInterrupted`, the rows so far kept; ``resume`` continues
    such a run (same inputs and options) into the same output (:mod:`detector.runs.resume`).
    """
    options = replace(options, as_of=options.as_of or datetime.now(timezone.utc))
    started = time.perf_counter()
    n_workers = workers if workers is not None else usable_cpus()
    path = Path(output) if isinstance(output, (str, Path)) and str(output) != "-" else None
    kind = output_format(path, fmt)
    sources = list_sources(inputs)
    state = None
    if resume:
        if path is None:
            raise InputError("--resume continues a run into an output file; give the file "
                             "the interrupted run was writing, not standard output")
        state = load_state(path)
        # The first run's moment, so that resumed rows score as they would have then.
        options = replace(options, as_of=datetime.fromisoformat(state.as_of))
    if path is not None:
        check_output(path, sources, force or resume)
        if not resume and state_path(path).exists():
            forget_interrupted(path)
    stream = RecordStream(sources, options.mapping, options.settings, keep=options.keep)
    scorer = ChunkScorer(load_model(model_dir), options)
    if path is not None:
        print_ = run_fingerprint(sources, options)
        if state is not None:
            check_resumable(path, state, fmt=kind, model_id=scorer.bundle.model_id,
                            print_=print_)
        with StopRequest() as stop:
            summary = score_to_file(stream, path, kind, scorer, n_workers, model_dir, progress,
                                    resume=state, fingerprint=print_, stop=stop, work=work)
        name = str(path)
    else:
        writer = open_writer(output if not isinstance(output, (str, Path)) else sys.stdout.buffer,
                             kind, options.keep)
        try:
            summary = score_stream(stream, writer, scorer, n_workers, model_dir, progress,
                                   work=work)
        finally:
            writer.close()
        name = "-"
    return replace(summary, seconds=time.perf_counter() - started, output=name)
