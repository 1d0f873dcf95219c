"""Pick installed CJK fonts (Simplified Chinese forms) for the interface and the reader."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

SANS_PREFERENCE = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
)
SERIF_PREFERENCE = ("Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun")


@cache
def _installed() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def cjk_families(preference: tuple[str, ...] = SANS_PREFERENCE) -> list[str]:
    """The preferred CJK families that are installed, best first (may be empty)."""
    installed = _installed()
    return [family for family in preference if family in installed]


def ui_font(base: QFont, point_size: float = 10.0) -> QFont:
    """``base`` with a Simplified Chinese family first so Han characters never fall back to JP/KR forms."""
    font = QFont(base)
    families = cjk_families()
    if families:
        font.setFamilies(families + [base.family()])
    font.setPointSizeF(point_size)
    return font


def reader_font(point_size: float) -> QFont:
    """The body font of the reader."""
    font = QFont()
    families = cjk_families()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font
