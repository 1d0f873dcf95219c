"""The Zones view on a real library: one series per chart, the default period, areas apart from
zones, hover card and click, a disagreement chosen and remembered, exclusion, exports, over time,
Chinese text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from ftz_desktop.services.library import Library
from ftz_desktop.services.series import SeriesKey
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.zones import texts
from ftz_desktop.ui.zones.chart import AmountAxis, Hit, TimeAxis, day_number
from ftz_desktop.ui.zones.view import ZonesView

DOCS = {
    "a.txt": "---\ntitle: 重庆一月通报\ndate: 2024-02-01\n---\n2023年，重庆自贸试验区新增注册企业15000户，外贸进出口总额1200亿元。\n",
    "b.txt": "---\ntitle: 重庆三月通报\ndate: 2024-03-01\n---\n2023年，重庆自贸试验区新设企业16000户。\n",
    "c.txt": "---\ntitle: 上海年报\ndate: 2024-03-05\n---\n2023年，上海自贸试验区新设企业9000户。2022年，上海自贸试验区新设企业8000户。\n",
    "d.txt": "---\ntitle: 黑龙江片区\ndate: 2024-04-01\n---\n2023年，绥芬河片区新设企业1072户。2023年，哈尔滨片区新设企业3000户。\n",
    "e.txt": "---\ntitle: 福建年报\ndate: 2024-05-01\n---\n2022年，福建自贸试验区新设企业7000户，外贸进出口总额900亿元。\n",
}


@pytest.fixture
def lib(make_library, write_folder) -> Library:
    return make_library(write_folder(DOCS))


@pytest.fixture
def view(qtbot, lib: Library) -> ZonesView:
    v = ZonesView(None)
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitExposed(v)
    v.set_library(lib)
    return v


def bars(view: ZonesView) -> list[tuple[str, float]]:
    return [(p.place.name, p.value) for p in view.compare_chart.points]


def rows(view: ZonesView) -> list[tuple[str, str]]:
    """(status, value as written) of the rows the table shows."""
    out = []
    for r in range(view.proxy.rowCount()):
        m = view.model.record(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
        out.append((view.model.status(m)[0], m.value_text))
    return out


def test_compare_draws_one_series_for_the_period_most_zones_report(view: ZonesView) -> None:
    assert view.measure.currentData() == "新设企业"  # the measure reaching most zones
    assert view.period_kind.currentData() == "year" and view.period.currentData() == "2023"
    assert bars(view) == [("重庆", 16000), ("上海", 9000)]  # no area beside the zones
    assert view.compare_chart.amount_axis.unit == "万户"
    assert "2 places charted" in view.summary.text() and "5 records left out" in view.summary.text()
    assert sorted(rows(view)) == sorted(
        [
            ("charted", "16000户"),
            ("charted", "9000户"),
            ("conflict", "15000户"),
            ("other_period", "8000户"),
            ("other_period", "7000户"),
            ("area_level", "1072户"),
            ("area_level", "3000户"),
        ]
    )
    view.summary.linkActivated.emit("left")  # "show them": the records left out, with their reasons
    assert view.table_filter.currentIndex() == view.TABLE_LEFT_OUT
    assert {status for status, _v in rows(view)} == {"conflict", "other_period", "area_level"}
    reason = view.proxy.index(0, 0).data()
    assert reason and reason != "charted"


def test_model_passes_the_model_tester(qtmodeltester, view: ZonesView) -> None:
    assert view.model.rowCount() == 7
    qtmodeltester.check(view.model)


def test_choosing_the_period_and_the_measure_changes_the_series(view: ZonesView) -> None:
    with_2022 = view.period.findData("2022")
    view.period.setCurrentIndex(with_2022)
    assert bars(view) == [("上海", 8000), ("福建", 7000)]
    assert view.period.currentData() == "2022"
    view.measure.setCurrentIndex(view.measure.findData("外贸进出口总额"))
    assert view.period.currentData() == "2023"  # a new measure starts at its own default period
    assert bars(view) == [("重庆", 1200e8)]
    axis = view.compare_chart.amount_axis
    assert axis.unit == "亿元"
    ticks = axis.tickStrings([0.0, 5e10, 1e11, 1.5e11], 1.0, 5e10)
    assert ticks == ["0", "500", "1000", "1500"] and not any("e" in t for t in ticks)


def test_the_areas_of_one_zone_are_compared_apart(view: ZonesView) -> None:
    view.scope.setCurrentIndex(view.scope.findData("areas:heilongjiang"))
    assert "黑龙江" in view.scope.currentText()
    assert bars(view) == [("哈尔滨片区", 3000), ("绥芬河片区", 1072)]
    assert "across the areas of 黑龙江" in view.title.text()


def _bar_scene_pos(view: ZonesView, row: int) -> QPointF:
    chart = view.compare_chart
    p = chart.points[row]
    y = chart.rows - 1 - row
    return chart.getPlotItem().vb.mapViewToScene(QPointF(p.value / 2, y))


def test_hover_shows_both_values_where_documents_disagree_and_stays(qtbot, view: ZonesView) -> None:
    chart = view.compare_chart
    view._mouse_moved(_bar_scene_pos(view, 0))
    assert view.card.isVisible()
    text = view.card.text()
    assert "重庆" in text and "1.6万户" in text and "16000户" in text and "1.5万户" in text
    assert "重庆三月通报" in text and "重庆一月通报" in text  # both documents, with their sentences
    assert "2023" in text and "新设企业" in text
    empty = chart.getPlotItem().vb.mapViewToScene(QPointF(chart.points[0].value * 1.25, -0.5))
    view._mouse_moved(empty)  # over no bar: the card stays on screen
    assert view.card.isVisible() and view.card.hit is not None
    view._mouse_moved(_bar_scene_pos(view, 1))
    assert "上海" in view.card.text() and "disagree" not in view.card.text()


def test_a_click_on_a_bar_opens_its_sentence(qtbot, view: ZonesView, lib: Library) -> None:
    chart = view.compare_chart
    at = chart.mapFromScene(_bar_scene_pos(view, 1))
    with qtbot.waitSignal(view.document_requested, timeout=5_000) as sig:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(at.x(), at.y()))
    doc_id, start, end, _label = sig.args
    assert "9000户" in lib.document(doc_id).text[start:end]


def test_a_disagreeing_value_can_be_charted_and_is_remembered(qtbot, view: ZonesView, lib: Library) -> None:
    older = next(m for m in view.model.rows() if m.value_text == "15000户")
    assert older.id is not None and view.select_record(older.id)
    assert view.choose_button.isEnabled()
    view.choose_button.click()
    assert bars(view)[0] == ("重庆", 15000)
    assert view.comparison is not None and view.comparison.points[0].chosen
    assert view.select_record(next(m.id for m in view.model.rows() if m.value_text == "9000户"))
    assert not view.choose_button.isEnabled()  # no disagreement there
    other = ZonesView(None)
    qtbot.addWidget(other)
    other.set_library(lib)
    assert bars(other)[0] == ("重庆", 15000)


def test_exclusion_is_remembered_across_reimport(view: ZonesView, lib: Library, tmp_path: Path) -> None:
    shanghai = next(m for m in view.model.rows() if m.value_text == "9000户")
    assert shanghai.id is not None and view.select_record(shanghai.id)
    view.toggle_excluded()
    assert "上海" not in [n for n, _v in bars(view)]
    path = tmp_path / "docs" / "c.txt"
    path.write_text(DOCS["c.txt"] + "另一段。\n", encoding="utf-8")
    lib.import_all([tmp_path / "docs"])
    view.reload()
    assert "上海" not in [n for n, _v in bars(view)]
    assert ("excluded", "9000户") in rows(view)


def test_exports_carry_title_units_periods_and_sources(view: ZonesView, tmp_path: Path) -> None:
    out = tmp_path / "figures.csv"
    assert view.export_csv(out) == 7
    table = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    chongqing = next(r for r in table if r["value_text"] == "16000户")
    assert chongqing["document_title"] == "重庆三月通报" and chongqing["document_date"] == "2024-03-01"
    assert chongqing["document_path"].endswith("b.txt") and chongqing["in_chart"] == "1"
    assert chongqing["measure"] == "新设企业" and chongqing["period_kind"] == "year"
    assert next(r for r in table if r["value_text"] == "15000户")["reason"].startswith("documents disagree")
    png = tmp_path / "chart.png"
    view.export_image(png, width=900)
    image = QImage(str(png))
    assert image.width() == 900 and image.height() > 300
    assert "新设企业" in image.text("Title") and "2023" in image.text("Title")
    assert "万户" in image.text("Description")
    assert "重庆三月通报" in image.text("Source") and "上海年报" in image.text("Source")
    assert "重庆一月通报" in image.text("Source")  # the disagreeing value's document too
    svg = tmp_path / "chart.svg"
    view.export_image(svg)
    drawing = svg.read_text(encoding="utf-8")
    assert "<svg" in drawing and "新设企业" in drawing and "上海年报" in drawing


def test_over_time_one_line_per_measure_on_a_date_axis(view: ZonesView) -> None:
    view.set_mode(view.MODE_TIME)
    view.set_checked(places=["shanghai"])
    firms = SeriesKey("新设企业", "level", "year", "count")
    assert view.checked_series() == [firms]  # the place's series with most figures
    view.set_checked(places=["shanghai", "chongqing", "fujian"], series=[firms])
    t = view.timeline
    assert t is not None
    assert {line.place.name: [p.period for p in line.points] for line in t.lines} == {
        "上海": ["2022", "2023"],
        "重庆": ["2023"],
        "福建": ["2022"],
    }
    plot, lines, _ = view.time_chart.plots[0]
    shanghai = next(i for i, line in enumerate(lines) if line.place.name == "上海")
    xs = list(plot.listDataItems()[shanghai].getData()[0])
    assert xs == sorted(xs) and len(xs) == 2  # a real time axis: 2022 before 2023
    assert xs[1] - xs[0] == pytest.approx(365, abs=1)
    legend = [label.text for _sample, label in view.time_chart.legend.items]
    assert "上海 · 新设企业 (yearly)" in legend
    two = SeriesKey("外贸进出口总额", "level", "year", "cny")
    view.set_checked(places=["chongqing"], series=[firms, two])
    assert len(view.time_chart.plots) == 2  # two units: two plots on one time axis
    view._mouse_moved(
        view.time_chart.plots[0][0].vb.mapViewToScene(
            QPointF(view.time_chart.plots[0][0].listDataItems()[0].getData()[0][0], 16000)
        )
    )
    assert view.card.isVisible() and "重庆" in view.card.text()


def test_the_time_axis_writes_years_and_months() -> None:
    axis = TimeAxis()
    import datetime as dt

    values = axis.tickValues(day_number(dt.date(2019, 1, 1)), day_number(dt.date(2024, 12, 31)), 600)
    boundaries, labelled = values[0][1], values[1][1]
    assert len(boundaries) >= 5 and labelled
    assert axis.tickStrings(labelled[:1], 1, 182) == ["2019"]
    assert axis.tickStrings(boundaries[:1], 1, 365) == [""]
    short = axis.tickValues(day_number(dt.date(2024, 1, 1)), day_number(dt.date(2024, 8, 31)), 600)
    assert axis.tickStrings(short[1][1][:1], 1, 15) == ["Jan 2024"]
    amount = AmountAxis("left")
    assert amount.set_unit(4.2e12, "cny", "") == "万亿元"
    assert amount.tickStrings([1e12, 2e12], 1, 1e12) == ["1", "2"]


def test_chinese_periods_units_and_names(qapp) -> None:
    from ftz_desktop.ui.app import install_translator

    translators = install_translator(qapp, "zh_CN")
    try:
        assert texts.period_text("2024") == "2024年"
        assert texts.period_text("2024-H1") == "2024年上半年"
        assert texts.period_text("2024-10") == "2024年10月"
        assert texts.period_text("2024-Q3") == "2024年第三季度"
        assert texts.period_text("2024-01..2024-07", "range") == "2024年1—7月"
        assert texts.period_text("2015..2020", "cumulative") == "2015年至2020年累计"
        assert texts.period_text("..2023", "cumulative") == "截至2023年累计"
        assert texts.period_text("2027", "year", "target") == "2027年目标"
        assert texts.category_name("enterprises") == "企业"
        assert texts.period_kind_name("cumulative") == "累计"
        assert texts.qualifier_text("at_least,approx") == "以上、约"
        assert texts.reason_text("other_period", "2022") == "其他时期（2022年）"
        view = ZonesView(None)
        assert view.compare_button.text() == "比较" and view.time_button.text() == "时间趋势"
        view.deleteLater()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_queries_run_on_the_runner(qtbot, lib: Library) -> None:
    runner = TaskRunner()
    v = ZonesView(runner)
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.redrawn, timeout=10_000):
        v.set_library(lib)
    assert bars(v)[0][0] == "重庆"
    runner.wait()


def test_main_window_opens_a_figure_with_its_sentence_highlighted(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "docs2"
    folder.mkdir()
    (folder / "c.txt").write_text(DOCS["c.txt"], encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        assert window.import_paths([folder])
    window.show_zones()
    assert window.reader_tabs.currentWidget() is window.zones_page  # a tab beside the reader tabs
    view = window.zones_page.ensure_view()
    qtbot.waitUntil(lambda: len(view.compare_chart.points) == 1, timeout=10_000)
    view.open_point(Hit(view.compare_chart.points[0]))
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


def test_english_periods_and_reasons() -> None:
    assert texts.period_text("2024-H1") == "H1 2024"
    assert texts.period_text("2024-10") == "Oct 2024"
    assert texts.period_text("2024-10-15", "day") == "15 Oct 2024"
    assert texts.period_text("2024-01..2024-07", "range") == "Jan–Jul 2024"
    assert texts.period_text("2025-01-01..2025-12-14", "range") == "1 Jan – 14 Dec 2025"
    assert texts.period_text("2019..2024", "range") == "2019–2024"
    assert texts.period_text("2015..2020", "cumulative") == "2015 to 2020, cumulative"
    assert texts.period_text("2023", "year", "cumulative") == "cumulative to 2023"
    assert texts.period_text("2023-06", "stock") == "as of Jun 2023"
    assert texts.period_text(None) == "no period"
    assert texts.period_point_text("2015..2023") == "2023"
    assert texts.reason_text("other_unit", "元") == "another unit (元)"
    assert texts.reason_text("other_kind", "share %") == "a share"
