"""The search query language: parses what the user typed into a small immutable tree (no matching).

Syntax: space = AND, ``OR`` (binds tighter), ``-x`` / ``NOT x``, ``"phrase"``, ``field:value``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass

from ftz_desktop.core.fold import fold
from ftz_desktop.errors import QueryError

__all__ = [
    "FIELDS",
    "MAX_QUERY_CHARS",
    "And",
    "DateRange",
    "Filter",
    "Node",
    "Not",
    "Or",
    "Query",
    "Term",
    "parse",
]

MAX_QUERY_CHARS = 1000

#: Registered filter fields. ``title`` gives a Term with field='title', ``date`` a DateRange,
#: the others a Filter. A word ``foo:bar`` with any other ``foo`` is an ordinary term.
FIELDS: frozenset[str] = frozenset({"title", "date", "zone", "area", "org", "person", "policy", "tag", "doc"})


# --- the tree ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A string that must occur as a substring (of the body or title; of the title only if field='title')."""

    text: str  # as typed (unfolded), quotes removed; never empty
    exact: bool = False  # True when it came from "quotes"
    field: str | None = None  # 'title' or None


@dataclass(frozen=True)
class DateRange:
    """Documents dated within [start, end], both inclusive ISO 'YYYY-MM-DD'; None = open."""

    start: str | None
    end: str | None
    text: str  # the value as typed, without 'date:' (e.g. '2023-01..2024-06')


@dataclass(frozen=True)
class Filter:
    """A ``field:value`` filter on metadata (zone, area, org, person, policy, tag, doc)."""

    field: str  # lower-case registered name
    value: str  # as typed; never empty
    exact: bool = False  # True when the value was a "phrase"


@dataclass(frozen=True)
class Not:
    """Documents not matching ``item`` (never directly under an Or, never a query on its own)."""

    item: Node


@dataclass(frozen=True)
class And:
    """All of ``items`` (at least two; none is an And)."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    """Any of ``items`` (at least two; none is an Or or a Not)."""

    items: tuple[Node, ...]


Node = Term | DateRange | Filter | Not | And | Or


@dataclass(frozen=True)
class Query:
    """A parsed query: ``root`` is None for an empty query; ``source`` is the text as typed."""

    root: Node | None
    source: str

    def positive_terms(self) -> tuple[Term, ...]:
        """Terms not under a Not, in query order, without repeats (for highlighting)."""
        out: list[Term] = []

        def walk(node: Node) -> None:
            if isinstance(node, Term):
                if node not in out:
                    out.append(node)
            elif isinstance(node, (And, Or)):
                for item in node.items:
                    walk(item)

        if self.root is not None:
            walk(self.root)
        return tuple(out)

    def describe(self) -> str:
        """One line saying how the query was understood."""
        if self.root is None:
            return "empty query"
        return _describe(self.root, top=True)


# --- messages ---------------------------------------------------------------------------------

_MSG_TOO_LONG = f"The query is too long (over {MAX_QUERY_CHARS} characters)."
_MSG_ONLY_EXCLUSIONS = "A query needs at least one term to look for, not only exclusions."
_MSG_OR_NOT = "Cannot combine OR with an exclusion: put the -word or NOT word outside the OR."
_MSG_NOT_A_DATE = "Not a date: '{}'. Use date:2023, date:2023-05 or date:2023-01..2024-06."
_MSG_BACKWARDS = "The date range '{}' ends before it starts."


# --- parsing ----------------------------------------------------------------------------------

_QUOTES = frozenset('"\uff02')  # ASCII and full-width; Chinese “”「」 are ordinary characters
_HYPHENS = frozenset("-\uff0d")
_COLONS = frozenset(":\uff1a")
_OR_WORDS = frozenset({"OR", "\uff2f\uff32"})
_NOT_WORDS = frozenset({"NOT", "\uff2e\uff2f\uff34"})
_AND_WORDS = frozenset({"AND", "\uff21\uff2e\uff24"})  # explicit AND: accepted and ignored

# Tokens: ("atom", node) | ("or",) | ("not",) | ("empty",)  — "empty" is an empty "" phrase or
# a filter with nothing to filter on; it cancels a pending NOT.
_Token = tuple[str] | tuple[str, Node]


def parse(query: str) -> Query:
    """Parse ``query``; raises QueryError (one friendly line) only when it cannot be understood.

    Lenient by design: an unclosed quote runs to the end, stray ``OR`` / ``NOT`` / ``-`` are ignored,
    and an empty or blank query gives ``Query(None, query)``.
    """
    if not isinstance(query, str):
        raise TypeError(f"parse() needs a str, not {type(query).__name__}")
    if len(query.strip()) > MAX_QUERY_CHARS:
        raise QueryError(_MSG_TOO_LONG)
    root = _build(_lex(query))
    if root is not None:
        if isinstance(root, Not) or (isinstance(root, And) and all(isinstance(i, Not) for i in root.items)):
            raise QueryError(_MSG_ONLY_EXCLUSIONS)
    return Query(root, query)


def _lex(s: str) -> list[_Token]:
    tokens: list[_Token] = []
    n = len(s)
    i = 0
    while i < n:
        if s[i].isspace():
            i += 1
            continue
        # '-' prefixes, each directly followed by more of the same token
        negations = 0
        while s[i] in _HYPHENS and i + 1 < n and not s[i + 1].isspace():
            negations += 1
            i += 1
        if s[i] in _HYPHENS:  # a lone '-' (maybe after other '-'): the whole token is ignored
            i += 1
            continue
        if s[i] in _QUOTES:
            text, i = _read_phrase(s, i)
            node: Node | None = Term(text, exact=True) if text else None
        else:
            word, i = _read_word(s, i)
            if negations == 0 and word in _OR_WORDS:
                tokens.append(("or",))
                continue
            if negations == 0 and word in _NOT_WORDS:
                tokens.append(("not",))
                continue
            if negations == 0 and word in _AND_WORDS:
                continue
            node, i = _word_node(s, i, word)
        if node is None:
            tokens.append(("empty",))
            continue
        if negations % 2:
            node = Not(node)
        tokens.append(("atom", node))
    return tokens


def _read_phrase(s: str, i: int) -> tuple[str, int]:
    """The phrase opened by the quote at ``i`` ('' if blank) and the index after its closing quote.

    Either quote character closes it; an unclosed phrase runs to the end (trailing blanks dropped).
    """
    n = len(s)
    j = i + 1
    while j < n and s[j] not in _QUOTES:
        j += 1
    text = s[i + 1 : j]
    if j >= n:
        text = text.rstrip()
    if not text.strip():
        text = ""
    return text, min(j + 1, n)


def _read_word(s: str, i: int) -> tuple[str, int]:
    """The run of characters from ``i`` up to whitespace or a quote, and the index after it."""
    n = len(s)
    j = i
    while j < n and not s[j].isspace() and s[j] not in _QUOTES:
        j += 1
    return s[i:j], j


def _word_node(s: str, i: int, word: str) -> tuple[Node | None, int]:
    """The node for ``word`` (which ended just before ``i``): a filter or a plain term."""
    colon = next((k for k, c in enumerate(word) if c in _COLONS), -1)
    if colon <= 0:
        return Term(word), i
    field = fold(word[:colon])
    if field not in FIELDS:
        return Term(word), i
    value = word[colon + 1 :]
    if value:
        return _filter(field, value, exact=False), i
    n = len(s)
    if i < n and s[i] in _QUOTES:  # field:"phrase"
        text, i = _read_phrase(s, i)
        return (_filter(field, text, exact=True) if text else None), i
    # 'title: 海南' — a blank after the colon: the next word or phrase is the value
    j = i
    while j < n and s[j].isspace():
        j += 1
    if j < n and s[j] in _QUOTES:
        text, j = _read_phrase(s, j)
        return (_filter(field, text, exact=True) if text else None), j
    if j < n and s[j] not in _HYPHENS:
        nxt, k = _read_word(s, j)
        if nxt not in _OR_WORDS | _NOT_WORDS | _AND_WORDS and not _is_filter_word(nxt):
            return _filter(field, nxt, exact=False), k
    return Term(word), i  # nothing to filter on: the word is an ordinary term


def _is_filter_word(word: str) -> bool:
    colon = next((k for k, c in enumerate(word) if c in _COLONS), -1)
    return colon > 0 and fold(word[:colon]) in FIELDS


def _filter(field: str, value: str, exact: bool) -> Node:
    if field == "title":
        return Term(value, exact=exact, field="title")
    if field == "date":
        return _date_range(value)
    return Filter(field, value, exact)


def _build(tokens: list[_Token]) -> Node | None:
    """Combine tokens: OR groups neighbouring items, groups are ANDed; stray operators are dropped."""
    groups: list[list[Node]] = []
    pending_not = 0
    pending_or = False
    for token in tokens:
        kind = token[0]
        if kind == "not":
            pending_not += 1
        elif kind == "empty":
            pending_not = 0
        elif kind == "or":
            pending_not = 0  # 'NOT OR': the NOT has nothing to apply to
            pending_or = bool(groups)  # a leading OR is ignored
        else:
            node: Node = token[1]  # type: ignore[misc]  # a 1-tuple only for the operator kinds above
            if pending_not % 2:
                node = _not(node)
            pending_not = 0
            if pending_or:
                groups[-1].append(node)
                pending_or = False
            else:
                groups.append([node])
    if not groups:
        return None
    return _and([_or(group) for group in groups])


def _not(node: Node) -> Node:
    return node.item if isinstance(node, Not) else Not(node)


def _unique(items: list[Node]) -> tuple[Node, ...]:
    out: list[Node] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def _and(items: list[Node]) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, And) else (item,))
    unique = _unique(flat)
    return unique[0] if len(unique) == 1 else And(unique)


def _or(items: list[Node]) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, Or) else (item,))
    unique = _unique(flat)
    if len(unique) == 1:
        return unique[0]
    if any(isinstance(item, Not) for item in unique):
        raise QueryError(_MSG_OR_NOT)
    return Or(unique)


# --- dates ------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"([0-9]{4})(?:[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?)?")
_CN_DATE_RE = re.compile(r"([0-9]{4})年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?")


def _date_range(value: str) -> DateRange:
    """'2023', '2023-05', '2023-05-01' (also / . or 年月日), 'A..B', 'A..', '..B' (also '~')."""
    v = "".join(fold(value).split())  # full-width digits and separators → ASCII; blanks dropped
    sep = ".." if ".." in v else "~" if "~" in v else None
    if sep is None:
        first, last = _date_bounds(v, value)
        return DateRange(first, last, value)
    else:
        a, _, b = v.partition(sep)
        if not a and not b:
            raise QueryError(_MSG_NOT_A_DATE.format(_show(value)))
        start: str | None = _date_bounds(a, value)[0] if a else None
        end: str | None = _date_bounds(b, value)[1] if b else None
        if start is not None and end is not None and start > end:
            raise QueryError(_MSG_BACKWARDS.format(_show(value)))
    return DateRange(start, end, value)


def _date_bounds(v: str, typed: str) -> tuple[str, str]:
    """First and last day (ISO) of the year, month or day written as ``v``."""
    m = _DATE_RE.fullmatch(v) or _CN_DATE_RE.fullmatch(v)
    if m is None:
        raise QueryError(_MSG_NOT_A_DATE.format(_show(typed)))
    year = int(m[1])
    month = int(m[2]) if m[2] else None
    day = int(m[3]) if m[3] else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        raise QueryError(_MSG_NOT_A_DATE.format(_show(typed)))
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    if not 1 <= day <= last:
        raise QueryError(_MSG_NOT_A_DATE.format(_show(typed)))
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return iso, iso


# --- describing -------------------------------------------------------------------------------


def _show(text: str, limit: int = 40) -> str:
    """``text`` made safe for one line (line breaks and control characters escaped), shortened."""
    out = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _quoted(text: str, exact: bool) -> str:
    return ("exactly " if exact else "") + '"' + _show(text, limit=200) + '"'


def _describe(node: Node, top: bool = False) -> str:
    if isinstance(node, Term):
        return ("title contains " if node.field == "title" else "") + _quoted(node.text, node.exact)
    if isinstance(node, Filter):
        return f"{node.field} " + _quoted(node.value, node.exact)
    if isinstance(node, DateRange):
        if node.start is not None and node.end is not None:
            return f"date {node.start}" if node.start == node.end else f"date {node.start}..{node.end}"
        if node.start is not None:
            return f"date from {node.start}"
        return f"date until {node.end}"
    if isinstance(node, Not):
        inner = _describe(node.item)
        return "not " + (f"({inner})" if isinstance(node.item, (And, Or)) else inner)
    if isinstance(node, Or):
        return "any of (" + " | ".join(_describe(i) for i in node.items) + ")"
    if isinstance(node, And):
        text = "all of: " + ", ".join(_describe(i) for i in node.items)
        return text if top else f"({text})"
    raise TypeError(f"not a query node: {node!r}")
