"""The files the systems read: desktop entry and AppStream metainfo (validated where the validators
are installed), the rendered icons (.png, .ico, .icns containers), the Windows installer script."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from ftz_desktop import APP_ID

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG)
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_opens_files_with_icon_and_types():
    text = DESKTOP.read_text(encoding="utf-8")
    assert "Exec=ftz-desktop %F" in text and f"Icon={APP_ID}" in text
    mime = next(line for line in text.splitlines() if line.startswith("MimeType="))
    for kind in ("text/plain", "text/markdown", "text/html", "application/pdf", "wordprocessingml"):
        assert kind in mime
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in METAINFO.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and "error" not in out.stdout, out.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates():
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stdout


def test_icons_are_rendered_for_each_system():
    for size in (16, 32, 48, 128, 256, 512):
        assert _png_size((PACKAGING / "icons" / "png" / f"{size}.png").read_bytes()) == (size, size)
    ico = (PACKAGING / "icons" / "ftz-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i])
        w, _ = _png_size(ico[offset : offset + length])
        assert w == (width or 256)
        sizes.append(w)
    assert 16 in sizes and 256 in sizes
    icns = (PACKAGING / "icons" / "ftz-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    pos, found = 8, {}
    while pos < len(icns):
        kind, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        found[kind] = _png_size(icns[pos + 8 : pos + length])[0]
        pos += length
    assert found[b"ic10"] == 1024 and found[b"icp4"] == 16


def test_installer_keeps_the_library_and_associates_the_document_types():
    iss = (PACKAGING / "windows" / "ftz-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss and "[UninstallDelete]" not in iss.replace("; [UninstallDelete]", "")
    for ext in (".txt", ".md", ".html", ".pdf", ".docx"):
        assert f"Software\\Classes\\{ext}\\OpenWithProgids" in iss
