"""Build a big library for the window's benchmarks (issue 17): a corpus of ``--mb`` MB written by
``bench/make_corpus.py`` (real paragraphs of ../shared/corpus/large recombined, no near-duplicates),
imported with the command line.

    uv run python bench/make_big_library.py --out big400.sqlite [--mb 400] [--corpus DIR]

400 MB is about 98,000 documents, 90 MB the large corpus's own size (about 23,000). The corpus is
written to ``<out>.corpus/`` (kept: a second run only imports; ``--corpus`` uses one built before) —
its texts are the shared corpus's, so they stay outside the project. Several minutes of import on a
loaded 2-core machine; then ``bench/ui_import_stall.py --into``, ``bench/startup.py --library`` and
``bench/ui_typing.py --library`` measure the window on it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus  # the corpus builder beside this script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="the library file to build")
    parser.add_argument("--mb", type=float, default=400.0, help="size of the corpus, in MB of text")
    parser.add_argument("--corpus", help="import this corpus folder instead of writing one")
    parser.add_argument("--source", default=str(REPO.parent / "shared" / "corpus" / "large"))
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    out = Path(args.out)
    folder = Path(args.corpus) if args.corpus else Path(str(out) + ".corpus")
    if not folder.exists() or not any(folder.iterdir()):
        started = time.perf_counter()
        files, written, _, _ = make_corpus.build(Path(args.source).resolve(), folder, args.mb, args.seed)
        print(
            f"{files:,} documents, {written / 1e6:.0f} MB of text in {folder} ({time.perf_counter() - started:.0f} s)"
        )
    started, cpu = time.perf_counter(), os.times()
    subprocess.run(
        [sys.executable, "-m", "ftz_desktop", "--library", str(out), "import", str(folder)], check=True, cwd=REPO
    )
    spent = os.times()
    print(
        f"library {out}: {out.stat().st_size / 1e6:.0f} MB, imported in {time.perf_counter() - started:.0f} s "
        f"({spent.children_user + spent.children_system - cpu.children_user - cpu.children_system:.0f} s CPU; "
        f"load {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
