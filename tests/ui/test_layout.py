"""The window's layout gives the reader the room: the document list is a tab, the reader's header
is one line, the side docks keep minimum widths, collapse to their tabs and come back; the split
follows the window's size; reading positions come back with the tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.ui.ui_documents import DOCS

LONG = "长文档\n\n" + "\n\n".join(
    f"第{i}段：自贸试验区的制度创新在这一段里继续展开说明，编号{i}。" * 3 for i in range(300)
)


def test_the_document_list_is_a_pinned_tab_and_the_reader_header_is_one_line(imported_window, qtbot):
    window = imported_window
    tabs = window.reader_tabs
    assert tabs.widget(0) is window.library_page and tabs.tabText(0) == "Library"
    tabs.close_tab(0)
    assert tabs.widget(0) is window.library_page  # cannot be closed
    with qtbot.waitSignal(tabs.document_loaded, timeout=10_000):
        window.open_document(window.library_view.model.doc_id_at(0))
    reader = tabs.current_reader()
    header = reader.findChild(QWidget, "readerHeader")
    assert header is not None
    line = reader.fontMetrics().height()
    assert header.height() < 3 * line  # one line (the details are on demand)
    assert not reader.details.isVisible() and reader.document.path in reader.title_label.toolTip()
    reader.details_button.click()
    assert reader.details.isVisible() and reader.path_label.text().endswith(reader.document.path.split("/")[-1])


def test_side_docks_collapse_to_their_tabs_and_come_back(make_window, qtbot):
    window = make_window()
    window.resize(1600, 900)
    window.default_layout()
    right = window.right_side
    qtbot.waitUntil(lambda: not right.is_collapsed() and window.entities_dock.width() >= right.min_width)
    width = window.entities_dock.width()
    right.collapse()
    qtbot.waitUntil(lambda: window.entities_dock.width() < 60)
    assert not window.entities_dock.widget().isVisible()
    assert window.annotating.panel.width() < 60
    # the side's tab bar stays: a click on one of its tabs brings the side back
    bar = next(b for b in right._bars.values())
    assert bar.vertical()
    window.entities_dock.toggleViewAction().trigger()  # View → Entities (hides it: it was shown)
    window.entities_dock.toggleViewAction().trigger()  # …and shows it again: expanded
    qtbot.waitUntil(lambda: not right.is_collapsed() and window.entities_dock.widget().isVisible())
    qtbot.waitUntil(lambda: abs(window.entities_dock.width() - width) < 40)
    # the left side: its title bar's button collapses it
    left = window.left_side
    left._bars[window.search_dock].collapse_button.click()
    qtbot.waitUntil(lambda: window.search_dock.width() < 60)
    left._bars[window.search_dock].collapse_button.click()
    qtbot.waitUntil(lambda: window.search_dock.width() >= left.min_width)


def test_the_default_split_follows_the_window_size(make_window, qtbot):
    window = make_window()
    for width, collapsed in ((1280, True), (1920, False)):
        window.resize(width, 800)
        window.default_layout()
        qtbot.waitUntil(lambda c=collapsed: window.right_side.is_collapsed() == c)
        qtbot.waitUntil(lambda: window.search_dock.width() >= window.left_side.min_width)
        central = window.reader_tabs.width()
        assert central > width * 0.5, (width, central)  # the reader gets the most


def test_collapsed_sides_and_widths_are_restored(make_window, qtbot):
    window = make_window()
    left, right = window.left_side, window.right_side
    left.set_width(left.min_width + 30)
    qtbot.waitUntil(lambda: left.width() > left.min_width + 10)
    width = left.width()
    right.collapse()
    window.close()
    again = make_window()
    assert again.right_side.is_collapsed() and not again.left_side.is_collapsed()
    assert again.left_side.expanded_width == width
    qtbot.waitUntil(lambda: abs(again.left_side.width() - width) <= 2)
    again.right_side.expand()
    qtbot.waitUntil(lambda: again.entities_dock.widget().isVisible() or again.annotating.panel.widget().isVisible())


def test_reading_positions_are_remembered_and_restored(make_window, write_folder, qtbot):
    folder = write_folder({"long.txt": LONG, **DOCS})
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        window.import_paths([folder])
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == len(DOCS) + 1, timeout=10_000)
    long_id = next(d.doc_id for d in window.library.documents() if d.title == "长文档")
    other_id = next(d.doc_id for d in window.library.documents() if d.title != "长文档")
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(long_id)
    reader = window.reader_tabs.current_reader()
    target = reader.document.text.index("第150段")
    reader.go_to_offset(target)
    with qtbot.waitSignal(reader.reading_moved, timeout=5_000) as blocker:
        reader.text_edit.verticalScrollBar().setValue(reader.text_edit.verticalScrollBar().value() + 1)
    where = blocker.args[0]
    assert abs(where - target) < 200
    # a second document, then the first one's tab is closed: its position is still remembered
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(other_id)
    window.close()

    again = make_window()
    qtbot.waitUntil(lambda: len(again.reader_tabs.readers()) == 2, timeout=10_000)
    restored = again.reader_tabs.reader_for(long_id)
    qtbot.waitUntil(lambda: restored.document is not None, timeout=10_000)
    again.reader_tabs.setCurrentWidget(restored)
    qtbot.waitUntil(lambda: restored.text_edit.verticalScrollBar().value() > 0, timeout=5_000)
    assert abs(restored.reading_position() - where) < 200  # back where the user was reading
    # closed, then opened again from the document list: the same place
    again.reader_tabs.close_tab(again.reader_tabs.indexOf(restored))
    with qtbot.waitSignal(again.reader_tabs.document_loaded, timeout=10_000):
        again.open_document(long_id)
    reopened = again.reader_tabs.current_reader()
    qtbot.waitUntil(lambda: reopened.text_edit.verticalScrollBar().value() > 0, timeout=5_000)
    assert abs(reopened.reading_position() - where) < 200
    # a search result still opens at its first hit, not at the reading position
    with qtbot.waitSignal(again.reader_tabs.document_loaded, timeout=10_000):
        again.reader_tabs.close_tab(again.reader_tabs.indexOf(reopened))
        again.open_document(long_id, "第3段")
    hit = again.reader_tabs.current_reader()
    assert hit.hit_count() >= 1 and hit.reading_position() < target


def test_pages_beside_the_readers_are_restored(make_window, qtbot):
    window = make_window()
    window.show_zones()
    window.annotating.show_tab_action.trigger()
    assert window.reader_tabs.currentWidget() is window.annotating.tab
    window.close()
    again = make_window()
    assert again.reader_tabs.indexOf(again.zones_page) > 0
    assert again.reader_tabs.currentWidget() is again.annotating.tab
    again.library_tab_action.trigger()
    assert again.reader_tabs.currentWidget() is again.library_page
    assert "Ctrl+Shift+L" in [k.toString() for k in again.library_tab_action.shortcuts()]
