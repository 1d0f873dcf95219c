"""Outlines of laws and reports written here: 编/章/节/条, 一、/（一）/1., sequences, hits per
heading, the heading at an offset, and the articles that differ between two versions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core import outline as ol
from ftz_desktop.core.text import assemble

LAW = [
    "某市自由贸易试验区条例",
    "2020年6月1日 某市人民代表大会常务委员会第十次会议通过",
    "第一章　总则",
    "第一条　为了推进自由贸易试验区建设，根据有关法律，结合本市实际，制定本条例。",
    "第二条　本条例适用于自贸试验区的建设、管理和服务。",
    "本条所称自贸试验区，包括三个片区。",
    "第二章 管理体制",
    "第一节 管理机构",
    "第三条 市人民政府设立自贸试验区管理委员会。",
    "第四条 管理委员会履行下列职责：",
    "（一）组织实施发展规划；",
    "（二）统筹协调重大事项。",
    "第二节 片区",
    "第五条 各片区设立管理机构。依照第三条规定履行职责。",
    "第三章　附则",
    "第六条　本条例自2020年7月1日起施行。",
]

REPORT = [
    "关于某片区建设情况的报告",
    "市人大常委会：",
    "现将有关情况报告如下。",
    "一、主要工作开展情况",
    "（一）健全工作推进机制。成立领导小组，制定年度计划。",
    "（二）推动制度创新。全年形成创新成果十项。",
    "1.贸易便利化。通关时间压缩三成。",
    "2.投资自由化。外资准入进一步放宽。",
    "二、存在的不足",
    "一些改革系统集成不够。",
    "三、下一步工作打算",
    "（一）强化统筹协同",
    "（二）对接国际高标准",
    "今年我们做了三件事：一是制度创新，二是产业升级，三是开放合作。",
]


def make(paragraphs):
    return assemble(paragraphs)


def test_law_outline_levels_and_spans():
    text, spans = make(LAW)
    heads = ol.outline(text, spans)
    assert [(h.kind, h.number, h.depth) for h in heads] == [
        ("chapter", 1, 0),
        ("article", 1, 2),
        ("article", 2, 2),
        ("chapter", 2, 0),
        ("section", 1, 1),
        ("article", 3, 2),
        ("article", 4, 2),
        ("section", 2, 1),
        ("article", 5, 2),
        ("chapter", 3, 0),
        ("article", 6, 2),
    ]
    chapter1, art1, art2, chapter2 = heads[:4]
    assert chapter1.text == "第一章 总则" and chapter2.text == "第二章 管理体制"
    assert art1.label == "第一条" and art1.title.startswith("为了推进自由贸易试验区")
    assert text[art2.start : art2.end].startswith("第二条") and text[art2.start : art2.end].rstrip().endswith(
        "包括三个片区。"
    )
    assert chapter1.end == chapter2.start and heads[-1].end == len(text)
    assert heads[4].end == heads[7].start  # a section ends where the next one begins


def test_a_reference_to_an_article_inside_a_sentence_is_not_a_heading():
    text, spans = make(
        ["某办法", "第一条 总则内容。", "第二条 依照第一条规定办理。", "第三条 其他。", "第三条规定的事项另行规定。"]
    )
    assert [h.number for h in ol.outline(text, spans)] == [1, 2, 3]


def test_articles_out_of_sequence_are_left_out():
    # a decision that quotes the articles it amends: 第九条 inside is not the ninth article of the text
    text, spans = make(
        ["某决定", "第一条 修改如下。", "第九条 原文。", "第二条 本决定自公布之日起施行。", "第三条 附则。"]
    )
    assert [h.label for h in ol.outline(text, spans)] == ["第一条", "第二条", "第三条"]


def test_report_outline():
    text, spans = make(REPORT)
    heads = ol.outline(text, spans)
    assert [(h.kind, h.label, h.depth) for h in heads] == [
        ("h1", "一、", 0),
        ("h2", "（一）", 1),
        ("h2", "（二）", 1),
        ("h3", "1.", 2),
        ("h3", "2.", 2),
        ("h1", "二、", 0),
        ("h1", "三、", 0),
        ("h2", "（一）", 1),
        ("h2", "（二）", 1),
    ]
    assert heads[0].text == "一、主要工作开展情况"
    assert heads[1].title == "健全工作推进机制"  # the heading sentence of a paragraph
    assert heads[3].text == "1.贸易便利化"


def test_no_outline_for_plain_news():
    text, spans = make(["某片区发布十项措施", "记者从某片区获悉，一、二季度外贸增长。", "1.5亿元的项目落地。"])
    assert ol.outline(text, spans) == []


def test_chinese_numbers():
    assert [ol.cn_number(s) for s in ["一", "十", "十二", "二十", "一百零五", "一百一十", "两千零一", "12", "x"]] == [
        1,
        10,
        12,
        20,
        105,
        110,
        2001,
        12,
        None,
    ]


def test_heading_at_and_hits_per_heading():
    text, spans = make(LAW)
    heads = ol.outline(text, spans)
    pos = text.index("管理委员会履行")
    assert heads[ol.heading_at(heads, pos)].label == "第四条"
    assert ol.heading_at(heads, 0) == -1
    hits = [(m, m + 2) for m in (text.index("片区"), text.index("片区", text.index("第二节")), text.index("施行"))]
    counts = ol.hits_per_heading(heads, hits)
    by_label = {h.text: c for h, c in zip(heads, counts, strict=True)}
    assert by_label["第一章 总则"] == 1 and by_label["第二章 管理体制"] == 1 and by_label["第三章 附则"] == 1
    assert by_label["第二节 片区"] == 1


def test_differing_articles_between_two_versions():
    old_text, old_spans = make(LAW)
    new = list(LAW)
    new[4] = "第二条　本条例适用于自贸试验区的建设、管理、服务和监督。"
    new[-1] = "第六条　本条例自2020年7月1日起施行。"
    new.append("第七条　附加的一条。")
    new_text, new_spans = make(new)
    assert ol.differing_articles(
        old_text, ol.outline(old_text, old_spans), new_text, ol.outline(new_text, new_spans)
    ) == {2, 7}


@given(st.lists(st.text(alphabet="第一二三四五六七八九十章节条编（）、. 12。甲乙", max_size=20), max_size=30))
def test_outline_of_any_text_is_ordered_and_inside_the_text(paragraphs):
    paragraphs = [p for p in paragraphs if p.strip()]
    text, spans = make(paragraphs) if paragraphs else ("", ())
    heads = ol.outline(text, spans)
    assert [h.start for h in heads] == sorted(h.start for h in heads)
    for h in heads:
        assert 0 <= h.start < h.end <= len(text)


def test_width_and_spacing_alone_do_not_make_articles_differ():
    old_text, old_spans = make(["某条例", "第一条 内容(一)甲。", "第二条 乙。", "第三条 丙。"])
    new_text, new_spans = make(["某条例", "第一条　内容（一）甲。", "第二条 乙。", "第三条 丁。"])
    assert ol.differing_articles(
        old_text, ol.outline(old_text, old_spans), new_text, ol.outline(new_text, new_spans)
    ) == {3}
