"""The PyInstaller bundle of this system, built and smoke-tested (packaging/smoke.py): --version,
the window, an import of 300 files through the parse pool, search, the windowed program importing
files given to it and saving a screenshot, the crash dialog — every step with a time limit.

Slow (a build of about a minute on two cores, then about a minute of steps), so it runs when
FTZ_DESKTOP_BUNDLE_TEST=1 (``.ci/run`` sets it); FTZ_DESKTOP_BUNDLE=PATH tests a bundle already
built instead of building one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "packaging"), str(REPO / "packaging" / "linux")]

pytestmark = pytest.mark.skipif(
    not os.environ.get("FTZ_DESKTOP_BUNDLE_TEST"), reason="set FTZ_DESKTOP_BUNDLE_TEST=1 to build and test the bundle"
)


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("FTZ_DESKTOP_BUNDLE")
    if given:
        return Path(given)
    dist, work = REPO / "dist" / "bundle-test", REPO / "build" / "bundle-test"
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work)],
        cwd=REPO,
        check=True,
        timeout=1800,
    )
    return dist / ("FTZ Desktop.app" if sys.platform == "darwin" else "ftz-desktop")


def test_bundle_smoke(bundle, tmp_path):
    from smoke import smoke

    report = smoke(bundle, files=300, keep=tmp_path / "smoke")
    print(report.figures)
    assert (tmp_path / "smoke" / "bundle.png").stat().st_size > 20_000
    assert (tmp_path / "smoke" / "crash.png").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundles only")
def test_linux_bundle_has_its_desktop_files_and_says_its_glibc_floor(bundle):
    app_id = "org.ftzdesktop.FTZDesktop"
    desktop = (bundle / "share" / "applications" / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Icon={app_id}" in desktop and "MimeType=" in desktop and "Exec=ftz-desktop %F" in desktop
    assert (bundle / "share" / "metainfo" / f"{app_id}.metainfo.xml").exists()
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{app_id}.png").exists()
    assert os.access(bundle / "install.sh", os.X_OK)
    from glibc_floor import floor

    needed, path = floor(bundle)[0]
    host = tuple(int(x) for x in os.confstr("CS_GNU_LIBC_VERSION").split()[1].split(".")[:2])
    print(f"needs glibc >= {needed[0]}.{needed[1]} ({path.name}); built on {host[0]}.{host[1]}")
    assert needed <= host
