"""Libraries as a user expects: New, Open (never creating), Open Recent, and the sample library with
its banner — an import never goes into it without asking, and the next launch does not reopen it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ftz_desktop import paths
from tests.ui.ui_documents import DOCS


def open_sample(window, qtbot):
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        window.welcome.sample_button.click()
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == blocker.args[0].added, timeout=10_000)
    return blocker.args[0]


def test_the_sample_library_has_a_banner_and_leads_back(make_window, library_path, qtbot):
    window = make_window()
    assert not window.banner.isVisible()
    report = open_sample(window, qtbot)
    assert report.added >= 5
    assert window.library_path == paths.data_dir() / "sample-library.sqlite"
    assert window.banner.isVisible() and "Sample library" in window.banner.label.text()
    assert "Sample Library" in window.windowTitle()
    assert window.back_action.isVisible() and not window.sample_action.isVisible()
    with qtbot.waitSignal(window.library_opened, timeout=10_000) as blocker:
        window.banner.back_button.click()
    assert blocker.args == [str(library_path)]
    assert not window.banner.isVisible() and window.sample_action.isVisible()


def test_an_import_while_the_sample_is_open_asks_and_goes_to_my_library(make_window, library_path, doc_folder, qtbot):
    window = make_window()
    open_sample(window, qtbot)
    samples = window.library.count()
    asked = []

    def answer() -> int:
        asked.append(window.library_path)
        return window.IMPORT_INTO_MINE

    window.ask_sample_import = answer
    with qtbot.waitSignal(window.import_finished, timeout=20_000) as blocker:
        assert window.import_paths([doc_folder])
    assert asked == [paths.data_dir() / "sample-library.sqlite"]
    assert blocker.args[0].added == len(DOCS)
    assert window.library_path == library_path and window.library.count() == len(DOCS)
    assert not window.banner.isVisible()
    from ftz_desktop.services.library import Library

    with Library(paths.data_dir() / "sample-library.sqlite") as sample:
        assert sample.count() == samples  # nothing landed in the sample library


def test_an_import_into_the_sample_can_be_cancelled_or_chosen(make_window, doc_folder, qtbot):
    window = make_window()
    open_sample(window, qtbot)
    samples = window.library.count()
    window.ask_sample_import = lambda: window.IMPORT_CANCELLED
    assert not window.import_paths([doc_folder])
    assert not window.importer.is_running() and window.library.count() == samples
    window.ask_sample_import = lambda: window.IMPORT_INTO_SAMPLE
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        assert window.import_paths([doc_folder])
    assert window.library.count() == samples + len(DOCS)


def test_the_next_launch_opens_my_library_not_the_sample(make_window, library_path, qtbot):
    window = make_window()
    open_sample(window, qtbot)
    window.close()
    again = make_window(None)  # no library asked for: the last one the user chose
    assert again.library_path == library_path
    assert not again.banner.isVisible()
    assert paths.data_dir() / "sample-library.sqlite" not in again.settings.recent_libraries()


def test_new_library_creates_an_empty_one_and_refuses_to_overwrite(make_window, tmp_path, qtbot, monkeypatch):
    window = make_window()
    target = tmp_path / "second"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.library_opened, timeout=10_000) as blocker:
        window.new_library_action.trigger()
    assert blocker.args == [str(tmp_path / "second.sqlite")]
    assert window.library.count() == 0
    warned = []
    monkeypatch.setattr("ftz_desktop.ui.mainwindow.QMessageBox.warning", lambda *a, **k: warned.append(a[2]))
    assert not window.new_library(tmp_path / "second.sqlite")
    assert warned and "already exists" in warned[0]


def test_open_library_never_creates_and_open_recent_lists_libraries(
    make_window, library_path, tmp_path, qtbot, monkeypatch
):
    window = make_window()
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    with qtbot.waitSignal(window.library_opened, timeout=10_000):
        window.new_library_action.trigger()
    # Open Library… is an open dialog for existing files (a save dialog could create one)
    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: seen.append(a) or (str(library_path), ""))
    with qtbot.waitSignal(window.library_opened, timeout=10_000):
        window.open_library_action.trigger()
    assert seen and window.library_path == library_path
    window._fill_recent_libraries_menu()
    entries = [a.text() for a in window.recent_libraries_menu.actions() if a.text()]
    assert any(Path(other).name in e for e in entries)
    recent = next(a for a in window.recent_libraries_menu.actions() if other.name in a.text())
    with qtbot.waitSignal(window.library_opened, timeout=10_000) as blocker:
        recent.trigger()
    assert blocker.args == [str(other)]
    # a library that went away: a message, no new empty file, and it leaves the menu
    gone = tmp_path / "gone.sqlite"
    window.settings.add_recent_library(gone)
    window.open_recent_library(gone)
    assert not gone.exists() and gone not in window.settings.recent_libraries()


def test_a_foreign_database_is_opened_only_when_the_user_says_so(make_window, tmp_path, qtbot, monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    window = make_window()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    with qtbot.waitSignal(window.library_failed, timeout=10_000) as failed:
        window.open_library(other)
    assert "another program" in asked[0] and "another program" in failed.args[0]
    assert other.read_bytes() == before and window.library is None
    with qtbot.waitSignal(window.library_opened, timeout=10_000):
        window.open_library(other)
    assert window.library is not None and window.library.count() == 0


def test_an_empty_file_is_refused_unless_made_by_new_library(make_window, tmp_path, qtbot):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    window = make_window()
    with qtbot.waitSignal(window.library_failed, timeout=10_000) as failed:
        window.open_library(empty)
    assert "empty file" in failed.args[0] and empty.stat().st_size == 0
