"""The reader: one document per tab, its canonical text set as plain text, hits highlighted and stepped
through, annotations drawn as coloured highlights with a floating bar to make and change them."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.records import Annotation, Document, Span
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common import shortcuts as keys
from ftz_desktop.ui.common.fonts import reader_font
from ftz_desktop.ui.common.formatting import human_size
from ftz_desktop.ui.reader.highlights import AnnotationLayer
from ftz_desktop.ui.reader.offsets import OffsetMap
from ftz_desktop.ui.reader.selection_bar import SelectionBar

BASE_POINT_SIZE = 13.0
LINE_HEIGHT_PERCENT = 170
MAX_COLUMN_EMS = 40  # comfortable line length for Chinese text
HIT_COLOR = QColor("#fff0b3")
CURRENT_HIT_COLOR = QColor("#ffc24d")
HIT_TEXT_COLOR = QColor("#1f1f1f")
HIT_UNDERLINE_COLOR = QColor("#e8590c")  # keeps hits visible on top of highlights


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads anything: no images, no style sheets, local or remote."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        return None


def literal_spans(needle: str, text: str) -> list[Span]:
    """Every case-insensitive occurrence of ``needle`` in ``text`` (the find bar)."""
    if not needle:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


def citation(doc: Document, selection: str) -> str:
    """``selection`` followed by the document's title, date, source and path."""
    parts = [f"《{doc.title}》"]
    if doc.date:
        parts.append(doc.date)
    if doc.source:
        parts.append(doc.source)
    cite = "，".join(parts)
    path = os.path.normpath(doc.path)
    selection = selection.strip()
    if not selection:
        return f"{cite}\n{path}"
    dash = QCoreApplication.translate("ReaderView", "— {cite}").format(cite=cite)
    return f"{selection}\n\n{dash}\n{path}"


class FindBar(QWidget):
    """Find within the current document.

    Signals:
        text_changed(str): the text to look for.
        next_requested(), previous_requested(), closed()
    """

    text_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.text_changed)
        self.edit.returnPressed.connect(self._on_return)
        self.edit.installEventFilter(self)
        prev_btn = QToolButton(self, arrowType=Qt.ArrowType.UpArrow, autoRaise=True)
        prev_btn.setToolTip(self.tr("Previous match ({keys})").format(keys=keys.native(keys.FIND_PREVIOUS)))
        prev_btn.clicked.connect(self.previous_requested)
        next_btn = QToolButton(self, arrowType=Qt.ArrowType.DownArrow, autoRaise=True)
        next_btn.setToolTip(self.tr("Next match ({keys})").format(keys=keys.native(keys.FIND_NEXT)))
        next_btn.clicked.connect(self.next_requested)
        self.counter = QLabel(self)
        self.counter.setMinimumWidth(64)
        close_btn = QToolButton(self, text="✕", autoRaise=True)
        close_btn.setToolTip(self.tr("Close (Esc)"))
        close_btn.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(prev_btn)
        layout.addWidget(next_btn)
        layout.addWidget(self.counter)
        layout.addWidget(close_btn)

    def _on_return(self) -> None:
        if QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_requested.emit()
        else:
            self.next_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return super().eventFilter(watched, event)

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()


class ReaderView(QWidget):
    """One document: a header (title, date, source, path), the text, hit navigation and a find bar.

    Created empty (``doc_id`` only) and filled by ``set_document`` once a worker has loaded it;
    ``set_annotations`` and ``set_document_tags`` add what was read of its annotations, which its
    annotation layer (``highlights``) draws. The reader never writes: it says what the user asked
    for through signals (those of the layer are passed on as the reader's own).

    Signals:
        hit_changed(int index, int count): the current hit moved (index 0-based, -1 for none).
        loaded(int doc_id): the document is shown.
        annotation_clicked(int annotation_id): a highlight was clicked (-1: text outside any).
        annotate_requested(str what, str value): from the floating bar: color (value: the
            colour), note, tags or delete; for the selection, or the current highlight when
            nothing is selected.
        document_tags_requested(): the header's tag button was pressed.
        selection_changed(bool has_selection): text was selected or the selection went away.
    """

    hit_changed = Signal(int, int)
    loaded = Signal(int)
    annotation_clicked = Signal(int)
    annotate_requested = Signal(str, str)
    document_tags_requested = Signal()
    selection_changed = Signal(bool)

    def __init__(self, doc_id: int, zoom: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id = doc_id
        self.document: Document | None = None
        self.query = ""
        self._zoom = zoom
        self._map: OffsetMap | None = None
        self._query_hits: list[Span] = []
        self._hits: list[tuple[int, int]] = []  # document positions of the shown hits
        self._current = -1
        self._finding = False
        self._scroll_pending = False
        #: called with (menu, reader) to add the annotation actions to the context menu
        self.menu_hook: Callable[[QMenu, ReaderView], None] | None = None

        self.text_edit = QTextEdit(self)
        self.text_edit.setReadOnly(True)
        self.text_edit.setFrameShape(QFrame.Shape.NoFrame)
        self.text_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_edit.setUndoRedoEnabled(False)
        self.text_edit.setAcceptDrops(False)  # files dropped here go to the window (import)
        self.text_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_edit.customContextMenuRequested.connect(self._context_menu)
        self.text_edit.viewport().installEventFilter(self)
        self.text_doc = SafeTextDocument(self.text_edit)
        self.text_doc.setUndoRedoEnabled(False)
        self.text_edit.setDocument(self.text_doc)

        self.highlights = AnnotationLayer(self.text_edit, self)
        self.highlights.repaint_requested.connect(self._paint_hits)
        self.highlights.annotation_clicked.connect(self.annotation_clicked)
        self.highlights.annotate_requested.connect(self.annotate_requested)
        self.highlights.document_tags_requested.connect(self.document_tags_requested)
        self.highlights.selection_changed.connect(self.selection_changed)
        self.tags_label = self.highlights.tags_label
        self.tags_button = self.highlights.tags_button

        self.title_label = QLabel(self.tr("Loading…"), self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)
        self.meta_label = QLabel(self)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        colors.set_text_color(self.meta_label)
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        colors.set_text_color(self.path_label, "faint")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.prev_button = QToolButton(self, arrowType=Qt.ArrowType.UpArrow, autoRaise=True)
        self.prev_button.setToolTip(self.tr("Previous hit ({keys})").format(keys=keys.native(keys.FIND_PREVIOUS)))
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton(self, arrowType=Qt.ArrowType.DownArrow, autoRaise=True)
        self.next_button.setToolTip(self.tr("Next hit ({keys})").format(keys=keys.native(keys.FIND_NEXT)))
        self.next_button.clicked.connect(self.next_hit)
        self.counter_label = QLabel(self)
        self.counter_label.setMinimumWidth(56)
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.open_button = QToolButton(self, text=self.tr("Open original"), autoRaise=True)
        self.open_button.setToolTip(self.tr("Open the original file with the system's application"))
        self.open_button.clicked.connect(self.open_original)

        header = QWidget(self)
        header.setObjectName("readerHeader")
        grid = QVBoxLayout(header)
        grid.setContentsMargins(20, 14, 16, 10)
        grid.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.counter_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.prev_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(top)
        meta = QHBoxLayout()
        meta.addWidget(self.meta_label)
        meta.addStretch(1)
        meta.addWidget(self.open_button)
        grid.addLayout(meta)
        tags_row = QHBoxLayout()
        tags_row.setSpacing(6)
        tags_row.addWidget(self.tags_label, 0)
        tags_row.addWidget(self.tags_button, 0)
        tags_row.addStretch(1)
        grid.addLayout(tags_row)
        grid.addWidget(self.path_label)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: palette(mid);")

        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.find_bar.text_changed.connect(self._find_text_changed)
        self.find_bar.next_requested.connect(self.next_hit)
        self.find_bar.previous_requested.connect(self.previous_hit)
        self.find_bar.closed.connect(self._find_closed)

        self.copy_citation_action = QAction(self.tr("Copy with Citation"), self)
        self.copy_citation_action.setShortcuts(keys.keys(keys.COPY_CITATION))
        self.copy_citation_action.triggered.connect(self.copy_with_citation)
        self.open_original_action = QAction(self.tr("Open Original File"), self)
        self.open_original_action.triggered.connect(self.open_original)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(rule)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.find_bar)
        self._apply_font()
        self._update_counter()

    # --- content -----------------------------------------------------------------------------
    def set_document(self, doc: Document, hits: Sequence[Span] = (), query: str = "") -> None:
        """Show ``doc`` with ``hits`` (canonical spans of ``query``) and go to the first hit."""
        self.document = doc
        self.title_label.setText(doc.title or Path(doc.path).name)
        meta = [doc.date or self.tr("undated"), doc.source or "", doc.format.upper(), human_size(doc.size)]
        if doc.missing:
            meta.append(self.tr("original file missing"))
        self.meta_label.setText("  ·  ".join(m for m in meta if m))
        shown_path = os.path.normpath(doc.path)
        self.path_label.setText(shown_path)
        self.path_label.setToolTip(shown_path)
        self.open_button.setEnabled(not doc.missing)
        self.open_original_action.setEnabled(not doc.missing)
        self._map = OffsetMap(doc.text, doc.paragraphs)
        self.text_doc.setPlainText(self._map.plain_text())
        self._apply_block_format()
        self.highlights.set_map(self._map)
        self.set_hits(hits, query)
        self.highlights.reveal_pending()
        self.loaded.emit(doc.doc_id)

    def set_failed(self, message: str) -> None:
        self.title_label.setText(self.tr("This document cannot be shown"))
        self.meta_label.setText(message)

    def set_hits(self, hits: Sequence[Span], query: str) -> None:
        """Highlight ``hits`` (canonical spans) of ``query`` and move to the first one."""
        self.query = query
        self._query_hits = list(hits)
        if not self._finding:
            self._show_hits(self._query_hits)

    def hit_count(self) -> int:
        return len(self._hits)

    def current_hit(self) -> int:
        return self._current

    def hit_positions(self) -> list[tuple[int, int]]:
        """Document positions (QTextDocument units) of the hits shown."""
        return list(self._hits)

    def text_at(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.text_doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _show_hits(self, spans: Sequence[Span]) -> None:
        if self._map is None:
            return
        self._hits = [(self._map.position(s), self._map.position(e)) for s, e in spans]
        self._current = 0 if self._hits else -1
        self._paint_hits()
        if self._hits:
            self._scroll_to_current()
        self._update_counter()

    def _paint_hits(self) -> None:
        """Highlights first, then search hits over them (a hit inside a highlight stays visible)."""
        selections = self.highlights.selections()
        for i, (start, end) in enumerate(self._hits):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_HIT_COLOR if i == self._current else HIT_COLOR)
            fmt.setForeground(HIT_TEXT_COLOR)  # readable on yellow whatever the palette
            if self.highlights.has_highlights():
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(HIT_UNDERLINE_COLOR)
            sel.format = fmt
            selections.append(sel)
        self.text_edit.setExtraSelections(selections)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._scroll_pending:
            QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if not (0 <= self._current < len(self._hits)):
            return
        self._scroll_pending = not self.isVisible()  # a hidden tab scrolls when it is first shown
        start, _ = self._hits[self._current]
        cursor = QTextCursor(self.text_doc)
        cursor.setPosition(start)
        self.text_edit.setTextCursor(cursor)
        self.text_edit.ensureCursorVisible()
        rect = self.text_edit.cursorRect(cursor)
        bar = self.text_edit.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.text_edit.viewport().height() // 3)

    def _update_counter(self) -> None:
        count = len(self._hits)
        text = f"{self._current + 1} / {count}" if count else ("0 / 0" if self._finding or self.query else "")
        self.counter_label.setText(text)
        self.find_bar.counter.setText(text)
        has = count > 0
        for w in (self.prev_button, self.next_button):
            w.setVisible(has)
        self.counter_label.setVisible(bool(text))
        self.hit_changed.emit(self._current, count)

    def counter_text(self) -> str:
        return self.counter_label.text()

    # --- navigation --------------------------------------------------------------------------
    def first_hit(self) -> None:
        if self._hits:
            self._current = -1
            self._step(1)

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self._hits:
            return
        self._current = (self._current + delta) % len(self._hits)
        self._paint_hits()
        self._scroll_to_current()
        self._update_counter()

    def show_find_bar(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_bar.edit.selectAll()
        if self.find_bar.edit.text():
            self._find_text_changed(self.find_bar.edit.text())

    def _find_text_changed(self, text: str) -> None:
        if self.document is None:
            return
        self._finding = bool(text)
        self._show_hits(literal_spans(text, self.document.text) if text else self._query_hits)

    def _find_closed(self) -> None:
        self._finding = False
        self._show_hits(self._query_hits)
        self.text_edit.setFocus()

    # --- annotations (drawn by ``highlights``) -------------------------------------------------
    @property
    def selection_bar(self) -> SelectionBar:
        return self.highlights.selection_bar

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Draw these annotations (the document's, in reading order; orphans are not drawn)."""
        self.highlights.set_annotations(annotations)

    def annotations(self) -> list[Annotation]:
        return self.highlights.annotations()

    def annotation(self, ann_id: int) -> Annotation | None:
        return self.highlights.annotation(ann_id)

    def current_annotation(self) -> Annotation | None:
        """The highlight last clicked or chosen in the panel (None when there is none)."""
        return self.highlights.current_annotation()

    def set_current_annotation(self, ann_id: int | None, *, scroll: bool = False) -> None:
        self.highlights.set_current_annotation(ann_id, scroll=scroll)

    def reveal_annotation(self, ann_id: int) -> None:
        """Scroll to a highlight and make it current, now or as soon as it is loaded."""
        self.highlights.reveal_annotation(ann_id)

    def annotation_positions(self, ann_id: int) -> tuple[int, int] | None:
        return self.highlights.annotation_positions(ann_id)

    def annotation_at(self, position: int) -> Annotation | None:
        """The innermost highlight covering document ``position``."""
        return self.highlights.annotation_at(position)

    def show_annotation_bar(self, ann_id: int) -> None:
        self.highlights.show_annotation_bar(ann_id)

    def selected_span(self) -> Span | None:
        """The selection as offsets in the canonical text (None when nothing is selected)."""
        return self.highlights.selected_span()

    def select_span(self, start: int, end: int) -> None:
        self.highlights.select_span(start, end)

    def clear_selection(self) -> None:
        self.highlights.clear_selection()

    def set_document_tags(self, tags: Sequence[str]) -> None:
        """Show the document's own tags in the header."""
        self.highlights.set_document_tags(tags)

    def document_tags(self) -> tuple[str, ...]:
        return self.highlights.document_tags()

    # --- zoom and typography -----------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        self._zoom = steps
        self._apply_font()
        self._apply_block_format()

    def _point_size(self) -> float:
        return max(7.0, BASE_POINT_SIZE + self._zoom)

    def _apply_font(self) -> None:
        font = reader_font(self._point_size())
        self.text_doc.setDefaultFont(font)
        self.text_edit.setFont(font)
        self._update_margins()

    def _apply_block_format(self) -> None:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(self._em() * 0.9)
        fmt.setTextIndent(0)
        cursor = QTextCursor(self.text_doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)

    def _em(self) -> float:
        return self._point_size() * self.logicalDpiY() / 72.0

    def _update_margins(self) -> None:
        width = self.text_edit.viewport().width()
        column = MAX_COLUMN_EMS * self._em()
        side = max(24.0, (width - column) / 2)
        frame = self.text_doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) >= 1 or fmt.topMargin() != 18:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(18)
            fmt.setBottomMargin(48)
            frame.setFrameFormat(fmt)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit.viewport():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self._update_margins()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.highlights.dismiss_bar():
            return
        super().keyPressEvent(event)

    # --- copy and open -----------------------------------------------------------------------
    def selected_text(self) -> str:
        return self.text_edit.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def copy_with_citation(self) -> str:
        """Copy the selection (or nothing) followed by the citation; returns what was copied."""
        if self.document is None:
            return ""
        text = citation(self.document, self.selected_text())
        QGuiApplication.clipboard().setText(text)
        return text

    def open_original(self) -> None:
        if self.document is not None and not self.document.missing:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.document.path))

    def _context_menu(self, pos: Any) -> None:
        self.highlights.choose_at(pos)
        self.highlights.hide_bar()
        menu = self.text_edit.createStandardContextMenu(pos)
        if self.menu_hook is not None:
            menu.addSeparator()
            self.menu_hook(menu, self)
        menu.addSeparator()
        menu.addAction(self.copy_citation_action)
        menu.addAction(self.open_original_action)
        menu.exec(self.text_edit.viewport().mapToGlobal(pos))
        menu.deleteLater()
