"""The tabbed work area: pages the window keeps (the document list first, pinned; the Annotations and
Zones tabs) and one ReaderView per document, opened once, closable, movable, restorable."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from ftz_desktop.errors import UserError
from ftz_desktop.records import Document, Span
from ftz_desktop.ui.reader.offsets import OffsetMap
from ftz_desktop.ui.reader.view import ReaderView

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

Loader = Callable[[int, str, Callable[[Any, BaseException | None], None]], Any]


def load_document_task(library: Library, doc_id: int, query: str) -> tuple[Document, list[Span], OffsetMap]:
    """Worker: one document, the spans of ``query`` in its text, and the map of its offsets to
    the reader's positions (built here: for a long text it takes a few ms of the UI thread)."""
    doc = library.document(doc_id)
    hits: list[Span] = []
    if query:
        try:
            hits = list(library.find_hits(query, doc.text))
        except UserError:
            hits = []
    omap = OffsetMap(doc.text, doc.paragraphs)
    omap.plain_text()  # cached on the map
    return doc, hits, omap


class _TabBar(QTabBar):
    """Tabs whose pinned ones are never elided (the document list keeps its name)."""

    def __init__(self, pinned: list[QWidget], tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._pinned = pinned
        self._tabs = tabs

    def minimumTabSizeHint(self, index: int) -> QSize:
        if self._tabs.widget(index) in self._pinned:
            return self.tabSizeHint(index)
        return super().minimumTabSizeHint(index)


class ReaderTabs(QTabWidget):
    """The tabbed reader: one closable, movable tab per document; middle-click closes. Pages the
    window keeps can be added too (``add_page``): a pinned one has no close button and stays.

    Documents are loaded by ``loader(doc_id, query, callback)`` (a worker in the main window);
    the callback receives ``((Document, hits), error)`` on the GUI thread.

    Signals:
        document_loaded(int doc_id): a tab has shown its document (after its hits are set).
        tabs_changed(): a tab was opened, closed or moved.
        reader_created(object reader): a ReaderView was made for a new tab (before it loads).
        reading_moved(int doc_id, int offset): a reader was scrolled and came to rest there.
    """

    document_loaded = Signal(int)
    tabs_changed = Signal()
    reader_created = Signal(object)
    reading_moved = Signal(int, int)

    def __init__(self, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._pinned: list[QWidget] = []
        #: the other pane of a split reader area (``pair_with``); None: not split
        self.partner: ReaderTabs | None = None
        #: this pane's readers and pages answer for both panes (the window's main pane)
        self.is_primary = True
        self.active_partner = False  # the partner pane had the focus last
        self._announcing = False
        self.setTabBar(_TabBar(self._pinned, self))
        self.zoom = 0
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabCloseRequested.connect(self.close_tab)
        self.tabBar().installEventFilter(self)
        self.tabBar().tabMoved.connect(lambda *_: self.tabs_changed.emit())

    def own_readers(self) -> list[ReaderView]:
        """The readers of this pane."""
        return [w for i in range(self.count()) if isinstance(w := self.widget(i), ReaderView)]

    def readers(self) -> list[ReaderView]:
        """The readers of this pane, then of the other pane when this is the main one."""
        own = self.own_readers()
        if self.is_primary and self.partner is not None:
            own += self.partner.own_readers()
        return own

    def doc_ids(self) -> list[int]:
        return [r.doc_id for r in self.readers()]

    def current_reader(self) -> ReaderView | None:
        """The reader shown in the pane used last (of this pane, when it is not the main one)."""
        if self.is_primary and self.partner is not None and self.active_partner and self.partner.isVisible():
            return self.partner.current_reader()
        widget = self.currentWidget()
        return widget if isinstance(widget, ReaderView) else None

    def reader_for(self, doc_id: int) -> ReaderView | None:
        for reader in self.readers():
            if reader.doc_id == doc_id:
                return reader
        return None

    def owner_of(self, widget: QWidget) -> ReaderTabs | None:
        """The pane that shows ``widget`` (this one or its partner)."""
        for tabs in (self, self.partner):
            if tabs is not None and tabs.indexOf(widget) >= 0:
                return tabs
        return None

    # --- split: two panes -----------------------------------------------------------------------
    def pair_with(self, other: ReaderTabs) -> None:
        """Make ``other`` this (main) pane's partner: its readers count as this pane's, and its
        signals come out of this pane too (annotations, entities and positions follow them)."""
        self.partner, other.partner = other, self
        other.is_primary = False
        other.reader_created.connect(self.reader_created)
        other.document_loaded.connect(self.document_loaded)
        other.reading_moved.connect(self.reading_moved)
        other.tabs_changed.connect(self.tabs_changed)
        other.currentChanged.connect(lambda _i: self.set_active_pane(other))
        self.currentChanged.connect(lambda _i: self.set_active_pane(self))

    def set_active_pane(self, pane: ReaderTabs) -> None:
        """The pane the user works in (the one ``current_reader`` and new documents use)."""
        primary = self if self.is_primary else self.partner
        if primary is None or primary._announcing:
            return
        was = primary.active_partner
        primary.active_partner = pane is not primary
        if was != primary.active_partner or pane is not primary:
            primary._announcing = True  # its own currentChanged handler must not undo this
            try:
                primary.currentChanged.emit(primary.currentIndex())  # who follows the current reader
            finally:
                primary._announcing = False

    def move_reader(self, reader: ReaderView, to: ReaderTabs) -> None:
        """Move ``reader``'s tab into the pane ``to`` (and show it there)."""
        owner = self.owner_of(reader)
        if owner is None or owner is to:
            return
        index = owner.indexOf(reader)
        text, tip = owner.tabText(index), owner.tabToolTip(index)
        owner.removeTab(index)
        at = to.addTab(reader, text)
        to.setTabToolTip(at, tip)
        to.setCurrentIndex(at)
        owner.tabs_changed.emit()

    # --- pages the window keeps ---------------------------------------------------------------
    def add_page(self, page: QWidget, title: str, *, pinned: bool = False, index: int = -1) -> int:
        """Show ``page`` as a tab (or switch to it if it is one); a pinned page cannot be closed."""
        at = self.indexOf(page)
        if at < 0:
            at = self.insertTab(index if index >= 0 else self.count(), page, title)
            if pinned:
                self._pinned.append(page)
                for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
                    button = self.tabBar().tabButton(at, side)
                    if button is not None:
                        button.hide()
                        self.tabBar().setTabButton(at, side, None)
                        button.deleteLater()
            self.tabs_changed.emit()
        return at

    def show_page(self, page: QWidget, title: str) -> None:
        """Add ``page`` after the pinned ones if it is not shown, and make it current."""
        self.setCurrentIndex(self.add_page(page, title, index=len([p for p in self._pinned if self.indexOf(p) >= 0])))

    def is_pinned(self, widget: QWidget | None) -> bool:
        return widget is not None and widget in self._pinned

    def pages(self) -> list[QWidget]:
        """The tabs that are not readers, in tab order."""
        return [w for i in range(self.count()) if (w := self.widget(i)) is not None and not isinstance(w, ReaderView)]

    # --- readers -------------------------------------------------------------------------------
    def open_document(
        self, doc_id: int, query: str = "", *, activate: bool = True, position: int | None = None
    ) -> ReaderView:
        """Open ``doc_id`` in a tab (or switch to its tab) and highlight ``query``'s hits; without
        hits the reader goes to ``position`` (a canonical offset: where the user was reading)."""
        reader = self.reader_for(doc_id)
        owner = self.owner_of(reader) if reader is not None else None
        if owner is not None and owner is not self:
            return owner.open_document(doc_id, query, activate=activate, position=position)
        if reader is None and self.is_primary and self.partner is not None:
            if self.active_partner and self.partner.isVisible():
                return self.partner.open_document(doc_id, query, activate=activate, position=position)
        if reader is not None:
            if activate:
                self.setCurrentWidget(reader)
            if reader.document is not None and query != reader.query:
                shown = reader
                self._loader(doc_id, query, lambda res, err: self._rehighlighted(shown, query, res, err))
            elif reader.document is not None:
                reader.first_hit()
            return reader
        reader = ReaderView(doc_id, self.zoom, self)
        reader.reading_moved.connect(lambda offset, r=reader: self.reading_moved.emit(r.doc_id, offset))
        if position is not None:
            reader.go_to_offset(position)
        self.reader_created.emit(reader)
        index = self.addTab(reader, self.tr("Loading…"))
        if activate:
            self.setCurrentIndex(index)
        new = reader
        self._loader(doc_id, query, lambda res, err: self._loaded(new, query, res, err))
        self.tabs_changed.emit()
        return reader

    def _loaded(self, reader: ReaderView, query: str, result: Any, error: BaseException | None) -> None:
        owner = self.owner_of(reader)
        if owner is not None and owner is not self:
            owner._loaded(reader, query, result, error)  # moved to the other pane meanwhile
            return
        index = self.indexOf(reader)
        if index < 0:
            return  # closed meanwhile
        if error is not None or result is None:
            if isinstance(error, KeyError):
                self.close_tab(index)  # the document is gone from the library
                return
            reader.set_failed(str(error))
            return
        doc, hits, omap = result
        reader.set_document(doc, hits, query, omap)
        title = doc.title or Path(doc.path).name
        self.setTabText(index, title if len(title) <= 18 else title[:17] + "…")
        self.setTabToolTip(index, f"{title}\n{os.path.normpath(doc.path)}")
        self.document_loaded.emit(doc.doc_id)

    def _rehighlighted(self, reader: ReaderView, query: str, result: Any, error: BaseException | None) -> None:
        if self.owner_of(reader) is None or error is not None or result is None:
            return
        _, hits, _omap = result
        reader.set_hits(hits, query)
        self.document_loaded.emit(reader.doc_id)

    def open_with_highlight(self, doc_id: int, spans: list[Span], label: str) -> ReaderView:
        """Open a document with ``spans`` highlighted as its hits (now, or once it is loaded)."""
        reader = self.open_document(doc_id)
        if reader.document is not None:
            reader.set_hits(spans, label)
            return reader

        def loaded(loaded_id: int) -> None:
            if loaded_id == doc_id:
                self.document_loaded.disconnect(loaded)
                reader.set_hits(spans, label)

        self.document_loaded.connect(loaded)
        return reader

    def close_tab(self, index: int) -> None:
        widget = self.widget(index)
        if widget is None or self.is_pinned(widget):
            return
        self.removeTab(index)
        if isinstance(widget, ReaderView):
            widget.deleteLater()
        else:  # a page the window keeps (the Zones tab): hidden, ready to come back
            widget.hide()
        self.tabs_changed.emit()

    def active_pane(self) -> ReaderTabs:
        """The pane used last: this one, or the partner of this main pane."""
        if self.is_primary and self.partner is not None and self.active_partner and self.partner.isVisible():
            return self.partner
        return self

    def close_current(self) -> None:
        pane = self.active_pane()
        if pane.currentIndex() >= 0:
            pane.close_tab(pane.currentIndex())

    def close_all(self) -> None:
        """Close every reader and every page that is not pinned (in both panes)."""
        if self.is_primary and self.partner is not None:
            self.partner.close_all()
        for index in reversed(range(self.count())):
            self.close_tab(index)

    def close_readers(self) -> None:
        for reader in self.readers():
            owner = self.owner_of(reader)
            if owner is not None:
                owner.close_tab(owner.indexOf(reader))

    def cycle(self, delta: int) -> None:
        pane = self.active_pane()
        if pane.count() > 1:
            pane.setCurrentIndex((pane.currentIndex() + delta) % pane.count())

    def set_zoom(self, steps: int) -> None:
        self.zoom = steps
        if self.partner is not None:
            self.partner.zoom = steps
        for reader in self.readers():
            reader.set_zoom(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tabBar()
            and isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.MiddleButton
        ):
            index = self.tabBar().tabAt(event.position().toPoint())
            if index >= 0:
                self.close_tab(index)
                return True
        return super().eventFilter(watched, event)
