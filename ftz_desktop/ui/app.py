"""Start the GUI: ``run(library_path, argv)`` sets up QApplication (names, fonts, translation) and shows the window.

Extra options in ``argv`` (for screenshots and demos):
  --search QUERY      search at start-up
  --open DOC_ID       open a document in a reader tab (repeatable)
  --open-results N    open the first N results of --search
  --annotation ID     open an annotation's document at its passage, make it current, show its bar
  --size WxH          window size
  --screenshot PATH   when everything is shown, save the window as an image and quit
  --lang zh|en        interface language (default: the system's)
Environment: FTZ_DESKTOP_STARTUP_PROBE=1 prints ``ftz-desktop-shown <epoch seconds>`` once the
window is shown and quits (``bench/startup.py`` uses it).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ftz_desktop import __version__
from ftz_desktop.ui.common.fonts import ui_font

PROBE_ENV = "FTZ_DESKTOP_STARTUP_PROBE"
GIL_SWITCH_INTERVAL = 0.001  # seconds
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
I18N_DIR = RESOURCES / "i18n"
ICON = RESOURCES / "icons" / "ftz-desktop.svg"


def parse_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options from ``argv`` (with or without the program name); the rest is left for Qt."""
    args = list(argv[1:] if argv and not argv[0].startswith("-") else argv)
    parser = argparse.ArgumentParser(prog="ftz-desktop", add_help=False)
    parser.add_argument("--search", default="")
    parser.add_argument("--open", type=int, action="append", default=[])
    parser.add_argument("--open-results", type=int, default=0)
    parser.add_argument("--annotation", type=int, default=0)
    parser.add_argument("--size", default="")
    parser.add_argument("--screenshot", default="")
    parser.add_argument("--lang", default="")
    return parser.parse_known_args(args)


def install_translator(app: QApplication, lang: str = "") -> list[QTranslator]:
    """Install ``resources/i18n/ftz_desktop_<lang>.qm`` and Qt's own strings; returns what was installed."""
    locale = QLocale(lang) if lang else QLocale.system()
    ours = QTranslator(app)
    if not ours.load(locale, "ftz_desktop", "_", str(I18N_DIR)):
        return []
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
    app.setDesktopFileName("ftz-desktop")
    app.setFont(ui_font(app.font(), 10.0))
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    install_translator(app, lang)
    return app


def run(library_path: Path | None, argv: list[str]) -> int:
    """Open the main window on ``library_path`` (None: the last library used, else the default)."""
    options, qt_args = parse_options(argv)
    app = create_application(qt_args, options.lang)

    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    window = MainWindow(Settings(), library_path)
    if options.size:
        width, _, height = options.size.partition("x")
        window.resize(int(width), int(height))
    window.show()

    if os.environ.get(PROBE_ENV):

        def probe() -> None:
            print(f"ftz-desktop-shown {time.time():.4f}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, probe)
    elif options.search or options.open or options.screenshot or options.annotation:
        StartupScript(window, options)
    return app.exec()


class StartupScript:
    """Runs --search / --open / --annotation / --screenshot once the library is open."""

    def __init__(self, window, options: argparse.Namespace) -> None:
        self.window = window
        self.options = options
        self.pending: set[int] = set()
        self._shot_timer: QTimer | None = None
        if window.library is not None:
            QTimer.singleShot(0, self.start)
        else:
            window.library_opened.connect(lambda _p: self.start())

    def start(self) -> None:
        w, o = self.window, self.options
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
        self.window.grab().save(path)
        print(f"screenshot saved to {path}", file=sys.stderr)
        self.window.close()
        QApplication.quit()
