"""Annotating in the real main window on a real library: select text in a reader, highlight, note,
tag, undo and redo, and see the panel, the Annotations tab, search and the tag manager follow."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from ftz_desktop.ui.annotations.commands import EditAnnotations
from ftz_desktop.ui.annotations.panel import AnnotationsPanel
from ftz_desktop.ui.annotations.tag_input import NoteDialog, TagsDialog
from ftz_desktop.ui.annotations.transfer import resolve_export_path

SHANGHAI = "上海试验区的十年观察"
PASSAGE = "外资准入负面清单"
T = 10_000


def doc_id_titled(window, title: str) -> int:
    return next(d.doc_id for d in window.library.documents() if d.title == title)


@pytest.fixture
def reading(imported_window, qtbot):
    """The window with the Shanghai document open in a reader tab, its annotations loaded."""
    window = imported_window
    doc_id = doc_id_titled(window, SHANGHAI)
    with qtbot.waitSignal(window.annotating.annotations_loaded, timeout=T):
        window.open_document(doc_id)
    reader = window.reader_tabs.current_reader()
    assert reader is not None and reader.doc_id == doc_id
    return window, reader


def select(reader, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Select the ``occurrence``-th ``needle`` in the reader (through a QTextCursor, as the mouse would)."""
    text = reader.document.text
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    reader.select_span(start, start + len(needle))
    assert reader.selected_text() == needle
    return start, start + len(needle)


def type_text(widget, text: str) -> None:
    """Type ``text`` as an input method commits it (QTest types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settle(window, qtbot, check) -> None:
    """Wait until the writes are done and ``check()`` holds (the views re-read in workers)."""
    qtbot.waitUntil(lambda: not window.annotating.busy() and check(), timeout=T)


def key(qtbot, widget, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, k, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_select_highlight_undo_redo_and_the_views_follow(reading, qtbot):
    window, reader = reading
    work = window.annotating
    tab = work.tab
    start, end = select(reader, PASSAGE)
    key(qtbot, reader.text_edit, Qt.Key.Key_2, CTRL)  # Ctrl+2: green
    settle(window, qtbot, lambda: len(reader.annotations()) == 1 and tab.model.total() == 1)
    a = reader.annotations()[0]
    assert (a.start, a.end, a.quote, a.color) == (start, end, PASSAGE, "green")
    assert not reader.text_edit.textCursor().hasSelection()  # the highlight is visible at once
    drawn = [s for s in reader.text_edit.extraSelections() if s.cursor.selectedText() == PASSAGE]
    assert drawn and drawn[0].format.background().color().name() == "#c8eec0"
    assert drawn[0].format.underlineStyle() == drawn[0].format.underlineStyle().SingleUnderline  # current
    assert work.panel.model.total() == 1 and work.panel.current_id() == a.id
    assert tab.model.annotation(0).quote == PASSAGE
    assert tab.model.index(0, tab.model.DOCUMENT).data() == SHANGHAI

    key(qtbot, reader.text_edit, Qt.Key.Key_Z, CTRL)  # undo
    settle(window, qtbot, lambda: not reader.annotations() and tab.model.total() == 0)
    assert work.panel.model.total() == 0
    assert reader.text_edit.extraSelections() == []

    key(qtbot, reader.text_edit, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: the same annotation comes back
    settle(window, qtbot, lambda: len(reader.annotations()) == 1 and tab.model.total() == 1)
    assert reader.annotations()[0].id == a.id
    assert window.library.annotations.get(a.id).color == "green"


def test_floating_bar_colours_notes_and_tags_with_autocomplete(reading, qtbot):
    window, reader = reading
    work = window.annotating
    service = window.library.annotations
    other = service.create(reader.doc_id, 0, 2, tags=["政策/金融", "跨境电商"])
    settle(window, qtbot, lambda: True)
    work._load_tag_names()
    qtbot.waitUntil(lambda: "政策/金融" in work.tag_names, timeout=T)

    select(reader, "制度创新")
    qtbot.waitUntil(lambda: reader.selection_bar.isVisible(), timeout=T)  # a keyboard selection settles
    assert reader.selection_bar.annotation_id is None
    reader.selection_bar.tags_button.click()
    dialog = work.dialog
    assert isinstance(dialog, TagsDialog)
    completer = dialog.edit.tag_completer
    type_text(dialog.edit, "新标签, 政")  # completes the tag being typed, keeps the others
    assert completer.popup().isVisible() and completer.completionCount() == 1
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.edit.text() == "新标签, 政策/金融, "
    dialog.accept()
    settle(window, qtbot, lambda: len(reader.annotations()) == 2)
    a = next(x for x in reader.annotations() if x.quote == "制度创新")
    assert set(a.tags) == {"新标签", "政策/金融"}
    assert "新标签" in [t.name for t in service.tags()]  # created on the fly

    # click the highlight: it becomes current, the panel selects it and the bar offers changes
    cursor = QTextCursor(reader.text_doc)
    cursor.setPosition(reader.annotation_positions(a.id)[0] + 1)
    point = reader.text_edit.cursorRect(cursor).center()
    work.panel.select(None)
    reader.set_current_annotation(None)
    qtbot.mouseClick(reader.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: work.panel.current_id() == a.id, timeout=T)
    assert reader.current_annotation().id == a.id
    assert reader.selection_bar.isVisible() and reader.selection_bar.annotation_id == a.id
    reader.selection_bar.color_buttons["purple"].click()
    settle(window, qtbot, lambda: reader.annotation(a.id).color == "purple")
    reader.selection_bar.note_button.click()
    assert isinstance(work.dialog, NoteDialog)
    work.dialog.edit.setPlainText("制度创新是自贸区的核心任务")
    work.dialog.accept()
    settle(window, qtbot, lambda: reader.annotation(a.id).note == "制度创新是自贸区的核心任务")

    # hovering shows the note and the tags
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.text_edit.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.text_edit.viewport(), event)
    assert "制度创新是自贸区的核心任务" in QToolTip.text() and "#政策/金融" in QToolTip.text()

    # three undos: note, colour, the annotation itself
    for check in (
        lambda: reader.annotation(a.id).note == "",
        lambda: reader.annotation(a.id).color == "yellow",
        lambda: reader.annotation(a.id) is None,
    ):
        work.undo_action.trigger()
        settle(window, qtbot, check)
    assert [x.id for x in reader.annotations()] == [other.id]


def test_panel_edits_in_place_and_deletes_with_undo(reading, qtbot):
    window, reader = reading
    work = window.annotating
    panel: AnnotationsPanel = work.panel
    window.right_side.expand(panel)  # a narrow window starts with the side collapsed
    select(reader, "贸易便利")
    work.highlight("blue")
    settle(window, qtbot, lambda: panel.model.total() == 1)
    a = panel.model.annotation(0)
    panel.select(a.id)

    panel.list.setFocus()
    panel.edit_current("note")
    editor = QApplication.focusWidget()
    type_text(editor, "与贸易便利比较")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
    settle(window, qtbot, lambda: reader.annotation(a.id) and reader.annotation(a.id).note == "与贸易便利比较")

    panel.edit_current("tags")
    editor = QApplication.focusWidget()
    type_text(editor, "比较研究，贸易")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(window, qtbot, lambda: reader.annotation(a.id).tags == ("比较研究", "贸易"))

    key(qtbot, panel.list, Qt.Key.Key_Delete)
    settle(window, qtbot, lambda: panel.model.total() == 0 and not reader.annotations())
    key(qtbot, panel.list, Qt.Key.Key_Z, CTRL)
    settle(window, qtbot, lambda: panel.model.total() == 1)
    back = window.library.annotations.get(a.id)
    assert (back.note, back.tags, back.color) == ("与贸易便利比较", ("比较研究", "贸易"), "blue")


def test_text_fields_keep_their_own_undo(reading, qtbot):
    window, reader = reading
    select(reader, PASSAGE)
    window.annotating.highlight("yellow")
    settle(window, qtbot, lambda: len(reader.annotations()) == 1)
    box = window.search_panel.box
    box.setFocus()
    qtbot.keyClicks(box, "abc")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.text() == ""  # the line edit undid the typing…
    settle(window, qtbot, lambda: True)
    assert len(reader.annotations()) == 1  # …and the annotation is still there
    assert window.annotating.undo_action.isEnabled()


def test_hits_stay_visible_on_top_of_highlights(imported_window, qtbot):
    window = imported_window
    doc_id = doc_id_titled(window, SHANGHAI)
    window.library.annotations.create_from_quote(doc_id, "制度创新的清单", color="yellow")
    with qtbot.waitSignal(window.annotating.annotations_loaded, timeout=T):
        window.open_document(doc_id, "制度创新")
    reader = window.reader_tabs.current_reader()
    selections = reader.text_edit.extraSelections()
    texts = [s.cursor.selectedText() for s in selections]
    assert texts[0] == "制度创新的清单"  # the highlight first…
    assert texts[1:] == ["制度创新", "制度创新"]  # …then both hits over it
    assert selections[1].format.underlineStyle() != selections[1].format.underlineStyle().NoUnderline
    assert reader.counter_text() == "Hit 1 of 2"


def test_annotations_tab_filters_sorts_and_opens_the_reader(imported_window, qtbot, qtmodeltester):
    window = imported_window
    service = window.library.annotations
    sh, hn = doc_id_titled(window, SHANGHAI), doc_id_titled(window, "海南自由贸易港笔记")
    a1 = service.create_from_quote(sh, "负面清单", note="最早试行", tags=["政策/投资"], color="pink")
    a2 = service.create_from_quote(hn, "零关税", tags=["政策/税收"], color="green")
    a3 = service.create_from_quote(hn, "制度创新", note="海南重点", color="yellow")
    work = window.annotating
    tab = work.tab
    work.show_tab_action.trigger()
    assert window.reader_tabs.currentWidget() is tab
    with qtbot.waitSignal(tab.loaded, timeout=T):
        tab.refresh()
    assert tab.model.total() == 3
    qtmodeltester.check(tab.model)
    assert tab.tag_box.findData("政策/投资") > 0 and tab.doc_box.findData(hn) > 0

    with qtbot.waitSignal(tab.loaded, timeout=T):
        tab.set_tag_filter("政策")  # nested tags count
    assert {tab.model.annotation(r).id for r in range(tab.model.rowCount())} == {a1.id, a2.id}
    tab.set_tag_filter(None)
    tab.color_box.setCurrentIndex(tab.color_box.findData("green"))
    with qtbot.waitSignal(tab.loaded, timeout=T):
        tab.refresh()
    assert [tab.model.annotation(r).id for r in range(tab.model.rowCount())] == [a2.id]
    tab.color_box.setCurrentIndex(0)
    tab.doc_box.setCurrentIndex(tab.doc_box.findData(hn))
    with qtbot.waitSignal(tab.loaded, timeout=T):
        tab.text_box.setText("海南重")  # debounced
    assert [tab.model.annotation(r).id for r in range(tab.model.rowCount())] == [a3.id]
    assert "1 of 3" in tab.count_label.text()
    tab.doc_box.setCurrentIndex(0)
    tab.text_box.clear()
    with qtbot.waitSignal(tab.loaded, timeout=T):
        tab.refresh()

    tab.table.sortByColumn(tab.model.CREATED, Qt.SortOrder.DescendingOrder)
    assert tab.model.annotation(0).id == a3.id
    tab.table.sortByColumn(tab.model.COLOR, Qt.SortOrder.AscendingOrder)
    assert [tab.model.annotation(r).color for r in range(3)] == ["yellow", "green", "pink"]
    qtmodeltester.check(tab.model)

    rect = tab.table.visualRect(tab.model.index(tab.model.row_of(a2.id), tab.model.QUOTE))
    with qtbot.waitSignal(work.annotations_loaded, timeout=T):
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reader = window.reader_tabs.current_reader()
    assert reader.doc_id == hn
    qtbot.waitUntil(lambda: getattr(reader.current_annotation(), "id", None) == a2.id, timeout=T)
    assert work.panel.current_id() == a2.id

    # delete from the tab with the Delete key, undo with Ctrl+Z
    tab.table.selectRow(tab.model.row_of(a1.id))
    key(qtbot, tab.table, Qt.Key.Key_Delete)
    settle(window, qtbot, lambda: tab.model.total() == 2)
    key(qtbot, tab.table, Qt.Key.Key_Z, CTRL)
    settle(window, qtbot, lambda: tab.model.total() == 3)
    assert service.get(a1.id).note == "最早试行"


def test_document_tags_from_header_and_library_and_tag_search(reading, qtbot):
    window, reader = reading
    work = window.annotating
    reader.tags_button.click()
    qtbot.waitUntil(lambda: isinstance(work.dialog, TagsDialog), timeout=T)
    work.dialog.edit.setText("跨境电商、上海")
    work.dialog.accept()
    settle(window, qtbot, lambda: set(reader.document_tags()) == {"跨境电商", "上海"})
    assert reader.tags_label.isVisible() and "跨境电商" in reader.tags_label.text()
    assert reader.tags_button.text() == "Edit Tags…"

    view = window.library_view
    hainan = doc_id_titled(window, "海南自由贸易港笔记")
    view.table.clearSelection()
    for doc in (hainan, reader.doc_id):
        view.table.selectionModel().select(
            view.model.index(view.model.row_of(doc), 0),
            view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
        )
    view.tag_selected()
    assert isinstance(work.dialog, TagsDialog)
    work.dialog.edit.setText("自贸港")
    work.dialog.accept()
    settle(window, qtbot, lambda: set(reader.document_tags()) == {"跨境电商", "上海", "自贸港"})
    assert window.library.annotations.document_tags(hainan) == ("自贸港",)

    with qtbot.waitSignal(window.search_panel.results_shown, timeout=T) as blocker:
        window.search_panel.set_query("tag:自贸港")
    assert blocker.args == [2]
    work.undo_action.trigger()  # the library view's tagging, both documents at once
    settle(window, qtbot, lambda: set(reader.document_tags()) == {"跨境电商", "上海"})
    assert window.library.annotations.document_tags(hainan) == ()


def test_notes_are_a_section_of_search_results(reading, qtbot):
    window, reader = reading
    panel = window.search_panel
    select(reader, "贸易便利")
    window.annotating.highlight("yellow")
    settle(window, qtbot, lambda: len(reader.annotations()) == 1)
    a = reader.annotations()[0]
    window.library.annotations.update(a.id, note="对比研究的笔记")
    with qtbot.waitSignal(panel.notes_shown, timeout=T) as blocker:
        panel.set_query("对比研究")
    assert blocker.args == [1]
    assert panel.notes_button.text() == "Notes (1)" and panel.docs_button.text() == "Documents (0)"
    panel.notes_button.click()
    assert panel.sections.currentWidget() is panel.notes_list
    panel.notes_list.grab()  # the card delegate paints the document title too
    reader.set_current_annotation(None)
    panel._note_activated(panel.notes_model.index(0, 0))
    qtbot.waitUntil(lambda: reader.current_annotation() is not None, timeout=T)
    assert reader.current_annotation().id == a.id


def test_orphans_are_listed_and_reattached_to_a_selection(imported_window, doc_folder, qtbot):
    window = imported_window
    work = window.annotating
    doc_id = doc_id_titled(window, SHANGHAI)
    service = window.library.annotations
    a = service.create_from_quote(doc_id, "研究者常把制度创新与贸易便利放在一起比较", note="方法")
    path = doc_folder / "shanghai.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("研究者常把制度创新与贸易便利放在一起比较", "学界也讨论两者的关系"), encoding="utf-8")
    later = time.time() + 5
    os.utime(path, (later, later))
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        window.import_paths([doc_folder])
    assert service.get(a.id).orphaned

    work.tab.set_orphans_only(True)
    qtbot.waitUntil(lambda: work.tab.model.total() == 1, timeout=T)
    assert work.tab.model.index(0, work.tab.model.STATUS).data() == "orphaned"
    with qtbot.waitSignal(work.annotations_loaded, timeout=T):
        work.tab._open_index(work.tab.model.index(0, 0))
    reader = window.reader_tabs.current_reader()
    qtbot.waitUntil(lambda: work.panel.current_id() == a.id, timeout=T)
    assert reader.annotation_positions(a.id) is None  # not drawn
    assert work.panel.reattach_button.isVisible() and not work.panel.reattach_button.isEnabled()
    assert work.panel.orphan_label.isVisible()

    select(reader, "学界也讨论两者的关系")
    assert work.panel.reattach_button.isEnabled()
    work.panel.reattach_button.click()
    settle(window, qtbot, lambda: reader.annotation_positions(a.id) is not None)
    fixed = service.get(a.id)
    assert (fixed.status, fixed.quote, fixed.note) == ("anchored", "学界也讨论两者的关系", "方法")
    work.undo_action.trigger()
    settle(window, qtbot, lambda: service.get(a.id).orphaned and reader.annotation_positions(a.id) is None)


def test_tag_manager_rename_merge_delete_with_counts_and_undo(imported_window, qtbot, qtmodeltester):
    window = imported_window
    work = window.annotating
    service = window.library.annotations
    sh, hn = doc_id_titled(window, SHANGHAI), doc_id_titled(window, "海南自由贸易港笔记")
    service.create_from_quote(sh, "负面清单", tags=["政策/投资"])
    service.create_from_quote(hn, "零关税", tags=["政策/税收", "海南"])
    service.set_document_tags(hn, ["政策"])
    questions: list[str] = []
    answers = iter(["政务", "海南", ""])
    manager = work.tag_manager
    manager.ask_text = lambda title, label, text: next(answers)
    manager.confirm = lambda title, text: questions.append(text) or True
    with qtbot.waitSignal(manager.loaded, timeout=T):
        work.tag_manager_action.trigger()
    qtmodeltester.check(manager.model)
    assert manager.select_tag("政策/税收")
    assert manager.model.rowCount() == 2  # 政策 (with 投资, 税收 below) and 海南

    manager.select_tag("政策")
    manager.rename_selected()
    qtbot.waitUntil(lambda: bool(questions), timeout=T)
    assert "2 passages and 1 documents" in questions[-1]
    settle(window, qtbot, lambda: set(service.tag_names()) == {"政务", "政务/投资", "政务/税收", "海南"})
    qtbot.waitUntil(lambda: manager.select_tag("政务/投资"), timeout=T)

    manager.select_tag("政务/税收")
    manager.merge_selected()  # into 海南
    settle(window, qtbot, lambda: "政务/税收" not in service.tag_names())
    assert service.get(2).tags == ("海南",)

    manager.select_tag("政务")
    questions.clear()
    manager.delete_selected()
    qtbot.waitUntil(lambda: bool(questions), timeout=T)
    assert "1 passages and 1 documents" in questions[-1]
    settle(window, qtbot, lambda: not any(n.startswith("政务") for n in service.tag_names()))
    assert service.document_tags(hn) == ()

    for _ in range(3):
        work.undo_action.trigger()
    settle(window, qtbot, lambda: set(service.tag_names()) >= {"政策", "政策/投资", "政策/税收", "海南"})
    assert service.get(2).tags == ("政策/税收", "海南") and service.document_tags(hn) == ("政策",)


def test_export_import_and_backup(imported_window, qtbot, tmp_path, private_dirs):
    window = imported_window
    work = window.annotating
    service = window.library.annotations
    sh = doc_id_titled(window, SHANGHAI)
    a = service.create_from_quote(sh, "负面清单", note="最早试行", tags=["政策"], color="pink")
    service.set_document_tags(sh, ["上海"])
    with qtbot.waitSignal(work.tab.loaded, timeout=T):
        work.tab.refresh()
    for name in ("notes.md", "notes.csv", "notes.json"):
        with qtbot.waitSignal(work.transfer.exported, timeout=T):
            work.transfer.export_to(*resolve_export_path(str(tmp_path / name), ""))
    assert "> 负面清单" in (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert (tmp_path / "notes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    data = json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection"

    service.delete(a.id)
    with qtbot.waitSignal(work.controller.changed, timeout=T) as blocker:
        assert work.transfer.import_file(tmp_path / "notes.json")
    assert blocker.args[0].result.added == 1
    settle(window, qtbot, lambda: work.tab.model.total() == 1)
    assert "Imported 1 annotations" in window.statusBar().currentMessage()

    with qtbot.waitSignal(work.controller.changed, timeout=T) as blocker:
        assert work.transfer.backup()
    backup = Path(blocker.args[0].result)
    assert backup.exists() and backup.parent == private_dirs[1] / "backups"
    assert "backed up" in window.statusBar().currentMessage()


def test_panel_model_passes_the_model_tester(reading, qtbot, qtmodeltester):
    window, reader = reading
    for needle, color in (("负面清单", "pink"), ("制度创新", "blue")):
        select(reader, needle)
        window.annotating.highlight(color)
    settle(window, qtbot, lambda: window.annotating.panel.model.total() == 2)
    model = window.annotating.panel.model
    qtmodeltester.check(model)
    assert [model.annotation(r).quote for r in range(2)] == ["负面清单", "制度创新"]  # reading order
    assert model.setData(model.index(0, model.NOTE), "新的笔记")
    qtmodeltester.check(model)
    settle(window, qtbot, lambda: window.library.annotations.get(model.annotation(0).id).note == "新的笔记")
    window.annotating.panel.list.grab()


def test_queued_writes_keep_their_order(reading, qtbot):
    window, reader = reading
    work = window.annotating
    a = window.library.annotations.create_from_quote(reader.doc_id, PASSAGE)
    work.refresh_all()
    settle(window, qtbot, lambda: reader.annotation(a.id) is not None)
    colors = ("green", "blue", "pink", "purple")
    for color in colors:  # all queued before the first is written
        work.controller.push(EditAnnotations(work.controller, [a.id], color=color))
    for _ in colors[:3]:
        work.controller.undo_stack.undo()
    assert work.busy()
    settle(window, qtbot, lambda: reader.annotation(a.id).color == "green")
    assert window.library.annotations.get(a.id).color == "green"
    work.redo_action.trigger()
    settle(window, qtbot, lambda: reader.annotation(a.id).color == "blue")


def test_no_point_outside_text_selects_nothing(reading, qtbot):
    window, reader = reading
    select(reader, PASSAGE)
    window.annotating.highlight("yellow")
    settle(window, qtbot, lambda: len(reader.annotations()) == 1)
    qtbot.mouseClick(reader.text_edit.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    qtbot.waitUntil(lambda: reader.current_annotation() is None, timeout=T)
    assert not reader.selection_bar.isVisible()


def test_importing_a_file_that_is_not_w3c_says_so(imported_window, qtbot, tmp_path):
    window = imported_window
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(window.annotating.controller.changed, timeout=T):
        window.annotating.transfer.import_file(bad)
    assert "is not a JSON file" in window.statusBar().currentMessage()
