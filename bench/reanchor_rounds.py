"""Re-anchoring under random edits: 100 annotations on 20 documents, edited and re-anchored round
after round (paragraphs inserted, deleted, moved; small edits inside quotes; passages deleted).

    uv run python bench/reanchor_rounds.py [--rounds 100] [--seeds 4 5 6] [--failures]

Prints per seed how many re-anchorings found the passage, rightly orphaned it, lost it (the
passage was still there) or attached it to the wrong text; see tests/core/edit_rounds.py for the
procedure and how each outcome is judged. Seeds 1–3 were used to set the rules; report others.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.core.edit_rounds import Procedure


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--seeds", type=int, nargs="+", default=[4, 5, 6, 7, 8])
    ap.add_argument("--edits", type=int, default=3, help="edits per document per round")
    ap.add_argument("--failures", action="store_true", help="print each lost or wrong case")
    args = ap.parse_args()
    print("seed  re-anchorings  found  orphaned rightly  ambiguous  lost  wrong  seconds")
    for seed in args.seeds:
        started = time.perf_counter()
        t = Procedure(seed, docs=20, annotations=100).run(args.rounds, edits_per_doc=args.edits)
        print(
            f"{seed:>4}  {t.checked:>13}  {t.anchored:>5}  {t.orphaned_rightly:>16}  {t.ambiguous:>9}"
            f"  {t.lost:>4}  {t.wrong:>5}  {time.perf_counter() - started:7.1f}"
        )
        if args.failures:
            for line in t.failures:
                print("      " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
