"""The facets beside the results and the order of the results, in a real main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ftz_desktop.ui.search.facets import FILTER_ROLE


def _search(qtbot, panel, query):
    with qtbot.waitSignal(panel.facets_shown, timeout=20_000):
        panel.set_query(query)


def _values(panel, kind_title):
    tree = panel.facets_view
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group.text(0) == kind_title:
            return {group.child(k).text(0): group.child(k) for k in range(group.childCount())}
    return {}


def test_clicking_a_facet_narrows_and_clicking_again_widens(imported_window, qtbot):
    panel = imported_window.search_panel
    _search(qtbot, panel, "制度创新")
    rows = panel.model.rowCount()
    years = _values(panel, "Year")
    assert set(years) == {"2023"}
    formats = _values(panel, "Format")
    assert formats["txt"].text(1) == "2" and formats["md"].text(1) == "1"
    with qtbot.waitSignal(panel.facets_shown, timeout=20_000):
        panel.facets_view.itemClicked.emit(formats["md"], 0)
    assert panel.box.text() == "制度创新 format:md"
    assert panel.model.rowCount() == 1
    md = _values(panel, "Format")["md"]
    assert md.checkState(0) == Qt.CheckState.Checked
    with qtbot.waitSignal(panel.facets_shown, timeout=20_000):
        panel.facets_view.itemClicked.emit(md, 0)
    assert panel.box.text() == "制度创新"
    assert panel.model.rowCount() == rows == 3


def test_excluding_a_facet_value(imported_window, qtbot):
    panel = imported_window.search_panel
    _search(qtbot, panel, "制度创新")
    token = _values(panel, "Format")["md"].data(0, FILTER_ROLE)
    with qtbot.waitSignal(panel.facets_shown, timeout=20_000):
        panel.facets_view.filter_toggled.emit("-" + token)
    assert panel.box.text() == "制度创新 -format:md"
    assert set(_values(panel, "Format")) == {"txt"}


def test_sort_order_reruns_the_search(imported_window, qtbot):
    panel = imported_window.search_panel
    _search(qtbot, panel, "制度创新")
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        panel.set_sort("title")
    titles = [panel.model.hit(r).title for r in range(panel.model.rowCount())]
    assert titles == sorted(titles, key=str.lower)
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        panel.set_sort("hits")
    hits = [len(panel.model.hit(r).hits) for r in range(panel.model.rowCount())]
    assert hits == sorted(hits, reverse=True)
