"""Saved searches (a name, a query, when it was last opened) and collections (user-made sets of
documents, nested by '/' in their names as tags are): the SQL, inside the caller's transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# --- saved searches ---------------------------------------------------------------------------


def saved_searches(db: sqlite_utils.Database) -> list[tuple[str, str, str, str]]:
    """[(name, query, created, opened)] by name."""
    rows = db.execute("SELECT name, query, created, opened FROM saved_searches ORDER BY name COLLATE NOCASE")
    return [tuple(r) for r in rows.fetchall()]


def saved_search(db: sqlite_utils.Database, name: str) -> tuple[str, str, str, str] | None:
    row = db.execute(
        "SELECT name, query, created, opened FROM saved_searches WHERE name = ? COLLATE NOCASE", [name]
    ).fetchone()
    return None if row is None else tuple(row)


def save_search(db: sqlite_utils.Database, name: str, query: str, now: str) -> None:
    """Add a saved search, or give an existing one (same name, ASCII case ignored) a new query;
    either counts as opening it now."""
    db.execute(
        "INSERT INTO saved_searches (name, query, created, opened) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET query = excluded.query, opened = excluded.opened",
        [name, query, now, now],
    )


def mark_opened(db: sqlite_utils.Database, name: str, when: str) -> bool:
    cur = db.execute("UPDATE saved_searches SET opened = ? WHERE name = ? COLLATE NOCASE", [when, name])
    return cur.rowcount > 0


def remove_search(db: sqlite_utils.Database, name: str) -> bool:
    return db.execute("DELETE FROM saved_searches WHERE name = ? COLLATE NOCASE", [name]).rowcount > 0


# --- collections ------------------------------------------------------------------------------


def collection_id(db: sqlite_utils.Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM collections WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return None if row is None else int(row[0])


def ensure_collection(db: sqlite_utils.Database, name: str, now: str) -> int:
    """The collection's id, made if needed."""
    found = collection_id(db, name)
    if found is not None:
        return found
    row_id = db.execute("INSERT INTO collections (name, created) VALUES (?, ?)", [name, now]).lastrowid
    assert row_id is not None  # an INSERT into a rowid table
    return int(row_id)


def add_documents(db: sqlite_utils.Database, coll_id: int, doc_ids: Iterable[int], now: str) -> int:
    """Put documents in a collection (those already there stay as they were); how many were added."""
    cur = db.execute(
        "INSERT OR IGNORE INTO collection_documents (collection_id, doc_id, added)"
        " SELECT ?, d.id, ? FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))",
        [coll_id, now, json.dumps([int(i) for i in doc_ids])],
    )
    return cur.rowcount


def remove_documents(db: sqlite_utils.Database, coll_id: int, doc_ids: Iterable[int]) -> int:
    cur = db.execute(
        "DELETE FROM collection_documents WHERE collection_id = ? AND doc_id IN (SELECT value FROM json_each(?))",
        [coll_id, json.dumps([int(i) for i in doc_ids])],
    )
    return cur.rowcount


def delete_collection(db: sqlite_utils.Database, coll_id: int) -> None:
    db.execute("DELETE FROM collections WHERE id = ?", [coll_id])


def collections(db: sqlite_utils.Database) -> list[tuple[str, str, int]]:
    """[(name, created, documents in it)] by name."""
    rows = db.execute(
        "SELECT c.name, c.created, count(m.doc_id) FROM collections c"
        " LEFT JOIN collection_documents m ON m.collection_id = c.id GROUP BY c.id ORDER BY c.name COLLATE NOCASE"
    )
    return [(r[0], r[1], int(r[2])) for r in rows.fetchall()]


def collection_members(db: sqlite_utils.Database) -> list[tuple[str, int]]:
    """[(collection name, doc id)] of every membership."""
    rows = db.execute(
        "SELECT c.name, m.doc_id FROM collection_documents m JOIN collections c ON c.id = m.collection_id"
    )
    return [(r[0], int(r[1])) for r in rows.fetchall()]


def collections_of(db: sqlite_utils.Database, doc_id: int) -> list[str]:
    rows = db.execute(
        "SELECT c.name FROM collection_documents m JOIN collections c ON c.id = m.collection_id"
        " WHERE m.doc_id = ? ORDER BY c.name COLLATE NOCASE",
        [int(doc_id)],
    )
    return [r[0] for r in rows.fetchall()]
