"""Top-k search: the impact index and the threshold algorithm give exactly FTS5's bm25 ranking."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core import query as q
from ftz_desktop.errors import QueryError
from ftz_desktop.services.library import Library
from ftz_desktop.store import fts, impact, ranking
from ftz_desktop.store import search as store_search

WORDS = [
    "自贸试验区",
    "制度创新",
    "的",
    "的的",
    "海关",
    "监管",
    "条例",
    "办法",
    "规定",
    "上海",
    "海南",
    "开放",
    "RCEP",
    "GDP",
    "（试行）",
    "跨境电商",
    "企业",
    "发展",
    "，",
    "。",
    "\n",
]


def _text(rng: random.Random, n: int) -> str:
    # a few frequent words, many rare ones: lengths and weights spread over many cells
    return "".join(rng.choice(WORDS[: rng.randint(3, len(WORDS))]) for _ in range(n))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    rng = random.Random(13)
    folder: Path = tmp_path_factory.mktemp("docs")
    for i in range(400):
        title = _text(rng, rng.randint(1, 6)).replace("\n", "")
        date = f"20{rng.randint(18, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        body = _text(rng, rng.choice([5, 20, 80, 400, 1500]))
        (folder / f"d{i:03d}.md").write_text(f"---\ntitle: '{title or 'x'}'\ndate: {date}\n---\n{body}\n", "utf-8")
    lib = Library(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    lib.import_all([folder])
    return lib


QUERIES = [
    "的 发展",
    "海关 监管 条例",
    "经济 OR 社会",
    "海关 OR 的的 OR 企业",
    "上海 开放 -海南",
    '"海关监管" 企业',
    "title:条例 的",
    "发展 开放 date:2021",
    "的",
    "的的",
    "海",
    "海关",
    "制度创新",
    "上海 开放",
    "条例 OR 办法 OR 规定",
    "开放 -上海",
    "title:条例",
    "rcep",
    "ＧＤＰ",
    "（试行）",
    "发展 date:2021",
    '"，的"',
]


@pytest.mark.parametrize("query", QUERIES)
def test_top_k_is_exactly_the_full_bm25_ranking(library: Library, monkeypatch, query: str) -> None:
    db = library._db()
    compiled = store_search.compile_query(q.parse(query))
    assert compiled is not None and compiled.tree is not None
    _, full = store_search.rank_all(db, compiled, limit=20)
    monkeypatch.setattr(ranking, "MAX_CANDIDATES", 10**6)
    monkeypatch.setattr(ranking, "TIME_BUDGET", 1e9)
    monkeypatch.setattr(ranking, "MAX_CANDIDATES_BY_CELL", 10**6)
    monkeypatch.setattr(ranking, "MAX_PHRASES", 10)  # the general algorithm, not just what runs
    top = ranking.top_k(db, compiled.tree, 20, conditions=compiled.conditions, params=compiled.params)
    if top is None:  # not provable for this query: the caller ranks everything; still never wrong
        pytest.skip("top-k could not prove this one")
    assert top == full  # same documents, same order, the very same scores
    # knowing each phrase's documents (matches decided without the text) gives the same answer
    docs = {p: ranking.phrase_docs(db, p) for p, _ in ranking.leaves(compiled.tree)}
    with_docs = ranking.top_k(db, compiled.tree, 20, conditions=compiled.conditions, params=compiled.params, docs=docs)
    assert with_docs is None or with_docs == full


_TERMS = [w for w in WORDS if w.strip("，。\n")] + ["海", "关"]
_term = st.sampled_from(_TERMS)


@st.composite
def _queries(draw: st.DrawFn) -> str:
    """Queries of the shapes the fast path meets: AND of several terms, OR, NOT, quoted phrases,
    title: and date filters, in any mixture."""
    shape = draw(st.sampled_from(["and", "or", "not", "quoted", "title", "date"]))
    terms = draw(st.lists(_term, min_size=1, max_size=3))
    if shape == "or":
        return " OR ".join(terms + [draw(_term)])
    if shape == "not":
        return " ".join(terms) + " -" + draw(_term)
    if shape == "quoted":
        return '"' + "".join(terms) + '"' + ("" if draw(st.booleans()) else " " + draw(_term))
    if shape == "title":
        return "title:" + " ".join(terms) + " " + draw(_term)
    if shape == "date":
        return " ".join(terms) + f" date:20{draw(st.integers(18, 24))}"
    return " ".join(terms)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=_queries(), k=st.sampled_from([1, 5, 20, 60]), with_docs=st.booleans())
def test_top_k_of_random_queries_is_the_full_ranking(library: Library, query: str, k: int, with_docs: bool) -> None:
    db = library._db()
    compiled = store_search.compile_query(q.parse(query))
    assert compiled is not None and compiled.tree is not None
    _, full = store_search.rank_all(db, compiled, limit=k)
    docs = {p: ranking.phrase_docs(db, p) for p, _ in ranking.leaves(compiled.tree)} if with_docs else None
    saved = ranking.MAX_CANDIDATES, ranking.MAX_CANDIDATES_BY_CELL, ranking.TIME_BUDGET, ranking.MAX_PHRASES
    ranking.MAX_CANDIDATES, ranking.MAX_CANDIDATES_BY_CELL, ranking.TIME_BUDGET, ranking.MAX_PHRASES = (
        10**6,
        10**6,
        1e9,
        10,
    )
    try:
        top = ranking.top_k(db, compiled.tree, k, conditions=compiled.conditions, params=compiled.params, docs=docs)
    finally:
        ranking.MAX_CANDIDATES, ranking.MAX_CANDIDATES_BY_CELL, ranking.TIME_BUDGET, ranking.MAX_PHRASES = saved
    if docs is not None:
        assert len(ranking.tree_docs(compiled.tree, docs)) == store_search._count(
            db, store_search.Compiled(compiled.match)
        )
    assert top is None or top == full, query


def test_run_gives_the_same_results_and_totals_whichever_way_it_ranks(library: Library, monkeypatch) -> None:
    db = library._db()
    proved = 0
    for query in QUERIES:
        compiled = store_search.compile_query(q.parse(query))
        assert compiled is not None
        expected = store_search.rank_all(db, compiled, limit=10, offset=5)
        monkeypatch.setattr(store_search, "RANK_ALL_BELOW", 0)
        monkeypatch.setattr(store_search, "SCORE_FILTERED_BELOW", 5)
        got = store_search.run(db, compiled, limit=10, offset=5)
        monkeypatch.undo()
        assert got == expected, query
        proved += compiled.tree is not None and ranking.top_k(db, compiled.tree, 15) is not None
    assert proved >= 8  # the fast path really ran (for the queries of one phrase it is used for)


def test_scores_of_picked_documents_equal_fts5(library: Library) -> None:
    db = library._db()
    compiled = store_search.compile_query(q.parse("条例 OR 海关 监管"))
    assert compiled is not None and compiled.tree is not None
    _, full = store_search.rank_all(db, compiled, limit=None)
    picked = [doc_id for doc_id, _ in full[::7]]
    assert ranking.score_ids(db, compiled.tree, picked) == sorted(
        [r for r in full if r[0] in picked], key=lambda r: (-r[1], r[0])
    )


def test_a_refused_id_is_never_a_result(library: Library) -> None:
    db = library._db()
    compiled = store_search.compile_query(q.parse("的"))
    assert compiled is not None and compiled.tree is not None
    _, full = store_search.rank_all(db, compiled, limit=30)
    banned = {doc_id for doc_id, _ in full[:10:2]}
    top = ranking.top_k(db, compiled.tree, 20, accept=lambda i: i not in banned)
    assert top is not None
    assert [r for r in full if r[0] not in banned][:20] == top


def test_re_import_keeps_the_impact_index_in_step(tmp_path: Path, write_folder, monkeypatch) -> None:
    folder = write_folder({f"{i}.txt": "海关监管" * (i + 1) + "条例" for i in range(30)})
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
        (folder / "3.txt").write_text("条例" * 50, "utf-8")  # changed: old postings must go
        lib.import_all([folder])
        db = lib._db()
        tokens = {t for (t,) in db.execute("SELECT term FROM impact_vocab WHERE term LIKE '海%'")}
        assert all(t.startswith(("海x", "海关x", "海w", "海关w")) for t in tokens)
        monkeypatch.setattr(store_search, "RANK_ALL_BELOW", 0)
        res = lib.search("条例", limit=3, all_copies=True)  # (the texts are near-duplicates of each other)
        assert res.total == 30 and res.hits[0].path.endswith("3.txt")
        monkeypatch.undo()
        assert [h.doc_id for h in lib.search("海关", limit=5, all_copies=True).hits] == [
            h.doc_id for h in lib.search('"海关" -不存在的词', limit=5, all_copies=True).hits
        ]


def test_impact_tokens_bound_every_document() -> None:
    # a document missing under a term is below the floor; a listed one within its cell's bound
    title, body = "海关条例", "海关" * 40 + "的" * 3 + "z" * 2000
    listed = {t.split("x")[0]: t for t in impact.postings(title, body)}
    length = len(title) + len(body)
    for avgdl in (300.0, 1000.0, 5000.0):
        for term, w in (("海", 45), ("关", 45), ("海关", 45), ("的", 3), ("条", 5)):
            r = w / impact.k_of(length, avgdl)
            if term in listed:
                wc, dc, _ = impact.parse_cells(term, [listed[term]])[0]
                assert wc == w and r <= impact.cell_bound(wc, dc, avgdl)
            else:
                assert r < impact.floor_r(avgdl)


def test_weight_tokens_hold_every_posting_once() -> None:
    # listed pairs only (data/impact_terms.json): 海关, 条例, zz; not 关条, nor single characters
    title, body = "海关条例", "海关" * 40 + "的" * 3 + "z" * 2000
    tokens = list(impact.postings(title, body))
    weights: dict[str, list[int]] = {}
    for term in ("海", "海关", "的", "条", "条例", "z", "zz", "关条"):
        for tok in tokens:
            w = impact.parse_weight(term, tok)
            if w is not None and tok.startswith(term + "w"):
                weights.setdefault(term, []).append(w)
    assert weights == {"海关": [45], "条例": [5], "zz": [1999]}
    assert impact.parse_weight("海", "海关x45y40") is None  # another term's token


def test_a_new_index_encoding_rebuilds_the_impact_index_too(tmp_path: Path, write_folder) -> None:
    folder = write_folder({"a.txt": "海关监管" * 20})
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
        db = lib._db()
        db.execute("INSERT INTO impact (impact) VALUES ('delete-all')")  # as if built with other tokens
        db.execute("UPDATE settings SET value = '0' WHERE key = 'index_version'")
    with Library(tmp_path / "lib.sqlite") as lib:
        terms = {t for (t,) in lib._db().execute("SELECT term FROM impact_vocab")}
        assert any(t.startswith("海关x") for t in terms)


# --- every match scored from the weight tokens ------------------------------------------------

SHORT = [w for w in WORDS if len(w) <= 2 and w.strip("，。\n")] + ["海", "关", "，的"]
#: those that have weight tokens (the others are ranked by FTS5)
WEIGHTED = [w for w in SHORT if impact.has_weights(fts.encode(w))]


def _fts5(db, compiled: store_search.Compiled, k: int | None) -> tuple[int, list[tuple[int, float]]]:
    return store_search.rank_all(db, compiled, limit=k)


@pytest.mark.parametrize("query", [x for x in QUERIES if "title:" not in x] + ["海 关 -的的", "的 OR 的", "海关 海关"])
def test_ranking_by_weights_is_exactly_fts5s(library: Library, query: str) -> None:
    db = library._db()
    compiled = store_search.compile_query(q.parse(query))
    assert compiled is not None and compiled.tree is not None
    if not ranking.weights_cover(compiled.tree):
        assert ranking.rank_by_weights(db, compiled.tree, 20) is None
        return
    within = store_search._selected_ids(db, compiled) if compiled.conditions else None
    for k in (1, 20, None):
        assert ranking.rank_by_weights(db, compiled.tree, k, within=within) == _fts5(db, compiled, k), (query, k)


@st.composite
def _short_queries(draw: st.DrawFn) -> str:
    """AND, OR and NOT of phrases of one or two characters (``a b OR c`` = a AND (b OR c)), with
    date filters."""
    terms = draw(st.lists(st.sampled_from(SHORT), min_size=1, max_size=4))
    ops = draw(st.lists(st.sampled_from([" ", " OR ", " -"]), min_size=len(terms) - 1, max_size=len(terms) - 1))
    query = terms[0] + "".join(op + t for op, t in zip(ops, terms[1:], strict=True))
    if draw(st.booleans()):
        query = f"{draw(st.sampled_from(SHORT))} {query}"
    if draw(st.integers(0, 3)) == 0:
        query += f" date:20{draw(st.integers(18, 24))}"
    return query


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=_short_queries(), k=st.sampled_from([1, 5, 20, 100]))
def test_ranking_by_weights_of_random_queries_is_exactly_fts5s(library: Library, query: str, k: int) -> None:
    db = library._db()
    try:
        compiled = store_search.compile_query(q.parse(query))
    except QueryError:  # an exclusion inside an OR
        return
    if compiled is None or compiled.match is None or compiled.tree is None:
        return
    if not ranking.weights_cover(compiled.tree):  # an OR inside an AND: not from the weights
        assert ranking.rank_by_weights(db, compiled.tree, k) is None
        return
    expected = _fts5(db, compiled, k)
    assert store_search.run(db, compiled, limit=k) == expected, query
    assert (
        ranking.rank_by_weights(
            db, compiled.tree, k, within=store_search._selected_ids(db, compiled) if compiled.conditions else None
        )
        == expected
    ), query


def test_an_or_inside_an_and_is_left_to_fts5(library: Library) -> None:
    # FTS5 leaves 海关 (in the title) out of one document's score here though the document has it
    compiled = store_search.compile_query(q.parse("条例 上海 OR 海关 -监管 date:2023"))
    assert compiled is not None and compiled.tree is not None
    assert not ranking.weights_cover(compiled.tree)
    for query in ("条例 海关 -监管", "上海 OR 海关 -监管", "海关"):
        flat = store_search.compile_query(q.parse(query))
        assert flat is not None and flat.tree is not None and ranking.weights_cover(flat.tree)


def test_searches_give_the_results_of_fts5s_full_ranking(library: Library, monkeypatch) -> None:
    # the guarantee the search latency bench measures at scale: the same top 20 (after the
    # proximity re-rank of the best 100), the same scores and totals as FTS5 ranking every match
    rng = random.Random(5)
    queries = [" ".join(rng.sample(WEIGHTED, rng.randint(2, 3))) for _ in range(30)]
    queries += [" OR ".join(rng.sample(WEIGHTED, rng.randint(2, 3))) for _ in range(30)]
    monkeypatch.setattr(store_search, "RANK_ALL_BELOW", 0)  # the weights answer however few match
    fast = [library.search(x, limit=20, all_copies=True) for x in queries]
    assert all(ranking.weights_cover(store_search.compile_query(q.parse(x)).tree) for x in queries)

    def fts5_only(db, compiled, *, limit, offset=0, accept=None):
        return store_search.rank_all(db, compiled, limit=limit, offset=offset)

    monkeypatch.setattr(store_search, "run", fts5_only)
    for query, got in zip(queries, fast, strict=True):
        slow = library.search(query, limit=20, all_copies=True)
        assert got.total == slow.total, query
        assert [(h.doc_id, h.score) for h in got.hits] == [(h.doc_id, h.score) for h in slow.hits], query


def test_ranking_by_weights_follows_imports_on_one_connection(tmp_path: Path, write_folder) -> None:
    folder = write_folder({f"{i}.txt": "海关监管" * (i + 1) + "条例的" * (30 - i) for i in range(30)})
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
        db = lib._db()
        compiled = store_search.compile_query(q.parse("海关 OR 条例"))
        assert compiled is not None and compiled.tree is not None
        assert ranking.rank_by_weights(db, compiled.tree, 5) == _fts5(db, compiled, 5)
        (folder / "new.txt").write_text("海关" * 400, "utf-8")
        (folder / "3.txt").write_text("条例" * 3, "utf-8")
        lib.import_all([folder])
        got = ranking.rank_by_weights(db, compiled.tree, 5)
        assert got == _fts5(db, compiled, 5) and got is not None and got[0] == 31


def test_facets_of_short_queries_count_the_same_documents(library: Library, monkeypatch) -> None:
    from ftz_desktop.store import facets

    db = library._db()
    queries = ["海关 监管", "条例 OR 办法 OR 规定", "上海 开放 -海南", "海关", "的"]
    fast = {}
    for query in queries:
        compiled = store_search.compile_query(q.parse(query))
        assert compiled is not None
        # a single character has no weight tokens: its documents come from FTS5
        assert (store_search.matching_ids(db, compiled) is None) == (query == "的")
        fast[query] = facets.counts(db, compiled)
    monkeypatch.setattr(store_search, "matching_ids", lambda db, compiled: None)
    for query in queries:
        assert facets.counts(db, store_search.compile_query(q.parse(query))) == fast[query], query


@pytest.mark.parametrize(
    "query",
    ['"海关监管"', '"的，的"', '"的的的"', '"条例办法"', "制度创新", '"rcep"', "（试行）", '"gdp，的"', '"海关的"'],
)
def test_top_k_of_a_long_phrase_is_exactly_fts5s(library: Library, monkeypatch, query: str) -> None:
    db = library._db()
    compiled = store_search.compile_query(q.parse(query))
    assert compiled is not None and isinstance(compiled.tree, ranking.Phrase)
    hits = store_search._fts_count(db, compiled.match)
    monkeypatch.setattr(ranking, "MAX_CANDIDATES", 10**6)
    text = compiled.tree.text
    pairs = {text[i : i + 2] for i in range(len(text) - 1)}
    if not all(impact.has_weights(p) for p in pairs if impact.listable(p)) or not any(map(impact.has_weights, pairs)):
        # a pair of it has no weight tokens: FTS5 ranks it
        assert ranking.top_k_of_long_phrase(db, compiled.tree, 20, hits) is None
        return
    for k in (1, 7, 20, 100):
        top = ranking.top_k_of_long_phrase(db, compiled.tree, k, hits)
        assert top == store_search.rank_all(db, compiled, limit=k)[1], (query, k)
    banned = {d for d, _ in store_search.rank_all(db, compiled, limit=6)[1][::2]}
    top = ranking.top_k_of_long_phrase(db, compiled.tree, 10, hits, accept=lambda i: i not in banned)
    assert top == [r for r in store_search.rank_all(db, compiled, limit=None)[1] if r[0] not in banned][:10]


def test_phrases_with_ascii_signs_are_counted_like_the_index_counts_them(tmp_path: Path, write_folder) -> None:
    # the index moves ASCII signs to private-use characters: a text holding such a character
    # itself matches the phrase there too, and scoring from the text must count it so
    texts = {
        "a.txt": "第一条 为了" * 3,
        "b.txt": "第一条\ue020为了",
        "c.txt": "第一条　为了，" * 2,
        "d.txt": "第一条为了",
    }
    folder = write_folder(texts)
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
        db = lib._db()
        compiled = store_search.compile_query(q.parse('"第一条 为了"'))
        assert compiled is not None and compiled.tree is not None
        _, full = store_search.rank_all(db, compiled, limit=None)
        assert len(full) == 3
        ids = [r[0] for r in db.execute("SELECT id FROM documents")]
        assert ranking.score_ids(db, compiled.tree, ids) == full
        hits = store_search._fts_count(db, compiled.match)
        assert ranking.top_k_of_long_phrase(db, compiled.tree, 2, hits) == full[:2]
