"""Citations: GB/T 7714-2015 entries for a news item, a law and a government web page, the
author-date style, the document kinds, RIS that parses and CSL JSON valid against the CSL schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ftz_desktop.core import citations
from ftz_desktop.core.citations import Reference
from ftz_desktop.core.metadata import clean_url, find_url

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "csl-data-subset.schema.json").read_text("utf-8"))

NEWS = Reference(
    doc_id=1,
    title="自贸试验区十年制度创新成果丰硕",
    date="2023-09-28",
    source="人民日报",
    url=None,
    format="txt",
    path="/docs/news.txt",
    accessed="2024-05-10",
)
ONLINE_NEWS = Reference(
    doc_id=2,
    title="海南自贸港封关运作准备工作有序推进",
    date="2024-03-02",
    source="新华网",
    url="http://www.news.example.cn/2024-03/02/c_1.htm",
    format="html",
    path="/docs/xinhua.html",
    accessed="2024-05-10",
)
LAW = Reference(
    doc_id=3,
    title="某省自由贸易试验区条例",
    date="2020-06-01",
    source="某省人民代表大会常务委员会",
    url=None,
    format="txt",
    path="/docs/law.txt",
    accessed="2024-05-10",
)
GOV_PAGE = Reference(
    doc_id=4,
    title="国务院关于印发某自由贸易试验区总体方案的通知",
    date="2019-08-26",
    source="国务院",
    url="https://www.gov.example.cn/zhengce/content/2019-08/26/content_1.htm",
    format="html",
    path="/docs/gov.html",
    accessed="2024-05-10",
)


def test_gbt7714_news_item():
    assert citations.gbt7714(NEWS) == "自贸试验区十年制度创新成果丰硕[N]. 人民日报, 2023-09-28."
    assert citations.gbt7714(NEWS, number=3) == "[3] 自贸试验区十年制度创新成果丰硕[N]. 人民日报, 2023-09-28."


def test_gbt7714_online_news_has_access_date_and_url():
    assert citations.gbt7714(ONLINE_NEWS) == (
        "海南自贸港封关运作准备工作有序推进[N/OL]. 新华网, 2024-03-02[2024-05-10]. "
        "http://www.news.example.cn/2024-03/02/c_1.htm"
    )


def test_gbt7714_law():
    assert citations.gbt7714(LAW) == "某省人民代表大会常务委员会. 某省自由贸易试验区条例[Z]. 2020-06-01."


def test_gbt7714_government_web_page():
    assert citations.gbt7714(GOV_PAGE) == (
        "国务院. 国务院关于印发某自由贸易试验区总体方案的通知[EB/OL]. (2019-08-26)[2024-05-10]. "
        "https://www.gov.example.cn/zhengce/content/2019-08/26/content_1.htm"
    )


def test_gbt7714_law_read_online_is_an_electronic_resource():
    law = Reference(**{**LAW.__dict__, "url": "https://law.example.cn/1"})
    assert citations.gbt7714(law) == (
        "某省人民代表大会常务委员会. 某省自由贸易试验区条例[EB/OL]. (2020-06-01)[2024-05-10]. https://law.example.cn/1"
    )


def test_gbt7714_without_source_or_date():
    bare = Reference(5, "片区工作简报", None, None, None, "txt", "/x.txt")
    assert citations.gbt7714(bare) == "片区工作简报[R]."
    other = Reference(6, "会议纪要", None, None, None, "docx", "/y.docx")
    assert citations.gbt7714(other) == "会议纪要[Z]."


def test_standard():
    std = Reference(7, "GB/T 7714-2015 信息与文献 参考文献著录规则", "2015-05-15", None, None, "pdf", "/s.pdf")
    assert std.kind == "standard"
    assert citations.gbt7714(std) == "GB/T 7714-2015 信息与文献 参考文献著录规则[S]. 2015-05-15."


def test_author_date_style():
    assert citations.author_date(LAW) == "某省人民代表大会常务委员会. 2020. 某省自由贸易试验区条例[Z]. 2020-06-01."
    assert citations.author_date(GOV_PAGE) == (
        "国务院. 2019. 国务院关于印发某自由贸易试验区总体方案的通知[EB/OL]. (2019-08-26)[2024-05-10]. "
        "https://www.gov.example.cn/zhengce/content/2019-08/26/content_1.htm"
    )
    assert citations.author_date(NEWS) == "人民日报. 2023. 自贸试验区十年制度创新成果丰硕[N]. 人民日报, 2023-09-28."
    anonymous = Reference(8, "某片区动态", None, None, None, "txt", "/z.txt")
    assert citations.author_date(anonymous) == "佚名. n.d. 某片区动态[R]."


def test_passage_citations():
    passage = "第五条 自贸试验区应当\n建立容错机制。"
    assert citations.cite(LAW, "gbt7714", passage) == (
        "“第五条 自贸试验区应当 建立容错机制。”\n某省人民代表大会常务委员会. 某省自由贸易试验区条例[Z]. 2020-06-01."
    )
    assert citations.cite(LAW, "author-date", "建立容错机制。").startswith(
        "“建立容错机制。”（某省人民代表大会常务委员会，2020）\n某省人民代表大会常务委员会. 2020."
    )
    with pytest.raises(ValueError):
        citations.cite(LAW, "apa")


@pytest.mark.parametrize(
    ("title", "source", "url", "fmt", "path", "kind"),
    [
        ("中华人民共和国外商投资法", "全国人民代表大会", None, "txt", "", "law"),
        ("某市口岸服务条例（2020修正）", None, None, "txt", "", "law"),
        ("海关总署关于进一步优化营商环境的若干规定", None, None, "txt", "", "law"),
        ("自贸区改革的几种做法", None, None, "txt", "", "other"),
        ("长江经济带焕发新活力", "新闻联播", None, "txt", "", "news"),
        ("一条没有来源的新闻", None, None, "txt", "/c/xwlb/20220924_01.txt", "news"),
        ("关于自贸试验区建设情况的报告", "某市人大", None, "txt", "", "report"),
        ("自贸动态 第 245 期", "省自贸办", None, "txt", "", "report"),
        ("某片区简介", "某片区管委会", None, "html", "", "web"),
        ("某片区简介", None, "https://a.example.cn/", "md", "", "web"),
    ],
)
def test_kinds(title, source, url, fmt, path, kind):
    assert citations.kind_of(title, source, url, fmt, path) == kind


RIS_LINE = re.compile(r"^(?:[A-Z][A-Z0-9]  - .*|ER  - )$")


def parse_ris(text: str) -> list[dict[str, list[str]]]:
    """A strict RIS reader: every line a tag line, TY opens and ER closes every record."""
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in text.split("\r\n"):
        if not line:
            assert current is None, "a blank line inside a record"
            continue
        assert RIS_LINE.match(line), line
        tag, value = line[:2], line[6:]
        if tag == "TY":
            assert current is None
            current = {}
        assert current is not None, f"{tag} before TY"
        if tag == "ER":
            records.append(current)
            current = None
            continue
        current.setdefault(tag, []).append(value)
    assert current is None, "the last record is not closed"
    return records


def test_ris_parses_with_the_fields_reference_managers_read():
    text = citations.ris([NEWS, LAW, GOV_PAGE])
    records = parse_ris(text)
    assert [r["TY"] for r in records] == [["NEWS"], ["STAT"], ["ELEC"]]
    news, law, page = records
    assert news["TI"] == ["自贸试验区十年制度创新成果丰硕"] and news["T2"] == ["人民日报"]
    assert news["DA"] == ["2023/09/28/"] and news["PY"] == ["2023"]
    assert "UR" not in news
    assert law["AU"] == ["某省人民代表大会常务委员会"]
    assert page["UR"] == [GOV_PAGE.url] and page["Y2"] == ["2024/05/10/"]
    assert citations.ris([]) == ""


def test_csl_json_is_valid_against_the_csl_schema():
    items = json.loads(citations.csl_json([NEWS, ONLINE_NEWS, LAW, GOV_PAGE]))
    jsonschema.validate(items, SCHEMA)
    news, online, law, page = items
    assert news["type"] == "article-newspaper" and news["container-title"] == "人民日报"
    assert news["issued"] == {"date-parts": [[2023, 9, 28]]}
    assert online["URL"] == ONLINE_NEWS.url and online["accessed"] == {"date-parts": [[2024, 5, 10]]}
    assert law["type"] == "legislation" and law["author"] == [{"literal": "某省人民代表大会常务委员会"}]
    assert page["type"] == "webpage" and page["publisher"] == "国务院"
    assert len({i["id"] for i in items}) == 4


def test_the_schema_rejects_what_csl_rejects():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "newspaper"}], SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "webpage", "url": "lower-case is not a CSL variable"}], SCHEMA)


_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=40)


@given(
    title=_text,
    source=st.none() | _text,
    date=st.none() | st.sampled_from(["2023", "2023-05", "2023-05-06"]),
    url=st.none() | st.just("https://example.cn/a?b=1"),
)
def test_exports_of_any_metadata_parse(title, source, date, url):
    ref = Reference(9, title, date, source, url, "txt", "/p\n.txt", "2024-01-02")
    jsonschema.validate(json.loads(citations.csl_json([ref])), SCHEMA)
    (record,) = parse_ris(citations.ris([ref]))
    assert record["TI"] == [" ".join(title.split())]


@pytest.mark.parametrize(
    ("paragraphs", "url"),
    [
        (["标题", "原文链接：https://www.example.gov.cn/a/b.html", "正文。"], "https://www.example.gov.cn/a/b.html"),
        (["标题", "正文。", "网址: www.example.cn/x.htm。"], "http://www.example.cn/x.htm"),
        (["https://news.example.cn/2024/1.html", "标题", "正文。"], "https://news.example.cn/2024/1.html"),
        (["标题", "详见https://a.example.cn/1.html的说明。"], None),  # inside a sentence
        (["标题", "原文链接：https://img.example.cn/1.jpg"], None),  # an image
        (["标题", "正文。"], None),
    ],
)
def test_find_url(paragraphs, url):
    assert find_url(paragraphs) == url


def test_clean_url():
    assert clean_url("https://a.example.cn/x.html") == "https://a.example.cn/x.html"
    assert clean_url("<https://a.example.cn/x.html>") == "https://a.example.cn/x.html"
    assert clean_url("/relative/path") is None
    assert clean_url("mailto:someone@example.cn") is None
    assert clean_url(None) is None
