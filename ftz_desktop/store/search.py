"""Turning a parsed query into one SQL statement over the FTS5 index and the documents table.

Text terms become FTS5 phrases of single characters (see ``fts``), an unquoted term OR'ed with
its aliases (see ``core.expansion``); date ranges become conditions on ``documents.day``; entity
filters (zone:, area:, org:, person:, policy:) conditions on the ``entities`` table; source:,
format: and in: (a collection) conditions on the documents and the collections.
The FTS5 expression is built from our own encoded tokens only, so nothing
the user types can reach FTS5 or SQL syntax.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ftz_desktop.core import expansion
from ftz_desktop.core import query as q
from ftz_desktop.core.fold import fold
from ftz_desktop.core.tags import normalize_tag
from ftz_desktop.errors import QueryError
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import fts, ranking

if TYPE_CHECKING:
    import sqlite_utils

TITLE_WEIGHT = ranking.TITLE_WEIGHT
BODY_WEIGHT = ranking.BODY_WEIGHT
#: Up to this many matches FTS5 ranks them all faster than candidates can be read and scored.
RANK_ALL_BELOW = 2000
#: A filtered query (date:, zone:, tag: …) whose filters alone leave at most this many documents
#: has those checked against its text and scored, instead of FTS5 scoring every match of the text.
SCORE_FILTERED_BELOW = 600
#: Top-k with filters only where at least 1 document in TOP_K_FILTER_RATE meets them.
TOP_K_FILTER_RATE = 20


@dataclass
class Compiled:
    """A query as an FTS5 MATCH expression (or None) plus SQL conditions on ``d`` (documents).

    ``tree`` is the MATCH expression as ``ranking.Node``s, for scoring candidates without FTS5."""

    match: str | None
    conditions: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    tree: ranking.Node | None = None


@dataclass(frozen=True)
class _Fts:
    expr: str
    tree: ranking.Node


@dataclass(frozen=True)
class _Sql:
    cond: str
    params: tuple[object, ...]


def _term(term: q.Term) -> _Fts | None:
    # an unquoted term also finds its aliases (自贸区 = 自贸试验区 = 自由贸易试验区)
    title = term.field == "title"
    found = [(p, fts.encode(v)) for v, p in ((v, fts.phrase(v)) for v in expansion.variants(term)) if p is not None]
    if not found:
        return None
    phrases = [p for p, _ in found]
    leaves = tuple(ranking.Phrase(e, title) for _, e in found)
    ph = phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"
    tree: ranking.Node = leaves[0] if len(leaves) == 1 else ranking.AnyOf(leaves)
    if title:
        return _Fts(f"title : {ph}", tree)
    return _Fts(ph, tree)


def _entity_filter(node: q.Filter) -> _Sql:
    """zone:/area:/org:/person:/policy: — documents whose extracted entities match."""
    r = expansion.resolve_filter(node)
    if r.field == "zone":
        return _Sql(
            "d.id IN (SELECT doc_id FROM entities WHERE zone IS NOT NULL AND kind IN ('zone', 'area')"
            " AND zone IN (SELECT value FROM json_each(?)))",
            (json.dumps(list(r.zones)),),
        )
    if r.field == "area":
        return _Sql(
            "d.id IN (SELECT doc_id FROM entities WHERE kind = 'area' AND name IN (SELECT value FROM json_each(?)))",
            (json.dumps(list(r.names), ensure_ascii=False),),
        )
    if not r.value:
        return _Sql("0", ())
    if r.exact:
        return _Sql("d.id IN (SELECT doc_id FROM entities WHERE kind = ? AND name = ?)", (r.field, r.value))
    return _Sql("d.id IN (SELECT doc_id FROM entities WHERE kind = ? AND instr(name, ?) > 0)", (r.field, r.value))


def _as_sql(part: _Fts | _Sql) -> _Sql:
    if isinstance(part, _Sql):
        return part
    return _Sql("d.id IN (SELECT rowid FROM search WHERE search MATCH ?)", (part.expr,))


def _date(node: q.DateRange) -> _Sql:
    if node.start and node.end:
        return _Sql("(d.day BETWEEN ? AND ?)", (node.start, node.end))
    if node.start:
        return _Sql("(d.day >= ?)", (node.start,))
    if node.end:
        return _Sql("(d.day <= ?)", (node.end,))
    return _Sql("(d.day IS NOT NULL)", ())


def _tag(node: q.Filter) -> _Sql:
    """tag:X — documents tagged X, or with an annotated passage tagged X (or a tag nested below X)."""
    name = normalize_tag(node.value)
    if not name:
        return _Sql("0", ())
    cond = "(t.name = ? COLLATE NOCASE OR substr(t.name, 1, ?) = ? COLLATE NOCASE)"
    params = (name, len(name) + 1, name + "/")
    return _Sql(
        "d.id IN (SELECT x.doc_id FROM document_tags x JOIN tags t ON t.id = x.tag_id"
        f" WHERE {cond} UNION SELECT a.doc_id FROM annotations a"
        " JOIN annotation_tags y ON y.annotation_id = a.id JOIN tags t ON t.id = y.tag_id"
        f" WHERE {cond})",
        params + params,
    )


def _source(node: q.Filter) -> _Sql:
    """source:X — documents whose source contains X ("X" in quotes: is X), case and width ignored."""
    value = fold(node.value).strip()
    if not value:
        return _Sql("0", ())
    if node.exact:
        return _Sql("(ftz_fold(d.source) = ?)", (value,))
    return _Sql("(instr(ftz_fold(d.source), ?) > 0)", (value,))


def _format(node: q.Filter) -> _Sql:
    """format:pdf — documents imported from that format (txt, md, html, pdf, docx…)."""
    return _Sql("(d.format = ?)", (fold(node.value).strip().lstrip("."),))


def _collection(node: q.Filter) -> _Sql:
    """in:报告 — documents in the collection 报告 or in one nested below it (报告/2024)."""
    name = normalize_tag(node.value)
    if not name:
        return _Sql("0", ())
    return _Sql(
        "d.id IN (SELECT m.doc_id FROM collection_documents m JOIN collections c ON c.id = m.collection_id"
        " WHERE c.name = ? COLLATE NOCASE OR substr(c.name, 1, ?) = ? COLLATE NOCASE)",
        (name, len(name) + 1, name + "/"),
    )


_METADATA_FILTERS = {"source": _source, "format": _format, "in": _collection}


def _compile(node: q.Node) -> _Fts | _Sql | None:
    if isinstance(node, q.Term):
        return _term(node)
    if isinstance(node, q.DateRange):
        return _date(node)
    if isinstance(node, q.Filter) and node.field == "tag":
        return _tag(node)
    if isinstance(node, q.Filter) and node.field in _METADATA_FILTERS:
        return _METADATA_FILTERS[node.field](node)
    if isinstance(node, q.Filter) and node.field in expansion.ENTITY_FIELDS:
        return _entity_filter(node)
    if isinstance(node, q.Filter):
        raise QueryError(f"The filter '{node.field}:' is not available yet.")
    if isinstance(node, q.Or):
        parts = [p for p in (_compile(i) for i in node.items) if p is not None]
        if not parts:
            return None
        if all(isinstance(p, _Fts) for p in parts):
            fparts = [p for p in parts if isinstance(p, _Fts)]
            return _Fts("(" + " OR ".join(p.expr for p in fparts) + ")", ranking.AnyOf(tuple(p.tree for p in fparts)))
        sqls = [_as_sql(p) for p in parts]
        return _Sql(
            "(" + " OR ".join(s.cond for s in sqls) + ")",
            tuple(x for s in sqls for x in s.params),
        )
    if isinstance(node, q.Not):
        # coalesce: a document without a date or source is not in 2019, so -date:2019 keeps it
        inner = _compile(node.item)
        if inner is None:
            return None
        s = _as_sql(inner)
        return _Sql(f"NOT coalesce({s.cond}, 0)", s.params)
    if isinstance(node, q.And):
        pos_fts: list[_Fts] = []
        neg_fts: list[_Fts] = []
        and_sqls: list[_Sql] = []
        for item in node.items:
            if isinstance(item, q.Not):
                inner = _compile(item.item)
                if inner is None:
                    continue
                if isinstance(inner, _Fts):
                    neg_fts.append(inner)
                else:
                    and_sqls.append(_Sql(f"NOT coalesce({inner.cond}, 0)", inner.params))
                continue
            part = _compile(item)
            if part is None:
                continue
            if isinstance(part, _Fts):
                pos_fts.append(part)
            else:
                and_sqls.append(part)
        expr = None
        tree: ranking.Node | None = None
        if pos_fts:
            expr = "(" + " AND ".join(p.expr for p in pos_fts) + ")"
            tree = ranking.AllOf(tuple(p.tree for p in pos_fts))
            if neg_fts:
                expr += " NOT (" + " OR ".join(p.expr for p in neg_fts) + ")"
                tree = ranking.Without(tree, tuple(p.tree for p in neg_fts))
        elif neg_fts:
            and_sqls.append(
                _Sql(
                    "d.id NOT IN (SELECT rowid FROM search WHERE search MATCH ?)",
                    ("(" + " OR ".join(p.expr for p in neg_fts) + ")",),
                )
            )
        if expr is not None and tree is not None and not and_sqls:
            return _Fts(expr, tree)
        if expr is not None and tree is not None:
            and_sqls.insert(0, _as_sql(_Fts(expr, tree)))
        if not and_sqls:
            return None
        return _Sql(
            "(" + " AND ".join(s.cond for s in and_sqls) + ")",
            tuple(x for s in and_sqls for x in s.params),
        )
    raise TypeError(node)


def compile_query(query: q.Query) -> Compiled | None:
    """Compile a parsed query; None when nothing is left to look for."""
    if query.root is None:
        return None
    root = query.root
    # Split the top level so that its text terms drive FTS5 (and bm25) directly.
    items = root.items if isinstance(root, q.And) else (root,)
    fts_items = [i for i in items if _is_pure_text(i)]
    other = [i for i in items if not _is_pure_text(i)]
    compiled = Compiled(match=None)
    if fts_items:
        part = _compile(fts_items[0] if len(fts_items) == 1 else q.And(tuple(fts_items)))
        if isinstance(part, _Fts):
            compiled.match = part.expr
            compiled.tree = part.tree
        elif part is not None:
            compiled.conditions.append(part.cond)
            compiled.params.extend(part.params)
    for item in other:
        part = _compile(item)
        if part is None:
            continue
        s = _as_sql(part)
        compiled.conditions.append(s.cond)
        compiled.params.extend(s.params)
    if compiled.match is None and not compiled.conditions:
        return None
    return compiled


def _is_pure_text(node: q.Node) -> bool:
    if isinstance(node, q.Term):
        return True
    if isinstance(node, q.Not):
        return _is_pure_text(node.item)
    if isinstance(node, (q.And, q.Or)):
        return all(_is_pure_text(i) for i in node.items)
    return False


#: result orders besides relevance → ORDER BY terms on ``d`` (the id breaks ties); ``hits`` is
#: ordered by the service, which counts the hits in the texts
SORTS: dict[str, str] = {
    "date": "d.day DESC NULLS LAST, d.id DESC",
    "date-old": "d.day ASC NULLS LAST, d.id",
    "title": "d.title COLLATE NOCASE, d.id",
}
SORT_NAMES = ("relevance", "date", "date-old", "hits", "title")


def ids_sql(compiled: Compiled) -> tuple[str, list[object]]:
    """A SELECT of the ids of every matching document (no order), with its parameters."""
    where = list(compiled.conditions)
    params: list[object] = list(compiled.params)
    if compiled.match is not None and not where:
        return "SELECT rowid AS id FROM search WHERE search MATCH ?", [compiled.match]
    if compiled.match is not None:
        where.insert(0, "d.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
        params.insert(0, compiled.match)
    return f"SELECT d.id AS id FROM documents d WHERE {' AND '.join(where) or '1'}", params


def run_sorted(
    db: sqlite_utils.Database, compiled: Compiled, sort: str, *, limit: int | None, offset: int = 0
) -> tuple[int, list[tuple[int, float]]]:
    """Like ``run`` in the order ``sort`` (a key of SORTS); the score is still bm25's (0 without text terms)."""
    order = SORTS[sort]
    lim = -1 if limit is None else int(limit)
    where = " AND ".join(compiled.conditions) or "1"
    params: list[object] = list(compiled.params)
    if compiled.match is not None:
        sql = (
            f"WITH m AS MATERIALIZED (SELECT rowid AS id, -bm25(search, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score"
            f" FROM search WHERE search MATCH ?)"
            f" SELECT d.id, m.score, count(*) OVER () FROM m JOIN documents d ON d.id = m.id WHERE {where}"
            f" ORDER BY {order} LIMIT ? OFFSET ?"
        )
        params.insert(0, compiled.match)
    else:
        sql = f"SELECT d.id, 0.0, count(*) OVER () FROM documents d WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = db.execute(sql, [*params, lim, int(offset)]).fetchall()
    return _page(db, compiled, rows, offset)


def warm_up(db: sqlite_utils.Database) -> None:
    """Read what ranking by weights needs once per connection (the documents' lengths)."""
    if store_docs.impact_is_current(db):
        ranking.doc_lengths(db)


def matching_ids(db: sqlite_utils.Database, compiled: Compiled) -> list[int] | None:
    """The ids of every matching document from the impact index's weights, where it can say
    (short phrases, no filters); None otherwise (``ids_sql`` then)."""
    if compiled.match is None or compiled.tree is None or compiled.conditions:
        return None
    return ranking.matching_ids(db, compiled.tree)


def count_where(db: sqlite_utils.Database, compiled: Compiled, condition: str, params: Sequence[object]) -> int:
    """How many matching documents also meet ``condition`` (SQL on ``d``, e.g. ``d.imported > ?``)."""
    sql, ids_params = ids_sql(compiled)
    row = db.execute(
        f"SELECT count(*) FROM documents d WHERE d.id IN ({sql}) AND ({condition})", [*ids_params, *params]
    ).fetchone()
    return int(row[0])


def run(
    db: sqlite_utils.Database,
    compiled: Compiled,
    *,
    limit: int | None,
    offset: int = 0,
    accept: Callable[[int], bool] | None = None,
) -> tuple[int, list[tuple[int, float]]]:
    """(total matching documents, [(doc_id, score)] best first); score is higher-is-better.

    The best ``offset + limit`` come from ``ranking.top_k`` (candidates from the impact index,
    scored exactly) and the total from the index alone; where top_k cannot prove its answer, every
    match is ranked with FTS5's bm25(). ``accept`` (only honoured by top_k so far) drops ids."""
    if (
        compiled.match is not None
        and compiled.tree is not None
        and (compiled.conditions or not isinstance(compiled.tree, ranking.Phrase))
        and ranking.weights_cover(compiled.tree)
    ):
        # several phrases of one or two characters, or one with filters: every match counted and
        # scored from the impact index's weights, with the filters' documents where there are
        # filters (one phrase alone: top_k reads less)
        within = _selected_ids(db, compiled) if compiled.conditions else None
        end = None if limit is None else int(offset) + int(limit)
        found = ranking.rank_by_weights(
            db, compiled.tree, end, within=within, accept=accept, more_than=0 if within is not None else RANK_ALL_BELOW
        )
        if found is not None:
            return found[0], found[1][int(offset) :]
    selected: int | None = None  # documents that meet the filters (date:, zone:, tag: …) alone
    if compiled.match is not None and compiled.tree is not None and compiled.conditions:
        selected = _selected(db, compiled)
        if selected <= SCORE_FILTERED_BELOW and not ranking.negation_under_or(compiled.tree):
            # the few documents the filters leave: each checked against the text and scored
            rows = ranking.score_ids(db, compiled.tree, _selected_ids(db, compiled))
            total = len(rows)
            if accept is not None:
                rows = [r for r in rows if accept(r[0])]
            end = None if limit is None else int(offset) + int(limit)
            return total, rows[int(offset) : end]
    if compiled.match is not None and compiled.tree is not None and limit is not None:
        # with filters the total is the match's documents among those the filters leave: one pass
        # over each (counting documents IN the match costs FTS5 twice as much)
        match_ids = _fts_ids(db, compiled.match) if compiled.conditions else None
        matched = _fts_count(db, compiled.match) if match_ids is None else len(match_ids)
        # with filters, candidates pass at the filters' rate: too rare a pass costs more than FTS5
        rate_ok = selected is None or selected * TOP_K_FILTER_RATE >= store_docs_count(db)
        if matched > RANK_ALL_BELOW and rate_ok:
            top = ranking.top_k(
                db,
                compiled.tree,
                int(offset) + int(limit),
                conditions=compiled.conditions,
                params=compiled.params,
                accept=accept,
                # the match of a one-phrase query is that phrase: its count is the phrase's
                known_hits={compiled.tree: matched} if isinstance(compiled.tree, ranking.Phrase) else None,
            )
            if top is not None:
                total = matched if match_ids is None else len(match_ids.intersection(_selected_ids(db, compiled)))
                return total, top[int(offset) :]
        if isinstance(compiled.tree, ranking.Phrase) and match_ids is None:
            # one long phrase the cells cannot rank, or with few matches: bounded by its pairs
            top = ranking.top_k_of_long_phrase(db, compiled.tree, int(offset) + int(limit), matched, accept=accept)
            if top is not None:
                return matched, top[int(offset) :]
        if not compiled.conditions:
            return rank_all(db, compiled, limit=limit, offset=offset, total=matched)
    return rank_all(db, compiled, limit=limit, offset=offset)


def store_docs_count(db: sqlite_utils.Database) -> int:
    st = ranking.stats(db)
    return 0 if st is None else st.rows


def _selected(db: sqlite_utils.Database, compiled: Compiled) -> int:
    """How many documents meet the query's SQL conditions alone (their indexes answer it)."""
    sql_where = " AND ".join(compiled.conditions)
    return int(db.execute(f"SELECT count(*) FROM documents d WHERE {sql_where}", compiled.params).fetchone()[0])


def rank_all(
    db: sqlite_utils.Database, compiled: Compiled, *, limit: int | None, offset: int = 0, total: int | None = None
) -> tuple[int, list[tuple[int, float]]]:
    """``run`` by scoring every match with FTS5's bm25() (and the total counted alongside, unless
    given)."""
    where = list(compiled.conditions)
    params = list(compiled.params)
    lim = -1 if limit is None else int(limit)
    if compiled.match is not None and not where:
        # the common case: FTS5 alone ranks (bm25 over the index only) and counts
        rows = db.execute(
            f"SELECT rowid, -bm25(search, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM search"
            f" WHERE search MATCH ? ORDER BY score DESC, rowid LIMIT ? OFFSET ?",
            [compiled.match, lim, int(offset)],
        ).fetchall()
        if total is None:
            total = _fts_count(db, compiled.match)
        return total, [(r[0], float(r[1])) for r in rows]
    if compiled.match is not None:
        # bm25() only works where FTS5 drives the scan: score in a materialised CTE, then filter
        sql_where = " AND ".join(where)
        rows = db.execute(
            f"WITH m AS MATERIALIZED (SELECT rowid AS id,"
            f" -bm25(search, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM search WHERE search MATCH ?)"
            f" SELECT m.id, m.score, count(*) OVER () FROM m JOIN documents d ON d.id = m.id"
            f" WHERE {sql_where} ORDER BY m.score DESC, m.id LIMIT ? OFFSET ?",
            [compiled.match, *params, lim, int(offset)],
        ).fetchall()
    else:
        sql_where = " AND ".join(where) or "1"
        rows = db.execute(
            f"SELECT d.id, 0.0, count(*) OVER () FROM documents d WHERE {sql_where}"
            f" ORDER BY d.day DESC, d.id LIMIT ? OFFSET ?",
            [*params, lim, int(offset)],
        ).fetchall()
    return _page(db, compiled, rows, offset)


def _page(
    db: sqlite_utils.Database, compiled: Compiled, rows: list[tuple[int, float, int]], offset: int
) -> tuple[int, list[tuple[int, float]]]:
    """(total, [(doc_id, score)]) of rows that carry the total (``count(*) OVER ()``) in their third
    column; a page past the end counts the matches again."""
    if rows:
        total = rows[0][2]
    elif offset:
        total = _count(db, compiled)
    else:
        total = 0
    return total, [(r[0], float(r[1])) for r in rows]


def _selected_ids(db: sqlite_utils.Database, compiled: Compiled) -> list[int]:
    sql_where = " AND ".join(compiled.conditions)
    return [r[0] for r in db.execute(f"SELECT d.id FROM documents d WHERE {sql_where}", compiled.params)]


def _fts_ids(db: sqlite_utils.Database, match: str) -> set[int]:
    return {r[0] for r in db.execute("SELECT rowid FROM search WHERE search MATCH ?", [match])}


def _fts_count(db: sqlite_utils.Database, match: str) -> int:
    return int(db.execute("SELECT count(*) FROM search WHERE search MATCH ?", [match]).fetchone()[0])


def _count(db: sqlite_utils.Database, compiled: Compiled) -> int:
    """The number of matching documents, from the index (no scoring)."""
    where = list(compiled.conditions)
    params = list(compiled.params)
    if compiled.match is not None and not where:
        return _fts_count(db, compiled.match)
    if compiled.match is not None:
        sql_where = " AND ".join(where) or "1"
        row = db.execute(
            f"SELECT count(*) FROM documents d WHERE d.id IN"
            f" (SELECT rowid FROM search WHERE search MATCH ?) AND {sql_where}",
            [compiled.match, *params],
        ).fetchone()
        return int(row[0])
    sql_where = " AND ".join(where) or "1"
    return int(db.execute(f"SELECT count(*) FROM documents d WHERE {sql_where}", params).fetchone()[0])
