"""The emit wrapper keeps the reference count of True steady whatever the PySide6 version does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ftz_desktop.ui.compat import emit


class Sender(QObject):
    ping = Signal(int)


def test_emit_does_not_release_true(qtbot):
    sender = Sender()
    got = []
    sender.ping.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(1000):
        emit(sender.ping, i)
    assert sys.getrefcount(True) >= before
    assert got == list(range(1000))
