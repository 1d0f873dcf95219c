"""Saved searches and collections on libraries the tests build: counts, "new since last opened",
membership, nesting, the in: filter, exports, and one transaction per edit."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ftz_desktop.errors import QueryError, UserError

FIRST = {
    "a.txt": "上海自贸试验区扩大开放\n2021-04-01\n来源：新华社\n\n上海自贸试验区扩大开放，推进制度创新。",
    "b.md": "---\ntitle: 海南自由贸易港开放\ndate: 2023-08-30\nsource: 商务部\n---\n\n海南自由贸易港推进开放。",
    "c.txt": "口岸建设\n\n边境口岸建设加快，没有提到那个词。",
}
LATER = {
    "d.txt": "广西自贸试验区开放新举措\n2024-02-01\n\n广西自贸试验区推进开放。",
    "e.txt": "又一篇口岸\n\n口岸通关。",
}


@pytest.fixture
def lib(make_library, write_folder):
    return make_library(write_folder(FIRST, "first"))


def _ids(lib):
    return {d.title: d.doc_id for d in lib.documents()}


def test_saved_search_counts_and_new_since_last_opened(lib, write_folder, monkeypatch):
    s = lib.saved.add("开放的文件", "开放")
    assert (s.name, s.query, s.count, s.new) == ("开放的文件", "开放", 2, 0)
    lib.saved.opened("开放的文件", when="2000-01-01T00:00:00+00:00")  # opened long ago: all is new
    assert lib.saved.get("开放的文件").new == 2
    lib.saved.opened("开放的文件", when="2029-01-01T00:00:00+00:00")
    assert lib.saved.get("开放的文件").new == 0
    # the next import happens after that opening (its clock says 2030)
    monkeypatch.setattr("ftz_desktop.services.importing._now", lambda: "2030-01-01T00:00:00+00:00")
    lib.import_all([write_folder(LATER, "later")])
    s = lib.saved.get("开放的文件")
    assert (s.count, s.new) == (3, 1)  # d.txt is new and matches; e.txt is new but does not match
    assert lib.saved.get("开放的文件").new == 1  # looking does not open it
    # opening returns the counts as they were, and nothing is new afterwards
    assert lib.saved.opened("开放的文件", when="2030-01-01T00:00:01+00:00").new == 1
    assert lib.saved.get("开放的文件").new == 0


def test_saved_search_new_counts_documents_imported_after_opening(lib, write_folder):
    lib.saved.add("口岸", "口岸")
    lib.saved.opened("口岸", when="1999-12-31T23:59:59+00:00")
    lib.import_all([write_folder(LATER, "later")])
    # the import stamped every document after 1999: both documents with 口岸 are new
    assert (lib.saved.get("口岸").count, lib.saved.get("口岸").new) == (2, 2)


def test_saved_search_add_replace_list_remove(lib):
    lib.saved.add("b", "口岸")
    lib.saved.add("A", "开放 date:2023")
    assert [s.name for s in lib.saved.entries()] == ["A", "b"]
    lib.saved.add("a", "开放")  # the same name whatever its ASCII case: the query is replaced
    assert [(s.name, s.query, s.count) for s in lib.saved.entries()] == [("A", "开放", 2), ("b", "口岸", 1)]
    lib.saved.remove("B")
    assert [s.name for s in lib.saved.entries()] == ["A"]
    with pytest.raises(UserError):
        lib.saved.remove("b")
    with pytest.raises(QueryError):
        lib.saved.add("bad", "开放 date:2023-13")
    with pytest.raises(UserError):
        lib.saved.add("  ", "开放")
    with pytest.raises(UserError):
        lib.saved.get("nothing")


def test_collections_membership_nesting_and_in_filter(lib):
    ids = _ids(lib)
    a, b, c = ids["上海自贸试验区扩大开放"], ids["海南自由贸易港开放"], ids["口岸建设"]
    assert lib.collections.add("报告/2024", [a, b]) == 2
    assert lib.collections.add("报告/2024", [b]) == 0  # already there
    assert lib.collections.add("报告", [c]) == 1
    assert lib.collections.add("海南", [b]) == 1  # a document in several collections
    listed = {x.name: (x.count, x.total) for x in lib.collections.entries()}
    assert listed == {"报告": (1, 3), "报告/2024": (2, 2), "海南": (1, 1)}
    assert set(lib.collections.of_document(b)) == {"报告/2024", "海南"}
    found = lambda query: {h.doc_id for h in lib.search(query, limit=None).hits}  # noqa: E731
    assert found("in:报告/2024") == {a, b}
    assert found("in:报告") == {a, b, c}  # nested ones too
    assert found("开放 in:报告") == {a, b}
    assert found("in:报告 -in:海南") == {a, c}
    assert found("in:报告/2") == set()  # a name, not a prefix of one
    assert found('in:"报告/2024"') == {a, b}
    assert lib.collections.remove("报告/2024", [a]) == 1
    assert found("in:报告") == {b, c}
    assert lib.collections.remove("海南") == 1  # the collection goes, the document stays
    assert found("in:海南") == set()
    assert lib.count() == 3
    with pytest.raises(UserError):
        lib.collections.add("报告", [9999])
    assert found("in:报告") == {b, c}  # nothing was changed by the refused edit
    with pytest.raises(UserError):
        lib.collections.remove("nothing")


def test_collection_facets_and_documents(lib):
    ids = _ids(lib)
    lib.collections.add("报告", list(ids.values()))
    docs = lib.collections.documents("报告")
    assert [d.date for d in docs] == ["2021-04-01", "2023-08-30", None]  # by date, undated last
    with pytest.raises(UserError):
        lib.collections.documents("nothing")


def test_collection_export_documents_and_annotations(lib):
    ids = _ids(lib)
    a, b, c = ids["上海自贸试验区扩大开放"], ids["海南自由贸易港开放"], ids["口岸建设"]
    lib.collections.add("报告/2024", [a, b])
    lib.annotations.create_from_quote(a, "制度创新", note="要点", tags=["创新"])
    lib.annotations.create_from_quote(c, "口岸", note="不在集合里")
    lib.annotations.add_document_tags(b, ["海南"])
    lib.annotations.add_document_tags(c, ["口岸"])
    md = lib.collections.export("报告", "md")
    assert md.startswith("# 报告\n\n2 documents\n")
    assert "**上海自贸试验区扩大开放** — 2021-04-01 · 新华社" in md and "`" + lib.document(a).path + "`" in md
    assert "> 制度创新" in md and "要点" in md and "不在集合里" not in md
    rows = list(csv.DictReader(io.StringIO(lib.collections.export("报告", "csv"))))
    assert [(r["title"], r["date"], r["source"]) for r in rows] == [
        ("上海自贸试验区扩大开放", "2021-04-01", "新华社"),
        ("海南自由贸易港开放", "2023-08-30", "商务部"),
    ]
    notes = list(csv.DictReader(io.StringIO(lib.collections.export("报告", "csv", annotations=True))))
    assert [r["note"] for r in notes] == ["要点"]
    data = json.loads(lib.collections.export("报告", "w3c"))
    assert data["type"] == "AnnotationCollection"
    bodies = json.dumps(data, ensure_ascii=False)
    assert "要点" in bodies and "海南" in bodies and "不在集合里" not in bodies and "口岸" not in bodies
    with pytest.raises(UserError):
        lib.collections.export("报告", "pdf")


def test_each_edit_is_its_own_transaction(lib):
    """A refused edit leaves nothing half-done, and a done one is committed at once (another
    connection sees it)."""
    import sqlite3

    ids = _ids(lib)
    lib.collections.add("x", [next(iter(ids.values()))])
    lib.saved.add("s", "开放")
    other = sqlite3.connect(lib.path)
    assert other.execute("SELECT count(*) FROM collection_documents").fetchone()[0] == 1
    assert other.execute("SELECT name FROM saved_searches").fetchall() == [("s",)]
    other.close()
    with pytest.raises(UserError):
        lib.collections.add("y", [*ids.values(), 4242])
    assert [c.name for c in lib.collections.entries()] == ["x"]
