"""The outline dock: the current reader's chapters, sections and articles (or a report's headings)
as a collapsible tree that follows the reading position, jumps on click, and counts the hits of
the reader's highlighted terms per heading."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core import outline as core_outline
from ftz_desktop.core.outline import Heading
from ftz_desktop.records import Document
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.reader.view import ReaderView

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # the index of the heading in the outline
FOLLOW_MS = 120  # the outline follows the text once scrolling pauses this long


def outline_task(doc: Document) -> list[Heading]:
    """Worker: the outline of a loaded document."""
    return core_outline.outline(doc.text, doc.paragraphs)


class OutlineDock(QDockWidget):
    """The outline of the document in the current reader (``set_reader``).

    Signals:
        outline_shown(int count): the outline of a loaded document is shown (count headings; 0:
            it has none).
    """

    outline_shown = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outline"), parent)
        self.setObjectName("outlineDock")
        self.runner = runner
        self.reader: ReaderView | None = None
        self.headings: list[Heading] = []
        self._items: list[QStandardItem] = []
        self._request = 0
        self._following = False
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_MS)
        self._follow_timer.timeout.connect(self.follow_reader)

        body = QWidget(self)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Heading"), self.tr("Hits")])
        self.tree = QTreeView(body)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHeaderHidden(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._jump)
        self.tree.activated.connect(self._jump)
        self.empty_label = QLabel(self.tr("No outline: open a law, regulation or report with numbered headings."), body)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setContentsMargins(8, 8, 8, 8)
        colors.set_text_color(self.empty_label)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        self.tree.hide()
        self.setWidget(body)

    # --- the reader followed -------------------------------------------------------------------
    def set_reader(self, reader: ReaderView | None) -> None:
        """Show the outline of ``reader``'s document (None: no reader)."""
        if reader is self.reader:
            return
        if self.reader is not None:
            for signal, slot in self._reader_connections(self.reader):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with its reader
                    pass
        self.reader = reader
        if reader is not None:
            for signal, slot in self._reader_connections(reader):
                signal.connect(slot)
        self._load()

    def _reader_connections(self, reader: ReaderView) -> list[tuple[Any, Any]]:
        return [
            (reader.loaded, self._reader_loaded),
            (reader.hits_changed, self._update_hits),
            (reader.text_edit.verticalScrollBar().valueChanged, self._scrolled),
            (reader.destroyed, self._reader_destroyed),
        ]

    def _reader_destroyed(self, *_args: Any) -> None:
        self.reader = None
        self._show([], announce=False)

    def _reader_loaded(self, _doc_id: int) -> None:
        self._load()

    def _load(self) -> None:
        self._request += 1
        reader = self.reader
        if reader is None or reader.document is None:
            self._show([], announce=False)
            return
        request = self._request
        self.runner.run(outline_task, reader.document, then=lambda heads: self._loaded(request, heads))

    def _loaded(self, request: int, headings: list[Heading]) -> None:
        if request != self._request:
            return
        self._show(headings)

    def _show(self, headings: Sequence[Heading], *, announce: bool = True) -> None:
        self.headings = list(headings)
        self.model.removeRows(0, self.model.rowCount())
        self._items = []
        parents: list[tuple[Heading, QStandardItem]] = []
        root = self.model.invisibleRootItem()
        rank = {k: i for i, k in enumerate((*core_outline.LAW_KINDS, *core_outline.REPORT_KINDS))}
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for i, h in enumerate(self.headings):
            while parents and rank[parents[-1][0].kind] >= rank[h.kind]:
                parents.pop()
            item = QStandardItem(h.text)
            item.setData(i, HEADING_ROLE)
            item.setToolTip(h.text)
            if h.kind != "article":
                item.setFont(bold)
            count = QStandardItem("")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            (parents[-1][1] if parents else root).appendRow([item, count])
            self._items.append(item)
            parents.append((h, item))
        # laws: chapters open, their articles folded away when there are many
        if len(self.headings) <= 40:
            self.tree.expandAll()
        else:
            self._expand_to_sections()
        self.tree.setVisible(bool(self.headings))
        self.empty_label.setVisible(not self.headings)
        self._update_hits()
        self.follow_reader()
        if announce:
            self.outline_shown.emit(len(self.headings))

    def _expand_to_sections(self) -> None:
        self.tree.collapseAll()
        for item, h in zip(self._items, self.headings, strict=True):
            if h.kind in ("part", "chapter", "h1"):
                self.tree.expand(item.index())

    def _update_hits(self) -> None:
        """Hits of the reader's highlighted terms per heading (the Hits column)."""
        spans = self.reader.query_hits() if self.reader is not None else []
        counts = core_outline.hits_per_heading(self.headings, spans) if spans else [0] * len(self.headings)
        for item, n in zip(self._items, counts, strict=True):
            cell = self._count_item(item)
            if cell is not None:
                cell.setText(str(n) if n else "")
        self.model.setHeaderData(
            1, Qt.Orientation.Horizontal, self.tr("Hits") if spans else "", Qt.ItemDataRole.DisplayRole
        )

    def _count_item(self, item: QStandardItem) -> QStandardItem | None:
        parent = item.parent() or self.model.invisibleRootItem()
        return parent.child(item.row(), 1)

    def hit_counts(self) -> dict[str, int]:
        """Heading text → the number shown in its Hits column (for tests and screenshots)."""
        out = {}
        for item in self._items:
            cell = self._count_item(item)
            out[item.text()] = int(cell.text()) if cell is not None and cell.text() else 0
        return out

    # --- position ---------------------------------------------------------------------------------
    def _scrolled(self, _value: int) -> None:
        self._follow_timer.start()

    def follow_reader(self) -> None:
        """Select the heading of the reader's reading position (without jumping)."""
        if self.reader is None or not self.headings:
            return
        offset = self.reader.reading_position()
        if offset is None:
            return
        i = core_outline.heading_at(self.headings, offset)
        self._following = True
        try:
            if i < 0:
                self.tree.clearSelection()
                self.tree.setCurrentIndex(QModelIndex())
            else:
                index = self._items[i].index()
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        finally:
            self._following = False

    def current_heading(self) -> Heading | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        i = self.model.itemFromIndex(index.siblingAtColumn(0)).data(HEADING_ROLE)
        return self.headings[int(i)] if i is not None else None

    def _jump(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self._following or self.reader is None or not index.isValid():
            return
        i = self.model.itemFromIndex(self.model.index(index.row(), 0, index.parent())).data(HEADING_ROLE)
        if i is not None:
            self.jump_to(int(i))

    def jump_to(self, i: int) -> None:
        """Show heading ``i`` at the top of the reader."""
        if self.reader is not None and 0 <= i < len(self.headings):
            self.reader.go_to_offset(self.headings[i].start)
            self.reader.text_edit.setFocus()
