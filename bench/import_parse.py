"""Benchmark of the parse stage of an import: read_document over every file of a folder
(default: the large corpus), printing files, MB, seconds and MB/s."""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

from ftz_desktop.core.importers import SUPPORTED_SUFFIXES, read_document
from ftz_desktop.errors import UnreadableFile

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "large"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--profile", action="store_true", help="run under cProfile and print the top functions")
    args = ap.parse_args(argv)
    files = sorted(
        Path(root) / name
        for root, _dirs, names in os.walk(args.folder)
        for name in names
        if Path(name).suffix.lower() in SUPPORTED_SUFFIXES
    )
    if not files:
        print(f"no supported files under {args.folder}", file=sys.stderr)
        return 1

    def run() -> tuple[int, int, collections.Counter[str], float]:
        total = 0
        failed = 0
        reading = 0.0
        reasons: collections.Counter[str] = collections.Counter()
        for f in files:
            t = time.perf_counter()
            data = f.read_bytes()  # reading the disk is timed apart from parsing
            reading += time.perf_counter() - t
            total += len(data)
            try:
                read_document(f, data)
            except UnreadableFile as e:
                failed += 1
                reasons[str(e)] += 1
        return total, failed, reasons, reading

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        t0 = time.perf_counter()
        total, failed, reasons, reading = prof.runcall(run)
        secs = time.perf_counter() - t0 - reading
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    else:
        t0 = time.perf_counter()
        total, failed, reasons, reading = run()
        secs = time.perf_counter() - t0 - reading
    mb = total / 1e6
    print(f"files   {len(files)}")
    print(f"MB      {mb:.1f}")
    print(f"seconds {secs:.2f}")
    print(f"MB/s    {mb / secs:.1f}")
    print(f"(reading the files took another {reading:.2f} s: {mb / (secs + reading):.1f} MB/s with it)")
    if failed:
        print(f"failed  {failed}: " + ", ".join(f"{r} ({n})" for r, n in reasons.most_common(5)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
