"""The library service: import, list, show and search documents — used by both the CLI and the GUI.

Every method may be called from any thread: each thread gets its own SQLite connection,
and writes (imports) are serialised by a lock, so a GUI worker can search while another imports.
A thread's connection goes back to the library's pool when the thread (or the Python state a
worker thread runs a task in) ends, so the next task reuses it, its page cache warm.
"""

from __future__ import annotations

import threading
import time
from array import array
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from ftz_desktop.core import citations, expansion, outline, snippets
from ftz_desktop.core import query as q
from ftz_desktop.core.fold import fold
from ftz_desktop.core.messages import Translate, identity
from ftz_desktop.errors import QueryError, UserError
from ftz_desktop.records import (
    Annotation,
    Document,
    DocumentSummary,
    Entity,
    EntityDocCount,
    EntitySummary,
    FacetValue,
    ImportProgress,
    ImportReport,
    Metric,
    SearchHit,
    SearchResults,
)
from ftz_desktop.services import facets as facet_service
from ftz_desktop.services.annotations import AnnotationService
from ftz_desktop.services.research import CollectionService, SavedSearchService
from ftz_desktop.store import db as store_db
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import duplicates as store_dups
from ftz_desktop.store import entities as store_entities
from ftz_desktop.store import listing as store_listing
from ftz_desktop.store import metrics as store_metrics
from ftz_desktop.store import search as store_search

if TYPE_CHECKING:
    import sqlite_utils

    from ftz_desktop.core import gazetteer
    from ftz_desktop.services import series

T = TypeVar("T")

# Results whose order is refined by how close the query's terms stand to each other.
RERANK_DEPTH = 100
# Orders by number of hits remembered (counting reads every matching text), the latest kept.
HIT_ORDERS_KEPT = 4


class Library:
    """One library file (SQLite). ``Library(path)`` creates it if needed and migrates it forward."""

    def __init__(self, path: str | Path, *, create: bool = False, adopt: bool = False) -> None:
        """``create``: the user made this file a library (File → New Library), so an empty file
        becomes one; ``adopt``: the user chose to use another program's SQLite database as a
        library. Without them such files are refused, untouched (store/db.py ``connect``)."""
        self.path = Path(path)
        self._create, self._adopt = create, adopt
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._connections: list[sqlite_utils.Database] = []  # every one open, to close them all
        self._idle: list[sqlite_utils.Database] = []  # of threads that ended: the next thread's
        self._connections_lock = threading.Lock()
        self._hit_orders: dict[tuple, tuple[int, list[tuple[int, float]]]] = {}  # see _by_hits
        self._imports = 0  # imports run through this object
        #: annotations, tags and document tags (see services/annotations.py)
        self.annotations = AnnotationService(self._db)
        #: saved searches and collections (see services/research.py)
        self.saved = SavedSearchService(self._db)
        self.collections = CollectionService(self._db, self.annotations)
        db = self._db()  # creates and migrates now, so errors surface here
        #: the file or its folder cannot be written: search, read and export work, edits raise ReadOnlyLibrary
        self.read_only = store_db.is_read_only(db)
        if self.read_only:
            return
        if not store_docs.index_is_current(db):
            with self._write_lock, store_db.write_transaction(db):
                store_docs.rebuild_index(db)
        if not store_docs.impact_is_current(db):
            with self._write_lock, store_db.write_transaction(db):
                if not store_docs.impact_is_current(db):  # another process may have built it meanwhile
                    store_docs.rebuild_impact(db)
        if store_docs.count(db) == 0:
            self.entities_stale()  # an empty library is marked up to date, so imports keep it so

    @classmethod
    def default(cls) -> Library:
        """The library in the user data directory."""
        from ftz_desktop.paths import default_library_path

        return cls(default_library_path())

    def _db(self) -> sqlite_utils.Database:
        lease = getattr(self._local, "lease", None)
        if lease is None:
            try:
                db = self._idle.pop()
            except IndexError:
                db = store_db.connect(self.path, create=self._create, adopt=self._adopt)
                with self._connections_lock:
                    self._connections.append(db)
            # a thread's locals are dropped when it ends, and so are a pool thread's after each
            # task (PySide6 gives each run a new Python thread state): the lease then gives the
            # connection back, instead of every task opening (and keeping) one of its own
            lease = self._local.lease = _Lease(db, self._idle)
        return lease.db

    def connections(self) -> int:
        """How many SQLite connections the library holds open (in use or idle)."""
        return len(self._connections)

    def close(self) -> None:
        """Close every connection this library opened (call when no thread uses it any more)."""
        with self._connections_lock:
            for db in self._connections:
                try:
                    db.conn.close()
                except Exception:  # noqa: BLE001 - closing is best effort
                    pass
            self._connections.clear()
        self._idle = []  # a lease still held elsewhere gives its (closed) connection to the old list
        self._local = threading.local()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- import -----------------------------------------------------------------------------
    def import_paths(
        self, paths: Sequence[str | Path], *, cancelled: Callable[[], bool] | None = None
    ) -> Generator[ImportProgress, None, ImportReport]:
        """Import files and folders; yield progress after each file; ``return`` the ImportReport.

        Folders are walked recursively for supported files. Incremental: unchanged files are
        no-ops, changed files are re-indexed under the same id, files under an imported folder
        that disappeared are marked missing. ``cancelled()`` is checked between files; what
        was committed stays. Use ``report = yield from lib.import_paths(...)`` or ``import_all``.
        """
        from ftz_desktop.services import importing  # (parsers and extraction: not for reading)

        try:
            with self._write_lock:
                report = yield from importing.run_import(self._db(), paths, cancelled=cancelled)
        finally:
            self._imports += 1  # what was counted before (the order by hits) is out of date
        return report

    def import_all(self, paths: Sequence[str | Path], *, cancelled: Callable[[], bool] | None = None) -> ImportReport:
        """Run ``import_paths`` to the end and return its report."""
        return _run_to_end(self.import_paths(paths, cancelled=cancelled))

    # --- entities ---------------------------------------------------------------------------
    def entities_stale(self) -> bool:
        """True when some documents' entities were not extracted with today's rules and gazetteer
        (a library from before entity extraction, or the user gazetteer changed): run ``reextract``."""
        from ftz_desktop.services import extraction

        db = self._db()
        if not extraction.is_stale(db):
            return False
        if store_docs.count(db) == 0 and not self.read_only:  # nothing to extract: up to date
            with self._write_lock:
                store_entities.set_version(db, extraction.version())
            return False
        return True

    def reextract(self, *, cancelled: Callable[[], bool] | None = None) -> Generator[ImportProgress, None, int]:
        """Extract every document's entities again; yields progress, ``return``s the count."""
        from ftz_desktop.services import extraction

        with self._write_lock:
            done = yield from extraction.run_reextract(self._db(), cancelled=cancelled)
        return done

    def reextract_all(self, *, cancelled: Callable[[], bool] | None = None) -> int:
        """Run ``reextract`` to the end; returns the number of documents done."""
        return _run_to_end(self.reextract(cancelled=cancelled))

    def entities(
        self,
        doc_id: int | None = None,
        kind: str | None = None,
        doc_ids: Sequence[int] | None = None,
        *,
        limit: int | None = None,
    ) -> list[EntitySummary]:
        """Entities with their mentions, most frequent first: of one document (``doc_id``), of
        ``doc_ids`` (e.g. the current search results), or of the whole library (neither).
        ``kind`` keeps one kind; ``limit`` keeps the most frequent per kind."""
        from ftz_desktop.core import gazetteer

        db = self._db()
        if doc_id is not None:
            doc_ids = [int(doc_id)]
        elif doc_ids is not None:  # a group of copies counts once: a story told three times is one
            doc_ids = store_dups.one_per_group(db, list(doc_ids))
        rows = store_entities.aggregate(db, doc_ids=doc_ids, kind=kind, limit=limit, copies=doc_id is not None)
        g = _gazetteer()
        out = []
        for k, name, zone, count, docs, detail in rows:
            aliases: tuple[str, ...] = ()
            label = name
            listed = True
            if k == "zone" and zone:
                label = g.display_name(zone)
                try:
                    aliases = tuple(a for a in g.zone(zone).aliases if a != name)
                except KeyError:
                    listed = zone == gazetteer.ALL_FTZ_ID
            elif k == "area":
                found = [a for a in g.areas() if a.name == name and a.zone == zone]
                if found:
                    a = found[0]
                    aliases = tuple(x for x in (*a.aliases, *a.short, *a.context_aliases) if x != name)
                else:
                    listed = False  # an area the text names that the gazetteer does not list
            out.append(
                EntitySummary(
                    kind=k,
                    name=name,
                    count=count,
                    docs=tuple(EntityDocCount(d, c) for d, c in docs),
                    zone=zone,
                    aliases=aliases,
                    detail=detail,
                    label=label,
                    listed=listed,
                )
            )
        return out

    # --- metrics ----------------------------------------------------------------------------
    def metrics(
        self,
        *,
        zone: str | None = None,
        area: str | None = None,
        category: str | None = None,
        label: str | None = None,
        kind: str | None = None,
        doc_id: int | None = None,
        include_excluded: bool = False,
    ) -> list[Metric]:
        """Figures read from the documents. ``zone``/``area`` may be any gazetteer form
        (黑龙江, 黑龙江自贸区; 绥芬河片区, 绥芬河); an unknown one matches nothing."""
        g = _gazetteer()
        zone_id = area_name = None
        if zone:
            zone_id = zone_id_for(zone, g)
            if zone_id is None:
                return []
        if area:
            areas = g.resolve_area(area)
            area_name = areas[0].name if areas else area
        return store_metrics.query(
            self._db(),
            zone_id=zone_id,
            area=area_name,
            category=category,
            label=label,
            kind=kind,
            doc_id=doc_id,
            include_excluded=include_excluded,
            copies=doc_id is not None,  # else a figure three copies of a story report is one figure
        )

    def zone_labels(self) -> dict[str, tuple[str, str, bool]]:
        """Each zone id's official name, display name (海南 for the pilot FTZ, 海南自贸港 for the
        port, 全国自贸试验区 for all pilot FTZs), and whether a ``zone:`` filter with the display
        name finds that zone alone."""
        from ftz_desktop.core import gazetteer

        g = gazetteer.default()
        out = {z.id: (z.name, z.label, len(g.resolve_zone(z.label)) == 1) for z in g.zones}
        out[gazetteer.ALL_FTZ_ID] = (gazetteer.ALL_FTZ_NAME, gazetteer.ALL_FTZ_NAME, True)
        return out

    def exclude_metric(self, metric_id: int, excluded: bool = True) -> None:
        """Mark a figure wrong (or right again); remembered across re-imports. Own transaction."""
        db = self._db()
        with self._write_lock, store_db.write_transaction(db, durable=True):
            store_metrics.set_excluded(db, int(metric_id), excluded)

    def zone_figures(self) -> series.Figures:
        """Every figure (excluded ones too) with its document's title, date and path and the
        user's choices where documents disagree: what the Zones tab draws from (``services/series``)."""
        from ftz_desktop.services import series

        db = self._db()
        records = store_metrics.query(db, include_excluded=True)
        ids = sorted({m.doc_id for m in records if m.doc_id is not None})
        docs = {d: series.DocInfo(s.title, s.date, s.path) for d, s in store_docs.summaries_by_id(db, ids).items()}
        return series.Figures(records, docs, store_metrics.choices(db))

    def choose_metric(self, place: str, series_id: str, period: str, metric_id: int | None) -> None:
        """Chart figure ``metric_id`` where documents disagree on ``place``'s value of a series for
        ``period`` (None: the default again, the latest document's); remembered across re-imports.
        Own transaction."""
        db = self._db()
        with self._write_lock, store_db.write_transaction(db, durable=True):
            store_metrics.set_choice(db, (place, series_id, period), metric_id)

    def matching_ids(self, query: str) -> list[int]:
        """Ids of every document the query finds, best first (no snippets; for the entity sidebar)."""
        compiled = store_search.compile_query(q.parse(query))
        if compiled is None:
            return []
        _, rows = store_search.run(self._db(), compiled, limit=None)
        return [doc_id for doc_id, _ in rows]

    def document_entities(self, doc_id: int) -> list[Entity]:
        """Every entity mention in one document with offsets in its canonical text, in order."""
        db = self._db()
        rows = store_entities.for_document(db, int(doc_id))
        if not rows:
            return []
        text = store_docs.texts_by_id(db, [int(doc_id)]).get(int(doc_id), "")
        out = [
            Entity(kind, name, s, e, zone, text[s:e], detail)
            for kind, name, zone, spans, detail in rows
            for s, e in spans
        ]
        out.sort(key=lambda x: (x.start, -x.end))
        return out

    # --- reading ----------------------------------------------------------------------------
    def count(self) -> int:
        """Number of documents (missing ones included)."""
        return store_docs.count(self._db())

    def documents(self) -> list[DocumentSummary]:
        """Every document, in import order."""
        return store_docs.summaries(self._db())

    def listing(
        self, sort: str = "imported", descending: bool = False, text: str = "", *, after: int = 0, copies: bool = True
    ) -> tuple[array[int], int]:
        """The ids of the documents whose title, date, source or path contain ``text``, in the
        order of ``sort`` (imported, title, date, source, format, size, missing), and the number
        of documents in the library; ``after``: only ids above it (what an import added since).
        For views that read rows as they show them (``listing_rows``). ``copies=False``: each group
        of near-duplicate copies once (its first document)."""
        db = self._db()
        return store_listing.ordered_ids(db, sort, descending, text, after, copies=copies), store_listing.total(db)

    def listing_changes(
        self,
        old: Sequence[int],
        sort: str = "imported",
        descending: bool = False,
        text: str = "",
        *,
        copies: bool = True,
    ) -> tuple[array[int], int, list[tuple[int, list[int]]] | None]:
        """``listing`` again, with how it follows from the ``old`` ids: [(position, ids inserted
        there)] in order, or None when documents moved or went away (not by an import)."""
        ids, total = self.listing(sort, descending, text, copies=copies)
        return ids, total, store_listing.insertions(old, ids)

    def listing_rows(self, ids: Sequence[int]) -> dict[int, DocumentSummary]:
        """The listing rows of ``ids`` (ids that are gone are left out)."""
        return store_listing.rows(self._db(), ids)

    def document(self, doc_id: int) -> Document:
        """One document with its canonical text; raises KeyError if there is no such id."""
        return store_docs.get(self._db(), int(doc_id))

    def document_ids(self, paths: Sequence[str | Path]) -> list[int]:
        """The ids of the documents imported from these files, in their order (files the library
        does not hold are left out); paths are made absolute as the import makes them."""
        from ftz_desktop.services import importing

        ids = []
        for path in paths:
            found = store_docs.find_by_path(self._db(), importing.absolute(path))
            if found is not None:
                ids.append(found["id"])
        return ids

    # --- citations ----------------------------------------------------------------------------
    def references(self, ids: Sequence[int] | None = None) -> list[citations.Reference]:
        """What citations of ``ids`` (every document when None) are made of, in that order."""
        return [
            citations.Reference(
                doc_id=r[0],
                title=r[1],
                date=r[2],
                source=r[3],
                url=r[4],
                format=r[5],
                path=r[6],
                accessed=(r[7] or "")[:10] or None,
            )
            for r in store_docs.reference_rows(self._db(), None if ids is None else [int(i) for i in ids])
        ]

    def citation(self, doc_id: int, style: str = "gbt7714", passage: str = "") -> str:
        """A citation of a document (of ``passage`` in it, when given) in ``style`` (gbt7714 or
        author-date); raises KeyError for an unknown id, ValueError for an unknown style."""
        refs = self.references([doc_id])
        if not refs:
            raise KeyError(doc_id)
        return citations.cite(refs[0], style, passage)

    def export_citations(self, fmt: str, *, ids: Sequence[int] | None = None, query: str | None = None) -> str:
        """The documents' references as ``fmt`` (ris or csl-json): ``ids``, else those ``query``
        finds (best first), else the whole library. Raises QueryError for a bad query."""
        if ids is None and query:
            ids = self.matching_ids(query)
        return citations.export(self.references(ids), fmt)

    # --- outline ------------------------------------------------------------------------------
    def outline(self, doc_id: int) -> list[outline.Heading]:
        """The headings of a document (第X章/节/条 of a law, 一、/（一）/1. of a report); KeyError
        for an unknown id."""
        doc = self.document(doc_id)
        return outline.outline(doc.text, doc.paragraphs)

    def differing_articles(self, doc_id: int, other_id: int) -> set[int]:
        """The article numbers whose text differs between two versions of a law."""
        a, b = self.document(doc_id), self.document(other_id)
        return outline.differing_articles(
            a.text, outline.outline(a.text, a.paragraphs), b.text, outline.outline(b.text, b.paragraphs)
        )

    # --- search -----------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load what a first search needs and would otherwise wait for: the gazetteer and the word
        segmenter's dictionary (how the query was read; see ``load_segmenter``), the index's
        first pages and the documents' lengths (queries of several short phrases score from them)."""
        g = _gazetteer()
        g.segmenter().cut("自由贸易试验区")
        self.search("自贸", limit=1)
        store_search.warm_up(self._db())

    def search(
        self,
        query: str,
        *,
        limit: int | None = 20,
        offset: int = 0,
        tr: Translate = identity,
        sort: str = "relevance",
        all_copies: bool = False,
        segment: bool = True,
    ) -> SearchResults:
        """Search with the query syntax; best first, or in the order ``sort`` names (relevance,
        date — newest first —, date-old, hits — most first —, title). ``limit=None`` returns all.

        ``segment=False`` leaves the word segmentation out of ``interpretation`` (loading the
        segmenter's dictionary takes longer than a search: the command line does without).

        Raises ftz_desktop.errors.QueryError (a UserError with a one-line message) for a query
        that cannot be understood. ``SearchResults.total`` is the exact number of matching
        documents, a group of near-duplicate copies counted once (each hit lists its group's
        other ``copies``; ``copies_hidden`` says how many matching copies are not listed);
        ``all_copies`` lists and counts every copy. ``SearchResults.terms`` are the strings to
        highlight in a document. The interpretation and warnings are in the words ``tr`` gives
        (a translation; English without).
        """
        started = time.perf_counter()
        parsed = q.parse(query)
        compiled = store_search.compile_query(parsed)
        body_terms, title_terms = _highlight_terms(parsed)
        interpretation = expansion.interpretation(parsed, tr=tr, segment=segment)
        warnings = tuple(w.text(tr) for w in parsed.warnings)
        if compiled is None:
            return SearchResults(query, 0, (), tuple(body_terms), interpretation, warnings=warnings)
        db = self._db()
        offset = max(0, int(offset))
        groups = _term_groups(parsed)
        if sort not in store_search.SORT_NAMES:
            raise UserError(f"Unknown order '{sort}'; one of: {', '.join(store_search.SORT_NAMES)}.")

        def ranked(fetch: int | None, skip: int) -> tuple[int, list[tuple[int, float]]]:
            if sort in store_search.SORTS:
                return store_search.run_sorted(db, compiled, sort, limit=fetch, offset=skip)
            if sort == "hits":
                total, every = self._by_hits(db, query, compiled, body_terms)
                return total, every[skip:] if fetch is None else every[skip : skip + fetch]
            return self._ranked(db, compiled, groups, fetch, offset=skip)

        collapse = not all_copies and store_dups.has_groups(db)
        need = None if limit is None else offset + limit
        fetch = need if collapse else limit  # (without copies to drop, the page itself)
        while True:
            total, rows = ranked(fetch, 0 if collapse else offset)
            if not collapse:
                break
            ranked_n = len(rows)
            rows = _one_per_group(rows, store_dups.group_keys(db, [d for d, _ in rows]))
            if need is None or len(rows) >= need or ranked_n >= total or fetch is None:
                break
            fetch = max(2 * fetch, need + 50)
        hidden = 0
        if collapse:
            rows = rows[offset:] if limit is None else rows[offset : offset + limit]
            hidden = store_dups.hidden_copies(db, compiled.match, compiled.conditions, compiled.params)
        hits = self._hits(db, rows, body_terms, title_terms, copies=collapse)
        return SearchResults(
            query=query,
            total=total - hidden,
            hits=tuple(hits),
            terms=tuple(body_terms),
            interpretation=interpretation,
            seconds=time.perf_counter() - started,
            copies_hidden=hidden,
            warnings=warnings,
        )

    def _by_hits(
        self, db: sqlite_utils.Database, query: str, compiled: store_search.Compiled, terms: list[str]
    ) -> tuple[int, list[tuple[int, float]]]:
        """Every match ordered by its number of hits; remembered for the next pages (until the
        library changes), since counting reads every matching text."""
        # the library as it is now (an import here, or one by another process), shared by the threads
        state = tuple(db.execute("SELECT count(*), max(id), max(imported) FROM documents").fetchone())
        key = (query, self._imports, state)
        with self._connections_lock:
            if key in self._hit_orders:
                return self._hit_orders[key]
        total, rows = store_search.run(db, compiled, limit=None)
        result = total, facet_service.hit_order(db, rows, terms)
        with self._connections_lock:
            self._hit_orders[key] = result
            while len(self._hit_orders) > HIT_ORDERS_KEPT:
                del self._hit_orders[next(iter(self._hit_orders))]
        return result

    def facets(self, query: str, kinds: Sequence[str] = facet_service.KINDS) -> dict[str, list[FacetValue]]:
        """Counts of the documents ``query`` finds by zone, area, year, source, format and tag
        (``kinds``), most first, each with the filter that narrows the query to them; an empty
        query counts the whole library. Raises QueryError like ``search``."""
        compiled = store_search.compile_query(q.parse(query)) if query.strip() else None
        if query.strip() and compiled is None:
            return {k: [] for k in kinds}
        return facet_service.facet_values(self._db(), compiled, kinds)

    def _ranked(
        self,
        db: sqlite_utils.Database,
        compiled: store_search.Compiled,
        groups: list[list[str]],
        limit: int | None,
        offset: int,
    ) -> tuple[int, list[tuple[int, float]]]:
        """(total, ranked rows): the index's ranking, the head re-ranked by term proximity."""
        if len(groups) >= 2 and offset < RERANK_DEPTH:
            fetch = None if limit is None else max(RERANK_DEPTH, offset + limit)
            total, rows = store_search.run(db, compiled, limit=fetch, offset=0)
            rows = _rerank(db, rows, groups)
            return total, rows[offset:] if limit is None else rows[offset : offset + limit]
        return store_search.run(db, compiled, limit=limit, offset=offset)

    def _hits(
        self,
        db: sqlite_utils.Database,
        rows: list[tuple[int, float]],
        body_terms: list[str],
        title_terms: list[str],
        *,
        copies: bool = False,
    ) -> list[SearchHit]:
        ids = [doc_id for doc_id, _ in rows]
        summaries = store_docs.summaries_by_id(db, ids)
        texts = store_docs.texts_by_id(db, ids)
        groups: dict[int, list[int]] = {}
        if copies:
            keys = store_dups.group_keys(db, ids)
            members = store_dups.members(db, set(keys.values()))
            groups = {i: [m for m in members.get(keys.get(i, i), [i]) if m != i] for i in ids}
        out: list[SearchHit] = []
        for doc_id, score in rows:
            s = summaries[doc_id]
            text = texts.get(doc_id, "")
            spans = snippets.find_spans(snippets.haystack(text, body_terms), body_terms)
            snip, snip_spans = snippets.snippet(text, spans)
            title_spans = snippets.find_spans(fold(s.title), body_terms + title_terms)
            out.append(
                SearchHit(
                    doc_id=doc_id,
                    path=s.path,
                    title=s.title,
                    date=s.date,
                    score=round(score, 4),
                    snippet=snip,
                    snippet_hits=tuple(snip_spans),
                    hits=tuple(spans),
                    title_hits=tuple(title_spans),
                    copies=tuple(groups.get(doc_id, ())),
                )
            )
        return out

    def search_notes(self, query: str) -> list[Annotation]:
        """Annotations whose note or quote matches ``query`` (same syntax as ``search``)."""
        return self.annotations.search_notes(query)

    def backup_annotations(self, directory: str | Path | None = None) -> Path:
        """Write every annotation as W3C JSON to ``<data dir>/backups`` (or ``directory``)."""
        return self.annotations.backup(directory)

    def find_hits(self, query: str, text: str) -> list[tuple[int, int]]:
        """Spans in ``text`` (a canonical text) that the query's positive terms match, in order."""
        try:
            parsed = q.parse(query)
        except QueryError:
            return []
        body_terms, _ = _highlight_terms(parsed)
        return snippets.find_spans(snippets.haystack(text, body_terms), body_terms)


def load_segmenter() -> None:
    """Build the word segmenter now (how a query is read: its dictionary, ~0.3 s of CPU). rjieba
    holds the GIL while it builds it, so in a worker it would freeze the window all the same: the
    window loads it before it shows, and ``Library.warm_up`` finds it ready."""
    _gazetteer().segmenter()


def _one_per_group(rows: list[tuple[int, float]], keys: dict[int, int]) -> list[tuple[int, float]]:
    """The ranked rows less every further copy of a group already listed (the best-ranked copy
    stands for its group)."""
    seen: set[int] = set()
    out = []
    for doc_id, score in rows:
        g = keys.get(doc_id, doc_id)
        if g not in seen:
            seen.add(g)
            out.append((doc_id, score))
    return out


def _gazetteer() -> gazetteer.Gazetteer:
    from ftz_desktop.core import gazetteer

    return gazetteer.default()


def zone_id_for(value: str, g: gazetteer.Gazetteer | None = None) -> str | None:
    """The zone id a name means where one zone is wanted (figures): a display name first (海南 is
    the pilot FTZ, 海南自贸港 the free trade port, 全国自贸试验区 or ``all_ftz`` all pilot FTZs
    together), else any gazetteer form (the first zone it names); None when it names no zone."""
    from ftz_desktop.core import gazetteer

    g = g or gazetteer.default()
    v = fold(value.strip())
    if not v:
        return None
    if v in (fold(gazetteer.ALL_FTZ_ID), fold(gazetteer.ALL_FTZ_NAME)):
        return gazetteer.ALL_FTZ_ID
    for z in g.zones:
        if fold(z.label) == v:
            return z.id
    zones = g.resolve_zone(value)
    return zones[0].id if zones else None


class _Lease:
    """One thread's hold on a connection: when the thread's locals go, the connection goes back
    to the idle list (a list's append is atomic: no lock, as this may run while one is held)."""

    __slots__ = ("db", "_idle")

    def __init__(self, db: sqlite_utils.Database, idle: list[sqlite_utils.Database]) -> None:
        self.db = db
        self._idle = idle

    def __del__(self) -> None:
        self._idle.append(self.db)


def _run_to_end(gen: Generator[ImportProgress, None, T]) -> T:
    """Exhaust a progress generator; its return value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return cast(T, stop.value)


def _highlight_terms(parsed: q.Query) -> tuple[list[str], list[str]]:
    """Folded strings to highlight in bodies, and those only looked for in titles.

    Unquoted terms bring their expansions (自贸区 → 自贸试验区…), entity filters the forms of
    what they name (zone:黑龙江 → 中国（黑龙江）自由贸易试验区, 哈尔滨片区…).
    """
    body: list[str] = []
    title: list[str] = []
    for term in parsed.positive_terms():
        target = title if term.field == "title" else body
        for text in (term.text, *expansion.expansions(term)):
            f = fold(text)
            if f and f not in target:
                target.append(f)
    for node in expansion.filters(parsed):
        try:
            forms = expansion.resolve_filter(node).forms
        except QueryError:
            continue
        for text in forms:
            f = fold(text)
            if f and f not in body:
                body.append(f)
    return body, title


def _term_groups(parsed: q.Query) -> list[list[str]]:
    """Each positive body term with its expansions (folded): one group per term, for proximity."""
    groups: list[list[str]] = []
    for term in parsed.positive_terms():
        if term.field == "title":
            continue
        group = []
        for text in (term.text, *expansion.expansions(term)):
            f = fold(text)
            if f and f not in group:
                group.append(f)
        if group and group not in groups:
            groups.append(group)
    return groups


def _rerank(
    db: sqlite_utils.Database, rows: list[tuple[int, float]], groups: list[list[str]]
) -> list[tuple[int, float]]:
    """Raise documents where the terms (any of each group's forms) stand close together."""
    head = rows[:RERANK_DEPTH]
    texts = store_docs.texts_by_id(db, [d for d, _ in head])
    terms = [t for g in groups for t in g]
    adjacent = sum(len(g[0]) for g in groups) + 2
    scored = []
    for doc_id, score in head:
        flat = snippets.term_positions(snippets.haystack(texts.get(doc_id, ""), terms), terms)
        positions: list[list[int]] = []
        k = 0
        for g in groups:
            positions.append(sorted(p for lst in flat[k : k + len(g)] for p in lst))
            k += len(g)
        dist = snippets.min_distance(positions)
        bonus = 1.0
        if dist is not None:
            if dist <= adjacent:
                bonus = 1.6
            elif dist <= 30:
                bonus = 1.3
            elif dist <= 120:
                bonus = 1.1
        scored.append((doc_id, score * bonus))
    scored.sort(key=lambda r: -r[1])
    return scored + rows[RERANK_DEPTH:]
