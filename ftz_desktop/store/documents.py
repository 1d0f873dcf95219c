"""Document rows and their texts: insert, re-index, mark missing, read back. Callers own transactions."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

import sqlite_utils

from ftz_desktop.records import Document, DocumentSummary
from ftz_desktop.store import fts
from ftz_desktop.store.db import get_setting, set_setting

INDEX_VERSION_KEY = "index_version"

_SUMMARY_COLUMNS = "id, path, title, date, source, format, size, chars, imported, missing"


def pad_date(date: str | None) -> str | None:
    """'2023' → '2023-01-01', '2023-05' → '2023-05-01'; full dates unchanged."""
    if not date:
        return None
    parts = date.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts[:3])


def pack_text(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 3)


def unpack_text(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def pack_paragraphs(paragraphs: Iterable[tuple[int, int]]) -> bytes:
    return zlib.compress(json.dumps([list(p) for p in paragraphs], separators=(",", ":")).encode())


def unpack_paragraphs(blob: bytes) -> tuple[tuple[int, int], ...]:
    return tuple((s, e) for s, e in json.loads(zlib.decompress(blob)))


class Existing(TypedDict):
    """What an import needs to know of a stored document."""

    id: int
    hash: str
    size: int
    mtime_ns: int | None
    missing: int


def find_by_path(db: sqlite_utils.Database, path: str) -> Existing | None:
    row = db.execute("SELECT id, hash, size, mtime_ns, missing FROM documents WHERE path = ?", [path]).fetchone()
    if row is None:
        return None
    return {"id": row[0], "hash": row[1], "size": row[2], "mtime_ns": row[3], "missing": row[4]}


@dataclass(frozen=True)
class PreparedText:
    """What the index and the texts table store for one document, computed off the writer.

    Built by ``prepare_text`` (pure, picklable), so an import can compute it in another process.
    """

    title_tokens: str
    body_tokens: str
    text_blob: bytes
    paragraphs_blob: bytes
    chars: int


def prepare_text(title: str, text: str, paragraphs: tuple[tuple[int, int], ...]) -> PreparedText:
    return PreparedText(
        title_tokens=fts.index_tokens(title),
        body_tokens=fts.index_tokens(text),
        text_blob=pack_text(text),
        paragraphs_blob=pack_paragraphs(paragraphs),
        chars=len(text),
    )


def _unindex(db: sqlite_utils.Database, doc_id: int) -> None:
    """Remove a document from the contentless index, giving FTS5 the tokens it was indexed with."""
    row = db.execute(
        "SELECT d.title, t.text FROM documents d JOIN texts t ON t.doc_id = d.id WHERE d.id = ?",
        [doc_id],
    ).fetchone()
    if row is None:
        return
    db.execute(
        "INSERT INTO search (search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        [doc_id, fts.index_tokens(row[0]), fts.index_tokens(unpack_text(row[1]))],
    )


def upsert(
    db: sqlite_utils.Database,
    *,
    doc_id: int | None,
    path: str,
    hash: str,
    format: str,
    title: str,
    date: str | None,
    source: str | None,
    encoding: str | None,
    meta: dict[str, object],
    size: int,
    mtime_ns: int | None,
    prepared: PreparedText,
    imported: str,
    url: str | None = None,
) -> int:
    """Insert a new document, or re-index an existing id with new content. Returns the id."""
    values = [
        path,
        hash,
        format,
        title,
        date,
        pad_date(date),
        source,
        encoding,
        json.dumps(meta, ensure_ascii=False) if meta else None,
        size,
        mtime_ns,
        prepared.chars,
        imported,
        url,
    ]
    if doc_id is None:
        cur = db.execute(
            "INSERT INTO documents (path, hash, format, title, date, day, source, encoding, meta,"
            " size, mtime_ns, chars, imported, url, missing) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            values,
        )
        doc_id = cur.lastrowid
        assert doc_id is not None
    else:
        _unindex(db, doc_id)
        db.execute(
            "UPDATE documents SET path=?, hash=?, format=?, title=?, date=?, day=?, source=?,"
            " encoding=?, meta=?, size=?, mtime_ns=?, chars=?, imported=?, url=?, missing=0 WHERE id=?",
            [*values, doc_id],
        )
    db.execute(
        "INSERT OR REPLACE INTO texts (doc_id, text, paragraphs) VALUES (?, ?, ?)",
        [doc_id, prepared.text_blob, prepared.paragraphs_blob],
    )
    db.execute(
        "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
        [doc_id, prepared.title_tokens, prepared.body_tokens],
    )
    return doc_id


def touch(db: sqlite_utils.Database, doc_id: int, *, size: int, mtime_ns: int | None) -> None:
    """Record a new mtime for a file whose content did not change (and clear 'missing')."""
    db.execute("UPDATE documents SET size=?, mtime_ns=?, missing=0 WHERE id=?", [size, mtime_ns, doc_id])


def mark_missing(db: sqlite_utils.Database, doc_ids: Iterable[int]) -> int:
    n = 0
    for doc_id in doc_ids:
        n += db.execute("UPDATE documents SET missing=1 WHERE id=? AND missing=0", [doc_id]).rowcount
    return n


def paths_under(db: sqlite_utils.Database, folder: str) -> dict[str, int]:
    """Paths (and ids) of documents stored under ``folder`` (a path prefix ending in a separator)."""
    # substr comparison instead of LIKE: paths may contain % and _
    rows = db.execute("SELECT path, id FROM documents WHERE substr(path, 1, ?) = ?", [len(folder), folder]).fetchall()
    return dict(rows)


def _summary(row: Sequence[Any]) -> DocumentSummary:
    return DocumentSummary(
        doc_id=row[0],
        path=row[1],
        title=row[2],
        date=row[3],
        source=row[4],
        format=row[5],
        size=row[6],
        chars=row[7],
        imported=row[8],
        missing=bool(row[9]),
    )


def summaries(db: sqlite_utils.Database) -> list[DocumentSummary]:
    rows = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM documents ORDER BY id").fetchall()
    return [_summary(r) for r in rows]


def summaries_by_id(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, DocumentSummary]:
    ids = list(ids)
    if not ids:
        return {}
    rows = db.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    ).fetchall()
    return {r[0]: _summary(r) for r in rows}


def texts_by_id(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, str]:
    ids = list(ids)
    if not ids:
        return {}
    rows = db.execute(
        "SELECT doc_id, text FROM texts WHERE doc_id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    ).fetchall()
    return {r[0]: unpack_text(r[1]) for r in rows}


def get(db: sqlite_utils.Database, doc_id: int) -> Document:
    row = db.execute(
        "SELECT d.id, d.path, d.title, d.date, d.source, d.format, d.size, d.imported, d.missing,"
        " d.meta, t.text, t.paragraphs, d.url FROM documents d JOIN texts t ON t.doc_id = d.id"
        " WHERE d.id = ?",
        [doc_id],
    ).fetchone()
    if row is None:
        raise KeyError(doc_id)
    meta = json.loads(row[9]) if row[9] else {}
    return Document(
        doc_id=row[0],
        path=row[1],
        title=row[2],
        date=row[3],
        source=row[4],
        format=row[5],
        size=row[6],
        imported=row[7],
        missing=bool(row[8]),
        text=unpack_text(row[10]),
        paragraphs=unpack_paragraphs(row[11]),
        tags=tuple(meta.get("tags", ())),
        url=row[12],
    )


def reference_rows(db: sqlite_utils.Database, ids: Sequence[int] | None = None) -> list[tuple[Any, ...]]:
    """(id, title, date, source, url, format, path, imported) of ``ids`` in their order (ids that
    are gone left out), or of every document in import order: what a citation needs."""
    columns = "id, title, date, source, url, format, path, imported"
    if ids is None:
        return [tuple(r) for r in db.execute(f"SELECT {columns} FROM documents ORDER BY id").fetchall()]
    rows = db.execute(
        f"SELECT {columns} FROM documents WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(list(ids))]
    ).fetchall()
    by_id = {r[0]: tuple(r) for r in rows}
    return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]


def count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])


def rebuild_index(db: sqlite_utils.Database) -> None:
    """Re-create the search index from the stored texts (after an encoding change)."""
    db.execute("INSERT INTO search (search) VALUES ('delete-all')")
    ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    for doc_id in ids:
        title, blob = db.execute(
            "SELECT d.title, t.text FROM documents d JOIN texts t ON t.doc_id = d.id WHERE d.id = ?",
            [doc_id],
        ).fetchone()
        db.execute(
            "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
            [doc_id, fts.index_tokens(title), fts.index_tokens(unpack_text(blob))],
        )
    set_setting(db, INDEX_VERSION_KEY, str(fts.INDEX_VERSION))


def index_is_current(db: sqlite_utils.Database) -> bool:
    """True when the search index was built with today's token encoding (else ``rebuild_index``)."""
    return get_setting(db, INDEX_VERSION_KEY) == str(fts.INDEX_VERSION)


def text_and_date(db: sqlite_utils.Database, doc_id: int) -> tuple[bytes, str | None] | None:
    """A document's compressed canonical text and its date (None: no such document)."""
    row = db.execute(
        "SELECT t.text, d.date FROM texts t JOIN documents d ON d.id = t.doc_id WHERE t.doc_id = ?", [doc_id]
    ).fetchone()
    return None if row is None else (bytes(row[0]), row[1])


def path_of(db: sqlite_utils.Database, doc_id: int) -> str | None:
    """The source path of a document (None: no such document)."""
    row = db.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()
    return None if row is None else str(row[0])
