"""How well an import keeps the two cores busy: when the first file is written, how long each parse
worker sat without a job, how long the writer waited for the next file, the serial tail after the
last file (missing files, near-duplicate grouping, last commit), and the CPU seconds of the writer's
threads and of the workers.

    uv run python bench/import_overlap.py [FOLDER] [--jobs-per-worker N]

Imports FOLDER (default ../shared/corpus/large) into a temporary library; the pool and the import
are instrumented by wrapping a few of their functions (their code is not changed).
"""

from __future__ import annotations

import argparse
import collections
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.services import importing, pool
from ftz_desktop.services.library import Library

idle: dict[int, float] = collections.defaultdict(float)  # seconds each worker had no job, by slot
idle_since: dict[int, float] = {}
spent: dict[str, float] = collections.defaultdict(float)  # wall seconds of the wrapped steps


def _instrument() -> None:
    collect, dispatch, run = pool.SupervisedPool._collect, pool.SupervisedPool._dispatch, pool.SupervisedPool._run

    def collect_(self: Any, slot: Any) -> None:
        collect(self, slot)
        if slot.ready and not slot.jobs and id(slot) not in idle_since:
            idle_since[id(slot)] = time.perf_counter()

    def dispatch_(self: Any) -> None:
        dispatch(self)
        for s in self._slots:
            if s.jobs and id(s) in idle_since:
                idle[id(s)] += time.perf_counter() - idle_since.pop(id(s))

    def run_(self: Any) -> None:
        cpu = time.thread_time()
        try:
            run(self)
        finally:
            spent["dispatch thread CPU"] += time.thread_time() - cpu

    pool.SupervisedPool._collect = collect_  # type: ignore[method-assign]
    pool.SupervisedPool._dispatch = dispatch_  # type: ignore[method-assign]
    pool.SupervisedPool._run = run_  # type: ignore[method-assign]
    for name in ("_ready_within", "mark_missing", "group_duplicates"):
        fn = getattr(importing, name)

        def timed(*args: Any, _fn: Any = fn, _name: str = name) -> Any:
            t = time.perf_counter()
            try:
                return _fn(*args)
            finally:
                spent[_name] += time.perf_counter() - t

        setattr(importing, name, timed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--jobs-per-worker", type=int, help="the window of jobs in flight per worker")
    args = ap.parse_args()
    if args.jobs_per_worker:
        pool.JOBS_PER_WORKER = args.jobs_per_worker
    _instrument()
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "bench.sqlite")
        t0, cpu0, main0 = time.perf_counter(), time.process_time(), time.thread_time()
        first = last = 0.0
        for p in lib.import_paths([args.folder]):
            if not first and p.bytes_done:
                first = time.perf_counter() - t0
            last = time.perf_counter() - t0
        end = time.perf_counter() - t0
        main_cpu, writer_cpu = time.thread_time() - main0, time.process_time() - cpu0
        lib.close()
    time.sleep(0.2)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{'first file written':>28}: {first:6.2f} s")
    print(f"{'last file written':>28}: {last:6.2f} s")
    print(f"{'import done':>28}: {end:6.2f} s")
    print(f"{'workers idle (each)':>28}: {', '.join(f'{v:.2f}' for v in idle.values()) or '0'} s")
    print(f"{'writer waited for files':>28}: {spent['_ready_within']:6.2f} s")
    print(f"{'mark missing':>28}: {spent['mark_missing']:6.2f} s")
    print(f"{'group duplicates':>28}: {spent['group_duplicates']:6.2f} s")
    print(f"{'writer CPU (main thread)':>28}: {main_cpu:6.1f} s")
    print(f"{'writer CPU (dispatch thread)':>28}: {spent['dispatch thread CPU']:6.1f} s")
    print(f"{'writer CPU (process)':>28}: {writer_cpu:6.1f} s")
    print(f"{'workers CPU':>28}: {children.ru_utime + children.ru_stime:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
