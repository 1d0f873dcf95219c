"""The library the window works on: opening one in a worker, and closing the one it replaces once
no worker uses it any more. (Its listing is read by the document list's model, as it is shown.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ftz_desktop.errors import LibraryUnavailable, NotALibrary
from ftz_desktop.ui.common.workers import TaskRunner, error_message

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library


def open_library_task(path: Path, create: bool = False, adopt: bool = False) -> Library:
    """Worker: open (create, migrate) the library (``create``, ``adopt``: see Library)."""
    from ftz_desktop.services.library import Library  # heavy imports stay off the start-up path

    return Library(path, create=create, adopt=adopt)


class LibrarySession(QObject):
    """The open library (``library``, ``path``) of one window.

    ``busy()`` says whether anything may still use a library being replaced (a worker, a queued
    annotation edit); such a library is closed by ``close_retired`` once it says no.

    Signals:
        opened(str path): the library at ``path`` is open (``library``).
        failed(str path, str message): it could not be opened.
        foreign(str path, str message): it is another program's SQLite database (left untouched);
            ``open(path, adopt=True)`` uses it anyway once the user says so.
    """

    opened = Signal(str)
    failed = Signal(str, str)
    foreign = Signal(str, str)

    def __init__(self, runner: TaskRunner, busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._busy = busy
        self.library: Library | None = None
        self.path: Path | None = None
        self._retired: list[Library] = []

    def open(
        self, path: Path, after: Callable[[], None] | None = None, *, create: bool = False, adopt: bool = False
    ) -> None:
        """Open (or create) the library at ``path`` in a worker; ``after()`` once it is shown.
        ``create``: File → New Library made it; ``adopt``: the user chose to use a foreign database."""
        if self.library is not None:
            self.retire(self.library)
        self.library = None
        self.path = target = Path(path)
        self.runner.run(
            open_library_task, target, create, adopt, callback=lambda res, err: self._ready(target, res, err, after)
        )

    def _ready(self, path: Path, result: Any, error: BaseException | None, after: Callable[[], None] | None) -> None:
        if path != self.path:  # another library was asked for meanwhile
            if result is not None:
                self.retire(result)
            return
        if isinstance(error, NotALibrary) and error.foreign:
            self.foreign.emit(str(path), str(error))
            return
        if error is not None or result is None:
            cause = error.__cause__ if isinstance(error, LibraryUnavailable) else None
            self.failed.emit(str(path), str(cause) if cause is not None else error_message(error or Exception()))
            return
        self.library = result
        self.opened.emit(str(path))
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
