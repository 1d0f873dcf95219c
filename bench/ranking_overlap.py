"""Top-20 overlap with FTS5's full bm25 ranking on random queries, and their latency both ways.

    uv run python bench/ranking_overlap.py --library PATH [--queries 80] [--seed 1] [--out FILE.json]

Draws frequent terms of 1–3 characters and words (rjieba) from a sample of the library's own
texts, makes random queries of 2–3 of them (AND, OR, NOT), and runs each as the application does
(top 20 with snippets and the total) and again with every match ranked by FTS5's ``bm25()`` (the
ranking before issue 13). Prints how many queries have the same top 20 (same documents, in the
same order up to equal scores), the smallest overlap, whether the totals agree, and the latency
of both ways.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftz_desktop.core.fold import fold
from ftz_desktop.services.library import Library
from ftz_desktop.store import search as store_search


def _cjk(s: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)


def terms(lib: Library, seed: int, sample: int = 400) -> dict[int, list[str]]:
    """Frequent strings of 1, 2 and 3 characters and jieba words of the library, by length."""
    import rjieba

    rng = random.Random(seed)
    ids = [r[0] for r in lib._db().execute("SELECT id FROM documents")]
    df: dict[int, Counter[str]] = {1: Counter(), 2: Counter(), 3: Counter()}
    words: Counter[str] = Counter()
    for doc_id in rng.sample(ids, min(sample, len(ids))):
        text = fold(lib.document(doc_id).text)[:3000]
        for n in (1, 2, 3):
            df[n].update({text[i : i + n] for i in range(len(text) - n + 1) if _cjk(text[i : i + n])})
        words.update({w for w in rjieba.cut(text) if 2 <= len(w) <= 4 and _cjk(w)})
    out = {n: [t for t, c in df[n].most_common(300 if n > 1 else 150)] for n in df}
    out[0] = [w for w, _ in words.most_common(300)]  # words of 2–4 characters
    return out


def queries(pool: dict[int, list[str]], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        picked = [rng.choice(pool[rng.choice([0, 1, 2, 2, 3])]) for _ in range(rng.randint(2, 3))]
        shape = rng.choice(["and", "and", "or", "not"])
        if shape == "or":
            query = " OR ".join(picked)
        elif shape == "not":
            query = " ".join(picked[:-1]) + " -" + picked[-1]
        else:
            query = " ".join(picked)
        if query not in out:
            out.append(query)
    return out


def _fts5_only(db, compiled, *, limit, offset=0, accept=None):
    return store_search.rank_all(db, compiled, limit=limit, offset=offset)


def _timed(lib: Library, query: str, rounds: int) -> tuple[float, Any]:
    lib.search(query, limit=20)
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        res = lib.search(query, limit=20)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), res


def _same_up_to_ties(a: list[tuple[int, float]], b: list[tuple[int, float]]) -> bool:
    """The same documents in the same order, except among equal scores."""
    if len(a) != len(b) or {d for d, _ in a} != {d for d, _ in b}:
        return False
    return [round(s, 9) for _, s in a] == [round(s, 9) for _, s in b]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--library", type=Path, required=True)
    ap.add_argument("--queries", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    lib = Library(args.library)
    qs = queries(terms(lib, args.seed), args.queries, args.seed)
    rows: list[dict[str, Any]] = []
    for query in qs:
        fast_ms, fast = _timed(lib, query, args.rounds)
        saved = store_search.run
        store_search.run = _fts5_only
        try:
            full_ms, full = _timed(lib, query, args.rounds)
        finally:
            store_search.run = saved
        a = [(h.doc_id, h.score) for h in fast.hits]
        b = [(h.doc_id, h.score) for h in full.hits]
        rows.append(
            {
                "query": query,
                "total": fast.total,
                "total_fts5": full.total,
                "overlap": len({d for d, _ in a} & {d for d, _ in b}),
                "of": len(b),
                "same": _same_up_to_ties(a, b),
                "ms": round(fast_ms, 2),
                "ms_fts5": round(full_ms, 2),
            }
        )
        print(
            f"{fast_ms:7.1f} ms (FTS5 {full_ms:7.1f})  {fast.total:>7} docs  {rows[-1]['overlap']:>2}/{len(b)}  {query}"
        )
    same = sum(r["same"] for r in rows)
    totals = sum(r["total"] == r["total_fts5"] for r in rows)
    ms = sorted(r["ms"] for r in rows)
    full_ms_all = sorted(r["ms_fts5"] for r in rows)
    summary = {
        "queries": len(rows),
        "same_top20": same,
        "min_overlap": min(r["overlap"] / r["of"] for r in rows if r["of"]),
        "totals_equal": totals,
        "p50_ms": ms[len(ms) // 2],
        "p95_ms": ms[int(0.95 * (len(ms) - 1))],
        "max_ms": ms[-1],
        "fts5_p50_ms": full_ms_all[len(ms) // 2],
        "fts5_p95_ms": full_ms_all[int(0.95 * (len(ms) - 1))],
        "fts5_max_ms": full_ms_all[-1],
        "load": os.getloadavg()[0],
    }
    print(json.dumps(summary, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps({**summary, "per_query": rows}, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
