"""The results' delegate: hits drawn on the mark colour, and a new page drawn a few rows per pass
of the event loop (never all of it in one slot)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ftz_desktop.records import SearchResults
from ftz_desktop.ui.search.model import SearchResultsModel
from ftz_desktop.ui.search.panel import MARK_BACKGROUND, HintListView, SearchResultDelegate
from tests.ui.search.test_model import hits


def shown_list(qtbot, budget_ms: float) -> tuple[HintListView, SearchResultDelegate, SearchResultsModel]:
    model = SearchResultsModel()
    view = HintListView()
    delegate = SearchResultDelegate(view)
    delegate.BUDGET_MS = budget_ms
    view.setModel(model)
    view.setItemDelegate(delegate)
    view.setUniformItemSizes(True)
    view.resize(420, 600)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    model.set_results(SearchResults(query="片区", total=40, hits=hits("片区", 0, 40)))
    view.doItemsLayout()  # (the view lays out a reset model later, in the event loop)
    return view, delegate, model


def visible_rows(view: HintListView, model: SearchResultsModel) -> int:
    return sum(view.visualRect(model.index(r, 0)).intersects(view.viewport().rect()) for r in range(model.rowCount()))


def mark_pixels(view: HintListView) -> int:
    image = view.viewport().grab().toImage()
    mark = QColor(MARK_BACKGROUND).rgb()
    return sum(image.pixel(x, y) == mark for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


def test_a_new_page_is_drawn_over_several_passes_and_completely(qtbot):
    view, delegate, model = shown_list(qtbot, budget_ms=0.0)  # one new row a pass
    visible = visible_rows(view, model)
    assert visible >= 4
    view.viewport().grab()  # one pass: one row drawn, the others left for the next passes
    assert len(delegate._pixmaps) == 1 and len(delegate._deferred) == visible - 1
    for _ in range(visible * 2):
        qtbot.waitUntil(lambda: not delegate._pass_pending, timeout=5000)  # the event loop ran
        before = len(delegate._pixmaps)
        view.viewport().grab()  # a pass (the deferred rows' repaints may have drawn some too)
        assert len(delegate._pixmaps) - before <= 1
        if not delegate._deferred:
            break  # every visible row was blitted from its pixmap: the page is drawn
    assert not delegate._deferred and len(delegate._pixmaps) >= visible
    assert mark_pixels(view) > 0  # and every row's hits on the mark colour


def test_rows_drawn_once_are_blitted_within_the_budget(qtbot):
    view, delegate, model = shown_list(qtbot, budget_ms=1000.0)
    view.viewport().grab()
    visible = visible_rows(view, model)
    assert len(delegate._pixmaps) == visible and not delegate._deferred
    delegate.BUDGET_MS = 0.0
    view.viewport().grab()  # nothing new to draw: nothing deferred
    assert not delegate._deferred
    assert mark_pixels(view) >= visible  # each row's title and snippet hits
