"""Run service calls on a thread pool; results come back to the GUI thread through signals.

Modelled on superqt's GeneratorWorker, Picard's ``run_task`` and Anki's ``QueryOp``: never touch
widgets inside ``fn``. An error that no caller handles is logged and reported by the runner
(``TaskRunner.error_reported``), never dropped.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from ftz_desktop.errors import LibraryError, UserError

log = logging.getLogger(__name__)

Callback = Callable[[Any, BaseException | None], None]


def error_message(error: BaseException) -> str:
    """One line for the user: the message of an error they can act on, else its kind and text."""
    if isinstance(error, (UserError, LibraryError)):
        return str(error)
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


class WorkerSignals(QObject):
    """Lives in the GUI thread, so slots connected to it run there.

    Signals:
        yielded(object): a value the generator yielded (throttled, see ``Worker``).
        returned(object): the function's return value (a generator's ``return`` value).
        errored(object): the exception it raised.
        finished(): always last, whatever happened.
    """

    yielded = Signal(object)
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._callback: Callback | None = None
        self._error_handler: Callable[[BaseException], object] | None = None  # the owner's
        self._fallback: Callable[[BaseException], object] | None = None  # the runner's report
        # the runner and the owner of the callback: once either is deleted (a window closed while
        # the work ran), its answer has nowhere to go and is dropped
        self._receivers: tuple[QObject, ...] = ()
        self.returned.connect(self._deliver_result)
        self.errored.connect(self._deliver_error)

    def receivers_alive(self) -> bool:
        """False once the runner or the owner that was to receive the answer has been deleted."""
        return all(isValid(r) for r in self._receivers)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        if self._callback is not None and self.receivers_alive():
            self._callback(result, None)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        if not self.receivers_alive():
            log.info("dropped the error of a task whose receiver was deleted: %s", error_message(error))
        elif self._callback is not None:
            self._callback(None, error)
        elif self._error_handler is not None:
            self._error_handler(error)
        elif self._fallback is not None:
            self._fallback(error)


class Worker(QRunnable):
    """Runs ``fn(*args, **kwargs)`` on a pool thread; iterates it if it returns a generator.

    ``throttle`` (seconds) coalesces yielded values: at most one ``yielded`` per interval, the
    latest one wins, so 23,000 progress items cannot flood the GUI event queue.
    ``cancel_kwarg`` names a keyword through which ``fn`` receives ``is_cancelled`` and stops by
    itself (e.g. ``Library.import_paths(cancelled=...)``); otherwise a cancelled generator is
    closed at its next yield and a cancelled call's result is dropped.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        throttle: float = 0.0,
        cancel_kwarg: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._throttle = throttle
        self._cancel_kwarg = cancel_kwarg
        self._abort = threading.Event()
        if cancel_kwarg:
            self._kwargs[cancel_kwarg] = self.is_cancelled

    def on_error(self, handler: Callable[[BaseException], object]) -> None:
        """Handle this worker's error here (on the GUI thread); else its runner reports it."""
        self.signals._error_handler = handler

    def cancel(self) -> None:
        """Ask the work to stop; safe from any thread."""
        self._abort.set()

    def is_cancelled(self) -> bool:
        return self._abort.is_set()

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drain(result)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            if not self._dropped():
                self.signals.errored.emit(exc)
        else:
            if not self._dropped():
                self.signals.returned.emit(result)
        finally:
            self.signals.finished.emit()

    def _dropped(self) -> bool:
        """A cancelled worker without a cooperative function has nothing worth reporting."""
        return self.is_cancelled() and not self._cancel_kwarg

    def _drain(self, gen: Any) -> Any:
        last_emit = 0.0
        pending: Any = _NOTHING
        try:
            while True:
                if self.is_cancelled() and not self._cancel_kwarg:
                    gen.close()
                    return None
                try:
                    value = next(gen)
                except StopIteration as stop:
                    if pending is not _NOTHING and not self.is_cancelled():
                        self.signals.yielded.emit(pending)
                    return stop.value
                now = time.monotonic()
                if now - last_emit >= self._throttle:
                    self.signals.yielded.emit(value)
                    last_emit = now
                    pending = _NOTHING
                else:
                    pending = value
        finally:
            gen.close()


_NOTHING = object()


class TaskRunner(QObject):
    """Starts workers on its own thread pool and keeps them alive until they finish.

    Signals:
        idle(): the last running worker finished.
        error_reported(str message): a task failed and nobody handled it (it was logged with its
            traceback); the window shows the message.
    """

    idle = Signal()
    error_reported = Signal(str)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._active: set[Worker] = set()

    def start(self, worker: Worker, owner: QObject | None = None) -> Worker:
        """Run ``worker``; an error that neither its callback nor ``on_error`` takes is reported.

        Its answer is dropped if this runner or ``owner`` (the widget the callback updates) is
        deleted before it arrives."""
        worker.signals._fallback = lambda error, fn=worker._fn: self.report(error, fn)
        worker.signals._receivers = (self,) if owner is None else (self, owner)
        self._active.add(worker)
        worker.signals.finished.connect(lambda w=worker: self._forget(w))
        self.pool.start(worker)
        return worker

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        callback: Callback | None = None,
        then: Callable[[Any], object] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> Worker:
        """Run ``fn`` on the pool, then on the GUI thread either ``callback(result, error)``, which
        handles both outcomes, or ``then(result)`` on success only; an error that no ``callback``
        takes is reported (``report``). Nothing is delivered once ``owner`` (or this runner) has
        been deleted."""
        worker = Worker(fn, *args, **kwargs)
        if callback is not None:
            worker.signals._callback = callback
        else:

            def deliver(result: Any, error: BaseException | None) -> None:
                if error is not None:
                    self.report(error, fn)
                elif then is not None:
                    then(result)

            worker.signals._callback = deliver
        return self.start(worker, owner)

    def report(self, error: BaseException, task: object = None) -> None:
        """Log an error no one handled, with its traceback, and tell the window."""
        name = getattr(task, "__qualname__", None) or repr(task)
        log.error("task %s failed", name, exc_info=(type(error), error, error.__traceback__))
        self.error_reported.emit(error_message(error))

    def _forget(self, worker: Worker) -> None:
        self._active.discard(worker)
        if not self._active and isValid(self):  # a runner deleted with its window tells no one
            self.idle.emit()

    def busy(self) -> bool:
        return bool(self._active)

    def cancel_all(self) -> None:
        for worker in list(self._active):
            worker.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is empty (tests and shutdown)."""
        return self.pool.waitForDone(msecs)
