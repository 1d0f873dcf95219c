"""Python's cyclic garbage collector, run on the UI thread only: automatic collection is turned
off and a timer on the UI thread collects as the interpreter would have (same thresholds).

Left automatic, a collection runs on whichever thread happens to allocate at that moment, often a
worker importing modules or writing an import; a cycle holding a Qt object made on the UI thread
(a widget, a model, a signal holder) is then destroyed on that worker, against Qt's rules. The
window then failed now and then at start-up: ``verticalHeader()`` answered with a stale wrapper of
another type ("'QWidget' object has no attribute 'setSectionResizeMode'"), or the process died in
PySide's ``MetaObjectBuilder::update`` (a null type). The usual cure for PyQt/PySide programs with
worker threads."""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

INTERVAL_MS = 100
# Until the start-up's objects are frozen out of the collector's sight (the window does it once it
# has warmed up: gc.freeze), or this long at the latest, nothing is collected: everything made
# since the interpreter started would still be young, and collecting it costs the UI thread 30-50
# ms at a time; starting up makes little cyclic garbage.
STARTUP_SECONDS = 20.0


class MainThreadCollector(QObject):
    """Disables automatic collection while it lives and collects from a timer on its thread:
    generation 0 once ``gc.get_count()`` passes the first threshold, the older generations as the
    interpreter would (after so many collections of the younger); nothing during the start-up
    (``STARTUP_SECONDS``)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]  # made by this collector, per generation
        self._was_enabled = gc.isenabled()
        self._started = time.monotonic()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the generation that is due, if any; returns it."""
        if not gc.get_freeze_count() and time.monotonic() - self._started < STARTUP_SECONDS:
            return None
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if first <= 0 or young <= first:
            return None
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)
        self.collections[generation] += 1
        return generation

    def stop(self) -> None:
        """Give collection back to the interpreter."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_installed: MainThreadCollector | None = None


def install(parent: QObject) -> MainThreadCollector:
    """The application's collector (one per process), owned by ``parent`` (the QApplication)."""
    global _installed
    if _installed is None or not isValid(_installed):
        _installed = MainThreadCollector(parent)
    return _installed
