"""Error kinds: UserError is shown to the user as one line; LibraryError means the library file
cannot be used (the message says why and what to do); anything else is a bug."""


class UserError(Exception):
    """Something the user can fix (a bad query, an unreadable file); its message is shown as is."""


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
