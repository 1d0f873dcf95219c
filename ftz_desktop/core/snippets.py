"""Finding hits of search terms in a canonical text and cutting a snippet around the best of them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from ftz_desktop.core.fold import fold

Span = tuple[int, int]


def find_spans(folded_text: str, folded_terms: Iterable[str]) -> list[Span]:
    """Every occurrence of every term in ``folded_text``, merged where they overlap, in order."""
    spans: list[Span] = []
    for term in folded_terms:
        if not term:
            continue
        n = len(term)
        i = folded_text.find(term)
        while i != -1:
            spans.append((i, i + n))
            i = folded_text.find(term, i + 1)
    return merge(spans)


def merge(spans: list[Span]) -> list[Span]:
    """Sort spans and merge overlapping or touching ones."""
    if not spans:
        return []
    spans.sort()
    out = [spans[0]]
    for s, e in spans[1:]:
        ls, le = out[-1]
        if s <= le:
            if e > le:
                out[-1] = (ls, e)
        else:
            out.append((s, e))
    return out


def needs_fold(folded_terms: Iterable[str]) -> bool:
    """Whether matching these folded terms needs the text folded first.

    Folding maps a character only to ASCII or to a lower-case letter, so a term made of other
    characters (Chinese, for one) matches the unfolded text at exactly the same places, and the
    cost of folding a long text can be skipped.
    """
    return any(ch.isascii() or ch != ch.upper() for t in folded_terms for ch in t)


def haystack(text: str, folded_terms: Sequence[str]) -> str:
    """``text`` folded if these terms need it, else ``text`` itself (same offsets either way)."""
    return fold(text) if needs_fold(folded_terms) else text


def hits(text: str, terms: Iterable[str]) -> list[Span]:
    """Spans in ``text`` (unfolded) where any of ``terms`` occurs after folding both."""
    return find_spans(fold(text), [fold(t) for t in terms])


def term_positions(folded_text: str, folded_terms: Sequence[str]) -> list[list[int]]:
    """Start offsets of each term, per term (used for proximity scoring)."""
    out: list[list[int]] = []
    for term in folded_terms:
        starts: list[int] = []
        if term:
            i = folded_text.find(term)
            while i != -1 and len(starts) < 2000:
                starts.append(i)
                i = folded_text.find(term, i + 1)
        out.append(starts)
    return out


def min_distance(positions: list[list[int]]) -> int | None:
    """About the smallest span (in characters) holding one occurrence of every term, or None.

    Anchored on the rarest term: for each of its occurrences, the nearest occurrence of every
    other term is found by bisection.
    """
    if len(positions) < 2 or any(not p for p in positions):
        return None
    order = sorted(range(len(positions)), key=lambda k: len(positions[k]))
    anchor, others = positions[order[0]], [positions[k] for k in order[1:]]
    best: int | None = None
    for a in anchor:
        lo = hi = a
        for plist in others:
            i = bisect_left(plist, a)
            cands = []
            if i < len(plist):
                cands.append(plist[i])
            if i > 0:
                cands.append(plist[i - 1])
            nearest = min(cands, key=lambda p: abs(p - a))
            lo, hi = min(lo, nearest), max(hi, nearest)
        width = hi - lo
        if best is None or width < best:
            best = width
            if best == 0:
                break
    return best


def snippet(text: str, spans: Sequence[Span], *, width: int = 120, lead: int = 24) -> tuple[str, list[Span]]:
    """A window of about ``width`` characters of ``text`` around the densest hits.

    Returns the snippet (newlines shown as spaces, '…' where the text was cut) and the spans
    of the hits inside it, relative to the snippet.
    """
    if not text:
        return "", []
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        # the window starting shortly before a hit that covers the most hits
        best_i, best_n = 0, -1
        j = 0
        for i, (s, _e) in enumerate(spans):
            if j < i:
                j = i
            while j + 1 < len(spans) and spans[j + 1][1] <= s - lead + width:
                j += 1
            n = j - i + 1
            if n > best_n:
                best_i, best_n = i, n
        first = spans[best_i][0]
        start = max(0, first - lead)
        # begin at a paragraph or sentence start if one is close before the hit
        for k in range(first - 1, start - 1, -1):
            if text[k] in "\n。！？；":
                start = k + 1
                break
        end = min(len(text), start + width)
        if end - start < width:
            start = max(0, end - width)
        # never cut a hit in half at the end
        for s, e in spans[best_i:]:
            if s < end < e:
                end = e
                break
            if s >= end:
                break
    body = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inner = [(max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end]
    return prefix + body + suffix, inner
