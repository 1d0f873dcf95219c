"""Logging at start: the rotating file in the log directory, warnings on stderr, faulthandler's
report of a hard crash kept and announced at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETUP = "import logging, sys; from ftz_desktop import logs; print(logs.setup());"


def _python(code: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FTZ_DESKTOP_LOG_DIR=str(tmp / "logs"))
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=60)


def test_records_go_to_the_file_and_warnings_to_stderr(tmp_path):
    out = _python(
        SETUP + "logging.getLogger('x').info('an info line'); logging.getLogger('x').warning('a warning')", tmp_path
    )
    assert out.returncode == 0
    assert out.stdout.strip() == str(tmp_path / "logs" / "ftz-desktop.log")
    text = (tmp_path / "logs" / "ftz-desktop.log").read_text(encoding="utf-8")
    assert "INFO x: an info line" in text and "WARNING x: a warning" in text
    assert "a warning" in out.stderr and "an info line" not in out.stderr


def test_a_hard_crash_leaves_its_traceback_and_the_next_start_reports_it(tmp_path):
    crashed = _python(SETUP + "import faulthandler; faulthandler._sigsegv()", tmp_path)
    assert crashed.returncode != 0
    faults = (tmp_path / "logs" / "faults.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in faults and "Current thread" in faults
    again = _python(SETUP, tmp_path)
    assert again.returncode == 0 and "an earlier run crashed hard" in again.stderr
    [kept] = (tmp_path / "logs").glob("faults-*.log")
    assert "Fatal Python error" in kept.read_text(encoding="utf-8")
    assert (tmp_path / "logs" / "faults.log").read_text(encoding="utf-8") == ""


def test_tail_returns_the_last_lines(tmp_path):
    from ftz_desktop import logs

    path = tmp_path / "x.log"
    path.write_text("".join(f"line {i}\n" for i in range(500)), encoding="utf-8")
    assert logs.tail(3, path) == ["line 497", "line 498", "line 499"]
    assert logs.tail(3, tmp_path / "none.log") == []
