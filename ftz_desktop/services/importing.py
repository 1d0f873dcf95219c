"""Importing files and folders into a library: walk, skip what is unchanged, parse, index, report.

``run_import`` is a generator: it yields an ImportProgress after each file and returns the
ImportReport, so the CLI runs it in a loop and the GUI runs the same generator on a worker thread.
The CPU-heavy part of each file (decode, parse, reflow, tokens, compression) is the pure function
``prepare``; for large imports it runs in a pool of worker processes while this process writes
(started with "spawn": a script that imports through this module needs the usual
``if __name__ == "__main__":`` guard, as every multiprocessing program does).
Work is committed in batches; each file sits in its own savepoint, so a failure (or a killed
process) never leaves half a document behind, and the next import picks up where this one ended.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from ftz_desktop.core import importers
from ftz_desktop.errors import UnreadableFile
from ftz_desktop.records import FailedFile, ImportProgress, ImportReport, Metric
from ftz_desktop.services import extraction
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
# Below this many files to parse, a process pool costs more than it saves.
POOL_MIN_FILES = 200


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


def plan(paths: Sequence[str | Path]) -> _Plan:
    """Resolve the paths given into the files to look at."""
    files: list[Path] = []
    folders: list[Path] = []
    vanished: list[Path] = []
    failed: list[FailedFile] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(os.path.abspath(Path(raw).expanduser()))  # absolute, with ".." folded away
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


class _Inline(Executor):
    """Runs each job at once in this thread (small imports; tests)."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001
            future.set_exception(exc)
        return future


def _watch_parent(parent: int) -> None:
    """Worker initializer: yield the CPU to the writer, and exit once the importing process is gone.

    The writer (the importing process) is the pipeline's narrow end; with lower priority the
    workers use what CPU it leaves instead of taking turns with it.
    """
    import threading

    try:
        os.nice(5)
    except (AttributeError, OSError):  # not on this platform
        pass

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(0)
            time.sleep(0.5)

    threading.Thread(target=watch, daemon=True).start()


def _executor(n_jobs: int, workers: int | None) -> tuple[Executor, int]:
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if n_jobs >= POOL_MIN_FILES else 0
    if workers <= 0:
        return _Inline(), 1
    # spawn, not fork: the GUI calls this from a thread, and forking a threaded process is unsafe
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_watch_parent, initargs=(os.getpid(),))
    return pool, workers * 16


# --- the writer -------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _write(
    db: sqlite_utils.Database, path: Path, st: os.stat_result, existing: dict | None, prep: Prepared, imported: str
) -> str:
    """Store one prepared file inside the caller's transaction; returns the status."""
    if prep.failure is not None:
        return "failed"
    if prep.doc is None or prep.text is None:
        assert existing is not None
        store_docs.touch(db, existing["id"], size=st.st_size, mtime_ns=st.st_mtime_ns)
        return "unchanged"
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
    )
    if prep.entities is not None:  # same savepoint as the document
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
    return "updated" if existing else "added"


def _replay(db: sqlite_utils.Database, entry: list, imported: str) -> str:
    """Write one file of a rolled-back batch again, alone in a savepoint; its status."""
    path, st, existing, prep, _status = entry
    if prep is None or prep.doc is None:
        return _status
    db.conn.execute("SAVEPOINT one_file")
    try:
        status = _write(db, path, st, existing, prep, imported)
    except Exception:
        log.exception("import of %s failed on replay", path)
        db.conn.execute("ROLLBACK TO one_file")
        status = "failed"
    db.conn.execute("RELEASE one_file")
    return status


def run_import(
    db: sqlite_utils.Database,
    paths: Sequence[str | Path],
    *,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Iterator[ImportProgress]:
    """Import ``paths`` into ``db``; yields progress per file, returns the ImportReport.

    ``workers``: processes that parse files (None: decide by the number of files; 0: inline).
    """
    started = time.monotonic()
    the_plan = plan(paths)
    total = len(the_plan.files)
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    failed: list[FailedFile] = list(the_plan.failed)
    seen: set[str] = set()
    bytes_done = 0
    batch_files = batch_bytes = 0
    was_cancelled = False
    imported = _now()

    # First pass (cheap): which files changed since the last import? Only those are parsed.
    checks: list[tuple[Path, os.stat_result | None, dict | None, str | None]] = []
    n_jobs = 0
    for path in the_plan.files:
        try:
            st = path.stat()
        except OSError as exc:
            checks.append((path, None, None, _reason(exc)))
            continue
        existing = store_docs.find_by_path(db, str(path))
        if (
            existing is not None
            and existing["size"] == st.st_size
            and existing["mtime_ns"] == st.st_mtime_ns
            and not existing["missing"]
        ):
            checks.append((path, st, existing, "unchanged"))
        else:
            checks.append((path, st, existing, None))
            n_jobs += 1

    executor, window = _executor(n_jobs, workers)
    pending: deque[Future | None] = deque()
    next_job = 0

    def fill() -> None:
        nonlocal next_job
        while next_job < len(checks) and len(pending) < window:
            path, st, existing, verdict = checks[next_job]
            if verdict is None:
                pending.append(executor.submit(prepare, str(path), existing["hash"] if existing else None))
            else:
                pending.append(None)
            next_job += 1

    batch: list[list] = []  # [path, stat, existing, prepared, status] written since the last commit
    try:
        with store_db.batched_writes(db) as tx:
            for done, (path, st, existing, verdict) in enumerate(checks, start=1):
                if cancelled is not None and cancelled():
                    was_cancelled = True
                    break
                fill()
                future = pending.popleft()
                seen.add(str(path))
                reason: str | None = None
                nbytes = 0
                if verdict == "unchanged":
                    status = "unchanged"
                elif verdict is not None:
                    status, reason = "failed", verdict
                else:
                    assert future is not None and st is not None
                    prep = future.result()
                    nbytes = prep.nbytes
                    reason = prep.failure
                    try:
                        status = _write(db, path, st, existing, prep, imported)
                    except Exception as exc:  # a bug or a database error
                        log.exception("import of %s failed", path)
                        status, reason = "failed", f"internal error: {type(exc).__name__}: {exc}"
                        # No per-file savepoints on the fast path (they make FTS5 flush its buffer for
                        # every file, 3x slower): undo the open batch and write it again file by file.
                        tx.rollback()
                        for entry in batch:
                            if _replay(db, entry, imported) != entry[4]:
                                counts[entry[4]] -= 1
                                failed.append(FailedFile(str(entry[0]), "internal error (see the log)"))
                                entry[4] = "failed"
                    if status != "failed":
                        batch.append([path, st, existing, prep, status])
                if status == "failed":
                    failed.append(FailedFile(str(path), reason or "unknown error"))
                else:
                    counts[status] += 1
                bytes_done += nbytes
                batch_files += 1
                batch_bytes += nbytes
                if batch_files >= BATCH_FILES or batch_bytes >= BATCH_BYTES or tx.age() >= BATCH_SECONDS:
                    tx.commit()
                    batch_files = batch_bytes = 0
                    batch.clear()
                yield ImportProgress(
                    done=done,
                    total=total,
                    path=str(path),
                    status=status,
                    bytes_done=bytes_done,
                    seconds=time.monotonic() - started,
                    reason=reason,
                )
            missing = 0
            if not was_cancelled:
                gone: list[int] = []
                for folder in the_plan.folders:
                    prefix = str(folder).rstrip(os.sep) + os.sep
                    for p, doc_id in store_docs.paths_under(db, prefix).items():
                        if p not in seen and not os.path.exists(p):
                            gone.append(doc_id)
                for p in the_plan.vanished:
                    row = store_docs.find_by_path(db, str(p))
                    if row is not None:
                        gone.append(row["id"])
                    else:
                        failed.append(FailedFile(str(p), "no such file or folder"))
                missing = store_docs.mark_missing(db, gone)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)
    return ImportReport(
        added=counts["added"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        missing=missing,
        failed=tuple(failed),
        seconds=time.monotonic() - started,
        cancelled=was_cancelled,
        bytes=bytes_done,
    )
