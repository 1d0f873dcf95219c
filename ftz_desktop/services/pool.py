"""The worker pool of imports and re-extractions: CPU-heavy pure functions in worker processes
(or inline when asked), while the calling process writes to SQLite.

Workers are supervised: a job that runs past its time budget has its worker killed and fails
with ``TookTooLong``; a worker that dies (a parser crashing the interpreter, the memory limit)
fails its job with ``WorkerLost``; either way a new worker takes the next job, so one hostile
file never ends an import.

Processes are started with "spawn" (the GUI calls this from a thread, and forking a threaded
process is unsafe): a script that imports through this module needs the usual
``if __name__ == "__main__":`` guard, as every multiprocessing program does.
"""

from __future__ import annotations

import collections
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

# Below this many jobs, a process pool costs more than it saves.
POOL_MIN_FILES = 200
# Jobs in flight per worker process: enough to keep them busy while the writer catches up.
JOBS_PER_WORKER = 16
# Wall-clock seconds one job (reading one file) may take before its worker is killed.
JOB_SECONDS = float(os.environ.get("FTZ_DESKTOP_PARSE_SECONDS") or 30)


class TookTooLong(Exception):
    """A job ran past its time budget; its worker was killed."""


class WorkerLost(Exception):
    """The worker process running a job died (crashed, or was killed for its memory)."""


class OutOfMemory(Exception):
    """A job needed more memory than a worker may take; that worker was replaced."""


def out_of_memory() -> str:
    """The reason given for a file that needed more memory than a worker may take."""
    mb = os.environ.get("FTZ_DESKTOP_WORKER_MEMORY_MB") or WORKER_MEMORY_MB
    return f"needs more memory than one file may take ({mb} MB, FTZ_DESKTOP_WORKER_MEMORY_MB): not imported"


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


# Memory (MB) a worker may take beyond what it holds once ready, FTZ_DESKTOP_WORKER_MEMORY_MB
# (0: no limit). Past it an allocation fails: the file fails with a MemoryError reason (or the
# worker dies and a new one goes on), never the machine.
WORKER_MEMORY_MB = 2048


def _address_space() -> int | None:
    """This process's virtual memory size in bytes (where /proc tells it)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def limit_memory() -> int | None:
    """Cap this process's address space (RLIMIT_AS) at its present size plus the allowance;
    the limit in bytes, or None where the platform has no such limit (Windows; macOS does not
    enforce it) or it is turned off."""
    try:
        import resource
    except ImportError:
        return None
    try:
        allowance = float(os.environ.get("FTZ_DESKTOP_WORKER_MEMORY_MB") or WORKER_MEMORY_MB)
    except ValueError:
        allowance = WORKER_MEMORY_MB
    base = _address_space()
    if allowance <= 0 or base is None:
        return None
    limit = base + int(allowance * 1024 * 1024)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return None
    return limit


# Modules a worker imports before it says it is ready (their import is not part of a job's time);
# a module's ``warm_up()``, where it has one, is called too (dictionaries, gazetteer, numpy).
PRELOAD = ("ftz_desktop.services.importing",)
# Seconds a new worker may take to start and import them.
START_SECONDS = 120.0


def _worker_main(conn: Any, parent: int) -> None:
    """A worker process: import what jobs need, say so, then run the jobs that come through
    ``conn`` until told to stop."""
    import importlib

    _watch_parent(parent)
    for name in PRELOAD:
        module = importlib.import_module(name)
        warm = getattr(module, "warm_up", None)
        if callable(warm):
            warm()
    limit_memory()
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args = job
        spent = False
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except MemoryError:
            # over the ceiling: what is left of this process cannot be trusted with the next job
            reply, spent = ("error", OutOfMemory(out_of_memory())), True
        except Exception as exc:  # noqa: BLE001 - handed to whoever waits for the job
            reply = ("error", exc)
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or error
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        if spent:
            conn.send(("retire", None))  # its unstarted jobs go to a fresh worker
            return


class _Slot:
    """One worker process and the job it runs."""

    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        # jobs sent to this worker, oldest first: it runs them in order; the first is running
        self.jobs: collections.deque[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]] = collections.deque()
        self.ready = False
        self.started = time.monotonic()  # of its start-up, then of its job

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=0 if kill else 2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.conn.close()


# Jobs sent ahead to a worker, so it never waits for this process to hand it the next one (4 was
# about 6 ms of work on news stories: workers sat idle 9% of an import while the writer's thread
# held the interpreter's lock and the dispatching thread waited for it).
SENT_AHEAD = 8


class SupervisedPool(Executor):
    """Worker processes that run jobs in order, each job under a time budget."""

    def __init__(self, workers: int, *, job_seconds: float | None = None) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._size = max(1, workers)
        self._job_seconds = JOB_SECONDS if job_seconds is None else job_seconds
        self._queue: collections.deque[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]] = collections.deque()
        self._slots: list[_Slot] = []
        self._lock = threading.Lock()
        self._closed = False
        self._wake_r, self._wake_w = self._ctx.Pipe(duplex=False)
        # a wake-up is in the pipe, unread: a job submitted meanwhile needs no other (an import
        # submits thousands, and each byte woke the dispatching thread away from the results)
        self._wake_pending = False
        self._thread = threading.Thread(target=self._run, name="import-workers", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        if kwargs:
            raise TypeError("SupervisedPool jobs take positional arguments only")
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the pool is shut down")
            self._queue.append((future, fn, args))
            wake, self._wake_pending = not self._wake_pending, True
        if wake:
            self._wake_w.send_bytes(b"!")
        return future

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    if self._closed:
                        return
                    self._dispatch()
                busy = [s for s in self._slots if s.jobs or not s.ready]
                now = time.monotonic()
                timeout = min((s.started + self._budget(s) - now for s in busy), default=1.0)
                ready = multiprocessing.connection.wait([self._wake_r, *(s.conn for s in busy)], max(0.0, timeout))
                if self._wake_r in ready:
                    while self._wake_r.poll():
                        self._wake_r.recv_bytes()
                    with self._lock:  # (jobs submitted before this are dispatched next)
                        self._wake_pending = False
                for slot in busy:
                    if slot.conn in ready:
                        self._collect(slot)
                    elif time.monotonic() - slot.started > self._budget(slot):
                        if slot.ready:
                            error: Exception = TookTooLong(
                                f"took too long (over {self._job_seconds:.0f} s): not imported"
                            )
                        else:
                            error = WorkerLost("the reader process did not start")
                        self._replace(slot, error)
        except Exception as exc:  # noqa: BLE001 - fail what is waiting rather than hang the import
            with self._lock:
                for slot in self._slots:
                    for future, _fn, _args in slot.jobs:
                        if not future.done():
                            future.set_exception(exc)
                for future, _fn, _args in self._queue:
                    if not future.done():
                        future.set_exception(exc)

    def _dispatch(self) -> None:
        while len(self._slots) < self._size and len(self._queue) > sum(SENT_AHEAD for s in self._slots if s.ready):
            self._slots.append(_Slot(self._ctx))  # sent jobs once it is ready
        while self._queue:
            ready = [s for s in self._slots if s.ready and len(s.jobs) < SENT_AHEAD]
            if not ready:
                return
            slot = min(ready, key=lambda s: len(s.jobs))
            job = self._queue.popleft()
            if not job[0].running() and not job[0].set_running_or_notify_cancel():
                continue  # cancelled (a job sent back from a lost worker is already running)
            if not slot.jobs:
                slot.started = time.monotonic()
            slot.jobs.append(job)
            try:
                slot.conn.send((job[1], job[2]))
            except (OSError, ValueError) as exc:
                self._lock.release()
                try:
                    self._replace(slot, WorkerLost(f"the reader process could not be reached ({exc})"))
                finally:
                    self._lock.acquire()

    def _budget(self, slot: _Slot) -> float:
        return self._job_seconds if slot.ready else START_SECONDS

    def _collect(self, slot: _Slot) -> None:
        try:
            kind, value = slot.conn.recv()
        except (EOFError, OSError):
            slot.process.join(timeout=1)
            code = slot.process.exitcode
            self._replace(slot, WorkerLost(f"the reader crashed on this file (exit code {code}): not imported"))
            return
        if kind == "ready":
            slot.ready = True
            return
        if kind == "retire":
            self._replace(slot, None)
            return
        future = slot.jobs.popleft()[0]
        slot.started = time.monotonic()  # the next job's clock
        if isinstance(value, OutOfMemory):
            slot.ready = False  # it retires next: nothing more is sent to it
        if kind == "ok":
            future.set_result(value)
        else:
            future.set_exception(value)

    def _replace(self, slot: _Slot, error: Exception | None) -> None:
        """Kill a worker, fail its running job with ``error``, send the jobs queued behind it to the
        others, and put a fresh worker in its place (started lazily). ``error`` None: a worker that
        retired between jobs; every job it holds goes back to the queue."""
        head = slot.jobs.popleft() if slot.jobs and error is not None else None
        slot.stop(kill=True)
        with self._lock:
            self._slots.remove(slot)
            while slot.jobs:  # not started: back to the front of the queue, in order
                future, fn, args = slot.jobs.pop()
                retry: Future[Any] = future
                self._queue.appendleft((retry, fn, args))
        if head is not None and not head[0].done():
            head[0].set_exception(error or WorkerLost("the reader stopped"))
        elif head is None and error is not None and not slot.ready:  # a worker that cannot start: fail the next job
            with self._lock:
                if self._queue:
                    queued, _fn, _args = self._queue.popleft()
                    if queued.running() or queued.set_running_or_notify_cancel():
                        queued.set_exception(error)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            if cancel_futures:
                for future, _fn, _args in self._queue:
                    future.cancel()
                self._queue.clear()
        try:
            self._wake_w.send_bytes(b"!")
        except OSError:
            pass
        self._thread.join(timeout=5)
        for slot in self._slots:
            slot.stop(kill=bool(slot.jobs))
            for future, _fn, _args in slot.jobs:
                if not future.done():
                    future.set_exception(WorkerLost("the import ended"))
        self._slots.clear()
        self._wake_r.close()
        self._wake_w.close()


def executor_for(n_jobs: int, workers: int | None) -> tuple[Executor, int]:
    """An executor for ``n_jobs`` jobs and how many to keep in flight.

    ``workers``: processes to use (None: two from POOL_MIN_FILES jobs up, else one; 0: inline,
    without a time budget). Shut it down with ``shutdown(wait=False, cancel_futures=True)``."""
    if n_jobs == 0 and workers is None:
        return Inline(), 1
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if n_jobs >= POOL_MIN_FILES else 1
    if workers <= 0:
        return Inline(), 1
    log.info("%d jobs in %d worker processes", n_jobs, workers)
    return SupervisedPool(workers), workers * JOBS_PER_WORKER
