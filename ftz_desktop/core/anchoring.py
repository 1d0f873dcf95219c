"""Anchoring annotations to a canonical text with W3C selectors, and finding them again after the text
changed: pure Python, no Qt, no SQL.

An annotation remembers its passage twice (as the W3C Web Annotation model does): a
TextQuoteSelector (the exact characters with up to 32 characters of context either side) and a
TextPositionSelector (offsets into the canonical text). ``reanchor`` finds the passage in a new
version of the text, trying in turn:

1. ``position`` — the old offsets still hold the exact quote with its context;
2. ``quote`` — the exact quote occurs elsewhere (or at the old offsets with changed context): the
   occurrence whose context agrees best wins, then the one closest to the old offsets;
3. ``fuzzy`` — a passage at most ``MAX_ERROR_RATE`` edits (Levenshtein) away from the quote whose
   context agrees too; two equally good candidates make it ambiguous, and ambiguous is orphaned;
4. ``orphaned`` — not found: the caller keeps the annotation with its quote for review.

Context is compared within the paragraph (up to the line break, which counts as agreeing
context), so a moved paragraph carries its annotations. Anywhere but the old offsets, an
occurrence counts only where its context agrees (similarity ≥ 0.5) on both sides, or on one,
with enough evidence: the characters of the quote plus the context agreeing exactly next to it
(EVIDENCE_*); and where the stored prefix and suffix now stand next to each other, the passage
between them was deleted, so it is orphaned whatever copies of its words remain. A quote of 32+
characters that occurs once is taken whatever its context. So a short quote whose passage was
deleted is never moved to the same words elsewhere. A bare TextQuoteSelector from another tool (no context,
no position) takes the first exact occurrence and is never matched approximately.

Approximate search: the quote is cut into k+1 pieces (k = errors allowed); any passage within k
edits contains one piece unchanged (pigeonhole), so exact ``str.find`` of the pieces (C speed)
finds every region worth checking, and Myers' bit-parallel algorithm (Python integers as bit
vectors) gives the exact edit distance at every end position within them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "CONTEXT_CHARS",
    "MAX_ERROR_RATE",
    "AnchorResult",
    "Selectors",
    "build_selectors",
    "find_approximate",
    "levenshtein",
    "reanchor",
]

#: Characters of context kept either side of a quote (TextQuoteSelector prefix and suffix).
CONTEXT_CHARS = 32
#: Approximate matches may differ from the quote by at most this share of its characters.
MAX_ERROR_RATE = 0.15
#: Shorter quotes are found exactly or not at all (one edit in 7 characters changes the meaning).
FUZZY_MIN_CHARS = 8
#: Context on one side "agrees" when its similarity (1 − edits / length) is at least this.
CONTEXT_AGREES = 0.5
#: An exact quote this long, occurring once, is accepted even when both sides of its context changed.
DISTINCTIVE_CHARS = 32
#: Two fuzzy candidates whose scores differ by less than this are ambiguous (→ orphaned); one
#: differing character right next to the passage is worth about 0.036.
AMBIGUITY_MARGIN = 0.02

Method = Literal["position", "quote", "fuzzy", "orphaned"]


@dataclass(frozen=True)
class Selectors:
    """Where a passage is: TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector (start, end)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def to_w3c(self) -> list[dict[str, Any]]:
        """The two selectors as W3C Web Annotation JSON objects."""
        return [
            {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix},
            {"type": "TextPositionSelector", "start": self.start, "end": self.end},
        ]

    @classmethod
    def from_w3c(cls, selectors: list[dict[str, Any]] | dict[str, Any]) -> Selectors:
        """Read a TextQuoteSelector (required) and a TextPositionSelector (optional) from W3C JSON."""
        items = selectors if isinstance(selectors, list) else [selectors]
        quote = next((s for s in items if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
        if quote is None or not isinstance(quote.get("exact"), str) or not quote["exact"]:
            raise ValueError("no TextQuoteSelector with an exact quote")
        pos = next((s for s in items if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
        start = end = -1
        if pos is not None:
            try:
                start, end = int(pos["start"]), int(pos["end"])
            except (KeyError, TypeError, ValueError):
                start = end = -1
        if start < 0 or end < start:
            start, end = -1, -1  # unknown: re-anchoring goes straight to the quote
        return cls(
            exact=quote["exact"],
            prefix=str(quote.get("prefix") or ""),
            suffix=str(quote.get("suffix") or ""),
            start=start,
            end=end,
        )


@dataclass(frozen=True)
class AnchorResult:
    """Where a passage was found again; ``start``/``end`` are None when it is orphaned.

    ``errors`` is the edit distance between the stored quote and the text now at the span
    (0 unless ``method == "fuzzy"``).
    """

    start: int | None
    end: int | None
    method: Method
    errors: int = 0

    @property
    def anchored(self) -> bool:
        return self.method != "orphaned"


ORPHANED = AnchorResult(None, None, "orphaned", 0)


def build_selectors(text: str, start: int, end: int) -> Selectors:
    """Selectors for ``text[start:end]`` (a non-empty span of the canonical text)."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {start}..{end} is not a non-empty span of a {len(text)}-character text")
    return Selectors(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


# --- re-anchoring ------------------------------------------------------------------------------


def reanchor(old: Selectors, text: str) -> AnchorResult:
    """Find the passage described by ``old`` in ``text`` (see the module docstring for the order)."""
    quote = old.exact
    m = len(quote)
    if m == 0 or m > len(text):
        return ORPHANED
    s0 = old.start
    # 1. the old offsets with unchanged context: nothing moved (the common case, O(1))
    if s0 >= 0 and text[s0 : s0 + m] == quote and _context_equal(old, text, s0, s0 + m):
        return AnchorResult(s0, s0 + m, "position")
    # 2. the exact quote elsewhere (or here with changed context)
    found = _best_exact(old, text)
    if found is not None:
        return AnchorResult(found, found + m, "position" if found == s0 else "quote")
    # 3. approximately, with agreeing context and no equally good rival
    if m >= FUZZY_MIN_CHARS and (old.prefix or old.suffix or old.start >= 0):
        fuzzy = _best_fuzzy(old, text)
        if fuzzy is not None:
            return fuzzy
    return ORPHANED


def _context_equal(old: Selectors, text: str, start: int, end: int) -> bool:
    return text[max(0, start - CONTEXT_CHARS) : start] == old.prefix and text[end : end + CONTEXT_CHARS] == old.suffix


def _similarity(stored: str, actual: str) -> float:
    """1 − edits/length (both empty: 1.0, one empty: 0.0)."""
    if stored == actual:
        return 1.0
    return 1.0 - levenshtein(stored, actual) / max(len(stored), len(actual))


#: Context is compared over its nearest 8, 16 and 32 characters and the three averaged, so the
#: characters next to the passage count most (a list item's own words, not the next item's).
_SCALES = (8, 16, CONTEXT_CHARS)
#: Where the passage is not at its old offsets with its old context, a place is taken only with
#: this much evidence: characters of the quote found + characters of context that agree exactly
#: next to it (a paragraph boundary counts as one), on top of the similarity rule. Both sides
#: agreeing need less than one side alone, and a quote found once less than one found at several
#: places. (Set with the random-edit procedure of tests/core/edit_rounds.py, seeds 1–3; the
#: figures reported are from other seeds.)
EVIDENCE_BOTH_ONCE = 6
EVIDENCE_BOTH = 8
EVIDENCE_ONE = 16
_BOUNDARY = "\n"


@dataclass(frozen=True)
class _Context:
    """How the context around a candidate agrees with the stored one (within the paragraph)."""

    before: float  # similarity of the text before, 0..1
    after: float
    exact_before: int  # characters agreeing exactly next to the passage (the boundary counts)
    exact_after: int

    def agrees(self, found: int, *, once: bool) -> bool:
        """Enough to take this place for a passage of which ``found`` characters match the quote
        (``once``: the only place where the quote was found)."""
        both = min(self.before, self.after) >= CONTEXT_AGREES
        one = max(self.before, self.after) >= CONTEXT_AGREES
        evidence = found + self.exact_before + self.exact_after
        if both and evidence >= (EVIDENCE_BOTH_ONCE if once else EVIDENCE_BOTH):
            return True
        return one and evidence >= EVIDENCE_ONE


def _clip_before(context: str, at_start: bool) -> str:
    """The context before a passage within its paragraph: cut after the last line break (kept as
    the boundary); the start of the text is a boundary too."""
    i = context.rfind(_BOUNDARY)
    if i >= 0:
        return context[i:]
    return _BOUNDARY + context if at_start else context


def _clip_after(context: str, at_end: bool) -> str:
    i = context.find(_BOUNDARY)
    if i >= 0:
        return context[: i + 1]
    return context + _BOUNDARY if at_end else context


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _stored_context(old: Selectors) -> tuple[str, str]:
    # a stored prefix shorter than the window was cut by the start of the text (or, from another
    # tool, by nothing we know: then it is taken as it is)
    at_start = len(old.prefix) < CONTEXT_CHARS and (old.start < 0 or old.start == len(old.prefix))
    at_end = len(old.suffix) < CONTEXT_CHARS and old.start >= 0
    return _clip_before(old.prefix, at_start), _clip_after(old.suffix, at_end)


def _context(old: Selectors, text: str, start: int, end: int) -> _Context:
    """How well the context around ``text[start:end]`` agrees with the stored prefix and suffix.

    Both are compared within their paragraphs: a paragraph moved elsewhere keeps the context of
    its passages, and the text across a line break (the neighbouring paragraph) is no evidence.
    """
    stored_before, stored_after = _stored_context(old)
    before = _clip_before(text[max(0, start - CONTEXT_CHARS) : start], start < CONTEXT_CHARS)
    after = _clip_after(text[end : end + CONTEXT_CHARS], end + CONTEXT_CHARS > len(text))
    p = sum(_similarity(stored_before[-n:], before[-n:]) for n in _SCALES) / len(_SCALES)
    q = sum(_similarity(stored_after[:n], after[:n]) for n in _SCALES) / len(_SCALES)
    return _Context(p, q, _common_suffix(stored_before, before), _common_prefix(stored_after, after))


def _deleted_here(old: Selectors, text: str) -> bool:
    """True when the stored prefix and suffix now stand next to each other: the passage between
    them was deleted, whatever copies of its words remain elsewhere."""
    before, after = _stored_context(old)
    tail, head = before[-8:], after[:8]
    if len(tail) + len(head) < 8 or not tail or not head:
        return False
    joined = tail + head
    # (a passage that repeats its own context holds the joined string itself: no evidence)
    return joined in text and joined not in old.prefix + old.exact + old.suffix


def _best_exact(old: Selectors, text: str) -> int | None:
    quote = old.exact
    m = len(quote)
    starts: list[int] = []
    i = text.find(quote)
    while i >= 0:
        starts.append(i)
        i = text.find(quote, i + 1)
    if not starts:
        return None
    # an occurrence with exactly the stored context on both sides beats everything else
    if old.start < 0 and not old.prefix and not old.suffix:
        return starts[0]  # a bare quote from another tool: no context to go by, the first one
    perfect = [s for s in starts if _context_equal(old, text, s, s + m)]
    if perfect:
        return min(perfect, key=lambda s: (abs(s - old.start), s))
    distinctive = len(starts) == 1 and m >= DISTINCTIVE_CHARS
    if not distinctive and _deleted_here(old, text):
        return None
    best: tuple[float, int, int] | None = None
    stored_before, stored_after = _stored_context(old)
    for s in starts:
        c = _context(old, text, s, s + m)
        # still at its old offsets with one side's context untouched: the text changed on the other
        untouched = s == old.start and (c.exact_before == len(stored_before) or c.exact_after == len(stored_after))
        if not (c.agrees(m, once=len(starts) == 1) or distinctive or untouched):
            continue  # the words recur, but not in this place: a different passage
        key = (-(c.before + c.after), abs(s - old.start), s)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def _best_fuzzy(old: Selectors, text: str) -> AnchorResult | None:
    quote = old.exact
    m = len(quote)
    k = max(1, int(m * MAX_ERROR_RATE))
    if _deleted_here(old, text):
        return None
    scored: list[tuple[float, int, int, int]] = []  # (score, start, end, errors)
    found = find_approximate(quote, text, k)
    for start, end, errors in found:
        c = _context(old, text, start, end)
        if not c.agrees(m - errors, once=len(found) == 1):
            continue
        score = (1.0 - errors / m) + (c.before + c.after) / 2.0
        scored.append((score, start, end, errors))
    if not scored:
        return None
    scored.sort(key=lambda c: -c[0])
    if len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
        return None  # two equally plausible places: never guess
    _, start, end, errors = scored[0]
    return AnchorResult(start, end, "fuzzy", errors)


# --- approximate search ------------------------------------------------------------------------


def find_approximate(pattern: str, text: str, max_errors: int) -> list[tuple[int, int, int]]:
    """Passages of ``text`` within ``max_errors`` edits of ``pattern``: ``[(start, end, errors)]``.

    One passage per local minimum of the edit distance along the end positions (a match shows
    up as a valley of neighbouring ends), each with the start that gives the fewest edits (then
    the length closest to the pattern's); at most one passage per start, the one with the fewest
    edits. In repetitive text the passages may overlap.
    """
    m = len(pattern)
    if m == 0 or not text:
        return []
    k = max(0, min(max_errors, m - 1))
    ends: list[tuple[int, int]] = []
    for lo, hi in _candidate_regions(pattern, text, k):
        for end, errors in _myers_ends(pattern, text[lo:hi], k):
            ends.append((lo + end, errors))
    ends.sort()
    found: dict[int, tuple[int, int, int]] = {}  # start → (start, end, errors)
    for end, _d in _valley_ends(ends):
        start, errors = _best_start(pattern, text, end, k)
        old = found.get(start)
        if old is None or (errors, abs(end - start - m)) < (old[2], abs(old[1] - old[0] - m)):
            found[start] = (start, end, errors)
    return sorted(found.values())


def _valley_ends(ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The end positions where the error count is a local minimum among neighbouring ends."""
    out: list[tuple[int, int]] = []
    n = len(ends)
    for i, (end, d) in enumerate(ends):
        if i > 0 and ends[i - 1][0] == end - 1 and ends[i - 1][1] < d:
            continue
        if i + 1 < n and ends[i + 1][0] == end + 1 and ends[i + 1][1] < d:
            continue
        out.append((end, d))
    return out


def _candidate_regions(pattern: str, text: str, k: int) -> list[tuple[int, int]]:
    """Slices of ``text`` that can hold a match: around exact occurrences of k+1 pieces of the pattern."""
    m, n = len(pattern), len(text)
    pieces = k + 1
    size = m // pieces
    if size < 2:
        return [(0, n)]
    spans: list[tuple[int, int]] = []
    budget = 20_000  # past this many seeds a single pass over the whole text is cheaper
    for i in range(pieces):
        off = i * size
        piece = pattern[off : off + size] if i < pieces - 1 else pattern[off:]
        j = text.find(piece)
        while j >= 0:
            spans.append((max(0, j - off - k - 1), min(n, j - off + m + k + 1)))
            budget -= 1
            if budget <= 0:
                return [(0, n)]
            j = text.find(piece, j + 1)
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for lo, hi in spans[1:]:
        if lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _best_start(pattern: str, text: str, end: int, k: int) -> tuple[int, int]:
    """The start of the best match of ``pattern`` ending at ``end`` and its edit distance.

    Runs the global variant of Myers' algorithm on the reversed pattern over the reversed text
    before ``end``: column j then holds the distance between the pattern and ``text[end-j:end]``.
    """
    m = len(pattern)
    lo = max(0, end - m - k)
    window = text[lo:end][::-1]
    best_j, best_d = 0, m
    for j, d in enumerate(_myers_columns(pattern[::-1], window, free_start=False), start=1):
        if d < best_d or (d == best_d and abs(j - m) < abs(best_j - m)):
            best_j, best_d = j, d
    return end - best_j, best_d


def _myers_ends(pattern: str, text: str, k: int) -> list[tuple[int, int]]:
    """(end, errors) for every end position in ``text`` where some substring is ≤ k edits from ``pattern``."""
    return [(j, d) for j, d in enumerate(_myers_columns(pattern, text, free_start=True), start=1) if d <= k]


def _myers_columns(pattern: str, text: str, *, free_start: bool) -> Iterator[int]:
    """Yield, after each character of ``text``, the last row of the edit-distance matrix.

    ``free_start=True``: the best distance of ``pattern`` to any substring ending here (search);
    ``False``: the distance between ``pattern`` and the whole text read so far (global).
    Myers (1999) / Hyyrö (2003) bit-vector algorithm, one Python integer per column vector.
    """
    m = len(pattern)
    peq: dict[str, int] = {}
    for i, c in enumerate(pattern):
        peq[c] = peq.get(c, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    carry = 0 if free_start else 1
    for c in text:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        yield score


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions) between ``a`` and ``b``."""
    if a == b:
        return 0
    if not a:
        return len(b)
    if not b:
        return len(a)
    last = len(a)
    for last in _myers_columns(a, b, free_start=False):  # noqa: B007 - the last column is the answer
        pass
    return last
