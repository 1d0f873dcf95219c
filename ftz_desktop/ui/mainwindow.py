"""The main window: the search dock, the tabs (the document list first, then Annotations, Zones and
the readers), the entity and annotation docks, libraries (new, open, recent, the sample), import
progress in the status bar."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop import package_data, paths
from ftz_desktop.core import citations
from ftz_desktop.records import ImportReport
from ftz_desktop.ui.annotations.workbench import AnnotationWorkbench, WorkbenchHost
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common import shortcuts as keys
from ftz_desktop.ui.common.citations import style_action_text
from ftz_desktop.ui.common.docks import DockGroup
from ftz_desktop.ui.common.formatting import format_total
from ftz_desktop.ui.common.settings import Settings
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.entities.dock import EntitiesDock
from ftz_desktop.ui.help import pages as help_pages
from ftz_desktop.ui.help.about import AboutDialog
from ftz_desktop.ui.library.importing import ImportController, ImportProgressWidget, ImportReportDialog, report_summary
from ftz_desktop.ui.library.opening import FileOpener
from ftz_desktop.ui.library.session import LibrarySession
from ftz_desktop.ui.library.view import LibraryView
from ftz_desktop.ui.library.welcome import SampleBanner, WelcomePage
from ftz_desktop.ui.reader.outline import OutlineDock
from ftz_desktop.ui.reader.split import ReaderArea
from ftz_desktop.ui.reader.tabs import ReaderTabs, load_document_task
from ftz_desktop.ui.research.workbench import ResearchWorkbench
from ftz_desktop.ui.search.panel import SearchPanel
from ftz_desktop.ui.zones.page import ZonesPage
from ftz_desktop.ui.zones.page import preload as preload_zones

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

SAMPLE_LIBRARY_FILENAME = "sample-library.sqlite"


def warm_up_task(library: Library | None) -> None:
    """Worker: the segmenter, the index's first pages and the Zones view's modules, loaded now
    so that the first search and the first look at the Zones tab do not wait (or stall) for them."""
    if library is not None:
        library.warm_up()
    preload_zones()


def _freeze_startup_objects() -> None:
    """Move every object alive once the window is up and warmed (modules, dictionaries, Qt
    wrappers) out of the garbage collector's sight: a full collection, which runs on whichever
    thread allocates at the wrong moment (often the UI thread, during an import), then scans only
    what was made since instead of the whole heap. ``gc.freeze`` itself is a constant-time splice."""
    gc.freeze()


WIDE_WINDOW = 1500  # logical pixels: from this width on, the right-hand docks start expanded


class MainWindow(QMainWindow):
    """The workbench window.

    Signals:
        library_opened(str path): a library is open (its listing fills in as it is read).
        documents_reloaded(int count): the library listing was read (again): ``count`` documents.
        import_finished(object report): an import ended (ImportReport; ``cancelled`` if cancelled).
        library_failed(str message): a library could not be opened.
    """

    library_opened = Signal(str)
    documents_reloaded = Signal(int)
    import_finished = Signal(object)
    library_failed = Signal(str)

    # answers of ``ask_sample_import`` (an import asked for while the sample library is open)
    IMPORT_INTO_MINE, IMPORT_INTO_SAMPLE, IMPORT_CANCELLED = range(3)

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
        self._laid_out = False
        self._warmed = False
        self._positions: dict[int, int] = {}  # reading positions of the open library's documents
        # the user's own library while the sample library is open (where "Back" goes)
        self.home_library: Path | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._positions_timer = QTimer(self, singleShot=True, interval=5000)  # written now and then
        self._positions_timer.timeout.connect(self._save_positions)

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
        self.library_view = LibraryView(self, self.runner)
        self.library_page = QStackedWidget(self)  # the document list, or the welcome page when empty
        self.library_page.setObjectName("libraryPage")
        self.library_page.addWidget(self.library_view)
        self.library_page.addWidget(self.welcome)
        self.reader_tabs = ReaderTabs(self._load_document, self)
        self.reader_tabs.add_page(self.library_page, self.tr("Library"), pinned=True)
        self.banner = SampleBanner(self)
        self.banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        # the reader area: the tabs, and when split a second pane of tabs beside them
        self.reader_area = ReaderArea(self.reader_tabs, self._load_document, self.runner, self)
        column.addWidget(self.reader_area, 1)
        self.setCentralWidget(central)

        self.search_panel = SearchPanel(self.runner, self)
        self.search_panel.set_recent(self.settings.recent_searches())
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)

        # the current document's chapters and articles (or a report's headings), under the search
        self.outline_dock = OutlineDock(self.runner, self)
        self.outline_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.splitDockWidget(self.search_dock, self.outline_dock, Qt.Orientation.Vertical)

        self.entities_dock = EntitiesDock(self.runner, self)  # zones, areas, orgs… of the document
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities_dock)
        # the right-hand docks share the side, their tabs on its outer edge (they stay readable
        # when the side is collapsed to them)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.East)
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
        self.new_library_action = self._action(self.tr("&New Library…"), self.choose_new_library)
        self.open_library_action = self._action(self.tr("&Open Library…"), self.choose_library)
        self.sample_action = self._action(self.tr("Open &Sample Library"), self.open_sample_library)
        self.back_action = self._action(self.tr("&Back to My Library"), self.back_to_my_library)
        self.back_action.setVisible(False)
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
        self.split_action = self._action(
            self.tr("S&plit Reader"),
            lambda: self.reader_area.set_split(self.split_action.isChecked()),
            keys.SPLIT_READER,
        )
        self.split_action.setCheckable(True)
        self.move_pane_action = self._action(self.tr("&Move Tab to Other Pane"), self.reader_area.move_to_other_pane)
        self.sync_action = self._action(
            self.tr("S&ynchronize Scrolling by Article"),
            lambda: self.reader_area.set_sync(self.sync_action.isChecked()),
        )
        self.sync_action.setCheckable(True)
        self.sync_action.setEnabled(False)
        self.library_tab_action = self._action(self.tr("&Library"), self.show_library, keys.LIBRARY)
        self.zones_action = self._action(self.tr("&Zones"), self.show_zones, keys.ZONES)
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
        file_menu.addAction(self.new_library_action)
        file_menu.addAction(self.open_library_action)
        self.recent_libraries_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_libraries_menu.aboutToShow.connect(self._fill_recent_libraries_menu)
        file_menu.addAction(self.sample_action)
        file_menu.addAction(self.back_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.copy_citation_action)
        self.cite_actions: dict[str, QAction] = {}
        for style in citations.STYLES:
            action = self._action(style_action_text(style), lambda s=style: self._current_reader_cite(s))
            self.cite_actions[style] = action
            edit_menu.addAction(action)
        for a in (self.find_action, self.open_original_action):
            edit_menu.addAction(a)
        search_menu = bar.addMenu(self.tr("&Search"))
        for a in (self.focus_search_action, self.next_hit_action, self.previous_hit_action):
            search_menu.addAction(a)
        self.recent_menu = search_menu.addMenu(self.tr("&Recent Searches"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu = view_menu
        self.search_dock.toggleViewAction().setText(self.tr("&Search Panel"))
        self.entities_dock.toggleViewAction().setText(self.tr("&Entities"))
        view_menu.addAction(self.search_dock.toggleViewAction())
        view_menu.addAction(self.entities_dock.toggleViewAction())
        self.outline_dock.toggleViewAction().setText(self.tr("&Outline"))
        view_menu.addAction(self.outline_dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.library_tab_action)
        view_menu.addAction(self.zones_action)
        view_menu.addSeparator()
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(a)
        view_menu.addSeparator()
        for a in (self.close_tab_action, self.next_tab_action, self.previous_tab_action):
            view_menu.addAction(a)
        view_menu.addSeparator()
        for a in (self.split_action, self.move_pane_action, self.sync_action):
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
                show_page=self.show_annotations_tab,
                show_dock=lambda dock: self.right_side.expand(dock),
                status=self.statusBar().showMessage,
            )
        )
        work = self.annotating
        work.tab.hide()  # a page beside the readers, shown on demand (Annotate → Show All Annotations)
        first_edit = edit_menu.actions()[0]
        edit_menu.insertActions(first_edit, [work.undo_action, work.redo_action])
        edit_menu.insertSeparator(first_edit)
        file_menu.insertActions(self.new_library_action, work.file_actions)
        file_menu.insertSeparator(self.new_library_action)
        bar.insertMenu(view_menu.menuAction(), work.menu)
        work.panel.toggleViewAction().setText(self.tr("&Annotations Panel"))
        view_menu.insertAction(view_menu.actions()[2], work.panel.toggleViewAction())
        view_menu.insertAction(self.zones_action, work.show_tab_action)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, work.panel)
        self.tabifyDockWidget(self.entities_dock, work.panel)  # one column on the right, two tabs
        work.panel.raise_()

        # saved searches and collections: a dock under the search panel, Search → Save Search…,
        # Annotate → Add to Collection…
        self.research = ResearchWorkbench(self.annotating.host)
        search_menu.insertAction(self.next_hit_action, self.research.save_search_action)
        work.menu.addSeparator()
        work.menu.addAction(self.research.add_to_collection_action)
        self.research.dock.toggleViewAction().setText(self.tr("Saved Searches and &Collections"))
        view_menu.insertAction(self.entities_dock.toggleViewAction(), self.research.dock.toggleViewAction())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.research.dock)
        self.splitDockWidget(self.search_dock, self.research.dock, Qt.Orientation.Vertical)

        em = self.fontMetrics().horizontalAdvance("中")
        self.left_side = DockGroup(
            self,
            Qt.DockWidgetArea.LeftDockWidgetArea,
            [self.search_dock, self.research.dock, self.outline_dock],
            min_width=max(220, 16 * em),
            name="left",
        )
        self.right_side = DockGroup(
            self,
            Qt.DockWidgetArea.RightDockWidgetArea,
            [self.entities_dock, work.panel],
            min_width=max(220, 16 * em),
            name="right",
        )
        self.library_view.import_folder_requested.connect(self.choose_import_folder)
        self.library_view.import_files_requested.connect(self.choose_import_files)

    def _wire(self) -> None:
        self.runner.idle.connect(self.session.close_retired)
        self.annotating.controller.idle.connect(self.session.close_retired)
        self.session.opened.connect(self._library_opened)
        self.session.failed.connect(self._library_failed)
        self.session.foreign.connect(self._foreign_library)
        self.library_view.model.listed.connect(self._documents_listed)
        self.library_view.model.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.import_finished.connect(lambda _r: self.annotating.refresh_all())  # imports re-anchor
        self.welcome.import_folder_requested.connect(self.choose_import_folder)
        self.welcome.import_files_requested.connect(self.choose_import_files)
        self.welcome.sample_requested.connect(self.open_sample_library)
        self.banner.back_requested.connect(self.back_to_my_library)
        self.search_panel.open_requested.connect(self.open_document)
        self.search_panel.query_committed.connect(self._remember_query)
        self.search_panel.query_shown.connect(self.entities_dock.set_search)
        self.library_view.open_requested.connect(lambda doc_id: self.open_document(doc_id, self.search_panel.query()))
        self.reader_tabs.tabs_changed.connect(self._tabs_changed)
        self.reader_tabs.currentChanged.connect(lambda _i: self._save_tabs())
        self.reader_tabs.reading_moved.connect(self._reading_moved)
        self.importer.started.connect(self._import_started)
        self.importer.progress.connect(self.progress_widget.show_progress)
        self.importer.finished.connect(self._import_done)
        self.importer.failed.connect(self._import_failed)
        self.progress_widget.cancel_requested.connect(self.importer.cancel)
        self.reader_tabs.currentChanged.connect(self._entities_follow_reader)
        self.reader_area.split_changed.connect(self._split_changed)
        self.reader_area.sync.compared.connect(self._versions_compared)
        self.reader_tabs.currentChanged.connect(
            lambda _i: self.outline_dock.set_reader(self.reader_tabs.current_reader())
        )
        self.entities_dock.entity_activated.connect(self._highlight_entity)
        self.entities_dock.search_requested.connect(self._search_for)

    # --- layout ------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            width, height = min(1440, int(screen.width() * 0.9)), min(900, int(screen.height() * 0.9))
            self.resize(width, height)
            self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)
        state = self.settings.window_state()
        self._restored_state = state is not None and self.restoreState(state)
        sides = self.settings.side_panels()
        for group in (self.left_side, self.right_side):
            entry = sides.get(group.name, {})
            if "width" in entry:
                group.expanded_width = max(group.min_width, entry["width"])
            if entry.get("collapsed"):
                group.collapse()
        self.reader_tabs.set_zoom(self.settings.reader_zoom())

    def default_layout(self) -> None:
        """Share the window's width by its size: the search panel about a quarter, the reader the
        most; the right-hand docks start collapsed to their tabs below ``WIDE_WINDOW``."""
        width = self.width()
        left = max(self.left_side.min_width, min(440, int(width * 0.27)))
        right = max(self.right_side.min_width, min(380, int(width * 0.21)))
        self.left_side.expand()
        self.left_side.set_width(left)
        # the search results above, the outline below (a third of the height)
        self.resizeDocks(
            [self.search_dock, self.outline_dock], [2 * self.height() // 3, self.height() // 3], Qt.Orientation.Vertical
        )
        self.right_side.set_width(right)
        self.right_side.set_collapsed(width < WIDE_WINDOW)
        # the saved searches and collections take a fifth of the left side's height
        height = max(400, self.height())
        self.resizeDocks(
            [self.search_dock, self.research.dock], [height * 4 // 5, height // 5], Qt.Orientation.Vertical
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            if not self._restored_state:
                QTimer.singleShot(0, self.default_layout)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no widget wanted (results, reader, document list) goes back to the search box."""
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- library -----------------------------------------------------------------------------
    @property
    def library(self) -> Library | None:
        return self.session.library

    @property
    def library_path(self) -> Path | None:
        return self.session.path

    def is_sample_library(self, path: Path | None = None) -> bool:
        path = path if path is not None else self.library_path
        return path is not None and Path(path) == self.sample_library_path()

    def open_library(
        self, path: Path, after: Callable[[], None] | None = None, *, create: bool = False, adopt: bool = False
    ) -> None:
        """Open (or create) the library at ``path`` in a worker, then show it; ``after()`` follows.
        ``create``: New Library made it (an empty file becomes a library); ``adopt``: the user chose
        to use another program's database.

        The window shows the (empty) document list at once and fills it in when it is read."""
        if self.importer.is_running():
            self.statusBar().showMessage(self.tr("Wait for the import to finish first."), 5000)
            return
        self._save_tabs()
        self._save_positions()
        self.reader_tabs.close_all()
        for view in self._library_views():
            view.set_library(None)
        name = Path(path).name
        self.library_view.set_library(None)
        self.library_view.set_loading(self.tr("Opening {name}…").format(name=name))
        self.library_page.setCurrentWidget(self.library_view)
        self.reader_tabs.setCurrentWidget(self.library_page)
        self.library_label.setText(self.tr("Opening {name}…").format(name=name))
        self._show_sample_state(self.is_sample_library(Path(path)))
        self.session.open(Path(path), after, create=create, adopt=adopt)

    def _library_views(self) -> tuple[Any, ...]:
        """What shows the open library (told when it changes)."""
        return (self.search_panel, self.annotating, self.entities_dock, self.zones_page, self.research)

    def _library_failed(self, path: str, reason: str) -> None:
        message = self.tr("Cannot open the library {path}: {error}").format(path=path, error=reason)
        self.library_label.setText(self.tr("No library"))
        self.library_view.set_loading(self.tr("No library is open."))
        self.library_page.setCurrentWidget(self.welcome)
        self.statusBar().showMessage(message)
        self.library_failed.emit(message)

    def _foreign_library(self, path: str, reason: str) -> None:
        """Another program's database given as a library: used only if the user says so."""
        answer = QMessageBox.question(
            self,
            self.tr("Open Library"),
            self.tr(
                "{path} is a database of another program, not an FTZ Desktop library; it was left as it was.\n\n"
                "Use it as a library anyway? FTZ Desktop will add its own tables to it."
            ).format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_library(Path(path), adopt=True)
        else:
            self._library_failed(path, reason)

    def _library_opened(self, path: str) -> None:
        sample = self.is_sample_library(Path(path))
        if not sample:  # the next launch and Open Recent never lead into the sample library
            self.settings.set_last_library(Path(path))
            self.settings.add_recent_library(Path(path))
            self.home_library = None
        title = self.tr("Sample Library") if sample else Path(path).name
        self.setWindowTitle(self.tr("{name} — FTZ Desktop").format(name=title))
        self._positions = self.settings.reading_positions(Path(path))
        self.library_view.set_library(self.library)
        for view in self._library_views():
            view.set_library(self.library)
        self._restore_tabs()
        if self.library is not None and self.library.read_only:
            self.statusBar().showMessage(
                self.tr("{name} is read-only: it can be searched, read and exported, not changed.").format(
                    name=Path(path).name
                )
            )
        self.library_opened.emit(path)
        if not self._warmed:  # what the first search and the Zones tab need, loaded off the UI thread
            self._warmed = True
            self.runner.run(warm_up_task, self.library, then=lambda _r: _freeze_startup_objects())

    def _show_sample_state(self, sample: bool) -> None:
        self.banner.setVisible(sample)
        self.back_action.setVisible(sample)
        self.sample_action.setVisible(not sample)

    def reload_documents(self) -> None:
        """Take in what changed in the library listing (read in a worker)."""
        self.library_view.model.refresh()

    def _documents_listed(self, _shown: int, total: int) -> None:
        sample = self.is_sample_library()
        name = self.tr("Sample Library") if sample else (self.library_path.name if self.library_path else "")
        self.library_label.setText(f"{name}  ·  {format_total(total)}")
        self.library_page.setCurrentWidget(self.library_view if total else self.welcome)
        self.documents_reloaded.emit(total)

    def choose_library(self) -> None:
        """File → Open Library…: an existing library file (nothing is created)."""
        start = str(self.library_path.parent if self.library_path else paths.data_dir())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Library"), start, self.tr("Libraries (*.sqlite);;All files (*)")
        )
        if path:
            self.open_library(Path(path))

    def choose_new_library(self) -> None:
        """File → New Library…: a new, empty library file."""
        start = str(paths.data_dir() / self.tr("My Library.sqlite"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New Library"), start, self.tr("Libraries (*.sqlite)"))
        if path:
            self.new_library(Path(path))

    def new_library(self, path: Path) -> bool:
        """Create an empty library at ``path`` and open it (False: a file is already there)."""
        if path.suffix.lower() != ".sqlite":
            path = path.with_name(path.name + ".sqlite")
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("New Library"),
                self.tr("{path} already exists. Use File → Open Library… to open it.").format(path=path),
            )
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_library(path, create=True)
        return True

    def open_recent_library(self, path: Path) -> None:
        if not path.exists():
            self.statusBar().showMessage(self.tr("{path} is no longer there.").format(path=path), 8000)
            recent = [p for p in self.settings.recent_libraries() if p != path]
            self.settings.clear_recent_libraries()
            for p in reversed(recent):
                self.settings.add_recent_library(p)
            return
        self.open_library(path)

    def _fill_recent_libraries_menu(self) -> None:
        menu = self.recent_libraries_menu
        menu.clear()
        recent = [p for p in self.settings.recent_libraries() if p != self.library_path]
        if not recent:
            menu.addAction(self.tr("No recent libraries")).setEnabled(False)
        for path in recent:
            action = menu.addAction(f"{path.name}  —  {path.parent}")
            action.triggered.connect(lambda _c=False, p=path: self.open_recent_library(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu"), self.settings.clear_recent_libraries)

    def sample_library_path(self) -> Path:
        return paths.data_dir() / SAMPLE_LIBRARY_FILENAME

    def open_sample_library(self) -> None:
        """Import the bundled samples into the sample library and switch to it (the banner says
        so and leads back to the user's library)."""
        if self.is_sample_library():
            return
        self.home_library = self.library_path
        path = self.sample_library_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_library(path, after=lambda: self._import_samples())

    def back_to_my_library(self) -> None:
        """Leave the sample library for the library the user had open (or the last or default one)."""
        home = self.home_library or self.settings.last_library() or paths.default_library_path()
        if self.is_sample_library(home):
            home = paths.default_library_path()
        self.open_library(home)

    def _import_samples(self) -> None:
        self.import_paths([package_data.samples_dir()], quiet=True, into_sample=True)

    def ask_sample_import(self) -> int:
        """Ask where an import should go while the sample library is open (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import"))
        box.setText(self.tr("The sample library is open."))
        box.setInformativeText(
            self.tr("Import into your own library? The sample library is only for trying the program.")
        )
        mine = box.addButton(self.tr("Import into My Library"), QMessageBox.ButtonRole.AcceptRole)
        sample = box.addButton(self.tr("Import into the Sample Library"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mine)
        box.exec()
        if box.clickedButton() is mine:
            return self.IMPORT_INTO_MINE
        if box.clickedButton() is sample:
            return self.IMPORT_INTO_SAMPLE
        return self.IMPORT_CANCELLED

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

    def import_paths(self, paths_: Sequence[Path | str], *, quiet: bool = False, into_sample: bool = False) -> bool:
        """Import files and folders in a worker (what the menu, the document list, the welcome page
        and drops call). While the sample library is open the user is asked where they go first
        (``into_sample``: the samples themselves)."""
        if self.library is None:
            self.statusBar().showMessage(self.tr("No library is open."), 5000)
            return False
        if self.is_sample_library() and not into_sample:
            answer = self.ask_sample_import()
            if answer == self.IMPORT_CANCELLED:
                return False
            if answer == self.IMPORT_INTO_MINE:
                wanted = list(paths_)
                self.back_to_my_library()
                self._after_open(lambda: self.import_paths(wanted, quiet=quiet))
                return True
        self._quiet_import = quiet
        if not self.importer.start(self.library, list(paths_)):
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return False
        return True

    def _after_open(self, then: Callable[[], object]) -> None:
        """Run ``then()`` once the library being opened is shown."""

        def opened(_path: str) -> None:
            self.library_opened.disconnect(opened)
            then()

        self.library_opened.connect(opened)

    def _import_actions(self) -> tuple[QAction, ...]:
        return (
            self.import_folder_action,
            self.import_files_action,
            self.sample_action,
            self.back_action,
            self.new_library_action,
            self.open_library_action,
        )

    def _import_started(self, _paths: list) -> None:
        self.progress_widget.reset()
        self.progress_widget.show()
        self.cancel_import_action.setEnabled(True)
        self.welcome.set_busy(True)
        self.library_view.set_importing(True)
        self.banner.set_busy(True)
        self.library_view.follow_import(True)
        self.recent_libraries_menu.setEnabled(False)
        for action in self._import_actions():
            action.setEnabled(False)

    def _import_ended(self) -> None:
        self.progress_widget.hide()
        self.cancel_import_action.setEnabled(False)
        self.welcome.set_busy(False)
        self.library_view.set_importing(False)
        self.banner.set_busy(False)
        self.library_view.follow_import(False)
        self.recent_libraries_menu.setEnabled(True)
        for action in self._import_actions():
            action.setEnabled(True)

    def _import_done(self, report: ImportReport) -> None:
        self._import_ended()
        self.statusBar().showMessage(report_summary(report), 15000)
        self.entities_dock.refresh()
        self.zones_page.refresh()
        self.research.refresh()  # saved searches count their new documents
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
        # whatever was committed before the failure is listed (follow_import(False) read it)
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
        """Open a document in a reader tab: at the query's first hit, else where it was last read."""
        position = None if query else self._positions.get(doc_id)
        self.reader_tabs.open_document(doc_id, query, position=position)

    def page_names(self) -> dict[str, QWidget]:
        """The pages that can be open beside the readers, by the name the session keeps."""
        return {"annotations": self.annotating.tab, "zones": self.zones_page}

    def show_library(self) -> None:
        """Show the document list (the first tab)."""
        self.reader_tabs.setCurrentWidget(self.library_page)
        self.library_view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_zones(self) -> None:
        """Show the Zones tab (after the document list), opening it if it is closed."""
        self.reader_tabs.show_page(self.zones_page, self.tr("Zones"))

    def show_annotations_tab(self, page: QWidget) -> None:
        """Show the Annotations tab (after the document list), opening it if it is closed."""
        self.reader_tabs.show_page(page, self.tr("Annotations"))

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

    def _split_changed(self, split: bool) -> None:
        self.split_action.setChecked(split)
        self.sync_action.setEnabled(split)
        if not split:
            self.sync_action.setChecked(False)

    def _versions_compared(self, differing: int, articles: int) -> None:
        if articles:
            message = self.tr("Scrolling by article: {differing} of {articles} articles differ (marked)")
            self.statusBar().showMessage(message.format(differing=differing, articles=articles), 10_000)
        else:
            self.statusBar().showMessage(
                self.tr("Scrolling by article: these documents have no numbered articles"), 10_000
            )

    def _tabs_changed(self) -> None:
        self._save_tabs()

    def _save_tabs(self) -> None:
        if self.library_path is None or self._restoring_tabs or self.library is None:
            return
        tabs = self.reader_tabs
        reader = tabs.current_reader()
        names = {widget: name for name, widget in self.page_names().items()}
        pages = [names[p] for p in tabs.pages() if p in names]
        current = tabs.readers().index(reader) if reader is not None else -1
        self.settings.set_open_tabs(
            self.library_path, tabs.doc_ids(), current, pages, names.get(tabs.currentWidget(), "")
        )

    def _restore_tabs(self) -> None:
        if self.library_path is None:
            return
        ids, current = self.settings.open_tabs(self.library_path)
        pages = self.settings.open_pages(self.library_path)
        current_page = self.settings.current_page(self.library_path)
        self._restoring_tabs = True
        try:
            for name in pages:
                page = self.page_names().get(name)
                if page is not None:
                    self.reader_tabs.add_page(page, self._page_title(name))
            for doc_id in ids:
                self.reader_tabs.open_document(doc_id, activate=False, position=self._positions.get(doc_id))
            readers = self.reader_tabs.readers()
            if 0 <= current < len(readers):
                self.reader_tabs.setCurrentWidget(readers[current])
            elif current_page in self.page_names() and current_page in pages:
                self.reader_tabs.setCurrentWidget(self.page_names()[current_page])
        finally:
            self._restoring_tabs = False

    def _page_title(self, name: str) -> str:
        return {"annotations": self.tr("Annotations"), "zones": self.tr("Zones")}.get(name, name)

    def _reading_moved(self, doc_id: int, offset: int) -> None:
        """Remember where each document is being read (the most recent last)."""
        self._positions.pop(doc_id, None)
        self._positions[doc_id] = offset
        self._positions_timer.start()

    def _save_positions(self) -> None:
        if self.library_path is not None:
            for reader in self.reader_tabs.readers():
                offset = reader.reading_position()
                if offset is not None and (
                    reader.doc_id not in self._positions or offset != self._positions[reader.doc_id]
                ):
                    self._positions.pop(reader.doc_id, None)
                    self._positions[reader.doc_id] = offset
            self.settings.set_reading_positions(self.library_path, self._positions)

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

    def _current_reader_cite(self, style: str) -> None:
        reader = self.reader_tabs.current_reader()
        if reader is not None and reader.copy_citation(style):
            self.statusBar().showMessage(self.tr("Citation copied"), 3000)

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
        for group in (self.left_side, self.right_side):
            group.remember_width()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_side_panels(
            {
                group.name: {"collapsed": int(group.is_collapsed()), "width": group.expanded_width}
                for group in (self.left_side, self.right_side)
            }
        )
        self._save_tabs()
        self._save_positions()
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
