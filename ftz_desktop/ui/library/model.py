"""The Qt model of the library listing: one integer per document in the order the store gives for
the sort column and filter, rows read from the library a block at a time as the view shows them.
Every query runs in a worker; an import's new documents are inserted (or appended), never reset."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication

from ftz_desktop.records import DocumentSummary
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.formatting import human_size
from ftz_desktop.ui.common.roles import DOC_ID_ROLE, PATH_ROLE
from ftz_desktop.ui.common.workers import TaskRunner

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

Index = QModelIndex | QPersistentModelIndex
Runner = Callable[..., Any]  # TaskRunner.run's signature

BLOCK = 100  # rows read together
CACHE_ROWS = 4000  # rows kept (the least recently read go first)
MAX_INSERT_RUNS = 64  # more scattered insertions than this are one layout change instead


def listing_task(
    library: Library, sort: str, descending: bool, text: str, copies: bool = True
) -> tuple[array[int], int]:
    """Worker: the ordered ids and the library's size (``copies``: list every near-duplicate copy)."""
    return library.listing(sort, descending, text, copies=copies)


def appended_task(library: Library, after: int, text: str, copies: bool = True) -> tuple[array[int], int]:
    """Worker: ids above ``after`` (documents an import added since), in import order."""
    return library.listing("imported", False, text, after=after, copies=copies)


def merge_task(
    library: Library, sort: str, descending: bool, text: str, old: array[int], copies: bool = True
) -> tuple[array[int], int, list[tuple[int, list[int]]] | None]:
    """Worker: the new order, the library's size, and the insertions that lead to it from ``old``
    (None when documents moved or went away)."""
    return library.listing_changes(old, sort, descending, text, copies=copies)


def rows_task(library: Library, ids: list[int]) -> dict[int, DocumentSummary]:
    """Worker: the rows of ``ids``."""
    return library.listing_rows(ids)


class LibraryTableModel(QAbstractTableModel):
    """Every document of the library: title, date, source, format, size, missing.

    Holds the ids in display order (``array('q')``, 8 bytes a document); ``sort`` and
    ``set_filter`` ask the store for a new order in a worker. Rows not read yet show empty and
    are read a block at a time (``BLOCK``) in a worker; at most ``CACHE_ROWS`` are kept.
    ``refresh()`` (during an import) inserts the documents added since, and re-reads the rows
    shown, so the view keeps its place and selection.

    Signals:
        listed(int shown, int total): a listing (new library, sort, filter or refresh) is in
            place: ``shown`` rows pass the filter, ``total`` documents are in the library.
        failed(str message): the listing could not be read.
    """

    listed = Signal(int, int)
    failed = Signal(str)

    TITLE, DATE, SOURCE, FORMAT, SIZE, MISSING = range(6)
    SORT_KEYS = ("title", "date", "source", "format", "size", "missing")

    def __init__(self, parent: Any = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._library: Library | None = None
        self._ids = array("q")
        self._total = 0
        self._rows: OrderedDict[int, DocumentSummary] = OrderedDict()
        self._filter = ""
        self._show_copies = False  # a group of near-duplicate copies is one row (its first document)
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._generation = 0  # a newer listing request makes older answers stale
        self._listing_busy = False
        self._refresh_again = False
        self._wanted: set[int] = set()  # blocks asked for by the view
        self._loading: set[int] = set()  # blocks being read
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch_blocks)
        self._headers = (
            self.tr("Title"),
            self.tr("Date"),
            self.tr("Source"),
            self.tr("Format"),
            self.tr("Size"),
            self.tr("Missing"),
        )

    # --- our API -----------------------------------------------------------------------------
    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    def set_library(self, library: Library | None) -> None:
        """Show ``library`` (None: nothing); the listing arrives from a worker."""
        self.beginResetModel()
        self._library = library
        self._ids = array("q")
        self._total = 0
        self._rows.clear()
        self._wanted.clear()
        self._loading.clear()
        self._generation += 1
        self.endResetModel()
        if library is not None:
            self.relist()

    @property
    def library(self) -> Library | None:
        return self._library

    def total(self) -> int:
        """Documents in the library (the filter aside)."""
        return self._total

    def set_filter(self, text: str) -> None:
        """Keep only documents whose title, date, source or path contain ``text``."""
        text = text.strip()
        if text != self._filter:
            self._filter = text
            self.relist()

    def set_show_copies(self, show: bool) -> None:
        """List every near-duplicate copy (True) or each group once, as its first document with
        "3 copies" beside the title (False, the default)."""
        if show != self._show_copies:
            self._show_copies = show
            self.relist()

    def show_copies(self) -> bool:
        return self._show_copies

    def filter_text(self) -> str:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` (-1: as imported); the store sorts, in a worker."""
        if (column, order) != self._sort:
            self._sort = (column, order)
            self.relist()

    def sort_key(self) -> tuple[str, bool]:
        column, order = self._sort
        key = self.SORT_KEYS[column] if 0 <= column < len(self.SORT_KEYS) else "imported"
        return key, order == Qt.SortOrder.DescendingOrder

    def relist(self) -> None:
        """Read the order again for the current sort and filter (in a worker)."""
        if self._library is None or self._runner is None:
            return
        self._generation += 1
        generation, library = self._generation, self._library
        key, descending = self.sort_key()
        self._run(
            listing_task,
            library,
            key,
            descending,
            self._filter,
            self._show_copies,
            callback=lambda res, err: self._relisted(generation, library, res, err),
        )

    def refresh(self) -> None:
        """Take in what changed (during and after an import): documents added since are inserted
        where the order puts them (appended in import order), the rows shown are read again."""
        if self._library is None or self._runner is None:
            return
        if self._listing_busy:
            self._refresh_again = True
            return
        self._listing_busy = True
        generation, library = self._generation, self._library
        key, descending = self.sort_key()
        if key == "imported" and not descending:  # the common case: a cheap query of the new ids
            after = self._ids[-1] if self._ids else 0  # import order: the last is the highest
            self._run(
                appended_task,
                library,
                after,
                self._filter,
                self._show_copies,
                callback=lambda res, err: self._appended(generation, library, res, err),
            )
        else:
            self._run(
                merge_task,
                library,
                key,
                descending,
                self._filter,
                array("q", self._ids),  # a copy: the worker compares it with the new order
                self._show_copies,
                callback=lambda res, err: self._merged(generation, library, res, err),
            )
        self._reread_rows()

    def doc_id_at(self, row: int) -> int:
        return int(self._ids[row])

    def row_of(self, doc_id: int) -> int:
        """The row of ``doc_id`` (-1 when it is not listed)."""
        try:
            return self._ids.index(doc_id)
        except ValueError:
            return -1

    def document_at(self, row: int) -> DocumentSummary | None:
        """The row's document if it has been read (None until then)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._rows.get(int(self._ids[row]))

    def ids(self) -> list[int]:
        """Every listed id, in display order."""
        return self._ids.tolist()

    # --- answers from the workers -----------------------------------------------------------------
    def _run(self, fn: Callable[..., Any], *args: Any, callback: Callable[[Any, BaseException | None], None]) -> None:
        assert self._runner is not None
        self._runner.run(fn, *args, callback=callback)

    def _relisted(self, generation: int, library: Library, result: Any, error: BaseException | None) -> None:
        if generation != self._generation or library is not self._library:
            return
        if error is not None or result is None:
            self.failed.emit(str(error))
            return
        ids, total = result
        self._total = total
        if len(ids) == len(self._ids):
            self._reorder(ids)
        else:  # a new filter: other rows, at once
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        self.listed.emit(len(self._ids), total)

    def _appended(self, generation: int, library: Library, result: Any, error: BaseException | None) -> None:
        self._listing_done()
        if generation != self._generation or library is not self._library:
            return
        if error is not None or result is None:
            self.failed.emit(str(error))
            return
        new, total = result
        self._total = total
        if new:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._ids.extend(new)
            self.endInsertRows()
        self.listed.emit(len(self._ids), total)

    def _merged(self, generation: int, library: Library, result: Any, error: BaseException | None) -> None:
        self._listing_done()
        if generation != self._generation or library is not self._library:
            return
        if error is not None or result is None:
            self.failed.emit(str(error))
            return
        ids, total, runs = result
        self._total = total
        if runs is not None and len(runs) <= MAX_INSERT_RUNS:
            for position, inserted in runs:
                self.beginInsertRows(QModelIndex(), position, position + len(inserted) - 1)
                self._ids[position:position] = array("q", inserted)
                self.endInsertRows()
        elif runs is not None or len(ids) == len(self._ids):
            self._reorder(ids)  # many scattered insertions, or rows that moved: one layout change
        else:
            self.beginResetModel()  # rows went away (not by an import): start over
            self._ids = ids
            self.endResetModel()
        self.listed.emit(len(self._ids), total)

    def _listing_done(self) -> None:
        self._listing_busy = False
        if self._refresh_again:
            self._refresh_again = False
            QTimer.singleShot(0, self, self.refresh)

    def _reorder(self, ids: array[int]) -> None:
        """Show ``ids`` (the same documents and maybe more, in a new order) keeping the selection
        and current row on their documents."""
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        persistent = self.persistentIndexList()
        moved_from = [int(old[i.row()]) if 0 <= i.row() < len(old) else -1 for i in persistent]
        self._ids = ids
        where: dict[int, int] = {}
        if len(persistent) > 64:
            where = {int(doc_id): row for row, doc_id in enumerate(ids)}
        new_indexes = []
        for index, doc_id in zip(persistent, moved_from, strict=True):
            row = where.get(doc_id, -1) if where else self.row_of(doc_id)
            new_indexes.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()

    # --- rows, read as they are shown ----------------------------------------------------------------
    def _want(self, row: int) -> None:
        block = row // BLOCK
        if block not in self._loading:
            self._wanted.add(block)
            if not self._fetch_timer.isActive():
                self._fetch_timer.start()

    def _fetch_blocks(self) -> None:
        if self._library is None or self._runner is None:
            return
        blocks = sorted(self._wanted - self._loading)
        self._wanted.clear()
        if not blocks:
            return
        ids: list[int] = []
        for block in blocks:
            ids.extend(int(i) for i in self._ids[block * BLOCK : (block + 1) * BLOCK])
        self._loading.update(blocks)
        library = self._library
        self._run(
            rows_task,
            library,
            ids,
            callback=lambda res, err: self._rows_read(library, blocks, res, err),
        )

    def _rows_read(self, library: Library, blocks: list[int], result: Any, error: BaseException | None) -> None:
        self._loading.difference_update(blocks)
        if library is not self._library or error is not None or not isinstance(result, dict):
            return
        self._store(result.values())
        rows = []  # the blocks' rows that show one of these documents (the order may have changed)
        for block in blocks:
            for row in range(block * BLOCK, min((block + 1) * BLOCK, len(self._ids))):
                if int(self._ids[row]) in result:
                    rows.append(row)
        self._changed_rows(rows)

    def _store(self, summaries: Iterable[DocumentSummary]) -> None:
        for summary in summaries:
            self._rows[summary.doc_id] = summary
            self._rows.move_to_end(summary.doc_id)
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    def _changed_rows(self, rows: list[int]) -> None:
        if not rows:
            return
        rows.sort()
        start = prev = rows[0]
        last_column = self.columnCount() - 1
        for row in [*rows[1:], None]:
            if row is not None and row == prev + 1:
                prev = row
                continue
            self.dataChanged.emit(self.index(start, 0), self.index(prev, last_column))
            if row is not None:
                start = prev = row

    def _reread_rows(self) -> None:
        """Read the cached rows again (an import may have changed a title or the missing flag)."""
        if self._library is None or not self._rows:
            return
        library = self._library
        cached = list(self._rows)
        self._run(rows_task, library, cached, callback=lambda res, err: self._reread(library, res, err))

    def _reread(self, library: Library, result: Any, error: BaseException | None) -> None:
        if library is not self._library or error is not None or not isinstance(result, dict):
            return
        changed = [doc_id for doc_id, row in result.items() if self._rows.get(doc_id) not in (None, row)]
        for doc_id in changed:
            self._rows[doc_id] = result[doc_id]
        if changed and self._ids:  # the view repaints what it shows
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))

    # --- Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        doc_id = int(self._ids[index.row()])
        if role == DOC_ID_ROLE:
            return doc_id
        doc = self._rows.get(doc_id)
        if doc is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row())
                return ""
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                if doc.copy_count and not self._show_copies:
                    return f"{doc.title}  ·  " + self.tr("{count} copies").format(count=doc.copy_count + 1)
                return doc.title
            if col == self.DATE:
                return doc.date or ""
            if col == self.SOURCE:
                return doc.source or ""
            if col == self.FORMAT:
                return doc.format.upper()
            if col == self.SIZE:
                return human_size(doc.size)
            if col == self.MISSING:
                return self.tr("missing") if doc.missing else ""
            return None
        if role == PATH_ROLE:
            return doc.path
        if role == Qt.ItemDataRole.ToolTipRole:
            return doc.path
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and doc.missing:
            return colors.faint(QApplication.palette())
        return None
