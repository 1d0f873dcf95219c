"""The command line: ``ftz-desktop [--library PATH] COMMAND …``; without a command it opens the GUI
(on the files given, if any).

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
from typing import Any

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
    "compare",
    "cite",
    "export-citations",
    "outline",
    "saved",
    "collection",
)

SORT_CHOICES = ("relevance", "date", "date-old", "hits", "title")  # store/search.py SORT_NAMES
FACETS_SHOWN = 12  # values of a facet printed as text (--json lists all)


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


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the desktop application (``ui/app.py`` parses them; ``--help`` lists them)."""
    group = parser.add_argument_group(
        "window options (without a command)",
        "FILE... imports files or folders into the library and opens the files in reader tabs; "
        "a running window receives them instead of a second window opening.",
    )
    group.add_argument("--search", default="", metavar="QUERY", help="search at start-up")
    group.add_argument(
        "--open", type=int, action="append", default=[], metavar="DOC_ID", help="open a document (repeatable)"
    )
    group.add_argument("--open-results", type=int, default=0, metavar="N", help="open the first N results of --search")
    group.add_argument(
        "--annotation", type=int, default=0, metavar="ID", help="open an annotation's document at its passage"
    )
    group.add_argument("--size", default="", metavar="WxH", help="window size, e.g. 1400x900")
    group.add_argument(
        "--screenshot",
        default="",
        metavar="PATH",
        help="save the window as an image once everything is shown, then quit",
    )
    group.add_argument("--lang", default="", metavar="zh|en", help="interface language (default: the system's)")
    # a test hook: an error in the event loop once the window shows (the crash dialog; with --screenshot, its image)
    group.add_argument("--crash-test", action="store_true", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ftz-desktop",
        usage="%(prog)s [--library PATH] [window options] [FILE ...]\n       %(prog)s [--library PATH] COMMAND ...",
        description="Offline workbench for documents about China's pilot free trade zones. "
        "Without a command, opens the desktop application.",
        epilog="Logs: " + _log_file_for_help(),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_library(parser, None)
    add_window_options(parser)
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
    p.add_argument(
        "--sort",
        choices=SORT_CHOICES,
        default="relevance",
        help="order of the results: relevance (default), date (newest first), date-old, hits (most first), title",
    )
    p.add_argument(
        "--facets", action="store_true", help="also count the results by zone, area, year, source, format and tag"
    )
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

    p = sub.add_parser(
        "compare",
        help="one measure across zones (or the areas of one zone) for one period, as the Zones tab draws it",
    )
    p.add_argument("measure", nargs="?", metavar="MEASURE", help="新设企业, 外贸进出口总额…; without it: the measures")
    p.add_argument("--areas-of", metavar="Z", help="compare the areas of this zone instead of the zones")
    p.add_argument(
        "--period-kind", metavar="K", help="year, half, quarter, month, cumulative, stock, range, range_days, day"
    )
    p.add_argument("--period", metavar="P", help="2023, 2024-H1, ..2023 (default: the one most places report)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("saved", help="saved searches: a name for a query, with its count and what is new")
    saved = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    sp = saved.add_parser("add", help="save a query under a name (a saved search of that name gets the query)")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("query", nargs="+", metavar="QUERY")
    sp = saved.add_parser("list", help="the saved searches with their documents and how many are new")
    sp.add_argument("--json", action="store_true")
    sp = saved.add_parser("run", help="run a saved search (it is then opened: nothing in it is new any more)")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--limit", type=int, default=20, metavar="N")
    sp.add_argument("--sort", choices=SORT_CHOICES, default="relevance", help="order of the results (as search)")
    sp.add_argument("--json", action="store_true")
    sp = saved.add_parser("remove", help="forget a saved search")
    sp.add_argument("name", metavar="NAME")

    p = sub.add_parser("collection", help="collections: your own sets of documents ('/' nests, in:NAME searches)")
    coll = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    sp = coll.add_parser("add", help="put documents in a collection (made if needed)")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("doc_ids", nargs="+", type=int, metavar="DOC_ID")
    sp = coll.add_parser("remove", help="take documents out of a collection, or without DOC_IDs delete it")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("doc_ids", nargs="*", type=int, metavar="DOC_ID")
    sp = coll.add_parser("list", help="the collections with their number of documents")
    sp.add_argument("--json", action="store_true")
    sp = coll.add_parser("show", help="the documents of a collection (and of those nested below it)")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--json", action="store_true")
    sp = coll.add_parser("export", help="a collection's documents and annotations as Markdown, CSV or W3C JSON")
    sp.add_argument("name", metavar="NAME")
    sp.add_argument("--format", choices=("md", "csv", "w3c"), default="md")
    sp.add_argument("--annotations", action="store_true", help="CSV: the annotations instead of the documents")
    sp.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of the standard output")

    for subparsers in (sub, saved, coll):
        for _name, sp in subparsers.choices.items():
            _add_library(sp, argparse.SUPPRESS)
    _add_citation_parsers(sub)
    _add_outline_parser(sub)
    return parser


def _add_citation_parsers(sub) -> None:
    p = sub.add_parser("cite", help="a citation of a document (GB/T 7714-2015 or author-date)")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument(
        "--style",
        default="gbt7714",
        choices=("gbt7714", "author-date"),
        help="gbt7714 (default: the numbered system's entry) or author-date (著者-出版年制)",
    )
    p.add_argument("--passage", default="", metavar="TEXT", help="cite this passage of the document")

    p = sub.add_parser("export-citations", help="export references as RIS or CSL JSON (Zotero, EndNote, NoteExpress)")
    p.add_argument("--format", required=True, choices=("ris", "csl-json"))
    p.add_argument("--query", default=None, metavar="Q", help="the documents this query finds (default: all)")
    p.add_argument("--ids", type=int, nargs="+", default=None, metavar="DOC_ID", help="these documents")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write ('-': standard output)")


def _add_outline_parser(sub) -> None:
    p = sub.add_parser("outline", help="a law's chapters and articles, or a report's headings")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--compare", type=int, metavar="OTHER_ID", help="list the articles that differ from this version")
    p.add_argument("--json", action="store_true")


def _log_file_for_help() -> str:
    from ftz_desktop import logs

    return str(logs.log_file())


# Control characters (C0 but line feed and tab, DEL, C1) from documents and file names, shown as
# \xNN escapes: a title with ESC or BEL cannot move the cursor, retitle or ring the terminal.
_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (0x09, 0x0A)}
# JSON escapes C0 itself; C1 characters (U+0080–U+009F) are written as \u00NN too
_JSON_C1 = {c: f"\\u{c:04x}" for c in range(0x80, 0xA0)}


def terminal_safe(text: str) -> str:
    """``text`` with its control characters escaped for a terminal."""
    return text.translate(_CONTROL)


def _print(*parts: object, **kwargs: Any) -> None:
    """print(), with the control characters of every string escaped."""
    print(*(terminal_safe(p) if isinstance(p, str) else p for p in parts), **kwargs)


def _write_export(text: str) -> None:
    """An export (Markdown, CSV) as it is into a file or pipe, escaped on a terminal."""
    sys.stdout.write(terminal_safe(text) if sys.stdout.isatty() else text)


def _out(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2).translate(_JSON_C1) + "\n")


def _library(args):
    from ftz_desktop.paths import default_library_path
    from ftz_desktop.services.library import Library

    return Library(args.library or default_library_path())


def _progress_line(p, stream) -> None:
    mb = p.bytes_done / 1e6
    rate = mb / p.seconds if p.seconds > 0 else 0.0
    name = terminal_safe(Path(p.path).name)
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
        _print(
            f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
            f"missing {report.missing}, failed {len(report.failed)}, skipped {len(report.skipped)} "
            f"in {report.seconds:.1f} s ({report.bytes / 1e6:.1f} MB read)"
        )
        for f in report.failed:
            _print(f"  failed: {f.path}: {f.reason}")
        for f in report.skipped:
            _print(f"  skipped: {f.path}: {f.reason}")
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
            _print(f"{d.doc_id:>6}  {d.date or '':<10}  {d.format:<4}  {d.chars:>7}  {d.title}{flag}")
        _print(f"{len(docs)} documents")
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
        _print(doc.title)
        meta = " · ".join(x for x in (doc.date, doc.source, doc.author, doc.format) if x)
        _print(meta)
        if doc.copies:
            _print("copies: " + ", ".join(str(c) for c in doc.copies))
        _print(doc.path + (" (missing)" if doc.missing else ""))
        _print()
        for s, e in doc.paragraphs:
            _print(doc.text[s:e])
    return 0


def cmd_search(args) -> int:
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more.")
    lib = _library(args)
    if args.facets or _has_entity_filter(args.query):  # the zone and area facets are entities too
        _ensure_entities(lib)
    results = lib.search(
        args.query,
        limit=None if args.all else args.limit,
        offset=max(0, args.offset),
        sort=args.sort,
        all_copies=args.all_copies,
        segment=False,
    )
    facets = lib.facets(args.query) if args.facets else None
    for warning in results.warnings:
        _print(f"ftz-desktop: warning: {warning}", file=sys.stderr)
    if args.json:
        hits = [_hit_json(h) for h in results.hits]
        if facets is None:
            _out(hits)
        else:
            _out({"results": hits, "facets": {k: [v.to_json() for v in vs] for k, vs in facets.items()}})
        return 0
    _print_results(results, False)
    if facets is not None:
        for kind, values in facets.items():
            if values:
                print()
                _print(f"{kind}:  " + "  ".join(f"{v.value} ({v.count})" for v in values[:FACETS_SHOWN]))
                if len(values) > FACETS_SHOWN:
                    print(f"    … {len(values) - FACETS_SHOWN} more (--json lists all)")
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
        _print(f"annotation {a.id} on document {a.doc_id}, characters {a.start}–{a.end}")
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
        _write_export(service.export_markdown(items))
    elif args.csv:
        _write_export(service.export_csv(items))
    elif args.w3c:
        scope = args.tag if args.tag is not None else (args.doc if args.doc is not None else True)
        _out(service.export_w3c(items, document_tags=scope))
    else:
        for a in items:
            flag = "  (orphaned)" if a.orphaned else ""
            tags = "  " + ", ".join(a.tags) if a.tags else ""
            _print(f"[{a.id}] document {a.doc_id}  {a.start}–{a.end}  {a.color}{tags}{flag}")
            _print(f"    「{_short(a.quote)}」")
            if a.note:
                _print(f"    {_short(a.note)}")
        _print(f"{len(items)} annotations")
    return 0


def cmd_tags(args) -> int:
    tags = _library(args).annotations.tags()
    if args.json:
        _out([{"name": t.name, "count": t.count} for t in tags])
    else:
        for t in tags:
            _print(f"{t.count:>6}  {t.name}")
        _print(f"{len(tags)} tags")
    return 0


def cmd_import_annotations(args) -> int:
    report = _library(args).annotations.import_w3c_file(args.file)
    _print(
        f"added {report.added} ({report.orphaned} orphaned), duplicates skipped {report.duplicates}, "
        f"document tags added {report.document_tags}, not imported {len(report.skipped)}"
    )
    for f in report.skipped:
        _print(f"  not imported: {f.path}: {f.reason}")
    return 0


def cmd_backup_annotations(args) -> int:
    _print(_library(args).backup_annotations())
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
    names = lib.zone_labels()
    for e in items:
        extra = f" ({e.detail})" if e.detail else ""
        if e.kind == "zone" and e.label and e.label != e.name:
            extra = f" ({e.name})"  # 海南自贸港 (海南自由贸易港), 海南 (中国（海南）自由贸易试验区)
        where = ""
        if e.kind == "area":
            where = f"  [{names.get(e.zone or '', ('', e.zone or '?', True))[1]}]"
            if not e.listed:
                where += " (not in the gazetteer)"
        docs = f"{len(e.docs)} document{'s' if len(e.docs) != 1 else ''}"
        _print(f"{e.kind:<7} {e.count:>6}  {e.label or e.name}{extra}{where}  — {docs}")
    _print(f"{len(items)} entities")
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
    _print(f"extracted the entities of {done} documents")
    return 0


def cmd_metrics(args) -> int:
    import csv

    from ftz_desktop.core.metrics import CATEGORIES
    from ftz_desktop.records import METRIC_FIELDS

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
        extra = f" {m.period}" + (f" ({m.period_kind})" if m.period_kind else "") if m.period else ""
        _print(f"{where}\t{m.metric or '?'}\t{m.value_text}{extra}\t[{m.category}]  doc {m.doc_id}")
    _print(f"{len(items)} figures")
    return 0


def cmd_compare(args) -> int:
    from ftz_desktop.core.measures import format_amount
    from ftz_desktop.services import series
    from ftz_desktop.services.library import zone_id_for

    lib = _library(args)
    _ensure_entities(lib)
    scope = series.SCOPE_ZONES
    if args.areas_of:
        zone_id = zone_id_for(args.areas_of)
        if zone_id is None:
            raise UserError(f"No free trade zone is called '{args.areas_of}'.")
        scope = series.area_scope(zone_id)
    figures = lib.zone_figures()
    if not args.measure:
        measures = [m for m in figures.measures(scope) if m.places]
        if args.json:
            _out(
                [
                    {"measure": m.measure, "category": m.category, "places": m.places, "records": m.records}
                    for m in measures
                ]
            )
        else:
            for m in measures:
                _print(f"{m.places:>4} places  {m.records:>5} figures  {m.measure}  [{m.category}]")
        return 0
    c = figures.compare(args.measure, scope, args.period_kind, args.period)
    family = c.series.family if c.series else "count"

    def where(m) -> dict:
        doc = figures.doc(m)
        return {
            "zone": m.zone,
            "zone_id": m.zone_id,
            "area": m.area,
            "value_text": m.value_text,
            "period": m.period,
            "doc_id": m.doc_id,
            "title": doc.title if doc else None,
            "date": doc.date if doc else None,
            "start": m.start,
            "end": m.end,
            "quote": m.quote,
        }

    out = {
        "measure": c.measure,
        "scope": c.scope,
        "series": c.series.id if c.series else None,
        "period_kind": c.series.period_kind if c.series else None,
        "period": c.period,
        "periods": [list(p) for p in c.periods],
        "period_kinds": [list(p) for p in c.period_kinds],
        "points": [
            {
                "place": p.place.name,
                "value": p.value,
                "amount": format_amount(p.value, family, c.counter),
                **where(p.record),
                "chosen": p.chosen,
                "alternatives": [where(a) for a in p.alternatives],
            }
            for p in c.points
        ],
        "left_out": [{"reason": x.reason, "detail": x.detail, **where(x.record)} for x in c.left_out],
    }
    if args.json:
        _out(out)
        return 0
    if c.series is None:
        _print(f"{c.measure}: nothing to compare ({len(c.left_out)} figures left out)")
    else:
        _print(f"{c.measure} · {c.series.period_kind} · {c.period or '—'} · {c.scope}")
        for p in out["points"]:
            flag = (
                "  ⚠ documents disagree: " + ", ".join(a["value_text"] for a in p["alternatives"])
                if p["alternatives"]
                else ""
            )
            _print(f"  {p['place']:<12} {p['amount']:>14}  ({p['value_text']}, doc {p['doc_id']}){flag}")
    reasons = c.reasons()
    if reasons:
        _print("left out: " + ", ".join(f"{n} {r}" for r, n in reasons.most_common()))
    return 0


def cmd_cite(args) -> int:
    try:
        print(_library(args).citation(args.doc_id, args.style, args.passage))
    except KeyError:
        raise UserError(f"There is no document with id {args.doc_id}.") from None
    return 0


def cmd_export_citations(args) -> int:
    if args.ids is not None and args.query:
        raise UserError("give --ids or --query, not both.")
    lib = _library(args)
    if args.ids is not None:
        missing = sorted(set(args.ids) - {r.doc_id for r in lib.references(args.ids)})
        if missing:
            raise UserError(f"There is no document with id {', '.join(map(str, missing))}.")
    text = lib.export_citations(args.format, ids=args.ids, query=args.query)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    count = text.count("ER  - ") if args.format == "ris" else len(json.loads(text))
    print(f"{count} references written to {args.output}", file=sys.stderr)
    return 0


def cmd_outline(args) -> int:
    lib = _library(args)
    try:
        if args.compare is not None:
            differing = sorted(lib.differing_articles(args.doc_id, args.compare))
            if args.json:
                _out({"differing_articles": differing})
            else:
                print(f"{len(differing)} articles differ: " + ", ".join(f"第{n}条" for n in differing))
            return 0
        heads = lib.outline(args.doc_id)
    except KeyError as exc:
        raise UserError(f"There is no document with id {exc.args[0]}.") from None
    if args.json:
        _out(
            [
                {
                    "kind": h.kind,
                    "number": h.number,
                    "label": h.label,
                    "title": h.title,
                    "start": h.start,
                    "end": h.end,
                    "depth": h.depth,
                }
                for h in heads
            ]
        )
    else:
        for h in heads:
            print("  " * h.depth + h.text)
        print(f"{len(heads)} headings")
    return 0


def _print_results(results, as_json: bool) -> None:
    """Search results as ``search`` prints them (JSON, or text with the hits marked)."""
    if as_json:
        _out([_hit_json(h) for h in results.hits])
        return
    tty = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    open_, close = ("\x1b[1;33m", "\x1b[0m") if tty else ("«", "»")
    hidden = f", {results.copies_hidden} more copies" if results.copies_hidden else ""
    _print(f"{results.total} documents{hidden}  ({results.interpretation}; {results.seconds * 1000:.0f} ms)")
    for h in results.hits:
        _print()
        copies = f", {len(h.copies) + 1} copies: also {', '.join(str(c) for c in h.copies)}" if h.copies else ""
        _print(f"[{h.doc_id}] {h.title}  {h.date or ''}  ({len(h.hits)} hits, score {h.score:.2f}{copies})")
        print("    " + h.marked_snippet(open_, close, escape=terminal_safe))


def _hit_json(h) -> dict:
    return {
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


def cmd_saved(args) -> int:
    lib = _library(args)
    if args.action == "add":
        s = lib.saved.add(args.name, " ".join(args.query))
        print(f"saved '{s.name}': {s.query}  ({s.count} documents)")
    elif args.action == "list":
        items = lib.saved.entries()
        if args.json:
            _out([s.to_json() for s in items])
        else:
            for s in items:
                state = f"error: {s.error}" if s.error else f"{s.count} documents, {s.new} new"
                print(f"{s.name}\t{s.query}\t({state})")
            print(f"{len(items)} saved searches")
    elif args.action == "run":
        before = lib.saved.get(args.name)
        if _has_entity_filter(before.query):
            _ensure_entities(lib)
        results = lib.search(before.query, limit=args.limit, sort=args.sort)
        lib.saved.opened(before.name)
        if not args.json:
            print(f"{before.name}: {before.query}  ({before.new} new since {before.opened})")
        _print_results(results, args.json)
    else:
        lib.saved.remove(args.name)
        print(f"removed the saved search '{args.name}'")
    return 0


def cmd_collection(args) -> int:
    lib = _library(args)
    service = lib.collections
    if args.action == "add":
        added = service.add(args.name, args.doc_ids)
        print(f"added {added} documents to '{args.name}' ({len(args.doc_ids) - added} were in it)")
    elif args.action == "remove":
        gone = service.remove(args.name, args.doc_ids or None)
        what = "deleted the collection" if not args.doc_ids else "took documents out of"
        print(f"{what} '{args.name}' ({gone} documents)")
    elif args.action == "list":
        items = service.entries()
        if args.json:
            _out([c.to_json() for c in items])
        else:
            for c in items:
                nested = f" ({c.total} with those below it)" if c.total != c.count else ""
                print(f"{c.count:>6}  {c.name}{nested}")
            print(f"{len(items)} collections")
    elif args.action == "show":
        docs = service.documents(args.name)
        if args.json:
            _out(
                [
                    {"doc_id": d.doc_id, "title": d.title, "date": d.date, "source": d.source, "path": d.path}
                    for d in docs
                ]
            )
        else:
            for d in docs:
                print(f"{d.doc_id:>6}  {d.date or '':<10}  {d.title}  [{d.source or ''}]")
            print(f"{len(docs)} documents")
    else:
        text = service.export(args.name, args.format, annotations=args.annotations)
        if args.out is not None:
            try:
                args.out.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise UserError(f"Cannot write {args.out}: {exc.strerror or exc}") from None
            print(f"wrote {args.out}")
        else:
            sys.stdout.write(text)
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
    "compare": cmd_compare,
    "cite": cmd_cite,
    "export-citations": cmd_export_citations,
    "outline": cmd_outline,
    "saved": cmd_saved,
    "collection": cmd_collection,
}


def start(argv: Sequence[str] | None = None) -> int:
    """What every way of starting calls first (the ``ftz-desktop`` script, ``python -m``, a frozen
    bundle): a worker process of a frozen program runs its job here and exits; logging; the
    one-time move of the old data directory."""
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()  # a parse worker of the bundle: runs its job and exits
    for name in ("stdout", "stderr"):  # a windowed program (Windows, macOS .app) has none
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    from ftz_desktop import logs, paths

    logs.setup()
    paths.move_legacy_data()
    return main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = _Parser(prog="ftz-desktop", add_help=False)
    _add_library(pre, None)
    early, rest = pre.parse_known_args(argv)
    first = rest[0] if rest else ""
    gui = not rest or (first.startswith("-") and first not in ("-h", "--help", "--version"))
    if not gui and first not in COMMANDS and not first.startswith("-"):
        if not Path(first).exists():
            sys.stderr.write(
                f"ftz-desktop: error: '{first}' is neither a command nor a file or folder "
                f"(commands: {', '.join(COMMANDS)})\n"
            )
            return 2
        gui = True  # ftz-desktop FILE...: the desktop entry's %F, a file association
    if gui:
        # the GUI; --library is ours, the remaining options and files are the application's
        from ftz_desktop.ui.app import run

        return run(early.library, rest)
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:
            # a search for "-上海 …": argparse takes "-上海" for an option; it is part of the query
            if args.command in ("search", "saved") and not any(e.startswith("--") for e in extra):
                if args.command == "saved" and args.action != "add":
                    parser.error(f"unrecognized arguments: {' '.join(extra)}")
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
        sys.stderr.write(f"ftz-desktop: {terminal_safe(str(exc))}\n")
        return 2
    except LibraryError as exc:  # cannot be opened, newer version, backup before an upgrade failed
        sys.stderr.write(f"ftz-desktop: {terminal_safe(str(exc))}\n")
        return 1
    except sqlite3.DatabaseError as exc:  # while using it: locked, disk full, damaged
        sys.stderr.write(f"ftz-desktop: cannot use the library {args.library or ''}: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(start())
