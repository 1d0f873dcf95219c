"""Tests for ftz_desktop.core.fold: width/case folding that keeps every offset."""

from __future__ import annotations

import random
import sys
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from ftz_desktop.core.fold import fold
from ftz_desktop.core.glyphs import LOOKALIKES

ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=sys.maxunicode)  # includes surrogates
CJKISH = st.sampled_from(
    list("自由贸易试验区上海海南临港新片区，。：；（）“”「」、ＲＣＥＰｒｃｅｐ０１２\u3000ΣσςİIıẞß")
)


def _reference(c: str) -> str:
    """What one character folds to, written the slow obvious way."""
    if c in LOOKALIKES:
        return LOOKALIKES[c]
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0).lower()
    if o == 0x3000:
        return " "
    low = c.lower()
    return low if len(low) == 1 else c


def test_examples() -> None:
    assert fold("ＲＣＥＰ") == fold("RCEP") == fold("rcep") == "rcep"
    assert fold("中国（上海）自由贸易试验区") == "中国(上海)自由贸易试验区"
    assert fold("自贸区\u3000制度创新") == "自贸区 制度创新"
    assert fold("２０２３－０５") == "2023-05"
    assert fold("ＦＴＺ：ＡＢＣ，ｘｙｚ！") == "ftz:abc,xyz!"
    assert fold("") == ""
    assert fold("abc") == "abc"
    assert fold("“引号”「括号」。、") == "“引号”「括号」。、"  # not full-width ASCII forms: unchanged


def test_full_width_range_is_exactly_ff01_to_ff5e() -> None:
    for o in range(0xFF01, 0xFF5F):
        assert fold(chr(o)) == chr(o - 0xFEE0).lower()
    assert fold("\uff00") == "\uff00"
    assert fold("\uff5f") == "\uff5f"  # ｟ fullwidth white parenthesis: outside the range


def test_characters_whose_lower_case_is_not_one_character_stay() -> None:
    assert "İ".lower() != "İ" and len("İ".lower()) == 2
    assert fold("İ") == "İ"
    assert fold("İSTANBUL") == "İstanbul"
    assert len(fold("İİİ")) == 3


def test_sigma_folds_the_same_wherever_it_is() -> None:
    # str.lower() gives final 'ς' at the end of a word; fold must not depend on context.
    assert "ΑΣ".lower() == "ας"
    assert fold("ΑΣ") == "ασ"
    assert fold("Σ") == fold("ΣΑ")[0] == fold("ΑΣ Α")[1] == "σ"
    assert fold("ς") == "ς"  # an original final sigma stays as typed


def test_astral_characters() -> None:
    assert fold("𐐀") == "𐐨"  # Deseret capital → small (one code point each)
    assert fold("😀ＡΣ𠀀") == "😀aσ𠀀"
    assert fold("a\ud800Ｂ") == "a\ud800b"  # a lone surrogate passes through


ALL_CODE_POINTS = "".join(map(chr, range(sys.maxunicode + 1)))


def test_every_code_point_matches_the_reference() -> None:
    # One string of every code point: also shows that no character's folding depends on its neighbours.
    folded = fold(ALL_CODE_POINTS)
    assert len(folded) == len(ALL_CODE_POINTS)
    bad = [hex(i) for i, (c, f) in enumerate(zip(ALL_CODE_POINTS, folded, strict=False)) if f != _reference(c)]
    assert bad == []


def test_idempotent_on_every_code_point() -> None:
    folded = fold(ALL_CODE_POINTS)
    assert fold(folded) == folded


@given(st.text(alphabet=ANY_CHAR))
def test_length_is_kept(s: str) -> None:
    assert len(fold(s)) == len(s)


@given(st.text(alphabet=ANY_CHAR) | st.text(alphabet=CJKISH))
def test_each_character_folds_alone(s: str) -> None:
    folded = fold(s)
    assert folded == "".join(fold(c) for c in s)
    assert folded == "".join(_reference(c) for c in s)
    assert fold(folded) == folded


@given(st.text(alphabet=CJKISH), st.text(alphabet=CJKISH), st.text(alphabet=CJKISH))
def test_offsets_survive(a: str, b: str, c: str) -> None:
    s = a + b + c
    assert fold(s)[len(a) : len(a) + len(b)] == fold(b)


@settings(max_examples=20)
@given(st.text(alphabet=st.characters(codec="ascii")))
def test_ascii_is_plain_lower(s: str) -> None:
    assert fold(s) == s.lower()


def test_speed(capsys) -> None:
    rng = random.Random(7)
    alphabet = [chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(300)] + list("，。：；（）、“”ＲＣＥＰ RCEP 2023\n")
    text = "".join(rng.choices(alphabet, k=5_000_000))
    start = time.perf_counter()
    out = fold(text)
    seconds = time.perf_counter() - start
    assert len(out) == len(text)
    with capsys.disabled():
        print(f"\nfold: {len(text):,} chars in {seconds:.3f} s ({seconds * 90e6 / len(text):.1f} s per 90 M chars)")


def test_radical_lookalikes_fold_to_unified_ideographs() -> None:
    # what PDF text layers of common Chinese fonts produce: Kangxi radicals and supplement forms
    assert fold("⼝岸服务条例") == "口岸服务条例"
    assert fold("⺠营企业") == "民营企业"
    assert fold("⻓江⻔户⻢上") == "长江门户马上"
    assert fold("\u2f00\u2fd5") == "一龠"  # the ends of the Kangxi block
    for lookalike, unified in LOOKALIKES.items():
        assert len(unified) == 1 and 0x4E00 <= ord(unified) <= 0x9FFF, hex(ord(lookalike))
        assert fold(lookalike) == unified
