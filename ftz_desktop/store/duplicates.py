"""Groups of near-duplicate documents: each document's sketch keys, candidate lookup, and the
group a document belongs to (``documents.dup_of``: the id of the group's first document, NULL for
that one and for documents without copies). Callers own transactions."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ftz_desktop.core import neardup
from ftz_desktop.store.db import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite_utils  # imported through store.db (without numpy)

VERSION_KEY = "duplicates_version"
VERSION = f"{neardup.SHINGLE}/{neardup.SKETCH_SIZE}/{neardup.KEY_COUNT}/{neardup.THRESHOLD}"
MAX_CANDIDATES = 20


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


def add_and_group(
    db: sqlite_utils.Database,
    sketches: dict[int, bytes],
    texts: Callable[[list[int]], dict[int, str]],
) -> int:
    """Record the sketches (packed, by document id) of documents just written (new, or detached
    because their text changed) and put each into the group of its closest copy. One pass for a
    whole import: the postings of the new documents' keys are read at once (keys found in more
    than MAX_KEY_DOCS documents left out: they come from text every document of a kind has).
    ``texts(ids)`` gives stored canonical texts. Returns how many joined a group."""
    ids = sorted(sketches)
    if not ids:
        return 0
    keys = {
        i: tuple(dict.fromkeys(_unpack(sketches[i][: 8 * neardup.KEY_COUNT]).hashes)) for i in ids
    }  # (OR REPLACE below: another import
    # of the same files, in another process, may have recorded them meanwhile)
    db.conn.executemany(
        "INSERT OR REPLACE INTO dup_keys (key, doc_id) VALUES (?, ?)", [(k, i) for i in ids for k in keys[i]]
    )
    db.conn.executemany(
        "INSERT OR REPLACE INTO dup_sketches (doc_id, hashes) VALUES (?, ?)", [(i, sketches[i]) for i in ids]
    )
    postings: dict[int, list[int]] = {}
    for key, doc_id in db.execute(
        "SELECT key, doc_id FROM dup_keys WHERE key IN"
        " (SELECT key FROM dup_keys WHERE doc_id IN (SELECT value FROM json_each(?)))",
        [json.dumps(ids)],
    ):
        postings.setdefault(key, []).append(doc_id)
    candidates: dict[int, list[int]] = {}
    for i in ids:
        shared: dict[int, int] = {}
        for k in keys[i]:
            docs = postings.get(k, ())
            if len(docs) > neardup.MAX_KEY_DOCS:
                continue
            for other in docs:
                if other != i:
                    shared[other] = shared.get(other, 0) + 1
        found = [d for d, n in shared.items() if n >= neardup.MIN_SHARED_KEYS]
        if found:
            candidates[i] = found
    if not candidates:
        return 0
    del postings, keys
    unpacked = {i: _unpack(sketches[i]) for i in candidates}
    others = {d for found in candidates.values() for d in found if d not in unpacked}
    for d in others & sketches.keys():
        unpacked[d] = _unpack(sketches[d])
    others -= sketches.keys()
    if others:
        for doc_id, blob in db.execute(
            "SELECT doc_id, hashes FROM dup_sketches WHERE doc_id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(others))],
        ):
            unpacked[doc_id] = _unpack(blob)
    joined = 0
    for i, found in candidates.items():
        scored = sorted(
            (-est, d)
            for d in found
            if d in unpacked and (est := neardup.estimate(unpacked[i], unpacked[d])) >= neardup.CANDIDATE_THRESHOLD
        )[:MAX_CANDIDATES]
        if not scored:
            continue
        stored = texts([i] + [d for _e, d in scored])
        if i not in stored:
            continue
        best = neardup.best_copy(stored[i], [(d, stored[d]) for _e, d in scored if d in stored])
        if best is not None:
            _join(db, i, best)
            joined += 1
    return joined


def _join(db: sqlite_utils.Database, doc_id: int, copy_of: int) -> None:
    """Put ``doc_id`` (and its group, if it heads one) into the group of ``copy_of``; the oldest
    document heads the merged group."""
    heads = {
        r[0] if r[1] is None else r[1]
        for r in db.execute("SELECT id, dup_of FROM documents WHERE id IN (?, ?)", [doc_id, copy_of])
    }
    head = min(heads)
    for other in heads - {head}:
        db.execute("UPDATE documents SET dup_of = ? WHERE dup_of = ? OR id = ?", [head, other, other])


def pack(sketch: neardup.Sketch) -> bytes:
    """A sketch as stored (little-endian int64s)."""
    return _pack(sketch)


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
