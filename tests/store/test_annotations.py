"""Annotation rows: schema, tags and nesting, re-anchoring of a document's annotations, backups."""

from __future__ import annotations

import json
import sqlite3

import pytest

from ftz_desktop.core.anchoring import build_selectors
from ftz_desktop.store import annotations as store
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs

TEXT = "海南自由贸易港实行零关税政策，推进贸易自由便利。\n上海自贸试验区推出一批制度创新成果，跨境电商快速发展。"


def _doc(db, text=TEXT, path="/x/a.txt", doc_id=None):
    return store_docs.upsert(
        db,
        doc_id=doc_id,
        path=path,
        hash="h",
        format="txt",
        title="标题",
        date="2024-05",
        source=None,
        encoding="utf-8",
        meta={},
        size=10,
        mtime_ns=1,
        prepared=store_docs.prepare_text("标题", text, ((0, len(text)),)),
        imported="2026-01-01T00:00:00+00:00",
    )


def _ann(db, doc_id, passage, *, tags=(), note="", text=TEXT, uuid=None):
    i = text.index(passage)
    ann_id = store.insert(
        db,
        uuid=uuid or f"u-{passage}",
        doc_id=doc_id,
        sel=build_selectors(text, i, i + len(passage)),
        note=note,
        color="yellow",
        status="anchored",
        created="t0",
        modified="t0",
    )
    store.set_annotation_tags(db, ann_id, tags)
    return ann_id


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    d = store_db.connect(tmp_path / "lib.sqlite")
    yield d
    d.conn.close()


def test_the_migration_adds_the_tables(db):
    assert {"annotations", "tags", "annotation_tags", "document_tags"} <= set(db.table_names())
    assert "uuid" in db["annotations"].columns_dict


def test_a_document_with_annotations_cannot_be_deleted_by_accident(db):
    doc = _doc(db)
    _ann(db, doc, "零关税政策")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM documents WHERE id = ?", [doc])
    assert store.count(db) == 1


def test_tags_nest_and_ignore_ascii_case(db):
    doc = _doc(db)
    a = _ann(db, doc, "零关税政策", tags=["政策/金融", "RCEP"])
    b = _ann(db, doc, "制度创新", tags=["政策", "rcep", " 待核实 "])
    c = _ann(db, doc, "跨境电商", tags=["政策金融"])  # not under 政策: a different word
    assert [t.name for t in store.tag_counts(db)] == ["RCEP", "待核实", "政策", "政策/金融", "政策金融"]
    assert store.get(db, b).tags == ("RCEP", "待核实", "政策")
    assert [x.id for x in store.select(db, tag="政策")] == [a, b]
    assert [x.id for x in store.select(db, tag="政策/金融")] == [a]
    assert [x.id for x in store.select(db, tag="Rcep")] == [a, b]
    assert [x.id for x in store.select(db, tag="政策金融")] == [c]


def test_deleting_an_annotation_removes_its_tag_links_but_not_the_tag(db):
    doc = _doc(db)
    a = _ann(db, doc, "零关税政策", tags=["待核实"])
    store.delete(db, a)
    assert db.execute("SELECT count(*) FROM annotation_tags").fetchone()[0] == 0
    assert [(t.name, t.count) for t in store.tag_counts(db)] == [("待核实", 0)]


def test_reanchor_document_moves_finds_approximately_and_orphans(db):
    doc = _doc(db)
    moved = _ann(db, doc, "跨境电商快速发展")
    edited = _ann(db, doc, "推出一批制度创新成果")
    gone = _ann(db, doc, "零关税政策")
    new = "上海自贸试验区推出一批制度创新成效，跨境电商快速发展。"
    counts = store.reanchor_document(db, doc, new)
    assert counts == {"position": 0, "quote": 1, "fuzzy": 1, "orphaned": 1}
    m = store.get(db, moved)
    assert (m.status, m.anchor, new[m.start : m.end]) == ("anchored", "quote", "跨境电商快速发展")
    e = store.get(db, edited)
    assert e.anchor == "fuzzy" and e.quote == "推出一批制度创新成效" and e.anchor_errors == 1
    assert e.original_quote == "推出一批制度创新成果" and e.modified != "t0"
    g = store.get(db, gone)
    assert g.status == "orphaned" and g.quote == "零关税政策" and (g.start, g.end) == (9, 14)
    # the passage comes back in a later version: the orphan is anchored again
    store.reanchor_document(db, doc, TEXT)
    assert store.get(db, gone).status == "anchored"
    assert store.get(db, gone).quote == "零关税政策"


def _pending_migration(monkeypatch):
    calls = []

    def v_next(db):
        calls.append(1)
        db.execute("CREATE TABLE later_feature (x)")

    monkeypatch.setattr(store_db, "MIGRATIONS", [*store_db.MIGRATIONS, v_next])
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", len(store_db.MIGRATIONS))
    return calls


def test_annotations_are_backed_up_before_a_migration(tmp_path, monkeypatch):
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "my-lib.sqlite"
    db = store_db.connect(path)
    doc = _doc(db)
    _ann(db, doc, "零关税政策", tags=["政策"], note="要核实", uuid="8f6f2b7e-3c49-4c1a-9b7c-2d1e0f5a6b7c")
    store.set_document_tags(db, doc, ["海南"])
    db.conn.close()
    calls = _pending_migration(monkeypatch)
    db2 = store_db.connect(path)
    assert calls == [1]
    files = list((tmp_path / "data" / "backups").glob("annotations-my-lib-*.json"))
    assert len(files) == 1
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    first = data["first"]["items"][0]
    assert first["id"] == "urn:uuid:8f6f2b7e-3c49-4c1a-9b7c-2d1e0f5a6b7c"
    assert first["target"]["selector"][0]["exact"] == "零关税政策"
    assert {"type": "TextualBody", "value": "政策", "purpose": "tagging"} in first["body"]
    assert data["first"]["items"][1]["motivation"] == "tagging"  # the document's own tag
    # no pending migration: no new backup
    db2.conn.close()
    store_db.connect(path).conn.close()
    assert len(list((tmp_path / "data" / "backups").glob("*.json"))) == 1


def test_a_failed_backup_stops_the_migration(tmp_path, monkeypatch):
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "lib.sqlite"
    db = store_db.connect(path)
    _ann(db, _doc(db), "零关税政策")
    db.conn.close()
    version = store_db.SCHEMA_VERSION
    calls = _pending_migration(monkeypatch)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "write_backup", full_disk)
    with pytest.raises(store_db.BackupError, match="No space left"):
        store_db.connect(path)
    assert calls == []
    assert store_db.schema_version(store_db.connect(path, migrate=False)) == version


def test_no_backup_for_a_library_without_annotations(tmp_path, monkeypatch):
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "lib.sqlite"
    db = store_db.connect(path)
    _doc(db)
    db.conn.close()
    _pending_migration(monkeypatch)
    store_db.connect(path).conn.close()
    assert not (tmp_path / "data" / "backups").exists()


def test_a_backup_file_is_whole_or_absent(db, tmp_path):
    _ann(db, _doc(db), "零关税政策")
    out = store.write_backup(db, tmp_path / "b", reason="test")
    again = store.write_backup(db, tmp_path / "b", reason="test")
    assert out != again  # two backups in the same second get two names
    assert not list((tmp_path / "b").glob("*.tmp"))
    assert json.loads(out.read_text(encoding="utf-8"))["total"] == 1
