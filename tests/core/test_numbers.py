"""Numbers as written: Arabic, full-width, Chinese, mixed; ranges; unit normalisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core.numbers import (
    normalize,
    parse_number,
    parse_range,
    split_unit,
    to_halfwidth,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1072", 1072),
        ("1,072", 1072),
        ("214.48", 214.48),
        ("74 ", 74),
        ("１０７２", 1072),
        ("２１４．４８", 214.48),
        ("1.2万", 12000),
        ("两万", 20000),
        ("三", 3),
        ("十五", 15),
        ("一百二十九", 129),
        ("一百零五", 105),
        ("两千三百", 2300),
        ("三万五千", 35000),
        ("一亿二千万", 120_000_000),
        ("十", 10),
        ("2.5亿", 250_000_000),
    ],
)
def test_number_forms(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "两三", "二〇二三", "万x"])
def test_what_is_not_one_number_is_none(text: str) -> None:
    assert parse_number(text) is None


def test_ranges() -> None:
    assert parse_range("30-60") == (30, 60)
    assert parse_range("三至五") == (3, 5)
    assert parse_range("１５～２０") == (15, 20)
    assert parse_range("30") is None


def test_normalisation_to_the_base_unit() -> None:
    assert normalize(214.48, "亿元") == (21_448_000_000, "元")
    assert normalize(21.08, "万户") == (210_800, "户")
    assert normalize(9.97, "亿美元") == (997_000_000, "美元")
    assert normalize(3, "成") == (30, "%")
    assert normalize(46, "平方公里") == (46, "平方公里")
    assert normalize(5, "艘") == (5, "艘")  # unknown units stay as written


def test_fullwidth_keeps_length() -> None:
    s = "新设企业１０７２户，增长１０．１４％"
    assert len(to_halfwidth(s)) == len(s)


@given(st.text(max_size=30))
def test_never_raises(s: str) -> None:
    parse_number(s)
    parse_range(s)


@given(st.integers(min_value=0, max_value=10**12))
def test_round_trips_generated_arabic_integers(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))) == n


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=99))
def test_round_trips_generated_decimals(whole: int, frac: int) -> None:
    assert parse_number(f"{whole}.{frac:02d}") == pytest.approx(whole + frac / 100)


@pytest.mark.parametrize(
    ("text", "value"),
    [("零点五", 0.5), ("三点五", 3.5), ("一点二万", 12000), ("十二点零五", 12.05)],
)
def test_chinese_decimals(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("unit", "factor", "base"),
    [
        ("亿元", 1e8, "元"),
        ("万家", 1e4, "家"),
        ("十万吨", 1e5, "吨"),
        ("万人次", 1e4, "人次"),
        ("万箱次", 1e4, "箱次"),
        ("亿", 1e8, ""),
        ("个亿", 1e8, ""),
        ("成", 10, "%"),
        ("艘", 1, "艘"),
        ("标准箱", 1, "标箱"),
    ],
)
def test_units_split_into_a_multiplier_and_a_base(unit: str, factor: float, base: str) -> None:
    assert split_unit(unit) == (pytest.approx(factor), base)
