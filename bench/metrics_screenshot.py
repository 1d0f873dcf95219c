"""Screenshot of the Zones view comparing a metric category across zones/areas (the seeds).

    uv run python bench/metrics_screenshot.py [--out PATH] [--category C] [--size WxH]

Imports the seeds into a temporary library, opens the main window, shows the Zones dock with
the category chosen, hovers nothing, and saves the window as a PNG. Offscreen unless
QT_QPA_PLATFORM says otherwise (run under xvfb-run for a real X server).
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
    ap.add_argument("--out", type=Path, default=Path("zones.png"))
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds")
    ap.add_argument("--category", default="institutional innovation")
    ap.add_argument("--size", default="1600x1000")
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

    app = create_application([], "en")
    window = MainWindow(Settings(), lib_path, show_reports=False)
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
    window.show_zones()
    view = window.zones_page.ensure_view()
    window.splitter.setSizes([int(int(height) * 0.62), int(int(height) * 0.2)])
    view.category.setCurrentText(args.category)
    wait(view.redrawn, 5_000)
    for _ in range(30):
        app.processEvents()
    image = window.grab()
    image.save(str(args.out))
    print(f"saved {args.out} ({image.width()}x{image.height()}); bars: {view._bar_names}")
    window.close()
    window.runner.wait(10_000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
