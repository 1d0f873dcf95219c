"""Entity extraction throughput (MB/s of UTF-8 text) on a folder, default ../shared/corpus/large.

    uv run python bench/entities_speed.py [FOLDER] [--limit N] [--profile]

Reads and canonicalises every file first (not timed), then times ``entities.extract`` alone,
in this one process, and prints MB/s, documents and entities per kind.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.core import entities, gazetteer, importers
from ftz_desktop.services.importing import plan


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--limit", type=int, help="only the first N files")
    ap.add_argument("--profile", action="store_true", help="print the top functions by time")
    args = ap.parse_args()
    if not args.folder.is_dir():
        ap.error(f"no folder {args.folder}")
    files = [Path(f) for f in plan([args.folder]).files][: args.limit]
    texts = []
    for f in files:
        try:
            texts.append(importers.read_document(f).text)
        except Exception:  # noqa: BLE001 - unreadable files are not part of this measure
            continue
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    g = gazetteer.default()
    entities.extract("商务部部长王文涛在中国（上海）自由贸易试验区临港新片区调研。", g)  # warm up
    profiler = cProfile.Profile() if args.profile else None
    kinds: collections.Counter[str] = collections.Counter()
    t = time.perf_counter()
    cpu = time.process_time()
    if profiler:
        profiler.enable()
    for text in texts:
        for e in entities.extract(text, g):
            kinds[e.kind] += 1
    if profiler:
        profiler.disable()
    seconds = time.perf_counter() - t
    cpu_seconds = time.process_time() - cpu
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(12)
    print(
        f"{len(texts)} documents, {mb:.1f} MB of text, {seconds:.1f} s: {mb / seconds:.1f} MB/s "
        f"({mb / cpu_seconds:.1f} MB/s of CPU time; the machine may be shared)"
    )
    print("mentions: " + ", ".join(f"{k} {kinds[k]}" for k in ("zone", "area", "org", "person", "policy", "place")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
