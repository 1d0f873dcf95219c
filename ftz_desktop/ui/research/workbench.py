"""What the research workflow adds to the main window: the dock of saved searches and collections,
Save Search…, Add to Collection… (from the results, the document list and the reader) and the
export of a collection. Every edit runs in a worker, in its own transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu

from ftz_desktop.ui.common.workers import error_message
from ftz_desktop.ui.research.dock import ResearchDock
from ftz_desktop.ui.research.export import CollectionExportDialog

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.annotations.workbench import WorkbenchHost
    from ftz_desktop.ui.reader.view import ReaderView


class ResearchWorkbench(QObject):
    """The dock (``dock``) and the actions (``save_search_action``, ``add_to_collection_action``);
    the main window places them.

    Signals:
        edited(): a saved search or a collection changed (the dock re-reads its lists).
    """

    edited = Signal()

    def __init__(self, host: WorkbenchHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.library: Library | None = None
        self.dock = ResearchDock(host.runner, host.window)
        self.dialog: CollectionExportDialog | None = None
        self.save_search_action = QAction(self.tr("Save Search…"), host.window)
        self.save_search_action.setToolTip(self.tr("Save the query shown under a name"))
        self.save_search_action.triggered.connect(self.save_search)
        self.add_to_collection_action = QAction(self.tr("Add to Collection…"), host.window)
        self.add_to_collection_action.setToolTip(
            self.tr("Put the document read (or the rows chosen in the document list) in a collection")
        )
        self.add_to_collection_action.triggered.connect(self.collect_current)
        self.dock.search_requested.connect(self._search)
        self.dock.save_requested.connect(self.save_search)
        self.dock.export_requested.connect(self.export)
        host.search_panel.collect_requested.connect(self.add_to_collection)
        host.library_view.collect_requested.connect(self.add_to_collection)
        # after the annotation workbench (made first) has given the reader its context menu
        host.reader_tabs.reader_created.connect(self._adopt)
        self.edited.connect(self.dock.refresh)

    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.dock.set_library(library)

    def refresh(self) -> None:
        """Count again (after an import: saved searches may have new documents)."""
        self.dock.refresh()

    # --- saved searches ----------------------------------------------------------------------
    def save_search(self) -> None:
        panel = self.host.search_panel
        query = panel.query() or panel.box.text().strip()
        if self.library is None or not query:
            self.host.status(self.tr("Search first, then save the search."), 5000)
            return
        name, ok = QInputDialog.getText(
            self.host.window,
            self.tr("Save Search"),
            self.tr("Name for “{query}”:").format(query=query),
            QLineEdit.EchoMode.Normal,
            query,
        )
        if ok and name.strip():
            self.host.runner.run(self.library.saved.add, name, query, callback=self._saved)

    def _saved(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.host.status(error_message(error), 8000)
            return
        self.host.status(self.tr("Saved the search “{name}”.").format(name=result.name), 5000)
        self.edited.emit()

    def _search(self, query: str) -> None:
        panel = self.host.search_panel
        panel.set_query(query)
        panel.query_committed.emit(query)

    # --- collections -------------------------------------------------------------------------
    def _adopt(self, reader: ReaderView) -> None:
        """The reader's context menu also offers Add to Collection…"""
        inner = reader.menu_hook

        def hook(menu: QMenu, r: ReaderView) -> None:
            if inner is not None:
                inner(menu, r)
            menu.addAction(self.tr("Add Document to Collection…"), lambda: self.add_to_collection([r.doc_id]))

        reader.menu_hook = hook

    def current_documents(self) -> list[int]:
        """The document of the reader shown, else the rows chosen in the document list."""
        reader = self.host.reader_tabs.current_reader()
        if reader is not None:
            return [reader.doc_id]
        return self.host.library_view.selected_doc_ids()

    def collect_current(self) -> None:
        ids = self.current_documents()
        if ids:
            self.add_to_collection(ids)
        else:
            self.host.status(self.tr("Open a document or choose rows in the document list first."), 5000)

    def add_to_collection(self, doc_ids: list[int]) -> None:
        """Ask for a collection (an existing one, or a new name; '/' nests) and put the documents in it."""
        if self.library is None or not doc_ids:
            return
        names = self.dock.collection_names()
        label = (
            self.tr("Add the document to the collection ('/' nests: 报告/2024):")
            if len(doc_ids) == 1
            else self.tr("Add {count} documents to the collection ('/' nests: 报告/2024):").format(count=len(doc_ids))
        )
        name, ok = QInputDialog.getItem(
            self.host.window, self.tr("Add to Collection"), label, names, 0 if names else -1, True
        )
        if ok and name.strip():
            self.host.runner.run(
                self.library.collections.add,
                name,
                list(doc_ids),
                callback=lambda added, err: self._collected(name, len(doc_ids), added, err),
            )

    def _collected(self, name: str, asked: int, added: Any, error: BaseException | None) -> None:
        if error is not None:
            self.host.status(error_message(error), 8000)
            return
        self.host.status(
            self.tr("Added {added} of {asked} documents to “{name}”.").format(added=added, asked=asked, name=name),
            5000,
        )
        self.edited.emit()

    def export(self, name: str) -> CollectionExportDialog | None:
        """Show the export of a collection (preview, save, copy)."""
        if self.library is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = CollectionExportDialog(self.library, self.host.runner, name, self.host.window)
        self.dialog.show()
        return self.dialog
