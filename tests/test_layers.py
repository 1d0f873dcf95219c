"""Dependencies point downward: the core, store, services and CLI never load Qt."""

import subprocess
import sys


def test_services_and_cli_do_not_import_qt():
    code = (
        "import sys, ftz_desktop.services.library, ftz_desktop.cli, ftz_desktop.core.importers;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_core_and_store_have_no_sql_or_qt_upward_imports():
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[1] / "ftz_desktop"
    for layer, forbidden in {
        "core": ("ftz_desktop.store", "ftz_desktop.services", "ftz_desktop.ui", "sqlite", "PySide6"),
        "store": ("ftz_desktop.services", "ftz_desktop.ui", "PySide6"),
        "services": ("ftz_desktop.ui", "PySide6"),
    }.items():
        for path in (root / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for name in forbidden:
                assert f"import {name}" not in text and f"from {name}" not in text, (path, name)
