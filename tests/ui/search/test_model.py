"""The search results model passes qtmodeltester and fetches result pages lazily."""

from __future__ import annotations

from typing import Any

from ftz_desktop.records import SearchHit, SearchResults
from ftz_desktop.ui.search.model import HIT_ROLE, SearchResultsModel


def hits(query: str, start: int, n: int) -> tuple[SearchHit, ...]:
    return tuple(
        SearchHit(
            doc_id=start + i + 1,
            path=f"/d/{start + i}.txt",
            title=f"第{start + i}篇{query}",
            date="2020-01-01",
            score=1.0,
            snippet=f"……{query}出现在这里……",
            snippet_hits=((2, 2 + len(query)),),
            hits=((10, 10 + len(query)),),
        )
        for i in range(n)
    )


def test_search_model_fetches_pages_lazily(qtmodeltester):
    model = SearchResultsModel()
    wanted: list[Any] = []
    model.more_wanted.connect(wanted.append)
    model.set_results(SearchResults(query="片区", total=120, hits=hits("片区", 0, 50)))
    assert model.rowCount() == 50 and model.canFetchMore()
    model.fetchMore()
    assert wanted == [50] and not model.canFetchMore()  # one page at a time
    model.append_page(SearchResults(query="片区", total=120, hits=hits("片区", 50, 50)), 50)
    assert model.rowCount() == 100 and model.canFetchMore()
    model.append_page(SearchResults(query="别的", total=120, hits=hits("别的", 100, 20)), 100)  # stale
    assert model.rowCount() == 100
    model.fetchMore()
    model.append_page(SearchResults(query="片区", total=120, hits=hits("片区", 100, 20)), 100)
    assert model.rowCount() == 120 and not model.canFetchMore()
    assert model.index(119, 0).data(HIT_ROLE).doc_id == 120
    qtmodeltester.check(model)
    model.set_results(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)
