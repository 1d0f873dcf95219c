"""Build a big library for the window's benchmarks: copies of the large corpus, each document's
paragraphs shuffled (so no two copies are the same text), imported with the command line.

    uv run python bench/make_big_library.py --out /tmp/l400.sqlite [--docs 99976] [--corpus DIR]

About 400 MB of text at 99,976 documents (4.35 copies of ../shared/corpus/large). The copies are
written under ``<out>.corpus/`` (kept, so a second run only imports) — the texts are the corpus's
own, so they stay outside the project. A small builder for issue 17's figures; issue 13's
``bench/make_corpus.py`` (not on main yet when this was written) builds its corpora more carefully
(sentence-cut pieces, near-duplicate checks).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "large"


def shuffled(text: str, rng: random.Random) -> str:
    """The text with its first line (the title) kept and the other paragraphs in a new order."""
    lines = text.split("\n")
    head, rest = lines[:1], [line for line in lines[1:] if line.strip()]
    rng.shuffle(rest)
    return "\n".join(head + [""] + rest) + "\n"


def write_copies(corpus: Path, out: Path, docs: int, seed: int) -> tuple[int, int]:
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    rng = random.Random(seed)
    written = size = 0
    copy = 0
    while written < docs:
        folder = out / f"copy{copy:02d}"
        for source in files:
            if written >= docs:
                break
            target = folder / source.relative_to(corpus)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                text = source.read_text(encoding="utf-8", errors="replace")
                target.write_text(text if copy == 0 else shuffled(text, rng), encoding="utf-8")
            size += target.stat().st_size
            written += 1
        copy += 1
    return written, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="the library file to build")
    parser.add_argument("--docs", type=int, default=99_976)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    out = Path(args.out)
    folder = Path(str(out) + ".corpus")
    started = time.perf_counter()
    written, size = write_copies(Path(args.corpus).resolve(), folder, args.docs, args.seed)
    print(f"{written:,} documents, {size / 1e6:.0f} MB of text in {folder} ({time.perf_counter() - started:.0f} s)")
    started = time.perf_counter()
    env = dict(os.environ)
    subprocess.run(
        [sys.executable, "-m", "ftz_desktop", "--library", str(out), "import", str(folder)],
        check=True,
        cwd=REPO,
        env=env,
    )
    print(
        f"library {out}: {out.stat().st_size / 1e6:.0f} MB, imported in {time.perf_counter() - started:.0f} s "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
