"""The Annotations tab: every annotation of the library in a sortable table (colour, passage, note,
tags, document, date, status), filtered by text, tag, colour, document and status; double-click
opens the reader at the passage. Loading runs on the task runner's pool."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.errors import UserError
from ftz_desktop.records import ANNOTATION_COLORS, Annotation, DocumentSummary, TagCount
from ftz_desktop.ui.annotations.model import AnnotationsModel
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.colors import color_label, swatch_icon
from ftz_desktop.ui.common.formatting import counted
from ftz_desktop.ui.common.tables import list_table
from ftz_desktop.ui.common.workers import TaskRunner

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

BATCH = 500
FILTER_DELAY_MS = 200
ALL = None


@dataclass(frozen=True)
class Filters:
    text: str = ""
    tag: str | None = None
    color: str | None = None
    doc_id: int | None = None
    status: str | None = None


@dataclass(frozen=True)
class Listing:
    items: list[Annotation]
    docs: dict[int, DocumentSummary]  # documents of every annotation (for the document filter too)
    tags: list[TagCount]
    total: int


def load_listing(library: Library, filters: Filters) -> Listing:
    """Worker: the annotations passing ``filters`` and what the filter boxes offer."""
    service = library.annotations
    everything = service.select()
    items = service.select(
        doc_id=filters.doc_id, tag=filters.tag, color=filters.color, text=filters.text or None, status=filters.status
    )
    return Listing(items, service.documents_of(everything), service.tags(), len(everything))


class AnnotationsTab(QWidget):
    """Every annotation, filtered and sorted.

    Signals:
        open_requested(object annotation): open the reader at this annotation's passage.
        delete_requested(list ids), recolor_requested(list ids, str color)
        note_requested(int annotation_id), tags_requested(list ids): edit in a dialog.
        loaded(int shown): the table was (re)filled.
    """

    open_requested = Signal(object)
    delete_requested = Signal(list)
    recolor_requested = Signal(list, str)
    note_requested = Signal(int)
    tags_requested = Signal(list)
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.library: Library | None = None
        self._request = 0
        self._total = 0

        self.text_box = QLineEdit(self)
        self.text_box.setPlaceholderText(self.tr("Filter by passage, note or tag"))
        self.text_box.setClearButtonEnabled(True)
        self.tag_box = QComboBox(self)
        self.color_box = QComboBox(self)
        self.color_box.addItem(self.tr("All colours"), ALL)
        for color in ANNOTATION_COLORS:
            self.color_box.addItem(swatch_icon(color), color_label(color), color)
        self.doc_box = QComboBox(self)
        self.orphans_button = QToolButton(self, text=self.tr("Orphans only"), checkable=True, autoRaise=True)
        self.orphans_button.setToolTip(
            self.tr("Only the annotations whose passage was not found after their document changed, to re-attach them")
        )
        self.orphans_button.toggled.connect(lambda _on: self.refresh())
        for box in (self.text_box, self.tag_box, self.color_box, self.doc_box):
            # shared by stretch, so a narrow window still fits them (the popups show full names)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.setMinimumWidth(36)
        self._fill_tags([])
        self._fill_docs({})
        self.count_label = QLabel(self)
        colors.set_text_color(self.count_label)
        self.tags_button = QToolButton(self, text=self.tr("Manage Tags…"), autoRaise=True)
        self.export_button = QToolButton(self, text=self.tr("Export…"), autoRaise=True)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.text_box.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.tag_box, self.color_box, self.doc_box):
            box.activated.connect(lambda _i: self.refresh())

        self.model = AnnotationsModel(self, editable=False, batch=BATCH)
        self.table = list_table(
            self,
            self.model,
            widths=(
                (AnnotationsModel.COLOR, 32),
                (AnnotationsModel.TAGS, 120),
                (AnnotationsModel.DOCUMENT, 140),
                (AnnotationsModel.CREATED, 92),
                (AnnotationsModel.STATUS, 72),
            ),
            stretch=(AnnotationsModel.QUOTE, AnnotationsModel.NOTE),  # they share what is left
        )
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)

        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 2)
        for box, stretch in ((self.text_box, 3), (self.tag_box, 2), (self.color_box, 2), (self.doc_box, 3)):
            top.addWidget(box, stretch)
        for w in (self.orphans_button, self.count_label, self.tags_button, self.export_button):
            w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            w.setMinimumWidth(24)  # squeezed, not widening the window, when it is narrow
        top.addWidget(self.orphans_button)
        top.addWidget(self.count_label)
        top.addWidget(self.tags_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    # --- our API -----------------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.refresh()

    def filters(self) -> Filters:
        return Filters(
            text=self.text_box.text().strip(),
            tag=self.tag_box.currentData(),
            color=self.color_box.currentData(),
            doc_id=self.doc_box.currentData(),
            status="orphaned" if self.orphans_button.isChecked() else None,
        )

    def set_tag_filter(self, tag: str | None) -> None:
        """Show only annotations with ``tag`` (or nested below it); None: every tag."""
        index = self.tag_box.findData(tag)
        if index < 0 and tag is not None:
            self.tag_box.addItem(tag, tag)
            index = self.tag_box.count() - 1
        self.tag_box.setCurrentIndex(max(0, index))
        self.refresh()

    def set_orphans_only(self, on: bool) -> None:
        """Show only the orphaned annotations (for review), or all."""
        if self.orphans_button.isChecked() != on:
            self.orphans_button.setChecked(on)  # refreshes
        else:
            self.refresh()

    def is_filtered(self) -> bool:
        return self.filters() != Filters()

    def selected(self) -> list[Annotation]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.annotation(r) for r in rows]

    def refresh(self) -> None:
        """Read the annotations again (in a worker) with the current filters."""
        self._timer.stop()
        self._request += 1
        request = self._request
        if self.library is None:
            self.model.set_annotations([], {})
            self._update_count()
            return
        self.runner.run(
            load_listing,
            self.library,
            self.filters(),
            callback=lambda result, error: self._loaded(request, result, error),
        )

    # --- internals ---------------------------------------------------------------------------
    def _loaded(self, request: int, listing: Listing | None, error: BaseException | None) -> None:
        if request != self._request:
            return
        if error is not None or listing is None:
            self.model.set_annotations([], {})
            message = str(error) if isinstance(error, UserError) else repr(error)
            self.count_label.setText(self.tr("Cannot list the annotations: {error}").format(error=message))
            return
        selected = {a.id for a in self.selected()}
        self._total = listing.total
        self._fill_tags(listing.tags)
        self._fill_docs(listing.docs)
        self.model.set_annotations(listing.items, listing.docs)
        for ann_id in selected:
            row = self.model.row_of(ann_id)
            if row >= 0:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows,
                )
        self._update_count()
        self.loaded.emit(self.model.total())

    def _update_count(self) -> None:
        shown = self.model.total()
        if shown == self._total:
            self.count_label.setText(counted(shown, self.tr("1 annotation"), self.tr("{count} annotations")))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{self._total:,}"))

    def _fill_tags(self, tags: list[TagCount]) -> None:
        current = self.tag_box.currentData()
        self.tag_box.clear()
        self.tag_box.addItem(self.tr("All tags"), ALL)
        for t in tags:
            depth = t.name.count("/")
            label = "    " * depth + (t.name.rsplit("/", 1)[-1] if depth else t.name)
            self.tag_box.addItem(label, t.name)
            self.tag_box.setItemData(self.tag_box.count() - 1, t.name, Qt.ItemDataRole.ToolTipRole)
        if current is not None and self.tag_box.findData(current) < 0:
            self.tag_box.addItem(current, current)
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(current)))

    def _fill_docs(self, docs: dict[int, DocumentSummary]) -> None:
        current = self.doc_box.currentData()
        self.doc_box.clear()
        self.doc_box.addItem(self.tr("All documents"), ALL)
        for doc in sorted(docs.values(), key=lambda d: d.title.casefold()):
            self.doc_box.addItem(doc.title, doc.doc_id)
            self.doc_box.setItemData(self.doc_box.count() - 1, doc.path, Qt.ItemDataRole.ToolTipRole)
        self.doc_box.setCurrentIndex(max(0, self.doc_box.findData(current)))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.annotation(index.row()))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The menu for the selected rows (built fresh each time)."""
        menu = QMenu(self)
        chosen = self.selected()
        if not chosen:
            return menu
        ids = [a.id for a in chosen]
        menu.addAction(self.tr("Open in Reader"), lambda: self.open_requested.emit(chosen[0]))
        menu.addSeparator()
        note = menu.addAction(self.tr("Edit Note…"), lambda: self.note_requested.emit(ids[0]))
        note.setEnabled(len(ids) == 1)
        menu.addAction(self.tr("Edit Tags…"), lambda: self.tags_requested.emit(ids))
        colours = menu.addMenu(self.tr("Colour"))
        for color in ANNOTATION_COLORS:
            colours.addAction(
                swatch_icon(color), color_label(color), lambda c=color: self.recolor_requested.emit(ids, c)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(ids))
        return menu
