"""The Qt model over annotations (the panel, the Annotations tab and the notes
in search all show this one); no I/O here: annotations are handed in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication

from ftz_desktop.records import ANNOTATION_COLORS, Annotation, DocumentSummary
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.colors import color_label, swatch_icon

Index = QModelIndex | QPersistentModelIndex

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 40
ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 41
ANN_DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 42
DOC_TITLE_ROLE = Qt.ItemDataRole.UserRole + 43

_TAG_SEPARATORS = re.compile(r"[,，;；、\n]+")


def split_tags(text: str) -> tuple[str, ...]:
    """Tags typed in one field: separated by commas (， too), semicolons, 、 or new lines."""
    seen: set[str] = set()
    out: list[str] = []
    for part in _TAG_SEPARATORS.split(text or ""):
        t = " ".join(part.split())
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
    return tuple(out)


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


def local_time(stamp: str) -> str:
    """'2026-11-21 20:35' in local time for an ISO timestamp (UTC); the input when unparsable."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return stamp or ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def one_line(text: str) -> str:
    return " ".join(text.split())


class AnnotationsModel(QAbstractTableModel):
    """Annotations, one per row: colour, quote, note, tags, document, date, status.

    Note, tags and colour are editable when ``editable``: the model shows the new value at once
    and says so through ``edit_requested``; the owner makes the change (undoably) and hands the
    refreshed list back with ``set_annotations``. Rows arrive in batches of ``batch`` as the view
    scrolls (``None``: all at once); ``sort`` orders the whole list in Python.

    Signals:
        edit_requested(int annotation_id, str field, object value): field is note, tags or color.
    """

    COLOR, QUOTE, NOTE, TAGS, DOCUMENT, CREATED, STATUS = range(7)
    edit_requested = Signal(int, str, object)

    def __init__(self, parent: Any = None, *, editable: bool = True, batch: int | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.batch = batch
        self._all: list[Annotation] = []
        self._shown = 0
        self._docs: dict[int, DocumentSummary] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._headers = (
            self.tr("Colour"),
            self.tr("Passage"),
            self.tr("Note"),
            self.tr("Tags"),
            self.tr("Document"),
            self.tr("Created"),
            self.tr("Status"),
        )

    # --- our API -----------------------------------------------------------------------------
    def set_annotations(self, items: Sequence[Annotation], docs: dict[int, DocumentSummary] | None = None) -> None:
        """Show ``items`` (in the order given, or in the current sort order)."""
        self.beginResetModel()
        self._all = list(items)
        if docs is not None:
            self._docs = dict(docs)
        if self._sort is not None:
            self._apply_sort()
        self._shown = len(self._all) if self.batch is None else min(len(self._all), self.batch)
        self.endResetModel()

    def annotations(self) -> list[Annotation]:
        """Every annotation held (also those not fetched into the view yet)."""
        return list(self._all)

    def annotation(self, row: int) -> Annotation:
        return self._all[row]

    def document(self, doc_id: int) -> DocumentSummary | None:
        return self._docs.get(doc_id)

    def row_of(self, ann_id: int) -> int:
        """The row of an annotation (fetching more rows if it is further down), or -1."""
        for row, a in enumerate(self._all):
            if a.id == ann_id:
                while row >= self._shown and self.canFetchMore():
                    self.fetchMore()
                return row
        return -1

    def total(self) -> int:
        return len(self._all)

    # --- Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == self.COLOR else self._headers[section]  # a narrow column of swatches
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.NOTE, self.TAGS, self.COLOR):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._all[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == self.NOTE:
                return a.note
            if col == self.TAGS:
                return join_tags(a.tags)
            if col == self.COLOR:
                return a.color
            return self._display(a, col)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COLOR:
            return swatch_icon(a.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COLOR:
                return color_label(a.color)
            if col == self.QUOTE:
                return a.quote
            if col == self.NOTE:
                return a.note or None
            if col == self.CREATED:
                return local_time(a.created)
            if col == self.DOCUMENT:
                doc = self._docs.get(a.doc_id)
                return doc.path if doc else None
            if col == self.STATUS and a.orphaned:
                return self.tr("The passage was not found when the document changed; select new text to re-attach it.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and a.orphaned and col in (self.QUOTE, self.STATUS):
            palette = QApplication.palette()
            return colors.error(palette) if col == self.STATUS else colors.faint(palette)
        if role == ANNOTATION_ROLE:
            return a
        if role == ANN_ID_ROLE:
            return a.id
        if role == ANN_DOC_ID_ROLE:
            return a.doc_id
        if role == DOC_TITLE_ROLE:
            doc = self._docs.get(a.doc_id)
            return doc.title if doc else ""
        return None

    def _display(self, a: Annotation, col: int) -> str:
        if col == self.COLOR:
            return ""  # the swatch says it (the tooltip names it)
        if col == self.QUOTE:
            return one_line(a.quote)
        if col == self.NOTE:
            return one_line(a.note)
        if col == self.TAGS:
            return join_tags(a.tags)
        if col == self.DOCUMENT:
            doc = self._docs.get(a.doc_id)
            return doc.title if doc else str(a.doc_id)
        if col == self.CREATED:
            return local_time(a.created)[:10]
        if col == self.STATUS:
            return self.tr("orphaned") if a.orphaned else ""
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        a = self._all[index.row()]
        col = index.column()
        if col == self.NOTE:
            note = str(value or "")
            if note == a.note:
                return False
            out: object = note
            new, field = replace(a, note=note), "note"
        elif col == self.TAGS:
            tags = split_tags(str(value or "")) if isinstance(value, str) else tuple(value or ())
            if [t.casefold() for t in tags] == [t.casefold() for t in a.tags]:
                return False
            new, field, out = replace(a, tags=tags), "tags", tags
        elif col == self.COLOR:
            color = str(value or "").lower()
            if color not in ANNOTATION_COLORS or color == a.color:
                return False
            new, field, out = replace(a, color=color), "color", color
        else:
            return False
        self._all[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.edit_requested.emit(a.id, field, out)
        return True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        end = len(self._all) if self.batch is None else min(len(self._all), self._shown + self.batch)
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [a.id for a in self._all]
        self._sort = (column, order)
        self._apply_sort()
        new_row = {a.id: row for row, a in enumerate(self._all)}
        persistent = self.persistentIndexList()
        moved = []
        for i in persistent:
            row = new_row[old_ids[i.row()]]
            moved.append(self.index(row, i.column()) if row < self._shown else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        rank = {c: i for i, c in enumerate(ANNOTATION_COLORS)}

        def title(a: Annotation) -> str:
            doc = self._docs.get(a.doc_id)
            return doc.title.casefold() if doc else ""

        keys = {
            self.COLOR: lambda a: (rank.get(a.color, 99), a.doc_id, a.start),
            self.QUOTE: lambda a: a.quote.casefold(),
            self.NOTE: lambda a: (not a.note, a.note.casefold()),
            self.TAGS: lambda a: (not a.tags, [t.casefold() for t in a.tags]),
            self.DOCUMENT: lambda a: (title(a), a.doc_id, a.start, a.end),
            self.CREATED: lambda a: (a.created, a.id),
            self.STATUS: lambda a: (a.status, a.doc_id, a.start),
        }
        key = keys.get(column, lambda a: (a.doc_id, a.start, a.end, a.id))
        self._all.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
