"""Stories and paragraphs of texts the tests write: bulletins split at their headlines, laws and
reports stay one story."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core import stories

BULLETIN = (
    "国内联播快讯\n"
    "2025-05-06 《新闻联播》\n"
    "央视网消息（新闻联播）：\n"
    "某港口一季度吞吐量创新高\n"
    "记者从港口集团了解到，一季度港口完成货物吞吐量1.2亿吨，同比增长5%。\n"
    "某片区十年新设企业超4万家\n"
    "记者从片区管委会获悉，片区挂牌十年来新设企业4.1万家。\n"
    "某地开展春季植树活动\n"
    "近日，当地组织干部群众开展植树活动，共栽种树苗两万株。\n"
    "某大学举办科技节\n"
    "本周，学校举办科技节，展出学生作品三百余件。"
)


def test_a_bulletin_splits_at_its_headlines() -> None:
    found = stories.stories(BULLETIN)
    heads = [BULLETIN[s.headline[0] : s.headline[1]] for s in found[1:]]
    assert heads == [
        "某港口一季度吞吐量创新高",
        "某片区十年新设企业超4万家",
        "某地开展春季植树活动",
        "某大学举办科技节",
    ]
    assert stories.is_bulletin(BULLETIN, found)
    # the stories cover the text without gaps
    assert found[0].start == 0 and found[-1].end == len(BULLETIN)
    assert all(a.end == b.start for a, b in itertools.pairwise(found))


def test_a_law_s_headings_are_no_headlines() -> None:
    law = "某某条例\n\n第一章　总则\n第一条　为了规范管理，制定本条例。\n第二条　本条例适用于试验区。\n"
    assert len(stories.stories(law)) == 1
    assert not stories.is_bulletin(law)


def test_a_dated_adoption_line_is_no_headline() -> None:
    law = "某某决定\n2019年7月25日 某某会议通过\n为了促进发展，特作如下决定：规定一。\n"
    assert len(stories.stories(law)) == 1


def test_paragraphs_are_the_non_empty_lines() -> None:
    text = "第一段。\n\n第二段。\n"
    assert [text[s:e] for s, e in stories.paragraphs(text)] == ["第一段。", "第二段。"]


@given(st.text(max_size=200))
def test_stories_cover_any_text(text: str) -> None:
    found = stories.stories(text)
    assert found[0].start == 0 and found[-1].end == len(text)


def test_a_report_s_section_markers_have_levels() -> None:
    body = "片区今年新设企业多家，同比增长明显。"
    assert stories.heading_level("第二章　片区建设", body) == 1
    assert stories.heading_level("一、综合板块", body) == 3
    assert stories.heading_level("（三）某片区稳步推进改革", body) == 4
    assert stories.heading_level("2. 聚焦投资扩容，市场潜力释放", body) == 5
    assert stories.heading_level("（2）优化服务", body) == 6
    # an unmarked headline line is a heading of its own (level 0), a body line none
    assert stories.heading_level("某片区改革见成效", body) == 0
    assert stories.heading_level(body, body) is None
    # a marked heading may run on into its body; a marked line of long body text is no heading
    assert stories.heading_level("一、概况。片区今年新设企业多家。", body) == 3
    assert stories.heading_level("1. " + "片区" * 40 + "。", body) is None
    # a decimal number or a year opens no heading
    assert stories.heading_level("3.5万户企业落户片区。", body) is None
    assert stories.heading_level("2024年，片区新设企业多家。", body) is None
    # nor does a page number left by a PDF
    assert stories.heading_level("- 3 -", body) is None
