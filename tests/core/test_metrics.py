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


# --- the passes, each alone -------------------------------------------------------------------------


def test_tokens_find_numbers_with_units() -> None:
    toks = metrics.tokens("片区新设企业四家，发布十条措施，引进3个亿的项目，增长零点五个百分点，2万多家。")
    assert [(t.value, t.unit) for t in toks] == [
        (4, "家"),
        (10, "条"),
        (3, "亿"),
        (0.5, "个百分点"),
        (2, "万家"),
    ]
    assert toks[-1].more


def test_fractions_are_percentages() -> None:
    (tok,) = metrics.tokens("不到全国千分之四的面积")
    assert (tok.value, tok.unit) == (0.4, "%")
    (tok,) = metrics.tokens("约占三分之二")
    assert (tok.value, tok.unit) == (66.67, "%")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建成30万吨级航道", False),  # a class of channel
        ("开通5万吨级泊位2个", True),  # the 2个, not the 万吨级
        ("办理时间压缩到6个月", False),
        ("第3个试点", False),
        ("从10个方面提出措施", False),  # the structure of a plan
        ("设哈尔滨、黑河、绥芬河三个片区", False),
        ("列车时速120公里", False),
        ("推出一项新举措", False),
        ("新设企业四家", True),
        ("首批试点任务十条", True),
        ("停靠船舶80艘", True),
        ("引进人才400名", True),
    ],
)
def test_what_is_a_figure(text: str, expected: bool) -> None:
    t = text
    found = [tok for tok in metrics.tokens(t) if metrics.is_figure(tok, t)]
    assert bool(found) == expected, found


# --- numbers in sentences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "value", "unit"),
    [
        ("南沙片区今年新落户总部企业四家。", "四家", 4, "家"),
        ("南沙片区出台支持政策十条。", "十条", 10, "条"),
        ("南沙片区港区今年靠泊国际邮轮80艘。", "80艘", 80, "艘"),
        ("南沙片区引进博士后研究人员400名。", "400名", 400, "名"),
        ("南沙片区设立科创基金3个亿。", "3个亿", 3, "亿元"),  # money: 亿 of yuan
        ("南沙片区增速提高了零点五个百分点。", "零点五个百分点", 0.5, "个百分点"),
    ],
)
def test_number_forms_of_the_issue(text: str, value_text: str, value: float, unit: str) -> None:
    m = one(text, value_text)
    assert (m.value, m.unit) == (value, unit) and m.area == "广州南沙新区片区"


# --- periods and their kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "value_text", "period", "kind"),
    [
        ("6月13日，南沙片区签约项目12个。", "2020-06-20", "12个", "2020-06-13", "day"),
        ("今天，南沙片区签约项目15个。", "2023-02-22", "15个", "2023-02-22", "day"),
        (
            "封关首日，海南自贸港新设企业320家。",
            "2026-01-05",
            "320家",
            "2025-12-18",
            "day",
        ),
        (
            "今年1月1日至12月14日，海南自贸港新设企业2.1万家。",
            "2025-12-15",
            "2.1万家",
            "2025-01-01..2025-12-14",
            "range",
        ),
        (
            "2024年1—7月，南沙片区新设企业501户。",
            "2024-08-01",
            "501户",
            "2024-01..2024-07",
            "range",
        ),
        (
            "自2015年挂牌以来，南沙片区累计新设企业9万家。",
            "2020-06-01",
            "9万家",
            "2015..2020",
            "cumulative",
        ),
        (
            "截至2023年底，南沙片区累计新设企业9000户。",
            "2024-02-01",
            "9000户",
            "..2023",
            "cumulative",
        ),
        (
            "截至2023年底，南沙片区有外资企业900家。",
            "2024-02-01",
            "900家",
            "2023",
            "stock",
        ),
        ("目前，南沙片区已有外资企业900家。", "2024-02-01", "900家", None, "stock"),
        ("南沙片区进出口额比2018年增长66%。", "2024-02-01", "66%", None, ""),
        (
            "2023年，南沙片区进出口额比2018年增长66%。",
            "2024-02-01",
            "66%",
            "2023",
            "year",
        ),
        (
            "五年来，南沙片区进出口年均增长12%。",
            "2024-02-01",
            "12%",
            "2019..2024",
            "range",
        ),
    ],
)
def test_periods_and_their_kinds(text: str, date: str, value_text: str, period: str | None, kind: str) -> None:
    m = one(text, value_text, date)
    assert (m.period, m.period_kind) == (period, kind)


def test_a_plan_s_target_is_its_year_and_says_so() -> None:
    m = one("南沙片区提出，到2027年，外资企业达到1500家。", "1500家", "2024-03-01")
    assert (m.period, m.period_kind) == (
        "2027",
        "year",
    ) and "target" in m.qualifier.split(",")


def test_the_paragraph_s_opening_time_scopes_its_sentences() -> None:
    text = "今年1—11月，南沙片区新设企业900户。外资企业新增120家。"
    m = one(text, "120家", "2024-12-10")
    assert (m.period, m.period_kind) == ("2024-01..2024-11", "range")


# --- attribution ---------------------------------------------------------------------------------------


def test_hainan_in_a_story_about_the_port_is_the_port() -> None:
    text = "海南自由贸易港建设稳步推进。今年前三季度，海南新设外资企业1500家，我省实际使用外资同比增长12%。"
    by = {m.value_text: m for m in figures(text, "2024-10-20")}
    assert by["1500家"].zone_id == "hainan_port" and by["1500家"].zone == "海南自贸港"
    assert by["12%"].zone_id == "hainan_port"


def test_the_pilot_ftz_of_hainan_reads_apart_from_the_port() -> None:
    m = one("中国（海南）自由贸易试验区2019年新设企业800家。", "800家", "2020-01-10")
    assert (m.zone_id, m.zone) == ("hainan", "海南")


def test_all_pilot_zones_in_their_forms() -> None:
    text = "截至目前，全国自贸试验区已达22个。2022年，21个自贸试验区进出口额达7.5万亿元，占全国的17.8%。"
    by = {m.value_text: m for m in figures(text, "2023-03-01")}
    assert by["22个"].zone_id == "all_ftz" and by["22个"].metric == "自贸试验区数量"
    assert by["7.5万亿元"].zone_id == "all_ftz"
    assert by["17.8%"].zone_id == "all_ftz" and by["17.8%"].kind == "share"


def test_a_generic_zone_word_in_a_paragraph_naming_no_zone_is_all_zones() -> None:
    m = one(
        "十年来，自贸试验区累计向全国复制推广制度创新成果300多项。",
        "300多项",
        "2023-09-01",
    )
    assert (m.zone_id, m.metric) == ("all_ftz", "复制推广制度创新成果")


def test_a_bulletin_s_figure_stays_in_its_story() -> None:
    text = (
        "国内联播快讯\n"
        "南沙片区新政落地\n"
        "今天，广州南沙新区片区发布支持措施，涉及金融、人才等领域。\n"
        "某地秋粮丰收\n"
        "今年当地秋粮总产量达到1200万吨，同比增长3%。"
    )
    by = {m.value_text: m for m in figures(text, "2024-10-01")}
    assert by["1200万吨"].zone is None and by["3%"].zone is None


def test_a_port_s_figure_is_not_the_zone_s() -> None:
    text = "海南自由贸易港建设提速。洋浦港今年集装箱吞吐量突破300万标箱。"
    assert one(text, "300万标箱", "2024-12-01").zone is None


def test_a_zone_named_after_the_figure_in_its_sentence() -> None:
    m = one("12家重点基金今天签约落地南沙片区。", "12家", "2024-01-17")
    assert m.area == "广州南沙新区片区" and m.attribution == "clause"


def test_where_a_figure_comes_from_is_no_subject() -> None:
    m = one("据海口海关统计，海南自贸港今年新增备案企业3000家。", "3000家", "2024-12-01")
    assert m.zone_id == "hainan_port"


def test_a_headline_repeating_its_story_s_figure_is_not_counted_twice() -> None:
    text = (
        "国内联播快讯\n"
        "南沙片区新设企业超2万家\n"
        "记者从南沙片区获悉，今年南沙片区新设企业2万家，同比增长8%。\n"
        "某地植树\n"
        "当地今年植树两万株，绿化面积扩大。"
    )
    assert [m.value_text for m in figures(text, "2024-10-01") if m.value == 2 and m.unit == "万家"] == ["2万家"]


# --- labels -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "label"),
    [
        ("南沙片区今年形成45项制度创新成果。", "45项", "制度创新成果"),
        ("南沙片区发布新一批6项制度集成创新案例。", "6项", "制度集成创新案例"),
        ("南沙片区新设外资企业120家，同比增长15%。", "15%", "新设外资企业同比增长"),
        ("南沙片区进出口额同比增长20%。", "20%", "进出口额同比增长"),
        ("南沙片区进出口额占全市的三成。", "三成", "进出口额占全市比重"),
        (
            "南沙片区外贸规模从2015年的700亿元跃升至2024年的5000亿元。",
            "5000亿元",
            "外贸规模",
        ),
        ("南沙片区累计发布制度创新案例30批210项。", "30批", "制度创新案例批次"),
        ("南沙片区累计发布制度创新案例30批210项。", "210项", "制度创新案例"),
        (
            "南沙片区累计形成创新成果80项，其中12项在全国推广。",
            "12项",
            "在全国推广的创新成果",
        ),
        ("南沙片区负面清单三次瘦身。", "三次", "负面清单瘦身次数"),
        (
            "在南沙片区投资的国家和地区累计达150个。",
            "150个",
            "在南沙片区投资的国家和地区",
        ),
    ],
)
def test_labels_name_what_is_measured(text: str, value_text: str, label: str) -> None:
    assert one(text, value_text, "2024-06-30").metric == label


def test_labels_are_never_empty_nor_a_verb() -> None:
    text = "南沙片区今年签约入驻企业300家，同比增长10%，完成投资80亿元，其中20亿元为外资。"
    for m in figures(text):
        assert m.metric and m.metric not in ("完成", "实现", "增长", "同比增长", "达到")


def test_a_time_in_a_clause_about_the_future_does_not_date_the_figure() -> None:
    text = "12月18日，海南自由贸易港将启动全岛封关，海关已组织300家企业参加演练。"
    assert one(text, "300家", "2025-11-07").period is None


def test_a_counted_back_span_makes_totals_not_stocks() -> None:
    text = "南沙片区设立8年来，海关备案企业数量突破1万家，累计新设企业5万家。"
    by = {m.value_text: m for m in figures(text, "2023-04-25")}
    assert (by["1万家"].period, by["1万家"].period_kind) == (None, "stock")
    assert (by["5万家"].period, by["5万家"].period_kind) == ("2015..2023", "cumulative")


def test_a_count_of_other_places_is_not_the_zone_s_figure() -> None:
    text = "南沙片区发展迅速，片区内建有综合保税区2个，新设企业900户。"
    by = {m.value_text: m for m in figures(text)}
    assert by["2个"].zone is None and by["900户"].area == "广州南沙新区片区"


def test_china_as_the_subject_is_not_the_zone() -> None:
    text = "海南自由贸易港建设稳步推进，中国已成为140多个国家和地区的主要贸易伙伴。"
    assert one(text, "140多个", "2022-11-10").zone is None


def test_hainan_after_the_port_s_plan_is_the_port_even_unnamed() -> None:
    text = "海南离岛免税购物持续升温。今年前三季度，海南离岛免税购物金额达到300亿元。"
    assert one(text, "300亿元", "2023-10-20").zone_id == "hainan_port"
    # before the plan, Hainan alone names no zone
    assert one(text, "300亿元", "2019-10-20").zone is None
    # a body named after the island is no mention of the port
    assert one("海南大学今年录取新生9000名。", "9000名", "2023-09-01").zone is None


# --- the evaluation sets' period conventions (v2) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "value_text", "period", "kind"),
    [
        # a span since a start: to the document's date at the start's precision
        ("封关以来，海南自贸港新增经营主体3.1万户。", "2026-02-10", "3.1万户", "2025-12-18..2026-02-10", "cumulative"),
        (
            "自2016年4月挂牌以来，南沙片区累计新设企业4.4万家。",
            "2024-07-01",
            "4.4万家",
            "2016-04..2024-07",
            "cumulative",
        ),
        # ... or to its written end; a growth rate inside the span shares it
        (
            "自封关至今年3月底，海南货物贸易进出口510亿元，同比增长18%。",
            "2026-04-20",
            "18%",
            "2025-12-18..2026-03",
            "cumulative",
        ),
        ("2019年至2024年，南沙片区累计引进外资项目420个。", "2025-03-01", "420个", "2019..2024", "cumulative"),
        # the unveiling of the area the figure is about starts 挂牌以来
        ("临港新片区挂牌以来，累计新设企业8.2万户。", "2024-05-01", "8.2万户", "2019..2024", "cumulative"),
        # 今年已累计: this year so far, to the month
        ("南沙片区今年已累计办理业务4.5万笔。", "2024-09-12", "4.5万笔", "2024-01..2024-09", "range"),
        # no start and no as-of point: a total to date, undated
        ("目前，南沙片区已累计推出改革举措95项。", "2024-09-12", "95项", None, "cumulative"),
        ("目前，南沙片区已培育形成创新案例61项。", "2024-09-12", "61项", None, "cumulative"),
        # a count of what exists, undated
        ("眼下，南沙片区6个口岸运行平稳。", "2024-09-12", "6个", None, "stock"),
        # one recent event
        ("近日，商务部集中发布25项自贸试验区制度创新成果。", "2024-09-12", "25项", None, ""),
        # a multiple of the time before the opening
        ("南沙片区挂牌以来，新增企业数量是挂牌前的6.5倍。", "2024-09-12", "6.5倍", None, ""),
        # the first week of the island-wide customs operations
        ("封关运作首周，海南离岛免税销售金额9亿元。", "2025-12-28", "9亿元", "2025-12-18..2025-12-24", "range"),
    ],
)
def test_periods_by_the_sets_conventions(text: str, date: str, value_text: str, period: str | None, kind: str) -> None:
    m = one(text, value_text, date)
    assert (m.period, m.period_kind) == (period, kind)


def test_times_of_events_batches_and_earlier_figures_date_nothing() -> None:
    text = "12月18日海南启动封关运作后，零关税商品税目比例将由20%提高至70%。"
    assert one(text, "70%", "2025-11-20").period is None
    text = "今天，海南2024年第一批自贸港建设项目开工，120个项目总投资达400亿元。"
    assert one(text, "400亿元", "2024-03-01").period == "2024-03-01"
    text = "南沙片区负面清单从2015年的120项减少到现在的30项。"
    assert one(text, "30项", "2024-03-01").period != "2015"


def test_a_share_in_a_span_shares_it_and_a_current_share_is_a_stock() -> None:
    text = "南沙片区自2016年4月挂牌以来，累计进出口1.2万亿元，其中民营企业占比达80%。"
    assert (one(text, "80%", "2024-07-01").period, one(text, "80%", "2024-07-01").period_kind) == (
        "2016-04..2024-07",
        "cumulative",
    )
    m = one("南沙片区启用集中查验以来，目前预约率已达85%。", "85%", "2024-07-01")
    assert (m.period, m.period_kind) == (None, "stock")


# --- whose figure it is --------------------------------------------------------------------------------


def test_a_count_that_names_the_zones_is_no_figure_but_a_stated_count_is() -> None:
    assert [m.value_text for m in figures("2023年，全国22个自贸试验区进出口增长5%。") if m.value_text == "22个"] == []
    m = one("2023年，我国自贸试验区数量扩大至22个。", "22个", "2024-01-10")
    assert (m.zone_id, m.metric, m.period_kind) == ("all_ftz", "自贸试验区数量", "stock")


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # an event's figures in a story about the zone
        ("海南自贸港建设提速。今天，博览会在海口开幕，60个国家和地区、3000个品牌参展。", "3000个"),
        ("海南自贸港建设提速。本届运动会共设12个大项。", "12个"),
        # a named vessel or facility is the subject
        ("海南自贸港建设提速。“海鹰01”轮排水量达3200吨。", "3200吨"),
        # the zone is the object of a verb, the figure another subject's
        ("这个园区位于中国（北京）自由贸易试验区科技创新片区范围内，共规划4个功能区。", "4个"),
        # three zones together: none of them
        ("京津冀三地签署《京津冀自贸试验区协同发展方案》，明确12条举措。", "12条"),
    ],
)
def test_figures_of_other_subjects_get_no_zone(text: str, value_text: str) -> None:
    assert one(text, value_text, "2024-04-13").zone_id is None


def test_an_authority_acting_in_the_zone_does_not_take_its_figures() -> None:
    text = "海南自贸港封关运作平稳。目前，海口海关已支持80家企业转为备案企业。"
    assert one(text, "80家", "2026-01-10").zone_id == "hainan_port"


def test_a_headline_rounding_a_body_figure_is_no_second_record() -> None:
    text = "南沙片区五年进出口超2万亿元\n据海关统计，南沙片区挂牌以来累计进出口2.3万亿元。"
    assert [m.value_text for m in figures(text, "2020-05-01")] == ["2.3万亿元"]


@pytest.mark.parametrize("text", ["81512次班列从海口开出", "货物无需二次入仓", "AR光学零件", "已经走过了五个年头"])
def test_words_that_look_like_figures(text: str) -> None:
    assert figures("海南自贸港建设稳步推进。" + text + "。", "2024-04-13") == []


# --- labels (round 2) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value_text", "label"),
    [
        # a multiple of a baseline names what is multiplied
        ("南沙片区单日业务量是去年平均水平的2.5倍。", "2.5倍", "单日业务量倍数"),
        # 分别: the n-th multiple is the n-th figure's
        ("南沙片区累计新增企业6万户、新增注册资本1.1万亿元，分别是挂牌前的5.2倍、7.4倍。", "7.4倍", "新增注册资本倍数"),
        # the verb of a multiple
        ("南沙片区进出口规模由0.2万亿元增至0.9万亿元，扩容3.5倍。", "3.5倍", "进出口规模扩容"),
        # a share of the thing after it, of the whole the sentence names
        ("各自贸试验区以不到全国千分之五的国土面积，吸引了大量外资。", "千分之五", "国土面积占全国比重"),
        ("自贸试验区贡献了占全国约六分之一的进出口总额。", "六分之一", "进出口总额占全国比重"),
        # a rate that takes the figure before it: the measure as the rate names it
        ("南沙片区累计进出口货值1.3万亿元，年均增幅超12%。", "12%", "进出口年均增幅"),
        # brackets of a name stay
        (
            "中欧（成都）班列今年前两个月已发运60列次，同比增长30%，南沙片区参与其中。",
            "30%",
            "中欧（成都）班列发运同比增长",
        ),
        # a counted noun ends before a modal verb or 全部
        ("海南自贸港建设提速，目前90个国家人员可免签入境海南。", "90个", "国家人员"),
        ("截至目前，海南自贸港首批封关运作25个项目全部建成。", "25个", "封关运作项目"),
        # money owned by the thing after 的
        ("南沙片区通关提速，每分钟有180万元的进出口货物顺利放行。", "180万元", "进出口货物"),
    ],
)
def test_labels_of_round_two(text: str, value_text: str, label: str) -> None:
    assert one(text, value_text, "2025-03-01").metric == label


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        ("在改革发源地海南，他赋予海南建设自由贸易港的使命；三次来到深圳前海，为前海把脉定向。", "三次"),
        ("截至2025年，该市先后承担综合改革、自贸试验区建设等95项国家级试点任务和120项省级任务。", "120项"),
        ("临港新片区、崇明生态岛、三个新城等区域的新建建筑应当达到超低能耗标准。", "三个"),
        ("南沙片区发展势头良好。该项目计划明年投产，规划年产电池可达2万台。", "2万台"),
        ("海南自贸港建设提速，要按照“四个机关”的定位加强自身建设。", "四个"),
    ],
)
def test_visits_lists_projects_and_slogans_are_not_the_zone_s(text: str, value_text: str) -> None:
    assert all(m.zone_id is None for m in figures(text, "2025-03-01") if m.value_text == value_text)


def test_a_count_inside_the_name_of_a_measure_is_no_figure() -> None:
    text = "海南自贸港政策效应释放，“零关税”三张清单进口货值180亿元。"
    assert [m.value_text for m in figures(text, "2025-03-01")] == ["180亿元"]


def test_an_area_s_city_as_subject_is_the_area() -> None:
    text = "在福建自贸试验区厦门片区的维修基地里，工程师们忙碌着。上半年，厦门保税维修进出口货值同比增长25%。"
    m = one(text, "25%", "2025-08-01")
    assert (m.zone_id, m.area) == ("fujian", "厦门片区")


def test_things_added_to_the_zone_s_list() -> None:
    m = one("2月1日起，120项商品新增至海南自由贸易港“零关税”原辅料清单。", "120项", "2025-03-01")
    assert m.zone_id == "hainan_port"


@pytest.mark.parametrize(
    ("text", "value_text", "period", "kind"),
    [
        # a share or a rate with no time has no kind; a count of times neither
        ("南沙片区外资占比达12%。", "12%", None, ""),
        ("目前南沙片区备案企业8000家，较2019年增长1.5倍。", "1.5倍", None, ""),
        ("南沙片区负面清单五次瘦身。", "五次", None, ""),
        # the first value of a change
        ("南沙片区申报项目从95项精简至30项。", "95项", None, ""),
        # a part of a cumulative figure shares its span
        (
            "南沙片区扩区建设五年来，累计新增企业超过10万家，其中外资企业超过2000家。",
            "2000家",
            "2020..2025",
            "cumulative",
        ),
    ],
)
def test_kinds_of_untimed_figures(text: str, value_text: str, period: str | None, kind: str) -> None:
    m = one(text, value_text, "2025-06-01")
    assert (m.period, m.period_kind) == (period, kind)


def test_a_share_or_a_yearly_measure_takes_no_span_from_the_paragraph() -> None:
    text = "“十四五”以来，南沙片区发展成效显著。四大主导产业占全区GDP比重将近七成，种业年产值突破90亿元。"
    by = {m.value_text: m for m in figures(text, "2025-10-01")}
    assert by["七成"].period is None and by["90亿元"].period is None


# --- round 2: spans of years, parts, holidays, people counted, future years ------------------------


@pytest.mark.parametrize("span", ["2016—2021年", "2016至2021年", "2016年至2021年"])
def test_a_total_over_a_span_of_years_is_cumulative_over_it(span: str) -> None:
    m = one(f"{span}，前海蛇口片区累计引进外资企业6400家。", "6400家", date="2022-03-01")
    assert (m.period, m.period_kind) == ("2016..2021", "cumulative")


def test_a_part_opening_the_next_sentence_is_a_part_with_its_whole_s_period() -> None:
    text = "今年以来，前海蛇口片区新增经营主体5.2万户。其中，新增企业4.1万户，新增外资企业820户。"
    whole = one(text, "5.2万户")
    for value_text in ("4.1万户", "820户"):
        m = one(text, value_text)
        assert "part" in m.qualifier.split(",") and "part" not in whole.qualifier
        assert (m.period, m.period_kind) == (whole.period, whole.period_kind)


def test_a_holiday_figure_is_dated_by_the_holiday_days() -> None:
    m = one("今年春节假期，海南自贸港离岛免税销售额达到12.3亿元。", "12.3亿元", date="2025-02-06")
    assert m.zone_id == "hainan_port" and (m.period, m.period_kind) == ("2025-01-28..2025-02-04", "range")
    text = "春节期间，海南自贸港离岛免税购物件数32.1万件，购物人数5.2万人次，与去年春节假期相比均有增长。"
    for value_text in ("32.1万件", "5.2万人次"):  # counts of what was bought: flows of the holiday
        m = one(text, value_text, date="2026-02-25")
        assert (m.period, m.period_kind) == ("2026-02-15..2026-02-23", "range")


def test_people_named_after_a_keyword_are_not_its_category() -> None:
    assert metrics.categorize("任务官兵") == "other"
    assert metrics.categorize("企业员工") == "other"
    assert metrics.categorize("改革试点任务") == "pilot tasks"


def test_a_year_after_the_document_s_is_a_target() -> None:
    m = one("根据行动方案，前海蛇口片区2028年外资企业数量将达到9000家。", "9000家", date="2025-03-01")
    assert m.period == "2028" and "target" in m.qualifier.split(",")
    past = one("2024年，前海蛇口片区外资企业数量达到9000家。", "9000家", date="2025-03-01")
    assert "target" not in past.qualifier


def test_an_area_written_after_its_zone_receives_what_settles_there() -> None:
    m = one("昨天，14家新能源产业重点项目签约入驻上海自贸区临港新片区。", "14家", date="2023-05-10")
    assert (m.zone_id, m.area) == ("shanghai", "临港新片区")


def test_batches_written_right_before_the_count_they_hold() -> None:
    m = one("目前，海南自贸港已培育形成17批139项制度集成创新案例。", "17批")
    assert m.metric == "制度集成创新案例批次" and m.zone_id == "hainan_port"


def test_what_a_figure_builds_on_and_the_country_s_people_are_no_records() -> None:
    found = [m.value_text for m in figures("海南自贸港在去年出台21项惠企措施的基础上，今年再推出12项措施。")]
    assert found == ["12项"]
    found = [m.value_text for m in figures("海南自贸港面向14亿多人口的大市场，新设企业3万户。")]
    assert found == ["3万户"]


def test_trade_agreements_are_the_country_s_not_the_zones() -> None:
    text = "全国22个自贸试验区各具特色；我国同29个国家和地区签署了22个自贸协定。"
    assert all(m.zone_id is None for m in figures(text))


def test_a_rate_word_ending_a_noun_names_the_share() -> None:
    m = one("海南自贸港推行预约过海，目前预约率已达88%。", "88%")
    assert (m.metric, m.kind, m.zone_id) == ("预约率", "share", "hainan_port")
    assert "approx" not in m.qualifier  # 约 of 预约 is no “about”


def test_a_change_of_a_share_keeps_the_share_s_word() -> None:
    m = one("海南自贸港“零关税”商品税目比例将提高近45个百分点。", "45个百分点")
    assert m.metric == "零关税商品税目比例提高" and m.kind == "rate"


@pytest.mark.parametrize(
    ("text", "value_text", "label"),
    [
        ("海南自贸港的6个口岸平均通关时间较封关前压缩19%。", "19%", "平均通关时间压缩"),
        ("海南自贸港企业开办时间缩短55%。", "55%", "企业开办时间缩短"),
    ],
)
def test_shortening_and_compressing_are_rates_of_a_measured_time(text: str, value_text: str, label: str) -> None:
    m = one(text, value_text)
    assert m.kind == "rate" and m.metric.endswith(label)


def test_the_second_rate_of_a_pair_shares_the_rate_word() -> None:
    text = "自贸试验区外资准入负面清单缩减至25条，两年压缩了5.5%和9%。"
    assert [m.metric for m in figures(text) if m.kind == "rate"] == ["外资准入负面清单压缩"] * 2


def test_years_of_time_are_no_part_of_a_label() -> None:
    m = one("江苏自贸试验区近5年时间累计进出口货值2.9万亿元。", "2.9万亿元", date="2024-08-30")
    assert m.metric == "进出口货值"


def test_the_level_at_the_start_is_dated_by_the_start() -> None:
    text = "上海自贸试验区自2013年设立以来，进出口规模由设立之初的0.5万亿元，稳步增长至2022年的1.8万亿元。"
    first = one(text, "0.5万亿元", date="2023-08-01")
    assert (first.period, first.period_kind) == ("2013", "year")
    assert one(text, "1.8万亿元", date="2023-08-01").period == "2022"


def test_what_is_added_each_month_is_a_flow_of_its_year() -> None:
    m = one("今年，前海蛇口片区平均每月新增90多家外资企业。", "90多家")
    assert (m.period, m.period_kind) == ("2024", "year")


def test_results_replicated_nationwide_are_a_total_to_date() -> None:
    m = one("自贸试验区向全国复制推广280项制度创新成果。", "280项")
    assert (m.zone_id, m.period, m.period_kind) == ("all_ftz", None, "cumulative")


def test_a_province_s_whole_is_the_share_s_whole_not_a_subject() -> None:
    text = "江苏自贸试验区累计进出口货值2.6万亿元，贡献了江苏全省十分之一外贸进出口额。"
    m = one(text, "十分之一")
    assert m.zone_id == "jiangsu" and m.kind == "share" and "献" not in m.metric
    m = one("江苏自贸试验区贡献了全省八分之一的外贸进出口额。", "八分之一")
    assert m.metric == "外贸进出口额占全省比重"


def test_a_fraction_keeps_two_decimals() -> None:
    (tok,) = metrics.tokens("占六分之一")
    assert tok.value == 16.67


def test_a_count_s_noun_stops_before_the_next_figure_s_measure() -> None:
    text = "海南今年第二批自贸港建设项目开工，140个项目总投资达480亿元。"
    assert one(text, "140个", date="2023-05-06").metric == "项目"
    assert one(text, "480亿元", date="2023-05-06").metric == "项目总投资"


def test_signing_is_no_approximation() -> None:
    m = one("南沙片区新签约110个项目，总投资约420亿元。", "110个")
    assert "approx" not in m.qualifier
    assert "approx" in one("南沙片区新签约110个项目，总投资约420亿元。", "420亿元").qualifier


def test_the_second_multiple_of_a_pair_has_the_first_s_baseline() -> None:
    text = "福建自贸试验区累计新增企业12万户、新增注册资本2.6万亿元，分别是挂牌前的8.2倍、11.5倍。"
    for value_text in ("8.2倍", "11.5倍"):
        m = one(text, value_text)
        assert (m.period, m.period_kind) == (None, "")


def test_measures_in_effect_with_no_time_are_a_total_to_date() -> None:
    m = one("在海南自由贸易港，160多项自贸港政策文件落地生效。", "160多项")
    assert (m.period, m.period_kind) == (None, "cumulative")
    m = one("南沙片区对接国际规则的30条试点举措也在落地实施。", "30条")
    assert m.period_kind == ""


def test_a_share_takes_no_span_from_its_paragraph_s_opening() -> None:
    text = "今年以来，自贸试验区建设稳步推进。自贸试验区贡献了占全国约五分之一的进出口总额。"
    m = one(text, "五分之一")
    assert (m.period, m.period_kind) == (None, "")


def test_a_zone_heading_a_later_clause_does_not_take_a_figure_with_its_own_subject() -> None:
    text = "今年以来，喀什地区累计形成70个制度创新实践案例，喀什自贸区新增企业280家。"
    assert one(text, "70个").zone_id is None
    assert one(text, "280家").area == "喀什片区"
    m = one("今天，随着8个“二线口岸”启用，海南自由贸易港正式启动全岛封关。", "8个", date="2025-12-18")
    assert m.zone_id == "hainan_port"


def test_a_policy_s_rate_and_a_capacity_are_no_figures() -> None:
    assert [m.value_text for m in figures("海南自贸港落实15%企业所得税政策，新设企业2万户。")] == ["2万户"]
    assert figures("海南自贸港的巡视船单次可搭载获救人员180人。") == []


def test_two_batches_and_train_runs_count() -> None:
    m = one("自贸试验区已累计推出两批共90余项试点措施。", "两批")
    assert (m.value, m.unit, m.metric) == (2, "批", "试点措施批次")
    m = one("厦门片区中欧班列今年前两个月已发运28列次。", "28列次")
    assert (m.value, m.unit) == (28, "列次")


def test_a_part_replicated_by_an_authority_is_named_by_what_was_done() -> None:
    text = "海南自贸港累计发布制度集成创新案例15批130项，其中10项被国务院向全国复制推广。"
    assert one(text, "10项", date="2024-03-29").metric == "向全国复制推广的制度集成创新案例"


def test_how_a_task_is_done_is_no_part_of_its_name() -> None:
    text = "眼下，海南自贸港25项压力测试任务实质性开展20项。"
    assert one(text, "25项").metric == "压力测试任务"


def test_a_zone_a_firm_moved_to_does_not_take_the_firm_s_figures() -> None:
    text = "得益于海南自贸港的开放举措，这家食品加工企业产值从2020年刚入驻海南时的6亿元，增长到今年的50亿元。"
    assert all(m.zone_id is None for m in figures(text, date="2025-12-17"))


def test_the_country_s_figure_of_a_pair_with_the_zones_is_not_theirs() -> None:
    text = "今年施行的全国和自贸试验区外资准入负面清单分别缩减至29条和25条，压缩了5.5%和7%。"
    zones = {m.value_text: m.zone_id for m in figures(text, date="2023-12-15")}
    assert zones == {"29条": None, "25条": "all_ftz", "5.5%": None, "7%": "all_ftz"}


def test_a_share_of_two_things_is_a_share_of_each() -> None:
    text = "自贸试验区贡献了占全国约六分之一的进出口总额和外商投资。"
    got = {m.metric: (m.value, m.zone_id) for m in figures(text) if m.value_text == "六分之一"}
    assert got == {"进出口总额占全国比重": (16.67, "all_ftz"), "外商投资占全国比重": (16.67, "all_ftz")}
    assert metrics.categorize("外商投资占全国比重") == "investment"


def test_the_investors_a_zone_attracts_are_counted_without_their_investing() -> None:
    m = one("截至目前，海南自由贸易港累计吸引了170个国家和地区投资。", "170个")
    assert m.metric == "国家和地区"


def test_nearly_a_hundred_is_a_count() -> None:
    m = one("今年，海南自贸港将向社会资本推介近百个优质项目。", "百个")
    assert (m.value, m.unit, m.metric) == (100, "个", "优质项目") and "approx" in m.qualifier


def test_the_pilot_zones_and_the_port_together_are_all_the_zones() -> None:
    text = (
        "十年间，制度型开放深入推进，先后部署建设了21个自贸试验区和海南自由贸易港，向全国复制推广了260项制度创新成果。"
    )
    assert one(text, "260项", date="2022-10-20").zone_id == "all_ftz"


# --- round 3: lists after 分别, rates of each, holidays --------------------------------------------


def test_each_figure_after_respectively_takes_its_own_thing() -> None:
    text = "今年1—5月，海南自贸港离岛免税销售金额、人数、销售件数分别为120亿元、180万人次、900万件，同比分别增长12.5%、8.1%、3.2%。"
    got = {m.value_text: m.metric for m in figures(text, "2026-06-10")}
    assert got["120亿元"] == "离岛免税销售金额"
    assert got["180万人次"] == "离岛免税销售人数"  # the short item shares the first item's modifier
    assert got["900万件"] == "离岛免税销售件数"  # …and so does one that repeats its last word
    assert got["12.5%"] == "离岛免税销售金额同比增长"
    assert got["8.1%"] == "离岛免税销售人数同比增长"
    assert got["3.2%"] == "离岛免税销售件数同比增长"  # the last of a list is a rate too, not a share
    for m in figures(text, "2026-06-10"):
        assert (m.zone_id, m.period, m.period_kind) == ("hainan_port", "2026-01..2026-05", "range")


@pytest.mark.parametrize(
    ("how", "word"),
    [("比去年同期分别增长", "同比增长"), ("与去年相比，日均分别增长", "日均增长"), ("同比分别增长", "同比增长")],
)
def test_rates_after_respectively_follow_the_figures_before(how: str, word: str) -> None:
    text = f"海南自贸港免税店销售额3.2亿元，顾客人数4.5万人次，商品件数20万件，{how}9.5%、6.0%、2.5%。"
    got = {m.value_text: m.metric for m in figures(text)}
    assert got["9.5%"] == "免税店销售额" + word
    assert got["6.0%"] == "顾客人数" + word
    assert got["2.5%"] == "商品件数" + word


def test_things_of_one_rate_list_keep_their_enumeration() -> None:
    # the rates' things are named before 分别: they are not the figures before
    text = "南沙片区进出口总额500亿元，其中货物贸易、服务贸易分别增长12%、9%。"
    got = {m.value_text: m.metric for m in figures(text)}
    assert (got["12%"], got["9%"]) == ("货物贸易增长", "服务贸易增长")


def test_a_rise_against_the_day_before_is_a_rate_of_the_figure_before() -> None:
    m = one("海南自贸港免税新政实施首日免税销售金额达5000万元，较前一日上涨8.2%。", "8.2%")
    assert (m.kind, m.metric) == ("rate", "免税销售金额上涨")


def test_a_word_written_twice_is_one() -> None:
    m = one("海南自贸港“离岛免税”免税购物金额达18.6亿元。", "18.6亿元")
    assert m.metric == "离岛免税购物金额"


def test_the_day_a_reporter_learns_does_not_date_the_next_sentences() -> None:
    text = "记者今天（6月3日）从商务部了解到，相关试点措施已全面落地。20条制度创新成果在各自贸试验区复制推广。"
    m = one(text, "20条", date="2025-06-03")
    assert m.period is None and m.period_kind != "day"


def test_a_count_noun_ending_in_shu_is_a_label() -> None:
    m = one("南沙片区企业数达到1.5万家。", "1.5万家")
    assert (m.metric, m.area) == ("企业数", "广州南沙新区片区")


def test_dozens_is_no_figure() -> None:
    assert [m.value_text for m in figures("南沙片区数十家企业入驻，新设企业35家。")] == ["35家"]


def test_what_is_counted_over_months_was_added_not_there() -> None:
    text = "据统计，今年1—11月，临港新片区新增经营主体1.2万户、外资项目320个。"
    m = one(text, "320个", date="2025-12-10")
    assert (m.period, m.period_kind) == ("2025-01..2025-11", "range")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "2023年，临港新片区就地转化科技成果和新增营业收入分别占全市的17.5%和20.6%。",
            "就地转化科技成果占全市比重",
            "新增营业收入占全市比重",
        ),
        (
            "2023年，临港新片区高新技术企业和专精特新企业数量占全市比重分别达到29%和28.8%。",
            "高新技术企业占全市比重",
            "专精特新企业数量占全市比重",
        ),
    ],
)
def test_each_share_of_a_list_is_its_own_things(text: str, first: str, second: str) -> None:
    shares = [m for m in figures(text) if m.kind == "share"]
    assert [m.metric for m in shares] == [first, second]
    assert all(m.area == "临港新片区" for m in shares)


# --- sections of a long report ------------------------------------------------------------------------

REPORT = (
    "某省自贸工作简报\n"
    "一、片区动态\n"
    "（一）福建自贸试验区厦门片区推进制度创新\n"
    "厦门片区聚焦贸易便利化，推出一批改革举措，企业办事更加方便。\n"
    "今年以来，新增市场主体1.2万户，实际利用外资15亿元。\n"
    "1. 聚焦投资扩容\n"
    "- 2 -\n"  # a page number left by a PDF ends no section
    "上半年新设外资企业300家，占全省比重达15%。\n"
    "同期，泉州市新增市场主体3万户。\n"
    "（二）泉州市推进城市更新\n"
    "今年以来，完成老旧小区改造120个，惠及居民两万户。\n"
)


def test_a_report_s_later_paragraph_takes_its_section_s_area() -> None:
    by = {m.value_text: m for m in figures(REPORT, "2024-07-01")}
    for value in ("1.2万户", "15亿元", "300家"):  # under a sub-heading (1.) too
        assert (by[value].area, by[value].attribution) == ("厦门片区", "section"), value
    # the whole of a share, a city in the sentence, a section about a city: no zone
    assert by["15%"].zone is None
    assert by["3万户"].zone is None
    assert by["120个"].zone is None


def test_a_paragraph_introducing_an_area_opens_its_section() -> None:
    text = (
        "某某工作情况\n"
        "五年来，中国（福建）自由贸易试验区厦门片区（以下简称“厦门片区”）深入推进改革创新。\n"
        "全年新增市场主体1.2万户，同比增长8%。\n"
    )
    by = {m.value_text: m for m in figures(text, "2024-07-01")}
    assert (by["1.2万户"].area, by["1.2万户"].attribution) == ("厦门片区", "section")
    # introduced with its zone in between: 中国（某）自由贸易试验区（简称某自贸试验区）某片区
    text = (
        "某某工作情况\n"
        "近年来，中国（福建）自由贸易试验区（简称福建自贸试验区）厦门片区积极推进金融创新。\n"
        "全年新增市场主体1.2万户，同比增长8%。\n"
    )
    assert one(text, "1.2万户", "2024-07-01").area == "厦门片区"
    assert one(text.replace("（简称福建自贸试验区）厦门片区", "厦门片区（下称片区）"), "1.2万户").area == "厦门片区"


def test_a_paragraph_turning_to_another_subject_ends_the_section_s_topic() -> None:
    text = (
        "（一）厦门片区推进制度创新\n"
        "厦门片区聚焦贸易便利化，推出一批改革举措。\n"
        "泉州市同样加快外贸发展，出台多项举措。\n"
        "今年以来，新增市场主体1.2万户，同比增长8%。\n"
        "厦门片区还优化了通关流程。\n"
        "上半年，新设外资企业300家。\n"
    )
    by = {m.value_text: m for m in figures(text, "2024-07-01")}
    assert by["1.2万户"].zone is None
    assert (by["300家"].area, by["300家"].attribution) == ("厦门片区", "section")


def test_a_heading_naming_a_company_beside_the_area_gives_no_topic() -> None:
    text = (
        "（一）厦门片区某某科技有限公司新品发布\n"
        "发布会上，多款新产品亮相，吸引了众多客商前来洽谈。\n"
        "新产品预计年产值5亿元，带动就业500人。\n"
    )
    assert one(text, "5亿元", "2024-07-01").zone is None


def test_areas_competing_in_a_section_give_no_zone() -> None:
    two_areas = (
        "一、片区动态\n"
        "（一）厦门片区推进制度创新\n"
        "厦门片区聚焦贸易便利化，推出一批改革举措。福州片区也推出多项举措。\n"
        "今年以来，新增市场主体1.2万户，同比增长8%。\n"
    )
    assert one(two_areas, "1.2万户", "2024-07-01").zone is None
    zone_and_its_areas = (
        "一、片区动态\n"
        "（一）福建自贸试验区推进制度创新\n"
        "厦门片区聚焦贸易便利化，推出一批改革举措。福州片区也推出多项举措。\n"
        "今年以来，新增市场主体1.2万户，同比增长8%。\n"
    )
    assert one(zone_and_its_areas, "1.2万户", "2024-07-01").zone is None


def test_a_section_topic_does_not_cross_into_a_bulletin_s_next_story() -> None:
    text = (
        "国内联播快讯\n"
        "厦门片区推进制度创新\n"
        "厦门片区聚焦贸易便利化，推出一批改革举措，企业办事更加方便。\n"
        "某地秋粮丰收\n"
        "今年当地秋粮总产量达到1200万吨，同比增长3%。\n"
        "某地开展植树活动\n"
        "近日，当地组织群众开展植树活动，共栽种树苗两万株。\n"
        "某大学举办科技节\n"
        "本周，学校举办科技节，展出学生作品三百余件。\n"
    )
    assert one(text, "1200万吨", "2024-10-01").zone is None


def test_a_district_written_as_one_with_an_area_is_the_area() -> None:
    text = (
        "厦门东部新区暨自贸试验区厦门片区今年持续推进改革创新。\n"
        "近年来，厦门东部新区引进各类人才2.2万人，新设企业3000家。\n"
    )
    m = one(text, "2.2万人", "2024-07-01")
    assert (m.area, m.attribution) == ("厦门片区", "clause")
    # another district is still a subject of its own
    assert one("厦门片区今年持续推进改革。\n近年来，某某新区引进各类人才2.2万人。\n", "2.2万人").zone is None


def test_who_leads_the_work_and_its_means_are_no_subjects() -> None:
    led = "五年来，福州片区在泉州和漳州两级市委、市政府的领导下深入推进改革，总体方案试点任务实施率100%。"
    assert one(led, "100%").area == "福州片区"
    means = "福州片区聚焦产业升级。以泉州产业园为载体，引进重点项目45个。"
    assert one(means, "45个").area == "福州片区"
    # the park as the clause's own subject still takes the figure from the area
    own = "福州片区聚焦产业升级。泉州产业园今年引进重点项目45个。"
    assert one(own, "45个").zone is None


def test_the_banks_of_the_area_s_jurisdiction_are_no_subject_of_their_own() -> None:
    text = "厦门片区持续推进金融创新。截至6月末，厦门辖区银行办理跨境人民币结算1200笔，金额合计3.5亿元。"
    assert one(text, "1200笔").area == "厦门片区"
    assert one(text, "3.5亿元").area == "厦门片区"
    assert one("厦门片区持续推进金融创新。截至6月末，辖内银行办理结算1200笔。", "1200笔").area == "厦门片区"
    # a city's banks, or one bank, are subjects of their own
    assert one("厦门片区持续推进金融创新。截至6月末，泉州辖区银行办理结算1200笔。", "1200笔").zone is None
    assert one("厦门片区持续推进金融创新。截至6月末，某某银行办理结算1200笔。", "1200笔").zone is None


def test_a_zone_s_regulation_has_no_sections_of_results() -> None:
    law = (
        "中国（福建）自由贸易试验区某某条例\n"
        "（某年某月某日某某会议通过，现予公布，自公布之日起施行。）\n"
        "第一章　总则\n"
        "第一条　为了推进试验区建设，制定本条例。\n"
        "第二条　本条例适用于试验区内的各类市场主体。\n"
        "第三条　申请设立的企业，注册资本不少于100万元。\n"
    )
    assert one(law, "100万元").zone is None
