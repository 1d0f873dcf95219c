"""The library listing model on a real library: it passes qtmodeltester, reads rows as they are
shown, sorts and filters in the store (in workers), keeps selections across a new order, and
takes in an import's documents as insertions — never a reset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from ftz_desktop.store import listing
from ftz_desktop.ui.common.formatting import human_size
from ftz_desktop.ui.common.roles import DOC_ID_ROLE
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.library.model import BLOCK, LibraryTableModel

ZONES = ["上海", "海南", "新疆", "黑龙江", "广东"]


def write_docs(folder: Path, start: int, n: int) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(start, start + n):
        zone = ZONES[i % 5]
        day = f"20{13 + i % 11:02d}-0{1 + i % 9}-15"
        (folder / f"{i:04d}.md").write_text(
            f"---\ntitle: {zone}试验区材料{i:04d}\ndate: {day}\nsource: 来源{i % 4}\n---\n\n{zone}的第{i}份材料。"
            + "字" * (i % 50),
            encoding="utf-8",
        )


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def library(make_library, tmp_path):
    folder = tmp_path / "docs"
    write_docs(folder, 0, 150)
    return make_library(folder)


def listed(model: LibraryTableModel, qtbot, action) -> None:
    with qtbot.waitSignal(model.listed, timeout=10_000):
        action()


def read_all(model: LibraryTableModel, qtbot) -> None:
    """Ask for every row, as a view scrolling through would, and wait until they are read."""
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    qtbot.waitUntil(lambda: all(model.document_at(r) for r in range(model.rowCount())), timeout=10_000)


def test_the_model_passes_modeltester_and_reads_rows_as_they_are_shown(library, runner, qtbot, qtmodeltester):
    model = LibraryTableModel(runner=runner)
    listed(model, qtbot, lambda: model.set_library(library))
    assert model.rowCount() == 150 and model.total() == 150
    assert model.document_at(0) is None  # nothing read before it is shown
    assert model.index(0, 0).data() == ""  # a blank row, and a block asked for
    qtbot.waitUntil(lambda: model.document_at(0) is not None, timeout=10_000)
    assert model.index(0, 0).data() == "上海试验区材料0000"
    assert model.document_at(BLOCK) is None  # only the block shown
    qtmodeltester.check(model)
    read_all(model, qtbot)
    qtmodeltester.check(model)
    assert model.index(3, LibraryTableModel.FORMAT).data() == "MD"
    assert human_size(2048) == "2.0 KB"


def test_sorting_happens_in_the_store_and_keeps_the_selection(library, runner, qtbot):
    model = LibraryTableModel(runner=runner)
    listed(model, qtbot, lambda: model.set_library(library))
    keep = QPersistentModelIndex(model.index(3, 0))
    doc_id = keep.data(DOC_ID_ROLE)
    listed(model, qtbot, lambda: model.sort(LibraryTableModel.SIZE, Qt.SortOrder.DescendingOrder))
    assert keep.isValid() and keep.data(DOC_ID_ROLE) == doc_id and keep.row() != 3
    read_all(model, qtbot)
    sizes = [model.document_at(r).size for r in range(model.rowCount())]
    assert sizes == sorted(sizes, reverse=True)
    listed(model, qtbot, lambda: model.sort(LibraryTableModel.TITLE, Qt.SortOrder.AscendingOrder))
    read_all(model, qtbot)
    titles = [model.document_at(r).title for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    listed(model, qtbot, lambda: model.sort(-1))
    assert model.ids() == sorted(model.ids())


def test_the_filter_runs_in_the_store(library, runner, qtbot):
    model = LibraryTableModel(runner=runner)
    listed(model, qtbot, lambda: model.set_library(library))
    listed(model, qtbot, lambda: model.set_filter("海南"))
    assert model.rowCount() == 30 and model.total() == 150
    read_all(model, qtbot)
    assert all("海南" in model.document_at(r).title for r in range(30))
    listed(model, qtbot, lambda: model.set_filter("来源3"))  # the source column
    assert model.rowCount() == 37
    listed(model, qtbot, lambda: model.set_filter("100%"))  # LIKE's wildcards are plain text
    assert model.rowCount() == 0
    listed(model, qtbot, lambda: model.set_filter(""))
    assert model.rowCount() == 150


@pytest.mark.parametrize("column", [-1, LibraryTableModel.TITLE])
def test_an_import_inserts_rows_and_never_resets(library, runner, tmp_path, qtbot, qtmodeltester, column):
    model = LibraryTableModel(runner=runner)
    listed(model, qtbot, lambda: model.set_library(library))
    if column >= 0:
        listed(model, qtbot, lambda: model.sort(column, Qt.SortOrder.AscendingOrder))
    model.index(0, 0).data()
    qtbot.waitUntil(lambda: model.document_at(0) is not None, timeout=10_000)
    keep = QPersistentModelIndex(model.index(5, 0))
    kept = keep.data(DOC_ID_ROLE)
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.layoutChanged.connect(lambda *_: inserted.append(("layout",)))
    more = tmp_path / "more"
    write_docs(more, 1000, 30)
    library.import_all([more])
    listed(model, qtbot, model.refresh)
    assert model.rowCount() == 180 and model.total() == 180
    assert resets == [] and inserted
    if column < 0:
        assert inserted == [(150, 179)]  # in import order: appended at the end
    assert keep.data(DOC_ID_ROLE) == kept
    assert model.ids() == listing.ordered_ids(library._db(), *model.sort_key()).tolist()
    qtmodeltester.check(model)


def test_insertions_are_runs_or_none():
    assert listing.insertions([1, 2, 3], [1, 2, 3, 4, 5]) == [(3, [4, 5])]
    assert listing.insertions([1, 3], [0, 1, 2, 3]) == [(0, [0]), (2, [2])]
    assert listing.insertions([1, 2, 3], [2, 1, 3]) is None  # moved
    assert listing.insertions([1, 2, 3], [1, 3]) is None  # gone


def test_a_group_of_copies_is_one_row_unless_asked(make_library, tmp_path, runner, qtbot, qtmodeltester):
    story = "中国（黑龙江）自由贸易试验区哈尔滨片区今年新设企业1200家，同比增长三成。" * 3
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("哈尔滨片区新设企业\n\n" + story, encoding="utf-8")
    (folder / "b.md").write_text("# 哈尔滨片区新设企业\n\n" + story, encoding="utf-8")
    (folder / "c.txt").write_text("哈尔滨片区新设企业\n\n" + story + "（来源：某网）", encoding="utf-8")
    (folder / "d.txt").write_text("跨境金融培训\n\n三十家企业参加培训，外资银行介绍结算新规。", encoding="utf-8")
    model = LibraryTableModel(runner=runner)
    listed(model, qtbot, lambda: model.set_library(make_library(folder)))
    assert model.rowCount() == 2 and model.total() == 4
    read_all(model, qtbot)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0].endswith("3 copies") and not titles[1].endswith("copies")
    qtmodeltester.check(model)
    listed(model, qtbot, lambda: model.set_show_copies(True))
    read_all(model, qtbot)
    assert model.rowCount() == 4
    assert not any(model.index(r, 0).data().endswith("copies") for r in range(4))
    qtmodeltester.check(model)
