"""The main window: search dock, reader tabs over the library table, import progress in the status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from ftz_desktop import package_data, paths
from ftz_desktop.records import ImportReport
from ftz_desktop.ui.annotations.workbench import AnnotationWorkbench, WorkbenchHost
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common import shortcuts as keys
from ftz_desktop.ui.common.formatting import format_total
from ftz_desktop.ui.common.settings import Settings
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.entities.dock import EntitiesDock
from ftz_desktop.ui.help import pages as help_pages
from ftz_desktop.ui.help.about import AboutDialog
from ftz_desktop.ui.library.importing import ImportController, ImportProgressWidget, ImportReportDialog, report_summary
from ftz_desktop.ui.library.opening import FileOpener
from ftz_desktop.ui.library.session import LibrarySession, Listing
from ftz_desktop.ui.library.view import LibraryView
from ftz_desktop.ui.library.welcome import WelcomePage
from ftz_desktop.ui.reader.tabs import ReaderTabs, load_document_task
from ftz_desktop.ui.search.panel import SearchPanel
from ftz_desktop.ui.zones.page import ZonesPage

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

SAMPLE_LIBRARY_FILENAME = "sample-library.sqlite"


class MainWindow(QMainWindow):
    """The workbench window.

    Signals:
        library_opened(str path): a library is open and its listing shown.
        documents_reloaded(int count): the library listing was (re)loaded.
        import_finished(object report): an import ended (ImportReport; ``cancelled`` if cancelled).
        library_failed(str message): a library could not be opened.
    """

    library_opened = Signal(str)
    documents_reloaded = Signal(int)
    import_finished = Signal(object)
    library_failed = Signal(str)

    PAGE_LOADING, PAGE_WELCOME, PAGE_WORKSPACE = range(3)

    def __init__(
        self,
        settings: Settings,
        library_path: Path | None = None,
        *,
        show_reports: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.show_reports = show_reports
        self.runner = TaskRunner(self)
        # the open library; one being replaced is closed once no worker or queued edit uses it
        self.session = LibrarySession(self.runner, lambda: self.runner.busy() or self.annotating.busy(), self)
        self.runner.error_reported.connect(lambda message: self.statusBar().showMessage(message, 15_000))
        self.importer = ImportController(self.runner, self)
        self.file_opener = FileOpener(self, self)
        self._restoring_tabs = False
        self._quiet_import = False
        self.report_dialog: ImportReportDialog | None = None

        self.setWindowTitle(self.tr("FTZ Desktop"))
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_actions()
        self._wire()
        self._restore_layout()
        self.open_library(library_path or settings.last_library() or paths.default_library_path())

    # --- construction ------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.welcome = WelcomePage(self)
        self.reader_tabs = ReaderTabs(self._load_document, self)
        self.reader_hint = QLabel(self.tr("Search with Ctrl+K, or double-click a document below to read it."), self)
        self.reader_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colors.set_text_color(self.reader_hint, "faint")
        self.reader_stack = QStackedWidget(self)
        self.reader_stack.addWidget(self.reader_hint)
        self.reader_stack.addWidget(self.reader_tabs)
        self.library_view = LibraryView(self)
        self.bottom_tabs = QTabWidget(self)  # the document list, then the Annotations tab
        self.bottom_tabs.setObjectName("bottomTabs")
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.addTab(self.library_view, self.tr("Documents"))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.reader_stack)
        self.splitter.addWidget(self.bottom_tabs)
        self.splitter.setStretchFactor(0, 1)  # the reader takes what the window gains
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 180])

        self.stack = QStackedWidget(self)
        self.stack.addWidget(QWidget(self))  # loading: an empty calm page
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.search_panel = SearchPanel(self.runner, self)
        self.search_panel.set_recent(self.settings.recent_searches())
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.resizeDocks([self.search_dock], [400], Qt.Orientation.Horizontal)

        self.entities_dock = EntitiesDock(self.runner, self)  # zones, areas, orgs… of the document
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities_dock)
        # figures per zone: charts and table, a tab beside the reader tabs (View → Zones)
        self.zones_page = ZonesPage(self.runner, self)
        self.zones_page.hide()

        self.progress_widget = ImportProgressWidget(self)
        self.progress_widget.hide()
        self.library_label = QLabel(self)
        self.library_label.setContentsMargins(0, 0, 6, 0)
        colors.set_text_color(self.library_label)
        self.statusBar().addPermanentWidget(self.progress_widget)
        self.statusBar().addPermanentWidget(self.library_label)

        # drops go to the window, never into a text field
        for widget in (self.search_panel.box, self.library_view.filter_box, self.reader_tabs):
            widget.setAcceptDrops(False)

    def _action(
        self, text: str, slot: Callable[..., Any], shortcut: keys.Shortcut | None = None, icon: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(keys.keys(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.import_folder_action = self._action(
            self.tr("Import &Folder…"), self.choose_import_folder, keys.IMPORT_FOLDER, sp.SP_DirOpenIcon
        )
        self.import_files_action = self._action(
            self.tr("Import F&iles…"), self.choose_import_files, keys.OPEN_FILES, sp.SP_FileIcon
        )
        self.cancel_import_action = self._action(self.tr("&Cancel Import"), self.importer.cancel)
        self.cancel_import_action.setEnabled(False)
        self.sample_action = self._action(self.tr("Open &Sample Library"), self.open_sample_library)
        self.open_library_action = self._action(self.tr("&Open Library…"), self.choose_library)
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.QUIT)

        self.copy_citation_action = self._action(
            self.tr("Copy with &Citation"), self.copy_with_citation, keys.COPY_CITATION
        )
        self.find_action = self._action(self.tr("&Find in Document…"), self.find_in_document, keys.FIND)
        self.open_original_action = self._action(self.tr("Open &Original File"), self.open_original)

        self.focus_search_action = self._action(self.tr("&Search…"), self.focus_search, keys.SEARCH)
        self.next_hit_action = self._action(self.tr("&Next Hit"), self.next_hit, keys.FIND_NEXT)
        self.previous_hit_action = self._action(self.tr("&Previous Hit"), self.previous_hit, keys.FIND_PREVIOUS)

        self.zoom_in_action = self._action(self.tr("Zoom &In"), lambda: self.zoom(1), keys.ZOOM_IN)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), lambda: self.zoom(-1), keys.ZOOM_OUT)
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), lambda: self.zoom(None), keys.ZOOM_RESET)
        self.close_tab_action = self._action(self.tr("&Close Tab"), self.reader_tabs.close_current, keys.CLOSE_TAB)
        self.next_tab_action = self._action(self.tr("Next &Tab"), lambda: self.reader_tabs.cycle(1), keys.NEXT_TAB)
        self.previous_tab_action = self._action(
            self.tr("Previous Ta&b"), lambda: self.reader_tabs.cycle(-1), keys.PREVIOUS_TAB
        )
        self.about_action = self._action(self.tr("&About FTZ Desktop"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_help_action = self._action(
            self.tr("&Keyboard Shortcuts"), lambda: help_pages.show_shortcuts(self, self.menuBar()), keys.HELP
        )
        self.syntax_help_action = self._action(self.tr("Search S&yntax"), lambda: help_pages.show_search_syntax(self))

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.import_folder_action, self.import_files_action, self.cancel_import_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.open_library_action)
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for a in (self.copy_citation_action, self.find_action, self.open_original_action):
            edit_menu.addAction(a)
        search_menu = bar.addMenu(self.tr("&Search"))
        for a in (self.focus_search_action, self.next_hit_action, self.previous_hit_action):
            search_menu.addAction(a)
        self.recent_menu = search_menu.addMenu(self.tr("&Recent Searches"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addAction(self.entities_dock.toggleViewAction())
        view_menu.addAction(self._action(self.tr("&Zones"), self.show_zones, keys.ZONES))
        view_menu.addSeparator()
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(a)
        view_menu.addSeparator()
        for a in (self.close_tab_action, self.next_tab_action, self.previous_tab_action):
            view_menu.addAction(a)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_help_action)
        help_menu.addAction(self.syntax_help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        # annotations: the panel, the Annotations tab, the Annotate menu, Undo/Redo, export/import
        self.annotating = AnnotationWorkbench(
            WorkbenchHost(
                window=self,
                runner=self.runner,
                reader_tabs=self.reader_tabs,
                search_panel=self.search_panel,
                library_view=self.library_view,
                bottom_tabs=self.bottom_tabs,
                status=self.statusBar().showMessage,
            )
        )
        work = self.annotating
        self.bottom_tabs.addTab(work.tab, self.tr("Annotations"))
        first_edit = edit_menu.actions()[0]
        edit_menu.insertActions(first_edit, [work.undo_action, work.redo_action])
        edit_menu.insertSeparator(first_edit)
        file_menu.insertActions(self.open_library_action, work.file_actions)
        file_menu.insertSeparator(self.open_library_action)
        bar.insertMenu(view_menu.menuAction(), work.menu)
        view_menu.insertAction(view_menu.actions()[1], work.panel.toggleViewAction())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, work.panel)
        self.resizeDocks([work.panel], [360], Qt.Orientation.Horizontal)
        self.tabifyDockWidget(self.entities_dock, work.panel)  # one column on the right, two tabs
        work.panel.raise_()

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_folder_action.setIconText(self.tr("Import Folder"))
        self.import_files_action.setIconText(self.tr("Import Files"))
        toolbar.addAction(self.import_folder_action)
        toolbar.addAction(self.import_files_action)

    def _wire(self) -> None:
        self.runner.idle.connect(self.session.close_retired)
        self.annotating.controller.idle.connect(self.session.close_retired)
        self.session.opened.connect(self._library_opened)
        self.session.failed.connect(self._library_failed)
        self.session.listing_loaded.connect(self._show_documents)
        self.session.listing_failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.import_finished.connect(lambda _r: self.annotating.refresh_all())  # imports re-anchor
        self.welcome.import_folder_requested.connect(self.choose_import_folder)
        self.welcome.import_files_requested.connect(self.choose_import_files)
        self.welcome.sample_requested.connect(self.open_sample_library)
        self.search_panel.open_requested.connect(self.open_document)
        self.search_panel.query_committed.connect(self._remember_query)
        self.library_view.open_requested.connect(lambda doc_id: self.open_document(doc_id, self.search_panel.query()))
        self.reader_tabs.tabs_changed.connect(self._tabs_changed)
        self.reader_tabs.currentChanged.connect(lambda _i: self._save_tabs())
        self.importer.started.connect(self._import_started)
        self.importer.progress.connect(self.progress_widget.show_progress)
        self.importer.finished.connect(self._import_done)
        self.importer.failed.connect(self._import_failed)
        self.progress_widget.cancel_requested.connect(self.importer.cancel)
        self.reader_tabs.currentChanged.connect(self._entities_follow_reader)
        self.search_panel.query_committed.connect(self.entities_dock.set_search)
        self.entities_dock.entity_activated.connect(self._highlight_entity)
        self.entities_dock.search_requested.connect(self._search_for)

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            width, height = min(1440, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9))
            self.resize(width, height)
            self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.reader_tabs.set_zoom(self.settings.reader_zoom())

    # --- library -----------------------------------------------------------------------------
    @property
    def library(self) -> Library | None:
        return self.session.library

    @property
    def library_path(self) -> Path | None:
        return self.session.path

    def open_library(self, path: Path, after: Callable[[], None] | None = None) -> None:
        """Open (or create) the library at ``path`` in a worker, then show it; ``after()`` follows."""
        if self.importer.is_running():
            self.statusBar().showMessage(self.tr("Wait for the import to finish first."), 5000)
            return
        self._save_tabs()
        self.reader_tabs.close_all()
        for view in self._library_views():
            view.set_library(None)
        self.stack.setCurrentIndex(self.PAGE_LOADING)
        self.library_label.setText(self.tr("Opening {name}…").format(name=Path(path).name))
        self.session.open(Path(path), after)

    def _library_views(self) -> tuple[Any, ...]:
        """What shows the open library (told when it changes)."""
        return (self.search_panel, self.annotating, self.entities_dock, self.zones_page)

    def _library_failed(self, path: str, reason: str) -> None:
        message = self.tr("Cannot open the library {path}: {error}").format(path=path, error=reason)
        self.library_label.setText(self.tr("No library"))
        self.stack.setCurrentIndex(self.PAGE_WELCOME)
        self.statusBar().showMessage(message)
        self.library_failed.emit(message)

    def _library_opened(self, path: str, listing: Listing) -> None:
        self.settings.set_last_library(Path(path))
        self.setWindowTitle(self.tr("{name} — FTZ Desktop").format(name=Path(path).name))
        self._show_documents(listing)
        for view in self._library_views():
            view.set_library(self.library)
        self._restore_tabs()
        self.library_opened.emit(path)

    def reload_documents(self) -> None:
        """Re-read the library listing in a worker."""
        self.session.reload()

    def _show_documents(self, listing: Listing) -> None:
        docs, hays = listing
        self.library_view.set_documents(docs, hays)
        name = self.library_path.name if self.library_path else ""
        self.library_label.setText(f"{name}  ·  {format_total(len(docs))}")
        self.stack.setCurrentIndex(self.PAGE_WORKSPACE if docs else self.PAGE_WELCOME)
        self.documents_reloaded.emit(len(docs))

    def choose_library(self) -> None:
        start = str(self.library_path.parent if self.library_path else paths.data_dir())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open or Create Library"),
            start,
            self.tr("Libraries (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open_library(Path(path))

    def sample_library_path(self) -> Path:
        return paths.data_dir() / SAMPLE_LIBRARY_FILENAME

    def open_sample_library(self) -> None:
        """Import the bundled samples into the sample library and switch to it."""
        path = self.sample_library_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_library(path, after=lambda: self._import_samples())

    def _import_samples(self) -> None:
        self.import_paths([package_data.samples_dir()], quiet=True)

    # --- importing ---------------------------------------------------------------------------
    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import Folder"))
        if folder:
            self.import_paths([Path(folder)])

    def choose_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Files"),
            "",
            self.tr("Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths_: Sequence[Path | str], *, quiet: bool = False) -> bool:
        """Import files and folders in a worker (what the menu, toolbar, welcome page and drops call)."""
        if self.library is None:
            self.statusBar().showMessage(self.tr("No library is open."), 5000)
            return False
        self._quiet_import = quiet
        if not self.importer.start(self.library, list(paths_)):
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return False
        return True

    def _import_started(self, _paths: list) -> None:
        self.progress_widget.reset()
        self.progress_widget.show()
        self.cancel_import_action.setEnabled(True)
        self.welcome.set_busy(True)
        self.session.follow_import(True)
        for action in (
            self.import_folder_action,
            self.import_files_action,
            self.sample_action,
            self.open_library_action,
        ):
            action.setEnabled(False)

    def _import_ended(self) -> None:
        self.progress_widget.hide()
        self.cancel_import_action.setEnabled(False)
        self.welcome.set_busy(False)
        self.session.follow_import(False)
        for action in (
            self.import_folder_action,
            self.import_files_action,
            self.sample_action,
            self.open_library_action,
        ):
            action.setEnabled(True)

    def _import_done(self, report: ImportReport) -> None:
        self._import_ended()
        self.statusBar().showMessage(report_summary(report), 15000)
        self.reload_documents()
        self.entities_dock.refresh()
        self.zones_page.refresh()
        if self.search_panel.box.text().strip():
            self.search_panel.search_now()
        if self.show_reports and not (self._quiet_import and not report.failed):
            if self.report_dialog is not None:
                self.report_dialog.close()
                self.report_dialog.deleteLater()
            self.report_dialog = ImportReportDialog(report, self)
            self.report_dialog.show()
        self.import_finished.emit(report)

    def _import_failed(self, message: str) -> None:
        self._import_ended()
        self.statusBar().showMessage(self.tr("Import failed: {message}").format(message=message), 15000)
        self.reload_documents()  # whatever was committed before the failure is listed
        self.import_finished.emit(ImportReport(cancelled=True))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_paths(files)
        else:
            event.ignore()

    # --- reading -----------------------------------------------------------------------------
    def _load_document(self, doc_id: int, query: str, callback: Callable[[Any, BaseException | None], None]) -> None:
        if self.library is None:
            callback(None, KeyError(doc_id))
            return
        self.runner.run(load_document_task, self.library, doc_id, query, callback=callback)

    def open_document(self, doc_id: int, query: str = "") -> None:
        self.reader_tabs.open_document(doc_id, query)

    def show_zones(self) -> None:
        """Show the Zones tab (the first tab beside the documents), opening it if it is closed."""
        index = self.reader_tabs.indexOf(self.zones_page)
        if index < 0:
            index = self.reader_tabs.insertTab(0, self.zones_page, self.tr("Zones"))
        self.reader_tabs.setCurrentIndex(index)
        self._tabs_changed()

    def open_metric(self, doc_id: int, start: int, end: int, label: str) -> None:
        """Open a figure's document with its sentence highlighted (from the Zones view)."""
        self.reader_tabs.open_with_highlight(doc_id, [(start, end)], label)

    def _entities_follow_reader(self, _index: int = -1) -> None:
        reader = self.reader_tabs.current_reader()
        self.entities_dock.set_document(reader.doc_id if reader is not None else None)

    def _highlight_entity(self, kind: str, name: str) -> None:
        """Mark an entity's mentions in the current reader; F3 / Shift+F3 then step through them."""
        reader = self.reader_tabs.current_reader()
        if reader is not None and reader.doc_id == self.entities_dock.doc_id:
            reader.set_hits(self.entities_dock.spans_for(kind, name), name)

    def _search_for(self, query: str) -> None:
        self.focus_search()
        self.search_panel.set_query(query)
        self.search_panel.search_now()

    def _tabs_changed(self) -> None:
        self.reader_stack.setCurrentIndex(1 if self.reader_tabs.count() else 0)
        self._save_tabs()

    def _save_tabs(self) -> None:
        if self.library_path is not None and not self._restoring_tabs and self.library is not None:
            self.settings.set_open_tabs(self.library_path, self.reader_tabs.doc_ids(), self.reader_tabs.currentIndex())

    def _restore_tabs(self) -> None:
        if self.library_path is None:
            return
        ids, current = self.settings.open_tabs(self.library_path)
        self._restoring_tabs = True
        try:
            for doc_id in ids:
                self.reader_tabs.open_document(doc_id, activate=False)
            if 0 <= current < self.reader_tabs.count():
                self.reader_tabs.setCurrentIndex(current)
        finally:
            self._restoring_tabs = False

    def _current_reader_do(self, method: str) -> None:
        reader = self.reader_tabs.current_reader()
        if reader is not None:
            getattr(reader, method)()

    def next_hit(self) -> None:
        self._current_reader_do("next_hit")

    def previous_hit(self) -> None:
        self._current_reader_do("previous_hit")

    def find_in_document(self) -> None:
        self._current_reader_do("show_find_bar")

    def copy_with_citation(self) -> None:
        self._current_reader_do("copy_with_citation")

    def open_original(self) -> None:
        self._current_reader_do("open_original")

    def zoom(self, delta: int | None) -> None:
        steps = 0 if delta is None else max(-6, min(12, self.reader_tabs.zoom + delta))
        self.reader_tabs.set_zoom(steps)
        self.settings.set_reader_zoom(steps)

    # --- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_box()

    def _remember_query(self, query: str) -> None:
        self.search_panel.set_recent(self.settings.add_recent_search(query))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_searches()
        if not recent:
            self.recent_menu.addAction(self.tr("No recent searches")).setEnabled(False)
        for query in recent[:12]:
            action = self.recent_menu.addAction(query)
            action.triggered.connect(lambda _c=False, q=query: self._search_recent(q))

    def _search_recent(self, query: str) -> None:
        self.focus_search()
        self.search_panel.set_query(query)

    # --- misc --------------------------------------------------------------------------------
    def about(self) -> None:
        AboutDialog(self.library_path, self).exec()

    def open_paths(self, paths_: Sequence[Path]) -> None:
        """Files from the system (command line, second launch, file association, macOS open
        event): imported into the open library and shown in reader tabs."""
        self.file_opener.request(paths_)

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self._save_tabs()
        self.settings.sync()

    def shutdown(self) -> None:
        """Stop workers and wait for them (closing the window does this)."""
        self.importer.cancel()
        self.runner.cancel_all()
        self.entities_dock.cancel()
        self.annotating.shutdown()  # queued annotation edits are written, not dropped
        self.runner.wait()
        self.session.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.shutdown()
        if self.report_dialog is not None:
            self.report_dialog.close()
        super().closeEvent(event)
