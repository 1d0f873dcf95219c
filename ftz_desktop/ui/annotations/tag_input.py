"""Typing tags and notes: a line edit that completes several comma-separated tags from the
existing ones, and the small note and tag dialogs the reader, the panel and the library open."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.ui.annotations.model import join_tags, split_tags
from ftz_desktop.ui.common import colors

_HEAD = re.compile(r"^(.*[,，;；、]\s*)")


class MultiTagCompleter(QCompleter):
    """Completes the tag being typed after the last separator and keeps the ones before it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(self)
        self.setModel(self.names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [_HEAD.sub("", path).lstrip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        tag = super().pathFromIndex(index)
        match = _HEAD.match(self.completionPrefix())  # the text as typed (highlighting changes the field)
        return (match.group(1) if match else "") + tag + ", "


class TagLineEdit(QLineEdit):
    """Several tags separated by commas, each completed from the existing tags; new ones are fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag_completer = MultiTagCompleter(self)
        self.setCompleter(self.tag_completer)
        self.setPlaceholderText("跨境电商, 政策/金融")  # an example, the same in every language
        self.setClearButtonEnabled(True)

    def set_tag_names(self, names: Sequence[str]) -> None:
        self.tag_completer.names.setStringList(list(names))

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(join_tags(tags) + (", " if tags else ""))


class NoteDialog(QDialog):
    """Write or change a note (Ctrl+Enter saves)."""

    def __init__(self, quote: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        quote_label = QLabel(_elided(quote), self)
        quote_label.setWordWrap(True)
        quote_label.setTextFormat(Qt.TextFormat.PlainText)
        quote_label.setStyleSheet("font-style: italic;")
        colors.set_text_color(quote_label)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(note)
        self.edit.setPlaceholderText(self.tr("Your note on this passage"))
        self.edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(440, 260)
        self.edit.setFocus()

    def note(self) -> str:
        return self.edit.toPlainText().strip()


class TagsDialog(QDialog):
    """Tags for a passage or documents: several at once, completed from the existing tags."""

    def __init__(
        self,
        title: str,
        subject: str,
        tags: Sequence[str],
        names: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        subject_label = QLabel(_elided(subject), self)
        subject_label.setWordWrap(True)
        subject_label.setTextFormat(Qt.TextFormat.PlainText)
        colors.set_text_color(subject_label)
        self.edit = TagLineEdit(self)
        self.edit.set_tag_names(names)
        self.edit.set_tags(tags)
        hint = QLabel(self.tr("Separate tags with commas; nest them with / (政策/金融)."), self)
        colors.set_text_color(hint, "faint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(subject_label)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        self.edit.setFocus()

    def tags(self) -> tuple[str, ...]:
        return self.edit.tags()


def _elided(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place_near(dialog: QWidget, global_pos: QPoint | None) -> None:
    """Move a dialog next to ``global_pos`` (kept on its screen)."""
    if global_pos is None:
        return
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    x, y = global_pos.x() - 40, global_pos.y() + 16
    if screen is not None:
        x = max(screen.left(), min(x, screen.right() - dialog.width()))
        y = max(screen.top(), min(y, screen.bottom() - dialog.height()))
    dialog.move(x, y)
