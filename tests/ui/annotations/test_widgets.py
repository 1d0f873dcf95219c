"""The annotation widgets on their own: offsets back from the reader, the model, tag typing, the
floating bar, export paths, and the command queue against a fake service."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt

from ftz_desktop.records import Annotation, DocumentSummary
from ftz_desktop.ui.annotations.commands import (
    AnnotationController,
    CreateAnnotation,
    DeleteAnnotations,
    EditAnnotations,
)
from ftz_desktop.ui.annotations.model import AnnotationsModel, local_time, split_tags
from ftz_desktop.ui.annotations.tag_input import MultiTagCompleter, TagLineEdit
from ftz_desktop.ui.annotations.transfer import resolve_export_path
from ftz_desktop.ui.reader.highlights import annotation_tooltip
from ftz_desktop.ui.reader.selection_bar import SelectionBar
from ftz_desktop.ui.reader.view import OffsetMap, ReaderView
from tests.ui.ui_documents import TEXT, make_doc


def ann(i: int, start: int, end: int, **kw) -> Annotation:
    fields = {
        "id": i,
        "uuid": f"u{i}",
        "doc_id": 7,
        "start": start,
        "end": end,
        "quote": "q" * (end - start),
        "prefix": "",
        "suffix": "",
        "note": "",
        "color": "yellow",
        "tags": (),
        "status": "anchored",
        "created": f"2024-05-0{i}T08:00:00+00:00",
        "modified": f"2024-05-0{i}T08:00:00+00:00",
    }
    fields.update(kw)
    return Annotation(**fields)


# --- offsets ------------------------------------------------------------------------------------

chars = st.sampled_from(list("ab制度创新，") + ["𠀀", "𠀁", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(chars, max_size=40))
def test_offset_is_the_inverse_of_position(parts):
    text = "".join(parts)
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    omap = OffsetMap(text, paragraphs)
    for s, e in omap.spans:
        for offset in range(s, e + 1):
            assert omap.offset(omap.position(offset)) == offset


def test_selected_span_maps_back_to_canonical_offsets(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.set_document(make_doc(TEXT))
    start = TEXT.index("制度创新", TEXT.index("𠀁"))
    reader.select_span(start, start + 4)
    assert reader.selected_span() == (start, start + 4)
    assert reader.selected_text() == "制度创新"


def test_reader_draws_highlights_and_skips_orphans(qtbot):
    reader = ReaderView(7)
    qtbot.addWidget(reader)
    reader.set_document(make_doc(TEXT))
    start = TEXT.index("制度创新")
    reader.set_annotations(
        [
            ann(1, start, start + 4, color="green", note="一条笔记", tags=("政策",)),
            ann(2, 0, 3, status="orphaned"),
        ]
    )
    texts = [s.cursor.selectedText() for s in reader.text_edit.extraSelections()]
    assert texts == ["制度创新"]
    assert reader.annotation_at(reader.annotation_positions(1)[0]).id == 1
    assert reader.annotation_positions(2) is None
    reader.reveal_annotation(1)
    assert reader.current_annotation().id == 1
    tip = annotation_tooltip(reader.annotation(1))
    assert "一条笔记" in tip and "#政策" in tip


# --- the model ----------------------------------------------------------------------------------


def test_model_edits_sorts_and_fetches_in_batches(qtbot, qtmodeltester):
    model = AnnotationsModel(batch=2)
    doc = DocumentSummary(7, "/x.txt", "文件", None, None, "txt", 1, 1, "", False)
    items = [ann(1, 0, 2, color="pink", note="b"), ann(2, 3, 5, color="yellow"), ann(3, 6, 8, color="green", note="a")]
    model.set_annotations(items, {7: doc})
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    assert model.row_of(3) == 2 and model.rowCount() == 3  # fetched to reach it
    requested = []
    model.edit_requested.connect(lambda *args: requested.append(args))
    assert model.setData(model.index(1, model.NOTE), "新笔记")
    assert model.setData(model.index(1, model.TAGS), "甲，乙; 甲")
    assert not model.setData(model.index(1, model.COLOR), "orange")
    assert model.setData(model.index(1, model.COLOR), "blue")
    assert requested == [(2, "note", "新笔记"), (2, "tags", ("甲", "乙")), (2, "color", "blue")]
    assert model.index(1, model.TAGS).data() == "甲, 乙"
    assert model.index(0, model.DOCUMENT).data() == "文件"
    model.sort(model.COLOR)
    assert [model.annotation(r).id for r in range(3)] == [3, 2, 1]  # green, blue, pink
    model.sort(model.NOTE, Qt.SortOrder.AscendingOrder)
    assert [model.annotation(r).id for r in range(3)] == [3, 1, 2]
    qtmodeltester.check(model)
    readonly = AnnotationsModel(editable=False)
    readonly.set_annotations(items)
    assert not readonly.setData(readonly.index(0, readonly.NOTE), "x")
    qtmodeltester.check(readonly)


def test_split_tags_and_times():
    typed = " 跨境电商 ，政策/金融、 RCEP; rcep\n新 标签 "
    assert split_tags(typed) == ("跨境电商", "政策/金融", "RCEP", "新 标签")
    assert split_tags("") == ()
    assert local_time("not a time") == "not a time"
    assert len(local_time("2024-05-01T08:00:00+00:00")) == 16


# --- typing tags ---------------------------------------------------------------------------------


def test_completer_completes_the_last_tag_only(qtbot):
    edit = TagLineEdit()
    qtbot.addWidget(edit)
    edit.set_tag_names(["政策/金融", "跨境电商", "数据"])
    completer: MultiTagCompleter = edit.tag_completer
    assert completer.splitPath("数据, 政") == ["政"]
    assert completer.splitPath("跨境") == ["跨境"]
    completer.setCompletionPrefix("数据，跨")
    assert completer.currentCompletion() == "数据，跨境电商, "
    edit.set_tags(("数据", "政策/金融"))
    assert edit.tags() == ("数据", "政策/金融")


def test_selection_bar_stays_inside_its_parent(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(400, 300)
    bar = SelectionBar(parent)
    bar.show_for_selection(QRect(380, 2, 30, 20))  # no room above: below, and pulled left
    assert bar.isVisibleTo(parent) and bar.geometry().right() < 400 and bar.y() > 20
    assert not bar.delete_button.isVisibleTo(parent)
    seen = []
    bar.action.connect(lambda what, value: seen.append((what, value)))
    bar.show_for_annotation(QRect(100, 200, 50, 20), 5, "blue", True)
    assert bar.y() < 200 and bar.delete_button.isVisibleTo(parent)
    assert bar.color_buttons["blue"].isChecked() and bar.note_button.text() == "Edit Note"
    bar.color_buttons["pink"].click()
    bar.delete_button.click()
    assert seen == [("color", "pink"), ("delete", "")]


def test_export_path_takes_the_extension_or_the_filter():
    assert resolve_export_path("/tmp/a.csv", "")[1] == "csv"
    path, fmt = resolve_export_path("/tmp/notes", "W3C Web Annotation JSON (*.json)")
    assert (path.name, fmt) == ("notes.json", "w3c")
    assert resolve_export_path("/tmp/notes", "")[1] == "markdown"


# --- commands against a fake service -------------------------------------------------------------


class FakeService:
    """Keeps annotations in a dict; what AnnotationService does, minus SQLite."""

    def __init__(self) -> None:
        self.items: dict[int, Annotation] = {}
        self.next_id = 1
        self.calls: list[str] = []

    def create(self, doc_id, start, end, *, note="", tags=(), color="yellow"):
        a = ann(self.next_id, start, end, doc_id=doc_id, note=note, tags=tuple(tags), color=color)
        self.next_id += 1
        self.items[a.id] = a
        self.calls.append(f"create {a.id}")
        return a

    def restore(self, record):
        assert record.id not in self.items
        self.items[record.id] = record
        self.calls.append(f"restore {record.id}")
        return record

    def delete(self, ann_id):
        self.calls.append(f"delete {ann_id}")
        return self.items.pop(ann_id)

    def get(self, ann_id):
        return self.items[ann_id]

    def update(self, ann_id, **fields):
        self.calls.append(f"update {ann_id} {sorted(fields)}")
        self.items[ann_id] = replace(self.items[ann_id], **fields)
        return self.items[ann_id]


class FakeLibrary:
    def __init__(self) -> None:
        self.annotations = FakeService()


def test_commands_run_in_order_and_undo_exactly(qtbot):
    controller = AnnotationController()
    library = FakeLibrary()
    controller.set_library(library)
    changes: list[Any] = []
    controller.changed.connect(changes.append)
    controller.push(CreateAnnotation(controller, 7, 0, 4, color="green", tags=["a"]))
    controller.push(EditAnnotations(controller, [1], note="n", add_tags=["b"]))
    controller.push(DeleteAnnotations(controller, [1]))
    stack = controller.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    stack.redo()
    qtbot.waitUntil(lambda: len(changes) == 7 and not controller.busy(), timeout=5000)
    assert library.annotations.calls == [
        "create 1",
        "update 1 ['note', 'tags']",
        "delete 1",
        "restore 1",
        "update 1 ['note', 'tags']",
        "delete 1",
        "restore 1",
    ]
    assert library.annotations.items[1].tags == ("a",) and library.annotations.items[1].note == ""
    assert changes[0].select == 1 and changes[0].doc_ids == {7}
    assert stack.undoText() == "Add Tags" and stack.redoText() == "Edit Note"


def test_a_failed_write_clears_the_history(qtbot):
    controller = AnnotationController()
    controller.set_library(FakeLibrary())
    failures: list[Any] = []
    controller.failed.connect(failures.append)
    controller.push(EditAnnotations(controller, [42], color="blue"))  # there is no annotation 42
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "KeyError" in failures[0]
    assert controller.undo_stack.count() == 0
    controller.set_library(None)
    assert not controller.push(DeleteAnnotations(controller, [1]))
