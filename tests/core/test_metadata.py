"""Tests of metadata found in text: dates, titles, sources, and metadata-value parsing."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core.metadata import (
    clean_title,
    find_date,
    find_source,
    find_title,
    iso_date,
    parse_date,
    strip_site_suffix,
)

# --- find_date -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年10月15日", "2024-10-15"),
        ("2024 年 10 月 15 日", "2024-10-15"),
        ("2024-06-27", "2024-06-27"),
        ("2024/6/27", "2024-06-27"),
        ("2024.06.27", "2024-06-27"),
        ("日期:2023年09月18日 来源: 某地人大", "2023-09-18"),
        ("二〇二四年十月十五日", "2024-10-15"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("二○一九年八月二十六日", "2019-08-26"),
        ("２０２４年１０月１５日", "2024-10-15"),
        ("２０２４－０６－２７", "2024-06-27"),
        ("某片区简报\n2023-05-06 《某某新闻》\n正文。", "2023-05-06"),
        ("条例标题\n\n2012年4月18日 某市第十四届人民代表大会常务委员会第二十次会议通过", "2012-04-18"),
        ("发布时间：2022-02-20 17:27:39", "2022-02-20"),
        ("某某规定\n\n（2003年4月5日某院审判委员会第9次会议通过，根据2019年修正）", "2003-04-05"),
        ("2024年10月", "2024-10"),
    ],
)
def test_find_date_formats(text: str, expected: str) -> None:
    assert find_date(text) == expected


def test_find_date_labelled_date_wins_over_earlier_header_date() -> None:
    text = "某报告\n(2023年5月10日在某会议上)\n日期:2023年09月18日 来源: 某网\n正文。"
    assert find_date(text) == "2023-09-18"


def test_find_date_ignores_dates_inside_sentences() -> None:
    text = "片区建设提速\n\n2022年6月8日，某综合保税区在港口新城通过验收，成为当地第三个保税区。"
    assert find_date(text) is None


def test_find_date_prefers_full_date_to_year_month() -> None:
    assert find_date("2024年10月\n第 3 期\n2024年10月15日") == "2024-10-15"


def test_find_date_only_looks_at_the_top() -> None:
    body = "\n".join(f"第{i}段正文，没有日期。" for i in range(20))
    assert find_date(body + "\n2024年1月2日") is None
    assert find_date("甲" * 700 + "\n2024年1月2日") is None


@pytest.mark.parametrize(
    "text",
    [
        "2024年13月1日",
        "2024年2月30日",
        "2023-02-29",
        "1900年1月1日",
        "2200-01-01",
        "2024年0月10日",
        "二〇二四年十三月一日",
        "12024年1月1日x",
        "2024-06/27",
    ],
)
def test_find_date_validates(text: str) -> None:
    assert find_date(text) is None


def test_find_date_leap_day() -> None:
    assert find_date("2024-02-29") == "2024-02-29"


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid_iso(value: str) -> bool:
    if not _ISO.match(value):
        return False
    parts = [int(x) for x in value.split("-")]
    if not 1949 <= parts[0] <= 2100:
        return False
    if len(parts) == 3:
        dt.date(*parts)
    elif len(parts) == 2:
        assert 1 <= parts[1] <= 12
    return True


_date_pieces = st.sampled_from(
    list("0123456789０１２年月日号-/. \n:：〇○一二三四五六七八九十")
    + ["日期:", "发布时间：", "2024", "二〇二四", "，", "。"]
)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(), st.lists(_date_pieces, max_size=40).map("".join)))
def test_find_date_never_raises_and_returns_valid_dates(text: str) -> None:
    result = find_date(text)
    assert result is None or _valid_iso(result)


# --- parse_date ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-20 17:27:39 +0800", "2022-02-20"),
        ("2024-06-27T10:00:00+08:00", "2024-06-27"),
        ("2024/6/7", "2024-06-07"),
        ("2024年6月7日", "2024-06-07"),
        ("D:20240627103000+08'00'", "2024-06-27"),
        ("2024-06", "2024-06"),
        ("2024", "2024"),
        (dt.date(2023, 1, 2), "2023-01-02"),
        (dt.datetime(2023, 1, 2, 3, 4), "2023-01-02"),
        ("", None),
        ("yesterday", None),
        (None, None),
        ("2024-13-01", None),
    ],
)
def test_parse_date(value: object, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_iso_date() -> None:
    assert iso_date(2024, 2, 29) == "2024-02-29"
    assert iso_date(2023, 2, 29) is None
    assert iso_date(1948) is None
    assert iso_date(2024, 12) == "2024-12"


# --- find_title ------------------------------------------------------------------------------------


def test_find_title_first_heading() -> None:
    assert find_title(["片区建设综述", "正文第一段。"]) == "片区建设综述"


def test_find_title_skips_dates_labels_and_issue_numbers() -> None:
    paras = ["2024 年 3 月 8 日", "主办：某省商务厅", "编者按", "第 12 期", "某片区扩大开放纪实", "正文。"]
    assert find_title(paras) == "某片区扩大开放纪实"


def test_find_title_appends_issue_number_and_subtitle() -> None:
    assert find_title(["片区动态", "第 12 期", "主办：某办"]) == "片区动态 第 12 期"
    assert find_title(["推动片区高质量发展", "——来自一线的调查", "编者按"]) == "推动片区高质量发展——来自一线的调查"


def test_find_title_strips_website_suffix() -> None:
    assert find_title(["某市关于片区建设情况的报告 - 某市人大网", "正文。"]) == "某市关于片区建设情况的报告"
    assert find_title(["片区新政出台_某某政府网"]) == "片区新政出台"
    assert find_title(["片区新政出台｜某某客户端"]) == "片区新政出台"
    assert find_title(["自贸区建设 - 成就与展望"]) == "自贸区建设 - 成就与展望"  # not a site name


def test_find_title_none_when_document_starts_with_body() -> None:
    assert find_title(["片区今年新设企业一千家，同比增长三成。这是正文的一部分。"]) is None
    assert find_title(["一、总体要求", "正文。"]) is None
    assert find_title([]) is None


def test_find_title_markdown_heading() -> None:
    assert find_title(["# 片区周报", "正文。"]) == "片区周报"


def test_find_title_keeps_column_tags_and_label_like_titles() -> None:
    assert find_title(["【观察】片区扩大开放", "2023-05-06 《某某新闻》"]) == "【观察】片区扩大开放"
    assert find_title(["国际日：各地开展宣传活动", "2023-05-06 《某某新闻》"]) == "国际日：各地开展宣传活动"


def test_strip_site_suffix_any_site() -> None:
    assert strip_site_suffix("片区新政出台 - 要闻 - 某网", any_site=True) == "片区新政出台"
    assert strip_site_suffix("片区新政出台", any_site=True) == "片区新政出台"


def test_clean_title() -> None:
    assert clean_title("  片区  周报 ") == "片区 周报"
    assert clean_title("untitled") is None
    assert clean_title("文档1.docx") is None
    assert clean_title("Microsoft Word - 片区报告.doc") == "片区报告"
    assert clean_title("") is None
    assert clean_title(None) is None


# --- find_source -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paras", "expected"),
    [
        (["标题", "来源：某某日报", "正文。"], "某某日报"),
        (["标题", "日期:2023年09月18日 来源: 某地人大", "正文。"], "某地人大"),
        (["标题", "来源：某某网 作者：张某 编辑：李某"], "某某网"),
        (["片区动态", "第 12 期", "主办：某省商务厅", "2024 年 3 月 8 日"], "某省商务厅"),
        (["标题", "发布机构：某市商务委员会"], "某市商务委员会"),
        (["某地举行论坛", "2023-05-06 《某某新闻》", "正文。"], "某某新闻"),
        (
            ["某市条例", "2012年4月18日 某市第十四届人民代表大会常务委员会第二十次会议通过"],
            "某市人民代表大会常务委员会",
        ),
        (["某条例", "2015年2月3日 国务院第99次常务会议通过"], "国务院"),
        (["某条例", "2015年3月9日 中华人民共和国国务院令第888号公布"], "国务院"),
        (["标题", "正文。", "（文章来源：某某客户端）"], "某某客户端"),
        (["标题", "正文。"], None),
        ([], None),
    ],
)
def test_find_source(paras: list[str], expected: str | None) -> None:
    assert find_source(paras) == expected
