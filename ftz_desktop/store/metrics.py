"""Metric rows: figures read from documents, and the user's exclusions. Callers own transactions.

Exclusions are kept apart from the rows (``metric_exclusions``), keyed by the document's path, a
hash of the sentence and the figure as written, so a re-import (which replaces a document's
rows) or a re-extraction keeps what the user judged wrong.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ftz_desktop.records import Metric

if TYPE_CHECKING:
    import sqlite_utils

VERSION_KEY = "metrics_version"

_COLUMNS = (
    "zone",
    "zone_id",
    "area",
    "metric",
    "category",
    "value_text",
    "value",
    "value_high",
    "unit",
    "normalized_value",
    "normalized_unit",
    "period",
    "period_kind",
    "qualifier",
    "kind",
    "attribution",
    "start_pos",
    "end_pos",
    "num_start",
    "num_end",
    "quote",
    "quote_hash",
)


def quote_hash(quote: str) -> str:
    return hashlib.blake2b(quote.encode("utf-8"), digest_size=8).hexdigest()


def _row(m: Metric) -> tuple[object, ...]:
    return (
        m.zone,
        m.zone_id,
        m.area,
        m.metric,
        m.category,
        m.value_text,
        m.value,
        m.value_high,
        m.unit,
        m.normalized_value,
        m.normalized_unit,
        m.period,
        m.period_kind,
        m.qualifier,
        m.kind,
        m.attribution,
        m.start,
        m.end,
        m.num_start,
        m.num_end,
        m.quote,
        quote_hash(m.quote),
    )


def replace(db: sqlite_utils.Database, doc_id: int, metrics: Sequence[Metric], *, new: bool = False) -> None:
    """Make ``metrics`` the document's figures (``new``: just inserted, nothing to delete)."""
    if not new:
        db.execute("DELETE FROM metrics WHERE doc_id = ?", [doc_id])
    if metrics:
        cols = ", ".join(("doc_id",) + _COLUMNS)
        marks = ", ".join("?" * (len(_COLUMNS) + 1))
        db.conn.executemany(f"INSERT INTO metrics ({cols}) VALUES ({marks})", [(doc_id, *_row(m)) for m in metrics])


_SELECT = (
    "SELECT m.id, m.doc_id, " + ", ".join(f"m.{c}" for c in _COLUMNS) + ", "
    "EXISTS (SELECT 1 FROM metric_exclusions x WHERE x.path = d.path AND x.quote_hash = m.quote_hash "
    "AND x.value_text = m.value_text) AS excluded "
    "FROM metrics m JOIN documents d ON d.id = m.doc_id"
)


def _metric(r: Sequence[Any]) -> Metric:
    (
        id_,
        doc_id,
        zone,
        zone_id,
        area,
        metric,
        category,
        value_text,
        value,
        value_high,
        unit,
        nv,
        nu,
        period,
        period_kind,
        qualifier,
        kind,
        attribution,
        s,
        e,
        ns,
        ne,
        quote,
        _qh,
        excluded,
    ) = r
    return Metric(
        zone=zone,
        zone_id=zone_id,
        area=area,
        metric=metric,
        category=category,
        value_text=value_text,
        value=value,
        unit=unit,
        normalized_value=nv,
        normalized_unit=nu,
        period=period,
        period_kind=period_kind,
        qualifier=qualifier,
        kind=kind,
        start=s,
        end=e,
        num_start=ns,
        num_end=ne,
        quote=quote,
        value_high=value_high,
        attribution=attribution,
        doc_id=doc_id,
        id=id_,
        excluded=bool(excluded),
    )


def query(
    db: sqlite_utils.Database,
    *,
    zone_id: str | None = None,
    area: str | None = None,
    category: str | None = None,
    label: str | None = None,
    kind: str | None = None,
    doc_id: int | None = None,
    include_excluded: bool = False,
    copies: bool = True,
) -> list[Metric]:
    """Figures matching every filter given, by document and position. Without ``copies``, the
    figures of a group of near-duplicate copies are those of its first document only."""
    where, args = ["d.missing = 0"], []
    if not copies:
        where.append("d.dup_of IS NULL")
    for col, val in (
        ("m.zone_id", zone_id),
        ("m.area", area),
        ("m.category", category),
        ("m.kind", kind),
        ("m.doc_id", doc_id),
    ):
        if val is not None:
            where.append(f"{col} = ?")
            args.append(val)
    if label:
        where.append("m.metric LIKE ?")
        args.append(f"%{label}%")
    sql = _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY m.doc_id, m.num_start"
    out = [_metric(r) for r in db.execute(sql, args).fetchall()]
    if not include_excluded:
        out = [m for m in out if not m.excluded]
    return out


def set_excluded(db: sqlite_utils.Database, metric_id: int, excluded: bool) -> None:
    row = db.execute(
        "SELECT d.path, m.quote_hash, m.value_text FROM metrics m JOIN documents d ON d.id = m.doc_id WHERE m.id = ?",
        [metric_id],
    ).fetchone()
    if row is None:
        raise KeyError(metric_id)
    if excluded:
        db.execute("INSERT OR IGNORE INTO metric_exclusions (path, quote_hash, value_text) VALUES (?,?,?)", list(row))
    else:
        db.execute("DELETE FROM metric_exclusions WHERE path = ? AND quote_hash = ? AND value_text = ?", list(row))


ChoiceKey = tuple[str, str, str]  # (place, series, period)
ChoiceRef = tuple[str, str, str]  # (path, quote_hash, value_text) of the chosen figure


def choices(db: sqlite_utils.Database) -> dict[ChoiceKey, ChoiceRef]:
    """The user's choices of the value to chart where documents disagree."""
    rows = db.execute("SELECT place, series, period, path, quote_hash, value_text FROM metric_choices").fetchall()
    return {(r[0], r[1], r[2]): (r[3], r[4], r[5]) for r in rows}


def set_choice(db: sqlite_utils.Database, key: ChoiceKey, metric_id: int | None) -> None:
    """Chart figure ``metric_id`` for ``key`` (None: forget the choice)."""
    db.execute("DELETE FROM metric_choices WHERE place = ? AND series = ? AND period = ?", list(key))
    if metric_id is None:
        return
    row = db.execute(
        "SELECT d.path, m.quote_hash, m.value_text FROM metrics m JOIN documents d ON d.id = m.doc_id WHERE m.id = ?",
        [metric_id],
    ).fetchone()
    if row is None:
        raise KeyError(metric_id)
    db.execute("INSERT INTO metric_choices VALUES (?, ?, ?, ?, ?, ?)", [*key, *row])


def get_version(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [VERSION_KEY]).fetchone()
    return row[0] if row else None


def set_version(db: sqlite_utils.Database, version: str) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [VERSION_KEY, version])
