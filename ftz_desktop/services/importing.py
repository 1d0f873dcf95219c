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
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent import futures
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ftz_desktop.core import importers, neardup
from ftz_desktop.errors import UnreadableFile
from ftz_desktop.records import FailedFile, ImportProgress, ImportReport, Metric, shown_path
from ftz_desktop.services import extraction, pool
from ftz_desktop.store import annotations as store_annotations
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import duplicates as store_dups
from ftz_desktop.store import entities as store_entities
from ftz_desktop.store import metrics as store_metrics

if TYPE_CHECKING:
    import sqlite_utils

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
    files: list[str]  # strings, not Paths: a 2 GB library has half a million of them
    folders: list[Path]
    vanished: list[Path]  # named explicitly but not on disk
    failed: list[FailedFile]
    skipped: list[FailedFile]  # in a folder, not imported: unsupported type, too large


def _walk(folder: Path, skipped: list[FailedFile]) -> list[str]:
    """The importable files under ``folder`` (hidden files and folders apart); the others go to
    ``skipped`` with the reason."""
    found: list[str] = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            if current != folder:
                skipped.append(FailedFile(str(current), f"folder not readable: {_reason(exc)}"))
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    subdirs.append(Path(entry.path))
                elif not entry.is_file():
                    continue  # symlinks to folders, sockets, FIFOs, devices
                elif os.path.splitext(entry.name)[1].lower() not in importers.SUPPORTED_SUFFIXES:
                    skipped.append(FailedFile(entry.path, importers.skip_reason(entry.name)))
                else:
                    size, limit = entry.stat().st_size, importers.size_limit(entry.name)
                    if size > limit:
                        skipped.append(FailedFile(entry.path, importers.too_large(size, limit)))
                    else:
                        found.append(entry.path)
            except OSError as exc:
                skipped.append(FailedFile(entry.path, _reason(exc)))
        stack.extend(reversed(subdirs))
    return found


def absolute(path: str | Path) -> str:
    """The path as the library stores it: absolute, with ".." folded away (symbolic links kept)."""
    return os.path.abspath(Path(path).expanduser())


def plan(paths: Sequence[str | Path]) -> _Plan:
    """Resolve the paths given into the files to look at."""
    files: list[str] = []
    folders: list[Path] = []
    vanished: list[Path] = []
    failed: list[FailedFile] = []
    skipped: list[FailedFile] = []
    seen: set[str] = set()  # (only when several paths are given: one folder lists a file once)
    for raw in paths:
        p = Path(absolute(raw))
        if p.is_dir():
            folders.append(p)
            candidates = _walk(p, skipped)
        elif p.is_file():
            candidates = [str(p)]
        elif p.exists():
            failed.append(FailedFile(str(p), "not a regular file"))
            continue
        else:
            vanished.append(p)
            continue
        if len(paths) == 1:
            files.extend(candidates)
            continue
        for f in candidates:
            if f not in seen:
                seen.add(f)
                files.append(f)
    return _Plan(files, folders, vanished, failed, skipped)


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
    sketch: bytes = b""  # near-duplicates are found by it (packed, see store/duplicates.py)


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
        limit = importers.size_limit(path)
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        return Prepared("", 0, None, None, _reason(exc))
    if len(data) > limit:
        size = os.path.getsize(path) if os.path.exists(path) else len(data)
        return Prepared("", len(data), None, None, importers.too_large(size, limit))
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if digest == known_hash:
        return Prepared(digest, len(data), None, None)
    try:
        doc = importers.read_document(Path(path), data)
    except UnreadableFile as exc:
        return Prepared(digest, len(data), None, None, str(exc))
    except MemoryError:
        raise  # the worker reports it and is replaced (services/pool.py)
    except Exception as exc:
        log.exception("could not parse %s", path)
        return Prepared(digest, len(data), None, None, f"could not read: {type(exc).__name__}: {exc}")
    text = store_docs.prepare_text(doc.title, doc.text, doc.paragraphs)
    rows, figures = extraction.extract_text(doc.text, doc.date, path)
    sketch = store_dups.pack(neardup.sketch(doc.text))
    # the text travels once, compressed in ``text``: not again inside ``doc`` (less to pickle)
    slim = dataclasses.replace(doc, text="", paragraphs=())
    return Prepared(digest, len(data), slim, text, entities=rows, metrics=figures, sketch=sketch)


def warm_up() -> None:
    """Load what reading the first file would otherwise load inside its time budget: the
    segmenter's dictionary, the gazetteer, the extraction rules' data and numpy (a worker calls this
    before it says it is ready)."""
    text = "中国（上海）自由贸易试验区临港新片区2023年新设企业1200家，同比增长15%。"
    extraction.extract_text(text, "2023-01-01", "warm-up.txt")
    neardup.sketch(text * 3)


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


CHECK_CHUNK = 256  # files looked up in one query


def check(db: sqlite_utils.Database, files: Iterable[str]) -> Iterator[Check]:
    """Which files are unchanged (same size and mtime, not missing), unreadable, or to be parsed;
    a few hundred at a time, as the import reaches them (memory stays flat however many files
    there are; one query per chunk, not per file)."""
    it = iter(files)
    while chunk := list(islice(it, CHECK_CHUNK)):
        stored = store_docs.find_by_paths(db, chunk)
        for name in chunk:
            yield _check_one(name, stored.get(name))


def _check_one(name: str, existing: store_docs.Existing | None) -> Check:
    path = Path(name)
    try:
        st = path.stat()
    except OSError as exc:
        return Check(path, None, None, Status.FAILED, _reason(exc))
    if (
        existing is not None
        and existing["size"] == st.st_size
        and existing["mtime_ns"] == st.st_mtime_ns
        and not existing["missing"]
    ):
        return Check(path, st, existing, Status.UNCHANGED)
    return Check(path, st, existing, None)


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
    if existing is None:  # another import (another process) may have written this file since the check
        existing = store_docs.find_by_path(db, str(path))
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
        meta=_meta(doc),
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
        store_dups.detach(db, doc_id)  # it joins a group again at the end of the import
    return Status.UPDATED if existing else Status.ADDED


def _meta(doc: importers.ImportedDoc) -> dict[str, object]:
    """What the documents table keeps as JSON: front-matter tags, the author."""
    meta: dict[str, object] = {}
    if doc.tags:
        meta["tags"] = list(doc.tags)
    if doc.author:
        meta["author"] = doc.author
    return meta


def group_duplicates(db: sqlite_utils.Database, by_path: dict[str, bytes]) -> int:
    """Group the documents written by this import (``by_path``: their sketches) with their
    copies, and give documents imported before near-duplicates were detected (or whose import
    was killed before this step) their sketches first; how many joined a group."""
    ids = store_docs.ids_by_path(db, list(by_path))
    sketches = {ids[p]: blob for p, blob in by_path.items() if p in ids and blob}
    missing = [i for i in store_dups.unsketched(db) if i not in sketches]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        for doc_id, text in store_docs.texts_by_id(db, chunk).items():
            sketches[doc_id] = store_dups.pack(neardup.sketch(text))
    joined = store_dups.add_and_group(db, sketches, lambda ids: store_docs.texts_by_id(db, ids))
    store_dups.mark_current(db)
    return joined


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


def mark_missing(db: sqlite_utils.Database, the_plan: _Plan) -> tuple[int, list[FailedFile]]:
    """Mark documents missing whose files disappeared from the imported folders or were named
    explicitly and are gone; returns how many were newly marked, and the names never imported."""
    gone: list[int] = []
    failed: list[FailedFile] = []
    for folder in the_plan.folders:
        prefix = str(folder).rstrip(os.sep) + os.sep
        for p, doc_id in store_docs.paths_under(db, prefix):
            if not os.path.exists(p):
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
        self.skipped: list[FailedFile] = []
        self.sketches: dict[str, bytes] = {}  # of the documents written (by path), grouped at the end
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
            if status in (Status.ADDED, Status.UPDATED):
                self.sketches[str(c.path)] = prep.sketch
        return status, prep.failure

    def _replay_batch(self) -> None:
        for entry in self.batch:
            status = _replay(self.db, entry, self.imported)
            if status != entry.status:
                self.sketches.pop(str(entry.check.path), None)
                self.counts[entry.status] -= 1
                self.failed.append(FailedFile(str(entry.check.path), "internal error (see the log)"))
                entry.status = Status.FAILED

    def pause(self, tx: store_db.Batch) -> None:
        """Commit the open batch without beginning the next (``tx.ensure()`` does, at the next write)."""
        tx.pause()
        self.batch_files = self.batch_bytes = 0
        self.batch.clear()

    def maybe_commit(self, tx: store_db.Batch, nbytes: int) -> None:
        self.batch_files += 1
        self.batch_bytes += nbytes
        if self.batch_files >= BATCH_FILES or self.batch_bytes >= BATCH_BYTES or tx.age() >= BATCH_SECONDS:
            tx.commit()
            self.batch_files = self.batch_bytes = 0
            self.batch.clear()


def _ready_within(future: Future[Prepared], seconds: float) -> bool:
    """Whether the file is parsed now or within ``seconds`` (the open batch's time left): the
    writer often overtakes the workers by a file or two, and committing each time it waits made
    FTS5 write (and merge) thousands of tiny segments, a third of the writer's time."""
    if future.done():
        return True
    if seconds <= 0:
        return False
    futures.wait([future], timeout=seconds)
    return future.done()


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
    total = len(the_plan.files)
    checks = check(db, the_plan.files)
    run = _Run(db, _now())
    run.failed.extend(the_plan.failed)
    run.skipped.extend(the_plan.skipped)
    bytes_done = 0
    was_cancelled = False
    missing = 0

    # (a pool starts its processes on the first job: a re-import with nothing to parse costs none)
    executor, window = pool.executor_for(total, workers)
    # the files being parsed and the next ones, in order: only these are held in memory
    pending: deque[tuple[Check, Future[Prepared] | None]] = deque()

    def fill() -> None:
        while len(pending) < window:
            c = next(checks, None)
            if c is None:
                return
            pending.append((c, executor.submit(prepare, str(c.path), c.known_hash) if c.verdict is None else None))

    try:
        with store_db.batched_writes(db) as tx:
            done = 0
            while True:
                if cancelled is not None and cancelled():
                    was_cancelled = True
                    break
                fill()
                if not pending:
                    break
                c, future = pending.popleft()
                done += 1
                nbytes = 0
                if future is None:
                    assert c.verdict is not None
                    status, reason = c.verdict, c.reason
                else:
                    if not _ready_within(future, BATCH_SECONDS - tx.age()):
                        run.pause(tx)  # the lock is free while the file is parsed
                    try:
                        prep = future.result()
                    except (pool.TookTooLong, pool.WorkerLost, pool.OutOfMemory) as exc:
                        prep = Prepared("", 0, None, None, str(exc))
                    except MemoryError:  # inline (no worker): the same reason, the import goes on
                        prep = Prepared("", 0, None, None, pool.out_of_memory())
                    nbytes = prep.nbytes
                    tx.ensure()
                    status, reason = run.write(tx, c, prep)
                run.record(c.path, status, reason)
                bytes_done += nbytes
                run.maybe_commit(tx, nbytes)
                yield ImportProgress(
                    done=done,
                    total=total,
                    path=shown_path(str(c.path)),
                    status=status,
                    bytes_done=bytes_done,
                    seconds=time.monotonic() - started,
                    reason=reason,
                )
            tx.ensure()
            if not was_cancelled:
                missing, never_imported = mark_missing(db, the_plan)
                run.failed.extend(never_imported)
            group_duplicates(db, run.sketches)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    return ImportReport(
        added=run.counts[Status.ADDED],
        updated=run.counts[Status.UPDATED],
        unchanged=run.counts[Status.UNCHANGED],
        missing=missing,
        failed=tuple(FailedFile(shown_path(f.path), f.reason) for f in run.failed),
        skipped=tuple(FailedFile(shown_path(f.path), f.reason) for f in run.skipped),
        seconds=time.monotonic() - started,
        cancelled=was_cancelled,
        bytes=bytes_done,
    )
