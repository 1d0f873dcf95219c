"""Offsets in a canonical text <-> positions in the reader's QTextDocument (pure Python, no Qt)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ftz_desktop.records import Span


class OffsetMap:
    """Maps offsets in a canonical text (code points) to positions in the reader's QTextDocument.

    The document holds the paragraphs joined by one block break each, and QTextDocument counts
    UTF-16 code units, so characters outside the BMP (rare CJK extension ideographs) count twice.
    """

    def __init__(self, text: str, paragraphs: Sequence[Span]) -> None:
        self.text = text
        self.spans: list[Span] = [(s, e) for s, e in paragraphs if 0 <= s <= e <= len(text)]
        if not self.spans and text:
            self.spans = [(0, len(text))]
        self.starts = [s for s, _ in self.spans]
        self.astral = bool(text) and max(text) > "\uffff"
        self._plain: str | None = None
        self.doc_starts: list[int] = []
        pos = 0
        for s, e in self.spans:
            self.doc_starts.append(pos)
            pos += self._units(s, e) + 1

    def _units(self, start: int, end: int) -> int:
        if not self.astral:
            return end - start
        return len(self.text[start:end].encode("utf-16-le")) // 2

    def plain_text(self) -> str:
        """The text the document is built from: paragraphs joined by newlines (made once)."""
        if self._plain is None:
            self._plain = "\n".join(self.text[s:e] for s, e in self.spans)
        return self._plain

    def position(self, offset: int) -> int:
        """The document position of canonical ``offset`` (clamped into the nearest paragraph)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        s, e = self.spans[i]
        return self.doc_starts[i] + self._units(s, min(offset, e))

    def offset(self, position: int) -> int:
        """The canonical offset of document ``position`` (the inverse of ``position``)."""
        i = bisect.bisect_right(self.doc_starts, position) - 1
        if i < 0:
            return 0
        s, e = self.spans[i]
        units = position - self.doc_starts[i]
        if not self.astral:
            return min(s + units, e)
        k, n = s, 0
        while k < e and n < units:
            n += 2 if ord(self.text[k]) > 0xFFFF else 1
            k += 1
        return k
