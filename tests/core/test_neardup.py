"""Tests for ftz_desktop.core.neardup: sketches, the exact copy test and the article rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ftz_desktop.core import neardup

NEWS = (
    "今年以来，某片区围绕投资便利化推出十二项新举措，企业开办时间压缩到一个工作日以内。"
    "片区管委会表示，下一步将继续扩大服务业开放，探索跨境数据流动的安全评估办法。"
    "截至九月底，片区新设企业两千余家，其中外资企业一百二十家，同比增长两成。"
)

LAW = "\n".join(
    [
        "某市口岸服务条例",
        "第一条 为了规范口岸服务，提高通关效率，制定本条例。",
        "第二条 本条例适用于本市行政区域内的口岸服务及其监督管理。",
        "第三条 市人民政府口岸工作部门负责本条例的组织实施。",
        "第四条 口岸服务单位应当公开服务标准和收费项目。",
        "第五条 本条例自公布之日起施行。",
    ]
)


def test_copies_of_a_story_with_small_edits() -> None:
    edited = "【本台消息】" + NEWS.replace("两成", "20%")
    assert neardup.jaccard(NEWS, edited) > neardup.THRESHOLD
    assert neardup.are_copies(NEWS, edited)
    assert neardup.estimate(neardup.sketch(NEWS), neardup.sketch(edited)) > 0.6


def test_different_stories_are_not_copies() -> None:
    other = "另一片区举办跨境金融培训，三十家企业参加，外资银行介绍了结算新规和汇率避险工具的使用。"
    assert not neardup.are_copies(NEWS, other)
    assert neardup.estimate(neardup.sketch(NEWS), neardup.sketch(other)) < 0.2


def test_law_versions_that_amend_an_article_are_not_copies() -> None:
    amended = LAW.replace("提高通关效率", "提高通关效率和服务质量")
    assert neardup.jaccard(LAW, amended) > 0.85  # as similar as copies…
    assert neardup.articles_differ(LAW, amended)
    assert not neardup.are_copies(LAW, amended)  # …but a different version
    added = LAW.replace(
        "第五条 本条例自公布之日起施行。", "第五条 口岸服务单位应当接受社会监督。\n第六条 本条例自公布之日起施行。"
    )
    assert not neardup.are_copies(LAW, added)


def test_the_same_law_with_another_header_is_a_copy() -> None:
    reprinted = "2021年4月29日 施行\n" + LAW.replace("第一条 ", "第一条  ")
    assert not neardup.articles_differ(LAW, reprinted)
    assert neardup.are_copies(LAW, reprinted)


def test_short_texts_are_copies_only_when_equal() -> None:
    assert neardup.are_copies("片区今日开放。", "片区今日开放。")
    assert not neardup.are_copies("片区今日开放。", "片区明日开放。")
    assert neardup.sketch("短").hashes == ()


def test_sketch_is_stable_and_bounded() -> None:
    s = neardup.sketch(NEWS * 20)
    assert s == neardup.sketch(NEWS * 20)
    assert len(s.hashes) == neardup.SKETCH_SIZE and list(s.hashes) == sorted(s.hashes, key=lambda v: v % (1 << 64))
    assert all(-(1 << 63) <= v < (1 << 63) for v in s.hashes)  # fits SQLite's INTEGER
    assert s.keys == s.hashes[: neardup.KEY_COUNT]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="自由贸易试验区片区开放创新。，", min_size=0, max_size=300))
def test_a_text_is_a_copy_of_itself(text: str) -> None:
    assert neardup.are_copies(text, text)
    assert neardup.estimate(neardup.sketch(text), neardup.sketch(text)) in (0.0, 1.0)


_SPACES = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000\u2028"


@settings(deadline=None)
@given(st.lists(st.sampled_from(list("自贸区，1a") + list(_SPACES)), max_size=300).map("".join))
def test_the_sketch_is_the_bottom_k_of_the_distinct_shingle_hashes(text: str) -> None:
    """What the sketch keeps, written plainly: whitespace (whatever ``\\s`` matches) dropped, the
    64 smallest distinct 64-bit shingle hashes, as signed integers."""
    import re

    import numpy as np

    s = re.sub(r"\s+", "", text)
    assert neardup._comparable(text) == s
    distinct = sorted(set(neardup._hashes(s).tolist()))[: neardup.SKETCH_SIZE]
    assert neardup.sketch(text).hashes == tuple(np.array(distinct, dtype=np.uint64).view(np.int64).tolist())
