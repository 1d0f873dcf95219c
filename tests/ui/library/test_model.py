"""The library models pass qtmodeltester, sort on the Python side and filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ftz_desktop.records import DocumentSummary
from ftz_desktop.ui.common.formatting import human_size
from ftz_desktop.ui.common.roles import DOC_ID_ROLE
from ftz_desktop.ui.library.model import LibraryFilterProxy, LibraryTableModel


def summaries(n: int = 30) -> list[DocumentSummary]:
    zones = ["上海", "海南", "新疆", "黑龙江", "广东"]
    return [
        DocumentSummary(
            doc_id=i + 1,
            path=f"/docs/{zones[i % 5]}/{i:03d}.txt",
            title=f"{zones[i % 5]}试验区材料{i:03d}",
            date=None if i % 7 == 0 else f"20{13 + i % 11:02d}-0{1 + i % 9}-15",
            source=None if i % 4 == 0 else "测试来源",
            format="txt" if i % 3 else "md",
            size=1000 + (i * 7919) % 5000,
            chars=300 + i,
            imported="2024-01-01T00:00:00",
            missing=i % 10 == 9,
        )
        for i in range(n)
    ]


def test_library_model_passes_modeltester(qtmodeltester):
    model = LibraryTableModel()
    model.set_documents(summaries())
    qtmodeltester.check(model)


def test_library_proxy_passes_modeltester_while_filtering_and_sorting(qtmodeltester):
    model = LibraryTableModel()
    model.set_documents(summaries())
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("海南")
    assert proxy.rowCount() == 6
    proxy.sort(LibraryTableModel.SIZE, Qt.SortOrder.DescendingOrder)
    sizes = [proxy.index(r, 0).data(DOC_ID_ROLE) for r in range(proxy.rowCount())]
    docs = {d.doc_id: d for d in summaries()}
    assert [docs[i].size for i in sizes] == sorted((docs[i].size for i in sizes), reverse=True)
    qtmodeltester.check(proxy)


def test_library_model_sorts_and_keeps_persistent_indexes():
    model = LibraryTableModel()
    model.set_documents(summaries())
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(model.index(3, 0))
    doc_id = keep.data(DOC_ID_ROLE)
    model.sort(LibraryTableModel.DATE, Qt.SortOrder.AscendingOrder)
    dates = [model.document_at(r).date or "" for r in range(model.rowCount())]
    assert dates == sorted(dates)
    assert keep.data(DOC_ID_ROLE) == doc_id
    model.sort(-1)
    assert [model.document_at(r).doc_id for r in range(model.rowCount())] == list(range(1, 31))


def test_library_model_shows_missing_and_size():
    model = LibraryTableModel()
    model.set_documents(summaries())
    assert model.index(9, LibraryTableModel.MISSING).data() == "missing"
    assert model.index(0, LibraryTableModel.MISSING).data() == ""
    assert human_size(2048) == "2.0 KB" and human_size(10) == "10 B"


def test_a_group_of_copies_is_one_row_unless_asked(qtmodeltester):
    import dataclasses

    docs = summaries(6)
    docs[3] = dataclasses.replace(docs[3], duplicate_of=1)
    docs[5] = dataclasses.replace(docs[5], duplicate_of=1)
    model = LibraryTableModel()
    model.set_documents(docs)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    shown = [proxy.index(r, 0).data(DOC_ID_ROLE) for r in range(proxy.rowCount())]
    assert shown == [1, 2, 3, 5]
    assert proxy.index(0, 0).data().endswith("3 copies")
    model.set_show_copies(True)
    proxy.invalidate()
    assert proxy.rowCount() == 6 and not proxy.index(0, 0).data().endswith("copies")
