"""The library service: import, list, show and search documents — used by both the CLI and the GUI.

Every method may be called from any thread: each thread gets its own SQLite connection,
and writes (imports) are serialised by a lock, so a GUI worker can search while another imports.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import sqlite_utils

from ftz_desktop.core import query as q
from ftz_desktop.core import snippets
from ftz_desktop.core.fold import fold
from ftz_desktop.records import (
    Document,
    DocumentSummary,
    ImportProgress,
    ImportReport,
    SearchHit,
    SearchResults,
)
from ftz_desktop.services import importing
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import fts
from ftz_desktop.store import search as store_search

# Results whose order is refined by how close the query's terms stand to each other.
RERANK_DEPTH = 100


class Library:
    """One library file (SQLite). ``Library(path)`` creates it if needed and migrates it forward."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._connections: list[sqlite_utils.Database] = []
        self._connections_lock = threading.Lock()
        db = self._db()  # creates and migrates now, so errors surface here
        row = db.execute("SELECT value FROM settings WHERE key = 'index_version'").fetchone()
        if row is None or row[0] != str(fts.INDEX_VERSION):
            with self._write_lock:
                db.execute("BEGIN IMMEDIATE")
                try:
                    store_docs.rebuild_index(db)
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise

    @classmethod
    def default(cls) -> Library:
        """The library in the user data directory."""
        from ftz_desktop.paths import default_library_path

        return cls(default_library_path())

    def _db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = store_db.connect(self.path)
            self._local.db = db
            with self._connections_lock:
                self._connections.append(db)
        return db

    def close(self) -> None:
        """Close every connection this library opened (call when no thread uses it any more)."""
        with self._connections_lock:
            for db in self._connections:
                try:
                    db.conn.close()
                except Exception:  # noqa: BLE001 - closing is best effort
                    pass
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- import -----------------------------------------------------------------------------
    def import_paths(
        self, paths: Sequence[str | Path], *, cancelled: Callable[[], bool] | None = None
    ) -> Iterator[ImportProgress]:
        """Import files and folders; yield progress after each file; ``return`` the ImportReport.

        Folders are walked recursively for supported files. Incremental: unchanged files are
        no-ops, changed files are re-indexed under the same id, files under an imported folder
        that disappeared are marked missing. ``cancelled()`` is checked between files; what
        was committed stays. Use ``report = yield from lib.import_paths(...)`` or ``import_all``.
        """
        with self._write_lock:
            report = yield from importing.run_import(self._db(), paths, cancelled=cancelled)
        return report

    def import_all(
        self, paths: Sequence[str | Path], *, cancelled: Callable[[], bool] | None = None
    ) -> ImportReport:
        """Run ``import_paths`` to the end and return its report."""
        gen = self.import_paths(paths, cancelled=cancelled)
        while True:
            try:
                next(gen)
            except StopIteration as stop:
                return stop.value

    # --- reading ----------------------------------------------------------------------------
    def count(self) -> int:
        """Number of documents (missing ones included)."""
        return store_docs.count(self._db())

    def documents(self) -> list[DocumentSummary]:
        """Every document, in import order."""
        return store_docs.summaries(self._db())

    def document(self, doc_id: int) -> Document:
        """One document with its canonical text; raises KeyError if there is no such id."""
        return store_docs.get(self._db(), int(doc_id))

    # --- search -----------------------------------------------------------------------------
    def search(self, query: str, *, limit: int | None = 20, offset: int = 0) -> SearchResults:
        """Search with the query syntax; best first. ``limit=None`` returns all.

        Raises ftz_desktop.errors.QueryError (a UserError with a one-line message) for a query
        that cannot be understood. ``SearchResults.total`` is the exact number of matching
        documents; ``SearchResults.terms`` are the strings to highlight in a document.
        """
        started = time.perf_counter()
        parsed = q.parse(query)
        compiled = store_search.compile_query(parsed)
        body_terms, title_terms = _highlight_terms(parsed)
        if compiled is None:
            return SearchResults(query, 0, (), tuple(body_terms), parsed.describe())
        db = self._db()
        offset = max(0, int(offset))
        rerank = len(body_terms) >= 2 and offset < RERANK_DEPTH
        if rerank:
            fetch = None if limit is None else max(RERANK_DEPTH, offset + limit)
            total, rows = store_search.run(db, compiled, limit=fetch, offset=0)
            rows = _rerank(db, rows, body_terms)
            rows = rows[offset:] if limit is None else rows[offset : offset + limit]
        else:
            total, rows = store_search.run(db, compiled, limit=limit, offset=offset)
        hits = self._hits(db, rows, body_terms, title_terms)
        return SearchResults(
            query=query,
            total=total,
            hits=tuple(hits),
            terms=tuple(body_terms),
            interpretation=parsed.describe(),
            seconds=time.perf_counter() - started,
        )

    def _hits(
        self,
        db: sqlite_utils.Database,
        rows: list[tuple[int, float]],
        body_terms: list[str],
        title_terms: list[str],
    ) -> list[SearchHit]:
        ids = [doc_id for doc_id, _ in rows]
        summaries = store_docs.summaries_by_id(db, ids)
        texts = store_docs.texts_by_id(db, ids)
        out: list[SearchHit] = []
        for doc_id, score in rows:
            s = summaries[doc_id]
            text = texts.get(doc_id, "")
            spans = snippets.find_spans(snippets.haystack(text, body_terms), body_terms)
            snip, snip_spans = snippets.snippet(text, spans)
            title_spans = snippets.find_spans(fold(s.title), body_terms + title_terms)
            out.append(
                SearchHit(
                    doc_id=doc_id, path=s.path, title=s.title, date=s.date, score=round(score, 4),
                    snippet=snip, snippet_hits=tuple(snip_spans), hits=tuple(spans),
                    title_hits=tuple(title_spans),
                )
            )
        return out

    def find_hits(self, query: str, text: str) -> list[tuple[int, int]]:
        """Spans in ``text`` (a canonical text) that the query's positive terms match, in order."""
        try:
            parsed = q.parse(query)
        except q.QueryError:
            return []
        body_terms, _ = _highlight_terms(parsed)
        return snippets.find_spans(snippets.haystack(text, body_terms), body_terms)


def _highlight_terms(parsed: q.Query) -> tuple[list[str], list[str]]:
    """Folded strings to highlight in bodies, and those only looked for in titles."""
    body: list[str] = []
    title: list[str] = []
    for term in parsed.positive_terms():
        f = fold(term.text)
        if not f:
            continue
        target = title if term.field == "title" else body
        if f not in target:
            target.append(f)
    return body, title


def _rerank(
    db: sqlite_utils.Database, rows: list[tuple[int, float]], terms: list[str]
) -> list[tuple[int, float]]:
    """Raise documents where the terms stand close together (adjacent ones most)."""
    head = rows[:RERANK_DEPTH]
    texts = store_docs.texts_by_id(db, [d for d, _ in head])
    adjacent = sum(len(t) for t in terms) + 2
    scored = []
    for doc_id, score in head:
        positions = snippets.term_positions(snippets.haystack(texts.get(doc_id, ""), terms), terms)
        dist = snippets.min_distance(positions)
        bonus = 1.0
        if dist is not None:
            if dist <= adjacent:
                bonus = 1.6
            elif dist <= 30:
                bonus = 1.3
            elif dist <= 120:
                bonus = 1.1
        scored.append((doc_id, score * bonus))
    scored.sort(key=lambda r: -r[1])
    return scored + rows[RERANK_DEPTH:]
