"""The per-character FTS5 encoding finds a string exactly when it occurs (checked against `in`)."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from ftz_desktop.core.fold import fold
from ftz_desktop.store import fts

ALPHABET = st.sampled_from(
    list("自由贸易试验区片区中国上海海南的，。、（）()《》“”:：-_%*\"' \n")
    + list("RCEPrcepＲＣＥＰ0123456789０１２３")
    + ["😀", "𠀀", "\t", "\u3000"]
)
texts = st.text(ALPHABET, min_size=0, max_size=60)


def _table():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE s USING fts5(title, body, tokenize='ascii', detail=full, content='')")
    return conn


def _matches(conn, term: str) -> set[int]:
    ph = fts.phrase(term)
    if ph is None:
        return set()
    return {r[0] for r in conn.execute("SELECT rowid FROM s WHERE s MATCH ?", [ph])}


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, min_size=1, max_size=8), st.data())
def test_phrase_matches_exactly_the_containing_documents(docs, data):
    conn = _table()
    for i, text in enumerate(docs, start=1):
        conn.execute("INSERT INTO s (rowid, title, body) VALUES (?, '', ?)", [i, fts.index_tokens(text)])
    # substrings of the documents, and arbitrary strings
    source = data.draw(st.sampled_from(docs))
    if source:
        a = data.draw(st.integers(0, len(source) - 1))
        b = data.draw(st.integers(a + 1, len(source)))
        candidates = [source[a:b], data.draw(texts)]
    else:
        candidates = [data.draw(texts)]
    for term in candidates:
        if not fts.encode(term):
            continue
        expected = {i for i, text in enumerate(docs, start=1) if fold(term) in fold(text)}
        assert _matches(conn, term) == expected, term


def test_single_characters_and_folding():
    conn = _table()
    conn.execute("INSERT INTO s (rowid, title, body) VALUES (1, '', ?)", [fts.index_tokens("加入ＲＣＥＰ后，区")])
    conn.execute("INSERT INTO s (rowid, title, body) VALUES (2, '', ?)", [fts.index_tokens("rcep 协定")])
    assert _matches(conn, "区") == {1}  # the last character of a text
    assert _matches(conn, "RCEP") == {1, 2}
    assert _matches(conn, "ｒｃｅｐ") == {1, 2}
    assert _matches(conn, "P后") == {1}
    assert _matches(conn, "p 协") == {2}  # spaces are characters too
    assert _matches(conn, "，") == {1}
    assert _matches(conn, ",") == {1}  # full-width comma folds to ASCII
    assert _matches(conn, "协定区") == set()


def test_operators_and_quotes_in_terms_are_plain_characters():
    conn = _table()
    conn.execute("INSERT INTO s (rowid, title, body) VALUES (1, '', ?)", [fts.index_tokens('a "NOT" b OR (c*) NEAR')])
    for term in ['"NOT"', "OR (", "c*)", "NEAR", '"', "*"]:
        assert _matches(conn, term) == {1}, term


def test_lone_surrogates_are_dropped():
    assert fts.encode("a\ud800b") == "ab"
    assert fts.phrase("\udfff") is None


@settings(deadline=None)  # (the first long example imports numpy)
@given(st.text(ALPHABET, min_size=0, max_size=700))
def test_spaced_is_join_with_spaces_for_short_and_long_texts(text):
    assert fts.spaced(text) == " ".join(text)
    assert fts.index_tokens(text) == " ".join(fts.encode(text))


def test_spaced_long_text_with_astral_characters():
    text = "自贸😀a 𠀀\n" * 100
    assert fts.spaced(text) == " ".join(text)
    assert fts.spaced("") == ""
