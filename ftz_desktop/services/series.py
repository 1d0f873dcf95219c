"""Series of zone figures for the Zones tab and its exports: like compared with like. No Qt.

A *series* is one measure (``core.measures.measure_label``: 新设企业, 外贸进出口总额…) of one kind
(level, rate, share) × one period kind (year, half, quarter, month, day, range, cumulative,
stock; a span of days, range_days, apart from a span of months) × one unit family (yuan, counts,
people, %…). ``compare`` draws one series across the zones (or across the areas of one zone:
zones and areas never mix) for one period; ``timeline`` draws series of zones or areas over
time. Every record of the measure that is not drawn is reported with its reason (``LeftOut``);
where documents disagree on one value, both are kept (``Point.alternatives``) and the user's
choice, else the latest document's, is drawn.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ftz_desktop.core import gazetteer
from ftz_desktop.core.measures import in_family_unit, measure_label, unit_family
from ftz_desktop.core.metrics import period_key
from ftz_desktop.records import Metric
from ftz_desktop.store.metrics import ChoiceKey, ChoiceRef, quote_hash

__all__ = [
    "REASONS",
    "SCOPE_ZONES",
    "Comparison",
    "DocInfo",
    "Figures",
    "LeftOut",
    "Line",
    "MeasureInfo",
    "Place",
    "Point",
    "SeriesKey",
    "Timeline",
    "area_scope",
    "comparable_period",
    "effective_period_kind",
    "period_end",
    "period_start",
    "series_period_kind",
    "time_position",
]

SCOPE_ZONES = "zones"
#: Why a record of the measure is not drawn, in the order they are tested.
REASONS: tuple[str, ...] = (
    "excluded",  # the user marked it wrong
    "no_zone",  # no zone or area was found for it
    "all_ftz",  # all pilot FTZs together, not one zone
    "area_level",  # an area's figure (compare the areas of its zone)
    "zone_level",  # a zone's figure in a chart of its areas
    "target",  # a plan's target, not a result
    "part",  # a part of a larger figure (其中…)
    "other_kind",  # a share or a rate beside levels, or the other way round
    "other_unit",  # another unit family (亿元 beside 户)
    "no_period",  # no period was found
    "other_period_kind",  # cumulative beside yearly, …
    "other_period",  # another year, half, month…
    "conflict",  # another document's value for the same zone and period (a choice)
    "repeat",  # the same value again (another document, another sentence)
    "other_series",  # over time: a series that was not picked
)
#: When two series reach as many places: the one a reader expects first.
_KIND_ORDER = ("year", "half", "quarter", "month", "cumulative", "stock", "range", "range_days", "day")
#: A span of time shorter than this is a span of days (a holiday week: ``range_days``), never
#: drawn in one series with a span of months (1—7月: ``range``).
_SHORT_RANGE_DAYS = 31
_SAME = 0.005  # values within 0.5 % of each other agree (1.2万户 = 12000户)


@dataclass(frozen=True)
class DocInfo:
    title: str
    date: str | None
    path: str


@dataclass(frozen=True)
class Place:
    """A zone (``area`` None) or one of its areas, as charts name it."""

    zone_id: str
    area: str | None
    name: str  # 黑龙江, 海南自贸港, 全国自贸试验区; 绥芬河片区
    zone_name: str

    @property
    def key(self) -> str:
        return self.zone_id if self.area is None else f"{self.zone_id}/{self.area}"

    @property
    def level(self) -> str:
        return "zone" if self.area is None else "area"


@dataclass(frozen=True, order=True)
class SeriesKey:
    measure: str  # the normalised label
    kind: str  # level, rate, share
    period_kind: str  # year, half, … ('' when the records have no period)
    family: str  # core.measures.unit_family

    @property
    def id(self) -> str:
        return f"{self.measure}|{self.kind}|{self.period_kind}|{self.family}"

    @classmethod
    def from_id(cls, text: str) -> SeriesKey:
        measure, kind, period_kind, family = text.rsplit("|", 3)
        return cls(measure, kind, period_kind, family)


@dataclass(frozen=True)
class LeftOut:
    record: Metric
    reason: str  # one of REASONS
    detail: str = ""  # the other unit, period kind or period


@dataclass(frozen=True)
class Point:
    """One place's value for one period: the record drawn, and the others that gave a value."""

    place: Place
    period: str
    value: float  # in the family's unit
    record: Metric
    alternatives: tuple[Metric, ...] = ()  # different values from other sentences (a conflict)
    repeats: tuple[Metric, ...] = ()  # the same value again
    chosen: bool = False  # the user picked this value among the alternatives

    @property
    def conflict(self) -> bool:
        return bool(self.alternatives)

    @property
    def choice_key(self) -> tuple[str, str]:
        return (self.place.key, self.period)


@dataclass(frozen=True)
class MeasureInfo:
    measure: str
    category: str
    places: int  # places of its best series in the scope
    records: int  # records in the scope


@dataclass(frozen=True)
class Comparison:
    """One series across the places of a scope for one period."""

    measure: str
    scope: str  # SCOPE_ZONES or area_scope(zone id)
    series: SeriesKey | None
    period: str | None
    points: tuple[Point, ...]  # largest first
    left_out: tuple[LeftOut, ...]
    periods: tuple[tuple[str, int], ...] = ()  # (period, places) of the series, most recent first
    period_kinds: tuple[tuple[str, int], ...] = ()  # (period kind, places) of the measure
    counter: str = ""  # the written unit of a count (户, 家, 项)
    category: str = ""

    def reasons(self) -> Counter[str]:
        return Counter(x.reason for x in self.left_out)

    def status(self) -> dict[int, tuple[str, str]]:
        """metric id → ('charted', '') or (reason, detail), for every record of the measure in scope."""
        out: dict[int, tuple[str, str]] = {}
        for p in self.points:
            if p.record.id is not None:
                out[p.record.id] = ("charted", "")
        for x in self.left_out:
            if x.record.id is not None:
                out[x.record.id] = (x.reason, x.detail)
        return out

    def records(self) -> list[Metric]:
        return [p.record for p in self.points] + [x.record for x in self.left_out]


@dataclass(frozen=True)
class Line:
    place: Place
    series: SeriesKey
    points: tuple[Point, ...]  # oldest first
    counter: str = ""


@dataclass(frozen=True)
class Timeline:
    lines: tuple[Line, ...]
    left_out: tuple[LeftOut, ...]

    def reasons(self) -> Counter[str]:
        return Counter(x.reason for x in self.left_out)

    def status(self) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        for line in self.lines:
            for p in line.points:
                if p.record.id is not None:
                    out[p.record.id] = ("charted", "")
        for x in self.left_out:
            if x.record.id is not None:
                out[x.record.id] = (x.reason, x.detail)
        return out

    def records(self) -> list[Metric]:
        return [p.record for line in self.lines for p in line.points] + [x.record for x in self.left_out]


def area_scope(zone_id: str) -> str:
    """The scope of the areas of one zone."""
    return f"areas:{zone_id}"


def effective_period_kind(m: Metric) -> str:
    """The record's period kind, a cumulative total (累计) counted as such whatever its period says."""
    if m.period_kind == "cumulative" or "cumulative" in m.qualifier.split(","):
        return "cumulative" if m.period else m.period_kind
    return m.period_kind


def series_period_kind(m: Metric) -> str:
    """The period kind of the record's series: its effective kind, except that a span of a few days
    (国庆假期 2025-10-01..2025-10-08) is ``range_days``, apart from a span of months (2025-01..2025-07)."""
    kind = effective_period_kind(m)
    if kind == "range":
        start, end = period_start(m.period), period_end(m.period)
        if start is not None and end is not None and (end - start).days < _SHORT_RANGE_DAYS:
            return "range_days"
    return kind


def comparable_period(m: Metric) -> str:
    """The period by which a record is compared: its own, except that a cumulative total counts up
    to its end (2015..2020, a total since 2015, and ..2020 both read ..2020: 截至2020年累计)."""
    period = m.period or ""
    if period and effective_period_kind(m) == "cumulative":
        end = period.split("..")[-1] if ".." in period else period
        return f"..{end}" if end else period
    return period


_DAY_RE = re.compile(r"([0-9]{4})(?:-(H[12]|Q[1-4]|[0-9]{2})(?:-([0-9]{2}))?)?$")


def period_start(period: str | None) -> dt.date | None:
    """The first day a period covers (2023 → 2023-01-01, 2023-H2 → 2023-07-01, 2023-Q2 → 2023-04-01);
    None for a period open at its start (..2024)."""
    if not period:
        return None
    if ".." in period:
        period = period.split("..")[0]
    m = _DAY_RE.match(period)
    if m is None:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if part is None:
            return dt.date(year, 1, 1)
        if part.startswith("H"):
            return dt.date(year, 1 if part == "H1" else 7, 1)
        if part.startswith("Q"):
            return dt.date(year, 3 * int(part[1]) - 2, 1)
        return dt.date(year, int(part), int(day) if day else 1)
    except ValueError:
        return None


def time_position(period: str | None, period_kind: str) -> dt.date | None:
    """Where a value stands on a time axis: a flow (a year's, a month's…) in the middle of its
    period, a cumulative total or a level at a date at the period's end."""
    end = period_end(period)
    if end is None or period_kind in ("cumulative", "stock"):
        return end
    start = period_start(period)
    if start is None or start > end:
        return end
    return start + (end - start) / 2


def period_end(period: str | None) -> dt.date | None:
    """The last day a period covers (2023 → 2023-12-31, 2023-H1 → 2023-06-30, 2023-05 → 2023-05-31,
    2015..2020 → 2020-12-31, ..2024 → 2024-12-31): where a time axis puts its value."""
    if not period:
        return None
    if ".." in period:
        period = period.split("..")[-1] or period.split("..")[0]
    m = _DAY_RE.match(period)
    if m is None:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if part is None:
            return dt.date(year, 12, 31)
        if part.startswith("H"):
            return dt.date(year, 6, 30) if part == "H1" else dt.date(year, 12, 31)
        if part.startswith("Q"):
            month = 3 * int(part[1])
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        month = int(part)
        if day is not None:
            return dt.date(year, month, int(day))
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


# --- the figures of a library ---------------------------------------------------------------------


@dataclass
class Figures:
    """Every figure of a library with what the Zones tab needs to judge it: the documents' titles,
    dates and paths, and the user's choices where documents disagree. Built on a worker thread
    (``Library.zone_figures``); its methods are pure and fast enough to call for each redraw."""

    records: Sequence[Metric]
    docs: dict[int, DocInfo] = field(default_factory=dict)
    choices: dict[ChoiceKey, ChoiceRef] = field(default_factory=dict)
    gazetteer: gazetteer.Gazetteer | None = None
    _measure: dict[int, str] = field(default_factory=dict, repr=False)
    _series: dict[int, SeriesKey] = field(default_factory=dict, repr=False)
    _places: dict[int, Place | None] = field(default_factory=dict, repr=False)
    _by_id: dict[int, int] = field(default_factory=dict, repr=False)
    _period: dict[int, str] = field(default_factory=dict, repr=False)
    _by_place: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _memo: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)  # the pickers' lists

    def __post_init__(self) -> None:
        g = self.gazetteer or gazetteer.default()
        names: dict[str, str] = {}
        labels: dict[str, str] = {}
        for i, m in enumerate(self.records):
            if m.id is not None:
                self._by_id[m.id] = i
            self._period[i] = comparable_period(m)
            label = labels.get(m.metric)
            if label is None:
                label = labels[m.metric] = measure_label(m.metric) if m.metric else ""
            self._measure[i] = label
            self._series[i] = SeriesKey(
                label, m.kind, series_period_kind(m) if m.period else "", unit_family(m.kind, m.normalized_unit)
            )
            if m.zone_id is None:
                self._places[i] = None
                continue
            if m.zone_id not in names:
                names[m.zone_id] = g.display_name(m.zone_id)
            zone_name = names[m.zone_id]
            place = self._places[i] = Place(m.zone_id, m.area, m.area or zone_name, zone_name)
            self._by_place.setdefault(place.key, []).append(i)

    # --- what a record is ------------------------------------------------------------------------
    def measure_of(self, m: Metric) -> str:
        return self._measure[self._index(m)]

    def series_of(self, m: Metric) -> SeriesKey:
        return self._series[self._index(m)]

    def place_of(self, m: Metric) -> Place | None:
        return self._places[self._index(m)]

    def _index(self, m: Metric) -> int:
        if m.id is not None and m.id in self._by_id:
            return self._by_id[m.id]
        for i, r in enumerate(self.records):  # a record that never was in the library
            if r is m:
                return i
        raise KeyError(m)

    def doc(self, m: Metric) -> DocInfo | None:
        return self.docs.get(m.doc_id) if m.doc_id is not None else None

    def ref(self, m: Metric) -> ChoiceRef:
        doc = self.doc(m)
        return (doc.path if doc else "", quote_hash(m.quote), m.value_text)

    def _value(self, i: int) -> float | None:
        m = self.records[i]
        if m.normalized_value is None:
            return None
        return in_family_unit(m.normalized_value, m.normalized_unit)

    # --- pickers -----------------------------------------------------------------------------------
    def warm(self) -> Figures:
        """Work out what the pickers first show (places, zones with areas, the zones' measures), so
        a worker thread can pay for it instead of the UI thread; returns ``self``."""
        self.places()
        self.area_zones()
        self.measures(SCOPE_ZONES)
        return self

    def places(self) -> list[tuple[Place, int]]:
        """Every zone and area with figures (records not excluded), zones first by count, each
        zone's areas after it."""
        key = ("places", "")
        if key not in self._memo:
            self._memo[key] = self._places_uncached()
        return list(self._memo[key])

    def _places_uncached(self) -> list[tuple[Place, int]]:
        counts: Counter[Place] = Counter()
        for i, m in enumerate(self.records):
            place = self._places[i]
            if place is not None and not m.excluded:
                counts[place] += 1
        zones = sorted((p for p in counts if p.area is None), key=lambda p: (-counts[p], p.name))
        zone_ids = {p.zone_id for p in zones}
        areas: dict[str, list[Place]] = defaultdict(list)
        for p in counts:
            if p.area is not None:
                areas[p.zone_id].append(p)
        out: list[tuple[Place, int]] = []
        for z in zones:
            out.append((z, counts[z]))
            out.extend((a, counts[a]) for a in sorted(areas.pop(z.zone_id, []), key=lambda a: (-counts[a], a.name)))
        for zid in sorted(areas, key=lambda z: -sum(counts[a] for a in areas[z])):  # areas whose zone has none
            if zid not in zone_ids:
                out.extend((a, counts[a]) for a in sorted(areas[zid], key=lambda a: (-counts[a], a.name)))
        return out

    def area_zones(self) -> list[tuple[str, str, int]]:
        """(zone id, display name, areas with figures) for the zones whose areas can be compared."""
        key = ("area_zones", "")
        if key not in self._memo:
            self._memo[key] = self._area_zones_uncached()
        return list(self._memo[key])

    def _area_zones_uncached(self) -> list[tuple[str, str, int]]:
        seen: dict[str, set[str]] = defaultdict(set)
        names: dict[str, str] = {}
        for i, m in enumerate(self.records):
            place = self._places[i]
            if place is not None and place.area is not None and not m.excluded:
                seen[place.zone_id].add(place.area)
                names[place.zone_id] = place.zone_name
        return sorted(((z, names[z], len(a)) for z, a in seen.items()), key=lambda t: (-t[2], t[1]))

    def measures(self, scope: str = SCOPE_ZONES) -> list[MeasureInfo]:
        """The measures with figures in ``scope``, those reaching most places first."""
        key = ("measures", scope)
        if key not in self._memo:
            self._memo[key] = self._measures_uncached(scope)
        return list(self._memo[key])

    def _measures_uncached(self, scope: str) -> list[MeasureInfo]:
        by_measure: dict[str, list[int]] = defaultdict(list)
        for i in self._in_scope(scope):
            by_measure[self._measure[i]].append(i)
        out = []
        for measure, idx in by_measure.items():
            usable = [i for i in idx if self._usable(i, scope)]
            places: dict[SeriesKey, set[str]] = defaultdict(set)
            for i in usable:
                s = self._series[i]
                if s.period_kind:
                    places[s].add(self._places[i].key)  # type: ignore[union-attr]
            categories = Counter(self.records[i].category for i in idx)
            top = max((len(ps) for ps in places.values()), default=0)
            out.append(MeasureInfo(measure, categories.most_common(1)[0][0], top, len(idx)))
        out.sort(key=lambda mi: (-mi.places, -mi.records, mi.measure))
        return out

    def series(self, places: Iterable[str] | None = None) -> list[tuple[SeriesKey, int, int]]:
        """(series, places, records) with a period, over the given places (keys; None: all),
        those reaching most places first."""
        wanted = set(places) if places is not None else None
        reach: dict[SeriesKey, set[str]] = defaultdict(set)
        count: Counter[SeriesKey] = Counter()
        for i, m in enumerate(self.records):
            place = self._places[i]
            s = self._series[i]
            if place is None or m.excluded or not s.period_kind or (wanted is not None and place.key not in wanted):
                continue
            if _is_target(m) or _is_part(m):
                continue
            reach[s].add(place.key)
            count[s] += 1
        return sorted(((s, len(reach[s]), count[s]) for s in reach), key=lambda t: (-t[1], -t[2], t[0]))

    # --- compare --------------------------------------------------------------------------------------
    def compare(
        self,
        measure: str,
        scope: str = SCOPE_ZONES,
        period_kind: str | None = None,
        period: str | None = None,
    ) -> Comparison:
        """One series of ``measure`` across the places of ``scope`` for one period (default: the
        period most places report, the most recent of those); every other record of the measure in
        scope is left out with its reason."""
        idx = [i for i in self._in_scope(scope) if self._measure[i] == measure]
        left: list[LeftOut] = []
        kept: list[int] = []
        for i in idx:
            reason = self._first_reason(i, scope)
            if reason:
                left.append(LeftOut(self.records[i], reason))
            else:
                kept.append(i)
        category = Counter(self.records[i].category for i in idx).most_common(1)
        # the kind and unit family that reach most places, then the period kind
        reach: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for i in kept:
            s = self._series[i]
            reach[(s.kind, s.family, s.period_kind)].add(self._places[i].key)  # type: ignore[union-attr]
        if not reach:
            return Comparison(measure, scope, None, None, (), tuple(left), category=category[0][0] if category else "")
        by_kf: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (kind, family, pk), ps in reach.items():
            if pk or not any(p for (k, f, p) in reach if (k, f) == (kind, family)):
                by_kf[(kind, family)] |= ps
        kind, family = max(by_kf, key=lambda kf: (len(by_kf[kf]), kf[0] == "level", kf))
        kinds = sorted(
            ((pk, len(ps)) for (k, f, pk), ps in reach.items() if (k, f) == (kind, family) and pk),
            key=lambda t: (-t[1], _kind_rank(t[0])),
        )
        if period_kind is None or period_kind not in {pk for pk, _ in kinds}:
            period_kind = kinds[0][0] if kinds else ""
        series = SeriesKey(measure, kind, period_kind, family)
        # the periods of the series, and the one charted
        in_series: list[int] = []
        for i in kept:
            s = self._series[i]
            m = self.records[i]
            if (s.kind, s.family) != (kind, family):
                left.append(LeftOut(m, "other_kind" if s.kind != kind else "other_unit", _unit_detail(m)))
            elif not s.period_kind:
                left.append(LeftOut(m, "no_period"))
            elif s.period_kind != period_kind:
                left.append(LeftOut(m, "other_period_kind", s.period_kind))
            else:
                in_series.append(i)
        period_places: dict[str, set[str]] = defaultdict(set)
        for i in in_series:
            period_places[self._period[i]].add(self._places[i].key)  # type: ignore[union-attr]
        periods = sorted(
            ((p, len(ps)) for p, ps in period_places.items()), key=lambda t: (period_key(t[0]), t[0]), reverse=True
        )
        if period is None or period not in period_places:
            period = max(periods, key=lambda t: (t[1], period_key(t[0]), t[0]))[0] if periods else None
        chosen = [i for i in in_series if self._period[i] == period]
        left.extend(
            LeftOut(self.records[i], "other_period", self._period[i]) for i in in_series if self._period[i] != period
        )
        points, more = self._points(chosen, series)
        left.extend(more)
        points.sort(key=lambda p: (-p.value, p.place.name))
        return Comparison(
            measure=measure,
            scope=scope,
            series=series,
            period=period,
            points=tuple(points),
            left_out=tuple(sorted(left, key=lambda x: (REASONS.index(x.reason), x.record.doc_id or 0))),
            periods=tuple(periods),
            period_kinds=tuple(kinds),
            counter=self._counter(chosen or in_series),
            category=category[0][0] if category else "",
        )

    # --- over time ------------------------------------------------------------------------------------
    def timeline(self, places: Sequence[str], series: Sequence[SeriesKey]) -> Timeline:
        """One line per place (key) and series, oldest period first; the records of those places
        and measures not drawn are left out with their reason."""
        wanted_places = set(places)
        wanted_series = set(series)
        measures = {s.measure for s in series}
        groups: dict[tuple[str, SeriesKey], list[int]] = defaultdict(list)
        left: list[LeftOut] = []
        place_of: dict[str, Place] = {}
        for i in sorted(i for key in wanted_places for i in self._by_place.get(key, ())):
            m = self.records[i]
            place = self._places[i]
            if place is None or self._measure[i] not in measures:
                continue
            place_of[place.key] = place
            s = self._series[i]
            reason = (
                "excluded"
                if m.excluded
                else "target"
                if _is_target(m)
                else "part"
                if _is_part(m)
                else "no_period"
                if not s.period_kind
                else ""
            )
            if not reason and s not in wanted_series:
                reason = "other_series"
            if reason:
                left.append(LeftOut(m, reason, _unit_detail(m) if reason == "other_series" else ""))
                continue
            groups[(place.key, s)].append(i)
        lines: list[Line] = []
        for key in places:
            for s in series:
                idx = groups.get((key, s))
                if not idx:
                    continue
                by_period: dict[str, list[int]] = defaultdict(list)
                for i in idx:
                    by_period[self._period[i]].append(i)
                points: list[Point] = []
                for p in sorted(by_period, key=lambda p: (time_position(p, s.period_kind) or dt.date.min, p)):
                    pts, more = self._points(by_period[p], s)
                    points.extend(pts)
                    left.extend(more)
                lines.append(Line(place_of[key], s, tuple(points), self._counter(idx)))
        return Timeline(
            tuple(lines), tuple(sorted(left, key=lambda x: (REASONS.index(x.reason), x.record.doc_id or 0)))
        )

    # --- helpers ----------------------------------------------------------------------------------------
    def _in_scope(self, scope: str) -> Iterable[int]:
        """Records a scope's chart may concern: all for the zones; a zone's own for its areas."""
        if scope == SCOPE_ZONES:
            return range(len(self.records))
        zone_id = scope.partition(":")[2]
        return (i for i, m in enumerate(self.records) if m.zone_id == zone_id)

    def _usable(self, i: int, scope: str) -> bool:
        return not self._first_reason(i, scope)

    def _first_reason(self, i: int, scope: str) -> str:
        m = self.records[i]
        place = self._places[i]
        if m.excluded:
            return "excluded"
        if place is None:
            return "no_zone"
        if scope == SCOPE_ZONES:
            if place.zone_id == gazetteer.ALL_FTZ_ID:
                return "all_ftz"
            if place.area is not None:
                return "area_level"
        elif place.area is None:
            return "zone_level"
        if _is_target(m):
            return "target"
        if _is_part(m):
            return "part"
        if self._value(i) is None:
            return "no_period" if not m.period else "other_unit"
        return ""

    def _points(self, idx: list[int], series: SeriesKey) -> tuple[list[Point], list[LeftOut]]:
        """One point per place among records of one series and period: agreeing values are
        repeats, disagreeing ones alternatives; the user's choice, else the latest document's."""
        by_place: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            by_place[self._places[i].key].append(i)  # type: ignore[union-attr]
        points: list[Point] = []
        left: list[LeftOut] = []
        for key, members in by_place.items():
            # values that agree form one cluster, headed by its precise value (超3万亿元 agrees with
            # 3.17万亿元, which is drawn); the cluster of the latest document comes first
            members.sort(key=lambda i: (_precise(self.records[i]), self._recency(i)), reverse=True)
            clusters: list[list[int]] = []
            for i in members:
                for c in clusters:
                    if self._agree(c[0], i):
                        c.append(i)
                        break
                else:
                    clusters.append([i])
            clusters.sort(key=lambda c: max(self._recency(i) for i in c), reverse=True)
            period = self._period[members[0]]
            chosen_ref = self.choices.get((key, series.id, period))
            pick = 0
            picked = False
            if chosen_ref is not None:
                for n, c in enumerate(clusters):
                    if any(self.ref(self.records[i]) == chosen_ref for i in c):
                        pick, picked = n, True
                        break
            cluster = clusters[pick]
            head = cluster[0]
            if picked:
                head = next(i for i in cluster if self.ref(self.records[i]) == chosen_ref)
            others = [c[0] for n, c in enumerate(clusters) if n != pick]
            repeats = [i for i in cluster if i != head]
            points.append(
                Point(
                    place=self._places[head],  # type: ignore[arg-type]
                    period=period,
                    value=self._value(head) or 0.0,
                    record=self.records[head],
                    alternatives=tuple(self.records[i] for i in others),
                    repeats=tuple(self.records[i] for i in repeats),
                    chosen=picked,
                )
            )
            shown = self.records[head].value_text
            for n, c in enumerate(clusters):
                for i in c:
                    if i == head:
                        continue
                    reason = "repeat" if n == pick else "conflict"
                    left.append(LeftOut(self.records[i], reason, shown))
        return points, left

    def _agree(self, i: int, j: int) -> bool:
        """Two values that do not contradict each other: equal (within 0.5 %), a bound and a value
        on its side (超3万亿元 and 3.17万亿元), or an approximation and a value within 5 %."""
        a, b = self._value(i) or 0.0, self._value(j) or 0.0
        if _close(a, b):
            return True
        qa, qb = self.records[i].qualifier.split(","), self.records[j].qualifier.split(",")
        for (x, qx), (y, _qy) in (((a, qa), (b, qb)), ((b, qb), (a, qa))):
            if "at_least" in qx and y >= x * (1 - _SAME):
                return True
            if "at_most" in qx and y <= x * (1 + _SAME):
                return True
        return ("approx" in qa or "approx" in qb) and _close(a, b, 0.05)

    def _recency(self, i: int) -> tuple[str, int, int]:
        m = self.records[i]
        doc = self.docs.get(m.doc_id) if m.doc_id is not None else None
        return ((doc.date or "") if doc else "", m.doc_id or 0, -(m.start or 0))

    def _counter(self, idx: Iterable[int]) -> str:
        units = Counter(self.records[i].normalized_unit for i in idx)
        return units.most_common(1)[0][0] if units else ""


def _close(a: float, b: float, tolerance: float = _SAME) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _precise(m: Metric) -> bool:
    quals = m.qualifier.split(",")
    return not any(q in quals for q in ("at_least", "at_most", "approx"))


def _kind_rank(kind: str) -> int:
    return _KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER)


def _is_target(m: Metric) -> bool:
    return "target" in m.qualifier.split(",")


def _is_part(m: Metric) -> bool:
    return "part" in m.qualifier.split(",")


def _unit_detail(m: Metric) -> str:
    return m.normalized_unit if m.kind == "level" else f"{m.kind} {m.normalized_unit}".strip()
