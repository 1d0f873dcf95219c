"""The library the window works on: opening one in a worker, closing the one it replaces once no
worker uses it any more, and reading its listing (again and again while an import runs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ftz_desktop.errors import LibraryUnavailable
from ftz_desktop.records import DocumentSummary
from ftz_desktop.ui.common.workers import TaskRunner, error_message
from ftz_desktop.ui.library.model import haystacks

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

Listing = tuple[list[DocumentSummary], dict[int, str]]  # documents and their filter haystacks
FIRST_LISTING_REFRESH_MS = 1500  # during an import the listing is re-read after this…
LISTING_REFRESH_MS = 5000  # …and then this often


def open_library_task(path: Path) -> tuple[Library, Listing]:
    """Worker: open (create, migrate) the library and read its listing."""
    from ftz_desktop.services.library import Library  # heavy imports stay off the start-up path

    library = Library(path)
    return library, listing_task(library)


def listing_task(library: Library) -> Listing:
    """Worker: every document of the library, with the library filter's haystacks."""
    docs = library.documents()
    return docs, haystacks(docs)


class LibrarySession(QObject):
    """The open library (``library``, ``path``) of one window.

    ``busy()`` says whether anything may still use a library being replaced (a worker, a queued
    annotation edit); such a library is closed by ``close_retired`` once it says no.

    Signals:
        opened(str path, object listing): the library at ``path`` is open; its listing.
        failed(str path, str message): it could not be opened.
        listing_loaded(object listing): the listing was read again.
        listing_failed(str message): reading it again failed.
    """

    opened = Signal(str, object)
    failed = Signal(str, str)
    listing_loaded = Signal(object)
    listing_failed = Signal(str)

    def __init__(self, runner: TaskRunner, busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._busy = busy
        self.library: Library | None = None
        self.path: Path | None = None
        self._retired: list[Library] = []
        self._reloading = False
        self._timer = QTimer(self)  # shows documents as they arrive during an import
        self._timer.timeout.connect(self._refresh)

    def open(self, path: Path, after: Callable[[], None] | None = None) -> None:
        """Open (or create) the library at ``path`` in a worker; ``after()`` once it is shown."""
        if self.library is not None:
            self.retire(self.library)
        self.library = None
        self.path = target = Path(path)
        self.runner.run(open_library_task, target, callback=lambda res, err: self._ready(target, res, err, after))

    def _ready(self, path: Path, result: Any, error: BaseException | None, after: Callable[[], None] | None) -> None:
        if path != self.path:  # another library was asked for meanwhile
            if result is not None:
                self.retire(result[0])
            return
        if error is not None or result is None:
            cause = error.__cause__ if isinstance(error, LibraryUnavailable) else None
            self.failed.emit(str(path), str(cause) if cause is not None else error_message(error or Exception()))
            return
        self.library, listing = result
        self.opened.emit(str(path), listing)
        if after is not None:
            after()

    def retire(self, library: Library) -> None:
        """Close ``library`` once no worker can be using it any more."""
        self._retired.append(library)
        self.close_retired()

    def close_retired(self, force: bool = False) -> None:
        if not force and self._busy():
            return  # a worker or a queued annotation edit may still use them
        while self._retired:
            self._retired.pop().close()

    def close(self) -> None:
        """Close every library (the window is closing and its workers are done)."""
        self.close_retired(force=True)
        if self.library is not None:
            self.library.close()

    # --- the listing ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the listing in a worker."""
        if self.library is None:
            return
        library = self.library
        self._reloading = True
        self.runner.run(listing_task, library, callback=lambda res, err: self._reloaded(library, res, err))

    def _reloaded(self, library: Library, listing: Any, error: BaseException | None) -> None:
        self._reloading = False
        if library is not self.library:
            return
        if error is not None:
            self.listing_failed.emit(str(error))
            return
        self.listing_loaded.emit(listing)

    def follow_import(self, running: bool) -> None:
        """While an import runs, read the listing again now and then."""
        if running:
            self._timer.start(FIRST_LISTING_REFRESH_MS)
        else:
            self._timer.stop()

    def _refresh(self) -> None:
        self._timer.setInterval(LISTING_REFRESH_MS)
        if not self._reloading:
            self.reload()
