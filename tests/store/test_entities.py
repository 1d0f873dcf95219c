"""The entities table: migration, packing, replacing on re-import, aggregates, cascade."""

from __future__ import annotations

import json
from pathlib import Path

from ftz_desktop.records import Entity
from ftz_desktop.store import db as store_db
from ftz_desktop.store import entities as store_entities


def _doc(db, path: str) -> int:
    cur = db.execute(
        "INSERT INTO documents (path, hash, format, title, size, chars, imported) VALUES (?,?,?,?,?,?,?)",
        [path, "h", "txt", path, 1, 1, "2026-01-01"],
    )
    return cur.lastrowid


def test_migration_creates_the_table_and_indexes(tmp_path: Path) -> None:
    db = store_db.connect(tmp_path / "l.sqlite")
    assert "entities" in db.table_names()
    indexes = {r[1] for r in db.execute("PRAGMA index_list(entities)").fetchall()}
    assert {"entities_kind_name", "entities_zone"} <= indexes
    assert store_entities.get_version(db) is None  # nothing extracted yet


def test_pack_groups_mentions() -> None:
    rows = store_entities.pack(
        [
            Entity("zone", "中国（黑龙江）自由贸易试验区", 10, 18, "heilongjiang", "黑龙江自贸区"),
            Entity("person", "王文涛", 30, 33, None, "王文涛", "商务部部长"),
            Entity("zone", "中国（黑龙江）自由贸易试验区", 0, 8, "heilongjiang", "黑龙江自贸区"),
            Entity("person", "王文涛", 50, 53, None, "王文涛", None),
        ]
    )
    by_kind = {r[0]: r for r in rows}
    zone = by_kind["zone"]
    assert zone[1:4] == ("中国（黑龙江）自由贸易试验区", "heilongjiang", 2)
    assert json.loads(zone[4]) == [[0, 8], [10, 18]]
    assert zone[4] == json.dumps([[0, 8], [10, 18]], separators=(",", ":"))  # as stored before
    assert by_kind["person"][5] == "商务部部长"


def test_pack_breaks_a_tie_of_details_by_the_text_not_the_hash_seed() -> None:
    """Two titles as common and as long: the first in the text wins, in any process (a set's order
    changed with the hash seed, so two imports of one file disagreed)."""
    mentions = [
        Entity("person", "李明", 40, 42, None, "李明", "同志"),
        Entity("person", "李明", 10, 12, None, "李明", "主席"),
        Entity("person", "李明", 70, 72, None, "李明", "省长"),
    ]
    assert store_entities.pack(mentions)[0][5] == "主席"
    assert store_entities.pack([*mentions, Entity("person", "李明", 90, 92, None, "李明", "同志")])[0][5] == "同志"


def test_replace_and_read_back(tmp_path: Path) -> None:
    db = store_db.connect(tmp_path / "l.sqlite")
    a, b = _doc(db, "a"), _doc(db, "b")
    store_entities.replace(
        db,
        a,
        store_entities.pack(
            [
                Entity("area", "绥芬河片区", 0, 5, "heilongjiang", "绥芬河片区"),
                Entity("area", "绥芬河片区", 9, 12, "heilongjiang", "绥芬河"),
                Entity("org", "商务部", 20, 23, None, "商务部"),
            ]
        ),
    )
    store_entities.replace(
        db, b, store_entities.pack([Entity("area", "绥芬河片区", 3, 8, "heilongjiang", "绥芬河片区")])
    )
    assert sorted(r[0] for r in store_entities.for_document(db, a)) == ["area", "org"]
    area = [r for r in store_entities.for_document(db, a) if r[0] == "area"][0]
    assert area[3] == [(0, 5), (9, 12)]
    agg = store_entities.aggregate(db)
    assert agg[0][:4] == ("area", "绥芬河片区", "heilongjiang", 3)
    assert agg[0][4] == [(a, 2), (b, 1)]
    assert [r[1] for r in store_entities.aggregate(db, doc_ids=[b])] == ["绥芬河片区"]
    assert [r[1] for r in store_entities.aggregate(db, kind="org")] == ["商务部"]
    assert store_entities.docs_with(db, "area", ["绥芬河片区"]) == [a, b]
    # a re-import replaces the document's rows
    store_entities.replace(db, a, ())
    assert store_entities.for_document(db, a) == []
    assert store_entities.aggregate(db)[0][3] == 1


def test_limit_is_per_kind(tmp_path: Path) -> None:
    db = store_db.connect(tmp_path / "l.sqlite")
    a = _doc(db, "a")
    ents = [Entity("place", f"地{i}", i * 3, i * 3 + 2) for i in range(5)]
    ents += [Entity("org", f"机构{i}", 100 + i * 4, 103 + i * 4) for i in range(5)]
    store_entities.replace(db, a, store_entities.pack(ents))
    agg = store_entities.aggregate(db, limit=2)
    assert sorted(r[0] for r in agg) == ["org", "org", "place", "place"]


def test_deleting_a_document_deletes_its_entities(tmp_path: Path) -> None:
    db = store_db.connect(tmp_path / "l.sqlite")
    a = _doc(db, "a")
    store_entities.replace(db, a, store_entities.pack([Entity("org", "商务部", 0, 3)]))
    db.execute("DELETE FROM documents WHERE id = ?", [a])
    assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 0


def test_version_setting(tmp_path: Path) -> None:
    db = store_db.connect(tmp_path / "l.sqlite")
    store_entities.set_version(db, "1:abc")
    assert store_entities.get_version(db) == "1:abc"
    store_entities.set_version(db, "1:def")
    assert store_entities.get_version(db) == "1:def"
