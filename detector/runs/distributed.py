"""Batch scoring over a Dask cluster: one input partition in, one part file out.

``detector score INPUT... -o FOLDER --engine dask`` splits the inputs into partitions (each
CSV, JSONL, Parquet or WARC file is one partition; saved ``.html`` pages are grouped
:data:`PAGES_PER_PARTITION` to a partition), scores every partition on a Dask worker with the
same :class:`~detector.runs.batch.ChunkScorer` as the local engine and writes
``FOLDER/part-00000.parquet``, ``part-00001.parquet``, ... (or ``.csv`` / ``.jsonl`` with
``--format``), numbered in input order. Reading the part files in name order gives the same
rows, in the same order, with the same scores as the local engine.

The workers read the inputs and write the parts themselves; only file names and counts go
through the scheduler. This is plain ``Client.submit`` per partition rather than a
``dask.dataframe`` pipeline on purpose: the partition scorer is the local engine's code, and
dask.dataframe would turn pandas' ``str`` columns into ``string[pyarrow]`` with other missing-
value rules. The model is loaded once per worker by a worker plugin.

Running on a real cluster
-------------------------

1. Put the inputs and the output folder on storage that every worker machine sees at the same
   path (NFS, a shared volume, a mounted bucket). Paths are opened with plain ``open``, so
   ``s3://`` URLs are not supported; mount the bucket instead.
2. Install the same version of the detector, with the ``dask`` extra (and ``warc`` for WARC
   inputs), on the machine you run ``detector score`` from and on every worker::

       pip install 'giveaway-scam-detector[dask,warc]'

3. Start a scheduler, then workers on each machine. Use one thread per worker process:
   parsing is pure Python, and threads would share one interpreter lock::

       dask scheduler                      # prints tcp://HOST:8786 (older: dask-scheduler)
       dask worker tcp://HOST:8786 --nworkers auto --nthreads 1   # (older: dask-worker)

4. Score::

       detector score /shared/exports/ -o /shared/scored/ --engine dask \\
           --scheduler tcp://HOST:8786

The model (the bundled one, or ``--model DIR``) is sent to the workers by the client, so it
does not need to be on shared storage. Without ``--scheduler`` a ``LocalCluster`` of
``--workers`` processes runs on this machine (on one machine the local engine is faster:
1.9x against 1.4x on 2 cores, ``dependencies.md`` section 7).
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..config import usable_cpus
from ..errors import InputError
from ..input.io import RecordStream, Source, list_sources
from ..modelling.model import default_model_dir, load_model
from .batch import DEFAULT_OPTIONS, BatchSummary, ChunkScorer, ScoreOptions, score_to_file

#: Saved pages per partition: enough work per task (about a second) to hide task overhead.
PAGES_PER_PARTITION = 500
_EXTENSIONS = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet"}


@dataclass(frozen=True)
class Partition:
    """The sources one task scores into one part file."""

    index: int
    sources: tuple[Source, ...]

    def file_name(self, fmt: str) -> str:
        """``part-00042.parquet``: numbered in input order."""
        return f"part-{self.index:05d}.{_EXTENSIONS[fmt]}"


def plan_partitions(sources: Sequence[Source],
                    pages_per_partition: int = PAGES_PER_PARTITION) -> list[Partition]:
    """One partition per export or WARC file; consecutive saved pages grouped."""
    groups: list[tuple[Source, ...]] = []
    pages: list[Source] = []
    for source in sources:
        if source.kind == "page":
            pages.append(source)
            if len(pages) >= pages_per_partition:
                groups.append(tuple(pages))
                pages = []
            continue
        if pages:
            groups.append(tuple(pages))
            pages = []
        groups.append((source,))
    if pages:
        groups.append(tuple(pages))
    return [Partition(i, g) for i, g in enumerate(groups)]


def score_partition(partition: Partition, output_dir: str | Path, fmt: str,
                    scorer: ChunkScorer) -> BatchSummary:
    """Score one partition into its part file in ``output_dir`` (what each task runs)."""
    options = scorer.options
    stream = RecordStream(partition.sources, options.mapping, options.settings)
    return score_to_file(stream, Path(output_dir) / partition.file_name(fmt), fmt, scorer)


def _partition_task(partition: Partition, output_dir: str, fmt: str,
                    plugin_name: str) -> BatchSummary:
    worker = _dask().get_worker()
    plugin = worker.plugins[plugin_name]
    return score_partition(partition, output_dir, fmt, plugin.scorer_for(worker))


def _model_plugin(files: dict[str, bytes], options: ScoreOptions) -> Any:
    """A worker plugin that loads the model once per worker from the files the client sent."""
    class DetectorModelPlugin(_dask().WorkerPlugin):  # type: ignore[misc]
        def __init__(self) -> None:
            self.files = files
            self.options = options
            # One scorer per worker: in-process workers may share this plugin object.
            self.scorers: dict[str, ChunkScorer] = {}
            self.folders: dict[str, str] = {}

        def setup(self, worker: Any) -> None:
            folder = tempfile.mkdtemp(prefix="detector-model-", dir=worker.local_directory)
            for name, data in self.files.items():
                Path(folder, name).write_bytes(data)
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            self.folders[worker.address] = folder
            self.scorers[worker.address] = ChunkScorer(load_model(folder), self.options)

        def scorer_for(self, worker: Any) -> ChunkScorer:
            if worker.address not in self.scorers:  # a worker that joined mid-registration
                self.setup(worker)
            return self.scorers[worker.address]

        def teardown(self, worker: Any) -> None:
            self.scorers.pop(worker.address, None)
            shutil.rmtree(self.folders.pop(worker.address, ""), ignore_errors=True)

    return DetectorModelPlugin()


def _dask() -> Any:
    """The ``distributed`` module, imported on first use (it is an optional extra)."""
    try:
        return importlib.import_module("distributed")
    except ImportError as exc:
        raise InputError(
            "the dask engine needs the dask extra: pip install 'giveaway-scam-detector[dask]'"
        ) from exc


def _connect(scheduler: str | None, workers: int | None, processes: bool) -> tuple[Any, Any]:
    dd = _dask()
    if scheduler:
        try:
            return dd.Client(scheduler, timeout="10s"), None
        except (OSError, TimeoutError) as exc:
            raise InputError(
                f"cannot reach the Dask scheduler at {scheduler!r} ({exc}); start one with "
                "`dask scheduler`, or leave out --scheduler to use this machine"
            ) from exc
    cluster = dd.LocalCluster(n_workers=workers or usable_cpus(), threads_per_worker=1,
                           processes=processes, dashboard_address=None,
                           silence_logs=logging.ERROR)
    return dd.Client(cluster), cluster


def score_on_dask(
    inputs: Sequence[str | Path],
    output_dir: str | Path,
    *,
    options: ScoreOptions = DEFAULT_OPTIONS,
    fmt: str = "parquet",
    model_dir: str | Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    processes: bool = True,
    progress: bool = False,
) -> BatchSummary:
    """Score ``inputs`` on a Dask cluster into ``output_dir`` (one part file per partition).

    ``scheduler`` is a scheduler address (``tcp://host:8786``); without it a LocalCluster of
    ``workers`` processes (threads when ``processes`` is false) is started and stopped here.
    ``output_dir`` must be new or empty, so that its part files are all from this run.
    """
    from tqdm import tqdm

    started = time.perf_counter()
    if fmt not in _EXTENSIONS:
        raise InputError(f"output format {fmt!r} is unknown; use csv, jsonl or parquet")
    partitions = plan_partitions(list_sources(inputs))
    out = Path(output_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(
            f"output {str(out)!r} is not an empty folder; the dask engine writes part files "
            "into a new or empty folder: give another one or empty it"
        )
    folder = Path(model_dir) if model_dir is not None else default_model_dir()
    load_model(folder)  # refuse a bad model here, not on every worker
    files = {f.name: f.read_bytes() for f in folder.iterdir() if f.is_file()}
    client, cluster = _connect(scheduler, workers, processes)
    try:
        out.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(repr(options).encode())
        for name in sorted(files):
            digest.update(name.encode() + b"\0" + files[name])
        plugin_name = f"detector-model-{digest.hexdigest()[:16]}"
        client.register_plugin(_model_plugin(files, options), name=plugin_name)
        futures = [
            client.submit(_partition_task, p, str(out.resolve()), fmt, plugin_name,
                          pure=False, key=f"detector-score-{p.index}-{time.time_ns()}")
            for p in partitions
        ]
        with tqdm(total=len(futures), unit="part", desc="scoring", disable=not progress,
                  leave=False) as bar:
            for _ in _dask().as_completed(futures):
                bar.update(1)
        results: list[BatchSummary] = client.gather(futures)
        n_workers = len(client.scheduler_info().get("workers", {}))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    total = BatchSummary()
    for r in results:
        total = total.merged(r)
    return replace(total, seconds=time.perf_counter() - started, output=str(out),
                   engine="dask", workers=n_workers)
