"""The annotation panel: a dock listing the current document's annotations in reading order as
cards (quote, note, tags), editable in place; orphans are flagged and can be re-attached.

The card delegate and list view are also used for the notes found by a search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.records import ANNOTATION_COLORS, Annotation
from ftz_desktop.ui.annotations.model import (
    ANNOTATION_ROLE,
    DOC_TITLE_ROLE,
    AnnotationsModel,
)
from ftz_desktop.ui.annotations.tag_input import TagLineEdit
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.colors import color_label, shade, swatch_icon, tint
from ftz_desktop.ui.common.formatting import counted

PAD_X, PAD_Y, GAP, BAR = 12, 8, 4, 4
QUOTE_LINES, NOTE_LINES = 3, 6


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width`` (Chinese breaks anywhere), at most ``max_lines``, the last elided."""
    text = " ".join(text.split("\n")) if max_lines <= 3 else text
    out: list[str] = []
    metrics = QFontMetrics(font)
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        spans = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(10, width))
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        for start, length in spans or [(0, 0)]:
            if len(out) == max_lines:
                out[-1] = metrics.elidedText(out[-1] + "\u2026\u2026", Qt.TextElideMode.ElideRight, width)
                return out
            out.append(paragraph[start : start + length].rstrip("\n"))
    return out


@dataclass
class CardLayout:
    title: list[str]
    quote: list[str]
    note: list[str]
    tags: str
    note_rect: QRect
    tags_rect: QRect
    height: int


class AnnotationCardDelegate(QStyledItemDelegate):
    """Paints an annotation as a card (colour bar, quote, note, tags); edits its note or tags in place.

    ``part`` says what the next editor edits: "note" or "tags" (the view sets it from the click).
    """

    def __init__(self, parent: QObject | None = None, *, show_document: bool = False) -> None:
        super().__init__(parent)
        self.show_document = show_document
        self.part = "note"
        self.tag_names: list[str] = []  # offered while typing tags
        self._orphan = self.tr("Not found in the current text")

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        title = QFont(small)
        title.setWeight(QFont.Weight.DemiBold)
        return base, small, title

    def card(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> CardLayout | None:
        a: Annotation | None = index.data(ANNOTATION_ROLE)
        if a is None:
            return None
        base, small, title_font = self._fonts(option)
        width = max(60, option.rect.width() - 2 * PAD_X - BAR)
        x = option.rect.x() + PAD_X + BAR
        y = option.rect.y() + PAD_Y
        title = wrapped_lines(index.data(DOC_TITLE_ROLE) or "", title_font, width, 1) if self.show_document else []
        y += len(title) * QFontMetrics(title_font).lineSpacing() + (GAP if title else 0)
        if a.orphaned:
            y += QFontMetrics(small).lineSpacing()
        quote = wrapped_lines(a.quote, small, width, QUOTE_LINES)
        y += len(quote) * QFontMetrics(small).lineSpacing() + GAP
        note = wrapped_lines(a.note, base, width, NOTE_LINES) if a.note else []
        note_h = len(note) * QFontMetrics(base).lineSpacing()
        note_rect = QRect(x, y, width, note_h)
        y += note_h + (GAP if note else 0)
        tags = "  ".join(f"#{t}" for t in a.tags)
        tags_h = QFontMetrics(small).lineSpacing() if tags else 0
        tags_rect = QRect(x, y, width, tags_h)
        y += tags_h + PAD_Y - (0 if tags or note else GAP)
        return CardLayout(title, quote, note, tags, note_rect, tags_rect, y - option.rect.y())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        view = opt.widget
        if isinstance(view, QAbstractItemView):
            opt.rect = QRect(0, 0, view.viewport().width(), 100)
        layout = self.card(opt, index)
        return QSize(200, layout.height if layout else 40)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        layout = self.card(option, index)
        a: Annotation | None = index.data(ANNOTATION_ROLE)
        if layout is None or a is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        pal = option.palette
        opt.palette.setColor(QPalette.ColorRole.Highlight, colors.soft_selection(pal)[0])
        painter.save()
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        base, small, title_font = self._fonts(option)
        r = option.rect
        bar = QRect(r.x() + PAD_X - 4, r.y() + PAD_Y, BAR, r.height() - 2 * PAD_Y)
        painter.fillRect(bar, tint(a.color, strong=True))
        x = r.x() + PAD_X + BAR
        y = r.y() + PAD_Y

        def lines(texts: list[str], font: QFont, color: QColor, top: int) -> int:
            painter.setFont(font)
            painter.setPen(color)
            fm = QFontMetrics(font)
            for text in texts:
                painter.drawText(x, top + fm.ascent(), text)
                top += fm.lineSpacing()
            return top

        if layout.title:
            y = lines(layout.title, title_font, colors.accent_text(pal), y) + GAP
        if a.orphaned:
            flag = QFontMetrics(small).elidedText(self._orphan, Qt.TextElideMode.ElideRight, r.width() - 2 * PAD_X)
            y = lines([flag], small, colors.error(pal), y)
        y = lines(layout.quote, small, colors.faint(pal) if a.orphaned else colors.muted(pal, 0.3), y)
        if layout.note:
            lines(layout.note, base, pal.color(QPalette.ColorRole.Text), layout.note_rect.y())
        if layout.tags:
            tags = QFontMetrics(small).elidedText(layout.tags, Qt.TextElideMode.ElideRight, layout.tags_rect.width())
            tag_color = shade("blue").lighter(150) if colors.is_dark(pal) else shade("blue").darker(130)
            lines([tags], small, tag_color, layout.tags_rect.y())
        painter.setPen(colors.separator(pal))
        painter.drawLine(r.bottomLeft(), r.bottomRight())
        painter.restore()

    # --- editing in place --------------------------------------------------------------------
    def part_at(self, option: QStyleOptionViewItem, index: QModelIndex, point: QPoint) -> str:
        layout = self.card(option, index)
        if layout is not None and layout.tags and point.y() >= layout.tags_rect.top() - GAP // 2:
            return "tags"
        return "note"

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if self.part == "tags":
            editor = TagLineEdit(parent)
            editor.set_tag_names(self.tag_names)
            return editor
        note = QPlainTextEdit(parent)
        note.setTabChangesFocus(True)
        note.setPlaceholderText(self.tr("Your note (Ctrl+Enter to save, Esc to cancel)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), note, activated=lambda e=note: self._finish(e))
        return note

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        a: Annotation | None = index.data(ANNOTATION_ROLE)
        if a is None:
            return
        if isinstance(editor, TagLineEdit):
            editor.set_tags(a.tags)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(a.note)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, TagLineEdit):
            model.setData(index.sibling(index.row(), AnnotationsModel.TAGS), editor.text())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index.sibling(index.row(), AnnotationsModel.NOTE), editor.toPlainText().strip())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        layout = self.card(option, index)
        if layout is None:
            editor.setGeometry(option.rect)
        elif isinstance(editor, TagLineEdit):
            h = editor.sizeHint().height()
            bottom = min(option.rect.bottom(), layout.tags_rect.top() + max(layout.tags_rect.height(), h) // 2 + h // 2)
            editor.setGeometry(layout.tags_rect.x() - 4, bottom - h, layout.tags_rect.width() + 8, h)
        else:
            rect = layout.note_rect.adjusted(-4, -3, 4, 3)
            rect.setHeight(max(rect.height(), 96))
            editor.setGeometry(rect)


class AnnotationListView(QListView):
    """Cards of annotations; double-click edits the note (or the tags, on the tags line); a hint
    is shown while the list is empty."""

    def __init__(self, delegate: AnnotationCardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = delegate
        self.hint = ""
        self.setItemDelegate(delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setWordWrap(True)
        self.setMouseTracking(True)

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.viewport().update()

    def edit(self, index: QModelIndex, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:
            super().edit(index)
            return True
        if event is not None and event.type() in (QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonPress):
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = self.visualRect(index)
            self.delegate.part = self.delegate.part_at(option, index, event.position().toPoint())
        elif trigger != QAbstractItemView.EditTrigger.AllEditTriggers:
            self.delegate.part = "note"
        return super().edit(index, trigger, event)

    def edit_part(self, index: QModelIndex, part: str) -> None:
        """Open the in-place editor of ``part`` (note or tags) on ``index``."""
        self.delegate.part = part
        flags = self.selectionModel().SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect)
        super().edit(index)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # card heights depend on the width

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.hint and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(colors.faint(self.palette()))
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                self.hint,
            )
            painter.end()


class AnnotationsPanel(QDockWidget):
    """The annotations of the document in the current reader tab, in reading order.

    Signals:
        annotation_selected(int annotation_id): the user made an annotation current (-1: none).
        edit_requested(int annotation_id, str field, object value): a note, tags or colour was
            edited in place (field: note, tags, color).
        recolor_requested(list ids, str color): a colour was chosen for the selected annotations.
        delete_requested(list ids): Delete was chosen.
        reattach_requested(int annotation_id): "Re-attach to Selection" was chosen.
    """

    annotation_selected = Signal(int)
    edit_requested = Signal(int, str, object)
    recolor_requested = Signal(list, str)
    delete_requested = Signal(list)
    reattach_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Annotations"), parent)
        self.setObjectName("annotationsDock")
        self.doc_id: int | None = None
        self._syncing = False
        self.can_reattach = False  # the reader has a selection to re-attach to

        body = QWidget(self)
        self.title_label = QLabel(body)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        colors.set_text_color(self.title_label)
        self.title_label.setWordWrap(True)
        self.model = AnnotationsModel(self, editable=True)
        self.model.edit_requested.connect(lambda i, f, v: self.edit_requested.emit(i, f, v))
        self.delegate = AnnotationCardDelegate(self)
        self.list = AnnotationListView(self.delegate, body)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.set_hint(self.tr("Select text in the reader and pick a colour to highlight it."))

        self.reattach_button = QPushButton(self.tr("Re-attach to Selection"), body)
        self.reattach_button.setToolTip(
            self.tr("Attach the chosen annotation to the text selected in the reader (Ctrl+Shift+R)")
        )
        self.reattach_button.clicked.connect(self._reattach_current)
        self.reattach_button.hide()
        self.help_label = QLabel(
            self.tr("Double-click a card to edit its note, or its tags line to edit the tags."), body
        )
        self.help_label.setWordWrap(True)
        colors.set_text_color(self.help_label, "faint")
        self.orphan_label = QLabel(body)
        self.orphan_label.setWordWrap(True)
        colors.set_text_color(self.orphan_label, "error")
        self.orphan_label.hide()

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.orphan_label)
        layout.addWidget(self.help_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reattach_button)
        layout.addLayout(row)
        self.setWidget(body)
        self.show_annotations(None, "", [])

    # --- what the window tells the panel -----------------------------------------------------
    def show_annotations(self, doc_id: int | None, title: str, annotations: Sequence[Annotation]) -> None:
        """List the annotations of ``doc_id`` (None: no document open), keeping the current one."""
        current = self.current_id() if doc_id == self.doc_id else None
        self.doc_id = doc_id
        self._syncing = True
        try:
            self.model.set_annotations(annotations)
            if current is not None:
                self._select_row(self.model.row_of(current))
        finally:
            self._syncing = False
        orphans = sum(a.orphaned for a in annotations)
        if doc_id is None:
            self.title_label.setText(self.tr("Open a document to see its annotations."))
        else:
            n = len(annotations)
            counts = (
                counted(n, self.tr("1 annotation"), self.tr("{count} annotations")) if n else self.tr("no annotations")
            )
            self.title_label.setText(f"{title}  ·  {counts}" if title else counts)
        self.orphan_label.setText(
            self.tr(
                "{count} not found in the current text: choose one, select its passage in the reader and re-attach it."
            ).format(count=orphans)
        )
        self.orphan_label.setVisible(orphans > 0)
        self.help_label.setVisible(bool(annotations))
        self._update_buttons()

    def select(self, ann_id: int | None) -> None:
        """Make ``ann_id`` current without saying so (the reader chose it)."""
        self._syncing = True
        try:
            self._select_row(self.model.row_of(ann_id) if ann_id is not None else -1)
        finally:
            self._syncing = False
        self._update_buttons()

    def set_can_reattach(self, can: bool) -> None:
        self.can_reattach = can
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.annotation(index.row()).id if index.isValid() else None

    def current(self) -> Annotation | None:
        index = self.list.currentIndex()
        return self.model.annotation(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()})
        ids = [self.model.annotation(r).id for r in rows]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def edit_current(self, part: str) -> bool:
        """Open the in-place editor of the current card's note or tags."""
        index = self.list.currentIndex()
        if not index.isValid():
            return False
        self.list.edit_part(index, part)
        return True

    # --- internals ---------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        if row < 0:
            self.list.selectionModel().clearSelection()
            self.list.selectionModel().setCurrentIndex(QModelIndex(), self.list.selectionModel().SelectionFlag.Clear)
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, self.list.selectionModel().SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not self._syncing:
            self.annotation_selected.emit(self.model.annotation(current.row()).id if current.isValid() else -1)

    def _update_buttons(self) -> None:
        a = self.current()
        self.reattach_button.setVisible(a is not None and a.orphaned)
        self.reattach_button.setEnabled(self.can_reattach)

    def _reattach_current(self) -> None:
        a = self.current()
        if a is not None:
            self.reattach_requested.emit(a.id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        if not self.list.selectionModel().isSelected(index):
            self.list.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The menu for the current annotation (built fresh each time)."""
        menu = QMenu(self)
        a = self.current()
        if a is None:
            return menu
        menu.addAction(self.tr("Edit Note"), lambda: self.edit_current("note"))
        menu.addAction(self.tr("Edit Tags"), lambda: self.edit_current("tags"))
        ids = self.selected_ids()
        colours = menu.addMenu(self.tr("Colour"))
        for color in ANNOTATION_COLORS:
            action = colours.addAction(swatch_icon(color), color_label(color))
            action.setCheckable(True)
            action.setChecked(color == a.color)
            action.triggered.connect(lambda _c=False, c=color: self.recolor_requested.emit(ids, c))
        reattach = menu.addAction(self.tr("Re-attach to Selection"), lambda: self.reattach_requested.emit(a.id))
        reattach.setEnabled(self.can_reattach)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(ids))
        return menu
