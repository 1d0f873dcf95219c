"""Facets and result orders on a library the tests build: every facet count equals the count
worked out by hand from the results, and adding a value's filter finds exactly that many."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core.tags import is_under
from ftz_desktop.errors import UserError
from ftz_desktop.services.library import Library

ZONES = [
    "上海自贸试验区",
    "海南自由贸易港",
    "中国（黑龙江）自由贸易试验区绥芬河片区",
    "临港新片区",
    "广西自贸试验区",
    "",
]
WORDS = ["开放", "创新", "海关", "金融", "口岸"]
SOURCES = ["新华社", "新华社上海分社", "商务部", "SHANGHAI Daily", None]
TAGS = ["政策/金融", "政策", "跨境", "报告/2024"]


def _corpus() -> dict[str, str]:
    rnd = random.Random(16)
    files = {}
    for i in range(40):
        zone = rnd.choice(ZONES)
        words = rnd.sample(WORDS, rnd.randint(1, 3))
        year = rnd.choice([2019, 2021, 2023, 2024, None])
        source = rnd.choice(SOURCES)
        body = f"{zone}推进{'和'.join(words)}工作，第{i}号文件说明{words[0]}的进展。{words[-1]}继续。"
        title = f"测试文件{i:02d}{words[0]}"
        if i % 3 == 0:  # Markdown with front matter
            head = [f"title: {title}"]
            if year:
                head.append(f"date: {year}-0{1 + i % 9}-1{i % 10}")
            if source:
                head.append(f"source: {source}")
            files[f"d{i:02d}.md"] = "---\n" + "\n".join(head) + "\n---\n\n" + body + "\n"
        else:
            lines = [title]
            if year:
                lines.append(f"{year}年{1 + i % 12}月{1 + i % 27}日")
            if source:
                lines.append(f"来源：{source}")
            files[f"d{i:02d}.txt"] = "\n".join(lines) + "\n\n" + body + "\n"
    return files


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("facets")
    folder = root / "docs"
    folder.mkdir()
    for name, text in _corpus().items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(root / "lib.sqlite")
    lib.import_all([folder])
    rnd = random.Random(7)
    for doc in lib.documents():
        if rnd.random() < 0.4:
            lib.annotations.add_document_tags(doc.doc_id, [rnd.choice(TAGS)])
        if rnd.random() < 0.3:
            lib.annotations.create(doc.doc_id, 0, 4, tags=[rnd.choice(TAGS)])
    yield lib
    lib.close()


def _brute_force(lib: Library, query: str) -> dict[str, Counter]:
    """Facet counts worked out document by document from the results."""
    ids = [h.doc_id for h in lib.search(query, limit=None).hits]
    docs = {d.doc_id: d for d in lib.documents()}
    out: dict[str, Counter] = {k: Counter() for k in ("zone", "area", "year", "source", "format", "tag")}
    for doc_id in ids:
        d = docs[doc_id]
        if d.date:
            out["year"][d.date[:4]] += 1
        if d.source:
            out["source"][d.source.lower()] += 1
        out["format"][d.format] += 1
        zones = {e.zone for e in lib.entities(doc_id=doc_id) if e.kind in ("zone", "area") and e.zone}
        for z in zones:
            out["zone"][z] += 1
        for e in lib.entities(doc_id=doc_id, kind="area"):
            out["area"][e.name] += 1
        own = set(lib.annotations.document_tags(doc_id)) | {
            t for a in lib.annotations.for_document(doc_id) for t in a.tags
        }
        names = {p for t in own for p in (*_parents(t), t)}
        for name in names:
            if any(is_under(t, name) for t in own):
                out["tag"][name.lower()] += 1
    return out


def _parents(tag: str) -> list[str]:
    parts = tag.split("/")
    return ["/".join(parts[:k]) for k in range(1, len(parts))]


def _zone_ids(lib: Library) -> dict[str, str]:
    """Display name → zone id."""
    return {label: zone_id for zone_id, (_, label, _) in lib.zone_labels().items()}


queries = st.lists(
    st.sampled_from(
        [
            *WORDS,
            "文件",
            "-海关",
            "zone:上海",
            "-zone:海南自贸港",
            "date:2023",
            "date:2019..2021",
            "tag:政策",
            "source:新华社",
        ]
    ),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_facet_counts_equal_brute_force_counts(built, query):
    try:
        facets = built.facets(query)
    except UserError:
        return  # a query of exclusions only
    expected = _brute_force(built, query)
    ids = _zone_ids(built)
    got = {
        "zone": Counter({ids[v.value]: v.count for v in facets["zone"]}),
        "area": Counter({v.value: v.count for v in facets["area"]}),
        "year": Counter({v.value: v.count for v in facets["year"]}),
        "source": Counter({v.value.lower(): v.count for v in facets["source"]}),
        "format": Counter({v.value: v.count for v in facets["format"]}),
        "tag": Counter({v.value.lower(): v.count for v in facets["tag"]}),
    }
    assert got == expected
    for values in facets.values():  # most documents first
        assert [v.count for v in values] == sorted((v.count for v in values), reverse=True)


@pytest.mark.parametrize("query", ["文件", "开放", "金融 -海关", "zone:上海"])
def test_adding_a_facet_filter_finds_exactly_its_count(built, query):
    facets = built.facets(query)
    assert facets["year"] and facets["source"] and facets["zone"]
    for values in facets.values():
        for v in values:
            narrowed = f"{query} {v.filter}"
            assert built.search(narrowed, limit=1).total == v.count, narrowed
            if v.count < built.search(query, limit=1).total:
                excluded = built.search(f"{query} -{v.filter}", limit=1).total
                assert excluded == built.search(query, limit=1).total - v.count, f"{query} -{v.filter}"


def test_facet_filters_are_what_a_user_types(built):
    facets = built.facets("文件")
    assert {v.filter for v in facets["year"]} >= {"date:2023", "date:2019"}
    sources = {v.value: v.filter for v in facets["source"]}
    # 新华社 is inside 新华社上海分社: it is narrowed to exactly itself
    assert sources["新华社"] == 'source:"新华社"'
    assert sources["新华社上海分社"] == "source:新华社上海分社"
    assert sources["SHANGHAI Daily"] == 'source:"SHANGHAI Daily"'
    zones = {v.value: v.filter for v in facets["zone"]}
    assert zones["上海"] == "zone:上海"
    assert zones["海南自贸港"] == "zone:海南自贸港"
    assert {v.value for v in facets["format"]} == {"md", "txt"}
    tags = {v.value for v in facets["tag"]}
    assert "政策" in tags and "政策/金融" in tags


def test_empty_query_counts_the_whole_library(built):
    facets = built.facets("")
    assert sum(v.count for v in facets["format"]) == built.count()


def _order(lib, query, sort):
    return list(lib.search(query, limit=None, sort=sort).hits)


def test_sort_orders(built):
    query = "文件"
    by_date = _order(built, query, "date")
    dated = [h.date for h in by_date if h.date]
    assert dated == sorted(dated, reverse=True)
    assert all(h.date is None for h in by_date[len(dated) :])  # undated last
    old = _order(built, query, "date-old")
    assert [h.date for h in old if h.date] == sorted(dated)
    assert all(h.date is None for h in old[len(dated) :])
    titles = [h.title for h in _order(built, query, "title")]
    assert titles == sorted(titles, key=str.lower)
    hits = [len(h.hits) for h in _order(built, query, "hits")]
    assert hits == sorted(hits, reverse=True)
    relevance = _order(built, query, "relevance")
    assert relevance == _order(built, query, "relevance")
    assert {h.doc_id for h in relevance} == {h.doc_id for h in by_date}
    assert [h.score for h in relevance] == sorted((h.score for h in relevance), reverse=True)


@pytest.mark.parametrize("sort", ["date", "date-old", "title", "hits", "relevance"])
def test_sorted_pages_join_up(built, sort):
    whole = [h.doc_id for h in built.search("开放 OR 金融", limit=None, sort=sort).hits]
    pages = []
    for offset in range(0, len(whole), 7):
        page = built.search("开放 OR 金融", limit=7, offset=offset, sort=sort)
        assert page.total == len(whole)
        pages += [h.doc_id for h in page.hits]
    assert pages == whole


def test_sort_by_filter_only_query_and_unknown_sort(built):
    hits = _order(built, "date:2019..2024", "date-old")
    assert [h.date for h in hits] == sorted(h.date for h in hits)
    with pytest.raises(UserError):
        built.search("文件", sort="size")


def test_hits_order_follows_a_reimport(make_library, write_folder):
    folder = write_folder({"a.txt": "甲\n\n开放开放开放。", "b.txt": "乙\n\n开放。"}, "hits")
    lib = make_library(folder)
    assert [h.title for h in lib.search("开放", sort="hits", limit=None).hits] == ["甲", "乙"]
    (folder / "b.txt").write_text("乙\n\n" + "开放，" * 9, encoding="utf-8")
    lib.import_all([folder])
    assert [h.title for h in lib.search("开放", sort="hits", limit=1).hits] == ["乙"]
