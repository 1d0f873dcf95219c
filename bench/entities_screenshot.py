"""Screenshot of the entity sidebar beside a document in the reader (default: seed 002).

    uv run python bench/entities_screenshot.py [--out PATH] [--file SEED] [--entity KIND:NAME]

Imports the seeds into a temporary library, opens the main window, opens the document, brings
the entities dock to the front, clicks an entity so that its mentions are highlighted, and saves
the window as a PNG.
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("entities-sidebar.png"))
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds")
    ap.add_argument("--file", default="002_cd0724b20db28bbc.txt")
    ap.add_argument("--entity", default="area:绥芬河片区")
    ap.add_argument("--size", default="1500x950")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ftz-shot-"))
    os.environ["FTZ_DESKTOP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["FTZ_DESKTOP_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtCore import QEventLoop, QTimer

    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.mainwindow import MainWindow
    from ftz_desktop.ui.settings import Settings

    lib_path = tmp / "library.sqlite"
    with Library(lib_path) as lib:
        lib.import_all([args.seeds])
        doc_id = next(d.doc_id for d in lib.documents() if d.path.endswith(args.file))

    app = create_application([], "en")
    window = MainWindow(Settings(), lib_path, show_reports=False)
    dock = window.entities_dock
    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    window.show()

    def wait(signal, timeout_ms: int = 20_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    if window.library is None:
        wait(window.library_opened)
    dock.raise_()  # it shares the right column with the annotations panel, as tabs
    window.resizeDocks([dock], [380], __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
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
    for _ in range(20):
        app.processEvents()
    image = window.grab()
    image.save(str(args.out))
    print(f"saved {args.out} ({image.width()}x{image.height()}); {reader.counter_text() if reader else ''}")
    window.close()
    window.runner.wait(10_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
