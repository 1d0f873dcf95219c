"""Writes ``ftz_desktop/data/impact_terms.json``: the pairs of characters that get weight tokens in
the impact index (``store/impact.py``), those in at least ``--min-share`` of the documents of half
the large corpus (files whose name's CRC-32 is even, in ``xwlb/`` and ``laws/``).

    uv run python bench/impact_terms.py [CORPUS] [--min-share 0.01] [--check]

Only document frequencies are kept, never text. Pairs holding a space or an ASCII sign (the
index's private-use characters) are left out: nobody searches for them among several phrases.
``--check`` prints the list's size and how many of the other half's frequent pairs it misses,
without writing.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.store import fts, impact

OUT = ROOT / "ftz_desktop" / "data" / "impact_terms.json"


def pair_frequencies(corpus: Path, half: int) -> tuple[int, Counter[str]]:
    """(documents, documents per pair) over the files of one half of the corpus."""
    df: Counter[str] = Counter()
    n = 0
    for sub in ("xwlb", "laws"):
        for path in sorted((corpus / sub).glob("*.txt")):
            if zlib.crc32(path.name.encode()) % 2 != half:
                continue
            e = fts.encode(path.read_text(encoding="utf-8", errors="replace"))
            df.update({e[i : i + 2] for i in range(len(e) - 1)})
            n += 1
    return n, df


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--min-share", type=float, default=0.01)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    n, df = pair_frequencies(args.corpus, 0)
    terms = sorted(t for t, c in df.items() if impact.listable(t) and c >= args.min_share * n)
    print(f"{len(terms)} pairs in at least {args.min_share:.1%} of {n} documents")
    if args.check:
        m, other = pair_frequencies(args.corpus, 1)
        frequent = [t for t, c in other.items() if impact.listable(t) and c >= 2 * args.min_share * m]
        missing = [t for t in frequent if t not in set(terms)]
        print(
            f"the other half ({m} documents): {len(frequent)} pairs in {2 * args.min_share:.1%}, {len(missing)} missing"
        )
        return
    about = (
        "Pairs of characters (folded, as the search index encodes them) found in at least"
        f" {args.min_share:.0%} of the documents of a sample of Chinese news transcripts and laws (half of"
        " the large benchmark corpus, by file name): the pairs that have weight tokens in the impact"
        " index (store/impact.py). Document frequencies only; no text. Written by bench/impact_terms.py."
    )
    out = {"about": about, "min_share": args.min_share, "sample_documents": n, "terms": terms}
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
