"""The reader's annotation layer: highlights drawn under the search hits, the highlight under the
mouse (tooltip, click), the floating bar over a selection or a highlight, and the document's tags
in the header. ``ReaderView`` owns one (``reader.highlights``); it shows what it is given and says
what the user wants through its signals, never writing anything itself."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape as html_escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QToolButton, QToolTip, QWidget

from ftz_desktop.records import Annotation, Span
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.colors import shade, tint
from ftz_desktop.ui.reader.offsets import OffsetMap
from ftz_desktop.ui.reader.selection_bar import SelectionBar

translate = QCoreApplication.translate
ANNOTATION_TEXT_COLOR = QColor("#1f1f1f")
BAR_DELAY_MS = 250  # a keyboard selection settles this long before the bar shows
_VIEWPORT_EVENTS = {
    QEvent.Type.ToolTip,
    QEvent.Type.Resize,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
}


def _tooltip_palette() -> QPalette:
    """The tooltip's colours as a window palette (so the ``colors`` helpers apply)."""
    palette = QPalette(QToolTip.palette())
    palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
    return palette


def annotation_tooltip(a: Annotation) -> str:
    """Rich text shown when the mouse rests on a highlight: its note and tags."""
    parts = []
    if a.note:
        parts.append(html_escape(a.note).replace("\n", "<br>"))
    else:
        no_note = QCoreApplication.translate("ReaderView", "No note")
        faint = colors.faint(_tooltip_palette()).name()
        parts.append(f'<span style="color:{faint};">' + html_escape(no_note) + "</span>")
    if a.tags:
        accent = colors.accent_text(_tooltip_palette()).name()
        parts.append(f'<span style="color:{accent};">' + html_escape("  ".join(f"#{t}" for t in a.tags)) + "</span>")
    return "<p style='white-space:pre-wrap; max-width:28em;'>" + "<br>".join(parts) + "</p>"


class AnnotationLayer(QObject):
    """The annotations over one reader's text: highlights, the current one, the floating bar,
    tooltips, and the document's tag chips and button (which the reader lays out in its header).

    Signals:
        annotation_clicked(int annotation_id): a highlight was clicked (-1: text outside any).
        cite_requested(str style, str passage): the bar's Cite menu (passage: a highlight's quote,
            or '' for the selection).
        annotate_requested(str what, str value): from the floating bar: color (value: the colour),
            note, tags or delete; for the selection, or the current highlight when none.
        document_tags_requested(): the tag button was pressed.
        selection_changed(bool has_selection): text was selected or the selection went away.
        repaint_requested(): the highlights changed; the reader repaints them with its hits.
    """

    annotation_clicked = Signal(int)
    annotate_requested = Signal(str, str)
    cite_requested = Signal(str, str)
    document_tags_requested = Signal()
    selection_changed = Signal(bool)
    repaint_requested = Signal()

    def __init__(self, text_edit: QTextEdit, header: QWidget) -> None:
        super().__init__(text_edit)
        self.text_edit = text_edit
        self.text_doc = text_edit.document()
        self._map: OffsetMap | None = None
        self._annotations: list[Annotation] = []
        self._ann_positions: list[tuple[int, int, Annotation]] = []  # document positions, anchored only
        self._current_ann: int | None = None
        self._pending_reveal: int | None = None
        self._document_tags: tuple[str, ...] = ()
        self._had_selection = False
        self._bar_annotation: int | None = None  # the highlight whose bar comes back after a scroll
        self.tags_label = QLabel(header)
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label.setMinimumWidth(1)  # long tag lists are cut, never widen the window
        self.tags_label.hide()
        self.tags_button = QToolButton(header, text=translate("ReaderView", "Tag Document…"), autoRaise=True)
        self.tags_button.setToolTip(translate("ReaderView", "Give this document tags (Ctrl+Shift+D)"))
        self.tags_button.clicked.connect(lambda: self.document_tags_requested.emit())
        self.text_edit.selectionChanged.connect(self._selection_moved)
        self.text_edit.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        self._viewport = self.text_edit.viewport()
        self._viewport.installEventFilter(self)
        self.selection_bar = SelectionBar(self.text_edit.viewport())
        self.selection_bar.action.connect(self._bar_action)
        self.selection_bar.cite_requested.connect(self._bar_cite)
        self._bar_timer = QTimer(self.text_edit, singleShot=True, interval=BAR_DELAY_MS)
        self._bar_timer.timeout.connect(self._show_bar_for_selection)

    def set_map(self, omap: OffsetMap | None) -> None:
        """The reader shows a (new) text: place the highlights on it."""
        self._map = omap
        self._place_annotations()

    def reveal_pending(self) -> None:
        """Reveal the highlight asked for before the text was loaded, if any."""
        if self._pending_reveal is not None and self._annotations:
            self.reveal_annotation(self._pending_reveal)

    def has_highlights(self) -> bool:
        return bool(self._ann_positions)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The text's viewport: tooltips over highlights, clicks on them, the bar out of the way."""
        kind = event.type()
        if watched is self._viewport and kind in _VIEWPORT_EVENTS:
            if kind == QEvent.Type.ToolTip:
                return self._tooltip(event)
            if kind == QEvent.Type.Resize:
                self.hide_bar()
            elif isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
                if kind == QEvent.Type.MouseButtonPress:
                    self.hide_bar()
                elif kind == QEvent.Type.MouseButtonRelease:
                    point = event.position().toPoint()
                    QTimer.singleShot(0, self, lambda: self._clicked(point))  # after the text edit has handled it
        return super().eventFilter(watched, event)

    def dismiss_bar(self) -> bool:
        """Hide the floating bar if it is shown (Esc); True if it was."""
        if not self.selection_bar.isVisible():
            return False
        self.hide_bar()
        return True

    def choose_at(self, point: QPoint) -> None:
        """Make the highlight under viewport ``point`` current (a right click on it)."""
        if self.text_edit.textCursor().hasSelection():
            return
        position = self._hit_test(point)
        a = self.annotation_at(position) if position >= 0 else None
        if a is not None and a.id != self._current_ann:
            self.set_current_annotation(a.id)
            self.annotation_clicked.emit(a.id)

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Draw these annotations (the document's, in reading order; orphans are not drawn)."""
        self._annotations = list(annotations)
        ids = {a.id for a in self._annotations}
        if self._current_ann is not None and self._current_ann not in ids:
            self._current_ann = None
            if self.selection_bar.annotation_id is not None:
                self.hide_bar()
        self._place_annotations()
        self.repaint_requested.emit()
        if self._pending_reveal is not None and self._map is not None:
            self.reveal_annotation(self._pending_reveal)
        elif self.selection_bar.isVisible() and self.selection_bar.annotation_id is not None:
            self._show_bar_for_annotation(self.selection_bar.annotation_id)

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def annotation(self, ann_id: int) -> Annotation | None:
        return next((a for a in self._annotations if a.id == ann_id), None)

    def current_annotation(self) -> Annotation | None:
        """The highlight last clicked or chosen in the panel (None when there is none)."""
        return None if self._current_ann is None else self.annotation(self._current_ann)

    def set_current_annotation(self, ann_id: int | None, *, scroll: bool = False) -> None:
        """Make a highlight current (drawn underlined); ``scroll`` brings it into view."""
        if ann_id is not None and self.annotation(ann_id) is None:
            ann_id = None
        changed = ann_id != self._current_ann
        self._current_ann = ann_id
        if changed:
            self.repaint_requested.emit()
        if ann_id is not None and scroll:
            self._scroll_to_annotation(ann_id)

    def reveal_annotation(self, ann_id: int) -> None:
        """Scroll to a highlight and make it current, now or as soon as it is loaded."""
        if self._map is None or self.annotation(ann_id) is None:
            self._pending_reveal = ann_id
            return
        self._pending_reveal = None
        self.set_current_annotation(ann_id, scroll=True)

    def annotation_at(self, position: int) -> Annotation | None:
        """The innermost highlight covering document ``position``."""
        found = [(e - s, a) for s, e, a in self._ann_positions if s <= position < e]
        return min(found, key=lambda x: x[0])[1] if found else None

    def annotation_positions(self, ann_id: int) -> tuple[int, int] | None:
        """Document positions (QTextDocument units) of a drawn highlight."""
        return next(((s, e) for s, e, a in self._ann_positions if a.id == ann_id), None)

    def selected_span(self) -> Span | None:
        """The selection as offsets in the canonical text (None when nothing is selected)."""
        cursor = self.text_edit.textCursor()
        if self._map is None or not cursor.hasSelection():
            return None
        start, end = self._map.offset(cursor.selectionStart()), self._map.offset(cursor.selectionEnd())
        while start < end and self._map.text[start].isspace():
            start += 1
        while end > start and self._map.text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select canonical ``text[start:end]`` (tests, keyboard users)."""
        if self._map is None:
            return
        cursor = QTextCursor(self.text_doc)
        cursor.setPosition(self._map.position(start))
        cursor.setPosition(self._map.position(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_edit.setTextCursor(cursor)

    def clear_selection(self) -> None:
        cursor = self.text_edit.textCursor()
        if cursor.hasSelection():
            cursor.setPosition(cursor.selectionEnd())
            self.text_edit.setTextCursor(cursor)
        self.hide_bar()

    def set_document_tags(self, tags: Sequence[str]) -> None:
        """Show the document's own tags in the header."""
        self._document_tags = tuple(tags)
        if tags:
            chips = " ".join(
                '<span style="background-color:#eef1f6; color:#44546a;">&nbsp;' + html_escape(t) + "&nbsp;</span>"
                for t in tags
            )
            self.tags_label.setText(chips)
            self.tags_label.setToolTip(", ".join(tags))
        self.tags_label.setVisible(bool(tags))
        edit, tag = translate("ReaderView", "Edit Tags…"), translate("ReaderView", "Tag Document…")
        self.tags_button.setText(edit if tags else tag)

    def document_tags(self) -> tuple[str, ...]:
        return self._document_tags

    def _place_annotations(self) -> None:
        if self._map is None:
            self._ann_positions = []
            return
        omap = self._map
        self._ann_positions = [
            (omap.position(a.start), omap.position(a.end), a)
            for a in self._annotations
            if not a.orphaned and a.start < a.end
        ]

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """The highlights to draw (under the search hits), longer ones first."""
        out = []
        # longer first, so a highlight nested in another is drawn on top of it
        for start, end, a in sorted(self._ann_positions, key=lambda x: x[0] - x[1]):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(tint(a.color))
            fmt.setForeground(ANNOTATION_TEXT_COLOR)
            if a.id == self._current_ann:  # the chosen one: underlined (a stronger fill would hide hits)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(shade(a.color))
            elif a.note:  # a note to read on hover
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(shade(a.color))
            sel.format = fmt
            out.append(sel)
        return out

    def _scroll_to_annotation(self, ann_id: int) -> None:
        span = self.annotation_positions(ann_id)
        if span is None:
            return
        cursor = QTextCursor(self.text_doc)
        cursor.setPosition(span[0])
        rect = self.text_edit.cursorRect(cursor)
        bar = self.text_edit.verticalScrollBar()
        viewport = self.text_edit.viewport().height()
        if rect.top() < 0 or rect.bottom() > viewport:
            bar.setValue(bar.value() + rect.center().y() - viewport // 3)

    def _span_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle of the first line of document span start…end."""
        first = QTextCursor(self.text_doc)
        first.setPosition(start)
        rect = self.text_edit.cursorRect(first)
        last = QTextCursor(self.text_doc)
        last.setPosition(end)
        end_rect = self.text_edit.cursorRect(last)
        if end_rect.top() == rect.top():
            return rect.united(end_rect)
        return QRect(rect.left(), rect.top(), 1, rect.height())  # several lines: the bar starts where it starts

    def _hit_test(self, point: Any) -> int:
        """Document position of the character under viewport ``point`` (-1: not over text)."""
        h = self.text_edit.horizontalScrollBar().value()
        v = self.text_edit.verticalScrollBar().value()
        layout = self.text_doc.documentLayout()
        return layout.hitTest(QPointF(point.x() + h, point.y() + v), Qt.HitTestAccuracy.ExactHit)

    # --- the floating bar --------------------------------------------------------------------
    def _selection_moved(self) -> None:
        has = self.text_edit.textCursor().hasSelection()
        if has != self._had_selection:
            self._had_selection = has
            self.selection_changed.emit(has)
        if has:
            self._bar_timer.start()
        elif self.selection_bar.annotation_id is None:
            self._bar_timer.stop()
            self.selection_bar.hide()

    def _show_bar_for_selection(self) -> None:
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            return  # still dragging: the release shows it
        cursor = self.text_edit.textCursor()
        if self._map is None or not cursor.hasSelection() or self.selected_span() is None:
            if self._bar_annotation is not None:
                self._show_bar_for_annotation(self._bar_annotation)
            return
        rect = self._span_rect(cursor.selectionStart(), cursor.selectionEnd())
        if self.text_edit.viewport().rect().intersects(rect):
            self.selection_bar.show_for_selection(rect)

    def _show_bar_for_annotation(self, ann_id: int) -> None:
        span = self.annotation_positions(ann_id)
        a = self.annotation(ann_id)
        self._bar_annotation = ann_id if a is not None else None
        if span is None or a is None:
            self.selection_bar.hide()
            return
        rect = self._span_rect(*span)
        if self.text_edit.viewport().rect().intersects(rect):
            self.selection_bar.show_for_annotation(rect, a.id, a.color, bool(a.note))
        else:
            self.selection_bar.hide()

    def _scrolled(self) -> None:
        """The text moved under the bar: hide it, and show it again where the text is now."""
        was_for = self.selection_bar.annotation_id if self.selection_bar.isVisible() else None
        self.selection_bar.hide()
        if was_for is None and not self.text_edit.textCursor().hasSelection():
            self._bar_annotation = None
        if self.text_edit.textCursor().hasSelection() or self._bar_annotation is not None:
            self._bar_timer.start()

    def show_annotation_bar(self, ann_id: int) -> None:
        """Show the floating bar over a highlight (as a click on it does)."""
        self._show_bar_for_annotation(ann_id)

    def hide_bar(self) -> None:
        self._bar_timer.stop()
        self._bar_annotation = None
        self.selection_bar.hide()

    def _bar_action(self, what: str, value: str) -> None:
        if self.selection_bar.annotation_id is not None:
            self.set_current_annotation(self.selection_bar.annotation_id)
        self.annotate_requested.emit(what, value)

    def _bar_cite(self, style: str) -> None:
        """Cite from the bar: the selection, or the passage of the highlight it is for."""
        passage = ""
        if self.selection_bar.annotation_id is not None:
            a = self.annotation(self.selection_bar.annotation_id)
            passage = a.quote if a is not None else ""
        self.selection_bar.hide()
        self.cite_requested.emit(style, passage)

    def _clicked(self, point: Any) -> None:
        """After a left click (not a drag): select the highlight under the mouse, or none."""
        if self.text_edit.textCursor().hasSelection():
            self._show_bar_for_selection()
            return
        position = self._hit_test(point)
        a = self.annotation_at(position) if position >= 0 else None
        self.set_current_annotation(a.id if a else None)
        if a is not None:
            self._show_bar_for_annotation(a.id)
        else:
            self.hide_bar()
        self.annotation_clicked.emit(a.id if a else -1)

    def _tooltip(self, event: Any) -> bool:
        position = self._hit_test(event.pos())
        a = self.annotation_at(position) if position >= 0 else None
        if a is None:
            QToolTip.hideText()
            event.ignore()
            return True
        QToolTip.showText(event.globalPos(), annotation_tooltip(a), self.text_edit.viewport())
        return True
