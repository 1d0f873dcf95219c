"""What the services that edit a library share: this thread's connection, one committed and
durable transaction per user edit, and the document an edit is about."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ftz_desktop.errors import UserError
from ftz_desktop.records import Document
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs

if TYPE_CHECKING:
    import sqlite_utils


class EditingService:
    """Base of the annotation and tag services. ``connection()`` gives this thread's connection."""

    def __init__(self, connection: Callable[[], sqlite_utils.Database]) -> None:
        self._connection = connection

    @contextmanager
    def _edit(self) -> Iterator[sqlite_utils.Database]:
        """One committed, fsynced write transaction: once it has returned, the edit survives a
        crash or a power cut."""
        with store_db.write_transaction(self._connection(), durable=True) as db:
            yield db

    def _document(self, db: sqlite_utils.Database, doc_id: int) -> Document:
        """The document, or a UserError saying there is none with that id."""
        try:
            return store_docs.get(db, int(doc_id))
        except KeyError:
            raise UserError(f"There is no document with id {doc_id}.") from None
