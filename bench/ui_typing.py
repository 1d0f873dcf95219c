"""A long search session in the window: queries typed into the box character by character, slowly
(every prefix searched) and fast (one search a query), 的 among them, a result opened now and then;
event-loop stalls, result latency and the window's memory.

    uv run python bench/ui_typing.py --library PATH [--searches 100] [--slow-ms 400] [--fast-ms 60]

Searches alternate slow and fast; every fifth is 的 (the most frequent character: the largest
result set). Latency: the query going to its worker (the debounce over) → its results shown, and
the last keystroke → results shown (debounce included). Memory: the process's resident set after
the first search and after the last (target: within 20 %). Stalls (target ≤ 50 ms): the longest
gap of a 10 ms probe while typing and waiting for results (wall: what the user feels, with the
machine's load in it; CPU: what the UI thread itself ran; without the waits for a core: the wall
gap less the time the UI thread was ready but other programs had the cores — Linux run-queue
delay — i.e. what this process caused, GIL waits included), and apart from that while opening a
result in a tab every ``--open-every`` searches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from search_latency import QUERIES  # the query list of the search benchmark, beside this script


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(len(ordered) * 0.95) - 1)]


class Stalls:
    """The worst gaps of an event-loop probe over several stretches of time."""

    def __init__(self) -> None:
        self.wall = self.cpu = self.own = 0.0
        self.over_50 = self.own_over_50 = 0

    def add(self, probe: Any) -> None:
        probe.stop()
        self.wall = max(self.wall, probe.longest_wall)
        self.cpu = max(self.cpu, probe.longest_cpu)
        self.own = max(self.own, probe.longest_own)
        self.over_50 += len(probe.stalls(50))
        self.own_over_50 += len(probe.own_stalls(50))

    def line(self) -> str:
        return (
            f"longest {self.wall:.0f} ms wall, {self.cpu:.0f} ms UI-thread CPU, {self.own:.0f} ms without the waits"
            f" for a core · stalls over 50 ms: {self.over_50} wall, {self.own_over_50} without the waits for a core"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", required=True)
    parser.add_argument("--searches", type=int, default=100)
    parser.add_argument("--slow-ms", type=int, default=400, help="pause between keystrokes typing slowly")
    parser.add_argument("--fast-ms", type=int, default=60, help="pause between keystrokes typing fast")
    parser.add_argument("--open-every", type=int, default=10, help="open the first result every N searches")
    parser.add_argument(
        "--trace-stalls", metavar="FILE", help="dump every thread's stack to FILE whenever the UI thread stalls > 80 ms"
    )
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
    from ftz_desktop.ui.search.panel import DEBOUNCE_MS

    create_application([])
    window = MainWindow(Settings(), Path(args.library), show_reports=False)
    window.resize(1280, 800)
    window.show()

    def run_until(done, timeout_ms: int = 60_000) -> None:
        deadline = time.perf_counter() + timeout_ms / 1000
        while not done() and time.perf_counter() < deadline:
            pause(5)

    def pause(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    run_until(lambda: window.library is not None)
    pause(3000)  # the listing and the warm-up
    trace = open(args.trace_stalls, "w") if args.trace_stalls else None  # noqa: SIM115
    if trace is not None:
        import faulthandler

        rearm = QTimer(interval=10)  # a stack dump fires unless the event loop re-arms it in time
        rearm.timeout.connect(lambda: faulthandler.dump_traceback_later(0.08, file=trace))
        rearm.start()
    panel = window.search_panel
    shown: dict[str, float] = {}
    started: dict[str, float] = {}
    if hasattr(panel, "search_started"):
        panel.search_started.connect(lambda query: started.__setitem__(query, time.perf_counter()))
    else:  # a window from before the signal (for before/after figures): the debounce's end
        panel._timer.timeout.connect(lambda: started.__setitem__(panel.box.text().strip(), time.perf_counter()))
    panel.query_shown.connect(lambda query: shown.__setitem__(query, time.perf_counter()))
    panel.search_failed.connect(lambda _m: shown.__setitem__(panel.box.text().strip(), time.perf_counter()))

    typing, opening = Stalls(), Stalls()
    probe = EventLoopProbe(10)
    after_debounce: dict[str, list[float]] = {"slow": [], "fast": [], "的": []}
    after_keystroke: dict[str, list[float]] = {"slow": [], "fast": []}
    memory: list[float] = []
    cpu_start = time.process_time()
    wall_start = time.perf_counter()
    for n in range(args.searches):
        query = "的" if n % 5 == 3 else QUERIES[n % len(QUERIES)]
        speed = "slow" if n % 2 == 0 else "fast"
        gap = args.slow_ms if speed == "slow" else args.fast_ms
        probe.start()
        panel.box.clear()
        shown.clear()
        started.clear()
        for k in range(1, len(query) + 1):
            panel.box.setText(query[:k])
            pause(gap)
        typed = time.perf_counter() - gap / 1000
        run_until(lambda q=query: q in shown)
        typing.add(probe)
        if query in shown and query in started:
            after_debounce[speed].append((shown[query] - started[query]) * 1000)
            after_keystroke[speed].append((shown[query] - typed) * 1000)
            if query == "的":
                after_debounce["的"].append((shown[query] - started[query]) * 1000)
        if args.open_every and n % args.open_every == args.open_every - 1 and panel.model.rowCount():
            probe.start()
            loaded: list[int] = []
            window.reader_tabs.document_loaded.connect(loaded.append)
            window.open_document(panel.model.hit(0).doc_id, panel.query())
            run_until(lambda loaded=loaded: bool(loaded))
            pause(300)  # what follows the load (hits, entities, layout in the background)
            window.reader_tabs.document_loaded.disconnect(loaded.append)
            opening.add(probe)
            readers = window.reader_tabs.readers()
            if len(readers) > 3:
                window.reader_tabs.close_tab(window.reader_tabs.indexOf(readers[0]))
        memory.append(rss_mb())
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    window.close()

    print(
        f"library {args.library} · {args.searches} searches (alternately typed at {args.slow_ms} and "
        f"{args.fast_ms} ms a keystroke, debounce {DEBOUNCE_MS} ms; 的 every fifth) · load {os.getloadavg()[0]:.1f}"
    )
    for speed in ("slow", "fast", "的"):
        lat = after_debounce[speed]
        if lat:
            keyed = after_keystroke.get(speed)
            extra = f" · after the last keystroke p95 {p95(keyed):.0f} ms" if keyed else ""
            print(
                f"results {speed:4}: after the debounce p50 {statistics.median(lat):.0f} ms · "
                f"p95 {p95(lat):.0f} ms · max {max(lat):.0f} ms ({len(lat)} searches){extra}"
            )
    print(
        f"memory (resident): after the first search {memory[0]:.0f} MB · after search {len(memory)} "
        f"{memory[-1]:.0f} MB ({(memory[-1] / memory[0] - 1) * 100:+.0f} %; target within 20 %) · peak {max(memory):.0f} MB"
    )
    print(f"stalls while typing and waiting for results: {typing.line()}")
    if args.open_every:
        print(f"stalls opening a result every {args.open_every} searches: {opening.line()}")
    print(f"process CPU {cpu:.1f} s over {wall:.1f} s of session")
    if trace is not None:
        import faulthandler

        faulthandler.cancel_dump_traceback_later()
        trace.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
