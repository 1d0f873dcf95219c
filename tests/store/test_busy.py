"""A write that finds the library locked by another process waits and retries; it never fails
with "database is locked" while the other writer finishes."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from ftz_desktop.store import db as store_db


def test_begin_immediate_retries_until_the_other_writer_is_done(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    store_db.connect(path).conn.close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process importing
    waiter = sqlite3.connect(path, isolation_level=None, timeout=0)  # SQLite itself gives up at once
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    started = time.monotonic()
    store_db.begin_immediate(waiter)
    waiter.execute("COMMIT")
    assert time.monotonic() - started >= 0.25
    holder.close()
    waiter.close()


def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        store_db.begin_immediate(conn)  # "cannot start a transaction within a transaction"
    except sqlite3.OperationalError as exc:
        assert "within a transaction" in str(exc)
    else:
        raise AssertionError("expected an error")
    assert time.monotonic() - started < 0.05
