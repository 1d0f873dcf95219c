"""The library listing for a scalable table: document ids in the order of a sort column (with a
filter applied in SQL), and the rows of any ids — so a view holds one integer per document and
reads only the rows it shows."""

from __future__ import annotations

import dataclasses
import json
from array import array
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ftz_desktop.records import DocumentSummary
from ftz_desktop.store.documents import summaries_by_id

if TYPE_CHECKING:
    import sqlite_utils  # imported through store.db (without numpy)

#: sort keys → ORDER BY terms (the id breaks ties, so an order is total and stable)
SORT_KEYS: dict[str, str] = {
    "imported": "id",
    "title": "title COLLATE NOCASE",
    "date": "day",
    "source": "source COLLATE NOCASE",
    "format": "format",
    "size": "size",
    "missing": "missing",
}


def _like(text: str) -> str:
    """``text`` as a LIKE pattern that matches it anywhere, its wildcards escaped with \\."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def ordered_ids(
    db: sqlite_utils.Database,
    sort: str = "imported",
    descending: bool = False,
    text: str = "",
    after: int = 0,
    *,
    copies: bool = True,
) -> array[int]:
    """Ids of the documents whose title, date, source or path contain ``text`` (case-insensitive
    for ASCII, as LIKE is), ordered by ``sort`` (a key of SORT_KEYS); an ``array('q')``.
    ``after``: only ids above it (the documents an import added since); ``copies=False``: each
    group of near-duplicate copies once, as its first document."""
    order = SORT_KEYS.get(sort, "id")
    direction = "DESC" if descending else "ASC"
    nulls = " NULLS LAST" if sort in ("date", "source") else ""
    conditions: list[str] = []
    args: list[object] = []
    if not copies:
        conditions.append("dup_of IS NULL")
    if after:
        conditions.append("id > ?")
        args.append(after)
    needle = text.strip()
    if needle:
        conditions.append(
            "(title LIKE ? ESCAPE '\\' OR date LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\'"
            " OR path LIKE ? ESCAPE '\\')"
        )
        args += [_like(needle)] * 4
    where = " WHERE " + " AND ".join(conditions) if conditions else ""
    sql = f"SELECT id FROM documents{where} ORDER BY {order} {direction}{nulls}, id {direction}"
    ids = array("q")
    cursor = db.conn.execute(sql, args)
    while True:
        chunk = cursor.fetchmany(20_000)
        if not chunk:
            break
        ids.extend(row[0] for row in chunk)
    return ids


def total(db: sqlite_utils.Database) -> int:
    """Documents in the library (the filter aside)."""
    row = db.conn.execute("SELECT count(*) FROM documents").fetchone()
    return int(row[0])


def rows(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, DocumentSummary]:
    """The listing rows of ``ids`` (ids no longer there are left out), the first document of a
    group of near-duplicates with its ``copy_count``."""
    found = summaries_by_id(db, ids)
    if not found:
        return found
    counts = dict(
        db.conn.execute(
            "SELECT dup_of, count(*) FROM documents WHERE dup_of IN (SELECT value FROM json_each(?)) GROUP BY dup_of",
            [json.dumps(list(found))],
        ).fetchall()
    )
    for doc_id, n in counts.items():
        if doc_id in found:
            found[doc_id] = dataclasses.replace(found[doc_id], copy_count=int(n))
    return found


def insertions(old: Sequence[int], new: Sequence[int]) -> list[tuple[int, list[int]]] | None:
    """How ``new`` follows from ``old`` by inserting ids only: [(position in the list being built,
    ids inserted there)], positions ascending; None when ``old``'s ids moved or went away."""
    runs: list[tuple[int, list[int]]] = []
    i = 0
    n_old = len(old)
    for position, doc_id in enumerate(new):
        if i < n_old and old[i] == doc_id:
            i += 1
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == position:
            runs[-1][1].append(doc_id)
        else:
            runs.append((position, [doc_id]))
    return runs if i == n_old else None
