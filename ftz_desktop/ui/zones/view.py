"""The Zones view: figures read from the documents, like compared with like.

*Compare* draws one series (a measure × period kind × unit family, ``services/series.py``) across
the zones, or across the areas of one zone, for one period (by default the one most places
report); *Over time* draws series of zones or areas on a real date axis. The records of the
measure that are not drawn are counted under the chart with their reasons and listed in the table
below. Hovering a bar or point shows a card with its value, period, label, sentence and document
(and every value where documents disagree) that stays until another is hovered; clicking opens
the document at the sentence. Records can be excluded, a disagreeing value chosen (both
remembered by the library), the chart exported as PNG/SVG with its sources and the records as CSV.
The library is read on the task runner; redrawing works on the figures already read.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.measures import axis_unit, format_amount
from ftz_desktop.records import Metric
from ftz_desktop.services.series import SCOPE_ZONES, Comparison, Figures, Line, SeriesKey, Timeline, area_scope
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.zones import export, texts
from ftz_desktop.ui.zones.chart import CompareChart, Hit, TimeChart
from ftz_desktop.ui.zones.model import FiguresModel, StatusFilter

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class HoverCard(QLabel):
    """The card under the mouse: a bar's or point's value, period, label, sentence and document.
    It stays while the mouse is over the chart (until another bar or point is hovered)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = parent
        self.setObjectName("zonesHoverCard")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setMargin(8)
        self.setMaximumWidth(460)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hit: Hit | None = None
        self.hide()

    def show_at(self, hit: Hit, text: str, pos: QPoint) -> None:
        """Show ``text`` near ``pos`` (parent coordinates), inside the parent."""
        self.hit = hit
        self.setText(text)
        self.setFixedWidth(min(460, max(260, self.area.width() // 2)))
        self.adjustSize()
        parent = self.area.rect()
        x = pos.x() + 18
        y = pos.y() + 18
        if x + self.width() > parent.right():
            x = max(0, pos.x() - self.width() - 12)
        if y + self.height() > parent.bottom():
            y = max(0, parent.bottom() - self.height())
        self.move(x, y)
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        self.hit = None
        self.hide()


class ZonesView(QWidget):
    """Compare one measure across zones or areas, or follow series over time.

    Signals:
        document_requested(int doc_id, int start, int end, str label): open the document with
            the sentence ``start``…``end`` highlighted.
        redrawn(): the chart and table show the current choice.
        loaded(): the library's figures were read.
    """

    document_requested = Signal(int, int, int, str)
    redrawn = Signal()
    loaded = Signal()

    MODE_COMPARE, MODE_TIME = 0, 1
    TABLE_ALL, TABLE_CHARTED, TABLE_LEFT_OUT = StatusFilter.ALL, StatusFilter.CHARTED, StatusFilter.LEFT_OUT

    def __init__(self, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library: Library | None = None
        self.figures: Figures | None = None
        self.comparison: Comparison | None = None
        self.timeline: Timeline | None = None
        self._generation = 0
        self._updating = False
        self._mode = self.MODE_COMPARE

        # --- the controls --------------------------------------------------------------------------
        self.compare_button = QToolButton(text=self.tr("Compare"), checkable=True, checked=True)
        self.time_button = QToolButton(text=self.tr("Over time"), checkable=True)
        self.compare_button.setToolTip(self.tr("One measure across zones, or across the areas of one zone"))
        self.time_button.setToolTip(self.tr("Measures of zones or areas on a time axis"))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.compare_button, self.MODE_COMPARE)
        self.modes.addButton(self.time_button, self.MODE_TIME)
        self.scope = QComboBox()
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.setToolTip(self.tr("Compare zones, or the areas of one zone (never both in one chart)"))
        self.measure = QComboBox()
        self.measure.setMinimumContentsLength(10)
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setToolTip(
            self.tr("What is counted, with the number of zones or areas it reaches; those reaching most first")
        )
        self.period_kind = QComboBox()
        self.period_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_kind.setToolTip(self.tr("Yearly, half-yearly, cumulative… figures are never mixed"))
        self.period = QComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setToolTip(self.tr("The period charted; by default the one most places report"))
        self.export_button = QToolButton(text=self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.image_action = menu.addAction(self.tr("Chart as Image (PNG, SVG)…"))
        self.image_action.setToolTip(self.tr("The chart with its title, units, periods and sources"))
        self.csv_action = menu.addAction(self.tr("Records as CSV…"))
        self.export_button.setMenu(menu)
        self.compare_controls = QWidget()
        row = QHBoxLayout(self.compare_controls)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Across"), self.scope), (self.tr("Measure"), self.measure)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.setStretchFactor(self.measure, 1)
        self.period_controls = QWidget()
        row = QHBoxLayout(self.period_controls)
        row.setContentsMargins(0, 0, 0, 0)
        self.period_widgets: list[QWidget] = []
        for label, widget in ((self.tr("Period kind"), self.period_kind), (self.tr("Period"), self.period)):
            text = QLabel(label)
            row.addWidget(text)
            row.addWidget(widget)
            self.period_widgets += [text, widget]
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.compare_button)
        top.addWidget(self.time_button)
        top.addSpacing(8)
        top.addWidget(self.compare_controls, 1)
        self.time_hint = QLabel(self.tr("Tick zones or areas and measures on the left."))
        colors.set_text_color(self.time_hint)
        top.addWidget(self.time_hint, 1)
        top.addWidget(self.export_button)

        # --- over time: what to draw -----------------------------------------------------------------
        self.places = QListWidget()
        self.series_list = QListWidget()
        for lst in (self.places, self.series_list):
            lst.setUniformItemSizes(True)
        self.side = QWidget()
        self.side.setMinimumWidth(190)
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 4, 0)
        side.addWidget(QLabel(self.tr("Zones and areas")))
        side.addWidget(self.places, 1)
        side.addWidget(QLabel(self.tr("Measures")))
        side.addWidget(self.series_list, 1)

        # --- the chart --------------------------------------------------------------------------------
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.compare_chart = CompareChart()
        self._time_chart: TimeChart | None = None  # built when first shown: a plot costs ~25 ms
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        colors.set_text_color(self.empty, "faint")
        self.charts = QStackedWidget()
        self.charts.addWidget(self.compare_chart)
        self.charts.addWidget(self.empty)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self._summary_link)
        chart_box = QWidget()
        box = QVBoxLayout(chart_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.period_controls)
        box.addWidget(self.title)
        box.addWidget(self.charts, 1)
        box.addWidget(self.summary)
        self.card = HoverCard(self)

        # --- the records ------------------------------------------------------------------------------
        self.model = FiguresModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # charted first, then by reason
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table_filter = QComboBox()
        self.table_filter.addItems([self.tr("All records of this chart"), self.tr("Charted"), self.tr("Left out")])
        self.exclude_button = QPushButton(self.tr("Exclude / Include"))
        self.exclude_button.setToolTip(self.tr("Mark the selected record wrong (or right again); remembered"))
        self.choose_button = QPushButton(self.tr("Chart This Value"))
        self.choose_button.setToolTip(
            self.tr("Where documents disagree, chart the selected record's value (remembered)")
        )
        self.choose_button.setEnabled(False)
        self.status = QLabel()
        colors.set_text_color(self.status)
        table_bar = QHBoxLayout()
        table_bar.addWidget(QLabel(self.tr("Show")))
        table_bar.addWidget(self.table_filter)
        table_bar.addWidget(self.status, 1)
        table_bar.addWidget(self.choose_button)
        table_bar.addWidget(self.exclude_button)
        table_box = QWidget()
        tb = QVBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addLayout(table_bar)
        tb.addWidget(self.table, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(chart_box)
        right.addWidget(table_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([450, 170])
        right.setChildrenCollapsible(False)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.side)
        self.body.addWidget(right)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

        self.modes.idClicked.connect(self.set_mode)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.period.currentIndexChanged.connect(self._redraw_from_controls)
        self.places.itemChanged.connect(self._places_changed)
        self.series_list.itemChanged.connect(self._redraw_from_controls)
        self.table_filter.currentIndexChanged.connect(self.proxy.set_mode)
        self.exclude_button.clicked.connect(self.toggle_excluded)
        self.choose_button.clicked.connect(self.choose_selected)
        self.csv_action.triggered.connect(self._ask_csv)
        self.image_action.triggered.connect(self._ask_image)
        self.table.doubleClicked.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._follow_mouse(self.compare_chart)
        self.charts.installEventFilter(self)
        self._show_mode()

    # --- reading the library ----------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        """Read the library's figures (on the runner) and draw them."""
        self.library = library
        self.reload()

    def reload(self) -> None:
        """Read the figures again (after an import, an exclusion or a choice), keeping the choices
        of measure, scope, period and lines."""
        self._generation += 1
        generation = self._generation
        if self.library is None:
            self._loaded(None)
            return
        self.status.setText(self.tr("Reading the figures…"))
        library = self.library

        def read() -> Figures:
            return library.zone_figures().warm()  # the pickers' lists too, off the UI thread

        self._run(read, then=lambda f: self._loaded(f) if generation == self._generation else None)

    def _run(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        if self.runner is None:
            then(fn(*args))
            return

        def done(result: Any, error: BaseException | None) -> None:
            if error is None:
                then(result)
            else:
                self.status.setText(self.tr("Could not read the figures: {e}").format(e=error))

        self.runner.run(fn, *args, callback=done)

    def _loaded(self, figures: Figures | None) -> None:
        self.figures = figures
        self._updating = True
        try:
            self._fill_scope()
            self._fill_measures()
            self._fill_places()
            self._fill_series()
        finally:
            self._updating = False
        n = len(figures.records) if figures is not None else 0
        self.status.setText(self.tr("{n} figures in the library").format(n=n))
        self.loaded.emit()
        self.redraw()

    # --- the pickers ----------------------------------------------------------------------------------
    def _fill_scope(self) -> None:
        current = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("Zones"), SCOPE_ZONES)
        if self.figures is not None:
            for zone_id, name, n in self.figures.area_zones():
                self.scope.addItem(self.tr("Areas of {zone} ({n})").format(zone=name, n=n), area_scope(zone_id))
        self._select_data(self.scope, current)

    def _fill_measures(self) -> None:
        current = self.measure.currentData()
        self.measure.clear()
        if self.figures is None:
            return
        for info in self.figures.measures(self.scope.currentData() or SCOPE_ZONES):
            if not info.places:
                continue
            text = self.tr("{measure} · {category} ({n})").format(
                measure=info.measure or self.tr("(no label)"),
                category=texts.category_name(info.category),
                n=info.places,
            )
            self.measure.addItem(text, info.measure)
        self._select_data(self.measure, current)

    def _fill_places(self) -> None:
        checked = self.checked_places()
        self.places.clear()
        if self.figures is None:
            return
        for place, n in self.figures.places():
            indent = "    " if place.area is not None else ""
            item = QListWidgetItem(f"{indent}{place.name} ({n})")
            item.setData(PLACE_ROLE, place.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if place.key in checked else Qt.CheckState.Unchecked)
            self.places.addItem(item)
        if not checked and self.places.count():
            self.places.item(0).setCheckState(Qt.CheckState.Checked)

    def _fill_series(self) -> None:
        checked = set(self.checked_series())
        self.series_list.clear()
        if self.figures is None:
            return
        available = self.figures.series(self.checked_places())
        for key, places, count in available:
            item = QListWidgetItem(self.series_text(key, count, places))
            item.setData(PLACE_ROLE, key.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            self.series_list.addItem(item)
        if not any(key in checked for key, _p, _n in available):
            for i in range(min(2, self.series_list.count())):  # the two series with most figures
                self.series_list.item(i).setCheckState(Qt.CheckState.Checked)

    def series_text(self, key: SeriesKey, count: int, places: int) -> str:
        unit = axis_unit(0.0, key.family, "")[1] if key.family != "count" else ""
        text = self.tr("{measure} · {kind}").format(
            measure=key.measure or self.tr("(no label)"), kind=texts.period_kind_name(key.period_kind)
        )
        if key.kind != "level":
            text += " · " + texts.kind_name(key.kind)
        if unit:
            text += f" · {unit}"
        return text + " " + self.tr("({n} figures, {p} places)").format(n=count, p=places)

    @staticmethod
    def _select_data(combo: QComboBox, data: Any) -> None:
        i = combo.findData(data) if data is not None else -1
        combo.setCurrentIndex(i if i >= 0 else (0 if combo.count() else -1))

    def checked_places(self) -> list[str]:
        return [
            self.places.item(i).data(PLACE_ROLE)
            for i in range(self.places.count())
            if self.places.item(i).checkState() == Qt.CheckState.Checked
        ]

    def checked_series(self) -> list[SeriesKey]:
        return [
            SeriesKey.from_id(self.series_list.item(i).data(PLACE_ROLE))
            for i in range(self.series_list.count())
            if self.series_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, places: list[str] | None = None, series: list[SeriesKey] | None = None) -> None:
        """Tick exactly these places and/or series (tests, scripts), then redraw."""
        self._updating = True
        try:
            if places is not None:
                for i in range(self.places.count()):
                    item = self.places.item(i)
                    on = item.data(PLACE_ROLE) in places
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self._fill_series()
            if series is not None:
                ids = {s.id for s in series}
                for i in range(self.series_list.count()):
                    item = self.series_list.item(i)
                    on = item.data(PLACE_ROLE) in ids
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self.redraw()

    # --- reacting to the controls ---------------------------------------------------------------------
    def set_mode(self, mode: int) -> None:
        self._mode = mode
        button = self.modes.button(mode)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self._show_mode()
        self.redraw()

    def mode(self) -> int:
        return self._mode

    def _show_mode(self) -> None:
        compare = self._mode == self.MODE_COMPARE
        self.compare_controls.setVisible(compare)
        self.period_controls.setVisible(compare)
        self.time_hint.setVisible(not compare)
        self.side.setVisible(not compare)

    def _scope_changed(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self._fill_measures()
        finally:
            self._updating = False
        self._measure_changed()

    def _measure_changed(self) -> None:
        if self._updating:
            return
        self._set_combo_items(self.period_kind, [])
        self._set_combo_items(self.period, [])
        self.redraw()

    def _period_kind_changed(self) -> None:
        if self._updating:
            return
        self._set_combo_items(self.period, [])
        self.redraw()

    def _places_changed(self) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            self._fill_series()
        finally:
            self._updating = False
        self.redraw()

    def _redraw_from_controls(self) -> None:
        if not self._updating:
            self.redraw()

    def _set_combo_items(self, combo: QComboBox, items: list[tuple[str, str]], current: str | None = None) -> None:
        was = self._updating
        self._updating = True
        try:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            if current is not None:
                self._select_data(combo, current)
        finally:
            self._updating = was

    # --- drawing ----------------------------------------------------------------------------------------
    def redraw(self) -> None:
        """Compute the series from the figures read and draw them (no query)."""
        self.card.dismiss()
        if self._mode == self.MODE_COMPARE:
            self._draw_compare()
        else:
            self._draw_time()
        self._selection_changed()
        self.redrawn.emit()

    def _draw_compare(self) -> None:
        self.timeline = None
        measure = self.measure.currentData()
        if self.figures is None or measure is None:
            self.comparison = None
            self._show_empty(self.tr("No figures yet: import documents about the zones."))
            self.model.set_rows([], {}, self.figures)
            return
        scope = self.scope.currentData() or SCOPE_ZONES
        c = self.figures.compare(measure, scope, self.period_kind.currentData(), self.period.currentData())
        self.comparison = c
        self._set_combo_items(
            self.period_kind,
            [(f"{texts.period_kind_name(k)} ({n})", k) for k, n in c.period_kinds],
            c.series.period_kind if c.series else None,
        )
        self._set_combo_items(
            self.period,
            [(f"{texts.period_text(p, c.series.period_kind if c.series else '')} ({n})", p) for p, n in c.periods],
            c.period,
        )
        self.model.set_rows(c.records(), c.status(), self.figures)
        self._fit_columns()
        self.title.setText(self.compare_title(c))
        if not c.points or c.series is None:
            self._show_empty(self.tr("None of this measure's figures can be charted here: see the reasons below."))
        else:
            self.charts.setCurrentWidget(self.compare_chart)
            self.compare_chart.draw(c.points, c.series.family, c.counter)
        self.summary.setText(self._summary_html(len(c.points), c.reasons(), sum(p.conflict for p in c.points)))

    def _draw_time(self) -> None:
        self.comparison = None
        places, series = self.checked_places(), self.checked_series()
        if self.figures is None or not places or not series:
            self.timeline = None
            self.title.setText("")
            self._show_empty(self.tr("Tick at least one zone or area and one measure."))
            self.model.set_rows([], {}, self.figures)
            self.summary.setText("")
            return
        t = self.figures.timeline(places, series)
        self.timeline = t
        self.model.set_rows(t.records(), t.status(), self.figures)
        self._fit_columns()
        self.title.setText(self.time_title(t))
        if not t.lines:
            self._show_empty(self.tr("No figures of these measures for these places."))
        else:
            self.charts.setCurrentWidget(self.time_chart)
            self.time_chart.draw(t.lines, lambda line: self.line_label(line, t))
        points = sum(len(line.points) for line in t.lines)
        conflicts = sum(p.conflict for line in t.lines for p in line.points)
        self.summary.setText(self._summary_html(points, t.reasons(), conflicts, lines=len(t.lines)))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.charts.setCurrentWidget(self.empty)

    def _fit_columns(self, sample: int = 30) -> None:
        """Columns as wide as their header and the first rows' text, none wider than 240 px
        (measured here: Qt's resizeColumnsToContents asks every cell for its size hint, 20× slower)."""
        header = self.table.horizontalHeader()
        cells = QFontMetrics(self.table.font())
        heads = QFontMetrics(header.font())
        rows = [
            self.model.texts(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(min(sample, self.proxy.rowCount()))
        ]
        for col in range(self.model.columnCount() - 1):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max([heads.horizontalAdvance(title) + 28] + [cells.horizontalAdvance(r[col]) + 14 for r in rows])
            header.resizeSection(col, min(width, 240))

    def scope_name(self, scope: str) -> str:
        if scope == SCOPE_ZONES:
            return self.tr("across zones")
        zone = scope.partition(":")[2]
        name = next((n for z, n, _a in self.figures.area_zones() if z == zone), zone) if self.figures else zone
        return self.tr("across the areas of {zone}").format(zone=name)

    def compare_title(self, c: Comparison) -> str:
        if c.series is None:
            return c.measure
        return self.tr("{measure} ({kind}) · {period} · {scope}").format(
            measure=c.measure,
            kind=texts.period_kind_name(c.series.period_kind),
            period=texts.period_text(c.period, c.series.period_kind),
            scope=self.scope_name(c.scope),
        )

    def time_title(self, t: Timeline) -> str:
        places = list(dict.fromkeys(line.place.name for line in t.lines))
        measures = list(dict.fromkeys(line.series.measure for line in t.lines))
        return self.tr("{places}: {measures} over time").format(places="、".join(places), measures="、".join(measures))

    def line_label(self, line: Line, t: Timeline) -> str:
        several = len({x.place.key for x in t.lines}) > 1
        text = self.tr("{measure} ({kind})").format(
            measure=line.series.measure, kind=texts.period_kind_name(line.series.period_kind)
        )
        return f"{line.place.name} · {text}" if several else text

    def _summary_html(self, drawn: int, reasons: Any, conflicts: int, lines: int | None = None) -> str:
        if lines is None:
            parts = [self.tr("1 place charted") if drawn == 1 else self.tr("{n} places charted").format(n=drawn)]
        else:
            parts = [self.tr("{lines} lines, {n} points").format(lines=lines, n=drawn)]
        left = sum(reasons.values())
        if left:
            detail = self.tr(", ").join(
                self.tr("{reason}: {n}").format(n=n, reason=texts.reason_summary(r)) for r, n in reasons.most_common()
            )
            parts.append(
                self.tr("{n} records left out ({detail})").format(n=left, detail=html.escape(detail))
                + ' — <a href="left">'
                + html.escape(self.tr("show them"))
                + "</a>"
            )
        if conflicts:
            parts.append(
                self.tr("⚠ documents disagree on one value: hover to compare, choose in the table")
                if conflicts == 1
                else self.tr("⚠ documents disagree on {n} values: hover to compare, choose in the table").format(
                    n=conflicts
                )
            )
        return " · ".join(parts)

    def _summary_link(self, link: str) -> None:
        if link == "left":
            self.show_left_out()

    def show_left_out(self) -> None:
        """List the records not in the chart, with their reasons (the link under the chart)."""
        self.table_filter.setCurrentIndex(self.TABLE_LEFT_OUT)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # --- hover and click ---------------------------------------------------------------------------------
    @property
    def time_chart(self) -> TimeChart:
        """The Over time chart, built the first time it is needed (opening the tab stays short)."""
        if self._time_chart is None:
            self._time_chart = TimeChart()
            self.charts.addWidget(self._time_chart)
            self._follow_mouse(self._time_chart)
        return self._time_chart

    def _follow_mouse(self, chart: CompareChart | TimeChart) -> None:
        chart.scene().sigMouseMoved.connect(self._mouse_moved)
        chart.scene().sigMouseClicked.connect(self._mouse_clicked)

    def _chart(self) -> CompareChart | TimeChart | None:
        w = self.charts.currentWidget()
        return w if isinstance(w, CompareChart | TimeChart) else None

    def hit_at(self, scene_pos: QPointF) -> Hit | None:
        chart = self._chart()
        return chart.item_at(scene_pos) if chart is not None else None

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self.hit_at(scene_pos)
        if hit is None:
            return  # the card stays until another bar or point is hovered
        if self.card.isVisible() and self.card.hit == hit:
            return
        chart = self._chart()
        assert chart is not None
        pos = chart.mapTo(self, chart.mapFromScene(scene_pos))
        self.show_card(hit, pos)

    def show_card(self, hit: Hit, pos: QPoint | None = None) -> None:
        """Show the card of ``hit`` (at ``pos`` in the chart area, else near its middle)."""
        if pos is None:
            pos = self.charts.mapTo(self, QPoint(self.charts.width() // 3, self.charts.height() // 5))
        self.card.show_at(hit, self.card_html(hit), pos)

    def card_html(self, hit: Hit) -> str:
        """The hover card: value, period, label, sentence and document — of every value where
        documents disagree."""
        p = hit.point
        figures = self.figures
        family = (
            hit.line.series.family
            if hit.line
            else (self.comparison.series.family if self.comparison and self.comparison.series else "count")
        )
        counter = hit.line.counter if hit.line else (self.comparison.counter if self.comparison else "")
        esc = html.escape
        measure = figures.measure_of(p.record) if figures else p.record.metric
        out = [f"<b>{esc(p.place.name)} · {esc(measure)}</b>"]

        written_as = self.tr("written {value}")
        label_is = self.tr("Label: {label}")

        def block(m: Metric, charted: bool) -> list[str]:
            doc = figures.doc(m) if figures else None
            value = format_amount(
                p.value if m is p.record else _family_value(m),
                family,
                m.normalized_unit if family == "count" else counter,
            )
            quals = texts.qualifier_text(m.qualifier)
            written = written_as.format(value=m.value_text) + (
                texts.translate("ZonesText", ", ") + quals if quals else ""
            )
            lines = [
                f"<b>{esc(value)}</b> ({esc(written)}) · {esc(texts.metric_period_text(m))}",
                esc(label_is.format(label=m.metric)),
                f"“{esc(_clip(m.quote, 220))}”",
            ]
            if doc:
                lines.append(f"<i>{esc(doc.title)}{', ' + esc(doc.date) if doc.date else ''}</i>")
            if not charted:
                lines[0] = "• " + lines[0]
            return lines

        out.extend(block(p.record, True))
        if p.alternatives:
            out.append(
                "<hr>"
                + esc(
                    self.tr("Documents disagree ({n} values); charted: the {which}.").format(
                        n=len(p.alternatives) + 1,
                        which=self.tr("value you chose") if p.chosen else self.tr("latest document's"),
                    )
                )
            )
            for alt in p.alternatives:
                out.extend(block(alt, False))
        if p.repeats:
            out.append(
                esc(
                    self.tr("1 more sentence agrees.")
                    if len(p.repeats) == 1
                    else self.tr("{n} more sentences agree.").format(n=len(p.repeats))
                )
            )
        click = self.tr("Click to open the document at this sentence.")
        out.append(f"<span>{esc(click)}</span>")
        return "<br>".join(out)

    def _mouse_clicked(self, event: Any) -> None:
        hit = self.hit_at(event.scenePos())
        if hit is not None:
            self.open_point(hit)

    def open_point(self, hit: Hit) -> None:
        m = hit.point.record
        if m.doc_id is not None:
            self.document_requested.emit(m.doc_id, m.start, m.end, m.metric or m.value_text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: the garbage collector may clear a view's attributes before Qt deletes its
        # children, whose last events still come through this filter
        if watched is getattr(self, "charts", None) and event.type() == QEvent.Type.Leave:
            self.card.dismiss()
        return False

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.card.isVisible():
            self.card.dismiss()
            return
        super().keyPressEvent(event)

    def _row_activated(self, index: Any) -> None:
        m = self.model.record(self.proxy.mapToSource(index).row())
        if m.doc_id is not None:
            self.document_requested.emit(m.doc_id, m.start, m.end, m.metric or m.value_text)

    # --- exclusion and choice ------------------------------------------------------------------------------
    def selected_record(self) -> Metric | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_record(self, metric_id: int) -> bool:
        """Select a record's row (tests, scripts); False if it is not listed."""
        for r in range(self.proxy.rowCount()):
            m = self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if m.id == metric_id:
                self.table.selectRow(r)
                return True
        return False

    def _conflict_of(self, m: Metric) -> tuple[str, str, str] | None:
        """(place key, series id, period) when ``m`` is one of the disagreeing values of a point."""
        points = []
        if self.comparison is not None and self.comparison.series is not None:
            points = [(p, self.comparison.series) for p in self.comparison.points]
        elif self.timeline is not None:
            points = [(p, line.series) for line in self.timeline.lines for p in line.points]
        for p, series in points:
            if p.alternatives and (m is p.record or any(m is a for a in p.alternatives)):
                return (p.place.key, series.id, p.period)
        return None

    def _selection_changed(self, *_args: Any) -> None:
        m = self.selected_record()
        self.choose_button.setEnabled(m is not None and self._conflict_of(m) is not None)

    def toggle_excluded(self) -> None:
        m = self.selected_record()
        if m is None or m.id is None or self.library is None:
            return
        lib, mid, excluded = self.library, m.id, not m.excluded
        self._run(lambda: lib.exclude_metric(mid, excluded), then=lambda _r: self.reload())

    def choose_selected(self) -> None:
        """Chart the selected record's value where documents disagree (remembered by the library)."""
        m = self.selected_record()
        key = self._conflict_of(m) if m is not None else None
        if m is None or key is None or m.id is None or self.library is None:
            return
        lib, mid = self.library, m.id
        self._run(lambda: lib.choose_metric(*key, mid), then=lambda _r: self.reload())

    # --- export ------------------------------------------------------------------------------------------------
    def export_csv(self, path: str | Path) -> int:
        """The records of the chart (charted and left out) with their status and documents."""
        status = self.comparison.status() if self.comparison else self.timeline.status() if self.timeline else {}
        return export.write_csv(path, self.model.rows(), status, self.figures)

    def export_image(self, path: str | Path, width: int = 1400) -> None:
        """The chart as PNG or SVG (by the file's extension) with title, measure, units, periods
        and the list of its sources."""
        chart = self.charts.currentWidget() or self.empty
        base = self.palette().color(QPalette.ColorRole.Base)
        text = self.palette().color(QPalette.ColorRole.Text)
        export.write_image(
            path,
            chart,
            self.title.text(),
            self.export_lines(),
            self.sources(),
            width=width,
            background=base,
            foreground=text,
        )

    def export_lines(self) -> list[str]:
        lines = []
        if self.comparison is not None and self.comparison.series is not None:
            c = self.comparison
            series = self.comparison.series
            lines.append(
                self.tr("Measure: {measure} ({category}, {kind}); unit: {unit}").format(
                    measure=c.measure,
                    category=texts.category_name(c.category),
                    kind=texts.kind_name(series.kind),
                    unit=self.compare_chart.unit,
                )
            )
            lines.append(
                self.tr("Period: {period} ({kind}); {n} places; {left} records of the measure left out").format(
                    period=texts.period_text(c.period, series.period_kind),
                    kind=texts.period_kind_name(series.period_kind),
                    n=len(c.points),
                    left=len(c.left_out),
                )
            )
        elif self.timeline is not None:
            for line in self.timeline.lines:
                periods = [p.period for p in line.points]
                lines.append(
                    self.tr("{place} · {measure} ({kind}): {first} – {last}").format(
                        place=line.place.name,
                        measure=line.series.measure,
                        kind=texts.period_kind_name(line.series.period_kind),
                        first=texts.period_point_text(periods[0]) if periods else "",
                        last=texts.period_point_text(periods[-1]) if periods else "",
                    )
                )
        return lines

    def sources(self) -> list[str]:
        """One line per document behind the chart: title, date, and what it gave."""
        points = []
        if self.comparison is not None:
            points = list(self.comparison.points)
        elif self.timeline is not None:
            points = [p for line in self.timeline.lines for p in line.points]
        by_doc: dict[int, list[str]] = {}
        for p in points:
            for m in (p.record, *p.alternatives):
                if m.doc_id is None:
                    continue
                by_doc.setdefault(m.doc_id, []).append(f"{p.place.name} {m.value_text} ({texts.metric_period_text(m)})")
        out = []
        for doc_id, given in by_doc.items():
            doc = self.figures.docs.get(doc_id) if self.figures else None
            title = doc.title if doc else str(doc_id)
            date = f", {doc.date}" if doc and doc.date else ""
            out.append(f"{title}{date} — {'; '.join(given)}")
        return out

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figures"), "figures.csv", "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def _ask_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), "chart.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if path:
            self.export_image(path)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _family_value(m: Metric) -> float:
    from ftz_desktop.core.measures import in_family_unit

    return in_family_unit(m.normalized_value or 0.0, m.normalized_unit)
