"""Exporting a collection: its documents (title, date, source, path) and their annotations as
Markdown, CSV or W3C JSON, previewed before saving (the text is made in a worker)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.ui.common.workers import TaskRunner, error_message

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

# (format, annotations only, file suffix)
CHOICES = (("md", False, ".md"), ("csv", False, ".csv"), ("csv", True, ".csv"), ("w3c", False, ".json"))


def export_text(library: Library, name: str, fmt: str, annotations: bool) -> str:
    """Worker: the collection as text."""
    return library.collections.export(name, fmt, annotations=annotations)


def write_text(path: str, text: str) -> str:
    """Worker: save the export (UTF-8); returns the path."""
    Path(path).write_text(text, encoding="utf-8")
    return path


class CollectionExportDialog(QDialog):
    """Choose a format, see the export, save it to a file or copy it.

    Signals:
        previewed(): the preview shows the chosen format.
        saved(str path): the export was written.
    """

    previewed = Signal()
    saved = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.name = name
        self._generation = 0
        self.setWindowTitle(self.tr("Export Collection “{name}”").format(name=name))
        self.format_box = QComboBox(self)
        for label in (
            self.tr("Markdown: documents and annotations"),
            self.tr("CSV: documents (title, date, source, path)"),
            self.tr("CSV: annotations"),
            self.tr("W3C Web Annotation JSON: annotations and document tags"),
        ):
            self.format_box.addItem(label)
        self.format_box.currentIndexChanged.connect(self.preview)
        self.preview_edit = QPlainTextEdit(self)
        self.preview_edit.setReadOnly(True)
        self.preview_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.choose_file)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.preview_edit.toPlainText()))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Format:"), self))
        row.addWidget(self.format_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview_edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.preview()

    def choice(self) -> tuple[str, bool, str]:
        return CHOICES[self.format_box.currentIndex()]

    def preview(self) -> None:
        self._generation += 1
        generation = self._generation
        fmt, annotations, _ = self.choice()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Preparing…"))
        self.runner.run(
            export_text,
            self.library,
            self.name,
            fmt,
            annotations,
            callback=lambda text, err: self._shown(generation, text, err),
        )

    def _shown(self, generation: int, text: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        if error is not None:
            self.preview_edit.clear()
            self.status.setText(error_message(error))
        else:
            self.preview_edit.setPlainText(text)
            self.status.setText(self.tr("{lines} lines").format(lines=text.count("\n")))
            self.save_button.setEnabled(True)
        self.previewed.emit()

    def choose_file(self) -> None:
        _, _, suffix = self.choice()
        start = str(Path.home() / (self.name.replace("/", "-") + suffix))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Collection"), start)
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        self.runner.run(write_text, path, self.preview_edit.toPlainText(), callback=self._written)

    def _written(self, path: Any, error: BaseException | None) -> None:
        if error is not None:
            self.status.setText(self.tr("Could not save: {error}").format(error=error_message(error)))
            return
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.saved.emit(path)
