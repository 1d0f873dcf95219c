"""The impact postings: counted with numpy, they are the tokens a plain Counter of the document's
characters and character pairs gives, in the same order."""

from __future__ import annotations

import operator
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from ftz_desktop.store import fts, impact


def _reference(title: str, body: str) -> list[str]:
    """The postings as first written: a Counter of strings (body, then the title weighted 5)."""
    length = len(title) + len(body)
    if length == 0:
        return []
    counts = Counter(body)
    counts.update(map(operator.add, body, body[1:]))
    extra = Counter(title)
    extra.update(map(operator.add, title, title[1:]))
    for key, n in extra.items():
        counts[key] += impact.TITLE_WEIGHT * n
    w_min = impact.R_MIN * impact.k_of(length, impact.REF_AVGDL)
    d_cell = int(4.0 * __import__("math").log2(length))
    cells = [impact.token(t, w, d_cell) for t, w in counts.items() if w >= w_min]
    weighted = sorted(impact.weight_token(t, w) for t, w in counts.items() if impact.has_weights(t))
    return cells + weighted


def _ordered(tokens: list[str]) -> list[str]:
    """The cells in their order, then the weight tokens sorted (their order does not matter)."""
    cells = [t for t in tokens if not _is_weight(t)]
    return cells + sorted(t for t in tokens if _is_weight(t))


def _is_weight(tok: str) -> bool:
    """A weight token ends in ``w<digits>``, a cell in ``y<digits>``."""
    return tok.rstrip("0123456789").endswith("w")


# a small alphabet, so characters and pairs repeat and pass the weight floor; an astral character too
ALPHABET = st.sampled_from(list("自贸试验区海关的，。 \nAb1") + ["\U00020000", "ＲＣ"])
TEXT = st.lists(ALPHABET, max_size=400).map("".join)


@settings(deadline=None)  # the first example imports numpy
@given(title=st.lists(ALPHABET, max_size=12).map("".join), body=TEXT)
def test_postings_are_those_of_a_counter(title: str, body: str) -> None:
    t, b = fts.encode(title), fts.encode(body)
    assert _ordered(impact.postings(t, b)) == _reference(t, b)


def test_postings_of_a_real_shape() -> None:
    body = fts.encode("自贸试验区的制度创新。" * 30 + "海关监管，" * 7)
    title = fts.encode("自贸试验区")
    tokens = list(impact.postings(title, body))
    assert _ordered(tokens) == _reference(title, body)
    assert tokens[0].startswith("自x")  # the body's first character comes first
    assert any(t.startswith("自贸x") for t in tokens)
    assert not list(impact.postings("", ""))


def test_only_listed_pairs_have_weight_tokens() -> None:
    # 海关 and 监管 are frequent pairs (listed), 关条 is not, single characters never are
    assert impact.has_weights("海关") and impact.has_weights("监管")
    assert not impact.has_weights("关条") and not impact.has_weights("海")
    tokens = impact.postings("", fts.encode("海关条例" * 3))
    weights = sorted(t for t in tokens if _is_weight(t))
    assert weights == ["条例w3", "海关w3"]  # not 关条, 例海, nor the characters
    assert all(impact.has_weights(t) and len(t) == 2 for t in impact.weighted_terms())
    # the stored version names the list: another list rebuilds the index
    assert impact.version().startswith(f"{impact.IMPACT_VERSION}.")
