"""Annotations of one library: create, edit, undo, list, note search, export/import and backups
— used by the CLI and the GUI alike (tags and document tags: ``services/tags.py``, reached
through the same service).

Every edit is its own committed, durable transaction (``store.db.write_transaction``), so once a method has returned, the change survives a crash or a power cut.
The API is shaped for an undo stack: each edit returns what is needed to reverse it —
``delete`` returns the full record that ``restore`` takes back, ``update`` takes the old values,
and tag edits return a ``TagEdit`` whose ``before`` goes to ``restore_tags``.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
import uuid as uuid_module
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ftz_desktop.core import query as q
from ftz_desktop.core import w3c
from ftz_desktop.core.anchoring import AnchorResult, Selectors, build_selectors, reanchor
from ftz_desktop.core.fold import fold
from ftz_desktop.core.messages import msg
from ftz_desktop.core.tags import is_under, normalize_tag, normalize_tags, tag_key
from ftz_desktop.errors import QueryError, UserError
from ftz_desktop.records import (
    ANNOTATION_COLORS,
    Annotation,
    AnnotationImportReport,
    DocumentSummary,
    FailedFile,
    TagCount,
    TagEdit,
    TagState,
)
from ftz_desktop.services import annotation_export
from ftz_desktop.services.editing import EditingService
from ftz_desktop.services.tags import TagService
from ftz_desktop.store import annotations as store
from ftz_desktop.store import documents as store_docs

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["AnnotationService", "DEFAULT_COLOR", "UNSET"]

DEFAULT_COLOR = "yellow"
SORTS = ("reading", "created", "modified", "color", "document")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: Default of ``update``'s arguments: leave that field as it is.
UNSET: object = _Unset()


def check_color(color: str) -> str:
    c = (color or "").strip().lower()
    if c not in ANNOTATION_COLORS:
        raise UserError(f"Unknown colour '{color}': use one of {', '.join(ANNOTATION_COLORS)}.")
    return c


class AnnotationService(EditingService):
    """The annotations of one library. ``connection()`` gives this thread's SQLite connection."""

    def __init__(self, connection: Callable[[], sqlite_utils.Database]) -> None:
        super().__init__(connection)
        #: tags and document tags: rename, merge, delete, undo (the tag manager)
        self.tagging = TagService(connection)

    def _must_get(self, db: sqlite_utils.Database, ann_id: int) -> Annotation:
        a = store.get(db, int(ann_id))
        if a is None:
            raise UserError(f"There is no annotation with id {ann_id}.")
        return a

    # --- reading --------------------------------------------------------------------------
    def get(self, ann_id: int) -> Annotation:
        """One annotation; raises UserError if there is no such id."""
        return self._must_get(self._connection(), ann_id)

    def for_document(self, doc_id: int) -> list[Annotation]:
        """The annotations of one document in reading order (orphans included, flagged)."""
        return store.select(self._connection(), doc_id=int(doc_id))

    def orphans(self) -> list[Annotation]:
        """Annotations whose passage was not found after their document changed (for review)."""
        return store.select(self._connection(), status="orphaned")

    def select(
        self,
        *,
        doc_id: int | None = None,
        tag: str | None = None,
        color: str | None = None,
        text: str | None = None,
        status: str | None = None,
        sort: str = "reading",
        descending: bool = False,
    ) -> list[Annotation]:
        """Annotations matching every filter given.

        ``tag`` matches that tag and those nested below it ('政策' matches '政策/金融');
        ``text`` is a case- and width-insensitive substring of the quote, the note or a tag;
        ``sort``: reading (document, then position), created, modified, color or document.
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {SORTS}")
        t = normalize_tag(tag) if tag is not None else None
        out = store.select(
            self._connection(),
            doc_id=None if doc_id is None else int(doc_id),
            tag=t,
            color=check_color(color) if color else None,
            status=status,
        )
        if tag is not None and not t:
            out = []
        if text:
            needle = fold(unicodedata.normalize("NFC", text))
            out = [
                a
                for a in out
                if needle in fold(a.quote) or needle in fold(a.note) or any(needle in fold(x) for x in a.tags)
            ]
        if sort == "created":
            out.sort(key=lambda a: (a.created, a.id))
        elif sort == "modified":
            out.sort(key=lambda a: (a.modified, a.id))
        elif sort == "color":
            rank = {c: i for i, c in enumerate(ANNOTATION_COLORS)}
            out.sort(key=lambda a: (rank.get(a.color, len(rank)), a.doc_id, a.start))
        elif sort == "document":
            out.sort(key=lambda a: (a.doc_id, a.start, a.end, a.id))
        if descending:
            out.reverse()
        return out

    def count(self) -> int:
        return store.count(self._connection())

    def find_quote(self, doc_id: int, quote: str, occurrence: int = 1) -> tuple[int, int]:
        """The span of the ``occurrence``-th (1-based) occurrence of ``quote`` in a document's text.

        Case and width are ignored (as in search). Raises UserError when it does not occur.
        """
        doc = self._document(self._connection(), doc_id)
        quote = unicodedata.normalize("NFC", quote)
        if not quote.strip():
            raise UserError("The quote is empty.")
        if occurrence < 1:
            raise UserError("--occurrence counts from 1.")
        hay, needle = fold(doc.text), fold(quote)
        starts: list[int] = []
        i = hay.find(needle)
        while i >= 0:
            starts.append(i)
            if len(starts) >= occurrence:
                break
            i = hay.find(needle, i + 1)
        if not starts:
            raise UserError(f"The quote does not occur in document {doc_id}.")
        if len(starts) < occurrence:
            raise UserError(
                f"The quote occurs {len(starts)} time{'s' if len(starts) != 1 else ''} in document "
                f"{doc_id}, so there is no occurrence {occurrence}."
            )
        s = starts[occurrence - 1]
        return s, s + len(quote)

    # --- editing --------------------------------------------------------------------------
    def create(
        self,
        doc_id: int,
        start: int,
        end: int,
        *,
        note: str = "",
        tags: Iterable[str] = (),
        color: str = DEFAULT_COLOR,
    ) -> Annotation:
        """Annotate ``text[start:end]`` of a document (offsets in its canonical text)."""
        color = check_color(color)
        with self._edit() as db:
            doc = self._document(db, doc_id)
            try:
                sel = build_selectors(doc.text, int(start), int(end))
            except ValueError as exc:
                raise UserError(f"Cannot annotate that passage: {exc}.") from None
            stamp = store.now()
            ann_id = store.insert(
                db,
                uuid=str(uuid_module.uuid4()),
                doc_id=doc.doc_id,
                sel=sel,
                note=note,
                color=color,
                status="anchored",
                created=stamp,
                modified=stamp,
            )
            store.set_annotation_tags(db, ann_id, tags)
            return self._must_get(db, ann_id)

    def create_from_quote(
        self,
        doc_id: int,
        quote: str,
        *,
        occurrence: int = 1,
        note: str = "",
        tags: Iterable[str] = (),
        color: str = DEFAULT_COLOR,
    ) -> Annotation:
        """Annotate the ``occurrence``-th occurrence of ``quote`` (UserError when there is none)."""
        check_color(color)
        start, end = self.find_quote(doc_id, quote, occurrence)
        return self.create(doc_id, start, end, note=note, tags=tags, color=color)

    def update(
        self,
        ann_id: int,
        *,
        note: str | object = UNSET,
        color: str | object = UNSET,
        tags: Iterable[str] | object = UNSET,
    ) -> Annotation:
        """Change the note, colour and/or tags (the whole set) of an annotation; returns it.

        To undo, call ``update`` again with the values of the record held before.
        """
        fields: dict = {}
        if note is not UNSET:
            fields["note"] = str(note)
        if color is not UNSET:
            fields["color"] = check_color(str(color))
        with self._edit() as db:
            self._must_get(db, ann_id)
            if tags is not UNSET:
                store.set_annotation_tags(db, ann_id, tags)  # type: ignore[arg-type]
            store.update(db, ann_id, modified=store.now(), **fields)
            return self._must_get(db, ann_id)

    def add_tags(self, ann_id: int, tags: Iterable[str]) -> Annotation:
        """Add tags (created on the fly) to an annotation."""
        with self._edit() as db:
            a = self._must_get(db, ann_id)
            store.set_annotation_tags(db, ann_id, [*a.tags, *tags])
            store.update(db, ann_id, modified=store.now())
            return self._must_get(db, ann_id)

    def remove_tags(self, ann_id: int, tags: Iterable[str]) -> Annotation:
        """Remove tags from an annotation (the tags themselves stay in the tag list)."""
        drop = {tag_key(t) for t in normalize_tags(tags)}
        with self._edit() as db:
            a = self._must_get(db, ann_id)
            store.set_annotation_tags(db, ann_id, [t for t in a.tags if tag_key(t) not in drop])
            store.update(db, ann_id, modified=store.now())
            return self._must_get(db, ann_id)

    def delete(self, ann_id: int) -> Annotation:
        """Delete an annotation; returns the full record, which ``restore`` puts back."""
        with self._edit() as db:
            a = self._must_get(db, ann_id)
            store.delete(db, a.id)
            return a

    def restore(self, record: Annotation) -> Annotation:
        """Put back a deleted annotation exactly as it was (same id, uuid, tags, dates)."""
        with self._edit() as db:
            if store.get(db, record.id) is not None:
                raise UserError(f"Annotation {record.id} already exists.")
            self._document(db, record.doc_id)
            store.insert(
                db,
                id=record.id,
                uuid=record.uuid,
                doc_id=record.doc_id,
                sel=Selectors(record.quote, record.prefix, record.suffix, record.start, record.end),
                note=record.note,
                color=record.color,
                status=record.status,
                created=record.created,
                modified=record.modified,
                anchor=record.anchor,
                anchor_errors=record.anchor_errors,
                original_exact=record.original_quote,
            )
            store.set_annotation_tags(db, record.id, record.tags)
            return self._must_get(db, record.id)

    def reattach(self, ann_id: int, start: int, end: int) -> Annotation:
        """Attach an annotation (typically an orphan) to ``text[start:end]`` of its document now.

        Returns the annotation; undo with ``reattach`` to the old span, or ``put_back(old)``.
        """
        with self._edit() as db:
            a = self._must_get(db, ann_id)
            doc = self._document(db, a.doc_id)
            try:
                sel = build_selectors(doc.text, int(start), int(end))
            except ValueError as exc:
                raise UserError(f"Cannot attach to that passage: {exc}.") from None
            extra: dict = {}
            if sel.exact != a.quote and a.original_quote is None:
                extra["original_exact"] = a.quote
            store.set_selectors(
                db, a.id, sel, status="anchored", anchor=None, anchor_errors=0, modified=store.now(), **extra
            )
            return self._must_get(db, a.id)

    def put_back(self, record: Annotation) -> Annotation:
        """Set an existing annotation's span, status, note, colour and tags back to ``record``
        (undo of ``reattach`` or of several edits at once)."""
        with self._edit() as db:
            self._must_get(db, record.id)
            store.set_selectors(
                db,
                record.id,
                Selectors(record.quote, record.prefix, record.suffix, record.start, record.end),
                status=record.status,
                anchor=record.anchor,
                anchor_errors=record.anchor_errors,
                original_exact=record.original_quote,
                note=record.note,
                color=record.color,
                modified=store.now(),
            )
            store.set_annotation_tags(db, record.id, record.tags)
            return self._must_get(db, record.id)

    # --- note search ----------------------------------------------------------------------
    def search_notes(self, query: str) -> list[Annotation]:
        """Annotations whose note or quote matches ``query`` (the search syntax: space = AND, OR,
        -x, "phrase", title:, date:, tag:, doc:); substring matching, case and width folded.

        Raises QueryError for a query that cannot be understood or a filter notes do not have.
        """
        parsed = q.parse(query)
        if parsed.root is None:
            return []
        _check_note_query(parsed.root)
        db = self._connection()
        annotations = store.select(db)
        docs = store_docs.summaries_by_id(db, {a.doc_id for a in annotations})
        return [a for a in annotations if _matches(parsed.root, a, docs.get(a.doc_id))]

    # --- tags and document tags (services/tags.py) ------------------------------------------
    def tags(self) -> list[TagCount]:
        """Every tag with its own counts, by name (a nested tag follows its parent)."""
        return self.tagging.tags()

    def tag_names(self) -> list[str]:
        return self.tagging.tag_names()

    def tag_usage(self, name: str) -> TagCount:
        return self.tagging.tag_usage(name)

    def rename_tag(self, old: str, new: str) -> TagEdit:
        return self.tagging.rename_tag(old, new)

    def merge_tags(self, sources: Iterable[str], into: str) -> TagEdit:
        return self.tagging.merge_tags(sources, into)

    def delete_tag(self, name: str) -> TagEdit:
        return self.tagging.delete_tag(name)

    def restore_tags(self, before: Iterable[TagState]) -> None:
        self.tagging.restore_tags(before)

    def document_tags(self, doc_id: int) -> tuple[str, ...]:
        return self.tagging.document_tags(doc_id)

    def set_document_tags(self, doc_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        return self.tagging.set_document_tags(doc_id, tags)

    def add_document_tags(self, doc_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        return self.tagging.add_document_tags(doc_id, tags)

    def remove_document_tags(self, doc_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        return self.tagging.remove_document_tags(doc_id, tags)

    # --- export, import, backup -----------------------------------------------------------
    def documents_of(self, annotations: list[Annotation]) -> dict[int, DocumentSummary]:
        """The documents (title, date, path, missing) of these annotations, by id."""
        return store_docs.summaries_by_id(self._connection(), {a.doc_id for a in annotations})

    def export_markdown(self, annotations: list[Annotation]) -> str:
        """Markdown grouped by document: quote as a block quote, note, tags, citation."""
        return annotation_export.markdown(annotations, self.documents_of(annotations))

    def export_csv(self, annotations: list[Annotation]) -> str:
        """CSV, one row per annotation (with its document's title, date and path)."""
        return annotation_export.csv_text(annotations, self.documents_of(annotations))

    def export_w3c(self, annotations: list[Annotation], *, document_tags: bool | int | str = True) -> dict:
        """A W3C AnnotationCollection. ``document_tags``: True for every document's tags, a doc id
        for that document's only, a tag name for the document tags under it, False for none."""
        db = self._connection()
        doc_tags: dict[int, tuple[str, ...]] = {}
        if document_tags is not False:
            for doc_id, name in store.all_document_tags(db):
                if isinstance(document_tags, bool):
                    pass
                elif (
                    isinstance(document_tags, int)
                    and doc_id != document_tags
                    or isinstance(document_tags, str)
                    and not is_under(name, normalize_tag(document_tags))
                ):
                    continue
                doc_tags.setdefault(doc_id, ())
                doc_tags[doc_id] += (name,)
        return store.w3c_collection(db, annotations, label="FTZ Desktop annotations", document_tags=doc_tags)

    def import_w3c(self, data) -> AnnotationImportReport:
        """Add the annotations (and document tags) of a W3C JSON object, all in one transaction.

        Each is matched to a document by its source path (else by its ``ftz:docId`` when that
        document has the same file name), placed in the current text by re-anchoring (orphaned
        when not found), and skipped when already here (same id, or same passage and note).
        """
        items = list(w3c.iter_items(data))
        if (
            not items
            and data != []
            and not (isinstance(data, dict) and data.get("type") in ("AnnotationCollection", "AnnotationPage"))
        ):
            raise UserError(
                "This is not W3C Web Annotation JSON (no Annotation, AnnotationPage or AnnotationCollection)."
            )
        added = orphaned = duplicates = doc_tag_count = 0
        skipped: list[FailedFile] = []
        with self._edit() as db:
            texts: dict[int, str] = {}
            for n, item in enumerate(items, start=1):
                label = str(item.get("id") or f"#{n}")[:200]
                try:
                    p = w3c.parse(item)
                except ValueError as exc:
                    skipped.append(FailedFile(label, str(exc)))
                    continue
                doc_id = _resolve_document(db, p)
                if doc_id is None:
                    where = p.source_path or p.doc_id
                    skipped.append(FailedFile(label, f"its document is not in this library: {where}"))
                    continue
                if p.selectors is None:
                    have = store.document_tags(db, doc_id)
                    want = normalize_tags([*have, *p.tags])
                    if len(want) > len(have):
                        doc_tag_count += len(want) - len(have)
                        store.set_document_tags(db, doc_id, want)
                    continue
                if store.by_uuid(db, p.uuid) is not None:
                    duplicates += 1
                    continue
                if doc_id not in texts:
                    texts[doc_id] = store_docs.get(db, doc_id).text
                text = texts[doc_id]
                result = _position_holds_quote(p.selectors, text) or reanchor(p.selectors, text)
                if result.anchored:
                    assert result.start is not None and result.end is not None
                    sel = build_selectors(text, result.start, result.end)
                else:
                    s = p.selectors
                    sel = Selectors(s.exact, s.prefix, s.suffix, max(0, s.start), max(0, s.end))
                if any(store.same_passage_exists(db, doc_id, x, p.note) for x in (p.selectors, sel)):
                    duplicates += 1
                    continue
                stamp = store.now()
                color = p.color if p.color in ANNOTATION_COLORS else DEFAULT_COLOR
                ann_id = store.insert(
                    db,
                    uuid=p.uuid,
                    doc_id=doc_id,
                    sel=sel,
                    note=p.note,
                    color=color,
                    status="anchored" if result.anchored else "orphaned",
                    anchor=None if result.method == "position" else result.method,
                    anchor_errors=result.errors,
                    original_exact=p.selectors.exact if sel.exact != p.selectors.exact else None,
                    created=p.created or stamp,
                    modified=p.modified or p.created or stamp,
                )
                store.set_annotation_tags(db, ann_id, p.tags)
                added += 1
                orphaned += 0 if result.anchored else 1
        return AnnotationImportReport(
            added=added,
            orphaned=orphaned,
            duplicates=duplicates,
            document_tags=doc_tag_count,
            skipped=tuple(skipped),
        )

    def import_w3c_file(self, path: str | Path) -> AnnotationImportReport:
        """``import_w3c`` on a JSON file; UserError when it cannot be read, is not a regular file,
        is over MAX_ANNOTATION_FILE_BYTES, nests too deep or is not JSON."""
        try:
            with open(path, "rb") as f:
                if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                    raise UserError(f"{path} is not a regular file.")
                raw = f.read(MAX_ANNOTATION_FILE_BYTES + 1)
        except OSError as exc:
            raise UserError(f"Cannot read {path}: {exc.strerror or exc}.") from None
        if len(raw) > MAX_ANNOTATION_FILE_BYTES:
            raise UserError(f"{path} is larger than {MAX_ANNOTATION_FILE_BYTES // 2**20} MB: not imported.")
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError(f"{path} is not a JSON file ({exc}).") from None
        except RecursionError:
            raise UserError(f"{path} is nested too deeply to be annotations: not imported.") from None
        return self.import_w3c(data)

    def backup(self, directory: str | Path | None = None) -> Path:
        """Write every annotation and document tag as W3C JSON (default: ``<data dir>/backups``)."""
        from ftz_desktop import paths

        folder = Path(directory) if directory is not None else paths.data_dir() / "backups"
        try:
            return store.write_backup(self._connection(), folder, reason="on demand")
        except OSError as exc:
            raise UserError(f"Cannot write the backup to {folder}: {exc.strerror or exc}.") from None


# --- helpers -----------------------------------------------------------------------------------


# The largest annotation file read (about 100,000 annotations; parsed, it takes ten times that).
MAX_ANNOTATION_FILE_BYTES = 64 * 2**20


def _position_holds_quote(sel: Selectors, text: str) -> AnchorResult | None:
    """Anchored where the selector's position holds its quote exactly, context or not (another
    tool's annotation may have a quote and a position but no prefix or suffix)."""
    if 0 <= sel.start < sel.end <= len(text) and text[sel.start : sel.end] == sel.exact:
        return AnchorResult(sel.start, sel.end, "position")
    return None


def _resolve_document(db: sqlite_utils.Database, p: w3c.Parsed) -> int | None:
    if p.source_path:
        row = store_docs.find_by_path(db, p.source_path)
        if row is not None:
            return row["id"]
    if p.doc_id is not None:
        path = store_docs.path_of(db, p.doc_id)
        if path is not None and (p.source_path is None or Path(path).name == Path(p.source_path).name):
            return p.doc_id
    return None


_MSG_NOT_ON_NOTES = msg("The filter '{field}:' cannot be used on notes.")


def _check_note_query(node: q.Node) -> None:
    if isinstance(node, q.Filter) and node.field not in ("tag", "doc"):
        raise QueryError.of(_MSG_NOT_ON_NOTES, field=node.field)
    if isinstance(node, q.Not):
        _check_note_query(node.item)
    elif isinstance(node, (q.And, q.Or)):
        for item in node.items:
            _check_note_query(item)


def _matches(node: q.Node, a: Annotation, doc: DocumentSummary | None) -> bool:
    """Does annotation ``a`` satisfy the query tree ``node`` (substring matching on note and quote)?"""
    if isinstance(node, q.Term):
        needle = fold(node.text)
        if node.field == "title":
            return doc is not None and needle in fold(doc.title)
        return needle in fold(a.note) or needle in fold(a.quote)
    if isinstance(node, q.DateRange):
        day = store_docs.pad_date(doc.date) if doc is not None else None
        if day is None:
            return False
        return (node.start is None or day >= node.start) and (node.end is None or day <= node.end)
    if isinstance(node, q.Filter):
        if node.field == "tag":
            t = normalize_tag(node.value)
            return bool(t) and any(is_under(x, t) for x in a.tags)
        return node.value.strip().isdigit() and int(node.value) == a.doc_id  # doc:
    if isinstance(node, q.Not):
        return not _matches(node.item, a, doc)
    if isinstance(node, q.And):
        return all(_matches(i, a, doc) for i in node.items)
    if isinstance(node, q.Or):
        return any(_matches(i, a, doc) for i in node.items)
    raise TypeError(node)
