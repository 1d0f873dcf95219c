"""Control characters in documents and file names reach the terminal escaped (ESC, BEL, other C0
and C1), never raw: a hostile title cannot move the cursor, retitle the window or ring."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from ftz_desktop.cli import main, terminal_safe

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def test_terminal_safe_keeps_text_lines_and_tabs() -> None:
    assert terminal_safe("甲\t乙\n丙") == "甲\t乙\n丙"
    assert terminal_safe("a\x1b]0;pwned\x07b\x9bc\x7f") == "a\\x1b]0;pwned\\x07b\\x9bc\\x7f"


@pytest.mark.skipif(sys.platform == "win32", reason="ESC and BEL are not allowed in Windows file names")
def test_show_docs_search_and_reports_escape_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile = "\x1b]0;标题被改\x07\x1b[2J片区报告\x9b31m"
    (folder / "esc\x1b[31m\x07.txt").write_text(f"{hostile}\n\n{hostile}新设企业一千家。\n", encoding="utf-8")
    (folder / "bad\x1b[1m.xyz").write_text("x", encoding="utf-8")  # skipped: its name in the report
    lib = ["--library", str(tmp_path / "lib.sqlite")]
    outputs = []
    for command in (["import", str(folder)], ["docs"], ["show", "1"], ["search", "新设企业"]):
        assert main([*lib, *command]) == 0
        out = capsys.readouterr().out
        outputs.append(out)
        assert not RAW.search(out), (command, out)
    assert "标题被改" in outputs[2]  # (the importer drops control characters from texts)
    assert "esc\\x1b[31m\\x07.txt" in outputs[2]
    assert "bad\\x1b[1m.xyz" in outputs[0]
    assert main([*lib, "show", "1", "--json"]) == 0
    out = capsys.readouterr().out
    assert not RAW.search(out)
    assert json.loads(out)["path"].endswith("esc\x1b[31m\x07.txt")  # JSON keeps the name, escaped
