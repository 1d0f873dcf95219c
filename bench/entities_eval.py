"""Precision and recall of entity extraction against a hand-made gold list.

    uv run python bench/entities_eval.py [--split dev|dev2|test2|test3|seeds] [--verbose]

dev, dev2, test2 and test3 (bench/eval/metrics_*.json, ``documents``): per document, the set of zone ids and of
area names the document names (an area names its zone too), its people, and — where the gold
says ``orgs_annotated`` — its organisations (recall only: the gold lists the named bodies, not
every mention). The pseudo-zone all_ftz is scored apart (the gold adds it where a document speaks
of all pilot FTZs together, which is optional in its conventions). Organisation recall is also
given for the names without an organisation suffix (公司, 集团, 部, 局, 银行…: 中远海运, 银联).
seeds (bench/entities_gold.json): mention counts per kind, as before.

The test3 split is held out: run it to report figures, never to tune rules on its errors (test2 was
held out until the third round and is development data since).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from typing import Any

import _eval

KINDS = ("zone", "area", "org", "person", "policy", "place")
_ORG_SUFFIX_RE = re.compile(
    "(?:公司|集团|银行|部|局|厅|署|委|委员会|办|办公室|院|所|中心|协会|商会|学会|联合会|联盟|大学|学院|法院|检察院|"
    "海关|政府|人大|政协|党委|台|报|社|会|馆|队|站|基金|股份|有限)$"
)


def fold(s: str) -> str:
    return s.replace("（", "(").replace("）", ")").replace(" ", "")


def score(gold: set[str], got: set[str], counts: collections.Counter[str]) -> tuple[set[str], set[str]]:
    counts["tp"] += len(gold & got)
    counts["fp"] += len(got - gold)
    counts["fn"] += len(gold - got)
    return got - gold, gold - got


def prf(c: collections.Counter[str]) -> tuple[float, float]:
    return _eval.ratio(c["tp"], c["tp"] + c["fp"]), _eval.ratio(c["tp"], c["tp"] + c["fn"])


def evaluate_docs(split: str, verbose: bool) -> int:
    data = _eval.load_gold(split)
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    errors: list[str] = []
    org_bare = collections.Counter[str]()
    for name, want in sorted(data["documents"].items()):
        doc = _eval.read(split, name)
        ents = doc.entities
        zones = {e.zone for e in ents if e.kind in ("zone", "area") and e.zone}
        areas = {e.name for e in ents if e.kind == "area"}
        people = {e.name for e in ents if e.kind == "person"}
        orgs = {fold(e.name) for e in ents if e.kind == "org"} | {fold(e.surface) for e in ents if e.kind == "org"}
        gold_zones = set(want.get("zones") or [])
        extra, missed = score(gold_zones - {"all_ftz"}, zones - {"all_ftz"}, counts["zone"])
        errors += [f"{name} zone +{x}" for x in sorted(extra)] + [f"{name} zone -{x}" for x in sorted(missed)]
        score({"all_ftz"} & gold_zones, {"all_ftz"} & zones, counts["all_ftz"])
        extra, missed = score(set(want.get("areas") or []), areas, counts["area"])
        errors += [f"{name} area +{x}" for x in sorted(extra)] + [f"{name} area -{x}" for x in sorted(missed)]
        extra, missed = score(set(want.get("persons") or []), people, counts["person"])
        errors += [f"{name} person +{x}" for x in sorted(extra)] + [f"{name} person -{x}" for x in sorted(missed)]
        if want.get("orgs_annotated"):
            for o in want.get("orgs") or []:
                hit = fold(o) in orgs
                counts["org"]["tp" if hit else "fn"] += 1
                if not _ORG_SUFFIX_RE.search(o):
                    org_bare["tp" if hit else "fn"] += 1
                if not hit:
                    errors.append(f"{name} org -{o}")
    print(f"split {split}: {len(data['documents'])} documents")
    print(f"{'aspect':<40}{'precision':>10}{'recall':>8}{'gold':>7}")
    rows: list[tuple[str, Any]] = [
        ("zones (per document, pilot FTZs + FTP)", counts["zone"]),
        ("all_ftz (per document)", counts["all_ftz"]),
        ("areas (per document)", counts["area"]),
        ("people (per document)", counts["person"]),
    ]
    for label, c in rows:
        p, r = prf(c)
        print(f"{label:<40}{p:>10.3f}{r:>8.3f}{c['tp'] + c['fn']:>7}")
    c = counts["org"]
    print(
        f"{'organisations (recall, where annotated)':<40}{'':>10}{_eval.ratio(c['tp'], c['tp'] + c['fn']):>8.3f}{c['tp'] + c['fn']:>7}"
    )
    print(
        f"{'  of them without an org suffix':<40}{'':>10}{_eval.ratio(org_bare['tp'], org_bare['tp'] + org_bare['fn']):>8.3f}{org_bare['tp'] + org_bare['fn']:>7}"
    )
    kinds = collections.Counter(e.split()[1] + (" extra" if " +" in e else " missed") for e in errors)
    print("error kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    if verbose:
        print("\n".join(errors))
    return 0


def evaluate_seeds(verbose: bool) -> int:
    gold = _eval.load_gold("seeds", "entities")["documents"]
    tp: collections.Counter[str] = collections.Counter()
    fp: collections.Counter[str] = collections.Counter()
    fn: collections.Counter[str] = collections.Counter()
    errors: list[str] = []
    for name, expected in gold.items():
        doc = _eval.read("seeds", name)
        found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for e in doc.entities:
            if e.zone != "all_ftz":
                found[e.kind][e.name] += 1
        for kind in expected["kinds"]:
            want = collections.Counter(expected.get(kind, {}))
            got = found.get(kind, collections.Counter())
            for n in set(want) | set(got):
                hit = min(want[n], got[n])
                tp[kind] += hit
                fp[kind] += got[n] - hit
                fn[kind] += want[n] - hit
                if got[n] != want[n]:
                    errors.append(f"{name[:3]} {kind:<6} {got[n] - want[n]:+d} {n}")
    print("split seeds: mentions per kind (bench/entities_gold.json)")
    print(f"{'kind':<8}{'precision':>10}{'recall':>8}{'gold':>7}{'found':>7}")
    for kind in KINDS:
        p = _eval.ratio(tp[kind], tp[kind] + fp[kind])
        r = _eval.ratio(tp[kind], tp[kind] + fn[kind])
        print(f"{kind:<8}{p:>10.2f}{r:>8.2f}{tp[kind] + fn[kind]:>7}{tp[kind] + fp[kind]:>7}")
    if verbose:
        print("\n".join(sorted(errors)))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--split", choices=_eval.SPLITS, default="dev")
    ap.add_argument("--verbose", action="store_true", help="list what was missed and what was extra")
    args = ap.parse_args()
    if not _eval.gold_file(args.split, "entities").is_file():
        ap.error(f"no gold file {_eval.gold_file(args.split, 'entities')} for the split {args.split}")
    if args.split == "seeds":
        return evaluate_seeds(args.verbose)
    return evaluate_docs(args.split, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
