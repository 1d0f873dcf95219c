"""Facets of a query's results as the user sees them (a zone's display name, the filter each value
adds to the query), and the order of results by their number of hits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ftz_desktop.core import gazetteer, snippets
from ftz_desktop.core import query as q
from ftz_desktop.records import FacetValue
from ftz_desktop.store import documents as store_docs
from ftz_desktop.store import facets as store_facets
from ftz_desktop.store import search as store_search

if TYPE_CHECKING:
    import sqlite_utils

KINDS = store_facets.KINDS

# texts decompressed at a time while counting hits (bounds the memory of a 20,000-result query)
_HIT_BATCH = 500


def facet_values(
    db: sqlite_utils.Database, compiled: store_search.Compiled | None, kinds: Iterable[str] = KINDS
) -> dict[str, list[FacetValue]]:
    """{kind: [FacetValue]} of the documents ``compiled`` matches (every document when None), most
    documents first. Adding a value's ``filter`` to the query finds exactly its ``count`` documents."""
    kinds = tuple(k for k in kinds if k in KINDS)
    raw = store_facets.counts(db, compiled, kinds)
    g = gazetteer.default()
    out: dict[str, list[FacetValue]] = {}
    for kind in kinds:
        rows = raw.get(kind, [])
        if kind == "zone":
            out[kind] = _zones(rows, g)
        elif kind == "area":
            out[kind] = _areas(rows, g)
        elif kind == "source":
            out[kind] = _sources(rows)
        else:
            field = {"year": "date", "format": "format", "tag": "tag"}[kind]
            out[kind] = [FacetValue(kind, v, n, q.filter_token(field, v)) for v, n in rows]
    return out


@dataclass(frozen=True)
class _Names:
    """What facets need of one gazetteer, worked out once (resolving names folds every alias)."""

    zones: dict[str, tuple[str, str]]  # zone id → (display name, filter)
    areas: frozenset[str]  # areas that area:NAME finds alone


_names_cache: list[tuple[gazetteer.Gazetteer, _Names]] = []


def _names(g: gazetteer.Gazetteer) -> _Names:
    if _names_cache and _names_cache[0][0] is g:
        return _names_cache[0][1]
    zones = {gazetteer.ALL_FTZ_ID: (gazetteer.ALL_FTZ_NAME, q.filter_token("zone", gazetteer.ALL_FTZ_NAME))}
    for zone in g.zones:
        # the filter names the zone alone (the official name where the display name finds two)
        unique = [z.id for z in g.resolve_zone(zone.label)] == [zone.id]
        zones[zone.id] = (zone.label, q.filter_token("zone", zone.label if unique else zone.name))
    areas = frozenset(a.name for a in g.areas() if [x.name for x in g.resolve_area(a.name)] == [a.name])
    names = _Names(zones, areas)
    _names_cache[:] = [(g, names)]
    return names


def _zones(rows: list[tuple[str, int]], g: gazetteer.Gazetteer) -> list[FacetValue]:
    """Zone ids → display names (海南自贸港, 海南…); a zone the gazetteer no longer lists is left
    out (no filter could find it)."""
    zones = _names(g).zones
    return [FacetValue("zone", zones[z][0], n, zones[z][1]) for z, n in rows if z in zones]


def _areas(rows: list[tuple[str, int]], g: gazetteer.Gazetteer) -> list[FacetValue]:
    """Areas the gazetteer lists (area: finds no other); an area a text names but the gazetteer
    does not list has no filter, so it is left out."""
    areas = _names(g).areas
    return [FacetValue("area", name, n, q.filter_token("area", name)) for name, n in rows if name in areas]


def _sources(rows: list[tuple[str, int]]) -> list[FacetValue]:
    """source:X finds the sources containing X: a source inside another one of the list is
    filtered exactly (source:"X")."""
    folded = [store_facets.folded(v) for v, _ in rows]
    joined = "\0".join(folded)  # one search per source instead of one per pair
    out = []
    for (value, n), f in zip(rows, folded, strict=True):
        exact = joined.count(f) > 1  # found in itself and inside another
        out.append(FacetValue("source", value, n, q.filter_token("source", value, exact=exact)))
    return out


def hit_order(db: sqlite_utils.Database, rows: list[tuple[int, float]], terms: list[str]) -> list[tuple[int, float]]:
    """``rows`` (every matching document) ordered by their number of hits of ``terms`` (folded
    strings, as the results count them), most first; ties keep their order."""
    counts: dict[int, int] = {}
    for k in range(0, len(rows), _HIT_BATCH):
        ids = [doc_id for doc_id, _ in rows[k : k + _HIT_BATCH]]
        for doc_id, text in store_docs.texts_by_id(db, ids).items():
            counts[doc_id] = len(snippets.find_spans(snippets.haystack(text, terms), terms)) if terms else 0
    return sorted(rows, key=lambda r: -counts.get(r[0], 0))
