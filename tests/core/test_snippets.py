"""Hits, proximity and snippets over canonical texts."""

from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core import snippets
from ftz_desktop.core.fold import fold

CHARS = st.sampled_from(list("自贸区片试验ＡａAaΣσ１1，,　 。\n") + ["𠀀"])


@given(st.text(CHARS, max_size=80), st.lists(st.text(CHARS, min_size=1, max_size=4), min_size=1, max_size=3))
def test_haystack_shortcut_gives_the_same_spans_as_folding(text, terms):
    folded_terms = [fold(t) for t in terms]
    assert snippets.find_spans(snippets.haystack(text, folded_terms), folded_terms) == snippets.find_spans(
        fold(text), folded_terms
    )


def test_find_spans_merges_overlaps():
    assert snippets.find_spans("自贸试验区自贸", ["自贸", "贸试"]) == [(0, 3), (5, 7)]


def test_min_distance():
    assert snippets.min_distance([[0, 50], [52]]) == 2
    assert snippets.min_distance([[0], []]) is None
    assert snippets.min_distance([[5]]) is None


def test_snippet_marks_every_hit_inside_and_cuts_with_ellipsis():
    text = "前言" * 100 + "。制度创新成果丰硕，制度创新经验推广。" + "后记" * 100
    spans = snippets.find_spans(text, ["制度创新"])
    snip, inner = snippets.snippet(text, spans)
    assert snip.startswith("…") and snip.endswith("…")
    assert [snip[s:e] for s, e in inner] == ["制度创新", "制度创新"]
    assert len(snip) <= 125


def test_snippet_without_hits_is_the_beginning():
    snip, inner = snippets.snippet("第一段\n第二段", [])
    assert snip == "第一段 第二段" and inner == []
