"""What the Zones tab writes, in the interface's language: periods (2024年, 2024年上半年, 2024年10月),
category, kind, period-kind, qualifier and reason names, all through Qt's translator (context
``ZonesText``). Amounts are written by ``core.measures.format_amount`` (万亿元, 亿元, 万户…)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.measures import format_amount, in_family_unit, unit_family
from ftz_desktop.records import Metric

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_POINT_RE = re.compile(r"([0-9]{4})(?:-(H[12]|Q[1-4]|[0-9]{2})(?:-([0-9]{2}))?)?$")


translate = QCoreApplication.translate  # lupdate reads translate("ZonesText", "…") calls


def tr(text: str) -> str:
    """A string of this module's context that is not a literal (lupdate does not see these)."""
    return translate("ZonesText", text)


def category_name(category: str) -> str:
    names = {
        "enterprises": translate("ZonesText", "enterprises"),
        "foreign-invested enterprises": translate("ZonesText", "foreign-invested enterprises"),
        "trade": translate("ZonesText", "trade"),
        "investment": translate("ZonesText", "investment"),
        "institutional innovation": translate("ZonesText", "institutional innovation"),
        "pilot tasks": translate("ZonesText", "pilot tasks"),
        "area": translate("ZonesText", "area"),
        "finance": translate("ZonesText", "finance"),
        "logistics": translate("ZonesText", "logistics"),
        "other": translate("ZonesText", "other"),
    }
    return names.get(category, category)


def period_kind_name(kind: str) -> str:
    names = {
        "year": translate("ZonesText", "yearly"),
        "half": translate("ZonesText", "half-yearly"),
        "quarter": translate("ZonesText", "quarterly"),
        "month": translate("ZonesText", "monthly"),
        "day": translate("ZonesText", "one day"),
        "range": translate("ZonesText", "span of time"),
        "range_days": translate("ZonesText", "span of days"),
        "cumulative": translate("ZonesText", "cumulative"),
        "stock": translate("ZonesText", "level at a date"),
        "": translate("ZonesText", "no period"),
    }
    return names.get(kind, kind)


def kind_name(kind: str) -> str:
    return {
        "level": translate("ZonesText", "level"),
        "rate": translate("ZonesText", "rate of change"),
        "share": translate("ZonesText", "share"),
    }.get(kind, kind)


def qualifier_text(qualifier: str) -> str:
    names = {
        "cumulative": translate("ZonesText", "cumulative"),
        "at_least": translate("ZonesText", "at least"),
        "approx": translate("ZonesText", "about"),
        "at_most": translate("ZonesText", "at most"),
        "range": translate("ZonesText", "range"),
        "part": translate("ZonesText", "part of a total"),
        "target": translate("ZonesText", "target"),
    }
    return translate("ZonesText", ", ").join(names.get(q, q) for q in qualifier.split(",") if q)


def reason_text(reason: str, detail: str = "") -> str:
    """Why a record is not in the chart, one line (``detail``: the other unit, kind or period)."""
    if reason == "other_period_kind":
        return translate("ZonesText", "another kind of period ({kind})").format(kind=period_kind_name(detail))
    if reason == "other_period":
        return translate("ZonesText", "another period ({period})").format(period=period_text(detail))
    if reason == "other_unit":
        return translate("ZonesText", "another unit ({unit})").format(unit=detail or "?")
    if reason == "conflict":
        return translate("ZonesText", "documents disagree: {value} is charted").format(value=detail)
    if reason == "repeat":
        return translate("ZonesText", "agrees with the charted {value}").format(value=detail)
    names = {
        "charted": translate("ZonesText", "charted"),
        "excluded": translate("ZonesText", "excluded by you"),
        "no_zone": translate("ZonesText", "no zone found"),
        "all_ftz": translate("ZonesText", "all pilot FTZs together"),
        "area_level": translate("ZonesText", "an area's figure"),
        "zone_level": translate("ZonesText", "the zone's own figure"),
        "target": translate("ZonesText", "a target, not a result"),
        "part": translate("ZonesText", "part of a larger figure"),
        "other_kind": translate("ZonesText", "a rate of change")
        if detail.startswith("rate")
        else translate("ZonesText", "a share")
        if detail.startswith("share")
        else translate("ZonesText", "a level"),
        "no_period": translate("ZonesText", "no period"),
        "other_series": translate("ZonesText", "another series ({detail})").format(detail=detail),
    }
    return names.get(reason, reason)


def reason_summary(reason: str) -> str:
    """A reason as counted under the chart: '4 another period'."""
    names = {
        "excluded": translate("ZonesText", "excluded by you"),
        "no_zone": translate("ZonesText", "without zone"),
        "all_ftz": translate("ZonesText", "all pilot FTZs together"),
        "area_level": translate("ZonesText", "areas' figures"),
        "zone_level": translate("ZonesText", "the zone's own"),
        "target": translate("ZonesText", "targets"),
        "part": translate("ZonesText", "parts of totals"),
        "other_kind": translate("ZonesText", "shares or rates"),
        "other_unit": translate("ZonesText", "another unit"),
        "no_period": translate("ZonesText", "without period"),
        "other_period_kind": translate("ZonesText", "another kind of period"),
        "other_period": translate("ZonesText", "another period"),
        "conflict": translate("ZonesText", "disagreeing values"),
        "repeat": translate("ZonesText", "agreeing values"),
        "other_series": translate("ZonesText", "other series"),
    }
    return names.get(reason, reason)


def point_text(point: str) -> str:
    """One point of time: 2024年, 2024年上半年, 2024年第三季度, 2024年10月, 2024年10月15日."""
    m = _POINT_RE.match(point)
    if m is None:
        return point
    y, part, day = m.group(1), m.group(2), m.group(3)
    if part is None:
        return translate("ZonesText", "{y}").format(y=y)
    if part == "H1":
        return translate("ZonesText", "H1 {y}").format(y=y)
    if part == "H2":
        return translate("ZonesText", "H2 {y}").format(y=y)
    if part.startswith("Q"):
        quarter = {
            "Q1": translate("ZonesText", "Q1 {y}"),
            "Q2": translate("ZonesText", "Q2 {y}"),
            "Q3": translate("ZonesText", "Q3 {y}"),
            "Q4": translate("ZonesText", "Q4 {y}"),
        }[part]
        return quarter.format(y=y)
    month = int(part)
    if not 1 <= month <= 12:
        return point
    if day is None:
        return translate("ZonesText", "{mon} {y}").format(mon=_MONTHS[month - 1], m=month, y=y)
    return translate("ZonesText", "{d} {mon} {y}").format(d=int(day), mon=_MONTHS[month - 1], m=month, y=y)


def _span_text(start: str, end: str) -> str:
    a, b = _POINT_RE.match(start), _POINT_RE.match(end)
    if a and b and a.group(1) == b.group(1) and a.group(2) and b.group(2) and a.group(2).isdigit():
        m1, m2 = int(a.group(2)), int(b.group(2))
        if a.group(3) is None and b.group(3) is None and 1 <= m1 <= 12 and 1 <= m2 <= 12:
            return translate("ZonesText", "{mon1}–{mon2} {y}").format(
                mon1=_MONTHS[m1 - 1], mon2=_MONTHS[m2 - 1], m1=m1, m2=m2, y=a.group(1)
            )
        if a.group(3) and b.group(3) and 1 <= m1 <= 12 and 1 <= m2 <= 12:
            return translate("ZonesText", "{d1} {mon1} – {d2} {mon2} {y}").format(
                d1=int(a.group(3)),
                d2=int(b.group(3)),
                mon1=_MONTHS[m1 - 1],
                mon2=_MONTHS[m2 - 1],
                m1=m1,
                m2=m2,
                y=a.group(1),
            )
    if a and b and a.group(2) is None and b.group(2) is None:
        return translate("ZonesText", "{y1}–{y2}").format(y1=a.group(1), y2=b.group(1))
    return translate("ZonesText", "{start} to {end}").format(start=point_text(start), end=point_text(end))


def period_text(period: str | None, kind: str = "", qualifier: str = "") -> str:
    """A record's period as a reader writes it: 2024年上半年, 2024年1—7月, 2015年至2020年累计,
    截至2024年累计, 截至2023年, 2027年目标; '' → 'no period'."""
    if not period:
        return translate("ZonesText", "no period")
    quals = qualifier.split(",")
    cumulative = kind == "cumulative" or "cumulative" in quals
    if ".." in period:
        start, _, end = period.partition("..")
        if cumulative or not end or not start:
            if start and end:
                text = translate("ZonesText", "{start} to {end}, cumulative").format(
                    start=point_text(start), end=point_text(end)
                )
            elif end:
                text = translate("ZonesText", "cumulative to {end}").format(end=point_text(end))
            else:
                text = translate("ZonesText", "since {start}").format(start=point_text(start))
        else:
            text = _span_text(start, end)
    elif cumulative:
        text = translate("ZonesText", "cumulative to {end}").format(end=point_text(period))
    elif kind == "stock":
        text = translate("ZonesText", "as of {date}").format(date=point_text(period))
    else:
        text = point_text(period)
    if "target" in quals:
        text = translate("ZonesText", "{period} (target)").format(period=text)
    return text


def period_point_text(period: str) -> str:
    """Where a period ends, as a point of time (..2023 and 2015..2023 → 2023年): for spans of
    several values, 2021年 – 2024年."""
    end = period.split("..")[-1] if ".." in period else period
    return point_text(end) if end else period_text(period)


def metric_period_text(m: Metric) -> str:
    return period_text(m.period, m.period_kind, m.qualifier)


def amount_text(m: Metric) -> str:
    """The record's value as a Chinese reader writes it (214.48亿元, 21.08万户, 90.2%)."""
    if m.normalized_value is None:
        return m.value_text
    family = unit_family(m.kind, m.normalized_unit)
    return format_amount(in_family_unit(m.normalized_value, m.normalized_unit), family, m.normalized_unit)
