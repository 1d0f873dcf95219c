"""The command line as a script would use it: JSON shapes, readable text and exit codes."""

from __future__ import annotations

import json

import pytest

from ftz_desktop.cli import main


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(
        "广西自贸试验区钦州港片区\n2021-04-01\n\n钦州港片区推进陆海新通道建设，制度创新成果不断涌现。", encoding="utf-8"
    )
    (d / "b.md").write_text(
        "---\ntitle: 云南自贸试验区\ndate: 2019-08-30\n---\n\n昆明、红河、德宏三个片区各有分工。", encoding="utf-8"
    )
    (d / "bad.txt").write_bytes(b"")
    return d


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_docs_show_search_json(capsys, tmp_path, folder):
    lib = str(tmp_path / "lib.sqlite")
    code, out, _ = run(capsys, "--library", lib, "import", str(folder), "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) >= {"added", "updated", "unchanged", "missing", "failed", "seconds"}
    assert report["added"] == 2
    assert [f["path"].endswith("bad.txt") for f in report["failed"]] == [True]
    assert report["failed"][0]["reason"]

    code, out, _ = run(capsys, "--library", lib, "docs", "--json")
    docs = json.loads(out)
    assert code == 0 and len(docs) == 2
    assert set(docs[0]) >= {"doc_id", "path", "title", "date", "format", "chars"}

    doc_id = next(d["doc_id"] for d in docs if d["title"] == "云南自贸试验区")
    code, out, _ = run(capsys, "show", str(doc_id), "--json", "--library", lib)  # option after the command
    shown = json.loads(out)
    assert set(shown) >= {"doc_id", "path", "title", "date", "source", "format", "text", "paragraphs"}
    assert shown["date"] == "2019-08-30"
    for s, e in shown["paragraphs"]:
        assert shown["text"][s:e]

    code, out, _ = run(capsys, "--library", lib, "search", "片区", "--json")
    results = json.loads(out)
    assert code == 0 and len(results) == 2
    assert set(results[0]) >= {"doc_id", "path", "title", "date", "score", "snippet", "hits"}
    texts = {
        d["doc_id"]: json.loads(run(capsys, "--library", lib, "show", str(d["doc_id"]), "--json")[1])["text"]
        for d in docs
    }
    for r in results:
        assert r["hits"] and all(texts[r["doc_id"]][s:e] == "片区" for s, e in r["hits"])
        assert all(r["snippet"][s:e] == "片区" for s, e in r["snippet_hits"])
    assert results[0]["score"] >= results[1]["score"]


def test_readable_output(capsys, tmp_path, folder):
    lib = str(tmp_path / "lib.sqlite")
    code, out, _ = run(capsys, "--library", lib, "import", str(folder))
    assert code == 0 and "added 2" in out and "bad.txt" in out
    code, out, _ = run(capsys, "--library", lib, "search", "制度创新")
    assert code == 0 and "1 documents" in out and "«制度创新»" in out
    code, out, _ = run(capsys, "--library", lib, "docs")
    assert "云南自贸试验区" in out


def test_empty_result_is_success(capsys, tmp_path, folder):
    lib = str(tmp_path / "lib.sqlite")
    run(capsys, "--library", lib, "import", str(folder))
    code, out, _ = run(capsys, "--library", lib, "search", "不存在的词语", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("query", ["-上海", "date:2023-13", "x" * 2000])
def test_query_that_cannot_be_understood_exits_2_with_one_line(capsys, tmp_path, query):
    code, out, err = run(capsys, "--library", str(tmp_path / "lib.sqlite"), "search", query)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_usage_exits_2(capsys, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    assert run(capsys, "--library", lib, "show", "12345")[0] == 2
    assert run(capsys, "--library", lib, "show", "abc")[0] == 2
    assert run(capsys, "--library", lib, "search", "x", "--limit", "3", "--all")[0] == 2
    assert run(capsys, "--library", lib, "frobnicate")[0] == 2


def test_all_and_limit(capsys, tmp_path, folder):
    lib = str(tmp_path / "lib.sqlite")
    run(capsys, "--library", lib, "import", str(folder))
    assert len(json.loads(run(capsys, "--library", lib, "search", "区", "--limit", "1", "--json")[1])) == 1
    assert len(json.loads(run(capsys, "--library", lib, "search", "区", "--all", "--json")[1])) == 2


def test_default_library_lives_in_the_data_dir(capsys, tmp_path, folder, monkeypatch):
    monkeypatch.setenv("FTZ_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    assert run(capsys, "import", str(folder), "--json")[0] == 0
    assert (tmp_path / "data" / "library.sqlite").exists()


def test_unusable_library_file_exits_1(capsys, tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    code, _, err = run(capsys, "--library", str(bad), "docs")
    assert code == 1 and "is not an FTZ Desktop library" in err and err.count("\n") == 1


def test_a_newer_library_exits_1_and_a_bug_is_not_taken_for_one(capsys, tmp_path, monkeypatch):
    import sqlite3

    newer = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, _, err = run(capsys, "--library", str(newer), "docs")
    assert code == 1 and "newer FTZ Desktop" in err and err.count("\n") == 1

    from ftz_desktop.services.library import Library

    def broken(self):
        raise RuntimeError("a bug, not a library problem")

    monkeypatch.setattr(Library, "documents", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        main(["--library", str(tmp_path / "fine.sqlite"), "docs"])


def test_import_reports_every_file_it_did_not_import(capsys, tmp_path, monkeypatch):
    """A folder of what Chinese offices really have: nothing is skipped without a word."""
    from tests.core.test_importers import GOV_PAGE, _make_mht, _make_ofd

    d = tmp_path / "office"
    d.mkdir()
    (d / "a.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le"))
    (d / "b.ofd").write_bytes(
        _make_ofd([[(25.0, 30.0, "片区通关便利化实施细则"), (25.0, 40.0, "本细则自发布之日起施行。")]])
    )
    (d / "c.mht").write_bytes(_make_mht(GOV_PAGE, "utf-8"))
    (d / "d.md").write_text("# 片区周报\n\n本周片区新设企业三十家。\n", encoding="utf-8")
    (d / "e.caj").write_bytes(b"CAJ FILE" + bytes(100))
    (d / "f.xlsx").write_bytes(b"PK\x03\x04")
    (d / "g.txt").write_text("片区" * 400_000, encoding="utf-8")  # 2.4 MB
    monkeypatch.setenv("FTZ_DESKTOP_MAX_FILE_MB", "1")
    lib = str(tmp_path / "lib.sqlite")
    code, out, _ = run(capsys, "--library", lib, "import", str(d), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["added"] == 3
    assert report["failed"] == []
    skipped = {f["path"].rsplit("/", 1)[-1]: f["reason"] for f in report["skipped"]}
    assert skipped == {
        "a.doc": "legacy Word file: save it as .docx",
        "e.caj": "CAJ file (CNKI): open it in CAJViewer and save it as PDF, then import the PDF",
        "f.xlsx": "spreadsheet, not a document",
        "g.txt": "too large (2 MB; the limit is 1 MB)",
    }
    code, out, _ = run(capsys, "--library", lib, "docs", "--json")
    assert sorted(d["format"] for d in json.loads(out)) == ["md", "mht", "ofd"]
    code, out, _ = run(capsys, "--library", lib, "import", str(d))
    assert "skipped 4" in out and "skipped: " in out and "a.doc: legacy Word file" in out


STORY = (
    "某片区今年前三季度新设外资企业一百二十家，实际使用外资同比增长两成。片区管委会表示，"
    "将继续放宽服务业准入，优化跨境资金结算服务，让企业办事更便利。"
)


def test_near_duplicates_are_one_result_with_their_copies(capsys, tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "20230512.md").write_text("# 片区外资企业增长两成\n\n" + STORY + "\n", encoding="utf-8")
    (d / "20230512.html").write_text(
        f"<html><head><title>片区外资企业增长两成</title></head><body><h1>片区外资企业增长两成</h1><p>{STORY}</p></body></html>",
        encoding="utf-8",
    )
    (d / "20230513.txt").write_text(
        "片区外资企业增长两成\n\n" + STORY.replace("两成", "20%", 1) + "\n", encoding="utf-8"
    )
    (d / "other.txt").write_text(
        "另一片区举办跨境金融培训，三十家企业参加，外资银行介绍了结算新规。\n", encoding="utf-8"
    )
    lib = str(tmp_path / "lib.sqlite")
    assert run(capsys, "--library", lib, "import", str(d))[0] == 0
    docs = json.loads(run(capsys, "--library", lib, "docs", "--json")[1])
    heads = [x for x in docs if x["duplicate_of"] is None]
    assert len(heads) == 2
    story = next(x for x in docs if x["path"].endswith("20230512.html") or x["path"].endswith("20230512.md"))
    head = story["duplicate_of"] or story["doc_id"]
    assert sorted(x["duplicate_of"] for x in docs if x["duplicate_of"] is not None) == [head, head]

    found = json.loads(run(capsys, "--library", lib, "search", "外资", "--json")[1])
    assert len(found) == 2  # the story once, the other document
    first = next(h for h in found if h["copies"])
    assert len(first["copies"]) == 2
    every = json.loads(run(capsys, "--library", lib, "search", "外资", "--all-copies", "--json")[1])
    assert len(every) == 4 and all(h["copies"] == [] for h in every)
    code, out, _ = run(capsys, "--library", lib, "search", "外资")
    assert out.startswith("2 documents, 2 more copies") and "3 copies: also" in out

    shown = json.loads(run(capsys, "--library", lib, "show", str(head), "--json")[1])
    assert shown["duplicate_of"] is None and len(shown["copies"]) == 2
