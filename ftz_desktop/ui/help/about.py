"""The About box: what the program is, its version and those of Python and Qt, and where the
library, the data, the settings and the logs are (each path selectable, its folder one click away)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop import __version__, logs, package_data, paths
from ftz_desktop.ui.common.crash import versions


class AboutDialog(QDialog):
    """Version and paths; *Copy* puts them on the clipboard for a bug report."""

    def __init__(self, library_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About FTZ Desktop"))
        icon = QLabel(self)
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
        name = self.tr("FTZ Desktop")
        title = QLabel(f"<h2>{escape(name)} {escape(__version__)}</h2>", self)
        blurb = QLabel(
            self.tr(
                "An offline workbench for documents about China's pilot free trade zones: "
                "search every passage, read side by side, see zones and figures, keep your notes. "
                "Nothing leaves this computer."
            ),
            self,
        )
        blurb.setWordWrap(True)
        self.paths = {
            self.tr("Library"): library_path,
            self.tr("Data folder"): paths.data_dir(),
            self.tr("Settings folder"): paths.config_dir(),
            self.tr("Log file"): logs.log_file(),
            self.tr("Program files"): package_data.path(),
        }
        form = QFormLayout()
        form.addRow(self.tr("Versions"), self._label("\n".join(versions())))
        for name, path in self.paths.items():
            form.addRow(name, self._label(str(path) if path is not None else self.tr("(none open)")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy"), self)
        copy.clicked.connect(self.copy)
        folder = QPushButton(self.tr("Open &Data Folder"), self)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir()))))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def text(self) -> str:
        lines = [*versions()]
        lines += [f"{name}: {path if path is not None else '-'}" for name, path in self.paths.items()]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
