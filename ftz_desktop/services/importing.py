"""Importing files and folders into a library: walk, skip what is unchanged, parse, index, report.

``run_import`` is a generator: it yields an ImportProgress after each file and returns the
ImportReport, so the CLI runs it in a loop and the GUI runs the same generator on a worker thread.
Work is committed in batches; each file sits in its own savepoint, so a failure (or a killed
process) never leaves half a document behind, and the next import picks up where this one ended.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ftz_desktop.core import importers
from ftz_desktop.errors import UnreadableFile
from ftz_desktop.records import FailedFile, ImportProgress, ImportReport
from ftz_desktop.store import documents as store_docs

log = logging.getLogger(__name__)

BATCH_FILES = 400
BATCH_BYTES = 16 * 1024 * 1024


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
                elif entry.is_file() and Path(entry.name).suffix.lower() in importers.SUPPORTED_SUFFIXES:
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
        p = Path(raw).expanduser().absolute()
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


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "file disappeared during import"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return exc.strerror or str(exc)


def import_file(db: sqlite_utils.Database, path: Path, imported: str) -> tuple[str, str | None, int]:
    """Import one file inside the caller's transaction: (status, failure reason, bytes read)."""
    key = str(path)
    try:
        st = path.stat()
    except OSError as exc:
        return "failed", _reason(exc), 0
    existing = store_docs.find_by_path(db, key)
    if (
        existing is not None
        and existing["size"] == st.st_size
        and existing["mtime_ns"] == st.st_mtime_ns
        and not existing["missing"]
    ):
        return "unchanged", None, 0
    try:
        data = path.read_bytes()
    except OSError as exc:
        return "failed", _reason(exc), 0
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if existing is not None and existing["hash"] == digest:
        store_docs.touch(db, existing["id"], size=st.st_size, mtime_ns=st.st_mtime_ns)
        return "unchanged", None, len(data)
    try:
        doc = importers.read_document(path, data)
    except UnreadableFile as exc:
        return "failed", str(exc), len(data)
    meta = {"tags": list(doc.tags)} if doc.tags else {}
    store_docs.upsert(
        db,
        doc_id=existing["id"] if existing else None,
        path=key,
        hash=digest,
        format=doc.format,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        encoding=doc.encoding,
        meta=meta,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        text=doc.text,
        paragraphs=doc.paragraphs,
        imported=imported,
    )
    return ("updated" if existing else "added"), None, len(data)


def run_import(
    db: sqlite_utils.Database,
    paths: Sequence[str | Path],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[ImportProgress]:
    """Import ``paths`` into ``db``; yields progress per file, returns the ImportReport."""
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
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for done, path in enumerate(the_plan.files, start=1):
            if cancelled is not None and cancelled():
                was_cancelled = True
                break
            seen.add(str(path))
            conn.execute("SAVEPOINT one_file")
            try:
                status, reason, nbytes = import_file(db, path, imported)
                conn.execute("RELEASE one_file")
            except Exception as exc:  # a bug or a database error: this file only
                conn.execute("ROLLBACK TO one_file")
                conn.execute("RELEASE one_file")
                log.exception("import of %s failed", path)
                status, reason, nbytes = "failed", f"internal error: {type(exc).__name__}: {exc}", 0
            if status == "failed":
                failed.append(FailedFile(str(path), reason or "unknown error"))
            else:
                counts[status] += 1
            bytes_done += nbytes
            batch_files += 1
            batch_bytes += nbytes
            if batch_files >= BATCH_FILES or batch_bytes >= BATCH_BYTES:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
                batch_files = batch_bytes = 0
            yield ImportProgress(
                done=done, total=total, path=str(path), status=status,
                bytes_done=bytes_done, seconds=time.monotonic() - started, reason=reason,
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
        conn.execute("COMMIT")
    except GeneratorExit:
        # the consumer stopped listening: every finished file is whole, so keep them
        conn.execute("COMMIT")
        raise
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ImportReport(
        added=counts["added"], updated=counts["updated"], unchanged=counts["unchanged"],
        missing=missing, failed=tuple(failed), seconds=time.monotonic() - started,
        cancelled=was_cancelled, bytes=bytes_done,
    )
