"""Shared by the screenshot scripts: a main window on a temporary library holding the seeds, or
on an existing library file."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _private_dirs() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="ftz-shot-"))
    os.environ["FTZ_DESKTOP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["FTZ_DESKTOP_DATA_DIR"] = str(tmp / "data")
    return tmp


def _window(lib_path: Path, size: str, lang: str) -> tuple[Any, Any, Any]:
    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.mainwindow import MainWindow

    app = create_application([], lang)
    window = MainWindow(Settings(), lib_path, show_reports=False)
    width, _, height = size.partition("x")
    window.resize(int(width), int(height))
    window.show()
    if window.library is None:
        wait(window.library_opened, 60_000)
    return app, window, window.library


def window_on_seeds(seeds: Path, size: str, lang: str = "en") -> tuple[Any, Any, Any]:
    """(application, main window shown at ``size`` 'WxH' with its library open, library)."""
    tmp = _private_dirs()
    from ftz_desktop.services.library import Library

    lib_path = tmp / "library.sqlite"
    with Library(lib_path) as lib:
        lib.import_all([seeds])
    return _window(lib_path, size, lang)


def window_on_library(path: Path | None, seeds: Path, size: str, lang: str = "en") -> tuple[Any, Any, Any]:
    """Like ``window_on_seeds``, on an existing library file when ``path`` is given (the large
    corpus: ``ftz-desktop --library large.sqlite import ../shared/corpus/large``)."""
    if path is None:
        return window_on_seeds(seeds, size, lang)
    _private_dirs()
    return _window(path, size, lang)


def wait(signal: Any, timeout_ms: int = 20_000) -> None:
    """Run the event loop until ``signal`` fires (or the time runs out)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def save(app: Any, window: Any, out: Path) -> Any:
    """Let the window settle, save it as a PNG, close it; returns the image."""
    for _ in range(30):
        app.processEvents()
    image = window.grab()
    image.save(str(out))
    window.close()
    window.runner.wait(10_000)
    return image
