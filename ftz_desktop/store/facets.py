"""Facet counts of a query's matching documents: by zone, area, year, source, format and tag.

The matching ids are written once to a temporary table of the connection; then one GROUP BY
over them counts the documents' years, sources and formats, one the zones, one the areas and one
the tags (never one query per result). Counts are of documents.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ftz_desktop.core.fold import fold
from ftz_desktop.core.tags import tag_key
from ftz_desktop.store import search as store_search

if TYPE_CHECKING:
    import sqlite_utils

#: facet kinds, in the order they are shown
KINDS = ("zone", "area", "year", "source", "format", "tag")

# (doc_id, kind, name) is the key of entities: one row per document and area
_ZONES = (
    "SELECT e.zone, count(DISTINCT e.doc_id) FROM temp.facet_ids f JOIN entities e ON e.doc_id = f.id"
    " WHERE e.kind IN ('zone', 'area') AND e.zone IS NOT NULL GROUP BY e.zone"
)
_AREAS = (
    "SELECT e.name, count(*) FROM temp.facet_ids f JOIN entities e ON e.doc_id = f.id AND e.kind = 'area'"
    " GROUP BY e.name"
)
# year, source and format in one pass (the index documents_facets covers it)
_FIELDS = (
    "SELECT substr(d.day, 1, 4), d.source, d.format, count(*) FROM temp.facet_ids f"
    " JOIN documents d ON d.id = f.id GROUP BY 1, 2, 3"
)
_TAG_PAIRS = (
    "SELECT x.doc_id, t.name FROM temp.facet_ids f JOIN document_tags x ON x.doc_id = f.id"
    " JOIN tags t ON t.id = x.tag_id"
    " UNION SELECT a.doc_id, t.name FROM temp.facet_ids f JOIN annotations a ON a.doc_id = f.id"
    " JOIN annotation_tags y ON y.annotation_id = a.id JOIN tags t ON t.id = y.tag_id"
)


def counts(
    db: sqlite_utils.Database, compiled: store_search.Compiled | None, kinds: Iterable[str] = KINDS
) -> dict[str, list[tuple[str, int]]]:
    """{kind: [(value, documents)]} for the documents ``compiled`` matches (every document when
    None), most documents first, then by value. Zones are zone ids; a tag counts the documents
    tagged with it or with a tag nested below it (as ``tag:`` finds them)."""
    conn = db.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS facet_ids (id INTEGER PRIMARY KEY)")
    out: dict[str, list[tuple[str, int]]] = {}
    kinds = tuple(kinds)
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # one snapshot for the ids and every count
    try:
        conn.execute("DELETE FROM temp.facet_ids")
        if compiled is None:
            conn.execute("INSERT INTO temp.facet_ids SELECT id FROM documents")
        else:
            # a query of short phrases: its documents from the impact index's weights (no FTS5
            # position lists), else the match
            found = store_search.matching_ids(db, compiled)
            if found is not None:
                conn.execute("INSERT INTO temp.facet_ids SELECT value FROM json_each(?)", [json.dumps(found)])
            else:
                sql, params = store_search.ids_sql(compiled)
                conn.execute(f"INSERT OR IGNORE INTO temp.facet_ids {sql}", params)
        wanted = set(kinds)
        if wanted & {"year", "source", "format"}:
            out.update(_field_counts(conn.execute(_FIELDS).fetchall()))
        if "zone" in wanted:
            out["zone"] = [(str(v), int(n)) for v, n in conn.execute(_ZONES).fetchall()]
        if "area" in wanted:
            out["area"] = [(str(v), int(n)) for v, n in conn.execute(_AREAS).fetchall()]
        if "tag" in wanted:
            out["tag"] = _tag_counts(conn.execute(_TAG_PAIRS).fetchall())
        conn.execute("DELETE FROM temp.facet_ids")
    finally:
        if own:
            conn.execute("COMMIT")
    return {kind: sorted(out[kind], key=lambda r: (-r[1], r[0])) for kind in kinds if kind in out}


def _field_counts(rows: list[tuple[str | None, str | None, str, int]]) -> dict[str, list[tuple[str, int]]]:
    """Documents per year, per source (sources that differ only in case or width are one, as the
    source: filter finds them; the commonest spelling names it) and per format."""
    years: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    spelled: Counter[str] = Counter()
    for year, source, fmt, n in rows:
        if year:
            years[year] += n
        formats[fmt] += n
        if source:
            spelled[source] += n
    sources: dict[str, Counter[str]] = {}
    for source, n in spelled.items():
        sources.setdefault(folded(source), Counter())[source] += n
    return {
        "year": list(years.items()),
        "source": [(spellings.most_common(1)[0][0], sum(spellings.values())) for spellings in sources.values()],
        "format": list(formats.items()),
    }


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """``fold`` remembered: the same few hundred sources come back with every query."""
    return fold(text)


def _tag_counts(pairs: list[tuple[int, str]]) -> list[tuple[str, int]]:
    """Documents per tag, a document counted under every tag above its own (政策/金融 → 政策 too)."""
    docs: dict[str, set[int]] = {}
    names: dict[str, str] = {}
    for doc_id, name in pairs:
        parts = name.split("/")
        for k in range(1, len(parts) + 1):
            prefix = "/".join(parts[:k])
            key = tag_key(prefix)
            names.setdefault(key, prefix)
            docs.setdefault(key, set()).add(doc_id)
    return [(names[k], len(v)) for k, v in docs.items()]
