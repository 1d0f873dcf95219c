"""Precision and recall of the metric extraction against bench/metrics_gold.json (the seeds).

    uv run python bench/metrics_eval.py [--verbose]

A record matches a gold record on document + zone + area + value + unit (compared normalized:
1亿台 = 100000000台); period and kind agreement are reported for the matches. Only extracted
records with a zone count for precision (a figure left without a zone is 'none rather than wrong').
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ftz_desktop.core import entities, importers, metrics  # noqa: E402
from ftz_desktop.core.numbers import UNITS, normalize  # noqa: E402

SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds"


def norm(value: float, unit: str) -> tuple[float, str]:
    if unit in UNITS:
        v, u = normalize(value, unit)
    elif unit[:1] in "万亿" and len(unit) > 1:
        v, u = value * (1e4 if unit[0] == "万" else 1e8), unit[1:]
    else:
        v, u = value, unit
    return round(v or 0, 2), u


def main() -> int:
    verbose = "--verbose" in sys.argv
    gold = json.loads((HERE / "metrics_gold.json").read_text(encoding="utf-8"))["records"]
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    tp = fp = 0
    period_ok = kind_ok = 0
    missed: list[dict] = []
    wrong: list[str] = []
    for path in sorted(SEEDS.iterdir()):
        doc = importers.read_document(path, path.read_bytes())
        found = [m for m in metrics.extract(doc.text, entities.extract(doc.text), doc.date) if m.zone]
        want = list(by_doc.get(path.name, []))
        for m in found:
            key = (m.zone, m.area, *norm(m.value or 0, m.unit))
            hit = next((g for g in want if (g["zone"], g["area"], *norm(g["value"], g["unit"])) == key), None)
            if hit is None:
                fp += 1
                wrong.append(f"{path.name[:3]} {m.zone}/{m.area} {m.metric} {m.value_text} [{m.attribution}]")
                continue
            want.remove(hit)
            tp += 1
            period_ok += (hit["period"] is None) or hit["period"] == m.period
            kind_ok += hit["kind"] == m.kind
        missed.extend(want)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / len(gold) if gold else 0.0
    print(f"gold {len(gold)}, extracted with a zone {tp + fp}, matched {tp}")
    print(f"precision {precision:.3f}  recall {recall:.3f}")
    print(f"of the matches: period agrees {period_ok}/{tp}, kind agrees {kind_ok}/{tp}")
    if verbose:
        print("\nwrong (extracted, not in the gold list):")
        for w in wrong:
            print("  ", w)
        print("\nmissed:")
        for g in missed:
            print("  ", g["doc"][:3], g["zone"], g["area"], g["label"], g["value"], g["unit"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
