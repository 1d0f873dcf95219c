"""Import speed, peak memory and library size for a folder (default: ../shared/corpus/large).

    uv run python bench/import_speed.py [FOLDER] [--keep LIBRARY] [--json]

Imports into a fresh library (a temporary file unless ``--keep``), then re-imports to time
the no-op path, and prints MB/s, peak RSS and the library's size relative to the text.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.services.library import Library


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--keep", type=Path, metavar="LIBRARY", help="build this library file and keep it")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.folder.is_dir():
        ap.error(f"no folder {args.folder}")
    tmp = None
    if args.keep:
        lib_path = args.keep
        for p in lib_path.parent.glob(lib_path.name + "*"):
            p.unlink()
    else:
        tmp = tempfile.TemporaryDirectory()
        lib_path = Path(tmp.name) / "bench.sqlite"
    source_bytes = sum(p.stat().st_size for p in args.folder.rglob("*") if p.is_file())
    lib = Library(lib_path)
    t = time.perf_counter()
    report = lib.import_all([args.folder])
    first = time.perf_counter() - t
    t = time.perf_counter()
    again = lib.import_all([args.folder])
    second = time.perf_counter() - t
    lib.close()
    db_bytes = _size(lib_path)
    out = {
        "files": report.added + report.updated + report.unchanged + len(report.failed),
        "added": report.added,
        "failed": len(report.failed),
        "mb": round(report.bytes / 1e6, 1),
        "seconds": round(first, 1),
        "mb_per_s": round(report.bytes / 1e6 / first, 2),
        "reimport_seconds": round(second, 2),
        "reimport_unchanged": again.unchanged,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # the largest parse worker (they run beside this process: the sum is the import's peak)
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "library_mb": round(db_bytes / 1e6, 1),
        "library_to_text": round(db_bytes / max(1, source_bytes), 2),
    }
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k:>20}: {v}")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
