"""Import a large corpus through the GUI's import worker while a 10 ms timer measures event-loop stalls.

    uv run python bench/ui_import_stall.py [CORPUS] [--into LIBRARY]
    (default corpus: ../shared/corpus/large from the repo root)

The library and settings live in a temporary directory. The figure that matters is the longest
gap between probe ticks beyond their 10 ms interval (target ≤ 50 ms), measured from the start of
the import until the reloaded library listing is shown, with the UI thread's own CPU between two
ticks beside it (on a loaded machine the wall gap includes waiting for a core). ``--into`` imports
into a copy of an existing library (e.g. the 400 MB one of ``bench/make_big_library.py``).
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "large"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--switch-interval", type=float, help="GIL switch interval in ms (default: the app's)")
    parser.add_argument("--into", help="import into a copy of this library (default: a new one)")
    parser.add_argument(
        "--trace-stalls", metavar="FILE", help="dump every thread's stack to FILE whenever the GUI stalls > 80 ms"
    )
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    if not corpus.exists():
        print(f"no such corpus: {corpus}", file=sys.stderr)
        return 2

    tmp = tempfile.TemporaryDirectory(prefix="ftz-stall-")
    os.environ["FTZ_DESKTOP_CONFIG_DIR"] = str(Path(tmp.name) / "config")
    os.environ["FTZ_DESKTOP_DATA_DIR"] = str(Path(tmp.name) / "data")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QElapsedTimer, QTimer

    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.common.probe import EventLoopProbe
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    app = create_application([])
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)
    library = Path(tmp.name) / "library.sqlite"
    if args.into:
        import shutil

        shutil.copyfile(args.into, library)
    window = MainWindow(Settings(), library, show_reports=False)
    window.resize(1280, 800)
    window.show()

    trace = open(args.trace_stalls, "w") if args.trace_stalls else None  # noqa: SIM115
    clock = QElapsedTimer()
    gaps: list[float] = []
    progress_updates = [0]
    state: dict = {"last": None, "report": None, "t0": 0.0}

    long_gaps: list[tuple[float, float]] = []  # (when, gap) for gaps over 50 ms
    marks: list[tuple[float, str]] = []

    def mark(what: str) -> None:
        marks.append((clock.nsecsElapsed() / 1e6, what))

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None:
            gaps.append(now - state["last"])
            if now - state["last"] > 60:
                long_gaps.append((now, now - state["last"]))
        state["last"] = now
        if trace is not None:
            faulthandler.dump_traceback_later(0.08, file=trace)

    probe = QTimer()
    probe.setTimerType(probe.timerType().PreciseTimer)
    probe.setInterval(10)
    probe.timeout.connect(tick)

    cpu_probe = EventLoopProbe(10)  # the UI thread's own CPU between ticks (load-independent)

    def start() -> None:
        clock.start()
        probe.start()
        cpu_probe.start()
        state["t0"] = time.monotonic()
        mark("import started")
        window.import_paths([corpus])

    def finished(report) -> None:
        mark("import finished")
        state["report"] = report
        state["import_s"] = time.monotonic() - state["t0"]

    def listed(count: int) -> None:
        if state["report"] is not None:
            mark("listing shown")
            state["count"] = count
            QTimer.singleShot(300, app.quit)  # keep probing a little after the listing is shown

    window.importer.progress.connect(lambda _p: progress_updates.__setitem__(0, progress_updates[0] + 1))
    window.import_finished.connect(finished)
    window.importer.failed.connect(lambda message: print(f"import failed: {message}", file=sys.stderr))
    window.documents_reloaded.connect(listed)
    window.library_opened.connect(lambda _p: QTimer.singleShot(0, start))
    app.exec()
    probe.stop()
    cpu_probe.stop()
    if trace is not None:
        faulthandler.cancel_dump_traceback_later()
        trace.close()
    window.close()

    report = state["report"]
    stalls = sorted(max(0.0, g - 10.0) for g in gaps)
    longest = stalls[-1] if stalls else 0.0
    p99 = stalls[int(len(stalls) * 0.99)] if stalls else 0.0
    print(
        f"corpus: {corpus} · GIL switch interval {sys.getswitchinterval() * 1000:g} ms · load {os.getloadavg()[0]:.1f}"
    )
    if report is not None:
        print(
            f"imported: added {report.added:,} · updated {report.updated:,} · unchanged {report.unchanged:,} · "
            f"failed {len(report.failed):,} in {state.get('import_s', 0):.1f} s; listing shows {state.get('count', 0):,} rows"
        )
    print(f"progress updates delivered to the GUI: {progress_updates[0]:,}")
    print(f"probe ticks: {len(gaps):,} · stalls over 50 ms: {sum(s > 50 for s in stalls)} · p99 {p99:.1f} ms")
    for when, gap in long_gaps:
        print(f"  stall of {gap - 10:.0f} ms ending at {when / 1000:.2f} s")
    print("  " + " · ".join(f"{what} at {when / 1000:.2f} s" for when, what in marks))
    print(f"longest UI-thread CPU between two ticks: {cpu_probe.longest_cpu:.1f} ms")
    print(
        f"longest stall without the UI thread's waits for a core (Linux run-queue delay: other programs' load): "
        f"{cpu_probe.longest_own:.1f} ms · over 50 ms: {len(cpu_probe.own_stalls(50))}"
    )
    print(f"longest event-loop stall: {longest:.1f} ms (target ≤ 50 ms)")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
