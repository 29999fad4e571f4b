"""Where a batch run executes: the local process pool (:mod:`detector.runs.batch`) or a Dask
cluster (:mod:`detector.runs.distributed`).

This module sits above both, so the engines depend on the batch pieces and never the other
way round: ``batch`` imports neither engine module, ``distributed`` imports ``batch``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO, Literal

from ..errors import InputError
from .batch import DEFAULT_OPTIONS, BatchSummary, ScoreOptions, score_files

Engine = Literal["local", "dask"]
ENGINES: tuple[str, ...] = ("local", "dask")


def score_with_engine(
    inputs: Sequence[str | Path],
    output: str | Path | BinaryIO,
    *,
    options: ScoreOptions = DEFAULT_OPTIONS,
    fmt: str | None = None,
    model_dir: str | Path | None = None,
    workers: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    progress: bool = False,
    force: bool = False,
    resume: bool = False,
) -> BatchSummary:
    """:func:`detector.runs.batch.score_files` on ``engine``: ``local`` writes one output file (or
    standard output; an existing one is replaced only with ``force``), ``dask`` a new or empty
    folder of part files, one per input partition. ``resume`` continues an interrupted local
    run (:mod:`detector.runs.resume`)."""
    # One moment for the whole run, whichever engine and however many workers score it.
    options = replace(options, as_of=options.as_of or datetime.now(timezone.utc))
    if engine == "local":
        return score_files(inputs, output, options=options, fmt=fmt, model_dir=model_dir,
                           workers=workers, progress=progress, force=force, resume=resume)
    if engine != "dask":
        raise InputError(f"engine {engine!r} is unknown; use one of " + ", ".join(ENGINES))
    if resume:
        raise InputError("--resume continues a local run; a dask run writes one part file per "
                         "partition: score the partitions whose part files are missing again")
    if not isinstance(output, (str, Path)) or str(output) == "-":
        raise InputError("the dask engine writes a folder of part files; give a folder "
                         "as the output, not standard output")
    if options.keep:
        raise InputError(f"--keep {options.keep[0]!r}: kept columns are written by the local "
                         "engine only; drop --engine dask, or join the kept columns back on "
                         "source and row")
    from .distributed import score_on_dask

    return score_on_dask(inputs, output, options=options, fmt=fmt or "parquet",
                         model_dir=model_dir, scheduler=scheduler, workers=workers,
                         progress=progress)
