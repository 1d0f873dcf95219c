"""Shortcuts come from Qt's standard keys where the platform has a convention."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ftz_desktop.ui.common import shortcuts


def test_standard_keys_are_the_platforms(qapp):
    for constant, standard in [
        (shortcuts.CLOSE_TAB, QKeySequence.StandardKey.Close),
        (shortcuts.NEXT_TAB, QKeySequence.StandardKey.NextChild),
        (shortcuts.FIND_NEXT, QKeySequence.StandardKey.FindNext),
        (shortcuts.UNDO, QKeySequence.StandardKey.Undo),
    ]:
        assert shortcuts.keys(constant) == QKeySequence.keyBindings(standard)
    zoom = shortcuts.keys(shortcuts.ZOOM_IN)
    assert zoom[0] == QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)[0]
    assert QKeySequence("Ctrl+=") in zoom and len(zoom) == len(set(zoom))
    assert shortcuts.native(shortcuts.FIND_NEXT) == QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext)[
        0
    ].toString(QKeySequence.SequenceFormat.NativeText)


def test_window_uses_them(make_window):
    window = make_window()
    assert window.close_tab_action.shortcuts() == shortcuts.keys(shortcuts.CLOSE_TAB)
    assert window.next_hit_action.shortcuts() == shortcuts.keys(shortcuts.FIND_NEXT)
    assert window.previous_tab_action.shortcuts() == shortcuts.keys(shortcuts.PREVIOUS_TAB)
    assert window.annotating.undo_action.shortcuts()[0] == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0]
