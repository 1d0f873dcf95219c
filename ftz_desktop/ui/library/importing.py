"""Importing through the GUI: a cancellable worker, a throttled progress strip and a copyable report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.records import ImportProgress, ImportReport
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.workers import TaskRunner, Worker

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

PROGRESS_INTERVAL = 0.05  # seconds: at most ~20 progress updates per second reach the GUI


class ImportController(QObject):
    """Runs ``Library.import_paths`` on the pool, one import at a time.

    Signals:
        started(list paths): an import began.
        progress(object ImportProgress): the latest progress (throttled).
        finished(object ImportReport): the import ended (``report.cancelled`` if it was cancelled).
        failed(str message): the import could not run at all (e.g. the library is locked).
    """

    started = Signal(list)
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._worker: Worker | None = None
        self.last_report: ImportReport | None = None

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, library: Library, paths: Sequence[str | Path]) -> bool:
        """Start importing ``paths`` into ``library``; False if an import is already running."""
        if self._worker is not None:
            return False
        worker = Worker(
            library.import_paths, [str(p) for p in paths], throttle=PROGRESS_INTERVAL, cancel_kwarg="cancelled"
        )
        worker.signals.yielded.connect(self.progress)
        worker.signals.returned.connect(self._returned)
        worker.on_error(self._errored)
        self._worker = worker
        self.started.emit([str(p) for p in paths])
        self._runner.start(worker)
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _returned(self, report: ImportReport | None) -> None:
        self._worker = None
        report = report if isinstance(report, ImportReport) else ImportReport(cancelled=True)
        self.last_report = report
        self.finished.emit(report)

    def _errored(self, error: BaseException) -> None:
        self._worker = None
        self.failed.emit(str(error) or type(error).__name__)


def throughput(progress: ImportProgress) -> str:
    """'4.2 MB/s · 310 files/s' for the progress so far."""
    if progress.seconds <= 0:
        return ""
    mb = progress.bytes_done / 1_000_000 / progress.seconds
    files = progress.done / progress.seconds
    return QCoreApplication.translate("ImportProgressWidget", "{mb} MB/s · {files} files/s").format(
        mb=f"{mb:.1f}", files=f"{files:,.0f}"
    )


class ImportProgressWidget(QWidget):
    """A strip for the status bar: files done / total, throughput, the current file and Cancel.

    Signals:
        cancel_requested()
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(200)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 0)
        self.count_label = QLabel(self)
        self.rate_label = QLabel(self)
        colors.set_text_color(self.rate_label)
        self.file_label = QLabel(self)
        colors.set_text_color(self.file_label)
        self.file_label.setMinimumWidth(120)
        self.file_label.setMaximumWidth(360)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.file_label, 1)
        layout.addWidget(self.cancel_button)

    def reset(self) -> None:
        self.bar.setRange(0, 0)
        self.count_label.setText(self.tr("Looking for files…"))
        self.rate_label.clear()
        self.file_label.clear()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))

    def show_progress(self, progress: ImportProgress) -> None:
        total = max(progress.total, progress.done, 1)
        if self.bar.maximum() != total:
            self.bar.setRange(0, total)
        self.bar.setValue(progress.done)
        self.count_label.setText(
            self.tr("{done} / {total} files").format(done=f"{progress.done:,}", total=f"{progress.total:,}")
        )
        self.rate_label.setText(throughput(progress))
        name = Path(progress.path).name
        metrics = self.file_label.fontMetrics()
        self.file_label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, self.file_label.maximumWidth()))
        self.file_label.setToolTip(progress.path)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


def report_summary(report: ImportReport) -> str:
    """One line: 'Added 3 · updated 1 · unchanged 20 · missing 0 · failed 2 — 1.4 s'."""
    template = QCoreApplication.translate(
        "ImportReport",
        "Added {added} · updated {updated} · unchanged {unchanged} · missing {missing} · failed {failed}",
    )
    text = template.format(
        added=f"{report.added:,}",
        updated=f"{report.updated:,}",
        unchanged=f"{report.unchanged:,}",
        missing=f"{report.missing:,}",
        failed=f"{len(report.failed):,}",
    )
    if report.skipped:
        skipped = QCoreApplication.translate("ImportReport", "skipped {skipped}")
        text += " · " + skipped.format(skipped=f"{len(report.skipped):,}")
    text += f" — {report.seconds:.1f} s"
    if report.cancelled:
        text = QCoreApplication.translate("ImportReport", "Import cancelled.") + " " + text
    return text


def failures_text(report: ImportReport) -> str:
    """Every failure and every skipped file as 'path<TAB>reason', one a line (what Copy puts on
    the clipboard)."""
    return "\n".join(f"{f.path}\t{f.reason}" for f in (*report.failed, *report.skipped))


class ImportReportDialog(QDialog):
    """The summary of an import (never modal) with every failure in a read-only list and a Copy button."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import Cancelled") if report.cancelled else self.tr("Import Finished"))
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("The import was cancelled; what was imported so far is kept.")
            if report.cancelled
            else self.tr("The import is done in {seconds:.1f} s.").format(seconds=report.seconds),
            self,
        )
        heading.setWordWrap(True)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, value in (
            (self.tr("Added"), report.added),
            (self.tr("Updated"), report.updated),
            (self.tr("Unchanged"), report.unchanged),
            (self.tr("Missing"), report.missing),
            (self.tr("Failed"), len(report.failed)),
            (self.tr("Skipped"), len(report.skipped)),
        ):
            form.addRow(label, QLabel(f"{value:,}", self))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        self.failures = QPlainTextEdit(self)
        self.failures.setReadOnly(True)
        self.failures.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.failures.setPlainText(failures_text(report))
        if report.failed or report.skipped:
            layout.addWidget(QLabel(self.tr("Files that could not be imported, with the reason:"), self))
            layout.addWidget(self.failures, 1)
            self.resize(720, 420)
        else:
            self.failures.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy the summary and every failure with its reason"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        text = report_summary(self.report)
        if self.report.failed or self.report.skipped:
            text += "\n" + failures_text(self.report)
        QGuiApplication.clipboard().setText(text)
