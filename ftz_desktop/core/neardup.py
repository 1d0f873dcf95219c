"""Near-duplicate texts: a MinHash sketch (bottom-k) over character shingles for finding
candidates fast, and the exact test that decides whether two texts are copies of one document.

Two texts are copies when the Jaccard similarity of their sets of character 5-grams is at
least ``THRESHOLD`` (measured on the large corpus, see ``bench/duplicates.py``), and, for texts
made of numbered articles (第N条: laws and regulations), when no article differs: two versions of
a law that amend an article are different documents however similar they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

SHINGLE = 5  # characters per shingle
SKETCH_SIZE = 64  # hashes kept per text (the smallest: a bottom-k MinHash sketch)
KEY_COUNT = 8  # of those, the smallest few are the keys candidates are looked up by
# a candidate shares at least this many of the 8 keys: each key of the union's 8 smallest hashes is
# in both texts with the texts' similarity as probability, so copies at 0.8 share 3 or more in
# 99 % of cases (binomial 8, 0.8), and mere neighbours rarely do
MIN_SHARED_KEYS = 3
MAX_KEY_DOCS = 50  # a key found in more texts than this (a shingle of a programme's header) finds no candidates
THRESHOLD = 0.8  # Jaccard similarity of the shingle sets at which two texts are copies
CANDIDATE_THRESHOLD = 0.7  # sketch estimate below which a candidate is not even checked
MIN_CHARS = 20  # shorter texts are only ever copies when they are equal

_MASK = (1 << 64) - 1


@dataclass(frozen=True)
class Sketch:
    """The ``SKETCH_SIZE`` smallest shingle hashes of a text, ascending (64-bit, as signed ints
    so SQLite can store them)."""

    hashes: tuple[int, ...]

    @property
    def keys(self) -> tuple[int, ...]:
        return self.hashes[:KEY_COUNT]


def _comparable(text: str) -> str:
    # str.split() splits on exactly the characters \s matches (both ask str.isspace), 3x faster
    return "".join(text.split())


def _hashes(s: str) -> Any:
    """The 64-bit hash of every shingle of ``s`` (a numpy array; empty for short strings)."""
    import numpy as np

    n = len(s) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(s.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    prime = np.uint64(0x100000001B3)
    for j in range(SHINGLE):
        h = h * prime + codes[j : j + n]
    # splitmix64's finaliser: every bit of the shingle reaches every bit of the hash
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


def sketch(text: str) -> Sketch:
    """The bottom-k sketch of ``text`` (whitespace ignored), vectorised with numpy."""
    import numpy as np

    h = _hashes(_comparable(text))
    n = len(h)
    if n == 0:
        return Sketch(())
    want = 4 * SKETCH_SIZE
    smallest = _unique(np.partition(h, want - 1)[:want] if n > want else h)[:SKETCH_SIZE]
    if len(smallest) < SKETCH_SIZE and n > want:  # a very repetitive text: every hash counts
        smallest = _unique(h)[:SKETCH_SIZE]
    return Sketch(tuple(smallest.view(np.int64).tolist()))  # as signed ints, for SQLite


def _unique(a: Any) -> Any:
    """The distinct values of a numpy array, ascending: ``np.unique`` without its overhead (which
    weighs on arrays of a few hundred values) and its hash table (slower than a sort here)."""
    import numpy as np

    a = np.sort(a)
    if len(a) > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def estimate(a: Sketch, b: Sketch) -> float:
    """Jaccard similarity estimated from two sketches (0 when either is empty)."""
    if not a.hashes or not b.hashes:
        return 0.0
    ua, ub = {x & _MASK for x in a.hashes}, {x & _MASK for x in b.hashes}
    k = min(SKETCH_SIZE, len(ua | ub))
    union_k = sorted(ua | ub)[:k]
    both = ua & ub
    return sum(1 for x in union_k if x in both) / k


def shingles(text: str) -> set[str]:
    s = _comparable(text)
    return {s[i : i + SHINGLE] for i in range(len(s) - SHINGLE + 1)}


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the two texts' shingle sets (whitespace ignored), on 64-bit hashes
    of the shingles (a collision is as likely as a lottery win)."""
    import numpy as np

    ca, cb = _comparable(a), _comparable(b)
    ha, hb = _unique(_hashes(ca)), _unique(_hashes(cb))
    if not len(ha) or not len(hb):
        return 1.0 if ca == cb else 0.0
    both = len(np.intersect1d(ha, hb, assume_unique=True))
    return both / (len(ha) + len(hb) - both)


_ARTICLE_RE = re.compile(r"(?m)^\s*(第[一二三四五六七八九十百千零〇两\d]{1,8}条)(?=[\s　])")


def articles(text: str) -> dict[str, str]:
    """Numbered articles (第N条 at the start of a paragraph) → their text up to the next one."""
    marks = list(_ARTICLE_RE.finditer(text))
    out: dict[str, str] = {}
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body = _comparable(text[m.end() : end])
        out.setdefault(m.group(1), body)
    return out


def articles_differ(a: str, b: str) -> bool:
    """Both texts are made of numbered articles (three or more) and some article differs or is
    only in one of them: two versions of a law, not copies."""
    aa = articles(a)
    if len(aa) < 3:
        return False
    ab = articles(b)
    if len(ab) < 3:
        return False
    return aa != ab


def are_copies(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    """The exact test: shingle similarity at ``threshold`` or more, and no differing article."""
    if len(_comparable(a)) < MIN_CHARS or len(_comparable(b)) < MIN_CHARS:
        return _comparable(a) == _comparable(b)
    return jaccard(a, b) >= threshold and not articles_differ(a, b)


def best_copy(text: str, candidates: Sequence[tuple[int, str]], threshold: float = THRESHOLD) -> int | None:
    """The id of the candidate (id, text) that ``text`` is the closest copy of, if any."""
    mine = _comparable(text)
    if len(mine) < MIN_CHARS:
        return next((doc_id for doc_id, other in candidates if _comparable(other) == mine), None)
    import numpy as np

    own: Any = None
    best: tuple[float, int] | None = None
    for doc_id, other in candidates:
        theirs = _comparable(other)
        if min(len(mine), len(theirs)) < threshold * max(len(mine), len(theirs)):
            continue  # lengths alone bound the similarity below the threshold
        if own is None:
            own = _unique(_hashes(mine))
        hb = _unique(_hashes(theirs))
        both = len(np.intersect1d(own, hb, assume_unique=True))
        sim = both / (len(own) + len(hb) - both) if len(own) and len(hb) else 0.0
        if sim >= threshold and not articles_differ(text, other) and (best is None or sim > best[0]):
            best = (sim, doc_id)
    return best[1] if best else None
