"""The annotation service end to end: edits and their undo, tags and the tag manager, search
integration, re-anchoring when a real file changes and is imported again, crash safety."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from ftz_desktop.errors import QueryError, UserError
from ftz_desktop.records import TagCount
from ftz_desktop.services.library import Library

HAINAN = (
    "海南自由贸易港建设总体方案\n2020年6月1日\n\n"
    "海南自由贸易港实行零关税政策，推进贸易自由便利。\n"
    "到2025年，初步建立以贸易自由便利和投资自由便利为重点的自由贸易港政策制度体系。\n"
    "海南将建设成为引领我国新时代对外开放的鲜明旗帜。"
)
SHANGHAI = (
    "上海自贸试验区临港新片区\n2019-08-20\n\n"
    "临港新片区设立后，推出一批制度创新成果。\n"
    "跨境电商和数字贸易快速发展，上海自贸试验区是全国第一个自贸试验区。"
)


@pytest.fixture
def corpus(write_folder):
    return write_folder({"hainan.txt": HAINAN, "shanghai.txt": SHANGHAI})


@pytest.fixture
def lib(make_library, corpus):
    return make_library(corpus)


def _doc_id(lib, name):
    return next(d.doc_id for d in lib.documents() if d.path.endswith(name))


def _rewrite(path, text):
    """Write new content and make sure the import sees a new mtime."""
    st = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


# --- creating and editing ----------------------------------------------------------------------


def test_create_from_a_span_and_from_a_quote(lib):
    h = _doc_id(lib, "hainan.txt")
    text = lib.document(h).text
    i = text.index("零关税政策")
    a = lib.annotations.create(h, i, i + 5, note="核心政策", tags=["政策/税收", "待核实"], color="green")
    assert (a.quote, a.start, a.end, a.color, a.status) == ("零关税政策", i, i + 5, "green", "anchored")
    assert a.tags == ("待核实", "政策/税收") and a.note == "核心政策" and a.created == a.modified
    assert a.prefix == text[max(0, i - 32) : i] and a.suffix == text[i + 5 : i + 37]
    second = lib.annotations.create_from_quote(h, "自由便利", occurrence=2)
    assert second.start == text.index("自由便利", text.index("自由便利") + 1)
    assert lib.annotations.get(a.id) == a


def test_a_quote_is_matched_ignoring_case_and_width(lib):
    h = _doc_id(lib, "hainan.txt")
    a = lib.annotations.create_from_quote(h, "２０２５年")
    assert a.quote == "2025年"


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda s, h: s.create_from_quote(h, "不存在的话"), "does not occur"),
        (lambda s, h: s.create_from_quote(h, "自由便利", occurrence=9), "occurs 3 times"),
        (lambda s, h: s.create_from_quote(999, "海南"), "no document with id 999"),
        (lambda s, h: s.create_from_quote(h, "海南", color="red"), "Unknown colour 'red'"),
        (lambda s, h: s.create(h, 5, 5), "Cannot annotate"),
        (lambda s, h: s.get(12345), "no annotation"),
    ],
)
def test_mistakes_are_user_errors(lib, call, message):
    with pytest.raises(UserError, match=message):
        call(lib.annotations, _doc_id(lib, "hainan.txt"))
    assert lib.annotations.count() == 0


def test_update_and_its_undo(lib):
    s = lib.annotations
    a = s.create_from_quote(_doc_id(lib, "hainan.txt"), "零关税政策", note="旧", tags=["甲"])
    b = s.update(a.id, note="新的笔记", color="pink", tags=["乙", "丙"])
    assert (b.note, b.color, b.tags) == ("新的笔记", "pink", ("丙", "乙"))
    assert b.modified >= a.modified and b.created == a.created
    only_note = s.update(a.id, note="只改笔记")
    assert (only_note.color, only_note.tags) == ("pink", ("丙", "乙"))
    undone = s.update(a.id, note=a.note, color=a.color, tags=a.tags)
    assert (undone.note, undone.color, undone.tags) == (a.note, a.color, a.tags)
    assert s.add_tags(a.id, ["丁", "甲"]).tags == ("丁", "甲")
    assert s.remove_tags(a.id, ["甲"]).tags == ("丁",)


def test_delete_returns_what_restore_puts_back(lib):
    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    a = s.create_from_quote(h, "零关税政策", note="笔记", tags=["政策"], color="blue")
    gone = s.delete(a.id)
    assert gone == a and s.for_document(h) == []
    # ids are never reused, so the restored one gets its own id back
    other = s.create_from_quote(h, "鲜明旗帜")
    assert other.id != a.id
    back = s.restore(gone)
    assert back == a
    assert [x.id for x in s.for_document(h)] == [a.id, other.id]  # reading order
    with pytest.raises(UserError):
        s.restore(gone)  # redo of the restore needs a delete first


def test_restore_after_its_tag_was_deleted_recreates_the_tag(lib):
    s = lib.annotations
    a = s.create_from_quote(_doc_id(lib, "hainan.txt"), "零关税政策", tags=["临时"])
    gone = s.delete(a.id)
    s.delete_tag("临时")
    assert s.restore(gone).tags == ("临时",)


# --- listing and filtering ---------------------------------------------------------------------


def test_select_filters_by_document_tag_colour_text_and_status(lib):
    s = lib.annotations
    h, sh = _doc_id(lib, "hainan.txt"), _doc_id(lib, "shanghai.txt")
    a = s.create_from_quote(h, "零关税政策", tags=["政策/金融"], color="yellow", note="关税")
    b = s.create_from_quote(sh, "制度创新成果", tags=["政策"], color="green", note="Innovation")
    c = s.create_from_quote(sh, "跨境电商", tags=["跨境电商"], color="green")
    ids = lambda xs: [x.id for x in xs]  # noqa: E731
    assert ids(s.select()) == [a.id, b.id, c.id]
    assert ids(s.select(doc_id=sh)) == [b.id, c.id]
    assert ids(s.select(tag="政策")) == [a.id, b.id]
    assert ids(s.select(tag="政策/金融")) == [a.id]
    assert ids(s.select(color="green")) == [b.id, c.id]
    assert ids(s.select(text="INNOVATION")) == [b.id]
    assert ids(s.select(text="电商")) == [c.id]
    assert ids(s.select(tag="跨境电商", color="yellow")) == []
    assert ids(s.select(sort="created", descending=True)) == [c.id, b.id, a.id]
    assert s.select(status="orphaned") == [] and s.orphans() == []


# --- the tag manager ---------------------------------------------------------------------------


def test_tags_list_counts_annotations_and_documents(lib):
    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    s.create_from_quote(h, "零关税政策", tags=["政策/金融", "待核实"])
    s.create_from_quote(h, "鲜明旗帜", tags=["待核实"])
    s.set_document_tags(h, ["海南", "待核实"])
    assert [(t.name, t.annotations, t.documents, t.count) for t in s.tags()] == [
        ("待核实", 2, 1, 3),
        ("政策/金融", 1, 0, 1),
        ("海南", 0, 1, 1),
    ]
    assert s.tag_usage("政策").annotations == 1  # nested tags count for their parent
    assert s.tag_names() == ["待核实", "政策/金融", "海南"]


def test_rename_renames_nested_tags_and_undoes(lib):
    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    a = s.create_from_quote(h, "零关税政策", tags=["政策", "政策/金融"])
    s.set_document_tags(h, ["政策/贸易"])
    edit = s.rename_tag("政策", "政务")
    assert (edit.annotations, edit.documents) == (1, 1)
    assert s.get(a.id).tags == ("政务", "政务/金融")
    assert s.document_tags(h) == ("政务/贸易",)
    s.restore_tags(edit.before)
    assert s.get(a.id).tags == ("政策", "政策/金融")
    assert s.document_tags(h) == ("政策/贸易",)
    assert "政务" not in s.tag_names()


def test_rename_onto_an_existing_tag_asks_for_a_merge(lib):
    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    s.create_from_quote(h, "零关税政策", tags=["甲", "乙"])
    with pytest.raises(UserError, match="merge"):
        s.rename_tag("甲", "乙")
    with pytest.raises(UserError, match="no tag"):
        s.rename_tag("没有", "乙")


def test_a_case_only_rename_and_its_undo(lib):
    s = lib.annotations
    a = s.create_from_quote(_doc_id(lib, "hainan.txt"), "零关税政策", tags=["rcep"])
    edit = s.rename_tag("rcep", "RCEP")
    assert s.get(a.id).tags == ("RCEP",)
    s.restore_tags(edit.before)
    assert s.get(a.id).tags == ("rcep",)


def test_merge_with_counts_and_undo(lib):
    s = lib.annotations
    h, sh = _doc_id(lib, "hainan.txt"), _doc_id(lib, "shanghai.txt")
    a = s.create_from_quote(h, "零关税政策", tags=["电商"])
    b = s.create_from_quote(sh, "跨境电商", tags=["跨境电商", "电商"])
    c = s.create_from_quote(sh, "数字贸易", tags=["跨境电商/平台"])
    s.set_document_tags(sh, ["跨境电商"])
    assert s.tag_usage("跨境电商") == TagCount("跨境电商", annotations=2, documents=1)
    edit = s.merge_tags(["跨境电商"], "电商")
    assert (edit.annotations, edit.documents) == (2, 1)
    assert s.get(a.id).tags == ("电商",)
    assert s.get(b.id).tags == ("电商",)
    assert s.get(c.id).tags == ("电商/平台",)
    assert s.document_tags(sh) == ("电商",)
    s.restore_tags(edit.before)
    assert s.get(a.id).tags == ("电商",)
    assert s.get(b.id).tags == ("电商", "跨境电商")
    assert s.get(c.id).tags == ("跨境电商/平台",)
    assert s.document_tags(sh) == ("跨境电商",)
    assert "电商/平台" not in s.tag_names()
    s.create_from_quote(h, "鲜明旗帜", tags=["政策"])
    with pytest.raises(UserError, match="nested"):
        s.merge_tags(["政策"], "政策/金融")


def test_delete_tag_keeps_the_annotations_and_undoes(lib):
    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    a = s.create_from_quote(h, "零关税政策", tags=["待核实", "待核实/数据", "政策"])
    s.set_document_tags(h, ["待核实"])
    edit = s.delete_tag("待核实")
    assert (edit.annotations, edit.documents, edit.tags) == (1, 1, ("待核实", "待核实/数据"))
    assert s.get(a.id).tags == ("政策",) and s.document_tags(h) == ()
    s.restore_tags(edit.before)
    assert s.get(a.id).tags == ("待核实", "待核实/数据", "政策")
    assert s.document_tags(h) == ("待核实",)


def test_tag_names_are_normalised(lib):
    s = lib.annotations
    a = s.create_from_quote(_doc_id(lib, "hainan.txt"), "零关税政策", tags=[" 政策 ／ 金融 ", "ＲＣＥＰ", "", "  "])
    assert a.tags == ("RCEP", "政策/金融")


# --- search integration ------------------------------------------------------------------------


def test_tag_filter_in_search_finds_document_tags_and_annotated_passages(lib):
    s = lib.annotations
    h, sh = _doc_id(lib, "hainan.txt"), _doc_id(lib, "shanghai.txt")
    s.create_from_quote(sh, "跨境电商", tags=["跨境电商/平台"])
    s.set_document_tags(h, ["跨境电商"])
    res = lib.search("tag:跨境电商")
    assert {x.doc_id for x in res.hits} == {h, sh} and res.total == 2
    assert [x.doc_id for x in lib.search("tag:跨境电商/平台").hits] == [sh]
    assert [x.doc_id for x in lib.search("自贸试验区 tag:跨境电商").hits] == [sh]
    assert [x.doc_id for x in lib.search("海南 -tag:跨境电商/平台").hits] == [h]
    assert lib.search("tag:没有这个").total == 0


def test_notes_are_searchable_with_the_query_syntax(lib):
    s = lib.annotations
    h, sh = _doc_id(lib, "hainan.txt"), _doc_id(lib, "shanghai.txt")
    a = s.create_from_quote(h, "零关税政策", note="与RCEP规则比较", tags=["政策"])
    b = s.create_from_quote(sh, "制度创新成果", note="可以写进报告")
    ids = lambda xs: [x.id for x in xs]  # noqa: E731
    assert ids(lib.search_notes("rcep")) == [a.id]
    assert ids(lib.search_notes("报告 OR 关税")) == [a.id, b.id]  # 关税 is in a's quote
    assert ids(lib.search_notes("报告 -制度")) == []
    assert ids(lib.search_notes("tag:政策")) == [a.id]
    assert ids(lib.search_notes("title:临港")) == [b.id]
    assert ids(lib.search_notes("date:2020")) == [a.id]
    assert lib.search_notes("") == []
    with pytest.raises(QueryError):
        lib.search_notes("zone:海南")


# --- re-import of changed files ----------------------------------------------------------------


def test_reimport_of_a_changed_file_reanchors_its_annotations(lib, corpus):
    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    moved = s.create_from_quote(h, "鲜明旗帜", note="结尾")
    edited = s.create_from_quote(h, "推进贸易自由便利", note="小改动")
    deleted = s.create_from_quote(h, "初步建立以贸易自由便利和投资自由便利为重点", note="整段删掉")
    kept = s.create_from_quote(_doc_id(lib, "shanghai.txt"), "制度创新成果")
    new_text = (
        "海南自由贸易港建设总体方案\n2020年6月1日\n\n"
        "【导语】中共中央、国务院印发了本方案，请结合实际认真贯彻落实。\n"
        "海南自由贸易港实行零关税政策，推动贸易自由便利。\n"
        "海南将建设成为引领我国新时代对外开放的鲜明旗帜。"
    )
    _rewrite(corpus / "hainan.txt", new_text)
    report = lib.import_all([corpus])
    assert report.updated == 1 and report.unchanged == 1
    text = lib.document(h).text
    m = s.get(moved.id)
    assert (m.status, text[m.start : m.end], m.note) == ("anchored", "鲜明旗帜", "结尾")
    e = s.get(edited.id)
    assert (e.status, e.anchor, text[e.start : e.end]) == ("anchored", "fuzzy", "推动贸易自由便利")
    assert e.original_quote == "推进贸易自由便利"
    d = s.get(deleted.id)
    assert (d.status, d.quote, d.note) == ("orphaned", deleted.quote, "整段删掉")
    assert s.orphans() == [d]
    assert s.get(kept.id) == kept  # the other document was not touched
    # the orphan is re-attached by selecting new text
    i = text.index("零关税政策")
    r = s.reattach(d.id, i, i + 5)
    assert (r.status, r.quote, r.note, r.original_quote) == ("anchored", "零关税政策", "整段删掉", deleted.quote)
    # …and the re-attachment undone
    back = s.put_back(d)
    assert (back.status, back.quote, back.start, back.end, back.original_quote) == (
        "orphaned",
        d.quote,
        d.start,
        d.end,
        None,
    )


def test_a_document_that_disappeared_keeps_its_annotations(lib, corpus):
    s = lib.annotations
    sh = _doc_id(lib, "shanghai.txt")
    a = s.create_from_quote(sh, "制度创新成果", tags=["制度创新案例"], note="典型案例")
    (corpus / "shanghai.txt").unlink()
    report = lib.import_all([corpus])
    assert report.missing == 1
    assert next(d for d in lib.documents() if d.doc_id == sh).missing
    assert s.get(a.id) == a
    assert [x.doc_id for x in lib.search("tag:制度创新案例").hits] == [sh]
    # and it comes back (with changed text) under the same id, annotation re-found
    (corpus / "shanghai.txt").write_text("新增一段。\n" + SHANGHAI, encoding="utf-8")
    lib.import_all([corpus])
    b = s.get(a.id)
    assert b.status == "anchored" and lib.document(sh).text[b.start : b.end] == "制度创新成果"


def test_a_failing_reanchor_leaves_both_the_document_and_its_annotations_as_they_were(lib, corpus, monkeypatch):
    from ftz_desktop.store import annotations as store_annotations

    s = lib.annotations
    h = _doc_id(lib, "hainan.txt")
    a = s.create_from_quote(h, "零关税政策")
    old_text = lib.document(h).text

    def broken(*args, **kwargs):
        raise RuntimeError("bug in re-anchoring")

    monkeypatch.setattr(store_annotations, "reanchor_document", broken)
    _rewrite(corpus / "hainan.txt", "前言。\n" + HAINAN.replace("零关税政策", "零关税制度"))
    report = lib.import_all([corpus])
    assert len(report.failed) == 1
    assert lib.document(h).text == old_text and s.get(a.id) == a


# --- safety ------------------------------------------------------------------------------------


def test_an_annotation_committed_survives_a_killed_process(tmp_path, corpus):
    lib_path = tmp_path / "crash.sqlite"
    script = textwrap.dedent(
        f"""
        import os
        from ftz_desktop.services.library import Library
        lib = Library({str(lib_path)!r})
        lib.import_all([{str(corpus)!r}])
        doc = lib.documents()[0].doc_id
        a = lib.annotations.create_from_quote(doc, "海南", note="保存了", tags=["待核实"])
        print(a.id, flush=True)
        os._exit(9)   # killed right after the edit returned: no close, no checkpoint
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    ann_id = int(proc.stdout.strip())
    with Library(lib_path) as lib:
        a = lib.annotations.get(ann_id)
        assert (a.note, a.tags, a.quote) == ("保存了", ("待核实",), "海南")


def test_backup_on_demand_goes_to_the_data_directory(lib, data_dir):
    lib.annotations.create_from_quote(_doc_id(lib, "hainan.txt"), "零关税政策", tags=["政策"])
    path = lib.backup_annotations()
    assert path.parent == data_dir / "backups" and path.name.startswith("annotations-lib-")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["total"] == 1
