"""PySide6 6.12.0's ``SignalInstance.emit`` returns an unowned ``True``: every emit from Python
releases a reference it never took, and on Python 3.11 a few thousand emits crash the interpreter
("bool_dealloc"). The project's one defence is the version pin in pyproject.toml (the code calls
``signal.emit()`` directly); this test fails on any PySide6 that has the bug, whichever way it
was installed."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    ping = Signal(int)
    bare = Signal()


@pytest.mark.parametrize("args", [(7,), ()])
def test_emit_keeps_the_reference_count_of_true(qtbot, args: tuple[int, ...]) -> None:
    sender = Sender()
    signal = sender.ping if args else sender.bare
    got: list[object] = []
    signal.connect(lambda *a: got.append(a))
    before = sys.getrefcount(True)
    for _ in range(1000):
        signal.emit(*args)
    assert sys.getrefcount(True) >= before - 10  # other threads may drop a few; the bug drops 1000
    assert len(got) == 1000


def test_the_pin_excludes_the_broken_release() -> None:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
    deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(d.startswith("PySide6-Essentials") and "!=6.12.0" in d for d in deps)
