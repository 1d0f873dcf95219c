"""Re-extracting entities from stored texts: after an upgrade, or when the gazetteer changed.

``run_reextract`` is a generator like the import: it yields ImportProgress after each document
and returns how many documents it did. Extraction runs in worker processes for large libraries
(``services/pool.py``, as for imports); rows are written in batches, and the library's entities version is
set only when every document is done, so an interrupted run is simply resumed by the next one.
"""

from __future__ import annotations

import logging
import time
import zlib
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future
from typing import TYPE_CHECKING

from ftz_desktop.core import entities, metrics
from ftz_desktop.records import ImportProgress, Metric
from ftz_desktop.services import pool
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import entities as store_entities
from ftz_desktop.store import metrics as store_metrics

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

BATCH_DOCS = 500
BATCH_SECONDS = 0.5  # as for imports: a user's edit never waits long for the write lock


def extract_text(
    text: str, date: str | None, what: object = "a document"
) -> tuple[tuple[store_entities.Row, ...] | None, tuple[Metric, ...] | None]:
    """Entity rows and figures of a canonical text (None where extraction failed: a bug there
    must not cost the document). Pure; runs in the import's worker processes."""
    try:
        found = entities.extract(text)
    except Exception:
        log.exception("entity extraction failed for %s", what)
        return None, None
    try:
        figures: tuple[Metric, ...] | None = tuple(metrics.extract(text, found, date))
    except Exception:
        log.exception("metric extraction failed for %s", what)
        figures = None
    return store_entities.pack(found), figures


def extract_blob(blob: bytes, date: str | None = None) -> tuple[tuple[store_entities.Row, ...], tuple[Metric, ...]]:
    """Entity rows and figures for a stored (compressed) canonical text; runs in a worker process."""
    rows, figures = extract_text(zlib.decompress(blob).decode("utf-8"), date)
    return rows or (), figures or ()


def version() -> str:
    """What the stored entities and metrics depend on: both rule sets and the gazetteer."""
    return f"{entities.version()}+m{metrics.EXTRACTOR_VERSION}"


def is_stale(db: sqlite_utils.Database) -> bool:
    """True when the stored entities or metrics were not extracted with today's rules and gazetteer."""
    return store_entities.get_version(db) != version()


def run_reextract(
    db: sqlite_utils.Database,
    *,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Generator[ImportProgress, None, int]:
    """Extract every document's entities again; yields progress, returns the number of documents."""
    started = time.monotonic()
    target = version()
    ids = store_entities.document_ids(db)
    total = len(ids)
    executor, window = pool.executor_for(total, workers)
    pending: deque[tuple[int, Future]] = deque()
    next_i = 0
    done = 0

    def fill() -> None:
        nonlocal next_i
        while next_i < total and len(pending) < window:
            doc_id = ids[next_i]
            row = store_docs.text_and_date(db, doc_id)
            next_i += 1
            if row is None:
                continue
            pending.append((doc_id, executor.submit(extract_blob, row[0], row[1])))

    try:
        with store_db.batched_writes(db) as tx:
            fill()
            while pending:
                if cancelled is not None and cancelled():
                    break
                doc_id, future = pending.popleft()
                try:
                    rows, figures = future.result()
                except Exception:
                    log.exception("entity extraction failed for document %s", doc_id)
                    rows, figures = (), ()
                store_entities.replace(db, doc_id, rows)
                store_metrics.replace(db, doc_id, figures)
                done += 1
                if done % BATCH_DOCS == 0 or tx.age() >= BATCH_SECONDS:
                    tx.commit()
                fill()
                yield ImportProgress(
                    done=done,
                    total=total,
                    path=str(doc_id),
                    status="updated",
                    bytes_done=0,
                    seconds=time.monotonic() - started,
                )
            else:
                store_entities.set_version(db, target)  # every document done
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    return done
