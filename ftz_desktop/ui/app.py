"""Start the GUI: ``run(library_path, argv)`` sets up QApplication (names, fonts, translation,
Qt messages into the log, the crash dialog), hands files to a running window or shows a new one.

The options (``cli.add_window_options``, listed by ``ftz-desktop --help``): FILE... to import and
open, --search, --open, --open-results, --annotation, --size, --screenshot, --lang, and the test
hook --crash-test (an error raised in the event loop once the window shows; with --screenshot the
crash dialog is saved). Environment: FTZ_DESKTOP_STARTUP_PROBE=1 prints ``ftz-desktop-shown <epoch seconds>`` once the
window is shown and quits (``bench/startup.py`` uses it; each probe line also gives the process's CPU seconds so far); FTZ_DESKTOP_STARTUP_PROBE=usable also
waits for the library's listing (``ftz-desktop-usable``) and, with FTZ_DESKTOP_PROBE_QUERY typed
as the window shows, for its first results (``ftz-desktop-results``), then prints the longest
event-loop stall since the window showed (``ftz-desktop-stall <wall ms> <UI-thread CPU ms> <wall ms
less the waits for a core>``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ftz_desktop import APP_ID, __version__, package_data
from ftz_desktop.cli import add_window_options
from ftz_desktop.ui.common.crash import CrashHandler, route_qt_messages
from ftz_desktop.ui.common.fonts import ui_font

log = logging.getLogger(__name__)

PROBE_ENV = "FTZ_DESKTOP_STARTUP_PROBE"
PROBE_QUERY_ENV = "FTZ_DESKTOP_PROBE_QUERY"
GIL_SWITCH_INTERVAL = 0.001  # seconds


#: Qt's own command-line options that take a value (QGuiApplication / QApplication)
QT_VALUE_OPTIONS = frozenset(
    [
        "-style",
        "-stylesheet",
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-session",
        "-display",
        "-qwindowgeometry",
        "-qwindowtitle",
        "-qwindowicon",
        "-qmljsdebugger",
    ]
)


def parse_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options and files from ``argv`` (with or without the program name); Qt's options are
    left for Qt. ``files`` are absolute paths."""
    args = list(argv[1:] if argv and not argv[0].startswith("-") and argv[0].endswith("ftz-desktop") else argv)
    qt_args: list[str] = []
    ours: list[str] = []
    it = iter(args)
    for arg in it:
        if arg in QT_VALUE_OPTIONS or (arg.startswith("--") and arg[1:] in QT_VALUE_OPTIONS):
            qt_args += [arg, next(it, "")]
        else:
            ours.append(arg)
    parser = argparse.ArgumentParser(prog="ftz-desktop", add_help=False)
    add_window_options(parser)
    parser.add_argument("files", nargs="*", default=[])
    options, rest = parser.parse_known_args(ours)
    options.files = [Path(os.path.abspath(f)) for f in options.files]
    return options, qt_args + rest


def install_translator(app: QApplication, lang: str = "") -> list[QTranslator]:
    """Install ``resources/i18n/ftz_desktop_<lang>.qm`` and Qt's own strings; returns what was installed."""
    locale = QLocale(lang) if lang else QLocale.system()
    ours = QTranslator(app)
    app.setProperty("uiLanguage", "en")  # the help pages follow the language of the interface
    if not ours.load(locale, "ftz_desktop", "_", str(package_data.i18n_dir())):
        return []
    app.setProperty("uiLanguage", ours.language())
    installed = [ours]
    qt_strings = QTranslator(app)
    if qt_strings.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_strings)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def create_application(qt_args: list[str], lang: str = "") -> QApplication:
    """The QApplication with our names, fonts and translation (the existing one if there is one)."""
    # Workers (the import writer and its process pool's threads) share the GIL with the GUI; a
    # shorter switch interval than the default 5 ms lets the event loop get it back sooner.
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["ftz-desktop", *qt_args])
    app.setApplicationName("FTZ Desktop")
    app.setOrganizationName("ftz-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setFont(ui_font(app.font(), 10.0))
    app.setWindowIcon(QIcon(str(package_data.icon_path())))
    install_translator(app, lang)
    return app


def run(library_path: Path | None, argv: list[str]) -> int:
    """Open the main window on ``library_path`` (None: the last library used, else the default),
    or hand the files to the window already open for this profile."""
    options, qt_args = parse_options(argv)
    missing = [str(f) for f in options.files if not f.exists()]
    if missing:
        sys.stderr.write(f"ftz-desktop: error: no such file or folder: {', '.join(missing)}\n")
        return 2
    app = create_application(qt_args, options.lang)
    route_qt_messages()
    crashes = CrashHandler(app)
    crashes.install()

    from ftz_desktop.ui.common.instance import FileOpenFilter, InstanceServer, send_to_running

    # a plain launch (the desktop entry, a file association) goes to the running window, if any;
    # scripted launches (screenshots, benchmarks) and an explicit --library always get their own
    scripted = bool(options.search or options.open or options.annotation or options.screenshot or options.size) or bool(
        options.crash_test or os.environ.get(PROBE_ENV)
    )
    single = library_path is None and not scripted
    if single and send_to_running(options.files):
        log.info("handed %d file(s) to the running window", len(options.files))
        return 0
    opens = FileOpenFilter(app)
    app.installEventFilter(opens)  # macOS: documents opened from the Finder arrive as events

    from ftz_desktop.services.library import load_segmenter
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    # the segmenter holds the GIL for ~0.3 s while it builds its dictionary: now, before the
    # window shows, rather than in a worker while the user types (the window would freeze)
    load_segmenter()
    window = MainWindow(Settings(), library_path)
    if options.size:
        width, _, height = options.size.partition("x")
        window.resize(int(width), int(height))
    opens.files_received.connect(window.open_paths)
    server = InstanceServer(parent=app)
    if single and server.listen():
        server.files_received.connect(window.open_paths)
    window.show()
    if options.files:
        window.open_paths(options.files)

    if os.environ.get(PROBE_ENV):
        StartupProbe(window, os.environ.get(PROBE_ENV) != "1", os.environ.get(PROBE_QUERY_ENV, ""))
    elif options.search or options.open or options.screenshot or options.annotation or options.crash_test:
        StartupScript(window, options, crashes)
    try:
        return app.exec()
    finally:
        server.close()
        crashes.uninstall()


class StartupProbe:
    """Prints when the window is shown (and usable, and has its first results), then quits."""

    def __init__(self, window, full: bool, query: str) -> None:
        from ftz_desktop.ui.common.probe import EventLoopProbe

        self.window = window
        self.full = full
        self.query = query
        self.stalls = EventLoopProbe(10, window)
        self.usable = False
        QTimer.singleShot(0, self.shown)

    def shown(self) -> None:
        print(f"ftz-desktop-shown {time.time():.4f} {time.process_time():.3f}", flush=True)
        if not self.full:
            self.quit()
            return
        self.stalls.start()
        self.window.documents_reloaded.connect(self.listed)
        if self.query:
            self.window.search_panel.results_shown.connect(self.results)
            self.window.search_panel.search_failed.connect(lambda _m: self.results(0))
            self.window.search_panel.set_query(self.query)

    def listed(self, _count: int) -> None:
        if not self.usable:
            self.usable = True
            print(f"ftz-desktop-usable {time.time():.4f} {time.process_time():.3f}", flush=True)
            if not self.query:
                QTimer.singleShot(500, self.quit)

    def results(self, _total: int) -> None:
        print(f"ftz-desktop-results {time.time():.4f} {time.process_time():.3f}", flush=True)
        QTimer.singleShot(500, self.quit)  # what follows the results (notes, entities) is measured too

    def quit(self) -> None:
        if self.stalls.running():
            self.stalls.stop()
            print(
                f"ftz-desktop-stall {self.stalls.longest_wall:.1f} {self.stalls.longest_cpu:.1f}"
                f" {self.stalls.longest_own:.1f}",
                flush=True,
            )
        self.window.close()
        QApplication.quit()


class StartupScript:
    """Runs --search / --open / --annotation / --screenshot once the library is open."""

    def __init__(self, window, options: argparse.Namespace, crashes: CrashHandler) -> None:
        self.window = window
        self.options = options
        self.crashes = crashes
        self.pending: set[int] = set()
        if window.file_opener.pending():
            self.pending.add(0)  # until the files given are imported and open
            window.file_opener.opened.connect(self._files_opened)
        self._shot_timer: QTimer | None = None
        if window.library is not None:
            QTimer.singleShot(0, self.start)
        else:
            window.library_opened.connect(lambda _p: self.start())

    def _files_opened(self, doc_ids: list) -> None:
        if not self.window.file_opener.pending():
            self.pending.discard(0)
            for doc_id in doc_ids:  # until their tabs have loaded
                reader = self.window.reader_tabs.reader_for(doc_id)
                if reader is not None and reader.document is None:
                    self.pending.add(doc_id)
            self._maybe_shoot()

    def start(self) -> None:
        w, o = self.window, self.options
        if o.crash_test:
            self.crashes.crashed.connect(lambda _info: self._maybe_shoot())
            QTimer.singleShot(300, _raise_test_error)
            return
        w.reader_tabs.document_loaded.connect(self._loaded)
        for doc_id in o.open:
            self.pending.add(doc_id)
            w.open_document(doc_id, o.search)
        if o.annotation:
            self.pending.add(-o.annotation)  # until its document shows it
            w.annotating.annotations_loaded.connect(self._annotations_loaded)
            w.annotating.open_annotation_id(o.annotation)
        if o.search:
            w.search_panel.results_shown.connect(self._results)
            w.search_panel.search_failed.connect(lambda _m: self._maybe_shoot())
            w.search_panel.set_query(o.search)
        else:
            self._maybe_shoot()

    def _results(self, _total: int) -> None:
        w = self.window
        model = w.search_panel.model
        for row in range(min(self.options.open_results, model.rowCount())):
            doc_id = model.hit(row).doc_id
            self.pending.add(doc_id)
            w.open_document(doc_id, self.options.search)
        if model.rowCount():
            w.search_panel.list.setCurrentIndex(model.index(0, 0))
        self._maybe_shoot()

    def _annotations_loaded(self, doc_id: int) -> None:
        reader = self.window.reader_tabs.reader_for(doc_id)
        ann_id = self.options.annotation
        if reader is None or reader.annotation(ann_id) is None or -ann_id not in self.pending:
            return
        reader.reveal_annotation(ann_id)

        def show_bar() -> None:
            reader.show_annotation_bar(ann_id)
            self._annotation_shown(ann_id)

        QTimer.singleShot(300, show_bar)

    def _annotation_shown(self, ann_id: int) -> None:
        self.pending.discard(-ann_id)
        self._maybe_shoot()

    def _loaded(self, doc_id: int) -> None:
        self.pending.discard(doc_id)
        self._maybe_shoot()

    def _maybe_shoot(self) -> None:
        if not self.options.screenshot or self.pending:
            return
        if self._shot_timer is None:
            self._shot_timer = QTimer(singleShot=True, interval=600)
            self._shot_timer.timeout.connect(self._shoot)
        self._shot_timer.start()

    def _shoot(self) -> None:
        path = self.options.screenshot
        dialog = self.crashes.dialog if self.options.crash_test else None
        (dialog or self.window).grab().save(path)
        print(f"screenshot saved to {path}", file=sys.stderr)
        self.window.close()
        QApplication.quit()


def _raise_test_error() -> None:
    """--crash-test: an error nobody catches, raised in a slot as a real bug would be."""
    raise RuntimeError("crash test: an error raised on purpose by --crash-test")
