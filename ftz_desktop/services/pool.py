"""The worker pool of imports and re-extractions: CPU-heavy pure functions in worker processes
(or inline for small jobs), while the calling process writes to SQLite.

Processes are started with "spawn" (the GUI calls this from a thread, and forking a threaded
process is unsafe): a script that imports through this module needs the usual
``if __name__ == "__main__":`` guard, as every multiprocessing program does.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

# Below this many jobs, a process pool costs more than it saves.
POOL_MIN_FILES = 200
# Jobs in flight per worker process: enough to keep them busy while the writer catches up.
JOBS_PER_WORKER = 16


class Inline(Executor):
    """Runs each job at once in this thread (small imports; tests)."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever reads the future
            future.set_exception(exc)
        return future


def _watch_parent(parent: int) -> None:
    """Worker initializer: yield the CPU to the writer, and exit once the importing process is gone.

    The writer (the importing process) is the pipeline's narrow end; with lower priority the
    workers use what CPU it leaves instead of taking turns with it.
    """
    try:
        os.nice(5)
    except (AttributeError, OSError):  # not on this platform
        pass

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(0)
            time.sleep(0.5)

    threading.Thread(target=watch, daemon=True).start()


def executor_for(n_jobs: int, workers: int | None) -> tuple[Executor, int]:
    """An executor for ``n_jobs`` jobs and how many to keep in flight.

    ``workers``: processes to use (None: two, or none below POOL_MIN_FILES jobs; 0: inline).
    Shut it down with ``shutdown(wait=False, cancel_futures=True)`` when done."""
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if n_jobs >= POOL_MIN_FILES else 0
    if workers <= 0:
        return Inline(), 1
    log.info("%d jobs in %d worker processes", n_jobs, workers)
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_watch_parent, initargs=(os.getpid(),))
    return pool, workers * JOBS_PER_WORKER
