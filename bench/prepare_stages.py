"""Where an import's worker CPU goes: times each stage of ``services.importing.prepare`` (read and
hash, parse, canonical text and tokens, entities, metrics, near-duplicate sketch, pickling the
result) over a sample of a folder, in this one process, and scales the figures to the whole folder.

    uv run python bench/prepare_stages.py [FOLDER] [--every N] [--profile STAGE] [--top K]

``--every 4`` (the default) takes every fourth file; ``--profile`` prints the top functions of one
stage (parse, text, entities, metrics, sketch) by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import pickle
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ftz_desktop.core import entities, importers, metrics, neardup
from ftz_desktop.services import importing
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import duplicates as store_dups
from ftz_desktop.store import entities as store_entities

STAGES = ("read", "parse", "text", "entities", "metrics", "pack", "sketch", "pickle")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--every", type=int, default=4, help="take every Nth file")
    ap.add_argument("--profile", choices=STAGES, help="profile this stage")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    files = importing.plan([args.folder]).files
    sample = files[:: args.every]
    importing.warm_up()
    spent = dict.fromkeys(STAGES, 0.0)
    profiler = cProfile.Profile()
    clock = time.process_time

    def run(stage: str, fn: Callable[..., Any], *a: Any) -> Any:
        on = args.profile == stage
        t = clock()
        if on:
            profiler.enable()
        out = fn(*a)
        if on:
            profiler.disable()
        spent[stage] += clock() - t
        return out

    nbytes = 0
    for name in sample:
        data = run("read", lambda n: Path(n).read_bytes(), name)
        run("read", lambda d: hashlib.blake2b(d, digest_size=16).hexdigest(), data)
        nbytes += len(data)
        doc = run("parse", importers.read_document, Path(name), data)
        text = run("text", store_docs.prepare_text, doc.title, doc.text, doc.paragraphs)
        found = run("entities", entities.extract, doc.text)
        figures = run("metrics", lambda t, f, d: tuple(metrics.extract(t, f, d)), doc.text, found, doc.date)
        rows = run("pack", store_entities.pack, found)
        sketch = run("sketch", lambda t: store_dups.pack(neardup.sketch(t)), doc.text)
        slim = dataclasses.replace(doc, text="", paragraphs=())
        prep = importing.Prepared("x", len(data), slim, text, entities=rows, metrics=figures, sketch=sketch)
        run("pickle", lambda p: pickle.loads(pickle.dumps(p)), prep)
    scale = len(files) / len(sample)
    total = sum(spent.values())
    print(f"{len(sample)} of {len(files)} files, {nbytes / 1e6:.1f} MB; CPU-s scaled to the whole folder:")
    for stage in STAGES:
        print(f"{stage:>10}: {spent[stage] * scale:6.1f} CPU-s  ({spent[stage] / total:4.0%})")
    print(f"{'total':>10}: {total * scale:6.1f} CPU-s")
    if args.profile:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
