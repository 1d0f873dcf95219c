"""Screenshot of the Zones view comparing a metric category across zones/areas (the seeds).

    uv run python bench/metrics_screenshot.py [--out PATH] [--category C] [--size WxH]

Imports the seeds into a temporary library, opens the main window, shows the Zones tab with
the category chosen, hovers nothing, and saves the window as a PNG. Offscreen unless
QT_QPA_PLATFORM says otherwise (run under xvfb-run for a real X server).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_seeds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("zones.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--category", default="institutional innovation")
    ap.add_argument("--size", default="1600x1000")
    args = ap.parse_args()

    app, window, _library = window_on_seeds(args.seeds, args.size)
    window.show_zones()
    view = window.zones_page.ensure_view()
    view.category.setCurrentIndex(view.category.findData(args.category))
    wait(view.redrawn, 5_000)
    bars = list(view._bar_names)
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}); bars: {bars}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
