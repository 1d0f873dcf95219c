"""Times of the Zones tab: reading a library's figures (on a worker in the app), and redrawing —
computing the series from the figures read, drawing the chart and refilling the table.

    uv run python bench/zones_draw.py [--library large.sqlite] [--rounds 5] [--measures 20]

Without ``--library`` the seeds are imported into a temporary library. Compare: every one of the
first ``--measures`` measures (and each of its periods) is drawn ``--rounds`` times; Over time:
the places with most figures, two series each. Prints the read time and the median, p95 and
slowest redraw in milliseconds, wall clock and CPU time of the GUI thread (the CPU time barely
depends on what else the machine runs). A figure, not a test: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _gui import SEEDS


def _ms(seconds: float) -> float:
    return seconds * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", type=Path)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--measures", type=int, default=20)
    ap.add_argument("--size", default="1280x800")
    args = ap.parse_args()

    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.zones.view import ZonesView

    app = create_application([], "zh")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.library
        if path is None:
            path = Path(tmp) / "lib.sqlite"
            with Library(path) as lib:
                lib.import_all([args.seeds])
        with Library(path) as lib:
            t = time.perf_counter()
            figures = lib.zone_figures()
            read = time.perf_counter() - t
            view = ZonesView(None)
            width, _, height = args.size.partition("x")
            view.resize(int(width), int(height))
            view.show()
            t = time.perf_counter()
            view._loaded(figures)
            app.processEvents()
            first = time.perf_counter() - t
            compare: list[float] = []
            cpu: dict[str, list[float]] = {"compare": [], "over time": []}
            for i in range(min(args.measures, view.measure.count())):
                view.measure.setCurrentIndex(i)
                for j in range(view.period.count()):
                    for _ in range(args.rounds):
                        view.period.setCurrentIndex(j)
                        t, c = time.perf_counter(), time.thread_time()
                        view.redraw()
                        app.processEvents()
                        compare.append(time.perf_counter() - t)
                        cpu["compare"].append(time.thread_time() - c)
            over_time: list[float] = []
            view.set_mode(view.MODE_TIME)
            places = [p.key for p, _n in figures.places()[:5]]
            for key in places:
                view.set_checked(places=[key])
                for _ in range(args.rounds):
                    t, c = time.perf_counter(), time.thread_time()
                    view.redraw()
                    app.processEvents()
                    over_time.append(time.perf_counter() - t)
                    cpu["over time"].append(time.thread_time() - c)
            view.close()
    print(f"library: {path} — {len(figures.records)} figures from {len(figures.docs)} documents")
    print(f"read the figures (worker thread in the app): {_ms(read):.0f} ms; first fill and draw {_ms(first):.0f} ms")
    for name, times in (("compare", compare), ("over time", over_time)):
        if not times:
            continue
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(
            f"redraw, {name}: median {_ms(statistics.median(times)):.1f} ms, p95 {_ms(p95):.1f} ms, "
            f"max {_ms(times[-1]):.1f} ms over {len(times)} redraws "
            f"(CPU of the GUI thread: median {_ms(statistics.median(cpu[name])):.1f} ms, max {_ms(max(cpu[name])):.1f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
