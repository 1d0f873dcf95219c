"""The library table: every document, sortable, with a filter box; double-click opens a reader tab;
its context menu tags the selected documents."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.records import DocumentSummary
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.formatting import format_total
from ftz_desktop.ui.common.roles import DOC_ID_ROLE
from ftz_desktop.ui.common.tables import list_table
from ftz_desktop.ui.library.model import LibraryFilterProxy, LibraryTableModel


class LibraryView(QWidget):
    """Filter box, document count and the table.

    Signals:
        open_requested(int doc_id): a row was double-clicked or Enter pressed on it.
        tag_documents_requested(list doc_ids): "Tag Documents…" was chosen for the selected rows.
    """

    open_requested = Signal(int)
    tag_documents_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by title, date, source or path"))
        self.filter_box.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())
        self.count_label = QLabel(self)
        colors.set_text_color(self.count_label)

        self.table = list_table(
            self,
            self.proxy,
            widths=(
                (LibraryTableModel.DATE, 100),
                (LibraryTableModel.SOURCE, 140),
                (LibraryTableModel.FORMAT, 64),
                (LibraryTableModel.SIZE, 80),
                (LibraryTableModel.MISSING, 72),
            ),
            stretch=(LibraryTableModel.TITLE,),
        )
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 2)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_count()

    def set_documents(self, docs: Sequence[DocumentSummary], hays: dict[int, str] | None = None) -> None:
        self.model.set_documents(docs, hays)
        self._update_count()

    def _apply_filter(self) -> None:
        self.proxy.set_filter_text(self.filter_box.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(format_total(total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{total:,}"))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(DOC_ID_ROLE)))

    def selected_doc_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [int(self.proxy.index(r, 0).data(DOC_ID_ROLE)) for r in rows]

    def tag_selected(self) -> None:
        ids = self.selected_doc_ids()
        if ids:
            self.tag_documents_requested.emit(ids)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._open_index(index))
        count = len(self.selected_doc_ids())
        text = self.tr("Tag Document…") if count == 1 else self.tr("Tag {count} Documents…").format(count=count)
        menu.addAction(text, self.tag_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
