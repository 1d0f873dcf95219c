"""The Zones tab's table: every record of the chart's measure with whether it is charted, or why
not, and its document; a proxy that keeps the charted, the left-out or all records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from ftz_desktop.core.metrics import period_key
from ftz_desktop.records import Metric
from ftz_desktop.services.series import REASONS, Figures, series_period_kind
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.zones import texts

_Index = QModelIndex | QPersistentModelIndex

STATUS, ZONE, AREA, MEASURE, LABEL, VALUE, AMOUNT, PERIOD, PERIOD_KIND, QUALIFIER, KIND, DOCUMENT, DATE, QUOTE = range(
    14
)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # 'charted' or a reason


class FiguresModel(QAbstractTableModel):
    """Records as rows: status (charted, or the reason it is not), place, measure, the label and
    value as written, the amount in Chinese units, period, kinds, qualifiers, document, sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Metric] = []
        self._status: dict[int, tuple[str, str]] = {}
        self._figures: Figures | None = None
        self._texts: dict[int, tuple[str, ...]] = {}  # row → its cells' text, made when first shown
        palette = QApplication.palette()
        self._faint, self._muted, self._error = colors.faint(palette), colors.muted(palette, 0.3), colors.error(palette)
        self._headers = (
            self.tr("In chart"),
            self.tr("Zone"),
            self.tr("Area"),
            self.tr("Measure"),
            self.tr("Label as written"),
            self.tr("As written"),
            self.tr("Amount"),
            self.tr("Period"),
            self.tr("Period kind"),
            self.tr("Qualifier"),
            self.tr("Kind"),
            self.tr("Document"),
            self.tr("Date"),
            self.tr("Sentence"),
        )

    def set_rows(self, rows: list[Metric], status: dict[int, tuple[str, str]], figures: Figures | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._status = dict(status)
        self._figures = figures
        self._texts = {}
        palette = QApplication.palette()
        self._faint, self._muted, self._error = colors.faint(palette), colors.muted(palette, 0.3), colors.error(palette)
        self.endResetModel()

    def texts(self, row: int) -> tuple[str, ...]:
        """The cells of a row as shown (computed once)."""
        cached = self._texts.get(row)
        if cached is None:
            m = self._rows[row]
            cached = self._texts[row] = tuple(self._text(m, col) for col in range(len(self._headers)))
        return cached

    def rows(self) -> list[Metric]:
        return list(self._rows)

    def record(self, row: int) -> Metric:
        return self._rows[row]

    def status(self, m: Metric) -> tuple[str, str]:
        return self._status.get(m.id or -1, ("", ""))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def _text(self, m: Metric, col: int) -> str:
        doc = self._figures.doc(m) if self._figures is not None else None
        if col == STATUS:
            reason, detail = self.status(m)
            return texts.reason_text(reason, detail) if reason else ""
        if col == ZONE:
            return m.zone or ""
        if col == AREA:
            return m.area or ""
        if col == MEASURE:
            return self._figures.measure_of(m) if self._figures is not None else m.metric
        if col == LABEL:
            return m.metric
        if col == VALUE:
            return m.value_text
        if col == AMOUNT:
            return texts.amount_text(m)
        if col == PERIOD:
            return texts.metric_period_text(m)
        if col == PERIOD_KIND:
            return texts.period_kind_name(series_period_kind(m))
        if col == QUALIFIER:
            return texts.qualifier_text(m.qualifier)
        if col == KIND:
            return texts.kind_name(m.kind)
        if col == DOCUMENT:
            return doc.title if doc else str(m.doc_id or "")
        if col == DATE:
            return (doc.date or "") if doc else ""
        if col == QUOTE:
            return " ".join(m.quote.split())[:160]
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[col]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if col == STATUS:
                reason = self.status(m)[0]
                return -1 if reason == "charted" else REASONS.index(reason) if reason in REASONS else len(REASONS)
            if col in (VALUE, AMOUNT):
                return float(m.normalized_value) if m.normalized_value is not None else 0.0
            if col == PERIOD:
                year, month = period_key(m.period)
                return f"{year:04d}{month:02d}{m.period or ''}"
            return self.texts(index.row())[col]
        if role == STATUS_ROLE:
            return self.status(m)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == QUOTE:
                return m.quote
            if col == DOCUMENT and self._figures is not None and (doc := self._figures.doc(m)):
                return doc.path
            if col == STATUS:
                return self.texts(index.row())[col] or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            reason = self.status(m)[0]
            if m.excluded:
                return self._faint
            if col == STATUS and reason == "conflict":
                return self._error
            if reason not in ("charted", ""):
                return self._muted
            return None
        if role == Qt.ItemDataRole.FontRole and self.status(m)[0] == "charted" and col == STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None


class StatusFilter(QSortFilterProxyModel):
    """Keeps the charted records, the left-out ones, or all (``set_mode``); sorts by UserRole."""

    ALL, CHARTED, LEFT_OUT = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = self.ALL
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_mode(self, mode: int) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.mode = mode
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.mode = mode
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.mode == self.ALL:
            return True
        model = self.sourceModel()
        reason = model.index(source_row, STATUS, source_parent).data(STATUS_ROLE)
        return (reason == "charted") == (self.mode == self.CHARTED)
