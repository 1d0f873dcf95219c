"""The entity sidebar on a real library: grouping, nesting, scopes, signals, menu, re-extraction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from ftz_desktop.core import gazetteer
from ftz_desktop.records import EntityDocCount, EntitySummary
from ftz_desktop.services.library import Library
from ftz_desktop.ui.common.workers import TaskRunner
from ftz_desktop.ui.entities.dock import (
    FILTER_ROLE,
    KIND_ROLE,
    NAME_ROLE,
    SCOPE_DOCUMENT,
    SCOPE_LIBRARY,
    SCOPE_RESULTS,
    EntitiesDock,
    EntityTreeModel,
    search_filter,
)
from tests.conftest import take_schema_back_to_4

DOCS = {
    "hlj.txt": "绥芬河观察\n\n中国（黑龙江）自由贸易试验区绥芬河片区发展跨境电商。商务部部长王文涛在哈尔滨片区调研。"
    "绥芬河片区与俄罗斯企业合作，黑龙江自贸试验区推出新举措。",
    "sh.txt": "临港新政\n\n上海自贸区临港新片区推出跨境金融新政，《临港新片区跨境金融管理办法》发布。",
    "plain.txt": "天气\n\n今天天气很好，适合出游。",
}


@pytest.fixture
def lib(make_library, write_folder):
    gazetteer.reload()
    return make_library(write_folder(DOCS))


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait(10_000)


@pytest.fixture
def dock(qtbot, runner, lib):
    d = EntitiesDock(runner)
    qtbot.addWidget(d)
    d.resize(360, 600)
    d.show()
    qtbot.waitExposed(d)
    with qtbot.waitSignal(d.loaded, timeout=10_000):
        d.set_library(lib)
    return d


def doc_id(lib: Library, name: str) -> int:
    return next(d.doc_id for d in lib.documents() if d.path.endswith(name))


def rows(model: EntityTreeModel, parent: QModelIndex = QModelIndex()) -> list[tuple[str, str]]:
    return [(model.index(r, 0, parent).data(), model.index(r, 1, parent).data()) for r in range(model.rowCount(parent))]


def test_model_passes_the_model_tester(qtmodeltester, lib: Library) -> None:
    model = EntityTreeModel()
    qtmodeltester.check(model)
    model.set_entities(lib.entities())
    qtmodeltester.check(model)
    model.set_entities(
        [EntitySummary("area", "绥芬河片区", 2, (EntityDocCount(1, 2),), "heilongjiang", label="绥芬河片区")],
        {"heilongjiang": ("中国（黑龙江）自由贸易试验区", "黑龙江", True)},
    )
    qtmodeltester.check(model)


def test_document_scope_groups_by_kind_and_nests_areas(qtbot, dock: EntitiesDock, lib: Library) -> None:
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_document(doc_id(lib, "hlj.txt"))
    model = dock.model
    groups = [label for label, _ in rows(model)]
    assert groups[:1] == ["Zones"] and "Organisations" in groups and "People" in groups
    assert "Areas" not in groups  # areas sit under their zone
    zones = model.index(0, 0)
    zone = model.index(0, 0, zones)
    assert zone.data() == "黑龙江" and zone.data(KIND_ROLE) == "zone"
    assert zone.data(NAME_ROLE) == "中国（黑龙江）自由贸易试验区"
    assert model.index(0, 1, zones).data() == "5"  # 2 naming the zone, 3 its areas
    assert "2 naming the zone, 3 naming its areas" in zone.data(Qt.ItemDataRole.ToolTipRole)
    areas = dict(rows(model, zone))
    assert areas == {"绥芬河片区": "2", "哈尔滨片区": "1"}
    assert "mentions in this document" in dock.status.text()
    person = model.find("person", "王文涛")
    assert person.data() == "王文涛 · 商务部部长"


def test_click_highlights_and_double_click_searches(qtbot, dock: EntitiesDock, lib: Library) -> None:
    hlj = doc_id(lib, "hlj.txt")
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_document(hlj)
    index = dock.model.find("area", "绥芬河片区")
    dock.tree.expandAll()
    rect = dock.tree.visualRect(index)
    with qtbot.waitSignal(dock.entity_activated) as activated:
        qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == ["area", "绥芬河片区"]
    text = lib.document(hlj).text
    spans = dock.spans_for("area", "绥芬河片区")
    assert [text[s:e] for s, e in spans] == ["绥芬河片区", "绥芬河片区"]
    with qtbot.waitSignal(dock.search_requested) as requested:
        qtbot.mouseDClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested.args == ["area:绥芬河片区"]
    # the zone asks for zone:黑龙江, which the search understands
    assert dock.model.find("zone", "中国（黑龙江）自由贸易试验区").data(FILTER_ROLE) == "zone:黑龙江"
    assert {Path(h.path).name for h in lib.search("zone:黑龙江").hits} == {"hlj.txt"}
    assert {Path(h.path).name for h in lib.search(dock.model.find("person", "王文涛").data(FILTER_ROLE)).hits} == {
        "hlj.txt"
    }


def test_context_menu_copy_and_show_all_documents(qtbot, dock: EntitiesDock, lib: Library) -> None:
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_document(doc_id(lib, "hlj.txt"))
    assert dock.select("org", "商务部")
    menu = dock.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Highlight in Document", "Show All Documents", "Copy Name"]
    assert dock.highlight_action.isEnabled()
    dock.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "商务部"
    with qtbot.waitSignal(dock.search_requested) as requested:
        dock.search_action.trigger()
    assert requested.args == ['org:"商务部"']
    with qtbot.waitSignal(dock.entity_activated) as activated:
        dock.highlight_action.trigger()
    assert activated.args == ["org", "商务部"]


def test_scopes(qtbot, dock: EntitiesDock, lib: Library) -> None:
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_document(doc_id(lib, "plain.txt"))
    assert dock.model.rowCount() == 0 and "No entities" in dock.status.text()
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_scope(SCOPE_LIBRARY)
    zones = dock.model.index(0, 0)
    assert {dock.model.index(r, 0, zones).data() for r in range(dock.model.rowCount(zones))} == {"黑龙江", "上海"}
    assert "in 3 documents" in dock.status.text()
    dock.set_search("zone:上海")
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_scope(SCOPE_RESULTS)
    zones = dock.model.index(0, 0)
    assert [dock.model.index(r, 0, zones).data() for r in range(dock.model.rowCount(zones))] == ["上海"]
    assert dock.model.find("policy", "临港新片区跨境金融管理办法").isValid()
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_search("")
        dock.refresh()
    assert dock.model.rowCount() == 0 and "Search to see" in dock.status.text()
    # the buttons follow the scope
    checked = [b.property("scope") for b in dock.scope_buttons.buttons() if b.isChecked()]
    assert checked == [SCOPE_RESULTS]
    button = next(b for b in dock.scope_buttons.buttons() if b.property("scope") == SCOPE_DOCUMENT)
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        button.click()
    assert dock.scope == SCOPE_DOCUMENT


def make_stale(lib: Library) -> None:
    """As a library from before entity extraction: no entities, no version."""
    conn = sqlite3.connect(lib.path)
    conn.execute("DELETE FROM entities")
    conn.execute("DELETE FROM settings WHERE key = 'entities_version'")
    conn.commit()
    conn.close()


def test_a_stale_library_offers_extraction(qtbot, runner, lib: Library) -> None:
    make_stale(lib)
    dock = extract_in_a_new_dock(qtbot, runner, lib)
    assert not lib.entities_stale()
    assert dock.model.find("zone", "中国（黑龙江）自由贸易试验区").isValid()


def test_the_staleness_check_can_wait_until_it_is_turned_on(qtbot, runner, lib: Library) -> None:
    """The window leaves the check (it imports the extraction rules) for its warm-up."""
    make_stale(lib)
    dock = EntitiesDock(runner)
    qtbot.addWidget(dock)
    dock.show()
    dock.set_checks_staleness(False)
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_library(lib)
    assert not dock.extract_button.isVisible()
    assert "out of date" not in dock.status.text()
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_checks_staleness(True)  # loads again, with the check
    assert dock.extract_button.isVisible()
    assert "out of date" in dock.status.text()


def extract_in_a_new_dock(qtbot, runner, lib: Library) -> EntitiesDock:
    """A dock on a stale library: it offers Extract Entities; clicked, it extracts and reloads
    (then shows the library scope)."""
    dock = EntitiesDock(runner)
    qtbot.addWidget(dock)
    dock.show()
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_library(lib)
    assert dock.extract_button.isVisible()
    assert "out of date" in dock.status.text()
    with qtbot.waitSignal(dock.loaded, timeout=20_000):
        dock.extract_button.click()
    assert not dock.extract_button.isVisible()
    with qtbot.waitSignal(dock.loaded, timeout=10_000):
        dock.set_scope(SCOPE_LIBRARY)
    return dock


def test_no_library(qtbot, runner) -> None:
    dock = EntitiesDock(runner)
    qtbot.addWidget(dock)
    dock.set_library(None)
    assert dock.model.rowCount() == 0
    assert dock.status.text() == "No library is open."


def test_search_filters() -> None:
    assert search_filter("zone", "中国（黑龙江）自由贸易试验区", "黑龙江") == "zone:黑龙江"
    assert search_filter("zone", "海南自由贸易港", "海南", zone_unique=False) == "zone:海南自由贸易港"
    assert search_filter("area", "绥芬河片区") == "area:绥芬河片区"
    assert search_filter("person", "王文涛") == 'person:"王文涛"'
    assert search_filter("place", "俄罗斯") == '"俄罗斯"'
    assert search_filter("area", "满洲里片区", listed=False) == '"满洲里片区"'
    assert search_filter("zone", "全国自贸试验区", "全国自贸试验区") == "zone:全国自贸试验区"


HAINAN = {
    "port.txt": "海南自贸港观察\n\n2023年，海南自由贸易港新设外资企业2000户，海南自由贸易港建设提速。",
    "pilot.txt": "海南试验区\n\n2018年，中国（海南）自由贸易试验区新设企业3000户。",
    "all.txt": "全国\n\n2023年，全国22个自贸试验区实际使用外资2000亿元。",
    "hlj.txt": "牡丹江\n\n中国（黑龙江）自由贸易试验区牡丹江片区推出新举措。",  # no area of the gazetteer
}


def test_the_port_and_the_pilot_ftz_read_differently_after_reextracting_an_old_library(
    qtbot, runner, make_library, write_folder
) -> None:
    lib = make_library(write_folder(HAINAN, "hainan"))
    conn = sqlite3.connect(lib.path)  # as the previous version left it: schema 4, old rules
    take_schema_back_to_4(conn)
    conn.execute("UPDATE settings SET value = '1:old+m1' WHERE key = 'entities_version'")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    lib.close()
    old = Library(lib.path)
    try:
        dock = extract_in_a_new_dock(qtbot, runner, old)
        assert not old.entities_stale()
        assert {m.period_kind for m in old.metrics(zone="海南自贸港")} == {"year"}
        port = dock.model.find("zone", "海南自由贸易港")
        pilot = dock.model.find("zone", "中国（海南）自由贸易试验区")
        assert port.data() == "海南自贸港" and pilot.data() == "海南"
        assert port.data(FILTER_ROLE) == "zone:海南自贸港"  # names the port alone
        assert pilot.data(FILTER_ROLE) == "zone:中国（海南）自由贸易试验区"  # 海南 would find both
        everywhere = dock.model.find("zone", "全国自贸试验区")
        assert everywhere.data() == "全国自贸试验区" and "together" in everywhere.data(Qt.ItemDataRole.ToolTipRole)
        assert [Path(h.path).name for h in old.search(everywhere.data(FILTER_ROLE)).hits] == ["all.txt"]
        unlisted = dock.model.find("area", "牡丹江片区")
        assert unlisted.parent().data() == "黑龙江"  # under its zone
        assert unlisted.data(Qt.ItemDataRole.FontRole).italic()
        assert "gazetteer" in unlisted.data(Qt.ItemDataRole.ToolTipRole)
        assert [Path(h.path).name for h in old.search(unlisted.data(FILTER_ROLE)).hits] == ["hlj.txt"]
    finally:
        runner.wait(10_000)
        old.close()
