"""Starting: --help lists the window options, FILE... goes to the window, a typo is no file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ftz_desktop import cli

REPO = Path(__file__).resolve().parents[1]


def test_help_lists_the_window_options(capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--search QUERY", "--open DOC_ID", "--open-results N", "--size WxH", "--screenshot PATH", "--lang"):
        assert option in out
    assert "[FILE ...]" in out and "COMMAND" in out and "Logs: " in out
    assert "--crash-test" not in out  # a test hook


def test_a_word_that_is_neither_command_nor_file_is_an_error(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["serach", "自贸区"]) == 2
    err = capsys.readouterr().err
    assert "'serach' is neither a command nor a file" in err and "search" in err


def test_files_go_to_the_window(tmp_path, monkeypatch):
    seen = {}

    def fake_run(library, argv):
        seen["args"] = (library, argv)
        return 0

    import ftz_desktop.ui.app

    monkeypatch.setattr(ftz_desktop.ui.app, "run", fake_run)
    doc = tmp_path / "笔记.md"
    doc.write_text("# 笔记\n\n正文。", encoding="utf-8")
    assert cli.main(["--library", str(tmp_path / "l.sqlite"), str(doc), "--lang", "zh"]) == 0
    assert seen["args"] == (tmp_path / "l.sqlite", [str(doc), "--lang", "zh"])


def test_missing_file_given_to_the_window_is_reported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "ftz_desktop", "--lang", "en", str(tmp_path / "gone.md")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert out.returncode == 2 and "no such file or folder" in out.stderr
