"""Precision audit of zone, all-FTZ and area mentions, mention by mention, on the large corpus.

    uv run python bench/entities_audit.py [--pool outside|dev|all] [--seed 1] [--rate 0.08]
        [--judged FILE] [--no-ftz-word] [--all] [--folder ../shared/corpus/large]

Extracts the entities of the documents of the large corpus in the pool (only those with 自贸,
自由贸易 or 片区 can hold a zone): ``outside`` the documents no split of bench/eval lists,
``dev`` those of the development splits (dev, dev2, test2: their gold lists a document's zones,
not each mention), ``all`` both; never the held-out test3. It prints a random sample of the zone,
all-FTZ and area mentions, each with ±40 characters of context. The sample is drawn per mention
from a hash of the seed and the mention (document, offset, kind, zone, name), so a mention that
survives a change of the rules stays in the sample and a new one joins it where its hash falls.

``--judged FILE`` reads judgements kept outside the repository (a line per mention: its key, a
tab, ``R`` right or ``W`` wrong, optionally a tab and a note), prints the verdict beside each
sampled mention (``?`` where none) and the precision over the judged mentions still produced,
with the judged mentions no longer produced (a wrong one dropped is a fix, a right one a loss).
``--no-ftz-word`` keeps only documents that never write a pilot zone's or the port's word
(自贸试验区, 自由贸易试验区, 自贸片区, 自贸港, 自由贸易港…), where a zone is most likely wrong.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.core import entities, importers

_ANCHOR_RE = re.compile("自贸|自由贸易|片区")
_FTZ_WORD_RE = re.compile("自贸试验区|自由贸易试验区|自贸片区|自贸港|自由贸易港|自贸试点|自由贸易账户")
KINDS = ("zone", "area")


HELD_OUT = "metrics_test3.json"


def split_documents() -> tuple[set[str], set[str]]:
    """The documents of the development splits and those of the held-out split (names only)."""
    dev: set[str] = set()
    held: set[str] = set()
    for f in sorted((ROOT / "bench" / "eval").glob("metrics_*.json")):
        names = set(json.loads(f.read_text(encoding="utf-8"))["documents"])
        if f.name == HELD_OUT:
            held |= names
        else:
            dev |= names
    return dev, held


def mentions(folder: Path, pool: str, no_ftz_word: bool) -> list[tuple[str, str, str]]:
    """(key, document name, context line) for every zone and area mention of the pool."""
    dev, held = split_documents()
    out: list[tuple[str, str, str]] = []
    for path in sorted(folder.rglob("*.txt")):
        name = path.relative_to(folder).as_posix()
        if name in held or (pool == "outside" and name in dev) or (pool == "dev" and name not in dev):
            continue
        raw = path.read_bytes()
        if _ANCHOR_RE.search(raw.decode("utf-8", "replace")) is None:
            continue
        text = importers.read_document(path, raw).text
        if no_ftz_word and _FTZ_WORD_RE.search(text):
            continue
        for e in entities.extract(text):
            if e.kind not in KINDS:
                continue
            key = f"{name}:{e.start}:{e.kind}:{e.zone}:{e.name}"
            before = text[max(0, e.start - 40) : e.start].replace("\n", "⏎")
            after = text[e.end : e.end + 40].replace("\n", "⏎")
            label = f"{e.kind} {e.zone} {e.name}"
            out.append((key, name, f"{label:<28} …{before}【{text[e.start : e.end]}】{after}…"))
    return out


def drawn(key: str, seed: int, rate: float) -> bool:
    h = hashlib.sha1(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64 < rate


def read_judged(path: Path) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] in ("R", "W"):
            out[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--folder", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--pool", choices=("outside", "dev", "all"), default="outside")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rate", type=float, default=0.08, help="the share of mentions drawn")
    ap.add_argument("--judged", type=Path, help="judgements kept outside the repository")
    ap.add_argument("--no-ftz-word", action="store_true", help="only documents without a pilot zone's word")
    ap.add_argument("--all", action="store_true", help="print every mention, not a sample")
    args = ap.parse_args()
    if not args.folder.is_dir():
        ap.error(f"no folder {args.folder}")
    found = mentions(args.folder, args.pool, args.no_ftz_word)
    judged = read_judged(args.judged) if args.judged else {}
    sample = [m for m in found if args.all or drawn(m[0], args.seed, args.rate)]
    verdicts: collections.Counter[str] = collections.Counter()
    for key, _name, line in sample:
        verdict = judged.get(key, ("?", ""))[0]
        verdicts[verdict] += 1
        print(f"{verdict}\t{key}\n\t{line}")
    docs = len({n for _k, n, _l in found})
    print(f"\n{len(found)} mentions in {docs} documents; {len(sample)} drawn (seed {args.seed}, rate {args.rate})")
    if judged:
        right, wrong = verdicts["R"], verdicts["W"]
        if right + wrong:
            print(
                f"precision over the judged mentions produced: {right / (right + wrong):.3f} ({right} right, {wrong} wrong)"
            )
        print(f"drawn mentions not judged yet: {verdicts['?']}")
        produced = {k for k, _n, _l in found}
        gone = [(k, v) for k, v in judged.items() if k not in produced]
        for k, (v, note) in gone:
            print(f"no longer produced ({'fixed' if v == 'W' else 'LOST'}): {k} {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
