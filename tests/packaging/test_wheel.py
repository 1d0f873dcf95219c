"""The wheel works without the checkout: built with ``uv build``, installed with ``uv tool install``
into a fresh environment (versions pinned to uv.lock), then run as a user would from another folder:
--version, import of a folder, search (with a zone filter: the gazetteer is package data) and
--screenshot on the offscreen platform, each with a time limit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ftz_desktop import __version__

REPO = Path(__file__).resolve().parents[2]
UV = shutil.which("uv") or "uv"

pytestmark = pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not installed")


def _run(args: list[str], *, env: dict[str, str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    out = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, f"{args}\n{out.stdout}\n{out.stderr}"
    return out


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """(the installed ftz-desktop program, an environment with private user directories)."""
    tmp = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_", "PYTHON"))}
    _run([UV, "build", "--wheel", "--out-dir", str(tmp / "dist")], env=env, cwd=REPO, timeout=300)
    [wheel] = (tmp / "dist").glob("ftz_desktop-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in (
        "ftz_desktop/data/gazetteer.json",
        "ftz_desktop/data/person_names.json",
        "ftz_desktop/data/organisations.json",
        "ftz_desktop/data/metric_categories.json",
        "ftz_desktop/data/holidays.json",
        "ftz_desktop/data/samples/01-shanghai-ftz.md",
        "ftz_desktop/resources/i18n/ftz_desktop_zh_CN.qm",
        "ftz_desktop/resources/help/search-syntax.zh_CN.html",
        "ftz_desktop/resources/icons/ftz-desktop.svg",
    ):
        assert name in names
    assert not any(n.startswith(("data/", "resources/", "tests/")) for n in names)
    pins = _run(
        [UV, "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project", "--no-header"],
        env=env,
        cwd=REPO,
        timeout=120,
    ).stdout
    (tmp / "constraints.txt").write_text(pins, encoding="utf-8")
    tool_env = dict(env, UV_TOOL_DIR=str(tmp / "tools"), UV_TOOL_BIN_DIR=str(tmp / "bin"))
    _run(
        [UV, "tool", "install", str(wheel), "--python", sys.executable, "-c", str(tmp / "constraints.txt")],
        env=tool_env,
        cwd=tmp,
        timeout=600,
    )
    program = tmp / "bin" / ("ftz-desktop.exe" if sys.platform == "win32" else "ftz-desktop")
    assert program.exists()
    python = tmp / "tools" / "ftz-desktop" / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    where = _run([str(python), "-c", "import ftz_desktop; print(ftz_desktop.__file__)"], env=env, cwd=tmp, timeout=60)
    assert Path(where.stdout.strip()).is_relative_to(tmp / "tools")  # the installed copy, not the checkout
    user = dict(
        env,
        QT_QPA_PLATFORM="offscreen",
        FTZ_DESKTOP_CONFIG_DIR=str(tmp / "config"),
        FTZ_DESKTOP_DATA_DIR=str(tmp / "data"),
    )
    return program, user


def test_installed_wheel_runs_without_the_checkout(installed, tmp_path, write_folder):
    program, env = installed
    assert _run([str(program), "--version"], env=env, cwd=tmp_path, timeout=60).stdout.strip() == (
        f"ftz-desktop {__version__}"
    )
    folder = write_folder(
        {
            "黑龙江.md": "# 黑龙江自贸试验区测试稿\n\n中国（黑龙江）自由贸易试验区绥芬河片区在测试稿里新设企业一百家。",
            "海南.txt": "海南自由贸易港测试稿\n\n这份测试稿只谈海南的制度创新。",
            "notes.html": "<html><body><p>上海自贸试验区的测试网页，谈制度创新。</p></body></html>",
        }
    )
    library = tmp_path / "lib.sqlite"
    out = _run([str(program), "--library", str(library), "import", str(folder)], env=env, cwd=tmp_path, timeout=120)
    assert "added 3" in out.stdout and "failed 0" in out.stdout
    out = _run([str(program), "--library", str(library), "search", "制度创新"], env=env, cwd=tmp_path, timeout=60)
    assert out.stdout.startswith("2 documents")
    out = _run([str(program), "--library", str(library), "search", "zone:黑龙江"], env=env, cwd=tmp_path, timeout=120)
    assert out.stdout.startswith("1 documents") and "黑龙江自贸试验区测试稿" in out.stdout
    # the name and organisation lists ship in the wheel: extraction reads them (the version too)
    out = _run(
        [str(program), "--library", str(library), "entities", "--kind", "zone", "--json"],
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert {e["label"] for e in json.loads(out.stdout)} >= {"黑龙江", "海南自贸港"}
    shot = tmp_path / "shot.png"
    _run(
        [
            str(program),
            "--library",
            str(library),
            "--search",
            "制度创新",
            "--open-results",
            "1",
            "--size",
            "1200x800",
            "--lang",
            "zh",
            "--screenshot",
            str(shot),
        ],
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert shot.stat().st_size > 20_000
    logs = Path(env["FTZ_DESKTOP_DATA_DIR"]) / "logs" / "ftz-desktop.log"
    assert logs.exists()  # logging works from the installed package too
