"""Opening files from the system (``ftz-desktop FILE...``, a file association, a second launch, a
macOS open event): import them into the open library, then show the files in reader tabs."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.library.importing import ImportController

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

log = logging.getLogger(__name__)

MAX_TABS = 20  # a folder of hundreds is imported, not opened file by file


class OpenerHost(Protocol):
    """What the opener needs of the main window."""

    library_opened: SignalInstance
    import_finished: SignalInstance
    runner: TaskRunner
    importer: ImportController

    @property
    def library(self) -> Library | None: ...

    def import_paths(self, paths_: Sequence[Path | str], *, quiet: bool = False) -> bool: ...

    def open_document(self, doc_id: int, query: str = "") -> None: ...


def bring_to_front(window: QWidget) -> None:
    """Show the window above the others (un-minimised), as a second launch expects."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _document_ids(library: Library, files: list[Path]) -> list[int]:
    return library.document_ids(files)


class FileOpener(QObject):
    """Queues requests until a library is open and no import runs, imports them, opens the files.

    Signals:
        opened(list doc_ids): the files of a request are open in reader tabs (folders: none).
    """

    opened = Signal(list)

    def __init__(self, host: OpenerHost, window: QWidget) -> None:
        super().__init__(window)
        self.host = host
        self.window = window
        self.queue: list[list[Path]] = []
        self.current: list[Path] | None = None
        host.library_opened.connect(lambda _path: self._next())
        host.import_finished.connect(self._imported)

    def request(self, paths: Sequence[Path]) -> None:
        """Import and open ``paths`` (none: just bring the window to the front)."""
        bring_to_front(self.window)
        if paths:
            self.queue.append([Path(p) for p in paths])
            self._next()

    def pending(self) -> bool:
        return bool(self.queue) or self.current is not None

    def _next(self) -> None:
        if self.current is not None or not self.queue or self.host.library is None or self.host.importer.is_running():
            return
        request = self.queue.pop(0)
        self.current = request
        if not self.host.import_paths(request, quiet=True):
            self.current = None
            self.queue.insert(0, request)

    def _imported(self, _report: object) -> None:
        request, self.current = self.current, None
        if request is None:  # another import ended: ours may start now
            self._next()
            return
        files = [p for p in request if not p.is_dir()][:MAX_TABS]
        library = self.host.library
        if not files or library is None:
            self.opened.emit([])
            self._next()
            return
        self.host.runner.run(_document_ids, library, files, then=self._open)

    def _open(self, doc_ids: list[int]) -> None:
        for doc_id in doc_ids:
            self.host.open_document(doc_id)
        log.info("opened %d of the files handed to the window", len(doc_ids))
        self.opened.emit(doc_ids)
        self._next()
