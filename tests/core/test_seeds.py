"""The five real seed documents (../shared/corpus/seeds): titles, dates, sources, the front
matter + HTML seed and the reflow of the PDF-extracted seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftz_desktop.core.importers import ImportedDoc, read_document
from ftz_desktop.core.text import canonical, ends_sentence, is_heading_like, is_standalone, starts_with_marker

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    found = sorted(SEEDS.glob(f"{prefix}_*"))
    if not found:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    return found[0]


def load(prefix: str) -> ImportedDoc:
    return read_document(seed(prefix))


def paras(doc: ImportedDoc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


# (prefix, title, date, source, format)
EXPECTED = [
    ("000", "助力更高水平自贸试验区建设——看看各地政协的好做法", None, None, "txt"),
    ("001", "努力建设更高水平自贸试验区", None, None, "txt"),
    ("002", "自贸动态 第 245 期", "2024-10-15", "省自贸办", "txt"),
    ("003", None, "2024-06-27", "重庆人大", "txt"),  # long title: checked in its own test
    (
        "004",
        None,
        "2022-02-20",
        "央视新闻客户端",
        "md",
    ),  # front matter + HTML body: a saved news post; title checked in its own test
]


@pytest.mark.parametrize(("prefix", "title", "date", "source", "fmt"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_seed_metadata(prefix: str, title: str | None, date: str | None, source: str | None, fmt: str) -> None:
    doc = load(prefix)
    if title is not None:
        assert doc.title == title
    assert doc.date == date
    assert doc.source == source
    assert doc.format == fmt
    assert doc.encoding == "utf-8"


def test_seed_003_title_without_site_suffix() -> None:
    doc = load("003")
    assert doc.title.startswith("重庆市人民政府关于《重庆市人大常委会对")
    assert doc.title.endswith("的审议意见》研究处理情况的报告")
    assert "重庆人大网" not in doc.title
    assert doc.title == paras(doc)[1]  # the page's own title line, not the browser title
    # the meeting date in brackets is not the document's date: the labelled 日期 is
    assert doc.date == "2024-06-27"


def test_seed_004_front_matter_and_html_body() -> None:
    doc = load("004")
    assert doc.format == "md"
    assert doc.title.startswith("大胆闯大胆试！")
    assert doc.title.endswith("“火车头”作用")
    assert doc.tags == ("yangshixinwenkehuduan", "央视新闻客户端新闻")
    for junk in ("<p", "<img", "<center", "</", "layout:", "title:", "dfcfw", "返回首页", "finews"):
        assert junk not in doc.text, junk
    first = paras(doc)[0]
    assert first.startswith("21个自贸试验区，是我国")
    assert paras(doc)[-1] == "（文章来源：央视新闻客户端）"


def test_seed_002_reflow_of_pdf_extraction() -> None:
    doc = load("002")
    text = doc.text
    ps = paras(doc)
    assert "今年上半年复制推广" in text
    # page-break fragments joined back into their sentences
    for joined in (
        "累计自助打印 RCEP 证书",
        "保险（金融）综合服务联合体",
        "桂林银行，推动深入开展",
        "要从少年儿童抓起",
        "全面推行一网通办",
        "提升一倍以上",
        "根据国际电信联盟(ITU)数据",
    ):
        assert joined in text, joined
    # headings and header lines stay their own paragraphs
    for heading in (
        "自贸动态",
        "第 245 期",
        "主办：省自贸办",
        "2024 年 10 月 15 日",
        "一、龙江板块",
        "二、制度创新",
        "三、自贸建设",
        "四、自贸观察",
        "1. 聚焦贸易升级，开放领域全面拓展",
        "2. 聚焦投资扩容，市场潜力不断释放",
        "3. 聚焦通道畅通，口岸运能持续提升",
        "4. 聚焦平台赋能，产业合作多元融合",
        "（六）保税物流通道实现新突破",
    ):
        assert heading in ps, heading
    assert ps[:5] == ["自贸动态", "第 245 期", "主办：省自贸办", "2024 年 10 月 15 日", "一、龙江板块"]
    assert sum(1 for p in ps if p.startswith("（") and p[2] == "）") == 10  # the ten numbered articles
    # no paragraph stops in the middle of a sentence
    for p in ps:
        assert ends_sentence(p) or starts_with_marker(p) or is_standalone(p) or is_heading_like(p), p[-20:]


def test_seed_000_reflow_and_headings() -> None:
    doc = load("000")
    text = doc.text
    for joined in (
        "国际贸易（集团）有限公司",
        "持续关注和助推自贸区建设",
        "一个接着一个。",
        "是其重要组成部分。",
        "自贸试验区——中国（新疆）自由贸易试验区正式揭牌",
        "若干重大问题”“加快新疆",
    ):
        assert joined in text, joined
    ps = paras(doc)
    assert ps[:3] == ["助力更高水平自贸试验区建设", "——看看各地政协的好做法", "编者按"]
    assert "通讯员 刘惠娟" in ps


def test_seed_001_indented_paragraphs() -> None:
    doc = load("001")
    ps = paras(doc)
    assert len(ps) == 25
    assert "深刻认识自贸试验区在改革开放全局中的重要作用" in ps
    assert ps[-1] == "（作者为商务部党组书记、部长）"
    assert not any(p.startswith("\u3000") for p in ps)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_canonical_text_is_stable(prefix: str) -> None:
    doc = load(prefix)
    assert canonical(doc.text) == (doc.text, doc.paragraphs)


def test_seed_002_figures_keep_to_their_section_s_area() -> None:
    """The newsletter's sections are each about one area: a figure takes its own section's area
    or none, never another section's."""
    from ftz_desktop.core import entities, metrics

    doc = load("002")
    found = metrics.extract(doc.text, entities.extract(doc.text), doc.date)
    by_value = {(m.value, m.unit): m for m in found}
    assert by_value[(2.2, "万人")].area == "哈尔滨片区"  # the district written as one with the area
    assert by_value[(1079, "笔")].area == "崇左片区"  # the banks of the area's jurisdiction
    headings = [s for s, e in doc.paragraphs if doc.text[s:e].startswith("（")]
    for m in found:
        if m.area is None:
            continue
        section = max(s for s in headings if s <= m.start) if any(s <= m.start for s in headings) else 0
        heading = doc.text[section : doc.text.find("\n", section)]
        short = m.area.removesuffix("片区")
        assert short in heading or short in doc.text[section : m.start], (m.value_text, m.area, heading)
