"""Search latency: p50/p95 milliseconds of a fixed list of queries (top 20 with snippets and total).

    uv run python bench/search_latency.py --library PATH [--rounds 3] [--json] [--out FILE.json]
    uv run python bench/search_latency.py --before BEFORE.json... --after AFTER.json...

Build the library first, e.g. ``uv run python bench/import_speed.py --keep PATH``.
Each query runs once to warm up, then ``--rounds`` times; its median counts. ``--before``/``--after`` print
the table by query kind from runs of two versions (take them in turns: the machine's speed
drifts), with the totals and the overlap of each query's top 20.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftz_desktop.services.library import Library

KINDS: list[tuple[str, list[str]]] = [
    ("1 character", ["的", "区", "港", "税", "贸", "海", "闽", "侨"]),
    ("2 characters", ["中国", "开放", "自贸", "海关", "创新", "金融", "口岸", "跨境", "贸试", "片区", "发展"]),
    (
        "3–7 characters",
        [
            "自贸区",
            "试验区",
            "新片区",
            "验区建",
            "营商环境",
            "一带一路",
            "进出口额",
            "高质量发展",
            "习近平总书记",
            "中华人民共和国",
            "自由贸易试验区",
            "国务院办公厅",
            "海南自由贸易港",
            "粤港澳大湾区",
            "跨境电子商务",
            "负面清单",
            "知识产权保护",
        ],
    ),
    ("quoted", ['"制度型开放"', '"投资贸易便利化"', '"第一条 为了"', '"上海自贸区"']),
    (
        "several terms",
        ["自贸 创新", "海关 监管 改革", "上海 浦东 开放", "税收 优惠 企业", "长江 生态 保护", "中国 发展", "改革 开放"],
    ),
    ("OR / NOT", ["海南 OR 上海", "开放 -上海", "自贸区 NOT 海南", "条例 OR 办法 OR 规定", "经济 OR 社会"]),
    (
        "filters",
        [
            "title:条例",
            "date:2022",
            "创新 date:2022-01..2022-06",
            "title:上海 条例",
            "title:自贸",
            "发展 date:2023",
            "title:中国",
        ],
    ),
    ("Latin", ["RCEP", "ＲＣＥＰ", "GDP", "5G"]),
]
QUERIES = [query for _, queries in KINDS for query in queries]
KIND_OF = {query: kind for kind, queries in KINDS for query in queries}


def _pct(values: list[float], p: float) -> float:
    ms = sorted(values)
    k = (len(ms) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ms) - 1)
    return round(ms[lo] + (ms[hi] - ms[lo]) * (k - lo), 1)


def measure(library: Path, rounds: int) -> dict[str, Any]:
    """Each query: median milliseconds over ``rounds`` (after a warm-up), total, the top 20 ids."""
    lib = Library(library)
    rows: list[dict[str, Any]] = []
    for query in QUERIES:
        lib.search(query, limit=20)  # warm-up
        times, cpu = [], []
        for _ in range(rounds):
            t, c = time.perf_counter(), time.process_time()
            res = lib.search(query, limit=20)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        rows.append(
            {
                "query": query,
                "kind": KIND_OF[query],
                "ms": round(statistics.median(times), 2),
                "cpu_ms": round(statistics.median(cpu), 2),
                "total": res.total,
                "ids": [h.doc_id for h in res.hits],
            }
        )
    ms = [r["ms"] for r in rows]
    cpu_ms = [r["cpu_ms"] for r in rows]
    return {
        "cpu_p50_ms": _pct(cpu_ms, 0.5),
        "cpu_p95_ms": _pct(cpu_ms, 0.95),
        "cpu_max_ms": max(cpu_ms),
        "p50_ms": _pct(ms, 0.5),
        "p95_ms": _pct(ms, 0.95),
        "max_ms": max(ms),
        "queries": len(rows),
        "documents": lib.count(),
        "load": os.getloadavg()[0],
        "per_query": rows,
    }


def _merge(runs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per query: the median of the runs' medians (runs of one library, taken in turns with another)."""
    out: dict[str, dict[str, Any]] = {}
    for query in QUERIES:
        rows = [next(r for r in run["per_query"] if r["query"] == query) for run in runs]
        out[query] = {**rows[0], "ms": statistics.median(r["ms"] for r in rows)}
        if all("cpu_ms" in r for r in rows):
            out[query]["cpu_ms"] = statistics.median(r["cpu_ms"] for r in rows)
    return out


def compare(before_files: list[Path], after_files: list[Path]) -> None:
    """The table by query kind: latencies before and after, totals equal, top-20 overlap."""
    before = _merge([json.loads(p.read_text()) for p in before_files])
    after = _merge([json.loads(p.read_text()) for p in after_files])
    loads = [json.loads(p.read_text())["load"] for p in before_files + after_files]
    print(
        "| kind | queries | before p50 / p95 / max ms | after p50 / p95 / max ms | totals equal | top-20 overlap (mean, min) |"
    )
    print("|---|---|---|---|---|---|")
    groups = [(kind, queries) for kind, queries in KINDS] + [("all", QUERIES)]
    for kind, queries in groups:
        b = [before[q]["ms"] for q in queries]
        a = [after[q]["ms"] for q in queries]
        same = sum(before[q]["total"] == after[q]["total"] for q in queries)
        overlaps = [len(set(before[q]["ids"]) & set(after[q]["ids"])) / max(1, len(before[q]["ids"])) for q in queries]
        print(
            f"| {kind} | {len(queries)} | {_pct(b, 0.5)} / {_pct(b, 0.95)} / {max(b):.1f}"
            f" | {_pct(a, 0.5)} / {_pct(a, 0.95)} / {max(a):.1f} | {same}/{len(queries)}"
            f" | {statistics.mean(overlaps):.3f}, {min(overlaps):.2f} |"
        )
    if all("cpu_ms" in before[q] and "cpu_ms" in after[q] for q in QUERIES):
        bc = [before[q]["cpu_ms"] for q in QUERIES]
        ac = [after[q]["cpu_ms"] for q in QUERIES]
        print(
            f"\nCPU time, all queries: before p50 {_pct(bc, 0.5)} / p95 {_pct(bc, 0.95)} / max {max(bc):.1f} ms,"
            f" after p50 {_pct(ac, 0.5)} / p95 {_pct(ac, 0.95)} / max {max(ac):.1f} ms"
        )
    print(f"\nload average (1 min) during the runs: {min(loads):.1f}–{max(loads):.1f}")
    print("slowest after:")
    for q in sorted(QUERIES, key=lambda q: -after[q]["ms"])[:6]:
        print(f"  {after[q]['ms']:7.1f} ms (before {before[q]['ms']:7.1f})  {after[q]['total']:>7} docs  {q}")
    worst = [q for q in QUERIES if set(before[q]["ids"]) != set(after[q]["ids"])]
    if worst:
        print("top 20 differs for: " + ", ".join(worst))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--out", type=Path, help="write the JSON figures to this file")
    ap.add_argument("--before", nargs="+", type=Path, metavar="JSON", help="figures of the old version (--out)")
    ap.add_argument("--after", nargs="+", type=Path, metavar="JSON", help="figures of the new version (--out)")
    args = ap.parse_args()
    if args.before or args.after:
        if not (args.before and args.after):
            ap.error("give both --before and --after")
        compare(args.before, args.after)
        return 0
    if args.library is None or not args.library.exists():
        ap.error(f"no library at {args.library}")
    figures = measure(args.library, args.rounds)
    if args.out:
        args.out.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    for r in sorted(figures["per_query"], key=lambda r: -r["ms"]):
        print(f"{r['ms']:8.2f} ms  {r['total']:>7} docs  {r['query']}")
    print(
        f"\n{figures['queries']} queries over {figures['documents']} documents: p50 {figures['p50_ms']} ms,"
        f" p95 {figures['p95_ms']} ms, max {figures['max_ms']} ms (load {figures['load']:.1f});"
        f" CPU p50 {figures['cpu_p50_ms']} ms, p95 {figures['cpu_p95_ms']} ms, max {figures['cpu_max_ms']} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
