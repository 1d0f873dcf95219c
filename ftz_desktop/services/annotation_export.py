"""Annotations as Markdown (grouped by document, for a report) and CSV (for a spreadsheet).
Pure: records in, text out. The W3C JSON export lives with the store (backups use it too)."""

from __future__ import annotations

import csv
import io
from itertools import groupby

from ftz_desktop.records import Annotation, DocumentSummary

__all__ = ["CSV_COLUMNS", "citation", "csv_text", "markdown"]

CSV_COLUMNS = (
    "id",
    "uuid",
    "doc_id",
    "title",
    "date",
    "path",
    "start",
    "end",
    "quote",
    "note",
    "tags",
    "color",
    "status",
    "created",
    "modified",
)


def citation(doc: DocumentSummary | None, doc_id: int) -> str:
    """'Title, 2023-05-01, /path/file.txt' (what is known of it)."""
    if doc is None:
        return f"document {doc_id}"
    return ", ".join(x for x in (doc.title, doc.date, doc.path) if x)


def _block_quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _md_escape_line(text: str) -> str:
    """A one-line value safe inside Markdown text (no line breaks)."""
    return " ".join(text.split())


def markdown(annotations: list[Annotation], docs: dict[int, DocumentSummary]) -> str:
    """Markdown grouped by document (in the order given; reading order within a document):
    heading, then per annotation its quote as a block quote, the note, the tags and a citation."""
    out: list[str] = ["# Annotations", ""]
    if not annotations:
        out.append("(no annotations)")
        return "\n".join(out) + "\n"
    ordered = sorted(annotations, key=lambda a: (a.doc_id, a.start, a.end, a.id))
    for doc_id, group in groupby(ordered, key=lambda a: a.doc_id):
        doc = docs.get(doc_id)
        out.append(f"## {_md_escape_line(doc.title) if doc else f'Document {doc_id}'}")
        out.append("")
        if doc is not None:
            meta = " · ".join(x for x in (doc.date, doc.source, f"`{doc.path}`") if x)
            out.append(meta + (" (file missing)" if doc.missing else ""))
            out.append("")
        for a in group:
            out.append(_block_quote(a.quote))
            out.append("")
            if a.orphaned:
                out.append("*Orphaned: not found in the current text of the document; the quote is as it was.*")
                out.append("")
            if a.note:
                out.append(a.note.strip())
                out.append("")
            if a.tags:
                out.append("Tags: " + ", ".join(f"`{t}`" for t in a.tags))
                out.append("")
            out.append(f"— {citation(doc, doc_id)}, characters {a.start}–{a.end} ({a.color})")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def csv_text(annotations: list[Annotation], docs: dict[int, DocumentSummary], *, bom: bool = False) -> str:
    """CSV with a header row (``CSV_COLUMNS``); tags joined with '; '. ``bom``: start with a UTF-8
    byte-order mark so that Excel reads Chinese correctly when the text is saved as UTF-8."""
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for a in annotations:
        d = docs.get(a.doc_id)
        w.writerow(
            [
                a.id,
                a.uuid,
                a.doc_id,
                d.title if d else "",
                (d.date or "") if d else "",
                d.path if d else "",
                a.start,
                a.end,
                a.quote,
                a.note,
                "; ".join(a.tags),
                a.color,
                a.status,
                a.created,
                a.modified,
            ]
        )
    return buf.getvalue()
