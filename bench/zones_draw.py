"""Redraw time of the Zones chart: 60 bars with their labels, drawn again and again.

    uv run python bench/zones_draw.py [--bars 60] [--rounds 30] [--seeds PATH]

Imports the seeds into a temporary library, builds the Zones view offscreen and times
``ZonesView.draw`` (the chart only: the records are queried once). Prints the median and the
slowest draw in milliseconds. (This was a test that asserted < 0.1 s; on a loaded machine that
failed for the wrong reason, so it is a figure here.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _gui import SEEDS


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bars", type=int, default=60)
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    args = ap.parse_args()

    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.zones.view import ZonesView

    app = create_application([], "en")
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "lib.sqlite") as lib:
        lib.import_all([args.seeds])
        view = ZonesView(None)
        view.resize(1200, 800)
        view.set_library(lib)
        if not view._bars:
            print("no figures in the seeds: nothing to draw", file=sys.stderr)
            return 1
        series = [(f"z{i}", view._bars[i % len(view._bars)]) for i in range(args.bars)]
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            view.draw(series)
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
        view.close()
    print(
        f"{args.bars} bars: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {args.rounds} draws"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
