"""W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/) for our annotations: writing an
AnnotationCollection and reading one back. Pure: dicts in, dicts out; no files, no SQL.

Each annotation targets the document's file (``source``: a file: URI) with a TextQuoteSelector and
a TextPositionSelector on the canonical text; its body is the note (a TextualBody, purpose
"commenting") and one TextualBody per tag (purpose "tagging"). Our own fields carry the ``ftz:``
prefix: ``ftz:docId`` on the target (the document's id in the library it came from), ``ftz:color``
and ``ftz:status`` on the annotation.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from ftz_desktop.core.anchoring import Selectors
from ftz_desktop.records import Annotation

__all__ = [
    "CONTEXT",
    "Parsed",
    "annotation",
    "collection",
    "document_tagging",
    "file_uri",
    "iter_items",
    "parse",
    "path_from_uri",
]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FTZ_NS = "urn:ftz-desktop:terms:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"ftz": FTZ_NS}]


def file_uri(path: str) -> str:
    """A file: URI for an absolute path (the path as is when it is not absolute)."""
    p = Path(path)
    try:
        return p.as_uri()
    except ValueError:
        return path


def path_from_uri(uri: str) -> str | None:
    """The local path of a file: URI (None for anything else)."""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if len(path) >= 3 and path[0] == "/" and path[2] == ":":  # file:///C:/x → C:/x
        path = path[1:]
    return str(Path(path))


def annotation(a: Annotation, *, source_path: str | None) -> dict[str, Any]:
    """One annotation as a W3C Annotation object."""
    body: list[dict[str, Any]] = []
    if a.note:
        body.append({"type": "TextualBody", "value": a.note, "purpose": "commenting", "format": "text/plain"})
    for tag in a.tags:
        body.append({"type": "TextualBody", "value": tag, "purpose": "tagging"})
    target: dict[str, Any] = {
        "selector": Selectors(a.quote, a.prefix, a.suffix, a.start, a.end).to_w3c(),
        "ftz:docId": a.doc_id,
    }
    if source_path:
        target = {"source": file_uri(source_path), **target}
    out: dict[str, Any] = {
        "id": f"urn:uuid:{a.uuid}",
        "type": "Annotation",
        "motivation": "commenting" if a.note else ("tagging" if a.tags else "highlighting"),
        "created": a.created,
        "modified": a.modified,
    }
    if body:
        out["body"] = body
    out["target"] = target
    out["ftz:color"] = a.color
    out["ftz:status"] = a.status
    return out


def document_tagging(doc_id: int, tags: tuple[str, ...] | list[str], *, source_path: str | None) -> dict[str, Any]:
    """A document's own tags as one annotation whose target is the whole document (no selector)."""
    key = f"ftz-desktop:document-tags:{source_path or doc_id}"
    target: dict[str, Any] = {"ftz:docId": doc_id}
    if source_path:
        target = {"source": file_uri(source_path), **target}
    return {
        "id": f"urn:uuid:{uuid_module.uuid5(uuid_module.NAMESPACE_URL, key)}",
        "type": "Annotation",
        "motivation": "tagging",
        "body": [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in tags],
        "target": target,
    }


def collection(items: list[dict[str, Any]], *, label: str, generated: str) -> dict[str, Any]:
    """An AnnotationCollection with every annotation on its first (only) page."""
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid_module.uuid4()}",
        "type": "AnnotationCollection",
        "label": label,
        "generated": generated,
        "generator": {"type": "Software", "name": "FTZ Desktop"},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


@dataclass(frozen=True)
class Parsed:
    """What an imported W3C annotation says, before it is matched to a document.

    ``selectors`` is None for an annotation of the whole document (document tags).
    """

    uuid: str
    source_path: str | None
    doc_id: int | None
    selectors: Selectors | None
    note: str
    tags: tuple[str, ...]
    color: str | None
    created: str | None
    modified: str | None


# Bounds on what one imported annotation may hold: a hostile file gets a reason per annotation
# (never an OverflowError from SQLite, nor a note of a gigabyte).
MAX_POSITION = 2**53  # a character offset; no text is longer
MAX_DOC_ID = 2**63 - 1  # SQLite's INTEGER
MAX_FIELD_CHARS = {
    "exact": 100_000,
    "prefix": 10_000,
    "suffix": 10_000,
    "note": 1_000_000,
    "tag": 500,
    "id": 2_000,
    "source": 10_000,
    "ftz:color": 50,
    "created": 100,
    "modified": 100,
}
MAX_TAGS = 1_000
# Collections, pages and lists nested deeper than this are not looked into.
MAX_NESTING = 8


def _bounded(value: str, field: str) -> str:
    limit = MAX_FIELD_CHARS[field]
    if len(value) > limit:
        raise ValueError(f"{field} longer than {limit:,} characters")
    return value


def _integer(value: object, field: str, top: int) -> int | None:
    """An integer field of the JSON: None when absent or not an integer, ValueError out of range."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    if not 0 <= value <= top:
        shown = str(value) if len(str(value)) <= 24 else f"{str(value)[:20]}…"
        raise ValueError(f"{field} out of range ({shown})")
    return value


def iter_items(obj: object, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The annotation objects in a collection, a page, a list of either, or a single annotation
    (nothing nested deeper than MAX_NESTING)."""
    if depth > MAX_NESTING:
        return
    if isinstance(obj, list):
        for x in obj:
            yield from iter_items(x, depth + 1)
        return
    if not isinstance(obj, dict):
        return
    kind = obj.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if "Annotation" in kinds:
        yield obj
        return
    if "AnnotationCollection" in kinds:
        yield from iter_items(obj.get("first"), depth + 1)
        return
    if "AnnotationPage" in kinds:
        yield from iter_items(obj.get("items"), depth + 1)
        nxt = obj.get("next")
        if isinstance(nxt, dict):
            yield from iter_items(nxt, depth + 1)


def _uuid_of(ident: object) -> str:
    if isinstance(ident, str):
        raw = ident[len("urn:uuid:") :] if ident.startswith("urn:uuid:") else ident
        try:
            return str(uuid_module.UUID(raw))
        except ValueError:
            # someone else's id (a URL): a stable uuid from it, so a second import is a duplicate
            return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, ident))
    return str(uuid_module.uuid4())


def _bodies(item: dict[str, Any]) -> list[dict[str, Any]]:
    body = item.get("body", item.get("bodyValue"))
    if body is None:
        return []
    if isinstance(body, str):
        return [{"type": "TextualBody", "value": body}]
    if isinstance(body, dict):
        return [body]
    if isinstance(body, list):
        return [b if isinstance(b, dict) else {"type": "TextualBody", "value": str(b)} for b in body]
    return []


def parse(item: dict[str, Any]) -> Parsed:
    """Read one W3C annotation; raises ValueError when its target or selector cannot be used."""
    target = item.get("target")
    if isinstance(target, list):
        target = next((t for t in target if isinstance(t, (dict, str))), None)
    if isinstance(target, str):
        target = {"source": target}
    if not isinstance(target, dict):
        raise ValueError("no target")
    raw = target.get("selector")
    if raw:
        _check_selectors(raw)
    selectors = Selectors.from_w3c(raw) if raw else None
    source = target.get("source")
    source_path = path_from_uri(_bounded(source, "source")) if isinstance(source, str) else None
    doc_id = _integer(target.get("ftz:docId"), "ftz:docId", MAX_DOC_ID)
    notes: list[str] = []
    tags: list[str] = []
    for b in _bodies(item):
        value = b.get("value")
        if not isinstance(value, str):
            continue
        purpose = b.get("purpose")
        if purpose == "tagging":
            tags.append(_bounded(value, "tag"))
        elif value.strip():
            notes.append(value)
    if len(tags) > MAX_TAGS:
        raise ValueError(f"more than {MAX_TAGS:,} tags")
    color, ident = item.get("ftz:color"), item.get("id")
    created, modified = item.get("created"), item.get("modified")
    return Parsed(
        uuid=_uuid_of(_bounded(ident, "id") if isinstance(ident, str) else ident),
        source_path=source_path,
        doc_id=doc_id,
        selectors=selectors,
        note=_bounded("\n\n".join(notes), "note"),
        tags=tuple(tags),
        color=_bounded(color, "ftz:color") if isinstance(color, str) else None,
        created=_bounded(created, "created") if isinstance(created, str) else None,
        modified=_bounded(modified, "modified") if isinstance(modified, str) else None,
    )


def _check_selectors(raw: object) -> None:
    """ValueError when a selector's positions are out of range or its strings too long."""
    for s in raw if isinstance(raw, list) else [raw]:
        if not isinstance(s, dict):
            continue
        if s.get("type") == "TextPositionSelector":
            for field in ("start", "end"):
                _integer(s.get(field), f"TextPositionSelector {field}", MAX_POSITION)
        elif s.get("type") == "TextQuoteSelector":
            for field in ("exact", "prefix", "suffix"):
                if isinstance(s.get(field), str):
                    _bounded(s[field], field)
