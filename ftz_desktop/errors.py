"""Error kinds: UserError is shown to the user as one line; anything else is a bug."""


class UserError(Exception):
    """Something the user can fix (a bad query, an unreadable file); its message is shown as is."""


class QueryError(UserError):
    """A search query that cannot be understood."""


class UnreadableFile(UserError):
    """A file that cannot be imported; the message is the reason shown in the import report."""
