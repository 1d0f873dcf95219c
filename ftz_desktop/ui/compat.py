"""Work around PySide6 bugs; today: ``SignalInstance.emit`` in 6.12.0 returns an unowned ``True``.

Every ``signal.emit()`` made from Python then releases one reference to ``True`` that it never
took; on Python 3.11 (where ``True`` is not immortal) a few thousand emits crash the interpreter
with "bool_dealloc". ``emit(signal, *args)`` emits and gives the reference back when (and only
when) a probe at import time shows the bug.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    result = probe.ping.emit()
    del result
    leaked = sys.getrefcount(True) == before - 1
    if leaked:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))  # repay the probe's own emit
    return leaked


EMIT_LEAKS_TRUE = _emit_leaks_true()
_incref = ctypes.pythonapi.Py_IncRef
_true = ctypes.py_object(True)


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, safe on PySide6 versions whose emit over-releases ``True``."""
    result = signal.emit(*args)
    if EMIT_LEAKS_TRUE and result is True:
        _incref(_true)
