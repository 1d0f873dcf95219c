"""The Qt model over search results, filled page by page (no I/O here: pages are handed in)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ftz_desktop.records import SearchHit, SearchResults
from ftz_desktop.ui.common.roles import DOC_ID_ROLE, PATH_ROLE

HIT_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """Search hits, best first, filled page by page as the view scrolls.

    Signals:
        more_wanted(int offset): the view wants the page starting at ``offset`` (the owner fetches it).
    """

    more_wanted = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._results: SearchResults | None = None
        self._total = 0
        self._fetching = False

    # --- our API -----------------------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> str:
        return self._results.query if self._results else ""

    @property
    def terms(self) -> tuple[str, ...]:
        return self._results.terms if self._results else ()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def set_results(self, results: SearchResults | None) -> None:
        """Replace everything with the first page of ``results`` (or nothing)."""
        self.beginResetModel()
        self._results = results
        self._hits = list(results.hits) if results else []
        self._total = max(results.total, len(self._hits)) if results else 0
        self._fetching = False
        self.endResetModel()

    def append_page(self, results: SearchResults, offset: int) -> None:
        """Add a further page; pages for another query or another offset are ignored."""
        self._fetching = False
        if self._results is None or results.query != self._results.query or offset != len(self._hits):
            return
        hits = list(results.hits)
        if not hits:
            self._total = len(self._hits)  # the index shrank meanwhile: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(hits) - 1)
        self._hits.extend(hits)
        self.endInsertRows()

    def page_failed(self) -> None:
        """A page could not be fetched: stop lazy loading for this query."""
        self._fetching = False
        self._total = len(self._hits)

    # --- Qt overrides ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.path
        if role == HIT_ROLE:
            return hit
        if role == DOC_ID_ROLE:
            return hit.doc_id
        if role == PATH_ROLE:
            return hit.path
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self._hits) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.more_wanted.emit(len(self._hits))
