"""The facets beside the results: counts by zone, area, year, source, format and tag; a click
narrows the query to a value (its filter is added to the query text), the context menu excludes
it, and a value whose filter is in the query is checked (a click takes the filter out again)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from ftz_desktop.core import query as q
from ftz_desktop.records import FacetValue
from ftz_desktop.ui.common import colors

SHOWN = 8  # values shown per kind before "more…"
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
MORE_ROLE = Qt.ItemDataRole.UserRole + 2


class FacetsView(QTreeWidget):
    """One group per facet kind, its values most documents first.

    Signals:
        filter_toggled(str token): add ``token`` (``zone:上海``, ``-date:2023``) to the query, or
            take it out when it is there (``core.query.toggle_filter``).
    """

    filter_toggled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemClicked.connect(self._clicked)
        self._facets: dict[str, list[FacetValue]] = {}
        self._query = ""
        self._expanded: dict[str, bool] = {}  # kinds shown whole ("more…" clicked)

    def kind_title(self, kind: str) -> str:
        return {
            "zone": self.tr("Zone"),
            "area": self.tr("Area"),
            "year": self.tr("Year"),
            "source": self.tr("Source"),
            "format": self.tr("Format"),
            "tag": self.tr("Tag"),
        }.get(kind, kind)

    def set_facets(self, query: str, facets: dict[str, list[FacetValue]] | None) -> None:
        """Show the facets of ``query``'s results (None: none)."""
        self._query = query
        self._facets = facets or {}
        self._fill()

    def clear_facets(self) -> None:
        self.set_facets("", None)

    def _active(self) -> set[str]:
        return set(q.query_tokens(self._query))  # the query's words as typed: filters are among them

    def _fill(self) -> None:
        self.clear()
        active = self._active()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for kind, values in self._facets.items():
            if not values:
                continue
            group = QTreeWidgetItem(self, [self.kind_title(kind), ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            shown = values if self._expanded.get(kind) else values[:SHOWN]
            for v in shown:
                item = QTreeWidgetItem(group, [v.value, f"{v.count:,}"])
                item.setData(0, FILTER_ROLE, v.filter)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setForeground(1, colors.muted(self.palette()))
                on = v.filter in active
                off = "-" + v.filter in active
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # the box shows the state; a click toggles the filter
                if off:
                    font = QFont(self.font())
                    font.setStrikeOut(True)
                    item.setFont(0, font)
                item.setToolTip(
                    0,
                    self.tr("Click: only {filter} — right-click to exclude").format(filter=v.filter)
                    if not on
                    else self.tr("Click: remove {filter} from the query").format(filter=v.filter),
                )
            if len(values) > len(shown):
                more = QTreeWidgetItem(group, [self.tr("{count} more…").format(count=len(values) - len(shown)), ""])
                more.setData(0, MORE_ROLE, kind)
                more.setForeground(0, colors.muted(self.palette()))
            group.setExpanded(True)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, MORE_ROLE)
        if kind:
            self._expanded[kind] = True
            self._fill()
            return
        token = item.data(0, FILTER_ROLE)
        if token:
            self.filter_toggled.emit(token)

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        token = item.data(0, FILTER_ROLE) if item is not None else None
        if not token:
            return
        menu = QMenu(self)
        active = self._active()
        if token in active:
            menu.addAction(self.tr("Remove {filter}").format(filter=token), lambda: self.filter_toggled.emit(token))
        else:
            menu.addAction(self.tr("Only {filter}").format(filter=token), lambda: self.filter_toggled.emit(token))
        minus = "-" + token
        if minus in active:
            menu.addAction(self.tr("Remove {filter}").format(filter=minus), lambda: self.filter_toggled.emit(minus))
        else:
            menu.addAction(self.tr("Exclude: {filter}").format(filter=minus), lambda: self.filter_toggled.emit(minus))
        menu.exec(self.viewport().mapToGlobal(pos))
