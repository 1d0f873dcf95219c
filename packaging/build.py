"""Build the self-contained FTZ Desktop for this system with PyInstaller (``ftz-desktop.spec``), then
add what the system's desktop wants:

    uv run python packaging/build.py [--archive] [--installer]

Linux: ``dist/ftz-desktop/`` gets ``share/`` (desktop entry, hicolor icons, AppStream metainfo) and
``install.sh``; ``--archive`` packs it as ``dist/ftz-desktop-<version>-linux-<machine>.tar.gz``.
macOS: ``dist/FTZ Desktop.app``; ``packaging/macos/make-dmg.sh`` makes the disk image.
Windows: ``dist/ftz-desktop/`` with ``ftz-desktop.exe`` and ``ftz-desktop-cli.exe``; ``--installer``
runs Inno Setup (``iscc``) on ``packaging/windows/ftz-desktop.iss``.

Prints the build time and the size of the result. Build outputs stay in ``build/`` and ``dist/``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from ftz_desktop import APP_ID, __version__  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def linux_extras(bundle: Path) -> None:
    """The desktop entry, icons and AppStream metainfo beside the program, and install.sh."""
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(HERE / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in (HERE / "icons" / "png").glob("*.png"):
        target = share / "icons" / "hicolor" / f"{png.stem}x{png.stem}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "ftz_desktop" / "resources" / "icons" / "ftz-desktop.svg", scalable / f"{APP_ID}.svg")
    shutil.copy(HERE / "linux" / "install.sh", bundle / "install.sh")
    os.chmod(bundle / "install.sh", 0o755)


def archive(bundle: Path) -> Path:
    out = bundle.parent / f"ftz-desktop-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"ftz-desktop-{__version__}")
    return out


def build(dist: Path, work: Path, *, clean: bool = False) -> Path:
    """Run PyInstaller; returns the built folder (or .app)."""
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    args += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        args.append("--clean")
    subprocess.run([*args, str(HERE / "ftz-desktop.spec")], check=True, cwd=ROOT)
    if sys.platform == "darwin":
        return dist / "FTZ Desktop.app"
    return dist / "ftz-desktop"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--clean", action="store_true", help="rebuild PyInstaller's cache")
    parser.add_argument("--archive", action="store_true", help="Linux: also a .tar.gz")
    parser.add_argument("--installer", action="store_true", help="Windows: also run Inno Setup (iscc)")
    args = parser.parse_args()
    started = time.perf_counter()
    bundle = build(args.dist, args.work, clean=args.clean)
    if sys.platform.startswith("linux"):
        linux_extras(bundle)
        if args.archive:
            print(f"archive: {archive(bundle)}")
    if sys.platform == "win32" and args.installer:
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        subprocess.run([iscc, f"/DAppVersion={__version__}", str(HERE / "windows" / "ftz-desktop.iss")], check=True)
    seconds = time.perf_counter() - started
    print(f"built {bundle} in {seconds:.0f} s: {folder_size(bundle) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
