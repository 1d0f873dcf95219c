"""A long search session in the window: queries typed character by character, results waited for,
the first result opened now and then; event-loop stalls, result latency and the window's memory.

    uv run python bench/ui_typing.py --library PATH [--searches 100] [--char-ms 150]

Latency: last keystroke → results shown (the debounce included). Memory: the process's resident
set after the first search and after the last (target: within 20 %). Stalls: the longest gap of a
10 ms probe while typing (wall) and the UI thread's own CPU between two ticks.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from search_latency import QUERIES  # the query list of the search benchmark, beside this script


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", required=True)
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument("--char-ms", type=int, default=150, help="pause between keystrokes")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="ftz-typing-")
    os.environ["FTZ_DESKTOP_CONFIG_DIR"] = str(Path(tmp.name) / "config")
    os.environ["FTZ_DESKTOP_DATA_DIR"] = str(Path(tmp.name) / "data")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer

    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.common.probe import EventLoopProbe
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    create_application([])
    window = MainWindow(Settings(), Path(args.library), show_reports=False)
    window.resize(1280, 800)
    window.show()

    def wait(signal, timeout_ms: int = 30_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def pause(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    if window.library is None:
        wait(window.library_opened)
    pause(2000)  # the listing and the warm-up
    probe = EventLoopProbe(10)
    probe.start()
    panel = window.search_panel
    latencies: list[float] = []
    memory: list[float] = []
    shown = {"at": 0.0}
    panel.results_shown.connect(lambda _n: shown.__setitem__("at", time.perf_counter()))
    queries = [QUERIES[i % len(QUERIES)] for i in range(args.searches)]
    for n, query in enumerate(queries):
        panel.box.clear()
        for k in range(1, len(query) + 1):
            panel.box.setText(query[:k])
            pause(args.char_ms)
        typed = time.perf_counter()
        if shown["at"] < typed:
            wait(panel.results_shown)
        latencies.append((shown["at"] - typed) * 1000 + args.char_ms)
        if n % 10 == 0 and panel.model.rowCount():
            window.open_document(panel.model.hit(0).doc_id, panel.query())
            wait(window.reader_tabs.document_loaded)
            if len(window.reader_tabs.readers()) > 3:
                window.reader_tabs.close_tab(window.reader_tabs.indexOf(window.reader_tabs.readers()[0]))
        memory.append(rss_mb())
    probe.stop()
    window.close()

    lat = sorted(latencies)
    print(
        f"library {args.library} · {len(queries)} searches typed at {args.char_ms} ms a keystroke · load {os.getloadavg()[0]:.1f}"
    )
    print(
        f"results after the last keystroke (debounce included): p50 {statistics.median(lat):.0f} ms · "
        f"p95 {lat[int(len(lat) * 0.95) - 1]:.0f} ms · max {lat[-1]:.0f} ms"
    )
    print(
        f"memory (resident): after the first search {memory[0]:.0f} MB · after the last {memory[-1]:.0f} MB "
        f"({(memory[-1] / memory[0] - 1) * 100:+.0f} %; target within 20 %) · peak {max(memory):.0f} MB"
    )
    stalls = probe.stalls(50)
    print(
        f"longest event-loop stall while typing: {probe.longest_wall:.0f} ms wall, "
        f"{probe.longest_cpu:.0f} ms UI-thread CPU · stalls over 50 ms: {len(stalls)}"
    )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
