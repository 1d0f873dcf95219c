"""Saved searches and collections: each user edit in its own durable transaction; counts of what
a saved search finds and of what is new since it was last opened; a collection's documents and
annotations exported (Markdown, CSV, W3C)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ftz_desktop.core import query as q
from ftz_desktop.core.tags import is_under, normalize_tag, tag_key
from ftz_desktop.errors import QueryError, UserError
from ftz_desktop.records import Collection, DocumentSummary, SavedSearch
from ftz_desktop.services.annotations import AnnotationService
from ftz_desktop.services.editing import EditingService
from ftz_desktop.store import annotations as store_annotations
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import research as store
from ftz_desktop.store import search as store_search

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["EXPORT_FORMATS", "CollectionService", "SavedSearchService", "now"]

EXPORT_FORMATS = ("md", "csv", "w3c")
DOCUMENT_COLUMNS = ("doc_id", "title", "date", "source", "path")
MAX_NAME_CHARS = 200


def now() -> str:
    """The time as the import stamps documents (``documents.imported``), so the two compare."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _name(name: str, what: str) -> str:
    clean = normalize_tag(name)
    if not clean:
        raise UserError(f"A {what} needs a name.")
    return clean[:MAX_NAME_CHARS]


class SavedSearchService(EditingService):
    """Named queries, with how many documents each finds and how many of those are new."""

    def __init__(self, connection: Callable[[], sqlite_utils.Database], clock: Callable[[], str] = now) -> None:
        super().__init__(connection)
        self._clock = clock

    def add(self, name: str, query: str) -> SavedSearch:
        """Save ``query`` as ``name`` (a saved search of that name gets the new query). A query that
        cannot be understood is refused with its message."""
        name = _name(name, "saved search")
        query = " ".join(query.split())
        if store_search.compile_query(q.parse(query)) is None:
            raise UserError("A saved search needs something to look for.")
        with self._edit() as db:
            store.save_search(db, name, query, self._clock())
        return self.get(name)

    def remove(self, name: str) -> None:
        with self._edit() as db:
            if not store.remove_search(db, name.strip()):
                raise UserError(f"There is no saved search called '{name}'.")

    def get(self, name: str) -> SavedSearch:
        row = store.saved_search(self._connection(), name.strip())
        if row is None:
            raise UserError(f"There is no saved search called '{name}'.")
        return self._counted(*row)

    def entries(self) -> list[SavedSearch]:
        """Every saved search by name, with its counts."""
        return [self._counted(*row) for row in store.saved_searches(self._connection())]

    def opened(self, name: str, when: str | None = None) -> SavedSearch:
        """Mark a saved search opened (now, or at ``when``): what is imported after it is new.
        Returns it as it was before (its new documents still counted)."""
        before = self.get(name)
        with self._edit() as db:
            store.mark_opened(db, before.name, when or self._clock())
        return before

    def _counted(self, name: str, query: str, created: str, opened: str) -> SavedSearch:
        db = self._connection()
        try:
            compiled = store_search.compile_query(q.parse(query))
        except QueryError as exc:  # e.g. a zone a changed gazetteer no longer knows
            return SavedSearch(name, query, created, opened, error=str(exc))
        if compiled is None:
            return SavedSearch(name, query, created, opened)
        count = store_search.count_where(db, compiled, "1", ())
        new = store_search.count_where(db, compiled, "d.imported > ?", (opened,))
        return SavedSearch(name, query, created, opened, count=count, new=new)


class CollectionService(EditingService):
    """User-made sets of documents; a document may be in several; '报告/2024' is under '报告', and
    ``in:报告`` finds the documents of both."""

    def __init__(
        self,
        connection: Callable[[], sqlite_utils.Database],
        annotations: AnnotationService,
        clock: Callable[[], str] = now,
    ) -> None:
        super().__init__(connection)
        self._annotations = annotations
        self._clock = clock

    def add(self, name: str, doc_ids: Iterable[int]) -> int:
        """Put documents in the collection ``name`` (made if needed); how many were not there yet.
        An unknown document id is refused (nothing is changed)."""
        name = _name(name, "collection")
        ids = sorted({int(i) for i in doc_ids})
        with self._edit() as db:
            known = store_docs.summaries_by_id(db, ids)
            missing = [i for i in ids if i not in known]
            if missing:
                raise UserError(f"There is no document with id {missing[0]}.")
            coll = store.ensure_collection(db, name, self._clock())
            return store.add_documents(db, coll, ids, self._clock())

    def remove(self, name: str, doc_ids: Iterable[int] | None = None) -> int:
        """Take documents out of a collection, or with no ids delete the collection (the documents
        stay in the library; collections nested below it stay). Returns how many left it."""
        with self._edit() as db:
            coll = store.collection_id(db, normalize_tag(name))
            if coll is None:
                raise UserError(f"There is no collection called '{name}'.")
            if doc_ids is None:
                count = next((n for c, _, n in store.collections(db) if tag_key(c) == tag_key(normalize_tag(name))), 0)
                store.delete_collection(db, coll)
                return count
            return store.remove_documents(db, coll, doc_ids)

    def entries(self) -> list[Collection]:
        """Every collection by name: its own documents, and with those nested below it."""
        db = self._connection()
        members = store.collection_members(db)
        out = []
        for name, created, count in store.collections(db):
            total = len({d for c, d in members if is_under(c, name)})
            out.append(Collection(name, count, total, created))
        return out

    def of_document(self, doc_id: int) -> list[str]:
        """The collections a document is in (itself, not those above)."""
        return store.collections_of(self._connection(), int(doc_id))

    def documents(self, name: str) -> list[DocumentSummary]:
        """The documents of a collection and of those nested below it (what ``in:name`` finds),
        by date, then title."""
        db = self._connection()
        wanted = normalize_tag(name)
        if not any(is_under(c, wanted) for c, _, _ in store.collections(db)):  # '报告' holds '报告/2024'
            raise UserError(f"There is no collection called '{name}'.")
        ids = {d for c, d in store.collection_members(db) if is_under(c, wanted)}
        docs = list(store_docs.summaries_by_id(db, ids).values())
        docs.sort(key=lambda d: (d.date or "9999", d.title, d.doc_id))
        return docs

    def export(self, name: str, fmt: str, *, annotations: bool = False) -> str:
        """A collection as text: ``md`` — its documents (title, date, source, path) then their
        annotations; ``csv`` — the documents, or with ``annotations`` their annotations; ``w3c``
        — their annotations and document tags as a W3C AnnotationCollection (JSON)."""
        if fmt not in EXPORT_FORMATS:
            raise UserError(f"Unknown format '{fmt}'; one of: {', '.join(EXPORT_FORMATS)}.")
        docs = self.documents(name)
        ids = {d.doc_id for d in docs}
        items = [a for a in self._annotations.select() if a.doc_id in ids]
        if fmt == "md":
            return documents_markdown(normalize_tag(name), docs) + "\n" + self._annotations.export_markdown(items)
        if fmt == "csv":
            return self._annotations.export_csv(items) if annotations else documents_csv(docs)
        db = self._connection()
        tags: dict[int, tuple[str, ...]] = {}
        for doc_id, tag in store_annotations.all_document_tags(db):
            if doc_id in ids:
                tags[doc_id] = (*tags.get(doc_id, ()), tag)
        data = store_annotations.w3c_collection(
            db, items, label=f"FTZ Desktop collection {normalize_tag(name)}", document_tags=tags
        )
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def documents_markdown(name: str, docs: list[DocumentSummary]) -> str:
    """A collection's documents as a numbered Markdown list: title, date, source, path."""
    out = [f"# {name}", "", "1 document" if len(docs) == 1 else f"{len(docs)} documents", ""]
    for k, d in enumerate(docs, 1):
        meta = " · ".join(x for x in (d.date, d.source) if x)
        title = " ".join(d.title.split())
        out.append(f"{k}. **{title}**" + (f" — {meta}" if meta else "") + f"  \n   `{d.path}`")
    return "\n".join(out) + "\n"


def documents_csv(docs: list[DocumentSummary]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(DOCUMENT_COLUMNS)
    for d in docs:
        w.writerow([d.doc_id, d.title, d.date or "", d.source or "", d.path])
    return buf.getvalue()
