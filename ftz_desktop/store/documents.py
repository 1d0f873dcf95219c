"""Document rows and their texts: insert, re-index, mark missing, read back. Callers own transactions."""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from ftz_desktop.records import Document, DocumentSummary
from ftz_desktop.store import fts, impact
from ftz_desktop.store.db import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite_utils

INDEX_VERSION_KEY = "index_version"
IMPACT_VERSION_KEY = "impact_version"

_SUMMARY_COLUMNS = "id, path, title, date, source, format, size, chars, imported, missing, dup_of, raw_path"


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


def path_key(path: str) -> tuple[str, bytes | None]:
    """How a file system path is stored: (text, raw bytes or None). A name that is not valid
    UTF-8 (os.fsdecode gives lone surrogates) keeps its bytes in ``raw_path``; its text has the
    invalid bytes as \\xNN, so it is unique and SQLite can store it."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(path)
        return raw.decode("utf-8", "backslashreplace"), raw
    return path, None


def _real_path(path: str, raw: bytes | None) -> str:
    """The path as the file system has it (lone surrogates for invalid bytes)."""
    return os.fsdecode(raw) if raw is not None else path


def shown_path(path: str, raw: bytes | None) -> str:
    """The path as shown to people: invalid bytes as U+FFFD replacement characters."""
    return raw.decode("utf-8", "replace") if raw is not None else path


def find_by_path(db: sqlite_utils.Database, path: str) -> Existing | None:
    row = db.execute(
        "SELECT id, hash, size, mtime_ns, missing FROM documents WHERE path = ?", [path_key(path)[0]]
    ).fetchone()
    if row is None:
        return None
    return {"id": row[0], "hash": row[1], "size": row[2], "mtime_ns": row[3], "missing": row[4]}


def find_by_paths(db: sqlite_utils.Database, paths: Sequence[str]) -> dict[str, Existing]:
    """``find_by_path`` of many paths in one query: those stored, by path as given."""
    keys = {path_key(p)[0]: p for p in paths}
    rows = db.execute(
        "SELECT path, id, hash, size, mtime_ns, missing FROM documents WHERE path IN (SELECT value FROM json_each(?))",
        [json.dumps(list(keys), ensure_ascii=False)],
    ).fetchall()
    return {
        keys[r[0]]: {"id": r[1], "hash": r[2], "size": r[3], "mtime_ns": r[4], "missing": r[5]}
        for r in rows
        if r[0] in keys
    }


@dataclass(frozen=True)
class PreparedText:
    """What the index and the texts table store for one document, computed off the writer.

    Built by ``prepare_text`` (pure, picklable), so an import can compute it in another process.
    """

    title_tokens: str
    body_tokens: str
    impact_tokens: str
    text_blob: bytes
    paragraphs_blob: bytes
    chars: int


def prepare_text(title: str, text: str, paragraphs: tuple[tuple[int, int], ...]) -> PreparedText:
    # encoded once for both indexes (as fts.index_tokens and impact.index_text would each encode them)
    title_encoded, body_encoded = fts.encode(title), fts.encode(text)
    return PreparedText(
        title_tokens=fts.spaced(title_encoded),
        body_tokens=fts.spaced(body_encoded),
        impact_tokens=" ".join(impact.postings(title_encoded, body_encoded)),
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
    text = unpack_text(row[1])
    db.execute(
        "INSERT INTO search (search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        [doc_id, fts.index_tokens(row[0]), fts.index_tokens(text)],
    )
    if impact_is_current(db):
        db.execute(
            "INSERT INTO impact (impact, rowid, terms) VALUES ('delete', ?, ?)",
            [doc_id, impact.index_text(row[0], text)],
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
    new = doc_id is None
    key, raw = path_key(path)
    values = [
        key,
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
        raw,
        url,
    ]
    if doc_id is None:
        cur = db.execute(
            "INSERT INTO documents (path, hash, format, title, date, day, source, encoding, meta,"
            " size, mtime_ns, chars, imported, raw_path, url, missing) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            values,
        )
        doc_id = cur.lastrowid
        assert doc_id is not None
    else:
        _unindex(db, doc_id)
        db.execute(
            "UPDATE documents SET path=?, hash=?, format=?, title=?, date=?, day=?, source=?,"
            " encoding=?, meta=?, size=?, mtime_ns=?, chars=?, imported=?, raw_path=?, url=?, missing=0 WHERE id=?",
            [*values, doc_id],
        )
    # OR REPLACE only for a document re-indexed: such a statement takes a statement journal, and
    # opening one makes FTS5 flush what it holds, so each new document would become a segment of
    # its own in both indexes (for most of the writer's time: the merging of tiny segments)
    db.execute(
        f"INSERT {'' if new else 'OR REPLACE '}INTO texts (doc_id, text, paragraphs) VALUES (?, ?, ?)",
        [doc_id, prepared.text_blob, prepared.paragraphs_blob],
    )
    db.execute(
        "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
        [doc_id, prepared.title_tokens, prepared.body_tokens],
    )
    if impact_is_current(db):
        db.execute("INSERT INTO impact (rowid, terms) VALUES (?, ?)", [doc_id, prepared.impact_tokens])
    return doc_id


def touch(db: sqlite_utils.Database, doc_id: int, *, size: int, mtime_ns: int | None) -> None:
    """Record a new mtime for a file whose content did not change (and clear 'missing')."""
    db.execute("UPDATE documents SET size=?, mtime_ns=?, missing=0 WHERE id=?", [size, mtime_ns, doc_id])


def mark_missing(db: sqlite_utils.Database, doc_ids: Iterable[int]) -> int:
    n = 0
    for doc_id in doc_ids:
        n += db.execute("UPDATE documents SET missing=1 WHERE id=? AND missing=0", [doc_id]).rowcount
    return n


def ids_by_path(db: sqlite_utils.Database, paths: Sequence[str]) -> dict[str, int]:
    """The ids of the documents stored under these paths."""
    out: dict[str, int] = {}
    for start in range(0, len(paths), 5000):
        rows = db.execute(
            "SELECT path, id FROM documents WHERE path IN (SELECT value FROM json_each(?))",
            [json.dumps([path_key(p)[0] for p in paths[start : start + 5000]], ensure_ascii=False)],
        ).fetchall()
        out.update(rows)
    return {p: out[path_key(p)[0]] for p in paths if path_key(p)[0] in out}


def paths_under(db: sqlite_utils.Database, folder: str) -> Iterator[tuple[str, int]]:
    """(path as the file system has it, id) of the documents stored under ``folder`` (a path
    prefix ending in a separator), read as they are used (a folder may hold half a million)."""
    key = path_key(folder)[0]
    # substr comparison instead of LIKE: paths may contain % and _
    rows = db.execute("SELECT path, raw_path, id FROM documents WHERE substr(path, 1, ?) = ?", [len(key), key])
    for p, raw, doc_id in rows:
        yield _real_path(p, raw), doc_id


def _summary(row: Sequence[Any]) -> DocumentSummary:
    return DocumentSummary(
        doc_id=row[0],
        path=shown_path(row[1], row[11]),
        title=row[2],
        date=row[3],
        source=row[4],
        format=row[5],
        size=row[6],
        chars=row[7],
        imported=row[8],
        missing=bool(row[9]),
        duplicate_of=row[10],
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
        " d.meta, t.text, t.paragraphs, d.dup_of, d.raw_path,"
        " (SELECT json_group_array(c.id) FROM documents c WHERE c.id != d.id"
        "  AND (c.dup_of = coalesce(d.dup_of, d.id) OR c.id = d.dup_of))"
        ", d.url FROM documents d JOIN texts t ON t.doc_id = d.id WHERE d.id = ?",
        [doc_id],
    ).fetchone()
    if row is None:
        raise KeyError(doc_id)
    meta = json.loads(row[9]) if row[9] else {}
    return Document(
        doc_id=row[0],
        path=shown_path(row[1], row[13]),
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
        author=meta.get("author"),
        duplicate_of=row[12],
        copies=tuple(sorted(json.loads(row[14] or "[]"))),
        url=row[15],
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
    """Re-create the search index (and the impact index) from the stored texts (after an
    encoding change)."""
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
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'impact'").fetchone():
        rebuild_impact(db)  # its tokens come from the same encoding


def rebuild_impact(db: sqlite_utils.Database) -> None:
    """Re-create the impact index from the stored texts (a library from before it, or new tokens)."""
    db.execute("INSERT INTO impact (impact) VALUES ('delete-all')")
    ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    for doc_id in ids:  # one text at a time: memory stays flat whatever the library's size
        title, blob = db.execute(
            "SELECT d.title, t.text FROM documents d JOIN texts t ON t.doc_id = d.id WHERE d.id = ?", [doc_id]
        ).fetchone()
        db.execute(
            "INSERT INTO impact (rowid, terms) VALUES (?, ?)", [doc_id, impact.index_text(title, unpack_text(blob))]
        )
    set_setting(db, IMPACT_VERSION_KEY, impact.version())


def impact_is_current(db: sqlite_utils.Database) -> bool:
    """True when the impact index holds every document with today's tokens (else ``rebuild_impact``);
    until then searches score every match and writes leave the impact table alone."""
    return get_setting(db, IMPACT_VERSION_KEY) == impact.version()


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
