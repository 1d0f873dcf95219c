"""Screenshots of a collection: the sidebar of saved searches and collections with the collection's
documents listed by the search panel (``in:NAME``), and its export dialog.

    uv run python bench/collection_screenshot.py --library copy.sqlite \\
        --query "自由贸易试验区 date:2024" --take 12 --name 报告/2024 --out shots/collection.png

Puts the first ``--take`` results of ``--query`` in the collection ``--name``, annotates a passage of
the first, saves ``--query`` as a saved search, then shows the collection and its export
(``OUT`` and ``OUT`` with ``-export`` before the suffix). It changes the library: use a copy.
Without ``--library`` the seeds go into a temporary library.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_library


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("collection.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--library", type=Path, help="an existing library (it is changed: use a copy)")
    ap.add_argument("--query", default="自由贸易试验区")
    ap.add_argument("--take", type=int, default=12)
    ap.add_argument("--name", default="报告/2024")
    ap.add_argument("--format", type=int, default=0, help="the export's format: 0 Markdown, 1 CSV, 2 CSV notes, 3 W3C")
    ap.add_argument("--size", default="1500x950")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()

    app, window, library = window_on_library(args.library, args.seeds, args.size, args.lang)
    hits = library.search(args.query, limit=args.take, sort="date").hits
    ids = [h.doc_id for h in hits]
    library.collections.add(args.name, ids)
    if hits and hits[0].hits:
        s, e = hits[0].hits[0]
        library.annotations.create(ids[0], s, e, note="Compare with the 2023 plan.", tags=["report"])
    library.saved.add(args.query, args.query)
    research = window.research
    research.refresh()
    wait(research.dock.loaded, 60_000)
    panel = window.search_panel
    with_results = panel.facets_shown
    research.dock.search_requested.emit(f"in:{args.name}")
    wait(with_results, 60_000)
    dialog = research.export(args.name)
    assert dialog is not None
    if args.format:
        dialog.format_box.setCurrentIndex(args.format)
    wait(dialog.previewed, 30_000)
    for _ in range(20):
        app.processEvents()
    export_out = args.out.with_name(f"{args.out.stem}-export{args.out.suffix}")
    dialog.grab().save(str(export_out))
    print(f"saved {export_out}: {dialog.status.text()}")
    status = panel.status_label.text()
    dialog.close()
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}): {panel.box.text()!r} → {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
