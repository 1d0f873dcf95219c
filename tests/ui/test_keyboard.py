"""The window from the keyboard: Enter opens a result, Down goes into the results at once, Esc comes
back to the search box, focus is visible, and the cheat sheet lists every filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QPalette
from PySide6.QtWidgets import QApplication

from ftz_desktop.core.query import FIELDS

QUERY = "制度创新"


def focus_bar(panel) -> QColor:
    """The colour at the left edge of the current result, as drawn."""
    rect = panel.list.visualRect(panel.list.currentIndex())
    image = panel.list.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 1, rect.center().y())


def type_text(widget, text: str) -> None:
    """Type ``text`` as an input method commits it (QTest types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def active(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())


def test_enter_in_the_search_box_opens_the_first_result(imported_window, qtbot):
    window = imported_window
    panel = window.search_panel
    active(window, qtbot)
    window.focus_search()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        type_text(panel.box, "片区")  # debounced search as you type
    first = panel.model.hit(0).doc_id
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000) as blocker:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert blocker.args == [first]
    assert window.reader_tabs.current_reader().doc_id == first
    assert window.settings.recent_searches()[0] == "片区"


def test_enter_before_the_results_are_there_opens_the_first_once_they_are(imported_window, qtbot):
    window = imported_window
    panel = window.search_panel
    active(window, qtbot)
    window.focus_search()
    panel.box.setText("霍尔果斯")  # the debounce has not fired yet
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    reader = window.reader_tabs.current_reader()
    assert reader.document.title == "新疆试验区三个片区" and reader.hit_count() == 2


def test_enter_opens_the_selected_result(imported_window, qtbot):
    window = imported_window
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query(QUERY)
    assert panel.model.rowCount() >= 2
    panel.list.setCurrentIndex(panel.model.index(1, 0))
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000) as blocker:
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert blocker.args == [panel.model.hit(1).doc_id]


def test_down_after_ctrl_k_goes_into_the_results_at_once(imported_window, qtbot):
    window = imported_window
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query(QUERY)
    active(window, qtbot)
    window.library_view.table.setFocus()
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert panel.box.hasFocus()
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)  # the first Down: into the list, first row chosen
    assert panel.list.hasFocus()
    assert panel.list.currentIndex().row() == 0
    assert panel.list.selectionModel().isSelected(panel.model.index(0, 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.list.currentIndex().row() == 1
    # the row with the keyboard focus has an accent bar on its left edge
    assert focus_bar(panel) == panel.list.palette().color(QPalette.ColorRole.Highlight)
    # Up from the first row and Esc from anywhere lead back to the box
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    assert panel.box.hasFocus()
    assert focus_bar(panel) != panel.list.palette().color(QPalette.ColorRole.Highlight)  # no focus, no bar
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    reader = window.reader_tabs.current_reader()
    reader.text_edit.setFocus()
    assert reader.rule.palette().color(reader.rule.backgroundRole()) == reader.palette().color(
        reader.palette().ColorRole.Highlight
    )  # the reader shows it has the keyboard
    qtbot.keyClick(reader.text_edit, Qt.Key.Key_Escape)
    assert panel.box.hasFocus()
    window.show_library()
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_Escape)
    assert panel.box.hasFocus()


def test_the_cheat_sheet_lists_every_filter(imported_window):
    panel = imported_window.search_panel
    panel.box.clear()
    panel.search_now()
    for field in sorted(FIELDS - {"doc"}):  # doc: is for links, not typed
        assert f"{field}:" in panel.list.hint, field


def test_likely_mistakes_get_an_inline_warning_and_the_query_still_runs(imported_window, qtbot):
    panel = imported_window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as blocker:
        panel.set_query('"制度创新')
    assert blocker.args[0] >= 2  # searched as the phrase
    assert panel.warning_label.isVisible()
    assert "not closed" in panel.warning_label.text() and "制度创新" in panel.warning_label.text()
    assert not panel.error_label.isVisible()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query("片区 zone:")
    assert "zone:" in panel.warning_label.text() and "nothing after it" in panel.warning_label.text()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query("片区")
    assert not panel.warning_label.isVisible()


def test_a_filter_only_query_shows_no_hit_count(imported_window, qtbot):
    panel = imported_window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as blocker:
        panel.set_query("date:2023")
    assert blocker.args[0] >= 1
    assert all(not panel.model.hit(r).hits for r in range(panel.model.rowCount()))
    panel.list.grab()  # paints without a "0 hits"
