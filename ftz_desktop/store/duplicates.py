"""Groups of near-duplicate documents: each document's sketch keys, candidate lookup, and the
group a document belongs to (``documents.dup_of``: the id of the group's first document, NULL for
that one and for documents without copies). Callers own transactions."""

from __future__ import annotations

import json
import struct
import weakref
from collections.abc import Callable, Iterable, Sequence

import sqlite_utils

from ftz_desktop.core import neardup
from ftz_desktop.store.db import get_setting, set_setting

VERSION_KEY = "duplicates_version"
VERSION = f"{neardup.SHINGLE}/{neardup.SKETCH_SIZE}/{neardup.KEY_COUNT}/{neardup.THRESHOLD}"
MAX_CANDIDATES = 20

# Keys found in more than MAX_KEY_DOCS documents, per open library: never looked up again.
_STOP_KEYS: weakref.WeakKeyDictionary[sqlite_utils.Database, set[int]] = weakref.WeakKeyDictionary()


def _candidates(db: sqlite_utils.Database, sketch: neardup.Sketch, doc_id: int) -> list[int]:
    """Documents that share at least MIN_SHARED_KEYS of the sketch's keys and whose sketches
    estimate the similarity at CANDIDATE_THRESHOLD or more, closest first (a key found in more
    than MAX_KEY_DOCS documents is ignored: it comes from text every document of a kind has)."""
    keys = sketch.keys
    if not keys:
        return []
    stop = _STOP_KEYS.setdefault(db, set())
    wanted = [k for k in dict.fromkeys(keys) if k not in stop]
    if not wanted:
        return []
    postings: dict[int, list[int]] = {}
    for key, other in db.execute(
        "SELECT key, doc_id FROM dup_keys WHERE key IN (SELECT value FROM json_each(?))", [json.dumps(wanted)]
    ):
        postings.setdefault(key, []).append(other)
    shared: dict[int, int] = {}
    for key, docs in postings.items():
        if len(docs) > neardup.MAX_KEY_DOCS:
            if len(stop) < 100_000:
                stop.add(key)  # never looked up again while this library is open
            continue
        for other in docs:
            if other != doc_id:
                shared[other] = shared.get(other, 0) + 1
    ids = [d for d, n in shared.items() if n >= neardup.MIN_SHARED_KEYS]
    if not ids:
        return []
    scored = []
    for other, blob in db.execute(
        "SELECT doc_id, hashes FROM dup_sketches WHERE doc_id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]
    ):
        est = neardup.estimate(sketch, _unpack(blob))
        if est >= neardup.CANDIDATE_THRESHOLD:
            scored.append((-est, other))
    return [d for _e, d in sorted(scored)[:MAX_CANDIDATES]]


def _pack(sketch: neardup.Sketch) -> bytes:
    return struct.pack(f"<{len(sketch.hashes)}q", *sketch.hashes)


def _unpack(blob: bytes) -> neardup.Sketch:
    return neardup.Sketch(struct.unpack(f"<{len(blob) // 8}q", blob))


def detach(db: sqlite_utils.Database, doc_id: int) -> None:
    """Take a document out of its group (its text is about to change): if it heads a group, the
    next document of the group heads it instead."""
    members = [r[0] for r in db.execute("SELECT id FROM documents WHERE dup_of = ? ORDER BY id", [doc_id])]
    if members:
        head = members[0]
        db.execute("UPDATE documents SET dup_of = NULL WHERE id = ?", [head])
        db.execute("UPDATE documents SET dup_of = ? WHERE dup_of = ?", [head, doc_id])
    db.execute("UPDATE documents SET dup_of = NULL WHERE id = ?", [doc_id])
    db.execute("DELETE FROM dup_keys WHERE doc_id = ?", [doc_id])
    db.execute("DELETE FROM dup_sketches WHERE doc_id = ?", [doc_id])


def assign(
    db: sqlite_utils.Database,
    doc_id: int,
    sketch: neardup.Sketch,
    text: str | Callable[[], str],
    texts: Callable[[list[int]], dict[int, str]],
) -> int | None:
    """Put a (new or re-imported, detached) document into the group of its closest copy, if it
    has one; record its keys. ``text``: its canonical text (or a function giving it, called
    only when there are candidates); ``texts(ids)`` gives stored texts. Returns the group."""
    group = None
    candidates = _candidates(db, sketch, doc_id)
    if candidates:
        stored = texts(candidates)
        body = text() if callable(text) else text
        best = neardup.best_copy(body, [(c, stored[c]) for c in candidates if c in stored])
        if best is not None:
            row = db.execute("SELECT dup_of FROM documents WHERE id = ?", [best]).fetchone()
            group = row[0] if row and row[0] is not None else best
            if group > doc_id:  # an older document (re-imported) heads the group
                db.execute("UPDATE documents SET dup_of = ? WHERE dup_of = ? OR id = ?", [doc_id, group, group])
                group = doc_id
            else:
                db.execute("UPDATE documents SET dup_of = ? WHERE id = ?", [group, doc_id])
    if sketch.hashes:
        db.conn.executemany(
            "INSERT INTO dup_keys (key, doc_id) VALUES (?, ?)", [(int(k), doc_id) for k in dict.fromkeys(sketch.keys)]
        )
        # plain INSERTs (the document was detached or is new): a statement that may need a statement
        # journal (OR REPLACE) would make FTS5 flush the pending index of the open batch
        db.conn.execute("INSERT INTO dup_sketches (doc_id, hashes) VALUES (?, ?)", [doc_id, _pack(sketch)])
    return group


def unsketched(db: sqlite_utils.Database) -> list[int]:
    """Documents without keys (imported before duplicates were detected), oldest first."""
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM dup_sketches k WHERE k.doc_id = d.id)"
            " ORDER BY id"
        )
    ]


def is_current(db: sqlite_utils.Database) -> bool:
    return get_setting(db, VERSION_KEY) == VERSION


def mark_current(db: sqlite_utils.Database) -> None:
    set_setting(db, VERSION_KEY, VERSION)


def has_groups(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM documents WHERE dup_of IS NOT NULL LIMIT 1").fetchone() is not None


def group_keys(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, int]:
    """Each document's group: the id heading it (its own id for one without copies)."""
    ids = list(ids)
    if not ids:
        return {}
    rows = db.execute(
        "SELECT id, coalesce(dup_of, id) FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def members(db: sqlite_utils.Database, heads: Iterable[int]) -> dict[int, list[int]]:
    """Every document of each group, by the id heading it (head first, then in import order)."""
    heads = list(heads)
    out: dict[int, list[int]] = {h: [h] for h in heads}
    if not heads:
        return out
    for doc_id, head in db.execute(
        "SELECT id, dup_of FROM documents WHERE dup_of IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(heads)],
    ):
        out[head].append(doc_id)
    return out


def copies_count(db: sqlite_utils.Database) -> dict[int, int]:
    """Documents in each group, by the id heading it (groups of two or more only)."""
    return {
        r[0]: r[1] + 1
        for r in db.execute("SELECT dup_of, count(*) FROM documents WHERE dup_of IS NOT NULL GROUP BY dup_of")
    }


def one_per_group(db: sqlite_utils.Database, ids: Sequence[int]) -> list[int]:
    """``ids`` less every document whose group already has an earlier one in the list."""
    keys = group_keys(db, ids)
    seen: set[int] = set()
    out = []
    for i in ids:
        g = keys.get(i, i)
        if g not in seen:
            seen.add(g)
            out.append(i)
    return out


def hidden_copies(
    db: sqlite_utils.Database, match: str | None, conditions: Sequence[str], params: Sequence[object]
) -> int:
    """How many of the documents a query finds are further copies of a group already found
    (matching documents less matching groups), for the collapsed total."""
    where = [
        "d.id IN (SELECT id FROM documents WHERE dup_of IS NOT NULL"
        " UNION SELECT dup_of FROM documents WHERE dup_of IS NOT NULL)",
        *conditions,
    ]
    args: list[object] = list(params)
    if match is not None:
        where.insert(1, "d.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
        args.insert(0, match)
    row = db.execute(
        "SELECT coalesce(sum(n - 1), 0) FROM (SELECT coalesce(d.dup_of, d.id) AS g, count(*) AS n"
        f" FROM documents d WHERE {' AND '.join(where)} GROUP BY g)",
        args,
    ).fetchone()
    return int(row[0])
