"""Help → Search Syntax (or Keyboard Shortcuts, or About) as the user sees it, in Chinese or English:

uv run python bench/help_screenshot.py --lang zh --out syntax-zh.png
uv run python bench/help_screenshot.py --page shortcuts --lang zh --out keys-zh.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _gui import ROOT, wait

from ftz_desktop import package_data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", choices=("syntax", "shortcuts", "about"), default="syntax")
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--out", type=Path, default=ROOT / "help.png")
    args = parser.parse_args()

    import os
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="ftz-help-"))
    os.environ["FTZ_DESKTOP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["FTZ_DESKTOP_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtWidgets import QDialog

    from ftz_desktop.services.library import Library
    from ftz_desktop.ui.app import create_application
    from ftz_desktop.ui.common.settings import Settings
    from ftz_desktop.ui.help import pages
    from ftz_desktop.ui.help.about import AboutDialog
    from ftz_desktop.ui.mainwindow import MainWindow

    with Library(tmp / "library.sqlite") as lib:
        lib.import_all([package_data.samples_dir()])
    app = create_application([], args.lang)
    window = MainWindow(Settings(), tmp / "library.sqlite", show_reports=False)
    window.show()
    if window.library is None:
        wait(window.library_opened)
    dialog: QDialog
    if args.page == "syntax":
        dialog = pages.show_search_syntax(window)
    elif args.page == "shortcuts":
        dialog = pages.show_shortcuts(window, window.menuBar())
    else:
        dialog = AboutDialog(window.library_path, window)
        dialog.show()
    dialog.resize(dialog.sizeHint())
    for _ in range(30):
        app.processEvents()
    dialog.grab().save(str(args.out))
    print(f"saved {args.out}")
    window.close()
    window.runner.wait(10_000)


if __name__ == "__main__":
    main()
