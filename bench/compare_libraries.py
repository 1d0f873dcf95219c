"""Compare what two libraries imported: documents, canonical texts, paragraphs, entity rows, metric
rows, search and impact index postings, duplicate groups; prints the differences (0 expected when
an import was only made faster).

    uv run python bench/compare_libraries.py A.sqlite B.sqlite [--show N]

Documents are matched by path (ids may differ); everything else is compared through the paths.
Build the two with ``bench/import_speed.py FOLDER --keep A.sqlite`` from each checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DOC_COLUMNS = "path, hash, format, title, date, day, source, encoding, meta, size, chars, missing, url"
ENTITY_COLUMNS = "kind, name, zone, count, spans, detail"
METRIC_COLUMNS = (
    "zone, zone_id, area, metric, category, value_text, value, value_high, unit, normalized_value,"
    " normalized_unit, period, period_kind, qualifier, kind, attribution, start_pos, end_pos, num_start,"
    " num_end, quote, quote_hash"
)


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return conn


def _paths(conn: sqlite3.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT id, path FROM documents"))


def documents(conn: sqlite3.Connection) -> dict[str, tuple]:
    return {r[0]: r for r in conn.execute(f"SELECT {DOC_COLUMNS} FROM documents")}


def texts(conn: sqlite3.Connection, paths: dict[int, str]) -> Iterator[tuple[str, str, str]]:
    for doc_id, text, paragraphs in conn.execute("SELECT doc_id, text, paragraphs FROM texts"):
        yield paths[doc_id], zlib.decompress(text).decode("utf-8"), zlib.decompress(paragraphs).decode("utf-8")


def rows_by_path(conn: sqlite3.Connection, sql: str, paths: dict[int, str]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for row in conn.execute(sql):
        out.setdefault(paths[row[0]], []).append(tuple(row[1:]))
    return {p: sorted(rows, key=repr) for p, rows in out.items()}


def postings(conn: sqlite3.Connection, table: str, paths: dict[int, str]) -> dict[str, str]:
    """A digest per document of its (term, column, offset) rows in an FTS5 table (through an
    fts5vocab 'instance' table, read in its own order: terms, then documents), and its row count."""
    conn.execute(f"CREATE VIRTUAL TABLE temp.cmp_{table} USING fts5vocab(main, {table}, 'instance')")
    digests: dict[int, Any] = {}
    counts: dict[int, int] = {}
    for term, doc, col, offset in conn.execute(f"SELECT term, doc, col, offset FROM temp.cmp_{table}"):
        h = digests.get(doc)
        if h is None:
            h = digests[doc] = hashlib.blake2b(digest_size=16)
        h.update(f"{term}\x00{col}\x00{offset}\x01".encode())
        counts[doc] = counts.get(doc, 0) + 1
    return {paths[d]: f"{counts[d]} {h.hexdigest()}" for d, h in digests.items()}


def groups(conn: sqlite3.Connection, paths: dict[int, str]) -> set[frozenset[str]]:
    members: dict[int, set[str]] = {}
    for doc_id, dup_of in conn.execute("SELECT id, dup_of FROM documents WHERE dup_of IS NOT NULL"):
        members.setdefault(dup_of, {paths[dup_of]}).add(paths[doc_id])
    return {frozenset(m) for m in members.values()}


class Report:
    def __init__(self, show: int) -> None:
        self.show = show
        self.counts: dict[str, int] = {}

    def differ(self, aspect: str, what: str) -> None:
        n = self.counts.get(aspect, 0) + 1
        self.counts[aspect] = n
        if n <= self.show:
            print(f"  {aspect}: {what}")

    def same(self, aspect: str) -> None:
        self.counts.setdefault(aspect, 0)


def compare_maps(report: Report, aspect: str, a: dict, b: dict) -> None:
    report.same(aspect)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            report.differ(aspect, f"{key}: {str(a.get(key))[:200]} != {str(b.get(key))[:200]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--show", type=int, default=5, help="differences printed per aspect")
    args = ap.parse_args()
    ca, cb = _open(args.a), _open(args.b)
    pa, pb = _paths(ca), _paths(cb)
    report = Report(args.show)
    compare_maps(report, "documents", documents(ca), documents(cb))
    ta = {p: (t, par) for p, t, par in texts(ca, pa)}
    tb = {p: (t, par) for p, t, par in texts(cb, pb)}
    compare_maps(report, "texts", {p: v[0] for p, v in ta.items()}, {p: v[0] for p, v in tb.items()})
    compare_maps(report, "paragraphs", {p: v[1] for p, v in ta.items()}, {p: v[1] for p, v in tb.items()})
    del ta, tb
    entities = f"SELECT doc_id, {ENTITY_COLUMNS} FROM entities"
    compare_maps(report, "entities", rows_by_path(ca, entities, pa), rows_by_path(cb, entities, pb))
    metric_rows = f"SELECT doc_id, {METRIC_COLUMNS} FROM metrics"
    compare_maps(report, "metrics", rows_by_path(ca, metric_rows, pa), rows_by_path(cb, metric_rows, pb))
    compare_maps(report, "impact postings", postings(ca, "impact", pa), postings(cb, "impact", pb))
    compare_maps(report, "search postings", postings(ca, "search", pa), postings(cb, "search", pb))
    ga, gb = groups(ca, pa), groups(cb, pb)
    report.same("duplicate groups")
    for g in sorted(ga ^ gb, key=sorted):
        report.differ("duplicate groups", f"only in {'A' if g in ga else 'B'}: {sorted(g)[:4]}")
    settings = "SELECT key, value FROM settings"
    compare_maps(report, "settings", dict(ca.execute(settings)), dict(cb.execute(settings)))
    print(f"documents: {len(pa)} in A, {len(pb)} in B; duplicate groups: {len(ga)} in A, {len(gb)} in B")
    for aspect, n in report.counts.items():
        print(f"{aspect:>18}: {n} differences")
    return 1 if any(report.counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
