"""Opening a library file: SQLite through sqlite-utils, WAL, foreign keys, forward-only migrations.

The schema version lives in ``PRAGMA user_version``. Each migration moves the schema one
version forward inside a transaction and never drops user data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from ftz_desktop.store import fts


def _v1(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,              -- as known: YYYY-MM-DD, YYYY-MM or YYYY
            day TEXT,               -- date padded to YYYY-MM-DD, for sorting and date filters
            source TEXT,
            encoding TEXT,
            meta TEXT,              -- JSON: front-matter tags and other metadata
            size INTEGER NOT NULL,  -- bytes of the source file
            mtime_ns INTEGER,
            chars INTEGER NOT NULL, -- characters of the canonical text
            imported TEXT NOT NULL,
            missing INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX documents_day ON documents(day)")
    db.execute(
        """
        CREATE TABLE texts (
            doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            text BLOB NOT NULL,       -- zlib-compressed UTF-8 canonical text
            paragraphs BLOB NOT NULL  -- zlib-compressed JSON [[start, end], ...]
        )
        """
    )
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5("
        "title, body, tokenize='ascii', detail=full, content='')"
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        "INSERT INTO settings (key, value) VALUES ('index_version', ?)", [str(fts.INDEX_VERSION)]
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1]
SCHEMA_VERSION = len(MIGRATIONS)


class NewerLibraryError(RuntimeError):
    """The library was written by a newer version of the app."""


def connect(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) a library file and bring its schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    db = sqlite_utils.Database(conn)
    if migrate:
        migrate_forward(db)
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate_forward(db: sqlite_utils.Database) -> int:
    """Apply pending migrations, each in its own transaction; return the new version."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise NewerLibraryError(
            f"This library was created by a newer FTZ Desktop (schema {version}, "
            f"this version knows {SCHEMA_VERSION})."
        )
    while version < SCHEMA_VERSION:
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            # re-read inside the write lock: another process may have migrated meanwhile
            version = schema_version(db)
            if version < SCHEMA_VERSION:
                MIGRATIONS[version](db)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version
