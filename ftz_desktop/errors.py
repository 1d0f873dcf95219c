"""Error kinds: UserError is shown to the user as one line; LibraryError means the library file
cannot be used (the message says why and what to do); anything else is a bug."""

from __future__ import annotations

from typing import Any, Self


class UserError(Exception):
    """Something the user can fix (a bad query, an unreadable file); its message is shown as is.

    One made with ``of(template, **values)`` also keeps its template and values, so the interface
    can show it in the user's language (``translated``).
    """

    template: str = ""
    values: dict[str, Any] = {}

    @classmethod
    def of(cls, template: str, **values: Any) -> Self:
        error = cls(template.format(**values))
        error.template = template
        error.values = values
        return error

    def translated(self, tr: Any) -> str:
        """The message through ``tr`` (template → translation), or as it is."""
        if not self.template:
            return str(self)
        try:
            return str(tr(self.template)).format(**self.values)
        except (KeyError, IndexError, ValueError):  # a translation that names other fields
            return str(self)


class QueryError(UserError):
    """A search query that cannot be understood."""


class UnreadableFile(UserError):
    """A file that cannot be imported; the message is the reason shown in the import report."""


class LibraryError(Exception):
    """The library file cannot be used as it is; the message is shown as is."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer version of the app."""


class BackupError(LibraryError):
    """The annotations could not be backed up, so the library was not migrated."""


class LibraryUnavailable(LibraryError):
    """SQLite could not open or use the file (not a library, locked, disk full, unreadable)."""


class NotALibrary(LibraryError):
    """The file is not an FTZ Desktop library (another program's database, an empty file, not
    SQLite at all); it was left untouched. ``foreign``: an SQLite database the user may still
    choose to use as a library (our tables are then added to it)."""

    def __init__(self, message: str, *, foreign: bool = False) -> None:
        super().__init__(message)
        self.foreign = foreign


class ReadOnlyLibrary(UserError):
    """An edit (import, annotation, tag…) of a library opened read-only."""
