"""Zone-aware query understanding: alias expansion of terms, entity filters resolved through the
gazetteer, and the one-line interpretation shown to the user. Pure Python, no SQL.

Unquoted terms expand (自贸区 = 自贸试验区 = 自由贸易试验区; 黑龙江自贸区 also finds
中国（黑龙江）自由贸易试验区); quoted terms stay exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ftz_desktop.core import gazetteer as gz
from ftz_desktop.core import query as q
from ftz_desktop.core.fold import fold
from ftz_desktop.core.messages import Translate, identity, msg
from ftz_desktop.errors import QueryError

#: Filter fields answered by the entities table.
ENTITY_FIELDS = frozenset({"zone", "area", "org", "person", "policy", "place"})
MAX_SHOWN = 4  # expansions named in the interpretation line
_SURROGATES = re.compile("[\ud800-\udfff]")

_MSG_NO_ZONE = msg("No free trade zone is called '{value}'. Try {examples}.")
_MSG_NO_AREA = msg("No free trade zone area is called '{value}'. Try {examples}.")
_MSG_NOT_AVAILABLE = msg("The filter '{field}:' is not available yet.")
_MSG_ALSO = msg("{text} ; also: {forms}")
_MSG_TITLE_TERM = msg("title: {text}")
_MSG_EXACT_TERM = msg('"{text}" (exact)')
_MSG_UNKNOWN = msg("{label} (unknown)")
_MSG_ZONE_AREAS = msg("{zone} + {count} areas")
_MSG_RESOLVED = msg("{label} = {names}")
_MSG_NAME_EXACTLY = msg('{label} (exactly "{value}")')
_MSG_NAME_CONTAINS = msg('{label} (name contains "{value}")')


def expansions(term: q.Term, gazetteer: gz.Gazetteer | None = None) -> tuple[str, ...]:
    """Forms that an unquoted term also stands for (not including itself); none for exact terms."""
    if term.exact:
        return ()
    g = gazetteer or gz.default()
    return g.expansions(term.text)


def variants(term: q.Term, gazetteer: gz.Gazetteer | None = None) -> list[str]:
    """The strings to look for: the term and its expansions, without any that contains another
    (a document containing 中国（黑龙江）自贸区 contains 黑龙江自贸区's shorter sibling anyway)."""
    return minimal([term.text, *expansions(term, gazetteer)])


def minimal(strings: list[str]) -> list[str]:
    """``strings`` without duplicates (after folding) and without those containing another one."""
    folded: list[tuple[str, str]] = []
    for s in strings:
        f = fold(s)
        if f and all(f != x for _, x in folded):
            folded.append((s, f))
    return [s for s, f in folded if not any(o != f and o in f for _, o in folded)]


def _shown(value: str) -> str:
    value = _SURROGATES.sub("", value)
    return value if len(value) <= 40 else value[:39] + "…"


def _dedupe(strings: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for s in strings:
        if fold(s) not in seen:
            seen.add(fold(s))
            out.append(s)
    return tuple(out)


@dataclass(frozen=True)
class ResolvedFilter:
    """A filter as the store applies it."""

    field: str
    zones: tuple[str, ...] = ()  # zone ids (zone:)
    names: tuple[str, ...] = ()  # canonical names (area:)
    value: str = ""  # the text to match in names (org:, person:, policy:, place:)
    exact: bool = False
    forms: tuple[str, ...] = ()  # strings worth highlighting in a document


#: Strings worth highlighting in a document found by ``zone:全国自贸试验区``.
ALL_FTZ_FORMS = ("全国自贸试验区", "全国自由贸易试验区", "各自贸试验区", "个自贸试验区", "个自由贸易试验区")


def resolve_filter(node: q.Filter, gazetteer: gz.Gazetteer | None = None) -> ResolvedFilter:
    """Resolve ``zone:``/``area:`` through the gazetteer; raises QueryError for unknown ones."""
    g = gazetteer or gz.default()
    if node.field == "zone":
        if fold(node.value.strip()) in (fold(gz.ALL_FTZ_ID), fold(gz.ALL_FTZ_NAME)):
            # all pilot FTZs together: documents about them as a whole (全国自贸试验区, 21个自贸试验区…)
            return ResolvedFilter("zone", zones=(gz.ALL_FTZ_ID,), forms=ALL_FTZ_FORMS)
        zones = g.resolve_zone(node.value)
        if not zones:
            examples = "zone:上海, zone:黑龙江, zone:海南"
            raise QueryError.of(_MSG_NO_ZONE, value=_shown(node.value), examples=examples)
        forms = [f for z in zones for f in (*z.aliases, *(x for a in z.areas for x in a.aliases))]
        return ResolvedFilter("zone", zones=tuple(z.id for z in zones), forms=_dedupe(forms))
    if node.field == "area":
        areas = g.resolve_area(node.value)
        if not areas:
            raise QueryError.of(_MSG_NO_AREA, value=_shown(node.value), examples="area:临港新片区, area:绥芬河")
        forms = [f for a in areas for f in a.aliases]
        return ResolvedFilter("area", names=tuple(a.name for a in areas), forms=_dedupe(forms))
    if node.field in ENTITY_FIELDS:
        value = _SURROGATES.sub("", node.value).strip()
        return ResolvedFilter(node.field, value=value, exact=node.exact, forms=(value,) if value else ())
    raise QueryError.of(_MSG_NOT_AVAILABLE, field=node.field)


def filters(query: q.Query) -> list[q.Filter]:
    """Entity filters not under a Not (their forms are highlighted)."""
    out: list[q.Filter] = []

    def walk(node: q.Node) -> None:
        if isinstance(node, q.Filter):
            if node.field in ENTITY_FIELDS and node not in out:
                out.append(node)
        elif isinstance(node, (q.And, q.Or)):
            for item in node.items:
                walk(item)

    if query.root is not None:
        walk(query.root)
    return out


def _all_nodes(node: q.Node) -> list[q.Node]:
    if isinstance(node, (q.And, q.Or)):
        return [x for item in node.items for x in _all_nodes(item)]
    if isinstance(node, q.Not):
        return [node, *_all_nodes(node.item)]
    return [node]


def interpretation(
    query: q.Query, gazetteer: gz.Gazetteer | None = None, tr: Translate = identity, *, segment: bool = True
) -> str:
    """One line: how each term was segmented and expanded, what each filter resolved to (``tr``
    translates its words; ``segment=False``: without the segmentation, which needs the segmenter's
    dictionary).

    e.g. ``黑龙江自贸区 → 黑龙江 | 自贸区 ; also: 中国（黑龙江）自由贸易试验区, 黑龙江自由贸易试验区, …``
    """
    if query.root is None:
        return query.describe(tr)
    g = gazetteer or gz.default()
    parts: list[str] = []
    root = query.root
    flat = isinstance(root, (q.Term, q.Filter)) or (
        isinstance(root, q.And) and all(isinstance(i, (q.Term, q.Filter)) for i in root.items)
    )
    if not flat:
        parts.append(query.describe(tr))
    seen: set[q.Node] = set()
    for node in _all_nodes(root):
        if isinstance(node, q.Not) or node in seen:
            continue
        seen.add(node)
        if isinstance(node, q.Term):
            parts.append(_describe_term(node, g, tr, segment))
        elif isinstance(node, q.Filter):
            parts.append(_describe_filter(node, g, tr))
        elif isinstance(node, q.DateRange) and flat:
            parts.append(q._describe(node, False, tr))
    return "  ·  ".join(p for p in parts if p)


def _describe_term(term: q.Term, g: gz.Gazetteer, tr: Translate = identity, segment: bool = True) -> str:
    def titled(text: str) -> str:
        return tr(_MSG_TITLE_TERM).format(text=text) if term.field == "title" else text

    if term.exact:
        return titled(tr(_MSG_EXACT_TERM).format(text=term.text))
    clean = _SURROGATES.sub("", term.text)  # a lone surrogate cannot go to the segmenter
    words = [w for w in g.segmenter().cut(clean) if w.strip()] if clean and segment else []
    text = titled(f"{term.text} → {' | '.join(words)}" if len(words) > 1 else term.text)
    more = expansions(term, g)
    if more:
        shown = ", ".join(more[:MAX_SHOWN]) + (", …" if len(more) > MAX_SHOWN else "")
        text = tr(_MSG_ALSO).format(text=text, forms=shown)
    return text


def _describe_filter(node: q.Filter, g: gz.Gazetteer, tr: Translate = identity) -> str:
    label = f"{node.field}:{node.value}"
    if node.field not in ENTITY_FIELDS:  # tag:, source:, format:, in: (a collection): nothing to resolve
        if node.field == "source":
            return tr(_MSG_NAME_EXACTLY if node.exact else _MSG_NAME_CONTAINS).format(label=label, value=node.value)
        return label
    try:
        r = resolve_filter(node, g)
    except QueryError:
        return tr(_MSG_UNKNOWN).format(label=label)
    if node.field == "zone":
        names = []
        for zid in r.zones:
            if zid == gz.ALL_FTZ_ID:
                names.append(f"{gz.ALL_FTZ_NAME} (all pilot FTZs together)")
                continue
            z = g.zone(zid)
            names.append(tr(_MSG_ZONE_AREAS).format(zone=z.name, count=len(z.areas)) if z.areas else z.name)
        return tr(_MSG_RESOLVED).format(label=label, names=", ".join(names))
    if node.field == "area":
        areas = ", ".join(f"{a.name} ({g.zone(a.zone).short_name})" for a in g.resolve_area(node.value))
        return tr(_MSG_RESOLVED).format(label=label, names=areas)
    return tr(_MSG_NAME_EXACTLY if node.exact else _MSG_NAME_CONTAINS).format(label=label, value=r.value)
