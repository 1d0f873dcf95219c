"""Errors nobody caught, in the GUI: Qt's messages go to the log, and an exception that reaches
``sys.excepthook`` (or a thread's) is logged and shown in a dialog with the log's path and a
*Copy Report* button; the application keeps running."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QtMsgType, QUrl, Signal, qInstallMessageHandler, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop import __version__, logs

log = logging.getLogger("ftz_desktop.crash")
qt_log = logging.getLogger("qt")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: Any, message: str) -> None:
    where = f" ({context.category})" if getattr(context, "category", None) not in (None, "default") else ""
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> Any:
    """Qt's warnings and errors (qWarning, plugins…) go to the log (and on to stderr with the other
    warnings); returns the handler it replaced."""
    return qInstallMessageHandler(_qt_message)


def versions() -> list[str]:
    """Version lines for the About box and crash reports."""
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return [
        f"FTZ Desktop {__version__}{frozen}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.platform()}",
    ]


def report_text(info: ExcInfo, *, log_lines: int = 40) -> str:
    """The crash report: versions, platform, the traceback and the last lines of the log."""
    trace = "".join(traceback.format_exception(*info)).rstrip()
    lines = [*versions(), f"Log: {logs.log_file()}", "", trace, "", f"Last {log_lines} lines of the log:"]
    lines += logs.tail(log_lines)
    return "\n".join(lines) + "\n"


class CrashDialog(QDialog):
    """What happened, where the log is, the report to copy; closing it returns to the work."""

    def __init__(self, info: ExcInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("FTZ Desktop — Unexpected Error"))
        self.report = report_text(info)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        headline = QLabel(
            self.tr(
                "<b>Something went wrong inside FTZ Desktop.</b><br>"
                "Your library is safe: every edit is saved as you make it. You can go on working, "
                "or restart the program if something no longer responds."
            ),
            self,
        )
        headline.setWordWrap(True)
        self.error_label = QLabel(f"{info[0].__name__}: {info[1]}", self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_path = logs.log_file()
        self.log_label = QLabel(
            self.tr("Details are in the log: {path}").format(path=log_path),
            self,
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self.report, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 200)
        self.count_label = QLabel(self)
        self.count_label.hide()

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy Report"), self)
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button = QPushButton(self.tr("Open &Log Folder"), self)
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent))))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QVBoxLayout()
        top.addWidget(headline)
        top.addWidget(self.error_label)
        layout.addWidget(icon)
        layout.addLayout(top)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.copies = 0

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copies += 1
        self.copy_button.setText(self.tr("Copied"))

    def add_another(self, count: int) -> None:
        """Later errors while the dialog is open are counted (each is in the log)."""
        self.count_label.setText(self.tr("%n more error(s) since; see the log.", "", count))
        self.count_label.show()


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook``: logs every uncaught
    exception with its traceback and shows one ``CrashDialog`` at a time (on the GUI thread).

    Signals:
        crashed(object exc_info): an uncaught exception was logged (on the GUI thread).
    """

    crashed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.more = 0
        self.show_dialogs = True
        self._previous: tuple[Any, Any] | None = None
        self.crashed.connect(self._show)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: quit as usual
            sys.__excepthook__(exc_type, exc, tb)
            QApplication.quit()
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        self.crashed.emit((exc_type, exc, tb))  # queued to the GUI thread when raised elsewhere

    def _show(self, info: ExcInfo) -> None:
        if not self.show_dialogs:
            return
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.more += 1
                self.dialog.add_another(self.more)
                return
            self.more = 0
            parent = QApplication.activeWindow()
            self.dialog = CrashDialog(info, parent)
            self.dialog.setModal(False)
            self.dialog.show()
            self.dialog.raise_()
        except Exception:  # the dialog itself failed: the log has both errors
            log.exception("could not show the crash dialog")
