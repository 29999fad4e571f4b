"""The worker processes of a local batch run: chunks scored in parallel, in input order, and a
worker that dies costs only its chunk.

:func:`score_chunks` keeps at most two chunks per worker in flight (memory does not grow with
the input) and yields each chunk's rows in input order. Workers are started with ``spawn`` and
load the model once each (:func:`_init_worker`). When one dies (a crash in the parser, the
out-of-memory killer, a signal), the pool is rebuilt, the chunks that were in flight are scored
again one at a time, and the one that kills its worker alone gets error rows naming the cause
(:func:`_recover`). The scorer is anything with ``options``, ``score`` and ``error_rows``
(:class:`detector.runs.batch.ChunkScorer`), so this module imports nothing from ``batch``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

from ..errors import DetectorError
from ..input.records import Record
from ..modelling.model import ModelBundle, load_model
from .writers import Row


class ChunkScoring(Protocol):
    """What the pool needs of a scorer (:class:`detector.runs.batch.ChunkScorer`)."""

    options: Any

    def __init__(self, bundle: ModelBundle, options: Any) -> None: ...

    def score(self, records: Sequence[Record]) -> list[Row]:
        """One output row per record, in order."""

    def error_rows(self, records: Sequence[Record], message: str) -> list[Row]:
        """One row per record with ``message`` as its error."""


# Set once per worker process by _init_worker (the pool's initializer), so the model is loaded
# once per process rather than sent with every chunk. Never set in the parent process.
_WORKER_SCORER: ChunkScoring | None = None


def _init_worker(make: type[ChunkScoring], model_dir: str | None, options: Any) -> None:
    global _WORKER_SCORER
    # Parallelism comes from the processes; LightGBM's own threads would only compete.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    # Ctrl-C reaches the whole process group: the parent decides how the run stops (after the
    # chunk in progress, with its state saved), so the workers ignore it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_SCORER = make(load_model(model_dir), options)


def score_in_worker(records: list[Record]) -> list[Row]:
    """What a pool worker runs for one chunk (with the scorer its initializer loaded)."""
    if _WORKER_SCORER is None:  # pragma: no cover - the pool always runs the initializer
        raise RuntimeError("batch worker used without its initializer")
    return _WORKER_SCORER.score(records)


#: The function a worker runs per chunk: :func:`score_in_worker`, or in tests a wrapper of it
#: (a module-level function, so that spawn can send it to the worker by name).
ChunkWork = Callable[[list[Record]], list[Row]]


class _Pool:
    """The worker processes, rebuilt when one of them dies."""

    def __init__(self, workers: int, scorer: ChunkScoring, model_dir: str | Path | None) -> None:
        self.workers = workers
        self.initargs = (type(scorer), None if model_dir is None else str(model_dir),
                         scorer.options)
        self.executor = self._start()
        #: Chunks scored, and workers that died, in the whole run.
        self.finished = 0
        self.deaths = 0

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=self.initargs)

    def death_cause(self) -> str:
        """Why the pool's first dead worker ended: a signal or an exit code."""
        # The executor keeps its processes in a private dict; without it the cause is unknown.
        procs = getattr(self.executor, "_processes", None) or {}
        for proc in procs.values():
            # The pool's own thread may be reaping it right now: wait for the exit code.
            proc.join(1.0)
        codes: list[int] = [p.exitcode for p in procs.values() if p.exitcode is not None]
        # The pool ends its other workers with SIGTERM once one has died: that is not the cause.
        codes = [c for c in codes if c != -signal.SIGTERM] or codes
        return _exit_text(codes[0]) if codes else "it ended without a word"

    def submit(self, run: ChunkWork, chunk: list[Record]) -> Future[list[Row]]:
        """``run(chunk)`` in a worker; a pool found broken gives a future that says so (the
        chunk is then scored again after the pool is rebuilt, like the others in flight)."""
        try:
            return self.executor.submit(run, chunk)
        except BrokenProcessPool as exc:
            future: Future[list[Row]] = Future()
            future.set_exception(exc)
            return future

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _exit_text(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        why = ": out of memory, or killed by a person or the system" \
            if -code == signal.SIGKILL else ""
        return f"signal {-code}, {name}{why}"
    return f"exit code {code}"


def score_chunks(
    chunks: Iterable[list[Record]],
    scorer: ChunkScoring,
    workers: int = 1,
    model_dir: str | Path | None = None,
    work: ChunkWork | None = None,
    stop: Callable[[], bool] | None = None,
) -> Generator[tuple[list[Record], list[Row]], None, None]:
    """Each chunk with its output rows, in input order, scored by ``workers`` processes.

    At most two chunks per worker are in flight, so memory does not grow with the input. With
    one worker, or an input that fits in one chunk, scoring runs in this process.

    A worker process that dies (a crash in the parser, the out-of-memory killer) costs only the
    rows of the chunk it was scoring: they get an error naming the cause, a fresh pool is
    started and the chunks that were waiting are scored again, one at a time until the one
    that killed the pool is found, so the other chunks in flight are not blamed. When the
    workers died because the run is being stopped (``stop()`` is true: a SIGTERM sent to the
    whole process group reaches them too), nothing more is yielded: their rows are not
    written as failed, and a resumed run scores them.
    """
    it = iter(chunks)
    head = [c for c in (next(it, None), next(it, None)) if c is not None]
    if workers <= 1 or len(head) < 2:
        for chunk in chain(head, it):
            yield chunk, scorer.score(chunk)
        return
    run = work or score_in_worker
    pool = _Pool(workers, scorer, model_dir)
    window: deque[tuple[list[Record], Future[list[Row]]]] = deque()
    try:
        for chunk in chain(head, it):
            window.append((chunk, pool.submit(run, chunk)))
            if len(window) >= 2 * workers:
                yield from _drain(window, pool, scorer, run, 2 * workers - 1, stop)
        yield from _drain(window, pool, scorer, run, 0, stop)
    except _Stopping:
        return
    finally:
        pool.close()


class _Stopping(Exception):
    """The workers died while the run was being stopped."""


def _drain(window: deque[tuple[list[Record], Future[list[Row]]]], pool: _Pool,
           scorer: ChunkScoring, run: ChunkWork, keep: int,
           stop: Callable[[], bool] | None) -> Iterator[tuple[list[Record], list[Row]]]:
    """Results from the front of ``window`` until ``keep`` chunks are left in flight."""
    while len(window) > keep:
        chunk, future = window[0]
        try:
            rows = future.result()
        except BrokenProcessPool as exc:
            if stop is not None and stop():
                raise _Stopping from exc
            yield from _recover(window, pool, scorer, run, stop)
            continue
        window.popleft()
        pool.finished += 1
        yield chunk, rows


def _recover(window: deque[tuple[list[Record], Future[list[Row]]]], pool: _Pool,
             scorer: ChunkScoring, run: ChunkWork,
             stop: Callable[[], bool] | None) -> Iterator[tuple[list[Record], list[Row]]]:
    """After a worker died: keep what finished, then score the rest of ``window`` again, one
    chunk at a time in a fresh pool; a chunk that kills its worker alone gets error rows."""
    pending = list(window)
    window.clear()
    pool.restart()
    for chunk, future in pending:
        if future.done() and not future.cancelled() and future.exception() is None:
            pool.finished += 1
            yield chunk, future.result()
            continue
        try:
            rows = pool.submit(run, chunk).result()
        except BrokenProcessPool as exc:
            if stop is not None and stop():
                raise _Stopping from exc
            cause = pool.death_cause()
            pool.deaths += 1
            if pool.finished == 0 and pool.deaths >= 2:
                # Two chunks in a row, each alone, and not one chunk ever scored: the workers
                # most likely cannot start at all.
                raise DetectorError(
                    f"the scoring worker processes stopped before finishing any chunk ({cause}):"
                    " they could not start (workers are started with spawn, so a script that "
                    "calls score_files needs an `if __name__ == \"__main__\":` guard; see the "
                    f"error above), or pages in {_span(chunk)} crashed them; rerun with "
                    "--workers 1 (workers=1) to tell which") from exc
            rows = _failed_rows(scorer, chunk, cause)
            pool.restart()
        else:
            pool.finished += 1
        yield chunk, rows


def _span(chunk: Sequence[Record]) -> str:
    first, last = chunk[0], chunk[-1]
    if first.row is not None and last.row is not None and first.source == last.source:
        return f"{first.source}: rows {first.row}-{last.row}"
    return f"the rows from {_where(first)} to {_where(last)}"


def _failed_rows(scorer: ChunkScoring, chunk: Sequence[Record], cause: str) -> list[Row]:
    return scorer.error_rows(chunk, (
        f"the worker process died ({cause}) while scoring {_span(chunk)}, so this row was not "
        "scored; re-run these rows alone (with --workers 1 the page that crashes is named) or "
        "leave them out"))


def _where(rec: Record) -> str:
    return rec.source if rec.row is None else f"{rec.source}: row {rec.row}"
