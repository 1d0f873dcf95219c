"""The event-loop probe: a slot that computes shows as UI-thread CPU; a wait for a core is told apart."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QTimer

from ftz_desktop.ui.common.probe import EventLoopProbe, run_queue_wait_ns


def test_a_slot_that_computes_shows_as_a_stall_of_the_ui_thread_itself(qtbot):
    probe = EventLoopProbe(5)
    probe.start()

    def busy() -> None:
        end = time.thread_time() + 0.12
        while time.thread_time() < end:
            pass

    QTimer.singleShot(20, busy)
    qtbot.wait(250)
    probe.stop()
    assert probe.longest_cpu >= 100
    assert probe.longest_wall >= 100
    assert probe.longest_own >= 100 - 50  # at most a little of it waited for a core
    assert probe.own_stalls(90) and probe.stalls(90)


def test_an_idle_loop_has_no_stall(qtbot):
    probe = EventLoopProbe(5)
    probe.start()
    qtbot.wait(100)
    probe.stop()
    assert probe.longest_cpu < 50


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="run-queue delay is read from /proc")
def test_the_run_queue_delay_is_read_and_only_grows():
    first = run_queue_wait_ns()
    assert first is not None and first >= 0
    time.sleep(0.01)
    second = run_queue_wait_ns()
    assert second is not None and second >= first
