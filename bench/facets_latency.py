"""Facet latency: p50/p95 milliseconds of ``Library.facets`` (zone, area, year, source, format and
tag counts) for queries matching about 10, 1,000 and 20,000 documents.

    uv run python bench/facets_latency.py --library PATH [--rounds 10] [--json]

PATH is a library of ``../shared/corpus/large`` (about 90 MB, 23,000 documents; work on a copy:
an older library is migrated in place). Each query runs once to warm up, then ``--rounds`` times;
the percentiles are over every run of a band's queries. The number of matching documents is
printed beside each query, so a band that drifted from its size is seen.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftz_desktop.services.library import Library

BANDS = {
    "~10": ["跨境电子商务", "自由贸易试验区 date:2020", "营商环境 date:2019", "title:条例 date:2023", "RCEP date:2023"],
    "~1,000": ["海关", "创新 开放", "口岸", "金融", "税收 OR 口岸"],
    "~20,000": ["的", "国", "中", "在", "和"],
}


def percentile(values: list[float], p: float) -> float:
    ms = sorted(values)
    k = (len(ms) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ms) - 1)
    return round(ms[lo] + (ms[hi] - ms[lo]) * (k - lo), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", required=True, type=Path)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.library.exists():
        ap.error(f"no library at {args.library}")
    lib = Library(args.library)
    print(f"{lib.count()} documents in {args.library} ({args.library.stat().st_size / 1e6:.0f} MB)")
    report = {}
    for band, queries in BANDS.items():
        times: list[float] = []
        sizes = []
        for query in queries:
            total = lib.search(query, limit=1).total
            lib.facets(query)  # warm-up
            for _ in range(args.rounds):
                t = time.perf_counter()
                lib.facets(query)
                times.append((time.perf_counter() - t) * 1000)
            sizes.append(f"{query} ({total:,})")
        report[band] = {"p50_ms": percentile(times, 0.5), "p95_ms": percentile(times, 0.95), "queries": sizes}
        print(f"{band:>8} documents  p50 {report[band]['p50_ms']:6.1f} ms  p95 {report[band]['p95_ms']:6.1f} ms  ")
        print("          " + ", ".join(sizes))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
