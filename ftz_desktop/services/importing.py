"""Importing files and folders into a library: walk, skip what is unchanged, parse, index, report.

``run_import`` is a generator: it yields an ImportProgress after each file and returns the
ImportReport, so the CLI runs it in a loop and the GUI runs the same generator on a worker thread.
The CPU-heavy part of each file (decode, parse, reflow, tokens, compression) is the pure function
``prepare``; for large imports it runs in the worker processes of ``services/pool.py`` while this
process writes. The steps: ``plan`` (which files), ``check`` (which of them changed: only those
are parsed), ``_write`` (one file, inside the open batch) and ``mark_missing`` (files that are
gone). Work is committed in batches, so a failure (or a killed process) never leaves half a
document behind, and the next import picks up where this one ended.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import sqlite_utils

from ftz_desktop.core import importers
from ftz_desktop.errors import UnreadableFile
from ftz_desktop.records import FailedFile, ImportProgress, ImportReport, Metric
from ftz_desktop.services import extraction, pool
from ftz_desktop.store import annotations as store_annotations
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import entities as store_entities
from ftz_desktop.store import metrics as store_metrics

log = logging.getLogger(__name__)

BATCH_FILES = 400
BATCH_BYTES = 16 * 1024 * 1024
# Commit at least this often, so that a user's edit (an annotation) never waits long for the lock.
BATCH_SECONDS = 0.5


class Status(StrEnum):
    """What an import did with one file."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


# --- planning ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    files: list[Path]
    folders: list[Path]
    vanished: list[Path]  # named explicitly but not on disk
    failed: list[FailedFile]


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subdirs.append(Path(entry.path))
                elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in importers.SUPPORTED_SUFFIXES:
                    found.append(Path(entry.path))
            except OSError:
                continue
        stack.extend(reversed(subdirs))
    return found


def absolute(path: str | Path) -> str:
    """The path as the library stores it: absolute, with ".." folded away (symbolic links kept)."""
    return os.path.abspath(Path(path).expanduser())


def plan(paths: Sequence[str | Path]) -> _Plan:
    """Resolve the paths given into the files to look at."""
    files: list[Path] = []
    folders: list[Path] = []
    vanished: list[Path] = []
    failed: list[FailedFile] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(absolute(raw))
        if p.is_dir():
            folders.append(p)
            candidates = _walk(p)
        elif p.is_file():
            candidates = [p]
        elif p.exists():
            failed.append(FailedFile(str(p), "not a regular file"))
            continue
        else:
            vanished.append(p)
            continue
        for f in candidates:
            if f not in seen:
                seen.add(f)
                files.append(f)
    return _Plan(files, folders, vanished, failed)


# --- the pure, CPU-heavy part -----------------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    """A parsed file ready to be written (picklable, so it can come from a worker process)."""

    hash: str
    nbytes: int
    doc: importers.ImportedDoc | None  # metadata only (text in ``text``); None: content unchanged
    text: store_docs.PreparedText | None
    failure: str | None = None
    entities: tuple[store_entities.Row, ...] | None = None  # None: not extracted
    metrics: tuple[Metric, ...] | None = None  # None: not extracted


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "file disappeared during import"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return exc.strerror or str(exc)


def prepare(path: str, known_hash: str | None) -> Prepared:
    """Read, hash and parse one file; skip the parse when its hash is ``known_hash``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Prepared("", 0, None, None, _reason(exc))
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if digest == known_hash:
        return Prepared(digest, len(data), None, None)
    try:
        doc = importers.read_document(Path(path), data)
    except UnreadableFile as exc:
        return Prepared(digest, len(data), None, None, str(exc))
    except Exception as exc:
        log.exception("could not parse %s", path)
        return Prepared(digest, len(data), None, None, f"could not read: {type(exc).__name__}: {exc}")
    text = store_docs.prepare_text(doc.title, doc.text, doc.paragraphs)
    rows, figures = extraction.extract_text(doc.text, doc.date, path)
    # the text travels once, compressed in ``text``: not again inside ``doc`` (less to pickle)
    slim = dataclasses.replace(doc, text="", paragraphs=())
    return Prepared(digest, len(data), slim, text, entities=rows, metrics=figures)


# --- checking: which files changed since the last import (cheap: stat and one lookup) ----------


@dataclass(frozen=True)
class Check:
    """One planned file after the cheap first pass."""

    path: Path
    stat: os.stat_result | None  # None: could not be read
    existing: store_docs.Existing | None  # the stored document of this path
    verdict: Status | None  # UNCHANGED or FAILED without parsing; None: to be parsed
    reason: str | None = None  # why it failed

    @property
    def known_hash(self) -> str | None:
        return self.existing["hash"] if self.existing else None


def check(db: sqlite_utils.Database, files: Sequence[Path]) -> list[Check]:
    """Which files are unchanged (same size and mtime, not missing), unreadable, or to be parsed."""
    checks: list[Check] = []
    for path in files:
        try:
            st = path.stat()
        except OSError as exc:
            checks.append(Check(path, None, None, Status.FAILED, _reason(exc)))
            continue
        existing = store_docs.find_by_path(db, str(path))
        if (
            existing is not None
            and existing["size"] == st.st_size
            and existing["mtime_ns"] == st.st_mtime_ns
            and not existing["missing"]
        ):
            checks.append(Check(path, st, existing, Status.UNCHANGED))
        else:
            checks.append(Check(path, st, existing, None))
    return checks


# --- writing: one file inside the open batch ---------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _write(
    db: sqlite_utils.Database,
    path: Path,
    st: os.stat_result,
    existing: store_docs.Existing | None,
    prep: Prepared,
    imported: str,
) -> Status:
    """Store one prepared file inside the caller's transaction; returns the status."""
    if prep.failure is not None:
        return Status.FAILED
    if prep.doc is None or prep.text is None:
        assert existing is not None
        store_docs.touch(db, existing["id"], size=st.st_size, mtime_ns=st.st_mtime_ns)
        return Status.UNCHANGED
    doc = prep.doc
    doc_id = store_docs.upsert(
        db,
        doc_id=existing["id"] if existing else None,
        path=str(path),
        hash=prep.hash,
        format=doc.format,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        encoding=doc.encoding,
        meta={"tags": list(doc.tags)} if doc.tags else {},
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        prepared=prep.text,
        imported=imported,
        url=doc.url,
    )
    if prep.entities is not None:  # same transaction as the document
        store_entities.replace(db, doc_id, prep.entities, new=existing is None)
    elif existing:
        store_entities.replace(db, doc_id, ())  # stale rows would point into the old text
    if prep.metrics is not None:
        store_metrics.replace(db, doc_id, prep.metrics, new=existing is None)
    elif existing:
        store_metrics.replace(db, doc_id, ())
    if existing:
        # new text under the same id: find its annotations again in the same transaction
        # (orphaning those that cannot be found), so the two never disagree
        store_annotations.reanchor_document(db, doc_id, store_docs.unpack_text(prep.text.text_blob))
    return Status.UPDATED if existing else Status.ADDED


@dataclass
class BatchEntry:
    """A file written in the open batch (replayed alone if the batch has to be rolled back)."""

    check: Check
    prepared: Prepared
    status: Status


def _replay(db: sqlite_utils.Database, entry: BatchEntry, imported: str) -> Status:
    """Write one file of a rolled-back batch again, alone in a savepoint; its status."""
    prep, st = entry.prepared, entry.check.stat
    if prep.doc is None or st is None:
        return entry.status
    try:
        with store_db.savepoint(db, "one_file"):
            return _write(db, entry.check.path, st, entry.check.existing, prep, imported)
    except Exception:
        log.exception("import of %s failed on replay", entry.check.path)
        return Status.FAILED


# --- marking what is gone -----------------------------------------------------------------------


def mark_missing(db: sqlite_utils.Database, the_plan: _Plan, seen: set[str]) -> tuple[int, list[FailedFile]]:
    """Mark documents missing whose files disappeared from the imported folders or were named
    explicitly and are gone; returns how many were newly marked, and the names never imported."""
    gone: list[int] = []
    failed: list[FailedFile] = []
    for folder in the_plan.folders:
        prefix = str(folder).rstrip(os.sep) + os.sep
        for p, doc_id in store_docs.paths_under(db, prefix).items():
            if p not in seen and not os.path.exists(p):
                gone.append(doc_id)
    for path in the_plan.vanished:
        row = store_docs.find_by_path(db, str(path))
        if row is not None:
            gone.append(row["id"])
        else:
            failed.append(FailedFile(str(path), "no such file or folder"))
    return store_docs.mark_missing(db, gone), failed


# --- the run ------------------------------------------------------------------------------------


class _Run:
    """The state of one import: counts, failures, the open batch."""

    def __init__(self, db: sqlite_utils.Database, imported: str) -> None:
        self.db = db
        self.imported = imported
        self.counts = dict.fromkeys((Status.ADDED, Status.UPDATED, Status.UNCHANGED), 0)
        self.failed: list[FailedFile] = []
        self.batch: list[BatchEntry] = []
        self.batch_files = 0
        self.batch_bytes = 0

    def record(self, path: Path, status: Status, reason: str | None) -> None:
        if status == Status.FAILED:
            self.failed.append(FailedFile(str(path), reason or "unknown error"))
        else:
            self.counts[status] += 1

    def write(self, tx: store_db.Batch, c: Check, prep: Prepared) -> tuple[Status, str | None]:
        """Write one parsed file; on an error, roll the batch back and replay it file by file."""
        assert c.stat is not None
        try:
            status = _write(self.db, c.path, c.stat, c.existing, prep, self.imported)
        except Exception as exc:
            log.exception("import of %s failed", c.path)
            # No per-file savepoints on the fast path (they make FTS5 flush its buffer for
            # every file, 3x slower): undo the open batch and write it again file by file.
            tx.rollback()
            self._replay_batch()
            return Status.FAILED, f"internal error: {type(exc).__name__}: {exc}"
        if status != Status.FAILED:
            self.batch.append(BatchEntry(c, prep, status))
        return status, prep.failure

    def _replay_batch(self) -> None:
        for entry in self.batch:
            status = _replay(self.db, entry, self.imported)
            if status != entry.status:
                self.counts[entry.status] -= 1
                self.failed.append(FailedFile(str(entry.check.path), "internal error (see the log)"))
                entry.status = Status.FAILED

    def maybe_commit(self, tx: store_db.Batch, nbytes: int) -> None:
        self.batch_files += 1
        self.batch_bytes += nbytes
        if self.batch_files >= BATCH_FILES or self.batch_bytes >= BATCH_BYTES or tx.age() >= BATCH_SECONDS:
            tx.commit()
            self.batch_files = self.batch_bytes = 0
            self.batch.clear()


def run_import(
    db: sqlite_utils.Database,
    paths: Sequence[str | Path],
    *,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Generator[ImportProgress, None, ImportReport]:
    """Import ``paths`` into ``db``; yields progress per file, returns the ImportReport.

    ``workers``: processes that parse files (None: decide by the number of files; 0: inline).
    """
    started = time.monotonic()
    the_plan = plan(paths)
    checks = check(db, the_plan.files)
    run = _Run(db, _now())
    run.failed.extend(the_plan.failed)
    seen: set[str] = set()
    bytes_done = 0
    was_cancelled = False
    missing = 0

    executor, window = pool.executor_for(sum(1 for c in checks if c.verdict is None), workers)
    pending: deque[Future[Prepared] | None] = deque()
    next_job = 0

    def fill() -> None:
        nonlocal next_job
        while next_job < len(checks) and len(pending) < window:
            c = checks[next_job]
            pending.append(executor.submit(prepare, str(c.path), c.known_hash) if c.verdict is None else None)
            next_job += 1

    try:
        with store_db.batched_writes(db) as tx:
            for done, c in enumerate(checks, start=1):
                if cancelled is not None and cancelled():
                    was_cancelled = True
                    break
                fill()
                future = pending.popleft()
                seen.add(str(c.path))
                nbytes = 0
                if future is None:
                    assert c.verdict is not None
                    status, reason = c.verdict, c.reason
                else:
                    prep = future.result()
                    nbytes = prep.nbytes
                    status, reason = run.write(tx, c, prep)
                run.record(c.path, status, reason)
                bytes_done += nbytes
                run.maybe_commit(tx, nbytes)
                yield ImportProgress(
                    done=done,
                    total=len(checks),
                    path=str(c.path),
                    status=status,
                    bytes_done=bytes_done,
                    seconds=time.monotonic() - started,
                    reason=reason,
                )
            if not was_cancelled:
                missing, never_imported = mark_missing(db, the_plan, seen)
                run.failed.extend(never_imported)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    return ImportReport(
        added=run.counts[Status.ADDED],
        updated=run.counts[Status.UPDATED],
        unchanged=run.counts[Status.UNCHANGED],
        missing=missing,
        failed=tuple(run.failed),
        seconds=time.monotonic() - started,
        cancelled=was_cancelled,
        bytes=bytes_done,
    )
