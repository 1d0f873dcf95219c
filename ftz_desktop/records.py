"""Frozen records that cross layers: documents, search results, import progress and reports."""

from __future__ import annotations

from dataclasses import dataclass

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

    def marked_snippet(self, open_: str = "<mark>", close: str = "</mark>", escape=None) -> str:
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


@dataclass(frozen=True)
class FailedFile:
    path: str
    reason: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts, every failure with its reason, and the time it took."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: int = 0
    failed: tuple[FailedFile, ...] = ()
    seconds: float = 0.0
    cancelled: bool = False
    bytes: int = 0

    def to_json(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "missing": self.missing,
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
        }
