"""Nothing heavy on the UI thread: around the main scenarios (a library opening, typing a search,
opening results, the entity scopes, sorting and filtering the document list, an import through the
window, the Zones tab), an event-loop probe fails the test when the UI thread spent more than 50 ms
of its own CPU between two ticks — a slot (or a paint) that ran too long. CPU time, not wall
time, so a busy machine does not fail it; GIL waits do not count either (the benchmarks measure
wall-clock stalls)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ftz_desktop.ui.common.probe import EventLoopProbe

LIMIT_MS = 50.0
ZONES = ["上海", "海南", "新疆", "黑龙江", "广东", "福建", "天津"]


def write_corpus(folder: Path, start: int, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        zone = ZONES[i % len(ZONES)]
        body = "\n\n".join(
            f"{zone}自贸试验区第{i}号材料的第{k}段：推进制度创新，扩大开放，新设企业{i * 7 % 900}家。"
            for k in range(12)
        )
        (folder / f"{i:05d}.txt").write_text(f"{zone}自贸试验区材料{i:05d}\n\n{body}", encoding="utf-8")
    return folder


@pytest.fixture
def probe(qtbot):
    """The UI thread's event-loop probe (5 ms ticks); stopped and checked by ``assert_no_stall``."""
    guard = EventLoopProbe(5)
    yield guard
    guard.stop()


def assert_no_stall(guard: EventLoopProbe, what: str) -> None:
    guard.stop()
    worst = max(guard.gaps, key=lambda g: g[2], default=(0.0, 0.0, 0.0, 0.0))
    assert guard.longest_cpu <= LIMIT_MS, (
        f"{what}: the UI thread ran {guard.longest_cpu:.0f} ms between two ticks "
        f"(at {worst[0]:.2f} s; wall {worst[1]:.0f} ms); limit {LIMIT_MS:.0f} ms"
    )
    guard.start()


@pytest.fixture
def big_library(make_library, tmp_path) -> Path:
    library = make_library(write_corpus(tmp_path / "corpus", 0, 1500), name="big.sqlite")
    return Path(library.path)


def test_the_main_scenarios_never_stall_the_ui_thread(make_window, big_library, tmp_path, probe, qtbot):
    more = write_corpus(tmp_path / "more", 5000, 400)
    window = make_window(big_library, show=False)
    window.resize(1280, 800)
    window.show()
    probe.start()
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 1500, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20_000)  # the warm-up too
    assert_no_stall(probe, "opening a library of 1,500 documents")

    panel = window.search_panel
    window.focus_search()
    for text in ("上", "上海", "上海 制", "上海 制度", "上海 制度创新"):
        panel.box.setText(text)
        qtbot.wait(40)  # typing, faster than the debounce
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20_000)
    assert_no_stall(probe, "typing a search")

    for row in range(2):
        with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
            window.open_document(panel.model.hit(row).doc_id, panel.query())
    for scope in ("document", "results", "library"):
        window.entities_dock.set_scope(scope)
        qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20_000)
    assert_no_stall(probe, "reading results and the entity scopes")

    window.show_library()
    model = window.library_view.model
    for column in (model.TITLE, model.DATE, model.SIZE):
        with qtbot.waitSignal(model.listed, timeout=10_000):
            window.library_view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        window.library_view.table.scrollToBottom()
        qtbot.wait(50)
    window.library_view.filter_box.setText("海南")
    qtbot.waitUntil(lambda: model.rowCount() < 1500, timeout=10_000)
    window.library_view.filter_box.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 1500, timeout=10_000)
    assert_no_stall(probe, "sorting, scrolling and filtering the document list")

    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths([more])
    qtbot.waitUntil(lambda: model.rowCount() == 1900, timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=20_000)
    assert_no_stall(probe, "an import of 400 files through the window")

    window.show_zones()
    qtbot.waitUntil(lambda: window.zones_page.view is not None and not window.runner.busy(), timeout=20_000)
    assert_no_stall(probe, "the Zones tab")


def test_the_guard_catches_a_slot_that_runs_too_long(probe, qtbot):
    import time

    from PySide6.QtCore import QTimer

    def busy() -> None:
        end = time.thread_time() + 0.08
        while time.thread_time() < end:
            pass

    probe.start()
    QTimer.singleShot(0, busy)
    qtbot.wait(100)
    with pytest.raises(AssertionError, match="limit 50 ms"):
        assert_no_stall(probe, "a slot computing for 80 ms")


def test_objects_alive_after_the_warm_up_are_out_of_the_collectors_sight(make_window, big_library, qtbot):
    """A full collection during an import scans only what was made after the window warmed up."""
    import gc

    gc.unfreeze()
    window = make_window(big_library, show=False)
    qtbot.waitUntil(lambda: window.library is not None and not window.runner.busy(), timeout=20_000)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
