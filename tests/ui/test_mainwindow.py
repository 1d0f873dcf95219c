"""The main window end to end on a real Library: import, search, read, restore, drop, sample library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from ftz_desktop import paths
from ftz_desktop.records import ImportProgress
from ftz_desktop.ui.library.importing import ImportProgressWidget, ImportReportDialog
from ftz_desktop.ui.mainwindow import MainWindow
from tests.ui.ui_documents import DOCS

QUERY = "制度创新"
QUERY_DOCS = sum(QUERY in text for text in DOCS.values())


def search(window: MainWindow, qtbot, query: str) -> int:
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=10_000) as blocker:
        window.search_panel.set_query(query)
    return blocker.args[0]


def open_first_result(window: MainWindow, qtbot):
    panel = window.search_panel
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    return window.reader_tabs.current_reader()


def test_empty_library_shows_welcome_page(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: window.library_page.currentWidget() is window.welcome, timeout=10_000)
    assert window.welcome.sample_button.isVisible()


def test_import_folder_through_the_ui(imported_window):
    window = imported_window
    assert window.library_page.currentWidget() is window.library_view
    assert window.importer.last_report.added == len(DOCS)
    assert not window.progress_widget.isVisible()
    titles = {d.title for d in window.library.documents()}
    assert "上海试验区的十年观察" in titles
    assert window.import_folder_action.isEnabled()


def test_reimport_reports_unchanged_and_failures_are_listed(imported_window, broken_folder, qtbot):
    window = imported_window
    window.show_reports = True
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        window.import_paths([broken_folder])
    report = blocker.args[0]
    assert report.unchanged == len(DOCS) and report.added == 0
    assert [Path(f.path).name for f in report.failed] == ["broken.pdf"]
    assert report.failed[0].reason
    dialog = window.report_dialog
    assert isinstance(dialog, ImportReportDialog) and dialog.isVisible()
    assert "broken.pdf" in dialog.failures.toPlainText()
    assert dialog.failures.isReadOnly()
    dialog.copy_button.click()
    assert "broken.pdf" in QGuiApplication.clipboard().text()
    assert QApplication.activeModalWidget() is None  # the report never blocks


def test_progress_widget_shows_counts_throughput_and_file(qtbot):
    widget = ImportProgressWidget()
    qtbot.addWidget(widget)
    widget.reset()
    widget.show_progress(
        ImportProgress(done=3, total=10, path="/a/b/海南.txt", status="added", bytes_done=3_000_000, seconds=1.5)
    )
    assert widget.count_label.text() == "3 / 10 files"
    assert "2.0 MB/s" in widget.rate_label.text() and "files/s" in widget.rate_label.text()
    assert "海南.txt" in widget.file_label.text()
    assert widget.bar.maximum() == 10 and widget.bar.value() == 3
    with qtbot.waitSignal(widget.cancel_requested):
        widget.cancel_button.click()


def test_cancel_import_keeps_what_was_committed(make_window, tmp_path, qtbot):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(600):
        (folder / f"{i:04d}.txt").write_text(f"第{i}号材料\n\n片区编号{i}，用于测试取消导入。" * 20, encoding="utf-8")
    window = make_window()
    progress: list[Any] = []
    window.importer.progress.connect(progress.append)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(progress), timeout=20_000)
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        window.progress_widget.cancel_button.click()
    report = blocker.args[0]
    assert report.cancelled
    assert 0 < report.added < 600
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == window.library.count(), timeout=10_000)
    assert window.library.count() == report.added


def test_search_as_you_type_shows_total_and_results(imported_window, qtbot):
    window = imported_window
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as blocker:
        panel.box.setText(QUERY)  # debounced, then searched in a worker
    assert blocker.args == [QUERY_DOCS]
    assert panel.model.rowCount() == QUERY_DOCS
    assert panel.status_label.text().startswith(f"{QUERY_DOCS} documents")
    assert not panel.error_label.isVisible()
    hit = panel.model.hit(0)
    assert hit.snippet_hits and all(hit.snippet[s:e] == QUERY for s, e in hit.snippet_hits)
    panel.list.grab()  # the delegate paints without error


def test_newer_query_supersedes_older(imported_window, qtbot):
    panel = imported_window.search_panel
    panel.set_query("海南")
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query("霍尔果斯")
    qtbot.wait(100)
    assert panel.query() == "霍尔果斯"
    assert {panel.model.hit(r).title for r in range(panel.model.rowCount())} == {"新疆试验区三个片区"}


def test_query_error_is_shown_inline(imported_window, qtbot):
    panel = imported_window.search_panel
    with qtbot.waitSignal(panel.search_failed, timeout=10_000) as blocker:
        panel.set_query("-上海")
    message = blocker.args[0]
    assert message and "Traceback" not in message
    assert panel.error_label.isVisible() and panel.error_label.text() == message
    assert panel.model.rowCount() == 0
    assert QApplication.activeModalWidget() is None
    search(imported_window, qtbot, QUERY)
    assert not panel.error_label.isVisible()


def test_open_result_goes_to_first_hit_and_f3_steps(imported_window, qtbot):
    window = imported_window
    search(window, qtbot, QUERY)
    reader = open_first_result(window, qtbot)
    count = reader.hit_count()
    assert count >= 1 and reader.counter_text() == f"Hit 1 of {count}"
    first = reader.hit_positions()[0]
    assert reader.text_edit.textCursor().position() == first[0]
    assert all(reader.text_at(s, e) == QUERY for s, e in reader.hit_positions())
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    if count > 1:
        qtbot.keyClick(reader.text_edit, Qt.Key.Key_F3)
        assert reader.counter_text() == f"Hit 2 of {count}"
        qtbot.keyClick(reader.text_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
        assert reader.counter_text() == f"Hit 1 of {count}"
    assert QUERY in window.settings.recent_searches()


def test_astral_characters_do_not_shift_highlights(imported_window, qtbot):
    window = imported_window
    search(window, qtbot, QUERY)
    model = window.search_panel.model
    row = next(r for r in range(model.rowCount()) if model.hit(r).title == "生僻字测试")
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(model.hit(row).doc_id, QUERY)
    reader = window.reader_tabs.current_reader()
    assert reader.hit_count() == 2
    assert [reader.text_at(s, e) for s, e in reader.hit_positions()] == [QUERY, QUERY]


def test_opening_an_open_document_switches_to_its_tab(imported_window, qtbot):
    window = imported_window
    tabs = window.reader_tabs
    ids = [window.library_view.model.doc_id_at(r) for r in range(2)]
    for doc_id in ids:
        with qtbot.waitSignal(tabs.document_loaded, timeout=10_000):
            window.open_document(doc_id)
    assert len(tabs.readers()) == 2 and tabs.current_reader().doc_id == ids[1]
    window.open_document(ids[0])
    assert len(tabs.readers()) == 2 and tabs.current_reader().doc_id == ids[0]


def test_tab_keys_close_and_cycle(imported_window, qtbot):
    window = imported_window
    tabs = window.reader_tabs
    for r in range(3):
        with qtbot.waitSignal(tabs.document_loaded, timeout=10_000):
            window.open_document(window.library_view.model.doc_id_at(r))
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    assert tabs.currentIndex() == 3  # after the document list
    qtbot.keyClick(tabs.current_reader().text_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.library_page
    window.previous_tab_action.trigger()
    assert tabs.currentIndex() == 3
    qtbot.keyClick(tabs.current_reader().text_edit, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(tabs.readers()) == 2
    # middle-click on a tab closes it; the document list stays
    for index in (1, 0):
        rect = tabs.tabBar().tabRect(index)
        qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.MiddleButton, pos=rect.center())
    assert len(tabs.readers()) == 1 and tabs.indexOf(window.library_page) == 0
    window.close_tab_action.trigger() if tabs.currentWidget() is window.library_page else None
    assert tabs.indexOf(window.library_page) == 0


def test_library_row_opens_a_reader_tab(imported_window, qtbot):
    window = imported_window
    view = window.library_view
    index = view.model.index(0, 0)
    index.data()  # shown: read
    qtbot.waitUntil(lambda: bool(view.model.index(0, 0).data()), timeout=10_000)
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000) as blocker:
        view.table.activated.emit(index)
    assert blocker.args[0] == view.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    reader = window.reader_tabs.current_reader()
    assert reader.title_label.text() == view.model.index(0, 0).data()
    assert str(reader.document.path) in reader.path_label.text()


def test_tabs_layout_and_recent_searches_are_restored(imported_window, make_window, qtbot):
    window = imported_window
    search(window, qtbot, QUERY)
    open_first_result(window, qtbot)
    other = next(d.doc_id for d in window.library.documents() if d.doc_id not in window.reader_tabs.doc_ids())
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(other)
    ids = window.reader_tabs.doc_ids()
    assert len(ids) == 2
    window.reader_tabs.setCurrentWidget(window.reader_tabs.readers()[0])
    window.resize(760, 520)  # above the minimum width (three columns), below the offscreen screen (800)
    window.right_side.collapse()
    window.close()

    again = make_window()
    qtbot.waitUntil(
        lambda: len(again.reader_tabs.readers()) == 2 and all(r.document for r in again.reader_tabs.readers()),
        timeout=10_000,
    )
    assert again.reader_tabs.doc_ids() == ids
    assert again.reader_tabs.current_reader() is again.reader_tabs.readers()[0]
    assert (again.width(), again.height()) == (760, 520)
    assert again.right_side.is_collapsed() and not again.left_side.is_collapsed()
    assert again.settings.recent_searches()[0] == QUERY
    assert again.search_panel.recent_model.stringList()[0] == QUERY


def test_dropping_files_imports_them(make_window, doc_folder, qtbot):
    window = make_window()
    mime = QMimeData()
    mime.setUrls(
        [QUrl.fromLocalFile(str(doc_folder / "hainan.txt")), QUrl.fromLocalFile(str(doc_folder / "xinjiang.txt"))]
    )
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        window.dropEvent(event)
    assert event.isAccepted()
    assert blocker.args[0].added == 2
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 2, timeout=10_000)
    assert window.library_page.currentWidget() is window.library_view


def test_drop_without_files_is_ignored(make_window):
    window = make_window()
    mime = QMimeData()
    mime.setText("just text")
    event = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert not window.importer.is_running()


def test_open_sample_library(make_window, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        window.welcome.sample_button.click()
    report = blocker.args[0]
    assert window.library_path == paths.data_dir() / "sample-library.sqlite"
    assert report.failed == () and 5 <= report.added <= 8
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == report.added, timeout=10_000)
    assert window.library_page.currentWidget() is window.library_view
    assert search(window, qtbot, "片区") >= 2


def test_zoom_is_applied_and_remembered(imported_window, qtbot):
    window = imported_window
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(window.library_view.model.doc_id_at(0))
    reader = window.reader_tabs.current_reader()
    before = reader.text_doc.defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert reader.text_doc.defaultFont().pointSizeF() == before + 2
    assert window.settings.reader_zoom() == 2
    window.zoom_reset_action.trigger()
    assert reader.text_doc.defaultFont().pointSizeF() == before


def test_copy_with_citation_from_the_window(imported_window, qtbot):
    window = imported_window
    search(window, qtbot, QUERY)
    reader = open_first_result(window, qtbot)
    cursor = reader.text_edit.textCursor()
    start, end = reader.hit_positions()[0]
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    reader.text_edit.setTextCursor(cursor)
    window.copy_citation_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith(QUERY) and reader.document.path in text and f"《{reader.document.title}》" in text


def test_results_load_lazily_while_scrolling(make_window, tmp_path, qtbot):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(130):
        (folder / f"{i:03d}.txt").write_text(f"第{i}份片区材料\n\n这是第{i}份关于片区建设的材料。", encoding="utf-8")
    window = make_window()
    window.resize(800, 600)
    with qtbot.waitSignal(window.import_finished, timeout=30_000):
        window.import_paths([folder])
    assert search(window, qtbot, "片区") == 130
    model = window.search_panel.model
    assert model.rowCount() == 50 and model.canFetchMore()
    view = window.search_panel.list
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(50)
        if model.rowCount() == 130:
            break
    qtbot.waitUntil(lambda: model.rowCount() == 130, timeout=10_000)
    assert not model.canFetchMore()
    assert len({model.hit(r).doc_id for r in range(130)}) == 130


def test_ctrl_k_focuses_the_search_box(imported_window, qtbot):
    window = imported_window
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.library_view.table.setFocus()
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.box.hasFocus()


def test_library_filter_box(imported_window, qtbot):
    view = imported_window.library_view
    view.filter_box.setText("霍尔果斯")  # not in any title, date, source or path
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    view.filter_box.setText("新疆")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.count_label.text() == f"1 of {len(DOCS)}"
    view.filter_box.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(DOCS))


def test_double_click_on_a_result_opens_it(imported_window, qtbot):
    window = imported_window
    search(window, qtbot, "霍尔果斯")
    view = window.search_panel.list
    rect = view.visualRect(window.search_panel.model.index(0, 0))
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest needs the press first
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reader = window.reader_tabs.current_reader()
    assert reader.title_label.text() == "新疆试验区三个片区"
    assert reader.counter_text() == f"Hit 1 of {reader.hit_count()}" and reader.hit_count() == 2


def test_welcome_buttons_wait_while_importing(make_window, doc_folder, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        window.import_paths([doc_folder])
        assert not window.welcome.folder_button.isEnabled()
        assert not window.import_folder_action.isEnabled()
        assert window.progress_widget.isVisible()
    assert window.welcome.folder_button.isEnabled() and window.import_folder_action.isEnabled()


def test_closing_the_window_during_an_import_stops_it(make_window, tmp_path, qtbot):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1000):
        (folder / f"{i:04d}.txt").write_text(f"第{i}号\n\n用于测试关闭窗口。" * 30, encoding="utf-8")
    window = make_window()
    window.import_paths([folder])
    qtbot.wait(50)
    window.close()  # cancels the import and waits for the worker
    assert window.runner.pool.activeThreadCount() == 0
    assert window.library.count() < 1000


def test_live_models_pass_modeltester(imported_window, qtbot, qtmodeltester):
    window = imported_window
    search(window, qtbot, QUERY)
    qtmodeltester.check(window.search_panel.model)
    qtmodeltester.check(window.library_view.model)
    with qtbot.waitSignal(window.library_view.model.listed, timeout=10_000):
        window.library_view.model.set_filter("试验区")
    qtmodeltester.check(window.library_view.model)
