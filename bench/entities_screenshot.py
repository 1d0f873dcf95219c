"""Screenshot of the entity sidebar beside a document in the reader (default: seed 002).

    uv run python bench/entities_screenshot.py [--out PATH] [--file SEED] [--entity KIND:NAME]

Imports the seeds into a temporary library, opens the main window, opens the document, brings
the entities dock to the front, clicks an entity so that its mentions are highlighted, and saves
the window as a PNG.
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _gui import SEEDS, save, wait, window_on_seeds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("entities-sidebar.png"))
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--file", default="002_cd0724b20db28bbc.txt")
    ap.add_argument("--entity", default="area:绥芬河片区")
    ap.add_argument("--size", default="1500x950")
    args = ap.parse_args()

    from PySide6.QtCore import Qt

    app, window, library = window_on_seeds(args.seeds, args.size)
    doc_id = next(d.doc_id for d in library.documents() if d.path.endswith(args.file))
    dock = window.entities_dock
    dock.raise_()  # it shares the right column with the annotations panel, as tabs
    window.resizeDocks([dock], [380], Qt.Orientation.Horizontal)
    window.open_document(doc_id)
    reader = window.reader_tabs.current_reader()
    if reader is not None and reader.document is None:
        wait(reader.loaded)
    if dock.doc_id != doc_id:
        dock.set_document(doc_id)
    wait(dock.loaded)
    kind, _, name = args.entity.partition(":")
    if dock.select(kind, name):
        dock.tree.scrollTo(dock.tree.currentIndex())
        dock.activate_current()
    counter = reader.counter_text() if reader else ""
    image = save(app, window, args.out)
    print(f"saved {args.out} ({image.width()}x{image.height()}); {counter}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
