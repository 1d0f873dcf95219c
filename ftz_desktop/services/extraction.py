"""Re-extracting entities from stored texts: after an upgrade, or when the gazetteer changed.

``run_reextract`` is a generator like the import: it yields ImportProgress after each document
and returns how many documents it did. Extraction runs in worker processes for large libraries
(the same pool as imports); rows are written in batches, and the library's entities version is
set only when every document is done, so an interrupted run is simply resumed by the next one.
"""

from __future__ import annotations

import logging
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future

import sqlite_utils

from ftz_desktop.core import entities
from ftz_desktop.records import ImportProgress
from ftz_desktop.store import entities as store_entities

log = logging.getLogger(__name__)

BATCH_DOCS = 500


def extract_blob(blob: bytes) -> tuple[store_entities.Row, ...]:
    """Rows for a stored (compressed) canonical text; runs in a worker process."""
    return store_entities.pack(entities.extract(zlib.decompress(blob).decode("utf-8")))


def is_stale(db: sqlite_utils.Database) -> bool:
    """True when the stored entities were not extracted with today's rules and gazetteer."""
    return store_entities.get_version(db) != entities.version()


def run_reextract(
    db: sqlite_utils.Database,
    *,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Iterator[ImportProgress]:
    """Extract every document's entities again; yields progress, returns the number of documents."""
    from ftz_desktop.services.importing import _executor  # the import's process pool

    started = time.monotonic()
    target = entities.version()
    ids = store_entities.document_ids(db)
    total = len(ids)
    executor, window = _executor(total, workers)
    pending: deque[tuple[int, Future]] = deque()
    next_i = 0
    done = 0
    chars = 0

    def fill() -> None:
        nonlocal next_i
        while next_i < total and len(pending) < window:
            doc_id = ids[next_i]
            row = db.execute("SELECT text FROM texts WHERE doc_id = ?", [doc_id]).fetchone()
            next_i += 1
            if row is None:
                continue
            pending.append((doc_id, executor.submit(extract_blob, row[0])))

    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    finished = False
    try:
        fill()
        while pending:
            if cancelled is not None and cancelled():
                break
            doc_id, future = pending.popleft()
            try:
                rows = future.result()
            except Exception:  # noqa: BLE001 - one document's bug must not stop the run
                log.exception("entity extraction failed for document %s", doc_id)
                rows = ()
            store_entities.replace(db, doc_id, rows)
            done += 1
            chars += sum(r[3] for r in rows)
            if done % BATCH_DOCS == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
            fill()
            yield ImportProgress(
                done=done, total=total, path=str(doc_id), status="updated", bytes_done=0,
                seconds=time.monotonic() - started,
            )
        else:
            finished = True
        if finished:
            store_entities.set_version(db, target)
        conn.execute("COMMIT")
    except GeneratorExit:
        conn.execute("COMMIT")
        raise
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    return done
