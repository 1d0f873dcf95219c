"""Re-anchoring through the library: a re-import finds each annotation again or orphans it, never
puts it on other text."""

from __future__ import annotations

from pathlib import Path

P1 = "海南自由贸易港实行零关税政策，推进贸易自由便利。"
P2 = "上海自贸试验区临港新片区推出一批制度创新成果，跨境电商快速发展。"
P3 = "广西自贸试验区深化与东盟的经贸合作，推动制度创新和边境贸易创新发展。"


def _write(folder: Path, *paragraphs: str) -> None:
    (folder / "doc.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def test_a_moved_paragraph_carries_its_note_and_a_deleted_passage_is_orphaned(tmp_path, make_library) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _write(folder, P1, P2, P3)
    lib = make_library(folder)
    doc_id = lib.documents()[0].doc_id
    notes = lib.annotations
    moved = notes.create(doc_id, *notes.find_quote(doc_id, "跨境电商快速发展"), note="moved")
    # "制度创新" also stands in P3: when P2's words are deleted the note must not go there
    gone = notes.create(doc_id, *notes.find_quote(doc_id, "制度创新"), note="gone")
    _write(folder, P3, P1, P2.replace("制度创新", ""))  # P2 moved to the end, its 制度创新 deleted
    report = lib.import_all([folder])
    assert report.updated == 1
    text = lib.document(doc_id).text
    a = notes.get(moved.id)
    assert a.status == "anchored" and a.note == "moved"
    assert text[a.start : a.end] == "跨境电商快速发展" and a.start > text.index(P1)
    b = notes.get(gone.id)
    assert b.status == "orphaned" and b.note == "gone" and b.quote == "制度创新"


def test_a_whole_moved_paragraph_is_found_at_its_new_place(tmp_path, make_library) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _write(folder, P1, P2, P3)
    lib = make_library(folder)
    doc_id = lib.documents()[0].doc_id
    notes = lib.annotations
    whole = notes.create(doc_id, *notes.find_quote(doc_id, P2), note="whole paragraph")
    _write(folder, P3, "新增的一段文字说明了变化。", P1, P2)
    lib.import_all([folder])
    a = notes.get(whole.id)
    text = lib.document(doc_id).text
    assert a.status == "anchored" and text[a.start : a.end] == P2 and a.start == text.index(P2)
