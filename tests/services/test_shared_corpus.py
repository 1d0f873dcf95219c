"""Integration over the real documents in ../shared/corpus (skipped when it is absent)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ftz_desktop.core.fold import fold
from ftz_desktop.services.library import Library

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEEDS = SHARED / "seeds"
LARGE = SHARED / "large"


@pytest.fixture(scope="module")
def seeds_lib(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not here")
    lib = Library(tmp_path_factory.mktemp("seeds") / "lib.sqlite")
    report = lib.import_all([SEEDS])
    assert report.added == 5 and not report.failed
    yield lib
    lib.close()


def test_seeds_search_finds_every_mention_with_offsets(seeds_lib):
    res = seeds_lib.search("制度创新", limit=None)
    docs = {d.doc_id: seeds_lib.document(d.doc_id) for d in seeds_lib.documents()}
    want = {i for i, d in docs.items() if "制度创新" in d.text}
    assert {h.doc_id for h in res.hits} == want and res.total == len(want)
    for h in res.hits:
        text = docs[h.doc_id].text
        assert len(h.hits) == text.count("制度创新")
        assert all(text[s:e] == "制度创新" for s, e in h.hits)


def test_reflowed_page_break_is_searchable_in_seed_002(seeds_lib):
    res = seeds_lib.search('"今年上半年复制推广"')
    assert res.total == 1 and res.hits[0].path.endswith(".txt")
    assert "002_" in Path(res.hits[0].path).name


def _exactness(lib: Library, samples: int, seed: int) -> None:
    rnd = random.Random(seed)
    docs = {d.doc_id: lib.document(d.doc_id) for d in lib.documents()}
    folded = {i: fold(d.text) + "\n" + fold(d.title) for i, d in docs.items()}
    ids = sorted(docs)
    done = 0
    while done < samples:
        text = docs[rnd.choice(ids)].text
        a = rnd.randrange(len(text))
        sub = text[a : a + rnd.randint(1, 8)]
        if not sub.strip() or sub != sub.strip() or '"' in sub or "＂" in sub or "\n" in sub:
            continue
        done += 1
        want = {i for i, t in folded.items() if fold(sub) in t}
        got = {h.doc_id for h in lib.search(f'"{sub}"', limit=None).hits}
        assert got == want, sub


def test_seeds_random_quoted_substrings_are_exact(seeds_lib):
    _exactness(seeds_lib, 200, seed=7)


def test_unseen_slice_of_the_large_corpus_is_exact(tmp_path):
    if not LARGE.is_dir():
        pytest.skip("../shared/corpus/large is not here")
    files = sorted(LARGE.rglob("*.txt"))
    rnd = random.Random(2026)
    picked = rnd.sample(files, min(400, len(files)))
    lib = Library(tmp_path / "slice.sqlite")
    try:
        report = lib.import_all(picked)
        assert report.added + len(report.failed) == len(picked)
        _exactness(lib, 150, seed=11)
    finally:
        lib.close()
