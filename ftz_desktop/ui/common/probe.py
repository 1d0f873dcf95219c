"""An event-loop probe: a precise timer on the UI thread that notices when the loop could not run
it on time — the stalls a user feels. Used by the start-up probe, the benchmarks and the tests'
guard against slots that run too long on the UI thread.

Two measures per gap between ticks: wall time (what the user waits; includes the machine being
busy with other processes) and the UI thread's own CPU time (what our code spent on the UI thread;
a slot that computes for 80 ms shows as 80 ms whatever the machine's load)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class EventLoopProbe(QObject):
    """Ticks every ``interval_ms`` and records the gaps beyond it.

    ``longest_wall`` / ``longest_cpu`` are the worst excess over the interval in milliseconds,
    ``stalls(threshold)`` lists the wall stalls over a threshold with when they ended (seconds
    after ``start``).
    """

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self.reset()

    def reset(self) -> None:
        self.gaps: list[tuple[float, float, float]] = []  # (ended at s, wall ms, cpu ms) beyond the interval
        self.longest_wall = 0.0
        self.longest_cpu = 0.0
        self._start = time.perf_counter()
        self._last_wall = self._start
        self._last_cpu = time.thread_time()

    def start(self) -> None:
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def running(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        wall_ms = (wall - self._last_wall) * 1000 - self.interval_ms
        cpu_ms = (cpu - self._last_cpu) * 1000
        self._last_wall, self._last_cpu = wall, cpu
        if wall_ms > 1 or cpu_ms > 1:
            self.gaps.append((wall - self._start, max(0.0, wall_ms), cpu_ms))
        self.longest_wall = max(self.longest_wall, wall_ms)
        self.longest_cpu = max(self.longest_cpu, cpu_ms)

    def stalls(self, threshold_ms: float = 50.0) -> list[tuple[float, float]]:
        """(ended at s, wall ms) of every wall stall over ``threshold_ms``."""
        return [(at, wall) for at, wall, _cpu in self.gaps if wall > threshold_ms]

    def ticks(self) -> int:
        return len(self.gaps)
