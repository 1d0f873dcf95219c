"""The search panel: a debounced search box, inline query errors, the total, and highlighted results;
the notes (annotations) the query matches are a second section, a click away."""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core import query as q
from ftz_desktop.errors import UserError
from ftz_desktop.records import SearchHit, SearchResults
from ftz_desktop.ui.annotations.model import AnnotationsModel
from ftz_desktop.ui.annotations.panel import AnnotationCardDelegate, AnnotationListView
from ftz_desktop.ui.common import colors
from ftz_desktop.ui.common.citations import add_citation_actions, copy_document_citations
from ftz_desktop.ui.common.formatting import format_copies, format_hits, format_total
from ftz_desktop.ui.common.workers import TaskRunner, Worker
from ftz_desktop.ui.search import query_text
from ftz_desktop.ui.search.facets import FacetsView
from ftz_desktop.ui.search.model import HIT_ROLE, SearchResultsModel

if TYPE_CHECKING:
    from ftz_desktop.services.library import Library

DEBOUNCE_MS = 250
FIRST_PAGE = 50
NEXT_PAGE = 100
FACETS_SETTLE_MS = 400  # the results shown this long get their facets counted
MARK_BACKGROUND, MARK_TEXT = "#ffd9ad", "#1f1f1f"  # a hit: dark on light orange, in either palette


def search_notes_task(library: Library, query: str) -> tuple[list, dict]:
    """Worker: the annotations whose note or quote the query matches, and their documents."""
    items = library.search_notes(query)
    return items, library.annotations.documents_of(items)


class SearchResultDelegate(QStyledItemDelegate):
    """Paints one hit: title (hits marked) and date on the first line, then two lines of snippet."""

    PAD_X, PAD_Y, GAP = 12, 9, 4
    SNIPPET_LINES = 2

    PIXMAPS = 96  # rows kept drawn: a repaint (scroll, hover, selection) blits them
    BUDGET_MS = 12.0  # drawing new rows in one pass (glyphs not yet in the cache cost 2–5 ms a row)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: OrderedDict[tuple[int, int, int, str], QTextLayout] = OrderedDict()
        self._pixmaps: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()
        self._spent = 0.0  # ms spent drawing new rows since the event loop last ran
        self._deferred: list[tuple[QWidget, QRect]] = []  # rows left for the next pass
        self._pass_pending = False

    def clear_cache(self) -> None:
        self._cache.clear()
        self._pixmaps.clear()

    def _next_pass(self) -> None:
        """The event loop ran: draw the rows left over (up to the budget again)."""
        self._spent, self._pass_pending = 0.0, False
        deferred, self._deferred = self._deferred, []
        for viewport, rect in deferred:
            viewport.update(rect)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        title.setPointSizeF(option.font.pointSizeF() * 1.08)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.92)
        return title, QFont(option.font), small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, body, _ = self._fonts(option)
        height = (
            self.PAD_Y * 2
            + QFontMetrics(title).height()
            + self.GAP
            + int(QFontMetrics(body).lineSpacing() * 1.3 * self.SNIPPET_LINES)
            + 2
        )
        return QSize(200, height)

    def _layout(
        self,
        key: tuple[int, int, int, str],
        text: str,
        spans: tuple[tuple[int, int], ...],
        font: QFont,
        width: int,
        lines: int,
    ) -> QTextLayout:
        """``text`` laid out in at most ``lines`` lines of ``width`` (130 % line height), its hits
        on the highlight colour: a plain text layout, several times cheaper than rich text."""
        layout = self._cache.get(key)
        if layout is None:
            layout = QTextLayout(text, font)
            option = layout.textOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.setFormats(self._marks(spans, len(text)))
            spacing = QFontMetricsF(font).lineSpacing() * 1.3
            layout.beginLayout()
            for n in range(lines):
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, n * spacing + (spacing - line.height()) / 2))
            layout.endLayout()
            self._cache[key] = layout
            if len(self._cache) > 400:
                self._cache.popitem(last=False)
        return layout

    @staticmethod
    def _marks(spans: tuple[tuple[int, int], ...], length: int) -> list[QTextLayout.FormatRange]:
        out = []
        for s, e in spans:
            s, e = max(0, s), min(e, length)
            if s < e:
                mark = QTextLayout.FormatRange()
                mark.start, mark.length = s, e - s
                mark.format = QTextCharFormat()
                mark.format.setBackground(QColor(MARK_BACKGROUND))
                mark.format.setForeground(QColor(MARK_TEXT))
                out.append(mark)
        return out

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        # drawing the rich text of a row costs a few ms: each row is drawn once into a pixmap
        widget = option.widget
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        states = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver
        rect = option.rect
        key = (
            hit.doc_id,
            hit.title,
            hit.snippet,
            hit.snippet_hits,
            hit.title_hits,
            hit.date,
            len(hit.hits),
            rect.width(),
            rect.height(),
            (option.state & states).value,
            option.palette.cacheKey(),
            ratio,
        )
        pixmap = self._pixmaps.get(key)
        if pixmap is None and self._spent > self.BUDGET_MS and isinstance(widget, QAbstractItemView):
            # a new page of results: the rows left are drawn in the next passes of the event loop
            # (a few ms later), so that typing and the rest of the window never wait for them
            self._deferred.append((widget.viewport(), QRect(rect)))
            return
        if pixmap is None:
            started = time.perf_counter()
            pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            row_painter = QPainter(pixmap)
            opt = QStyleOptionViewItem(option)
            opt.rect = QRect(0, 0, rect.width(), rect.height())
            self._paint_row(row_painter, opt, index, hit)
            row_painter.end()
            self._pixmaps[key] = pixmap
            while len(self._pixmaps) > self.PIXMAPS:
                self._pixmaps.popitem(last=False)
            self._spent += (time.perf_counter() - started) * 1000
            if not self._pass_pending:
                self._pass_pending = True
                QTimer.singleShot(0, self, self._next_pass)
        else:
            self._pixmaps.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_row(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        hit: SearchHit,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        pal = option.palette
        opt.palette.setColor(QPalette.ColorRole.Highlight, colors.soft_selection(pal)[0])  # hits stay readable
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard is here: a bar in the accent colour
            bar = option.rect.adjusted(0, 0, 0, -1)
            bar.setWidth(4)
            painter.fillRect(bar, pal.color(QPalette.ColorRole.Highlight))
        title_font, body_font, small_font = self._fonts(option)
        rect = option.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)

        # date and number of hits, right-aligned on the title line
        title_h = QFontMetrics(title_font).height()
        copies = format_copies(len(hit.copies) + 1) if hit.copies else ""
        # a filter-only query (zone:上海) has no hits in the text: no count then
        hits = format_hits(len(hit.hits)) if hit.hits else ""
        side = "  ·  ".join(x for x in (hit.date or "", copies, hits) if x)
        painter.setFont(small_font)
        painter.setPen(colors.muted(pal))
        date_w = QFontMetrics(small_font).horizontalAdvance(side) + 12
        painter.drawText(
            rect.x(),
            rect.y(),
            rect.width(),
            title_h,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            side,
        )

        # title with its hits, elided to the room left by the date
        title_w = max(40, rect.width() - date_w)
        elided = QFontMetrics(title_font).elidedText(hit.title, Qt.TextElideMode.ElideRight, title_w)
        painter.setPen(pal.color(QPalette.ColorRole.Text))  # on the soft selection too
        shown = len(elided) if elided == hit.title else len(elided) - 1  # the '…' is no hit
        spans = tuple((s, min(e, shown)) for s, e in hit.title_hits)
        title = self._layout((hit.doc_id, 0, title_w, elided), elided, spans, title_font, title_w + 40, 1)
        title.draw(painter, QPointF(rect.x(), rect.y() + (title_h - title.boundingRect().height()) / 2))

        # snippet, its first lines
        snippet = hit.snippet.replace("\n", " ")
        snip = self._layout(
            (hit.doc_id, 1, rect.width(), ""), snippet, hit.snippet_hits, body_font, rect.width(), self.SNIPPET_LINES
        )
        top = rect.y() + title_h + self.GAP
        painter.setClipRect(QRect(rect.x(), top, rect.width(), rect.bottom() + 1 - top))
        snip.draw(painter, QPointF(rect.x(), top))
        painter.restore()

        painter.save()
        painter.setPen(colors.separator(pal))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()


class HintListView(QListView):
    """A list view that shows a hint in gray while it has no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = ""

    def set_hint(self, text: str) -> None:
        self.hint = text
        self.viewport().update()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.hint and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(colors.faint(self.palette()))
            rect = self.viewport().rect().adjusted(16, 16, -16, -16)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                self.hint,
            )
            painter.end()


class SearchBox(QLineEdit):
    """The search field; Down moves into the results.

    Signals:
        down_pressed()
    """

    down_pressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if event.key() == Qt.Key.Key_Down and not (popup is not None and popup.isVisible()):
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Search as you type (debounced, in a worker, stale answers dropped) with lazily loaded results.

    Signals:
        open_requested(int doc_id, str query): the user chose a result (Enter or double-click).
        search_started(str query): the box's query went to a worker (the debounce is over).
        results_shown(int total): the first page of a new search is in the list.
        search_failed(str message): the query was rejected; the message is shown under the box.
        query_committed(str query): the user settled on a query (Enter, or opened a result).
        query_shown(str query): the results of ``query`` are shown ('' when none are: an empty
            box or a query that could not be understood); it follows typing (debounced).
        note_open_requested(object annotation): the user chose a note found by the query.
        notes_shown(int count): the notes matching the query are listed.
        facets_shown(): the facets of the results shown are counted (or cleared).
        collect_requested(list doc_ids): "Add to Collection…" was chosen for a result (or all shown).
    """

    open_requested = Signal(int, str)
    query_shown = Signal(str)
    note_open_requested = Signal(object)
    notes_shown = Signal(int)
    search_started = Signal(str)
    facets_shown = Signal()
    collect_requested = Signal(list)
    results_shown = Signal(int)
    search_failed = Signal(str)
    query_committed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._library: Library | None = None
        self._generation = 0
        self._worker: Worker | None = None
        self._shown_query = ""
        self._open_when_shown = False  # Enter was pressed before the results were there

        self.box = SearchBox(self)
        self.box.setPlaceholderText(self.tr("Search all documents (Ctrl+K)"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._schedule)
        self.box.returnPressed.connect(self._commit_from_box)
        self.box.down_pressed.connect(self._enter_list)
        self.recent_model = QStringListModel(self)
        completer = QCompleter(self.recent_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.box.setCompleter(completer)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setContentsMargins(2, 2, 2, 2)
        colors.set_text_color(self.error_label, "error")
        self.error_label.hide()
        self.warning_label = QLabel(self)  # likely mistakes: the query ran, read as it says
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setContentsMargins(2, 2, 2, 2)
        colors.set_text_color(self.warning_label, "warning")
        self.warning_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setContentsMargins(2, 2, 2, 2)
        colors.set_text_color(self.status_label)
        self.status_label.setWordWrap(True)

        self.model = SearchResultsModel(self)
        self.model.more_wanted.connect(self._fetch_page)
        self.delegate = SearchResultDelegate(self)
        self.list = HintListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # results fit the width
        self.list.activated.connect(self._activated)
        self.list.installEventFilter(self)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._results_menu)

        self._set_idle_hint()

        self.notes_model = AnnotationsModel(self, editable=False)
        self.notes_list = AnnotationListView(AnnotationCardDelegate(self, show_document=True), self)
        self.notes_list.setModel(self.notes_model)
        self.notes_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_list.activated.connect(self._note_activated)
        self.docs_button = QToolButton(self, text=self.tr("Documents"), checkable=True, autoRaise=True)
        self.docs_button.setChecked(True)
        self.notes_button = QToolButton(self, text=self.tr("Notes"), checkable=True, autoRaise=True)
        self.notes_button.setToolTip(self.tr("Annotations whose note or passage matches the query"))
        for button in (self.docs_button, self.notes_button):
            button.setMinimumWidth(30)  # may be cut in a narrow dock, never widen the window
        self.section_buttons = QButtonGroup(self)
        self.section_buttons.addButton(self.docs_button, 0)
        self.section_buttons.addButton(self.notes_button, 1)
        self.section_buttons.idClicked.connect(self.show_section)
        self.sections = QStackedWidget(self)
        self.sections.addWidget(self.list)
        self.sections.addWidget(self.notes_list)
        self.sort_box = QComboBox(self)
        for key, label in (
            ("relevance", self.tr("Relevance")),
            ("date", self.tr("Newest first")),
            ("date-old", self.tr("Oldest first")),
            ("hits", self.tr("Most hits")),
            ("title", self.tr("Title")),
        ):
            self.sort_box.addItem(label, key)
        self.sort_box.setToolTip(self.tr("Order of the results"))
        self.sort_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_box.currentIndexChanged.connect(self._sort_changed)
        self.section_row = QWidget(self)
        row = QHBoxLayout(self.section_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.docs_button)
        row.addWidget(self.notes_button)
        row.addStretch(1)
        row.addWidget(self.sort_box)
        self.section_row.hide()

        self.facets_view = FacetsView(self)
        self.facets_view.filter_toggled.connect(self.toggle_filter)
        self.facets_view.hide()
        self._facets_worker: Worker | None = None
        # facets are counted once the results have stayed a moment: typing does not pay for them
        self._facets_timer = QTimer(self, singleShot=True, interval=FACETS_SETTLE_MS)
        self._facets_timer.timeout.connect(self.refresh_facets)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.facets_view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.section_row)
        layout.addWidget(self.splitter, 1)

    # --- our API -----------------------------------------------------------------------------
    def set_library(self, library: Library | None) -> None:
        self._library = library
        self._generation += 1
        self.model.set_results(None)
        self._clear_notes()
        self._clear_facets()
        self.delegate.clear_cache()
        if self.box.text().strip():
            self.search_now()
        else:
            self.status_label.clear()

    def set_recent(self, queries: list[str]) -> None:
        self.recent_model.setStringList(queries)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def query(self) -> str:
        """The query of the results shown ('' when none)."""
        return self._shown_query

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search at once."""
        self.box.setText(text)
        self.search_now()

    def search_now(self) -> None:
        """Run the box's query now (a newer query supersedes any search still running)."""
        self._timer.stop()
        query = self.box.text().strip()
        self._generation += 1
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        if not query or self._library is None:
            self._open_when_shown = False
            self._shown_query = ""
            self.model.set_results(None)
            self._clear_notes()
            self._clear_facets()
            self.error_label.hide()
            self.warning_label.hide()
            self.status_label.clear()
            self._set_idle_hint()
            self.query_shown.emit("")
            return
        generation = self._generation
        self.status_label.setText(self.tr("Searching…"))
        self.search_started.emit(query)
        self._worker = self._runner.run(
            self._library.search,
            query,
            limit=FIRST_PAGE,
            offset=0,
            tr=query_text.translate,
            sort=self.sort(),
            callback=lambda res, err: self._first_page(generation, query, res, err),
            owner=self,
        )

    # --- internals ---------------------------------------------------------------------------
    def _set_idle_hint(self) -> None:
        self.list.set_hint(
            self.tr(
                "Type to search every document.\n\n"
                "word word — both words\n"
                "word OR word — either word\n"
                "-word — without this word\n"
                '"a phrase" — exactly this\n\n'
                "title:条例 — in the title\n"
                "date:2019  date:2019-08..2020-06  date:..2022\n"
                "zone:上海 — a free trade zone\n"
                "area:临港新片区 — an area of a zone\n"
                "org:商务部  person:王文涛  policy:总体方案\n"
                "tag:跨境电商 — your tags\n"
                "source:新华社  format:pdf  in:报告/2024 — a collection\n\n"
                "Enter opens the first result, ↓ goes to the results."
            )
        )

    def _schedule(self, _text: str) -> None:
        self._timer.start()

    def _first_page(
        self, generation: int, query: str, results: SearchResults | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return  # a newer query superseded this one
        self._worker = None
        if error is not None or results is None:
            message = (
                query_text.error_text(error)
                if isinstance(error, UserError)
                else self.tr("Search failed: {error}").format(error=error)
            )
            self._open_when_shown = False
            self.error_label.setText(message)
            self.error_label.show()
            self.warning_label.hide()
            self.status_label.clear()
            self._shown_query = ""
            self.model.set_results(None)
            self._clear_notes()
            self._clear_facets()
            self.list.set_hint("")
            self.search_failed.emit(message)
            self.query_shown.emit("")
            return
        self.error_label.hide()
        self.warning_label.setText("\n".join(results.warnings))
        self.warning_label.setVisible(bool(results.warnings))
        self._shown_query = query
        self.delegate.clear_cache()
        self.model.set_results(results)
        status = format_total(results.total)
        if results.interpretation:
            status += "  ·  " + results.interpretation
        self.status_label.setText(status)
        self.list.scrollToTop()
        self.list.set_hint(self.tr("Nothing matches this query."))
        self.docs_button.setText(self.tr("Documents ({count})").format(count=f"{results.total:,}"))
        self.section_row.show()
        self.results_shown.emit(results.total)
        self.query_shown.emit(query)
        self.refresh_notes()
        self._facets_timer.start()
        if self._open_when_shown:
            self._open_when_shown = False
            self.open_current()

    # --- order and facets --------------------------------------------------------------------
    def sort(self) -> str:
        """The order of the results: relevance, date, date-old, hits or title."""
        return str(self.sort_box.currentData())

    def set_sort(self, key: str) -> None:
        index = self.sort_box.findData(key)
        if index >= 0:
            self.sort_box.setCurrentIndex(index)

    def _sort_changed(self, _index: int) -> None:
        if self._shown_query:
            self.search_now()

    def toggle_filter(self, token: str) -> None:
        """Add a filter (``zone:上海``, ``-date:2023``) to the query in the box, or take it out when
        it is there, and search: the query line always says what is shown."""
        self.set_query(q.toggle_filter(self.box.text().strip(), token))
        self.query_committed.emit(self.box.text())

    def refresh_facets(self) -> None:
        """Count the results shown by zone, area, year, source, format and tag (in a worker)."""
        if self._facets_worker is not None:
            self._facets_worker.cancel()
            self._facets_worker = None
        if self._library is None or not self._shown_query:
            return
        generation, query = self._generation, self._shown_query
        self._facets_worker = self._runner.run(
            self._library.facets,
            query,
            callback=lambda res, err: self._facets_counted(generation, query, res, err),
            owner=self,
        )

    def _facets_counted(self, generation: int, query: str, facets: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._facets_worker = None
        if error is not None or not facets or not any(facets.values()):
            self.facets_view.clear_facets()
            self.facets_view.hide()
        else:
            self.facets_view.set_facets(query, facets)
            self.facets_view.show()
        self.facets_shown.emit()

    def _clear_facets(self) -> None:
        self._facets_timer.stop()
        if self._facets_worker is not None:
            self._facets_worker.cancel()
            self._facets_worker = None
        self.facets_view.clear_facets()
        self.facets_view.hide()

    # --- notes -------------------------------------------------------------------------------
    def show_section(self, section: int) -> None:
        """0: the documents found, 1: the notes found."""
        self.sections.setCurrentIndex(section)
        (self.notes_button if section else self.docs_button).setChecked(True)

    def refresh_notes(self) -> None:
        """Search the notes again for the query shown (after an annotation was edited)."""
        if self._library is None or not self._shown_query:
            return
        generation, query = self._generation, self._shown_query
        self._runner.run(
            search_notes_task,
            self._library,
            query,
            callback=lambda res, err: self._notes_found(generation, res, err),
            owner=self,
        )

    def _notes_found(self, generation: int, result: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        if error is not None or result is None:
            self.notes_model.set_annotations([], {})
            self.notes_button.setText(self.tr("Notes"))
            message = str(error) if isinstance(error, UserError) else self.tr("The notes could not be searched.")
            self.notes_list.set_hint(message)
            self.notes_shown.emit(0)
            return
        items, docs = result
        self.notes_model.set_annotations(items, docs)
        self.notes_button.setText(self.tr("Notes ({count})").format(count=len(items)))
        self.notes_list.set_hint(self.tr("No note or highlighted passage matches this query."))
        self.notes_shown.emit(len(items))

    def _clear_notes(self) -> None:
        self.notes_model.set_annotations([], {})
        self.notes_button.setText(self.tr("Notes"))
        self.section_row.hide()
        self.show_section(0)

    def _note_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.query_committed.emit(self._shown_query)
            self.note_open_requested.emit(self.notes_model.annotation(index.row()))

    def _fetch_page(self, offset: int) -> None:
        if self._library is None or not self._shown_query:
            self.model.page_failed()
            return
        generation, query = self._generation, self._shown_query
        self._runner.run(
            self._library.search,
            query,
            limit=NEXT_PAGE,
            offset=offset,
            sort=self.sort(),
            callback=lambda res, err: self._next_page(generation, offset, res, err),
            owner=self,
        )

    def _next_page(
        self, generation: int, offset: int, results: SearchResults | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return
        if error is not None or results is None:
            self.model.page_failed()
            return
        self.model.append_page(results, offset)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit(index.row())
        self.query_committed.emit(self._shown_query)
        self.open_requested.emit(hit.doc_id, self._shown_query)

    def _results_menu(self, pos: Any) -> None:
        """The result under the mouse: open it or one of its near-duplicate copies, add it to a
        collection, copy its citation."""
        index = self.list.indexAt(pos)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        hit = self.model.hit(index.row())
        doc_id = hit.doc_id
        shown = [self.model.hit(r).doc_id for r in range(self.model.rowCount())]
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._activated(index))
        for copy_id in hit.copies:
            action = menu.addAction(self.tr("Open copy {doc_id}").format(doc_id=copy_id))
            action.triggered.connect(lambda _=False, d=copy_id: self.open_requested.emit(d, self._shown_query))
        menu.addSeparator()
        menu.addAction(self.tr("Add to Collection…"), lambda: self.collect_requested.emit([doc_id]))
        menu.addAction(
            self.tr("Add the {count} Results Shown to Collection…").format(count=len(shown)),
            lambda: self.collect_requested.emit(shown),
        )
        menu.addSeparator()
        add_citation_actions(menu, lambda style: self.copy_citations([doc_id], style))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def copy_citations(self, doc_ids: list[int], style: str) -> None:
        """Copy the citations of ``doc_ids`` in ``style`` (read by a worker)."""
        if self._library is not None:
            copy_document_citations(self._runner, self._library, doc_ids, style)

    def open_current(self) -> None:
        """Open the selected result, or the first one."""
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
            self.list.setCurrentIndex(index)
        self._activated(index)

    def _commit_from_box(self) -> None:
        """Enter in the box: open the selected (or first) result of the query typed, searching
        first if its results are not shown yet."""
        query = self.box.text().strip()
        if not query:
            return
        if query == self._shown_query and not self._timer.isActive() and self._worker is None:
            if self.model.rowCount():
                self.open_current()
            else:
                self.query_committed.emit(query)
            return
        self._open_when_shown = True
        self.search_now()
        self.query_committed.emit(query)

    def _enter_list(self) -> None:
        """Down in the box: into the results at once, the first (or current) one selected."""
        if self._timer.isActive():
            self.search_now()
        if not self.model.rowCount():
            return
        index = self.list.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Current
        )
        self.list.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activated(self.list.currentIndex())
                return True
            if event.key() == Qt.Key.Key_Up and self.list.currentIndex().row() == 0:
                self.focus_box()
                return True
        return super().eventFilter(watched, event)
