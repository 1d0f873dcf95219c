"""The filters facets write into the query line: source:, format:, in:, and adding or taking
them out of a query as text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core import query as q


def test_new_filter_fields_parse():
    parsed = q.parse('开放 source:新华社 format:PDF in:报告/2024 -source:"商务部"')
    assert parsed.root == q.And(
        (
            q.Term("开放"),
            q.Filter("source", "新华社"),
            q.Filter("format", "PDF"),
            q.Filter("in", "报告/2024"),
            q.Not(q.Filter("source", "商务部", exact=True)),
        )
    )
    assert not parsed.warnings


def test_filter_token_quotes_only_when_needed():
    assert q.filter_token("zone", "上海") == "zone:上海"
    assert q.filter_token("source", "SHANGHAI Daily") == 'source:"SHANGHAI Daily"'
    assert q.filter_token("source", "新华社", exact=True) == 'source:"新华社"'
    assert q.filter_token("date", "2023", exclude=True) == "-date:2023"
    assert q.filter_token("tag", 'a"b') == "tag:ab"  # a quote cannot be written inside a value


def test_toggle_filter_adds_removes_and_flips():
    assert q.toggle_filter("的", "zone:上海") == "的 zone:上海"
    assert q.toggle_filter("的 zone:上海", "zone:上海") == "的"
    assert q.toggle_filter("的 zone:上海", "-zone:上海") == "的 -zone:上海"
    assert q.toggle_filter("的 -zone:上海", "zone:上海") == "的 zone:上海"
    assert q.toggle_filter('"a b"  source:"X Y"', 'source:"X Y"') == '"a b"'


values = st.text(alphabet=st.sampled_from("上海新华社ab 2-/:\"'"), min_size=1, max_size=8).filter(
    lambda v: v.replace('"', "").strip()
)


@given(base=st.sampled_from(["的", "开放 -海关", '"制度 创新"', "zone:上海 date:2023"]), value=values)
def test_a_filter_token_parses_back_to_its_filter(base, value):
    token = q.filter_token("source", value)
    added = q.toggle_filter(base, token)
    parsed = q.parse(added)
    items = parsed.root.items if isinstance(parsed.root, q.And) else (parsed.root,)
    wanted = value.replace('"', "").strip()
    assert any(isinstance(i, q.Filter) and i.field == "source" and i.value == wanted for i in items)
    assert q.toggle_filter(added, token).split() == base.split()
