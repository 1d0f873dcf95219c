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
from ftz_desktop.errors import UserError

COMMANDS = ("import", "docs", "show", "search")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with one line, like argparse, but without the usage dump
        self.exit(2, f"{self.prog}: error: {message}\n")


def _add_library(p: argparse.ArgumentParser, default) -> None:
    p.add_argument(
        "--library", metavar="PATH", type=Path, default=default,
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
    p.add_argument("--json", action="store_true")

    for name, sp in sub.choices.items():
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
            f"missing {report.missing}, failed {len(report.failed)} "
            f"in {report.seconds:.1f} s ({report.bytes / 1e6:.1f} MB read)"
        )
        for f in report.failed:
            print(f"  failed: {f.path}: {f.reason}")
    return 0


def cmd_docs(args) -> int:
    docs = _library(args).documents()
    if args.json:
        _out([
            {"doc_id": d.doc_id, "path": d.path, "title": d.title, "date": d.date,
             "format": d.format, "chars": d.chars, "source": d.source, "missing": d.missing}
            for d in docs
        ])
    else:
        for d in docs:
            flag = " (missing)" if d.missing else ""
            print(f"{d.doc_id:>6}  {d.date or '':<10}  {d.format:<4}  {d.chars:>7}  {d.title}{flag}")
        print(f"{len(docs)} documents")
    return 0


def cmd_show(args) -> int:
    try:
        doc = _library(args).document(args.doc_id)
    except KeyError:
        raise UserError(f"There is no document with id {args.doc_id}.") from None
    if args.json:
        _out({
            "doc_id": doc.doc_id, "path": doc.path, "title": doc.title, "date": doc.date,
            "source": doc.source, "format": doc.format, "text": doc.text,
            "paragraphs": [list(p) for p in doc.paragraphs], "missing": doc.missing,
        })
    else:
        print(doc.title)
        meta = " · ".join(x for x in (doc.date, doc.source, doc.format) if x)
        print(meta)
        print(doc.path + (" (missing)" if doc.missing else ""))
        print()
        for s, e in doc.paragraphs:
            print(doc.text[s:e])
    return 0


def cmd_search(args) -> int:
    if args.limit is not None and args.limit < 0:
        raise UserError("--limit must be 0 or more.")
    results = _library(args).search(
        args.query, limit=None if args.all else args.limit, offset=max(0, args.offset)
    )
    if args.json:
        _out([
            {"doc_id": h.doc_id, "path": h.path, "title": h.title, "date": h.date,
             "score": h.score, "snippet": h.snippet,
             "snippet_hits": [list(s) for s in h.snippet_hits],
             "hits": [list(s) for s in h.hits]}
            for h in results.hits
        ])
        return 0
    tty = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    open_, close = ("\x1b[1;33m", "\x1b[0m") if tty else ("«", "»")
    print(f"{results.total} documents  ({results.interpretation}; {results.seconds * 1000:.0f} ms)")
    for h in results.hits:
        print()
        print(f"[{h.doc_id}] {h.title}  {h.date or ''}  ({len(h.hits)} hits, score {h.score:.2f})")
        print("    " + h.marked_snippet(open_, close))
    return 0


HANDLERS = {"import": cmd_import, "docs": cmd_docs, "show": cmd_show, "search": cmd_search}


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
    except sqlite3.DatabaseError as exc:
        sys.stderr.write(f"ftz-desktop: cannot use the library {args.library or ''}: {exc}\n")
        return 1
    except RuntimeError as exc:  # e.g. a library written by a newer version
        sys.stderr.write(f"ftz-desktop: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
