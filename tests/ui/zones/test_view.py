"""The Zones view on a real library: compare and over-time charts, hover, click, exclusion, export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ftz_desktop.services.library import Library
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.zones.view import ZonesView

DOCS = {
    "lyg.txt": "---\ndate: 2024-03-01\n---\n截至2023年底，自贸区连云港片区累计形成制度创新成果120项。\n",
    "sfh.txt": "---\ndate: 2024-05-01\n---\n2023年，绥芬河片区全年新设企业900户，形成制度创新成果80项。\n"
    "2022年，绥芬河片区形成制度创新成果60项。\n",
    "cq.txt": "---\ndate: 2024-06-01\n---\n2023年，重庆自贸试验区新增注册企业15000户，新形成30项制度创新成果。\n",
}


@pytest.fixture
def lib(make_library, write_folder):
    return make_library(write_folder(DOCS))


@pytest.fixture
def view(qtbot, lib: Library) -> ZonesView:
    v = ZonesView(None)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.set_library(lib)
    return v


def test_compare_bars_sorted_with_units_and_periods(view: ZonesView) -> None:
    assert view._bar_names == ["连云港片区", "绥芬河片区", "重庆"]
    assert [m.value for m in view._bars] == [120, 80, 30]
    assert view.plot.getAxis("left").labelText == "项"
    assert view._bars[1].period == "2023"  # the latest of 绥芬河's two figures


def test_model_passes_the_model_tester(qtmodeltester, view: ZonesView) -> None:
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)


def test_over_time_for_one_area(view: ZonesView) -> None:
    view.zone.setCurrentText("绥芬河片区")
    view.mode.setCurrentIndex(ZonesView.MODE_TIME)
    assert list(view._bar_names) == ["2022", "2023"]
    assert [m.value for m in view._bars] == [60, 80]


def test_hover_text_and_click_opens_the_sentence(qtbot, view: ZonesView, lib: Library) -> None:
    i = view.bar_at(1.0, 10.0)
    assert i == 1
    assert view.bar_at(1.0, 500.0) is None and view.bar_at(1.5, 10.0) is None
    tip = view.tooltip_for(1)
    assert "80项" in tip and "2023" in tip and "绥芬河片区" in tip
    with qtbot.waitSignal(view.document_requested) as sig:
        view.open_bar(1)
    doc_id, start, end, _label = sig.args
    text = lib.document(doc_id).text
    assert "80项" in text[start:end]


def test_exclusion_is_remembered_across_reimport(view: ZonesView, lib: Library, tmp_path: Path) -> None:
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.model.record(view.proxy.mapToSource(view.proxy.index(r, 0)).row()).value == 120
    )
    view.table.selectRow(row)
    view.toggle_excluded()
    assert "连云港片区" not in view._bar_names
    assert any(m.excluded for m in view.model.rows())
    # a changed file is re-imported: its rows are replaced, the exclusion stays
    path = tmp_path / "docs" / "lyg.txt"
    path.write_text(DOCS["lyg.txt"] + "另一段。\n", encoding="utf-8")
    lib.import_all([tmp_path / "docs"])
    assert [m.value for m in lib.metrics(area="连云港片区", category="institutional innovation")] == []
    assert [m.value for m in lib.metrics(area="连云港片区", include_excluded=True)] == [120]
    view.refresh()
    assert "连云港片区" not in view._bar_names


def test_exports(view: ZonesView, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    assert view.export_csv(out) == 4
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["value_text"] for r in rows} >= {"120项", "80项"}
    png = tmp_path / "chart.png"
    view.export_png(png, width=600)
    assert png.stat().st_size > 1000


def test_sorting_by_value(view: ZonesView) -> None:
    view.table.sortByColumn(4, view.table.horizontalHeader().sortIndicatorOrder().__class__.AscendingOrder)
    values = [
        view.model.record(view.proxy.mapToSource(view.proxy.index(r, 0)).row()).value
        for r in range(view.proxy.rowCount())
    ]
    assert values == sorted(values)


def test_queries_run_on_the_runner(qtbot, lib: Library) -> None:
    runner = TaskRunner()
    v = ZonesView(runner)
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.redrawn, timeout=10_000):
        v.set_library(lib)
    assert v._bar_names[0] == "连云港片区"
    runner.wait()


def test_main_window_opens_a_figure_with_its_sentence_highlighted(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "docs2"
    folder.mkdir()
    (folder / "sfh.txt").write_text(DOCS["sfh.txt"], encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        assert window.import_paths([folder])
    window.show_zones()
    assert window.reader_tabs.currentWidget() is window.zones_page  # a tab beside the reader tabs
    view = window.zones_page.ensure_view()
    qtbot.waitUntil(lambda: len(view._bars) == 1, timeout=10_000)
    view.open_bar(0)
    qtbot.waitUntil(
        lambda: (
            window.reader_tabs.current_reader() is not None and window.reader_tabs.current_reader().hit_count() == 1
        ),
        timeout=10_000,
    )


def test_zones_tab_closes_and_comes_back(qtbot, make_window) -> None:
    window = make_window()
    window.show_zones()
    index = window.reader_tabs.indexOf(window.zones_page)
    assert index == 1 and window.reader_tabs.tabText(1) == "Zones"  # after the document list
    window.reader_tabs.close_tab(index)
    assert window.reader_tabs.indexOf(window.zones_page) == -1
    window.show_zones()
    assert window.reader_tabs.indexOf(window.zones_page) == 1
    assert window.reader_tabs.doc_ids() == []  # not a document: not restored as one
