"""The reader on Documents built in the test: offsets with astral characters, hits, F3, find, citation, safety."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument

from ftz_desktop.ui.reader.view import OffsetMap, ReaderView, SafeTextDocument, literal_spans
from tests.ui.ui_documents import TEXT, make_doc


def spans_of(needle: str, text: str):
    return literal_spans(needle, text)


def test_offset_map_counts_utf16_units_and_block_breaks():
    doc = make_doc(TEXT)
    omap = OffsetMap(doc.text, doc.paragraphs)
    plain = omap.plain_text()
    qdoc = QTextDocument()
    qdoc.setPlainText(plain)
    for s, e in spans_of("制度创新", TEXT):
        start, end = omap.position(s), omap.position(e)
        assert qdoc.characterAt(start) == "制"
        assert qdoc.characterAt(end - 1) == "新"


def test_offset_map_without_paragraphs_uses_whole_text():
    omap = OffsetMap("abc", ())
    assert omap.plain_text() == "abc" and omap.position(2) == 2


def test_reader_highlights_hits_and_steps_with_f3(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    doc = make_doc(TEXT)
    hits = spans_of("制度创新", TEXT)
    with qtbot.waitSignal(reader.loaded):
        reader.set_document(doc, hits, "制度创新")
    assert reader.hit_count() == 2
    assert [reader.text_at(*p) for p in reader.hit_positions()] == ["制度创新", "制度创新"]
    assert len(reader.text_edit.extraSelections()) == 2
    assert reader.counter_text() == "Hit 1 of 2"
    reader.next_hit()
    assert reader.counter_text() == "Hit 2 of 2"
    assert reader.text_edit.textCursor().position() == reader.hit_positions()[1][0]
    reader.next_hit()
    assert reader.counter_text() == "Hit 1 of 2"
    reader.previous_hit()
    assert reader.counter_text() == "Hit 2 of 2"


def test_find_bar_replaces_and_restores_hits(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.show()
    reader.set_document(make_doc(TEXT), spans_of("制度创新", TEXT), "制度创新")
    reader.show_find_bar()
    assert reader.find_bar.isVisible()
    reader.find_bar.edit.insert("段")
    assert reader.hit_count() == 2 and reader.text_at(*reader.hit_positions()[0]) == "段"
    reader.find_bar.edit.clear()
    reader.find_bar.edit.insert("没有的词")
    assert reader.hit_count() == 0 and reader.counter_text() == "No matches"
    reader.find_bar.close_bar()
    assert reader.hit_count() == 2


def test_copy_with_citation(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.set_document(make_doc(TEXT), (), "")
    cursor = reader.text_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    reader.text_edit.setTextCursor(cursor)
    copied = reader.copy_with_citation()
    assert QGuiApplication.clipboard().text() == copied
    assert copied.startswith("标题行")
    assert "《测试文件》" in copied and "2024-05-01" in copied and "/tmp/x/doc.txt" in copied


def test_zoom_changes_font_size(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.set_document(make_doc(TEXT))
    before = reader.text_doc.defaultFont().pointSizeF()
    reader.set_zoom(2)
    assert reader.text_doc.defaultFont().pointSizeF() == before + 2


def test_document_never_loads_resources():
    doc = SafeTextDocument()
    assert doc.loadResource(2, QUrl("http://example.com/x.png")) is None
    assert doc.loadResource(2, QUrl.fromLocalFile("/etc/passwd")) is None


def test_missing_document_disables_open(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.set_document(make_doc(TEXT, missing=True))
    assert not reader.open_button.isEnabled()


def test_copy_citation_in_both_styles_of_the_selection_and_of_the_document(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.set_document(make_doc(TEXT, title="某市口岸服务条例", source="某市人大常委会", url=None), (), "")
    assert reader.copy_citation("gbt7714") == "某市人大常委会. 某市口岸服务条例[Z]. 2024-05-01."
    assert QGuiApplication.clipboard().text() == "某市人大常委会. 某市口岸服务条例[Z]. 2024-05-01."
    cursor = reader.text_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    reader.text_edit.setTextCursor(cursor)
    copied = reader.copy_citation("author-date")
    assert copied == "“标题行”（某市人大常委会，2024）\n某市人大常委会. 2024. 某市口岸服务条例[Z]. 2024-05-01."


def test_the_selection_bar_cites_the_selection(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    reader.set_document(make_doc(TEXT, url="https://example.gov.cn/a.html", format="html"), (), "")
    cursor = reader.text_edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    reader.text_edit.setTextCursor(cursor)
    bar = reader.selection_bar
    actions = bar.cite_button.menu().actions()
    assert [a.text() for a in actions] == ["Copy Citation (GB/T 7714)", "Copy Citation (Author-Date)"]
    actions[0].trigger()
    assert QGuiApplication.clipboard().text() == (
        "“标题行”\n测试. 测试文件[EB/OL]. (2024-05-01)[2024-05-01]. https://example.gov.cn/a.html"
    )
