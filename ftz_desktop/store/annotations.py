"""Annotation, tag and document-tag rows: insert, read, filter, re-anchor, back up. Callers own
transactions (the annotation service wraps each user edit in its own; an import re-anchors inside
the write of the changed document)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ftz_desktop.core import w3c
from ftz_desktop.core.anchoring import Selectors, build_selectors, reanchor
from ftz_desktop.core.tags import normalize_tags, tag_key
from ftz_desktop.records import Annotation, TagCount

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = (
    "a.id, a.uuid, a.doc_id, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix, a.note, a.color,"
    " a.status, a.created, a.modified, a.anchor, a.anchor_errors, a.original_exact,"
    " (SELECT json_group_array(name) FROM (SELECT t.name FROM annotation_tags x"
    "   JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id ORDER BY t.name)) AS tags"
)


def now() -> str:
    """The timestamp stored in ``created``/``modified``: UTC, ISO 8601, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _record(row: Sequence[Any]) -> Annotation:
    return Annotation(
        id=row[0],
        uuid=row[1],
        doc_id=row[2],
        start=row[3],
        end=row[4],
        quote=row[5],
        prefix=row[6],
        suffix=row[7],
        note=row[8],
        color=row[9],
        status=row[10],
        created=row[11],
        modified=row[12],
        anchor=row[13],
        anchor_errors=row[14],
        original_quote=row[15],
        tags=tuple(json.loads(row[16])) if row[16] else (),
    )


def under_condition(column: str, name: str) -> tuple[str, list[object]]:
    """SQL true when tag name ``column`` is ``name`` or nested below it (ASCII case ignored)."""
    return (
        f"({column} = ? COLLATE NOCASE OR substr({column}, 1, ?) = ? COLLATE NOCASE)",
        [name, len(name) + 1, name + "/"],
    )


# --- annotations -------------------------------------------------------------------------------


def insert(
    db: sqlite_utils.Database,
    *,
    uuid: str,
    doc_id: int,
    sel: Selectors,
    note: str,
    color: str,
    status: str,
    created: str,
    modified: str,
    anchor: str | None = None,
    anchor_errors: int = 0,
    original_exact: str | None = None,
    id: int | None = None,
) -> int:
    record = {
        "uuid": uuid,
        "doc_id": doc_id,
        "start_pos": sel.start,
        "end_pos": sel.end,
        "exact": sel.exact,
        "prefix": sel.prefix,
        "suffix": sel.suffix,
        "note": note,
        "color": color,
        "status": status,
        "anchor": anchor,
        "anchor_errors": anchor_errors,
        "original_exact": original_exact,
        "created": created,
        "modified": modified,
    }
    if id is not None:  # restoring a deleted annotation under its own id
        record["id"] = id
    last_pk = db.table("annotations").insert(record).last_pk
    assert last_pk is not None
    return int(last_pk)


def get(db: sqlite_utils.Database, ann_id: int) -> Annotation | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM annotations a WHERE a.id = ?", [ann_id]).fetchone()
    return None if row is None else _record(row)


def by_uuid(db: sqlite_utils.Database, uuid: str) -> Annotation | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM annotations a WHERE a.uuid = ?", [uuid]).fetchone()
    return None if row is None else _record(row)


def select(
    db: sqlite_utils.Database,
    *,
    doc_id: int | None = None,
    tag: str | None = None,
    color: str | None = None,
    status: str | None = None,
    ids: Iterable[int] | None = None,
) -> list[Annotation]:
    """Annotations matching every given filter, in reading order (document, then position)."""
    where: list[str] = []
    params: list[object] = []
    if doc_id is not None:
        where.append("a.doc_id = ?")
        params.append(doc_id)
    if tag is not None:
        cond, p = under_condition("t.name", tag)
        where.append(
            f"a.id IN (SELECT x.annotation_id FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE {cond})"
        )
        params.extend(p)
    if color is not None:
        where.append("a.color = ?")
        params.append(color)
    if status is not None:
        where.append("a.status = ?")
        params.append(status)
    if ids is not None:
        where.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(ids)))
    sql = f"SELECT {_COLUMNS} FROM annotations a"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.doc_id, a.start_pos, a.end_pos, a.id"
    return [_record(r) for r in db.execute(sql, params).fetchall()]


def count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT count(*) FROM annotations").fetchone()[0])


def update(db: sqlite_utils.Database, ann_id: int, **fields: object) -> None:
    """Set columns of one annotation (names as in the table)."""
    if not fields:
        return
    cols = ", ".join(f"{k} = ?" for k in fields)
    db.execute(f"UPDATE annotations SET {cols} WHERE id = ?", [*fields.values(), ann_id])


def set_selectors(db: sqlite_utils.Database, ann_id: int, sel: Selectors, **fields: object) -> None:
    update(
        db,
        ann_id,
        start_pos=sel.start,
        end_pos=sel.end,
        exact=sel.exact,
        prefix=sel.prefix,
        suffix=sel.suffix,
        **fields,
    )


def delete(db: sqlite_utils.Database, ann_id: int) -> None:
    db.table("annotations").delete(ann_id)


# --- tags --------------------------------------------------------------------------------------


def tag_id(db: sqlite_utils.Database, name: str) -> int:
    """The id of tag ``name`` (already normalised), creating it if needed."""
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row is not None:
        return int(row[0])
    return int(db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid)  # type: ignore[arg-type]


def set_annotation_tags(db: sqlite_utils.Database, ann_id: int, names: Iterable[str]) -> None:
    db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [ann_id])
    for name in normalize_tags(names):
        db.execute(
            "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
            [ann_id, tag_id(db, name)],
        )


def document_tags(db: sqlite_utils.Database, doc_id: int) -> tuple[str, ...]:
    rows = db.execute(
        "SELECT t.name FROM document_tags x JOIN tags t ON t.id = x.tag_id WHERE x.doc_id = ? ORDER BY t.name",
        [doc_id],
    ).fetchall()
    return tuple(r[0] for r in rows)


def set_document_tags(db: sqlite_utils.Database, doc_id: int, names: Iterable[str]) -> None:
    db.execute("DELETE FROM document_tags WHERE doc_id = ?", [doc_id])
    for name in normalize_tags(names):
        db.execute(
            "INSERT OR IGNORE INTO document_tags (doc_id, tag_id) VALUES (?, ?)",
            [doc_id, tag_id(db, name)],
        )


def tag_counts(db: sqlite_utils.Database) -> list[TagCount]:
    rows = db.execute(
        "SELECT t.name,"
        " (SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id),"
        " (SELECT count(*) FROM document_tags x WHERE x.tag_id = t.id)"
        " FROM tags t ORDER BY t.name"
    ).fetchall()
    return [TagCount(r[0], r[1], r[2]) for r in rows]


def tags_under(db: sqlite_utils.Database, name: str) -> list[tuple[int, str]]:
    """(id, name) of tag ``name`` and every tag nested below it."""
    cond, params = under_condition("name", name)
    return [tuple(r) for r in db.execute(f"SELECT id, name FROM tags WHERE {cond} ORDER BY name", params)]


def tag_links(db: sqlite_utils.Database, tag: int) -> tuple[list[int], list[int]]:
    """(annotation ids, document ids) carrying tag id ``tag``."""
    anns = [r[0] for r in db.execute("SELECT annotation_id FROM annotation_tags WHERE tag_id = ?", [tag])]
    docs = [r[0] for r in db.execute("SELECT doc_id FROM document_tags WHERE tag_id = ?", [tag])]
    return anns, docs


def find_tag(db: sqlite_utils.Database, name: str) -> tuple[int, str] | None:
    row = db.execute("SELECT id, name FROM tags WHERE name = ?", [name]).fetchone()
    return None if row is None else (row[0], row[1])


def rename_tag(db: sqlite_utils.Database, tag: int, name: str) -> None:
    db.table("tags").update(tag, {"name": name})


def delete_tag(db: sqlite_utils.Database, tag: int) -> None:
    """Delete tag id ``tag`` (its links go with it: ON DELETE CASCADE)."""
    db.table("tags").delete(tag)


def move_tag_links(db: sqlite_utils.Database, source: int, target: int) -> None:
    """Give tag id ``target`` every annotation and document that carries tag id ``source``."""
    db.execute(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
        " SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?",
        [target, source],
    )
    db.execute(
        "INSERT OR IGNORE INTO document_tags (doc_id, tag_id) SELECT doc_id, ? FROM document_tags WHERE tag_id = ?",
        [target, source],
    )


def set_tag_links(db: sqlite_utils.Database, tag: int, annotation_ids: Iterable[int], doc_ids: Iterable[int]) -> None:
    """Make tag id ``tag`` carried by exactly these annotations and documents (those that exist)."""
    db.execute("DELETE FROM annotation_tags WHERE tag_id = ?", [tag])
    db.execute("DELETE FROM document_tags WHERE tag_id = ?", [tag])
    db.execute(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
        " SELECT id, ? FROM annotations WHERE id IN (SELECT value FROM json_each(?))",
        [tag, json.dumps(list(annotation_ids))],
    )
    db.execute(
        "INSERT OR IGNORE INTO document_tags (doc_id, tag_id)"
        " SELECT id, ? FROM documents WHERE id IN (SELECT value FROM json_each(?))",
        [tag, json.dumps(list(doc_ids))],
    )


def all_document_tags(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(doc_id, tag name) of every document tag, by document, then name."""
    rows = db.execute(
        "SELECT x.doc_id, t.name FROM document_tags x JOIN tags t ON t.id = x.tag_id ORDER BY x.doc_id, t.name"
    ).fetchall()
    return [(int(d), str(n)) for d, n in rows]


def same_passage_exists(db: sqlite_utils.Database, doc_id: int, sel: Selectors, note: str) -> bool:
    """True when the document has an annotation on exactly this passage with exactly this note."""
    row = db.execute(
        "SELECT 1 FROM annotations WHERE doc_id = ? AND exact = ? AND prefix = ? AND suffix = ?"
        " AND start_pos = ? AND end_pos = ? AND note = ?",
        [doc_id, sel.exact, sel.prefix, sel.suffix, sel.start, sel.end, note],
    ).fetchone()
    return row is not None


def same_tag(a: str, b: str) -> bool:
    return tag_key(a) == tag_key(b)


# --- re-anchoring ------------------------------------------------------------------------------


def reanchor_document(db: sqlite_utils.Database, doc_id: int, text: str) -> dict[str, int]:
    """Find every annotation of ``doc_id`` again in its new ``text``; orphan those not found.

    Orphans are tried again too (the passage may have come back). Returns counts per method.
    """
    counts = {"position": 0, "quote": 0, "fuzzy": 0, "orphaned": 0}
    rows = db.execute(
        "SELECT id, exact, prefix, suffix, start_pos, end_pos, status, original_exact"
        " FROM annotations WHERE doc_id = ?",
        [doc_id],
    ).fetchall()
    stamp = now()
    for ann_id, exact, prefix, suffix, start, end, status, original in rows:
        old = Selectors(exact, prefix, suffix, start, end)
        result = reanchor(old, text)
        counts[result.method] += 1
        if not result.anchored:
            if status != "orphaned":
                update(db, ann_id, status="orphaned", anchor="orphaned", modified=stamp)
            continue
        assert result.start is not None and result.end is not None
        new = build_selectors(text, result.start, result.end)
        if new == old and status == "anchored":
            continue
        extra: dict[str, object] = {"status": "anchored", "anchor": result.method, "anchor_errors": result.errors}
        if new.exact != exact and original is None:
            extra["original_exact"] = exact  # keep what the user first selected
        if status != "anchored" or new.exact != exact:
            extra["modified"] = stamp
        set_selectors(db, ann_id, new, **extra)
    return counts


# --- backups -----------------------------------------------------------------------------------


def has_annotations(db: sqlite_utils.Database) -> bool:
    """True when the library has annotations or document tags (tables from the annotations migration)."""
    if not db.table("annotations").exists():  # a library from before annotations
        return False
    row = db.execute("SELECT EXISTS (SELECT 1 FROM annotations) OR EXISTS (SELECT 1 FROM document_tags)").fetchone()
    return bool(row[0])


def _library_file(db: sqlite_utils.Database) -> Path | None:
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def w3c_collection(
    db: sqlite_utils.Database,
    annotations: list[Annotation],
    *,
    label: str,
    document_tags: dict[int, tuple[str, ...]] | None = None,
) -> dict[str, Any]:
    """The annotations (and document tags, if given) as a W3C AnnotationCollection, with their
    documents' paths as sources."""
    document_tags = document_tags or {}
    ids = sorted({a.doc_id for a in annotations} | set(document_tags))
    paths: dict[int, str] = {}
    if ids:
        paths = dict(
            db.execute(
                "SELECT id, path FROM documents WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(ids)],
            ).fetchall()
        )
    items = [w3c.annotation(a, source_path=paths.get(a.doc_id)) for a in annotations]
    for doc_id, names in sorted(document_tags.items()):
        if names:
            items.append(w3c.document_tagging(doc_id, names, source_path=paths.get(doc_id)))
    return w3c.collection(items, label=label, generated=now())


def _backup_rows(db: sqlite_utils.Database) -> list[Annotation]:
    """Every annotation, read with ``SELECT *`` so that it works on any schema version that has the
    table (a backup runs before migrations, on the old schema)."""
    cur = db.execute("SELECT * FROM annotations ORDER BY doc_id, id")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    tags: dict[int, list[str]] = {}
    for ann_id, name in db.execute(
        "SELECT x.annotation_id, t.name FROM annotation_tags x JOIN tags t ON t.id = x.tag_id ORDER BY t.name"
    ):
        tags.setdefault(ann_id, []).append(name)
    return [
        Annotation(
            id=r["id"],
            uuid=r["uuid"],
            doc_id=r["doc_id"],
            start=r.get("start_pos", -1),
            end=r.get("end_pos", -1),
            quote=r["exact"],
            prefix=r.get("prefix") or "",
            suffix=r.get("suffix") or "",
            note=r.get("note") or "",
            color=r.get("color") or "yellow",
            tags=tuple(tags.get(r["id"], ())),
            status=r.get("status") or "anchored",
            created=r.get("created") or "",
            modified=r.get("modified") or "",
        )
        for r in rows
    ]


def _backup_document_tags(db: sqlite_utils.Database) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for doc_id, name in db.execute(
        "SELECT x.doc_id, t.name FROM document_tags x JOIN tags t ON t.id = x.tag_id ORDER BY t.name"
    ):
        out.setdefault(doc_id, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def write_backup(db: sqlite_utils.Database, directory: Path, *, reason: str) -> Path:
    """Write every annotation as W3C JSON to ``directory``; returns the file written.

    Named ``annotations-<library stem>-<UTC timestamp>.json``; written to a temporary name,
    flushed to disk, then renamed, so a backup file is either whole or absent.
    """
    lib = _library_file(db)
    stem = lib.stem if lib is not None else "library"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"annotations-{stem}-{stamp}.json"
    n = 1
    while target.exists():
        n += 1
        target = directory / f"annotations-{stem}-{stamp}-{n}.json"
    data = w3c_collection(
        db,
        _backup_rows(db),
        label=f"FTZ Desktop annotations of {lib or stem} ({reason})",
        document_tags=_backup_document_tags(db),
    )
    tmp = target.with_suffix(".json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target
