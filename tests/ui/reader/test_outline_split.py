"""The outline dock and the split reader in the main window, on laws and a report the test writes:
the outline follows the reading position and jumps on click, counts hits per chapter; two panes
with their own tabs; two versions of a law scrolled together by article, the differing ones marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ftz_desktop.ui.reader.view import ReaderView


def law(version: int) -> str:
    lines = ["某市自由贸易试验区条例", "2020年6月1日 某市人民代表大会常务委员会第十次会议通过"]
    n = 0
    for chapter, name in enumerate(["总则", "管理体制", "投资开放", "贸易便利", "附则"], start=1):
        lines.append(f"第{'一二三四五'[chapter - 1]}章 {name}")
        for _ in range(8):
            n += 1
            body = f"本条规定自贸试验区{name}的第{n}项事务，有关部门应当依法履行职责，推进制度创新。" * 3
            if version == 2 and n in (5, 17):
                body = body.replace("依法履行职责", "依法履行监督管理职责")
            lines.append(f"第{cn(n)}条 {body}")
    return "\n\n".join(lines) + "\n"


def cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


REPORT = "\n\n".join(
    [
        "某片区建设情况的报告",
        "一、主要工作",
        "（一）制度创新。形成创新成果十项。",
        "（二）产业发展。",
        "二、下一步打算",
        "（一）扩大开放。",
    ]
)


@pytest.fixture
def window(make_window, write_folder, qtbot):
    folder = write_folder({"law_2020.txt": law(1), "law_2023.txt": law(2), "report.txt": REPORT})
    window = make_window()
    window.resize(1500, 900)
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        assert window.import_paths([folder])
    return window


def ids(window) -> dict[str, int]:
    return {Path(d.path).name: d.doc_id for d in window.library.documents()}


def open_doc(window, qtbot, doc_id: int, query: str = "") -> ReaderView:
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(doc_id, query)
    reader = window.reader_tabs.current_reader()
    assert reader is not None and reader.doc_id == doc_id
    return reader


def test_outline_dock_follows_jumps_and_counts_hits(window, qtbot):
    dock = window.outline_dock
    with qtbot.waitSignal(dock.outline_shown, timeout=10_000) as shown:
        reader = open_doc(window, qtbot, ids(window)["law_2020.txt"], "投资开放")
    assert shown.args == [45]  # 5 chapters, 40 articles
    model = dock.model
    chapters = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert chapters == ["第一章 总则", "第二章 管理体制", "第三章 投资开放", "第四章 贸易便利", "第五章 附则"]
    assert model.rowCount(model.index(2, 0)) == 8  # the articles under 第三章
    # hits of the open tab's terms per chapter: the chapter heading and its 8 articles × 3
    assert dock.hit_counts()["第三章 投资开放"] == 25 and dock.hit_counts()["第一章 总则"] == 0

    # a click on 第二十条 shows it at the top of the reader
    article = next(i for i, h in enumerate(dock.headings) if h.label == "第二十条")
    index = dock._items[article].index()
    dock.tree.scrollTo(index)
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=dock.tree.visualRect(index).center())
    qtbot.waitUntil(lambda: reader.reading_position() == dock.headings[article].start, timeout=5000)

    # scrolling the reader moves the outline's selection with it
    target = next(h for h in dock.headings if h.label == "第三十三条")
    reader.go_to_offset(target.start + 3)
    qtbot.waitUntil(
        lambda: dock.current_heading() is not None and dock.current_heading().label == "第三十三条", timeout=5000
    )

    # a report: its headings; no outline for a tab without a reader
    with qtbot.waitSignal(dock.outline_shown, timeout=10_000) as shown:
        open_doc(window, qtbot, ids(window)["report.txt"])
    assert [h.text for h in dock.headings] == [
        "一、主要工作",
        "（一）制度创新",
        "（二）产业发展",
        "二、下一步打算",
        "（一）扩大开放",
    ]
    window.show_library()
    qtbot.waitUntil(lambda: not dock.headings, timeout=5000)
    assert dock.empty_label.isVisible()


def test_split_reader_two_panes_and_scrolling_by_article(window, qtbot):
    area = window.reader_area
    docs = ids(window)
    old = open_doc(window, qtbot, docs["law_2020.txt"])
    new = open_doc(window, qtbot, docs["law_2023.txt"])
    window.split_action.trigger()
    assert area.is_split() and area.second.isVisible()
    left, right = area.pair()
    assert (left, right) == (old, new)  # the current document moved to the new pane
    assert window.reader_tabs.indexOf(new) < 0 and area.second.indexOf(new) >= 0
    assert window.reader_tabs.current_reader() is new  # the new pane is the active one

    # a document opened now opens in the active pane; the other pane keeps its tab
    with qtbot.waitSignal(window.reader_tabs.document_loaded, timeout=10_000):
        window.open_document(docs["report.txt"])
    assert area.second.current_reader().doc_id == docs["report.txt"]
    area.second.setCurrentWidget(new)

    with qtbot.waitSignal(area.sync.compared, timeout=10_000) as compared:
        window.sync_action.trigger()
    assert compared.args == [2, 40]
    assert window.statusBar().currentMessage().startswith("Scrolling by article: 2 of 40")
    comparison = area.sync.comparison
    assert comparison.differing == {5, 17}
    assert len(old.marks()) == 2 and len(new.marks()) == 2
    assert old.document.text[old.marks()[1][0] :].startswith("第十七条")

    # scrolling the left one to 第二十五条 brings the right one to the same article
    left_article = comparison.left[25]
    old.go_to_offset(left_article.start)
    qtbot.waitUntil(lambda: abs(new.reading_position() - comparison.right[25].start) <= 2, timeout=5000)

    # joining the panes brings the tabs back and clears the marks
    window.split_action.trigger()
    assert not area.is_split() and not window.sync_action.isChecked()
    assert window.reader_tabs.indexOf(new) >= 0 and window.reader_tabs.owner_of(new) is window.reader_tabs
    assert old.marks() == [] and new.marks() == []
