"""The page an empty library shows (import a folder, import files, or open the sample library), and
the banner over the window while the sample library is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        text.setWordWrap(True)
        colors.set_text_color(text)
        self.folder_button = QPushButton(self.tr("Import Folder…"), self)
        self.files_button = QPushButton(self.tr("Import Files…"), self)
        self.sample_button = QPushButton(self.tr("Open Sample Library"), self)
        self.folder_button.setDefault(True)
        for button in (self.folder_button, self.files_button, self.sample_button):
            button.setMinimumWidth(min(260, 16 * self.fontMetrics().horizontalAdvance("中")))
            button.setMinimumHeight(36)
        self.folder_button.clicked.connect(self.import_folder_requested)
        self.files_button.clicked.connect(self.import_files_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
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


class SampleBanner(QFrame):
    """ "Sample library — Back to my library": shown over the tabs while the sample library is open.

    Signals:
        back_requested()
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(
            self.backgroundRole(), colors.blend(palette.color(palette.ColorRole.Window), colors.shade("blue"), 0.14)
        )
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(
            "<b>"
            + self.tr("Sample library")
            + "</b> — "
            + self.tr("six short documents for trying the program; your imports do not go here.")
        )
        self.label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to My Library"), self)
        self.back_button.clicked.connect(self.back_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.back_button)

    def set_busy(self, busy: bool) -> None:
        self.back_button.setEnabled(not busy)
