"""Running the network coroutines from blocking code (the CLI, batch workers, notebooks)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

__all__ = ["run_sync"]

T = TypeVar("T")


def run_sync(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, even when this thread runs an event loop.

    Inside a running loop (Jupyter, an async app) ``asyncio.run`` refuses, so a worker thread
    gets its own loop.
    """
    box: list[T] = []

    async def main() -> None:
        # The result goes in a box, not out of the task: asyncio.run may repr its main task on
        # exit, and the repr of a list of Pages is the full HTML of every page.
        box.append(await factory())

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(main())
        return box[0]
    errors: list[BaseException] = []

    def work() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    worker = threading.Thread(target=work, name="detector-fetch")
    worker.start()
    worker.join()
    if errors:
        raise errors[0]
    return box[0]
