"""Fixtures for the GUI tests: a folder of documents, and main windows torn down cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.ui_documents import DOCS

BROKEN = {"broken.pdf": b"this is not a pdf at all"}


@pytest.fixture
def doc_folder(write_folder) -> Path:
    return write_folder(DOCS)


@pytest.fixture
def broken_folder(doc_folder: Path) -> Path:
    for name, data in BROKEN.items():
        (doc_folder / name).write_bytes(data)
    return doc_folder


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def make_window(qtbot, library_path: Path):
    """Create main windows (opened on a library, waiting until it is shown); all are closed at teardown."""
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    windows = []

    def make(path: Path | None = library_path, *, show: bool = True):
        window = MainWindow(Settings(), path, show_reports=False)
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            window.show()
        qtbot.waitUntil(lambda: window.library is not None, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.close()
        window.runner.wait()


@pytest.fixture
def imported_window(make_window, doc_folder: Path, qtbot):
    """A window whose library holds DOCS, imported through the UI."""
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        assert window.import_paths([doc_folder])
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == len(DOCS), timeout=10_000)
    return window
