"""Screenshot of the Zones view: a metric category compared across zones/areas, or one zone's
figures over time (``--zone``), on the seeds or an existing library.

    uv run python bench/metrics_screenshot.py [--out PATH] [--category C] [--size WxH]
    uv run python bench/metrics_screenshot.py --library /tmp/large.sqlite --zone 海南自贸港 --category trade

Imports the seeds into a temporary library (or opens ``--library``), opens the main window, shows
the Zones tab with the category chosen, hovers nothing, and saves the window as a PNG. Offscreen
unless QT_QPA_PLATFORM says otherwise (run under xvfb-run for a real X server).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_library


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("zones.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--library", type=Path, help="an existing library (default: the seeds in a temporary one)")
    ap.add_argument("--category", default="institutional innovation")
    ap.add_argument("--zone", default="", help="one zone or area over time (default: compare zones)")
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()

    app, window, _library = window_on_library(args.library, args.seeds, args.size, args.lang)
    height = int(args.size.partition("x")[2])
    window.show_zones()
    view = window.zones_page.ensure_view()
    window.splitter.setSizes([int(height * 0.62), int(height * 0.2)])
    wait(view.redrawn, 30_000)
    if args.zone:
        view.zone.setCurrentText(args.zone)
        view.mode.setCurrentIndex(view.MODE_TIME)
        wait(view.redrawn, 30_000)
    view.category.setCurrentText(args.category)
    wait(view.redrawn, 30_000)
    bars = list(view._bar_names)
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}); bars: {bars}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
