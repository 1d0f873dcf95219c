"""Screenshots of the window as a researcher sees it, at the sizes and languages issue 15 names:
the main window with a search and two reader tabs, the library view, the Entities dock and the
Zones tab — at 1280×800, 1920×1080 and 1920×1080 with QT_SCALE_FACTOR=2, in Chinese and English.

    xvfb-run -a -s "-screen 0 1920x1080x24" uv run python bench/layout_screenshots.py \\
        --library large.sqlite --out shots/ [--query "海南 自贸港"]

Without --library a temporary library of the seed documents is used. Each size and language runs
in its own process (the scale factor is read when Qt starts); every PNG is named
``<lang>-<width>x<height>[-x2]-<view>.png``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CONFIGS = (("1280x800", 1), ("1920x1080", 1), ("1920x1080", 2))
VIEWS = ("search", "library", "entities", "zones")


def child(args: argparse.Namespace) -> int:
    """One size and language: the four views, saved as PNGs."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    def wait(signal, timeout_ms: int = 30_000, check=None) -> None:
        loop = QEventLoop()
        signal.connect(lambda *_a: loop.quit() if check is None or check() else None)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    def settle(ms: int = 700) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    app = create_application([], args.lang)
    window = MainWindow(Settings(), Path(args.library), show_reports=False)
    width, _, height = args.size.partition("x")
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    window.resize(int(int(width) / scale), int((int(height) - 30) / scale))  # the rest: a desktop's panel
    window.show()
    if window.library is None:
        wait(window.library_opened)
    settle()
    tag = f"{args.lang}-{args.size}" + ("-x2" if scale == 2 else "")
    out = Path(args.out)

    def shoot(view: str) -> None:
        settle()
        path = out / f"{tag}-{view}.png"
        window.grab().save(str(path))
        print(f"saved {path}")

    panel = window.search_panel
    window.focus_search()
    panel.set_query(args.query)
    wait(panel.results_shown)
    for row in range(min(2, panel.model.rowCount())):
        panel.list.setCurrentIndex(panel.model.index(row, 0))
        window.open_document(panel.model.hit(row).doc_id, panel.query())
        wait(window.reader_tabs.document_loaded)
    shoot("search")
    window.show_library()
    shoot("library")
    window.reader_tabs.setCurrentWidget(window.reader_tabs.readers()[-1])
    window.right_side.expand(window.entities_dock)
    window.entities_dock.set_scope("results")
    wait(window.entities_dock.loaded, check=lambda: not window.runner.busy())
    shoot("entities")
    window.show_zones()
    view = window.zones_page.ensure_view()
    wait(view.redrawn)
    shoot("zones")
    window.close()
    app.quit()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", help="library file (default: a temporary one of the seeds)")
    parser.add_argument("--out", default="shots")
    parser.add_argument("--query", default="海南 自贸港")
    parser.add_argument("--langs", default="zh,en")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", default="1280x800", help=argparse.SUPPRESS)
    parser.add_argument("--lang", default="zh", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    library = args.library
    tmp = Path(tempfile.mkdtemp(prefix="ftz-layout-"))
    if not library:
        from ftz_desktop.services.library import Library

        library = str(tmp / "seeds.sqlite")
        with Library(library) as lib:
            lib.import_all([SEEDS])
    for lang in args.langs.split(","):
        for size, scale in CONFIGS:
            env = dict(
                os.environ,
                QT_SCALE_FACTOR=str(scale),
                FTZ_DESKTOP_CONFIG_DIR=str(tmp / f"config-{lang}-{size}-{scale}"),  # each starts with defaults
                FTZ_DESKTOP_DATA_DIR=str(tmp / "data"),
            )
            command = [sys.executable, __file__, "--child", "--size", size, "--lang", lang]
            command += ["--library", library, "--out", str(out), "--query", args.query]
            subprocess.run(command, env=env, check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
