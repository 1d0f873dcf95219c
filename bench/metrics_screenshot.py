"""Screenshot of the Zones view: one measure compared across zones (or the areas of one zone), or
zones' measures over time, on the seeds or an existing library; optionally with the hover card of
a bar where documents disagree.

    uv run python bench/metrics_screenshot.py [--out PATH] [--measure 新设企业] [--size WxH] [--lang zh]
    uv run python bench/metrics_screenshot.py --library large.sqlite --mode time --places hainan_port --series 2
    uv run python bench/metrics_screenshot.py --library large.sqlite --card conflict

Imports the seeds into a temporary library (or opens ``--library``), opens the main window, shows
the Zones tab and saves the window as a PNG (offscreen unless QT_QPA_PLATFORM says otherwise).
``--measure`` defaults to the measure that reaches most zones; ``--places`` takes zone ids or
'zone id/area' keys (default: the place with most figures); ``--series N`` ticks the N series
with most figures of those places; ``--card conflict`` hovers the first point where documents
disagree (``--card first``: the first bar). ``--export PATH`` also writes the chart (.png/.svg).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_library

from ftz_desktop.ui.zones.view import PLACE_ROLE


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("zones.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--library", type=Path, help="an existing library (default: the seeds in a temporary one)")
    ap.add_argument("--mode", choices=("compare", "time"), default="compare")
    ap.add_argument("--measure", default="", help="the measure to compare (default: the one reaching most zones)")
    ap.add_argument("--scope", default="zones", help="zones, or areas:<zone id>")
    ap.add_argument("--period-kind", default="", help="year, half, cumulative… (default: the one reaching most places)")
    ap.add_argument("--period", default="", help="2023, ..2026… (default: the one most places report)")
    ap.add_argument("--places", default="", help="over time: comma-separated zone ids or 'zone/area' keys")
    ap.add_argument("--series", type=int, default=2, help="over time: how many series to tick")
    ap.add_argument("--measures", default="", help="over time: tick the series of these measures (comma-separated)")
    ap.add_argument("--card", choices=("", "conflict", "first"), default="")
    ap.add_argument("--table", choices=("all", "charted", "left"), default="all")
    ap.add_argument("--export", type=Path, help="also export the chart here (.png or .svg)")
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()

    app, window, _library = window_on_library(args.library, args.seeds, args.size, args.lang)
    window.show_zones()
    view = window.zones_page.ensure_view()
    if view.figures is None:
        wait(view.loaded, 60_000)
    if args.mode == "compare":
        view.set_mode(view.MODE_COMPARE)
        if args.scope != "zones":
            view.scope.setCurrentIndex(max(0, view.scope.findData(args.scope)))
        if args.measure:
            view.measure.setCurrentIndex(max(0, view.measure.findData(args.measure)))
        if args.period_kind:
            view.period_kind.setCurrentIndex(max(0, view.period_kind.findData(args.period_kind)))
        if args.period:
            view.period.setCurrentIndex(max(0, view.period.findData(args.period)))
    else:
        view.set_mode(view.MODE_TIME)
        places = [p for p in args.places.split(",") if p] or view.checked_places()
        view.set_checked(places=places)
        available = [view.series_list.item(i).data(PLACE_ROLE) for i in range(view.series_list.count())]
        from ftz_desktop.services.series import SeriesKey

        keys = [SeriesKey.from_id(x) for x in available]
        if args.measures:
            wanted = args.measures.split(",")
            keys = [k for k in keys if k.measure in wanted]
        view.set_checked(series=keys[: args.series])
    view.table_filter.setCurrentIndex({"all": 0, "charted": 1, "left": 2}[args.table])
    for _ in range(10):
        app.processEvents()
    if args.card:
        points = view.comparison.points if view.comparison else [p for ln in view.timeline.lines for p in ln.points]
        lines = {id(p): ln for ln in (view.timeline.lines if view.timeline else ()) for p in ln.points}
        chosen = next((p for p in points if p.conflict), None) if args.card == "conflict" else (points or [None])[0]
        if chosen is not None:
            from ftz_desktop.ui.zones.chart import Hit

            view.show_card(Hit(chosen, lines.get(id(chosen))))
        else:
            print("no point to hover", file=sys.stderr)
    if args.export:
        view.export_image(args.export)
    summary = view.summary.text()
    title = view.title.text()
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}); {title} | {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
