"""The search query language: parses what the user typed into a small immutable tree (no matching).

Syntax: space = AND, ``OR`` (binds tighter), ``-x`` / ``NOT x``, ``"phrase"``, ``field:value``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass

from ftz_desktop.core.fold import fold
from ftz_desktop.core.messages import Translate, identity, msg
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
    "QueryWarning",
    "Term",
    "filter_token",
    "parse",
    "query_tokens",
    "toggle_filter",
]

MAX_QUERY_CHARS = 1000

#: Registered filter fields. ``title`` gives a Term with field='title', ``date`` a DateRange,
#: the others a Filter. A word ``foo:bar`` with any other ``foo`` is an ordinary term.
FIELDS: frozenset[str] = frozenset(
    {"title", "date", "zone", "area", "org", "person", "policy", "tag", "doc", "source", "format", "in"}
)


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
    """A ``field:value`` filter on metadata (zone, area, org, person, policy, tag, source, format,
    in — a collection —, doc)."""

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
class QueryWarning:
    """A likely mistake in a query that was still understood (an unclosed quote, a filter with no
    value…): ``text()`` says how it was read."""

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def text(self, tr: Translate = identity) -> str:
        try:
            return tr(self.template).format(**dict(self.values))
        except (KeyError, IndexError, ValueError):
            return self.template.format(**dict(self.values))


@dataclass(frozen=True)
class Query:
    """A parsed query: ``root`` is None for an empty query; ``source`` is the text as typed;
    ``warnings`` name what may not have been meant (the query runs anyway)."""

    root: Node | None
    source: str
    warnings: tuple[QueryWarning, ...] = ()

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

    def describe(self, tr: Translate = identity) -> str:
        """One line saying how the query was understood (``tr`` translates its words)."""
        if self.root is None:
            return tr(_MSG_EMPTY)
        return _describe(self.root, True, tr)


# --- messages ---------------------------------------------------------------------------------

_MSG_TOO_LONG = msg("The query is too long (over {limit} characters).")
_MSG_ONLY_EXCLUSIONS = msg("A query needs at least one term to look for, not only exclusions.")
_MSG_OR_NOT = msg("Cannot combine OR with an exclusion: put the -word or NOT word outside the OR.")
_MSG_NOT_A_DATE = msg("Not a date: '{value}'. Use date:2023, date:2023-05 or date:2023-01..2024-06.")
_MSG_BACKWARDS = msg("The date range '{value}' ends before it starts.")

# warnings: the query runs, read as they say
_WARN_UNCLOSED = msg("The quote is not closed: searched for exactly “{text}”.")
_WARN_EMPTY_QUOTES = msg("Empty quotes were ignored.")
_WARN_NO_VALUE = msg("“{field}:” has nothing after it: searched for the text “{word}”.")
_WARN_NO_VALUE_IGNORED = msg("“{field}:” has nothing after it and was ignored.")
_WARN_LONE_MINUS = msg("A “-” on its own was ignored (write -word to leave a word out).")
_WARN_STRAY_OR = msg("“OR” needs a word on each side: it was ignored.")
_WARN_STRAY_NOT = msg("“NOT” needs a word after it: it was ignored.")
_WARN_NOT_A_FILTER = msg(
    "“{field}:” is not a filter: searched for the text “{word}”. Filters: title: date: zone: area: org: person: policy: tag: source: format: in:"
)
_WARN_LOWER_OPERATOR = msg("“{word}” is searched for as a word; write {upper} in capitals for the operator.")

# how a query was read (Query.describe)
_MSG_EMPTY = msg("empty query")
_MSG_TITLE_CONTAINS = msg("title contains {term}")
_MSG_EXACTLY = msg("exactly {text}")
_MSG_FILTER = msg("{field} {value}")
_MSG_DATE = msg("date {day}")
_MSG_DATE_RANGE = msg("date {start}..{end}")
_MSG_DATE_FROM = msg("date from {start}")
_MSG_DATE_UNTIL = msg("date until {end}")
_MSG_NOT = msg("not {item}")
_MSG_ANY_OF = msg("any of ({items})")
_MSG_ALL_OF = msg("all of: {items}")


# --- parsing ----------------------------------------------------------------------------------

_QUOTES = frozenset('"\uff02')  # ASCII and full-width; Chinese “”「」 are ordinary characters
_HYPHENS = frozenset("-\uff0d")
_COLONS = frozenset(":\uff1a")
_OR_WORDS = frozenset({"OR", "\uff2f\uff32"})
_NOT_WORDS = frozenset({"NOT", "\uff2e\uff2f\uff34"})
_AND_WORDS = frozenset({"AND", "\uff21\uff2e\uff24"})  # explicit AND: accepted and ignored
_LOWER_OPERATORS = frozenset({"or", "not"})  # searched as words, but likely meant as operators
_LOOKS_LIKE_FIELD = re.compile(r"[a-z]{2,10}")  # 'zones:上海' is likely a mistyped filter

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
        raise QueryError.of(_MSG_TOO_LONG, limit=MAX_QUERY_CHARS)
    warnings: list[QueryWarning] = []
    root = _build(_lex(query, warnings), warnings)
    if root is not None:
        if isinstance(root, Not) or (isinstance(root, And) and all(isinstance(i, Not) for i in root.items)):
            raise QueryError.of(_MSG_ONLY_EXCLUSIONS)
    return Query(root, query, tuple(dict.fromkeys(warnings)))


def _warn(warnings: list[QueryWarning], template: str, **values: str) -> None:
    warnings.append(QueryWarning(template, tuple((k, _show(v)) for k, v in values.items())))


def _lex(s: str, warnings: list[QueryWarning]) -> list[_Token]:
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
            _warn(warnings, _WARN_LONE_MINUS)
            i += 1
            continue
        if s[i] in _QUOTES:
            text, i = _read_phrase(s, i, warnings)
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
            if word in _LOWER_OPERATORS:
                _warn(warnings, _WARN_LOWER_OPERATOR, word=word, upper=word.upper())
            node, i = _word_node(s, i, word, warnings)
        if node is None:
            tokens.append(("empty",))
            continue
        if negations % 2:
            node = Not(node)
        tokens.append(("atom", node))
    return tokens


def _read_phrase(s: str, i: int, warnings: list[QueryWarning]) -> tuple[str, int]:
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
        _warn(warnings, _WARN_EMPTY_QUOTES)
    elif j >= n:
        _warn(warnings, _WARN_UNCLOSED, text=text)
    return text, min(j + 1, n)


def _read_word(s: str, i: int) -> tuple[str, int]:
    """The run of characters from ``i`` up to whitespace or a quote, and the index after it."""
    n = len(s)
    j = i
    while j < n and not s[j].isspace() and s[j] not in _QUOTES:
        j += 1
    return s[i:j], j


def _word_node(s: str, i: int, word: str, warnings: list[QueryWarning]) -> tuple[Node | None, int]:
    """The node for ``word`` (which ended just before ``i``): a filter or a plain term."""
    colon = next((k for k, c in enumerate(word) if c in _COLONS), -1)
    if colon <= 0:
        return Term(word), i
    field = fold(word[:colon])
    if field not in FIELDS:
        if _LOOKS_LIKE_FIELD.fullmatch(field) and colon + 1 < len(word):
            _warn(warnings, _WARN_NOT_A_FILTER, field=word[:colon], word=word)
        return Term(word), i
    value = word[colon + 1 :]
    if value:
        return _filter(field, value, exact=False), i
    n = len(s)
    if i < n and s[i] in _QUOTES:  # field:"phrase"
        text, i = _read_phrase(s, i, read := _no_warnings())
        _warn_value(warnings, read, text, word[:colon])
        return (_filter(field, text, exact=True) if text else None), i
    # 'title: 海南' — a blank after the colon: the next word or phrase is the value
    j = i
    while j < n and s[j].isspace():
        j += 1
    if j < n and s[j] in _QUOTES:
        text, j = _read_phrase(s, j, read := _no_warnings())
        _warn_value(warnings, read, text, word[:colon])
        return (_filter(field, text, exact=True) if text else None), j
    if j < n and s[j] not in _HYPHENS:
        nxt, k = _read_word(s, j)
        if nxt not in _OR_WORDS | _NOT_WORDS | _AND_WORDS and not _is_filter_word(nxt):
            return _filter(field, nxt, exact=False), k
    _warn(warnings, _WARN_NO_VALUE, field=word[:colon], word=word)
    return Term(word), i  # nothing to filter on: the word is an ordinary term


def _no_warnings() -> list[QueryWarning]:
    return []


def _warn_value(warnings: list[QueryWarning], read: list[QueryWarning], text: str, field: str) -> None:
    """A filter's quoted value: an empty one is the filter's warning, not the quotes'."""
    if text:
        warnings.extend(read)
    else:
        _warn(warnings, _WARN_NO_VALUE_IGNORED, field=field)


def _is_filter_word(word: str) -> bool:
    colon = next((k for k, c in enumerate(word) if c in _COLONS), -1)
    return colon > 0 and fold(word[:colon]) in FIELDS


def _filter(field: str, value: str, exact: bool) -> Node:
    if field == "title":
        return Term(value, exact=exact, field="title")
    if field == "date":
        return _date_range(value)
    return Filter(field, value, exact)


def _build(tokens: list[_Token], warnings: list[QueryWarning]) -> Node | None:
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
            if pending_not:
                _warn(warnings, _WARN_STRAY_NOT)
            if pending_or or not groups:
                _warn(warnings, _WARN_STRAY_OR)
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
    if pending_or:
        _warn(warnings, _WARN_STRAY_OR)
    if pending_not:
        _warn(warnings, _WARN_STRAY_NOT)
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
        raise QueryError.of(_MSG_OR_NOT)
    return Or(unique)


# --- filters as text (facets add them to the query line) ---------------------------------------


def filter_token(field: str, value: str, *, exclude: bool = False, exact: bool = False) -> str:
    """The text of a ``field:value`` filter as the user would type it: the value in quotes when
    it holds a blank (or ``exact``), a leading ``-`` to exclude. Quote characters inside the value
    cannot be written and are dropped."""
    value = "".join(c for c in value if c not in _QUOTES).strip()
    needs_quotes = exact or any(c.isspace() for c in value) or not value
    text = f'{field}:"{value}"' if needs_quotes else f"{field}:{value}"
    return "-" + text if exclude else text


def query_tokens(query: str) -> list[str]:
    """``query`` cut at blanks outside quotes (each token as typed)."""
    tokens: list[str] = []
    current: list[str] = []
    quoted = False
    for c in query:
        if c in _QUOTES:
            quoted = not quoted
        if c.isspace() and not quoted:
            if current:
                tokens.append("".join(current))
                current = []
            continue
        current.append(c)
    if current:
        tokens.append("".join(current))
    return tokens


def toggle_filter(query: str, token: str) -> str:
    """``query`` with the filter ``token`` (from ``filter_token``) added at the end, or taken out
    when it is already there; narrowing by a filter that is excluded (``-zone:上海``) replaces the
    exclusion, and the other way round."""
    tokens = query_tokens(query)
    if token in tokens:
        return " ".join(t for t in tokens if t != token)
    opposite = token[1:] if token.startswith("-") else "-" + token
    return " ".join([*(t for t in tokens if t != opposite), token])


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
            raise QueryError.of(_MSG_NOT_A_DATE, value=_show(value))
        start: str | None = _date_bounds(a, value)[0] if a else None
        end: str | None = _date_bounds(b, value)[1] if b else None
        if start is not None and end is not None and start > end:
            raise QueryError.of(_MSG_BACKWARDS, value=_show(value))
    return DateRange(start, end, value)


def _date_bounds(v: str, typed: str) -> tuple[str, str]:
    """First and last day (ISO) of the year, month or day written as ``v``."""
    m = _DATE_RE.fullmatch(v) or _CN_DATE_RE.fullmatch(v)
    if m is None:
        raise QueryError.of(_MSG_NOT_A_DATE, value=_show(typed))
    year = int(m[1])
    month = int(m[2]) if m[2] else None
    day = int(m[3]) if m[3] else None
    if year < 1 or (month is not None and not 1 <= month <= 12):
        raise QueryError.of(_MSG_NOT_A_DATE, value=_show(typed))
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    if not 1 <= day <= last:
        raise QueryError.of(_MSG_NOT_A_DATE, value=_show(typed))
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return iso, iso


# --- describing -------------------------------------------------------------------------------


def _show(text: str, limit: int = 40) -> str:
    """``text`` made safe for one line (line breaks and control characters escaped), shortened."""
    out = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return out if len(out) <= limit else out[: limit - 1] + "…"


def _quoted(text: str, exact: bool, tr: Translate = identity) -> str:
    quoted = '"' + _show(text, limit=200) + '"'
    return tr(_MSG_EXACTLY).format(text=quoted) if exact else quoted


def _describe(node: Node, top: bool = False, tr: Translate = identity) -> str:
    if isinstance(node, Term):
        quoted = _quoted(node.text, node.exact, tr)
        return tr(_MSG_TITLE_CONTAINS).format(term=quoted) if node.field == "title" else quoted
    if isinstance(node, Filter):
        return tr(_MSG_FILTER).format(field=node.field, value=_quoted(node.value, node.exact, tr))
    if isinstance(node, DateRange):
        if node.start is not None and node.end is not None:
            if node.start == node.end:
                return tr(_MSG_DATE).format(day=node.start)
            return tr(_MSG_DATE_RANGE).format(start=node.start, end=node.end)
        if node.start is not None:
            return tr(_MSG_DATE_FROM).format(start=node.start)
        return tr(_MSG_DATE_UNTIL).format(end=node.end)
    if isinstance(node, Not):
        inner = _describe(node.item, False, tr)
        return tr(_MSG_NOT).format(item=f"({inner})" if isinstance(node.item, (And, Or)) else inner)
    if isinstance(node, Or):
        return tr(_MSG_ANY_OF).format(items=" | ".join(_describe(i, False, tr) for i in node.items))
    if isinstance(node, And):
        text = tr(_MSG_ALL_OF).format(items=", ".join(_describe(i, False, tr) for i in node.items))
        return text if top else f"({text})"
    raise TypeError(f"not a query node: {node!r}")
