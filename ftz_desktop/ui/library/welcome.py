"""The page an empty library shows: import a folder, import files, or open the sample library."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ftz_desktop.ui.common import colors


class WelcomePage(QWidget):
    """Three ways to start.

    Signals:
        import_folder_requested(), import_files_requested(), sample_requested()
    """

    import_folder_requested = Signal()
    import_files_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your library is empty"), self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Import the documents you collected about the pilot free trade zones —\n"
                "text, Markdown, HTML, PDF and Word files. Everything stays on this computer."
            ),
            self,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colors.set_text_color(text)
        self.folder_button = QPushButton(self.tr("Import Folder…"), self)
        self.files_button = QPushButton(self.tr("Import Files…"), self)
        self.sample_button = QPushButton(self.tr("Open Sample Library"), self)
        self.folder_button.setDefault(True)
        for button in (self.folder_button, self.files_button, self.sample_button):
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
        self.folder_button.clicked.connect(self.import_folder_requested)
        self.files_button.clicked.connect(self.import_files_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colors.set_text_color(self.hint, "faint")

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text)
        layout.addSpacing(24)
        for button in (self.folder_button, self.files_button, self.sample_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While an import runs, the buttons wait and the hint says so."""
        for button in (self.folder_button, self.files_button, self.sample_button):
            button.setEnabled(not busy)
        self.hint.setText(
            self.tr("Importing… the documents appear here when the import is done.")
            if busy
            else self.tr("You can also drop files or folders onto this window.")
        )
