"""The sidebar of saved searches and collections (a dock under the search panel): each saved search
with its number of documents and how many are new since it was last opened, each collection
(nested by '/') with its documents; a click searches, the context menu removes or exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core import query as q
from ftz_desktop.records import Collection, SavedSearch
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.workers import TaskRunner, error_message

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # 'saved' or 'collection'
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
QUERY_ROLE = Qt.ItemDataRole.UserRole + 3


def research_lists(library: Library) -> tuple[list[SavedSearch], list[Collection]]:
    """Worker: the saved searches (counting runs each query) and the collections."""
    return library.saved.entries(), library.collections.entries()


def open_saved(library: Library, name: str) -> SavedSearch:
    """Worker: mark a saved search opened; returns it as it was (with its new documents)."""
    return library.saved.opened(name)


class ResearchDock(QDockWidget):
    """Saved searches and collections.

    Signals:
        search_requested(str query): show this query's results in the search panel.
        export_requested(str name): export this collection (documents and annotations).
        save_requested(): save the query shown as a saved search.
        loaded(): the lists were read again.
        changed(): a saved search or collection was removed.
    """

    search_requested = Signal(str)
    export_requested = Signal(str)
    save_requested = Signal()
    loaded = Signal()
    changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Saved Searches and Collections"), parent)
        self.setObjectName("researchDock")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self._runner = runner
        self.library: Library | None = None
        self._generation = 0
        self.saved: list[SavedSearch] = []
        self.collections: list[Collection] = []

        body = QWidget(self)
        self.tree = QTreeWidget(body)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.save_button = QPushButton(self.tr("Save Search…"), body)
        self.save_button.setToolTip(self.tr("Save the query shown in the search panel under a name"))
        self.save_button.clicked.connect(self.save_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)

    # --- our API -----------------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.refresh()

    def refresh(self) -> None:
        """Read the lists again (in a worker: counting a saved search runs its query)."""
        self._generation += 1
        if self.library is None:
            self.saved, self.collections = [], []
            self._fill()
            return
        generation = self._generation
        self._runner.run(research_lists, self.library, callback=lambda res, err: self._listed(generation, res, err))

    def collection_names(self) -> list[str]:
        return [c.name for c in self.collections]

    # --- internals ---------------------------------------------------------------------------
    def _listed(self, generation: int, result: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        if error is None and result is not None:
            self.saved, self.collections = result
        self._fill()
        self.loaded.emit()

    def _group(self, title: str, empty: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title, ""])
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        group.setFont(0, bold)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setExpanded(True)
        group.setData(0, Qt.ItemDataRole.ToolTipRole, empty)
        return group

    def _fill(self) -> None:
        self.tree.clear()
        saved = self._group(self.tr("Saved Searches"), "")
        for s in self.saved:
            count = self.tr("error") if s.error else f"{s.count:,}"
            if s.new:
                count = self.tr("{count} · {new} new").format(count=f"{s.count:,}", new=s.new)
            item = QTreeWidgetItem(saved, [s.name, count])
            item.setData(0, KIND_ROLE, "saved")
            item.setData(0, NAME_ROLE, s.name)
            item.setData(0, QUERY_ROLE, s.query)
            item.setToolTip(0, s.error or s.query)
            if s.new:
                font = QFont(self.tree.font())
                font.setWeight(QFont.Weight.DemiBold)
                item.setFont(0, font)
                item.setFont(1, font)
            else:
                item.setForeground(1, colors.muted(self.tree.palette()))
        if not self.saved:
            hint = QTreeWidgetItem(saved, [self.tr("Search, then Save Search…"), ""])
            hint.setForeground(0, colors.faint(self.tree.palette()))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        groups = self._group(self.tr("Collections"), "")
        parents: dict[str, QTreeWidgetItem] = {}
        totals = {c.name: c.total for c in self.collections}
        for c in self.collections:
            parent = groups
            parts = c.name.split("/")
            for k in range(1, len(parts)):  # a parent that is no collection of its own is still shown
                prefix = "/".join(parts[:k])
                if prefix not in parents:
                    parents[prefix] = self._collection_item(parent, prefix, parts[k - 1], totals.get(prefix))
                parent = parents[prefix]
            parents[c.name] = self._collection_item(parent, c.name, parts[-1], c.total)
        if not self.collections:
            hint = QTreeWidgetItem(groups, [self.tr("Right-click documents: Add to Collection…"), ""])
            hint.setForeground(0, colors.faint(self.tree.palette()))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.expandAll()

    def _collection_item(self, parent: QTreeWidgetItem, name: str, label: str, total: int | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label, "" if total is None else f"{total:,}"])
        item.setData(0, KIND_ROLE, "collection")
        item.setData(0, NAME_ROLE, name)
        item.setData(0, QUERY_ROLE, q.filter_token("in", name))
        item.setToolTip(0, q.filter_token("in", name))
        item.setForeground(1, colors.muted(self.tree.palette()))
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind == "collection":
            self.search_requested.emit(item.data(0, QUERY_ROLE))
        elif kind == "saved" and self.library is not None:
            name, query = item.data(0, NAME_ROLE), item.data(0, QUERY_ROLE)
            self.search_requested.emit(query)
            self._runner.run(open_saved, self.library, name, callback=lambda _r, _e: self.refresh())

    def _menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        kind = item.data(0, KIND_ROLE) if item is not None else None
        if not kind or item is None:
            return
        name = item.data(0, NAME_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("Show Results"), lambda: self._activated(item))
        if kind == "collection":
            menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(name))
            if name in self.collection_names():
                menu.addAction(self.tr("Delete Collection"), lambda: self._remove(kind, name))
        else:
            menu.addAction(self.tr("Remove Saved Search"), lambda: self._remove(kind, name))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _remove(self, kind: str, name: str) -> None:
        if self.library is None:
            return
        if kind == "collection":
            answer = QMessageBox.question(
                self,
                self.tr("Delete Collection"),
                self.tr("Delete the collection “{name}”? Its documents stay in the library.").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            fn: Any = self.library.collections.remove
        else:
            fn = self.library.saved.remove
        self._runner.run(fn, name, callback=self._removed)

    def _removed(self, _result: Any, error: BaseException | None) -> None:
        if error is not None:
            QMessageBox.warning(self, self.windowTitle(), error_message(error))
        self.refresh()
        self.changed.emit()
