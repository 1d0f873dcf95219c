"""Opening a library file: SQLite through sqlite-utils, WAL, foreign keys, forward-only migrations.

The schema version lives in ``PRAGMA user_version``. Each migration moves the schema one
version forward inside a transaction and never drops user data.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from ftz_desktop.core.fold import fold
from ftz_desktop.errors import BackupError, LibraryUnavailable, NewerLibraryError, NotALibrary, ReadOnlyLibrary
from ftz_desktop.store import fts

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "SCHEMA_VERSION",
    "BackupError",
    "LibraryUnavailable",
    "Batch",
    "NewerLibraryError",
    "NotALibrary",
    "ReadOnlyLibrary",
    "batched_writes",
    "connect",
    "inspect",
    "is_read_only",
    "get_setting",
    "migrate_forward",
    "savepoint",
    "schema_version",
    "set_setting",
    "write_transaction",
]


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
    db.execute("CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize='ascii', detail=full, content='')")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO settings (key, value) VALUES ('index_version', ?)", [str(fts.INDEX_VERSION)])


def _annotations(db: sqlite_utils.Database) -> None:
    """Annotations (W3C selectors on the canonical text), tags, and the links of both."""
    # doc_id without ON DELETE: an annotation outlives its file (marked missing, never deleted),
    # and a document that still has annotations cannot be deleted by accident.
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: undo restores a deleted id
            uuid TEXT NOT NULL UNIQUE,             -- the W3C id (urn:uuid:…)
            doc_id INTEGER NOT NULL REFERENCES documents(id),
            start_pos INTEGER NOT NULL,            -- TextPositionSelector on the canonical text
            end_pos INTEGER NOT NULL,
            exact TEXT NOT NULL,                   -- TextQuoteSelector
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
            anchor TEXT,                           -- how the last re-import found it again
            anchor_errors INTEGER NOT NULL DEFAULT 0,
            original_exact TEXT,                   -- the quote as first selected, if re-anchoring changed it
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX annotations_doc ON annotations(doc_id, start_pos)")
    # one tag per name whatever the ASCII case ('RCEP' = 'rcep'); '/' nests: '政策/金融' is under '政策'
    db.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE annotation_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)")
    db.execute(
        """
        CREATE TABLE document_tags (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (doc_id, tag_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX document_tags_tag ON document_tags(tag_id)")


def _entities(db: sqlite_utils.Database) -> None:
    """Entities (zones, areas, organisations, people, policies, places) per document.

    One row per document and entity, with its mentions' offsets packed in ``spans``. Existing
    documents get their rows from a re-extraction (``settings.entities_version`` is unset until
    then, so the library knows its entities are missing).
    """
    db.execute(
        """
        CREATE TABLE entities (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,      -- zone, area, org, person, policy, place
            name TEXT NOT NULL,      -- canonical name
            zone TEXT,               -- zone id of a zone or area
            count INTEGER NOT NULL,  -- mentions in the document
            spans TEXT NOT NULL,     -- JSON [[start, end], ...] in the canonical text
            detail TEXT,             -- a person's title as the text gives it
            PRIMARY KEY (doc_id, kind, name)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX entities_kind_name ON entities(kind, name)")
    db.execute("CREATE INDEX entities_zone ON entities(zone) WHERE zone IS NOT NULL")


def _metrics(db: sqlite_utils.Database) -> None:
    """Figures read from documents (zone metrics) and the user's exclusions of them.

    Existing documents get their rows from a re-extraction (``settings.metrics_version`` is unset
    until then). Exclusions are keyed by path, sentence hash and figure, so they outlive re-imports.
    """
    db.execute(
        """
        CREATE TABLE metrics (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            zone TEXT,                 -- the zone's short name (黑龙江)
            zone_id TEXT,              -- gazetteer id
            area TEXT,                 -- an area's official name (绥芬河片区)
            metric TEXT NOT NULL,      -- the label as the text names it
            category TEXT NOT NULL,    -- data/metric_categories.json, or 'other'
            value_text TEXT NOT NULL,  -- as written, with its unit
            value REAL,                -- in the unit as written
            value_high REAL,           -- upper end of a range
            unit TEXT NOT NULL,
            normalized_value REAL,
            normalized_unit TEXT NOT NULL,
            period TEXT,               -- 2023, 2023-H1, 2024-01..07, 2019..
            qualifier TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,        -- level, rate, share
            attribution TEXT NOT NULL DEFAULT '',
            start_pos INTEGER NOT NULL,  -- the sentence
            end_pos INTEGER NOT NULL,
            num_start INTEGER NOT NULL,  -- the figure
            num_end INTEGER NOT NULL,
            quote TEXT NOT NULL,
            quote_hash TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX metrics_doc ON metrics(doc_id)")
    db.execute("CREATE INDEX metrics_category ON metrics(category, zone_id)")
    db.execute(
        """
        CREATE TABLE metric_exclusions (
            path TEXT NOT NULL,
            quote_hash TEXT NOT NULL,
            value_text TEXT NOT NULL,
            PRIMARY KEY (path, quote_hash, value_text)
        ) WITHOUT ROWID
        """
    )
    # the figures come with the entities' re-extraction: mark the entities out of date
    db.execute("DELETE FROM settings WHERE key = 'entities_version'")


def _period_kind(db: sqlite_utils.Database) -> None:
    """What each figure's period is (year, half, quarter, month, day, range, cumulative, stock or
    ''), so charts compare like with like. Existing rows get it from the re-extraction that the
    new extractors call for (the entities version is cleared, so the library knows)."""
    db.execute("ALTER TABLE metrics ADD COLUMN period_kind TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX metrics_zone ON metrics(zone_id, category)")
    db.execute("DELETE FROM settings WHERE key = 'entities_version'")


def _metric_choices(db: sqlite_utils.Database) -> None:
    """Which value to chart where documents disagree (two values for one zone, measure and
    period): the user's choice, keyed like an exclusion (path, sentence hash, figure as written),
    so it outlives re-imports and re-extractions."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS metric_choices (
            place TEXT NOT NULL,       -- zone id, or 'zone id/area name'
            series TEXT NOT NULL,      -- measure|kind|period kind|unit family (services/series.py)
            period TEXT NOT NULL,
            path TEXT NOT NULL,        -- the chosen figure
            quote_hash TEXT NOT NULL,
            value_text TEXT NOT NULL,
            PRIMARY KEY (place, series, period)
        ) WITHOUT ROWID
        """
    )


def _impact(db: sqlite_utils.Database) -> None:
    """The impact index (see ``store.impact``) and its vocabulary; filled by ``documents.rebuild_impact``,
    which the library runs when ``settings.impact_version`` is not current."""
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS impact USING fts5(terms, tokenize='ascii', detail=none, content='')")
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS impact_vocab USING fts5vocab(impact, 'row')")


def _duplicates(db: sqlite_utils.Database) -> None:
    """Near-duplicate groups: ``documents.dup_of`` (the id of the group's first document) and the
    sketch keys candidates are looked up by. Existing documents get their keys at the next import
    (``settings.duplicates_version`` is unset until then)."""
    db.execute("ALTER TABLE documents ADD COLUMN dup_of INTEGER")
    db.execute("CREATE INDEX documents_dup_of ON documents(dup_of) WHERE dup_of IS NOT NULL")
    db.execute(
        """
        CREATE TABLE dup_keys (
            key INTEGER NOT NULL,  -- one of the smallest shingle hashes of the document's text
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (key, doc_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX dup_keys_doc ON dup_keys(doc_id)")
    db.execute(
        "CREATE TABLE dup_sketches (doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
        " hashes BLOB NOT NULL)  -- the whole sketch (little-endian int64s): candidates are estimated first"
    )


def _raw_paths(db: sqlite_utils.Database) -> None:
    """File names that are not valid UTF-8 (bytes from an old archive or a Windows share): the
    path column keeps a text form (invalid bytes as \\xNN), ``raw_path`` the bytes themselves."""
    db.execute("ALTER TABLE documents ADD COLUMN raw_path BLOB")


def _research(db: sqlite_utils.Database) -> None:
    """Saved searches, collections (user-made sets of documents, nested by '/' as tags are) and
    an index that covers the facet counts of the documents' year, source and format."""
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            query TEXT NOT NULL,
            created TEXT NOT NULL,
            opened TEXT NOT NULL      -- when last opened: documents imported after it are new
        )
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- '报告/2024' is under '报告'
            created TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS collection_documents (
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            added TEXT NOT NULL,
            PRIMARY KEY (collection_id, doc_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX IF NOT EXISTS collection_documents_doc ON collection_documents(doc_id)")
    db.execute("CREATE INDEX IF NOT EXISTS documents_facets ON documents(id, day, source, format)")


def _url(db: sqlite_utils.Database) -> None:
    """The web address a document gives for itself (front matter url:, a saved page's canonical
    link, a 原文链接 line), for citations. Documents imported before have none until re-imported."""
    if "url" not in {row[1] for row in db.execute("PRAGMA table_info(documents)").fetchall()}:
        db.execute("ALTER TABLE documents ADD COLUMN url TEXT")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _annotations,
    _entities,
    _metrics,
    _period_kind,
    _metric_choices,
    _impact,
    _duplicates,
    _raw_paths,
    _research,
    _url,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _fold(value: str | None) -> str | None:
    """SQL ``ftz_fold(x)``: a text case- and width-folded as search folds it (others unchanged)."""
    return fold(value) if isinstance(value, str) else value


def _sqlite_utils() -> ModuleType:
    """sqlite-utils, imported on first use without numpy and pandas if nothing loaded them yet.

    sqlite-utils imports both (when installed: pyqtgraph brings numpy) only to map their scalar
    types to column types when it creates tables from values; we never hand it such values, and
    the two imports cost 0.3–0.5 s of every command's start. They stay importable afterwards."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes "import numpy" fail at once
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return sqlite_utils


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _ro_uri(path: Path, immutable: bool = False) -> str:
    from urllib.parse import quote

    return f"file:{quote(str(path.resolve()))}?{'immutable=1' if immutable else 'mode=ro'}"


def inspect(path: Path) -> tuple[str, int]:
    """What is at ``path``, read without changing a byte of it: ("missing" | "empty" | "library" |
    "blank" (an SQLite database without tables) | "foreign" | "not-sqlite", schema version).

    Raises OSError when the file cannot be read."""
    if not path.exists():
        return "missing", 0
    with open(path, "rb") as f:
        head = f.read(len(_SQLITE_MAGIC))
    if not head:
        return "empty", 0
    if head != _SQLITE_MAGIC:
        return "not-sqlite", 0
    conn = None
    for immutable in (False, True):  # a WAL file in a read-only folder opens only as immutable
        try:
            conn = sqlite3.connect(_ro_uri(path, immutable), uri=True, timeout=30)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            break
        except sqlite3.DatabaseError:
            if conn is not None:
                conn.close()
                conn = None
            if immutable:
                raise
    assert conn is not None
    conn.close()
    if not tables:
        return "blank", version
    if {"settings", "documents"} <= tables:
        return "library", version
    return "foreign", version


def writable(path: Path) -> bool:
    """Whether the library at ``path`` can be written: the file and its folder (SQLite writes its
    journal files beside it)."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def connect(
    path: str | Path, *, migrate: bool = True, create: bool = False, adopt: bool = False
) -> sqlite_utils.Database:
    """Open a library file, creating it where there is none, and bring its schema up to date.

    What is not a library is refused before anything is written to it (NotALibrary): an empty
    file or an empty database (unless ``create``: File → New Library made it), another program's
    SQLite database (unless ``adopt``: the user said to use it anyway), anything else. A library
    that cannot be written (the file, or its folder) is opened read-only: reads work, a write
    raises ReadOnlyLibrary. Raises LibraryUnavailable when SQLite cannot open or read the file,
    NewerLibraryError for a library of a newer version, BackupError when the backup before a
    migration failed."""
    path = Path(path)
    try:
        kind, version = inspect(path)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise LibraryUnavailable(f"cannot use the library {path}: {_reason(exc)}") from exc
    if kind == "not-sqlite":
        raise NotALibrary(f"{path} is not an FTZ Desktop library (not an SQLite database); it was left untouched.")
    if version > SCHEMA_VERSION and migrate:  # refused before the journal mode is switched
        raise NewerLibraryError(
            f"This library was created by a newer FTZ Desktop (schema {version}, this version knows {SCHEMA_VERSION})."
        )
    if kind in ("empty", "blank") and not create:
        raise NotALibrary(
            f"{path} is an empty file, not a library; it was left untouched"
            " (make a new library with File → New Library, or remove the file)."
        )
    if kind == "foreign" and not adopt:
        raise NotALibrary(
            f"{path} is an SQLite database of another program, not an FTZ Desktop library; it was left untouched.",
            foreign=True,
        )
    if kind == "missing":
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryUnavailable(f"cannot create the library {path}: {_reason(exc)}") from exc
        if not writable(path):
            raise LibraryUnavailable(f"cannot create the library {path}: its folder is not writable")
    elif not writable(path):
        return _connect_read_only(path, version)
    try:
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.create_function("ftz_fold", 1, _fold, deterministic=True)
        db: sqlite_utils.Database = _sqlite_utils().Database(conn)
        if migrate:
            migrate_forward(db)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise LibraryUnavailable(f"cannot use the library {path}: {_reason(exc)}") from exc
    return db


def _connect_read_only(path: Path, version: int) -> sqlite_utils.Database:
    if version < SCHEMA_VERSION:
        raise LibraryUnavailable(
            f"cannot use the library {path}: it is read-only and was made by an older version"
            " (it needs an upgrade, which cannot be written); copy it somewhere writable"
        )
    conn = None
    for immutable in (False, True):
        try:
            conn = sqlite3.connect(_ro_uri(path, immutable), uri=True, timeout=30, check_same_thread=False)
            conn.isolation_level = None
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            break
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
                conn = None
            if immutable:
                raise LibraryUnavailable(f"cannot use the library {path}: {_reason(exc)}") from exc
    assert conn is not None
    conn.execute("PRAGMA query_only=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    db: sqlite_utils.Database = _sqlite_utils().Database(conn)
    return db


def is_read_only(db: sqlite_utils.Database) -> bool:
    """Whether the library was opened read-only (its file or folder cannot be written)."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


READ_ONLY_MESSAGE = (
    "The library is read-only (its file or folder cannot be written): it can be searched, read and"
    " exported, not changed."
)


def _reason(exc: BaseException) -> str:
    """An OS or SQLite error in a few words."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


#: After SQLite's own busy wait (busy_timeout) gives up, BEGIN IMMEDIATE is tried again this many
#: times, waiting twice as long each time (0.05 s, 0.1 s, … about 50 s in all).
BEGIN_RETRIES = 10


def begin_immediate(conn: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE`` (take the write lock now), retried with backoff while another process
    holds it: an import in another window or process then delays an edit, never fails it."""
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        raise ReadOnlyLibrary(READ_ONLY_MESSAGE)
    delay = 0.05
    for attempt in range(BEGIN_RETRIES + 1):
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or attempt == BEGIN_RETRIES:
                raise
            time.sleep(delay)
            delay *= 2


@contextmanager
def write_transaction(db: sqlite_utils.Database, *, durable: bool = False) -> Iterator[sqlite_utils.Database]:
    """One write transaction: ``BEGIN IMMEDIATE`` (the write lock now, so it never fails half-way
    on a lock upgrade), committed at the end, rolled back on any error.

    ``durable``: the commit reaches the disk before this returns (``synchronous=FULL`` for it), as
    every user edit must; imports keep the WAL's cheaper NORMAL."""
    conn = db.conn
    if durable:
        conn.execute("PRAGMA synchronous=FULL")
    try:
        begin_immediate(conn)
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        if durable:
            conn.execute("PRAGMA synchronous=NORMAL")


@contextmanager
def savepoint(db: sqlite_utils.Database, name: str) -> Iterator[sqlite_utils.Database]:
    """A nested part of the open transaction: undone alone if it raises (the error propagates)."""
    db.conn.execute(f"SAVEPOINT {name}")
    try:
        yield db
    except BaseException:
        db.conn.execute(f"ROLLBACK TO {name}")
        db.conn.execute(f"RELEASE {name}")
        raise
    db.conn.execute(f"RELEASE {name}")


def get_setting(db: sqlite_utils.Database, key: str) -> str | None:
    """A value of the library's ``settings`` table (None when unset)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Set a value of the ``settings`` table (inside the caller's transaction)."""
    db.table("settings").upsert({"key": key, "value": value}, pk="key")


def backup_before_migration(db: sqlite_utils.Database) -> Path | None:
    """Save the annotations as W3C JSON in ``<data dir>/backups`` if the library has any.

    Called before a pending migration; a failure stops the migration (nothing is changed).
    """
    from ftz_desktop import paths
    from ftz_desktop.store import annotations as store_annotations

    if not store_annotations.has_annotations(db):
        return None
    try:
        return store_annotations.write_backup(db, paths.data_dir() / "backups", reason="before a schema upgrade")
    except (OSError, sqlite3.Error, ValueError) as exc:
        raise BackupError(
            f"Could not back up the annotations before upgrading the library ({exc}); the library was left as it was."
        ) from exc


def migrate_forward(db: sqlite_utils.Database) -> int:
    """Apply pending migrations, each in its own transaction; return the new version."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise NewerLibraryError(
            f"This library was created by a newer FTZ Desktop (schema {version}, this version knows {SCHEMA_VERSION})."
        )
    if version < SCHEMA_VERSION:
        backup_before_migration(db)
    while version < SCHEMA_VERSION:
        with write_transaction(db):
            # re-read inside the write lock: another process may have migrated meanwhile
            version = schema_version(db)
            if version < SCHEMA_VERSION:
                MIGRATIONS[version](db)
                version += 1
                db.execute(f"PRAGMA user_version = {version}")
    return version


class Batch:
    """The open transaction of a long write (an import): ``commit()`` ends it and begins the next;
    ``pause()`` ends it without beginning another (the write lock is free while the writer waits
    for its next file: an edit in another window or process never waits behind a parse), and
    ``ensure()`` begins one again before the next write."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.started = time.monotonic()
        self.open = False

    def begin(self) -> None:
        begin_immediate(self.conn)
        self.open = True
        self.started = time.monotonic()

    def ensure(self) -> None:
        if not self.open:
            self.begin()

    def pause(self) -> None:
        if self.open:
            self.conn.execute("COMMIT")
            self.open = False

    def commit(self) -> None:
        self.pause()
        self.begin()

    def rollback(self) -> None:
        """Undo the open batch (what was committed before stays) and begin a new one."""
        if self.open:
            self.conn.execute("ROLLBACK")
            self.open = False
        self.begin()

    def age(self) -> float:
        """Seconds since the open batch began (0 when none is open)."""
        return time.monotonic() - self.started if self.open else 0.0


@contextmanager
def batched_writes(db: sqlite_utils.Database) -> Iterator[Batch]:
    """A write that commits in batches (``batch.commit()``); the last batch is committed at the end.

    Used inside the import generators: if the consumer stops listening (GeneratorExit), what was
    written is whole and is committed; any other error rolls the open batch back.
    """
    batch = Batch(db.conn)
    batch.begin()
    try:
        yield batch
    except GeneratorExit:
        batch.pause()
        raise
    except BaseException:
        if batch.open:
            db.conn.execute("ROLLBACK")
        raise
    batch.pause()
