"""Near-duplicates on a folder (default: the large corpus): how the similarity of candidate pairs
is distributed, how many groups each threshold makes, what happens to laws of the same title
(versions that amend articles must stay apart), and a sample of groups to check by reading.

    uv run python bench/duplicates.py [FOLDER] [--threshold 0.8] [--sample 30] [--show-sample]
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftz_desktop.core import neardup
from ftz_desktop.core.importers import SUPPORTED_SUFFIXES, read_document
from ftz_desktop.errors import UnreadableFile

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "large"


def _load(path: str) -> tuple[str, str, str, neardup.Sketch] | None:
    try:
        doc = read_document(Path(path))
    except UnreadableFile:
        return None
    return path, doc.title, doc.text, neardup.sketch(doc.text)


def _find(parent: dict[int, int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--threshold", type=float, default=neardup.THRESHOLD)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--show-sample", action="store_true", help="print the sampled groups' titles and first lines")
    args = ap.parse_args(argv)
    files = sorted(
        str(Path(root) / n)
        for root, _d, names in os.walk(args.folder)
        for n in names
        if Path(n).suffix.lower() in SUPPORTED_SUFFIXES
    )
    t = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        docs = [d for d in pool.map(_load, files, chunksize=64) if d is not None]
    print(f"{len(docs)} documents read and sketched in {time.perf_counter() - t:.1f} s")

    t = time.perf_counter()
    by_key: dict[int, list[int]] = collections.defaultdict(list)
    for i, (_p, _t, _x, sk) in enumerate(docs):
        for k in sk.keys:
            by_key[k].append(i)
    pairs: list[tuple[int, int, float, bool]] = []  # (i, j, exact jaccard, articles differ)
    for i, (_p, _t, text, sk) in enumerate(docs):
        shared: collections.Counter[int] = collections.Counter()
        for k in sk.keys:
            posting = by_key[k]
            if len(posting) > neardup.MAX_KEY_DOCS:  # a shingle in many texts (a programme's header)
                continue
            for j in posting:
                if j < i:
                    shared[j] += 1
        for j, n in shared.items():
            if n < neardup.MIN_SHARED_KEYS or neardup.estimate(sk, docs[j][3]) < neardup.CANDIDATE_THRESHOLD - 0.1:
                continue
            other = docs[j][2]
            pairs.append((j, i, neardup.jaccard(text, other), neardup.articles_differ(text, other)))
    print(f"candidate pairs checked exactly: {len(pairs)} in {time.perf_counter() - t:.1f} s")

    buckets = collections.Counter(min(int(jac * 20), 19) for _i, _j, jac, _a in pairs)
    print("pairs by exact similarity (5-gram Jaccard):")
    news = [(i, j, jac) for i, j, jac, _d in pairs if "/laws/" not in docs[i][0] and jac >= 0.5]
    print(f"  of which news pairs: {len(news)}; samples:")
    for i, j, jac in random.Random(3).sample(news, min(12, len(news))):
        print(f"    {jac:.3f} {Path(docs[i][0]).name} {docs[i][1][:30]} | {Path(docs[j][0]).name} {docs[j][1][:30]}")
    for b in range(10, 20):
        print(f"  {b / 20:.2f}–{(b + 1) / 20:.2f}: {buckets.get(b, 0):6d}")

    law_titles: dict[str, list[int]] = collections.defaultdict(list)
    for i, (p, title, _x, _s) in enumerate(docs):
        if "/laws/" in p:
            law_titles[title].append(i)
    versions = {
        (min(a, b), max(a, b)) for idx in law_titles.values() if len(idx) > 1 for a in idx for b in idx if a != b
    }
    print(f"laws sharing a title (versions): {len(versions)} pairs")
    for thr in (0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        merged = [(i, j) for i, j, jac, diff in pairs if jac >= thr and not diff]
        merged_no_rule = [(i, j) for i, j, jac, _d in pairs if jac >= thr]
        law_merges = sum(1 for i, j in merged if (i, j) in versions)
        law_merges_no_rule = sum(1 for i, j in merged_no_rule if (i, j) in versions)
        print(
            f"  threshold {thr:.2f}: {len(merged):6d} pairs merged; law versions merged {law_merges}"
            f" (without the article rule: {law_merges_no_rule})"
        )

    parent = {i: i for i in range(len(docs))}
    for i, j, jac, diff in pairs:
        if jac >= args.threshold and not diff:
            parent[_find(parent, i)] = _find(parent, j)
    groups: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(len(docs)):
        groups[_find(parent, i)].append(i)
    multi = [g for g in groups.values() if len(g) > 1]
    sizes = collections.Counter(len(g) for g in multi)
    in_groups = sum(len(g) for g in multi)
    print(
        f"threshold {args.threshold}: {len(multi)} groups holding {in_groups} documents"
        f" ({in_groups - len(multi)} copies hidden); sizes {dict(sorted(sizes.items()))}"
    )
    laws = sum(1 for g in multi if any("/laws/" in docs[i][0] for i in g))
    print(f"  groups with a law: {laws}; with news: {len(multi) - laws}")
    rng = random.Random(12)
    sample = rng.sample(multi, min(args.sample, len(multi)))
    if args.show_sample:
        for n, g in enumerate(sample, 1):
            print(f"--- group {n}: {len(g)} documents")
            for i in g:
                p, title, text, _s = docs[i]
                others = [docs[j][2] for j in g if j != i]
                sim = max(neardup.jaccard(text, o) for o in others)
                print(f"  {Path(p).name:<24} {sim:.3f} {len(text):6d} chars  {title[:50]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
