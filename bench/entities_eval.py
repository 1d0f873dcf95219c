"""Precision and recall of entity extraction, per kind, on the seed documents' gold list.

    uv run python bench/entities_eval.py [--seeds FOLDER] [--gold FILE] [--errors]

The gold list (bench/entities_gold.json) holds names and counts per document, written by reading
the documents. A mention counts as correct when its kind and canonical name match a gold entry of
that document (counts are compared, so two found where the gold has one is one false positive).
Only the kinds annotated for a document are scored on it.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.core import entities, importers  # noqa: E402

KINDS = ("zone", "area", "org", "person", "policy", "place")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds")
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "entities_gold.json")
    ap.add_argument("--errors", action="store_true", help="list the false positives and misses")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["documents"]
    tp: collections.Counter[str] = collections.Counter()
    fp: collections.Counter[str] = collections.Counter()
    fn: collections.Counter[str] = collections.Counter()
    errors: list[str] = []
    for name, expected in gold.items():
        path = args.seeds / name
        if not path.is_file():
            print(f"missing seed {path}", file=sys.stderr)
            return 1
        text = importers.read_document(path).text
        found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for e in entities.extract(text):
            found[e.kind][e.name] += 1
        for kind in expected["kinds"]:
            want = collections.Counter(expected.get(kind, {}))
            got = found.get(kind, collections.Counter())
            for n in set(want) | set(got):
                hit = min(want[n], got[n])
                tp[kind] += hit
                fp[kind] += got[n] - hit
                fn[kind] += want[n] - hit
                if got[n] > want[n]:
                    errors.append(f"{name[:3]} {kind:<6} +{got[n] - want[n]} {n}")
                if want[n] > got[n]:
                    errors.append(f"{name[:3]} {kind:<6} -{want[n] - got[n]} {n}")
    rows = []
    for kind in KINDS:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else float("nan")
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else float("nan")
        docs = sum(1 for e in gold.values() if kind in e["kinds"])
        rows.append({"kind": kind, "precision": round(p, 3), "recall": round(r, 3), "gold": tp[kind] + fn[kind],
                     "found": tp[kind] + fp[kind], "documents": docs})
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"{'kind':<8}{'precision':>10}{'recall':>8}{'gold':>7}{'found':>7}  documents")
        for r in rows:
            print(f"{r['kind']:<8}{r['precision']:>10.2f}{r['recall']:>8.2f}{r['gold']:>7}{r['found']:>7}  {r['documents']}")
    if args.errors:
        print()
        print("\n".join(sorted(errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
