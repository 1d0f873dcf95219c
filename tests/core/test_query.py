"""Tests for ftz_desktop.core.query: the search query language (parsing only)."""

from __future__ import annotations

import dataclasses
import datetime
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core.fold import fold
from ftz_desktop.core.query import (
    FIELDS,
    MAX_QUERY_CHARS,
    And,
    DateRange,
    Filter,
    Not,
    Or,
    Query,
    Term,
    parse,
)
from ftz_desktop.errors import QueryError, UserError

ONLY_EXCLUSIONS = "A query needs at least one term to look for, not only exclusions."
OR_NOT = "Cannot combine OR with an exclusion: put the -word or NOT word outside the OR."


def T(text: str, exact: bool = False, field: str | None = None) -> Term:
    return Term(text, exact, field)


def root(query: str):
    return parse(query).root


def error(query: str) -> str:
    with pytest.raises(QueryError) as info:
        parse(query)
    return str(info.value)


# --- plain terms and AND ----------------------------------------------------------------------


def test_empty_and_blank_queries_are_empty() -> None:
    for q in ["", " ", "\t", "\u3000\u3000", " \n \r\n "]:
        query = parse(q)
        assert query == Query(None, q)
        assert query.positive_terms() == ()
        assert query.describe() == "empty query"


def test_single_term() -> None:
    assert root("自贸试验区") == T("自贸试验区")
    assert parse("自贸试验区").describe() == '"自贸试验区"'


def test_space_is_and() -> None:
    assert root("自贸试验区 制度创新") == And((T("自贸试验区"), T("制度创新")))


@pytest.mark.parametrize("sep", [" ", "  ", "\t", "\u3000", " \u3000\t", "\n", "\u00a0"])
def test_separators(sep: str) -> None:
    assert root(f"{sep}上海{sep}海南{sep}") == And((T("上海"), T("海南")))


def test_source_is_kept_and_terms_are_not_folded() -> None:
    q = parse("  ＲＣＥＰ  Rcep ")
    assert q.source == "  ＲＣＥＰ  Rcep "
    assert q.root == And((T("ＲＣＥＰ"), T("Rcep")))


def test_repeated_items_collapse() -> None:
    assert root("上海 上海") == T("上海")
    assert root("上海 海南 上海") == And((T("上海"), T("海南")))
    assert root("上海 OR 上海") == T("上海")
    assert root('上海 "上海"') == And((T("上海"), T("上海", exact=True)))  # different terms


def test_explicit_and_is_accepted() -> None:
    assert root("上海 AND 海南") == And((T("上海"), T("海南")))
    assert root("上海 ＡＮＤ 海南") == And((T("上海"), T("海南")))
    assert root("上海 and 海南") == And((T("上海"), T("and"), T("海南")))  # lower case: a term
    assert root("AND") is None


# --- OR ---------------------------------------------------------------------------------------


def test_or_binds_tighter_than_and() -> None:
    assert root("a b OR c") == And((T("a"), Or((T("b"), T("c")))))
    assert root("a OR b c") == And((Or((T("a"), T("b"))), T("c")))
    assert root("a OR b c OR d") == And((Or((T("a"), T("b"))), Or((T("c"), T("d")))))


def test_or_chain_is_one_or() -> None:
    assert root("a OR b OR c") == Or((T("a"), T("b"), T("c")))


def test_only_uppercase_or_and_its_full_width_form_are_operators() -> None:
    assert root("RCEP ＯＲ 跨境电商") == Or((T("RCEP"), T("跨境电商")))
    assert root("a or b") == And((T("a"), T("or"), T("b")))
    assert root("a Or b") == And((T("a"), T("Or"), T("b")))
    assert root("a | b") == And((T("a"), T("|"), T("b")))
    assert root("a|b") == T("a|b")
    assert root("aOR b") == And((T("aOR"), T("b")))
    assert root("ORa") == T("ORa")


def test_stray_or_is_ignored() -> None:
    assert root("OR") is None
    assert root("OR OR") is None
    assert root("OR a") == T("a")
    assert root("a OR") == T("a")
    assert root("a OR OR b") == Or((T("a"), T("b")))
    assert root("OR a OR OR b OR") == Or((T("a"), T("b")))


def test_or_with_an_exclusion_is_an_error() -> None:
    for q in ["a OR -b", "-a OR b", "a OR NOT b", "NOT a OR b", "x a OR -b", 'a OR -"b c"']:
        assert error(q) == OR_NOT
    # An exclusion next to (not inside) an OR group is fine.
    assert root("上海 OR 北京 -海南") == And((Or((T("上海"), T("北京"))), Not(T("海南"))))
    # Double negation cancels before the check.
    assert root("a OR --b") == Or((T("a"), T("b")))


# --- negation ---------------------------------------------------------------------------------


def test_hyphen_and_not_negate() -> None:
    expected = And((T("自贸区"), Not(T("上海"))))
    assert root("自贸区 -上海") == expected
    assert root("自贸区 －上海") == expected
    assert root("自贸区 NOT 上海") == expected
    assert root("自贸区 ＮＯＴ 上海") == expected
    assert root("-上海 自贸区") == And((Not(T("上海")), T("自贸区")))


def test_negated_phrase() -> None:
    assert root('自贸区 -"上海 临港"') == And((T("自贸区"), Not(T("上海 临港", exact=True))))
    assert root('自贸区 NOT "上海 临港"') == And((T("自贸区"), Not(T("上海 临港", exact=True))))


def test_double_negation_cancels() -> None:
    assert root("--a") == T("a")
    assert root("NOT -a") == T("a")
    assert root("NOT NOT a") == T("a")
    assert root("b ---a") == And((T("b"), Not(T("a"))))


def test_hyphen_inside_a_word_is_literal() -> None:
    assert root("2023-2025") == T("2023-2025")
    assert root("a-b c-") == And((T("a-b"), T("c-")))


def test_negated_keywords_are_terms() -> None:
    assert root("a -OR") == And((T("a"), Not(T("OR"))))
    assert root("a -NOT") == And((T("a"), Not(T("NOT"))))
    assert root("a NOTE") == And((T("a"), T("NOTE")))
    assert root("a not b") == And((T("a"), T("not"), T("b")))


def test_stray_negation_is_ignored() -> None:
    for q in ["-", "－", "--", "NOT", "NOT NOT", "- -", '-""', 'NOT ""']:
        assert root(q) is None, q
    assert root("a -") == T("a")
    assert root("a - b") == And((T("a"), T("b")))
    assert root("a NOT") == T("a")
    assert root("a -- b") == And((T("a"), T("b")))
    assert root("NOT OR a") == T("a")
    assert root('NOT "" a') == T("a")
    assert root("a NOT OR b") == Or((T("a"), T("b")))


def test_only_exclusions_is_an_error() -> None:
    for q in [
        "-上海",
        "NOT 上海",
        "-上海 -海南",
        '-"上海 临港"',
        "－上海 NOT 海南",
        "-title:条例",
        "-date:2023",
        "-zone:上海",
    ]:
        assert error(q) == ONLY_EXCLUSIONS, q


def test_filters_alone_are_a_query() -> None:
    assert root("date:2023 -上海") == And((DateRange("2023-01-01", "2023-12-31", "2023"), Not(T("上海"))))
    assert root("zone:海南") == Filter("zone", "海南")


# --- phrases ----------------------------------------------------------------------------------


def test_phrase() -> None:
    assert root('"中国（上海）自由贸易试验区"') == T("中国（上海）自由贸易试验区", exact=True)
    assert root('"负面 清单"') == T("负面 清单", exact=True)
    assert root("＂负面 清单＂") == T("负面 清单", exact=True)
    assert root('"负面 清单＂') == T("负面 清单", exact=True)  # either quote closes
    assert root('" 上海 "') == T(" 上海 ", exact=True)  # kept as typed


def test_nothing_is_an_operator_inside_quotes() -> None:
    assert root('"a OR -b NOT title:c date:x"') == T("a OR -b NOT title:c date:x", exact=True)


def test_chinese_quotes_are_ordinary_characters() -> None:
    assert root("“自由贸易试验区”") == T("“自由贸易试验区”")
    assert root("「负面清单」 制度") == And((T("「负面清单」"), T("制度")))
    assert root("“负面 清单”") == And((T("“负面"), T("清单”")))


def test_quotes_split_words() -> None:
    assert root('abc"def ghi"') == And((T("abc"), T("def ghi", exact=True)))
    assert root('"abc"def') == And((T("abc", exact=True), T("def")))
    assert root('"a"OR"b"') == Or((T("a", exact=True), T("b", exact=True)))
    assert root('"a"-"b"') == And((T("a", exact=True), Not(T("b", exact=True))))


def test_empty_phrases_are_ignored() -> None:
    assert root('""') is None
    assert root('"   "') is None
    assert root('a "" b') == And((T("a"), T("b")))


def test_unbalanced_quote_runs_to_the_end() -> None:
    assert root('"abc def') == T("abc def", exact=True)
    assert root('a "b c   ') == And((T("a"), T("b c", exact=True)))
    assert root('a "b" "c d') == And((T("a"), T("b", exact=True), T("c d", exact=True)))
    assert root('"') is None
    assert root('a "') == T("a")
    assert root('-"') is None
    assert root('title:"海南 条例') == T("海南 条例", exact=True, field="title")


# --- filters ----------------------------------------------------------------------------------


def test_fields_registry() -> None:
    assert (
        frozenset({"title", "date", "zone", "area", "org", "person", "policy", "tag", "doc", "source", "format", "in"})
        == FIELDS
    )


def test_title_filter() -> None:
    assert root("title:条例") == T("条例", field="title")
    assert root('title:"海南 自由贸易港"') == T("海南 自由贸易港", exact=True, field="title")
    assert root("title：条例") == T("条例", field="title")
    assert root("TITLE:条例") == T("条例", field="title")
    assert root("ｔｉｔｌｅ：条例") == T("条例", field="title")
    assert root("-title:条例 自贸区") == And((Not(T("条例", field="title")), T("自贸区")))
    assert root("title:a:b") == T("a:b", field="title")
    assert root("title:-a") == T("-a", field="title")


@pytest.mark.parametrize("field", sorted(FIELDS - {"title", "date"}))
def test_other_filters(field: str) -> None:
    assert root(f"{field}:上海") == Filter(field, "上海")
    assert root(f'{field}:"上海 临港"') == Filter(field, "上海 临港", exact=True)
    assert root(f"{field}：上海") == Filter(field, "上海")
    assert root(f"a -{field}:上海") == And((T("a"), Not(Filter(field, "上海"))))


def test_unknown_fields_are_literal_terms() -> None:
    assert root("foo:bar") == T("foo:bar")
    assert root("日期:2024") == T("日期:2024")
    assert root("日期：2024 条例") == And((T("日期：2024"), T("条例")))
    assert root("http://example.com") == T("http://example.com")
    assert root(":上海") == T(":上海")
    assert root("：") == T("：")
    assert root("a:") == T("a:")


def test_space_after_a_field_colon() -> None:
    assert root("title: 海南") == T("海南", field="title")
    assert root('title: "海南 条例"') == T("海南 条例", exact=True, field="title")
    assert root("zone：\u3000海南 条例") == And((Filter("zone", "海南"), T("条例")))
    assert root("date: 2023") == DateRange("2023-01-01", "2023-12-31", "2023")
    # Nothing usable after the colon: the word is an ordinary term.
    assert root("title:") == T("title:")
    assert root("a title:") == And((T("a"), T("title:")))
    assert root("title: OR b") == Or((T("title:"), T("b")))
    assert root("title: -b a") == And((T("title:"), Not(T("b")), T("a")))
    assert root("title: zone:x") == And((T("title:"), Filter("zone", "x")))


def test_empty_filter_phrase_is_ignored() -> None:
    assert root('title:"" a') == T("a")
    assert root('-zone:"  " a') == T("a")


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-05", "2023-05-01", "2023-05-31"),
        ("2023-5", "2023-05-01", "2023-05-31"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-05-01", "2023-05-01", "2023-05-01"),
        ("2024-02-29", "2024-02-29", "2024-02-29"),
        ("2023.05", "2023-05-01", "2023-05-31"),
        ("2023/05/01", "2023-05-01", "2023-05-01"),
        ("2023.5.1", "2023-05-01", "2023-05-01"),
        ("2023年", "2023-01-01", "2023-12-31"),
        ("2023年5月", "2023-05-01", "2023-05-31"),
        ("2023年5月1日", "2023-05-01", "2023-05-01"),
        ("２０２３－０５", "2023-05-01", "2023-05-31"),
        ("2023-01..2024-06", "2023-01-01", "2024-06-30"),
        ("2023.01..2024.06", "2023-01-01", "2024-06-30"),
        ("2023..2023", "2023-01-01", "2023-12-31"),
        ("2023..", "2023-01-01", None),
        ("..2022-06", None, "2022-06-30"),
        ("2023~2024", "2023-01-01", "2024-12-31"),
        ("2023～2024-06", "2023-01-01", "2024-06-30"),
        ("2023-05-01..2023-05-01", "2023-05-01", "2023-05-01"),
    ],
)
def test_dates(value: str, start: str | None, end: str | None) -> None:
    assert root(f"date:{value}") == DateRange(start, end, value)


def test_date_variants() -> None:
    assert root('date:"2023-01 .. 2024-06"') == DateRange("2023-01-01", "2024-06-30", "2023-01 .. 2024-06")
    assert root("DATE：2023") == DateRange("2023-01-01", "2023-12-31", "2023")
    assert root("date:2023 date:2024") == And(
        (DateRange("2023-01-01", "2023-12-31", "2023"), DateRange("2024-01-01", "2024-12-31", "2024"))
    )
    assert root("date:2023 OR date:2025") == Or(
        (DateRange("2023-01-01", "2023-12-31", "2023"), DateRange("2025-01-01", "2025-12-31", "2025"))
    )


def test_date_errors() -> None:
    assert error("date:abc") == "Not a date: 'abc'. Use date:2023, date:2023-05 or date:2023-01..2024-06."
    assert error("自贸区 date:2023-13") == (
        "Not a date: '2023-13'. Use date:2023, date:2023-05 or date:2023-01..2024-06."
    )
    for value in [
        "2023-00",
        "2023-02-29",
        "2023-04-31",
        "2023-05-00",
        "0000",
        "23",
        "20230",
        "..",
        "~",
        "2023...2024",
        "2023..2024..2025",
        "2023-05-01-02",
        "2023年13月",
        "٢٠٢٣",
        "2023-",
    ]:
        message = error(f"date:{value}")
        assert message.startswith("Not a date: "), value
    assert error("date:2024..2023") == "The date range '2024..2023' ends before it starts."
    assert error("date:2023-06-02..2023-06-01").endswith("ends before it starts.")


def test_date_error_messages_stay_one_short_line() -> None:
    message = error('date:"20\n23x"')
    assert "\n" not in message and "\\u000a" in message
    message = error("date:" + "x" * 500)
    assert len(message) < 150 and "…" in message


# --- hostile and odd input --------------------------------------------------------------------


def test_query_length_limit() -> None:
    assert root("a" * MAX_QUERY_CHARS) == T("a" * MAX_QUERY_CHARS)
    assert error("a" * (MAX_QUERY_CHARS + 1)) == "The query is too long (over 1000 characters)."
    assert error("自贸区 " * 2000) == "The query is too long (over 1000 characters)."  # 10,000 characters
    assert error('"' + "上海 " * 3333 + '"') == "The query is too long (over 1000 characters)."
    assert parse(" " * 5000 + "a" + " " * 5000).root == T("a")  # surrounding blanks do not count


def test_sql_fragments_are_ordinary_terms() -> None:
    assert root("'; DROP TABLE docs; --") == And((T("';"), T("DROP"), T("TABLE"), T("docs;")))
    assert root("a' OR '1'='1") == Or((T("a'"), T("'1'='1")))
    assert root('"\'; DROP TABLE docs; --"') == T("'; DROP TABLE docs; --", exact=True)
    assert root("docs MATCH NEAR(a b) ^x") == And((T("docs"), T("MATCH"), T("NEAR(a"), T("b)"), T("^x")))


def test_punctuation_and_symbols_are_ordinary() -> None:
    assert root("中国(上海)自由贸易试验区") == T("中国(上海)自由贸易试验区")
    assert root("中国（上海）自由贸易试验区") == T("中国（上海）自由贸易试验区")
    assert root("(a OR b)") == Or((T("(a"), T("b)")))  # no grouping
    assert root("* ? : ：") == And((T("*"), T("?"), T(":"), T("：")))
    assert root("自贸* 试验?") == And((T("自贸*"), T("试验?")))
    assert root("😀 🇨🇳 𠀀") == And((T("😀"), T("🇨🇳"), T("𠀀")))
    assert root("a\x00b \u200b \u202e") == And((T("a\x00b"), T("\u200b"), T("\u202e")))


def test_not_a_string_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        parse(None)
    with pytest.raises(TypeError):
        parse(b"abc")


def test_query_error_is_a_user_error() -> None:
    assert issubclass(QueryError, UserError)


def test_nodes_are_frozen() -> None:
    q = parse("a b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.root = None  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        T("a").text = "b"  # type: ignore[misc]
    assert hash(q) == hash(parse("a b"))


# --- the big example, positive_terms and describe ---------------------------------------------


def test_full_example() -> None:
    q = parse('"中国（上海）自由贸易试验区" OR 临港新片区 -海南 date:2023-01..2024-06 title:条例')
    assert q.root == And(
        (
            Or((T("中国（上海）自由贸易试验区", exact=True), T("临港新片区"))),
            Not(T("海南")),
            DateRange("2023-01-01", "2024-06-30", "2023-01..2024-06"),
            T("条例", field="title"),
        )
    )
    assert q.positive_terms() == (
        T("中国（上海）自由贸易试验区", exact=True),
        T("临港新片区"),
        T("条例", field="title"),
    )
    assert q.describe() == (
        'all of: any of (exactly "中国（上海）自由贸易试验区" | "临港新片区"), not "海南", '
        'date 2023-01-01..2024-06-30, title contains "条例"'
    )


def test_describe() -> None:
    q = parse("自贸区 title:海南 RCEP OR 跨境电商 -上海 date:2023-01..2024-06")
    assert q.describe() == (
        'all of: "自贸区", title contains "海南", any of ("RCEP" | "跨境电商"), not "上海", date 2023-01-01..2024-06-30'
    )
    assert parse("date:2023..").describe() == "date from 2023-01-01"
    assert parse("date:..2022-06").describe() == "date until 2022-06-30"
    assert parse("date:2023-05-01").describe() == "date 2023-05-01"
    assert parse('zone:海南 org:"商务部 办公厅"').describe() == 'all of: zone "海南", org exactly "商务部 办公厅"'
    assert parse('"a\nb\u2028c"').describe() == 'exactly "a\\u000ab\\u2028c"'


def test_positive_terms() -> None:
    q = parse("a -b title:c NOT d zone:e date:2023 f OR a OR g")
    assert q.positive_terms() == (T("a"), T("c", field="title"), T("f"), T("g"))


# --- properties -------------------------------------------------------------------------------

_QUOTE_CHARS = '"\uff02'


def _check_node(node, *, under_not: bool = False) -> None:
    if isinstance(node, Term):
        assert isinstance(node.text, str) and node.text
        assert node.field in (None, "title")
        if node.exact:
            assert node.text.strip()
            assert not any(c in _QUOTE_CHARS for c in node.text)
        else:
            assert '"' not in node.text and "\uff02" not in node.text
            assert not any(c.isspace() for c in node.text)
    elif isinstance(node, Filter):
        assert node.field in FIELDS - {"title", "date"}
        assert node.value
    elif isinstance(node, DateRange):
        assert node.start is not None or node.end is not None
        for day in (node.start, node.end):
            if day is not None:
                assert datetime.date.fromisoformat(day).isoformat() == day
        if node.start is not None and node.end is not None:
            assert node.start <= node.end
    elif isinstance(node, Not):
        assert not under_not and not isinstance(node.item, Not)
        _check_node(node.item, under_not=True)
    elif isinstance(node, And):
        assert len(node.items) >= 2 and len(set(node.items)) == len(node.items)
        assert not any(isinstance(i, And) for i in node.items)
        for item in node.items:
            _check_node(item, under_not=under_not)
    elif isinstance(node, Or):
        assert len(node.items) >= 2 and len(set(node.items)) == len(node.items)
        assert not any(isinstance(i, (Or, Not)) for i in node.items)
        for item in node.items:
            _check_node(item, under_not=under_not)
    else:
        raise AssertionError(f"not a node: {node!r}")


def _check_parse(text: str) -> Query | None:
    try:
        q = parse(text)
    except QueryError as e:
        message = str(e)
        assert message and len(message.splitlines()) == 1 and len(message) < 200
        return None
    assert isinstance(q, Query) and q.source == text
    if q.root is not None:
        _check_node(q.root)
        assert not isinstance(q.root, Not)
        if isinstance(q.root, And):
            assert not all(isinstance(i, Not) for i in q.root.items)
    terms = q.positive_terms()
    assert isinstance(terms, tuple) and all(isinstance(t, Term) for t in terms)
    assert len(set(terms)) == len(terms)
    described = q.describe()
    assert isinstance(described, str) and described and len(described.splitlines()) == 1
    assert q == parse(text)  # deterministic
    return q


ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=sys.maxunicode), max_size=60)

WORDS = st.sampled_from(
    [
        "自贸试验区",
        "制度创新",
        "临港新片区",
        "海南",
        "RCEP",
        "跨境电商",
        "中国(上海)",
        "（上海）",
        "“负面清单”",
        "「条例」",
        "*",
        "?",
        ":",
        "：",
        "a:b",
        "日期:2024",
        "'; DROP TABLE docs; --",
        "😀",
        "𠀀",
        "x\x00y",
        "or",
        "not",
    ]
)
SHORT = st.text(min_size=1, max_size=6)
DATE_VALUES = st.sampled_from(
    [
        "2023",
        "2023-05",
        "2023-05-01",
        "2023-01..2024-06",
        "2023..",
        "..2022-06",
        "2023.05",
        "2023/05/01",
        "abc",
        "2023-13",
        "2024..2023",
        "..",
        "",
        "2023年5月",
        "２０２３",
        "2023-02-30",
    ]
)
FIELD_NAMES = st.sampled_from(sorted(FIELDS) + ["foo", "日期", "TITLE", "ｔｉｔｌｅ", "Date"])
COLONS = st.sampled_from([":", "："])
QUOTES = st.sampled_from(['"', "＂"])
OPERATORS = st.sampled_from(["OR", "ＯＲ", "NOT", "ＮＯＴ", "AND", "-", "－", "|", "--", "OR OR"])
SEPARATORS = st.sampled_from([" ", "  ", "\t", "\u3000", "\n", ""])

TERMS = WORDS | SHORT
PHRASES = st.builds(
    lambda q1, body, q2: q1 + body + q2, QUOTES, st.lists(TERMS, max_size=3).map(" ".join), QUOTES | st.just("")
)
ITEMS = TERMS | PHRASES
FILTERS = st.builds(lambda f, c, v: f + c + v, FIELD_NAMES, COLONS, ITEMS | DATE_VALUES | st.just(""))
PREFIXED = st.builds(lambda p, item: p + item, st.sampled_from(["-", "－", "NOT ", "ＮＯＴ ", "--"]), ITEMS | FILTERS)
TOKENS = TERMS | PHRASES | OPERATORS | FILTERS | PREFIXED | QUOTES
GRAMMAR = st.lists(st.tuples(TOKENS, SEPARATORS), max_size=12).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_parses_or_raises_query_error(text: str) -> None:
    _check_parse(text)


@settings(max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
@given(GRAMMAR)
def test_grammar_queries_parse_or_raise_query_error(text: str) -> None:
    _check_parse(text)


@settings(max_examples=50)
@given(st.text(min_size=MAX_QUERY_CHARS - 20, max_size=MAX_QUERY_CHARS + 20))
def test_long_text(text: str) -> None:
    _check_parse(text)


def _plain_term(text: str) -> bool:
    """A word that parses as itself: no blanks or quotes, no leading '-', no keyword, no known field."""
    if not text or any(c.isspace() or c in _QUOTE_CHARS for c in text) or text[0] in "-－":
        return False
    if text in {"OR", "ＯＲ", "NOT", "ＮＯＴ", "AND", "ＡＮＤ"}:
        return False
    head, colon, _ = text.replace("：", ":").partition(":")
    return not (colon and fold(head) in FIELDS)


PLAIN_TERMS = (WORDS | st.text(min_size=1, max_size=8)).filter(_plain_term)


@given(st.lists(PLAIN_TERMS, min_size=1, max_size=8, unique=True), st.sampled_from([" ", "\t", "\u3000", " \u3000 "]))
def test_round_trip_and_of_terms(words: list[str], sep: str) -> None:
    q = parse(sep.join(words))
    assert q.positive_terms() == tuple(T(w) for w in words)
    assert q.root == (T(words[0]) if len(words) == 1 else And(tuple(T(w) for w in words)))


@given(st.lists(PLAIN_TERMS, min_size=2, max_size=8, unique=True))
def test_round_trip_or_of_terms(words: list[str]) -> None:
    assert parse(" OR ".join(words)).root == Or(tuple(T(w) for w in words))


@given(st.lists(PLAIN_TERMS, min_size=2, max_size=6, unique=True))
def test_round_trip_with_exclusion(words: list[str]) -> None:
    *keep, drop = words
    q = parse(" ".join(keep) + " -" + drop)
    assert q.positive_terms() == tuple(T(w) for w in keep)
    assert q.root == And(tuple(T(w) for w in keep) + (Not(T(drop)),))


@given(st.text(min_size=1).filter(lambda s: s.strip() and not any(c in _QUOTE_CHARS for c in s)))
def test_round_trip_phrase(body: str) -> None:
    if len(body) + 2 > MAX_QUERY_CHARS:
        return
    assert parse(f'"{body}"').root == T(body, exact=True)
    assert parse(f"title:＂{body}＂").root == T(body, exact=True, field="title")
