"""The small bar that floats over the reader's text: above a selection (highlight it in a colour,
add a note or tags) or above a clicked highlight (change its colour, note or tags, delete it)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QStyle, QToolButton, QWidget

from ftz_desktop.records import ANNOTATION_COLORS
from ftz_desktop.ui.common.citations import add_citation_actions
from ftz_desktop.ui.common.colors import color_label, swatch_icon

COLOR_SHORTCUTS = {color: f"Ctrl+{i}" for i, color in enumerate(ANNOTATION_COLORS, start=1)}
NOTE_SHORTCUT = "Ctrl+Shift+N"
TAGS_SHORTCUT = "Ctrl+Shift+T"
MARGIN = 6


class SelectionBar(QFrame):
    """Colour swatches, Note, Tags (and Delete for a highlight), placed next to a text rectangle.

    Signals:
        action(str what, str value): what is color (value: the colour), note, tags or delete.
        cite_requested(str style): copy a citation of the passage (gbt7714 or author-date).
    """

    action = Signal(str, str)
    cite_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#selectionBar { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
            "#selectionBar QToolButton { border: none; padding: 3px 5px; border-radius: 4px; color: palette(text); }"
            "#selectionBar QToolButton:hover { background: palette(midlight); }"
            "#selectionBar QToolButton:checked { background: palette(mid); }"
        )
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.annotation_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(1)
        self.color_buttons: dict[str, QToolButton] = {}
        for color in ANNOTATION_COLORS:
            button = QToolButton(self)
            button.setIcon(swatch_icon(color, 16))
            button.setIconSize(QSize(16, 16))
            button.setCheckable(True)
            button.setAccessibleName(color_label(color))
            button.setToolTip(
                self.tr("Highlight in {colour} ({keys})").format(colour=color_label(color), keys=COLOR_SHORTCUTS[color])
            )
            button.clicked.connect(lambda _c=False, c=color: self._emit("color", c))
            layout.addWidget(button)
            self.color_buttons[color] = button
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.VLine)
        rule.setStyleSheet("color: palette(mid);")
        layout.addWidget(rule)
        self.note_button = QToolButton(self, text=self.tr("Note"))
        self.note_button.setToolTip(self.tr("Add a note ({keys})").format(keys=NOTE_SHORTCUT))
        self.note_button.clicked.connect(lambda: self._emit("note"))
        self.tags_button = QToolButton(self, text=self.tr("Tags"))
        self.tags_button.setToolTip(self.tr("Add tags ({keys})").format(keys=TAGS_SHORTCUT))
        self.tags_button.clicked.connect(lambda: self._emit("tags"))
        self.delete_button = QToolButton(self)
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.delete_button.setToolTip(self.tr("Delete the highlight (Delete)"))
        self.delete_button.clicked.connect(lambda: self._emit("delete"))
        self.cite_button = QToolButton(self, text=self.tr("Cite"))
        self.cite_button.setToolTip(self.tr("Copy the passage with its citation"))
        self.cite_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        cite_menu = QMenu(self.cite_button)
        add_citation_actions(cite_menu, self.cite_requested.emit)
        self.cite_button.setMenu(cite_menu)
        for w in (self.note_button, self.tags_button, self.cite_button, self.delete_button):
            layout.addWidget(w)
        self.hide()

    def _emit(self, what: str, value: str = "") -> None:
        self.action.emit(what, value)

    def show_for_selection(self, rect: QRect) -> None:
        """Offer to annotate the selected text drawn in ``rect`` (parent coordinates)."""
        self.annotation_id = None
        for button in self.color_buttons.values():
            button.setChecked(False)
        self.note_button.setText(self.tr("Note"))
        self.tags_button.setText(self.tr("Tags"))
        self.delete_button.hide()
        self._place(rect)

    def show_for_annotation(self, rect: QRect, ann_id: int, color: str, has_note: bool) -> None:
        """Offer to change the highlight ``ann_id`` drawn in ``rect``."""
        self.annotation_id = ann_id
        for c, button in self.color_buttons.items():
            button.setChecked(c == color)
        self.note_button.setText(self.tr("Edit Note") if has_note else self.tr("Note"))
        self.tags_button.setText(self.tr("Tags"))
        self.delete_button.show()
        self._place(rect)

    def _place(self, rect: QRect) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else QRect(0, 0, 10_000, 10_000)
        x = rect.left() + max(0, (rect.width() - self.width()) // 2)
        x = max(area.left() + MARGIN, min(x, area.right() - self.width() - MARGIN))
        y = rect.top() - self.height() - MARGIN
        if y < area.top() + MARGIN:
            y = rect.bottom() + MARGIN
        y = max(area.top() + MARGIN, min(y, area.bottom() - self.height() - MARGIN))
        self.move(x, y)
        self.show()
        self.raise_()
