"""Highlight colours: their names for people, tints, shades and swatch icons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

#: Background of a highlight (light enough for dark text), then of the selected one, then the
#: swatch / underline shade.
TINTS = {"yellow": "#ffe98c", "green": "#c8eec0", "blue": "#cce0ff", "pink": "#ffd1e0", "purple": "#e4d6fb"}
STRONG_TINTS = {"yellow": "#ffd84a", "green": "#9fdc92", "blue": "#9fc4fb", "pink": "#ffa9c5", "purple": "#c9b1f5"}
SHADES = {"yellow": "#d9a400", "green": "#3f9a3a", "blue": "#3b78d8", "pink": "#d8457a", "purple": "#7d55c7"}
DEFAULT_COLOR = "yellow"


def color_label(color: str) -> str:
    """The colour's name for people ('Yellow', 黄色)."""
    labels = {
        "yellow": QCoreApplication.translate("AnnotationColors", "Yellow"),
        "green": QCoreApplication.translate("AnnotationColors", "Green"),
        "blue": QCoreApplication.translate("AnnotationColors", "Blue"),
        "pink": QCoreApplication.translate("AnnotationColors", "Pink"),
        "purple": QCoreApplication.translate("AnnotationColors", "Purple"),
    }
    return labels.get(color, color)


def tint(color: str, strong: bool = False) -> QColor:
    table = STRONG_TINTS if strong else TINTS
    return QColor(table.get(color, table[DEFAULT_COLOR]))


def shade(color: str) -> QColor:
    return QColor(SHADES.get(color, SHADES[DEFAULT_COLOR]))


_icons: dict[tuple[str, int], QIcon] = {}


def swatch_icon(color: str, size: int = 14) -> QIcon:
    """A round swatch of a highlight colour (cached)."""
    key = (color, size)
    icon = _icons.get(key)
    if icon is None:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(shade(color))
        painter.setBrush(tint(color, strong=True))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        icon = _icons[key] = QIcon(pixmap)
    return icon
