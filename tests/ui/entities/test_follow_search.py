"""The Entities dock's Results scope follows the search as it is typed (no Enter, no opened
result), says which query it shows, and never shows an older search's entities."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from ftz_desktop.ui.entities.dock import SCOPE_RESULTS


def type_over(box, text: str) -> None:
    """Replace the box's text as a user typing with an input method would."""
    box.setFocus()
    box.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def names(dock) -> set[str]:
    model = dock.model
    out = set()
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            out.add(model.index(r, 0, group).data())
    return out


def settled(window, qtbot, query: str) -> None:
    """Wait until the dock follows ``query`` and has loaded its entities."""
    dock = window.entities_dock
    qtbot.waitUntil(
        lambda: dock.query == query and not dock._search_timer.isActive() and not window.runner.busy(),
        timeout=10_000,
    )


def test_results_scope_follows_typing(imported_window, qtbot):
    window = imported_window
    dock = window.entities_dock
    dock.set_scope(SCOPE_RESULTS)
    panel = window.search_panel
    committed: list[str] = []
    panel.query_committed.connect(committed.append)

    type_over(panel.box, "霍尔果斯")
    settled(window, qtbot, "霍尔果斯")
    assert "霍尔果斯" in dock.status.text()  # the scope says which search it shows
    assert "新疆" in names(dock) and "黑龙江" not in names(dock)

    type_over(panel.box, "绥芬河")
    settled(window, qtbot, "绥芬河")
    assert "绥芬河" in dock.status.text()
    assert "黑龙江" in names(dock) and "新疆" not in names(dock)
    assert committed == []  # nothing was committed: typing alone was enough

    # several queries in a row: only the last one's entities are shown
    for text in ("海南", "新疆", "霍尔果斯"):
        type_over(panel.box, text)
        qtbot.wait(30)
    settled(window, qtbot, "霍尔果斯")
    assert "新疆" in names(dock) and "黑龙江" not in names(dock)

    # an empty box: the scope says to search
    panel.box.clear()  # the clear button
    settled(window, qtbot, "")
    assert dock.model.rowCount() == 0
