"""The main window under a dark (or the light) Fusion palette — the sample documents, a search, a
reader tab with a highlight and its note — for judging that every colour comes from the palette.

    uv run python bench/palette_screenshot.py --out dark.png
    uv run python bench/palette_screenshot.py --theme light --out light.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _gui import ROOT, save, wait, window_on_seeds

from ftz_desktop import package_data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dark.png")
    parser.add_argument("--size", default="1500x900")
    parser.add_argument("--query", default="自贸试验区")
    parser.add_argument("--theme", choices=("dark", "light"), default="dark")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from ftz_desktop.ui.common.colors import dark_palette

    QApplication.setStyle("Fusion")
    app, window, library = window_on_seeds(package_data.samples_dir(), args.size)
    if args.theme == "dark":
        app.setPalette(dark_palette())
    doc_id = library.documents()[0].doc_id
    library.annotations.create_from_quote(doc_id, library.document(doc_id).text[5:25], note="a note on this passage")
    window.annotating.refresh_all()
    with_results = window.search_panel.results_shown
    window.search_panel.set_query(args.query)
    wait(with_results)
    window.search_panel.list.setCurrentIndex(window.search_panel.model.index(0, 0))
    window.open_document(doc_id, args.query)
    wait(window.reader_tabs.document_loaded)
    save(app, window, args.out)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
