"""Start-up: option parsing, the probe used by bench/startup.py, and Qt staying out of the services."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ftz_desktop.ui.app import parse_options
from ftz_desktop.ui.common.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def test_parse_options_with_and_without_program_name():
    opts, rest = parse_options(
        ["ftz-desktop", "--search", "制度创新", "--open", "3", "--open", "5", "-style", "fusion"]
    )
    assert opts.search == "制度创新" and opts.open == [3, 5] and rest == ["-style", "fusion"]
    opts, rest = parse_options(["--open-results", "2"])
    assert opts.open_results == 2 and rest == []
    opts, rest = parse_options([])
    assert opts.search == "" and opts.open == []


def test_services_never_load_qt():
    code = "import sys, ftz_desktop.services.library, ftz_desktop.services; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


RUN = "import sys; from pathlib import Path; from ftz_desktop.ui.app import run; "


def launch(tmp_path: Path, library: Path, code: str, **probe: str) -> subprocess.CompletedProcess[str]:
    """``python -c code library`` with the start-up probe's environment (``probe``) and its own
    settings, offscreen."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FTZ_DESKTOP_CONFIG_DIR=str(tmp_path / "c"),
        FTZ_DESKTOP_DATA_DIR=str(tmp_path / "d"),
        **probe,
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(library)], env=env, capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out


def test_run_shows_the_window_and_quits_with_the_probe(tmp_path):
    code = RUN + "sys.exit(run(Path(sys.argv[1]), sys.argv[:1]))"
    out = launch(tmp_path, tmp_path / "lib.sqlite", code, FTZ_DESKTOP_STARTUP_PROBE="1")
    assert out.stdout.startswith("ftz-desktop-shown ")


def test_the_full_probe_measures_until_the_window_has_warmed_up(tmp_path, make_library, write_folder):
    """bench/startup.py's figures: the first results, then the longest stall, taken once the
    window's start-up work (its warm-up) is done too, so what that work stalls is counted."""
    library = make_library(write_folder({"a.txt": "上海自贸试验区\n\n上海自贸试验区推进制度创新。"}))
    library.close()
    code = RUN + (
        "from ftz_desktop.ui.mainwindow import MainWindow; "
        "done = lambda self, *a, _o=MainWindow._warmed_up_done: (_o(self, *a), print('warmed up', flush=True)); "
        "MainWindow._warmed_up_done = done; "
        "sys.exit(run(Path(sys.argv[1]), sys.argv[:1]))"
    )
    out = launch(
        tmp_path, Path(library.path), code, FTZ_DESKTOP_STARTUP_PROBE="usable", FTZ_DESKTOP_PROBE_QUERY="制度创新"
    )
    kinds = [line.split()[0] if line.startswith("ftz-") else line for line in out.stdout.splitlines()]
    assert kinds[0] == "ftz-desktop-shown"
    assert {"ftz-desktop-usable", "ftz-desktop-results"} <= set(kinds)
    assert kinds.index("warmed up") < kinds.index("ftz-desktop-stall") == len(kinds) - 1


def test_settings_lists_survive_the_ini_round_trip(tmp_path):
    settings = Settings(tmp_path / "s.ini")
    settings.add_recent_search("片区")
    settings.set_open_tabs(tmp_path / "lib.sqlite", [4], 0)
    settings.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.recent_searches() == ["片区"]
    assert again.open_tabs(tmp_path / "lib.sqlite") == ([4], 0)
    assert again.open_tabs(tmp_path / "other.sqlite") == ([], -1)
    for q in ["a", "b", "片区"]:
        again.add_recent_search(q)
    assert again.recent_searches() == ["片区", "b", "a"]


def test_chinese_translation_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from ftz_desktop.ui.app import install_translator
    from ftz_desktop.ui.common.formatting import format_total
    from ftz_desktop.ui.help.pages import ui_language

    translators = install_translator(qapp, "zh_CN")
    assert translators
    try:
        assert format_total(1234) == "共 1,234 篇"
        assert QCoreApplication.translate("WelcomePage", "Open Sample Library") == "打开示例资料库"
        assert ui_language() == "zh_CN"  # the help pages follow
        assert QCoreApplication.translate("HelpPages", "Search Syntax") == "检索语法"
        assert QCoreApplication.translate("CrashDialog", "&Copy Report") == "复制报告(&C)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty("uiLanguage", "en")
    assert format_total(1234) == "1,234 documents"
