"""Uncaught errors: logged with their traceback, shown in a dialog with the log path and a report
to copy; the application goes on. Qt's own messages reach the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from ftz_desktop import logs
from ftz_desktop.ui.common.crash import CrashDialog, CrashHandler, report_text, route_qt_messages

REPO = Path(__file__).resolve().parents[3]


def _info(message: str = "a test error"):
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()


def test_qt_messages_reach_the_log(caplog):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    previous = route_qt_messages()
    try:
        qWarning("a warning from Qt itself")
    finally:
        qInstallMessageHandler(previous)
    assert [(r.name, r.levelname) for r in caplog.records if "from Qt itself" in r.getMessage()] == [("qt", "WARNING")]


def test_report_has_versions_traceback_and_log_lines(caplog):
    logging.getLogger("ftz_desktop.test").warning("a line before the error")
    report = report_text(_info())
    assert "FTZ Desktop 0." in report and "Python 3." in report and "Qt 6." in report
    assert "Traceback (most recent call last)" in report and "ValueError: a test error" in report
    assert f"Log: {logs.log_file()}" in report


def test_handler_logs_and_shows_one_dialog(qtbot, caplog):
    handler = CrashHandler()
    with qtbot.waitSignal(handler.crashed, timeout=2000):
        handler.handle(*_info("first"))
    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and "ValueError: first" in dialog.error_label.text()
    assert str(logs.log_file()) in dialog.log_label.text()
    assert "uncaught exception" in caplog.text and "ValueError: first" in caplog.text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report
    handler.handle(*_info("second"))  # a second error while it is open: counted, not a second dialog
    qtbot.waitUntil(lambda: dialog.count_label.isVisible())
    assert handler.dialog is dialog and "ValueError: second" in caplog.text


def test_crash_test_hook_in_the_real_app_shows_the_dialog_and_logs(tmp_path):
    """--crash-test raises in a slot of the running app: the window stays, the dialog is saved."""
    shot = tmp_path / "crash.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FTZ_DESKTOP_CONFIG_DIR=str(tmp_path / "c"),
        FTZ_DESKTOP_DATA_DIR=str(tmp_path / "d"),
    )
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ftz_desktop",
            "--library",
            str(tmp_path / "lib.sqlite"),
            "--crash-test",
            "--screenshot",
            str(shot),
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=90,
    )
    assert out.returncode == 0, out.stderr
    assert shot.stat().st_size > 5000
    log = (tmp_path / "d" / "logs" / "ftz-desktop.log").read_text(encoding="utf-8")
    assert "uncaught exception" in log and "RuntimeError: crash test" in log
