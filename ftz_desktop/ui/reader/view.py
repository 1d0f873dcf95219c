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
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core import citations
from ftz_desktop.records import Annotation, Document, Span
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common import shortcuts as keys
from ftz_desktop.ui.common.citations import add_citation_actions
from ftz_desktop.ui.common.fonts import reader_font
from ftz_desktop.ui.common.formatting import human_size
from ftz_desktop.ui.common.widgets import ElidedLabel
from ftz_desktop.ui.reader.highlights import AnnotationLayer
from ftz_desktop.ui.reader.offsets import OffsetMap
from ftz_desktop.ui.reader.selection_bar import SelectionBar

BASE_POINT_SIZE = 13.0
LINE_HEIGHT_PERCENT = 170
MAX_COLUMN_EMS = 40  # comfortable line length for Chinese text
# search hits: peach with an orange underline, unlike any highlight colour (yellow is the default one)
HIT_COLOR = QColor("#ffd9ad")
CURRENT_HIT_COLOR = QColor("#ffa64d")
HIT_TEXT_COLOR = QColor("#1f1f1f")
HIT_UNDERLINE_COLOR = QColor("#e8590c")  # keeps hits visible on top of highlights
# passages marked as different from another version (side by side): a faint blue band
MARK_COLOR = QColor(70, 130, 230, 38)
POSITION_SETTLE_MS = 600  # the reading position is reported once scrolling stops this long


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
        reading_moved(int offset): the text was scrolled and came to rest with canonical
            ``offset`` at the top (the reading position).
        hits_changed(): new hits of a query were set (``query_hits``).
    """

    hit_changed = Signal(int, int)
    hits_changed = Signal()
    reading_moved = Signal(int)
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
        self._marks: list[Span] = []  # canonical spans marked (articles that differ from another version)
        self._current = -1
        self._finding = False
        self._scroll_pending = False
        self._go_to: int | None = None  # a reading position to show once the text is there
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_SETTLE_MS)
        self._position_timer.timeout.connect(self._report_position)
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
        self.text_edit.verticalScrollBar().valueChanged.connect(lambda _v: self._position_timer.start())

        self.highlights = AnnotationLayer(self.text_edit, self)
        self.highlights.repaint_requested.connect(self._paint_hits)
        self.highlights.annotation_clicked.connect(self.annotation_clicked)
        self.highlights.annotate_requested.connect(self.annotate_requested)
        self.highlights.document_tags_requested.connect(self.document_tags_requested)
        self.highlights.selection_changed.connect(self.selection_changed)
        self.highlights.cite_requested.connect(lambda style, passage: self.copy_citation(style, passage))
        self.tags_label = self.highlights.tags_label
        self.tags_button = self.highlights.tags_button

        # one line: title, date and source, tags, the hit counter, details and more; the details
        # line (all metadata, the path, open original) is shown on demand
        self.title_label = ElidedLabel(self.tr("Loading…"), self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(title_font)
        self.brief_label = ElidedLabel("", self)
        colors.set_text_color(self.brief_label)
        self.meta_label = QLabel(self)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        colors.set_text_color(self.meta_label)
        self.path_label = ElidedLabel("", self, Qt.TextElideMode.ElideMiddle)
        colors.set_text_color(self.path_label, "faint")

        self.prev_button = QToolButton(self, arrowType=Qt.ArrowType.UpArrow, autoRaise=True)
        self.prev_button.setToolTip(self.tr("Previous hit ({keys})").format(keys=keys.native(keys.FIND_PREVIOUS)))
        self.prev_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton(self, arrowType=Qt.ArrowType.DownArrow, autoRaise=True)
        self.next_button.setToolTip(self.tr("Next hit ({keys})").format(keys=keys.native(keys.FIND_NEXT)))
        self.next_button.clicked.connect(self.next_hit)
        self.counter_label = QLabel(self)
        self.counter_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.details_button = QToolButton(self, text="ⓘ", checkable=True, autoRaise=True)
        self.details_button.setToolTip(self.tr("Show the document's details and path"))
        self.open_button = QToolButton(self, text=self.tr("Open original"), autoRaise=True)
        self.open_button.setToolTip(self.tr("Open the original file with the system's application"))
        self.open_button.clicked.connect(self.open_original)

        header = QWidget(self)
        header.setObjectName("readerHeader")
        lines = QVBoxLayout(header)
        lines.setContentsMargins(14, 4, 8, 4)
        lines.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.title_label, 3)
        top.addWidget(self.brief_label, 1)
        top.addWidget(self.tags_label, 1)
        top.addWidget(self.tags_button)
        top.addWidget(self.counter_label)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.details_button)
        lines.addLayout(top)
        self.details = QWidget(header)
        details = QHBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 2)
        details.addWidget(self.meta_label)
        details.addWidget(self.path_label, 1)
        details.addWidget(self.open_button)
        self.details.hide()
        self.details_button.toggled.connect(self.details.setVisible)
        lines.addWidget(self.details)
        # the line under the header: the highlight colour while the text has the keyboard focus
        self.rule = QFrame(self)
        self.rule.setFrameShape(QFrame.Shape.NoFrame)
        self.rule.setFixedHeight(2)
        self.rule.setAutoFillBackground(True)
        self.text_edit.installEventFilter(self)
        self._show_focus(False)

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
        layout.addWidget(self.rule)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.find_bar)
        self._apply_font()
        self._update_counter()

    # --- content -----------------------------------------------------------------------------
    def set_document(
        self, doc: Document, hits: Sequence[Span] = (), query: str = "", omap: OffsetMap | None = None
    ) -> None:
        """Show ``doc`` with ``hits`` (canonical spans of ``query``) and go to the first hit
        (``omap``: its offset map, when a worker has built it)."""
        self.document = doc
        title = doc.title or Path(doc.path).name
        self.title_label.setText(title)
        meta = [doc.date or self.tr("undated"), doc.source or "", doc.format.upper(), human_size(doc.size)]
        if doc.missing:
            meta.append(self.tr("original file missing"))
        self.meta_label.setText("  ·  ".join(m for m in meta if m))
        self.brief_label.setText("  ·  ".join(m for m in (doc.date or "", doc.source or "") if m))
        shown_path = os.path.normpath(doc.path)
        self.path_label.setText(shown_path)
        self.path_label.setToolTip(shown_path)
        tip = "\n".join((title, self.meta_label.text(), shown_path))
        for label in (self.title_label, self.brief_label):
            label.setToolTip(tip)
        self.open_button.setEnabled(not doc.missing)
        self.open_original_action.setEnabled(not doc.missing)
        self._map = omap if omap is not None else OffsetMap(doc.text, doc.paragraphs)
        self._load_text()
        self.highlights.set_map(self._map)
        self.set_hits(hits, query)
        self.highlights.reveal_pending()
        if self._hits:
            self._go_to = None  # opened at a hit
        elif self._go_to is not None:
            self._scroll_to_offset()
        self.loaded.emit(doc.doc_id)

    def set_failed(self, message: str) -> None:
        self.title_label.setText(self.tr("This document cannot be shown"))
        self.brief_label.setText(message)
        self.brief_label.setToolTip(message)

    def set_hits(self, hits: Sequence[Span], query: str) -> None:
        """Highlight ``hits`` (canonical spans) of ``query`` and move to the first one."""
        self.query = query
        self._query_hits = list(hits)
        if not self._finding:
            self._show_hits(self._query_hits)
        self.hits_changed.emit()

    def query_hits(self) -> list[Span]:
        """The canonical spans of the query's hits (not the find bar's)."""
        return list(self._query_hits)

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

    def set_marks(self, spans: Sequence[Span]) -> None:
        """Mark ``spans`` (canonical) with a band across the text's width: the articles that
        differ from the version in the other pane. () clears them."""
        self._marks = list(spans)
        self._paint_hits()

    def marks(self) -> list[Span]:
        return list(self._marks)

    def _mark_selections(self) -> list[QTextEdit.ExtraSelection]:
        if self._map is None:
            return []
        out = []
        for s, e in self._marks:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_doc)
            cursor.setPosition(self._map.position(s))
            cursor.setPosition(self._map.position(e), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(MARK_COLOR)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.format = fmt
            out.append(sel)
        return out

    def _paint_hits(self) -> None:
        """Marks, highlights, then search hits over them (a hit inside a highlight stays visible)."""
        selections = self._mark_selections() + self.highlights.selections()
        for i, (start, end) in enumerate(self._hits):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_HIT_COLOR if i == self._current else HIT_COLOR)
            fmt.setForeground(HIT_TEXT_COLOR)  # readable on yellow whatever the palette
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(HIT_UNDERLINE_COLOR)
            sel.format = fmt
            selections.append(sel)
        self.text_edit.setExtraSelections(selections)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._scroll_pending:
            QTimer.singleShot(0, self._scroll_to_current if self._hits else self._scroll_to_offset)

    # --- reading position ----------------------------------------------------------------------
    def go_to_offset(self, offset: int) -> None:
        """Show canonical ``offset`` at the top (now, or once the document is loaded and shown)."""
        self._go_to = max(0, int(offset))
        if self._map is not None:
            self._scroll_to_offset()

    def _scroll_to_offset(self) -> None:
        if self._go_to is None or self._map is None:
            return
        self._scroll_pending = not self.isVisible()
        if self._scroll_pending:
            return
        cursor = QTextCursor(self.text_doc)
        cursor.setPosition(min(self._map.position(self._go_to), max(0, self.text_doc.characterCount() - 1)))
        block = self.text_doc.documentLayout().blockBoundingRect(cursor.block())
        line = cursor.block().layout().lineForTextPosition(cursor.positionInBlock())
        top = block.top() + (line.y() if line.isValid() else 0)
        self.text_edit.verticalScrollBar().setValue(int(top))
        self._go_to = None

    def reading_position(self) -> int | None:
        """The canonical offset of the first line at the top of the text (None before it is loaded).

        Found from the blocks' geometry (the view's hit test is not reliable while it is still
        laying out a long text in the background)."""
        if self._map is None:
            return None
        if self._go_to is not None:
            return self._go_to
        top = self.text_edit.verticalScrollBar().value()
        if top <= 0:
            return 0
        layout = self.text_doc.documentLayout()
        block = self.text_doc.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.height() > 0 and rect.bottom() > top:
                lines = block.layout()
                for i in range(lines.lineCount()):
                    line = lines.lineAt(i)
                    if rect.top() + line.y() + line.height() > top:
                        return self._map.offset(block.position() + line.textStart())
                return self._map.offset(block.position())
            block = block.next()
        return self._map.offset(max(0, self.text_doc.characterCount() - 1))

    def _report_position(self) -> None:
        offset = self.reading_position()
        if offset is not None:
            self.reading_moved.emit(offset)

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
        if self._finding:
            text = (
                self.tr("Match {index} of {count}").format(index=self._current + 1, count=count)
                if count
                else self.tr("No matches")
            )
        elif count:
            text = self.tr("Hit {index} of {count}").format(index=self._current + 1, count=count)
        else:
            text = self.tr("No hits") if self.query else ""
        self.counter_label.setText(text)
        self.counter_label.setToolTip(
            self.tr("Matches of the text in the find bar")
            if self._finding
            else self.tr("Hits of “{query}” in this document").format(query=self.query)
        )
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
        if self._map is None:
            return
        position = self.reading_position()
        self._load_text()  # the text again at the new size (cheaper than reformatting it in place)
        self.highlights.set_map(self._map)
        self._paint_hits()
        if position:
            self.go_to_offset(position)

    def _load_text(self) -> None:
        """Put the text into a new document, fonts, margins and paragraph format set before it is
        shown: text going into a document the view lays out as it grows costs 100–200 ms of the UI
        thread for a long text; built apart it is 15 ms, and the view lays out the rest bit by bit."""
        assert self._map is not None
        doc = SafeTextDocument(self.text_edit)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(reader_font(self._point_size()))
        self._set_margins(doc)
        cursor = QTextCursor(doc)
        cursor.setBlockFormat(self._block_format())
        cursor.insertText(self._map.plain_text())
        self.text_doc = doc
        self.highlights.text_doc = doc
        self.text_edit.setDocument(doc)  # the one it replaces was its child: deleted by the view

    def _point_size(self) -> float:
        return max(7.0, BASE_POINT_SIZE + self._zoom)

    def _apply_font(self) -> None:
        font = reader_font(self._point_size())
        self.text_doc.setDefaultFont(font)
        self.text_edit.setFont(font)
        self._update_margins()

    def _block_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(self._em() * 0.9)
        fmt.setTextIndent(0)
        return fmt

    def _em(self) -> float:
        return self._point_size() * self.logicalDpiY() / 72.0

    def _update_margins(self) -> None:
        self._set_margins(self.text_doc)

    def _set_margins(self, doc: QTextDocument) -> None:
        width = self.text_edit.viewport().width()
        column = MAX_COLUMN_EMS * self._em()
        side = max(24.0, (width - column) / 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) >= 1 or fmt.topMargin() != 18:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(18)
            fmt.setBottomMargin(48)
            frame.setFrameFormat(fmt)

    def _show_focus(self, focused: bool) -> None:
        palette = self.rule.palette()
        base = self.palette()
        color = base.color(QPalette.ColorRole.Highlight) if focused else colors.separator(base)
        palette.setColor(QPalette.ColorRole.Window, color)
        self.rule.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._show_focus(event.type() == QEvent.Type.FocusIn)
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

    def copy_citation(self, style: str = "gbt7714", passage: str = "") -> str:
        """Copy a citation in ``style`` (gbt7714, author-date) of ``passage``, else of the
        selection, else of the document; returns what was copied."""
        if self.document is None:
            return ""
        text = citations.cite(citations.reference_of(self.document), style, passage or self.selected_text())
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
        add_citation_actions(menu, self.copy_citation, enabled=self.document is not None)
        menu.addAction(self.open_original_action)
        menu.exec(self.text_edit.viewport().mapToGlobal(pos))
        menu.deleteLater()
