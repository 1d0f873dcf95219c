"""An event-loop probe: a precise timer on the UI thread that notices when the loop could not run
it on time — the stalls a user feels. Used by the start-up probe, the benchmarks and the tests'
guard against slots that run too long on the UI thread.

Two measures per gap between ticks: wall time (what the user waits; includes the machine being
busy with other processes) and the UI thread's own CPU time (what our code spent on the UI thread;
a slot that computes for 80 ms shows as 80 ms whatever the machine's load). On Linux a third: the
time the UI thread was ready to run but waited for a core (the scheduler's run-queue delay, from
/proc/thread-self/schedstat) — the part of a wall gap that other programs' load put there; the
rest (``longest_own``) is what this process caused, waits for the GIL included."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def run_queue_wait_ns() -> int | None:
    """Nanoseconds the calling thread has spent ready to run but waiting for a CPU (Linux), else None."""
    try:
        return int(_SCHEDSTAT.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None


class EventLoopProbe(QObject):
    """Ticks every ``interval_ms`` and records the gaps beyond it.

    ``longest_wall`` / ``longest_cpu`` are the worst excess over the interval in milliseconds,
    ``longest_own`` the worst wall excess less the time spent waiting for a core (equal to
    ``longest_wall`` where the system does not tell), ``stalls(threshold)`` lists the wall stalls over a threshold with when they ended (seconds
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
        # (ended at s, wall ms beyond the interval, UI-thread cpu ms, ms waiting for a core)
        self.gaps: list[tuple[float, float, float, float]] = []
        self.longest_wall = 0.0
        self.longest_cpu = 0.0
        self.longest_own = 0.0
        self._start = time.perf_counter()
        self._last_wall = self._start
        self._last_cpu = time.thread_time()
        self._last_wait = run_queue_wait_ns()

    def start(self) -> None:
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def running(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        wall, cpu, waited = time.perf_counter(), time.thread_time(), run_queue_wait_ns()
        wall_ms = (wall - self._last_wall) * 1000 - self.interval_ms
        cpu_ms = (cpu - self._last_cpu) * 1000
        wait_ms = (waited - self._last_wait) / 1e6 if waited is not None and self._last_wait is not None else 0.0
        self._last_wall, self._last_cpu, self._last_wait = wall, cpu, waited
        if wall_ms > 1 or cpu_ms > 1:
            self.gaps.append((wall - self._start, max(0.0, wall_ms), cpu_ms, wait_ms))
        self.longest_wall = max(self.longest_wall, wall_ms)
        self.longest_cpu = max(self.longest_cpu, cpu_ms)
        self.longest_own = max(self.longest_own, wall_ms - wait_ms)

    def stalls(self, threshold_ms: float = 50.0) -> list[tuple[float, float]]:
        """(ended at s, wall ms) of every wall stall over ``threshold_ms``."""
        return [(at, wall) for at, wall, _cpu, _wait in self.gaps if wall > threshold_ms]

    def own_stalls(self, threshold_ms: float = 50.0) -> list[tuple[float, float]]:
        """(ended at s, ms) of every stall over ``threshold_ms`` once the waits for a core are taken out."""
        return [(at, wall - wait) for at, wall, _cpu, wait in self.gaps if wall - wait > threshold_ms]

    def ticks(self) -> int:
        return len(self.gaps)
