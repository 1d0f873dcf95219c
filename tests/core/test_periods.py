"""Time expressions read into periods and their roles, on phrases the tests write."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core import periods

DATE = "2025-05-06"


def read(text: str, date: str | None = DATE, opened: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(m.role, m.value, m.kind) for m in periods.mentions(text, 0, len(text), date, opened)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("2023年，", "2023", "year"),
        ("今年，", "2025", "year"),
        ("去年，", "2024", "year"),
        ("2024年上半年，", "2024-H1", "half"),
        ("今年下半年，", "2025-H2", "half"),
        ("2024年一季度，", "2024-Q1", "quarter"),
        ("第三季度，", "2025-Q3", "quarter"),
        ("2024年3月，", "2024-03", "month"),
        ("11月份，", "2025-11", "month"),
        ("2024年1—7月，", "2024-01..2024-07", "range"),
        ("1至11月，", "2025-01..2025-11", "range"),
        ("前8个月，", "2025-01..2025-08", "range"),
        ("前两个月，", "2025-01..2025-02", "range"),
        ("前三季度，", "2025-01..2025-09", "range"),
        ("2020年6月13日，", "2020-06-13", "day"),
        ("6月13日，", "2025-06-13", "day"),
        ("今天上午，", "2025-05-06", "day"),
        ("昨天，", "2025-05-05", "day"),
        ("封关首日，", "2025-12-18", "day"),
        ("今年1月1日至4月30日，", "2025-01-01..2025-04-30", "range"),
        ("5月1日—5日，", "2025-05-01..2025-05-05", "range"),
        ("今年以来，", "2025-01..2025-05", "range"),  # to the month (the sets' convention)
        ("封关运作首周，", "2025-12-18..2025-12-24", "range"),
    ],
)
def test_periods(text: str, value: str, kind: str) -> None:
    assert ("period", value, kind) in read(text)


def test_a_baseline_is_not_the_period() -> None:
    assert read("比2018年增长66%") == [("baseline", "2018", "year")]
    assert read("较去年同期增长") == [("baseline", "2024", "year")]
    assert read("与2019年相比") == [("baseline", "2019", "year")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("自2015年挂牌以来，", "2015"),
        ("2019年8月揭牌以来，", "2019-08"),
        ("五年来，", "2020"),  # counted back from the document's year
        ("近五年，", "2020"),
        ("在十年时间里", "2015"),
        ("“十四五”以来，", "2021"),
        ("于2016年4月挂牌成立，", "2016-04"),  # an opening written as an event, to the month
        ("自2015年4月挂牌以来，", "2015-04"),
        ("自2019年8月30日揭牌以来，", "2019-08-30"),
        ("封关以来，", "2025-12-18"),
        ("封关运作以来，", "2025-12-18"),
        ("扩区建设三年来，", "2022"),
    ],
)
def test_spans_since_a_start(text: str, value: str) -> None:
    (m,) = [m for m in periods.mentions(text, 0, len(text), DATE) if m.role == "since"]
    assert (m.value, m.kind) == (value, "cumulative")


@pytest.mark.parametrize("text", ["挂牌以来，", "成立一年以来，", "揭牌不到半年时间，", "设立以来"])
def test_since_the_unveiling_uses_the_zone_s_year(text: str) -> None:
    (m,) = periods.mentions(text, 0, len(text), DATE, opened="2019-08-30")
    assert (m.role, m.value, m.until) == ("since", "2019", None)


def test_a_start_written_to_the_month_keeps_it() -> None:
    (m,) = periods.mentions("自2020年12月以来，", 0, 11, DATE)
    assert (m.value, m.until) == ("2020-12", None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("自封关至今年2月底，", "2025-12-18", "2025-02"),
        ("封关至2026年5月31日，", "2025-12-18", "2026-05-31"),
        ("2018年至2023年，", "2018", "2023"),
        ("自2020年12月以来至2024年2月底，", "2020-12", "2024-02"),
        ("“十四五”期间，", "2021", "2025"),
    ],
)
def test_a_span_with_its_written_end(text: str, start: str, end: str) -> None:
    (m,) = [m for m in periods.mentions(text, 0, len(text), DATE) if m.role == "since"]
    assert (m.value, m.until) == (start, end)


@pytest.mark.parametrize("text", ["2023年第一批项目", "2022版目录", "2025年底前启动", "今天的园区"])
def test_names_deadlines_and_attributes_are_no_periods(text: str) -> None:
    assert [r for r in read(text) if r[0] == "period"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("截至2023年底，", "2023"),
        ("截至9月底，", "2025-09"),
        ("截至2024年6月30日，", "2024-06-30"),
        ("截至目前，", None),
        ("目前，", None),
        ("现有", None),
        ("眼下，", None),
    ],
)
def test_a_stock_s_point(text: str, value: str | None) -> None:
    assert ("asof", value, "stock") in read(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("，到2030年，", "2030"), ("力争到2027年", "2027"), ("未来三年", "2028")],
)
def test_a_plan_s_target(text: str, value: str) -> None:
    assert ("target", value, "year") in read(text)


def test_a_rise_to_a_year_is_no_target() -> None:
    assert [r for r in read("由2015年的712亿元升至2022年的3046亿元") if r[0] == "target"] == []


def test_durations_are_no_periods() -> None:
    assert read("6个月内办结") == []
    assert read("3天内答复") == []


def test_relative_words_need_the_document_date() -> None:
    assert read("今年，", date=None) == []
    assert read("今天", date=None) == []


@pytest.mark.parametrize(
    "ordered",
    [
        [
            "2015..2019",
            "2023",
            "2024-Q1",
            "2024-H1",
            "2024-01..2024-07",
            "2024-10",
            "2024",
        ]
    ],
)
def test_period_order(ordered: list[str]) -> None:
    shuffled = [ordered[i] for i in (3, 0, 6, 2, 5, 1, 4)]
    assert sorted(shuffled, key=periods.period_key) == ordered
    assert periods.period_key(None) == (0, 0)
    assert periods.period_key("..2023") == (2023, 12)


@given(st.text(max_size=40))
def test_never_raises(s: str) -> None:
    periods.mentions(s, 0, len(s), DATE)
    periods.period_key(s)


@pytest.mark.parametrize(
    "text",
    ["2016—2021年，", "2016至2021年，", "2016-2021年，", "2016年至2021年，", "2016年到2021年间，"],
)
def test_a_span_of_years_written_with_one_or_two_years_words(text: str) -> None:
    spans = [(v, kind, m.until) for m in periods.mentions(text, 0, len(text), DATE) for v, kind in [(m.value, m.kind)]]
    assert spans == [("2016", "cumulative", "2021")]


def test_digits_of_a_year_are_no_count_of_years() -> None:
    # 2021年间 is a year, never “21 years” counted back from the document's date
    assert ("since", "2004", "cumulative") not in read("2016年到2021年间，")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("今年元旦假期，", "2025-01-01", "day"),  # one day off that year
        ("2024年春节假期，", "2024-02-10..2024-02-17", "range"),
        ("“五一”假期，", "2025-05-01..2025-05-05", "range"),
        ("劳动节假期，", "2025-05-01..2025-05-05", "range"),
        ("国庆黄金周，", "2025-10-01..2025-10-08", "range"),  # not yet come: this year's
        ("去年春节期间，", "2024-02-10..2024-02-17", "range"),
        ("2023年中秋国庆假期，", "2023-09-29..2023-10-06", "range"),  # joined: both together
        ("2026年端午节假期，", "2026-06-19..2026-06-21", "range"),
        ("春节假期前6天，", "2025-01-28..2025-02-02", "range"),  # its first days
        ("春节假期首日，", "2025-01-28", "day"),
    ],
)
def test_a_holiday_is_its_official_days(text: str, value: str, kind: str) -> None:
    assert read(text) == [("period", value, kind)]


def test_a_holiday_is_the_one_nearest_the_document() -> None:
    # 元旦 written just after New Year is the one just past; 春节 written in December the coming one
    assert read("元旦假期，", "2024-01-02") == [("period", "2023-12-30..2024-01-01", "range")]
    assert read("春节期间，", "2025-12-20") == [("period", "2026-02-15..2026-02-23", "range")]


def test_the_first_days_of_the_holiday_named_before() -> None:
    text = "春节假期，商圈客流旺盛。假期前四天，销售额达9亿元。"
    at = text.index("假期前")
    assert [(m.role, m.value) for m in periods.mentions(text, at, len(text), "2026-02-20")] == [
        ("period", "2026-02-15..2026-02-18")
    ]
    assert read("假期前四天，") == [("holiday", None, "")]  # no holiday named: no days


def test_a_holiday_compared_with_is_a_baseline() -> None:
    assert read("与去年春节假期相比，", "2026-02-24") == [("baseline", "2025-01-28..2025-02-04", "range")]


def test_a_holiday_the_calendar_does_not_cover_has_no_days() -> None:
    assert read("2031年春节假期，") == [("holiday", None, "")]
    assert read("春节假期，", None) == [("holiday", None, "")]


def test_the_holiday_calendar_covers_every_year_of_the_corpus() -> None:
    table = periods.holidays()
    for year in range(2018, 2027):
        assert set(table[year]) == {"元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆"}
        for first, last in table[year].values():
            assert 0 <= (last - first).days <= 10 and abs(first.year - year) <= 1


def test_as_of_now_is_one_mention() -> None:
    assert read("截至目前，") == [("asof", None, "stock")]
    assert read("截至2024年底，") == [("asof", "2024", "stock")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("2026年第一周，", "2026-01-01..2026-01-07"), ("新年首周，", "2025-01-01..2025-01-07")],
)
def test_the_first_week_of_a_year(text: str, value: str) -> None:
    assert read(text) == [("period", value, "range")]


def test_the_first_day_and_that_day_are_the_day_named_before() -> None:
    assert read("新规定昨天（5月5日）起施行。实施首日，") == [("period", "2025-05-05", "day")] * 3
    assert read("6月1日，新航线开通。当天，") == [("period", "2025-06-01", "day")] * 2
    assert read("当天，") == [("period", DATE, "day")]  # no day before: the document's
    assert read("实施首日，") == []  # no day before: none


def test_a_start_far_before_since() -> None:
    text = "自2024年4月1日海南离岛免税新提货方式政策实施以来，"
    assert read(text) == [("since", "2024-04-01", "cumulative")]
