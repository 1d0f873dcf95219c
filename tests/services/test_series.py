"""Series of zone figures (services/series.py) on records the tests write: like with like, the
default period, records left out with their reason, conflicts; then through a real library."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from ftz_desktop.core import gazetteer
from ftz_desktop.records import Metric
from ftz_desktop.services.library import Library
from ftz_desktop.services.series import (
    SCOPE_ZONES,
    DocInfo,
    Figures,
    SeriesKey,
    area_scope,
    period_end,
)

_ids = itertools.count(1)
_UNITS = {
    "亿元": (1e8, "元"),
    "万元": (1e4, "元"),
    "户": (1, "户"),
    "家": (1, "家"),
    "万户": (1e4, "户"),
    "%": (1, "%"),
}


def rec(
    zone_id: str | None,
    value: float,
    unit: str = "户",
    period: str | None = "2023",
    period_kind: str = "year",
    *,
    label: str = "新设企业",
    area: str | None = None,
    kind: str = "level",
    qualifier: str = "",
    doc: int = 1,
    excluded: bool = False,
) -> Metric:
    factor, base = _UNITS[unit]
    g = gazetteer.default()
    return Metric(
        zone=g.display_name(zone_id) if zone_id else None,
        zone_id=zone_id,
        area=area,
        metric=label,
        category="enterprises",
        value_text=f"{value:g}{unit}",
        value=value,
        unit=unit,
        normalized_value=value * factor,
        normalized_unit=base,
        period=period,
        qualifier=qualifier,
        kind=kind,
        start=0,
        end=10,
        num_start=2,
        num_end=6,
        quote=f"一句关于{label}的话{value}",
        doc_id=doc,
        id=next(_ids),
        excluded=excluded,
        period_kind=period_kind,
    )


def names(points) -> list[str]:
    return [p.place.name for p in points]


def test_a_cumulative_and_a_yearly_value_never_land_in_one_series() -> None:
    records = [
        rec("shanghai", 9000),
        rec("chongqing", 15000),
        rec("zhejiang", 80000, period="2019..2023", period_kind="cumulative", qualifier="cumulative"),
        # a cumulative total whose period reads like a year (2019年至2023年累计 → 2023)
        rec("fujian", 60000, period="2023", period_kind="year", qualifier="cumulative"),
    ]
    figures = Figures(records)
    c = figures.compare("新设企业")
    assert c.series == SeriesKey("新设企业", "level", "year", "count")
    assert names(c.points) == ["重庆", "上海"]
    left = {(x.record.zone, x.reason, x.detail) for x in c.left_out}
    assert left == {("浙江", "other_period_kind", "cumulative"), ("福建", "other_period_kind", "cumulative")}
    cumulative = figures.compare("新设企业", period_kind="cumulative")
    # cumulative totals compare at their end: since 2019, and since the zone opened, to 2023
    assert {p.place.name for p in cumulative.points} == {"浙江", "福建"} and cumulative.period == "..2023"
    assert {pk for pk, _n in c.period_kinds} == {"year", "cumulative"}


def test_a_share_never_sits_beside_a_level() -> None:
    records = [
        rec("shanghai", 900, label="外贸进出口总额", unit="亿元"),
        rec("chongqing", 1200, label="外贸进出口总额", unit="亿元"),
        rec("fujian", 60, label="外贸进出口总额", unit="%", kind="share"),
        rec("guangdong", 12.5, label="外贸进出口总额", unit="%", kind="rate"),
    ]
    c = Figures(records).compare("外贸进出口总额")
    assert c.series is not None and c.series.family == "cny" and c.series.kind == "level"
    assert names(c.points) == ["重庆", "上海"]
    assert {(x.record.zone, x.reason) for x in c.left_out} == {("福建", "other_kind"), ("广东", "other_kind")}


def test_units_of_one_family_stand_together_others_are_left_out() -> None:
    records = [
        rec("shanghai", 1.2, unit="万户"),
        rec("chongqing", 9000, unit="家"),
        rec("fujian", 3, unit="亿元"),  # a money figure labelled like the count
    ]
    c = Figures(records).compare("新设企业")
    assert [(p.place.name, p.value) for p in c.points] == [("上海", 12000), ("重庆", 9000)]
    assert [(x.reason, x.detail) for x in c.left_out] == [("other_unit", "元")]


def test_zone_level_and_area_level_never_mix() -> None:
    records = [
        rec("heilongjiang", 5000),
        rec("shanghai", 9000),
        rec("heilongjiang", 1072, area="绥芬河片区"),
        rec("heilongjiang", 3000, area="哈尔滨片区"),
        rec("all_ftz", 500000),
    ]
    figures = Figures(records)
    zones = figures.compare("新设企业", SCOPE_ZONES)
    assert names(zones.points) == ["上海", "黑龙江"]
    assert sorted(x.reason for x in zones.left_out) == ["all_ftz", "area_level", "area_level"]
    areas = figures.compare("新设企业", area_scope("heilongjiang"))
    assert names(areas.points) == ["哈尔滨片区", "绥芬河片区"]
    assert [x.reason for x in areas.left_out] == ["zone_level"]  # 上海 is not in this scope at all
    assert figures.area_zones() == [("heilongjiang", "黑龙江", 2)]


def test_the_default_period_is_the_one_most_zones_report() -> None:
    records = [
        rec("shanghai", 9000, period="2023"),
        rec("chongqing", 8000, period="2023"),
        rec("fujian", 7000, period="2023"),
        rec("shanghai", 9500, period="2024"),  # more recent, but only one zone reports it
        rec("chongqing", 7000, period="2022"),
        rec("fujian", 6000, period="2022"),
        rec("guangdong", 6000, period="2022"),
    ]
    figures = Figures(records)
    c = figures.compare("新设企业")
    assert c.period == "2023" and len(c.points) == 3
    assert c.periods == (("2024", 1), ("2023", 3), ("2022", 3))
    # a tie goes to the most recent period: with 2023 gone to two zones, 2022 has the most
    fewer = Figures([r for r in records if not (r.period == "2023" and r.zone_id == "fujian")]).compare("新设企业")
    assert fewer.period == "2022"
    chosen = figures.compare("新设企业", period="2024")
    assert chosen.period == "2024" and names(chosen.points) == ["上海"]
    assert sum(1 for x in chosen.left_out if x.reason == "other_period") == 6


def test_records_left_out_are_counted_with_their_reason() -> None:
    records = [
        rec("shanghai", 9000),
        rec("chongqing", 8000),
        rec("chongqing", 100, excluded=True),
        rec(None, 700),
        rec("fujian", 20000, period="2027", qualifier="target"),
        rec("fujian", 300, qualifier="part"),
        rec("guangdong", 5000, period=None, period_kind=""),
        rec("shanghai", 9000, doc=2),  # the same value again in another document
        rec("tianjin", 4000, label="新设外资企业"),  # another measure: not counted here
    ]
    c = Figures(records).compare("新设企业")
    assert names(c.points) == ["上海", "重庆"]
    assert c.reasons() == {"excluded": 1, "no_zone": 1, "target": 1, "part": 1, "no_period": 1, "repeat": 1}
    status = c.status()
    assert len(status) == 8 and sum(1 for s, _d in status.values() if s == "charted") == 2
    shanghai = c.points[0]
    assert shanghai.repeats and not shanghai.conflict


def test_conflicting_values_are_both_reported_and_a_choice_is_kept() -> None:
    older = rec("shanghai", 9000, doc=1)
    newer = rec("shanghai", 9500, doc=2)
    docs = {1: DocInfo("旧稿", "2024-01-05", "/d/a.txt"), 2: DocInfo("新稿", "2024-03-01", "/d/b.txt")}
    records = [older, newer, rec("chongqing", 8000, doc=1)]
    c = Figures(records, docs).compare("新设企业")
    point = next(p for p in c.points if p.place.name == "上海")
    assert point.conflict and point.record is newer and point.alternatives == (older,)  # the latest document's
    assert [(x.reason, x.detail) for x in c.left_out] == [("conflict", "9500户")]
    assert c.series is not None
    key = (point.place.key, c.series.id, point.period)
    chosen = Figures(records, docs, {key: ("/d/a.txt", Figures(records, docs).ref(older)[1], "9000户")})
    point = next(p for p in chosen.compare("新设企业").points if p.place.name == "上海")
    assert point.record is older and point.chosen and point.alternatives == (newer,)


def test_over_time_lines_in_chronological_order() -> None:
    records = [
        rec("heilongjiang", 10, period="2024", label="制度创新成果", unit="户"),
        rec("heilongjiang", 5, period="2024-H1", period_kind="half", label="制度创新成果", unit="户"),
        rec("heilongjiang", 8, period="2022", label="制度创新成果", unit="户"),
        rec("heilongjiang", 200, period="..2024", period_kind="cumulative", label="制度创新成果", unit="户"),
        rec("heilongjiang", 5000, period="2023"),
        rec("shanghai", 9000, period="2023"),
    ]
    figures = Figures(records)
    yearly = SeriesKey("制度创新成果", "level", "year", "count")
    firms = SeriesKey("新设企业", "level", "year", "count")
    t = figures.timeline(["heilongjiang", "shanghai"], [yearly, firms])
    assert [(line.place.name, line.series.measure, [p.period for p in line.points]) for line in t.lines] == [
        ("黑龙江", "制度创新成果", ["2022", "2024"]),
        ("黑龙江", "新设企业", ["2023"]),
        ("上海", "新设企业", ["2023"]),
    ]
    assert t.reasons() == {"other_series": 2}  # the half-year and the cumulative figure: other series
    assert {s.period_kind for s, _p, _n in figures.series(["heilongjiang"])} == {"year", "half", "cumulative"}


def test_a_holiday_week_and_months_of_a_year_are_two_series() -> None:
    label = "离岛免税购物金额"
    records = [
        rec("hainan_port", 300, "亿元", "2025-01..2025-07", "range", label=label),
        rec("hainan_port", 280, "亿元", "2024-01..2024-07", "range", label=label),
        rec("hainan_port", 15, "亿元", "2025-10-01..2025-10-08", "range", label=label),
        rec("hainan_port", 9, "亿元", "2025-01-28..2025-02-04", "range", label=label),
    ]
    figures = Figures(records)
    kinds = {s.period_kind: s for s, _places, _n in figures.series(["hainan_port"])}
    assert sorted(kinds) == ["range", "range_days"]
    t = figures.timeline(["hainan_port"], [kinds["range"]])
    (line,) = t.lines
    assert [p.period for p in line.points] == ["2024-01..2024-07", "2025-01..2025-07"]
    assert t.reasons() == {"other_series": 2}  # the holiday weeks
    # compared across zones, the holiday weeks are another kind of period
    c = figures.compare(figures.measure_of(records[0]), period_kind="range_days")
    assert c.series is not None and c.series.period_kind == "range_days"
    assert dict(c.period_kinds) == {"range": 1, "range_days": 1}


@pytest.mark.parametrize(
    ("period", "end"),
    [
        ("2023", dt.date(2023, 12, 31)),
        ("2023-H1", dt.date(2023, 6, 30)),
        ("2023-Q3", dt.date(2023, 9, 30)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2024-10-15", dt.date(2024, 10, 15)),
        ("2024-01..2024-07", dt.date(2024, 7, 31)),
        ("2015..2020", dt.date(2020, 12, 31)),
        ("..2023", dt.date(2023, 12, 31)),
        ("", None),
        ("someday", None),
    ],
)
def test_period_end(period: str, end: dt.date | None) -> None:
    assert period_end(period) == end


DOCS = {
    "a.txt": "---\ndate: 2024-02-01\n---\n2023年，重庆自贸试验区新增注册企业15000户。\n",
    "b.txt": "---\ndate: 2024-03-01\n---\n2023年，重庆自贸试验区新设企业16000户。\n",
    "c.txt": "---\ndate: 2024-03-05\n---\n2023年，绥芬河片区新设企业1072户。2023年，上海自贸试验区新设企业9000户。\n",
}


def test_through_a_library_the_choice_outlives_a_reimport(tmp_path: Path, write_folder) -> None:
    folder = write_folder(DOCS)
    with Library(tmp_path / "l.sqlite") as lib:
        lib.import_all([folder])
        figures = lib.zone_figures()
        c = figures.compare("新设企业")
        assert names(c.points) == ["重庆", "上海"] and [x.reason for x in c.left_out] == ["area_level", "conflict"]
        chongqing = c.points[0]
        assert chongqing.record.value == 16000 and [a.value for a in chongqing.alternatives] == [15000]
        assert figures.doc(chongqing.record).title  # provenance: the document's title
        assert c.series is not None
        lib.choose_metric(chongqing.place.key, c.series.id, "2023", chongqing.alternatives[0].id)
        (folder / "a.txt").write_text(DOCS["a.txt"] + "另一段。\n", encoding="utf-8")  # new text: new rows
        lib.import_all([folder])
        again = lib.zone_figures().compare("新设企业").points[0]
        assert again.record.value == 15000 and again.chosen
        lib.choose_metric(chongqing.place.key, c.series.id, "2023", None)
        assert lib.zone_figures().compare("新设企业").points[0].record.value == 16000


def test_a_bound_or_an_approximation_does_not_contradict_a_value() -> None:
    records = [
        rec("jiangsu", 3, unit="亿元", label="外贸进出口总额", qualifier="at_least", doc=2),  # 超3亿元
        rec("jiangsu", 3.17, unit="亿元", label="外贸进出口总额", doc=1),
        rec("fujian", 2, unit="亿元", label="外贸进出口总额", qualifier="approx"),  # 约2亿元
        rec("fujian", 2.05, unit="亿元", label="外贸进出口总额"),
        rec("zhejiang", 5, unit="亿元", label="外贸进出口总额", qualifier="at_least"),
        rec("zhejiang", 4, unit="亿元", label="外贸进出口总额"),  # below 超5亿元: they disagree
    ]
    c = Figures(records).compare("外贸进出口总额")
    by_name = {p.place.name: p for p in c.points}
    assert by_name["江苏"].record.value == 3.17 and not by_name["江苏"].conflict  # the precise value is drawn
    assert by_name["福建"].record.value == 2.05 and not by_name["福建"].conflict
    assert by_name["浙江"].conflict
    assert c.reasons() == {"repeat": 2, "conflict": 1}


def test_the_command_line_compares_as_the_tab_does(capsys, tmp_path: Path, write_folder) -> None:
    import json

    from ftz_desktop.cli import main

    path = str(tmp_path / "cli.sqlite")
    assert main(["--library", path, "import", str(write_folder(DOCS))]) == 0
    capsys.readouterr()
    assert main(["--library", path, "compare"]) == 0
    assert "新设企业" in capsys.readouterr().out.splitlines()[0]
    assert main(["--library", path, "compare", "新设企业", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["period"] == "2023" and out["period_kind"] == "year"
    assert [(p["place"], p["value"]) for p in out["points"]] == [("重庆", 16000), ("上海", 9000)]
    assert out["points"][0]["amount"] == "1.6万户" and out["points"][0]["title"]
    assert [a["value_text"] for a in out["points"][0]["alternatives"]] == ["15000户"]
    assert sorted(x["reason"] for x in out["left_out"]) == ["area_level", "conflict"]
    assert main(["--library", path, "compare", "新设企业", "--areas-of", "黑龙江"]) == 0
    text = capsys.readouterr().out
    assert "绥芬河片区" in text and "重庆" not in text
    assert main(["--library", path, "compare", "新设企业", "--areas-of", "火星"]) == 2
