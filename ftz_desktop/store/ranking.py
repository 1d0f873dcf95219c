"""The best k results of a text query without scoring every match: bm25 computed here exactly as
FTS5 computes it, over candidates read from the impact index best-first, stopping as soon as no
document left unread can enter the top k (a threshold algorithm).

A query is a tree of phrases (``Phrase``, ``AllOf``, ``AnyOf``, ``Without``) built beside its FTS5
expression by ``store.search``. For every positive phrase its cells in the impact index (see
``store.impact``) are read from the highest bound of ``r = w / K(D)`` down; each document read is
scored exactly (its title and text counted, its length from FTS5's own ``docsize``), and the bound
of what is still unread is the sum over phrases of ``idf · (k1+1) · τ / (τ + 1)``, ``τ`` being the
next unread cell's bound. ``top_k`` returns None where it cannot prove its answer (too many
candidates, a query shape it does not score, an index being built): the caller then ranks every
match with FTS5's ``bm25()``, as before.
"""

from __future__ import annotations

import heapq
import json
import math
import time
import weakref
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ftz_desktop.core.fold import fold
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import fts, impact

if TYPE_CHECKING:
    import numpy as np
    import sqlite_utils

#: Column weights, as passed to FTS5's bm25() by store.search (title, body).
TITLE_WEIGHT = float(impact.TITLE_WEIGHT)
BODY_WEIGHT = 1.0
#: Past this many candidates whose text was read (or documents met in the cells, or this many
#: seconds of this thread's CPU time) ranking every match with FTS5 is as fast: give up.
#: Candidates whose text must be read cost ~30–150 µs each, those scored from their cells a few µs.
MAX_CANDIDATES = 1500
MAX_CANDIDATES_BY_CELL = 40000
TIME_BUDGET = 0.08
#: Deeper pages than this are ranked by FTS5.
MAX_K = 400
#: Queries of more positive phrases than this are ranked by FTS5. The algorithm is exact for any
#: number (tests run it so), but at 400 MB with several frequent phrases the bound of documents
#: not yet read (the sum of every phrase's, each at least its floor) stays above the k-th score
#: until thousands of documents were read (measured: 中国 发展, 经济 OR 社会, 条例 OR 办法 OR 规定
#: take as long as or longer than FTS5 ranking every match; see README "Top k").
MAX_PHRASES = 1
_BATCH = 200


@dataclass(frozen=True)
class Phrase:
    """A phrase: ``text`` (``fts.encode``d) occurring in the title only, or in either column."""

    text: str
    title_only: bool = False

    def fts(self) -> str:
        expr = '"' + " ".join(self.text) + '"'
        return f"title : {expr}" if self.title_only else expr


@dataclass(frozen=True)
class AllOf:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Without:
    """``item`` NOT (any of ``excluded``)."""

    item: Node
    excluded: tuple[Node, ...]


Node = Phrase | AllOf | AnyOf | Without
T = TypeVar("T")


def leaves(node: Node, *, positive: bool = True) -> Iterator[tuple[Phrase, bool]]:
    """Every phrase of the tree in order, with whether it counts for (not against) a match."""
    if isinstance(node, Phrase):
        yield node, positive
    elif isinstance(node, Without):
        yield from leaves(node.item, positive=positive)
        for x in node.excluded:
            yield from leaves(x, positive=False)
    else:
        for x in node.items:
            yield from leaves(x, positive=positive)


def evaluate(
    node: Node,
    leaf: Callable[[Phrase], T],
    all_of: Callable[[list[T]], T],
    any_of: Callable[[list[T]], T],
    without: Callable[[T, T], T],
) -> T:
    """Fold a tree: its phrases by ``leaf``, AND by ``all_of``, OR by ``any_of``, NOT by
    ``without`` (of the item and any of the excluded)."""

    def walk(n: Node) -> T:
        if isinstance(n, Phrase):
            return leaf(n)
        if isinstance(n, AllOf):
            return all_of([walk(x) for x in n.items])
        if isinstance(n, AnyOf):
            return any_of([walk(x) for x in n.items])
        return without(walk(n.item), any_of([walk(x) for x in n.excluded]))

    return walk(node)


def matches(node: Node, present: dict[Phrase, bool]) -> bool:
    """Whether a document where these phrases are (not) present matches the tree."""
    if isinstance(node, Phrase):
        return present[node]
    if isinstance(node, AllOf):
        return all(matches(x, present) for x in node.items)
    if isinstance(node, AnyOf):
        return any(matches(x, present) for x in node.items)
    return matches(node.item, present) and not any(matches(x, present) for x in node.excluded)


def negation_under_or(node: Node, under_or: bool = False) -> bool:
    if isinstance(node, Phrase):
        return False
    if isinstance(node, Without):
        return under_or or negation_under_or(node.item, under_or)
    return any(negation_under_or(x, under_or or isinstance(node, AnyOf)) for x in node.items)


def phrase_docs(db: sqlite_utils.Database, phrase: Phrase) -> set[int]:
    """The documents where a phrase occurs (one pass of FTS5 over its postings, as a count takes)."""
    return {r[0] for r in db.execute("SELECT rowid FROM search WHERE search MATCH ?", [phrase.fts()])}


def tree_docs(node: Node, docs: dict[Phrase, set[int]]) -> set[int]:
    """The documents matching a tree, from the documents of each of its phrases: the very set
    FTS5 matches for the tree's expression."""
    if isinstance(node, Phrase):
        return docs[node]
    if isinstance(node, AllOf):
        return set.intersection(*(tree_docs(x, docs) for x in node.items))
    if isinstance(node, AnyOf):
        return set().union(*(tree_docs(x, docs) for x in node.items))
    return tree_docs(node.item, docs) - set().union(*(tree_docs(x, docs) for x in node.excluded))


# --- FTS5's own figures -----------------------------------------------------------------------


def _varints(blob: bytes) -> list[int]:
    """SQLite varints (big-endian, 7 bits a byte, the 9th byte whole), as FTS5 stores its sizes."""
    out, i, n = [], 0, len(blob)
    while i < n:
        v = 0
        for k in range(9):
            b = blob[i]
            i += 1
            if k == 8:
                v = (v << 8) | b
                break
            v = (v << 7) | (b & 0x7F)
            if b < 0x80:
                break
        out.append(v)
    return out


@dataclass(frozen=True)
class Stats:
    """The figures bm25 takes from the whole index: rows and average row length (all columns)."""

    rows: int
    avgdl: float


def stats(db: sqlite_utils.Database) -> Stats | None:
    """Read FTS5's averages record (None for an empty index)."""
    row = db.execute("SELECT block FROM search_data WHERE id = 1").fetchone()
    if row is None or not row[0]:
        return None
    values = _varints(bytes(row[0]))
    rows, total = values[0], sum(values[1:])
    if rows <= 0:
        return None
    return Stats(rows, total / rows)


def idf(rows: int, hits: int) -> float:
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


def bm25(freqs: Sequence[float], idfs: Sequence[float], length: float, avgdl: float) -> float:
    """FTS5's bm25 (higher is better), in its order of operations so the doubles agree."""
    k1, b = 1.2, 0.75
    score = 0.0
    for f, w in zip(freqs, idfs, strict=True):
        score += w * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / avgdl)))
    return score


def count_overlapping(haystack: str, needle: str) -> int:
    """Occurrences of ``needle`` in ``haystack``, overlapping ones too (as phrase matches count)."""
    n = len(needle)
    if not any(needle[:i] == needle[-i:] for i in range(1, n)):
        return haystack.count(needle)  # no occurrence can overlap another
    count, i = 0, haystack.find(needle)
    while i >= 0:
        count += 1
        i = haystack.find(needle, i + 1)
    return count


# --- the threshold algorithm ------------------------------------------------------------------

#: Bounds are raised by this much before being compared with exact scores, so that a bound and a
#: score computed by different sequences of operations can never swap by a rounding error.
_SLACK = 1.0 + 1e-9


def _g(tau: float) -> float:
    """bm25's saturation of ``r = f / K``: ``(k1+1)·r / (r+1)``."""
    return 2.2 * tau / (tau + 1.0)


@dataclass
class _Stream:
    """The cells of one phrase's basis term, best bound first, and how far they have been read."""

    cells: list[tuple[float, str, int]]  # (bound of r, token, w)
    idf: float  # the phrase's idf times how often the query names it
    floor: float
    pos: int = 0

    def tau(self) -> float:
        # a document never listed under the term is below the floor whatever the cell order says
        return max(self.cells[self.pos][0], self.floor) if self.pos < len(self.cells) else self.floor

    def bound(self) -> float:
        return self.idf * _g(self.tau())


def _cells(db: sqlite_utils.Database, term: str, avgdl: float) -> tuple[list[tuple[float, str, int]], int]:
    """The cells of a term, highest bound first, and how many postings they hold."""
    rows = db.execute(
        "SELECT term, doc FROM impact_vocab WHERE term >= ? AND term < ?", [term + "x0", term + "x:"]
    ).fetchall()
    ndocs = dict(rows)
    cells = sorted(
        ((impact.cell_bound(w, d, avgdl), t, w) for w, d, t in impact.parse_cells(term, list(ndocs))),
        reverse=True,
    )
    return cells, sum(ndocs.values())


def _basis(db: sqlite_utils.Database, phrase: Phrase, avgdl: float) -> list[tuple[float, str, int]]:
    """The cells of the term whose postings bound this phrase most cheaply: the phrase's single
    character, or the pair of characters in it with the fewest postings."""
    text = phrase.text
    terms = [text] if len(text) == 1 else sorted({text[i : i + 2] for i in range(len(text) - 1)})
    best: tuple[list[tuple[float, str, int]], int] | None = None
    for term in terms:
        found = _cells(db, term, avgdl)
        if best is None or found[1] < best[1]:
            best = found
    return best[0] if best else []


def _needs_encoding(text: str) -> bool:
    # a phrase of characters that folding and encoding leave alone (and that nothing else turns
    # into) matches the stored text at the same places as the encoded one
    return any(ch.isascii() or ch != ch.upper() or 0xE000 <= ord(ch) < 0xE080 for ch in text)


def _exact_in_cell(phrase: Phrase) -> bool:
    """Whether a cell's ``w`` is this phrase's exact weight (not only a bound of it)."""
    return len(phrase.text) <= 2 and not phrase.title_only


@dataclass
class _Seen:
    """A document met in some streams: its length cell and the ``w`` each of those streams gave."""

    d_cell: int
    ws: dict[int, int]
    absent: frozenset[int] | None = None  # the streams whose phrase it lacks, where known
    known: float = 0.0  # the bound of what the streams it was met in say of it
    open: tuple[int, ...] = ()  # the streams that can still add to it


def top_k(
    db: sqlite_utils.Database,
    tree: Node,
    k: int,
    *,
    conditions: Sequence[str] = (),
    params: Sequence[object] = (),
    accept: Callable[[int], bool] | None = None,
    known_hits: dict[Phrase, int] | None = None,
    docs: dict[Phrase, set[int]] | None = None,
) -> list[tuple[int, float]] | None:
    """The best ``k`` documents for ``tree`` as [(doc_id, score)], score and order exactly those of
    ``ORDER BY -bm25(search, 5, 1) DESC, rowid``; or None when this cannot be proved cheaply.

    ``conditions``/``params``: SQL conditions on ``d`` (documents) a result must also meet.
    ``accept``: a predicate on document ids; a document it refuses is never a result (a filter on
    ranked ids, such as collapsing duplicates, goes here). ``known_hits``: documents per phrase
    the caller already counted (a count of a frequent phrase is the dearest step). ``docs``: the
    documents of every phrase of the tree (``phrase_docs``), where the caller has them: a
    candidate's match is then decided without its text, and a phrase it lacks adds nothing to
    its bound.

    Every positive phrase is a stream of cells read best bound first (sorted access). A document
    met in a stream is not scored at once: its upper bound is what the streams it was met in say
    of it (its ``w`` and length cell) plus the current bound of every other stream, and it is
    scored exactly (resolved) only while that bound can still reach the top k — from its cells
    and length where each of its phrases' weights is known exactly, else from its text. Reading
    stops when the k-th exact score is above the bound of every unresolved document and of every
    document no stream has listed yet."""
    if k <= 0 or k > MAX_K or negation_under_or(tree):
        return None
    if len([p for p, pos in leaves(tree) if pos]) > MAX_PHRASES:
        return None
    if not store_docs.impact_is_current(db):
        return None
    st = stats(db)
    if st is None:
        return []
    all_leaves = list(leaves(tree))
    phrases = [p for p, _ in all_leaves]
    positive = [p for p, pos in all_leaves if pos]
    idf_of: dict[Phrase, float] = {}
    for p in dict.fromkeys(phrases):
        hits = len(docs[p]) if docs is not None else (known_hits or {}).get(p)
        if hits is None:
            hits = db.execute("SELECT count(*) FROM search WHERE search MATCH ?", [p.fts()]).fetchone()[0]
        idf_of[p] = idf(st.rows, hits)
    idfs = [idf_of[p] for p in phrases]
    floor = impact.floor_r(st.avgdl)
    unique = list(dict.fromkeys(positive))
    # a phrase given twice counts twice in bm25: one stream, its bound doubled
    streams = [_Stream(_basis(db, p, st.avgdl), idf_of[p] * positive.count(p), floor) for p in unique]
    n_streams = len(streams)
    # a document met in every stream has its exact score from its cells and length alone
    # (with ``docs``, whether it has each phrase at all is known too: one it lacks weighs 0)
    by_cell = (docs is not None or len(positive) == len(phrases)) and all(_exact_in_cell(p) for p in unique)
    sets = [docs[p] for p in unique] if docs is not None else None
    matching = tree_docs(tree, docs) if docs is not None else None
    where_w = [unique.index(p) if p in unique else -1 for p in phrases] if by_cell else []  # -1: excluded, 0
    encode_needed = any(_needs_encoding(p.text) for p in phrases)
    seen: dict[int, _Seen] = {}
    pending: list[tuple[float, int]] = []  # unresolved documents as (-upper bound, doc_id), lazily
    resolved: set[int] = set()
    heap: list[tuple[float, int]] = []  # the best k as (score, -doc_id): the worst on top
    texts_read = 0

    bounds = [s.bound() for s in streams]  # each stream's bound, renewed as it is read

    def upper(doc: _Seen) -> float:
        total = doc.known
        for i in doc.open:
            total += bounds[i]
        return total * _SLACK

    def complete(doc_id: int) -> bool:
        return by_cell and not seen[doc_id].open

    def threshold() -> float:
        return heap[0][0] if len(heap) >= k else -math.inf

    def offer(scored: Iterator[tuple[int, float]]) -> None:
        for doc_id, score in scored:
            item = (score, -doc_id)
            if len(heap) < k:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)

    def resolve(ids: list[int]) -> None:
        nonlocal texts_read
        resolved.update(ids)
        if accept is not None:
            ids = [i for i in ids if accept(i)]
        known = [i for i in ids if complete(i)]
        if known:
            ws = {i: [float(seen[i].ws.get(j, 0)) for j in where_w] for i in known}
            offer(_score_by_cells(db, ws, idfs, st, conditions, params))
        rest = [i for i in ids if not complete(i)]
        if rest:
            texts_read += len(rest)
            offer(_score(db, rest, tree, phrases, idfs, st, conditions, params, encode_needed))

    def best_pending(theta: float) -> tuple[float, int] | None:
        """Pop the unresolved document of the highest bound above ``theta``, with that bound."""
        while pending:
            stale, doc_id = pending[0]
            if doc_id in resolved:
                heapq.heappop(pending)
                continue
            ub = upper(seen[doc_id])
            if ub <= theta:  # can never enter the top k (the threshold only rises)
                heapq.heappop(pending)
                continue
            if ub < -stale:
                heapq.heapreplace(pending, (-ub, doc_id))
                continue
            heapq.heappop(pending)
            return ub, doc_id
        return None

    every = tuple(range(n_streams))
    started = time.thread_time()
    while True:
        unseen = sum(bounds) * _SLACK
        theta = threshold()
        best = best_pending(theta)
        if best is None and theta > unseen:
            break
        live = [s for s in streams if s.pos < len(s.cells)]
        if best is not None and (best[0] >= unseen or not live):
            # the best unresolved documents are better than anything unread: score them, those
            # scored from their cells first; one whose text would have to be read waits while
            # reading more cells (cheap) can still give its missing weights
            cheap = complete(best[1])
            if cheap or not live or not by_cell or len(seen) > MAX_CANDIDATES_BY_CELL // 2:
                batch: list[int] = [best[1]]
                held: list[tuple[float, int]] = []
                while len(batch) < _BATCH and len(held) < _BATCH:
                    nxt = best_pending(theta)
                    if nxt is None:
                        break
                    if nxt[0] < unseen and live:
                        held.append(nxt)
                        break
                    if complete(nxt[1]) == cheap:
                        batch.append(nxt[1])
                    else:
                        held.append(nxt)
                for ub, doc_id in held:
                    heapq.heappush(pending, (-ub, doc_id))
                resolve(batch)
                if texts_read > MAX_CANDIDATES or time.thread_time() - started > TIME_BUDGET:
                    return None
                continue
        if best is not None:
            heapq.heappush(pending, (-best[0], best[1]))
        if not live:
            return None  # documents never listed could still enter the top k
        i = max(range(n_streams), key=lambda j: streams[j].bound() if streams[j].pos < len(streams[j].cells) else -1.0)
        stream = streams[i]
        _, tok, w = stream.cells[stream.pos]
        stream.pos += 1
        bounds[i] = stream.bound()
        d_cell = int(tok.rpartition("y")[2])
        gain = stream.idf * _g(impact.cell_bound(w, d_cell, st.avgdl))
        ready: list[int] = []
        for (doc_id,) in db.execute("SELECT rowid FROM impact WHERE impact MATCH ?", ['"' + tok + '"']):
            if doc_id in resolved:
                continue
            doc = seen.get(doc_id)
            if doc is None:
                if matching is not None and doc_id not in matching:
                    resolved.add(doc_id)  # not a match: nothing to score
                    continue
                if sets is None:
                    doc = seen[doc_id] = _Seen(d_cell, {}, None, 0.0, every)
                else:
                    absent = frozenset(j for j, d in enumerate(sets) if doc_id not in d)
                    doc = seen[doc_id] = _Seen(d_cell, {}, absent, 0.0, tuple(j for j in every if j not in absent))
            doc.ws[i] = w
            doc.known += gain
            doc.open = () if n_streams == 1 else tuple(j for j in doc.open if j != i)
            if by_cell and not doc.open:
                ready.append(doc_id)  # every weight known: scored now, a few µs each
            else:
                heapq.heappush(pending, (-upper(doc), doc_id))
        theta = threshold()
        for start in range(0, len(ready), _BATCH):
            resolve([d for d in ready[start : start + _BATCH] if upper(seen[d]) > theta])
            theta = threshold()
        if len(seen) > MAX_CANDIDATES_BY_CELL or time.thread_time() - started > TIME_BUDGET:
            return None
    return [(-neg, score) for score, neg in sorted(heap, reverse=True)]


def score_ids(db: sqlite_utils.Database, tree: Node, ids: Sequence[int]) -> list[tuple[int, float]]:
    """Those of ``ids`` that match ``tree`` (checked against their text), with their exact bm25,
    best first: for a few documents picked by a filter, cheaper than FTS5 scoring every match."""
    st = stats(db)
    if st is None:
        return []
    phrases = [p for p, _ in leaves(tree)]
    idfs = [
        idf(st.rows, db.execute("SELECT count(*) FROM search WHERE search MATCH ?", [p.fts()]).fetchone()[0])
        for p in phrases
    ]
    encode_needed = any(_needs_encoding(p.text) for p in phrases)
    out = list(_score(db, list(ids), tree, phrases, idfs, st, (), (), encode_needed))
    out.sort(key=lambda r: (-r[1], r[0]))
    return out


def _score_by_cells(
    db: sqlite_utils.Database,
    ws: dict[int, list[float]],
    idfs: Sequence[float],
    st: Stats,
    conditions: Sequence[str],
    params: Sequence[object],
) -> Iterator[tuple[int, float]]:
    """(doc_id, bm25) of documents whose phrases' weights are known (``ws``: per document, one
    weight per phrase): only their lengths are read."""
    where = "".join(f" AND {c}" for c in conditions)
    rows = db.execute(
        "SELECT d.id, z.sz FROM documents d JOIN search_docsize z ON z.id = d.id"
        f" WHERE d.id IN (SELECT value FROM json_each(?)){where}",
        [json.dumps(list(ws)), *params],
    ).fetchall()
    for doc_id, size in rows:
        yield doc_id, bm25(ws[doc_id], idfs, float(sum(_varints(bytes(size)))), st.avgdl)


def _score(
    db: sqlite_utils.Database,
    ids: list[int],
    tree: Node,
    phrases: list[Phrase],
    idfs: list[float],
    st: Stats,
    conditions: Sequence[str],
    params: Sequence[object],
    encode_needed: bool,
) -> Iterator[tuple[int, float]]:
    """(doc_id, bm25) of the candidates that match the whole query and meet the conditions."""
    if not ids:
        return
    where = "".join(f" AND {c}" for c in conditions)
    rows = db.execute(
        "SELECT d.id, d.title, t.text, z.sz FROM documents d JOIN texts t ON t.doc_id = d.id"
        " JOIN search_docsize z ON z.id = d.id"
        f" WHERE d.id IN (SELECT value FROM json_each(?)){where}",
        [json.dumps(ids), *params],
    ).fetchall()
    plain = {p.text: fts.decode(p.text) for p in phrases}
    for doc_id, title, blob, size in rows:
        body = zlib.decompress(blob).decode("utf-8")
        needles = {p.text: p.text for p in phrases}
        if encode_needed:
            title, body = fold(title), fold(body)
            if fts.has_private(title) or fts.has_private(body):
                title, body = fts.encode(title), fts.encode(body)
            else:
                # encoding maps one character to one: without private-use characters in the text
                # the phrase as typed occurs where the encoded one does (and moving every ASCII
                # sign of a long law costs 10× its folding)
                needles = plain
        freqs = []
        present: dict[Phrase, bool] = {}
        for p in phrases:
            in_title = count_overlapping(title, needles[p.text])
            in_body = 0 if p.title_only else count_overlapping(body, needles[p.text])
            present[p] = present.get(p, False) or bool(in_title or in_body)
            freqs.append(TITLE_WEIGHT * in_title + BODY_WEIGHT * in_body)
        if not matches(tree, present):
            continue
        yield doc_id, bm25(freqs, idfs, float(sum(_varints(bytes(size)))), st.avgdl)


# --- every match scored from the weight tokens --------------------------------------------------


def weights_cover(tree: Node) -> bool:
    """Whether ``rank_by_weights`` scores ``tree`` as FTS5 does: phrases of two characters that
    have weight tokens (``impact.has_weights``: the impact index has each one's exact weight in
    every document), in either column, in an AND or an OR of phrases, less any phrases. (In an
    AND holding an OR under a NOT, FTS5 leaves out of a document's score an OR's phrase that the
    document has, in some documents: where its iterator stands decides, not the text; hypothesis
    found one.)"""
    item = tree.item if isinstance(tree, Without) else tree
    while isinstance(item, (AllOf, AnyOf)) and len(item.items) == 1:
        item = item.items[0]
    flat = isinstance(item, Phrase) or (
        isinstance(item, (AllOf, AnyOf)) and all(isinstance(x, Phrase) for x in item.items)
    )
    excluded = tree.excluded if isinstance(tree, Without) else ()
    return (
        flat
        and all(isinstance(x, Phrase) for x in excluded)
        and all(impact.has_weights(p.text) and not p.title_only for p, _ in leaves(tree))
    )


def weight_tokens(db: sqlite_utils.Database, term: str) -> list[tuple[str, int, int]]:
    """The weight tokens of ``term`` as (token, weight, documents under it)."""
    rows = db.execute("SELECT term, doc FROM impact_vocab WHERE term >= ? AND term < ?", [term + "w0", term + "w:"])
    out = []
    for tok, n in rows.fetchall():
        w = impact.parse_weight(term, tok)
        if w is not None and n:
            out.append((tok, w, int(n)))
    return out


def term_weights(
    db: sqlite_utils.Database, term: str, tokens: list[tuple[str, int, int]] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every document where ``term`` (one or two encoded characters) occurs, and its exact weight
    there (5 × title + body occurrences): the documents of each of its weight tokens (each
    document is under exactly one)."""
    import numpy as np

    ids: list[np.ndarray] = []
    ws: list[np.ndarray] = []
    for tok, w, _ in weight_tokens(db, term) if tokens is None else tokens:
        docs = db.execute("SELECT group_concat(rowid) FROM impact WHERE impact MATCH ?", ['"' + tok + '"']).fetchone()[
            0
        ]
        if not docs:
            continue
        found = _parse_ids(docs)
        ids.append(found)
        ws.append(np.full(len(found), float(w)))
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(ids), np.concatenate(ws)


def _most_matches(node: Node, sizes: dict[Phrase, int]) -> int:
    """An upper bound of how many documents match ``node``, from its phrases' document counts."""

    def least(xs: list[int]) -> int:
        return min(xs)

    def total(xs: list[int]) -> int:
        return sum(xs)

    return evaluate(node, sizes.__getitem__, least, total, lambda item, _: item)


def _parse_ids(text: str) -> np.ndarray:
    import numpy as np

    # np.fromstring with a separator parses in C (it is deprecated only for binary data)
    return np.fromstring(text, dtype=np.int64, sep=",")


def doc_lengths(db: sqlite_utils.Database) -> np.ndarray:
    """Every document's length in the search index (title and body tokens, as bm25 takes it),
    indexed by document id; read once per connection and state of the library."""
    import numpy as np

    key = (
        db.execute("PRAGMA data_version").fetchone()[0],
        db.conn.total_changes,
        db.execute("SELECT block FROM search_data WHERE id = 1").fetchone(),
    )
    cached = _LENGTHS.get(db)
    if cached is not None and cached[0] == key:
        return cached[1]
    rows = db.execute("SELECT id, sz FROM search_docsize").fetchall()
    if not rows:
        lengths = np.zeros(1)
    else:
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        blobs = [bytes(r[1]) for r in rows]
        buf = np.frombuffer(b"".join(blobs), dtype=np.uint8)
        blob_start = np.cumsum([0] + [len(b) for b in blobs[:-1]])
        # SQLite varints: 7 bits a byte, the last byte of each below 0x80 (lengths never need 9)
        ends = np.flatnonzero(buf < 0x80)
        starts = np.concatenate(([0], ends[:-1] + 1))
        values = np.zeros(len(ends), dtype=np.int64)
        for j in range(int((ends - starts).max()) + 1):
            more = ends - starts >= j
            values[more] = (values[more] << 7) | (buf[starts[more] + j] & 0x7F)
        owner = np.searchsorted(blob_start, starts, side="right") - 1
        per_doc = np.bincount(owner, weights=values.astype(np.float64), minlength=len(rows))
        lengths = np.zeros(int(ids.max()) + 1)
        lengths[ids] = per_doc
    _LENGTHS[db] = (key, lengths)
    return lengths


_LENGTHS: weakref.WeakKeyDictionary[sqlite_utils.Database, tuple[object, np.ndarray]] = weakref.WeakKeyDictionary()


def rank_by_weights(
    db: sqlite_utils.Database,
    tree: Node,
    k: int | None,
    *,
    within: Sequence[int] | None = None,
    accept: Callable[[int], bool] | None = None,
    more_than: int = 0,
) -> tuple[int, list[tuple[int, float]]] | None:
    """(how many documents match ``tree``, the best ``k`` as [(doc_id, score)]) with scores and
    order exactly those of ``ORDER BY -bm25(search, 5, 1) DESC, rowid``; ``k`` None: all of them.

    Every match is scored, from each phrase's exact weight in every document (the impact index's
    tokens) and the documents' lengths: no text and no position list is read, so a query of
    several frequent short phrases costs a pass over their postings, not FTS5's matching and
    scoring of each document. None where the index cannot say (a phrase longer than two
    characters or in the title only, an index being built). ``within``: only these documents
    (those a filter leaves) count and rank; ``accept`` as in ``top_k``. ``more_than``: None as
    well where the phrases' document counts show that at most this many documents can match
    (FTS5 ranks a few matches of a rare phrase faster than a frequent one's weights are read)."""
    import numpy as np

    found = _weighed(db, tree, within, more_than)
    if found is None:
        return None
    st, lengths, weight, present, mask = found
    matched = np.flatnonzero(mask)
    total = len(matched)
    if st is None or (k is not None and k <= 0):
        return total, []
    k1, b = 1.2, 0.75
    length = lengths[matched]
    # bm25 as FTS5 computes it, phrase by phrase in the query's order: the doubles are equal
    norm = k1 * (1 - b + b * length / st.avgdl)
    score = np.zeros(total)
    for p, positive in leaves(tree):
        if not positive:
            continue  # an excluded phrase is absent from every match: it adds 0
        f = weight[p][matched]
        score = score + idf(st.rows, int(present[p].sum())) * ((f * (k1 + 1.0)) / (f + norm))
    # the best k (with room for those ``accept`` refuses), all of them if that was not enough
    want = None if k is None else (k if accept is None else 2 * k + 50)
    while True:
        rows: list[tuple[int, float]] = []
        order = _best_first(matched, score, want)
        for i in order:
            doc_id = int(matched[i])
            if accept is not None and not accept(doc_id):
                continue
            rows.append((doc_id, float(score[i])))
            if k is not None and len(rows) >= k:
                break
        if k is None or len(rows) >= k or len(order) >= total:
            return total, rows
        want = None


def matching_ids(db: sqlite_utils.Database, tree: Node) -> list[int] | None:
    """The documents matching ``tree``, from the weight tokens (None where ``rank_by_weights``
    cannot say): for the facets, the same set FTS5's match gives, without its position lists."""
    import numpy as np

    found = _weighed(db, tree, None, 0)
    return None if found is None else [int(i) for i in np.flatnonzero(found[4])]


def _weighed(
    db: sqlite_utils.Database, tree: Node, within: Sequence[int] | None, more_than: int
) -> tuple[Stats | None, np.ndarray, dict[Phrase, np.ndarray], dict[Phrase, np.ndarray], np.ndarray] | None:
    """(stats, lengths by id, each phrase's weight by id, its presence, the matches as a mask)."""
    import numpy as np

    if not weights_cover(tree) or not store_docs.impact_is_current(db):
        return None
    tokens = {p: weight_tokens(db, p.text) for p, _ in leaves(tree)}
    if more_than and _most_matches(tree, {p: sum(n for _, _, n in t) for p, t in tokens.items()}) <= more_than:
        return None
    st = stats(db)
    lengths = doc_lengths(db)
    size = len(lengths)
    weight: dict[Phrase, np.ndarray] = {}
    present: dict[Phrase, np.ndarray] = {}
    for p, _ in leaves(tree):
        if p in weight:
            continue
        ids, ws = term_weights(db, p.text, tokens[p])
        if len(ids) and int(ids.max()) >= size:
            return None  # a document newer than the lengths read (cannot happen in one transaction)
        dense = np.zeros(size)
        dense[ids] = ws
        weight[p] = dense
        present[p] = dense > 0.0
    mask = _tree_mask(tree, present).copy()  # (a phrase's own presence for a tree of one)
    if within is not None:
        keep = np.zeros(size, dtype=bool)
        chosen = np.asarray(within, dtype=np.int64)
        keep[chosen[chosen < size]] = True
        mask &= keep
    return st, lengths, weight, present, mask


def _best_first(ids: np.ndarray, score: np.ndarray, k: int | None) -> np.ndarray:
    """Positions of ``ids`` by score (highest first), equal scores by id; only the best ``k``
    (all of those tied with the k-th) when ``k`` is given."""
    import numpy as np

    pos = np.arange(len(ids))
    if k is not None and k < len(ids):
        kth = np.partition(score, len(score) - k)[len(score) - k]
        pos = np.flatnonzero(score >= kth)
    return pos[np.lexsort((ids[pos], -score[pos]))]


def _tree_mask(node: Node, present: dict[Phrase, np.ndarray]) -> np.ndarray:
    """The documents matching ``node`` as a boolean mask over document ids."""
    import numpy as np

    return evaluate(
        node,
        present.__getitem__,
        lambda xs: np.logical_and.reduce(xs),
        lambda xs: np.logical_or.reduce(xs),
        lambda item, excluded: item & ~excluded,
    )


#: A long phrase is bounded by this many of its pairs, those in the fewest documents (reading a
#: frequent pair's weights costs more than the texts its bound would spare).
LONG_PHRASE_PAIRS = 2


def _rarest_pairs(db: sqlite_utils.Database, text: str, n: int) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """The ``n`` pairs of characters of ``text`` in the fewest documents, with their weight tokens;
    none where a pair of characters that could be listed is not (the phrase is rare, and the
    listed pairs' bound would have many texts read that hold them but not the phrase). Pairs
    with a space or an ASCII sign are never listed, frequent or not: they are left out."""
    found = {text[i : i + 2] for i in range(len(text) - 1)}
    if not all(impact.has_weights(p) for p in found if impact.listable(p)):
        return []
    pairs = {p: weight_tokens(db, p) for p in found if impact.has_weights(p)}
    return sorted(pairs.items(), key=lambda x: (sum(c for _, _, c in x[1]), x[0]))[:n]


def top_k_of_long_phrase(
    db: sqlite_utils.Database,
    phrase: Phrase,
    k: int,
    hits: int,
    *,
    accept: Callable[[int], bool] | None = None,
) -> list[tuple[int, float]] | None:
    """The best ``k`` documents for one phrase of three characters or more whose ``hits``
    (documents, counted by the caller) are known, exactly as ``top_k``; None when it cannot tell
    cheaply.

    A phrase occurs in a document at most as often as each pair of characters in it, so the least
    weight of its rarest pairs (the weight tokens) and the document's length bound every match's
    score, and a document without one of those pairs is no match: documents are read from their text in
    the order of that bound until the k-th score is above the next bound. Where every match weighs little (a
    quoted sentence found once in thousands of documents) this needs a few dozen texts, where the
    cells' floor bounds nothing."""
    text = phrase.text
    if len(text) <= 2 or phrase.title_only or k <= 0 or k > MAX_K or not store_docs.impact_is_current(db):
        return None
    import numpy as np  # (here: a search that does not come this far starts without it)

    st = stats(db)
    if st is None:
        return []
    lengths = doc_lengths(db)
    least: np.ndarray | None = None  # per document, the least weight of the phrase's rarest pairs
    for pair, tokens in _rarest_pairs(db, text, LONG_PHRASE_PAIRS):
        ids, ws = term_weights(db, pair, tokens)
        if len(ids) and int(ids.max()) >= len(lengths):
            return None
        dense = np.zeros(len(lengths))
        dense[ids] = ws
        least = dense if least is None else np.minimum(least, dense)
    if least is None:
        return None  # a pair of the phrase has no weight tokens: a rare phrase, FTS5 ranks it
    ids = np.flatnonzero(least)  # the documents with every pair: the phrase's matches among them
    if len(ids) < hits:
        return None  # fewer than the matches FTS5 counted: an impact index not in step
    ws = least[ids]
    k1, b = 1.2, 0.75
    weight = idf(st.rows, hits)
    bound = weight * ((ws * (k1 + 1.0)) / (ws + k1 * (1 - b + b * lengths[ids] / st.avgdl))) * _SLACK
    order = np.argsort(-bound, kind="stable")
    heap: list[tuple[float, int]] = []
    encode_needed = _needs_encoding(text)
    start, step = 0, max(10, k + k // 2)  # the best bounds are often the best scores: few first
    while start < len(order):
        if len(heap) >= k and heap[0][0] > bound[order[start]]:
            break
        if start >= MAX_CANDIDATES:
            return None
        batch = [int(i) for i in ids[order[start : start + step]]]
        start, step = start + step, min(2 * step, _BATCH)
        if accept is not None:
            batch = [i for i in batch if accept(i)]
        for doc_id, score in _score(db, batch, phrase, [phrase], [weight], st, (), (), encode_needed):
            item = (score, -doc_id)
            if len(heap) < k:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
    return [(-neg, score) for score, neg in sorted(heap, reverse=True)]
