"""Files handed to the window are imported into the open library and shown in reader tabs."""

from __future__ import annotations

from tests.ui.ui_documents import DOCS


def test_files_are_imported_and_opened_in_tabs(make_window, doc_folder, qtbot):
    window = make_window()
    files = [doc_folder / "shanghai.md", doc_folder / "hainan.txt"]
    with qtbot.waitSignal(window.file_opener.opened, timeout=20_000) as blocker:
        window.open_paths(files)
    assert len(blocker.args[0]) == 2
    qtbot.waitUntil(lambda: len(window.reader_tabs.readers()) == 2 and window.reader_tabs.current_reader().document)
    assert {window.reader_tabs.reader_for(i).doc_id for i in blocker.args[0]} == set(blocker.args[0])
    assert window.library.count() == 2


def test_a_folder_is_imported_but_opens_no_tabs_and_requests_wait_for_each_other(make_window, doc_folder, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.file_opener.opened, timeout=20_000) as blocker:
        window.open_paths([doc_folder])
        window.open_paths([doc_folder / "shanghai.md"])  # queued behind the folder's import
    assert blocker.args[0] == []
    with qtbot.waitSignal(window.file_opener.opened, timeout=20_000) as blocker:
        pass
    assert len(blocker.args[0]) == 1 and window.library.count() == len(DOCS)
