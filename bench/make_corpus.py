"""Build a large test corpus (e.g. 400 MB or 2 GB) by recombining the paragraphs of the large corpus.

    uv run python bench/make_corpus.py OUT --mb 400 [--source ../shared/corpus/large] [--seed 13] [--check]

Each "copy" of the source corpus keeps its documents' shapes — for every source document one new
document with that document's header (title line, date or promulgation lines), its number of body
paragraphs and its kind (xwlb news / laws) — but the body paragraphs are a fresh random permutation
of all body paragraphs of that kind. So every sentence is real text, term statistics are those of
the source, dates and titles are realistic, and no two new documents are near-duplicates of each
other: a document's paragraphs come from as many different source documents as it has paragraphs,
and another copy's documents draw from independent permutations. ``--check`` measures that: the
largest share of one document's paragraphs found in any other single document.

File names vary too: ``copyNN/<kind>/<source stem>_cNN.txt``. Copies are added until ``--mb`` is
reached (the last one partly). The output folder is never part of the repository (put it outside
the checkout).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_LAW_HEADER = re.compile(r"^\s*[(（]?\d{4}年")


def split(text: str, kind: str) -> tuple[list[str], list[str]]:
    """(header lines, body paragraphs) of one source document."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if not lines:
        return [], []
    n = 1
    if kind == "xwlb":
        n = min(2, len(lines))  # title, "2022-09-24 《新闻联播》"
    else:
        while n < len(lines) and _LAW_HEADER.match(lines[n]) and len(lines[n]) < 120:
            n += 1
    return lines[:n], lines[n:]


MIN_PIECES = 4
PIECE_CHARS = 200
_SENTENCE_END = re.compile(r"(?<=[。！？；])")


def pieces(paragraph: str) -> list[str]:
    """A paragraph cut at sentence ends into runs of at most about PIECE_CHARS characters."""
    out: list[str] = []
    cur = ""
    for sentence in _SENTENCE_END.split(paragraph):
        if cur and len(cur) + len(sentence) > PIECE_CHARS:
            out.append(cur)
            cur = ""
        cur += sentence
    if cur:
        out.append(cur)
    return out


Template = tuple[str, list[str], int, int]  # stem, header lines, body characters, body paragraphs


def load(source: Path) -> tuple[dict[str, list[Template]], dict[str, list[str]]]:
    """Per kind: the source documents as templates, and the pool of their body pieces."""
    kinds: dict[str, list[Template]] = {}
    pool: dict[str, list[str]] = defaultdict(list)
    for kind_dir in sorted(p for p in source.iterdir() if p.is_dir()):
        kind = kind_dir.name
        docs = []
        for f in sorted(kind_dir.glob("*.txt")):
            header, body = split(f.read_text(encoding="utf-8"), kind)
            if header:
                docs.append((f.stem, header, sum(map(len, body)), len(body)))
                for paragraph in body:
                    pool[kind].extend(pieces(paragraph))
        kinds[kind] = docs
    return kinds, pool


def _shuffled(rng: random.Random, n: int) -> Iterator[int]:
    while True:
        yield from rng.sample(range(n), n)


def build(source: Path, out: Path, mb: float, seed: int) -> tuple[int, int, list[list[int]], list[int]]:
    """Write the corpus; returns (documents, bytes, piece ids of every document, piece lengths by
    id) — the last two for --check.

    A new document takes pieces from its kind's permutation until it has its template's body
    length (and at least MIN_PIECES pieces, so that no piece makes most of a short document),
    then groups them into the template's number of paragraphs."""
    rng = random.Random(seed)
    kinds, pool = load(source)
    target = int(mb * 1e6)
    written = files = 0
    docs_pieces: list[list[int]] = []
    copy = 0
    offsets = {}
    lengths: list[int] = []
    for kind in kinds:  # a global piece id per pool entry, for --check
        offsets[kind] = len(lengths)
        lengths.extend(len(p) for p in pool[kind])
    # each kind's pieces in random order, a fresh permutation whenever one is used up
    streams = {kind: _shuffled(rng, len(pool[kind])) for kind in kinds}
    while written < target:
        # interleave the kinds' documents so a partial last copy has both kinds
        order = [(kind, i) for kind, docs in kinds.items() for i in range(len(docs))]
        rng.shuffle(order)
        for kind, i in order:
            stem, header, chars, n_paragraphs = kinds[kind][i]
            ids: list[int] = []
            got = 0
            while got < chars or len(ids) < MIN_PIECES:
                j = next(streams[kind])
                ids.append(j)
                got += lengths[offsets[kind] + j]
            n = max(1, min(n_paragraphs, len(ids)))
            cuts = [round(k * len(ids) / n) for k in range(n + 1)]
            body = ["".join(pool[kind][j] for j in ids[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
            sep = "\n\n" if kind == "laws" else "\n"
            text = "\n".join(header) + "\n\n" + sep.join(body) + "\n"
            path = out / f"copy{copy:02d}" / kind / f"{stem}_c{copy:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            path.write_bytes(data)
            written += len(data)
            files += 1
            docs_pieces.append([offsets[kind] + j for j in ids])
            if written >= target:
                break
        copy += 1
    return files, written, docs_pieces, lengths


def check(docs_paras: list[list[int]], lengths: list[int]) -> None:
    """For every pair of documents that share a paragraph: shared characters / characters of the
    two together (a Jaccard similarity on paragraphs, weighted by length)."""
    by_para: dict[int, list[int]] = defaultdict(list)
    size = []
    for d, ids in enumerate(docs_paras):
        for j in set(ids):
            by_para[j].append(d)
        size.append(sum(lengths[j] for j in set(ids)))
    worst = 0.0
    deciles: Counter[int] = Counter()
    for d, ids in enumerate(docs_paras):
        shared: Counter[int] = Counter()
        for j in set(ids):
            for other in by_para[j]:
                if other > d:
                    shared[other] += lengths[j]
        for other, chars in shared.items():
            sim = chars / max(1, size[d] + size[other] - chars)
            worst = max(worst, sim)
            deciles[min(9, int(sim * 10))] += 1
    print("pairs of documents sharing a paragraph, by similarity (shared / union of their characters):")
    for k in sorted(deciles):
        print(f"  {k / 10:.1f}–{(k + 1) / 10:.1f}: {deciles[k]} pairs")
    print(f"most similar pair: {worst:.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, required=True, help="size of the corpus to write, in MB")
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "corpus" / "large")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--check", action="store_true", help="measure how much any two documents share")
    args = ap.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        ap.error(f"{args.out} is not empty")
    files, written, docs_paras, lengths = build(args.source, args.out, args.mb, args.seed)
    print(f"{files} documents, {written / 1e6:.1f} MB in {args.out}")
    if args.check:
        check(docs_paras, lengths)
    return 0


if __name__ == "__main__":
    sys.exit(main())
