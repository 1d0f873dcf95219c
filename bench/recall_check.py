"""Exactness of quoted search on a real corpus: random substrings, search vs. brute force.

    uv run python bench/recall_check.py FOLDER [--library PATH] [--samples 500] [--seed 1] [--json]

Imports FOLDER (into a temporary library unless --library), draws random substrings of 1–8
characters from random documents, runs each as a quoted query with --all, and compares the
documents returned with those whose folded canonical text (or title) contains the string.
Prints recall and precision over all samples; both must be 1.0.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ftz_desktop.core.fold import fold
from ftz_desktop.services.library import Library


def check(lib: Library, samples: int, seed: int) -> dict:
    rnd = random.Random(seed)
    docs = {d.doc_id: lib.document(d.doc_id) for d in lib.documents()}
    folded = {i: (fold(d.text), fold(d.title)) for i, d in docs.items()}
    ids = sorted(docs)
    expected_total = found_total = returned_total = 0
    failures = []
    t0 = time.perf_counter()
    n = 0
    while n < samples:
        text = docs[rnd.choice(ids)].text
        if not text:
            continue
        length = rnd.randint(1, 8)
        a = rnd.randrange(len(text))
        sub = text[a : a + length]
        if not sub.strip() or '"' in sub or "＂" in sub or sub != sub.strip():
            continue
        n += 1
        want = {i for i, (t, title) in folded.items() if fold(sub) in t or fold(sub) in title}
        got = {h.doc_id for h in lib.search(f'"{sub}"', limit=None).hits}
        expected_total += len(want)
        found_total += len(want & got)
        returned_total += len(got)
        if want != got:
            failures.append({"query": sub, "missed": sorted(want - got)[:5], "extra": sorted(got - want)[:5]})
    return {
        "documents": len(docs),
        "samples": samples,
        "recall": round(found_total / expected_total, 6) if expected_total else 1.0,
        "precision": round(found_total / returned_total, 6) if returned_total else 1.0,
        "failures": failures[:20],
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--library", type=Path)
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    lib = Library(args.library or Path(tmp.name) / "recall.sqlite")
    report = lib.import_all([args.folder])
    result = check(lib, args.samples, args.seed)
    result["import_failed"] = len(report.failed)
    lib.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(
            f"{result['samples']} quoted substrings over {result['documents']} documents: "
            f"recall {result['recall']}, precision {result['precision']} ({result['seconds']} s)"
        )
        for f in result["failures"]:
            print("  mismatch:", f)
    tmp.cleanup()
    return 0 if result["recall"] == 1.0 and result["precision"] == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
