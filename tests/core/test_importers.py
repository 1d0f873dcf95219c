"""Tests of read_document / decode_text on files the tests write: every format, encoding, sniffing
case and failure reason."""

from __future__ import annotations

import io
import os
import random
import socket
import sys
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ftz_desktop.core import importers
from ftz_desktop.core.importers import (
    SUPPORTED_SUFFIXES,
    ImportedDoc,
    decode_text,
    looks_like_html,
    read_document,
    skip_reason,
    split_front_matter,
)
from ftz_desktop.errors import UnreadableFile

PLAIN = """某片区扩大开放工作简报

2024年5月6日

来源：某省商务厅

今年以来，某片区围绕贸易投资便利化推出一批改革举措，新设外资企业同比增长三成。

片区口岸通关时间进一步压缩，企业普遍反映办事更加方便。
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def paragraphs(doc: ImportedDoc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


def check_spans(doc: ImportedDoc) -> None:
    assert "\n".join(paragraphs(doc)) == doc.text
    assert all(p and p == p.strip() for p in paragraphs(doc))


def test_supported_suffixes() -> None:
    assert (
        frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".mht", ".mhtml", ".ofd"})
        == SUPPORTED_SUFFIXES
    )


# --- plain text and encodings --------------------------------------------------------------------


def test_utf8_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "brief.txt", PLAIN.encode("utf-8")))
    assert doc.format == "txt"
    assert doc.encoding == "utf-8"
    assert doc.title == "某片区扩大开放工作简报"
    assert doc.date == "2024-05-06"
    assert doc.source == "某省商务厅"
    assert doc.tags == ()
    assert "新设外资企业同比增长三成。" in doc.text
    check_spans(doc)


def test_utf8_bom(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PLAIN.encode("utf-8")))
    assert doc.encoding == "utf-8-sig"
    assert doc.text.startswith("某片区扩大开放工作简报")
    assert "\ufeff" not in doc.text


@pytest.mark.parametrize(
    ("codec", "bom", "name"), [("utf-16-le", b"\xff\xfe", "utf-16-le"), ("utf-16-be", b"\xfe\xff", "utf-16-be")]
)
def test_utf16_with_bom(tmp_path: Path, codec: str, bom: bytes, name: str) -> None:
    doc = read_document(write(tmp_path, "u16.txt", bom + PLAIN.encode(codec)))
    assert doc.encoding == name
    assert doc.title == "某片区扩大开放工作简报"
    assert "口岸通关时间进一步压缩" in doc.text


def test_utf16_without_bom(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "u16.txt", PLAIN.encode("utf-16-le")))
    assert doc.encoding == "utf-16-le"
    assert doc.date == "2024-05-06"


SHORT_GBK = "自贸区报告\n片区新设企业十家。\n"


def test_short_gbk_file(tmp_path: Path) -> None:
    data = SHORT_GBK.encode("gbk")
    doc = read_document(write(tmp_path, "gbk.txt", data))
    assert doc.encoding == "gb18030"
    assert doc.text == "自贸区报告\n片区新设企业十家。"
    assert doc.title == "自贸区报告"


class _FakeMatch:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding


class _FakeMatches:
    def __init__(self, encoding: str | None) -> None:
        self._encoding = encoding

    def best(self) -> _FakeMatch | None:
        return _FakeMatch(self._encoding) if self._encoding else None


@pytest.mark.parametrize("guess", ["latin_1", "cp1252", "mac_roman", "cp1125", None])
def test_gbk_misdetected_as_single_byte_is_read_as_gb18030(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, guess: str | None
) -> None:
    # traditional characters (in GBK, not in GB2312) fail the quick "reads as Chinese" check, so
    # the detector is asked; it answers with a Western single-byte code page (the known trap)
    import charset_normalizer

    text = "臺灣貿易試驗區報告\n"
    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data, **kw: _FakeMatches(guess))
    decoded, encoding = decode_text(text.encode("gbk"))
    assert (decoded, encoding) == (text, "gb18030")


def test_western_code_page_is_not_taken_for_gbk() -> None:
    text = "Zone franche : café, société, évaluation du régime douanier à l'entrée du port. " * 3
    decoded, encoding = decode_text(text.encode("cp1252"))
    assert decoded == text
    assert encoding != "gb18030"


def test_short_gbk_that_is_valid_utf8() -> None:
    # "通知" in GBK happens to be valid UTF-8 (a combining mark and a Hebrew point)
    assert decode_text("通知\n".encode("gbk")) == ("通知\n", "gb18030")


def test_utf8_with_a_few_bad_bytes_stays_utf8() -> None:
    data = ("片区改革持续推进。" * 50).encode("utf-8") + b"\xff" + "结束。".encode() + "截断".encode()[:-1]
    text, encoding = decode_text(data)
    assert encoding == "utf-8"
    assert text.startswith("片区改革持续推进。")


def test_gbk_html_with_declared_charset(tmp_path: Path) -> None:
    html = '<html><head><meta charset="gb2312"><title>片区新闻_某网</title></head><body><p>片区今天召开会议。</p></body></html>'
    doc = read_document(write(tmp_path, "page.htm", html.encode("gbk")))
    assert doc.encoding == "gb18030"
    assert doc.text == "片区今天召开会议。"
    assert doc.title == "片区新闻"


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=600))
def test_decode_text_raises_only_unreadable(data: bytes) -> None:
    try:
        text, encoding = decode_text(data)
    except UnreadableFile:
        return
    assert isinstance(text, str) and isinstance(encoding, str) and encoding


_cjk_text = st.text(
    alphabet=st.sampled_from(list("自贸区试验片制度创新企业。，；：！？“”（）abc XYZ123\n\t")), max_size=200
)


@settings(max_examples=200, deadline=None)
@given(_cjk_text)
def test_decode_text_utf8_roundtrip(text: str) -> None:
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")


# --- markdown and front matter -------------------------------------------------------------------

MARKDOWN = """---
title: "片区制度创新观察：第一期"
date: 2023-08-09 10:00:00 +0800
categories: [观察, 制度创新]
tags: 自贸区 口岸
---
# 页面里的一级标题

片区在**跨境数据**流动方面开展试点，详见[管委会公告](https://example.org/notice)。
这一行是同一段落的续行。

![片区图片](https://example.org/img.png)

- 第一项措施
- 第二项措施

```
code block stays
```

[返回首页](https://example.org/)｜[更多新闻](https://example.org/news)
"""


def test_markdown_front_matter(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "note.md", MARKDOWN.encode("utf-8")))
    assert doc.format == "md"
    assert doc.title == "片区制度创新观察：第一期"
    assert doc.date == "2023-08-09"
    assert doc.tags == ("观察", "制度创新", "自贸区", "口岸")
    paras = paragraphs(doc)
    assert paras[0] == "页面里的一级标题"
    assert "片区在跨境数据流动方面开展试点，详见管委会公告。这一行是同一段落的续行。" in paras
    assert "第一项措施" in paras and "第二项措施" in paras
    for junk in ("https://", "**", "](", "![", "返回首页", "更多新闻", "---", "title:"):
        assert junk not in doc.text


def test_markdown_title_from_heading_without_front_matter(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "n.markdown", "# 片区周报\n\n正文一段。\n".encode()))
    assert (doc.format, doc.title, doc.text) == ("md", "片区周报", "片区周报\n正文一段。")


def test_txt_with_front_matter_is_markdown(tmp_path: Path) -> None:
    data = "---\ntitle: 片区笔记\ndate: 2022-01-02\n---\n正文第一段。\n".encode()
    doc = read_document(write(tmp_path, "n.txt", data))
    assert (doc.format, doc.title, doc.date, doc.text) == ("md", "片区笔记", "2022-01-02", "正文第一段。")


FRONT_MATTER_HTML = """---
layout: post
title: "片区建设提速：十项举措落地"
date: 2021-03-04 08:09:10 +0800
categories: pianqu
tags: 某某客户端新闻
---
<p>某片区今天发布十项改革举措，涵盖投资、贸易和金融。</p>
 <p>片区负责人表示，将持续优化营商环境。</p>
 <center><img src="https://example.org/a.jpg" style="border:1px solid;" /></center><p>企业代表：新政策让办事更方便。</p><p class="em_media">（文章来源：某某客户端）</p>

<http://example.org/share?id=1>

[返回某某客户端新闻](//example.org/category/pianqu.html)｜[返回首页](//example.org/)
"""


def test_txt_with_front_matter_and_html_body(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "post.txt", FRONT_MATTER_HTML.encode("utf-8")))
    assert doc.format == "md"  # front matter: a Markdown post, whatever the suffix
    assert doc.title == "片区建设提速：十项举措落地"
    assert doc.date == "2021-03-04"
    assert doc.source == "某某客户端"
    assert doc.tags == ("pianqu", "某某客户端新闻")
    assert paragraphs(doc) == [
        "某片区今天发布十项改革举措，涵盖投资、贸易和金融。",
        "片区负责人表示，将持续优化营商环境。",
        "企业代表：新政策让办事更方便。",
        "（文章来源：某某客户端）",
    ]
    for junk in ("<p", "<img", "<center", "http", "返回首页", "layout"):
        assert junk not in doc.text


def test_split_front_matter_with_invalid_yaml() -> None:
    meta, body = split_front_matter("---\ntitle: 片区: 观察: 第二期\nbad: [unclosed\n---\n正文。")
    assert meta is not None and meta["title"].startswith("片区")
    assert body == "正文。"


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("<p>一</p><p>二</p><p>三</p>")
    assert not looks_like_html("正文里提到一次 <br> 标签。" + "普通文字。" * 500)


# --- html ----------------------------------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>片区发布跨境贸易新举措_新闻中心_某某网</title>
  <meta property="og:title" content="片区发布跨境贸易新举措">
  <meta name="PubDate" content="2024-06-27 09:30">
  <meta name="ContentSource" content="某市商务委员会">
  <link rel="stylesheet" href="https://cdn.example.org/site.css">
  <script src="https://cdn.example.org/tracker.js"></script>
  <style>.x { color: red } STYLETEXT</style>
</head>
<body>
  <header><div>HEADERTEXT 网站标志</div></header>
  <nav><a href="/">NAVTEXT 首页</a></nav>
  <div class="breadcrumb">BREADCRUMBTEXT 当前位置</div>
  <div id="left-sidebar">SIDEBARTEXT 热门文章</div>
  <div class="main-menu">MENUTEXT</div>
  <article>
    <h1>片区发布跨境贸易新举措</h1>
    <p>某片区今天发布跨境贸易便利化
       新举措，共十二条。</p>
    <p>措施包括：<br>压缩通关时间；<br>推广&nbsp;电子单证。</p>
    <img src="https://example.org/photo.jpg" alt="IMGALT">
    <ul><li>第一条</li><li>第二条</li></ul>
    <table><tr><td>指标</td><td>数值</td></tr><tr><td>企业</td><td>120</td></tr></table>
    <script>document.write("SCRIPTTEXT")</script>
    <noscript>NOSCRIPTTEXT</noscript>
    <template>TEMPLATETEXT</template>
    <iframe src="https://example.org/embed">IFRAMETEXT</iframe>
    <svg><text>SVGTEXT</text></svg>
    <div style="display:none">HIDDENTEXT</div>
    <div class="share-box">SHARETEXT 分享到</div>
    <!-- COMMENTTEXT -->
  </article>
  <aside>ASIDETEXT 相关阅读</aside>
  <footer>FOOTERTEXT 版权所有</footer>
  <div class="copyright">COPYRIGHTTEXT</div>
</body>
</html>
"""


def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def test_html_visible_text_only_and_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_network(monkeypatch)
    doc = read_document(write(tmp_path, "page.html", HTML_PAGE.encode("utf-8")))
    assert doc.format == "html"
    assert doc.title == "片区发布跨境贸易新举措"
    assert doc.date == "2024-06-27"
    assert doc.source == "某市商务委员会"
    assert paragraphs(doc) == [
        "片区发布跨境贸易新举措",
        "某片区今天发布跨境贸易便利化新举措，共十二条。",
        "措施包括：",
        "压缩通关时间；",
        "推广 电子单证。",
        "第一条",
        "第二条",
        "指标 数值",
        "企业 120",
    ]
    for marker in (
        "HEADERTEXT",
        "NAVTEXT",
        "BREADCRUMBTEXT",
        "SIDEBARTEXT",
        "MENUTEXT",
        "IMGALT",
        "SCRIPTTEXT",
        "NOSCRIPTTEXT",
        "TEMPLATETEXT",
        "IFRAMETEXT",
        "SVGTEXT",
        "HIDDENTEXT",
        "SHARETEXT",
        "COMMENTTEXT",
        "ASIDETEXT",
        "FOOTERTEXT",
        "COPYRIGHTTEXT",
        "STYLETEXT",
        "color",
        "http",
    ):
        assert marker not in doc.text, marker


def test_html_title_from_title_tag_without_og(tmp_path: Path) -> None:
    html = "<html><head><title>片区周报 - 某某网</title></head><body><div>正文。</div></body></html>"
    doc = read_document(write(tmp_path, "p.htm", html.encode()))
    assert doc.title == "片区周报"
    assert doc.text == "正文。"


def test_html_title_from_h1_when_title_is_the_site_name(tmp_path: Path) -> None:
    html = "<html><head><title>某某网</title></head><body><h1>片区推出十条新政</h1><p>正文。</p></body></html>"
    doc = read_document(write(tmp_path, "p.html", html.encode()))
    assert doc.title == "片区推出十条新政"


def test_crlf_front_matter(tmp_path: Path) -> None:
    data = "---\r\ntitle: 片区笔记\r\ndate: 2022-01-02\r\n---\r\n正文第一段。\r\n".encode()
    doc = read_document(write(tmp_path, "n.md", data))
    assert (doc.title, doc.date, doc.text) == ("片区笔记", "2022-01-02", "正文第一段。")


def test_html_suffix_with_plain_text_is_txt(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "p.html", PLAIN.encode()))
    assert doc.format == "txt"
    assert doc.title == "某片区扩大开放工作简报"


def test_txt_with_html_body_is_html(tmp_path: Path) -> None:
    doc = read_document(
        write(tmp_path, "p.txt", "<div><p>第一段。</p><p>第二段。</p><br><p>第三段。</p></div>".encode())
    )
    assert doc.format == "html"
    assert paragraphs(doc) == ["第一段。", "第二段。", "第三段。"]


def test_html_all_boilerplate_falls_back_to_tag_text(tmp_path: Path) -> None:
    html = '<html><body><div class="menu-wrapper"><p>唯一的正文段落。</p></div></body></html>'
    doc = read_document(write(tmp_path, "p.html", html.encode()))
    assert doc.text == "唯一的正文段落。"


# --- pdf -----------------------------------------------------------------------------------------


def _make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if title:
        c.setTitle(title)
    for lines in pages:
        c.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            c.drawString(72, y, line)
            y -= 20
        c.showPage()
    c.save()
    return buf.getvalue()


PDF_PAGES = [
    ["片区开放报告", "2024年5月6日", "一、总体情况", "今年以来，某片区新设企业数量持续增长，跨境贸易便利化"],
    ["改革取得明显成效。", "二、下一步打算", "继续推进制度创新。"],
]


def test_pdf_with_chinese_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "report.pdf", _make_pdf(PDF_PAGES)))
    assert doc.format == "pdf"
    assert doc.encoding is None
    assert doc.title == "片区开放报告"  # reportlab's "untitled" metadata is ignored
    assert doc.date == "2024-05-06"
    assert paragraphs(doc) == [
        "片区开放报告",
        "2024年5月6日",
        "一、总体情况",
        "今年以来，某片区新设企业数量持续增长，跨境贸易便利化改革取得明显成效。",  # joined across the page break
        "二、下一步打算",
        "继续推进制度创新。",
    ]


def test_pdf_with_radical_glyphs_is_folded(tmp_path: Path) -> None:
    # what common Chinese PDF fonts put in the text layer: Kangxi radicals and supplement forms
    pages = [["⼝岸服务条例实施情况", "⺠营企业在⼝岸通关中的获得感明显增强。", "⻓江沿线⻔户城市加强协作。"]]
    doc = read_document(write(tmp_path, "glyphs.pdf", _make_pdf(pages)))
    assert doc.title == "口岸服务条例实施情况"
    assert "民营企业在口岸通关中的获得感明显增强。" in doc.text
    assert "长江沿线门户城市加强协作。" in doc.text
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF for ch in doc.text)


def test_pdf_paragraphs_wrapped_over_lines_and_pages(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    paras = [
        "今年以来，某片区围绕投资便利化推出十二项新举措，企业开办时间压缩到一个工作日以内，新设企业数量同比增长两成。",
        "二、下一步打算",
        "片区将继续扩大服务业开放，探索跨境数据流动的安全评估办法，并在年底前形成一批可复制推广的制度创新成果。",
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 12)
    y = 200.0
    for p in paras:
        first = True
        while p:
            n = 16 if first else 18
            line, p = p[:n], p[n:]
            c.drawString(72 + (24 if first and len(paras[1]) < len(line) else 0), y, line)
            first = False
            y -= 18
            if y < 72:  # the first paragraph runs on to the next page
                c.showPage()
                c.setFont("STSong-Light", 12)
                y = 800.0
        y -= 8
    c.showPage()
    c.save()
    doc = read_document(write(tmp_path, "wrapped.pdf", buf.getvalue()))
    assert paragraphs(doc) == paras


def test_pdf_title_metadata(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "r.pdf", _make_pdf(PDF_PAGES, title="片区开放年度报告")))
    assert doc.title == "片区开放年度报告"


def test_pdf_sniffed_whatever_the_suffix(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "report.txt", _make_pdf(PDF_PAGES)))
    assert doc.format == "pdf"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(10, 10, 100, 100, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(UnreadableFile, match=r"^PDF has no text layer \(scanned\?\)$"):
        read_document(write(tmp_path, "scan.pdf", buf.getvalue()))


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n" + b"garbage\x00\x01" * 50, b"%PDF-1.7\n%%EOF", None],
    ids=["garbage", "header-only", "truncated"],
)
def test_corrupt_pdf(tmp_path: Path, data: bytes | None) -> None:
    if data is None:
        full = _make_pdf(PDF_PAGES)
        data = full[: len(full) // 2]
    with pytest.raises(UnreadableFile, match=r"^corrupt PDF: "):
        read_document(write(tmp_path, "bad.pdf", data))


def test_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    def make(user: str) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption(user, ownerPassword="owner", canPrint=0))
        c.drawString(72, 800, "Pilot zone notice")
        c.showPage()
        c.save()
        return buf.getvalue()

    with pytest.raises(UnreadableFile, match=r"^encrypted PDF \(password required\)$"):
        read_document(write(tmp_path, "locked.pdf", make("secret")))
    # only an owner password (printing restricted): readable
    assert read_document(write(tmp_path, "open.pdf", make(""))).text == "Pilot zone notice"


def test_pdf_suffix_without_pdf_content(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match=r"^corrupt PDF: "):
        read_document(write(tmp_path, "bad.pdf", PLAIN.encode()))


# --- docx ----------------------------------------------------------------------------------------


def _make_docx(title: str | None = "片区年度报告", created: object | None = None) -> bytes:
    import docx

    d = docx.Document()
    if title is not None:
        d.core_properties.title = title
    if created is not None:
        d.core_properties.created = created
    d.add_heading("片区年度报告（正文标题）", 1)
    d.add_paragraph("第一段：片区建设稳步推进。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "数值"
    table.cell(1, 0).text = "新设企业"
    table.cell(1, 1).text = "120 家"
    merged = d.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格"
    d.add_paragraph("表格后面的段落。")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "r.docx", _make_docx()))
    assert doc.format == "docx"
    assert doc.encoding is None
    assert doc.title == "片区年度报告"
    assert paragraphs(doc) == [
        "片区年度报告（正文标题）",
        "第一段：片区建设稳步推进。",
        "指标",
        "数值",
        "新设企业",
        "120 家",
        "合并单元格",
        "表格后面的段落。",
    ]
    assert doc.date is None  # python-docx's template date is not a document date


def test_docx_title_from_heading_style_and_created_date(tmp_path: Path) -> None:
    import datetime as dt

    doc = read_document(write(tmp_path, "r.docx", _make_docx(title=None, created=dt.datetime(2023, 7, 8, 9, 0))))
    assert doc.title == "片区年度报告（正文标题）"
    assert doc.date == "2023-07-08"


def test_docx_sniffed_whatever_the_suffix(tmp_path: Path) -> None:
    assert read_document(write(tmp_path, "r.txt", _make_docx())).format == "docx"


def test_corrupt_docx(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match=r"^corrupt DOCX: "):
        read_document(write(tmp_path, "bad.docx", b"not a zip at all"))
    data = _make_docx()
    with pytest.raises(UnreadableFile, match=r"^corrupt DOCX: "):
        read_document(write(tmp_path, "half.docx", data[: len(data) // 2]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("other.xml", "<x/>")
    with pytest.raises(UnreadableFile, match=r"^corrupt DOCX: "):
        read_document(write(tmp_path, "nodoc.docx", buf.getvalue()))


# --- failures ------------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="^empty file$"):
        read_document(write(tmp_path, "empty.txt", b""))


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="^no text in file$"):
        read_document(write(tmp_path, "blank.txt", "\n \u3000\n\t\n".encode()))


def test_binary_file(tmp_path: Path) -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(UnreadableFile, match="^binary file, not text$"):
        read_document(write(tmp_path, "blob.txt", data))
    with pytest.raises(UnreadableFile, match="^binary file, not text$"):
        read_document(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)))
    controls = bytes(rng.choice([1, 2, 3, 4, 5, 6, 0x41, 0x42]) for _ in range(3000))
    with pytest.raises(UnreadableFile, match="^binary file, not text$"):
        read_document(write(tmp_path, "ctl.md", controls))


def test_undecodable_file(tmp_path: Path) -> None:
    rng = random.Random(3)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(2000))
    with pytest.raises(UnreadableFile, match=r"^cannot decode text \(tried utf-8, gb18030, utf-16\)$"):
        read_document(write(tmp_path, "mojibake.txt", data))


def test_permission_denied(tmp_path: Path) -> None:
    p = write(tmp_path, "secret.txt", PLAIN.encode())
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running with privileges that can read a chmod 000 file")
        with pytest.raises(UnreadableFile, match="^permission denied$"):
            read_document(p)
    finally:
        p.chmod(0o644)


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(UnreadableFile, match="^permission denied$"):
        read_document(tmp_path / "any.txt")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="^file not found$"):
        read_document(tmp_path / "nope.txt")


def test_unsupported_formats(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="^unsupported format"):
        read_document(write(tmp_path, "table.csv", b"a,b\n1,2\n"))
    with pytest.raises(UnreadableFile, match="^unsupported format"):
        read_document(write(tmp_path, "old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<x/>")
    with pytest.raises(UnreadableFile, match="^unsupported format"):
        read_document(write(tmp_path, "sheet.txt", buf.getvalue()))


def test_data_argument_is_used_instead_of_the_disk(tmp_path: Path) -> None:
    doc = read_document(tmp_path / "not-on-disk.txt", PLAIN.encode())
    assert doc.title == "某片区扩大开放工作简报"


def test_title_falls_back_to_file_stem(tmp_path: Path) -> None:
    doc = read_document(
        write(tmp_path, "片区笔记-2024.txt", "今年片区新设企业一千家，同比增长三成，发展势头良好。\n".encode())
    )
    assert doc.title == "片区笔记-2024"


_suffixes = st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx", ".htm"])
_prefixes = st.sampled_from(
    [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"---\ntitle: x\n---\n", b"<p>", b"\xff\xfe", b"\xef\xbb\xbf"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(_suffixes, _prefixes, st.binary(max_size=400))
def test_read_document_raises_only_unreadable(suffix: str, prefix: bytes, data: bytes) -> None:
    try:
        doc = read_document(Path("fuzz" + suffix), prefix + data)
    except UnreadableFile as e:
        assert str(e)
        return
    assert doc.title and doc.format in {"txt", "md", "html", "pdf", "docx"}
    assert "\n".join(doc.text[s:e] for s, e in doc.paragraphs) == doc.text


def test_module_does_not_import_qt_or_sql() -> None:
    assert "PySide6" not in sys.modules or not hasattr(importers, "QtCore")
    source = Path(importers.__file__).read_text(encoding="utf-8")
    assert "sqlite3" not in source and "PySide6" not in source


# --- government pages: main content, byline ------------------------------------------------------

GOV_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>某片区出台跨境服务贸易十条措施_某某自贸片区管理委员会</title></head><body>
<div class="top"><span>欢迎访问某某自贸片区管理委员会门户网站</span><span>繁体版 | 无障碍 | 长者模式</span></div>
<div class="dh"><ul><li><a href="/">网站首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">通知公告</a></li>
<li><a href="/c">办事服务</a></li><li><a href="/d">互动交流</a></li><li><a href="/e">走进片区</a></li></ul></div>
<div class="wz">您现在的位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="nr"><div class="bt">某片区出台跨境服务贸易十条措施</div>
<div class="sj">来源：某某区发改局发布日期：2017-10-13</div>
<div class="zw">
<p>　　为扩大服务业对外开放，某片区日前出台支持跨境服务贸易发展的十条措施，从市场准入、人才流动和资金结算三个方面为企业松绑。</p>
<p><strong>一、放宽市场准入</strong></p>
<p>　　片区将在法律服务、检验检测和文化创意等领域率先开展准入试点，对符合条件的境外服务提供者实行告知承诺制。</p>
<table><tr><td>领域</td><td>试点企业</td></tr><tr><td>检验检测</td><td>十二家</td></tr></table>
<p>　　片区管委会有关负责人表示，措施自发布之日起施行，有效期三年。</p>
</div>
<div class="fx">分享到：微信 微博 QQ空间</div><div class="dy">【打印本页】【关闭窗口】</div>
<div class="xgwz"><div class="tit">相关文章</div><ul><li><a href="/1">某片区召开营商环境座谈会</a></li>
<li><a href="/2">某片区发布年度制度创新案例</a></li><li><a href="/3">某片区举办跨境金融培训</a></li></ul></div></div>
<div class="db"><p>主办单位：某某自贸片区管理委员会 承办：某某自贸片区综合服务中心</p>
<p>网站标识码：4401150001 粤ICP备12345678号-1</p><p>公网安备 44011502000123号 版权所有 © 2017</p></div>
</body></html>"""


def test_government_page_keeps_the_article_and_drops_the_chrome(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "page.html", GOV_PAGE.encode("utf-8")))
    assert doc.format == "html"
    assert doc.title == "某片区出台跨境服务贸易十条措施"
    assert (doc.source, doc.date) == ("某某区发改局", "2017-10-13")  # the run-together byline, split
    assert paragraphs(doc) == [
        "某片区出台跨境服务贸易十条措施",
        "来源：某某区发改局发布日期：2017-10-13",
        "为扩大服务业对外开放，某片区日前出台支持跨境服务贸易发展的十条措施，从市场准入、人才流动和资金结算三个方面为企业松绑。",
        "一、放宽市场准入",
        "片区将在法律服务、检验检测和文化创意等领域率先开展准入试点，对符合条件的境外服务提供者实行告知承诺制。",
        "领域 试点企业",
        "检验检测 十二家",
        "片区管委会有关负责人表示，措施自发布之日起施行，有效期三年。",
    ]
    for chrome in (
        "欢迎访问",
        "繁体版",
        "无障碍",
        "网站首页",
        "您现在的位置",
        "分享到",
        "打印本页",
        "相关文章",
        "营商环境座谈会",
        "主办单位",
        "ICP备",
        "公网安备",
        "版权所有",
    ):
        assert chrome not in doc.text, chrome


def test_page_where_extraction_finds_too_little_keeps_its_visible_text(tmp_path: Path) -> None:
    page = "<html><body><div class='nav'><a href='/'>首页</a></div><div>片区今日开放。</div><p>办事指南见窗口。</p></body></html>"
    doc = read_document(write(tmp_path, "short.html", page.encode("utf-8")))
    assert paragraphs(doc) == ["片区今日开放。", "办事指南见窗口。"]


def test_byline_with_author(tmp_path: Path) -> None:
    page = GOV_PAGE.replace(
        "来源：某某区发改局发布日期：2017-10-13", "发布时间：2019-03-05 作者：李明 来源：某某区商务局 浏览次数：120"
    )
    doc = read_document(write(tmp_path, "page.html", page.encode("utf-8")))
    assert (doc.source, doc.date, doc.author) == ("某某区商务局", "2019-03-05", "李明")


# --- Markdown news files ---------------------------------------------------------------------------

MD_NEWS = """### 片区跨境电商进口额创新高

<p>记者从某片区获悉，今年一季度片区跨境电商零售进口额同比增长四成。</p>

### 企业反映

片区企业表示，[通关更快了](https://example.org/a)，**成本也降了**。
"""


def test_markdown_news_file_named_by_date(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "20230512.md", MD_NEWS.encode("utf-8")))
    assert doc.format == "md"
    assert doc.date == "2023-05-12"  # from the file name
    assert doc.title == "片区跨境电商进口额创新高"
    assert paragraphs(doc) == [
        "片区跨境电商进口额创新高",
        "记者从某片区获悉，今年一季度片区跨境电商零售进口额同比增长四成。",
        "企业反映",
        "片区企业表示，通关更快了，成本也降了。",
    ]
    for junk in ("#", "<p>", "](", "**", "https"):
        assert junk not in doc.text


def test_markdown_date_order_front_matter_then_name_then_text(tmp_path: Path) -> None:
    body = "片区新闻\n\n2021年3月4日\n\n正文一段。\n"
    assert read_document(write(tmp_path, "2022-06-07.md", body.encode())).date == "2022-06-07"
    assert read_document(write(tmp_path, "news.md", body.encode())).date == "2021-03-04"
    front = "---\ndate: 2020-01-02\n---\n" + body
    assert read_document(write(tmp_path, "2022-06-07-b.md", front.encode())).date == "2020-01-02"


# --- mht, ofd, legacy Office and CAJ -----------------------------------------------------------------


def _make_mht(html: str, charset: str = "gb2312") -> bytes:
    import base64

    body = base64.encodebytes(html.encode(charset)).decode("ascii")
    return (
        "From: <Saved by a web browser>\r\nSubject: =?utf-8?B?5rWL6K+V?=\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----=_NextPart_000"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000\r\n"
        f'Content-Type: text/html; charset="{charset}"\r\nContent-Transfer-Encoding: base64\r\n'
        "Content-Location: http://example.org/page.html\r\n\r\n"
        f"{body}\r\n------=_NextPart_000\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://example.org/logo.png\r\n\r\niVBORw0KGgo=\r\n------=_NextPart_000--\r\n"
    ).encode("ascii")


def test_mht_saved_page(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "saved.mht", _make_mht(GOV_PAGE.replace("utf-8", "gb18030"), "gb18030")))
    assert doc.format == "mht"
    assert doc.title == "某片区出台跨境服务贸易十条措施"
    assert (doc.source, doc.date) == ("某某区发改局", "2017-10-13")
    assert "片区将在法律服务、检验检测和文化创意等领域率先开展准入试点" in doc.text
    for chrome in ("网站首页", "分享到", "ICP备", "iVBOR", "Content-Type", "multipart"):
        assert chrome not in doc.text
    # sniffed whatever the suffix; .mhtml too
    assert read_document(write(tmp_path, "saved.txt", _make_mht(GOV_PAGE, "utf-8"))).format == "mht"
    assert read_document(write(tmp_path, "saved.mhtml", _make_mht(GOV_PAGE, "utf-8"))).format == "mht"


def test_mht_without_a_page(tmp_path: Path) -> None:
    data = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nabc\r\n--x--\r\n"
    with pytest.raises(UnreadableFile, match="^corrupt MHT: no web page inside$"):
        read_document(write(tmp_path, "bad.mht", data))


OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _make_ofd(pages: list[list[tuple[float, float, str]]], title: str = "片区通关便利化实施细则") -> bytes:
    """An OFD package: OFD.xml → Doc_0/Document.xml → one Content.xml per page, each line a
    TextObject at (x, y) millimetres."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
            f"<ofd:DocInfo><ofd:Title>{title}</ofd:Title><ofd:Author>片区管委会</ofd:Author>"
            "<ofd:CreationDate>2023-04-05</ofd:CreationDate></ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        refs = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
        zf.writestr("Doc_0/Document.xml", f"<ofd:Document {OFD_NS}><ofd:Pages>{refs}</ofd:Pages></ofd:Document>")
        for i, lines in enumerate(pages):
            objs = "".join(
                f'<ofd:TextObject ID="{100 + n}" Boundary="{x} {y} 160 6" Font="1" Size="4.2">'
                f'<ofd:TextCode X="0" Y="4.2" DeltaX="g {len(t) - 1} 4.2">{t}</ofd:TextCode></ofd:TextObject>'
                for n, (x, y, t) in enumerate(lines)
            )
            zf.writestr(
                f"Doc_0/Pages/Page_{i}/Content.xml",
                f'<ofd:Page {OFD_NS}><ofd:Content><ofd:Layer ID="1">{objs}</ofd:Layer></ofd:Content></ofd:Page>',
            )
    return buf.getvalue()


def test_ofd_document(tmp_path: Path) -> None:
    page1 = [
        (60.0, 30.0, "片区通关便利化实施细则"),
        (35.0, 45.0, "为提高货物通关效率，片区对符合条件的进出口企业实行提前申报和"),  # indented, runs on
        (25.0, 52.0, "两步申报，通关时间平均压缩三成。"),
        (25.0, 62.0, "第二条 海关与片区管委会共享企业信用信息。"),
    ]
    page2 = [(25.0, 30.0, "第三条 本细则自发布之日起施行。")]
    doc = read_document(write(tmp_path, "细则.ofd", _make_ofd([page1, page2])))
    assert doc.format == "ofd"
    assert doc.title == "片区通关便利化实施细则"
    assert doc.date == "2023-04-05"
    assert doc.author == "片区管委会"
    assert paragraphs(doc) == [
        "片区通关便利化实施细则",
        "为提高货物通关效率，片区对符合条件的进出口企业实行提前申报和两步申报，通关时间平均压缩三成。",
        "第二条 海关与片区管委会共享企业信用信息。",
        "第三条 本细则自发布之日起施行。",
    ]


def test_corrupt_ofd(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="^corrupt OFD: not a zip file$"):
        read_document(write(tmp_path, "bad.ofd", b"not a zip at all"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "OFD.xml",
            f"<ofd:OFD {OFD_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
    with pytest.raises(UnreadableFile, match="^corrupt OFD: Doc_0/Document.xml is missing$"):
        read_document(write(tmp_path, "half.ofd", buf.getvalue()))


def _make_ole(stream_name: str) -> bytes:
    """The start of an OLE2 compound file (what .doc, .wps and .xls files are): the signature
    and, further on, a directory entry naming its main stream in UTF-16."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + stream_name.encode("utf-16-le") + bytes(1000)


def test_legacy_word_and_wps_files_fail_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match=r"^legacy Word file: save it as \.docx$"):
        read_document(write(tmp_path, "通知.doc", _make_ole("WordDocument")))
    with pytest.raises(UnreadableFile, match=r"^legacy Word file: save it as \.docx$"):
        read_document(write(tmp_path, "通知.bin", _make_ole("WordDocument")))  # sniffed
    with pytest.raises(UnreadableFile, match=r"^legacy WPS Office file: save it as \.docx$"):
        read_document(write(tmp_path, "通知.wps", _make_ole("WordDocument")))
    with pytest.raises(UnreadableFile, match=r"^unsupported format \(legacy Office file"):
        read_document(write(tmp_path, "表.txt", _make_ole("Workbook")))


def test_caj_fails_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match=r"^CAJ file \(CNKI\): open it in CAJViewer and save it as PDF"):
        read_document(write(tmp_path, "论文.caj", b"CAJ FILE\x00" + bytes(200)))
    with pytest.raises(UnreadableFile, match=r"^CAJ file"):
        read_document(write(tmp_path, "论文.caj", b"HN\x00\x00" + bytes(200)))


def test_skip_reason_by_name() -> None:
    assert skip_reason("a.doc") == "legacy Word file: save it as .docx"
    assert skip_reason("b.CAJ").startswith("CAJ file (CNKI)")
    assert skip_reason("c.xyz") == "unsupported type (.xyz)"
    assert skip_reason("README") == "unsupported type (no extension)"


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    import tracemalloc

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        with zf.open("word/media/padding.bin", "w") as f:  # 300 MB of zeros, about 300 KB packed
            chunk = bytes(1 << 20)
            for _ in range(300):
                f.write(chunk)
    assert len(buf.getvalue()) < 2_000_000
    tracemalloc.start()
    try:
        with pytest.raises(UnreadableFile, match="^too large when unpacked"):
            read_document(write(tmp_path, "bomb.docx", buf.getvalue()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000


# --- hostile front matter --------------------------------------------------------------------------

ALIAS_BOMB = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "title: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "---\n正文一段。\n"
)


def _timed(fn: Callable[..., object], *args: object) -> float:
    import time

    started = time.perf_counter()
    try:
        fn(*args)
    except UnreadableFile:
        pass
    return time.perf_counter() - started


def test_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.md", ALIAS_BOMB.encode())
    with pytest.raises(UnreadableFile, match=r"^front matter refused: more than 10 YAML aliases$"):
        read_document(path)
    assert _timed(read_document, path) < 1.0


def test_deeply_nested_front_matter_is_refused_without_crashing(tmp_path: Path) -> None:
    # 30,000 nested brackets crash PyYAML's C loader (a segfault); this must not even try
    deep = "---\ntitle: " + "[" * 30000 + "]" * 30000 + "\n---\n正文。\n"
    path = write(tmp_path, "deep.md", deep.encode())
    with pytest.raises(UnreadableFile, match=r"^front matter refused: nested more than 32 levels deep$"):
        read_document(path)
    indented = "---\n" + "".join("  " * i + f"k{i}:\n" for i in range(60)) + "---\n正文。\n"
    with pytest.raises(UnreadableFile, match=r"nested more than 32 levels deep"):
        read_document(write(tmp_path, "indented.md", indented.encode()))


def test_front_matter_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = "---\n" + "".join(f"k{i}: {'值' * 40}\n" for i in range(3000)) + "---\n正文。\n"
    with pytest.raises(UnreadableFile, match=r"^front matter refused: larger than 64 KB$"):
        read_document(write(tmp_path, "big.md", big.encode()))


def test_reasonable_front_matter_with_an_alias_still_works(tmp_path: Path) -> None:
    data = "---\ntags: &t [片区, 开放]\nkeywords: *t\ntitle: 片区笔记\n---\n正文一段。\n"
    doc = read_document(write(tmp_path, "ok.md", data.encode()))
    assert doc.title == "片区笔记" and doc.tags == ("片区", "开放")
