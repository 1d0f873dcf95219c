"""Opening a library: WAL, foreign keys, schema version and forward-only migrations."""

from __future__ import annotations

import pytest

from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs


def _doc(db, path="/x/a.txt", text="中国（海南）自由贸易试验区", title="标题"):
    return store_docs.upsert(
        db,
        doc_id=None,
        path=path,
        hash="h1",
        format="txt",
        title=title,
        date="2024-05",
        source=None,
        encoding="utf-8",
        meta={},
        size=10,
        mtime_ns=1,
        prepared=store_docs.prepare_text(title, text, ((0, len(text)),)),
        imported="2026-01-01T00:00:00+00:00",
    )


def test_new_library_is_wal_with_foreign_keys_and_current_schema(tmp_path):
    db = store_db.connect(tmp_path / "lib.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store_db.schema_version(db) == store_db.SCHEMA_VERSION
    assert {"documents", "texts", "search", "settings"} <= set(db.table_names())


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path):
    path = tmp_path / "lib.sqlite"
    db = store_db.connect(path)
    doc_id = _doc(db)
    db.conn.close()
    db2 = store_db.connect(path)
    assert store_docs.get(db2, doc_id).text == "中国（海南）自由贸易试验区"
    assert store_db.migrate_forward(db2) == store_db.SCHEMA_VERSION


def test_a_newer_library_is_refused_not_damaged(tmp_path):
    path = tmp_path / "lib.sqlite"
    db = store_db.connect(path)
    _doc(db)
    db.execute(f"PRAGMA user_version = {store_db.SCHEMA_VERSION + 1}")
    db.conn.close()
    with pytest.raises(store_db.NewerLibraryError):
        store_db.connect(path)
    db3 = store_db.connect(path, migrate=False)
    assert store_docs.count(db3) == 1


def test_migrations_run_in_order_from_an_older_version(tmp_path, monkeypatch):
    calls = []

    def v2(db):
        calls.append("v2")
        db.execute("ALTER TABLE documents ADD COLUMN note TEXT")

    path = tmp_path / "lib.sqlite"
    db = store_db.connect(path)
    _doc(db)
    db.conn.close()
    monkeypatch.setattr(store_db, "MIGRATIONS", [*store_db.MIGRATIONS, v2])
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", len(store_db.MIGRATIONS))
    db2 = store_db.connect(path)
    assert calls == ["v2"]
    assert store_db.schema_version(db2) == store_db.SCHEMA_VERSION
    assert store_docs.count(db2) == 1  # user data kept
    assert "note" in db2["documents"].columns_dict


def test_reindex_replaces_the_old_tokens(tmp_path):
    db = store_db.connect(tmp_path / "lib.sqlite")
    doc_id = _doc(db, text="旧的文本：保税区")
    store_docs.upsert(
        db,
        doc_id=doc_id,
        path="/x/a.txt",
        hash="h2",
        format="txt",
        title="标题",
        date=None,
        source=None,
        encoding="utf-8",
        meta={},
        size=11,
        mtime_ns=2,
        prepared=store_docs.prepare_text("标题", "新的文本：综合保税区", ((0, 10),)),
        imported="2026-01-02T00:00:00+00:00",
    )
    match = lambda s: db.execute(  # noqa: E731
        "SELECT rowid FROM search WHERE search MATCH ?", ['"' + " ".join(s) + '"']
    ).fetchall()
    assert match("综合") == [(doc_id,)]
    assert match("旧的") == []
    db.execute("INSERT INTO search (search, rank) VALUES ('integrity-check', 0)")
