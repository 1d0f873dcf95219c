"""Dependencies point downward: the contracts in pyproject.toml ([tool.importlinter]) hold on the
import graph (import-linter builds it from every import statement, including those inside
functions), and the services and the CLI do not load Qt when they run."""

import subprocess
import sys
from pathlib import Path

from importlinter.application.use_cases import lint_imports
from importlinter.configuration import configure

configure()  # what the lint-imports command does first

ROOT = Path(__file__).resolve().parents[1]


def test_services_and_cli_do_not_import_qt():
    code = (
        "import sys, ftz_desktop.services.library, ftz_desktop.cli, ftz_desktop.core.importers;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_import_contracts_are_kept(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    kept = lint_imports(config_filename=str(ROOT / "pyproject.toml"), cache_dir=None, no_logo=True)
    assert kept, capsys.readouterr().out


def test_a_broken_contract_is_reported(monkeypatch, capsys, tmp_path):
    """The check can fail: a contract that today's code breaks (ui imports Qt) is reported."""
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_packages = ["ftz_desktop"]\ninclude_external_packages = true\n\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "ui without Qt (false on purpose)"\ntype = "forbidden"\n'
        'source_modules = ["ftz_desktop.ui.reader.view"]\nforbidden_modules = ["PySide6"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(ROOT)
    assert not lint_imports(config_filename=str(config), cache_dir=None, no_logo=True)
    assert "BROKEN" in capsys.readouterr().out
