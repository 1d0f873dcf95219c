"""Workers: generators are drained on the pool, progress is throttled, cancel stops, results reach the GUI thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from ftz_desktop.ui.common.workers import TaskRunner, Worker


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.cancel_all()
    runner.wait()


def test_callback_gets_result_on_gui_thread(qtbot, runner):
    main = threading.get_ident()
    seen: list[Any] = []

    def work(a, b):
        seen.append(threading.get_ident())
        return a + b

    got = []
    runner.run(work, 2, 3, callback=lambda res, err: got.append((res, err, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got))
    assert got[0][:2] == (5, None)
    assert got[0][2] == main and seen[0] != main


def test_callback_gets_error(qtbot, runner):
    def boom():
        raise ValueError("nope")

    got = []
    runner.run(boom, callback=lambda res, err: got.append((res, err)))
    qtbot.waitUntil(lambda: bool(got))
    assert got[0][0] is None and isinstance(got[0][1], ValueError)


def test_generator_progress_is_throttled_and_return_value_delivered(qtbot, runner):
    def gen():
        yield from range(20_000)
        return "done"

    worker = Worker(gen, throttle=0.05)
    yielded: list[Any] = []
    worker.signals.yielded.connect(yielded.append)
    with qtbot.waitSignal(worker.signals.returned, timeout=10_000) as blocker:
        runner.start(worker)
    assert blocker.args == ["done"]
    assert len(yielded) < 200  # coalesced, not 20,000 queued events


def test_cancel_closes_a_generator(qtbot, runner):
    closed = threading.Event()

    def gen():
        try:
            while True:
                yield 1
                time.sleep(0.001)
        finally:
            closed.set()

    # throttled: a thousand unthrottled progress events a second, queued across threads while
    # pytest-qt's blocker disconnects, once crashed the interpreter inside pytest-qt
    worker = Worker(gen, throttle=0.01)
    returned: list[Any] = []
    worker.signals.returned.connect(returned.append)
    with qtbot.waitSignal(worker.signals.yielded, timeout=10_000):
        runner.start(worker)
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        worker.cancel()
    assert closed.is_set() and returned == []


def test_cooperative_cancel_keeps_the_report(qtbot, runner):
    def importer(cancelled):
        n = 0
        while not cancelled():
            n += 1
            yield n
            time.sleep(0.001)
        return ("report", n)

    worker = Worker(importer, cancel_kwarg="cancelled")
    with qtbot.waitSignal(worker.signals.returned, timeout=10_000) as blocker:
        runner.start(worker)
        qtbot.wait(30)
        worker.cancel()
    assert blocker.args[0][0] == "report"
    assert runner.wait(5000)


def _fails(kind: type[BaseException]) -> None:
    raise kind("the disk went away")


def test_an_unhandled_error_is_reported_not_dropped(qtbot, runner, caplog):
    """``then`` only takes results: the runner logs the error with its traceback and says so."""
    results: list[Any] = []
    with qtbot.waitSignal(runner.error_reported, timeout=5000) as reported:
        runner.run(_fails, OSError, then=results.append)
    assert reported.args == ["OSError: the disk went away"]
    assert results == []
    assert "task _fails failed" in caplog.text and "Traceback" in caplog.text


def test_a_worker_that_handles_its_error_is_not_reported(qtbot, runner):
    seen: list[Any] = []
    reported: list[Any] = []
    runner.error_reported.connect(reported.append)
    worker = Worker(_fails, ValueError)
    worker.on_error(seen.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000):
        runner.start(worker)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ValueError) and reported == []


def test_tasks_on_the_pool_reuse_the_library_connections(qtbot, runner, make_library, write_folder):
    """PySide6 runs each task in a new Python thread state: the library must not open (and keep)
    a connection per task (it did: 127 connections and +50 % memory after 60 searches)."""
    lib = make_library(write_folder({"a.txt": "自贸试验区的片区\n"}))
    totals: list[int] = []
    for n in range(1, 31):
        runner.run(lambda: lib.search("片区").total, then=totals.append)
        qtbot.waitUntil(lambda n=n: len(totals) == n)
    assert totals == [1] * 30
    assert lib.connections() <= runner.pool.maxThreadCount() + 1


def test_an_answer_to_a_deleted_owner_is_dropped(qtbot, runner):
    """A view closed while its work ran receives nothing (its callback would touch a deleted widget)."""
    from PySide6.QtWidgets import QLabel

    gate = threading.Event()
    view = QLabel()
    got: list[Any] = []

    def slow():
        gate.wait(10)
        return "late"

    worker = runner.run(slow, callback=lambda res, err: got.append(view.setText(res)), owner=view)
    kept = QLabel()
    runner.run(lambda: "kept", callback=lambda res, err: got.append(res), owner=kept)
    view.deleteLater()
    qtbot.waitUntil(lambda: got == ["kept"])
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        gate.set()
    qtbot.wait(50)  # the queued answer has had its turn on the event loop
    assert got == ["kept"]


def test_an_error_for_a_deleted_owner_is_not_reported(qtbot, runner):
    from PySide6.QtWidgets import QLabel

    gate = threading.Event()
    view = QLabel()
    reported: list[str] = []
    runner.error_reported.connect(reported.append)

    def fails():
        gate.wait(10)
        raise ValueError("too late")

    worker = runner.run(fails, then=lambda res: None, owner=view)
    view.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(view))
    with qtbot.waitSignal(worker.signals.finished, timeout=10_000):
        gate.set()
    qtbot.wait(50)
    assert reported == []


def test_a_task_ending_after_its_runner_was_deleted_is_quiet(qtbot):
    """A window closed (and its runner deleted) after a task ended but before the task's end was
    delivered: the queued delivery raises nothing (pytest-qt fails a test on an error in a slot)."""
    import shiboken6

    runner = TaskRunner()
    got: list[Any] = []
    runner.run(lambda: "done", callback=lambda res, err: got.append(res))
    assert runner.wait(10_000)  # the task ended; its signals wait in the event queue
    shiboken6.delete(runner)
    qtbot.wait(100)
    assert got == []  # nobody to deliver to
