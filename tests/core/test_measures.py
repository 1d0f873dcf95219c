"""Measures (one name for one thing counted), unit families and amounts in Chinese units."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core.measures import (
    axis_unit,
    format_amount,
    format_number,
    in_family_unit,
    measure_label,
    unit_family,
)


@pytest.mark.parametrize(
    ("label", "measure"),
    [
        ("新设企业", "新设企业"),
        ("全年新设企业", "新设企业"),
        ("新增注册企业", "新设企业"),
        ("新设立企业", "新设企业"),
        ("中国（上海）自由贸易试验区新设企业", "新设企业"),
        ("贸试验区新登记企业", "新设企业"),  # a label cut inside the zone's name
        ("新登记市场主体", "新设经营主体"),  # sole traders too: not the same count
        ("新设外资企业", "新设外资企业"),
        ("新增外商投资企业", "新设外资企业"),
        ("外资企业", "外资企业"),  # a stock of firms, not new ones
        ("企业", "企业"),
        ("进出口", "外贸进出口总额"),
        ("外贸进出口总额", "外贸进出口总额"),
        ("货物贸易进出口总值", "外贸进出口总额"),
        ("全年外贸规模", "外贸进出口总额"),
        ("出口额", "出口额"),
        ("实际使用外资金额", "实际使用外资"),
        ("实际利用外资", "实际使用外资"),
        ("形成制度创新成果", "制度创新成果"),
        ("制度创新案例", "制度创新成果"),
        ("在全国复制推广的制度创新成果", "在全国复制推广的制度创新成果"),  # a subset: its own measure
        ("制度集成创新案例", "制度集成创新案例"),
        ("累计试点任务", "试点任务"),
        ("自贸试验区数量", "自贸试验区数量"),  # the zones are what is counted
        ("片区规划面积", "规划面积"),
        ("企业数量", "企业"),
    ],
)
def test_measure_label(label: str, measure: str) -> None:
    assert measure_label(label) == measure


@given(st.text(min_size=1, max_size=30))
def test_a_measure_is_never_empty(label: str) -> None:
    assert measure_label(label) or not label.strip()


@pytest.mark.parametrize(
    ("kind", "unit", "family"),
    [
        ("level", "元", "cny"),
        ("level", "美元", "usd"),
        ("level", "户", "count"),
        ("level", "家", "count"),
        ("level", "项", "count"),
        ("level", "人次", "visits"),
        ("level", "公顷", "area"),
        ("share", "%", "share"),
        ("rate", "%", "rate:percent"),
        ("rate", "个百分点", "rate:points"),
        ("rate", "倍", "rate:times"),
    ],
)
def test_unit_family(kind: str, unit: str, family: str) -> None:
    assert unit_family(kind, unit) == family


def test_units_of_a_family_convert_to_its_unit() -> None:
    assert in_family_unit(250, "公顷") == pytest.approx(2.5)
    assert in_family_unit(1500, "亩") == pytest.approx(1.0)
    assert in_family_unit(3000, "公斤") == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("value", "family", "counter", "text"),
    [
        (4.22583e12, "cny", "", "4.23万亿元"),
        (2.1448e10, "cny", "", "214.48亿元"),
        (1.081e9, "cny", "", "10.81亿元"),
        (5e7, "cny", "", "5000万元"),
        (8000, "cny", "", "8000元"),
        (1.5e9, "usd", "", "15亿美元"),
        (210800, "count", "户", "21.08万户"),
        (58, "count", "家", "58家"),
        (1072, "count", "户", "1072户"),
        (90.2, "share", "", "90.2%"),
        (4.8, "rate:points", "", "4.8个百分点"),
        (2.3, "rate:times", "", "2.3倍"),
        (19.99, "area", "", "19.99平方公里"),
        (83500, "visits", "", "8.35万人次"),
    ],
)
def test_amounts_in_chinese_units(value: float, family: str, counter: str, text: str) -> None:
    assert format_amount(value, family, counter) == text


def test_axis_unit_by_magnitude() -> None:
    assert axis_unit(4.2e12, "cny") == (1e12, "万亿元")
    assert axis_unit(3e10, "cny") == (1e8, "亿元")
    assert axis_unit(5e5, "cny") == (1e4, "万元")
    assert axis_unit(900, "count", "户") == (1.0, "户")
    assert axis_unit(20000, "count", "家") == (1e4, "万家")
    assert axis_unit(float("nan"), "cny") == (1.0, "元")


@given(st.floats(min_value=-1e16, max_value=1e16, allow_nan=False), st.sampled_from(["cny", "count", "share", "usd"]))
def test_amounts_never_use_scientific_notation(value: float, family: str) -> None:
    text = format_amount(value, family, "户")
    assert "e" not in text.lower() and "inf" not in text.lower()
    divisor, unit = axis_unit(value, family, "户")
    assert text.endswith(unit)
    number = float(text[: -len(unit)] if unit else text)
    assert math.isclose(number * divisor, value, rel_tol=0.01, abs_tol=divisor * 0.01)


def test_format_number() -> None:
    assert format_number(214.4800) == "214.48"
    assert format_number(1072.0) == "1072"
    assert format_number(-0.0001) == "0"
    assert format_number(0.5, 0) == "0"
    assert format_number(float("inf")) == "—"
