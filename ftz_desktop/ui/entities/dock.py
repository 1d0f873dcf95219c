"""The entity sidebar: a dock listing the zones, areas, organisations, people, policies and places
of the current document, of the current search results or of the whole library, with counts.

Loading runs on the task runner's pool (never in the GUI thread). The dock knows nothing of the
main window: it says what the user wants through signals, and the main window acts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.gazetteer import ALL_FTZ_ID
from ftz_desktop.errors import UserError
from ftz_desktop.records import ENTITY_KINDS, Entity, EntitySummary
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.formatting import counted
from ftz_desktop.ui.common.workers import TaskRunner, Worker

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

Index = QModelIndex | QPersistentModelIndex
Span = tuple[int, int]

KIND_ROLE = Qt.ItemDataRole.UserRole + 20
NAME_ROLE = Qt.ItemDataRole.UserRole + 21
FILTER_ROLE = Qt.ItemDataRole.UserRole + 22
COUNT_ROLE = Qt.ItemDataRole.UserRole + 23

SCOPE_DOCUMENT, SCOPE_RESULTS, SCOPE_LIBRARY = "document", "results", "library"
PER_KIND_LIMIT = 300  # the most frequent entities of each kind shown for results and the library
SEARCH_SETTLE_MS = 300  # the Results scope reloads once the shown query has stayed this long


def search_filter(kind: str, name: str, label: str = "", zone_unique: bool = True, listed: bool = True) -> str:
    """What to type in the search box to find the documents mentioning an entity.

    zone:黑龙江, zone:海南自贸港 (the official name when the display name names two zones, as
    海南 does), area:绥芬河片区, org:"商务部" (quoted: the whole name); places and areas the
    gazetteer does not list have no filter, so a phrase.
    """
    if kind == "zone":
        return f"zone:{label if label and zone_unique else name}"
    if kind == "area" and listed:
        return f"area:{name}"
    if kind == "area":
        return f'"{name}"'
    if '"' in name or "\uff02" in name:
        return f"{kind}:{name}" if kind != "place" else name
    if kind == "place":
        return f'"{name}"'
    return f'{kind}:"{name}"'


def mentions_text(count: int, docs: int) -> str:
    """'12 mentions in 3 documents' (and the singular forms)."""
    mentions = counted(
        count,
        QCoreApplication.translate("EntitiesDock", "1 mention"),
        QCoreApplication.translate("EntitiesDock", "{count} mentions"),
    )
    where = counted(
        docs,
        QCoreApplication.translate("EntitiesDock", "in 1 document"),
        QCoreApplication.translate("EntitiesDock", "in {count} documents"),
    )
    return QCoreApplication.translate("EntitiesDock", "{mentions} {documents}").format(
        mentions=mentions, documents=where
    )


# --- the model -----------------------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    kind: str  # an entity kind, or "group" for the kind headings
    name: str  # canonical name; for a group, the kind it holds
    label: str
    count: int = 0
    docs: int = 0
    filter: str = ""
    tooltip: str = ""
    unlisted: bool = False  # an area the gazetteer does not list: shown in italics
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0


class EntityTreeModel(QAbstractItemModel):
    """Entities grouped by kind (two columns: name, mentions); a zone holds its areas as children."""

    NAME, COUNT = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "", "")
        self._ids: dict[int, _Node] = {}
        self._kind_labels = {
            "zone": self.tr("Zones"),
            "area": self.tr("Areas"),
            "org": self.tr("Organisations"),
            "person": self.tr("People"),
            "policy": self.tr("Policies"),
            "place": self.tr("Places"),
        }

    # data in
    def set_entities(
        self, items: Sequence[EntitySummary], zone_names: dict[str, tuple[str, str, bool]] | None = None
    ) -> None:
        """Show ``items``; ``zone_names`` maps a zone id to (official name, short name, short is unique)."""
        self.beginResetModel()
        self._root = _Node("root", "", "")
        self._ids = {}
        zone_names = zone_names or {}
        by_kind: dict[str, list[EntitySummary]] = {k: [] for k in ENTITY_KINDS}
        for item in items:
            by_kind.setdefault(item.kind, []).append(item)
        zone_nodes: dict[str, _Node] = {}
        for kind in ENTITY_KINDS:
            if kind == "area":
                continue  # nested under their zones
            members = by_kind.get(kind, [])
            if kind == "zone":
                zone_ids = [e.zone for e in members if e.zone] + [e.zone for e in by_kind.get("area", []) if e.zone]
                if not zone_ids:
                    continue
            elif not members:
                continue
            group = _Node("group", kind, self._kind_labels.get(kind, kind), parent=self._root)
            group.row = len(self._root.children)
            self._root.children.append(group)
            for e in members:
                node = self._entity_node(e, group, zone_names)
                if kind == "zone" and e.zone:
                    zone_nodes[e.zone] = node
            if kind == "zone":
                for area in by_kind.get("area", []):
                    zid = area.zone or ""
                    parent = zone_nodes.get(zid)
                    if parent is None:  # areas mentioned without their zone: the zone with no count
                        official, short, unique = zone_names.get(zid, (zid, zid, True))
                        placeholder = EntitySummary("zone", official, 0, (), zid, (), None, short)
                        parent = self._entity_node(placeholder, group, zone_names)
                        zone_nodes[zid] = parent
                    self._entity_node(area, parent, zone_names)
                for node in group.children:  # a zone counts its areas' mentions too (said in its tooltip)
                    if node.children:
                        areas = sum(c.count for c in node.children)
                        node.tooltip += "\n" + self.tr("{own} naming the zone, {areas} naming its areas").format(
                            own=node.count, areas=areas
                        )
                        node.count += areas
                group.children.sort(key=lambda n: (-n.count, n.label))
                for row, child in enumerate(group.children):
                    child.row = row
            group.count = sum(n.count for n in group.children)
            group.docs = len(group.children)
        self.endResetModel()

    def _entity_node(self, e: EntitySummary, parent: _Node, zone_names: dict[str, tuple[str, str, bool]]) -> _Node:
        label = e.label or e.name
        if e.kind == "person" and e.detail:
            label = f"{e.name} · {e.detail}"
        unique = zone_names.get(e.zone or "", ("", "", True))[2]
        node = _Node(
            kind=e.kind,
            name=e.name,
            label=label,
            count=e.count,
            docs=len(e.docs),
            filter=search_filter(e.kind, e.name, e.label, unique, e.listed),
            unlisted=not e.listed,
            parent=parent,
        )
        tips = [e.name]
        if e.kind == "zone" and e.zone == ALL_FTZ_ID:
            tips.append(self.tr("All pilot free trade zones together (全国自贸试验区, 21个自贸试验区…)"))
        if e.kind == "area" and not e.listed:
            tips.append(self.tr("Not in the gazetteer: named as the documents write it"))
        if e.aliases:
            shown = "、".join(e.aliases[:8]) + ("…" if len(e.aliases) > 8 else "")
            tips.append(self.tr("Also written: {forms}").format(forms=shown))
        if e.docs:
            tips.append(mentions_text(e.count, len(e.docs)))
        node.tooltip = "\n".join(tips)
        node.row = len(parent.children)
        parent.children.append(node)
        return node

    # Qt overrides
    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        return self._ids[index.internalId()]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column > 1:
            return QModelIndex()
        node = self._node(parent)
        if not 0 <= row < len(node.children):
            return QModelIndex()
        child = node.children[row]
        key = id(child)
        self._ids[key] = child
        return self.createIndex(row, column, key)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        p = node.parent
        if p is None or p is self._root:
            return QModelIndex()
        self._ids[id(p)] = p
        return self.createIndex(p.row, 0, id(p))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return node.label
            return str(node.count) if node.count or node.kind == "group" else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.FontRole and node.unlisted and col == self.NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KIND_ROLE:
            return None if node.kind == "group" else node.kind
        if role == NAME_ROLE:
            return None if node.kind == "group" else node.name
        if role == FILTER_ROLE:
            return node.filter or None
        if role == COUNT_ROLE:
            return node.count
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Entity"), self.tr("Mentions"))[section] if 0 <= section < 2 else None
        return None

    # helpers
    def find(self, kind: str, name: str) -> QModelIndex:
        """The index of an entity (first column), or an invalid index."""

        def walk(node: _Node, parent: QModelIndex) -> QModelIndex:
            for child in node.children:
                idx = self.index(child.row, 0, parent)
                if child.kind == kind and child.name == name:
                    return idx
                found = walk(child, idx)
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(self._root, QModelIndex())

    def total(self) -> int:
        return sum(g.count for g in self._root.children)


# --- loading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    scope: str
    query: str  # the search the Results scope was loaded for
    items: tuple[EntitySummary, ...]
    mentions: tuple[Entity, ...]  # of the current document (for highlighting), any scope
    stale: bool
    zone_names: dict[str, tuple[str, str, bool]]
    docs: int  # documents in scope


def load_entities(library: Library, scope: str, doc_id: int | None, query: str, check_stale: bool = True) -> Loaded:
    """Runs on a pool thread: the entities to show and the current document's mentions (and
    whether they are out of date, with ``check_stale``)."""
    stale = check_stale and library.entities_stale()
    mentions: tuple[Entity, ...] = ()
    if doc_id is not None:
        try:
            mentions = tuple(library.document_entities(doc_id))
        except KeyError:
            doc_id = None
    if scope == SCOPE_DOCUMENT:
        items = library.entities(doc_id=doc_id) if doc_id is not None else []
        docs = 1 if doc_id is not None else 0
    elif scope == SCOPE_RESULTS:
        try:
            ids = library.matching_ids(query) if query.strip() else []
        except UserError:  # a query the search panel already reported
            ids = []
        items = library.entities(doc_ids=ids, limit=PER_KIND_LIMIT) if ids else []
        docs = len(ids)
    else:
        items = library.entities(limit=PER_KIND_LIMIT)
        docs = library.count()
    return Loaded(scope, query, tuple(items), mentions, stale, library.zone_labels(), docs)


# --- the dock ---------------------------------------------------------------------------------------


class EntitiesDock(QDockWidget):
    """Entities of the current document / search results / library, grouped by kind, with counts.

    Signals:
        entity_activated(str kind, str name): an entity was clicked; highlight its mentions
            in the current reader (``spans_for(kind, name)`` gives them) and step through them.
        search_requested(str query): find the documents mentioning an entity (double-click,
            context menu): e.g. ``zone:黑龙江`` or ``org:"商务部"``.
        loaded(int total): the list was refreshed (total mentions shown).
    """

    entity_activated = Signal(str, str)
    search_requested = Signal(str)
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Entities"), parent)
        self.setObjectName("entitiesDock")
        self.runner = runner
        self.library: Library | None = None
        self._doc_id: int | None = None
        self._query = ""
        self._scope = SCOPE_DOCUMENT
        self._request = 0
        self._mentions: tuple[Entity, ...] = ()
        self._reextract_worker: Worker | None = None
        self._checks_staleness = True
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_SETTLE_MS)
        self._search_timer.timeout.connect(self.refresh)

        body = QWidget(self)
        self.model = EntityTreeModel(self)
        self.tree = QTreeView(body)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EntityTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EntityTreeModel.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.clicked.connect(self._clicked)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.scope_buttons = QButtonGroup(self)
        scopes = QHBoxLayout()
        scopes.setContentsMargins(0, 0, 0, 0)
        scopes.setSpacing(2)
        for scope, text, tip in (
            (SCOPE_DOCUMENT, self.tr("Document"), self.tr("Entities of the document in the current reader tab")),
            (SCOPE_RESULTS, self.tr("Results"), self.tr("Entities across the current search results")),
            (SCOPE_LIBRARY, self.tr("Library"), self.tr("Entities across the whole library")),
        ):
            button = QToolButton(body, text=text, checkable=True, autoRaise=True)
            button.setToolTip(tip)
            button.setMinimumWidth(24)  # may shrink in a narrow dock instead of widening the window
            button.setProperty("scope", scope)
            button.setChecked(scope == self._scope)
            self.scope_buttons.addButton(button)
            scopes.addWidget(button)
        scopes.addStretch(1)
        self.scope_buttons.buttonClicked.connect(lambda b: self.set_scope(b.property("scope")))

        self.status = QLabel(body)
        self.status.setWordWrap(True)
        colors.set_text_color(self.status)
        self.extract_button = QPushButton(self.tr("Extract Entities"), body)
        self.extract_button.setToolTip(
            self.tr("Find the zones, organisations, people and policies of every document again")
        )
        self.extract_button.clicked.connect(self.reextract)
        self.extract_button.hide()

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(scopes)
        layout.addWidget(self.tree, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.extract_button)
        layout.addLayout(status_row)
        self.setWidget(body)

        self.copy_action = QAction(self.tr("Copy Name"), self)
        self.copy_action.triggered.connect(self.copy_current)
        self.search_action = QAction(self.tr("Show All Documents"), self)
        self.search_action.triggered.connect(self.search_current)
        self.highlight_action = QAction(self.tr("Highlight in Document"), self)
        self.highlight_action.triggered.connect(self.activate_current)
        self._show_status()

    # --- what the main window tells the dock ------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        """A library was opened (or None while none is)."""
        self.library = library
        self._doc_id = None
        self._mentions = ()
        self.refresh()

    def set_checks_staleness(self, on: bool) -> None:
        """Whether a load also checks that the entities were extracted with today's rules (the
        Extract Entities button). The window turns it off until its start-up work is done: the
        check imports the whole extraction stack (a tenth of a second holding the interpreter's
        lock) while the window shows its first listing and results. Turned on, the list is loaded
        again with the check."""
        if on == self._checks_staleness:
            return
        self._checks_staleness = on
        if on and self.library is not None:
            self.refresh()

    def set_document(self, doc_id: int | None) -> None:
        """The document in the current reader tab changed (None: no tab)."""
        if doc_id == self._doc_id:
            return
        self._doc_id = doc_id
        self.refresh()

    def set_search(self, query: str) -> None:
        """The search panel shows the results of ``query`` ('' for none): the Results scope
        follows it, once it has settled for a moment (typing shows many queries)."""
        if query == self._query:
            return
        self._query = query
        self._update_results_tip()
        if self._scope == SCOPE_RESULTS:
            self.status.setText(self.tr("Loading…"))
            self._search_timer.start()

    @property
    def query(self) -> str:
        """The search the Results scope follows."""
        return self._query

    def _update_results_tip(self) -> None:
        tip = self.tr("Entities across the current search results")
        if self._query:
            tip += "\n" + self.tr("Now: “{query}”").format(query=self._query)
        for button in self.scope_buttons.buttons():
            if button.property("scope") == SCOPE_RESULTS:
                button.setToolTip(tip)

    def set_scope(self, scope: str) -> None:
        if scope not in (SCOPE_DOCUMENT, SCOPE_RESULTS, SCOPE_LIBRARY):
            raise ValueError(scope)
        for button in self.scope_buttons.buttons():
            button.setChecked(button.property("scope") == scope)
        if scope != self._scope:
            self._scope = scope
            self.refresh()

    @property
    def scope(self) -> str:
        return self._scope

    @property
    def doc_id(self) -> int | None:
        return self._doc_id

    def spans_for(self, kind: str, name: str) -> list[Span]:
        """Where the current document mentions an entity (offsets in its canonical text)."""
        return [(m.start, m.end) for m in self._mentions if m.kind == kind and m.name == name]

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the entities of the current scope again (in a worker)."""
        self._search_timer.stop()
        self._request += 1
        request = self._request
        if self.library is None:
            self.model.set_entities(())
            self._show_status()
            return
        self.status.setText(self.tr("Loading…"))
        self.runner.run(
            load_entities,
            self.library,
            self._scope,
            self._doc_id,
            self._query,
            self._checks_staleness,
            callback=lambda result, error: self._loaded(request, result, error),
        )

    def _loaded(self, request: int, result: Loaded | None, error: BaseException | None) -> None:
        if request != self._request:
            return  # a newer request is on its way
        if error is not None or result is None:
            self.model.set_entities(())
            self.status.setText(self.tr("The entities could not be loaded: {error}").format(error=error))
            return
        self._mentions = result.mentions
        self.model.set_entities(result.items, result.zone_names)
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))
        self._show_status(result)
        self.loaded.emit(self.model.total())

    def _show_status(self, result: Loaded | None = None) -> None:
        self.extract_button.setVisible(bool(result and result.stale) and self._reextract_worker is None)
        if self.library is None:
            self.status.setText(self.tr("No library is open."))
            return
        if result is None:
            return
        if result.stale:
            self.status.setText(
                self.tr(
                    "Some documents' entities and figures are missing or out of date (new extraction rules or a changed gazetteer)."
                )
            )
            return
        if result.scope == SCOPE_DOCUMENT and self._doc_id is None:
            self.status.setText(self.tr("Open a document to see its entities."))
        elif result.scope == SCOPE_RESULTS and not result.query.strip():
            self.status.setText(self.tr("Search to see the entities of the results."))
        elif result.scope == SCOPE_RESULTS:
            found = mentions_text(self.model.total(), result.docs) if result.items else self.tr("No entities found.")
            self.status.setText(self.tr("Results of “{query}”: {found}").format(query=result.query, found=found))
        elif not result.items:
            self.status.setText(self.tr("No entities found."))
        elif result.scope == SCOPE_DOCUMENT:
            self.status.setText(
                counted(
                    self.model.total(),
                    self.tr("1 mention in this document"),
                    self.tr("{count} mentions in this document"),
                )
            )
        else:
            self.status.setText(mentions_text(self.model.total(), result.docs))

    def reextract(self) -> None:
        """Extract every document's entities again (in a worker), then reload."""
        if self.library is None or self._reextract_worker is not None:
            return
        self.extract_button.hide()
        worker = Worker(self.library.reextract, throttle=0.2, cancel_kwarg="cancelled")
        worker.signals.yielded.connect(
            lambda p: self.status.setText(
                self.tr("Extracting entities… {done} of {total} documents").format(done=p.done, total=p.total)
            )
        )
        worker.signals.finished.connect(self._reextracted)
        self._reextract_worker = worker
        self.runner.start(worker)

    def _reextracted(self) -> None:
        self._reextract_worker = None
        self.refresh()

    def cancel(self) -> None:
        """Stop a running re-extraction (what was done is kept)."""
        if self._reextract_worker is not None:
            self._reextract_worker.cancel()

    # --- user actions ------------------------------------------------------------------------
    def _entity_at(self, index: QModelIndex) -> tuple[str, str, str] | None:
        if not index.isValid():
            return None
        index = index.siblingAtColumn(0)
        kind, name = index.data(KIND_ROLE), index.data(NAME_ROLE)
        if not kind:
            return None
        return kind, name, index.data(FILTER_ROLE) or ""

    def _clicked(self, index: QModelIndex) -> None:
        entity = self._entity_at(index)
        if entity is not None:
            self.entity_activated.emit(entity[0], entity[1])

    def _double_clicked(self, index: QModelIndex) -> None:
        entity = self._entity_at(index)
        if entity is None:
            self.tree.setExpanded(index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0)))
            return
        if entity[2]:
            self.search_requested.emit(entity[2])

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        entity = self._entity_at(index)
        if entity is None:
            return
        self.tree.setCurrentIndex(index)
        menu = self.context_menu()
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The menu for the current entity (built fresh each time)."""
        menu = QMenu(self)
        entity = self._entity_at(self.tree.currentIndex())
        in_doc = bool(entity and self.spans_for(entity[0], entity[1]))
        self.highlight_action.setEnabled(in_doc)
        menu.addAction(self.highlight_action)
        menu.addAction(self.search_action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        return menu

    def activate_current(self) -> None:
        entity = self._entity_at(self.tree.currentIndex())
        if entity is not None:
            self.entity_activated.emit(entity[0], entity[1])

    def search_current(self) -> None:
        entity = self._entity_at(self.tree.currentIndex())
        if entity is not None and entity[2]:
            self.search_requested.emit(entity[2])

    def copy_current(self) -> None:
        entity = self._entity_at(self.tree.currentIndex())
        if entity is not None:
            QGuiApplication.clipboard().setText(entity[1])

    def select(self, kind: str, name: str) -> bool:
        """Make an entity the current item (tests, keyboard users); False if it is not listed."""
        index = self.model.find(kind, name)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True
