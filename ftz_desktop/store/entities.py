"""Entity rows: one per document and entity, with the mentions' offsets packed. Callers own transactions.

``pack`` turns extracted mentions into rows (pure, so import workers can run it); ``replace``
stores a document's rows; the readers aggregate over documents for the sidebar and the CLI.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ftz_desktop.records import Entity

if TYPE_CHECKING:
    import sqlite_utils

VERSION_KEY = "entities_version"

#: (kind, name, zone, count, spans JSON, detail)
Row = tuple[str, str, str | None, int, str, str | None]


def pack(entities: Iterable[Entity]) -> tuple[Row, ...]:
    """Group mentions by (kind, name): one row each, spans in text order, the commonest detail
    (the longest of the commonest, the first of those in the text)."""
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for e in entities:
        groups[(e.kind, e.name)].append(e)
    rows: list[Row] = []
    for (kind, name), mentions in groups.items():
        mentions.sort(key=lambda e: e.start)
        details = [e.detail for e in mentions if e.detail]
        # ties go to the first in the text (a set's order changes with each process's hash seed)
        detail = max(dict.fromkeys(details), key=lambda d: (details.count(d), len(d))) if details else None
        # what json.dumps(..., separators=(",", ":")) writes, without its machinery (one call per row)
        spans = "[" + ",".join(f"[{e.start:d},{e.end:d}]" for e in mentions) + "]"
        rows.append((kind, name, mentions[0].zone, len(mentions), spans, detail))
    return tuple(rows)


def replace(db: sqlite_utils.Database, doc_id: int, rows: Sequence[Row], *, new: bool = False) -> None:
    """Make ``rows`` the document's entities (a re-import replaces the old ones; ``new``: the
    document was just inserted, so it has none to delete)."""
    if not new:
        db.execute("DELETE FROM entities WHERE doc_id = ?", [doc_id])
    if rows:
        db.conn.executemany(
            "INSERT INTO entities (doc_id, kind, name, zone, count, spans, detail) VALUES (?,?,?,?,?,?,?)",
            [(doc_id, *r) for r in rows],
        )


def for_document(
    db: sqlite_utils.Database, doc_id: int
) -> list[tuple[str, str, str | None, list[tuple[int, int]], str | None]]:
    """(kind, name, zone, spans, detail) of one document."""
    rows = db.execute("SELECT kind, name, zone, spans, detail FROM entities WHERE doc_id = ?", [doc_id]).fetchall()
    return [(k, n, z, [(s, e) for s, e in json.loads(sp)], d) for k, n, z, sp, d in rows]


def get_version(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [VERSION_KEY]).fetchone()
    return row[0] if row else None


def set_version(db: sqlite_utils.Database, version: str) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [VERSION_KEY, version])


def aggregate(
    db: sqlite_utils.Database,
    *,
    doc_ids: Sequence[int] | None = None,
    kind: str | None = None,
    limit: int | None = None,
    copies: bool = True,
) -> list[tuple[str, str, str | None, int, list[tuple[int, int]], str | None]]:
    """(kind, name, zone, mentions, [(doc_id, mentions)], detail) over ``doc_ids`` (None: all),
    most mentioned first; ``limit`` applies per kind. Without ``copies``, the whole library
    counts each group of near-duplicate copies once (by its first document).

    One pass over the rows in scope, summed here: SQLite's GROUP BY followed by a second
    lookup per entity was far slower for ten thousand documents.
    """
    where: list[str] = []
    params: list[object] = []
    if doc_ids is not None:
        where.append("doc_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(d) for d in doc_ids]))
    elif not copies:
        where.append("doc_id IN (SELECT id FROM documents WHERE dup_of IS NULL)")
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    totals: dict[tuple[str, str], list[Any]] = {}
    for k, n, zone, doc_id, count, detail in db.execute(
        f"SELECT kind, name, zone, doc_id, count, detail FROM entities{cond}", params
    ):
        entry = totals.get((k, n))
        if entry is None:
            entry = totals[(k, n)] = [zone, 0, [], {}]
        entry[1] += count
        entry[2].append((doc_id, count))
        if detail:
            entry[3][detail] = entry[3].get(detail, 0) + count
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1][1], -len(kv[1][2]), kv[0]))
    if limit is not None:
        seen: dict[str, int] = defaultdict(int)
        kept = []
        for key, entry in ranked:
            if seen[key[0]] < limit:
                seen[key[0]] += 1
                kept.append((key, entry))
        ranked = kept
    out = []
    for (k, n), (zone, total, docs, details) in ranked:
        docs.sort(key=lambda x: (-x[1], x[0]))
        detail = max(details, key=lambda x: (details[x], len(x))) if details else None
        out.append((k, n, zone, total, docs, detail))
    return out


def docs_with(db: sqlite_utils.Database, kind: str, names: Sequence[str]) -> list[int]:
    """Ids of documents mentioning any of ``names`` of ``kind`` (for tests and tools)."""
    rows = db.execute(
        "SELECT DISTINCT doc_id FROM entities WHERE kind = ? AND name IN (SELECT value FROM json_each(?))",
        [kind, json.dumps(list(names), ensure_ascii=False)],
    ).fetchall()
    return sorted(r[0] for r in rows)


def document_ids(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
