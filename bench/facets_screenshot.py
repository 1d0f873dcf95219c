"""Screenshot of facets narrowing a query: search, then click facet values (each adds its filter
to the query line), and save the window after each step.

    uv run python bench/facets_screenshot.py --library large-copy.sqlite \\
        --query 的 --click zone:海南自贸港 --click date:2025 --out shots/facets.png

Without ``--library`` the seeds go into a temporary library. Each ``--click`` is a facet value's
filter as the facets list offers it; ``--exclude`` clicks "Exclude" instead. The images are
``OUT`` with ``-0``, ``-1``… before the suffix for the steps (the last step is ``OUT`` itself).
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_library


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("facets.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--library", type=Path, help="an existing library (default: the seeds in a temporary one)")
    ap.add_argument("--query", default="的")
    ap.add_argument("--click", action="append", default=[], metavar="FILTER")
    ap.add_argument("--exclude", action="append", default=[], metavar="FILTER")
    ap.add_argument("--sort", default="relevance")
    ap.add_argument("--size", default="1500x950")
    ap.add_argument("--panel-width", type=int, default=520)
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()

    from PySide6.QtCore import Qt

    app, window, _library = window_on_library(args.library, args.seeds, args.size, args.lang)
    panel = window.search_panel
    window.resizeDocks([window.search_dock], [args.panel_width], Qt.Orientation.Horizontal)
    panel.set_sort(args.sort)
    panel.set_query(args.query)
    wait(panel.facets_shown, 60_000)
    steps = [(f, False) for f in args.click] + [(f, True) for f in args.exclude]
    for k, (token, exclude) in enumerate(steps):
        shot = args.out.with_name(f"{args.out.stem}-{k}{args.out.suffix}")
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(shot))
        print(f"saved {shot}: {panel.status_label.text()}")
        panel.facets_view.filter_toggled.emit("-" + token if exclude else token)
        wait(panel.facets_shown, 60_000)
    status = panel.status_label.text()
    query = panel.box.text()
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}): {query!r} → {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
