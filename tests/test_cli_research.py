"""The research workflow on the command line: search --sort / --facets, saved searches, collections."""

from __future__ import annotations

import json

import pytest

from ftz_desktop.cli import main
from tests.test_cli_annotations import run


@pytest.fixture
def lib(tmp_path, capsys):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(
        "上海自贸试验区开放\n2021-04-01\n来源：新华社\n\n上海自贸试验区扩大开放，开放再开放。", encoding="utf-8"
    )
    (d / "b.md").write_text(
        "---\ntitle: 海南自由贸易港开放\ndate: 2023-08-30\nsource: 商务部\n---\n\n海南自由贸易港推进开放。",
        encoding="utf-8",
    )
    (d / "c.txt").write_text("没有日期的开放文件\n\n这份文件讲开放。", encoding="utf-8")
    path = str(tmp_path / "lib.sqlite")
    assert main(["--library", path, "import", str(d), "--quiet"]) == 0
    capsys.readouterr()
    return path


def test_search_sort(capsys, lib):
    code, out, err = run(capsys, "--library", lib, "search", "开放", "--sort", "date", "--json")
    assert code == 0, err
    assert [h["date"] for h in json.loads(out)] == ["2023-08-30", "2021-04-01", None]
    code, out, _ = run(capsys, "--library", lib, "search", "开放", "--sort", "date-old", "--json")
    assert [h["date"] for h in json.loads(out)] == ["2021-04-01", "2023-08-30", None]
    code, out, _ = run(capsys, "--library", lib, "search", "开放", "--sort", "hits", "--json")
    counts = [len(h["hits"]) for h in json.loads(out)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 4
    code, _, err = run(capsys, "--library", lib, "search", "开放", "--sort", "size")
    assert code == 2 and "invalid choice" in err


def test_search_facets_json(capsys, lib):
    code, out, _ = run(capsys, "--library", lib, "search", "开放", "--facets", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"results", "facets"}
    assert len(data["results"]) == 3
    facets = data["facets"]
    assert set(facets) == {"zone", "area", "year", "source", "format", "tag"}
    assert {(v["value"], v["count"]) for v in facets["year"]} == {("2021", 1), ("2023", 1)}
    assert {(v["value"], v["count"]) for v in facets["format"]} == {("txt", 2), ("md", 1)}
    assert {v["value"] for v in facets["zone"]} == {"上海", "海南自贸港"}
    assert {v["filter"] for v in facets["source"]} == {"source:新华社", "source:商务部"}
    # the filter narrows: the query line says what is shown
    code, out, _ = run(capsys, "--library", lib, "search", "开放 date:2023 -source:新华社", "--json")
    assert [h["title"] for h in json.loads(out)] == ["海南自由贸易港开放"]


def test_plain_search_output_is_unchanged_without_facets(capsys, lib):
    _, out, _ = run(capsys, "--library", lib, "search", "开放", "--json")
    assert isinstance(json.loads(out), list)
    _, text, _ = run(capsys, "--library", lib, "search", "开放", "--facets")
    assert "year:  2021 (1)  2023 (1)" in text or "year:  2023 (1)  2021 (1)" in text


def test_saved_add_list_run_remove(capsys, lib):
    code, out, _ = run(capsys, "--library", lib, "saved", "add", "开放", "开放", "-海南")
    assert code == 0 and "2 documents" in out
    code, out, _ = run(capsys, "--library", lib, "saved", "list", "--json")
    [item] = json.loads(out)
    assert (item["name"], item["query"], item["count"], item["new"]) == ("开放", "开放 -海南", 2, 0)
    code, out, _ = run(capsys, "--library", lib, "saved", "run", "开放", "--json", "--sort", "date")
    assert code == 0
    assert [h["date"] for h in json.loads(out)] == ["2021-04-01", None]
    code, out, _ = run(capsys, "--library", lib, "saved", "run", "开放")
    assert "2 documents" in out and "0 new since" in out
    code, _, err = run(capsys, "--library", lib, "saved", "run", "nothing")
    assert code == 2 and "no saved search" in err
    code, _, err = run(capsys, "--library", lib, "saved", "add", "bad", "date:2023-13")
    assert code == 2 and "Not a date" in err
    assert run(capsys, "--library", lib, "saved", "remove", "开放")[0] == 0
    assert json.loads(run(capsys, "--library", lib, "saved", "list", "--json")[1]) == []


def test_collection_add_list_show_export_remove(capsys, lib, tmp_path):
    docs = {d["title"]: d["doc_id"] for d in json.loads(run(capsys, "--library", lib, "docs", "--json")[1])}
    a, b = docs["上海自贸试验区开放"], docs["海南自由贸易港开放"]
    assert run(capsys, "--library", lib, "collection", "add", "报告/2024", str(a), str(b))[0] == 0
    code, out, _ = run(capsys, "--library", lib, "collection", "list", "--json")
    assert json.loads(out)[0]["name"] == "报告/2024" and json.loads(out)[0]["count"] == 2
    code, out, _ = run(capsys, "--library", lib, "search", "in:报告", "--json")
    assert {h["doc_id"] for h in json.loads(out)} == {a, b}
    code, out, _ = run(capsys, "--library", lib, "collection", "show", "报告", "--json")
    assert [d["doc_id"] for d in json.loads(out)] == [a, b]
    code, out, _ = run(capsys, "--library", lib, "collection", "export", "报告", "--format", "csv")
    assert out.splitlines()[0] == "doc_id,title,date,source,path" and len(out.splitlines()) == 3
    target = tmp_path / "report.md"
    code, out, _ = run(capsys, "--library", lib, "collection", "export", "报告", "--out", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("# 报告\n\n2 documents")
    code, out, _ = run(capsys, "--library", lib, "collection", "export", "报告", "--format", "w3c")
    assert json.loads(out)["type"] == "AnnotationCollection"
    code, _, err = run(capsys, "--library", lib, "collection", "add", "x", "999")
    assert code == 2 and "no document with id 999" in err
    assert run(capsys, "--library", lib, "collection", "remove", "报告/2024", str(a))[0] == 0
    code, out, _ = run(capsys, "--library", lib, "search", "in:报告", "--json")
    assert [h["doc_id"] for h in json.loads(out)] == [b]
    assert run(capsys, "--library", lib, "collection", "remove", "报告/2024")[0] == 0
    assert json.loads(run(capsys, "--library", lib, "collection", "list", "--json")[1]) == []
