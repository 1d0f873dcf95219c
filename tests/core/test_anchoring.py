"""Anchoring annotations: selectors, re-anchoring after the text changed, approximate search."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ftz_desktop.core import anchoring as an
from ftz_desktop.core.anchoring import Selectors, build_selectors, reanchor

P1 = "海南自由贸易港实行零关税政策，推进贸易自由便利，建立与国际接轨的监管标准和规范制度。"
P2 = "上海自贸试验区临港新片区设立以来，推出一批制度创新成果，跨境电商和数字贸易快速发展。"
P3 = "广西自贸试验区围绕陆海新通道建设，深化与东盟的经贸合作，推动边境贸易创新发展。"
TEXT = "\n".join([P1, P2, P3])


def _sel(text: str, passage: str, occurrence: int = 1) -> Selectors:
    i = -1
    for _ in range(occurrence):
        i = text.index(passage, i + 1)
    return build_selectors(text, i, i + len(passage))


# --- selectors ---------------------------------------------------------------------------------


def test_selectors_keep_32_characters_of_context_and_the_offsets():
    s = _sel(TEXT, "推出一批制度创新成果")
    assert s.exact == "推出一批制度创新成果"
    assert len(s.prefix) == 32 and TEXT[s.start - 32 : s.start] == s.prefix
    assert len(s.suffix) == 32 and TEXT[s.end : s.end + 32] == s.suffix
    assert TEXT[s.start : s.end] == s.exact


def test_selectors_at_the_edges_have_short_context():
    s = build_selectors(TEXT, 0, 4)
    assert s.prefix == "" and s.exact == "海南自由"
    e = build_selectors(TEXT, len(TEXT) - 3, len(TEXT))
    assert e.suffix == ""


@pytest.mark.parametrize("span", [(3, 3), (-1, 2), (5, 2), (0, 10_000)])
def test_an_empty_or_outside_span_is_refused(span):
    with pytest.raises(ValueError):
        build_selectors(TEXT, *span)


def test_w3c_selectors_round_trip():
    s = _sel(TEXT, "跨境电商")
    w = s.to_w3c()
    assert [x["type"] for x in w] == ["TextQuoteSelector", "TextPositionSelector"]
    assert Selectors.from_w3c(w) == s
    # a quote selector alone: offsets unknown
    only = Selectors.from_w3c([w[0]])
    assert only.exact == s.exact and only.start == -1
    with pytest.raises(ValueError):
        Selectors.from_w3c([w[1]])


# --- re-anchoring: the must-show cases ---------------------------------------------------------


def test_unchanged_text_anchors_by_position():
    s = _sel(TEXT, "制度创新成果")
    assert reanchor(s, TEXT) == an.AnchorResult(s.start, s.end, "position", 0)


def test_text_inserted_before_the_passage():
    s = _sel(TEXT, "推出一批制度创新成果")
    new = "【新增】国务院印发通知，部署新一轮改革试点任务。\n" + TEXT
    r = reanchor(s, new)
    assert r.method == "quote" and new[r.start : r.end] == s.exact
    assert r.start == s.start + len(new) - len(TEXT)


def test_text_changed_inside_a_neighbouring_paragraph():
    s = _sel(TEXT, "推出一批制度创新成果")
    new = TEXT.replace("零关税政策", "零关税、低税率、简税制政策").replace("深化与东盟", "持续深化与东盟国家")
    r = reanchor(s, new)
    assert r.anchored and new[r.start : r.end] == s.exact
    assert r.start == new.index("推出一批制度创新成果")


def test_an_edit_right_next_to_the_passage_still_anchors_by_the_other_side():
    s = _sel(TEXT, "推出一批制度创新成果")
    new = TEXT.replace("设立以来，推出", "设立五年来，已推出")
    r = reanchor(s, new)
    assert r.method == "quote" and new[r.start : r.end] == s.exact


def test_a_repeated_quote_is_told_apart_by_its_context():
    text = (
        "第一条 海南推进制度创新，服务国家战略。\n"
        "第二条 上海推进制度创新，对标国际规则。\n"
        "第三条 广西推进制度创新，面向东盟开放。"
    )
    s = _sel(text, "推进制度创新", occurrence=2)  # the one in 第二条
    # a paragraph inserted at the top moves all three
    new = "前言 本文件汇总各地做法。\n" + text
    r = reanchor(s, new)
    assert r.method == "quote"
    assert new[r.start - 2 : r.end] == "上海推进制度创新"
    # the first two paragraphs swapped: context still decides, not the old offset
    swapped = "\n".join([text.split("\n")[1], text.split("\n")[0], text.split("\n")[2]])
    r = reanchor(s, swapped)
    assert swapped[r.start - 2 : r.end] == "上海推进制度创新"


def test_among_repeats_with_equal_context_the_closest_to_the_old_position_wins():
    unit = "推进制度创新。"
    text = unit * 10
    s = build_selectors(text, len(unit) * 6, len(unit) * 6 + 6)
    new = "x" + text
    r = reanchor(s, new)
    assert r.anchored and new[r.start : r.end] == "推进制度创新"
    assert r.start == len(unit) * 6 + 1


def test_a_small_edit_inside_the_passage_is_found_approximately():
    passage = "推出一批制度创新成果，跨境电商和数字贸易快速发展"
    s = _sel(TEXT, passage)
    new = TEXT.replace("推出一批制度创新成果", "推出一批改革创新成果")  # two characters changed
    r = reanchor(s, new)
    assert r.method == "fuzzy" and r.errors == 2
    assert new[r.start : r.end] == "推出一批改革创新成果，跨境电商和数字贸易快速发展"
    # two characters inserted inside the passage
    new2 = TEXT.replace("跨境电商和数字贸易", "跨境电商和新兴数字贸易")
    r2 = reanchor(s, new2)
    assert r2.method == "fuzzy" and r2.errors == 2
    assert new2[r2.start : r2.end] == "推出一批制度创新成果，跨境电商和新兴数字贸易快速发展"
    # more edits than 15% of its 24 characters (3): orphaned rather than guessed
    new3 = TEXT.replace("跨境电商和数字贸易", "跨境电商、服务贸易和数字贸易")
    assert reanchor(s, new3).method == "orphaned"


def test_the_passage_deleted_is_orphaned():
    s = _sel(TEXT, "推出一批制度创新成果")
    new = TEXT.replace(P2, "上海自贸试验区临港新片区的情况另行通报。")
    assert reanchor(s, new) == an.ORPHANED
    assert not reanchor(s, new).anchored


def test_a_passage_rewritten_beyond_the_error_bound_is_orphaned():
    passage = "推出一批制度创新成果，跨境电商和数字贸易快速发展"
    s = _sel(TEXT, passage)
    new = TEXT.replace(passage, "形成一批改革试点经验，电子商务和服务外包稳步增长")
    assert reanchor(s, new).method == "orphaned"


def test_a_short_quote_that_recurs_elsewhere_is_not_moved_there():
    s = _sel(TEXT, "跨境电商")
    # the paragraph with the annotated 跨境电商 is gone; another 跨境电商 sits in a different context
    new = "\n".join([P1, "云南自贸试验区探索跨境电商与边民互市融合发展，德宏片区成效明显。", P3])
    assert reanchor(s, new).method == "orphaned"


def test_two_equally_good_approximate_places_make_it_orphaned():
    passage = "推进贸易投资自由化便利化"
    unit = f"各片区应当{passage}，并按季度报告有关工作的进展情况。\n"
    text = unit * 5
    start = len(unit) * 2 + 5  # the third copy
    s = build_selectors(text, start, start + len(passage))
    # every copy edited the same way: copies 2, 3 and 4 now look exactly alike, context included
    new = text.replace(passage, "推进贸易投资自由化和便利化")
    assert reanchor(s, new).method == "orphaned"
    # numbered items: the number in the context tells the annotated copy apart
    numbered = "".join(f"（{n}）" + unit for n in "一二三四五")
    start = numbered.index("（三）") + 3 + 5
    s = build_selectors(numbered, start, start + len(passage))
    edited = numbered.replace(passage, "推进贸易投资自由化和便利化")
    r = reanchor(s, edited)
    assert r.method == "fuzzy" and edited[r.start - 8 : r.start] == "（三）各片区应当"


def test_the_context_must_agree_for_an_approximate_match():
    passage = "推出一批制度创新成果，跨境电商和数字贸易快速发展"
    s = _sel(TEXT, passage)
    # the same sentence (one word changed) in a completely different setting
    new = (
        "完全不同的文件开头，讨论的是另外一件事情，与原文没有关系。"
        + passage.replace("制度", "改革")
        + "。后面的内容也全都不一样，毫无共同之处。"
    )
    assert reanchor(s, new).method == "orphaned"


def test_an_annotation_whose_document_became_empty_or_shorter_than_the_quote_is_orphaned():
    s = _sel(TEXT, P2)
    assert reanchor(s, "").method == "orphaned"
    assert reanchor(s, "短").method == "orphaned"


def test_unknown_position_from_an_imported_quote_selector():
    s = _sel(TEXT, "推出一批制度创新成果")
    unknown = Selectors(s.exact, s.prefix, s.suffix, -1, -1)
    r = reanchor(unknown, TEXT)
    assert (r.start, r.end) == (s.start, s.end) and r.method == "quote"


def test_a_bare_quote_selector_takes_the_first_occurrence_and_is_never_fuzzy():
    bare = Selectors("自贸试验区", "", "", -1, -1)
    r = reanchor(bare, TEXT)
    assert (r.start, r.method) == (TEXT.index("自贸试验区"), "quote")
    assert reanchor(Selectors(P2[:20], "", "", -1, -1), TEXT.replace("临港", "滴水")).method == "orphaned"


def test_a_long_unique_quote_is_found_even_when_both_sides_changed():
    s = _sel(TEXT, P2)
    new = "全新的第一段，与原来完全不同。\n" + P2 + "\n全新的第三段，也完全不同。"
    r = reanchor(s, new)
    assert r.method == "quote" and new[r.start : r.end] == P2


# --- approximate search and edit distance ------------------------------------------------------


def _lev(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


small = st.text(alphabet="abcd", max_size=14)


@settings(max_examples=300, deadline=None)
@given(small, small)
def test_levenshtein_matches_the_textbook_definition(a, b):
    assert an.levenshtein(a, b) == _lev(a, b)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcd", min_size=1, max_size=10), st.text(alphabet="abcd", max_size=40), st.integers(0, 3))
def test_approximate_matches_are_real_and_none_is_missed(pattern, text, k):
    found = an.find_approximate(pattern, text, k)
    k = min(k, len(pattern) - 1)
    for s, e, d in found:
        assert 0 <= s <= e <= len(text)
        assert d <= k and _lev(pattern, text[s:e]) == d
    # every end position where some substring is within k edits lies near a found match's end
    for end in range(1, len(text) + 1):
        best = min(_lev(pattern, text[s:end]) for s in range(end + 1))
        if best <= k:
            assert any(abs(end - e) <= 3 * k + 1 for _, e, _ in found), (end, found)
    # an exact occurrence is always found as such
    i = text.find(pattern)
    while i >= 0:
        assert (i, i + len(pattern), 0) in found
        i = text.find(pattern, i + 1)


# --- properties --------------------------------------------------------------------------------

CJK = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞，。、"

texts = st.text(alphabet=CJK + "自贸试验区", min_size=1, max_size=400)
repetitive = st.text(alphabet="制度创新，。", min_size=1, max_size=200)


@st.composite
def text_and_span(draw, source=texts):
    text = draw(source)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    return text, start, end


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(text_and_span(), text_and_span(repetitive)))
def test_unchanged_text_always_anchors_by_position_at_the_same_offsets(case):
    text, start, end = case
    s = build_selectors(text, start, end)
    assert reanchor(s, text) == an.AnchorResult(start, end, "position", 0)


@st.composite
def outside_edit(draw, source=texts):
    text, start, end = draw(text_and_span(source))
    insert = draw(st.booleans())
    before = draw(st.booleans())
    lo, hi = (0, start) if before else (end, len(text))
    if insert:
        at = draw(st.integers(lo, hi))
        piece = draw(st.text(alphabet=CJK, min_size=1, max_size=80))
        new = text[:at] + piece + text[at:]
    else:
        assume(hi > lo)
        a = draw(st.integers(lo, hi - 1))
        b = draw(st.integers(a + 1, hi))
        new = text[:a] + text[b:]
    return text, start, end, new


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.one_of(outside_edit(), outside_edit(repetitive)))
def test_an_insertion_or_deletion_outside_the_passage_reanchors_to_the_same_quote_or_orphans_it(case):
    # never a different passage; orphaned only where the quote and what is left of its context
    # are too short to tell this place from another (a one-character quote beside a changed edge)
    text, start, end, new = case
    s = build_selectors(text, start, end)
    r = reanchor(s, new)
    if r.method == "orphaned":
        assert len(s.exact) < an.EVIDENCE_ONE
        return
    assert r.method in ("position", "quote")
    assert new[r.start : r.end] == s.exact


@st.composite
def any_edit(draw):
    text, start, end = draw(text_and_span(st.one_of(texts, repetitive)))
    new = text
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, len(new)))
        b = draw(st.integers(a, min(len(new), a + 30)))
        piece = draw(st.text(alphabet=CJK[:40] + "制度创新", max_size=20))
        new = new[:a] + piece + new[b:]
    return text, start, end, new


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_edit())
def test_results_are_always_spans_within_the_text_and_within_the_error_bound(case):
    text, start, end, new = case
    s = build_selectors(text, start, end)
    r = reanchor(s, new)
    if r.method == "orphaned":
        assert r.start is None and r.end is None
        return
    assert 0 <= r.start < r.end <= len(new)
    if r.method in ("position", "quote"):
        assert new[r.start : r.end] == s.exact and r.errors == 0
    else:
        assert r.errors == an.levenshtein(s.exact, new[r.start : r.end])
        assert r.errors <= max(1, int(len(s.exact) * an.MAX_ERROR_RATE))
