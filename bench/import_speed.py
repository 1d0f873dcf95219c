"""Import speed, peak memory and library size for a folder (default: ../shared/corpus/large).

    uv run python bench/import_speed.py [FOLDER] [--keep LIBRARY] [--json]

Imports into a fresh library (a temporary file unless ``--keep``), then re-imports to time
the no-op path, and prints MB/s, peak RSS and the library's size relative to the text.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.services.library import Library


class TreeMemory:
    """The largest total resident memory of this process and its children, sampled twice a second
    (Linux: /proc; elsewhere nothing is sampled and the peak stays 0)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    @staticmethod
    def _children(pid: int) -> list[int]:
        out = []
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                out += [int(x) for x in (task / "children").read_text().split()]
            except OSError:
                continue
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            pids, todo = [], [os.getpid()]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo += self._children(pid)
            self.peak = max(self.peak, sum(self._rss(p) for p in pids))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _cpu() -> tuple[float, float]:
    """CPU seconds so far of this process and of its children that have ended."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


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
    memory = TreeMemory()
    t = time.perf_counter()
    cpu_main, cpu_workers = _cpu()
    report = lib.import_all([args.folder])
    first = time.perf_counter() - t
    cpu_main, cpu_workers = (after - before for after, before in zip(_cpu(), (cpu_main, cpu_workers), strict=True))
    tree_peak = memory.stop()
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
        "load": round(os.getloadavg()[0], 1),
        # CPU seconds (user + system) of the import: this process (the writer) and its parse
        # workers; steadier than the wall clock on a busy machine
        "cpu_s_writer": round(cpu_main, 1),
        "cpu_s_workers": round(cpu_workers, 1),
        # the largest parse worker (they run beside this process: the sum is the import's peak)
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        # all processes at once (sampled): the figure to hold under a memory budget
        "all_processes_peak_mb": round(tree_peak / 1e6, 1),
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
