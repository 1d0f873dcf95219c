"""Tests of canonical text: normalisation, reflow of extraction line breaks, spans, properties."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core.text import (
    assemble,
    canonical,
    ends_sentence,
    is_standalone,
    normalize,
    reflow,
    splits_word,
    starts_with_marker,
)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


# --- normalize ---------------------------------------------------------------------------------


def test_normalize_line_endings() -> None:
    assert normalize("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalize("第一页\f第二页") == "第一页\n第二页"
    assert normalize("a\u2028b\u2029c\x0bd\x85e") == "a\nb\nc\nd\ne"


def test_normalize_removes_zero_width_and_controls() -> None:
    raw = "自\u200b贸\u200c试\u200d验\u2060区\ufeff建\u00ad设\x00\x07\x1b\x7f\x9f"
    assert normalize(raw) == "自贸试验区建设"
    assert normalize("a\tb\nc") == "a\tb\nc"  # tab and newline stay


def test_normalize_nfc_and_nbsp() -> None:
    assert normalize("e\u0301") == "\u00e9"
    assert normalize("e\u200b\u0301") == "\u00e9"  # removal happens before composition
    assert normalize("74\u00a0项") == "74 项"
    assert normalize("全角\u3000空格") == "全角\u3000空格"  # ideographic space is kept inside a line


def test_normalize_is_idempotent_on_examples() -> None:
    for raw in ["a\r\n\u200bb", "e\u0301\u00a0x", "\ufeff标题\r\n正文"]:
        once = normalize(raw)
        assert normalize(once) == once


# --- line classification -------------------------------------------------------------------------


def test_markers() -> None:
    for line in [
        "一、总体要求",
        "（一）扩大开放",
        "(二)深化改革",
        "1. 推进改革",
        "2、聚焦投资",
        "（3）其他",
        "第一章 总则",
        "第十二条 片区管委会负责",
        "- 列表项",
        "• 要点",
        "# 标题",
        "① 第一",
    ]:
        assert starts_with_marker(line), line
    for line in [
        "2.2万人次",
        "2024.06.27发布",
        "10月9日召开",
        "(ITU)数据显示",
        "第 245 期",
        "一是推出改革",
        "第五条的规定适用于",
        "-5%的降幅",
        "1+4+N模式",
    ]:
        assert not starts_with_marker(line), line


def test_ends_sentence_with_closing_brackets() -> None:
    assert ends_sentence("片区共有企业两千家。")
    assert ends_sentence("他说：“试点很成功。”")
    assert ends_sentence("（作者为某研究院研究员）")
    assert ends_sentence("措施已经落地。（记者 王某）")
    assert not ends_sentence("片区成立了跨境结算（试点）")
    assert not ends_sentence("课题名为“口岸通关效率研究”")
    assert not ends_sentence("今年")


def test_standalone_lines() -> None:
    for line in [
        "2024 年 10 月 15 日",
        "2023-05-06 《某某新闻》",
        "主办：某省自贸办",
        "来源: 某某网",
        "通讯员 张某",
        "编者按",
        "（作者为某大学教授）",
        "https://example.org/a/b",
        "2012年4月18日 某市人大常委会第五次会议通过",
    ]:
        assert is_standalone(line), line
    assert not is_standalone("2018年5月，某市获批设立综合保税区，新区是其核心承载")


def test_splits_word() -> None:
    assert splits_word("管委会今年重点推进自", "贸区制度创新，计划出台细则")
    assert splits_word("港口的新订单一个接着一", "个。码头工人加班作业")
    assert not splits_word("争当向北开放排头兵", "通讯员 某某")
    assert not splits_word("abc", "def")


# --- reflow ----------------------------------------------------------------------------------------

PDF_LIKE = """

片区动态

第 12 期

主办：某省商务厅

2024 年 3 月 8 日

一、开放平台

（一）某片区深化制度型开放 打造营商环境新样板

某片区聚焦贸易投资便利化，累计形成 36 项制度创新成果。截至目前，已复制推广各地经验 120 项。去年

下半年新增外资企业 45 家，同比增长三成。

片区积极探索数据跨境流动试点，首批企业已完成

备案。

1. 聚焦口岸提效，通关流程持续优化

片区口岸通关时间压缩至两小时以内，进出口企业反映良好。
"""


def test_reflow_joins_page_break_fragments() -> None:
    paras = reflow(normalize(PDF_LIKE))
    assert paras[:5] == ["片区动态", "第 12 期", "主办：某省商务厅", "2024 年 3 月 8 日", "一、开放平台"]
    assert "（一）某片区深化制度型开放 打造营商环境新样板" in paras
    joined = [p for p in paras if p.startswith("某片区聚焦")][0]
    assert "去年下半年新增外资企业 45 家" in joined  # "去年⏎⏎下半年" joined without a space
    assert joined.endswith("同比增长三成。")
    assert "片区积极探索数据跨境流动试点，首批企业已完成备案。" in paras
    assert "1. 聚焦口岸提效，通关流程持续优化" in paras
    assert "累计形成 36 项制度创新成果" in joined  # spaces inside a line are kept


def test_reflow_headings_stay_paragraphs() -> None:
    text = "自贸区发展综述\n\n——来自沿海片区的观察\n\n编者按\n\n本期聚焦口岸改革。\n\n一、背景\n\n改革始于十年前。"
    assert reflow(text) == [
        "自贸区发展综述",
        "——来自沿海片区的观察",
        "编者按",
        "本期聚焦口岸改革。",
        "一、背景",
        "改革始于十年前。",
    ]


def test_reflow_unclosed_bracket_and_closing_bracket() -> None:
    text = "片区内的某某物流（集\n\n团）股份公司扩大了仓储。\n\n在结算领域，片区设立了跨境结算（试点）\n\n服务中心。"
    assert reflow(text) == [
        "片区内的某某物流（集团）股份公司扩大了仓储。",
        "在结算领域，片区设立了跨境结算（试点）服务中心。",
    ]


def test_reflow_fullwidth_indent_paragraphs() -> None:
    text = "标题行\n\n　　第一段讲片区的总体情况，内容较多。\n　　第二段没有句号结尾\n　　第三段继续写。\n　　（作者为某研究员）"
    assert reflow(text) == [
        "标题行",
        "第一段讲片区的总体情况，内容较多。",
        "第二段没有句号结尾",
        "第三段继续写。",
        "（作者为某研究员）",
    ]


def test_reflow_indent_style_hard_wrapped() -> None:
    text = (
        "　　第一段的第一行写到这里。\n第一段的第二行接着写，\n第一段结束了。\n"
        "　　第二段的第一行。\n第二段的第二行。\n　　第三段只有一行。"
    )
    assert reflow(text) == [
        "第一段的第一行写到这里。第一段的第二行接着写，第一段结束了。",
        "第二段的第一行。第二段的第二行。",
        "第三段只有一行。",
    ]


def test_reflow_one_paragraph_per_line_documents() -> None:
    text = "某地举行自贸区论坛\n2023-04-05 《某某新闻》\n\n\n记者从论坛获悉，片区贸易额增长。\n专家认为改革仍需深化。\n另一条消息标题\n具体内容在这里。"
    assert reflow(text) == [
        "某地举行自贸区论坛",
        "2023-04-05 《某某新闻》",
        "记者从论坛获悉，片区贸易额增长。",
        "专家认为改革仍需深化。",
        "另一条消息标题",
        "具体内容在这里。",
    ]


def test_reflow_single_newline_comma_continues() -> None:
    assert reflow("片区新设企业，\n同比增长三成。\n新的一段。") == ["片区新设企业，同比增长三成。", "新的一段。"]


def test_reflow_latin() -> None:
    text = "This report covers the pilot\nfree trade zones and their inter-\nnational links.\n\nMethods\n\nWe read every notice."
    assert reflow(text) == [
        "This report covers the pilot free trade zones and their international links.",
        "Methods",
        "We read every notice.",
    ]


def test_reflow_mixed_cjk_latin_join_has_no_space() -> None:
    text = "片区简报\n\n在贸易便利化领域，企业可以自助打印\n\nRCEP 原产地证书。"
    assert reflow(text) == ["片区简报", "在贸易便利化领域，企业可以自助打印RCEP 原产地证书。"]


def test_reflow_first_line_title_with_commas() -> None:
    text = "企业放弃补贴的协议，能否得到支持\n\n基本情况\n\n某企业与片区管委会签订协议。"
    assert reflow(text) == ["企业放弃补贴的协议，能否得到支持", "基本情况", "某企业与片区管委会签订协议。"]
    text = "某部门、某委员会关于片区企业、园区、口岸、港区管理若干问题的规定\n\n为规范管理，制定本规定。"
    assert reflow(text)[0] == "某部门、某委员会关于片区企业、园区、口岸、港区管理若干问题的规定"


def test_reflow_blank_separated_soft_wraps() -> None:
    text = (
        "第一段第一句。第一段第二句\n写到这里。\n\n第二段单独一行。\n\n第三段第一行。\n第三段第二行。\n\n"
        "二、下一节\n\n第四段。"
    )
    assert reflow(text) == [
        "第一段第一句。第一段第二句写到这里。",
        "第二段单独一行。",
        "第三段第一行。第三段第二行。",
        "二、下一节",
        "第四段。",
    ]


def test_reflow_lists_and_law_articles_not_joined() -> None:
    text = "第三条 下列事项应当公开：\n\n（一）片区规划；\n\n（二）扶持政策\n\n第四条 管委会负责实施。"
    assert reflow(text) == [
        "第三条 下列事项应当公开：",
        "（一）片区规划；",
        "（二）扶持政策",
        "第四条 管委会负责实施。",
    ]


def test_reflow_without_joining() -> None:
    assert reflow("一行没有句号\n第二行", join_lines=False) == ["一行没有句号", "第二行"]


def test_certain_join_keeps_the_loose_heading_rule_for_the_first_line() -> None:
    # One paragraph per line: a single newline is a real break unless the content leaves no
    # doubt. A later line with a comma in it is no heading, so it does not pull the next line
    # in (the loose first-line title rule once applied to every line).
    doc = "标题一行\n上海试验区挂牌以后，十年过去了\n许多做法推广到了全国。\n另一段落从这里开始。\n第四段也在这里。\n"
    assert reflow(doc) == [
        "标题一行",
        "上海试验区挂牌以后，十年过去了",
        "许多做法推广到了全国。",
        "另一段落从这里开始。",
        "第四段也在这里。",
    ]


def test_reflow_strips_and_drops_empty() -> None:
    assert reflow("  \u3000\u3000甲。\t \n\n \u3000 \n乙。  ") == ["甲。", "乙。"]
    assert reflow("") == []
    assert reflow("\n \n\u3000\n") == []


# --- canonical -------------------------------------------------------------------------------------


def test_canonical_spans() -> None:
    text, spans = canonical("\ufeff标题\r\n\r\n第一段。\r\n\u200b第二段。\r\n")
    assert text == "标题\n第一段。\n第二段。"
    assert spans == ((0, 2), (3, 7), (8, 12))
    assert [text[s:e] for s, e in spans] == ["标题", "第一段。", "第二段。"]


def test_assemble() -> None:
    assert assemble([]) == ("", ())
    assert assemble(["a", "bc"]) == ("a\nbc", ((0, 1), (2, 4)))


def test_canonical_idempotent_on_pdf_like_text() -> None:
    text, spans = canonical(PDF_LIKE)
    assert canonical(text) == (text, spans)


# --- properties ------------------------------------------------------------------------------------

_PIECES = list("自贸区试验片制度创新企业。，；：！？“”（）()《》【】、一二三1234 abcXYZ.,:-#*>|") + [
    "\n",
    "\n\n",
    "\r\n",
    "\u3000\u3000",
    "\t",
    "\u200b",
    "\u00a0",
    "\ufeff",
    "\x0c",
    "\u00ad",
    "第三条 ",
    "（一）",
    "1. ",
    "2023年9月18日",
    "来源：",
    "主办：",
    "e\u0301",
    "\u0301",
    "——",
    "去年",
    "下半年",
    "推进自",
    "贸区制度",
]
_texts = st.one_of(st.text(), st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(_texts)
def test_canonical_properties(raw: str) -> None:
    text, spans = canonical(raw)
    assert "\r" not in text
    assert not any(ch in text for ch in ZERO_WIDTH)
    assert unicodedata.is_normalized("NFC", text)
    previous_end = -1
    for start, end in spans:
        assert previous_end < start < end or (previous_end == -1 and 0 <= start < end)
        paragraph = text[start:end]
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
        previous_end = end
    assert "\n".join(text[s:e] for s, e in spans) == text
    assert canonical(text) == (text, spans)
