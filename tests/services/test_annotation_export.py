"""Exports (Markdown, CSV, W3C Web Annotation JSON) and the W3C import, round trip included."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ftz_desktop.core import w3c
from ftz_desktop.errors import UserError
from ftz_desktop.records import ANNOTATION_COLORS, Annotation
from ftz_desktop.services.library import Library

HAINAN = "海南自由贸易港建设总体方案\n2020年6月1日\n\n海南自由贸易港实行零关税政策，推进贸易自由便利。\n海南将建设成为引领我国新时代对外开放的鲜明旗帜。"
SHANGHAI = (
    "上海自贸试验区临港新片区\n2019-08-20\n\n临港新片区设立后，推出一批制度创新成果。\n跨境电商和数字贸易快速发展。"
)


@pytest.fixture
def corpus(write_folder):
    return write_folder({"hainan.txt": HAINAN, "shanghai.txt": SHANGHAI})


def _library(path, corpus):
    lib = Library(path)
    lib.import_all([corpus])
    return lib


@pytest.fixture
def lib(tmp_path, corpus):
    library = _library(tmp_path / "a.sqlite", corpus)
    yield library
    library.close()


def _doc_id(lib, name):
    return next(d.doc_id for d in lib.documents() if d.path.endswith(name))


@pytest.fixture
def annotated(lib):
    s = lib.annotations
    h, sh = _doc_id(lib, "hainan.txt"), _doc_id(lib, "shanghai.txt")
    s.create_from_quote(
        h,
        "零关税政策，推进贸易自由便利。\n海南将建设",
        note='税收\n第二行，含"引号"',
        tags=["政策/税收", "待核实"],
        color="pink",
    )
    s.create_from_quote(h, "鲜明旗帜")
    s.create_from_quote(sh, "制度创新成果", note="案例", tags=["制度创新案例"], color="green")
    s.set_document_tags(sh, ["上海", "自贸区/临港"])
    return lib


# --- Markdown and CSV --------------------------------------------------------------------------


def test_markdown_is_grouped_by_document_with_quote_note_tags_and_citation(annotated):
    s = annotated.annotations
    md = s.export_markdown(s.select())
    assert md.startswith("# Annotations\n")
    h = md.index("## 海南自由贸易港建设总体方案")
    sh = md.index("## 上海自贸试验区临港新片区")
    assert md.count("## ") == 2
    hainan, shanghai = (md[h:sh], md[sh:]) if h < sh else (md[h:], md[sh:h])
    assert "> 零关税政策，推进贸易自由便利。\n> 海南将建设" in hainan  # a two-line quote stays quoted
    assert "税收\n第二行" in hainan and "Tags: `待核实`, `政策/税收`" in hainan
    path = next(d.path for d in annotated.documents() if d.path.endswith("hainan.txt"))
    assert f"— 海南自由贸易港建设总体方案, 2020-06-01, {path}" in hainan
    assert "> 制度创新成果" in shanghai and "`制度创新案例`" in shanghai
    assert hainan.index("零关税政策") < hainan.index("鲜明旗帜")  # reading order


def test_markdown_flags_orphans(annotated, corpus):
    (corpus / "shanghai.txt").write_text("全部重写了。", encoding="utf-8")
    os.utime(corpus / "shanghai.txt", ns=(0, 10**18))
    annotated.import_all([corpus])
    md = annotated.annotations.export_markdown(annotated.annotations.select())
    assert "Orphaned" in md and "> 制度创新成果" in md


def test_csv_has_one_row_per_annotation(annotated):
    s = annotated.annotations
    text = s.export_csv(s.select())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 3
    first = rows[0]
    assert first["quote"] == "零关税政策，推进贸易自由便利。\n海南将建设"
    assert first["note"] == '税收\n第二行，含"引号"' and first["tags"] == "待核实; 政策/税收"
    assert first["title"] == "海南自由贸易港建设总体方案" and first["date"] == "2020-06-01"
    assert first["color"] == "pink" and first["status"] == "anchored"
    assert int(first["end"]) - int(first["start"]) == len(first["quote"])


# --- W3C ---------------------------------------------------------------------------------------


def test_w3c_export_shape(annotated):
    s = annotated.annotations
    data = s.export_w3c(s.select())
    assert data["type"] == "AnnotationCollection"
    assert "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    items = data["first"]["items"]
    assert data["total"] == len(items) == 4  # three passages + the tags of one document
    a = items[0]
    assert a["id"].startswith("urn:uuid:") and a["type"] == "Annotation"
    assert a["motivation"] == "commenting" and a["ftz:color"] == "pink" and a["ftz:status"] == "anchored"
    quote, pos = a["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"].startswith("零关税政策")
    assert pos["type"] == "TextPositionSelector" and pos["end"] - pos["start"] == len(quote["exact"])
    assert a["target"]["source"].startswith("file:///") and a["target"]["source"].endswith("hainan.txt")
    assert isinstance(a["target"]["ftz:docId"], int)
    assert [b["purpose"] for b in a["body"]] == ["commenting", "tagging", "tagging"]
    assert items[1]["motivation"] == "highlighting" and "body" not in items[1]
    doc_tags = items[3]
    assert doc_tags["motivation"] == "tagging" and "selector" not in doc_tags["target"]
    json.dumps(data)  # plain JSON


def test_round_trip_into_another_library(annotated, tmp_path, corpus):
    s = annotated.annotations
    exported = json.loads(json.dumps(s.export_w3c(s.select()), ensure_ascii=False))
    with _library(tmp_path / "b.sqlite", corpus) as other:
        report = other.annotations.import_w3c(exported)
        assert (report.added, report.duplicates, report.orphaned, report.document_tags) == (3, 0, 0, 2)
        assert report.skipped == ()

        def strip(a: Annotation):
            return (
                a.uuid,
                a.start,
                a.end,
                a.quote,
                a.prefix,
                a.suffix,
                a.note,
                a.tags,
                a.color,
                a.status,
                a.created,
                a.modified,
            )

        assert [strip(a) for a in other.annotations.select()] == [strip(a) for a in s.select()]
        sh = _doc_id(other, "shanghai.txt")
        assert other.annotations.document_tags(sh) == ("上海", "自贸区/临港")
        # a second import adds nothing
        again = other.annotations.import_w3c(exported)
        assert (again.added, again.duplicates, again.document_tags) == (0, 3, 0)
        # and the library's own export is the same file again (ids, selectors, bodies)
        assert other.annotations.export_w3c(other.annotations.select())["first"]["items"] == exported["first"]["items"]


def test_importing_into_the_same_library_skips_duplicates(annotated, tmp_path):
    s = annotated.annotations
    path = tmp_path / "export.json"
    path.write_text(json.dumps(s.export_w3c(s.select()), ensure_ascii=False), encoding="utf-8")
    report = s.import_w3c_file(path)
    assert (report.added, report.duplicates) == (0, 3)
    # same passage and note under another id is a duplicate too
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["first"]["items"]:
        item["id"] = "https://example.org/anno/" + item["id"][-8:]
    report = s.import_w3c(data)
    assert (report.added, report.duplicates) == (0, 3)
    assert s.count() == 3


def test_import_reanchors_against_the_current_text(annotated, tmp_path, corpus):
    s = annotated.annotations
    exported = s.export_w3c(s.select())
    (corpus / "hainan.txt").write_text("序言。\n" + HAINAN.replace("鲜明旗帜", "一面旗帜"), encoding="utf-8")
    with _library(tmp_path / "c.sqlite", corpus) as other:
        report = other.annotations.import_w3c(exported)
        assert (report.added, report.orphaned) == (3, 1)
        text = other.document(_doc_id(other, "hainan.txt")).text
        placed = other.annotations.select(tag="政策")[0]
        assert text[placed.start : placed.end] == placed.quote and placed.start > 0
        orphan = other.annotations.orphans()[0]
        assert orphan.quote == "鲜明旗帜"


def test_import_skips_annotations_of_documents_not_in_the_library(annotated, tmp_path):
    s = annotated.annotations
    exported = s.export_w3c(s.select())
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    (other_folder / "x.txt").write_text("另一个文件。", encoding="utf-8")
    with _library(tmp_path / "d.sqlite", other_folder) as other:
        report = other.annotations.import_w3c(exported)
        assert report.added == 0 and len(report.skipped) == 4
        assert "not in this library" in report.skipped[0].reason


def test_import_refuses_what_is_not_w3c(lib, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="not a JSON file"):
        lib.annotations.import_w3c_file(bad)
    with pytest.raises(UserError, match="not W3C"):
        lib.annotations.import_w3c({"hello": 1})
    with pytest.raises(UserError, match="Cannot read"):
        lib.annotations.import_w3c_file(tmp_path / "missing.json")


def test_import_accepts_a_bare_annotation_from_another_tool(lib):
    h = _doc_id(lib, "hainan.txt")
    path = next(d.path for d in lib.documents() if d.doc_id == h)
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/anno/1",
        "type": "Annotation",
        "bodyValue": "外部工具的笔记",
        "target": {"source": w3c.file_uri(path), "selector": {"type": "TextQuoteSelector", "exact": "零关税政策"}},
    }
    report = lib.annotations.import_w3c(item)
    assert report.added == 1
    a = lib.annotations.select()[0]
    assert (a.note, a.quote, a.color, a.status) == ("外部工具的笔记", "零关税政策", "yellow", "anchored")


def _item(path: str, selector: object, **extra: object) -> dict:
    return {"type": "Annotation", "target": {"source": w3c.file_uri(path), "selector": selector}, **extra}


def test_hostile_values_get_a_reason_each_and_the_good_one_is_imported(lib):
    h = _doc_id(lib, "hainan.txt")
    path = next(d.path for d in lib.documents() if d.doc_id == h)
    text = lib.document(h).text
    start = text.index("零关税政策")
    quote = {"type": "TextQuoteSelector", "exact": "零关税政策"}

    def position(a: object, b: object) -> dict:
        return {"type": "TextPositionSelector", "start": a, "end": b}

    items = [
        _item(path, [quote, position(2**63, 2**63 + 5)], id="urn:x:big-position"),
        _item(path, [quote, position(-(2**70), 3)], id="urn:x:negative"),
        {"type": "Annotation", "id": "urn:x:big-doc", "target": {"ftz:docId": 2**70, "selector": quote}},
        _item(path, {**quote, "exact": "零" * 200_000}, id="urn:x:long-quote"),
        _item(path, quote, id="urn:x:long-tag", body=[{"purpose": "tagging", "value": "标" * 1000}]),
        _item(path, quote, id="x" * 5000),
        _item(path, [quote, position(start, start + 5)], id="urn:x:good"),
    ]
    report = lib.annotations.import_w3c({"type": "AnnotationPage", "items": items})
    assert report.added == 1
    reasons = {f.path[:20]: f.reason for f in report.skipped}
    assert reasons == {
        "urn:x:big-position": "TextPositionSelector start out of range (9223372036854775808)",
        "urn:x:negative": "TextPositionSelector start out of range (-1180591620717411303424)",
        "urn:x:big-doc": "ftz:docId out of range (1180591620717411303424)",
        "urn:x:long-quote": "exact longer than 100,000 characters",
        "urn:x:long-tag": "tag longer than 500 characters",
        "x" * 20: "id longer than 2,000 characters",
    }


def test_deep_nesting_is_not_followed(lib):
    deep: object = {"type": "Annotation", "target": "file:///nowhere.txt"}
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(UserError, match="not W3C"):  # a message, not a RecursionError
        lib.annotations.import_w3c(deep)
    page = {"type": "AnnotationPage", "items": deep}
    assert lib.annotations.import_w3c(page).added == 0


def test_annotation_files_too_large_deep_or_not_regular_are_refused_up_front(lib, tmp_path, monkeypatch):
    from ftz_desktop.services import annotations as service

    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(UserError, match="nested too deeply"):
        lib.annotations.import_w3c_file(deep)
    monkeypatch.setattr(service, "MAX_ANNOTATION_FILE_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"type": "AnnotationPage", "items": [], "pad": "x" * 2000}), encoding="utf-8")
    with pytest.raises(UserError, match="larger than"):
        lib.annotations.import_w3c_file(big)
    if os.path.exists("/dev/zero"):
        with pytest.raises(UserError, match="not a regular file"):
            lib.annotations.import_w3c_file("/dev/zero")


def test_quote_and_position_without_context_anchor_where_the_position_holds_the_quote(lib):
    h = _doc_id(lib, "hainan.txt")
    path = next(d.path for d in lib.documents() if d.doc_id == h)
    text = lib.document(h).text
    # a quote found more than once: only the position says which one is meant
    quote = next(text[i : i + 2] for i in range(len(text)) if text.count(text[i : i + 2]) >= 2)
    start = text.index(quote, text.index(quote) + 1)
    selector = [
        {"type": "TextQuoteSelector", "exact": quote},
        {"type": "TextPositionSelector", "start": start, "end": start + 2},
    ]
    report = lib.annotations.import_w3c(_item(path, selector, id="https://example.org/anno/7"))
    assert (report.added, report.orphaned) == (1, 0)
    a = lib.annotations.select()[0]
    assert (a.status, a.start, a.end, a.quote) == ("anchored", start, start + 2, quote)


# --- the W3C mapping itself, on arbitrary content ---------------------------------------------

notes = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
tags = st.lists(st.text(alphabet="政策金融跨境电商/ab", min_size=1, max_size=8), max_size=4)


@settings(max_examples=150, deadline=None)
@given(notes, tags, st.sampled_from(ANNOTATION_COLORS), st.text(min_size=1, max_size=40), st.text(max_size=32))
def test_w3c_mapping_round_trips(note, tag_list, color, quote, prefix):
    a = Annotation(
        id=1,
        uuid="5f0c6c53-9a43-4a5e-8d55-7a1b2c3d4e5f",
        doc_id=7,
        start=len(prefix),
        end=len(prefix) + len(quote),
        quote=quote,
        prefix=prefix,
        suffix="后文",
        note=note,
        color=color,
        tags=tuple(tag_list),
        status="anchored",
        created="2026-01-01T00:00:00.000+00:00",
        modified="2026-01-02T00:00:00.000+00:00",
    )
    item = json.loads(json.dumps(w3c.annotation(a, source_path="/data/文件 1.txt")))
    p = w3c.parse(item)
    assert p.uuid == a.uuid and p.doc_id == 7 and p.source_path == "/data/文件 1.txt"
    assert (p.selectors.exact, p.selectors.prefix, p.selectors.suffix) == (quote, prefix, "后文")
    assert (p.selectors.start, p.selectors.end) == (a.start, a.end)
    assert p.note == (note if note.strip() else "")
    assert p.tags == tuple(tag_list) and p.color == color
    assert (p.created, p.modified) == (a.created, a.modified)
