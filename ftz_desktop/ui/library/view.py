"""The library table: every document, sortable, with a filter box and the import buttons; double-click
opens a reader tab; its context menu tags the selected documents. The rows come from the library
as they are shown (ui/library/model.py); during an import they follow it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.formatting import format_total
from ftz_desktop.ui.common.roles import DOC_ID_ROLE
from ftz_desktop.ui.common.tables import fit_columns, list_table
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.library.model import LibraryTableModel

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

FOLLOW_MS = 1000  # during an import, the listing takes in new documents this often…
FOLLOW_SORTED_MS = 3000  # …or this often when another order than the import's is shown


class LibraryView(QWidget):
    """Filter box, document count and the table.

    Signals:
        open_requested(int doc_id): a row was double-clicked or Enter pressed on it.
        tag_documents_requested(list doc_ids): "Tag Documents…" was chosen for the selected rows.
        collect_requested(list doc_ids): "Add to Collection…" was chosen for the selected rows.
        import_folder_requested(), import_files_requested(): an import button was pressed.
    """

    open_requested = Signal(int)
    tag_documents_requested = Signal(list)
    collect_requested = Signal(list)
    import_folder_requested = Signal()
    import_files_requested = Signal()

    def __init__(self, parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.model = m = LibraryTableModel(self, runner)
        self.model.listed.connect(lambda _shown, _total: self._update_count())
        self._loading = ""
        self._follow = QTimer(self)  # reads what an import added, now and then
        self._follow.timeout.connect(self.model.refresh)

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
            self.model,
            widths=tuple((c, 80) for c in (m.DATE, m.SOURCE, m.FORMAT, m.SIZE, m.MISSING)),
            stretch=(LibraryTableModel.TITLE,),
        )
        fit_columns(
            self.table,
            {
                m.DATE: ["2024-09-08"],
                m.SOURCE: ["中华人民共和国商务部"],
                m.FORMAT: ["docx", "html"],
                m.SIZE: ["999.9 KB"],
                m.MISSING: [self.tr("missing")],
            },
        )
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.folder_button = QToolButton(self, text=self.tr("Import Folder…"), autoRaise=True)
        self.folder_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.files_button = QToolButton(self, text=self.tr("Import Files…"), autoRaise=True)
        self.files_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        for button in (self.folder_button, self.files_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.folder_button.clicked.connect(self.import_folder_requested)
        self.files_button.clicked.connect(self.import_files_requested)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 2)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        top.addSpacing(8)
        top.addWidget(self.folder_button)
        top.addWidget(self.files_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_count()

    def set_library(self, library: Library | None) -> None:
        """Show ``library``'s documents (None: none); the rows fill in as they are read."""
        self._loading = ""
        self.model.set_library(library)
        self._update_count()

    def follow_import(self, running: bool) -> None:
        """While an import runs, take in the documents it adds (every second, or less often when
        reading the order takes long: another sort than the import order)."""
        if running:
            key, descending = self.model.sort_key()
            self._follow.start(FOLLOW_MS if key == "imported" and not descending else FOLLOW_SORTED_MS)
        else:
            self._follow.stop()
            self.model.refresh()

    def set_loading(self, text: str) -> None:
        """Say what is being read (the table fills in when it is there)."""
        self._loading = text
        self._update_count()

    def set_importing(self, busy: bool) -> None:
        for button in (self.folder_button, self.files_button):
            button.setEnabled(not busy)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_box.text())

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if self._loading:
            self.count_label.setText(self._loading)
        elif shown == total or not self.model.filter_text():
            self.count_label.setText(format_total(total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{total:,}"))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(DOC_ID_ROLE)))

    def selected_doc_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.doc_id_at(r) for r in rows]

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
        ids = self.selected_doc_ids()
        menu.addAction(self.tr("Add to Collection…"), lambda: self.collect_requested.emit(ids))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
