"""Interrupted batch runs: stopping cleanly on Ctrl-C or SIGTERM, and ``--resume``.

A run into a file writes a hidden partial file that is renamed into place only at the end
(:func:`detector.runs.batch.score_to_file`). When the run is interrupted, it stops after the chunk
in progress, finishes the partial file (so every row in it is whole) and writes a small state
file beside the output::

    OUT                      not there: the run did not finish
    .partial-XXXX-OUT        the rows scored so far, in input order
    .OUT.resume.json         how many rows, which inputs, options, model and moment (as_of)

``--resume`` checks that the inputs, options and model are the ones of the interrupted run,
skips as many input rows as the partial file holds (each input row gives exactly one output
row) and scores the rest into the same partial file, with the first run's ``as_of``, so the
finished output is the one an uninterrupted run gives: same rows, same order, same scores.

A run killed outright (SIGKILL, power loss) writes no state file; it cannot be resumed and its
hidden partial file is left behind to be deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, NoReturn, Protocol

from ..errors import DetectorError, InputError
from ..input.records import Source

STATE_VERSION = 1


class RunInterrupted(DetectorError):
    """A batch run was stopped by Ctrl-C or SIGTERM; its state was saved for ``--resume``."""


@dataclass(frozen=True)
class RunState:
    """What ``--resume`` needs to continue an interrupted run into the same output."""

    #: The partial file's name, in the output's folder.
    partial: str
    #: Rows in the partial file, and its size in bytes when they were all written.
    rows: int
    size: int
    fmt: str
    model_id: str
    #: The first run's moment page ages are measured from (ISO 8601).
    as_of: str
    #: Hash of the inputs (paths, sizes, modification times) and the options.
    fingerprint: str
    #: Counts of the rows already written, for the end-of-run summary.
    scored: int = 0
    flagged: int = 0
    failed: int = 0
    version: int = STATE_VERSION


def state_path(output: Path) -> Path:
    """Where the state of an interrupted run into ``output`` is kept."""
    return output.parent / f".{output.name}.resume.json"


def fingerprint(sources: Sequence[Any], options: Any) -> str:
    """A hash of what decides the rows: each input's path, size and modification time, and the
    options other than ``as_of`` (which the state keeps apart)."""
    digest = hashlib.sha256()
    for source in sources:
        info = os.stat(source.path)
        digest.update(f"{os.path.abspath(source.path)}\0{info.st_size}\0{info.st_mtime_ns}\n"
                      .encode("utf-8", "surrogateescape"))
    digest.update(repr(replace(options, as_of=None)).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def save_state(output: Path, state: RunState) -> Path:
    """Write the state file (atomically: a fresh file renamed over any old one)."""
    target = state_path(output)
    fd, name = tempfile.mkstemp(prefix=".state-", dir=output.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(state), fh, indent=1)
    os.replace(name, target)
    return target


def load_state(output: Path) -> RunState:
    """The state of the interrupted run into ``output``; InputError when there is none."""
    path = state_path(output)
    try:
        if path.is_symlink() or not path.is_file():
            raise FileNotFoundError(path)
        data = json.loads(path.read_text(encoding="utf-8"))
        state = RunState(**data)
    except FileNotFoundError:
        raise InputError(
            f"there is no interrupted run to resume into {str(output)!r} (no {path.name} "
            "beside it; a run killed outright leaves none); run again without --resume"
        ) from None
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(
            f"the resume state {str(path)!r} cannot be read ({exc}); delete it and the hidden "
            ".partial- file beside it, and run again without --resume") from exc
    if state.version != STATE_VERSION:
        raise InputError(f"the resume state {str(path)!r} is from another version of the "
                         "detector; run again without --resume")
    return state


def check_resumable(output: Path, state: RunState, *, fmt: str, model_id: str,
                    print_: str) -> Path:
    """The partial file of ``state``, after checking it belongs to this run."""
    if state.fingerprint != print_:
        raise InputError(
            f"the interrupted run into {str(output)!r} had other inputs or options (or an "
            "input changed since): resume with the same inputs and options, or run again "
            "without --resume (and --force)")
    if state.fmt != fmt or state.model_id != model_id:
        raise InputError(
            f"the interrupted run into {str(output)!r} wrote {state.fmt} with model "
            f"{state.model_id}; resume with the same format and --model, or run again without "
            "--resume")
    partial = output.parent / state.partial
    if (Path(state.partial).name != state.partial or not state.partial.startswith(".partial-")
            or partial.is_symlink() or not partial.is_file()
            or partial.stat().st_size < state.size):
        raise InputError(
            f"the partial file {str(partial)!r} of the interrupted run is missing or shorter "
            "than when it was saved; run again without --resume")
    return partial


def clear_state(output: Path) -> None:
    """Forget the state of an interrupted run into ``output`` (its run finished)."""
    state_path(output).unlink(missing_ok=True)


class StopRequest:
    """Turns the first Ctrl-C or SIGTERM into a request to stop after the chunk in progress.

    A second one stops at once (the handlers in place before are back by then). Handlers can
    only be set in the main thread; elsewhere this does nothing and signals act as usual.
    """

    def __init__(self) -> None:
        self.signal: int | None = None
        self._old: dict[int, Any] = {}

    def __call__(self) -> bool:
        """Whether a stop was asked for."""
        return self.signal is not None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.signal = signum
        self._restore()

    def _restore(self) -> None:
        for signum, handler in self._old.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        self._old.clear()

    def __enter__(self) -> StopRequest:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._old[signum] = signal.getsignal(signum)
                signal.signal(signum, self._handle)
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._restore()


def interrupted(final: Path, partial: Path, fmt: str, model_id: str, as_of: datetime,
                fingerprint: str, resume: RunState | None, summary: RunCounts) -> NoReturn:
    """Save the state of a run stopped after ``summary``'s rows and raise
    :class:`RunInterrupted` saying how far it got and how to resume."""
    before = resume or RunState("", 0, 0, fmt, "", "", "")
    rows = before.rows + summary.rows
    state = RunState(
        partial=partial.name, rows=rows, size=partial.stat().st_size, fmt=fmt,
        model_id=model_id, as_of=as_of.isoformat(), fingerprint=fingerprint,
        scored=before.scored + summary.scored, flagged=before.flagged + summary.flagged,
        failed=before.failed + summary.failed)
    if resume is not None and resume.partial != partial.name:
        (final.parent / resume.partial).unlink(missing_ok=True)
    saved = save_state(final, state)
    total = f" of ~{summary.rows_estimate:,}" if summary.rows_estimate > rows else ""
    raise RunInterrupted(
        f"interrupted after {rows:,}{total} rows; {str(final)!r} was not written: the rows so "
        f"far are in {partial.name} and the run's state in {saved.name}, beside it. Resume "
        "with the same command and --resume (score_files(..., resume=True)); it scores only "
        "the rows not yet written")


class RunCounts(Protocol):
    """What :func:`interrupted` reads of a batch summary."""

    @property
    def rows(self) -> int: ...
    @property
    def scored(self) -> int: ...
    @property
    def flagged(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def rows_estimate(self) -> int: ...


# -- the output file: refused when unsafe, written hidden, renamed into place --------------
def create_partial(final: Path) -> Path:
    """A new hidden partial file beside ``final``, made safely (never through a planted link)."""
    fd, name = tempfile.mkstemp(prefix=".partial-", suffix=f"-{final.name}", dir=final.parent)
    try:
        # mkstemp makes the file private (0600); the output gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
    finally:
        os.close(fd)
    return Path(name)


def forget_interrupted(path: Path) -> None:
    """A fresh run into ``path`` drops the state and rows of an earlier interrupted one."""
    try:
        old = load_state(path).partial
    except InputError:
        old = ""
    if old.startswith(".partial-") and Path(old).name == old:
        (path.parent / old).unlink(missing_ok=True)
    clear_state(path)


def check_output(path: Path, sources: Sequence[Source], force: bool) -> None:
    """Refuse an output that is one of the inputs, or that exists, unless ``force``."""
    for source in sources:
        src = Path(source.path)
        if src.resolve() == path.resolve() or (path.exists() and src.exists()
                                              and os.path.samefile(src, path)):
            raise InputError(
                f"the output {str(path)!r} is the input {source.path!r}: writing it would "
                "destroy the input; give another output name")
    if (path.exists() or path.is_symlink()) and not force:
        raise InputError(
            f"the output {str(path)!r} exists; give --force (force=True) to replace it, or "
            "another name")
