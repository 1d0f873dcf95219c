"""Qt item models over the library listing: the table and its filter (no I/O here: data is handed in)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ftz_desktop.records import DocumentSummary
from ftz_desktop.ui.common.formatting import human_size
from ftz_desktop.ui.common.roles import DOC_ID_ROLE, PATH_ROLE

FILTER_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def haystack(doc: DocumentSummary) -> str:
    """What the library filter box searches in: title, date, source and path, case-folded."""
    return "\n".join((doc.title, doc.date or "", doc.source or "", doc.path)).casefold()


def haystacks(docs: Sequence[DocumentSummary]) -> dict[int, str]:
    """Every document's haystack (workers compute these so the GUI thread does not)."""
    return {doc.doc_id: haystack(doc) for doc in docs}


class LibraryTableModel(QAbstractTableModel):
    """Every document of the library: title, date, source, format, size, missing. A group of
    near-duplicate copies is one row (its first document, "3 copies" beside the title) unless
    ``set_show_copies(True)``.

    Sorting happens here, on the Python list (``sort``), so 20,000 rows sort in milliseconds
    instead of a million ``data()`` calls from a C++ proxy.
    """

    TITLE, DATE, SOURCE, FORMAT, SIZE, MISSING = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._docs: list[DocumentSummary] = []
        self._haystacks: dict[int, str] = {}
        self._filter = ""
        self._show_copies = False
        self._copies: dict[int, int] = {}  # documents in the group each head heads
        self.filter_mask: bytearray | None = None  # rows that pass the filter, in the current order
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Source"),
            self.tr("Format"),
            self.tr("Size"),
            self.tr("Missing"),
        )

    # --- our API -----------------------------------------------------------------------------
    def set_documents(self, docs: Sequence[DocumentSummary], hays: dict[int, str] | None = None) -> None:
        """Show ``docs``; ``hays`` are their precomputed filter haystacks (see ``haystacks``)."""
        self.beginResetModel()
        self._docs = list(docs)
        self._haystacks = dict(hays) if hays else {}
        self._copies = {}
        for d in self._docs:
            if d.duplicate_of is not None:
                self._copies[d.duplicate_of] = self._copies.get(d.duplicate_of, 1) + 1
        self._apply_sort()
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep only rows whose title, date, source or path contain ``text`` (case-insensitive)."""
        self._filter = text.strip().casefold()
        self._apply_filter()

    def set_show_copies(self, show: bool) -> None:
        """List every near-duplicate copy (True) or each group once (False, the default)."""
        self._show_copies = show
        self._apply_filter()

    def accepts(self, row: int) -> bool:
        return self.filter_mask is None or bool(self.filter_mask[row])

    def _haystack(self, doc: DocumentSummary) -> str:
        hay = self._haystacks.get(doc.doc_id)
        if hay is None:
            hay = self._haystacks[doc.doc_id] = haystack(doc)
        return hay

    def _apply_filter(self) -> None:
        needle = self._filter
        hide = not self._show_copies and bool(self._copies)
        if not needle and not hide:
            self.filter_mask = None
            return
        self.filter_mask = bytearray(
            (not needle or needle in self._haystack(d)) and not (hide and d.duplicate_of is not None)
            for d in self._docs
        )

    def documents(self) -> list[DocumentSummary]:
        return list(self._docs)

    def document_at(self, row: int) -> DocumentSummary:
        return self._docs[row]

    def row_of(self, doc_id: int) -> int:
        for row, doc in enumerate(self._docs):
            if doc.doc_id == doc_id:
                return row
        return -1

    # --- Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self._docs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                n = self._copies.get(doc.doc_id)
                if n and not self._show_copies:
                    return f"{doc.title}  ·  " + self.tr("{count} copies").format(count=n)
                return doc.title
            if col == self.DATE:
                return doc.date or ""
            if col == self.SOURCE:
                return doc.source or ""
            if col == self.FORMAT:
                return doc.format
            if col == self.SIZE:
                return human_size(doc.size)
            if col == self.MISSING:
                return self.tr("missing") if doc.missing else ""
            return None
        if role == DOC_ID_ROLE:
            return doc.doc_id
        if role == PATH_ROLE:
            return doc.path
        if role == FILTER_ROLE:
            return self._haystack(doc)
        if role == Qt.ItemDataRole.ToolTipRole:
            return doc.path
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and doc.missing:
            return QColor("#9a9a9a")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [doc.doc_id for doc in self._docs]
        self._sort = (column, order)
        self._apply_sort()
        self._apply_filter()
        new_row = {doc.doc_id: row for row, doc in enumerate(self._docs)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[old_ids[i.row()]], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        keys = {
            self.TITLE: lambda d: d.title.casefold(),
            self.DATE: lambda d: d.date or "",
            self.SOURCE: lambda d: (d.source or "").casefold(),
            self.FORMAT: lambda d: d.format,
            self.SIZE: lambda d: d.size,
            self.MISSING: lambda d: d.missing,
        }
        key = keys.get(column, lambda d: d.doc_id)
        self._docs.sort(key=key, reverse=reverse)


class LibraryFilterProxy(QSortFilterProxyModel):
    """Filters and sorts the library listing by asking the source model, which does both in Python.

    The source keeps a mask of matching rows, so a keystroke in the filter box costs one
    substring test per document instead of a ``data()`` round trip through C++ per row.
    """

    _library: LibraryTableModel | None = None

    def setSourceModel(self, model: Any) -> None:
        self._library = model if isinstance(model, LibraryTableModel) else None
        super().setSourceModel(model)

    def set_filter_text(self, text: str) -> None:
        if self._library is not None:
            self.beginFilterChange()
            self._library.set_filter(text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        mask = self._library.filter_mask if self._library is not None else None
        return mask is None or bool(mask[source_row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
