"""The annotation commands of the command line: JSON shapes, exports, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ftz_desktop.cli import main


@pytest.fixture
def lib(tmp_path, capsys):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(
        "广西自贸试验区钦州港片区\n2021-04-01\n\n钦州港片区推进陆海新通道建设，制度创新成果不断涌现。跨境电商发展迅速，制度创新走在前列。",
        encoding="utf-8",
    )
    path = str(tmp_path / "lib.sqlite")
    assert main(["--library", path, "import", str(d), "--json"]) == 0
    capsys.readouterr()
    return path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_annotate_json_is_the_annotation(capsys, lib):
    code, out, err = run(
        capsys,
        "--library",
        lib,
        "annotate",
        "1",
        "--quote",
        "制度创新",
        "--occurrence",
        "2",
        "--note",
        "走在前列",
        "--tag",
        "制度创新案例",
        "--tag",
        "政策/改革",
        "--color",
        "blue",
        "--json",
    )
    assert code == 0, err
    a = json.loads(out)
    assert set(a) == {"id", "doc_id", "start", "end", "quote", "note", "tags", "color", "status", "created", "modified"}
    assert (a["doc_id"], a["quote"], a["note"], a["color"], a["status"]) == (
        1,
        "制度创新",
        "走在前列",
        "blue",
        "anchored",
    )
    assert a["tags"] == ["制度创新案例", "政策/改革"]
    code, out, _ = run(capsys, "--library", lib, "show", "1", "--json")
    text = json.loads(out)["text"]
    assert text[a["start"] : a["end"]] == "制度创新"
    assert text.index("制度创新") < a["start"]  # the second occurrence


def test_annotations_list_filters_and_formats(capsys, lib):
    run(capsys, "--library", lib, "annotate", "1", "--quote", "陆海新通道", "--tag", "政策/通道")
    run(capsys, "--library", lib, "annotate", "1", "--quote", "跨境电商", "--tag", "跨境电商", "--note", "增长快")
    code, out, _ = run(capsys, "--library", lib, "annotations", "--json")
    items = json.loads(out)
    assert code == 0 and [x["quote"] for x in items] == ["陆海新通道", "跨境电商"]
    code, out, _ = run(capsys, "--library", lib, "annotations", "--tag", "政策", "--json")
    assert [x["quote"] for x in json.loads(out)] == ["陆海新通道"]
    code, out, _ = run(capsys, "--library", lib, "annotations", "--doc", "1", "--markdown")
    assert code == 0 and "> 跨境电商" in out and "增长快" in out and out.startswith("# Annotations")
    code, out, _ = run(capsys, "--library", lib, "annotations", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["quote"] for r in rows] == ["陆海新通道", "跨境电商"]
    code, out, _ = run(capsys, "--library", lib, "annotations", "--w3c")
    assert json.loads(out)["type"] == "AnnotationCollection"
    code, out, _ = run(capsys, "--library", lib, "annotations")
    assert code == 0 and "跨境电商" in out and "2 annotations" in out


def test_tags_json(capsys, lib):
    run(capsys, "--library", lib, "annotate", "1", "--quote", "陆海新通道", "--tag", "政策", "--tag", "待核实")
    run(capsys, "--library", lib, "annotate", "1", "--quote", "跨境电商", "--tag", "待核实")
    code, out, _ = run(capsys, "--library", lib, "tags", "--json")
    assert code == 0 and json.loads(out) == [{"name": "待核实", "count": 2}, {"name": "政策", "count": 1}]
    code, out, _ = run(capsys, "--library", lib, "tags")
    assert "待核实" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["annotate", "1", "--quote", "上海"], "does not occur"),
        (["annotate", "1", "--quote", "制度创新", "--occurrence", "3"], "occurs 2 times"),
        (["annotate", "7", "--quote", "制度"], "no document with id 7"),
        (["annotate", "1", "--quote", "制度", "--color", "orange"], "Unknown colour 'orange'"),
        (["annotations", "--doc", "7"], "no document with id 7"),
    ],
)
def test_mistakes_exit_2_with_one_line(capsys, lib, args, message):
    code, out, err = run(capsys, "--library", lib, *args)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_import_annotations_round_trip_and_backup(capsys, lib, tmp_path, data_dir):
    run(capsys, "--library", lib, "annotate", "1", "--quote", "陆海新通道", "--tag", "政策", "--note", "通道")
    code, out, _ = run(capsys, "--library", lib, "annotations", "--w3c")
    exported = tmp_path / "export.json"
    exported.write_text(out, encoding="utf-8")
    code, out, _ = run(capsys, "--library", lib, "import-annotations", str(exported))
    assert code == 0 and "added 0" in out and "duplicates skipped 1" in out
    code, out, err = run(capsys, "--library", lib, "import-annotations", str(tmp_path / "nope.json"))
    assert code == 2 and "Cannot read" in err
    code, out, _ = run(capsys, "--library", lib, "backup-annotations")
    assert code == 0
    backup = out.strip()
    assert (
        backup.startswith(str(data_dir / "backups"))
        and json.loads(Path(backup).read_text(encoding="utf-8"))["total"] == 1
    )
