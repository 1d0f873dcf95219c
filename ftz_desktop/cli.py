"""The command line: ``ftz-desktop [--library PATH] COMMAND …``; without a command it opens the GUI.

Each command calls the same services as the GUI and prints readable text, or JSON with ``--json``.
Exit status: 0 on success (an empty result is success), 2 with a one-line message on stderr for
bad usage or a query that cannot be understood, 1 when the library itself cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from ftz_desktop import __version__
from ftz_desktop.errors import LibraryError, UserError

COMMANDS = (
    "import",
    "docs",
    "show",
    "search",
    "annotate",
    "annotations",
    "tags",
    "import-annotations",
    "backup-annotations",
    "entities",
    "reextract",
    "metrics",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with one line, like argparse, but without the usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


def _add_library(p: argparse.ArgumentParser, default) -> None:
    p.add_argument(
        "--library",
        metavar="PATH",
        type=Path,
        default=default,
        help="the library file to use (default: library.sqlite in the user data directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ftz-desktop",
        description="Offline workbench for documents about China's pilot free trade zones. "
        "Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_library(parser, None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", help="import files and folders (incremental)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to import")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line")

    p = sub.add_parser("docs", help="list the documents of the library")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="print one document")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="search the library (see the README for the query syntax)")
    p.add_argument("query", nargs="*", metavar="QUERY", help="the query (several words are joined with spaces)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    group.add_argument("--all", action="store_true", help="every matching document")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N results")
    p.add_argument("--all-copies", action="store_true", help="list every near-duplicate copy (default: a group once)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("annotate", help="annotate a passage of a document, found by its quote")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the passage (case and width are ignored)")
    p.add_argument("--occurrence", type=int, default=1, metavar="N", help="the Nth occurrence of the quote (default 1)")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat for several; '/' nests)")
    p.add_argument("--color", default="yellow", metavar="C", help="yellow (default), green, blue, pink or purple")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("annotations", help="list or export annotations")
    p.add_argument("--doc", type=int, metavar="DOC_ID", help="only this document's")
    p.add_argument("--tag", metavar="T", help="only those with this tag (or one nested below it)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true")
    group.add_argument("--markdown", action="store_true", help="Markdown grouped by document")
    group.add_argument("--csv", action="store_true")
    group.add_argument("--w3c", action="store_true", help="W3C Web Annotation JSON (AnnotationCollection)")

    p = sub.add_parser("tags", help="list the tags with how often they are used")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import-annotations", help="add the annotations of a W3C Web Annotation JSON file")
    p.add_argument("file", metavar="FILE.json")

    sub.add_parser("backup-annotations", help="write every annotation as W3C JSON to the backups folder")

    p = sub.add_parser("entities", help="zones, areas, organisations, people, policies and places mentioned")
    p.add_argument("--doc", type=int, metavar="DOC_ID", help="only this document's")
    p.add_argument("--kind", choices=("zone", "area", "org", "person", "policy", "place"))
    p.add_argument("--limit", type=int, metavar="N", help="at most N per kind (most frequent first)")
    p.add_argument("--json", action="store_true")

    sub.add_parser(
        "reextract",
        help="extract the entities of every document again (after an upgrade or a change of the user gazetteer)",
    )

    p = sub.add_parser("metrics", help="figures read from the documents (zone metrics), with their sentence")
    p.add_argument("--zone", metavar="Z", help="a zone (黑龙江, 中国（黑龙江）自由贸易试验区, heilongjiang)")
    p.add_argument("--area", metavar="A", help="an area (绥芬河片区, 绥芬河)")
    p.add_argument("--category", metavar="C", help="enterprises, trade, institutional innovation, …")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    for _name, sp in sub.choices.items():
        _add_library(sp, argparse.SUPPRESS)
    return parser


def _out(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _library(args):
    from ftz_desktop.paths import default_library_path
    from ftz_desktop.services.library import Library

    return Library(args.library or default_library_path())


def _progress_line(p, stream) -> None:
    mb = p.bytes_done / 1e6
    rate = mb / p.seconds if p.seconds > 0 else 0.0
    name = Path(p.path).name
    if len(name) > 40:
        name = name[:37] + "…"
    stream.write(f"\r{p.done}/{p.total} files  {mb:.1f} MB  {rate:.1f} MB/s  {name:<40}")
    stream.flush()


def cmd_import(args) -> int:
    lib = _library(args)
    show = not args.quiet and sys.stderr.isatty()
    gen = lib.import_paths(args.paths)
    while True:
        try:
            progress = next(gen)
        except StopIteration as stop:
            report = stop.value
            break
        if show and (progress.done % 25 == 0 or progress.done == progress.total):
            _progress_line(progress, sys.stderr)
    if show:
        sys.stderr.write("\n")
    if args.json:
        _out(report.to_json())
    else:
        print(
            f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
            f"missing {report.missing}, failed {len(report.failed)}, skipped {len(report.skipped)} "
            f"in {report.seconds:.1f} s ({report.bytes / 1e6:.1f} MB read)"
        )
        for f in report.failed:
            print(f"  failed: {f.path}: {f.reason}")
        for f in report.skipped:
            print(f"  skipped: {f.path}: {f.reason}")
    return 0


def cmd_docs(args) -> int:
    docs = _library(args).documents()
    if args.json:
        _out(
            [
                {
                    "doc_id": d.doc_id,
                    "path": d.path,
                    "title": d.title,
                    "date": d.date,
                    "format": d.format,
                    "chars": d.chars,
                    "source": d.source,
                    "missing": d.missing,
                    "duplicate_of": d.duplicate_of,
                }
                for d in docs
            ]
        )
    else:
        for d in docs:
            flag = " (missing)" if d.missing else ""
            if d.duplicate_of is not None:
                flag += f" (copy of {d.duplicate_of})"
            print(f"{d.doc_id:>6}  {d.date or '':<10}  {d.format:<4}  {d.chars:>7}  {d.title}{flag}")
        print(f"{len(docs)} documents")
    return 0


def cmd_show(args) -> int:
    try:
        doc = _library(args).document(args.doc_id)
    except KeyError:
        raise UserError(f"There is no document with id {args.doc_id}.") from None
    if args.json:
        _out(
            {
                "doc_id": doc.doc_id,
                "path": doc.path,
                "title": doc.title,
                "date": doc.date,
                "source": doc.source,
                "format": doc.format,
                "text": doc.text,
                "paragraphs": [list(p) for p in doc.paragraphs],
                "missing": doc.missing,
                "author": doc.author,
                "duplicate_of": doc.duplicate_of,
                "copies": list(doc.copies),
            }
        )
    else:
        print(doc.title)
        meta = " · ".join(x for x in (doc.date, doc.source, doc.author, doc.format) if x)
        print(meta)
        if doc.copies:
            print("copies: " + ", ".join(str(c) for c in doc.copies))
        print(doc.path + (" (missing)" if doc.missing else ""))
        print()
        for s, e in doc.paragraphs:
            print(doc.text[s:e])
    return 0


def cmd_search(args) -> int:
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more.")
    lib = _library(args)
    if _has_entity_filter(args.query):
        _ensure_entities(lib)
    results = lib.search(
        args.query, limit=None if args.all else args.limit, offset=max(0, args.offset), all_copies=args.all_copies
    )
    if args.json:
        _out(
            [
                {
                    "doc_id": h.doc_id,
                    "path": h.path,
                    "title": h.title,
                    "date": h.date,
                    "score": h.score,
                    "snippet": h.snippet,
                    "snippet_hits": [list(s) for s in h.snippet_hits],
                    "hits": [list(s) for s in h.hits],
                    "copies": list(h.copies),
                }
                for h in results.hits
            ]
        )
        return 0
    tty = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    open_, close = ("\x1b[1;33m", "\x1b[0m") if tty else ("«", "»")
    hidden = f", {results.copies_hidden} more copies" if results.copies_hidden else ""
    print(f"{results.total} documents{hidden}  ({results.interpretation}; {results.seconds * 1000:.0f} ms)")
    for h in results.hits:
        print()
        copies = f", {len(h.copies) + 1} copies: also {', '.join(str(c) for c in h.copies)}" if h.copies else ""
        print(f"[{h.doc_id}] {h.title}  {h.date or ''}  ({len(h.hits)} hits, score {h.score:.2f}{copies})")
        print("    " + h.marked_snippet(open_, close))
    return 0


def cmd_annotate(args) -> int:
    a = _library(args).annotations.create_from_quote(
        args.doc_id,
        args.quote,
        occurrence=args.occurrence,
        note=args.note,
        tags=args.tag,
        color=args.color,
    )
    if args.json:
        _out(a.to_json())
    else:
        print(f"annotation {a.id} on document {a.doc_id}, characters {a.start}–{a.end}")
    return 0


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_annotations(args) -> int:
    lib = _library(args)
    service = lib.annotations
    if args.doc is not None:
        try:
            lib.document(args.doc)
        except KeyError:
            raise UserError(f"There is no document with id {args.doc}.") from None
    items = service.select(doc_id=args.doc, tag=args.tag)
    if args.json:
        _out([a.to_json() for a in items])
    elif args.markdown:
        sys.stdout.write(service.export_markdown(items))
    elif args.csv:
        sys.stdout.write(service.export_csv(items))
    elif args.w3c:
        scope = args.tag if args.tag is not None else (args.doc if args.doc is not None else True)
        _out(service.export_w3c(items, document_tags=scope))
    else:
        for a in items:
            flag = "  (orphaned)" if a.orphaned else ""
            tags = "  " + ", ".join(a.tags) if a.tags else ""
            print(f"[{a.id}] document {a.doc_id}  {a.start}–{a.end}  {a.color}{tags}{flag}")
            print(f"    「{_short(a.quote)}」")
            if a.note:
                print(f"    {_short(a.note)}")
        print(f"{len(items)} annotations")
    return 0


def cmd_tags(args) -> int:
    tags = _library(args).annotations.tags()
    if args.json:
        _out([{"name": t.name, "count": t.count} for t in tags])
    else:
        for t in tags:
            print(f"{t.count:>6}  {t.name}")
        print(f"{len(tags)} tags")
    return 0


def cmd_import_annotations(args) -> int:
    report = _library(args).annotations.import_w3c_file(args.file)
    print(
        f"added {report.added} ({report.orphaned} orphaned), duplicates skipped {report.duplicates}, "
        f"document tags added {report.document_tags}, not imported {len(report.skipped)}"
    )
    for f in report.skipped:
        print(f"  not imported: {f.path}: {f.reason}")
    return 0


def cmd_backup_annotations(args) -> int:
    print(_library(args).backup_annotations())
    return 0


def _has_entity_filter(query: str) -> bool:
    from ftz_desktop.core import expansion
    from ftz_desktop.core import query as q

    try:
        return bool(expansion.filters(q.parse(query)))
    except UserError:
        return False


def _ensure_entities(lib) -> None:
    """A library whose entities are missing or out of date is brought up to date first (said on stderr)."""
    if not lib.entities_stale():
        return
    n = lib.count()
    sys.stderr.write(
        f"ftz-desktop: extracting entities from {n} documents first (entities were missing or out of date)…\n"
    )
    lib.reextract_all()


def cmd_entities(args) -> int:
    lib = _library(args)
    if args.doc is not None:
        try:
            lib.document(args.doc)
        except KeyError:
            raise UserError(f"There is no document with id {args.doc}.") from None
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more.")
    _ensure_entities(lib)
    items = lib.entities(doc_id=args.doc, kind=args.kind, limit=args.limit)
    if args.json:
        _out([e.to_json() for e in items])
        return 0
    for e in items:
        extra = f" ({e.detail})" if e.detail else ""
        where = f"  [{e.zone}]" if e.kind == "area" else ""
        docs = f"{len(e.docs)} document{'s' if len(e.docs) != 1 else ''}"
        print(f"{e.kind:<7} {e.count:>6}  {e.name}{extra}{where}  — {docs}")
    print(f"{len(items)} entities")
    return 0


def cmd_reextract(args) -> int:
    lib = _library(args)
    show = sys.stderr.isatty()
    gen = lib.reextract()
    while True:
        try:
            p = next(gen)
        except StopIteration as stop:
            done = stop.value
            break
        if show and (p.done % 200 == 0 or p.done == p.total):
            sys.stderr.write(f"\r{p.done}/{p.total} documents  {p.seconds:.0f} s")
            sys.stderr.flush()
    if show:
        sys.stderr.write("\n")
    print(f"extracted the entities of {done} documents")
    return 0


METRIC_FIELDS = (
    "zone",
    "area",
    "metric",
    "category",
    "value_text",
    "value",
    "unit",
    "normalized_value",
    "normalized_unit",
    "period",
    "qualifier",
    "doc_id",
    "start",
    "end",
    "quote",
)


def cmd_metrics(args) -> int:
    import csv

    from ftz_desktop.core.metrics import CATEGORIES

    if args.category is not None and args.category not in CATEGORIES:
        raise UserError(f"Unknown category '{args.category}'; one of: {', '.join(CATEGORIES)}.")
    lib = _library(args)
    _ensure_entities(lib)  # metrics are extracted with the entities
    items = lib.metrics(zone=args.zone, area=args.area, category=args.category)
    if args.json:
        _out([m.to_json() for m in items])
        return 0
    if args.csv:
        w = csv.DictWriter(sys.stdout, fieldnames=list(METRIC_FIELDS), lineterminator="\n")
        w.writeheader()
        for m in items:
            w.writerow(m.to_json())
        return 0
    for m in items:
        where = m.area or m.zone or "—"
        extra = f" {m.period}" if m.period else ""
        print(f"{where}\t{m.metric or '?'}\t{m.value_text}{extra}\t[{m.category}]  doc {m.doc_id}")
    print(f"{len(items)} figures")
    return 0


HANDLERS = {
    "import": cmd_import,
    "docs": cmd_docs,
    "show": cmd_show,
    "search": cmd_search,
    "annotate": cmd_annotate,
    "annotations": cmd_annotations,
    "tags": cmd_tags,
    "import-annotations": cmd_import_annotations,
    "backup-annotations": cmd_backup_annotations,
    "entities": cmd_entities,
    "reextract": cmd_reextract,
    "metrics": cmd_metrics,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = _Parser(prog="ftz-desktop", add_help=False)
    _add_library(pre, None)
    early, rest = pre.parse_known_args(argv)
    if not rest or (rest[0].startswith("-") and rest[0] not in ("-h", "--help", "--version")):
        # no command: the GUI; --library is ours, the remaining options are the application's
        from ftz_desktop.ui.app import run

        return run(early.library, rest)
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            # a search for "-上海 …": argparse takes "-上海" for an option; it is part of the query
            if args.command == "search" and not any(e.startswith("--") for e in extra):
                args.query = [*args.query, *extra]
            else:
                parser.error(f"unrecognized arguments: {' '.join(extra)}")
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "search":
        args.query = " ".join(args.query)
        if not args.query.strip():
            sys.stderr.write("ftz-desktop search: error: give a query, e.g. ftz-desktop search 自贸试验区\n")
            return 2
    try:
        return HANDLERS[args.command](args)
    except UserError as exc:
        sys.stderr.write(f"ftz-desktop: {exc}\n")
        return 2
    except LibraryError as exc:  # cannot be opened, newer version, backup before an upgrade failed
        sys.stderr.write(f"ftz-desktop: {exc}\n")
        return 1
    except sqlite3.DatabaseError as exc:  # while using it: locked, disk full, damaged
        sys.stderr.write(f"ftz-desktop: cannot use the library {args.library or ''}: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
