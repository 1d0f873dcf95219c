"""What the evaluation scripts share: the splits, their gold files and documents, extraction.

Splits: ``dev`` (bench/eval/metrics_dev.json) and ``dev2`` (bench/eval/metrics_test.json, the
first round's held-out set, now development data too): the documents rules are written against;
``test2`` (bench/eval/metrics_test2.json, written by someone else after the second round's rules,
held out then and reported once; development data since the third round); ``test3``
(bench/eval/metrics_test3.json, written during the third round by two annotators who never saw
the rules: 129 documents, entity mentions only, since the corpus had no zone figures left outside
the other splits — run it to report figures, never to tune rules on its errors); ``seeds``
(bench/metrics_gold.json and bench/entities_gold.json, the five seed documents). The dev, dev2,
test2 and test3 documents are read from ../shared/corpus/large, the seeds from ../shared/corpus/seeds.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.core import entities, importers, metrics
from ftz_desktop.records import Entity, Metric

SHARED = ROOT.parent / "shared" / "corpus"
SPLITS = ("dev", "dev2", "test2", "test3", "seeds")
#: The gold file of each split under bench/eval (dev2 was the first round's test split).
_FILES = {
    "dev": "metrics_dev.json",
    "dev2": "metrics_test.json",
    "test2": "metrics_test2.json",
    "test3": "metrics_test3.json",
}


@dataclass
class Document:
    name: str  # as the gold file names it
    text: str
    date: str | None
    entities: list[Entity]
    metrics: list[Metric]


def gold_file(split: str, what: str = "metrics") -> Path:
    if split == "seeds":
        return ROOT / "bench" / f"{what}_gold.json"
    return ROOT / "bench" / "eval" / _FILES[split]


def load_gold(split: str, what: str = "metrics") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gold_file(split, what).read_text(encoding="utf-8"))
    return data


def corpus(split: str) -> Path:
    return SHARED / ("seeds" if split == "seeds" else "large")


def read(split: str, name: str) -> Document:
    """A document imported as the application imports it, with its entities and figures."""
    path = corpus(split) / name
    doc = importers.read_document(path, path.read_bytes())
    found = entities.extract(doc.text)
    return Document(name, doc.text, doc.date, found, metrics.extract(doc.text, found, doc.date))


def ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def split_arg(argv: list[str]) -> str:
    if "--split" in argv:
        i = argv.index("--split")
        if i + 1 < len(argv) and argv[i + 1] in SPLITS:
            split = argv[i + 1]
            if not gold_file(split).is_file():
                raise SystemExit(f"no gold file {gold_file(split)} for the split {split}")
            return split
        raise SystemExit(f"--split takes one of {', '.join(SPLITS)}")
    return "dev"
