"""Screenshots of the outline of a long law and of two versions of a law side by side.

    uv run python bench/reading_screenshots.py [--out-dir DIR] [--law FILE] [--old FILE --new FILE]

Imports three laws of ../shared/corpus/large/laws into a temporary library: a long one (its
chapters, sections and articles in the Outline dock, with the hits of --query per chapter), and
two versions of one law, shown in the split reader with scrolling synchronised by article and
the articles that differ marked. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _gui import ROOT, _private_dirs, _window, save, wait

LAWS = ROOT.parent / "shared" / "corpus" / "large" / "laws"


def _open(window, doc_id: int, query: str = ""):
    window.open_document(doc_id, query)
    reader = window.reader_tabs.current_reader()
    if reader is not None and reader.document is None:
        wait(reader.loaded)
    return reader


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=Path("."))
    ap.add_argument("--law", default="law_00227.txt", help="a long law (default: 上海市食品安全条例, 115 articles)")
    ap.add_argument("--query", default="网络")
    ap.add_argument("--scroll-to", default="第四十八条", help="the article the outline shot is scrolled to")
    ap.add_argument("--old", default="law_03351.txt", help="a law's earlier version (default: 认证认可条例 2020)")
    ap.add_argument("--new", default="law_03352.txt", help="its later version (default: 2023)")
    ap.add_argument("--article", type=int, default=64, help="the article the side-by-side shot starts at")
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--lang", default="zh")
    args = ap.parse_args()

    tmp = _private_dirs()
    from ftz_desktop.services.library import Library

    folder = Path(tempfile.mkdtemp(prefix="laws-", dir=tmp))
    for name in (args.law, args.old, args.new):
        (folder / name).write_bytes((LAWS / name).read_bytes())
    lib_path = tmp / "library.sqlite"
    with Library(lib_path) as lib:
        lib.import_all([folder])
    app, window, library = _window(lib_path, args.size, args.lang)
    ids = {Path(d.path).name: d.doc_id for d in library.documents()}
    args.out_dir.mkdir(parents=True, exist_ok=True)

    # 1. the outline of a long law, with the hits of a query per chapter
    window.search_panel.set_query(args.query)
    reader = _open(window, ids[args.law], args.query)
    dock = window.outline_dock
    if not dock.headings:
        wait(dock.outline_shown)
    target = next(i for i, h in enumerate(dock.headings) if h.label == args.scroll_to)
    dock.jump_to(target)
    for _ in range(20):
        app.processEvents()
    dock.follow_reader()
    chapters = {k: v for k, v in dock.hit_counts().items() if k.startswith("第") and "章" in k.split(" ")[0]}
    print(f"outline: {len(dock.headings)} headings; {reader.counter_text()}; hits per chapter: {chapters}")
    current = dock.current_heading()
    print(f"current heading: {current.text if current else None}")
    image = window.grab()
    image.save(str(args.out_dir / "outline_law.png"))

    # 2. two versions side by side, scrolling by article
    window.reader_tabs.close_readers()
    window.search_panel.set_query("")
    _open(window, ids[args.old])
    _open(window, ids[args.new])
    window.split_action.trigger()
    window.sync_action.trigger()
    wait(window.reader_area.sync.compared)
    left, right = window.reader_area.pair()
    print(f"side by side: {left.document.title} | {right.document.title}; {window.statusBar().currentMessage()}")
    comparison = window.reader_area.sync.comparison
    start = comparison.left[args.article].start
    left.go_to_offset(start)
    for _ in range(20):
        app.processEvents()
    window.reader_area.sync.align(left)
    image = save(app, window, args.out_dir / "side_by_side.png")
    print(f"saved {args.out_dir}/outline_law.png and side_by_side.png ({image.width()}x{image.height()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
