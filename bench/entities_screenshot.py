"""Screenshot of the entity sidebar beside a document in the reader (default: seed 002), or of
the whole library's entities.

    uv run python bench/entities_screenshot.py [--out PATH] [--file SEED] [--entity KIND:NAME]
    uv run python bench/entities_screenshot.py --library large.sqlite --scope library \\
        --expand person,org --out sidebar-large.png

Imports the seeds into a temporary library (or opens ``--library``), opens the main window,
opens the document (document scope), brings the entities dock to the front, clicks an entity so
that its mentions are highlighted, and saves the window as a PNG. ``--expand`` scrolls the
sidebar so that those kinds' groups are in view (the others folded).
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_library


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("entities-sidebar.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--library", type=Path, help="an existing library (default: the seeds in a temporary one)")
    ap.add_argument("--file", default="002_cd0724b20db28bbc.txt")
    ap.add_argument("--entity", default="area:绥芬河片区")
    ap.add_argument("--scope", choices=("document", "library"), default="document")
    ap.add_argument("--expand", default="", help="kinds to keep open, e.g. person,org (others folded)")
    ap.add_argument("--dock-width", type=int, default=380)
    ap.add_argument("--size", default="1500x950")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()

    from PySide6.QtCore import Qt

    app, window, library = window_on_library(args.library, args.seeds, args.size, args.lang)
    dock = window.entities_dock
    dock.raise_()  # it shares the right column with the annotations panel, as tabs
    window.resizeDocks([dock], [args.dock_width], Qt.Orientation.Horizontal)
    reader = None
    if args.scope == "document":
        doc_id = next(d.doc_id for d in library.documents() if d.path.endswith(args.file))
        window.open_document(doc_id)
        reader = window.reader_tabs.current_reader()
        if reader is not None and reader.document is None:
            wait(reader.loaded)
        if dock.doc_id != doc_id:
            dock.set_document(doc_id)
        wait(dock.loaded)
    else:
        dock.set_scope("library")
        wait(dock.loaded, 60_000)
    if args.expand:
        keep = set(args.expand.split(","))
        model = dock.model
        for row in range(model.rowCount()):
            group = model.index(row, 0)
            kind = model.index(0, 0, group).data(Qt.ItemDataRole.UserRole + 20)
            dock.tree.setExpanded(group, kind in keep)
    kind, _, name = args.entity.partition(":")
    if dock.select(kind, name):
        dock.tree.scrollTo(dock.tree.currentIndex())
        dock.activate_current()
    counter = reader.counter_text() if reader else ""
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}); {counter} {dock.status.text()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
