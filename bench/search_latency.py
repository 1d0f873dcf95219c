"""Search latency: p50/p95 milliseconds of a fixed list of queries (top 20 with snippets and total).

    uv run python bench/search_latency.py --library PATH [--rounds 3] [--json]

Build the library first, e.g. ``uv run python bench/import_speed.py --keep PATH``.
Each query runs once to warm up, then ``--rounds`` times; its median counts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftz_desktop.services.library import Library

QUERIES = [
    # single characters
    "的",
    "区",
    "港",
    "税",
    "贸",
    "海",
    "闽",
    "侨",
    # two characters
    "中国",
    "开放",
    "自贸",
    "海关",
    "创新",
    "金融",
    "口岸",
    "跨境",
    "贸试",
    "片区",
    # three to six characters, words and arbitrary substrings
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
    # quoted phrases
    '"制度型开放"',
    '"投资贸易便利化"',
    '"第一条 为了"',
    '"上海自贸区"',
    # several terms
    "自贸 创新",
    "海关 监管 改革",
    "上海 浦东 开放",
    "税收 优惠 企业",
    "长江 生态 保护",
    # OR / NOT
    "海南 OR 上海",
    "开放 -上海",
    "自贸区 NOT 海南",
    "条例 OR 办法 OR 规定",
    # filters
    "title:条例",
    "date:2022",
    "创新 date:2022-01..2022-06",
    "title:上海 条例",
    "title:自贸",
    # Latin letters and full-width forms
    "RCEP",
    "ＲＣＥＰ",
    "GDP",
    "5G",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", required=True, type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.library.exists():
        ap.error(f"no library at {args.library}")
    lib = Library(args.library)
    rows: list[dict[str, Any]] = []
    for query in QUERIES:
        lib.search(query, limit=20)  # warm-up
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            res = lib.search(query, limit=20)
            times.append((time.perf_counter() - t) * 1000)
        rows.append({"query": query, "ms": round(statistics.median(times), 2), "total": res.total})
    ms = sorted(r["ms"] for r in rows)

    def pct(p: float) -> float:
        k = (len(ms) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(ms) - 1)
        return round(ms[lo] + (ms[hi] - ms[lo]) * (k - lo), 2)

    summary = {
        "p50_ms": pct(0.5),
        "p95_ms": pct(0.95),
        "max_ms": ms[-1],
        "queries": len(rows),
        "documents": lib.count(),
    }
    if args.json:
        print(json.dumps({**summary, "per_query": rows}, ensure_ascii=False, indent=2))
    else:
        for r in sorted(rows, key=lambda r: -r["ms"]):
            print(f"{r['ms']:8.2f} ms  {r['total']:>6} docs  {r['query']}")
        print(
            f"\n{summary['queries']} queries over {summary['documents']} documents: "
            f"p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, max {summary['max_ms']} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
