"""Frozen records that cross layers: documents, search results, import progress and reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True)
class DocumentSummary:
    """One row of the library listing (no text)."""

    doc_id: int
    path: str
    title: str
    date: str | None  # ISO 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY' when only that is known)
    source: str | None
    format: str  # txt, md, html, pdf, docx
    size: int  # bytes of the source file
    chars: int  # characters of the canonical text
    imported: str  # ISO timestamp of the last (re)index
    missing: bool
    duplicate_of: int | None = None  # the first document of its group of near-duplicate copies
    copy_count: int = 0  # the first document of a group: how many other copies the group has


@dataclass(frozen=True)
class Document:
    """A document with its canonical text and paragraph spans (offsets into ``text``)."""

    doc_id: int
    path: str
    title: str
    date: str | None
    source: str | None
    format: str
    size: int
    imported: str
    missing: bool
    text: str
    paragraphs: tuple[Span, ...]
    tags: tuple[str, ...] = ()
    author: str | None = None
    duplicate_of: int | None = None  # the first document of its group of near-duplicate copies
    copies: tuple[int, ...] = ()  # the other documents of its group
    url: str | None = None  # the web address the source gives for itself

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class SearchHit:
    """One matching document: its score, a snippet of the original characters and every hit."""

    doc_id: int
    path: str
    title: str
    date: str | None
    score: float
    snippet: str  # plain characters of the canonical text, '…' where cut
    snippet_hits: tuple[Span, ...]  # spans of hits inside ``snippet``
    hits: tuple[Span, ...]  # spans of every hit in the canonical text, in order
    title_hits: tuple[Span, ...] = ()  # spans of hits inside ``title``
    copies: tuple[int, ...] = ()  # the other documents of its group of near-duplicates

    def marked_snippet(
        self,
        open_: str = "<mark>",
        close: str = "</mark>",
        escape: Callable[[str], str] | None = None,
    ) -> str:
        """The snippet with every hit wrapped in ``open_``…``close`` (text passed through ``escape``)."""
        esc = escape or (lambda s: s)
        out: list[str] = []
        pos = 0
        for s, e in self.snippet_hits:
            out.append(esc(self.snippet[pos:s]))
            out.append(open_ + esc(self.snippet[s:e]) + close)
            pos = e
        out.append(esc(self.snippet[pos:]))
        return "".join(out)


@dataclass(frozen=True)
class SearchResults:
    """A page of results with the total number of matching documents."""

    query: str
    total: int
    hits: tuple[SearchHit, ...]
    terms: tuple[str, ...] = ()  # the folded strings that were looked for (for highlighting)
    interpretation: str = ""  # one line saying how the query was understood
    seconds: float = 0.0
    copies_hidden: int = 0  # matching documents not listed: further copies of a listed one
    warnings: tuple[str, ...] = ()  # likely mistakes in the query, each saying how it was read


@dataclass(frozen=True)
class ImportProgress:
    """Yielded by an import after each file."""

    done: int  # files finished so far
    total: int  # files to look at in this run
    path: str  # the file just finished
    status: str  # added, updated, unchanged, failed
    bytes_done: int  # bytes of source files finished so far
    seconds: float  # since the import started
    reason: str | None = None  # why it failed


def shown_path(path: str) -> str:
    """A file system path as shown to people: bytes of a name that is not valid UTF-8 (lone
    surrogates from os.fsdecode) become U+FFFD replacement characters."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path


@dataclass(frozen=True)
class FailedFile:
    path: str  # as shown (see shown_path)
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts, every failure with its reason, every file of the folders
    that was not imported (``skipped``: unsupported type, too large) and the time it took."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: int = 0
    failed: tuple[FailedFile, ...] = ()
    seconds: float = 0.0
    cancelled: bool = False
    bytes: int = 0
    skipped: tuple[FailedFile, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "missing": self.missing,
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
            "skipped": [{"path": f.path, "reason": f.reason} for f in self.skipped],
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
        }


#: The highlight colours an annotation can have, in the order a colour picker shows them.
ANNOTATION_COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")


@dataclass(frozen=True)
class Annotation:
    """A highlighted passage of a document with its note, tags and colour.

    ``start``/``end`` are offsets in the document's canonical text; for an orphaned annotation
    (its passage was not found after the document changed) they are the last known offsets and
    ``quote`` is the passage as it was. ``anchor`` says how the last re-import found the passage
    again (position, quote, fuzzy; None when it was placed by the user), ``anchor_errors`` how many
    characters differed for a fuzzy match, ``original_quote`` the passage as first selected when
    a fuzzy re-anchoring changed it.
    """

    id: int
    uuid: str
    doc_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str
    color: str
    tags: tuple[str, ...]
    status: str  # "anchored" | "orphaned"
    created: str  # ISO timestamps (UTC)
    modified: str
    anchor: str | None = None
    anchor_errors: int = 0
    original_quote: str | None = None

    @property
    def orphaned(self) -> bool:
        return self.status == "orphaned"

    def to_json(self) -> dict[str, Any]:
        """The command line's JSON shape."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "note": self.note,
            "tags": list(self.tags),
            "color": self.color,
            "status": self.status,
            "created": self.created,
            "modified": self.modified,
        }


@dataclass(frozen=True)
class TagCount:
    """A tag with what carries it: ``count`` = annotations + documents (its own, not its children's)."""

    name: str
    annotations: int
    documents: int

    @property
    def count(self) -> int:
        return self.annotations + self.documents

    @property
    def parent(self) -> str | None:
        """'政策' for '政策/金融'; None for a top-level tag."""
        return self.name.rsplit("/", 1)[0] if "/" in self.name else None


#: Kinds of entities, in the order the entity sidebar shows them.
ENTITY_KINDS: tuple[str, ...] = ("zone", "area", "org", "person", "policy", "place")


@dataclass(frozen=True)
class Entity:
    """One mention of an entity in a document's canonical text.

    ``name`` is canonical (a zone's official name, an area's official name, a policy's title
    without 《》); ``surface`` is the text as written at ``start``…``end``. ``zone`` is the zone id
    of a zone or area; ``detail`` the title the text gives a person (商务部部长).
    """

    kind: str  # one of ENTITY_KINDS
    name: str
    start: int
    end: int
    zone: str | None = None
    surface: str = ""
    detail: str | None = None


@dataclass(frozen=True)
class EntityDocCount:
    doc_id: int
    count: int


@dataclass(frozen=True)
class EntitySummary:
    """An entity with its mentions over a set of documents, most frequent first when listed."""

    kind: str
    name: str
    count: int  # mentions
    docs: tuple[EntityDocCount, ...]  # documents mentioning it, most mentions first
    zone: str | None = None  # zone id (zones and areas)
    aliases: tuple[str, ...] = ()  # other forms (gazetteer forms of zones/areas; surfaces seen)
    detail: str | None = None  # a person's title as the texts give it
    label: str = ""  # display name: 黑龙江, 海南 (pilot FTZ), 海南自贸港 (port), 全国自贸试验区; else the name
    listed: bool = True  # False for an area the gazetteer does not list (named as the text writes it)

    def to_json(self) -> dict[str, Any]:
        """The command line's JSON shape."""
        out: dict[str, Any] = {"kind": self.kind, "name": self.name, "label": self.label or self.name}
        if self.kind in ("zone", "area"):
            out["zone"] = self.zone
        if self.kind == "area":
            out["listed"] = self.listed
        out["aliases"] = list(self.aliases)
        out["count"] = self.count
        out["docs"] = [{"doc_id": d.doc_id, "count": d.count} for d in self.docs]
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True)
class TagState:
    """One tag as it was: whether it existed and what carried it (for undoing a tag edit)."""

    name: str
    existed: bool
    annotation_ids: tuple[int, ...] = ()
    doc_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TagEdit:
    """What a rename, merge or delete of tags changed; ``restore_tags(edit.before)`` undoes it."""

    annotations: int  # annotations whose tags changed
    documents: int  # documents whose tags changed
    tags: tuple[str, ...]  # the tags renamed, merged or deleted (with those nested below them)
    before: tuple[TagState, ...]


@dataclass(frozen=True)
class AnnotationImportReport:
    """What importing a W3C annotation file did."""

    added: int = 0  # annotations added (anchored + orphaned)
    orphaned: int = 0  # of those added, how many could not be placed in the current text
    duplicates: int = 0  # already in the library (same id, or same passage and note)
    document_tags: int = 0  # document tags added
    skipped: tuple[FailedFile, ...] = ()  # (the annotation's id, why) — e.g. its document is not here


#: How a figure is meant: a level (1072户), a rate of change (同比增长10.14%) or a share (占…的90.2%).
METRIC_KINDS: tuple[str, ...] = ("level", "rate", "share")
#: What a figure's period is (``Metric.period_kind``): the charts compare like with like.
PERIOD_KINDS: tuple[str, ...] = (
    "year",
    "half",
    "quarter",
    "month",
    "day",
    "range",
    "cumulative",
    "stock",
    "",
)


#: The fields of a figure's JSON and CSV (``Metric.to_json``), in order.
METRIC_FIELDS: tuple[str, ...] = (
    "zone",
    "zone_id",
    "area",
    "metric",
    "category",
    "value_text",
    "value",
    "unit",
    "normalized_value",
    "normalized_unit",
    "period",
    "period_kind",
    "qualifier",
    "doc_id",
    "start",
    "end",
    "quote",
)


@dataclass(frozen=True)
class Metric:
    """A figure read from a document, with where it stands in the canonical text.

    ``value`` is in the ``unit`` as written; ``normalized_value`` in ``normalized_unit``
    (亿元 → 元, 万户 → 户). ``value_high`` is the upper end of a range. ``zone`` is the zone's
    display name (黑龙江; 海南自贸港 for the free trade port, 海南 for the pilot FTZ; 全国自贸试验区
    for all pilot FTZs together), ``zone_id`` its gazetteer id (or ``all_ftz``), ``area`` an
    area's official name. ``period``: 2023, 2023-H1, 2023-Q1, 2023-05, 2023-06-13,
    2023-01..2023-07, 2025-01-01..2025-12-14, 2015..2020, ..2023; ``period_kind`` says which
    (one of ``PERIOD_KINDS``: year, half, quarter, month, day, range, cumulative, stock or '').
    ``qualifier``: comma-separated cumulative, at_least, approx, at_most, range, part, target.
    ``attribution``: how the zone was found (clause, sentence, paragraph, section, story, document).
    Offsets: the sentence (``start``/``end``) and the number with its unit (``num_start``/``num_end``).
    """

    zone: str | None
    zone_id: str | None
    area: str | None
    metric: str
    category: str
    value_text: str
    value: float | None
    unit: str
    normalized_value: float | None
    normalized_unit: str
    period: str | None
    qualifier: str
    kind: str  # one of METRIC_KINDS
    start: int
    end: int
    num_start: int
    num_end: int
    quote: str
    value_high: float | None = None
    attribution: str = ""
    doc_id: int | None = None
    id: int | None = None
    excluded: bool = False
    period_kind: str = ""

    def to_json(self) -> dict[str, Any]:
        """The command line's JSON shape (the keys of ``METRIC_FIELDS``, in order)."""
        return {f: getattr(self, f) for f in METRIC_FIELDS}


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet of a query's results: how many documents have it, and the filter that
    narrows the query to them (``zone:上海``, ``date:2023``, ``source:"新华社"``…)."""

    kind: str  # zone, area, year, source, format, tag
    value: str  # as shown (a zone's display name)
    count: int
    filter: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "count": self.count, "filter": self.filter}


@dataclass(frozen=True)
class SavedSearch:
    """A named query, with how many documents it finds and how many of them were imported after
    it was last opened."""

    name: str
    query: str
    created: str
    opened: str  # ISO time it was last opened
    count: int = 0
    new: int = 0
    error: str = ""  # the query can no longer be understood (a zone the gazetteer dropped…)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "query": self.query,
            "count": self.count,
            "new": self.new,
            "opened": self.opened,
            "created": self.created,
            **({"error": self.error} if self.error else {}),
        }


@dataclass(frozen=True)
class Collection:
    """A user-made set of documents; ``count`` is its own documents, ``total`` with those of the
    collections nested below it (what ``in:name`` finds)."""

    name: str
    count: int
    total: int
    created: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "count": self.count, "total": self.total, "created": self.created}
