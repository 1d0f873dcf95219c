"""Keyboard shortcuts: Qt's standard keys where the platform has a convention (Cmd on macOS, F3 and
Ctrl+G for Find Next, the system's tab switching), our own keys for the rest, in one place.

``keys(X)`` gives the QKeySequence list for an action; ``native(X)`` the text a tooltip shows.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey
Shortcut = Std | str | tuple[Std | str, ...]

# platform conventions (QKeySequence.keyBindings gives each platform's keys)
CLOSE_TAB: Shortcut = Std.Close  # Ctrl+W (and Ctrl+F4 on Windows), Cmd+W
NEXT_TAB: Shortcut = Std.NextChild  # Ctrl+Tab; on macOS Cmd+} (Cmd+Tab is the system switcher)
PREVIOUS_TAB: Shortcut = Std.PreviousChild
ZOOM_IN: Shortcut = (Std.ZoomIn, "Ctrl+=")  # Ctrl++ needs Shift on most keyboards
ZOOM_OUT: Shortcut = Std.ZoomOut
ZOOM_RESET: Shortcut = "Ctrl+0"
FIND: Shortcut = Std.Find
FIND_NEXT: Shortcut = Std.FindNext  # F3 and Ctrl+G; Cmd+G on macOS
FIND_PREVIOUS: Shortcut = Std.FindPrevious
UNDO: Shortcut = Std.Undo
REDO: Shortcut = Std.Redo  # Ctrl+Y on Windows, Ctrl+Shift+Z elsewhere
OPEN_FILES: Shortcut = Std.Open
QUIT: Shortcut = Std.Quit
HELP: Shortcut = Std.HelpContents  # F1; Cmd+? on macOS
# ours
IMPORT_FOLDER: Shortcut = "Ctrl+Shift+O"
SEARCH: Shortcut = "Ctrl+K"
LIBRARY: Shortcut = "Ctrl+Shift+L"  # the document list (the first tab)
COPY_CITATION: Shortcut = "Ctrl+Shift+C"
SPLIT_READER: Shortcut = "Ctrl+\\"  # as editors split their view
ZONES: Shortcut = "Ctrl+Shift+M"  # not Ctrl+Shift+G: that is Find Previous (Cmd+Shift+G on macOS)


def keys(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences of ``shortcut`` on this platform, without repeats or empty ones."""
    parts = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    out: list[QKeySequence] = []
    for part in parts:
        found = QKeySequence.keyBindings(part) if isinstance(part, Std) else [QKeySequence(part)]
        for seq in found:
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


def native(shortcut: Shortcut) -> str:
    """The first key sequence as the platform writes it ('F3', '⌘G')."""
    found = keys(shortcut)
    return found[0].toString(QKeySequence.SequenceFormat.NativeText) if found else ""
