"""Copy Citation from the search results and from the Edit menu, on a library imported in the test."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tests.ui.test_mainwindow import QUERY, open_first_result, search


def test_results_and_edit_menu_copy_citations(imported_window, qtbot):
    window = imported_window
    search(window, qtbot, QUERY)
    panel = window.search_panel
    hit = panel.model.hit(0)
    QGuiApplication.clipboard().clear()
    panel.copy_citations([hit.doc_id], "gbt7714")
    expected = window.library.citation(hit.doc_id, "gbt7714")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == expected, timeout=5000)
    assert hit.title in expected

    reader = open_first_result(window, qtbot)
    window.cite_actions["author-date"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text == window.library.citation(reader.doc_id, "author-date")
