"""The impact index: which documents a character or character pair weighs most in, so the best
search results can be found without scoring every match.

For every character and every pair of adjacent characters of a document's folded text, its
weight ``w`` (5 × occurrences in the title + occurrences in the body, as bm25 counts them) and the
document's length ``D`` (its tokens in the search index) are put in a cell: ``w`` exactly, ``D``
rounded down to a power of 2^¼. The cell becomes one token, ``<term>x<w>y<D cell>``, of a
contentless FTS5 table (``impact``, detail=none): the documents listed under a token are those in
that cell. bm25 grows with ``r = w / K(D)`` (``K(D) = k1·(1 − b + b·D/avgdl)``), so a cell gives
an upper bound of ``r`` for its documents (within 19 %), and the cells of a term read from the
highest bound down give its documents in nearly best-first order (see ``store.ranking``); for a
query of one such term the cell alone gives ``w``, and its documents are scored without reading
their text.

Cells are kept for the postings that can lead a ranking: ``r`` measured against a fixed
reference length (REF_AVGDL) at least R_MIN. A document missing from a term's cells therefore has
``r`` below ``floor_r(avgdl)`` for any true average length, which bounds every document never
listed there.

Pairs of characters that many documents hold (``data/impact_terms.json``: those in at least 1 %
of the documents of a sample of news and laws) also have *weight tokens* ``<term>w<w>`` (no
length cell) for every posting, in a cell or not: such a pair's weight tokens list every document
it occurs in, each once, with its exact ``w`` — queries of several frequent short phrases are
counted and ranked from them without FTS5's position lists (see
``store.ranking.rank_by_weights``). Rare pairs and single characters have none: FTS5 ranks a rare
pair's few matches as fast, and weight tokens for every posting of every term made the library
2.3× its text instead of 1.6–1.9×. The list is fixed (not the library's own), so a
document's tokens depend on its text alone, as deleting it from the contentless table needs.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import zlib
from typing import Any

from ftz_desktop import package_data
from ftz_desktop.store import fts

#: Bumped when the tokens change: the store then rebuilds the impact index.
IMPACT_VERSION = 4  # 3: a weight token for every posting; 4: only for the listed frequent pairs
#: Postings are kept when w / K_ref(D) reaches this, K_ref measured against REF_AVGDL.
R_MIN = 4.0
REF_AVGDL = 1000.0
TITLE_WEIGHT = 5
K1 = 1.2
B = 0.75


def k_of(length: float, avgdl: float) -> float:
    """bm25's length normalisation K(D) = k1·(1 − b + b·D/avgdl)."""
    return K1 * (1.0 - B + B * length / avgdl)


def floor_r(avgdl: float) -> float:
    """An upper bound of ``r`` for any term in a document not listed under that term."""
    return R_MIN * max(1.0, avgdl / REF_AVGDL)


def _cell(length: int) -> int:
    """A length rounded down to a power of 2^¼, as its exponent (length ≥ 1)."""
    return int(4.0 * math.log2(length))


def cell_bound(w: int, d_cell: int, avgdl: float) -> float:
    """The largest ``r`` a document of cell (w, d_cell) can have with this average length."""
    return w / k_of(2.0 ** (d_cell / 4.0), avgdl)


def token(term: str, w: int, d_cell: int) -> str:
    """The impact token of a term (one or two encoded characters) in a cell."""
    return f"{term}x{w}y{d_cell}"


def weight_token(term: str, w: int) -> str:
    """The token of every posting of a term: its weight only (``w``, not ``x``: the vocabulary
    lists a term's cells and its weight tokens as two ranges)."""
    return f"{term}w{w}"


@functools.cache
def _listed() -> tuple[str, ...]:
    """``data/impact_terms.json``'s pairs, sorted as the file holds them."""
    with package_data.data_path("impact_terms.json").open(encoding="utf-8") as f:
        return tuple(json.load(f)["terms"])


@functools.cache
def weighted_terms() -> frozenset[str]:
    """The pairs of characters (``fts.encode``d) that have weight tokens."""
    return frozenset(_listed())


def has_weights(term: str) -> bool:
    """Whether the impact index lists every posting of ``term`` under its weight tokens."""
    return term in weighted_terms()


def listable(term: str) -> bool:
    """Whether ``term`` is a pair the list may hold: two characters, neither a space nor one of
    the private-use characters ASCII signs are encoded as (frequent everywhere, never searched
    for among several phrases: they would only cost postings)."""
    return len(term) == 2 and not any(c.isspace() or 0xE000 <= ord(c) < 0xE080 for c in term)


def version() -> str:
    """The impact index's version as stored in the library: IMPACT_VERSION and the list of
    weighted terms (a new list rebuilds the index, as new tokens do)."""
    return f"{IMPACT_VERSION}.{_list_crc():08x}"


@functools.cache
def _list_crc() -> int:
    return zlib.crc32("\n".join(_listed()).encode("utf-8"))  # (the file lists them sorted)


@functools.cache
def _weighted_keys() -> tuple[Any, list[str]]:
    """``weighted_terms`` as the sorted integers ``_term_keys`` gives them, and each one's weight
    token without its weight (``<term>w``), in the same order."""
    import numpy as np

    keys = sorted((ord(t[0]) << _BITS) | ord(t[1]) for t in weighted_terms() if len(t) == 2)
    return np.array(keys, dtype=np.int64), [f"{chr(k >> _BITS)}{chr(k & _LOW)}w" for k in keys]


def parse_weight(term: str, tok: str) -> int | None:
    """The weight ``w`` of any token of ``term`` (a cell or a weight token); None for a token of
    another term that shares the prefix."""
    rest = tok[len(term) :]
    if rest[:1] not in ("x", "w"):
        return None
    w = rest[1:].partition("y")[0]
    return int(w) if w.isascii() and w.isdigit() else None


def parse_cells(term: str, tokens: list[str]) -> list[tuple[int, int, str]]:
    """(w, d_cell, token) of the tokens of ``term`` (as listed by the vocabulary)."""
    out = []
    n = len(term)
    for t in tokens:
        rest = t[n:]
        if not rest.startswith("x") or "y" not in rest:
            continue
        w, _, d = rest[1:].partition("y")
        if w.isdigit() and d.isdigit():
            out.append((int(w), int(d), t))
    return out


# A term as one integer, so a document's terms are counted by one numpy sort instead of a Counter
# of strings (twice as fast): a pair is ``a << 21 | b`` (code points are below 2**21), a single
# character ``c | 1 << 42``.
_BITS = 21
_LOW = (1 << _BITS) - 1
_SINGLE = 1 << (2 * _BITS)


def _term_keys(encoded: str) -> Any:
    """The integer of every character and of every pair of adjacent characters of ``encoded``."""
    import numpy as np  # (not at import time: the store is imported by commands that never index)

    codes = np.frombuffer(encoded.encode("utf-32-le"), dtype="<u4").astype(np.int64)
    return np.concatenate((codes | _SINGLE, (codes[:-1] << _BITS) | codes[1:]))


def postings(title_encoded: str, body_encoded: str) -> list[str]:
    """The impact tokens of one document (title and body already ``fts.encode``d), in the order a
    Counter of the body's characters, then its pairs, then the title's of each lists them."""
    import numpy as np

    length = len(title_encoded) + len(body_encoded)
    if length == 0:
        return []
    w_min = R_MIN * k_of(length, REF_AVGDL)
    parts = [_term_keys(body_encoded)] if body_encoded else []
    if title_encoded:
        parts += [_term_keys(title_encoded)] * TITLE_WEIGHT  # each occurrence in the title weighs 5
    keys = np.sort(np.concatenate(parts))
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    counts = np.diff(np.append(starts, len(keys)))
    kept = counts >= w_min  # only these can matter: the rest are never listed
    # the order of first occurrence: characters of the body by position, then its pairs, then
    # the title's characters and pairs that are not in the body
    found = []
    body_at, title_at = body_encoded.find, title_encoded.find
    for key, w in zip(keys[starts[kept]].tolist(), counts[kept].tolist(), strict=True):
        pair = 0 if key & _SINGLE else _PAIRS_AFTER
        term = chr(key & _LOW) if not pair else chr(key >> _BITS) + chr(key & _LOW)
        at = body_at(term)
        found.append((pair + at if at >= 0 else _TITLE_AFTER + pair + title_at(term), term, w))
    found.sort()
    cell = f"y{_cell(length)}"
    cells = [f"{term}x{w}{cell}" for _order, term, w in found]  # as token() writes them
    # the weight token of every posting of a listed pair (their order does not matter: each is
    # matched alone)
    listed, prefixes = _weighted_keys()
    distinct = keys[starts]
    where = np.searchsorted(listed, distinct)
    hit = listed[np.minimum(where, len(listed) - 1)] == distinct if len(listed) else np.zeros(len(distinct), dtype=bool)
    weights = list(map(operator.add, map(prefixes.__getitem__, where[hit].tolist()), map(str, counts[hit].tolist())))
    return cells + weights


_PAIRS_AFTER = 1 << 32  # order keys: pairs after characters, the title's after the body's
_TITLE_AFTER = 1 << 34


def index_text(title: str, text: str) -> str:
    """The string inserted into the impact table for a document: its tokens separated by spaces."""
    return " ".join(postings(fts.encode(title), fts.encode(text)))
