"""Saved searches and collections in a real main window: the sidebar, Save Search…, Add to
Collection… from the results and the document list, and the export dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from ftz_desktop.ui.research.dock import KIND_ROLE, NAME_ROLE


def _items(dock, kind):
    out = {}
    stack = [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.data(0, KIND_ROLE) == kind:
            out[item.data(0, NAME_ROLE)] = item
        stack.extend(item.child(k) for k in range(item.childCount()))
    return out


def _ids(window):
    return {d.title: d.doc_id for d in window.library.documents()}


def test_collection_in_the_sidebar_searches_its_documents(imported_window, qtbot):
    window = imported_window
    research = window.research
    ids = _ids(window)
    window.library.collections.add("报告/2024", [ids["上海试验区的十年观察"], ids["海南自由贸易港笔记"]])
    with qtbot.waitSignal(research.dock.loaded, timeout=20_000):
        research.refresh()
    items = _items(research.dock, "collection")
    assert set(items) == {"报告", "报告/2024"}  # the parent is shown though it is no collection itself
    assert items["报告/2024"].text(1) == "2" and items["报告"].text(0) == "报告"
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        research.dock.tree.itemClicked.emit(items["报告"], 0)
    assert panel.box.text() == "in:报告"
    assert {panel.model.hit(r).title for r in range(panel.model.rowCount())} == {
        "上海试验区的十年观察",
        "海南自由贸易港笔记",
    }


def test_save_search_and_new_since_last_opened(imported_window, qtbot, monkeypatch):
    window = imported_window
    research = window.research
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        panel.set_query("制度创新")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("创新", True))
    with qtbot.waitSignal(research.dock.loaded, timeout=20_000):
        research.save_search_action.trigger()
    item = _items(research.dock, "saved")["创新"]
    assert item.text(1) == "3"
    window.library.saved.opened("创新", when="2000-01-01T00:00:00+00:00")  # everything is newer
    with qtbot.waitSignal(research.dock.loaded, timeout=20_000):
        research.refresh()
    item = _items(research.dock, "saved")["创新"]
    assert "3 new" in item.text(1) and item.font(0).bold()
    panel.box.clear()
    with qtbot.waitSignal(research.dock.loaded, timeout=20_000):  # opening it: nothing is new any more
        research.dock.tree.itemClicked.emit(item, 0)
    assert panel.box.text() == "制度创新"
    assert _items(research.dock, "saved")["创新"].text(1) == "3"


def test_add_to_collection_from_results_and_document_list(imported_window, qtbot, monkeypatch):
    window = imported_window
    research = window.research
    panel = window.search_panel
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        panel.set_query("制度创新")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("专题", True))
    first = panel.model.hit(0).doc_id
    with qtbot.waitSignal(research.dock.loaded, timeout=20_000):
        panel.collect_requested.emit([first])
    assert window.library.collections.of_document(first) == ["专题"]
    others = [i for i in _ids(window).values() if i != first][:2]
    with qtbot.waitSignal(research.dock.loaded, timeout=20_000):
        window.library_view.collect_requested.emit(others)
    assert _items(research.dock, "collection")["专题"].text(1) == "3"


def test_export_dialog_previews_and_saves(imported_window, qtbot, tmp_path):
    window = imported_window
    research = window.research
    ids = _ids(window)
    window.library.collections.add("报告", [ids["上海试验区的十年观察"]])
    dialog = research.export("报告")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    assert dialog.preview_edit.toPlainText().startswith("# 报告\n\n1 document\n")
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.format_box.setCurrentIndex(1)
    assert dialog.preview_edit.toPlainText().splitlines()[0] == "doc_id,title,date,source,path"
    target = tmp_path / "报告.csv"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_to(str(target))
    assert "上海试验区的十年观察" in target.read_text(encoding="utf-8")
    dialog.close()


def test_the_reader_menu_offers_add_to_collection(imported_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMenu

    window = imported_window
    doc_id = _ids(window)["黑龙江试验区"]
    window.open_document(doc_id)
    reader = window.reader_tabs.current_reader()
    qtbot.waitUntil(lambda: reader.document is not None, timeout=20_000)
    menu = QMenu()
    reader.menu_hook(menu, reader)
    texts = [a.text() for a in menu.actions()]
    assert any(t.startswith("Tag Document") for t in texts)  # the annotation feature's entry stays
    [collect] = [a for a in menu.actions() if a.text() == "Add Document to Collection…"]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("边境", True))
    with qtbot.waitSignal(window.research.dock.loaded, timeout=20_000):
        collect.trigger()
    assert window.library.collections.of_document(doc_id) == ["边境"]
