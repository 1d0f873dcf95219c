"""The garbage collector runs on the UI thread only: cycles made anywhere are collected by the
UI thread's timer, never by a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ftz_desktop.ui.common import collector as collector_module
from ftz_desktop.ui.common.collector import MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_cycles_are_collected_on_the_ui_thread_only(qtbot, monkeypatch):
    monkeypatch.setattr(collector_module, "STARTUP_SECONDS", 0.0)
    was_enabled = gc.isenabled()
    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=20)
    try:
        assert not gc.isenabled()
        freed_on: list[str] = []
        made: list[weakref.ref] = []

        def worker() -> None:  # allocates far past the first threshold: nothing is collected here
            for _ in range(20 * collector.thresholds[0]):
                node = Node()
                made.append(weakref.ref(node, lambda _r: freed_on.append(threading.current_thread().name)))
                del node

        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        assert freed_on == [] and all(ref() is not None for ref in made)
        qtbot.waitUntil(lambda: all(ref() is None for ref in made), timeout=5_000)
        assert set(freed_on) == {threading.main_thread().name}
        assert collector.collections[0] >= 1
    finally:
        collector.stop()
        owner.deleteLater()
    assert gc.isenabled() == was_enabled


def test_older_generations_are_collected_as_the_interpreter_would(qtbot, monkeypatch):
    monkeypatch.setattr(collector_module, "STARTUP_SECONDS", 0.0)
    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=10_000)  # checked by hand
    try:
        gc.collect()
        assert collector.check() is None  # nothing allocated since
        generations = []
        for _ in range((collector.thresholds[1] + 2) * (collector.thresholds[2] + 2) + 2):
            junk = [Node() for _ in range(collector.thresholds[0] + 1)]
            del junk
            generations.append(collector.check())
        assert generations.count(2) >= 1 and generations.count(1) >= 1 and generations.count(0) >= 1
    finally:
        collector.stop()
        owner.deleteLater()


def test_nothing_is_collected_while_the_start_up_objects_are_young(qtbot):
    """Until gc.freeze (the window's warm-up) every object would be scanned: the UI thread waits."""
    gc.unfreeze()
    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=10_000)
    try:
        junk = [Node() for _ in range(collector.thresholds[0] * 3)]
        del junk
        assert collector.check() is None
        gc.freeze()
        junk = [Node() for _ in range(collector.thresholds[0] * 3)]
        del junk
        assert collector.check() == 0
    finally:
        gc.unfreeze()
        collector.stop()
        owner.deleteLater()
