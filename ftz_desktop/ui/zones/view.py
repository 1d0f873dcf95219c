"""The Zones view: figures read from the documents, compared across zones/areas or over time.

A pyqtgraph bar chart over a sortable table of every record behind it. Hovering a bar shows its
value, period and sentence; clicking it asks the main window to open the document with the
sentence highlighted. Records can be excluded (remembered by the library), the table exported to
CSV and the chart to PNG. Queries run on the TaskRunner (off the UI thread) when one is given.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCursor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.metrics import CATEGORIES
from ftz_desktop.records import METRIC_FIELDS, Metric
from ftz_desktop.ui.common import colors

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "Zone",
    "Area",
    "Metric",
    "Category",
    "Value",
    "Unit",
    "Normalized",
    "Period",
    "Period kind",
    "Qualifier",
    "Kind",
    "Doc",
    "Excluded",
    "Quote",
)


class MetricsModel(QAbstractTableModel):
    """Metric records as table rows (sorting through a QSortFilterProxyModel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Metric] = []

    def set_rows(self, rows: list[Metric]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Metric]:
        return list(self._rows)

    def record(self, row: int) -> Metric:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                m.zone or "",
                m.area or "",
                m.metric,
                m.category,
                m.value_text,
                m.unit,
                f"{m.normalized_value:g} {m.normalized_unit}" if m.normalized_value is not None else "",
                m.period or "",
                m.period_kind,
                m.qualifier,
                m.kind,
                m.doc_id,
                "yes" if m.excluded else "",
                m.quote[:120],
            )[col]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if col == 4:
                return m.value if m.value is not None else 0.0
            if col == 6:
                return m.normalized_value if m.normalized_value is not None else 0.0
            if col == 11:
                return m.doc_id or 0
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and col == 13:
            return m.quote
        if role == Qt.ItemDataRole.ForegroundRole and m.excluded:
            return colors.faint(QApplication.palette())
        return None


class ZonesView(QWidget):
    """Compare zones/areas by a metric category, or one zone's figures over time.

    Signals:
        document_requested(int doc_id, int start, int end, str label): open the document with
            the sentence ``start``…``end`` highlighted.
        redrawn(): the chart and table show the latest query's records.
    """

    document_requested = Signal(int, int, int, str)
    redrawn = Signal()

    MODE_COMPARE, MODE_TIME = 0, 1

    def __init__(self, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library: Library | None = None
        self._bars: list[Metric] = []
        self._bar_names: list[str] = []
        self._generation = 0

        self.mode = QComboBox()
        self.mode.addItems([self.tr("Compare zones"), self.tr("Over time")])
        self.category = QComboBox()
        self.category.addItems(list(CATEGORIES))
        self.category.setCurrentText("institutional innovation")
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("label contains… (optional)"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setMinimumContentsLength(10)
        self.exclude_button = QPushButton(self.tr("Exclude / Include"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.png_button = QPushButton(self.tr("Export PNG…"))
        top = QHBoxLayout()
        for w in (
            self.mode,
            QLabel(self.tr("Category")),
            self.category,
            self.label,
            QLabel(self.tr("Zone/area")),
            self.zone,
            self.exclude_button,
            self.csv_button,
            self.png_button,
        ):
            top.addWidget(w)
        top.addStretch(1)

        palette = self.palette()  # the chart's colours follow the theme (dark or light)
        pg.setConfigOptions(
            antialias=True,
            background=palette.color(QPalette.ColorRole.Base),
            foreground=palette.color(QPalette.ColorRole.Text),
        )
        self.plot = pg.PlotWidget()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.2)
        self.model = MetricsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plot)
        split.addWidget(self.table)
        split.setSizes([600, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.mode.currentIndexChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.label.editingFinished.connect(self.refresh)
        self.zone.activated.connect(self._zone_picked)
        self.exclude_button.clicked.connect(self.toggle_excluded)
        self.csv_button.clicked.connect(self._ask_csv)
        self.png_button.clicked.connect(self._ask_png)
        self.table.doubleClicked.connect(self._row_activated)
        self._hover = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._mouse_clicked)

    # --- data ----------------------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.zone.clear()
        if library is not None:
            self._run(self._zone_names, library, then=self._zones_ready)
        self.refresh()

    @staticmethod
    def _zone_names(library: Library) -> list[str]:
        seen: Counter[str] = Counter()
        for m in library.metrics():
            if m.area:
                seen[m.area] += 1
            if m.zone:
                seen[m.zone] += 1
        return [n for n, _ in seen.most_common()]

    def _zones_ready(self, names: list[str]) -> None:
        current = self.zone.currentText()
        self.zone.clear()
        self.zone.addItems(names)
        if current:
            self.zone.setCurrentText(current)

    def _zone_picked(self, _i: int = 0) -> None:
        self.mode.setCurrentIndex(self.MODE_TIME)
        self.refresh()

    def _run(self, fn: Any, *args: Any, then: Any) -> None:
        if self.runner is None:
            then(fn(*args))
            return

        def done(result: Any, error: BaseException | None) -> None:
            if error is None:
                then(result)
            else:
                self.status.setText(self.tr("Could not read the figures: {e}").format(e=error))

        self.runner.run(fn, *args, callback=done)

    def refresh(self, *_args: Any) -> None:
        """Query again (off the UI thread with a runner) and redraw."""
        if self.library is None:
            self._show([], [])
            return
        self._generation += 1
        gen = self._generation
        args = (
            self.library,
            self.mode.currentIndex(),
            self.category.currentText(),
            self.label.text().strip() or None,
            self.zone.currentText().strip() or None,
        )
        self._run(_query, *args, then=lambda res, g=gen: self._show(*res) if g == self._generation else None)

    def _show(self, records: list[Metric], series: list[tuple[str, Metric]]) -> None:
        self.model.set_rows(records)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # the first rows decide: fast on long tables
        self.table.resizeColumnsToContents()
        for col in range(len(COLUMNS) - 1):  # labels and periods whole, none wider than 260 px
            header.resizeSection(col, min(header.sectionSize(col), 260))
        self.draw(series)
        shown = sum(1 for m in records if not m.excluded)
        self.status.setText(
            self.tr("{n} records ({x} excluded); click a bar to read its sentence").format(
                n=shown, x=len(records) - shown
            )
        )
        self.redrawn.emit()

    # --- chart -----------------------------------------------------------------------------------
    def draw(self, series: list[tuple[str, Metric]]) -> None:
        """Bars for (name, record) pairs; units on the axis and the period on each bar."""
        self.plot.clear()
        units = Counter(m.normalized_unit for _n, m in series)
        unit = units.most_common(1)[0][0] if units else ""
        series = [(n, m) for n, m in series if m.normalized_unit == unit]
        self._bars = [m for _n, m in series]
        self._bar_names = [n for n, _m in series]
        if not series:
            self.plot.setTitle(self.tr("No figures for this choice"))
            return
        heights = [m.normalized_value or 0.0 for m in self._bars]
        xs = list(range(len(heights)))
        bars = pg.BarGraphItem(x=xs, height=heights, width=0.6, brush=pg.mkBrush("#4a7fb5"), pen=pg.mkPen("#2f5d8a"))
        self.plot.addItem(bars)
        top = max(heights) if heights else 1
        for x, m, h in zip(xs, self._bars, heights, strict=False):
            text = pg.TextItem(
                f"{m.value_text}\n{m.period or '—'}",
                color=self.palette().color(QPalette.ColorRole.Text),
                anchor=(0.5, 1.0),
            )
            text.setPos(x, h + top * 0.01)
            self.plot.addItem(text)
        ax = self.plot.getAxis("bottom")
        if self.mode.currentIndex() == self.MODE_TIME:
            ticks = [(x, f"{n}\n{m.metric[:8]}") for x, n, m in zip(xs, self._bar_names, self._bars, strict=False)]
        else:
            ticks = [(x, n) for x, n in zip(xs, self._bar_names, strict=False)]
        ax.setTicks([ticks])
        self.plot.setLabel("left", unit)
        self.plot.setYRange(0, top * 1.18 or 1)
        self.plot.setXRange(-0.6, len(xs) - 0.4)
        title = (
            self.tr("{c} — latest figure per zone/area").format(c=self.category.currentText())
            if self.mode.currentIndex() == self.MODE_COMPARE
            else self.tr("{z}: {c} by period").format(z=self.zone.currentText(), c=self.category.currentText())
        )
        self.plot.setTitle(title)

    def bar_at(self, x: float, y: float) -> int | None:
        """The bar under the view coordinates (x, y), if any."""
        i = int(round(x))
        if 0 <= i < len(self._bars) and abs(x - i) <= 0.3 and 0 <= y <= (self._bars[i].normalized_value or 0):
            return i
        return None

    def tooltip_for(self, i: int) -> str:
        m = self._bars[i]
        return f"{self._bar_names[i]} · {m.metric}\n{m.value_text}  ({m.period or 'no period'})\n“{m.quote[:200]}”"

    def _mouse_moved(self, event: Any) -> None:
        pos = event[0]
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        p = vb.mapSceneToView(pos)
        i = self.bar_at(p.x(), p.y())
        if i is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), self.tooltip_for(i), self.plot)

    def _mouse_clicked(self, event: Any) -> None:
        p = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        i = self.bar_at(p.x(), p.y())
        if i is not None:
            self.open_bar(i)

    def open_bar(self, i: int) -> None:
        m = self._bars[i]
        if m.doc_id is not None:
            self.document_requested.emit(m.doc_id, m.start, m.end, m.metric or m.value_text)

    def _row_activated(self, index: QModelIndex) -> None:
        m = self.model.record(self.proxy.mapToSource(index).row())
        if m.doc_id is not None:
            self.document_requested.emit(m.doc_id, m.start, m.end, m.metric or m.value_text)

    # --- exclusion and export -----------------------------------------------------------------------
    def selected_record(self) -> Metric | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def toggle_excluded(self) -> None:
        m = self.selected_record()
        if m is None or m.id is None or self.library is None:
            return
        lib, mid, excluded = self.library, m.id, not m.excluded
        self._run(lambda: lib.exclude_metric(mid, excluded), then=lambda _r: self.refresh())

    def export_csv(self, path: str | Path) -> int:
        rows = self.model.rows()
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=[*METRIC_FIELDS, "excluded"])
            w.writeheader()
            for m in rows:
                w.writerow({**m.to_json(), "excluded": int(m.excluded)})
        return len(rows)

    def export_png(self, path: str | Path, width: int = 1400) -> None:
        import pyqtgraph.exporters

        exporter = pyqtgraph.exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = width
        exporter.export(str(path))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figures"), "metrics.csv", "CSV (*.csv)")
        if path:
            self.export_csv(path)

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "chart.png", "PNG (*.png)")
        if path:
            self.export_png(path)


def _query(
    library: Library, mode: int, category: str, label: str | None, zone: str | None
) -> tuple[list[Metric], list[tuple[str, Metric]]]:
    """Runs on a pool thread: the records behind the chart and the chart's series."""
    if mode == ZonesView.MODE_TIME and zone:
        records = library.place_metrics(zone, category=category, label=label, include_excluded=True)
    else:
        records = library.metrics(category=category, label=label, include_excluded=True)
    kept = [m for m in records if not m.excluded]
    if mode == ZonesView.MODE_TIME and zone:
        series = library.metric_series(metrics=kept, zone=zone)
    else:
        series = library.metric_series(metrics=kept)
    return records, series
