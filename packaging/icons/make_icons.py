"""Render the application icon (``ftz_desktop/resources/icons/ftz-desktop.svg``) into the files the
three systems want: PNGs for Linux (hicolor sizes), ``ftz-desktop.ico`` for Windows (PNG entries,
16-256 px) and ``ftz-desktop.icns`` for macOS (PNG entries, 16-1024 px).

    uv run python packaging/icons/make_icons.py      # rewrites packaging/icons/

Qt's SVG renderer draws the PNGs; the .ico and .icns containers are written here (both are a small
header, a directory and the PNG data), so no image tool is needed on any system.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE.parents[1] / "ftz_desktop" / "resources" / "icons" / "ftz-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry types with PNG data: (type, pixels)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG data, ``size`` pixels square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding PNG images (Windows Vista and later read them)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file holding PNG images (macOS 10.7 and later)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(out: Path = HERE) -> None:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _k, s in ICNS_TYPES)})
    pngs = {size: render(renderer, size) for size in sizes}
    (out / "png").mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (out / "png" / f"{size}.png").write_bytes(pngs[size])
    (out / "ftz-desktop.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "ftz-desktop.icns").write_bytes(icns(pngs))
    print(f"wrote {out}/png/*.png, ftz-desktop.ico, ftz-desktop.icns")


if __name__ == "__main__":
    main()
