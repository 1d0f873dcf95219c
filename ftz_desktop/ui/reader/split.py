"""Side by side: the reader area split into two panes, each with its own tabs, and the optional
synchronised scrolling of two versions of a law by article number (第N条), with the articles
whose text differs marked in both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from ftz_desktop.core import outline as core_outline
from ftz_desktop.core.outline import Heading
from ftz_desktop.records import Document, Span
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.reader.tabs import Loader, ReaderTabs
from ftz_desktop.ui.reader.view import ReaderView


@dataclass(frozen=True)
class Comparison:
    """Two versions' articles (number → heading) and the numbers whose text differs."""

    left: dict[int, Heading]
    right: dict[int, Heading]
    differing: frozenset[int]


def _articles(headings: list[Heading]) -> dict[int, Heading]:
    out: dict[int, Heading] = {}
    for h in headings:
        if h.kind == "article":
            out.setdefault(h.number, h)
    return out


def compare_task(left: Document, right: Document) -> Comparison:
    """Worker: the outlines of two documents and the articles that differ."""
    lo = core_outline.outline(left.text, left.paragraphs)
    ro = core_outline.outline(right.text, right.paragraphs)
    differing = core_outline.differing_articles(left.text, lo, right.text, ro)
    return Comparison(_articles(lo), _articles(ro), frozenset(differing))


def _article_span(h: Heading, headings: dict[int, Heading]) -> Span:
    """An article's own text: to its end or the next article, whichever comes first."""
    nxt = headings.get(h.number + 1)
    end = h.end if nxt is None else min(h.end, nxt.start)
    return h.start, max(h.start + 1, end)


class ArticleSync(QObject):
    """Scrolls two readers together by article number and marks the articles that differ.

    Signals:
        compared(int differing, int articles): the two documents were compared (articles: the
            larger of the two counts; 0 when neither is a law with articles).
    """

    compared = Signal(int, int)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.left: ReaderView | None = None
        self.right: ReaderView | None = None
        self.comparison: Comparison | None = None
        self._request = 0
        self._syncing = False

    def set_readers(self, left: ReaderView | None, right: ReaderView | None) -> None:
        """Follow ``left`` and ``right`` (None, None: stop, marks cleared)."""
        if (left, right) == (self.left, self.right) and self.comparison is not None:
            return
        self._detach()
        self.left, self.right = left, right
        self._request += 1
        if left is None or right is None or left.document is None or right.document is None:
            return
        request = self._request
        self.runner.run(compare_task, left.document, right.document, then=lambda c: self._compared(request, c))

    def _detach(self) -> None:
        for reader in (self.left, self.right):
            if reader is None:
                continue
            try:
                reader.text_edit.verticalScrollBar().valueChanged.disconnect(self._scrolled)
                reader.set_marks(())
            except (RuntimeError, TypeError):  # gone with its tab, or never connected
                pass
        self.comparison = None
        self.left = self.right = None

    def stop(self) -> None:
        self._request += 1
        self._detach()

    def _compared(self, request: int, comparison: Comparison) -> None:
        if request != self._request or self.left is None or self.right is None:
            return
        self.comparison = comparison
        for reader, articles in ((self.left, comparison.left), (self.right, comparison.right)):
            reader.set_marks(
                [_article_span(h, articles) for n, h in sorted(articles.items()) if n in comparison.differing]
            )
            reader.text_edit.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.compared.emit(len(comparison.differing), max(len(comparison.left), len(comparison.right)))
        self.align(self.left)

    def _scrolled(self, _value: int) -> None:
        if self._syncing or self.left is None or self.right is None:
            return
        bar = self.sender()
        source = self.left if bar is self.left.text_edit.verticalScrollBar() else self.right
        self.align(source)

    def align(self, source: ReaderView) -> None:
        """Show in the other reader the article ``source`` shows at its top (the same distance in)."""
        c = self.comparison
        if c is None or self.left is None or self.right is None:
            return
        target = self.right if source is self.left else self.left
        mine, theirs = (c.left, c.right) if source is self.left else (c.right, c.left)
        offset = source.reading_position()
        if offset is None or not mine:
            return
        here = [h for h in mine.values() if h.start <= offset]
        if not here:
            return
        article = max(here, key=lambda h: h.start)
        other = theirs.get(article.number)
        if other is None:
            return
        start, end = _article_span(other, theirs)
        self._syncing = True
        try:
            target.go_to_offset(min(start + (offset - article.start), end - 1))
        finally:
            self._syncing = False


class ReaderArea(QSplitter):
    """The window's main pane (``primary``, the tabs the window works with) and, when split, a
    second pane with its own tabs beside it. The pane used last is the active one: new
    documents open there, and the window's reader actions act on its current reader.

    Signals:
        split_changed(bool split): the area was split or joined again.
    """

    split_changed = Signal(bool)

    def __init__(self, primary: ReaderTabs, loader: Loader, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("readerArea")
        self.primary = primary
        self.second = ReaderTabs(loader, self)
        self.second.setObjectName("secondPane")
        primary.pair_with(self.second)
        self.addWidget(primary)
        self.addWidget(self.second)
        self.setChildrenCollapsible(False)
        self.second.hide()
        self._split = False
        self.sync = ArticleSync(runner, self)
        self._sync_on = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for tabs in (self.primary, self.second):
            tabs.currentChanged.connect(lambda _i: self._pair_changed())
            tabs.document_loaded.connect(lambda _d: self._pair_changed())

    def is_split(self) -> bool:
        return self._split

    def set_split(self, split: bool) -> None:
        """Split the area (the current document moves to the new pane when the main pane has
        another one to show) or join it again (the second pane's tabs come back)."""
        if split == self._split:
            return
        self._split = split
        if split:
            self.second.show()
            reader = self._own_current(self.primary)
            half = max(1, self.width() // 2)
            self.setSizes([half, half])
            if reader is not None and len(self.primary.own_readers()) >= 2:
                self._move(reader, self.second)
            self.primary.set_active_pane(self.second)
        else:
            self.set_sync(False)
            for reader in self.second.own_readers():
                self._move(reader, self.primary)
            self.second.hide()
            self.primary.set_active_pane(self.primary)
        self.split_changed.emit(split)

    def move_to_other_pane(self, reader: ReaderView | None = None) -> None:
        """Move ``reader`` (the current one) to the other pane, splitting the area if needed."""
        reader = reader or self.primary.current_reader()
        if reader is None:
            return
        owner = self.primary.owner_of(reader)
        if owner is None:
            return
        if not self._split:
            self._split = True
            self.second.show()
            half = max(1, self.width() // 2)
            self.setSizes([half, half])
            self.split_changed.emit(True)
        self._move(reader, self.second if owner is self.primary else self.primary)

    def _move(self, reader: ReaderView, to: ReaderTabs) -> None:
        """Move a reader's tab into ``to``; that pane becomes the active one, the reader focused."""
        self.primary.move_reader(reader, to)
        reader.text_edit.setFocus()
        self.primary.set_active_pane(to)

    def pair(self) -> tuple[ReaderView | None, ReaderView | None]:
        """The readers shown side by side (left, right)."""
        return self._own_current(self.primary), self._own_current(self.second) if self._split else None

    @staticmethod
    def _own_current(tabs: ReaderTabs) -> ReaderView | None:
        widget = tabs.currentWidget()
        return widget if isinstance(widget, ReaderView) else None

    # --- synchronised scrolling -----------------------------------------------------------------
    def set_sync(self, on: bool) -> None:
        """Scroll the two readers together by article number, the differing articles marked."""
        self._sync_on = on and self._split
        if self._sync_on:
            self.sync.set_readers(*self.pair())
        else:
            self.sync.stop()

    def is_synced(self) -> bool:
        return self._sync_on

    def _pair_changed(self) -> None:
        if self._sync_on:
            self.sync.set_readers(*self.pair())

    def _focus_changed(self, _old: Any, new: Any) -> None:
        if new is None or not self._split:
            return
        if self.second.isAncestorOf(new):
            self.primary.set_active_pane(self.second)
        elif self.primary.isAncestorOf(new):
            self.primary.set_active_pane(self.primary)
