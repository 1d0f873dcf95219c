"""Figures read from sentences the tests write: number forms, units, periods, qualifiers,
attribution and the share/growth distinction."""

from __future__ import annotations

import pytest

from ftz_desktop.core import entities, metrics
from ftz_desktop.records import Metric


def figures(text: str, date: str | None = "2024-06-30") -> list[Metric]:
    return metrics.extract(text, entities.extract(text), date)


def one(text: str, value_text: str, date: str | None = "2024-06-30") -> Metric:
    found = [m for m in figures(text, date) if m.value_text == value_text]
    assert len(found) == 1, [m.value_text for m in figures(text, date)]
    return found[0]


# --- number forms and units ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "value", "unit", "norm", "norm_unit"),
    [
        ("2022年，南沙片区新增企业3,456户。", "3,456户", 3456, "户", 3456, "户"),
        ("南沙片区累计完成 58 项试点任务。", "58 项", 58, "项", 58, "项"),
        (
            "南沙片区外贸进出口总额达到１２３．４５亿元。",
            "１２３．４５亿元",
            123.45,
            "亿元",
            12_345_000_000,
            "元",
        ),
        ("南沙片区新登记经营主体3.5万户。", "3.5万户", 3.5, "万户", 35_000, "户"),
        ("南沙片区新登记经营主体两万户。", "两万户", 20_000, "户", 20_000, "户"),
        (
            "南沙片区实际使用外资8.6亿美元。",
            "8.6亿美元",
            8.6,
            "亿美元",
            860_000_000,
            "美元",
        ),
        ("南沙片区发放贷款450万元。", "450万元", 450, "万元", 4_500_000, "元"),
        ("南沙片区规划面积60平方公里。", "60平方公里", 60, "平方公里", 60, "平方公里"),
        ("南沙片区新设外资企业120家。", "120家", 120, "家", 120, "家"),
        ("南沙片区新签约项目15个。", "15个", 15, "个", 15, "个"),
    ],
)
def test_number_forms_and_units(text, value_text, value, unit, norm, norm_unit) -> None:
    m = one(text, value_text)
    assert m.value == pytest.approx(value) and m.unit == unit
    assert m.normalized_value == pytest.approx(norm) and m.normalized_unit == norm_unit
    assert m.area == "广州南沙新区片区" and m.zone == "广东"


def test_a_range_keeps_both_ends() -> None:
    m = one("南沙片区今年引进企业30-50家。", "30-50家")
    assert (m.value, m.value_high) == (30, 50) and "range" in m.qualifier


def test_chinese_tenths_are_a_share_in_percent() -> None:
    m = one("南沙片区的外贸企业占全市的三成。", "三成")
    assert m.kind == "share" and m.normalized_value == 30 and m.normalized_unit == "%"


def test_one_is_a_word_but_other_single_chinese_numerals_count() -> None:
    assert figures("南沙片区推出一项新举措。") == []
    m = one("南沙片区形成三个平台。", "三个")
    assert (m.value, m.unit, m.metric) == (3, "个", "平台")


def test_durations_and_ordinals_are_not_figures() -> None:
    assert [m.value_text for m in figures("南沙片区用了6个月，成为第22个试点。")] == []


def test_offsets_point_at_the_figure_and_its_sentence() -> None:
    text = "前言。2023年，南沙片区新设企业1072户。"
    m = one(text, "1072户")
    assert text[m.num_start : m.num_end] == "1072户"
    assert text[m.start : m.end] == "2023年，南沙片区新设企业1072户"
    assert m.quote == text[m.start : m.end]


# --- labels and categories ---------------------------------------------------------------------------


def test_label_before_and_after_the_figure() -> None:
    text = "2023年，绥芬河片区全年新设企业900户，形成45项制度创新成果，外贸进出口总额实现88.5亿元。"
    by = {m.value_text: m for m in figures(text)}
    assert (by["900户"].metric, by["900户"].category) == ("新设企业", "enterprises")
    assert (by["45项"].metric, by["45项"].category) == (
        "制度创新成果",
        "institutional innovation",
    )
    assert (by["88.5亿元"].metric, by["88.5亿元"].category) == (
        "外贸进出口总额",
        "trade",
    )


def test_a_following_figure_without_label_inherits_it() -> None:
    text = "连云港片区12项制度创新成果在全国复制推广，30项在全省复制推广。"
    by = {m.value_text: m for m in figures(text)}
    assert by["30项"].category == "institutional innovation"


def test_categories_from_the_taxonomy() -> None:
    assert metrics.categorize("新设外资企业") == "foreign-invested enterprises"
    assert metrics.categorize("试点任务") == "pilot tasks"
    assert metrics.categorize("跨境人民币结算") == "finance"
    assert metrics.categorize("什么也不是") == "other"
    assert set(metrics.categories()) <= set(metrics.CATEGORIES)


# --- periods --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "period"),
    [
        ("2023年，南沙片区新设企业800户。", "800户", "2023"),
        ("2023年上半年，南沙片区新设企业400户。", "400户", "2023-H1"),
        ("2024年1-7月，南沙片区新设企业500户。", "500户", "2024-01..2024-07"),
        ("2024年1—7月，南沙片区新设企业501户。", "501户", "2024-01..2024-07"),
        ("今年，南沙片区新设企业600户。", "600户", "2024"),
        ("去年，南沙片区新设企业700户。", "700户", "2023"),
        ("今年上半年，南沙片区新设企业300户。", "300户", "2024-H1"),
        ("截至2023年底，南沙片区累计新设企业9000户。", "9000户", "..2023"),
        ("截至2023年底，南沙片区有企业9000户。", "9000户", "2023"),
        ("2024年3月，南沙片区新设企业90户。", "90户", "2024-03"),
        ("南沙片区新设企业95户。", "95户", None),
    ],
)
def test_periods(text: str, value_text: str, period: str | None) -> None:
    assert one(text, value_text).period == period


def test_relative_years_need_the_document_date() -> None:
    assert one("今年，南沙片区新设企业600户。", "600户", date=None).period is None


# --- qualifiers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "qualifier"),
    [
        ("南沙片区累计形成制度创新成果80项。", "80项", "cumulative"),
        ("南沙片区经营主体突破3000家。", "3000家", "at_least"),
        ("南沙片区经营主体超过3000家。", "3000家", "at_least"),
        ("南沙片区引进企业200余家。", "200余家", "at_least"),
        ("南沙片区引进企业近500家。", "500家", "approx"),
        ("南沙片区引进企业约500家。", "500家", "approx"),
    ],
)
def test_qualifiers(text: str, value_text: str, qualifier: str) -> None:
    assert qualifier in one(text, value_text).qualifier.split(",")


# --- levels, rates and shares ------------------------------------------------------------------------------


def test_growth_is_a_rate_and_a_part_of_the_whole_is_a_share() -> None:
    text = "2023年，南沙片区外贸进出口总额210亿元，同比增长10.14%，占全市外贸进出口总额的90.2%。"
    by = {m.value_text: m for m in figures(text)}
    assert by["210亿元"].kind == "level"
    assert by["10.14%"].kind == "rate"
    assert by["90.2%"].kind == "share"


def test_the_whole_of_a_share_is_not_its_subject() -> None:
    text = "2023年，绥芬河片区外贸进出口总额200亿元，占黑龙江自贸试验区的38.7%。"
    m = one(text, "38.7%")
    assert m.kind == "share" and m.area == "绥芬河片区"


def test_percentage_points_are_a_rate() -> None:
    assert one("南沙片区增速高于全市2.5个百分点。", "2.5个百分点").kind == "rate"


# --- attribution -------------------------------------------------------------------------------------------


def test_attribution_clause_first() -> None:
    text = "绥芬河片区新设企业800户，黑河片区新设企业500户。"
    by = {m.value_text: m for m in figures(text)}
    assert by["800户"].area == "绥芬河片区" and by["800户"].attribution == "clause"
    assert by["500户"].area == "黑河片区"


def test_attribution_from_the_sentence() -> None:
    m = one("2023年，连云港片区成绩亮眼，新设企业800户。", "800户")
    assert m.area == "连云港片区" and m.attribution == "sentence"


def test_attribution_from_the_paragraph() -> None:
    text = "连云港片区发展迅速。全年新设企业800户。\n另一段没有数字。"
    m = one(text, "800户")
    assert m.area == "连云港片区" and m.attribution == "paragraph"


def test_attribution_from_the_document_main_zone() -> None:
    text = "重庆自贸试验区建设提速。重庆自贸试验区再出发。\n全年新增注册企业18000户。"
    m = one(text, "18000户")
    assert m.zone == "重庆" and m.area is None and m.attribution == "document"


def test_all_pilot_zones_together_are_their_own_zone() -> None:
    text = "重庆自贸试验区建设提速。重庆自贸试验区再出发。\n全国自贸试验区累计形成制度创新成果300项。"
    m = one(text, "300项")
    assert (m.zone_id, m.zone) == ("all_ftz", "全国自贸试验区")


def test_no_zone_rather_than_a_wrong_one() -> None:
    text = "重庆自贸试验区建设提速。重庆自贸试验区再出发。\n全国邮政快递业全年揽收快递包裹300亿件。"
    assert one(text, "300亿件").zone is None


def test_a_figure_without_a_zone_in_a_text_about_zones() -> None:
    m = one("连云港片区发展迅速。\n某市全年新设企业800户。", "800户")
    assert m.zone is None and m.area is None and m.attribution == ""


def test_a_text_that_names_no_zone_has_no_figures() -> None:
    assert figures("某市全年新设企业800户。") == []


def test_empty_and_figure_free_text() -> None:
    assert metrics.extract("") == []
    assert figures("南沙片区发展迅速，没有数字。") == []


def test_period_order() -> None:
    periods = [
        "2024",
        "2024-H1",
        "2023",
        "2024-10",
        "2024-01..2024-07",
        "2015..2019",
        None,
        "2024-Q1",
    ]
    ordered = sorted(periods, key=metrics.period_key)
    assert ordered == [
        None,
        "2015..2019",
        "2023",
        "2024-Q1",
        "2024-H1",
        "2024-01..2024-07",
        "2024-10",
        "2024",
    ]


def test_a_round_up_that_names_a_zone_late_has_no_main_zone() -> None:
    text = (
        "第一条新闻讲别的事情。" * 40
        + "\n重庆自贸试验区发布新举措。重庆自贸试验区再出发。\n另一条新闻：全年开行旅客列车10050列。"
    )
    assert one(text, "10050列").zone is None


def test_fines_are_not_figures() -> None:
    text = "上海自贸试验区条例。上海自贸试验区。\n逾期不改正的，处一万元以上五万元以下的罚款。"
    assert figures(text) == []


def test_a_from_to_pair_keeps_the_label() -> None:
    text = "南沙片区的外资企业由800家增至930家。"
    by = {m.value_text: m for m in figures(text)}
    assert by["930家"].metric == by["800家"].metric == "外资企业"
