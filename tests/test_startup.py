"""What a command and a parse worker import: only what they use (start-up time is a feature)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("numpy", "pandas", "PySide6", "rjieba", "pdfminer", "bs4", "docx", "yaml")


def _modules(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in modules or any(m.startswith(n + ".") for m in modules)]


def test_a_parse_worker_loads_neither_sqlite_nor_qt() -> None:
    # the worker runs services.importing.prepare: parsers and extraction, no database
    modules = _modules("import ftz_desktop.services.importing")
    assert _loaded(modules, ("sqlite_utils", "numpy", "PySide6")) == []


def test_search_docs_and_show_load_no_parser_no_segmenter_no_numpy(tmp_path: Path, write_folder) -> None:
    from ftz_desktop.services.library import Library

    folder = write_folder({"a.txt": "海南自由贸易港实行零关税政策。"})
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.import_all([folder])
    for command in (["search", "自贸港"], ["search", "--json", "海南"], ["docs"], ["show", "1"]):
        argv = ["ftz-desktop", "--library", str(tmp_path / "lib.sqlite"), *command]
        modules = _modules(
            f"import sys, io, contextlib\nsys.argv = {argv!r}\nfrom ftz_desktop.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    assert main() == 0"
        )
        assert _loaded(modules, HEAVY) == [], command
        assert "ftz_desktop.core.importers" not in modules
        assert "sqlite_utils" in modules  # the library is still opened through it
    # numpy stays importable after sqlite-utils was imported without it
    assert "numpy" in _modules("from ftz_desktop.store import db\ndb._sqlite_utils()\nimport numpy")
