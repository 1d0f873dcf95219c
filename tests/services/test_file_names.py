"""Any name the file system can hold: names that are not valid UTF-8 (bytes from an old archive
or a Windows share) are imported among good files, stored losslessly and shown with U+FFFD."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from ftz_desktop.cli import main
from ftz_desktop.services.library import Library

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="these file systems want valid names")

BAD_NAMES = [
    b"latin1-\xe9t\xe9.txt",
    b"\xc4\xe3\xba\xc3\xca\xc0\xbd\xe7.txt",
    b"half-\xe4\xb8.md",
]  # Latin-1, GBK, cut UTF-8


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "good.txt").write_text("片区新设企业\n\n今年片区新设企业两千家。", encoding="utf-8")
    for i, name in enumerate(BAD_NAMES):
        with open(os.path.join(os.fsencode(folder), name), "wb") as f:
            f.write(f"旧档案第{i}份\n\n这份材料来自旧压缩包，文件名不是UTF-8编码。".encode())
    return folder


def test_names_that_are_not_utf8_are_imported_among_good_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with Library(tmp_path / "lib.sqlite") as lib:
        report = lib.import_all([folder])
        assert (report.added, report.failed, report.skipped) == (4, (), ())
        shown = sorted(Path(d.path).name for d in lib.documents())
        assert shown == sorted(["good.txt", *(n.decode("utf-8", "replace") for n in BAD_NAMES)])
        assert all("\ufffd" in n for n in shown if n != "good.txt")
        # stored losslessly: the next import finds every file unchanged
        again = lib.import_all([folder])
        assert (again.added, again.unchanged, again.missing) == (0, 4, 0)
        # and a changed or removed file is recognised by its real name
        gbk = os.path.join(os.fsencode(folder), BAD_NAMES[1])
        with open(gbk, "ab") as f:
            f.write("补充一段新内容。".encode())
        os.remove(os.path.join(os.fsencode(folder), BAD_NAMES[0]))
        third = lib.import_all([folder])
        assert (third.updated, third.unchanged, third.missing) == (1, 2, 1)
        assert any("补充一段新内容" in lib.document(d.doc_id).text for d in lib.documents())
        assert lib.search("旧压缩包").total >= 2


def test_cli_prints_such_names_with_replacement_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    lib = str(tmp_path / "lib.sqlite")
    assert main(["--library", lib, "import", str(folder), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 4
    assert main(["--library", lib, "docs", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\ufffd" in out and "\\udc" not in out
    assert main(["--library", lib, "import", str(folder / "nope")]) == 0  # one missing name, no traceback


def test_a_file_that_takes_too_long_fails_and_the_import_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ftz_desktop.services import pool

    monkeypatch.setattr(pool, "JOB_SECONDS", 2.0)
    folder = tmp_path / "slow"
    folder.mkdir()
    (folder / "a.txt").write_text("片区笔记\n\n今年片区新设企业两千家。", encoding="utf-8")
    # 3 million characters of running text: tens of seconds to read (parsing is linear now, so a
    # small file of brackets is no longer slow)
    (folder / "long.md").write_text(("片区建设稳步推进开放型经济持续发展" * 30 + "\n\n") * 6000, encoding="utf-8")
    (folder / "z.txt").write_text("另一份笔记\n\n片区通关时间压缩三成。", encoding="utf-8")
    with Library(tmp_path / "lib.sqlite") as lib:
        report = lib.import_all([folder])
    assert report.added == 2
    assert [(Path(f.path).name, f.reason) for f in report.failed] == [
        ("long.md", "took too long (over 2 s): not imported")
    ]
